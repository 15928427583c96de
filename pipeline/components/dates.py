"""Dates: every DATE entity to ISO 8601 at the precision written, relative ones resolved.

dateparser reads the ordinary forms; the rules here cover what it does not: relative years and
months against the article's publication date, weekdays, decades, ranges ("December 3 and 4,
2016", "from 1996 to 2001"), seasons, and impossible values ("June 9, 20"), which stay empty.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

if not Span.has_extension("value"):
    Span.set_extension("value", default="")
if not Doc.has_extension("published"):
    Doc.set_extension("published", default="")

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


@dataclass(frozen=True)
class Reference:
    """The date relative expressions are resolved against, at the precision known."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.month and self.day else None

    @classmethod
    def parse(cls, iso: str) -> Reference | None:
        """A Reference from an ISO value ("2018", "2018-08", "2018-08-07")."""
        m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", iso or "")
        if not m:
            return None
        return cls(int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None)


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        dt.date(y, m, d)
    except ValueError:
        return ""
    return f"{y:04d}-{m:02d}-{d:02d}"


def normalise_date(text: str, ref: Reference | None = None) -> str:
    """ISO 8601 value of a date expression, at the precision written; '' when it cannot be resolved.

    >>> normalise_date("August 7, this year", Reference(2018))
    '2018-08-07'
    >>> normalise_date("December 3 and 4, 2016"), normalise_date("the 1980s"), normalise_date("June 9, 20")
    ('2016-12-03/2016-12-04', '1980/1989', '')
    """
    t = re.sub(r"\s+", " ", text.strip().lower().replace("’", "'")).strip(" ,.")
    t = re.sub(r"^(the|this|that|on|in|by|since|during|until|from|of)\s+(?=\w)", "", t) if not re.match(
        r"^(this|that) (year|month|week)", t) else t
    t = re.sub(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?=\w+ \d)", "", t)
    y = ref.year if ref else None

    # Impossible: a day-month followed by a one- or two-digit "year" ("June 9, 20").
    if re.fullmatch(rf"{_MONTH} \d{{1,2}},? \d{{1,2}}", t) or re.fullmatch(rf"\d{{1,2}} {_MONTH},? \d{{1,2}}", t):
        return ""
    m = re.fullmatch(rf"{_MONTH} (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?: and| to|-|–) ?"
                     rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>\d{{4}})", t)
    if m:
        mo, yr = MONTHS[m["month"]], int(m["year"])
        a, b = _iso(yr, mo, int(m["d1"])), _iso(yr, mo, int(m["d2"]))
        return f"{a}/{b}" if a and b else ""
    m = re.fullmatch(r"(?:from |between )?(?P<a>\d{4}) ?(?:to|and|-|–|until) ?(?P<b>\d{4})", t)
    if m:
        return f"{m['a']}/{m['b']}"
    m = re.fullmatch(r"(?:early |mid-?|late )?(?P<dec>\d{3})0'?s", t)
    if m:
        return f"{m['dec']}0/{m['dec']}9"
    m = re.fullmatch(rf"{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>\d{{4}})", t) or re.fullmatch(
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH},? (?P<year>\d{{4}})", t)
    if m:
        return _iso(int(m["year"]), MONTHS[m["month"]], int(m["day"]))
    m = re.fullmatch(rf"{_MONTH},? (?P<year>\d{{4}})", t) or re.fullmatch(rf"(?P<year>\d{{4}}),? {_MONTH}", t)
    if m:
        return _iso(int(m["year"]), MONTHS[m["month"]])
    m = re.fullmatch(r"(?:the )?(?:year )?(?P<year>1[5-9]\d\d|20\d\d)", t)
    if m:
        return m["year"]
    m = re.fullmatch(r"(?P<season>spring|summer|autumn|fall) (?:of )?(?P<year>\d{4})", t)
    if m:
        a, b = _SEASONS[m["season"]]
        return f"{m['year']}-{a:02d}/{m['year']}-{b:02d}"
    # Relative to the publication date.
    m = re.fullmatch(rf"{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<rel>this|last|next) year", t) or \
        re.fullmatch(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH},? (?P<rel>this|last|next) year", t)
    if m and y:
        return _iso(y + {"this": 0, "last": -1, "next": 1}[m["rel"]], MONTHS[m["month"]], int(m["day"]))
    m = re.fullmatch(rf"{_MONTH}(?: (?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?", t) or re.fullmatch(
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH}", t)
    if m and y:
        mo = MONTHS[m["month"]]
        yr = y - 1 if ref.month and mo > ref.month + 1 else y
        return _iso(yr, mo, int(m["day"]) if m["day"] else None)
    m = re.fullmatch(r"(?P<rel>this|last|next|previous|past|coming) (?P<unit>year|month)", t)
    if m and y:
        step = {"this": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}[m["rel"]]
        if m["unit"] == "year":
            return str(y + step)
        if ref.month:
            total = y * 12 + ref.month - 1 + step
            return _iso(total // 12, total % 12 + 1)
        return ""
    m = re.fullmatch(r"(?P<n>\d+|" + "|".join(_NUMBER_WORDS) + r") years? ago", t)
    if m and y:
        n = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS[m["n"]]
        return str(y - n)
    if ref and ref.date:
        day = {"today": 0, "yesterday": -1, "tomorrow": 1}.get(t)
        if day is not None:
            return (ref.date + dt.timedelta(days=day)).isoformat()
        m = re.fullmatch(r"(?:(?P<rel>last|next|this) )?"
                         r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                         r"(?: (?:morning|afternoon|evening|night))?", t)
        if m:
            delta = (ref.date.weekday() - WEEKDAYS[m["wd"]]) % 7
            if m["rel"] == "next":
                return (ref.date + dt.timedelta(days=(7 - delta) % 7 or 7)).isoformat()
            return (ref.date - dt.timedelta(days=delta or (7 if m["rel"] == "last" else 0))).isoformat()
    return _dateparser(t, ref)


def _dateparser(text: str, ref: Reference | None) -> str:
    """Fall back on dateparser for other explicit forms, keeping the precision it reports."""
    if not re.search(r"\d", text) or not re.search(r"\d{4}|" + _MONTH, text):
        return ""
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"]}
    if ref and ref.date:
        settings["RELATIVE_BASE"] = dt.datetime.combine(ref.date, dt.time())
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception:  # dateparser raises on some odd inputs; an unresolved date is the answer
        return ""
    if data is None or data.date_obj is None:
        return ""
    d = data.date_obj
    return {"year": _iso(d.year), "month": _iso(d.year, d.month)}.get(data.period, _iso(d.year, d.month, d.day))


def infer_published(text: str, today: dt.date | None = None) -> str:
    """The latest explicit year in a text (not in the future), as a fallback publication year.

    >>> infer_published("In 2011 and 2018, but not 2999.")
    '2018'
    """
    limit = (today or dt.date.today()).year
    years = [int(y) for y in re.findall(r"(?<![\d,.$])(?:19|20)\d{2}(?![\d,])", text) if int(y) <= limit]
    return str(max(years)) if years else ""


@Language.factory("claimscope_dates", default_config={})
def make_dates(nlp: Language, name: str) -> DateNormaliser:
    """Factory: the date component. Set `doc._.published` (ISO) before it runs to resolve relative dates."""
    return DateNormaliser()


class DateNormaliser:
    """Sets `ent._.value` (ISO 8601, or '') on every DATE entity."""

    def __call__(self, doc: Doc) -> Doc:
        ref = Reference.parse(doc._.published)
        for ent in doc.ents:
            if ent.label_ == "DATE":
                ent._.value = normalise_date(ent.text, ref)
        return doc
