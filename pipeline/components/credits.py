"""A source credited after a dash that follows a quote ("“...” — Matthew Ingram", "\"...\" - CBC.ca")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..records import Quote
from .bodies import SPEAKER_LABELS, ent_type
from .cue import Cue
from .lexicon import Lexicon
from .persons import HONORIFICS
from .speakers import Speaker
from .util import doc_text


def credit_length(text: str, lex: Lexicon) -> int:
    """How much of the text after a credit's dash names the source: up to its first full stop that ends no
    title or initial ("Dr. Priya Ramaswamy", "J. K. Rowling"; "CBC.ca" keeps its dot).

    >>> from claimscope.components.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [credit_length(t, lex) for t in ("Dr. Priya Ramaswamy. Then", "Reuters. Then", "CBC.ca", "St. Augustine")]
    [19, 7, 6, 13]
    """
    for m in re.finditer(r"\.(?=\s|$)", text):
        word = re.split(r"[\s.]", text[:m.start()])[-1]
        # (any short capitalised word before a name is a title: "St. Augustine", "Lt. Col. James Whitby")
        short_title = len(word) <= 3 and word[:1].isupper() and re.match(r"\s+[A-Z]", text[m.end():]) is not None
        if word.lower() not in HONORIFICS and word.lower() not in lex.abbreviations and not (
                len(word) == 1 and word.isupper()) and not short_title:
            return m.start()
    return len(text)


def dash_source(doc: Doc, q: Quote, lex: Lexicon) -> Cue | None:
    """A source named after a dash that follows the quote (“...” — CBC.ca, August 15, 2008)."""
    m = re.match(r"[”\"’»]?\s*(?:[—–]+|-(?=\s))\s*([^,\n]{2,60})", doc_text(doc)[q.end: q.end + 80])
    if not m:
        return None
    end = m.start(1) + credit_length(m.group(1), lex)
    if end - m.start(1) < 2:
        return None
    span = doc.char_span(q.end + m.start(1), q.end + end, alignment_mode="expand")
    if span is not None and (cut := next((t.i for t in span[1:] if t.is_sent_start), None)) is not None:
        span = doc[span.start: cut]  # "— Frederick Douglass I keep it on my desk": the credit ends its sentence
    # A credit is a name: no verb, not opening with a determiner or a conjunction ("— and the crowd
    # cheered", "— a slogan heard across the country").
    # ... except a title that starts with "The" ("— The Lake Erie Ledger").
    titled = span is not None and len(span) > 1 and span[0].text == "The" and all(
        t.is_title or t.is_punct or t.lower_ in ("and", "of", "for", "in", "on", "the", "&") for t in span[1:])
    handle = span is not None and span.text.startswith("@") and len(span) <= 2  # a post's "— @HollisDesignCo"
    if handle:
        return Cue(span[0], "—", "neutral", "quote", Speaker(span.text, span.text, "", span[0].i), via="dash")
    if span is None or span[0].pos_ in ("DET", "CCONJ", "PRON", "ADP") and not titled or any(
            t.pos_ in ("VERB", "AUX") for t in span) or not any(
            t.pos_ in ("PROPN", "X") or t.ent_type_ or "." in t.text for t in span):
        return None
    ent = next((e for e in span.ents if e.label_ in SPEAKER_LABELS), None)
    name = span.text.strip()
    kind = ent_type(ent, lex) if ent is not None else ("media" if re.search(r"\.\w", name) else "")  # "CBC.ca"
    return Cue(span[0], "—", "neutral", "quote",
               Speaker(name, (ent._.canonical or ent.text) if ent is not None else name, kind, span[0].i),
               via="dash")


# A reference in brackets right after a quotation: a scripture's book, chapter and verse ("(Matthew 25:40)", "(1
# Corinthians 13:4-7)"), or an author and year ("(Haugen 2021)", "(Smith and Jones, 2019, p. 4)").
BRACKET_REFERENCE = re.compile(r"[”\"’»]?\s*\((?P<ref>(?:[1-3] )?[A-Z][\w'’-]+(?: (?:and|&) [A-Z][\w'’-]+| et al\.)?"
                               r"(?: \d{1,3}[:.]\d{1,3}(?:[-–]\d{1,3})?"
                               r"|,? (?:1[5-9]|20)\d\d[a-z]?(?:, pp?\. ?\d+)?))\)")


def bracket_source(doc: Doc, q: Quote) -> Cue | None:
    """The source a bracketed reference after a quotation gives ("..." (Matthew 25:40), "..." (Haugen 2021)):
    the book or the author, a document.

    >>> from claimscope.api import load
    >>> text = '"Verily I say unto you" (Matthew 25:40).'
    >>> bracket_source(load()(text), Quote(0, 23)).speaker.canonical
    'Matthew 25:40'
    """
    m = BRACKET_REFERENCE.match(doc_text(doc)[q.end: q.end + 80])
    if not m:
        return None
    span = doc.char_span(q.end + m.start("ref"), q.end + m.end("ref"), alignment_mode="expand")
    if span is None:
        return None
    ref = m["ref"]
    name = ref if re.search(r"\d[:.]\d", ref) else re.split(r",? (?=\d)", ref)[0]  # a verse, or its authors
    return Cue(span[0], "()", "neutral", "quote", Speaker(ref, name, "document", span[0].i), via="dash")



# A headline's or a live blog entry's credit: a name, a colon and the quotation ("IFS: 'A budget that asks a lot'"),
# the line's whole text.
COLON_CREDIT = re.compile(r"\s*(?P<name>[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})\s*:\s*[“\"‘'«]?$")


# Labels a colon may follow that credit no one: "Note: 'all figures are provisional'", "UPDATE: ..."
CREDIT_LABELS = frozenset({"note", "update", "updated", "correction", "clarification", "warning", "breaking",
                           "exclusive", "watch", "listen", "read", "photo", "video", "source", "sources", "q", "a",
                           "summary", "verdict", "analysis", "opinion", "live", "quote", "motto", "slogan"})


def colon_credit(doc: Doc, q: Quote, start_char: int, lex: Lexicon) -> Cue | None:
    """The source named before a colon that is all that comes before a quotation on its line ("Carrick: 'A budget
    for the Treasury, not for families'"), when the quotation ends the line: a person or a body the NER names, an
    acronym, or the surname of a person the text names; `start_char` is where the line starts.

    >>> from claimscope.api import load
    >>> from claimscope.components.lexicon import load_lexicon
    >>> doc = load()("IFS: 'A budget that asks a lot of the middle'")
    >>> colon_credit(doc, Quote(6, 45), 0, load_lexicon()).speaker.text
    'IFS'
    """
    text = doc_text(doc)
    m = COLON_CREDIT.fullmatch(text[start_char: q.start])
    if not m or text[q.end: q.end + 3].strip(" .!?\n\"”’'"):
        return None
    span = doc.char_span(start_char + m.start("name"), start_char + m.end("name"), alignment_mode="expand")
    # a name: tagged so, an acronym ("IFS"), or the surname of a person the text names ("Carrick"); not a label
    surnames = {e.text.split()[-1]: e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    # a full name, or one name whose quote speaks as "I" or "we" ("Zelensky: “We need more air defence”"); not one
    # word the NER took for a person over a quoted phrase ("Brexit: “The biggest mistake in a generation”")
    speaks = bool(re.search(r"\b(?:I|we|We|my|My|our|Our|us|me)\b", text[q.start: q.end]))
    named = span is not None and (any(t.ent_type_ == "ORG" for t in span) or all(
        t.ent_type_ == "PERSON" for t in span) and (len(span) > 1 or speaks))
    if span is None or span.text.lower() in CREDIT_LABELS or not (named or re.fullmatch(r"[A-Z]{2,6}", span.text)
                                                                  or span.text in surnames):
        return None  # not a topic: "Gaza:", "Brexit:", "Monday:"
    ent = next((e for e in span.ents if e.label_ in SPEAKER_LABELS), None) or surnames.get(span.text)
    kind = ent_type(ent, lex) if ent is not None else ""
    name = span.text
    return Cue(span[0], ":", "neutral", "quote",
               Speaker(name, (ent._.canonical or ent.text) if ent is not None else name, kind, span[0].i), via="colon")
