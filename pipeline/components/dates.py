"""Dates: every DATE entity to ISO 8601 at the precision written, relative ones resolved; TIME
entities that name a day ("Saturday night") get that day.

dateparser reads the ordinary forms; the rules here cover what it does not: relative years and
months against the article's publication date, weekdays (the next one in a clause about the
future), decades and their parts, ranges ("December 3 and 4, 2016", "9-10 June", "2019-20"),
seasons, two-digit years, and impossible values ("June 9, 20"), which stay empty.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
# Months a season spans, wide enough for both the meteorological (June 1) and the astronomical
# (June 21) season to lie inside; winter runs from December into the next year.
# A count written in digits or words ("30", "twelve").
_COUNT = r"\d+|" + "|".join(_NUMBER_WORDS)
# Prepositions a date expression may start with ("in the 1980s", "since 2014").
_LEADING = r"(?:on|in|by|since|during|until|from|of|between)"
_SEASONS = {"spring": (3, 6), "summer": (6, 9), "autumn": (9, 12), "fall": (9, 12), "winter": (12, 3)}


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


_MODIFIERS = (r"(?:almost|nearly|about|around|roughly|some|just|only|over|more than|less than"
              r"|early|earlier|mid|late|later)")
_WEEKDAY = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}
_ORDINAL_CENTURY = {f"{n}{suf}": n for n in range(1, 23) for suf in ("st", "nd", "rd", "th")}


def _number(word: str) -> int | None:
    word = word.strip("[]")
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word, {"a": 1, "an": 1, "a couple of": 2}.get(word))


def impossible_date(text: str) -> bool:
    """A day and month followed by a one- or two-digit "year" ("June 9, 20"): a value cut off, never guessed.

    >>> impossible_date("June 9, 20"), impossible_date("June 9, 2020")
    (True, False)
    """
    t = text.strip().lower()
    return bool(re.fullmatch(rf"{_MONTH} \d{{1,2}},? \d{{1,2}}", t)
                or re.fullmatch(rf"\d{{1,2}} {_MONTH},? \d{{1,2}}", t))


def normalise_date(text: str, ref: Reference | None = None) -> str:
    """ISO 8601 value of a date expression, at the precision written; '' when it cannot be resolved.

    >>> normalise_date("August 7, this year", Reference(2018))
    '2018-08-07'
    >>> normalise_date("December 3 and 4, 2016"), normalise_date("the 1980s"), normalise_date("June 9, 20")
    ('2016-12-03/2016-12-04', '1980/1989', '')
    >>> normalise_date("late September", Reference(2013, 10, 9)), normalise_date("last week", Reference(2017, 7, 21))
    ('2013-09-15/2013-09-30', '2017-07-10/2017-07-16')
    """
    t = re.sub(r"\s+", " ", text.strip().lower().replace("’", "'")).strip(" ,.")
    # "the army's", "2003's" (a year's; "1930's" is a decade)
    t = re.sub(r"[\[\]]", "", re.sub(r"(?<=[a-z1-9])'s$", "", t))
    t = re.sub(rf"^(?:{_LEADING} )?(?:the )?(?=\w)", "", t)
    late = re.match(r"(late|early|mid)-? ?(?=[a-z\d])", t)
    t = re.sub(rf"^(?:{_MODIFIERS}[ -])+", "", t)
    t = re.sub(rf"^(?:the|{_LEADING})\s+(?=\w)", "", t)
    t = re.sub(rf"^{_WEEKDAY},?\s+(?=\w+ \d)", "", t)
    # "by the end of the day Saturday": the day named is the date.
    t = re.sub(r"^(?:the )?(?:end|start|beginning|close) of (?:the )?(?:day|night),? (?=\w)", "", t)
    y = ref.year if ref else None

    if impossible_date(t):
        return ""
    m = re.fullmatch(rf"{_MONTH} (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?: and| to|-|–) ?"
                     rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>\d{{4}})", t)
    if m:
        mo, yr = MONTHS[m["month"]], int(m["year"])
        a, b = _iso(yr, mo, int(m["d1"])), _iso(yr, mo, int(m["d2"]))
        return f"{a}/{b}" if a and b else ""
    m = re.fullmatch(rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)? ?(?:[-–]|and|to) ?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? "
                     rf"(?:of )?{_MONTH}"
                     rf"(?:,? (?P<year>\d{{4}}))?", t) or re.fullmatch(
        rf"{_MONTH} (?P<d1>\d{{1,2}})(?:st|nd|rd|th)? ?[-–] ?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?", t)
    written = m.groupdict().get("year") if m else None
    if m and (written or ref):  # "9-10 June", "2-3 March 2019": a range of days
        mo = MONTHS[m["month"]]
        yr = int(written) if written else _nearest_year(mo, ref)
        a, b = _iso(yr, mo, int(m["d1"])), _iso(yr, mo, int(m["d2"]))
        return f"{a}/{b}" if a and b and a < b else ""
    if m:  # days of a month with no year and nothing to resolve it against: year-less, "--03-25/--03-26"
        mo = MONTHS[m["month"]]
        return f"--{mo:02d}-{int(m['d1']):02d}/--{mo:02d}-{int(m['d2']):02d}"
    m = re.fullmatch(r"(?P<a>\d{4}) ?(?:to|and|-|–|until) ?(?P<b>\d{4})", t)
    if m:
        return f"{m['a']}/{m['b']}"
    # A fiscal or season year written "2019-20": the two calendar years it spans.
    m = re.fullmatch(r"(?:fiscal year |fiscal |fy ?)?(?P<a>\d{4}) ?[-–/] ?(?P<b>\d{2})", t)
    if m and int(m["b"]) == (int(m["a"]) + 1) % 100:
        return f"{m['a']}/{int(m['a']) + 1}"
    m = re.fullmatch(r"(?P<dec>\d{3})0'?s", t)
    if m:
        if late:  # the early, mid or late part of a decade: its first, middle or last years
            a, b = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}[late.group(1)]
            return f"{m['dec']}{a}/{m['dec']}{b}"
        return f"{m['dec']}0/{m['dec']}9"
    # "’70s", "the '60's", "80s": a decade of the 1900s (of the 2000s for 00 and 10)
    m = re.fullmatch(r"(?:the )?'?(?P<d>\d)0'?s", t)
    if m:
        start = (2000 if m["d"] in "01" else 1900) + int(m["d"]) * 10
        return f"{start}/{start + 9}"
    m = re.fullmatch(r"(?P<a>\d{1,2})(?:st|nd|rd|th)(?: century)? (?:to|and|through|-|–) (?:the )?"
                     r"(?P<b>\d{1,2})(?:st|nd|rd|th) centur(?:y|ies)", t)
    if m:  # "the 15th to the 19th century"
        return f"{int(m['a']) - 1:02d}00/{int(m['b']) - 1:02d}99"
    m = re.fullmatch(r"(?P<year>\d{1,4}) ?(?P<era>bc|bce|b\.c\.)", t)
    if m:  # ISO 8601 counts 1 BC as year 0000: 300 BC is -0299
        return f"-{int(m['year']) - 1:04d}"
    m = re.fullmatch(r"(?P<w>" + "|".join(_DECADE_WORDS) + r")", t)
    if m:
        d = _DECADE_WORDS[m["w"]]
        return f"19{d}0/19{d}9"
    m = re.fullmatch(r"(?P<n>\d{1,2}(?:st|nd|rd|th)) century", t)
    if m and m["n"] in _ORDINAL_CENTURY:
        c = _ORDINAL_CENTURY[m["n"]] - 1
        return f"{c:02d}00/{c:02d}99"
    m = re.fullmatch(rf"{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>\d{{4}})", t) or re.fullmatch(
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH},? (?P<year>\d{{4}})", t)
    if m:
        return _iso(int(m["year"]), MONTHS[m["month"]], int(m["day"]))
    m = re.fullmatch(rf"{_MONTH},? (?P<year>\d{{4}})", t) or re.fullmatch(rf"(?P<year>\d{{4}}),? {_MONTH}", t)
    if m:
        return _half(int(m["year"]), MONTHS[m["month"]], late)
    m = re.fullmatch(r"(?:the )?(?:year )?(?P<year>1[5-9]\d\d|20\d\d)", t)
    if m:
        return m["year"]
    m = re.fullmatch(r"(?P<season>spring|summer|autumn|fall|winter) (?:of )?(?P<year>\d{4})", t)
    if m:
        return _season(m["season"], int(m["year"]))
    if not y:
        # No document date: a day of a month stays year-less ("May 30" is --05-30, never 1930-05); a day
        # number is never taken for a year.
        m = re.fullmatch(rf"{_MONTH}(?: (?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?", t) or re.fullmatch(
            rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH}", t)
        if m:
            mo = MONTHS[m["month"]]
            return f"--{mo:02d}-{int(m['day']):02d}" if m["day"] and _iso(2000, mo, int(m["day"])) else (
                "" if m["day"] else f"--{mo:02d}")
        return _dateparser(t, ref)
    # Relative to the publication date.
    m = re.fullmatch(rf"{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<rel>this|last|next) year", t) or \
        re.fullmatch(rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)? {_MONTH},? (?P<rel>this|last|next) year", t)
    if m:
        return _iso(y + {"this": 0, "last": -1, "next": 1}[m["rel"]], MONTHS[m["month"]], int(m["day"]))
    m = re.fullmatch(rf"{_MONTH}(?: (?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?", t) or re.fullmatch(
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH}", t)
    if m:
        mo = MONTHS[m["month"]]
        yr = _nearest_year(mo, ref)
        return _iso(yr, mo, int(m["day"])) if m["day"] else _half(yr, mo, late)
    m = re.fullmatch(r"(?P<rel>this|last|next|previous|past|coming|the following|following) (?P<unit>years?|month)", t)
    if m:
        step = {"this": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(m["rel"], 1)
        if m["unit"].startswith("year"):
            return str(y + step)
        if ref.month:
            total = y * 12 + ref.month - 1 + step
            return _iso(total // 12, total % 12 + 1)
        return ""
    m = re.fullmatch(r"(?P<rel>this|last|past|previous) century", t)
    if m:
        c = y // 100 - (m["rel"] != "this")
        return f"{c:02d}00/{c:02d}99"
    if t in ("year before", "previous year", "year earlier"):
        return str(y - 1)
    m = re.fullmatch(r"(?:the )?(?:end of (?:the |(?P<rel>this|last|next) )?year|year[ -]end)", t)
    if m:
        return f"{y + {'last': -1, 'next': 1}.get(m['rel'] or '', 0)}-12-31"
    m = re.fullmatch(rf"(?P<n>{_COUNT}|a|an|a couple of) (?P<unit>years?|decades?) ago", t)
    if m and _number(m["n"]) is not None:
        return str(y - _number(m["n"]) * (10 if m["unit"].startswith("decade") else 1))
    m = re.fullmatch(rf"(?P<n>{_COUNT}|a|an|a couple of) (?P<unit>days?|weeks?|months?) ago", t)
    if m and ref.month and _number(m["n"]) is not None:  # "three weeks ago": that day (that month for months)
        n = _number(m["n"])
        if m["unit"].startswith("month"):
            total = y * 12 + ref.month - 1 - n
            return _iso(total // 12, total % 12 + 1)
        if ref.date:
            return (ref.date - dt.timedelta(days=n * (7 if m["unit"].startswith("week") else 1))).isoformat()
    m = re.fullmatch(rf"(?:the )?(?:past|last) (?P<n>{_COUNT}) years", t)
    if m:  # counted in years, so written to the year
        return f"{y - _number(m['n'])}/{y}"
    m = re.fullmatch(rf"(?:the )?(?:past|last|previous) (?P<n>{_COUNT}) (?P<unit>days|weeks|months)", t)
    if m and ref.date:
        n = _number(m["n"])
        if m["unit"] == "months":
            total = ref.date.year * 12 + ref.date.month - 1 - n
            day = min(ref.date.day, calendar.monthrange(total // 12, total % 12 + 1)[1])
            start = dt.date(total // 12, total % 12 + 1, day)
        else:
            start = ref.date - dt.timedelta(days=n * (7 if m["unit"] == "weeks" else 1))
        return f"{start.isoformat()}/{ref.date.isoformat()}"
    m = re.fullmatch(r"(?:(?P<rel>last|this|past|next|coming) )?(?P<season>spring|summer|autumn|fall|winter)", t)
    if m and ref.month:
        return _nearest_season(m["season"], ref, m["rel"])
    m = re.fullmatch(r"(?:(?:a few|several|some|many|a couple of) (?P<u1>days|weeks|months|years) (?:ago|back)"
                     r"|(?:the )?(?:past|last) (?:few|several|couple of) (?P<u2>days|weeks|months|years))", t)
    if m and ref.month:
        # A vague time before publication: an interval open at the start, "/2012-03".
        unit = m["u1"] or m["u2"]
        return "/" + (_iso(y, ref.month) if unit == "months" or not ref.date else ref.date.isoformat())
    if ref.date:
        return _relative_day(t, ref.date) or _dateparser(t, ref)
    return _dateparser(t, ref)


_TIME_OF_DAY = r"(?:morning|afternoon|evening|night|noon|midnight|lunchtime)"


def normalise_time(text: str, ref: Reference | None = None) -> str:
    """The day a TIME expression falls on ("Saturday night", "earlier today"); '' for a clock time alone.

    >>> normalise_time("Saturday night", Reference(2007, 3, 5)), normalise_time("22:30", Reference(2007, 3, 5))
    ('2007-03-03', '')
    """
    t = re.sub(r"\s+", " ", text.strip().lower()).strip(" ,.")
    t = re.sub(r"^(?:early|late|earlier|later|just|on|by|at|in|the) ", "", t)
    if not ref or not ref.date:
        return ""
    if t in ("tonight", "today") or re.fullmatch(rf"(?:this|earlier|later) (?:today|{_TIME_OF_DAY})", t):
        return ref.date.isoformat()
    if t == "last night":
        return (ref.date - dt.timedelta(days=1)).isoformat()
    m = re.fullmatch(rf"(?P<over>(?:over|more than) )?(?P<n>{_COUNT}) hours ago", t)
    if m:  # the publication time is unknown: to the day, and "over" leaves the start open
        day = (ref.date - dt.timedelta(days=round(_number(m["n"]) / 24))).isoformat()
        return ("/" if m["over"] else "") + day
    day = re.sub(rf",? (?:in the |at )?{_TIME_OF_DAY}$", "", t)
    return normalise_date(day, ref) if day != t else ""


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


def _relative_day(t: str, ref: dt.date) -> str:
    """Days and weeks relative to a known publication day."""
    day = {"today": 0, "yesterday": -1, "tomorrow": 1, "day before yesterday": -2}.get(t)
    if day is not None:
        return (ref + dt.timedelta(days=day)).isoformat()
    monday = ref - dt.timedelta(days=ref.weekday())
    weeks = {"this week": 0, "this past week": -1, "past week": -1, "last week": -1, "previous week": -1,
             "next week": 1, "coming week": 1}
    if t in weeks:
        start = monday + dt.timedelta(weeks=weeks[t])
        return f"{start.isoformat()}/{(start + dt.timedelta(days=6)).isoformat()}"
    if t in ("this weekend", "weekend", "last weekend", "past weekend"):
        # News reports the weekend just gone: the latest Saturday-Sunday not after the reference day.
        sunday = ref - dt.timedelta(days=(ref.weekday() + 1) % 7)
        return f"{(sunday - dt.timedelta(days=1)).isoformat()}/{sunday.isoformat()}"
    m = re.fullmatch(rf"(?:(?P<rel>last|next|this) )?{_WEEKDAY}(?: (?:morning|afternoon|evening|night))?", t)
    if m:
        delta = (ref.weekday() - WEEKDAYS[m["wd"]]) % 7
        if m["rel"] == "next":
            return (ref + dt.timedelta(days=(7 - delta) % 7 or 7)).isoformat()
        return (ref - dt.timedelta(days=delta or (7 if m["rel"] == "last" else 0))).isoformat()
    return ""


def _season(season: str, year: int) -> str:
    """A season's months in a year; a winter is the one that ends in that year ("winter 2014": Dec 2013-Mar 2014)."""
    a, b = _SEASONS[season]
    return f"{year - (b < a)}-{a:02d}/{year}-{b:02d}"


