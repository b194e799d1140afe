#!/usr/bin/env python3
"""Speaker errors on matched cues, by class: why the resolved speaker differs from the gold one.

    python3 tools/speaker_errors.py CASES PREDS [--examples N] [--scorer PATH/score.py]

CASES is a folder of case folders (article.txt + gold.json, ../shared/eval/FORMAT.md); PREDS a
folder of sourcelens Reports with code-point offsets, one <id>.json per case, as written by
`scripts/run_cases.py`. Cues are matched and speakers compared exactly as
../shared/eval/score.py does (its functions are imported: --scorer, else
$SHARED/eval/score.py, else ../shared/eval/ beside the repository).

Each wrong speaker gets one class, the first that applies:
- no source          the prediction has no source span (speaker null) but the gold has one
- no gold speaker    the gold speaker is null, the prediction names one
- source elsewhere   the predicted source span does not overlap the gold source span
- pronoun → none / pronoun → wrong
                     the gold source is a pronoun (he, she, they, it, I, we, who, ...), the
                     prediction leaves it unresolved or takes another entity
- description → anonymous / description → wrong
                     the gold source is a definite or bare description ("the minister", "a
                     spokesman") whose gold speaker is a name the source does not contain:
                     the prediction keeps the description (or an anonymous entity) or picks
                     another name
- name → wrong       the gold source contains the gold speaker's words (a name, "the
                     ministry"), yet the prediction differs (a title, a shorter or other name)
- other
Also printed: the anonymous flag (gold vs predicted) on matched cues, crossed with whether the
speaker is right, and by the gold speaker's shape (person name: two or more capitalised words;
organisation word; description). Examples show the sentence with the cue in ⟦ ⟧ and the
predicted source in [ ], the gold source in « » (terminal only: other publishers' texts are
never committed).
Standard library only.
"""
import argparse
import importlib.util
import json
import os
import re
import sys
from collections import Counter, defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "him",
            "her", "them", "his", "its", "their", "whom"}
ORG_WORDS = {"ministry", "department", "agency", "police", "council", "company", "government",
             "office", "service", "authority", "commission", "court", "university", "group",
             "board", "union", "association", "party", "bank", "institute", "committee",
             "administration", "spokesman", "spokeswoman", "spokesperson", "firm", "club",
             "force", "army", "military", "federation", "foundation", "organisation",
             "organization", "newspaper", "television", "network", "hospital", "school",
             "district", "county", "city", "state", "authorities", "officials", "statement"}


def load_scorer(path=None):
    candidates = [path] if path else []
    if os.environ.get("SHARED"):
        candidates.append(os.path.join(os.environ["SHARED"], "eval", "score.py"))
    candidates.append(os.path.join(REPO, "..", "shared", "eval", "score.py"))
    for p in candidates:
        if p and os.path.isfile(p):
            spec = importlib.util.spec_from_file_location("score", p)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            return mod
    sys.exit("speaker_errors: score.py not found (pass --scorer PATH or set SHARED)")


def words(s):
    return re.findall(r"\w+", (s or "").casefold())


def speaker_shape(s):
    if s is None:
        return "none"
    ws = re.findall(r"\w+", s)
    lw = [w.casefold() for w in ws]
    if lw and set(lw) & {"government", "ministry", "department", "police", "agency", "council",
                         "company", "office", "authority", "commission"}:
        return "organisation"
    caps = [w for w in ws if w[:1].isupper()]
    if len(caps) >= 2 and len(caps) >= len(ws) - 1:
        return "name"
    if caps:
        return "described+name"
    return "description"


def classify(text, g, p, scorer):
    gsrc, psrc = g["source"], p["source"]
    gs_text = text[gsrc[0]:gsrc[1]] if gsrc else None
    if psrc is None and p["speaker"] is None and g["speaker"] is not None:
        return "no source"
    if g["speaker"] is None:
        return "no gold speaker"
    if gsrc and psrc and not (psrc[0] < gsrc[1] and gsrc[0] < psrc[1]):
        return "source elsewhere"
    if psrc is None:
        return "no source"
    gw = words(gs_text)
    if len(gw) == 1 and gw[0] in PRONOUNS:
        return "pronoun → none" if p["speaker"] is None else "pronoun → wrong"
    sp = scorer.norm_speaker(g["speaker"])
    if sp and f" {sp} " in f" {' '.join(gw)} ":
        return "name → wrong"
    if p["anonymous"] or scorer.norm_speaker(p["speaker"] or "") in " ".join(gw):
        return "description → anonymous/kept"
    return "description → wrong"


