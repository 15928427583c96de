"""Ranges of dates: a span joining two dates split into its ends, and the two ends read together, so a
year written on one end holds for the other, an end never falls before its start, and a range under way
on the text's own day is of that day's year whatever the tense of its clause ("is to run from January 23
through March 9", written on January 28)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from .date_calendar import Reference
from .date_context import read
from .date_rules import explain, fragments

# Words that join the two ends of a range of dates.
RANGE_SPLIT = re.compile(r"\s+(?:through|thru|to|until|till|and|or)\s+|\s*[-–]\s*(?=\w)")
END_WORDS = frozenset({"to", "through", "thru", "until", "till"})
# Words that shift a year written in a date expression away from the event ("four years before 2008").
SHIFT_WORDS = re.compile(r"\b(before|after|ago|since|until|till|prior|earlier|later|from|between|by|to|"
                         r"and|or|years?|decades?|old)\b", re.I)
YEAR_WRITTEN = re.compile(r"\b\d{4}\b")
# ... or named by its distance from the text's own: "from May to August last year".
YEAR_NAMED = re.compile(r"\b\d{4}\b|\b(?:last|this|next|previous|following) year\b", re.I)


def two_digit_year(text: str, ref: Reference | None = None) -> str:
    """A year written with two digits ("'08", "84"): the latest such year not after publication.

    >>> two_digit_year("'08", Reference(2012)), two_digit_year("84", Reference(2012))
    ('2008', '1984')
    """
    m = re.fullmatch(r"['’]?(\d{2})", text.strip())
    if not m:
        return ""
    limit = ref.year if ref else dt.date.today().year
    year = limit // 100 * 100 + int(m[1])
    return str(year if year <= limit else year - 100)


def year_within(text: str) -> str:
    """The year of a date expression that names one year and nothing that shifts it ("RecentChangesCamp
    2008", "the 2014 Winter Paralympics"): the event lies within that year.

    >>> year_within("RecentChangesCamp 2008"), year_within("four years before 2008"), year_within("2000 year old")
    ('2008', '', '')
    """
    years = re.findall(r"(?<![\d/.,-])(?:1[5-9]|20)\d\d(?![\d/.,-])", text)
    if len(years) != 1 or SHIFT_WORDS.search(text) or re.search(fragments()['month'], text, re.I):
        return ""
    return years[0]


def value_of(span: Span, ref: Reference | None) -> str:
    """The value of one end of a range, read in its sentence."""
    return read(span, ref, None)[1] or two_digit_year(span.text, ref) or year_within(span.text)


def under_way(left: Span, right: Span, ref: Reference | None) -> tuple[str, str] | None:
    """The values of a range with no year written that holds the reference day, else None.

    "The exhibit is to run from January 23 through March 9" written on January 28 is this year's run,
    under way, not next year's; "from December 1 to January 15" written on January 5 began last year.
    A range wholly past or to come is left to the tense of its clause.
    """
    if ref is None or ref.date is None or YEAR_NAMED.search(left.text) or YEAR_NAMED.search(right.text):
        return None
    today = ref.date.isoformat()
    for year in (ref.year, ref.year - 1):
        start = value_of(left, Reference(year))
        end = value_of(right, Reference(year))
        if not start.startswith(f"{year:04d}-") or not re.match(r"\d{4}-\d\d", end):
            # not two days or months of the year it is read in ("from Monday to Friday", "last August to
            # September" read otherwise)
            return None
        if end[:10] < start[:10]:
            end = value_of(right, Reference(year + 1))
        if start[:10] <= today[:len(start[:10])] and today[:len(end[:10])] <= end[:10]:
            return start, end
    return None


def range_ends(left: Span, right: Span, ref: Reference | None) -> list[Span]:
    """Values for the two ends of a range: a year written on one end holds for the other, and an
    end without a year falls on or after the start ("November 20 to December 11")."""
    if values := under_way(left, right, ref):
        left._.value, right._.value = values
        return [left, right]
    right._.value = value_of(right, ref)
    if left_year := two_digit_year(left.text, ref):  # "88 and 92": two years, each read against publication
        left._.value = left_year
        return [left, right]
    if not YEAR_NAMED.search(left.text) and YEAR_NAMED.search(right.text):
        start_ref = Reference.parse(right._.value[:4])
        left._.value = value_of(left, Reference(start_ref.year, None, None) if start_ref else ref)
        if start_ref and left._.value.startswith("--"):  # "from June to September next year": that June
            left._.value = f"{start_ref.year:04d}{left._.value[1:]}"
    else:
        left._.value = value_of(left, ref)
        start = Reference.parse(left._.value)
        if start and not YEAR_NAMED.search(right.text):
            right._.value = end_after(right, start, left._.value)
    return [left, right]


def end_after(right: Span, start: Reference, start_value: str) -> str:
    """The value of a range's end with no year written, read from its start: on or after it, a year on when
    the start's year puts it before ("December 20 to January 11")."""
    value = value_of(right, Reference(start.year, start.month, start.day))
    if value and value[:10] < start_value[:10]:
        value = value_of(right, Reference(start.year + 1, start.month, start.day))
    return value


def read_together(left: Span, right: Span, ref: Reference | None) -> None:
    """Two date entities that are the ends of one range ("from May 1 until May 20"), each read alone,
    read as a range: one under way on the reference day is of its year, and an end with no year written
    that fell before its start falls on or after it."""
    if not joined(left, right):
        return
    if values := under_way(left, right, ref):
        left._.value, right._.value = values
    elif (start := Reference.parse(left._.value or "")) and start.day and not YEAR_WRITTEN.search(right.text) \
            and re.match(r"\d{4}-\d\d-\d\d", right._.value or "") and right._.value < left._.value:
        right._.value = end_after(right, start, left._.value)


def joined(left: Span, right: Span) -> bool:
    """Whether two date entities are the ends of one range: "from May 1 until May 20", "between May 1 and
    May 20", "May 1 - May 20"."""
    doc = left.doc
    if right.start != left.end + 1:
        return False
    word = doc[left.end].lower_
    before = doc[left.start - 1].lower_ if left.start else ""
    return word in END_WORDS | {"-", "–"} and before != "to" or word == "and" and before == "between"


def split_range(ent: Span) -> list[Span]:
    """Two dates joined by "through"/"to"/"and"/a dash, each a date of its own, become two spans."""
    text = ent.text
    m = RANGE_SPLIT.search(text)
    if not m:
        return [ent]  # (read before the rules: most dates are no range, and reading one may call dateparser)
    rule = explain(text)[0]
    if rule == "season_year" or rule == "month_range_year" and m and m.group().strip() not in END_WORDS:
        # "the winter of 373 - 374", "January-June 2016", "May and June 1981": one interval; "from March
        # to August 2011" names its two ends.
        return [ent]
    if not m or re.match(r"\d{1,2}(st|nd|rd|th)?(,? \d{4})?$", text[m.end():]) and not two_digit_years(text):
        return [ent]  # "December 3 and 4, 2016" and "3-4 May" stay one range
    left = ent.doc.char_span(ent.start_char, ent.start_char + m.start(), label="DATE", alignment_mode="contract")
    right = ent.doc.char_span(ent.start_char + m.end(), ent.end_char, label="DATE", alignment_mode="contract")
    dated = re.compile(rf"\d{{3,4}}|{fragments()['month']}", re.I)  # "c. 314 – 368" too
    if left is not None and len(left) > 1 and left[0].lower_ in ("between", "from"):
        left = Span(ent.doc, left.start + 1, left.end, label="DATE")
    if left is None or right is None:
        return [ent]
    if not (dated.search(left.text) and dated.search(right.text)) and not two_digit_years(text):
        return [ent]
    if not re.search(fragments()["month"], text, re.I) and (
            not years_forward(left.text, right.text) or ent.start and ent.doc[ent.start - 1].like_num):
        return [ent]  # "944-6800", "1 201 461-1776" are telephone numbers, not years
    return [left, right]


def years_forward(left: str, right: str) -> bool:
    """Two numbers of three or four digits that can be the ends of a range of years: the second is a
    year and not before the first ("360 - 366", "c. 314 – 368")."""
    a, b = re.findall(r"\d+", left)[-1:], re.findall(r"\d+", right)[:1]
    return bool(a and b) and int(a[0]) <= int(b[0]) <= 2100


def two_digit_years(text: str) -> bool:
    """Two years written with two digits each: "88 and 92", "'08 to '12"."""
    return re.fullmatch(r"['’]?\d{2} (?:and|or|to) ['’]?\d{2}", text) is not None
