#!/usr/bin/env python3
"""The cue vocabulary of an annotated case set (made for PolNeAR train), with counts and recall.

    python3 tools/polnear_cues.py CASES [--pred PREDS] [--format md|tsv] [--top K] [--min N]
                                  [--polnear PATH/polnear.py] [--scorer PATH/score.py]

CASES: case folders (article.txt + gold.json), e.g. PolNeAR train converted by
../shared/eval/polnear.py (`train OUT --speech` for the speech cues the scorer uses, or without
--speech for every attribution PolNeAR marks: beliefs, intentions, endorsements too).
Only ever pass train (or dev) conversions: polnear.py converts nothing else, and the PolNeAR
test split is never read. PREDS: sourcelens Reports for the same articles
(scripts/run_cases.py); with it every lemma gets its recall today (gold cues of that lemma a
predicted cue overlaps, matched one-to-one as ../shared/eval/score.py matches) and how often
sourcelens predicts a cue of that lemma anywhere.

Printed to stdout (markdown tables, or TSV with --format tsv), nothing written:
- totals: attributions, lemmas, surface forms, multi-word share, source before/after/none;
- per cue lemma (rough lemma of the cue's head word, attrib_errors.py's heuristics): count,
  share and cumulative share, surface forms, share of multi-word forms, where the source sits
  (before the cue, after it, none), the most frequent construction class, whether polnear.py's
  speech filter keeps it, recall and predictions when PREDS is given;
- surface forms; multi-word shapes (the head replaced by its lemma in capitals, weekdays by
  <day>, other content words kept: "has SAY", "SAY in a statement"); prepositional cues;
  nominal cues; source position by construction class.
The texts stay where they are: print to a terminal or a file outside the repository; commit
only counts and short cue words.
"""
import argparse
import importlib.util
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import attrib_errors as ae  # noqa: E402

DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def load_speech_filter(path):
    """polnear.py's SPEECH regex (the --speech filter), or None when polnear.py is not found."""
    candidates = [path] if path else []
    if os.environ.get("SHARED"):
        candidates.append(os.path.join(os.environ["SHARED"], "eval", "polnear.py"))
    candidates.append(os.path.join(ae.REPO, "..", "shared", "eval", "polnear.py"))
    for p in candidates:
        if p and os.path.isfile(p):
            spec = importlib.util.spec_from_file_location("polnear", p)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            return mod.SPEECH
    return None


def shape(text, att):
    """Multi-word shape of a cue: the head as its LEMMA, weekdays as <day>, other words kept."""
    s, e = att["cue"]
    out = []
    for m in ae.WORD_RE.finditer(text[s:e]):
        w = m.group(0)
        if s + m.start() == att["head_at"]:
            out.append(att["lemma"].split(" ")[0].upper())
        elif w.lower() in DAYS:
            out.append("<day>")
        else:
            out.append(w.lower())
    return " ".join(out)


def source_side(att):
    src, cue = att["source"], att["cue"]
    if src is None:
        return "none"
    if src[1] <= cue[0]:
        return "before"
    if src[0] >= cue[1]:
        return "after"
    return "overlap"


def mine(cases, scorer, lemmatizer, with_preds):
    stats = {"lemma": Counter(), "forms": defaultdict(Counter), "side": defaultdict(Counter),
             "class": defaultdict(Counter), "multi": Counter(), "found": Counter(),
             "predicted": Counter(), "surface": Counter(), "shapes": Counter(),
             "prepositional": Counter(), "nominal": Counter(), "class_side": defaultdict(Counter),
             "n": 0}
    for case in cases:
        ae.annotate(case, scorer, lemmatizer)
        text, gold, pred = case["text"], case["gold"], case["pred"]
        matched = set()
        if with_preds:
            pairs = scorer.match([{"span": p["cue"]} for p in pred], [{"span": g["cue"]} for g in gold])
            matched = {j for _, j in pairs}
            for p in pred:
                stats["predicted"][p["lemma"]] += 1
        for j, g in enumerate(gold):
            lemma = g["lemma"]
            form = " ".join(text[g["cue"][0]:g["cue"][1]].lower().split())
            n_words = len(ae.WORD_RE.findall(form))
            stats["n"] += 1
            stats["lemma"][lemma] += 1
            stats["forms"][lemma][form] += 1
            stats["surface"][form] += 1
            stats["side"][lemma][source_side(g)] += 1
            stats["class"][lemma][g["class"]] += 1
            stats["class_side"][g["class"]][source_side(g)] += 1
            if n_words > 1:
                stats["multi"][lemma] += 1
                stats["shapes"][shape(text, g)] += 1
            if g["class"].startswith("prepositional"):
                stats["prepositional"][form] += 1
            if g["class"] == "nominal":
                stats["nominal"][lemma] += 1
            if j in matched:
                stats["found"][lemma] += 1
    return stats


