#!/usr/bin/env python3
"""Place errors on a folder of cases (a public benchmark's, made by bench_cases.py, or our
own), by class: the gold places missed, the predicted places that are not gold, and the
matched places resolved elsewhere (another name, or farther than 161 km from the gold point).

    python3 tools/place_errors.py CASES_DIR [--bench BENCH] [--half 1|2] [--bin BIN]
                                  [--show N] [--class CLASS]

Runs BIN (default target/iter/sourcelens) once over the cases with PLACES_DEBUG=1, so that a
missed place can be told apart by why: a candidate the suppression rejected (and by which
rule), or no candidate at all (lower case, an adjective/demonym form, "X County", an
abbreviation, a street or feature, a multiword name, a name the gazetteer lacks). Spurious
places are classed by their kind and rule, and by whether the same text is gold elsewhere
in the article (an annotation gap of the benchmark more than our error). Matching as
../shared/eval/score.py does (one-to-one greedy overlap). --half takes the first or second
half of the benchmark's documents by file order (scripts/bench_half.py).
"""
import argparse
import collections
import json
import math
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("SHARED", os.path.join(ROOT, "..", "shared"))  # SHARED=/work/shared in a worktree
sys.path.insert(0, os.path.join(SHARED, "eval"))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import score  # noqa: E402
import score_places  # noqa: E402

DEMONYM = re.compile(r"(ians?|eans?|cans?|ans|ese|ish|is|i)$", re.I)
FEATURE = re.compile(r"\b(street|st\.|road|rd\.|avenue|ave\.|boulevard|blvd\.?|highway|hwy|route|"
                     r"lane|drive|square|bridge|park|river|lake|creek|mountains?|mount|mt\.|island|"
                     r"islands|bay|beach|valley|sea|ocean|gulf|canal|airport|station|hill|hills|"
                     r"falls|forest|desert|coast|peninsula|strait|harbou?r|port)\b", re.I)
DBG = re.compile(r'^DBG "(.*)" @(\d+)\.\.(\d+) rule=(\S+) ev=\d+ hint=\S+ rej=(\S+) ')


def run_debug(binary, cases):
    """case id -> [(char start, char end, rule, reject or None)] of every candidate."""
    lines = []
    for c in cases:
        with open(os.path.join(c["dir"], "article.txt"), encoding="utf-8") as f:
            lines.append(json.dumps({"id": c["id"], "text": f.read()}, ensure_ascii=False))
    env = dict(os.environ, PLACES_DEBUG="1")
    proc = subprocess.run([binary, "analyze", "--jsonl", "-j", "1", "--offsets", "char", "-"], env=env,
                          input="\n".join(lines) + "\n", capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"place_errors: {binary} failed: {proc.stderr[-500:]}")
    preds = {}
    for out in proc.stdout.splitlines():
        rec = json.loads(out)
        preds[rec["id"]] = rec.get("report", {}).get("places") or []
    # debug blocks in document order (an empty text prints none)
    blocks, cur = [], None
    for line in proc.stderr.splitlines():
        if line.startswith("DBGDOC "):
            cur = []
            blocks.append((int(line.split("=")[1]), cur))
        elif line.startswith("DBG ") and cur is not None:
            m = DBG.match(line)
            if m:
                cur.append((int(m.group(2)), int(m.group(3)), m.group(4),
                            None if m.group(5) == "None" else m.group(5)))
    cands, bi = {}, 0
    for c in cases:
        text = c["text"]
        nbytes = len(text.encode("utf-8"))
        if bi < len(blocks) and blocks[bi][0] == nbytes:
            enc = text.encode("utf-8")
            to_char = lambda b: len(enc[:b].decode("utf-8", errors="ignore"))
            cands[c["id"]] = [(to_char(s), to_char(e), r, j) for s, e, r, j in blocks[bi][1]]
            bi += 1
        else:
            cands[c["id"]] = []
    return preds, cands