def _nearest_season(season: str, ref: Reference, rel: str | None) -> str:
    """"last summer" (the latest one over before the reference month), "next"/"coming" (the first one
    after), "this" or a bare season (the one nearest the reference month, a tie going forward)."""
    now = ref.year * 12 + ref.month
    a, b = _SEASONS[season]
    spans = []
    for year in range(ref.year - 2, ref.year + 3):
        start = (year - (b < a)) * 12 + a
        spans.append((start, year * 12 + b, year))
    if rel in ("last", "past"):
        return _season(season, max(y for s, e, y in spans if e < now))
    if rel in ("next", "coming"):
        return _season(season, min(y for s, e, y in spans if s > now))
    dist = {y: (0 if s <= now <= e else min(abs(now - s), abs(now - e)), now > e) for s, e, y in spans}
    return _season(season, min(dist, key=lambda y: dist[y]))


def _nearest_year(month: int, ref: Reference) -> int:
    """The year that puts a bare month closest to the reference (a tie goes forward)."""
    if not ref.month:
        return ref.year
    diff = month - ref.month
    if diff > 6:
        return ref.year - 1
    if diff < -5:
        return ref.year + 1
    return ref.year


def _half(year: int, month: int, part: re.Match | None) -> str:
    """A month, or its early/mid/late part as a day range ("late September" = 15th to month end)."""
    if part is None:
        return _iso(year, month)
    last = calendar.monthrange(year, month)[1]
    a, b = {"early": (1, 14), "mid": (10, 20), "late": (15, last)}[part.group(1)]
    return f"{_iso(year, month, a)}/{_iso(year, month, b)}"