def pct(x):
    return f"{x:.1%}"


def emit(rows, head, fmt):
    if fmt == "tsv":
        print("\t".join(head))
        for r in rows:
            print("\t".join(str(c) for c in r))
    else:
        print("| " + " | ".join(head) + " |")
        print("|" + "|".join("---:" if i else "---" for i in range(len(head))) + "|")
        for r in rows:
            print("| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |")
    print()


def title(text, fmt):
    print(f"# {text}" if fmt == "tsv" else f"### {text}\n")


def report(stats, args, speech, with_preds):
    n, fmt = stats["n"], args.format
    sides = Counter()
    for c in stats["side"].values():
        sides.update(c)
    multi = sum(stats["multi"].values())
    title("Totals", fmt)
    rows = [["attributions", n], ["cue lemmas", len(stats["lemma"])], ["surface forms", len(stats["surface"])],
            ["multi-word cues", f"{multi} ({pct(multi / n)})"]]
    rows += [[f"source {k}", f"{v} ({pct(v / n)})"] for k, v in sides.most_common()]
    if with_preds:
        found = sum(stats["found"].values())
        rows.append(["found by sourcelens (recall)", f"{found} ({found / n:.3f})"])
    emit(rows, ["measure", "value"], fmt)

    title("Cue lemmas", fmt)
    head = ["lemma", "n", "share", "cum.", "forms", "top forms", "multi-word", "source before/after/none",
            "top class", "speech filter"]
    if with_preds:
        head += ["recall", "predicted"]
    rows, cum = [], 0
    for lemma, k in stats["lemma"].most_common():
        if k < args.min or len(rows) >= args.top:
            break
        cum += k
        forms = stats["forms"][lemma]
        side = stats["side"][lemma]
        keep = sum(c for f, c in forms.items() if speech and speech.search(f)) if speech else None
        row = [lemma, k, pct(k / n), pct(cum / n), len(forms),
               ", ".join(f"{f} {c}" for f, c in forms.most_common(3)), pct(stats["multi"][lemma] / k),
               "/".join(pct(side[s] / k) for s in ("before", "after", "none")),
               stats["class"][lemma].most_common(1)[0][0],
               "n/a" if keep is None else ("kept" if keep == k else ("dropped" if keep == 0 else f"{keep}/{k}"))]
        if with_preds:
            row += [f"{stats['found'][lemma] / k:.3f}", stats["predicted"][lemma]]
        rows.append(row)
    emit(rows, head, fmt)

    for key, name in (("surface", "Surface forms"), ("shapes", "Multi-word shapes"),
                      ("prepositional", "Prepositional cues"), ("nominal", "Nominal cues (head lemma)")):
        title(name, fmt)
        rows = [[k, v, pct(v / n)] for k, v in stats[key].most_common(args.top) if v >= args.min]
        emit(rows, ["cue", "n", "share"], fmt)

    title("Source position by construction class", fmt)
    rows = []
    for cls, c in sorted(stats["class_side"].items(), key=lambda kv: -sum(kv[1].values())):
        k = sum(c.values())
        rows.append([cls, k, pct(k / n)] + [pct(c[s] / k) for s in ("before", "after", "none", "overlap")])
    emit(rows, ["class", "n", "share", "before", "after", "none", "overlap"], fmt)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", help="case folders (PolNeAR train converted by polnear.py)")
    ap.add_argument("--pred", help="sourcelens Reports for the same articles (scripts/run_cases.py)")
    ap.add_argument("--format", choices=("md", "tsv"), default="md")
    ap.add_argument("--top", type=int, default=60, help="rows per table (default 60)")
    ap.add_argument("--min", type=int, default=1, help="leave out rows counted fewer times (default 1)")
    ap.add_argument("--polnear", metavar="PATH", help="path of shared/eval/polnear.py (its speech filter)")
    ap.add_argument("--scorer", metavar="PATH", help="path of shared/eval/score.py")
    args = ap.parse_args(argv)
    if not os.path.isdir(args.cases):
        sys.exit(f"polnear_cues: no folder {args.cases}")
    if args.pred and not os.path.isdir(args.pred):
        sys.exit(f"polnear_cues: no folder {args.pred}")
    scorer = ae.load_scorer(args.scorer)
    cases = ae.load(args.cases, args.pred or args.cases, scorer)
    if not cases:
        sys.exit(f"polnear_cues: no case with annotated attributions under {args.cases}")
    lemmatizer = ae.Lemmatizer(ae.text_vocab(c["text"] for c in cases))
    stats = mine(cases, scorer, lemmatizer, bool(args.pred))
    report(stats, args, load_speech_filter(args.polnear), bool(args.pred))


if __name__ == "__main__":
    main()
