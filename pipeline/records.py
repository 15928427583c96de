"""The records claimscope writes: one dataclass per output table (see the output contract)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

LIST_SEP = " | "


@dataclass
class Document:
    """An input article after ingest: metadata plus the raw body text, before cleaning."""

    article_id: str
    source_path: str
    text: str
    title: str = ""
    author: str = ""
    published: str = ""
    published_source: str = ""
    fmt: str = "txt"


@dataclass
class Article:
    """One row of articles.csv."""

    article_id: str
    source_path: str
    title: str = ""
    author: str = ""
    published: str = ""
    n_claims: int = 0
    n_sourced: int = 0
    n_editorial: int = 0
    published_source: str = ""
    dateline: str = ""
    n_paragraphs: int = 0
    n_words: int = 0
    language_warning: str = ""


@dataclass
class Claim:
    """One row of claims.csv / claims.jsonl."""

    article_id: str
    claim_id: str
    paragraph: int
    sentence: int
    start_char: int
    end_char: int
    text: str
    claim_type: str = "editorial"
    attribution: str = "none"
    speaker: str = ""
    speaker_canonical: str = ""
    speaker_type: str = ""
    cue: str = ""
    quote: str = ""
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    money: list[str] = field(default_factory=list)
    editorial_markers: list[str] = field(default_factory=list)
    confidence: float = 0.0
    rule: str = ""
    review_label: str = ""
    review_note: str = ""
    cue_kind: str = ""
    nested_speaker: str = ""
    section: str = "body"  # or "caption" (a photo caption kept from the page) or "heading" (a section heading)
    review_speaker: str = ""  # the right speaker, when a reviewer finds the predicted one wrong
    assertion: str = ""  # fact, opinion or question
    assertion_confidence: float = 0.0


@dataclass
class EntityMention:
    """One row of entities.csv."""

    article_id: str
    claim_id: str
    label: str
    text: str
    canonical: str
    value: str = ""
    unit: str = ""
    start_char: int = 0
    end_char: int = 0
    role: str = ""
    qualifier: str = ""
    modifiers: list[str] = field(default_factory=list)
    verb: str = ""
    verb_role: str = ""
    section: str = "body"  # where the mention is: "title", "dateline", "body", "caption" or "heading"


def columns(record_type: type) -> list[str]:
    """Column names of a record type, in output order."""
    return [f.name for f in fields(record_type)]



@dataclass
class Quote:
    """A quotation in the body: offsets of its content (marks excluded) and whether it was closed."""

    start: int
    end: int
    closed: bool = True
    depth: int = 0


@dataclass
class Attribution:
    """The attribution decision for one claim (a sentence Span's `._.attribution`)."""

    claim_type: str = "editorial"
    attribution: str = "none"
    speaker: str = ""
    speaker_canonical: str = ""
    speaker_type: str = ""
    cue: str = ""
    cue_kind: str = ""
    quote: str = ""
    nested_speaker: str = ""
    confidence: float = 0.8
    rule: str = "editorial:no_attribution"
