#!/usr/bin/env python3
"""Build gold.json for a hand-written case from its annotation spec.

    python3 tests/articles/_annotate/build.py <id> [<id> ...] [--show]

The spec tests/articles/_annotate/specs/<id>.py holds the annotator's decisions; this
script only turns phrases into code-point offsets into tests/articles/<id>/article.txt
(so no offset is counted by hand) and fails on any ambiguous or missing phrase.

Span locators (used by the spec):
  S("text")                   the only occurrence of text (error if 0 or >1)
  S("text", 3)                the 3rd occurrence (1-based)
  S("text", after="anchor")   first occurrence at/after the start of the unique "anchor"
  R("first", "last", ...)     from the occurrence of "first" (same options) to the end of
                              the first "last" found at/after it
Occurrences are plain substring matches; places are matched on word boundaries.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.dirname(HERE)


class Loc:
    def __init__(self, text, n=None, after=None, last=None):
        self.text, self.n, self.after, self.last = text, n, after, last


def S(text, n=None, after=None):
    return Loc(text, n, after)


def R(first, last, n=None, after=None):
    return Loc(first, n, after, last)


def occurrences(doc, text, word=False):
    out, i = [], doc.find(text)
    while i >= 0:
        ok = True
        if word:
            ok = (i == 0 or not doc[i - 1].isalnum()) and (i + len(text) == len(doc) or not doc[i + len(text)].isalnum())
        if ok:
            out.append(i)
        i = doc.find(text, i + 1)
    return out


def locate(doc, loc, word=False):
    if isinstance(loc, str):
        loc = Loc(loc)
    occ = occurrences(doc, loc.text, word)
    if not occ:
        raise SystemExit(f"not found: {loc.text!r}")
    if loc.after is not None:
        a = occurrences(doc, loc.after)
        if len(a) != 1:
            raise SystemExit(f"anchor {loc.after!r} occurs {len(a)} times")
        occ = [o for o in occ if o >= a[0]]
        if not occ:
            raise SystemExit(f"{loc.text!r} not found after {loc.after!r}")
        start = occ[0]
    elif loc.n is not None:
        if loc.n > len(occ):
            raise SystemExit(f"{loc.text!r}: only {len(occ)} occurrences, wanted #{loc.n}")
        start = occ[loc.n - 1]
    else:
        if len(occ) != 1:
            raise SystemExit(f"{loc.text!r} occurs {len(occ)} times: give n or after")
        start = occ[0]
    if loc.last is None:
        end = start + len(loc.text)
    else:
        e = doc.find(loc.last, start)
        if e < 0:
            raise SystemExit(f"range end {loc.last!r} not found after {loc.text!r}")
        end = e + len(loc.last)
    return start, end


def span(doc, loc, word=False):
    s, e = locate(doc, loc, word)
    return {"text": doc[s:e], "start": s, "end": e}


def build(cid, show=False):
    spec = {"S": S, "R": R}
    with open(os.path.join(HERE, "specs", cid + ".py"), encoding="utf-8") as f:
        exec(compile(f.read(), cid + ".py", "exec"), spec)
    with open(os.path.join(CASES, cid, "article.txt"), encoding="utf-8") as f:
        doc = f.read()
    attributions = []
    for a in spec["ATTRIBUTIONS"]:
        src, speaker, cue, content, kind, anon = a
        attributions.append({
            "source": span(doc, src) if src is not None else None,
            "speaker": speaker,
            "cue": span(doc, cue),
            "content": span(doc, content) if content is not None else None,
            "kind": kind,
            "anonymous": anon,
        })
    attributions.sort(key=lambda a: a["cue"]["start"])
    dates = []
    for loc, value in spec["DATES"]:
        d = span(doc, loc)
        d["value"] = value
        dates.append(d)
    dates.sort(key=lambda d: d["start"])
    places = []
    for p in spec["PLACES"]:
        if p[0] == "ALL":  # ("ALL", text, name, country, kind, [excluded containing phrases])
            _, text, name, cc, kind, excl = (list(p) + [[]])[:6]
            blocked = []
            for x in excl:
                for o in occurrences(doc, x):
                    blocked.append((o, o + len(x)))
            for o in occurrences(doc, text, word=True):
                if any(b0 <= o and o + len(text) <= b1 for b0, b1 in blocked):
                    continue
                places.append({"text": text, "start": o, "end": o + len(text), "name": name, "country": cc, "kind": kind})
        else:
            loc, name, cc, kind = p
            d = span(doc, loc, word=True)
            d.update({"name": name, "country": cc, "kind": kind})
            places.append(d)
    places.sort(key=lambda d: d["start"])
    for cat, items in (("places", places), ("dates", dates)):
        for x, y in zip(items, items[1:]):
            if y["start"] < x["end"]:
                raise SystemExit(f"{cid}: overlapping {cat}: {x['text']!r}@{x['start']} / {y['text']!r}@{y['start']}")
    gold = {"id": cid, "url": None, "outlet": spec["OUTLET"], "published": spec["PUBLISHED"],
            "attributions": attributions, "dates": dates, "places": places}
    with open(os.path.join(CASES, cid, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{cid}: {len(attributions)} attributions, {len(dates)} dates, {len(places)} places")
    if show:
        render(doc, gold)


def render(doc, gold):
    marks = []
    for p in gold["places"]:
        marks.append((p["start"], 1, "[["))
        marks.append((p["end"], 0, f"]]<{p['name']}|{p['country']}>"))
    for d in gold["dates"]:
        marks.append((d["start"], 1, "{{"))
        marks.append((d["end"], 0, f"}}}}<{d['value']}>"))
    for a in gold["attributions"]:
        marks.append((a["cue"]["start"], 2, "<<"))
        marks.append((a["cue"]["end"], 0, ">>"))
    out, last = [], 0
    for pos, _, m in sorted(marks, key=lambda x: (x[0], x[1])):
        out.append(doc[last:pos])
        out.append(m)
        last = pos
    out.append(doc[last:])
    print("".join(out))
    print("---- attributions")
    for a in gold["attributions"]:
        s, c = a["source"], a["content"]
        print(f"* [{s and s['text']}] => {a['speaker']} | {a['cue']['text']} | {a['kind']} anon={a['anonymous']}\n    {c and c['text']!r}")
    covered = set()
    for p in gold["places"]:
        covered.update(range(p["start"], p["end"]))
    words = {}
    for m in re.finditer(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", doc):
        if m.start() not in covered:
            words[m.group()] = words.get(m.group(), 0) + 1
    print("---- capitalised, not a place:", ", ".join(sorted(words)))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    for cid in args:
        build(cid, show="--show" in sys.argv)
