#!/usr/bin/env python3
"""Scores what shared/eval/score.py leaves out: on attribution cues matched by overlap with
the gold cue, the accuracy of `anonymous` and of `kind` (direct/indirect/mixed).

    python3 scripts/score_extra.py CASES_DIR PRED_DIR

PRED_DIR holds CASE_ID.json Reports with code point offsets (as scripts/eval.sh writes them
under target/eval/).
"""
import json
import os
import sys


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    cases, pred = sys.argv[1], sys.argv[2]
    anon = [0, 0]
    kind = [0, 0]
    wrong = []
    for cid in sorted(os.listdir(cases)):
        gp = os.path.join(cases, cid, "gold.json")
        pp = os.path.join(pred, cid + ".json")
        if not os.path.exists(gp) or not os.path.exists(pp):
            continue
        gold = json.load(open(gp, encoding="utf-8"))
        rep = json.load(open(pp, encoding="utf-8"))
        preds = rep.get("attributions", [])
        used = set()
        for g in gold.get("attributions", []):
            gs = g["cue"]["start"]
            gspan = (gs, gs + len(g["cue"]["text"]))
            for i, p in enumerate(preds):
                if i in used:
                    continue
                if overlaps(gspan, (p["cue"]["start"], p["cue"]["end"])):
                    used.add(i)
                    if "anonymous" in g:
                        anon[1] += 1
                        if bool(g["anonymous"]) == bool(p.get("anonymous")):
                            anon[0] += 1
                        else:
                            wrong.append(f"{cid}: anonymous gold={g['anonymous']} speaker={g.get('speaker')!r} pred={p.get('speaker')!r}")
                    if "kind" in g:
                        kind[1] += 1
                        if g["kind"] == p.get("kind"):
                            kind[0] += 1
                    break
    def acc(x):
        return f"{x[0] / x[1]:.3f} (n={x[1]})" if x[1] else "n/a"
    print(f"anonymous accuracy {acc(anon)}, kind (direct/indirect/mixed) accuracy {acc(kind)}")
    if os.environ.get("VERBOSE"):
        print("\n".join(wrong))


if __name__ == "__main__":
    main()