@lru_cache(maxsize=64)
def _date_parser(base: dt.date | None):
    """A dateparser parser for one reference day (building one compiles many patterns)."""
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"]}
    if base:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time())
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser(text: str, ref: Reference | None) -> str:
    """Fall back on dateparser for other explicit forms, keeping the precision it reports."""
    if not re.search(r"\d", text) or not re.search(r"\d{4}|" + _MONTH, text):
        return ""
    if ref is None and not re.search(r"\d{4}", text):
        return ""  # without a year or a document date, dateparser would take today's
    try:
        data = _date_parser(ref.date if ref else None).get_date_data(text)
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
    years = [int(y) for y in re.findall(r"(?<![\d,.$])(?:19|20)\d{2}(?!\d|,\d)", text) if int(y) <= limit]
    return str(max(years)) if years else ""


@Language.factory("claimscope_dates", default_config={}, requires=["doc.ents"], assigns=["doc.ents", "span._.value"])
def make_dates(nlp: Language, name: str) -> DateNormaliser:
    """Factory: the date component. Set `doc._.published` (ISO) before it runs to resolve relative dates."""
    return DateNormaliser()


_RELATIVE_WORDS = {"this", "last", "next", "that", "past", "coming", "previous"}
_RANGE_SPLIT = re.compile(r"\s+(?:through|thru|to|until|till|and|or)\s+|\s*[-–]\s*(?=\w)")


