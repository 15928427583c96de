"""Where a text is in time: the narrative's date after a date written out in full, and a diary's or a blog's
dated entries, each heading the entries below it."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from .date_calendar import Reference
from .date_context import ANAPHORIC, EXPLICIT_RULES
from .date_rules import fragments


def moves_narrative(rule: str, value: str) -> Reference | None:
    """The narrative's new time after a date written out in full or read against it, else None; a stretch
    within one year ("the summer of 2010") puts it in that year.

    >>> moves_narrative("year", "1831"), moves_narrative("month_nearest", "2004-07")
    (Reference(year=1831, month=None, day=None), None)
    >>> moves_narrative("season_year", "2010-06/2010-09"), moves_narrative("season_year", "1776-12/1777-03")
    (Reference(year=2010, month=None, day=None), None)
    """
    if rule not in EXPLICIT_RULES and rule not in ANAPHORIC:
        return None
    if "/" not in value:
        return Reference.parse(value)
    a, b = (re.match(r"-?\d{4}", end) for end in value.split("/", 1))
    return Reference.parse(a.group()) if a and b and a.group() == b.group() else None


def entry_heading(span: Span, text: str) -> bool:
    """Whether a date is the whole of its line: the heading of a diary's or a blog's entry ("Sat. 2 April",
    "Monday 21 March"), which dates the entry below it."""
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start: end if end >= 0 else len(text)]
    if len(NON_WORD.sub("", line)) > len(NON_WORD.sub("", span.text)) + len("wednesday"):
        return False  # more words on the line than a weekday: no heading (and no pattern built for the span)
    weekday = f"(?:{fragments()['weekday']}|{WEEKDAY_ABBREVIATIONS})"
    return line.strip(" \t.,:;—–-") == span.text.strip(" .,:;") or \
        bool(re.fullmatch(rf"(?i)\W*{weekday}\.?,?\s*{re.escape(span.text)}\W*", line.strip()))


WEEKDAY_ABBREVIATIONS = "mon|tues?|wed|thu(?:rs?)?|fri|sat|sun"
NON_WORD = re.compile(r"\W+")
ENTRY_SPAN_DAYS = 800  # a diary moves forward: an entry is dated after the one before, within about two years


def later_entry(value: str, ref: Reference | None) -> bool:
    """Whether an entry heading's day can follow the date in force (not a section heading "4 August 2020" in a
    2024 piece looking back)."""
    if ref is None or ref.date is None:
        return True
    gap = (dt.date.fromisoformat(value) - ref.date).days
    return 0 < gap <= ENTRY_SPAN_DAYS


# Verbs of giving a speech, and the word that points to the text below ("delivered the following address").
DELIVERING_VERBS = frozenset({"deliver", "give", "make", "preach"})
SPOKEN_TEXTS = frozenset({"address", "speech", "sermon", "homily", "lecture", "eulogy", "remarks", "talk"})


def delivered_on(span: Span) -> bool:
    """Whether a date is the day the text below was given: "X delivered the following address at ... on
    Saturday" (an editor's note above a speech), so its "last night" and "this morning" are of that day."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "delivered the following address at the university's commencement on Saturday"
    # ... or said of the text itself: "This address was delivered on Thursday"
    # ... or of the address whose text follows: "The following is the text of the Mayor's address, delivered at
    # the Civic Auditorium on Wednesday evening"
    given = verb.dep_ == "acl" and any(t.lemma_.lower() in SPOKEN_TEXTS for t in verb.head.subtree
                                       if t.i < verb.i) and any(
        t.lower_ in ("following", "below") or t.lemma_.lower() in ("text", "transcript")
        for t in span.doc[span.sent.start: verb.i])
    return verb.lemma_.lower() in DELIVERING_VERBS and (given or any(
        c.dep_ == "dobj" and any(g.lower_ == "following" for g in c.children) or c.dep_ == "nsubjpass" and any(
            g.dep_ == "det" and g.lower_ in ("this", "the") for g in c.children) and c.lemma_.lower() in SPOKEN_TEXTS
        for c in verb.children))
