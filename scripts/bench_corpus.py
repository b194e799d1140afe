#!/usr/bin/env python3
"""Builds the throughput-benchmark corpus from the public corpora in ../shared/benchmarks.

    python3 scripts/bench_corpus.py BENCH_DIR OUT.jsonl [--files DIR]

Writes one article record per line, {"id", "text", "published"?, "outlet"?}, the shape
`sourcelens analyze --jsonl` reads (the corpora's annotations are dropped, so the file's size
is the articles' size). With --files, also writes every article as DIR/<corpus>/<id>.txt for
the file-walking mode. Articles come from GeoWebNews, LGL, TR-News, GeoVirus, MEANTIME and
TempEval-3; nothing is copied into the repository (everything goes under target/).
"""
import argparse
import json
import os
import re

SOURCES = [
    ("geoparsing-news/geowebnews.jsonl", "geowebnews"),
    ("geoparsing-news/lgl.jsonl", "lgl"),
    ("geoparsing-news/tr-news.jsonl", "tr-news"),
    ("geoparsing-news/geovirus.jsonl", "geovirus"),
    ("meantime-en/meantime_en.jsonl", "meantime"),
    ("te3-platinum/te3_platinum.jsonl", "te3"),
]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page(title, text):
    """A plausible saved news page: navigation, the article, a footer."""
    paras = "".join(f"<p>{esc(p)}</p>\n" for p in re.split(r"\n\s*\n|\n", text) if p.strip())
    return (f"<!doctype html><html><head><meta charset=utf-8><title>{esc(title)} | News</title>"
            "</head><body><nav><a href=/>Home</a> <a href=/world>World</a> <a href=/sport>Sport</a>"
            f"</nav><main><article><h1>{esc(title)}</h1>\n{paras}</article></main>"
            "<footer>Copyright. All rights reserved. <a href=/privacy>Privacy</a></footer>"
            "</body></html>")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bench_dir")
    ap.add_argument("out")
    ap.add_argument("--files")
    ap.add_argument("--html", help="also write OUT-like records with the text as an HTML page")
    a = ap.parse_args()
    n = 0
    html_out = open(a.html, "w", encoding="utf-8") if a.html else None
    with open(a.out, "w", encoding="utf-8") as out:
        for rel, corpus in SOURCES:
            path = os.path.join(a.bench_dir, rel)
            if not os.path.isfile(path):
                continue
            with open(path, encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    text = d.get("text") or ""
                    if not text.strip():
                        continue
                    rec = {"id": f"{corpus}/{d['id']}", "text": text,
                           "outlet": d.get("domain") or corpus}
                    if isinstance(d.get("published"), str) and DATE.match(d["published"]):
                        rec["published"] = d["published"]
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n += 1
                    if html_out:
                        h = dict(rec)
                        h["html"] = page(d.get("title") or "", h.pop("text"))
                        html_out.write(json.dumps(h, ensure_ascii=False) + "\n")
                    if a.files:
                        dd = os.path.join(a.files, corpus)
                        os.makedirs(dd, exist_ok=True)
                        safe = re.sub(r"[^A-Za-z0-9_.-]", "_", str(d["id"]))
                        with open(os.path.join(dd, safe + ".txt"), "w", encoding="utf-8") as t:
                            t.write(text)
    print(n)


if __name__ == "__main__":
    main()