class DateNormaliser:
    """Sets `ent._.value` (ISO 8601, or '') on every DATE entity, and on TIME entities that name a day.

    DATE spans are first repaired: the relative word the model left out is taken in ("this" +
    "year"), a decade's "’s" is kept ("1930’s"), the far end of a range ("from 2004 to 2009") and
    the "ago" of "a couple of years back" are taken in. A span joining two dates ("January 23
    through March 9 2014", "2000 - 2050", "88 and 92") becomes one entity a date; a span the
    parser cannot read as a whole ("Waitangi Day - February 6 - this year") is split at its
    dashes and commas into parts read one by one. A pattern id in ISO form (the
    entity_patterns.jsonl entry for "9/11") is the value as it stands.
    """

    def __call__(self, doc: Doc) -> Doc:
        ref = Reference.parse(doc._.published)
        ents = []
        for ent in doc.ents:
            if ent.label_ == "TIME":
                ent._.value = normalise_time(ent.text, ref)
            if ent.label_ != "DATE":
                ents.append(ent)
                continue
            repaired = _repair(ent)
            while ents and ents[-1].end > repaired.start:
                ents.pop()  # a day number the model tagged ORDINAL is now part of the date
            parts = _split_range(repaired)
            if len(parts) == 2:
                ents.extend(_range_ends(parts[0], parts[1], ref))
                continue
            span = parts[0]
            iso = span.id_ if re.fullmatch(r"\d{4}(-\d{2}){0,2}", span.id_ or "") else ""
            span._.value = iso or _value(span.text, ref)
            ents.extend([span] if span._.value else _split_parts(span, ref))
        if ref and ref.date:
            for ent in ents:
                m = re.fullmatch(rf"{_WEEKDAY}(?: {_TIME_OF_DAY})?", ent.text.lower())
                if m and ent.label_ in ("DATE", "TIME") and _future(ent):
                    ent._.value = _relative_day(f"next {m['wd']}", ref.date)
        _share_appositive_values(doc, ents)
        doc.ents = ents
        return doc


