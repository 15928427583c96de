"""The resolvers of the date rules (`date_rules.RULES`): small pure functions from the groups a rule's
pattern matched, the reference date and the part written before ("early", "mid", "late") to an ISO 8601
value at the precision written ('' when it cannot be known). Examples run through the whole table.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .date_calendar import (
    Reference,
    century,
    decade,
    holiday,
    iso,
    month_part,
    nearest_year,
    relative_day,
    season,
    span,
)
from .date_words import load_date_words

Groups = dict[str, str | None]  # a pattern's named groups; "day_" alternatives already merged into "day"


def explain(text: str, ref: Reference | None = None) -> tuple[str, str]:
    """The rule that reads a date expression, and its value (`date_rules.explain`)."""
    from .date_rules import explain as run
    return run(text, ref)


def number(word: str) -> int | None:
    """A count written in digits or words.

    >>> number("5,000"), number("twelve"), number("a couple of"), number("many"), number("thirty-one")
    (5000, 12, 2, None, 31)
    >>> number("two hundred"), number("a thousand")
    (200, 1000)
    """
    word = word.replace(",", "")
    if word.isdigit():
        return int(word)
    numbers = load_date_words().numbers
    tens, _, units = word.partition("-")
    if units and numbers.get(tens, 0) >= 20 and numbers.get(tens, 0) % 10 == 0 and 0 < numbers.get(units, 0) < 10:
        return numbers[tens] + numbers[units]  # "thirty-one"
    many, _, scale = word.rpartition(" ")
    if scale in ("hundred", "thousand") and 1 < numbers.get(many, 0) < 10:
        return numbers[many] * (100 if scale == "hundred" else 1000)  # "two hundred"
    return numbers.get(word)


def ordinal(word: str) -> int:
    """The number of an ordinal ("19th", "twentieth")."""
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else load_date_words().ordinals[word]


def month_of(m: Groups, group: str = "month") -> int:
    return load_date_words().months[m[group]]


def era_sign(text: str | None) -> int:
    return load_date_words().eras.get((text or "").strip(), 1)




def day_range_year(m: Groups, ref: Reference | None, part: str | None) -> str:
    """Two days of one month, with the year written or taken from the reference; year-less without either.

    >>> explain("December 3 and 4, 2016"), explain("5-6 September 2019")
    (('day_range_year', '2016-12-03/2016-12-04'), ('day_range', '2019-09-05/2019-09-06'))
    >>> explain("25 and 26 March")
    ('day_range', '--03-25/--03-26')
    >>> explain("9-10 June", Reference(2019, 6, 1))
    ('day_range', '2019-06-09/2019-06-10')
    """
    mo, d1, d2 = month_of(m), int(m["d1"]), int(m["d2"])
    if m["year"]:
        return span(iso(int(m["year"]), mo, d1), iso(int(m["year"]), mo, d2))
    if ref:
        year = nearest_year(mo, ref)
        return span(iso(year, mo, d1), iso(year, mo, d2))
    return f"--{mo:02d}-{d1:02d}/--{mo:02d}-{d2:02d}" if d1 < d2 else ""


def month_range_year(m: Groups, ref: Reference | None, part: str | None) -> str:
    """Two months of one year ("January-June 2016", "between May and June in 1981").

    >>> explain("January-june 2016"), explain("between May and June in 1981")
    (('month_range_year', '2016-01/2016-06'), ('month_range_year', '1981-05/1981-06'))
    """
    year = int(m["year"])
    return span(iso(year, month_of(m)), iso(year, month_of(m, "month2")))


def year_range(m: Groups, ref: Reference | None, part: str | None) -> str:
    """Two years, the second maybe written with its last two digits ("2019-20", "1776-77").

    >>> explain("2004 to 2009"), explain("fiscal 2019-20"), explain("1998-2001")
    (('year_range', '2004/2009'), ('year_range', '2019/2020'), ('year_range', '1998/2001'))
    """
    a, b = m["a"], m["b"]
    if len(b) == 2:  # a fiscal or season year: the next year only ("1892-94" is two dates)
        b = a[:-2] + b
        if int(b) != int(a) + 1:
            return ""
    return span(iso(int(a)), iso(int(b))) if int(b) > int(a) else ""


def season_of_years(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A season across two years ("the winter of 1776-77"), or of one year ("summer 2012").

    >>> explain("the winter of 1776-77"), explain("summer of 2012")
    (('season_year', '1776-12/1777-03'), ('season_year', '2012-06/2012-09'))
    """
    year = m["b"] or m["a"]
    if len(year) < len(m["a"]):
        year = m["a"][: len(m["a"]) - len(year)] + year
    return season(m["season"], int(year))


