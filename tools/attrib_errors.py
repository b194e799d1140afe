#!/usr/bin/env python3
"""Error analysis of attribution output on a folder of cases: misses and false alarms by class.

    python3 tools/attrib_errors.py CASES PREDS [--examples N] [--json] [--full-gold DIR]
                                   [--scorer PATH/score.py] [--top K]

CASES is a folder of case folders (article.txt + gold.json, ../shared/eval/FORMAT.md); PREDS a
folder of sourcelens Reports with code-point offsets, one <id>.json per case, as written by
`scripts/run_cases.py`. Cues are matched exactly as ../shared/eval/score.py matches them (its own
functions are imported: found with --scorer, else $SHARED/eval/score.py, else ../shared/eval/
beside the repository), so the cue tp/fp/fn here are the scorer's.

Printed (counts, share of the table, and for cue errors the share of all cue errors fn+fp):
- misses (gold cues no prediction overlaps) and false alarms (predicted cues that match no gold
  cue), each by cue lemma, construction class, source shape, content kind, complement (how the
  content hangs on the cue), what follows the cue, paragraph position and outlet (gold.json
  "outlet", else the case id before its first "_"; shown for 2 to 30 outlets); the class
  crossed with the lemma (and for misses with what follows the cue and the complement);
  misses also by whether another cue was predicted in the same sentence; false alarms also
  by the sourcelens rule that fired and by nesting (the cue inside the content span of a gold
  attribution: nested speech a corpus may leave unmarked);
- on matched cues: source-span errors (missing, spurious, too short, too long, shifted, wrong)
  and content-span errors (missing, spurious, truncated, overlong, shifted, wrong, with the
  side that differs), by construction class, with the content token-F1 each class loses;
- source F1 errors as score.py counts them (deduplicated source spans matched by overlap), by
  origin: the gold source of a missed cue, a found cue with a wrong or no source, the source of
  a false-alarm cue; wrong/missing source spans on matched cues by pattern (the gold is a
  relative pronoun, the prediction is cut at an abbreviation or initial, stands on the other
  side of the cue, is an earlier or a later noun phrase);
- contents with token-F1 < 1 on matched cues by pattern, each end on its own (a split quote not
  continued past the cue, stopping before a sentence the gold includes or at ", but …" / a
  second clause, running into the next sentence, past a comma or into a trailing adjunct; the
  complementizer "that", a quote-first part left out, starting early or late), with the
  token-F1 each pattern loses;
- with --examples N, N snippets per class (the sentence, cue in ⟦ ⟧, source in [ ], content
  in { }). Snippets are for the terminal only: the texts of other publishers are never
  committed.

--full-gold DIR: the same articles with every attribution (e.g. PolNeAR converted without
--speech); a false alarm whose cue overlaps an attribution cue there is put in the class
"annotated, not speech" (the corpus marks it, the speech-only gold left it out).

Heuristics (simple and approximate; every class is a hint for a human, not a parse):
- Lemma: the cue's head word is the first word whose rough lemma is a reporting word (the list
  REPORTING below), else the first word that is not an auxiliary, adverb or time word. Lemmas
  come from a table of irregular forms and suffix stripping (-s/-es/-ies, -ed/-ied, -ing), the
  base being chosen among candidates (stem, stem+e, undoubled stem) by how often each occurs as
  a word (or +s) in the case texts. A particle right after the head joins it when the pair is
  a phrasal verb or fixed phrase of the PHRASAL list ("point out", "call for", "according to").
- Construction class, first that applies:
    headline/caption   the cue's line is line 1 or a short line without final punctuation
    prepositional      "according to", or the cue starts with a preposition and its head is
                       a noun of saying ("in a statement") or it opens with "as" ("as reported by")
    nominal            the head is a noun of saying (statement, interview, remarks, ...) or a
                       possessive/determiner stands right before it ("his claim")
    passive            a form of "be" (an adverb may come between) before a past participle
                       head ("was asked", "was first reported by")
    infinitive/modal   "to" or a modal before the head ("declined to say", "would say")
    participle         head in -ing after a comma or a noun ("…, adding that")
    cue inside content the cue lies inside its content span (a quote split by its cue)
    quote-first        the content ends before the cue; "…," said X / "…," X said / no source
    subject-verb       source before the cue, content after; by source shape (below)
    verb-subject       source after the cue, content after
    no source / no content / other
- Source shape: pronoun (he, she, they, I, we, you), "it", relative "who"/"which", NP with
  apposition (a comma, dash or parenthesis inside), long NP (6 words or more), short NP; and
  whether 3 or more words stand between source and cue ("far").
- Complement, how the content hangs on the cue: content before the cue, cue inside the
  content, "," or ":" + quote, a quote (after words), a that-clause (after words: "told
  reporters that"), a wh-/if-clause, a to-infinitive, a short object (4 words or fewer), a
  zero-"that" clause or longer NP (after words: "said on Monday the ..."), no content.
- Content kind: direct (starts and ends with a quote mark, or is wrapped in them), mixed (a quote
  mark inside), indirect, none.
- After the cue: the sentence ends, "," or ":" then a quote or words, a quote, "that", a
  preposition, a subject pronoun (a clause without "that"), a time word, an adverb in -ly, an
  object pronoun or "reporters", a capitalised word, a determiner, another word.
- Paragraph position: headline, the paragraph's first sentence or a later one, and the
  paragraph's length in sentences (1, 2-3, 4+); sentences split at . ! ? before a capital,
  common abbreviations (Mr., U.S.) kept.
Standard library only.
"""
import argparse
import importlib.util
import json
import os
import re
import sys
import zlib
from collections import Counter, defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------- words and lemmas

WORD_RE = re.compile(r"\w+(?:['’]\w+)*")
QUOTES = "\"“”‘’'«»„"
TRIM = " \t\r\n" + QUOTES + ".,;:!?()[]—–-…"

IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
    "spoke": "speak", "spoken": "speak", "thought": "think", "knew": "know", "known": "know",
    "felt": "feel", "made": "make", "gave": "give", "given": "give", "took": "take",
    "taken": "take", "went": "go", "gone": "go", "saw": "see", "seen": "see", "heard": "hear",
    "found": "find", "read": "read", "sought": "seek", "held": "hold", "meant": "mean",
    "swore": "swear", "sworn": "swear", "forecast": "forecast", "put": "put", "got": "get",
    "came": "come", "began": "begin", "brought": "bring", "taught": "teach", "led": "lead",
    "ran": "run", "did": "do", "does": "do", "has": "have", "had": "have", "is": "be",
    "was": "be", "were": "be", "are": "be", "been": "be", "am": "be", "stood": "stand",
    "understood": "understand", "foresaw": "foresee", "overheard": "overhear", "shot": "shoot",
    "news": "news", "remarks": "remark", "comments": "comment", "words": "word",
}
AUX = {"has", "have", "had", "having", "is", "was", "were", "are", "be", "been", "being", "am",
       "will", "would", "could", "can", "may", "might", "should", "must", "shall", "do", "does",
       "did", "not", "n't", "never", "'s", "’s", "s", "to"}
