"""The word lists of the date rules, read once from `models/dates.toml` and checked on load.

Every entry is checked: a malformed value (a thirteenth month, a holiday on February 30, a named
period that is not an ISO interval) or a word listed twice (in one list, or as two kinds of name)
raises `RuleFileError` naming the file and the line.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..resources import models_dir
from .lexicon import RuleFileError

DATE_WORDS_FILE = "dates.toml"
PART_NAMES = ("early", "mid", "late")
PART_SCALES = ("month", "decade", "century", "year")
# Tables whose keys are names a date may be: one name must not be two kinds of date.
NAME_TABLES = ("months", "weekdays", "seasons", "decades", "holidays", "easter_holidays", "weekday_holidays",
               "periods")
ISO_POINT = re.compile(r"-?\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass(frozen=True)
class DateWords:
    """The word lists, each a mapping or a set of lower-case words."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    decades: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    relative: dict[str, int]
    parts: dict[str, dict[str, tuple[int, int]]]  # scale -> part -> (first, last)
    part_words: dict[str, str]
    eras: dict[str, int]
    holidays: dict[str, tuple[int, int]]
    easter_holidays: dict[str, int]
    weekday_holidays: dict[str, tuple[int, int, int, int]]
    periods: dict[str, str]
    modifiers: frozenset[str]
    prepositions: frozenset[str]
    open_start: frozenset[str]
    fillers: frozenset[str]
    time_of_day: frozenset[str]
    future_auxiliaries: frozenset[str]
    scheduled: frozenset[str]
    rescheduled: frozenset[str]
    requested: frozenset[str]
    intended: frozenset[str]
    capitalised_holidays: frozenset[str]
    generic_modals: frozenset[str]


def alternation(words: Any) -> str:
    """A regex alternation of words, longest first so that "september" wins over "sep".

    >>> alternation(["sep", "september", "a.d."])
    '(?:september|a\\\\.d\\\\.|sep)'
    """
    return _alternation(frozenset(words))


@lru_cache(maxsize=256)
def _alternation(words: frozenset[str]) -> str:
    # Built once per word list: date expressions are cleaned with these thousands of times a run.
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