def decade_digits(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A decade written "1980s" or "1980's"; hundreds ("the 1600s") before 2000 are a century.

    >>> explain("the 1980s"), explain("the early 1990s"), explain("the 1600s"), explain("the later 1800s")
    (('decade', '1980/1989'), ('decade', '1990/1994'), ('decade', '1600/1699'), ('decade', '1875/1899'))
    """
    start = int(m["dec"])
    if start % 100 == 0 and start < 2000:
        return century(start // 100 + 1, part)
    return decade(start, part)


def decade_short(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A decade written with two digits ("’70s", "the '60's", "the 20s"): of the 1900s, of the 2000s for
    00 and 10.

    >>> explain("’70s"), explain("the '60's"), explain("the 20s")
    (('decade_short', '1970/1979'), ('decade_short', '1960/1969'), ('decade_short', '1920/1929'))
    """
    digit = int(m["d"])
    return decade((2000 if digit <= 1 else 1900) + digit * 10, part)


def decade_word(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A decade named in words ("the sixties"), of the 1900s.

    >>> explain("the late sixties")
    ('decade_word', '1966/1969')
    """
    return decade(1900 + load_date_words().decades[m["w"]] * 10, part)


def century_range(m: Groups, ref: Reference | None, part: str | None) -> str:
    """From one century to another ("the 15th to the 19th century").

    >>> explain("the 15th to the 19th century")
    ('century_range', '1400/1899')
    """
    return f"{century(ordinal(m['c'])).split('/')[0]}/{century(ordinal(m['c2'])).split('/')[1]}"


def century_named(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A century by its ordinal, in digits or words, maybe BC ("17th-century", "the twentieth century").

    >>> explain("17th-century"), explain("the late twentieth century"), explain("the 7th century BC")
    (('century', '1600/1699'), ('century', '1975/1999'), ('century', '-0699/-0600'))
    """
    return century(ordinal(m["c"]), part, era_sign(m["era"]))


def era_year(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A year with its era; ISO 8601 counts 1 BC as year 0000, so 300 BC is -0299.

    >>> explain("300 BC"), explain("AD842"), explain("347 AD"), explain("776 BCE")
    (('era_year', '-0299'), ('era_year', '0842'), ('era_year', '0347'), ('era_year', '-0775'))
    """
    year, sign = int(m["year"]), era_sign(m["era1"] or m["era2"])
    return iso(year if sign > 0 else 1 - year) if year else ""


def day_month_year(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A day of a month of a year, in either order ("March 3, 2019", "3rd of March 2019", "8 May 2006").

    >>> explain("Thursday, May 30th, 2019"), explain("17 March 1782"), explain("30 September 420")
    (('day_month_year', '2019-05-30'), ('day_month_year', '1782-03-17'), ('day_month_year', '0420-09-30'))
    """
    return iso(int(m["year"]), month_of(m), int(m["day"]))


def month_year(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A month of a year, or its early, mid or late part ("late September 2013", "December of 384").

    >>> explain("November 2014"), explain("late September 2013"), explain("December of 384")
    (('month_year', '2014-11'), ('month_year', '2013-09-15/2013-09-30'), ('month_year', '0384-12'))
    """
    return month_part(int(m["year"]), month_of(m), part)


def year_alone(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A year on its own, or its early, mid or late months; any number after "the year" ("the year 71").

    >>> explain("2003's"), explain("the year 71"), explain("366"), explain("early 2024"), explain("the end of 2025")
    (('year', '2003'), ('year', '0071'), ('year', '0366'), ('year', '2024-01/2024-04'), ('year', '2025-09/2025-12'))
    """
    year = int(m["year"])
    if part is None:
        return iso(year)
    a, b = load_date_words().parts["year"][part]
    return f"{iso(year, a)}/{iso(year, b)}"


def holiday_year(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A holiday of a written year ("Ash Wednesday 1969", "Christmas of 2020").

    >>> explain("Ash Wednesday 1969"), explain("Christmas of 2020")
    (('holiday_year', '1969-02-19'), ('holiday_year', '2020-12-25'))
    """
    return holiday(m["holiday"], int(m["year"]))


def habitual_season(m: Groups, ref: Reference | None, part: str | None) -> str:
    """Seasons in the plural ("hot summers") or a season's months: every year's, so year-less.

    >>> explain("summers"), explain("the winter months", Reference(2015, 5, 1))
    (('habitual_season', '--06/--09'), ('habitual_season', '--12/--03'))
    """
    return season(m["season"], None)


def year_to_present(m: Groups, ref: Reference | None, part: str | None) -> str:
    """From a year to the present ("2013 – present"): open at the end, whatever the publication date.

    >>> explain("2013 – present"), explain("since 2005")
    (('year_to_present', '2013/'), ('year', '2005'))
    """
    return iso(int(m["year"])) + "/"


def named_period(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A named period with one accepted span ("World War II", "the Crusades").

    >>> explain("World War II"), explain("WWII")
    (('named_period', '1939-09-01/1945-09-02'), ('named_period', '1939-09-01/1945-09-02'))
    """
    periods = load_date_words().periods
    return periods.get(m["period"]) or periods["the " + m["period"]]


def yearless(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A month, a day of a month, a fixed holiday or a season with no year and no reference: year-less, so
    a day number is never read as a year ("May 30" is --05-30, never 1930-05).

    >>> explain("May 30"), explain("Sept 29th"), explain("late April")
    (('yearless', '--05-30'), ('yearless', '--09-29'), ('yearless', '--04-15/--04-30'))
    >>> explain("Christmas"), explain("summer")
    (('yearless', '--12-25'), ('yearless', '--06/--09'))
    """
    words = load_date_words()
    if m["season"]:
        return season(m["season"], None)
    if m["holiday"]:
        fixed = words.holidays.get(m["holiday"])
        return f"--{fixed[0]:02d}-{fixed[1]:02d}" if fixed else ""
    mo = month_of(m)
    if m["day"]:
        return f"--{mo:02d}-{int(m['day']):02d}" if iso(2000, mo, int(m["day"])) else ""
    return month_part(None, mo, part)


def day_month_relative_year(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A day of a month, or a month, of this, last or next year ("August 7, this year", "April last year").

    >>> explain("August 7, this year", Reference(2018)), explain("April of last year", Reference(2018))
    (('day_month_relative_year', '2018-08-07'), ('day_month_relative_year', '2017-04'))
    """
    year = ref.year + load_date_words().relative[m["rel"]]
    return iso(year, month_of(m), int(m["day"])) if m.get("day") else month_part(year, month_of(m), part)


# Quarters and halves of a year: their first and last months.
QUARTERS = {"1": (1, 3), "2": (4, 6), "3": (7, 9), "4": (10, 12)}
HALVES = {"1": (1, 6), "2": (7, 12)}
PART_NUMBERS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "1st": "1", "2nd": "2", "3rd": "3",
                "4th": "4", "final": "4", "last": "4"}


def quarter_or_half(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A quarter or a half of a year, written "Q3 2023", "the third quarter of 2023", "H1 2024", "the first half
    of 2024"; "Q2" and "H1" without a year, of the document's year.

    >>> explain("Q3 2023"), explain("the first half of 2024"), explain("H2 2019")
    (('quarter_year', '2023-07/2023-09'), ('quarter_year', '2024-01/2024-06'), ('quarter_year', '2019-07/2019-12'))
    >>> explain("Q2", Reference(2023)), explain("the third quarter", Reference(2023, 10, 16))
    (('quarter', '2023-04/2023-06'), ('dateparser', ''))
    """
    year = int(m["year"]) if m.get("year") else (ref.year if ref is not None else None)
    if year is None:
        return ""
    which = m.get("q") or PART_NUMBERS.get(m.get("qw") or "")
    first, last = QUARTERS[which] if which else HALVES[m.get("h") or PART_NUMBERS[m["hw"]]]
    return f"{iso(year, first)}/{iso(year, last)}"


def quarter_relative_year(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A quarter or a half of this, last or next year ("the first quarter of next year").

    >>> explain("the first quarter of next year", Reference(2024, 5, 14))
    ('quarter_relative_year', '2025-01/2025-03')
    >>> explain("the second half of last year", Reference(2024, 5, 14))
    ('quarter_relative_year', '2023-07/2023-12')
    """
    year = ref.year + load_date_words().relative[m["rel"]]
    return quarter_or_half({**m, "year": str(year)}, ref, part)


def season_short_year(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A season of a year written with two digits ("the summer of '69"): the latest such year not after the
    text's own, or one at most two years ahead ("the summer of '25", in 2024).

    >>> explain("the summer of '69", Reference(2024, 10, 18)), explain("the winter of '04", Reference(2024))
    (('season_short_year', '1969-06/1969-09'), ('season_short_year', '2003-12/2004-03'))
    """
    year = ref.year - (ref.year - int(m["yy"])) % 100
    if year + 100 - ref.year <= 2:
        year += 100  # "the summer of '25", written in 2024: the next one
    return season(m["season"], year)


def decade_word_century(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A decade named in words with its century ("the nineteen-sixties", "the eighteen nineties").

    >>> explain("the nineteen-sixties"), explain("the early eighteen-nineties")
    (('decade_word_century', '1960/1969'), ('decade_word_century', '1890/1894'))
    """
    hundreds = {"seventeen": 1700, "eighteen": 1800, "nineteen": 1900}[m["cent"]]
    return decade(hundreds + load_date_words().decades[m["w"]] * 10, part)


# Which week of a month, by its first day ("the last week of August" starts seven days before the month's end).
WEEK_OF_MONTH = {"first": 0, "second": 7, "third": 14, "fourth": 21}


def week_of_month(m: Groups, ref: Reference | None, part: str | None) -> str:
    """A week of a month: its first seven days, the next seven, ..., or its last seven ("the first week of
    August", "the last week of March 2024"), in the year written or the one nearest the reference; or a weekend,
    its first, second ... or last Saturday and the Sunday after.

    >>> explain("the first week of August", Reference(2025, 7, 13))
    ('week_of_month', '2025-08-01/2025-08-07')
    >>> explain("the last week of February 2024"), explain("the last weekend of September 2024")
    (('week_of_month', '2024-02-23/2024-02-29'), ('week_of_month', '2024-09-28/2024-09-29'))
    >>> explain("the week of April 8", Reference(2024, 3, 13))  # the week, Monday to Sunday, with that day
    ('week_of_month', '2024-04-08/2024-04-14')
    """
    dated = m.get("month2") is not None
    mo = month_of(m, "month2" if dated else "month")
    written = m.get("year2") if dated else m["year"]
    year = int(written) if written else nearest_year(mo, ref) if ref is not None else None
    if year is None:
        return ""
    if dated:
        monday = dt.date(year, mo, int(m["day"])) - dt.timedelta(days=dt.date(year, mo, int(m["day"])).weekday())
        return span(monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat())
    if m.get("unit") == "weekend":
        saturdays = [d for d in range(1, calendar.monthrange(year, mo)[1] + 1) if dt.date(year, mo, d).weekday() == 5]
        sat = dt.date(year, mo, saturdays[-1] if m["nth"] in ("last", "final") else saturdays[WEEK_OF_MONTH[m["nth"]]
                                                                                                 // 7])
        return span(sat.isoformat(), (sat + dt.timedelta(days=1)).isoformat())
    first = calendar.monthrange(year, mo)[1] - 6 if m["nth"] in ("last", "final") else WEEK_OF_MONTH[m["nth"]] + 1
    return span(iso(year, mo, first), iso(year, mo, first + 6))


def edge_of_week(m: Groups, ref: Reference | None, part: str | None) -> str:
    """The end (Friday to Sunday) or the start (Monday to Wednesday) of this, last or next week ("by the end of
    next week").

    >>> explain("the end of next week", Reference(2026, 3, 9))
    ('edge_of_week', '2026-03-20/2026-03-22')
    >>> explain("the start of the week", Reference(2026, 3, 12))
    ('edge_of_week', '2026-03-09/2026-03-11')
    """
    if ref is None or ref.date is None:
        return ""
    monday = dt.date.fromisoformat(relative_day(f"{m['rel'] or 'this'} week", ref.date)[:10])
    first, last = (4, 6) if m["edge"] == "end" else (0, 2)
    return span((monday + dt.timedelta(days=first)).isoformat(), (monday + dt.timedelta(days=last)).isoformat())