MODALS = {"will", "would", "could", "can", "may", "might", "should", "must", "shall", "wo", "ca"}
BE = {"is", "was", "were", "are", "be", "been", "being", "am", "get", "got", "gets"}
SKIP = AUX | {
    "also", "later", "now", "first", "then", "recently", "repeatedly", "often", "once", "again",
    "previously", "earlier", "still", "even", "just", "already", "publicly", "privately",
    "frequently", "simply", "flatly", "bluntly", "openly", "quickly", "further", "finally",
    "subsequently", "initially", "originally", "long", "ever", "always", "reportedly",
    "allegedly", "apparently", "actually", "really", "only", "too", "and", "but", "or",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "last", "this", "that", "week", "month", "year", "night",
    "morning", "afternoon", "evening", "a", "an", "the",
}
# head + particle kept together as the lemma (a phrasal verb or fixed phrase with its own sense)
PHRASAL = {"according to", "accuse of", "argue for", "ask about", "ask for", "call for", "call on",
           "call out", "comment on", "comment about", "lash out", "point out", "respond to",
           "speak about", "speak of", "speak out", "speak to", "sum up", "talk about", "warn of",
           "warn against", "write about", "go on", "weigh in", "chime in", "spell out", "rule out",
           "brush off", "shrug off", "push back", "hit back", "fire back", "back up", "speak up",
           "complain about", "joke about", "remark on", "boast about", "brag about"}
PREPOSITIONS = {"according", "per", "in", "from", "as", "by", "at", "on", "during", "with",
                "via", "through", "under", "after", "before", "citing", "quoting"}
# nouns of saying: a cue whose head is one of these (and not a verb in context) is nominal
NOUNS = {"statement", "interview", "remark", "comment", "word", "claim", "report", "tweet",
         "testimony", "speech", "announcement", "message", "letter", "email", "e-mail", "post",
         "note", "accusation", "assertion", "allegation", "promise", "warning", "call",
         "question", "answer", "response", "reply", "argument", "view", "account", "opinion",
         "op-ed", "editorial", "column", "memo", "release", "briefing", "conference", "remarks",
         "declaration", "suggestion", "explanation", "denial", "admission", "prediction",
         "vow", "pledge", "insistence", "description", "quote", "interview", "transcript",
         "filing", "document", "study", "survey", "poll", "analysis", "data", "finding",
         "evidence", "estimate", "record", "records", "rumor", "rumour", "news", "story",
         "article", "book", "essay", "blog", "podcast", "video", "ad", "advertisement", "sign",
         "headline", "caption", "notice", "press", "words", "talk", "talks", "debate"}
# nouns that are never verbs: nominal even without a determiner before them
NOUN_ONLY = {"statement", "interview", "testimony", "speech", "announcement", "accusation",
             "assertion", "allegation", "remarks", "comments", "declaration", "suggestion",
             "explanation", "denial", "admission", "prediction", "insistence", "description",
             "transcript", "op-ed", "editorial", "memo", "briefing", "conference", "letter",
             "email", "e-mail", "message", "article", "essay", "analysis", "study", "survey",
             "poll", "data", "evidence", "testimony", "words"}
DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this",
               "that", "these", "those", "whose", "'s", "’s", "s", "new", "recent", "written",
               "joint", "brief", "short", "lengthy", "same", "previous", "separate", "public"}
PRONOUNS = {"he", "she", "they", "i", "we", "you", "him", "them", "us", "me", "one"}
# reporting words (lemmas) that may head a cue; what the head-word search looks for first
REPORTING = {
    "say", "tell", "add", "write", "ask", "call", "note", "report", "announce", "suggest",
    "tweet", "describe", "argue", "continue", "explain", "accuse", "acknowledge", "declare",
    "urge", "recall", "claim", "respond", "state", "insist", "warn", "promise", "reply",
    "predict", "vow", "admit", "point", "deny", "confirm", "post", "stress", "emphasize",
    "emphasise", "joke", "shout", "yell", "concede", "remark", "comment", "testify", "quote",
    "according", "statement", "interview", "speak", "talk", "mention", "observe", "assert",
    "contend", "maintain", "allege", "charge", "blast", "criticize", "criticise", "condemn",
    "praise", "cite", "tout", "indicate", "reveal", "disclose", "dismiss", "question",
    "answer", "demand", "propose", "pledge", "boast", "brag", "complain", "lament", "concur",
    "agree", "disagree", "dispute", "counter", "retort", "quip", "muse", "wonder", "scoff",
    "caution", "advise", "inform", "notify", "announce", "proclaim", "affirm", "reiterate",
    "repeat", "elaborate", "summarize", "sum", "conclude", "estimate", "forecast", "project",
    "think", "believe", "feel", "know", "find", "show", "read", "per", "testimony",
    "comment", "remark", "word", "claim", "account", "speech", "letter", "release", "memo",
    "message", "email", "interview", "tell", "declare", "threaten", "offer", "invite",
    "challenge", "describe", "label", "brand", "dub", "term", "characterize", "portray",
}

IRREGULAR_BASES = set(IRREGULAR.values())
# reporting words that usually lean on another one ("continued to insist", "went on to say")
ASPECTUAL = {"continue", "go", "add"}


E_ALWAYS = ("u", "v", "c", "dg", "rg", "ng", "ns", "rs", "bl", "pl", "tl", "kl", "gl", "dl", "zl", "yz",
            "ais", "eas", "aus", "ois", "uis")
E_AFTER_CVC = ("at", "ot", "ut", "ud", "id", "od", "ib", "ik", "ok", "ak", "am", "om", "im", "ar",
               "ur", "ir", "os", "us", "is", "in", "ov", "iv", "iz", "ag", "av")
E_AFTER_CVC_SHORT = ("op", "ap", "ip", "up")  # only in one-syllable stems: hop-ed, but develop-ed
VOWELS = "aeiouy"


def takes_e(stem):
    """Whether a stem left by -ed/-ing most likely lost an e ("blam" -> "blame", "argu" -> "argue")."""
    if stem.endswith(E_ALWAYS) and not stem.endswith("ing"):
        return True
    cvc = len(stem) > 2 and stem[-3] not in VOWELS
    if stem.endswith(E_AFTER_CVC_SHORT):
        return cvc and len(re.findall(f"[{VOWELS}]+", stem)) == 1
    return cvc and stem.endswith(E_AFTER_CVC)


