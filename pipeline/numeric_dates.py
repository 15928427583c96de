"""A header's date written in figures ("02/18/26", "18/02/2026 8:00 AM ET"), read only when one reading is a day."""

from __future__ import annotations

import datetime as dt
import re

NUMERIC_DATE = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])")


def numeric_date(line: str) -> str:
    """The ISO day of a date written in figures in a header line, when only one reading is a day: "02/18/26" is
    18 February 2026 (month first), "18/02/2026" the same (day first); "03/04/26" is either: ''.

    >>> numeric_date("BY HANNAH OKAFOR, OPINION CONTRIBUTOR - 02/18/26 8:00 AM ET"), numeric_date("18/02/2026")
    ('2026-02-18', '2026-02-18')
    >>> numeric_date("03/04/26"), numeric_date("No date here")
    ('', '')
    """
    m = NUMERIC_DATE.search(line)
    if m is None:
        return ""
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    year = y if y >= 100 else 2000 + y if y < 70 else 1900 + y
    if a > 12 >= b >= 1:
        month, day = b, a
    elif b > 12 >= a >= 1:
        month, day = a, b
    else:
        return ""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def numeric_date_line(line: str) -> bool:
    """Whether a line is a date in figures alone, with its time or not ("03/04/26", "02/18/2026 8:00 AM ET").

    >>> numeric_date_line("03/04/26"), numeric_date_line("02/18/2026 8:00 AM ET"), numeric_date_line("3/4 of voters")
    (True, True, False)
    """
    return bool(NUMERIC_DATE_LINE.fullmatch(line.strip()))


NUMERIC_DATE_LINE = re.compile(r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})"
                               r"(?:\s+\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?(?:\s+[A-Z]{2,4})?)?")
