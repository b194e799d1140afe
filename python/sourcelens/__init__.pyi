"""Type stub of the sourcelens package (the native module sourcelens._sourcelens)."""

import datetime
from typing import Iterable, Literal, Optional, TypedDict, Union

__version__: str

OffsetUnit = Literal["char", "utf16", "utf8"]
Published = Union[str, datetime.date, None]

class Span(TypedDict):
    """A piece of the text: ``text == original[start:end]`` in the Report's offset unit."""

    start: int
    end: int
    text: str

class Attribution(TypedDict, total=False):
    cue: Span
    source: Optional[Span]
    speaker: Optional[str]
    source_id: Optional[int]
    content: Optional[Span]
    kind: Literal["direct", "indirect", "mixed"]
    anonymous: bool
    rule: str
    via: Span

class Source(TypedDict, total=False):
    id: int
    name: str
    kind: Literal["person", "official", "organisation", "media", "document", "anonymous"]
    anonymous: bool
    mentions: list[Span]
    attributions: list[int]
    chars: int
    share: float
    description: str

class Distancing(TypedDict):
    start: int
    end: int
    text: str
    kind: Literal["so-called", "scare-quote", "alleged", "claim"]
    rule: str

class DateMention(TypedDict):
    start: int
    end: int
    text: str
    value: Optional[str]
    precision: Optional[Literal["year", "month", "day"]]
    relative: bool
    anchor: Optional[str]
    rule: str

class Place(TypedDict):
    start: int
    end: int
    text: str
    name: str
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    kind: str
    geonames_id: Optional[int]
    region: Optional[str]
    rule: str

class Profile(TypedDict):
    attributions: int
    direct: int
    indirect: int
    mixed: int
    named: int
    anonymous: int
    sources: int
    anonymous_sources: int
    share_anonymous: float
    share_direct: float
    share_attributed: float
    by_kind: dict[str, int]
    distancing: int
    share_indirect: float
    share_mixed: float
    by_kind_share: dict[str, float]
    sources_by_kind: dict[str, int]
    unsourced: int

class TextStats(TypedDict):
    length: int
    chars: int
    words: int
    sentences: int
    paragraphs: int

class Language(TypedDict):
    code: str
    """ISO 639-1 ("en", "fr", "ar")."""
    name: str
    """The language's English name ("French")."""
    confidence: float
    reliable: bool
    supported: bool
    """False for a page reliably in a language sourcelens does not read yet: no attributions."""

class Report(TypedDict):
    schema: int
    offsets: OffsetUnit
    published: Optional[str]
    published_source: Optional[Literal["option", "dateline"]]
    language: Optional[Language]
    attributions: list[Attribution]
    sources: list[Source]
    distancing: list[Distancing]
    dates: list[DateMention]
    places: list[Place]
    profile: Profile
    stats: TextStats
    warnings: list[str]

class RuleInfo(TypedDict):
    id: str
    category: Literal["attribution", "content", "distancing", "date", "place", "place-evidence"]
    description: str
    example: str

class Article(TypedDict):
    text: str
    published: Optional[str]
    updated: Optional[str]
    site_name: Optional[str]

def analyze(
    text: str,
    published: Published = None,
    offsets: OffsetUnit = "char",
    updated: Published = None,
) -> Report:
    """Analyses one article; the Report of ``sourcelens analyze --offsets char``.

    updated: the page's last-updated date (``extract_article(...)["updated"]``), given back
    as the Report's ``updated``; the anchor only without a published date and dateline.
    Raises TypeError when text is not a str, ValueError for a bad published or updated
    date or offset unit (with the message the CLI prints).
    """

def analyze_batch(
    texts: Iterable[str],
    published: Optional[Iterable[Published]] = None,
    threads: Optional[int] = None,
    offsets: OffsetUnit = "char",
) -> list[Report]:
    """Analyses many articles in parallel (GIL released); Reports in the order of texts.

    published: None or one date (or None) per text. threads: None or 0 for one per core.
    Raises TypeError when an item is not a str; ValueError for a bad date (naming its
    index), a published list of the wrong length, threads < 0 or a bad offset unit.
    """

def extract_article(html: str) -> Article:
    """The article of a saved HTML page, as ``sourcelens analyze page.html`` finds it.

    Raises TypeError when html is not a str, ValueError when no article is found.
    """

def rules() -> list[RuleInfo]:
    """The rule registry: every id a finding's ``rule`` can carry (a place's rule joins ids
    with ``+``), with its category, description and an example; ``sourcelens rules
    --format json``."""
