#!/usr/bin/env python3
"""Error analysis of date output on a folder of cases: misses, spurious dates and wrong values by class.

    python3 tools/date_errors.py CASES PREDS [--examples N] [--json] [--scorer PATH/score.py]

CASES is a folder of case folders (article.txt + gold.json, ../shared/eval/FORMAT.md); PREDS a
folder of sourcelens Reports with code-point offsets, one <id>.json per case, as written by
`scripts/run_cases.py` (`scripts/eval.sh` leaves them in target/eval/<set>,
`scripts/bench-accuracy.sh` in target/bench-pred/<bench>). Dates are matched exactly as
../shared/eval/score.py matches them (its own functions are imported: found with --scorer, else
$SHARED/eval/score.py, else ../shared/eval/ beside the repository), so tp/fp/fn and the value
accuracy here are the scorer's.

Printed: misses (gold dates no prediction overlaps), spurious dates (predictions that match no
gold date) and wrong values (matched, value differs), each by expression class, with the
sourcelens rule that fired for spurious and wrong ones, and the direction of a wrong value
(null vs value, precision, year, month, day). With --examples N, N snippets per class (the
sentence around the span, the span in ⟦ ⟧). Snippets are for the terminal only: the texts of
other publishers are never committed.

Classes (first that applies, on the span text and the words just before it):
    habitual        "every/each ..." or a plural weekday/month ("on Mondays")
    fiscal/quarter  fiscal, financial year, quarter, half, FY, "2023-24"
    season          spring, summer, fall, autumn, winter, monsoon, holiday season
    part of month   early/mid/late/end of/beginning of + a month
    part of year    early/mid/late/end of/beginning of + a year
    deictic         today, yesterday, tomorrow, tonight, this morning/evening, now
    anaphoric       the next/previous/following day, that day/year/month, the day after/before
    ago/later       "... ago", "... later", "... earlier", "... after that"
    unit            last/next/this/coming week/month/year/weekend
    duration-like   a number of days/weeks/months/years without ago/later ("three years")
    holiday         a capitalised name with Day, Eve, Easter, Christmas, Eid, Ramadan, ...
    weekday         a weekday name
    month-day       a month and a day without a year
    full date       a day, a month and a year
    month-year      a month and a year
    month           a month name alone
    year            a year alone (or a year in a name)
    numeric         digits with / . or - between them
    other
"""
import argparse
import importlib.util
import json
import os
import re
import sys
from collections import Counter, defaultdict

MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
PART = r"(?:early|mid|late|end of|the end of|beginning of|the beginning of|start of|the start of|middle of)"
CLASSES = [
    ("habitual", re.compile(rf"\b(?:every|each)\b|\b{WEEKDAY}s\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)s\b", re.I)),
    ("fiscal/quarter", re.compile(r"\bfiscal\b|financial year|\bquarter\b|\bhalf\b|\bFY\s?\d|\b\d{4}[-–/]\d{2}\b", re.I)),
    ("season", re.compile(r"\b(?:spring|summer|fall|autumn|winter|monsoon|holiday season)\b", re.I)),
    ("part of month", re.compile(rf"\b{PART}[\s-]*{MONTH}(?!\s*\d)", re.I)),
    ("part of year", re.compile(rf"\b{PART}[\s-]*(?:\d{{4}}|the year|this year|last year|next year)\b", re.I)),
    ("deictic", re.compile(r"\b(?:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|now)\b", re.I)),
    ("anaphoric", re.compile(r"\b(?:the (?:next|previous|following|same) (?:day|week|month|year|morning|night)|"
                             r"that (?:day|week|month|year|morning|night)|the day (?:after|before)|"
                             r"days? (?:after|before) (?:the|his|her|its|their))\b", re.I)),
    ("ago/later", re.compile(r"\b(?:ago|later|earlier|after that|before that)\b", re.I)),
    ("unit", re.compile(r"\b(?:last|next|this|coming|past|previous) (?:week|month|year|weekend|decade)\b", re.I)),
    ("duration-like", re.compile(r"^\W*(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|"
                                 r"few|many)\b.*\b(?:days?|weeks?|months?|years?|decades?)\b", re.I)),
    ("holiday", re.compile(r"\b(?:[A-Z][\w']+ )+(?:Day|Eve|Week)\b|\b(?:Easter|Christmas|Eid|Ramadan|Diwali|"
                           r"Thanksgiving|Hanukkah|Passover|Good Friday|Holy Saturday|Black Saturday)\b")),
    ("weekday", re.compile(rf"\b{WEEKDAY}\b", re.I)),
    ("full date", re.compile(rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+\d{{4}}|"
                             rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})", re.I)),
    ("month-day", re.compile(rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b|\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b)", re.I)),
    ("month-year", re.compile(rf"\b{MONTH},?\s+(?:of\s+)?\d{{4}}\b", re.I)),
    ("month", re.compile(rf"\b{MONTH}\b", re.I)),
    ("numeric", re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")),
    ("year", re.compile(r"\b(?:1[6-9]|20)\d{2}s?\b")),
]


def load_scorer(path):
    cands = [path] if path else []
    if os.environ.get("SHARED"):
        cands.append(os.path.join(os.environ["SHARED"], "eval", "score.py"))
    here = os.path.dirname(os.path.abspath(__file__))
    cands.append(os.path.join(here, "..", "..", "shared", "eval", "score.py"))
    cands.append("/work/shared/eval/score.py")
    for c in cands:
        if c and os.path.isfile(c):
            spec = importlib.util.spec_from_file_location("score", c)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            return mod
    sys.exit("date_errors: score.py not found (use --scorer or SHARED)")


def classify(text, span):
    s, e = span
    phrase = text[s:e]
    before = text[max(0, s - 12):s]
    window = before + phrase
    for name, rx in CLASSES:
        if name in ("habitual", "part of month", "part of year"):
            if rx.search(window):
                return name
        elif rx.search(phrase):
            return name
    return "other"


def wrong_kind(pred, gold):
    if gold is None:
        return "value where gold null"
    if pred is None:
        return "null where gold has value"
    if len(pred) != len(gold):
        return f"precision {len(pred)}→{len(gold)} chars"
    if pred[:4] != gold[:4]:
        return "year"
    if pred[:7] != gold[:7]:
        return "month"
    return "day"


def snippet(text, span, width=90):
    s, e = span
    a = max(0, s - width)
    b = min(len(text), e + width)
    return (text[a:s] + "⟦" + text[s:e] + "⟧" + text[e:b]).replace("\n", " ")


def read_reports(pred_dir, cases):
    reports = {}
    for c in cases:
        p = os.path.join(pred_dir, c["id"] + ".json")
        if os.path.isfile(p):
            with open(p, encoding="utf-8") as f:
                reports[c["id"]] = json.load(f) or {}
        else:
            reports[c["id"]] = {}
    return reports


def published_of(cases_dir, cid):
    try:
        with open(os.path.join(cases_dir, cid, "gold.json"), encoding="utf-8") as f:
            return json.load(f).get("published")
    except OSError:
        return None


def analyse(score, cases_dir, pred_dir):
    cases = [c for c in score.load_cases(cases_dir) if c["annotated"]["dates"]]
    reports = read_reports(pred_dir, cases)
    rows = {"miss": [], "spurious": [], "wrong": []}
    totals = Counter()
    for c in cases:
        text, golds = c["text"], c["gold"]["dates"]
        preds = [d for d in reports[c["id"]].get("dates") or [] if d.get("start") is not None]
        pspans = [{"span": (int(d["start"]), int(d["end"]))} for d in preds]
        pairs = score.match(pspans, golds)
        mp = {i for i, _ in pairs}
        mg = {j for _, j in pairs}
        published = published_of(cases_dir, c["id"])
        totals["gold"] += len(golds)
        totals["pred"] += len(preds)
        totals["tp"] += len(pairs)
        base = {"case": c["id"], "published": published}
        for j, g in enumerate(golds):
            if j not in mg:
                rows["miss"].append({**base, "class": classify(text, g["span"]), "gold": g["value"],
                                     "text": text[g["span"][0]:g["span"][1]], "snippet": snippet(text, g["span"])})
        for i, p in enumerate(preds):
            if i not in mp:
                sp = pspans[i]["span"]
                rows["spurious"].append({**base, "class": classify(text, sp), "rule": p.get("rule"),
                                         "pred": p.get("value"), "text": p.get("text"),
                                         "snippet": snippet(text, sp)})
        for i, j in pairs:
            p, g = preds[i], golds[j]
            if p.get("value") != g["value"]:
                totals["wrong"] += 1
                rows["wrong"].append({**base, "class": classify(text, g["span"]), "rule": p.get("rule"),
                                      "pred": p.get("value"), "gold": g["value"], "anchor": p.get("anchor"),
                                      "kind": wrong_kind(p.get("value"), g["value"]),
                                      "text": text[g["span"][0]:g["span"][1]],
                                      "snippet": snippet(text, g["span"])})
    return totals, rows


def print_table(title, items, key):
    counts = Counter(key(it) for it in items)
    print(f"\n{title} ({len(items)})")
    for k, n in counts.most_common():
        print(f"  {n:4d}  {k}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cases")
    ap.add_argument("preds")
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--scorer")
    a = ap.parse_args()
    score = load_scorer(a.scorer)
    totals, rows = analyse(score, a.cases, a.preds)
    if a.json:
        json.dump({"totals": totals, **rows}, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    tp, fp, fn = totals["tp"], totals["pred"] - totals["tp"], totals["gold"] - totals["tp"]
    value = (tp - totals["wrong"]) / tp if tp else 0.0
    print(f"dates: gold {totals['gold']}, predicted {totals['pred']}, tp {tp}, fp {fp}, fn {fn}, "
          f"wrong values {totals['wrong']} (value {value:.3f})")
    print_table("misses by class", rows["miss"], lambda r: r["class"])
    print_table("spurious by class", rows["spurious"], lambda r: r["class"])
    print_table("spurious by rule", rows["spurious"], lambda r: r["rule"])
    print_table("wrong values by class", rows["wrong"], lambda r: r["class"])
    print_table("wrong values by rule", rows["wrong"], lambda r: r["rule"])
    print_table("wrong values by kind", rows["wrong"], lambda r: r["kind"])
    if a.examples:
        for part in ("miss", "spurious", "wrong"):
            by = defaultdict(list)
            for r in rows[part]:
                by[r["class"]].append(r)
            print(f"\n== {part} examples")
            for cls, items in sorted(by.items(), key=lambda kv: -len(kv[1])):
                print(f"-- {cls}")
                for r in items[:a.examples]:
                    extra = ""
                    if part == "wrong":
                        extra = f" pred {r['pred']} gold {r['gold']} ({r['rule']}, anchor {r['anchor']})"
                    elif part == "spurious":
                        extra = f" pred {r['pred']} ({r['rule']})"
                    else:
                        extra = f" gold {r['gold']}"
                    print(f"   [{r['case']} pub {r['published']}]{extra}\n      {r['snippet']}")


if __name__ == "__main__":
    main()
