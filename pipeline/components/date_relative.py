"""The resolvers of the date rules that read an expression against a reference: the publication date, or
the time the narrative is at for an anaphoric rule ("that year", "the following autumn"). Examples run
through the whole table (`date_rules.explain`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .date_calendar import (
    Reference,
    century,
    iso,
    month_part,
    nearest_holiday,
    nearest_season,
    nearest_year,
    relative_day,
    shift_months,
)
from .date_resolvers import Groups, explain, month_of, number
from .date_words import load_date_words

# The edge of a month, a year or a decade as the part of it: "the end of November" is its late part.
EDGE_PARTS = {"end": "late", "close": "late", "beginning": "early", "start": "early", "middle": "mid"}

__all__ = ["explain"]


def month_nearest(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A month or a day of a month: in the year that puts it nearest the reference.

    >>> explain("December", Reference(2013, 10, 9)), explain("January 10", Reference(2013, 10, 9))
    (('month_nearest', '2013-12'), ('month_nearest', '2014-01-10'))
    """
    mo = month_of(m)
    year = nearest_year(mo, ref)
    return iso(year, mo, int(m["day"])) if m["day"] else month_part(year, mo, part)


def month_relative(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A month named with last, next or this: the latest one before the reference month, the first one
    after it, or the one in the reference year ("last August", "next March").

    >>> explain("last August", Reference(1999, 10, 5)), explain("last uh August", Reference(2024, 5, 14))
    (('month_relative', '1999-08'), ('month_relative', '2023-08'))
    >>> explain("next March", Reference(2024, 5, 14)), explain("this May", Reference(2024, 1, 2))
    (('month_relative', '2025-03'), ('month_relative', '2024-05'))
    """
    mo, step = month_of(m), load_date_words().relative[m["rel"]]
    year = ref.year
    if step < 0 and ref.month and mo >= ref.month or step < 0 and not ref.month:
        year -= 1
    elif step > 0 and (not ref.month or mo <= ref.month):
        year += 1
    return month_part(year, mo, part)


def day_month_relative(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A day of a month followed by "last" or "next", as letters and decrees write it: in the latest such
    month before the reference, or the first one after it.

    >>> explain("the 12th of October last", Reference(1859, 11, 5))
    ('day_month_relative', '1859-10-12')
    >>> explain("the 1st day of Feb. next", Reference(1859, 9, 17))
    ('day_month_relative', '1860-02-01')
    """
    return f"{month_relative(m, ref, None)}-{int(m['day']):02d}"


def day_of_month_word(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A day of this month ("the 3rd instant"), last month ("the 20th ultimo") or next ("the 2nd proximo"),
    as letters write it.

    >>> explain("the 3rd instant", Reference(1851, 3, 14)), explain("the 20th ult.", Reference(1851, 1, 14))
    (('day_of_month_word', '1851-03-03'), ('day_of_month_word', '1850-12-20'))
    """
    step = {"ins": 0, "ult": -1, "pro": 1}[m["which"][:3]]
    year, month = shift_months(ref.year, ref.month, step)
    return iso(year, month, int(m["day"]))


def relative_unit(m: Groups, ref: Reference | None, part: str | None) -> str:
    """This, last or next year, month or century ("the previous year", "last month", "the past century").

    >>> explain("last year", Reference(2018)), explain("next month", Reference(2023, 12))
    (('relative_unit', '2017'), ('relative_unit', '2024-01'))
    >>> explain("this century", Reference(2009))
    ('relative_unit', '2000/2099')
    """
    step = load_date_words().relative[m["rel"]]
    if m.get("season"):  # "the following winter" (after August 1847): the next one after the narrative's time
        return nearest_season(m["season"], ref, 1 if step > 0 else -1)
    if m["unit"] == "century":
        return century(ref.year // 100 + 1 + step)
    if m["unit"].startswith("year"):
        return iso(ref.year + step)
    return iso(*shift_months(ref.year, ref.month, step)) if ref.month else ""


def this_decade(m: Groups, ref: Reference | None, part: str | None) -> str:
    """The decade the text is written in ("this decade", "the current decade").

    >>> explain("this decade", Reference(2025, 3, 14))
    ('this_decade', '2020/2029')
    """
    start = ref.year // 10 * 10
    return f"{iso(start)}/{iso(start + 9)}"


def same_year(m: Groups, ref: Reference | None, part: str | None) -> str:
    """The year the narrative is at ("that year", "the same year", "later that year").

    >>> explain("that same year", Reference(1939)), explain("in March the same year", Reference(1981))
    (('same_year', '1939'), ('same_year', '1981-03'))
    """
    return month_part(ref.year, month_of(m), part) if m["month"] else iso(ref.year)


def that_month(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A month of the year the narrative is at ("In 1956 ... she wrote that November").

    >>> explain("that November", Reference(1956)), explain("that same March", Reference(1821, 1))
    (('that_month', '1956-11'), ('that_month', '1821-03'))
    """
    return month_part(ref.year, month_of(m), part)


def units_later(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A count of years or months after ("two years later") or before ("the year before") the reference.

    >>> explain("two years later", Reference(1724)), explain("Six months later", Reference(1975, 9))
    (('units_later', '1726'), ('units_later', '1976-03'))
    >>> explain("the year before", Reference(2015))
    ('units_later', '2014')
    """
    n = number(m["n"] or "1")
    if n is None:
        return ""
    n = -n if m["dir"] in ("before", "earlier", "prior") else n
    if m["unit"].startswith("month"):
        return iso(*shift_months(ref.year, ref.month, n)) if ref.month else ""
    return iso(ref.year + n * (10 if m["unit"].startswith("decade") else 1))


def day_shift(m: Groups, ref: Reference | None, part: str | None) -> str:
    """The day before or after the day the narrative is at ("the day before", "the following morning").

    >>> explain("the day before", Reference(1939, 9, 1)), explain("the following morning", Reference(1832, 5, 30))
    (('day_shift', '1939-08-31'), ('day_shift', '1832-05-31'))
    """
    if not ref.date:
        return ""
    back = (m["dir"] or m["rel"]) in ("before", "previous", "preceding")
    return (ref.date + dt.timedelta(days=-1 if back else 1)).isoformat()


def end_of_year(m: Groups, ref: Reference | None, part: str | None) -> str:
    """The last day of this, last or next year ("year end", "the end of last year").

    >>> explain("the end of last year", Reference(2018)), explain("year-end", Reference(2023))
    (('end_of_year', '2017-12-31'), ('end_of_year', '2023-12-31'))
    """
    return iso(ref.year + load_date_words().relative.get(m["rel"] or "this", 0), 12, 31)


def units_ago(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A count of years, decades, months, weeks or days before publication, to the precision counted.

    >>> explain("almost two years ago", Reference(2006, 5, 28)), explain("three weeks ago", Reference(2024, 5, 14))
    (('units_ago', '2004'), ('units_ago', '2024-04-23'))
    >>> explain("three months ago", Reference(2024, 5, 14)), explain("some 5,000 years ago", Reference(2015))
    (('units_ago', '2024-02'), ('units_ago', '-2985'))
    >>> explain("a fortnight ago", Reference(2025, 2, 7))
    ('units_ago', '2025-01-24')
    """
    n, unit = number(m["n"]), m["unit"]
    if n is None:
        return ""
    if unit.startswith(("year", "decade")):
        return iso(ref.year - n * (10 if unit.startswith("decade") else 1))
    if unit.startswith("month"):
        return iso(*shift_months(ref.year, ref.month, -n)) if ref.month else ""
    if not ref.date:
        return ""
    days = 14 if unit.startswith("fortnight") else 7 if unit.startswith("week") else 1
    return (ref.date - dt.timedelta(days=n * days)).isoformat()


def past_units(m: Groups, ref: Reference | None, part: str | None) -> str:
    """The last n years up to the reference day (n whole years ending on it; to the year when only the year
    is known), the last n decades (counted in years, written to the year), or the last n days, weeks or
    months up to its day.

    >>> explain("the last 5 years", Reference(2023, 4, 18)), explain("the last 30 years", Reference(2011))
    (('past_units', '2018-04-19/2023-04-18'), ('past_units', '1981/2011'))
    >>> explain("the past decade", Reference(2015))
    ('past_units', '2005/2015')
    >>> explain("the past 30 days", Reference(2011, 3, 8)), explain("the last two months", Reference(2011, 3, 31))
    (('past_units', '2011-02-06/2011-03-08'), ('past_units', '2011-01-31/2011-03-31'))
    """
    n = number(m["n"] or "1")
    unit = m["unit"]
    if n is None:
        return ""
    if unit.startswith("year") and ref.date and n == int(n):
        day = ref.date.day if (ref.date.month, ref.date.day) != (2, 29) else 28
        start = dt.date(ref.year - int(n), ref.date.month, day) + dt.timedelta(days=1)
        return f"{start.isoformat()}/{ref.date.isoformat()}"
    if unit.startswith(("year", "decade")):
        return f"{iso(ref.year - n * (10 if unit.startswith('decade') else 1))}/{iso(ref.year)}"
    if not ref.date:
        return ""
    if unit.startswith("month"):
        year, month = shift_months(ref.year, ref.month, -n)
        start = iso(year, month, min(ref.date.day, 28)) if ref.date.day > 28 and not iso(year, month, ref.date.day) \
            else iso(year, month, ref.date.day)
        return f"{start}/{ref.date.isoformat()}"
    start = ref.date - dt.timedelta(days=n * (7 if unit.startswith("week") else 1))
    return f"{start.isoformat()}/{ref.date.isoformat()}"


def next_units(m: Groups, ref: Reference | None, part: str | None) -> str:
    """The next n years, decades, months, weeks or days from the reference (to the year when only the year
    is known); in a past clause the reference is the narrative's time ("In the next five years he served").

    >>> explain("the next five years", Reference(1655)), explain("the next two years", Reference(2024, 5, 14))
    (('next_units', '1655/1660'), ('next_units', '2024-05-14/2026-05-14'))
    >>> explain("the coming 10 days", Reference(2024, 5, 14)), explain("the coming weeks", Reference(2024, 5, 14))
    (('next_units', '2024-05-14/2024-05-24'), ('next_units', ''))
    >>> explain("the next three months", Reference(2024, 1, 31)), explain("the next 8000 years", Reference(2024, 5, 1))
    (('next_units', '2024-01-31/2024-04-30'), ('next_units', ''))
    """
    if m["n"] is None:
        return ""  # "the coming weeks": how many is not said
    n = number(m["n"])
    unit = m["unit"]
    if n is None or n != int(n):
        return ""
    n = int(n)
    if unit.startswith(("year", "decade")):
        years = n * (10 if unit.startswith("decade") else 1)
        if ref.year + years > dt.MAXYEAR:
            return ""  # "over the next 100,000 years": beyond any calendar date
        if not ref.date:
            return f"{iso(ref.year)}/{iso(ref.year + years)}"
        day = ref.date.day if (ref.date.month, ref.date.day) != (2, 29) else 28
        return f"{ref.date.isoformat()}/{dt.date(ref.year + years, ref.date.month, day).isoformat()}"
    if not ref.date:
        return ""
    if unit.startswith("month"):
        year, month = shift_months(ref.year, ref.month, n)
        return f"{ref.date.isoformat()}/{iso(year, month, min(ref.date.day, calendar.monthrange(year, month)[1]))}"
    end = ref.date + dt.timedelta(days=n * (7 if unit.startswith("week") else 1))
    return f"{ref.date.isoformat()}/{end.isoformat()}"


def season_relative(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A season, maybe last, this or next one, nearest the reference month.

    >>> explain("last summer", Reference(2022, 10, 26)), explain("Winter", Reference(2013, 10, 9))
    (('season_relative', '2022-06/2022-09'), ('season_relative', '2013-12/2014-03'))
    """
    step = load_date_words().relative[m["rel"]] if m["rel"] else None
    return nearest_season(m["season"], ref, step if step else None)


def vague_past(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A vague time before publication ("a few months ago", "recent years"): open at the start.

    >>> explain("A few months ago", Reference(2012, 3, 15)), explain("recent years", Reference(2006, 7, 4))
    (('vague_past', '/2012-03'), ('vague_past', '/2006-07-04'))
    """
    unit = m["u1"] or m["u2"] or m["u3"]
    return "/" + (iso(ref.year, ref.month) if unit == "months" or not ref.date else ref.date.isoformat())


def holiday_nearest(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A holiday without a year, in the year of the reference (the nearest one to a known day).

    >>> explain("Christmas", Reference(2021, 1, 3)), explain("last Easter", Reference(2024, 5, 1))
    (('holiday_nearest', '2020-12-25'), ('holiday_nearest', '2024-03-31'))
    """
    return nearest_holiday(m["holiday"], ref)


def time_of_writing(m: Groups, ref: Reference | None, part: str | None) -> str:
    """The time the text was written ("at the time of writing", "at press time"): its publication day.

    >>> explain("at the time of writing", Reference(2018, 3, 5)), explain("press time", Reference(2020, 1, 2))
    (('time_of_writing', '2018-03-05'), ('time_of_writing', '2020-01-02'))
    """
    return ref.date.isoformat()


def day_relative(m: Groups, ref: Reference | None, part: str | None) -> str:
    """Days, weeks and weekdays relative to the publication day ("yesterday", "last week", "Monday").

    >>> explain("yesterday", Reference(2018, 6, 18)), explain("Tuesday", Reference(2017, 7, 20))
    (('day_relative', '2018-06-17'), ('day_relative', '2017-07-18'))
    """
    return relative_day(m["text"], ref.date)


def edge_of_month(m: Groups, ref: Reference | None, part: str | None) -> str:
    """The end, beginning or middle of this, last or next month ("before the end of the month").

    >>> explain("the end of the month", Reference(1944, 3, 14))
    ('edge_of_month', '1944-03-15/1944-03-31')
    >>> explain("the start of next month", Reference(2024, 12, 2))
    ('edge_of_month', '2025-01-01/2025-01-15')
    """
    if not ref.month:
        return ""
    step = load_date_words().relative.get(m["rel"] or "this", 0)
    year, month = divmod(ref.year * 12 + ref.month - 1 + step, 12)
    return month_part(year, month + 1, EDGE_PARTS[m["edge"]])


def years_ago_this(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A count of years back to this month, or to a month named ("Fifty years ago this month", "Four years ago
    this August").

    >>> explain("Fifty years ago this month", Reference(2024, 10, 18))
    ('years_ago_this', '1974-10')
    >>> explain("four years ago this August", Reference(2019, 6, 2))
    ('years_ago_this', '2015-08')
    """
    month = month_of(m) if m.get("month") else ref.month
    n = number(m["n"])
    if month is None or n is None:
        return ""
    return iso(ref.year - n, month)


def rest_of_unit(m: Groups, ref: Reference | None, part: str | None) -> str:
    """From the day of writing to the end of its day, week, weekend, month or year ("for the rest of the
    weekend", "the remainder of the year").

    >>> explain("the rest of the weekend", Reference(2025, 1, 18))
    ('rest_of_unit', '2025-01-18/2025-01-19')
    >>> explain("the remainder of the year", Reference(2024, 5, 14))
    ('rest_of_unit', '2024-05-14/2024-12-31')
    """
    day = ref.date
    unit = m["unit"]
    if unit == "day":
        return day.isoformat()
    if unit in ("week", "weekend"):
        sunday = day + dt.timedelta(days=6 - day.weekday())
        start = day if unit == "week" or day.weekday() >= 5 else sunday - dt.timedelta(days=1)
        end = sunday
    elif unit == "month":
        end = dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
        start = day
    else:
        start, end = day, dt.date(day.year, 12, 31)
    return start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"


# "earlier this week", "later this year": the part of the current unit before or after the reference day.
SO_FAR = re.compile(r"(?P<dir>earlier|later) (?:in )?this (?P<unit>week|month|year)", re.I)


def so_far_this(text: str, ref: Reference | None) -> str | None:
    """The days of the current week, month or year before ("earlier this week") or after ("later this year")
    the reference day; '' without a day to count from or with no such day (earlier this week on a Monday); None
    for any other text.

    >>> ref = Reference(2024, 11, 28)
    >>> so_far_this("earlier this week", ref), so_far_this("later this year", ref), so_far_this("this week", ref)
    ('2024-11-25/2024-11-27', '2024-11-29/2024-12-31', None)
    >>> so_far_this("earlier this week", Reference(2024, 11, 25)), so_far_this("later this year", None)
    ('', '')
    """
    m = SO_FAR.fullmatch(text.strip())
    day = ref.date if ref is not None else None
    if m is None:
        return None
    if day is None:
        return ""
    unit = m["unit"].lower()
    start = day - dt.timedelta(days=day.weekday()) if unit == "week" else day.replace(day=1) if unit == "month" \
        else day.replace(month=1, day=1)
    end = start + dt.timedelta(days=6) if unit == "week" else day.replace(
        day=calendar.monthrange(day.year, day.month)[1]) if unit == "month" else day.replace(month=12, day=31)
    first, last = (start, day - dt.timedelta(days=1)) if m["dir"].lower() == "earlier" else (
        day + dt.timedelta(days=1), end)
    return "" if last < first else first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
