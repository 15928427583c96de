"""Names the parser hung away from the cue they are the subject of: reference marks in academic prose
("Coase [13,14] argues", "Smith (2010) found"; the parser takes a mark's number for a subject, so subjects
are looked for around marks, not in them), and names set off by commas or hung on a phrase before them
("At a watch party in Waukesha, Linda Brauer, 66, said", "Tom Molomby, SC, said")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .bodies import previous_sentence_start
from .util import span_text

# A reference mark between a source and its verb: "[13]", "[13, 14]", "[5–7]", "(2010)", "(Smith, 2010a)".
CITATION = re.compile(r"\[\s*\d+(?:\s*[-–,]\s*\d+)*\s*\]|\(\s*(?:[A-Z][\w'’-]+(?: et al\.)?,?\s*)?"
                      r"(?:1[5-9]|20)\d\d[a-z]?(?:\s*[,;]\s*(?:1[5-9]|20)\d\d[a-z]?)*\s*\)")


def citation(tok: Token) -> Span | None:
    """The reference mark a token belongs to, if any.

    The parser often takes a mark's number for the subject ("Coase [13,14] argues": "13,14"), so
    subjects are looked for around marks, not in them.
    """
    doc = tok.doc
    opening = next((doc[i] for i in range(tok.i, max(-1, tok.i - 8), -1) if doc[i].text in ("[", "(")), None)
    if opening is None:
        return None
    closing = next((t for t in doc[tok.i: min(len(doc), tok.i + 8)] if t.text in ("]", ")")), None)
    if closing is None:
        return None
    span = doc[opening.i: closing.i + 1]
    return span if CITATION.fullmatch(span.text) else None


def cited_source(mark: Span) -> Token | None:
    """The name a reference mark follows ("Kessler and colleagues [15]" -> Kessler)."""
    before = mark.start - 1
    while before >= 0 and mark.doc[before].is_punct and mark.doc[before].text not in ".!?":
        before -= 1
    if before < 0 or mark.doc[before].pos_ not in ("NOUN", "PROPN"):
        return None
    tok = mark.doc[before]
    if tok.lower_ == "al.":  # "Brown et al." -> Brown
        tok = next((c for c in tok.lefts if c.pos_ == "PROPN"), tok)
    # Up to the first name of "Haugen and Mbeki (2023)"; not on to a phrase it was hung on ("data from a firm,
    # Haugen and ...", "records from Ohio, Lindqvist and ...").
    while tok.dep_ in ("conj", "appos", "compound", "nmod") and tok.head.i < tok.i and (
            tok.head.pos_ == "PROPN" and tok.head.dep_ not in ("pobj", "dobj") or tok.pos_ != "PROPN"):
        tok = tok.head
    return tok


def misattached_subject(tok: Token) -> Token | None:
    """A name right before a subjectless finite verb that the parser hung as an apposition to the phrase in
    front of it ("At a watch party in Waukesha, Linda Brauer, 66, said ...": Brauer, not Waukesha's)."""
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.dep_ != "ROOT":
        return None
    i = tok.i - 1
    while i >= tok.sent.start and (tok.doc[i].text == "," or (tok.doc[i].dep_ == "appos" and (
            tok.doc[i].like_num or tok.doc[i].is_upper and len(tok.doc[i]) <= 4))):  # "Brauer, 66,", "Roe, QC,"
        i -= 1
    prev = tok.doc[i] if i >= tok.sent.start else None
    if prev is not None and prev.pos_ == "PROPN" and prev.dep_ == "appos" and prev.head.i < prev.i:
        return prev
    return None


# How a name the parser did not take for the cue's subject may hang ("In his meeting with X, Colonel
# General Y said": an apposition, an object, a conjunct ...).
STRAY_NAME_DEPS = frozenset({"appos", "pobj", "conj", "dobj", "npadvmod", "ROOT"})


def name_before(cue: Token) -> Token | None:
    """The name right before a cue the parser left without a subject, hung on something else: "In his
    meeting with X, Colonel General Y said", "Okafor [12] argues" (the name before its reference mark),
    "Tom Molomby, SC, said" (the name before a post-nominal set off by commas)."""
    doc = cue.doc
    before: Token | None = doc[cue.i - 1]
    mark = citation(before)
    if mark is not None:
        before = cited_source(mark)
    elif before.text == "," and cue.i >= 2 and doc[cue.i - 2].dep_ == "appos":
        # "Tom Molomby, SC, said": the name the post-nominal is set beside; "His opposite number, Elena
        # Vasic-Morar, said": the person named beside a description
        named = doc[cue.i - 2]
        before = named.head if named.head.pos_ == "PROPN" or named.ent_type_ != "PERSON" else named
    return before if before is not None and before.pos_ == "PROPN" and before.dep_ in STRAY_NAME_DEPS else None


def titled_name(head: Token) -> Token | None:
    """The person named right after a title or a role, or after it and a comma ("curator Elaine Gustafon",
    "the paper's co-author, Professor Ruth Abernethy"): the head of the name, else None."""
    doc = head.doc
    comma = head.i + 1 < len(doc) and doc[head.i + 1].text == ","
    for t in doc[head.i + 1: min(len(doc), head.i + 5)]:
        if t.ent_type_ == "PERSON":
            name = t.head if t.head.ent_type_ == "PERSON" and t.head.i > t.i else t
            return name if not comma or name.dep_ == "appos" else None  # not "According to the report, Smith was"
        if not (t.text == "," and t.i == head.i + 1 or t.pos_ == "PROPN" and t.is_title):
            return None
    return None


# The first author named in an author-year mark: "(Okafor, 2018; Tanaka, 2021)" -> Okafor.
CITED_AUTHOR = re.compile(r"\(\s*(?P<name>[A-Z][\w'’-]+)(?: et al\.)?,?\s*(?:1[5-9]|20)\d\d")


def cited_author(sent: Span) -> str:
    """The first author an author-year mark in a sentence names; '' when none.

    >>> cited_author(__import__("spacy").blank("en")("It has been argued (Okafor, 2018; Tanaka, 2021)."))
    'Okafor'
    """
    m = CITED_AUTHOR.search(span_text(sent))
    return m.group("name") if m else ""


# Verbs of a reporter's contact with sources: "Residents she spoke to said", "Officials we talked to described".
CONTACT_VERBS = frozenset({"speak", "talk"})


def contacted_source(cue: Token) -> Token | None:
    """The people a reporter spoke to, as the subject of the cue after them: "Residents she spoke to described
    the wind as ..." and "Officials we have talked to said", which the parser reads as "she spoke to describe".

    >>> from claimscope.api import load
    >>> doc = load()("Officials we spoke to said the plan was dead.")
    >>> contacted_source(doc[4]).text
    'Officials'
    """
    doc = cue.doc
    # "to", perhaps with a time phrase before the cue ("Doctors we spoke to last week said")
    i = next((j for j in range(cue.i - 1, max(2, cue.i - 5), -1) if doc[j].lower_ == "to"
              and doc[j - 1].lemma_.lower() in CONTACT_VERBS
              and all(t.pos_ in ("NOUN", "ADJ", "DET", "NUM", "ADP") for t in doc[j + 1: cue.i])), None)
    if i is None:
        return None
    i -= 2
    while i > 0 and doc[i].dep_ == "aux" and doc[i].lemma_ == "have":
        i -= 1  # "Officials we have spoken to"
    if i < 1 or doc[i].pos_ != "PRON" or doc[i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[i - 1]


# Descriptions a summary of research uses for the authors it has just cited: "The authors estimate".
AUTHOR_NOUNS = frozenset({"author", "researcher"})


def cited_authors(tok: Token, sentences_back: int = 2) -> Span | None:
    """The authors a definite "the authors" / "the researchers" refers to: the names of the latest citation
    ("Haugen and Mbeki (2023) show ... The authors estimate") in its sentence or the ones before.

    >>> from claimscope.api import load
    >>> doc = load()("Haugen and Mbeki (2023) show that ties fell. The authors estimate a fall of 25%.")
    >>> cited_authors(doc[12]).text
    'Haugen and Mbeki'
    """
    if tok.lemma_.lower() not in AUTHOR_NOUNS or tok.tag_ != "NNS" or [c.lower_ for c in tok.children
                                                                      if c.dep_ != "punct"] != ["the"]:
        return None
    doc = tok.doc
    for i in range(tok.i - 1, previous_sentence_start(tok, sentences_back) - 1, -1):
        if doc[i].text == ")" and (mark := citation(doc[i])) is not None and (first := cited_source(mark)):
            names = doc[first.i: mark.start]
            return names if names and all(t.pos_ in ("PROPN", "CCONJ", "PUNCT") or t.lower_ in ("al.", "et")
                                          for t in names) else None
    return None


def year_cited(tok: Token) -> bool:
    """Whether a noun carries an author-year citation as its apposition, so that it stands for a cited work
    ("Caluwaerts and Reuchamps (2014) found similar effects": the study found them).

    >>> from claimscope.api import load
    >>> doc = load()("Caluwaerts and Reuchamps (2014) found similar effects in Belgium.")
    >>> year_cited(doc[0]), year_cited(doc[8])
    (True, False)
    """
    return any(c.dep_ == "appos" and re.fullmatch(r"(1[5-9]|20)\d\d[a-z]?", c.text) is not None and c.i > 0
               and c.doc[c.i - 1].text == "(" for c in tok.children)
