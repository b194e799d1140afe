"""The Python API against the CLI: same Reports, in order, the same error messages."""

import datetime
import json
import threading
import time

import pytest
import sourcelens

from conftest import ROOT, SAMPLE, SAMPLE_HTML, cli_json, dev_cases, run_cli


def spans(value):
    """Every span ({"start", "end", "text"}) anywhere in a Report."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            yield value
        for v in value.values():
            yield from spans(v)
    elif isinstance(value, list):
        for v in value:
            yield from spans(v)


def test_version_is_the_cli_version():
    assert run_cli("--version").stdout.split() == ["sourcelens", sourcelens.__version__]


@pytest.mark.parametrize("offsets", ["char", "utf16", "utf8"])
@pytest.mark.parametrize("published", [None, "2017-10-30"])
def test_sample_equals_cli(offsets, published):
    text = SAMPLE.read_text("utf-8")
    args = ["analyze", "--offsets", offsets, SAMPLE]
    if published:
        args[1:1] = ["--published", published]
    assert sourcelens.analyze(text, published=published, offsets=offsets) == cli_json(*args)


def test_default_offsets_are_char():
    text = SAMPLE.read_text("utf-8")
    r = sourcelens.analyze(text)
    assert r["offsets"] == "char"
    assert r == cli_json("analyze", "--offsets", "char", SAMPLE)


def test_dev_set_equals_cli():
    cases = dev_cases()
    if not cases:
        pytest.skip("no shared dev set (SHARED/eval/dev)")
    texts = [t for _, t, _ in cases]
    dates = [p for _, _, p in cases]
    batch = sourcelens.analyze_batch(texts, published=dates)
    for (cid, text, published), from_batch in zip(cases, batch):
        args = ["analyze", "--offsets", "char"]
        if published:
            args += ["--published", published]
        expected = cli_json(*args, "-", input=text)
        assert sourcelens.analyze(text, published=published) == expected, cid
        assert from_batch == expected, cid


def test_batch_matches_cli_jsonl():
    texts = [
        "The minister said on Sunday that Raqqa was calm.",
        "“We are ready,” an official told reporters in Damascus on 3 May.",
        "",
        SAMPLE.read_text("utf-8"),
    ]
    dates = ["2020-03-04", None, None, "2017-10-30"]
    lines = "".join(
        json.dumps({"id": i, "text": t, **({"published": d} if d else {})}) + "\n"
        for i, (t, d) in enumerate(zip(texts, dates))
    )
    out = run_cli("analyze", "--jsonl", "--offsets", "char", "-", input=lines).stdout
    expected = [json.loads(line)["report"] for line in out.splitlines()]
    assert sourcelens.analyze_batch(texts, published=dates) == expected


def varied_texts(n):
    places = ["Aleppo", "Lagos", "Denver", "Kyiv", "Osaka", "Lima", "Hanoi"]
    return [
        f"Officials said on Monday that {i} families had left {places[i % len(places)]}. "
        + "A spokesman told local media the roads were open. " * (i % 5)
        + ("“We will rebuild,” the mayor said." if i % 3 == 0 else "")
        for i in range(n)
    ]


@pytest.mark.parametrize("threads", [None, 1, 2, 0])
def test_batch_keeps_input_order(threads):
    texts = varied_texts(60)
    one_by_one = [sourcelens.analyze(t, published="2024-01-10") for t in texts]
    batch = sourcelens.analyze_batch(texts, published=["2024-01-10"] * len(texts), threads=threads)
    assert batch == one_by_one
    # the texts differ, so the order is really checked
    assert len({json.dumps(r["places"]) for r in batch}) > 5


def test_batch_takes_any_iterable_and_empty_input():
    texts = varied_texts(5)
    assert sourcelens.analyze_batch(t for t in texts) == sourcelens.analyze_batch(texts)
    assert sourcelens.analyze_batch([]) == []
    assert sourcelens.analyze_batch((), published=[]) == []


def test_batch_dates_are_per_text():
    text = "The ministry said on Sunday that the bridge would reopen."
    a, b, c = sourcelens.analyze_batch(
        [text] * 3, published=["2017-10-30", None, datetime.date(2020, 1, 1)]
    )
    assert a["dates"][0]["value"] == "2017-10-29"
    assert b["dates"][0]["value"] is None
    assert c["dates"][0]["value"] == "2019-12-29"


def test_published_accepts_dates_and_timestamps():
    text = "The ministry said on Sunday that the bridge would reopen."
    want = sourcelens.analyze(text, published="2017-10-30")
    assert sourcelens.analyze(text, published=datetime.date(2017, 10, 30)) == want
    assert sourcelens.analyze(text, published=datetime.datetime(2017, 10, 30, 9, 12)) == want
    assert sourcelens.analyze(text, published="2017-10-30T09:12:00+03:00") == want


def test_the_gil_is_released_while_analysing():
    # another Python thread keeps running while a batch is analysed: the longest pause it
    # sees is a small part of the batch's duration (with the GIL held it would be all of it)
    texts = [SAMPLE.read_text("utf-8") * 60] * 6
    done = threading.Event()
    span = {}

    def work():
        t0 = time.perf_counter()
        sourcelens.analyze_batch(texts, threads=1)
        span["s"] = time.perf_counter() - t0
        done.set()

    worker = threading.Thread(target=work)
    last, longest = time.perf_counter(), 0.0
    worker.start()
    while not done.is_set():
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    worker.join()
    assert longest < span["s"] / 2, (longest, span["s"])


BAD_DATES = ["2017-13-01", "30/10/2017", "yesterday", ""]


@pytest.mark.parametrize("bad", BAD_DATES)
def test_bad_published_is_a_value_error_with_the_cli_message(bad):
    with pytest.raises(ValueError) as e:
        sourcelens.analyze("Text.", published=bad)
    cli = run_cli("analyze", "--published", bad, "-", input="Text.", check=False)
    assert cli.returncode != 0
    assert str(e.value) in cli.stderr, (str(e.value), cli.stderr)
    with pytest.raises(ValueError, match=r"^published\[1\]: ") as e2:
        sourcelens.analyze_batch(["a", "b"], published=[None, bad])
    assert str(e.value) in str(e2.value)


def test_bad_offsets_is_a_value_error_with_the_cli_message():
    with pytest.raises(ValueError) as e:
        sourcelens.analyze("Text.", offsets="bytes")
    cli = run_cli("analyze", "--offsets", "bytes", "-", input="Text.", check=False)
    assert cli.returncode != 0
    assert str(e.value) in cli.stderr, (str(e.value), cli.stderr)
    with pytest.raises(ValueError):
        sourcelens.analyze_batch(["a"], offsets="UTF8")


@pytest.mark.parametrize("bad", [None, 5, b"bytes", ["a list"], 3.5])
def test_non_str_text_is_a_type_error(bad):
    with pytest.raises(TypeError, match="text must be a str"):
        sourcelens.analyze(bad)
    with pytest.raises(TypeError, match=r"texts\[1\] must be a str"):
        sourcelens.analyze_batch(["fine", bad])


def test_other_bad_arguments():
    with pytest.raises(TypeError, match="not a str"):
        sourcelens.analyze_batch("one text")
    with pytest.raises(TypeError):
        sourcelens.analyze_batch(5)
    with pytest.raises(TypeError, match="published must be"):
        sourcelens.analyze("Text.", published=20171030)
    with pytest.raises(TypeError, match="published must be a list"):
        sourcelens.analyze_batch(["a"], published="2017-10-30")
    with pytest.raises(ValueError, match="2 items for 1 texts"):
        sourcelens.analyze_batch(["a"], published=[None, None])
    with pytest.raises(ValueError, match="threads"):
        sourcelens.analyze_batch(["a"], threads=-1)
    with pytest.raises(TypeError):
        sourcelens.analyze_batch(["a"], threads="2")
    # a lone surrogate cannot be analysed: UnicodeEncodeError, a ValueError, not a crash
    with pytest.raises(ValueError):
        sourcelens.analyze("The minister said \ud800 it.")


UNICODE_TEXTS = [
    "“We will stay,” said Ahmad al-Ḥasan 👩‍👩‍👧 in Raqqa on Sunday.",
    "Die Ministerin sagte, Köln 🇩🇪 sei sicher. The mayor said the café in Zürich was open.",
    "The spokesman said 東京 and Osaka were calm, according to NHK, on 3 May 2021.",
    "قال المسؤول. The official said Beirut was quiet on Monday. e\u0301e\u0301 𝕏 said nothing.",
    "\ufeffThe ministry said on Tuesday that Gaza needed water.\r\n\r\nOfficials said so.",
]


@pytest.mark.parametrize("text", UNICODE_TEXTS)
def test_char_offsets_index_python_strings(text):
    r = sourcelens.analyze(text, published="2021-05-10")
    found = list(spans(r))
    assert found, "the texts are chosen to yield spans"
    for s in found:
        assert text[s["start"] : s["end"]] == s["text"], s
    units16 = text.encode("utf-16-le")
    for s in spans(sourcelens.analyze(text, published="2021-05-10", offsets="utf16")):
        assert units16[2 * s["start"] : 2 * s["end"]].decode("utf-16-le") == s["text"], s
    raw = text.encode("utf-8")
    for s in spans(sourcelens.analyze(text, published="2021-05-10", offsets="utf8")):
        assert raw[s["start"] : s["end"]].decode("utf-8") == s["text"], s
    assert r == cli_json("analyze", "--offsets", "char", "--published", "2021-05-10", "-", input=text)


def test_extract_article_is_what_the_cli_analyses():
    html = SAMPLE_HTML.read_text("utf-8")
    art = sourcelens.extract_article(html)
    assert set(art) == {"text", "published", "updated", "site_name"}
    assert "Raqqa" in art["text"]
    from_python = sourcelens.analyze(art["text"], published=art["published"], updated=art["updated"])
    assert from_python == cli_json("analyze", "--offsets", "char", SAMPLE_HTML)
    with pytest.raises(ValueError, match="no article"):
        sourcelens.extract_article("<html><body></body></html>")
    page = ('<html><head><meta property="article:modified_time" content="2024-03-05T09:00:00Z">'
            "</head><body><article><h1>Fire</h1><p>Fire hit the town on Sunday, officials said "
            "after they had reviewed the damage to the houses there.</p></article></body></html>")
    art = sourcelens.extract_article(page)
    assert art["updated"] == "2024-03-05" and art["published"] is None
    report = sourcelens.analyze(art["text"], published=art["published"], updated=art["updated"])
    assert report["updated"] == "2024-03-05" and report["published_source"] == "updated"
    with pytest.raises(ValueError, match="invalid updated date"):
        sourcelens.analyze("Hi.", updated="2024-13-01")
    with pytest.raises(TypeError):
        sourcelens.extract_article(b"<html></html>")


def test_module_docstring_examples():
    import doctest

    failures, tried = doctest.testmod(sourcelens)
    assert tried > 0 and failures == 0


def test_the_stub_lists_every_public_name():
    stub = (ROOT / "python" / "sourcelens" / "__init__.pyi").read_text("utf-8")
    for name in sourcelens.__all__:
        assert (f"def {name}(" in stub) or (f"{name}:" in stub), name
    for name in sourcelens.__all__:
        obj = getattr(sourcelens, name)
        if callable(obj):
            assert obj.__doc__ and len(obj.__doc__) > 80, name


def test_rules_are_the_cli_registry():
    rules = sourcelens.rules()
    assert rules == cli_json("rules", "--format", "json")
    assert len(rules) > 20
    assert all(set(r) == {"id", "category", "description", "example"} for r in rules)
    ids = {r["id"] for r in rules}
    assert len(ids) == len(rules)
    # every rule a Report carries is in the registry (a place's joins several with "+")
    report = sourcelens.analyze(SAMPLE.read_text("utf-8"), published="2017-10-30")
    found = [a["rule"] for a in report["attributions"]] + [d["rule"] for d in report["dates"]]
    found += [p["rule"] for p in report["places"]] + [d["rule"] for d in report["distancing"]]
    assert found
    for rule in found:
        assert set(rule.split("+")) <= ids, rule
    # and each example yields its rule through the Python API too
    for r in rules:
        rep = sourcelens.analyze(r["example"], published="2021-06-15")
        parts = {part for kind in ("attributions", "dates", "places", "distancing") for f in rep[kind] for part in f["rule"].split("+")}
        assert r["id"] in parts, (r, parts)
