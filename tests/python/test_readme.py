"""The README's notebook example runs as written (on our own articles)."""

import contextlib
import io
import json
import os
import re

import pytest

from conftest import ROOT, own_articles

MARKER = "<!-- tested by tests/python/test_readme.py"


def readme_example():
    readme = (ROOT / "README.md").read_text("utf-8")
    after = readme[readme.index(MARKER) :]
    return re.search(r"```python\n(.*?)```", after, re.S).group(1)


def test_the_pandas_example_runs(tmp_path, monkeypatch):
    pytest.importorskip("pandas")
    expected_outlets = set()
    with (tmp_path / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for cid, text, published, _ in own_articles():
            series = cid.split("-")[0] if cid.startswith("own") else "attrib"
            expected_outlets.add(series)
            rec = {"id": cid, "text": text, "outlet": series}
            if published:
                rec["published"] = published
            f.write(json.dumps(rec) + "\n")
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(readme_example(), "README.md", "exec"), {})
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["articles", "attributions", "share_anonymous", "share_direct", "top_speaker"]
    assert lines[1].split() == ["outlet"]
    outlets = [l.split()[0] for l in lines[2:]]
    assert sorted(outlets) == sorted(expected_outlets), lines
