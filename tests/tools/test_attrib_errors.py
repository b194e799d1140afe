"""Self-test of tools/attrib_errors.py on a tiny case written for it (run from the repository root):

    SHARED=../shared python3 -m unittest discover -s tests/tools -p 'test_*.py'

Needs the shared scorer (../shared/eval/score.py or $SHARED/eval/score.py); skipped without it.
"""
import contextlib
import io
import json
import os
import sys
import tempfile
import unittest
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import attrib_errors  # noqa: E402

TEXT = ("Minister says harbour will reopen\n\n"
        "The harbour will reopen in May, the minister said on Monday.\n\n"
        "“We are ready,” said Ana Ruiz, the port director.\n\n"
        "She told reporters that the cranes had been repaired.\n\n"
        "The plan was announced by the council.\n\n"
        "The said property was sold.\n")


def span(text, start_after=0):
    start = TEXT.index(text, start_after)
    return {"text": text, "start": start, "end": start + len(text)}


def gold_attr(cue, source, content, after=0):
    return {"cue": span(cue, after), "source": span(source, after) if source else None,
            "content": span(content, after) if content else None, "speaker": source}


def pred_attr(cue, source, content, after=0, rule="subject-verb"):
    a = gold_attr(cue, source, content, after)
    a["rule"] = rule
    return a


P3 = TEXT.index("She told")
GOLD = [gold_attr("says", "Minister", "harbour will reopen"),
        gold_attr("said", "the minister", "The harbour will reopen in May"),
        gold_attr("said", "Ana Ruiz, the port director", "We are ready", TEXT.index("“We")),
        gold_attr("told", "She", "that the cranes had been repaired"),
        gold_attr("announced", "the council", "The plan")]
PRED = [pred_attr("says", "Minister", "harbour will reopen"),
        pred_attr("said", "the minister", "The harbour will reopen in May"),
        pred_attr("said", "Ana Ruiz", "We are ready", TEXT.index("“We"), rule="verb-subject"),
        pred_attr("told", "She", "the cranes had been repaired", P3),
        pred_attr("said", None, "property was sold", TEXT.index("The said"))]


class AttribErrorsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        try:
            cls.scorer = attrib_errors.load_scorer()
        except SystemExit:
            raise unittest.SkipTest("shared/eval/score.py not found (set SHARED)")
        cls.tmp = tempfile.TemporaryDirectory()
        cls.cases = os.path.join(cls.tmp.name, "cases")
        cls.preds = os.path.join(cls.tmp.name, "preds")
        os.makedirs(os.path.join(cls.cases, "harbour"))
        os.makedirs(cls.preds)
        with open(os.path.join(cls.cases, "harbour", "article.txt"), "w", encoding="utf-8") as f:
            f.write(TEXT)
        with open(os.path.join(cls.cases, "harbour", "gold.json"), "w", encoding="utf-8") as f:
            json.dump({"id": "harbour", "attributions": GOLD}, f)
        with open(os.path.join(cls.preds, "harbour.json"), "w", encoding="utf-8") as f:
            json.dump({"attributions": PRED}, f)
        cases = attrib_errors.load(cls.cases, cls.preds, cls.scorer)
        lemmatizer = attrib_errors.Lemmatizer(attrib_errors.text_vocab([TEXT]))
        cls.res = attrib_errors.analyse(cases, cls.scorer, lemmatizer)
        cls.case = cases[0]

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_counts_are_the_scorers(self):
        c = self.res["counts"]
        self.assertEqual((c["tp"], c["fp"], c["fn"]), (4, 1, 1))

    def test_miss_is_a_passive_announce(self):
        t = self.res["tables"]
        self.assertEqual(t["miss lemma"], Counter({"announce": 1}))
        self.assertEqual(t["miss class"], Counter({"passive": 1}))

    def test_false_alarm_lemma_and_rule(self):
        t = self.res["tables"]
        self.assertEqual(t["false alarm lemma"], Counter({"say": 1}))
        self.assertEqual(t["false alarm rule"], Counter({"subject-verb": 1}))

    def test_classes_of_gold(self):
        classes = [g["class"] for g in self.case["gold"]]
        self.assertEqual(classes, ["headline/caption", 'quote-first: "…," X said',
                                   'quote-first: "…," said X', "subject-verb: pronoun", "passive"])
        self.assertEqual([g["complement"] for g in self.case["gold"]],
                         ["short object (4 words or fewer)", "content before the cue", "content before the cue",
                          "that-clause after words", "content before the cue"])
        self.assertEqual(self.case["gold"][3]["after_cue"], "object (him, reporters, ...)")
        self.assertEqual(self.case["gold"][2]["source_shape"], "NP with apposition")
        self.assertEqual(self.case["gold"][2]["content_kind"], "direct")

    def test_span_errors_on_matches(self):
        t = self.res["tables"]
        self.assertEqual(t["source error"]["too short (end)"], 1)
        self.assertEqual(t["source error"]["ok"], 3)
        self.assertEqual(t["content error"]["only the leading 'that' differs"], 1)
        self.assertGreater(self.res["counts"]["that_gain"], 0)

    def test_lemmas(self):
        lem = attrib_errors.Lemmatizer(Counter({"ads": 40, "not": 90}))
        words = ("said", "added", "noted", "denied", "admitted", "urging", "visited", "blamed", "developed")
        got = [lem.word(w) for w in words]
        self.assertEqual(got, ["say", "add", "note", "deny", "admit", "urge", "visit", "blame", "develop"])
        text = "he has repeatedly pointed out that"
        self.assertEqual(attrib_errors.cue_lemma(text, (3, 29), lem)[0], "point out")

    def test_main_prints_tables_and_json(self):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            attrib_errors.main([self.cases, self.preds, "--examples", "1"])
        self.assertIn("misses by construction class", out.getvalue())
        self.assertIn("⟦announced⟧", out.getvalue())
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            attrib_errors.main([self.cases, self.preds, "--json"])
        self.assertEqual(json.loads(out.getvalue())["cues"]["fn"], 1)


if __name__ == "__main__":
    unittest.main()