def miss_class(text, g, cands):
    s, e = g["span"]
    mention = text[s:e]
    over = [c for c in cands if c[0] < e and s < c[1]]
    rejected = [c for c in over if c[3]]
    if rejected:
        return f"rejected:{rejected[0][3]}"
    if over:
        return "merged (one prediction over two gold places)"
    if not mention[:1].isupper() and not mention[:1].isdigit():
        return "lower case"
    if re.search(r"\bcount(y|ies)\b|\bparish\b|\btownship\b|\bdistrict\b", mention, re.I):
        return "X County / district"
    if FEATURE.search(mention):
        return "street / feature word"
    if re.fullmatch(r"[A-Z.]{2,6}", mention) or re.search(r"\b[A-Z][a-z]{0,3}\.", mention):
        return "abbreviation"
    folded, name = mention.casefold(), (g["name"] or "").casefold()
    if DEMONYM.search(folded) and name and name not in folded and folded not in name:
        return "demonym / adjective form"
    if " " in mention.strip() or "-" in mention:
        return "multiword, not in gazetteer"
    return "single word, not in gazetteer"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases")
    ap.add_argument("--bench", choices=["geowebnews", "lgl", "trnews", "geovirus"])
    ap.add_argument("--half", choices=["1", "2"])
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "iter", "sourcelens"))
    ap.add_argument("--show", type=int, default=12, help="examples per class")
    ap.add_argument("--class", dest="only", help="show every example of classes containing this")
    a = ap.parse_args()
    cases = score.load_cases(a.cases)
    for c in cases:
        c["dir"] = os.path.join(a.cases, c["id"])
    if a.half:
        bench = a.bench or sys.exit("place_errors: --half needs --bench")
        ids = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "bench_half.py"), SHARED,
                              bench, a.half], capture_output=True, text=True, check=True).stdout.split()
        keep = set(ids)
        cases = [c for c in cases if c["id"] in keep]
    cases = [c for c in cases if c["annotated"]["places"]]
    points = score_places.bench_points(a.bench) if a.bench else {}
    preds, cands = run_debug(a.bin, cases)
    missed, spurious, wrong = (collections.defaultdict(list) for _ in range(3))
    for c in cases:
        text, golds = c["text"], c["gold"]["places"]
        ps = []
        for x in preds.get(c["id"], []):
            sp = score.pspan(x)
            if sp:
                ps.append(dict(x, span=sp))
        m = score.match(ps, golds)
        mp, mg = {i for i, _ in m}, {j for _, j in m}
        gold_texts = collections.Counter(text[g["span"][0]:g["span"][1]] for g in golds)
        for j, g in enumerate(golds):
            if j not in mg:
                gs, ge = g["span"]
                around = text[max(0, gs - 40):gs] + "[" + text[gs:ge] + "]" + text[ge:ge + 40]
                missed[miss_class(text, g, cands[c["id"]])].append(
                    (c["id"], text[gs:ge], f"{g['name']}: {' '.join(around.split())!r}"))
        for i, p in enumerate(ps):
            if i in mp:
                continue
            t = text[p["span"][0]:p["span"][1]]
            gap = " (same text gold elsewhere)" if gold_texts[t] else ""
            ps_, pe_ = p["span"]
            around = text[max(0, ps_ - 40):ps_] + "[" + t + "]" + text[pe_:pe_ + 40]
            spurious[f"{p.get('kind')}{gap}"].append(
                (c["id"], t, f"{p.get('rule')}: {' '.join(around.split())!r}"))
        gp = points.get(c["id"], {})
        for i, j in m:
            p, g = ps[i], golds[j]
            point = gp.get(tuple(g["span"]))
            far = None
            if point and p.get("lat") is not None:
                far = score_places.km(point[0], point[1], p["lat"], p["lon"])
            same = score.norm_name(p.get("name")) == score.norm_name(g["name"])
            if far is not None and far > 161 or far is None and not same:
                kind = p.get("kind")
                cls = f"{kind}: {'name differs' if not same else 'same name'}"
                where = f"{far:.0f} km" if far is not None else "no point"
                wrong[cls].append((c["id"], text[g["span"][0]:g["span"][1]],
                                   f"gold {g['name']}/{g['country']} -> {p.get('name')}/{p.get('country')} "
                                   f"({where}, {p.get('rule')})"))

    def show(title, table):
        total = sum(len(v) for v in table.values())
        print(f"\n## {title}: {total}")
        for cls, items in sorted(table.items(), key=lambda kv: -len(kv[1])):
            common = collections.Counter(t for _, t, _ in items).most_common()
            n = len(common) if a.only and a.only in cls else a.show
            sample = ", ".join(f"{t!r}x{k}" if k > 1 else repr(t) for t, k in common[:n])
            print(f"- {cls}: {len(items)} — {sample}")
            if a.only and a.only in cls:
                for cid, t, info in items:
                    print(f"    {cid}: {t!r} {info}")

    show("missed gold places", missed)
    show("spurious places", spurious)
    show("resolved elsewhere (>161 km, or another name without a gold point)", wrong)


if __name__ == "__main__":
    main()