_FUTURE_AUX = {"will", "shall", "'ll", "’ll", "wo"}
_SCHEDULED = {"schedule", "expect", "plan", "set", "due", "slate"}


def _future(ent: Span) -> bool:
    """Whether the clause a day name sits in speaks of the future: "will meet on Friday", "are to
    travel", "is going to announce", "is scheduled for Sunday". A bare weekday is then the next one."""
    verb = ent.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    kids = list(verb.children)
    if any(k.dep_ == "aux" and k.lower_ in _FUTURE_AUX for k in kids):
        return True
    present_be = [k for k in kids if k.dep_ in ("aux", "auxpass") and k.tag_ in ("VBP", "VBZ")]
    if verb.lemma_ in _SCHEDULED and present_be:
        return True
    if verb.lemma_ == "be" and verb.tag_ in ("VBP", "VBZ") and any(
            k.dep_ == "xcomp" and any(a.lower_ == "to" for a in k.children) for k in kids):
        return True  # "are to travel on Wednesday"
    if verb.dep_ == "ccomp" and any(k.dep_ == "aux" and k.lower_ == "would" for k in kids):
        return True  # "said that it would reopen on Monday": the future of a report
    head = verb.head
    head_present = any(k.dep_ in ("aux", "auxpass") and k.tag_ in ("VBP", "VBZ") for k in head.children)
    return verb.dep_ == "xcomp" and any(a.lower_ == "to" for a in kids) and (
        head.lower_ == "going" and head_present
        or head.lemma_ == "be" and head.tag_ in ("VBP", "VBZ")
        or head.lemma_ in _SCHEDULED and head_present)  # "Talks are expected to resume on Friday"