class Lemmatizer:
    """Rough lemmas of single words, the base chosen with word counts of the case texts."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.cache = {}

    def known(self, word):
        return self.vocab.get(word, 0) + self.vocab.get(word + "s", 0) + \
            (5 if word in REPORTING or word in IRREGULAR_BASES else 0)

    def best(self, candidates):
        candidates = [c for c in candidates if len(c) >= 2]
        reporting = [c for c in candidates if c in REPORTING]
        if reporting:
            return reporting[0]
        if not candidates:
            return None
        scores = [self.known(c) for c in candidates]
        top = max(scores)
        if top > 0 and scores.count(top) == 1:
            return candidates[scores.index(top)]
        # the texts do not tell: stem + e after the endings that usually drop an e (blam-ed, argu-ing)
        tied = [c for c, k in zip(candidates, scores) if k == top]
        with_e = [c for c in tied if c.endswith("e") and takes_e(c[:-1])]
        return with_e[0] if with_e else tied[0]

    def word(self, word):
        w = word.lower().replace("’", "'")
        if w in self.cache:
            return self.cache[w]
        self.cache[w] = lemma = self._word(w)
        return lemma

    def _word(self, w):
        if w in IRREGULAR:
            return IRREGULAR[w]
        if len(w) <= 3 or w in REPORTING or w in NOUNS and not w.endswith("ing"):
            return w
        for suffix in ("ing", "ed"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 2:
                stem = w[:-len(suffix)]
                candidates = [stem, stem + "e"]
                if suffix == "ed" and stem.endswith("i"):
                    candidates.insert(0, stem[:-1] + "y")
                if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                    candidates.insert(0, stem[:-1])
                if suffix == "ing" and stem.endswith("y"):
                    candidates.insert(0, stem)
                return self.best(candidates) or w
        if w.endswith("ies") and len(w) > 4:
            return w[:-3] + "y"
        if w.endswith("es") and w[:-2].endswith(("ss", "sh", "ch", "x", "z")):
            return w[:-2]
        if w.endswith("s") and not w.endswith(("ss", "us", "is")):
            return w[:-1]
        return w


def cue_lemma(text, span, lemmatizer):
    """-> (lemma, head word start offset, head word) of the cue text[span]."""
    words = [(m.group(0), span[0] + m.start()) for m in WORD_RE.finditer(text[span[0]:span[1]])]
    if not words:
        return "(no word)", span[0], ""
    lemmas = [lemmatizer.word(w) for w, _ in words]
    head = next((i for i, lem in enumerate(lemmas) if lem in REPORTING and lem not in ASPECTUAL), None)
    if head is None:
        head = next((i for i, lem in enumerate(lemmas) if lem in REPORTING), None)
    if head is None:
        head = next((i for i, (w, _) in enumerate(words) if w.lower() not in SKIP), 0)
    lemma = lemmas[head]
    particle = words[head + 1][0].lower() if head + 1 < len(words) else None
    if f"{lemma} {particle}" in PHRASAL:
        lemma += " " + particle
    return lemma, words[head][1], words[head][0]


def text_vocab(texts):
    vocab = Counter()
    for t in texts:
        vocab.update(w.lower().replace("’", "'") for w in WORD_RE.findall(t))
    return vocab


# ---------------------------------------------------------------- sentences and paragraphs

ABBREV = {"mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "st", "jr", "sr", "inc",
          "co", "corp", "lt", "col", "sgt", "capt", "prof", "rev", "no", "vs", "jan", "feb",
          "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "u.n", "d.c",
          "ft", "mt", "ltd", "gop", "pres", "adm", "cmdr", "supt", "det", "atty", "messrs"}
SENT_END = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")


def line_bounds(text, pos):
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)


def sentences_of(text, start, end):
    """Sentence (start, end) pairs of the paragraph text[start:end]."""
    out, s = [], start
    for m in SENT_END.finditer(text, start, end):
        before = WORD_RE.findall(text[max(start, m.start() - 6):m.start() + 1])
        last = before[-1].lower() if before else ""
        if last in ABBREV or (len(last) == 1 and last.isalpha()):
            continue
        out.append((s, m.end()))
        s = m.end()
    if s < end:
        out.append((s, end))
    return out or [(start, end)]


class Layout:
    """Paragraph and sentence positions of one article."""

    def __init__(self, text):
        self.text = text
        self.first_line_end = text.find("\n") if "\n" in text else len(text)
        self.paragraphs = {}

    def sentences(self, pos):
        ls, le = line_bounds(self.text, pos)
        if ls not in self.paragraphs:
            self.paragraphs[ls] = sentences_of(self.text, ls, le)
        return ls, le, self.paragraphs[ls]

    def sentence(self, pos):
        _, _, sents = self.sentences(pos)
        return next(((s, e) for s, e in sents if s <= pos < e), sents[-1])

    def is_headline(self, pos):
        if pos < self.first_line_end:
            return True
        ls, le = line_bounds(self.text, pos)
        line = self.text[ls:le].rstrip()
        return len(WORD_RE.findall(line)) <= 14 and not line.endswith(tuple(".!?\"”’:;,"))

    def position(self, pos):
        if self.is_headline(pos):
            return "headline/caption line"
        _, _, sents = self.sentences(pos)
        idx = next((i for i, (s, e) in enumerate(sents) if s <= pos < e), len(sents) - 1)
        size = "1" if len(sents) == 1 else ("2-3" if len(sents) <= 3 else "4+")
        where = "first sentence" if idx == 0 else "later sentence"
        return f"paragraph of {size} sentence(s), {where}"


# ---------------------------------------------------------------- construction classes

def words_before(text, pos, floor, n=3):
    """The n words before offset pos (not before floor), lowercased, last one last."""
    return [w.lower().replace("’", "'") for w in WORD_RE.findall(text[floor:pos])][-n:]


def source_shape(text, source, cue):
    if source is None:
        return "no source"
    s_text = text[source[0]:source[1]].strip(TRIM)
    words = [w.lower() for w in WORD_RE.findall(s_text)]
    if not words:
        return "no source"
    if len(words) == 1 and words[0] in PRONOUNS:
        shape = "pronoun"
    elif len(words) == 1 and words[0] == "it":
        shape = "it"
    elif len(words) == 1 and words[0] in ("who", "which", "that"):
        shape = "relative who/which"
    elif re.search(r"[,(—–]| - ", s_text):
        shape = "NP with apposition"
    elif len(words) >= 6:
        shape = "long NP (6+ words)"
    else:
        shape = "short NP"
    if source[1] <= cue[0]:
        gap = len(WORD_RE.findall(text[source[1]:cue[0]]))
    elif source[0] >= cue[1]:
        gap = len(WORD_RE.findall(text[cue[1]:source[0]]))
    else:
        gap = 0
    return shape + (", far from cue" if gap >= 3 else "")


def content_kind(text, content):
    if content is None:
        return "no content"
    c = text[content[0]:content[1]].strip()
    before = text[max(0, content[0] - 2):content[0]]
    after = text[content[1]:content[1] + 2]
    wrapped = any(q in before for q in QUOTES) and any(q in after for q in QUOTES)
    if (c[:1] in QUOTES and c.rstrip(".,;:!?")[-1:] in QUOTES) or wrapped:
        return "direct"
    inner = c.strip(TRIM)
    if any(q in inner for q in "\"“”") or re.search(r"(^|\s)[‘'](?=\w)|(?<=[\w.,!?])[’'](\s|$)", inner):
        return "mixed"
    return "indirect"


TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
              "yesterday", "tonight", "earlier", "later", "last", "this", "recently", "then", "now",
              "again", "once", "previously"}


def after_cue(text, att):
    """What follows the cue: a quote, "that", a comma or colon (+ quote), a word, the sentence end."""
    cue_end, sent_end = att["cue"][1], att["sentence"][1]
    rest = text[cue_end:sent_end]
    stripped = rest.lstrip()
    if not stripped:
        return "end of sentence"
    ch = stripped[0]
    if ch in ".!?;":
        return "end of sentence"
    if ch in ",:":
        tail = stripped[1:].lstrip()
        if tail[:1] in QUOTES:
            return f"'{ch}' + quote"
        return f"'{ch}' + words"
    if ch in QUOTES:
        return "quote"
    if re.match(r"that\b", stripped, re.I):
        return "'that'"
    if re.match(r"(to|about|of|on|in|at|for|during|with|after|before)\b", stripped, re.I):
        return "preposition"
    word = (WORD_RE.findall(stripped[:40]) or [""])[0]
    lower = word.lower()
    if lower in ("he", "she", "they", "we", "i", "it", "you", "there"):
        return "subject pronoun (zero-'that' clause)"
    if lower in TIME_WORDS:
        return "time word"
    if lower.endswith("ly"):
        return "adverb"
    if lower in ("him", "her", "them", "us", "me", "reporters", "supporters", "voters"):
        return "object (him, reporters, ...)"
    if word[:1].isupper():
        return "capitalised word (name: object or subject)"
    if lower in ("the", "a", "an", "his", "their", "its", "this", "these", "those", "some", "many"):
        return "determiner (object or subject)"
    return "other word"


WH_WORDS = {"whether", "if", "how", "why", "what", "who", "whom", "when", "where", "which"}


def complement(text, att):
    """How the content hangs on the cue (see the docstring)."""
    cue, content = att["cue"], att["content"]
    if content is None:
        return "no content"
    if content[1] <= cue[0]:
        return "content before the cue"
    if content[0] < cue[0]:
        return "cue inside the content"
    between = text[cue[1]:content[0]]
    words = [w.lower() for w in WORD_RE.findall(between)]
    body = text[content[0]:content[1]].lstrip(TRIM)
    first = (WORD_RE.findall(body[:30]) or [""])[0].lower()
    if any(q in between for q in QUOTES) or text[content[0]:content[0] + 1] in QUOTES:
        mark = between.strip(" " + QUOTES)[-1:] if between.strip(" " + QUOTES) else ""
        return f"'{mark}' + quote" if mark in (",", ":") else "quote" + (" after words" if words else "")
    if first == "that" or words[-1:] == ["that"]:
        return "that-clause" + (" after words" if len(words) > (0 if first == "that" else 1) else "")
    if first in WH_WORDS:
        return "wh-/if-clause"
    if first == "to":
        return "to-infinitive"
    if len(WORD_RE.findall(body)) <= 4:
        return "short object (4 words or fewer)"
    return "zero-'that' clause or NP" + (" after words" if words else "")


def construction(text, layout, att, lemmatizer):
    """Construction class of one attribution {"cue","source","content"} (see the docstring)."""
    cue, source, content = att["cue"], att["source"], att["content"]
    lemma, head_at, head = att["lemma"], att["head_at"], att["head"]
    if layout.is_headline(cue[0]):
        return "headline/caption"
    sent_start = layout.sentence(cue[0])[0]
    first = (WORD_RE.findall(text[cue[0]:cue[1]]) or [""])[0].lower()
    head_lower = head.lower()
    before = words_before(text, head_at, sent_start, 3)
    head_lemma = lemmatizer.word(head)
    nounish = (head_lemma in NOUNS or head_lower in NOUNS) and not head_lower.endswith(("ed", "ing"))
    if lemma.startswith("according"):
        return "prepositional: according to"
    if first in PREPOSITIONS and first not in ("citing", "quoting") and (nounish or first == "as"):
        return "prepositional: other"
    if nounish:
        after_determiner = bool(before) and before[-1] in DETERMINERS
        if after_determiner or head_lower in NOUN_ONLY:
            return "nominal"
    adverbish = [w for w in before if not w.endswith("ly")]
    if adverbish and adverbish[-1] in BE and (head_lower.endswith(("ed", "en")) or head_lower in IRREGULAR
                                              and not head_lower.endswith("ing")):
        return "passive"
    if before and (before[-1] == "to" or before[-1] in MODALS or before[-1] in ("n't", "not") and
                   len(before) > 1 and before[-2] in MODALS | {"did", "does", "do"}):
        return "infinitive/modal"
    if head_lower.endswith("ing") and not (adverbish and adverbish[-1] in BE):
        prev = text[sent_start:head_at].rstrip()
        return "participle: after comma" if prev.endswith((",", "—", "–")) else "participle: other"
    if content and content[0] < cue[0] and content[1] > cue[1]:
        return "cue inside content (split quote)"
    if content and content[1] <= cue[0]:
        if source is None:
            return "quote-first: no source"
        return "quote-first: \"…,\" said X" if source[0] >= cue[1] else "quote-first: \"…,\" X said"
    if source and content:
        if source[1] <= cue[0]:
            shape = source_shape(text, source, cue).split(",")[0]
            return f"subject-verb: {shape}"
        if source[0] >= cue[1]:
            return "verb-subject: said X, …"
    if source is None:
        return "no source"
    if content is None:
        return "no content"
    return "other"


# ---------------------------------------------------------------- loading

def load_scorer(path=None):
    candidates = [path] if path else []
    if os.environ.get("SHARED"):
        candidates.append(os.path.join(os.environ["SHARED"], "eval", "score.py"))
    candidates.append(os.path.join(REPO, "..", "shared", "eval", "score.py"))
    for p in candidates:
        if p and os.path.isfile(p):
            spec = importlib.util.spec_from_file_location("score", p)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            return mod
    sys.exit("attrib_errors: score.py not found (pass --scorer PATH or set SHARED to the shared folder)")


def gold_attributions(case_dir, scorer):
    with open(os.path.join(case_dir, "gold.json"), encoding="utf-8") as f:
        g = json.load(f)
    out = []
    for a in g.get("attributions") or []:
        cue = scorer.gspan(a.get("cue"))
        if cue is None:  # score.py skips these too
            continue
        out.append({"cue": cue, "source": scorer.gspan(a.get("source")),
                    "content": scorer.gspan(a.get("content")), "rule": None})
    return out, ("attributions" in g)


def pred_attributions(pred_dir, cid, scorer):
    p = os.path.join(pred_dir, cid + ".json")
    if not os.path.isfile(p):
        return []
    with open(p, encoding="utf-8") as f:
        r = json.load(f) or {}
    out = []
    for a in r.get("attributions") or []:
        cue = scorer.pspan(a.get("cue"))
        if cue is None:
            continue
        out.append({"cue": cue, "source": scorer.pspan(a.get("source")),
                    "content": scorer.pspan(a.get("content")), "rule": a.get("rule")})
    return out


def load(cases_dir, pred_dir, scorer, full_gold=None):
    """-> list of cases {"id","text","gold","pred","full_cues"} for the annotated cases."""
    cases = []
    for c in scorer.load_cases(cases_dir):
        if not c["annotated"]["cues"]:
            continue
        gold, _ = gold_attributions(os.path.join(cases_dir, c["id"]), scorer)
        full = []
        if full_gold and os.path.isfile(os.path.join(full_gold, c["id"], "gold.json")):
            full = gold_attributions(os.path.join(full_gold, c["id"]), scorer)[0]
        with open(os.path.join(cases_dir, c["id"], "gold.json"), encoding="utf-8") as f:
            outlet = json.load(f).get("outlet") or (c["id"].split("_")[0] if "_" in c["id"] else "(one set)")
        cases.append({"id": c["id"], "text": c["text"], "gold": gold, "outlet": outlet,
                      "pred": pred_attributions(pred_dir, c["id"], scorer),
                      "full_cues": [a["cue"] for a in full],
                      "full_contents": [a["content"] for a in full if a["content"]]})
    return cases


# ---------------------------------------------------------------- analysis

def overlaps(a, b):
    return a is not None and b is not None and min(a[1], b[1]) > max(a[0], b[0])


def trimmed(text, span):
    s, e = span
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    return s, e


def span_error(text, pred, gold, names):
    """Type of a predicted span against its gold span; names = (too short, too long) words."""
    if pred is None and gold is None:
        return "ok"
    if gold is None:
        return "spurious (gold has none)"
    if pred is None:
        return "missing"
    ps, pe = trimmed(text, pred)
    gs, ge = trimmed(text, gold)
    if (ps, pe) == (gs, ge):
        return "ok"
    if not overlaps((ps, pe), (gs, ge)):
        return "wrong (no overlap)"
    side = "start" if pe == ge else ("end" if ps == gs else "both ends")
    if ps >= gs and pe <= ge:
        return f"{names[0]} ({side})"
    if ps <= gs and pe >= ge:
        return f"{names[1]} ({side})"
    return "shifted"


THAT_RE = re.compile(r"that\b\s*", re.I)


def content_error(text, pred, gold, scorer):
    """-> (error type, token-F1 the prediction would gain if it kept the gold's leading "that").

    Corpora differ on whether the complementizer belongs to the content ("said [that] ..."):
    a gold span that opens with "that" where the prediction starts right after it is compared
    without the "that", and the type says so.
    """
    err = span_error(text, pred, gold, ("truncated", "overlong"))
    if pred is None or gold is None:
        return err, 0.0
    gs, ge = trimmed(text, gold)
    m = THAT_RE.match(text, gs, ge)
    if not m or trimmed(text, pred)[0] < m.end():
        return err, 0.0
    rest = (m.end(), gold[1])
    err = span_error(text, pred, rest, ("truncated", "overlong"))
    err = "only the leading 'that' differs" if err == "ok" else err + " + leading 'that'"
    extended = (min(pred[0], gs), pred[1])
    gold_tokens = scorer.tokens(text, gold)
    gain = (scorer.token_f1(scorer.tokens(text, extended), gold_tokens)
            - scorer.token_f1(scorer.tokens(text, pred), gold_tokens))
    return err, gain


RELATIVES = {"who", "which", "that", "whom"}
SECOND_CLAUSE = re.compile(r"\s*(?:[,;]\s*|\s)(?:but|and|while|although|though|yet|whereas)\b|\s*;", re.I)
TRAILING_ADJUNCT = re.compile(r"\W*(?:on|in|at|during|through|via|to|by|with|from|after|before|when|as)\b", re.I)
ABBREV_CUT = re.compile(r"(?:^|\s)(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr)$")


def crosses_sentence(layout, a, b):
    """Whether offsets a < b lie in different sentences (or paragraphs)."""
    return a < b and layout.sentence(a) != layout.sentence(max(a, b - 1))


def source_diagnosis(text, layout, pred, gold, cue):
    """Why a predicted source span is wrong or missing against its gold span, by pattern."""
    if pred is None:
        return "missing: no source predicted"
    p_text = text[pred[0]:pred[1]]
    if gold is None:
        return "spurious: the gold has no source"
    g_words = [w.lower() for w in WORD_RE.findall(text[gold[0]:gold[1]])]
    if g_words and len(g_words) == 1 and g_words[0] in RELATIVES:
        return "gold is a relative pronoun, predicted its antecedent or other"
    if ABBREV_CUT.search(p_text.rstrip()) and text[pred[1]:pred[1] + 1] == ".":
        return "predicted cut at an abbreviation or initial"
    if gold[1] <= cue[0] < pred[0] or pred[1] <= cue[0] < gold[0]:
        return "predicted on the other side of the cue"
    if pred[1] <= gold[0] and gold[1] <= cue[0]:
        return "predicted before the gold (an earlier noun phrase)"
    if gold[1] <= pred[0] and pred[1] <= cue[0]:
        pb = text[gold[1]:pred[0]]
        if re.search(r"\b(who|which|that)\b", pb):
            return "predicted inside a relative clause of the subject"
        return "predicted a later noun phrase (inside a modifier or a clause)"
    if cue[1] <= gold[0] and cue[1] <= pred[0]:
        return "after the cue: another noun phrase"
    return "other"


def content_diagnosis(text, layout, pred, gold, cue):
    """Where a predicted content differs from the gold, by pattern (ends first, then starts)."""
    if pred is None:
        return "missing"
    if gold is None:
        return "spurious"
    ps, pe = trimmed(text, pred)
    gs, ge = trimmed(text, gold)
    if not overlaps((ps, pe), (gs, ge)):
        return "wrong side or wrong clause (no overlap)"
    out = []
    if pe < ge:
        gap = text[pe:ge]
        if pe <= cue[0] < ge:
            out.append("end: split quote not continued past the cue")
        elif crosses_sentence(layout, pe, ge):
            out.append("end: stops before a sentence the gold includes")
        elif SECOND_CLAUSE.match(gap):
            out.append("end: stops at ', but …' / a second clause")
        elif any(q in gap for q in QUOTES):
            out.append("end: stops inside or before a quote")
        else:
            out.append("end: stops early (other)")
    elif pe > ge:
        extra = text[ge:pe]
        if crosses_sentence(layout, ge, pe):
            out.append("end: runs into the next sentence")
        elif SECOND_CLAUSE.match(extra):
            out.append("end: runs past ', but …' / a second clause")
        elif TRAILING_ADJUNCT.match(extra):
            out.append("end: takes a trailing adjunct")
        elif re.match(r"\W*,", extra):
            out.append("end: runs past a comma (participle, apposition)")
        else:
            out.append("end: runs long (other)")
    if ps > gs:
        lead = text[gs:ps]
        if THAT_RE.fullmatch(lead.strip() + " ") or lead.strip().lower() == "that":
            out.append("start: the complementizer 'that' (FORMAT.md leaves it out)")
        elif gs < cue[0] < ps:
            out.append("start: quote-first part before the cue left out")
        else:
            out.append("start: starts late")
    elif ps < gs:
        if ps < cue[0] <= gs:
            out.append("start: starts before the cue")
        else:
            out.append("start: starts early")
    return " + ".join(out) if out else "ok"


def annotate(case, scorer, lemmatizer):
    text, layout = case["text"], Layout(case["text"])
    for a in case["gold"] + case["pred"]:
        a["lemma"], a["head_at"], a["head"] = cue_lemma(text, a["cue"], lemmatizer)
        a["class"] = construction(text, layout, a, lemmatizer)
        a["source_shape"] = source_shape(text, a["source"], a["cue"])
        a["content_kind"] = content_kind(text, a["content"])
        a["position"] = layout.position(a["cue"][0])
        a["sentence"] = layout.sentence(a["cue"][0])
        a["after_cue"] = after_cue(text, a)
        a["complement"] = complement(text, a)
    return layout


DIMENSIONS = ("lemma", "class", "source_shape", "content_kind", "complement", "position", "after_cue",
              "outlet")


def analyse(cases, scorer, lemmatizer):
    tables = defaultdict(Counter)     # table name -> key -> count
    totals = defaultdict(Counter)     # gold/pred totals per dimension key
    examples = defaultdict(list)      # (table, key) -> [(sort key, case, att)]
    loss = Counter()                  # content token-F1 lost per class
    type_loss = Counter()             # ... per error type
    diag_loss = Counter()             # ... per content diagnosis
    surface = defaultdict(Counter)    # lemma -> surface forms (gold)
    counts = Counter()
    content_sum = 0.0
    for case in cases:
        layout = annotate(case, scorer, lemmatizer)
        source_origins(case, scorer, pairs_of(case, scorer), tables, examples)
        text, gold, pred = case["text"], case["gold"], case["pred"]
        pairs = scorer.match([{"span": p["cue"]} for p in pred], [{"span": g["cue"]} for g in gold])
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        counts["gold"] += len(gold)
        counts["pred"] += len(pred)
        counts["tp"] += len(pairs)
        for g in gold:
            g["outlet"] = case["outlet"]
        for p in pred:
            p["outlet"] = case["outlet"]
        for j, g in enumerate(gold):
            surface[g["lemma"]][text[g["cue"][0]:g["cue"][1]].lower()] += 1
            for dim in DIMENSIONS:
                totals["gold " + dim][g[dim]] += 1
                if j in matched_g:
                    totals["found " + dim][g[dim]] += 1
            if j not in matched_g:
                found = any(p["sentence"] == g["sentence"] for p in pred)
                g["sentence_found"] = ("another cue predicted in the sentence" if found
                                       else "no cue predicted in the sentence")
                for dim in DIMENSIONS + ("sentence_found",):
                    record(tables, examples, "miss " + dim, g[dim], case, g)
                record(tables, examples, "miss class x lemma", f"{g['class']} | {g['lemma']}", case, g)
                record(tables, examples, "miss class x after_cue", f"{g['class']} | {g['after_cue']}", case, g)
                record(tables, examples, "miss class x complement", f"{g['class']} | {g['complement']}", case, g)
        for i, p in enumerate(pred):
            for dim in DIMENSIONS:
                totals["pred " + dim][p[dim]] += 1
            if i in matched_p:
                continue
            if any(overlaps(p["cue"], c) for c in case["full_cues"]):
                p["class"] = "annotated, not speech (--full-gold)"
            p["rule"] = p["rule"] or "(none)"
            p["nesting"] = nesting(p, gold, case["full_contents"])
            for dim in DIMENSIONS + ("rule", "nesting"):
                record(tables, examples, "false alarm " + dim, p[dim], case, p)
            record(tables, examples, "false alarm class x lemma", f"{p['class']} | {p['lemma']}", case, p)
        for i, j in pairs:
            p, g = pred[i], gold[j]
            serr = span_error(text, p["source"], g["source"], ("too short", "too long"))
            cerr, that_gain = content_error(text, p["content"], g["content"], scorer)
            f1 = scorer.token_f1(scorer.tokens(text, p["content"]), scorer.tokens(text, g["content"]))
            content_sum += f1
            counts["that_gain"] += that_gain
            if cerr == "ok" and f1 < 1:
                cerr = "tokens differ (punctuation/quotes)"
            shown = dict(g, source_pred=p["source"], content_pred=p["content"])
            record(tables, examples, "source error", serr, case, shown)
            record(tables, examples, "content error", cerr, case, shown)
            if serr.startswith(("wrong", "missing", "spurious")):
                record(tables, examples, "source diagnosis",
                       source_diagnosis(text, layout, p["source"], g["source"], g["cue"]), case, shown)
            if f1 < 0.999 and cerr != "ok":
                cdiag = content_diagnosis(text, layout, p["content"], g["content"], g["cue"])
                record(tables, examples, "content diagnosis", cdiag, case, shown)
                diag_loss[cdiag] += 1 - f1
            if serr != "ok":
                record(tables, examples, "source error by class", f"{g['class']} | {serr}", case, shown)
            if cerr != "ok":
                record(tables, examples, "content error by class", f"{g['class']} | {cerr}", case, shown)
                loss[g["class"]] += 1 - f1
                type_loss[cerr] += 1 - f1
    counts["fn"] = counts["gold"] - counts["tp"]
    counts["fp"] = counts["pred"] - counts["tp"]
    counts["content_mean"] = content_sum / counts["tp"] if counts["tp"] else None
    return {"counts": counts, "tables": tables, "totals": totals, "examples": examples,
            "content_loss": loss, "content_type_loss": type_loss, "content_diag_loss": diag_loss,
            "surface": surface}


def pairs_of(case, scorer):
    """The scorer's cue matching of one case: (pred index, gold index) pairs."""
    return scorer.match([{"span": p["cue"]} for p in case["pred"]], [{"span": g["cue"]} for g in case["gold"]])


def source_origins(case, scorer, pairs, tables, examples):
    """Source F1 errors, matched as score.py matches sources (deduplicated spans, overlap), by
    where they come from: a gold source whose cue was missed or whose cue was found with a
    wrong or no source; a predicted source of a false-alarm cue or a wrong span on a found cue."""
    gold, pred = case["gold"], case["pred"]
    g_spans = scorer.dedupe([{"span": g["source"]} for g in gold if g["source"]])
    p_spans = scorer.dedupe([{"span": p["source"]} for p in pred if p["source"]])
    matched = scorer.match(p_spans, g_spans)
    mp = {p_spans[i]["span"] for i, _ in matched}
    mg = {g_spans[j]["span"] for _, j in matched}
    cue_of_gold = {j: i for i, j in pairs}
    cue_of_pred = {i: j for i, j in pairs}
    for j, g in enumerate(gold):
        if g["source"] and g["source"] not in mg:
            key = ("fn: gold source of a missed cue" if j not in cue_of_gold else
                   "fn: cue found, source wrong" if pred[cue_of_gold[j]]["source"] else
                   "fn: cue found, no source predicted")
            mg.add(g["source"])  # a shared span counts once
            record(tables, examples, "source F1 errors by origin", key, case, g)
    for i, p in enumerate(pred):
        if p["source"] and p["source"] not in mp:
            key = ("fp: source of a false-alarm cue" if i not in cue_of_pred else
                   "fp: wrong source span on a found cue" if gold[cue_of_pred[i]]["source"] else
                   "fp: source where the gold has none")
            mp.add(p["source"])
            record(tables, examples, "source F1 errors by origin", key, case, p)


def nesting(pred, gold, full_contents):
    """Whether a false alarm's cue lies inside the content of a gold attribution (nested speech)."""
    cue = pred["cue"]
    if any(g["content"] and g["content"][0] <= cue[0] and cue[1] <= g["content"][1] for g in gold):
        return "inside a gold content span"
    if any(c[0] <= cue[0] and cue[1] <= c[1] for c in full_contents):
        return "inside a --full-gold content span"
    return "not nested"


def record(tables, examples, table, key, case, att):
    tables[table][key] += 1
    order = zlib.crc32(f"{case['id']}:{att['cue'][0]}".encode())
    examples[(table, key)].append((order, case, att))


def source_f1(cases, scorer):
    tot = Counter()
    for case in cases:
        ps = scorer.dedupe([{"span": a["source"]} for a in case["pred"] if a["source"]])
        gs = scorer.dedupe([{"span": a["source"]} for a in case["gold"] if a["source"]])
        tp = len(scorer.match(ps, gs))
        tot.update({"tp": tp, "fp": len(ps) - tp, "fn": len(gs) - tp})
    return scorer.prf(tot)


# ---------------------------------------------------------------- printing

def snippet(text, att, width=110):
    s, e = att["sentence"]
    s, e = max(s, att["cue"][0] - width), min(e, att["cue"][1] + width)
    marks = [(att["cue"][0], 0, "⟦"), (att["cue"][1], 3, "⟧")]
    for key, open_, close in (("source", "[", "]"), ("content", "{", "}")):
        sp = att.get(key)
        if sp:
            marks += [(sp[0], 1, open_), (sp[1], 2, close)]
    out, at = [], s
    for pos, _, mark in sorted(m for m in marks if s <= m[0] <= e):
        out.append(text[at:pos])
        out.append(mark)
        at = pos
    out.append(text[at:e])
    line = "".join(out).replace("\n", " ⏎ ")
    extra = []
    if "source_pred" in att:
        for key in ("source_pred", "content_pred"):
            sp = att[key]
            shown = text[sp[0]:sp[1]] if sp else "—"
            extra.append(f"{key.split('_')[0]} predicted: {shown[:100]!r}")
    if att.get("rule"):
        extra.append(f"rule {att['rule']}")
    return line.strip() + ("   (" + "; ".join(extra) + ")" if extra else "")


def table_rows(res, name, total_key=None, limit=None):
    tab = res["tables"].get(name, Counter())
    n_all = sum(tab.values())
    rows = []
    for key, n in sorted(tab.items(), key=lambda kv: (-kv[1], str(kv[0])))[:limit]:
        row = {"key": key, "n": n, "share": n / n_all if n_all else 0.0}
        if total_key:
            total = res["totals"][total_key].get(key, 0)
            row["total"] = total
            if total_key.startswith("gold"):
                row["recall"] = res["totals"]["found" + total_key[4:]].get(key, 0) / total if total else None
        rows.append(row)
    return rows, n_all


def print_table(res, name, title, args, total_key=None, total_label=None):
    rows, n_all = table_rows(res, name, total_key, args.top)
    if not n_all:
        return
    cue_errors = res["counts"]["fn"] + res["counts"]["fp"]
    is_cue = name.startswith(("miss", "false alarm"))
    print(f"\n== {title} ({n_all})")
    head = f"{'n':>6} {'share':>6}" + (f" {'of cue err':>10}" if is_cue else "")
    if total_key:
        head += f" {total_label:>8}" + (f" {'recall':>6}" if total_key.startswith("gold") else "")
    print(f"{head}  class")
    for r in rows:
        line = f"{r['n']:>6} {r['share']:>6.1%}" + (f" {r['n'] / cue_errors:>10.1%}" if is_cue and cue_errors else "")
        if total_key:
            line += f" {r['total']:>8}"
            if "recall" in r:
                line += f" {('n/a' if r['recall'] is None else format(r['recall'], '.3f')):>6}"
        key = r["key"]
        if name == "miss lemma":
            forms = ", ".join(f"{f} {c}" for f, c in res["surface"][key].most_common(3))
            key = f"{key}   [{forms}]"
        print(f"{line}  {key}")
        if args.examples:
            picked = sorted(res["examples"][(name, r["key"])], key=lambda x: x[0])[:args.examples]
            for _, case, att in picked:
                print(f"{'':>14}· {case['id'][:40]}: {snippet(case['text'], att)}")
    if len(res["tables"][name]) > len(rows):
        print(f"{'':>6} … {len(res['tables'][name]) - len(rows)} more (--top)")


def print_report(res, cases, scorer, args):
    c = res["counts"]
    cue = scorer.prf(c)
    src = source_f1(cases, scorer)
    print(f"{len(cases)} cases; cues: gold {c['gold']}, predicted {c['pred']}, matched {c['tp']}; "
          f"P {cue['p']:.3f} R {cue['r']:.3f} F1 {cue['f1']:.3f}; misses {c['fn']}, false alarms {c['fp']}")
    cm = c["content_mean"]
    print(f"sources (score.py matching): P {src['p']:.3f} R {src['r']:.3f} F1 {src['f1']:.3f}; "
          f"content token-F1 on matched cues {('n/a' if cm is None else format(cm, '.3f'))}")
    print("share = of the table; of cue err = of all cue errors (misses + false alarms)")
    print_table(res, "miss lemma", "misses by cue lemma", args, "gold lemma", "gold")
    print_table(res, "miss class", "misses by construction class", args, "gold class", "gold")
    print_table(res, "miss source_shape", "misses by source shape", args, "gold source_shape", "gold")
    print_table(res, "miss content_kind", "misses by content kind", args, "gold content_kind", "gold")
    print_table(res, "miss complement", "misses by how the content hangs on the cue", args, "gold complement", "gold")
    print_table(res, "miss position", "misses by paragraph position", args, "gold position", "gold")
    print_table(res, "miss after_cue", "misses by what follows the cue", args, "gold after_cue", "gold")
    if 1 < len(res["totals"]["gold outlet"]) <= 30:
        print_table(res, "miss outlet", "misses by outlet (gold.json outlet, else the id before '_')",
                    args, "gold outlet", "gold")
    print_table(res, "miss class x lemma", "misses by construction class and lemma", args)
    print_table(res, "miss class x after_cue", "misses by construction class and what follows the cue", args)
    print_table(res, "miss class x complement", "misses by construction class and complement", args)
    print_table(res, "miss sentence_found", "misses: was another cue predicted in the sentence?", args)
    print_table(res, "false alarm lemma", "false alarms by cue lemma", args, "pred lemma", "pred")
    print_table(res, "false alarm class", "false alarms by construction class", args, "pred class", "pred")
    print_table(res, "false alarm class x lemma", "false alarms by construction class and lemma", args)
    print_table(res, "false alarm rule", "false alarms by sourcelens rule", args)
    print_table(res, "false alarm nesting", "false alarms: does the cue sit inside a gold content span?", args)
    print_table(res, "false alarm source_shape", "false alarms by source shape", args)
    print_table(res, "false alarm position", "false alarms by paragraph position", args)
    if 1 < len(res["totals"]["pred outlet"]) <= 30:
        print_table(res, "false alarm outlet", "false alarms by outlet", args, "pred outlet", "pred")
    print_table(res, "false alarm complement", "false alarms by complement", args, "pred complement", "pred")
    print_table(res, "false alarm after_cue", "false alarms by what follows the cue", args, "pred after_cue", "pred")
    print_table(res, "source F1 errors by origin", "source F1 errors (score.py matching) by origin", args)
    print_table(res, "source diagnosis", "wrong source spans on matched cues, by pattern", args)
    print_table(res, "content diagnosis", "contents with token-F1 < 1 on matched cues, by pattern", args)
    print_table(res, "source error", "source span on matched cues", args)
    print_table(res, "source error by class", "source-span errors by construction class", args)
    print_table(res, "content error", "content span on matched cues", args)
    print_table(res, "content error by class", "content-span errors by construction class", args)
    for key, title in (("content_loss", "class"), ("content_type_loss", "error type"),
                       ("content_diag_loss", "pattern")):
        loss = res[key]
        if loss and c["tp"]:
            print(f"\n== content token-F1 lost on matched cues, by {title} (points of the mean "
                  f"{c['content_mean']:.3f}; lost in all {sum(loss.values()) / c['tp']:.3f})")
            for name, v in sorted(loss.items(), key=lambda kv: -kv[1])[:args.top]:
                print(f"{v / c['tp']:>8.4f}  {name}")
    if c["tp"]:
        print(f"(keeping the gold's leading 'that' in content would add {c['that_gain'] / c['tp']:.4f})")


def json_report(res, cases, scorer):
    out = {"cases": len(cases), "counts": dict(res["counts"]), "cues": scorer.prf(res["counts"]),
           "sources": source_f1(cases, scorer), "tables": {},
           "content_loss": {k: v / res["counts"]["tp"] for k, v in res["content_loss"].items()}
           if res["counts"]["tp"] else {},
           "content_type_loss": {k: v / res["counts"]["tp"] for k, v in res["content_type_loss"].items()}
           if res["counts"]["tp"] else {},
           "content_diag_loss": {k: v / res["counts"]["tp"] for k, v in res["content_diag_loss"].items()}
           if res["counts"]["tp"] else {}}
    for name in res["tables"]:
        dim = name.split(" ")[-1]
        total_key = ("gold " + dim if name.startswith("miss ") else
                     "pred " + dim if name.startswith("false alarm ") else None)
        if total_key not in res["totals"] or " x " in name:
            total_key = None
        out["tables"][name] = table_rows(res, name, total_key)[0]
    out["lemma_recall"] = {k: {"gold": n, "found": res["totals"]["found lemma"].get(k, 0),
                               "predicted": res["totals"]["pred lemma"].get(k, 0),
                               "forms": dict(res["surface"][k].most_common(5))}
                           for k, n in res["totals"]["gold lemma"].items()}
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", help="folder of case folders (article.txt + gold.json)")
    ap.add_argument("preds", help="folder of <id>.json Reports (scripts/run_cases.py)")
    ap.add_argument("--examples", type=int, default=0, metavar="N", help="N example snippets per class")
    ap.add_argument("--json", action="store_true", help="machine-readable tables (no snippets)")
    ap.add_argument("--full-gold", metavar="DIR", help="same articles with all attributions (see above)")
    ap.add_argument("--scorer", metavar="PATH", help="path of shared/eval/score.py")
    ap.add_argument("--top", type=int, default=25, metavar="K", help="rows per table (default 25)")
    args = ap.parse_args(argv)
    for d in (args.cases, args.preds):
        if not os.path.isdir(d):
            sys.exit(f"attrib_errors: no folder {d}")
    scorer = load_scorer(args.scorer)
    cases = load(args.cases, args.preds, scorer, args.full_gold)
    if not cases:
        sys.exit(f"attrib_errors: no case with annotated attributions under {args.cases}")
    lemmatizer = Lemmatizer(text_vocab(c["text"] for c in cases))
    res = analyse(cases, scorer, lemmatizer)
    if args.json:
        json.dump(json_report(res, cases, scorer), sys.stdout, indent=1, ensure_ascii=False)
        print()
    else:
        print_report(res, cases, scorer, args)


if __name__ == "__main__":
    main()
