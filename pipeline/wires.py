"""A wire service's dateline opening a story's lead ("TOLEDO, Ohio —", "LONDON, Sept 9 (Reuters) -"): where it
ends, and the date it gives."""

from __future__ import annotations

import re

from .datelines import date_line, month_day, the_date

# A place in capitals, then a region or a date, or the agency, then a dash ("TOLEDO, Ohio —", "BRASSWICK, Wednesday,
# June 11, 2025 (Meridian Wire) -", "LONDON (Reuters) -"), a colon after a day ("KARACHI, Feb 6:"), or a date between
# dashes ("WASHINGTON – March 3, 2025 –").
WIRE_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,3})(?:,\s*(?P<rest>[^()—–\n]{2,48}?))?"
                           r"\s*(?:\((?P<agency>[^)]{2,40})\)|/(?P<wire>[^/\s][^/]{1,39})/)?\s*(?P<end>—|–|--?|:)\s+"
                           r"(?:(?P<dashed>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})"
                           r" ?(?:—|–|--?)\s+)?(?=\S)")
# Capitals before a day and a colon that are a live blog's or a correction's label, not a place ("UPDATE, March 3:").
NOT_PLACES = frozenset({"UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE",
                        "BREAKING", "LATEST"})


def lead_dateline(line: str) -> re.Match | None:
    """The wire dateline a lead paragraph opens with: a place with a region, a date or an agency before its dash,
    or a place of four letters or more before a long dash and a capital; a colon only after a day.

    >>> lead_dateline("MUMBAI — Bharti Airtel said on Monday ...").end(), lead_dateline("UPDATE, March 3: The road")
    (9, None)
    >>> lead_dateline("LONDON, Sept 9 (Reuters) - Shares fell.")["agency"]
    'Reuters'
    """
    m = WIRE_DATELINE.match(line)
    if m is None or m["end"] == ":" and not (month_day((m["rest"] or "").split(",")[-1].strip())
                                             and m["place"] not in NOT_PLACES):
        return None
    long_dash = len(m["place"]) >= 4 and m.group(0).rstrip().endswith(("—", "–", "--")) and line[m.end():][:1].isupper()
    return m if m["rest"] or m["agency"] or m["wire"] or m["dashed"] or long_dash else None


def dateline_date(m: re.Match, header_year: str = "") -> str:
    """The date a wire dateline gives: a full date, or a day without its year with the year of a credit line above
    it (`header_year`), else the day alone; '' for none.

    >>> dateline_date(lead_dateline("LONDON, Sept 9 (Reuters) - Shares fell."), "2014")
    'Sept 9 2014'
    """
    date = next((d for d in (m["rest"], (m["rest"] or "").split(",", 1)[-1], m["agency"], m["dashed"])
                 if d and date_line(d)), "")
    if date:
        return the_date(date)
    day = (m["rest"] or "").split(",")[-1].strip()
    return (f"{day} {header_year}" if header_year else day) if m["rest"] and month_day(day) else ""