def _share_appositive_values(doc: Doc, ents: list[Span]) -> None:
    """A time set off by a comma or bracket right beside a dated one names the same time:
    "Saturday night, the opening night," and "Opening night, January 23, 2014," share a value."""
    timed = [e for e in ents if e.label_ in ("DATE", "TIME")]
    for a, b in zip(timed, timed[1:], strict=False):
        if b.start == a.end + 1 and doc[a.end].text in (",", "(") and bool(a._.value) != bool(b._.value):
            a._.value = b._.value = a._.value or b._.value


def _value(text: str, ref: Reference | None) -> str:
    return normalise_date(text, ref) or two_digit_year(text, ref) or year_within(text)


_SHIFT_WORDS = re.compile(r"\b(before|after|ago|since|until|till|prior|earlier|later|from|between|by|to|"
                          r"and|or|years?|decades?|old)\b", re.I)


def year_within(text: str) -> str:
    """The year of a date expression that names one year and nothing that shifts it ("RecentChangesCamp
    2008", "the 2014 Winter Paralympics"): the event lies within that year.

    >>> year_within("RecentChangesCamp 2008"), year_within("four years before 2008"), year_within("2000 year old")
    ('2008', '', '')
    """
    years = re.findall(r"(?<![\d/.,-])(?:1[5-9]|20)\d\d(?![\d/.,-])", text)
    if len(years) != 1 or _SHIFT_WORDS.search(text) or re.search(_MONTH, text, re.I):
        return ""
    return years[0]


def _split_parts(ent: Span, ref: Reference | None) -> list[Span]:
    """An unreadable DATE span split at dashes, commas and brackets, when some part reads alone."""
    if impossible_date(ent.text):
        return [ent]
    doc, parts = ent.doc, []
    cuts = [0, *(i for m in _PART_SEP.finditer(ent.text) for i in m.span()), len(ent.text)]
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        part = doc.char_span(ent.start_char + a, ent.start_char + b, label="DATE", alignment_mode="contract")
        if part is not None and len(part):
            part._.value = normalise_date(part.text, ref)
            parts.append(part)
    return parts if any(p._.value for p in parts) else [ent]


# A hyphen inside a word ("10-year-old") is no boundary; a spaced dash is.
_PART_SEP = re.compile(r"\s[-–—]\s|[–—,()\[\]]")


