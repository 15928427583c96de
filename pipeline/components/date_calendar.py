"""Calendar arithmetic of the date rules: the reference date, ISO values, nearest months and seasons,
parts of months, decades and centuries, days relative to a known day, and holidays."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from dateutil.easter import easter

from .date_words import alternation, load_date_words


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
        """A Reference from an ISO value ("2018", "2018-08", "2018-08-07").

        >>> Reference.parse("2018-08"), Reference.parse("August")
        (Reference(year=2018, month=8, day=None), None)
        """
        m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", iso or "")
        if not m:
            return None
        return cls(int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None)


def iso(y: int, m: int | None = None, d: int | None = None) -> str:
    """An ISO value at the precision given; '' for a day that does not exist. Years BC are negative.

    >>> iso(2019), iso(2019, 3), iso(2019, 2, 30), iso(-299)
    ('2019', '2019-03', '', '-0299')
    """
    year = f"-{-y:04d}" if y < 0 else f"{y:04d}"
    if m is None:
        return year
    if d is None:
        return f"{year}-{m:02d}"
    try:
        dt.date(max(y, 1), m, d)
    except ValueError:
        return ""
    return f"{year}-{m:02d}-{d:02d}"


def span(a: str, b: str) -> str:
    """An interval of two values, '' when either is missing or the end comes first.

    >>> span("2019-03-05", "2019-03-06"), span("2019-03-06", "2019-03-05")
    ('2019-03-05/2019-03-06', '')
    """
    return f"{a}/{b}" if a and b and a <= b else ""


def tensed_year(month: int, day: int, ref: Reference, ahead: bool) -> int:
    """The year of a month (and day, or 0) a clause puts ahead of the reference day (the first one not before
    it) or behind it (the latest one not after it).

    >>> tensed_year(12, 0, Reference(2025, 3, 3), True), tensed_year(12, 0, Reference(2025, 3, 3), False)
    (2025, 2024)
    """
    if ahead:
        return ref.year + 1 if (month, day or 31) < (ref.month, ref.day or 1) else ref.year
    return ref.year - 1 if (month, day) > (ref.month, ref.day or 31) else ref.year


def nearest_year(month: int, ref: Reference) -> int:
    """The year that puts a bare month closest to the reference (a tie goes forward).

    >>> nearest_year(12, Reference(2014, 1, 5)), nearest_year(2, Reference(2013, 10))
    (2013, 2014)
    """
    if not ref.month:
        return ref.year
    diff = month - ref.month
    if diff > 6:
        return ref.year - 1
    if diff < -5:
        return ref.year + 1
    return ref.year


def month_part(year: int | None, month: int, part: str | None) -> str:
    """A month, or its early/mid/late part as a day range; year-less ("--09-15/--09-30") without a year.

    >>> month_part(2013, 9, "late"), month_part(None, 10, "early"), month_part(2013, 9, None)
    ('2013-09-15/2013-09-30', '--10-01/--10-15', '2013-09')
    """
    if part is None:
        return iso(year, month) if year is not None else f"--{month:02d}"
    last = calendar.monthrange(year or 2001, month)[1]
    a, b = load_date_words().parts["month"][part]
    b = min(b, last)
    if year is None:
        return f"--{month:02d}-{a:02d}/--{month:02d}-{b:02d}"
    return f"{iso(year, month, a)}/{iso(year, month, b)}"


def decade(start: int, part: str | None = None) -> str:
    """A decade from its first year, or its early/mid/late part.

    >>> decade(1980), decade(1980, "early")
    ('1980/1989', '1980/1984')
    """
    a, b = load_date_words().parts["decade"][part] if part else (0, 9)
    return f"{iso(start + a)}/{iso(start + b)}"


def century(number: int, part: str | None = None, era: int = 1) -> str:
    """The nth century (AD, or BC with era -1), or its early/mid/late part.

    >>> century(20), century(20, "late"), century(7, era=-1)
    ('1900/1999', '1975/1999', '-0699/-0600')
    """
    a, b = load_date_words().parts["century"][part] if part else (0, 99)
    if era < 0:  # 7th century BC: 700 BC to 601 BC, ISO -0699 to -0600
        first = -(number * 100) + 1
        return f"{iso(first + a)}/{iso(first + b)}"
    first = (number - 1) * 100
    return f"{iso(first + a)}/{iso(first + b)}"


def season(name: str, year: int | None) -> str:
    """A season's months in a year (a winter is the one that ends in that year); year-less without one.

    >>> season("winter", 2014), season("summer", None)
    ('2013-12/2014-03', '--06/--09')
    """
    a, b = load_date_words().seasons[name]
    if year is None:
        return f"--{a:02d}/--{b:02d}"
    return f"{iso(year - (b < a), a)}/{iso(year, b)}"


def nearest_season(name: str, ref: Reference, step: int | None, current: bool = False) -> str:
    """"last summer" (step -1: the latest one over before the reference month), "next" (1: the first one
    after), "this" or a bare season (the one nearest the reference month, a tie going forward); with
    `current`, the one the reference month is in, if any, either way.

    >>> nearest_season("summer", Reference(2022, 10), -1), nearest_season("winter", Reference(2013, 10), None)
    ('2022-06/2022-09', '2013-12/2014-03')
    >>> nearest_season("summer", Reference(2026, 1), 1, True), nearest_season("summer", Reference(2024, 6), 1, True)
    ('2026-06/2026-09', '2024-06/2024-09')
    """
    now = ref.year * 12 + (ref.month or 6)
    a, b = load_date_words().seasons[name]
    spans = [((y - (b < a)) * 12 + a, y * 12 + b, y) for y in range(ref.year - 2, ref.year + 3)]
    if current and step and (within := [y for s, e, y in spans if s <= now <= e]):
        return season(name, within[0])
    if step == -1:
        return season(name, max(y for s, e, y in spans if e < now))
    if step == 1:
        return season(name, min(y for s, e, y in spans if s > now))
    dist = {y: (0 if s <= now <= e else min(abs(now - s), abs(now - e)), now > e) for s, e, y in spans}
    return season(name, min(dist, key=lambda y: dist[y]))


def shift_months(year: int, month: int, step: int) -> tuple[int, int]:
    """The month `step` months away.

    >>> shift_months(2024, 1, -2)
    (2023, 11)
    """
    total = year * 12 + month - 1 + step
    return total // 12, total % 12 + 1


def relative_day(t: str, ref: dt.date) -> str:
    """Days, weeks and weekdays relative to a known publication day.

    >>> relative_day("yesterday", dt.date(2018, 6, 18)), relative_day("last week", dt.date(2017, 7, 21))
    ('2018-06-17', '2017-07-10/2017-07-16')
    >>> relative_day("this sunday", dt.date(2024, 10, 29)), relative_day("this monday", dt.date(2024, 10, 29))
    ('2024-11-03', '2024-10-28')
    """
    words = load_date_words()
    day = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "day before yesterday": -2,
           "day after tomorrow": 2}.get(t)
    if day is not None:
        return (ref + dt.timedelta(days=day)).isoformat()
    monday = ref - dt.timedelta(days=ref.weekday())
    m = re.fullmatch(r"(?:(?P<rel>this past|\w+) )?week", t)
    if m and (m["rel"] == "this past" or m["rel"] in words.relative):
        step = -1 if m["rel"] == "this past" else words.relative[m["rel"]]
        start = monday + dt.timedelta(weeks=step)
        return f"{start.isoformat()}/{(start + dt.timedelta(days=6)).isoformat()}"
    if t in ("next weekend", "coming weekend", "weekend ahead"):
        saturday = ref + dt.timedelta(days=(5 - ref.weekday()) % 7 or 7)
        return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}"
    if t in ("this weekend", "weekend", "last weekend", "past weekend"):
        # News reports the weekend just gone: the latest Saturday-Sunday not after the reference day; on a
        # Saturday or a Sunday, "this weekend" is the one under way.
        current = t not in ("last weekend", "past weekend") and ref.weekday() >= 5
        sunday = ref + dt.timedelta(days=6 - ref.weekday()) if current else \
            ref - dt.timedelta(days=(ref.weekday() + 1) % 7)
        return f"{(sunday - dt.timedelta(days=1)).isoformat()}/{sunday.isoformat()}"
    m = re.fullmatch(rf"(?:(?P<rel>last|next|this|coming) )?(?P<wd>{alternation(words.weekdays)})"
                     rf"(?: {alternation(words.time_of_day)})?", t)
    if m:
        delta = (ref.weekday() - words.weekdays[m["wd"]]) % 7
        if m["rel"] in ("next", "coming"):
            return (ref + dt.timedelta(days=(7 - delta) % 7 or 7)).isoformat()
        if m["rel"] == "this":  # the one of this week, Monday to Sunday: "this Sunday" on a Tuesday is ahead
            return (monday + dt.timedelta(days=words.weekdays[m["wd"]])).isoformat()
        return (ref - dt.timedelta(days=delta or (7 if m["rel"] == "last" else 0))).isoformat()
    return ""


def holiday(name: str, year: int) -> str:
    """The day of a named holiday in a year: fixed, set by Easter, or the nth weekday of a month.

    >>> holiday("christmas", 2020), holiday("ash wednesday", 1969), holiday("thanksgiving", 2023)
    ('2020-12-25', '1969-02-19', '2023-11-23')
    >>> holiday("election day", 2026), holiday("election day", 2022)  # the Tuesday after the first Monday
    ('2026-11-03', '2022-11-08')
    """
    words = load_date_words()
    if name in words.holidays:
        return iso(year, *words.holidays[name])
    if name in words.easter_holidays:
        return (easter(year) + dt.timedelta(days=words.easter_holidays[name])).isoformat()
    month, weekday, n, after = words.weekday_holidays[name]
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return (days[n - 1 if n > 0 else -1] + dt.timedelta(days=after)).isoformat()


def nearest_holiday(name: str, ref: Reference, direction: int = 0) -> str:
    """A holiday without a year: the one of the reference year, or of the year whose one lies nearest a
    known reference day; the latest one not after it (`direction` -1, a past clause) or the first one not
    before it (1, a future clause).

    >>> nearest_holiday("christmas", Reference(2021, 1, 3)), nearest_holiday("easter", Reference(2024))
    ('2020-12-25', '2024-03-31')
    >>> last = nearest_holiday("thanksgiving", Reference(2024, 6, 1), -1)
    >>> last, nearest_holiday("christmas", Reference(2024, 1, 3), 1)
    ('2023-11-23', '2024-12-25')
    """
    if not ref.date:
        return holiday(name, ref.year)
    days = [holiday(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if direction:
        days = [d for d in days if (dt.date.fromisoformat(d) - ref.date).days * direction >= 0]
    return min(days, key=lambda d: abs((dt.date.fromisoformat(d) - ref.date).days))
