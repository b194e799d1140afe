#!/usr/bin/env python3
"""Place resolution by distance: on the place mentions matched as ../shared/eval/score.py
matches them (one-to-one greedy overlap), the share whose predicted point lies within 161 km
(100 miles, the geoparsing literature's accuracy@161) of the gold point, beside F1 and
resolution by name+country (as score.py computes them) and by name only.

    python3 scripts/score_places.py CASES_DIR PRED_DIR [--bench BENCH]

Gold points: with --bench (geowebnews, lgl, trnews, geovirus) they are read from the
benchmark's JSONL under ../shared/benchmarks (bench_cases.py keeps names and countries but
drops coordinates), by the same selection of places; otherwise from optional "lat"/"lon"
fields of gold.json places. A gold place without coordinates is left out of the distance
measure; a matched prediction without coordinates counts as wrong there. The measure is
also given without the mentions predicted as countries: a country's point is a convention
(its capital here, a centroid in most gold sets) and two conventions are often more than
161 km apart.
"""
import argparse
import json
import math
import os
import re
import sys

SHARED = os.environ.get("SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "eval"))
import bench_cases  # noqa: E402
import score  # noqa: E402


def km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def bench_points(bench):
    """case id -> {(start, end): (lat, lon)} for the places bench_cases.py keeps."""
    out = {}
    path = os.path.join(bench_cases.BENCH, bench_cases.FILES[bench])
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            _, gold = bench_cases.convert(bench, doc)
            kept = {(p["start"], p["end"]) for p in gold.get("places", [])}
            cid = re.sub(r"[^A-Za-z0-9._-]", "_", str(doc["id"]))
            points = {}
            for p in doc.get("places", []):
                if (p["start"], p["end"]) in kept and p.get("lat") is not None:
                    points[(p["start"], p["end"])] = (p["lat"], p["lon"])
            out[cid] = points
    return out


def case_points(cases_dir, cid):
    with open(os.path.join(cases_dir, cid, "gold.json"), encoding="utf-8") as f:
        g = json.load(f)
    return {(p["start"], p["end"]): (p["lat"], p["lon"])
            for p in g.get("places") or [] if p.get("lat") is not None and p.get("lon") is not None}


def pred_places(pred_dir, cid):
    p = os.path.join(pred_dir, cid + ".json")
    if not os.path.isfile(p):
        return []
    with open(p, encoding="utf-8") as f:
        r = json.load(f) or {}
    out = []
    for x in r.get("places") or []:
        sp = score.pspan(x)
        if sp:
            out.append({"span": sp, "name": x.get("name"), "country": x.get("country"),
                        "lat": x.get("lat"), "lon": x.get("lon"), "kind": x.get("kind")})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases")
    ap.add_argument("pred")
    ap.add_argument("--bench", choices=["geowebnews", "lgl", "trnews", "geovirus"])
    a = ap.parse_args()
    cases = score.load_cases(a.cases)
    points = bench_points(a.bench) if a.bench else None
    tp = fp = fn = res = name_ok = near = with_point = 0
    # the same without countries (a country's point is a convention: its capital here, a
    # centroid in most gold sets, often farther apart than 161 km)
    near_local = with_point_local = 0
    for c in cases:
        if not c["annotated"]["places"]:
            continue
        golds = c["gold"]["places"]
        preds = pred_places(a.pred, c["id"])
        gp = points.get(c["id"], {}) if points is not None else case_points(a.cases, c["id"])
        m = score.match(preds, golds)
        tp += len(m)
        fp += len(preds) - len(m)
        fn += len(golds) - len(m)
        for i, j in m:
            p, g = preds[i], golds[j]
            ok_name = p["name"] is not None and score.norm_name(p["name"]) == score.norm_name(g["name"])
            name_ok += ok_name
            res += ok_name and score.norm_name(p["country"]) == score.norm_name(g["country"])
            point = gp.get(tuple(g["span"]))
            if point is None:
                continue
            close = p["lat"] is not None and p["lon"] is not None and \
                km(point[0], point[1], p["lat"], p["lon"]) <= 161
            with_point += 1
            near += close
            if p["kind"] != "country":
                with_point_local += 1
                near_local += close
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    frac = lambda k, n: f"{k / n:.3f}" if n else "n/a"
    dist = (f"{frac(near, with_point)} (n={with_point}; without countries "
            f"{frac(near_local, with_point_local)}, n={with_point_local})"
            if with_point else "n/a (no gold coordinates)")
    print(f"places P/R/F1 {prec:.3f}/{rec:.3f}/{f1:.3f}; matched {tp}: resolution name+country "
          f"{frac(res, tp)}, name only {frac(name_ok, tp)}, within 161 km {dist}")


if __name__ == "__main__":
    main()