def snippet(text, g, p):
    lo = min(x for x in (g["cue"][0], (g["source"] or g["cue"])[0], (p["source"] or p["cue"])[0]))
    hi = max(g["cue"][1], (g["source"] or g["cue"])[1], (p["source"] or p["cue"])[1])
    lo = max(text.rfind("\n", 0, lo) + 1, lo - 160)
    nl = text.find("\n", hi)
    hi = min(nl if nl >= 0 else len(text), hi + 80)
    marks = []
    marks.append((g["cue"][0], "⟦"))
    marks.append((g["cue"][1], "⟧"))
    if g["source"]:
        marks += [(g["source"][0], "«"), (g["source"][1], "»")]
    if p["source"]:
        marks += [(p["source"][0], "["), (p["source"][1], "]")]
    out, last = [], lo
    for pos, m in sorted(m for m in marks if lo <= m[0] <= hi):
        out.append(text[last:pos])
        out.append(m)
        last = pos
    out.append(text[last:hi])
    return "".join(out).replace("\n", " ")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cases")
    ap.add_argument("preds")
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--scorer")
    a = ap.parse_args()
    scorer = load_scorer(a.scorer)
    classes = Counter()
    examples = defaultdict(list)
    anon = Counter()
    shapes = Counter()
    total = ok = 0
    for cid in sorted(os.listdir(a.cases)):
        d = os.path.join(a.cases, cid)
        gp, pp = os.path.join(d, "gold.json"), os.path.join(a.preds, cid + ".json")
        if not os.path.isfile(gp):
            continue
        text = open(os.path.join(d, "article.txt"), encoding="utf-8").read()
        gold = json.load(open(gp, encoding="utf-8"))
        rep = json.load(open(pp, encoding="utf-8")) if os.path.isfile(pp) else {}
        golds, preds = [], []
        for x in gold.get("attributions") or []:
            cue = scorer.gspan(x.get("cue"))
            if cue is None:
                continue
            golds.append({"span": cue, "cue": cue, "source": scorer.gspan(x.get("source")),
                          "speaker": x.get("speaker"), "anonymous": x.get("anonymous")})
        for x in rep.get("attributions") or []:
            cue = scorer.pspan(x.get("cue"))
            if cue is None:
                continue
            preds.append({"span": cue, "cue": cue, "source": scorer.pspan(x.get("source")),
                          "speaker": x.get("speaker"), "anonymous": x.get("anonymous")})
        for i, j in scorer.match(preds, golds):
            p, g = preds[i], golds[j]
            total += 1
            good = scorer.speaker_ok(p["speaker"], g["speaker"])
            ok += good
            if g["anonymous"] is not None:
                anon[(bool(g["anonymous"]), bool(p["anonymous"]), good)] += 1
            shapes[(speaker_shape(g["speaker"]), good)] += 1
            if good:
                continue
            k = classify(text, g, p, scorer)
            classes[k] += 1
            examples[k].append(f"{cid}: gold={g['speaker']!r} pred={p['speaker']!r}\n      "
                               + snippet(text, g, p))
    bad = total - ok
    print(f"speaker accuracy {ok}/{total} = {ok / max(total, 1):.3f}; {bad} wrong")
    print("\nwrong speakers by class:")
    for k, n in classes.most_common():
        print(f"  {n:4d}  {n / max(bad, 1):5.1%}  {k}")
    print("\nby gold speaker shape (right / all):")
    for sh in sorted({s for s, _ in shapes}):
        r, w = shapes[(sh, True)], shapes[(sh, False)]
        print(f"  {sh:16s} {r:4d} / {r + w:4d}")
    print("\nanonymous (gold, pred) on matched cues, speaker right / wrong:")
    for ga in (False, True):
        for pa in (False, True):
            r, w = anon[(ga, pa, True)], anon[(ga, pa, False)]
            print(f"  gold={ga!s:5} pred={pa!s:5}  {r:4d} / {w:4d}")
    if a.examples:
        for k, _ in classes.most_common():
            print(f"\n== {k}")
            for e in examples[k][:a.examples]:
                print("  " + e)


if __name__ == "__main__":
    main()
