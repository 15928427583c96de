"""The document's own date: given as an option, in the page's metadata, on a dateline or a date line, or
the year the text points to; and the year of a wire dateline that gives only a day ("LONDON, Jan 6 -")."""

from __future__ import annotations

import datetime as dt
import re
from contextlib import suppress

from .components.date_words import load_date_words
from .components.dates import normalise_date
from .datelines import spaced_date
from .records import Document


def infer_published(text: str, today: dt.date | None = None) -> str:
    """The latest explicit year in a text (not in the future, nor a target: "by 2026"), as a fallback
    publication year.

    >>> infer_published("In 2011 and 2018, but not 2999."), infer_published("Since 2019 ... will end by 2024")
    ('2018', '2019')
    """
    limit = (today or dt.date.today()).year
    years = [int(m.group()) for m in re.finditer(r"(?<![\d,.$])(?:19|20)\d{2}(?!\d|,\d)", text)
             if int(m.group()) <= limit and not target(text, m.start())]
    return str(max(years)) if years else ""


# A year that is a deadline, not a time the text is written in: "will finish it by 2026", "aims to ... by the end of
# 2027"; not "By 2020 the firm had collapsed" or "has run until 2023".
TARGET_BEFORE = re.compile(r"\b(?:by|until|till|before)(?: the (?:end|middle|start) of)? $", re.I)
FUTURE_WORDS = re.compile(r"\b(?:will|'ll|shall|would|could|should|aims?|aiming|targets?|goal|plans?|pledged?|"
                          r"promised?|vow(?:ed|s)?|intends?|expect(?:s|ed)?|hopes?|hoping|wants?|seeks?|needs? to|"
                          r"going to|set to|due to|is to|are to)\b", re.I)


def target(text: str, start: int) -> bool:
    """Whether the year at `start` is a deadline: after "by" or "until", in a sentence that speaks of the future."""
    if not TARGET_BEFORE.search(text, max(0, start - 20), start):
        return False
    sentence = text[max(text.rfind(". ", 0, start) + 1, text.rfind("\n", 0, start) + 1, start - 200, 0):
                    start + 80].split(". ")[0].split("\n")[0]
    return bool(FUTURE_WORDS.search(sentence))


def resolve_published(doc: Document, body: str, override: str = "") -> tuple[str, str]:
    """The publication date (ISO) and where it came from: option, HTML metadata, dateline, or inferred."""
    if override:
        return normalise_date(override) or override, "option"
    year = infer_published(body)
    if doc.published:
        iso = normalise_date(spaced_date(doc.published))
        if iso.startswith("--") and len(iso) == 7 and year:
            # ("Tuesday, September 9th" names the day of its own)
            dated = dateline_year(int(iso[2:4]), int(iso[5:7]), int(year), body, line=doc.published)
            if dated:
                return dated, "dateline_year_inferred"
        if iso and not iso.startswith("--"):
            return iso, doc.published_source or "metadata"
    return (year, "inferred_year") if year else ("", "")



LEAD_CHARS = 600  # how far into the body a wire story's lead sentence is looked for


def weekday_named(text: str) -> int | None:
    """The first weekday a text names, as a number (Monday 0), by the date word lists; None.

    >>> weekday_named("Shares fell on Tuesday ..."), weekday_named("March 4")
    (1, None)
    """
    weekdays = load_date_words().weekdays
    return next((weekdays[w] for w in re.findall(r"[a-z]+", text.lower()) if w in weekdays), None)


def dateline_year(month: int, day: int, year: int, body: str, today: dt.date | None = None,
                  line: str = "") -> str:
    """A wire dateline's day ("LONDON, Jan 6 (Reuters) -") in the one year around the latest the text names
    (`year`) that puts the weekday its lead sentence names on that day or the day before, or the weekday the
    date `line` itself names on that day; '' when none or more than one does (the text's year alone is then
    the date).

    >>> dateline_year(1, 6, 2024, "Retailers reported weak sales on Monday, capping a difficult 2024.")
    '2025-01-06'
    >>> dateline_year(9, 9, 2026, "Shares fell on Tuesday ..."), dateline_year(3, 3, 2019, "No weekday here.")
    ('', '')
    >>> dateline_year(9, 9, 2026, "", line="Tuesday, September 9th")
    '2025-09-09'
    """
    own = weekday_named(line)
    lead = re.split(r"(?<=[a-z0-9)”\"])\.\s", body.lstrip()[:LEAD_CHARS], maxsplit=1)[0]  # its first sentence
    named = own if own is not None else weekday_named(lead)
    if named is None:
        return ""
    last = (today or dt.date.today()).year
    fits = []
    for y in (year - 1, year, year + 1):
        with suppress(ValueError):  # not "Feb 30"
            d = dt.date(y, month, day)
            if y <= last and named in ((d.weekday(),) if own is not None else (d.weekday(), (d.weekday() - 1) % 7)):
                fits.append(d.isoformat())
    return fits[0] if len(fits) == 1 else ""