_RANGE_WORDS = {"to", "until", "till", "through", "and", "-", "–"}
_AGO_WORDS = {"ago", "back", "earlier", "before"}


def _repair(ent: Span) -> Span:
    doc, start, end = ent.doc, ent.start, ent.end
    while end - start > 1 and (doc[end - 1].lower_ in _RANGE_WORDS or doc[end - 1].is_punct):
        end -= 1  # "the 1990s and" | "2000s"
    if (start > 0 and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", doc[start - 1].lower_)
            and doc[start].lower_.rstrip(".") in MONTHS):
        start -= 1  # "5th" (an ORDINAL to the model) + "August 2019"
    if start > 0 and doc[start - 1].lower_ in _RELATIVE_WORDS and not doc[start - 1].ent_type_:
        start -= 1
    if end < len(doc) and doc[end].lower_ in ("’s", "'s", "s") and doc[end - 1].like_num and not doc[end].ent_type_:
        end += 1
    if (end + 1 < len(doc) and doc[end].lower_ in _RANGE_WORDS and _is_year(doc[end + 1])
            and not doc[end + 1].ent_type_ and _is_year(doc[end - 1])):
        # The model often tags only the first year of "from 2004 to 2009"; a following noun
        # ("2004 and 2009 cars") makes the second a count, not a year.
        if end + 2 >= len(doc) or doc[end + 2].pos_ not in ("NOUN", "PROPN"):
            end += 2
    if (start > 1 and doc[start - 1].lower_ in _RANGE_WORDS - {"and"} and _is_year(doc[start - 2])
            and not doc[start - 2].ent_type_ and _is_year(doc[start])):
        start -= 2  # ... and of "from 2004 to 2009" when only "2009" is tagged
    if end < len(doc) and doc[end].lower_ in _AGO_WORDS and doc[end - 1].lower_ in ("years", "months", "weeks"):
        end += 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label="DATE", span_id=ent.id_)


def _is_year(token) -> bool:
    return token.shape_ == "dddd" and 1000 <= int(token.text) <= 2199


def _range_ends(left: Span, right: Span, ref: Reference | None) -> list[Span]:
    """Values for the two ends of a range: a year written on one end holds for the other, and an
    end without a year falls on or after the start ("November 20 to December 11")."""
    year = re.compile(r"\b\d{4}\b")
    right._.value = _value(right.text, ref)
    if left_year := two_digit_year(left.text, ref):  # "88 and 92": two years, each read against publication
        left._.value = left_year
        return [left, right]
    if not year.search(left.text) and year.search(right.text):
        start_ref = Reference.parse(right._.value[:4])
        left._.value = _value(left.text, Reference(start_ref.year, None, None) if start_ref else ref)
    else:
        left._.value = _value(left.text, ref)
        start = Reference.parse(left._.value)
        if start and not year.search(right.text):
            right._.value = _value(right.text, Reference(start.year, start.month, start.day))
            if right._.value and right._.value[:10] < left._.value[:10]:
                right._.value = _value(right.text, Reference(start.year + 1, start.month, start.day))
    return [left, right]


def _split_range(ent: Span) -> list[Span]:
    """Two dates joined by "through"/"to"/"and"/a dash, each a date of its own, become two spans."""
    text = ent.text
    m = _RANGE_SPLIT.search(text)
    if not m or re.match(r"\d{1,2}(st|nd|rd|th)?(,? \d{4})?$", text[m.end():]) and not _two_digit_years(text):
        return [ent]  # "December 3 and 4, 2016" and "3-4 May" stay one range
    left = ent.doc.char_span(ent.start_char, ent.start_char + m.start(), label="DATE", alignment_mode="contract")
    right = ent.doc.char_span(ent.start_char + m.end(), ent.end_char, label="DATE", alignment_mode="contract")
    dated = re.compile(rf"\d{{4}}|{_MONTH}", re.I)
    if left is not None and len(left) > 1 and left[0].lower_ in ("between", "from"):
        left = Span(ent.doc, left.start + 1, left.end, label="DATE")
    if left is None or right is None:
        return [ent]
    if not (dated.search(left.text) and dated.search(right.text)) and not _two_digit_years(text):
        return [ent]
    return [left, right]


def _two_digit_years(text: str) -> bool:
    return re.fullmatch(r"['’]?\d{2} (?:and|or|to) ['’]?\d{2}", text) is not None
