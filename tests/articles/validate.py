#!/usr/bin/env python3
"""Validate evaluation cases (shared/eval/FORMAT.md) — standard library only.

    python3 tests/articles/validate.py [CASES_DIR ...]      (default: this folder)

For every <id>/ folder holding article.txt: gold.json parses and has the required keys,
the id matches the folder, every span's text equals article.txt[start:start+len(text)]
(and "end", when given, equals start+len), values are well formed (published and date
values are real ISO dates at YYYY / YYYY-MM / YYYY-MM-DD precision, countries are ISO
3166-1 alpha-2 codes, kinds come from the known lists), no duplicate or overlapping
place/date spans, article.txt has the headline / blank line / paragraphs layout, and
article.html exists and holds every paragraph of article.txt. Prints counts per case and
per category; exits 1 on any error.
"""
import datetime
import html
import json
import os
import re
import sys

ISO_ALPHA2 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK
""".split())
PLACE_KINDS = {"country", "region", "state", "province", "county", "district", "city", "town",
               "village", "neighbourhood", "street", "geographic feature"}
ATTR_KINDS = {"direct", "indirect", "mixed"}
TOP_KEYS = ("id", "url", "outlet", "published", "attributions", "dates", "places")
QUOTES = "\"'“”‘’«»"


class Case:
    def __init__(self, cid):
        self.cid, self.errors, self.warnings = cid, [], []

    def err(self, msg):
        self.errors.append(msg)

    def warn(self, msg):
        self.warnings.append(msg)


def iso_value(v):
    """True if v is YYYY, YYYY-MM or YYYY-MM-DD naming a real date."""
    if not isinstance(v, str):
        return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", v)
    if not m:
        return False
    y, mo, d = m.groups()
    try:
        datetime.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return False
    return True


def check_span(c, text, obj, where, nullable=False):
    if obj is None:
        if not nullable:
            c.err(f"{where}: span missing")
        return None
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not isinstance(obj.get("start"), int) \
            or isinstance(obj.get("start"), bool):
        c.err(f"{where}: span needs a string 'text' and an integer 'start': {obj!r}")
        return None
    t, s = obj["text"], obj["start"]
    if not t:
        c.err(f"{where}: empty span text")
        return None
    if "end" in obj and obj["end"] != s + len(t):
        c.err(f"{where}: end {obj['end']} != start + len(text) {s + len(t)}")
    if s < 0 or text[s:s + len(t)] != t:
        c.err(f"{where}: text {t[:40]!r} != article.txt[{s}:{s + len(t)}] {text[s:s + len(t)][:40]!r}")
        return None
    if t != t.strip():
        c.warn(f"{where}: span {t[:40]!r} has leading/trailing whitespace")
    return (s, s + len(t))


def check_layout(c, text):
    if not text.endswith("\n"):
        c.warn("article.txt does not end with a newline")
    lines = text.split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        c.err("article.txt: expected headline on line 1 and a blank line 2")
    if "\n\n\n" in text:
        c.err("article.txt: paragraphs must be separated by exactly one blank line")
    if "\r" in text or "\t" in text:
        c.err("article.txt: carriage return or tab")
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip():
            c.err(f"article.txt line {i}: trailing whitespace")
    words = len(text.split())
    return words


def check_html(c, d, text):
    hp = os.path.join(d, "article.html")
    if not os.path.isfile(hp):
        c.err("article.html missing")
        return
    with open(hp, encoding="utf-8") as f:
        page = f.read()
    if re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I) or "<link" in page.lower():
        c.err("article.html refers to an external resource")
    page = re.sub(r"(?is)<(script|style|title)\b.*?</\1>", "\n", page)
    block = r"(?i)</?(?:p|div|h[1-6]|li|ul|ol|br|section|article|aside|figure|figcaption|header|footer|nav|main|blockquote|table|tr|td|th|form|body|html|head|meta)\b[^>]*>"
    flat = re.sub(block, "\n", page)
    flat = html.unescape(re.sub(r"<[^>]+>", "", flat))
    flat = "\n".join(" ".join(ln.split()) for ln in flat.split("\n"))
    for para in text.strip().split("\n\n"):
        para = " ".join(para.split())
        if para and para not in flat:
            c.err(f"article.html does not contain the paragraph {para[:50]!r}...")


def check_case(d, cid):
    c = Case(cid)
    with open(os.path.join(d, "article.txt"), encoding="utf-8") as f:
        text = f.read()
    words = check_layout(c, text)
    counts = {"attributions": 0, "dates": 0, "places": 0, "words": words}
    gp = os.path.join(d, "gold.json")
    try:
        with open(gp, encoding="utf-8") as f:
            g = json.load(f)
    except (OSError, ValueError) as ex:
        c.err(f"gold.json: {ex}")
        return c, counts
    for k in TOP_KEYS:
        if k not in g:
            c.err(f"gold.json: missing key {k!r}")
    extra = set(g) - set(TOP_KEYS)
    if extra:
        c.warn(f"gold.json: unknown keys {sorted(extra)}")
    if g.get("id") != cid:
        c.err(f"gold.json: id {g.get('id')!r} != folder {cid!r}")
    if not isinstance(g.get("outlet"), str) or not g.get("outlet"):
        c.err("gold.json: outlet must be a non-empty string")
    if g.get("url") is not None and not isinstance(g.get("url"), str):
        c.err("gold.json: url must be a string or null")
    pub = g.get("published")
    if pub is not None and not (isinstance(pub, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub) and iso_value(pub)):
        c.err(f"gold.json: published {pub!r} is not YYYY-MM-DD or null")

    attrs = g.get("attributions") or []
    if not isinstance(attrs, list):
        c.err("attributions must be a list")
        attrs = []
    cues = set()
    for i, a in enumerate(attrs):
        w = f"attribution #{i}"
        if not isinstance(a, dict):
            c.err(f"{w}: not an object")
            continue
        for k in ("source", "speaker", "cue", "content", "kind", "anonymous"):
            if k not in a:
                c.err(f"{w}: missing key {k!r}")
        cue = check_span(c, text, a.get("cue"), f"{w} cue")
        w = f"attribution #{i} ({(a.get('cue') or {}).get('text')!r}@{(a.get('cue') or {}).get('start')})"
        src = check_span(c, text, a.get("source"), f"{w} source", nullable=True)
        con = check_span(c, text, a.get("content"), f"{w} content", nullable=True)
        if a.get("kind") not in ATTR_KINDS:
            c.err(f"{w}: kind {a.get('kind')!r} not in {sorted(ATTR_KINDS)}")
        if not isinstance(a.get("anonymous"), bool):
            c.err(f"{w}: anonymous must be true or false")
        sp = a.get("speaker")
        if sp is not None and (not isinstance(sp, str) or not sp.strip()):
            c.err(f"{w}: speaker must be a non-empty string or null")
        if cue:
            if cue in cues:
                c.err(f"{w}: two attributions share one cue span")
            cues.add(cue)
            for name, sp2 in (("source", src), ("content", con)):
                if sp2 and sp2[0] < cue[1] and cue[0] < sp2[1] and not (name == "content" and sp2[0] < cue[0] and cue[1] < sp2[1]):
                    c.err(f"{w}: cue overlaps the {name} span")
        if con:
            ct = text[con[0]:con[1]]
            if a.get("kind") == "direct" and (ct[0] in QUOTES or ct[-1] in QUOTES):
                c.warn(f"{w}: direct content keeps its outer quote marks: {ct[:30]!r}...{ct[-10:]!r}")
    counts["attributions"] = len(attrs)

    for cat in ("dates", "places"):
        items = g.get(cat) or []
        if not isinstance(items, list):
            c.err(f"{cat} must be a list")
            continue
        spans = []
        for i, x in enumerate(items):
            w = f"{cat[:-1]} #{i} ({(x or {}).get('text')!r}@{(x or {}).get('start')})"
            sp = check_span(c, text, x, w)
            if sp:
                spans.append((sp, w))
            if cat == "dates":
                if "value" not in x:
                    c.err(f"{w}: missing key 'value'")
                elif x["value"] is not None and not iso_value(x["value"]):
                    c.err(f"{w}: value {x['value']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
            else:
                for k in ("name", "country", "kind"):
                    if k not in x:
                        c.err(f"{w}: missing key {k!r}")
                if not isinstance(x.get("name"), str) or not x.get("name"):
                    c.err(f"{w}: name must be a non-empty string")
                if x.get("country") is not None and x.get("country") not in ISO_ALPHA2:
                    c.err(f"{w}: country {x.get('country')!r} is not an ISO 3166-1 alpha-2 code")
                if x.get("kind") not in PLACE_KINDS:
                    c.err(f"{w}: kind {x.get('kind')!r} not in {sorted(PLACE_KINDS)}")
        spans.sort()
        for (a, wa), (b, wb) in zip(spans, spans[1:]):
            if a == b:
                c.err(f"{cat}: duplicate span {wa} / {wb}")
            elif b[0] < a[1]:
                c.err(f"{cat}: overlapping spans {wa} / {wb}")
        counts[cat] = len(items)
    check_html(c, d, text)
    return c, counts


def main():
    dirs = sys.argv[1:] or [os.path.dirname(os.path.abspath(__file__))]
    total = {"attributions": 0, "dates": 0, "places": 0, "words": 0}
    n_err = n_cases = 0
    print(f"{'case':<40} {'words':>6} {'attrib':>7} {'dates':>6} {'places':>7}")
    for root in dirs:
        for cid in sorted(os.listdir(root)):
            d = os.path.join(root, cid)
            if not os.path.isfile(os.path.join(d, "article.txt")):
                continue
            n_cases += 1
            c, counts = check_case(d, cid)
            for k in total:
                total[k] += counts[k]
            print(f"{cid[:40]:<40} {counts['words']:>6} {counts['attributions']:>7} {counts['dates']:>6} {counts['places']:>7}")
            for m in c.warnings:
                print(f"  warning: {m}")
            for m in c.errors:
                print(f"  ERROR: {m}")
            n_err += len(c.errors)
    print(f"{'total (' + str(n_cases) + ' cases)':<40} {total['words']:>6} {total['attributions']:>7} {total['dates']:>6} {total['places']:>7}", flush=True)
    if n_cases == 0:
        print("no cases found", file=sys.stderr)
        sys.exit(1)
    if n_err:
        print(f"{n_err} error(s)", file=sys.stderr)
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
