"""sourcelens: who says what, when and where in a news article.

The Rust core of the sourcelens CLI and browser extension, as a Python module. Every
function returns plain dicts and lists: the Report, with the same keys and values as
``sourcelens analyze --offsets char`` prints as JSON.

>>> import sourcelens
>>> r = sourcelens.analyze("The minister said on Sunday that Raqqa was calm.", published="2017-10-30")
>>> r["attributions"][0]["cue"]["text"]
'said'
>>> [d["value"] for d in r["dates"]]
['2017-10-29']
>>> by_id = {rule["id"]: rule for rule in sourcelens.rules()}
>>> by_id[r["dates"][0]["rule"]]["category"]
'date'

- ``analyze(text, published=None, offsets="char")``: one article.
- ``analyze_batch(texts, published=None, threads=None)``: many, in order, in parallel
  (the GIL is released while the core works).
- ``extract_article(html)``: the article of a saved HTML page (as the CLI finds it).
- ``rules()``: the rule registry, every id a finding's ``rule`` can carry, with its
  category, description and an example.
- ``__version__``: the version of the core.

"char" offsets are code points: they index Python strings directly
(``text[span["start"]:span["end"]] == span["text"]``).
"""

from ._sourcelens import __version__, analyze, analyze_batch, extract_article, rules

__all__ = ["__version__", "analyze", "analyze_batch", "extract_article", "rules"]
