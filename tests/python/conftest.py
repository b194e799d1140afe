"""Shared helpers of the Python package's tests (run by `make test-python`).

The package under test is the installed wheel (`import sourcelens`); the CLI it is
compared with is $SOURCELENS_BIN (default target/debug/sourcelens, which `cargo test`
builds). The shared evaluation folder is $SHARED (default ../shared); tests that need it
are skipped when it is absent.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "sana-raqqa-2017-10-30.txt"
SAMPLE_HTML = ROOT / "examples" / "sana-raqqa-2017-10-30.html"
SHARED = Path(os.environ.get("SHARED") or ROOT.parent / "shared")


def cli_bin() -> Path:
    return Path(os.environ.get("SOURCELENS_BIN") or ROOT / "target" / "debug" / "sourcelens")


def run_cli(*args, input=None, check=True) -> subprocess.CompletedProcess:
    """Runs the CLI; `input` (str) goes to its standard input."""
    p = subprocess.run(
        [str(cli_bin()), *map(str, args)],
        input=input,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    if check and p.returncode != 0:
        raise AssertionError(f"sourcelens {' '.join(map(str, args))}: {p.stderr}")
    return p


def cli_json(*args, input=None):
    return json.loads(run_cli(*args, input=input).stdout)


@pytest.fixture(scope="session", autouse=True)
def _cli_exists():
    if not cli_bin().is_file():
        pytest.exit(f"no CLI at {cli_bin()} (run cargo build, or set SOURCELENS_BIN)", 2)


def dev_cases():
    """(id, text, published) of every case of the shared dev set; [] when it is absent."""
    dev = SHARED / "eval" / "dev"
    if not dev.is_dir():
        return []
    cases = []
    for d in sorted(dev.iterdir()):
        art = d / "article.txt"
        if not art.is_file():
            continue
        gold = d / "gold.json"
        published = json.loads(gold.read_text("utf-8")).get("published") if gold.is_file() else None
        cases.append((d.name, art.read_text("utf-8"), published))
    return cases


def own_articles():
    """Our own texts (never other publishers'): tests/articles/*/article.txt with the
    outlet and date of their gold.json, then tests/corpus/attrib/*/article.txt."""
    out = []
    for d in sorted((ROOT / "tests" / "articles").iterdir()):
        if (d / "article.txt").is_file():
            gold = json.loads((d / "gold.json").read_text("utf-8"))
            out.append((d.name, (d / "article.txt").read_text("utf-8"), gold.get("published"), gold.get("outlet")))
    for d in sorted((ROOT / "tests" / "corpus" / "attrib").iterdir()):
        if (d / "article.txt").is_file():
            out.append((d.name, (d / "article.txt").read_text("utf-8"), None, None))
    return out