def line_of(path: Path, table: str, word: str, nth: int = 1) -> int:
    """The line of the nth listing of `word` in `[table]` (as a key or a quoted list item); 0 if not found."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return 0
    inside, seen = False, 0
    key = re.compile(rf'^\s*(?:"{re.escape(word)}"|{re.escape(word)})\s*=|"{re.escape(word)}"\s*[,\]]')
    for i, ln in enumerate(lines, 1):
        header = re.match(r"\s*\[([^\]]+)\]", ln)
        if header:
            inside = header.group(1).strip() == table
            continue
        if inside and key.search(ln):
            seen += 1
            if seen == nth:
                return i
    return 0


class _Checker:
    """Reads one table after another, raising RuleFileError at the first bad entry."""

    def __init__(self, data: dict, path: Path) -> None:
        self.data, self.path = data, path

    def fail(self, table: str, word: str, message: str, nth: int = 1) -> None:
        raise RuleFileError(f"{self.path}:{line_of(self.path, table, word, nth)}: [{table}] '{word}': {message}")

    def table(self, name: str) -> dict[str, Any]:
        value = self.data.get(name, {})
        if not isinstance(value, dict):
            raise RuleFileError(f"{self.path}:{line_of(self.path, name, name)}: [{name}] must be a table")
        for key in value:
            if key != key.strip().lower() or not key.strip():
                self.fail(name, key, "write names in lower case, without spaces around them")
        return value

    def ints(self, name: str, low: int, high: int) -> dict[str, int]:
        out = {}
        for key, v in self.table(name).items():
            if not isinstance(v, int) or isinstance(v, bool) or not low <= v <= high:
                self.fail(name, key, f"expected a whole number from {low} to {high}, got {v!r}")
            out[key] = v
        return out

    def pairs(self, name: str, low: int, high: int, table: dict | None = None) -> dict[str, tuple[int, int]]:
        out = {}
        for key, v in (self.table(name) if table is None else table).items():
            if not (isinstance(v, list) and len(v) == 2 and all(isinstance(x, int) and low <= x <= high for x in v)):
                self.fail(name, key, f"expected [first, last], numbers from {low} to {high}, got {v!r}")
            out[key] = (v[0], v[1])
        return out

    def words(self, name: str, field: str = "words") -> frozenset[str]:
        items = self.table(name).get(field, [])
        if not isinstance(items, list) or not all(isinstance(w, str) and w.strip() for w in items):
            raise RuleFileError(f"{self.path}:{line_of(self.path, name, field)}: [{name}] {field} must be a list "
                                "of words")
        seen: set[str] = set()
        for w in items:
            if w.lower() in seen:
                self.fail(name, w, "listed twice", nth=2)
            seen.add(w.lower())
        return frozenset(seen)


def _holiday(checker: _Checker, key: str, v: Any) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{2})-(\d{2})", v) if isinstance(v, str) else None
    try:
        if m:
            dt.date(2000, int(m[1]), int(m[2]))
            return int(m[1]), int(m[2])
    except ValueError:
        pass
    checker.fail("holidays", key, f"expected a day of the year as \"MM-DD\", got {v!r}")
    raise AssertionError  # fail() always raises


def _period(checker: _Checker, key: str, v: Any) -> str:
    ends = v.split("/") if isinstance(v, str) else []
    if len(ends) != 2 or not all(ISO_POINT.fullmatch(e) for e in ends) or ends[0] > ends[1]:
        checker.fail("periods", key, f"expected an ISO interval \"start/end\", got {v!r}")
    return v


def read_date_words(path: Path) -> DateWords:
    """Parse and check one date word file."""
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        line = re.search(r"line (\d+)", str(e))
        raise RuleFileError(f"{path}:{line.group(1) if line else 0}: {e}") from e
    c = _Checker(data, path)
    parts_table = c.table("parts")
    parts: dict[str, dict[str, tuple[int, int]]] = {}
    for scale in PART_SCALES:
        given = parts_table.get(scale, {})
        if not isinstance(given, dict) or set(given) != set(PART_NAMES):
            c.fail("parts", scale, f"expected {scale}.early, {scale}.mid and {scale}.late")
        parts[scale] = c.pairs("parts", 0, 99, given)
    part_words = c.table("part_words")
    for key, v in part_words.items():
        if v not in PART_NAMES:
            c.fail("part_words", key, f"expected one of {', '.join(PART_NAMES)}, got {v!r}")
    weekday_holidays = {}
    for key, v in c.table("weekday_holidays").items():
        if not (isinstance(v, list) and len(v) in (3, 4) and all(isinstance(x, int) for x in v)
                and 1 <= v[0] <= 12 and 0 <= v[1] <= 6 and v[2] in (-1, 1, 2, 3, 4, 5)):
            c.fail("weekday_holidays", key, f"expected [month, weekday (Monday 0), n (-1 the last), days after "
                                            f"(optional)], got {v!r}")
        weekday_holidays[key] = (v[0], v[1], v[2], v[3] if len(v) == 4 else 0)
    owner: dict[str, str] = {}
    for table in NAME_TABLES:
        for key in c.table(table):
            if key in owner:
                c.fail(table, key, f"already listed in [{owner[key]}] at line "
                                   f"{line_of(path, owner[key], key)}; a name is one kind of date")
            owner[key] = table
    return DateWords(
        months=c.ints("months", 1, 12), weekdays=c.ints("weekdays", 0, 6), numbers=c.ints("numbers", 0, 1000),
        ordinals=c.ints("ordinals", 1, 99), decades=c.ints("decades", 0, 9), seasons=c.pairs("seasons", 1, 12),
        relative=c.ints("relative", -1, 1), parts=parts, part_words=dict(part_words), eras=c.ints("eras", -1, 1),
        holidays={k: _holiday(c, k, v) for k, v in c.table("holidays").items()},
        easter_holidays=c.ints("easter_holidays", -70, 70), weekday_holidays=weekday_holidays,
        periods={k: _period(c, k, v) for k, v in c.table("periods").items()},
        modifiers=c.words("modifiers"), prepositions=c.words("prepositions"), open_start=c.words("open_start"),
        fillers=c.words("fillers"), time_of_day=c.words("time_of_day"),
        future_auxiliaries=c.words("future", "auxiliaries"), scheduled=c.words("future", "scheduled"),
        rescheduled=c.words("future", "rescheduled"), requested=c.words("future", "requested"),
        intended=c.words("future", "intended"), capitalised_holidays=c.words("capitalised", "holidays"),
        generic_modals=c.words("generic", "modals"),
    )


@lru_cache(maxsize=8)
def load_date_words(models: str | None = None) -> DateWords:
    """The checked word lists of `models/dates.toml` (or of another models folder)."""
    return read_date_words(models_dir(models) / DATE_WORDS_FILE)
