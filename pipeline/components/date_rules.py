"""The date rules: one table of (pattern, resolver), tried in order on a cleaned date expression.

A pattern is a regular expression matched against the whole lower-cased expression, with the word lists of
`models/dates.toml` filled in (`%(month)s`, `%(season)s`, ...); its resolver (`date_resolvers.py`) turns
the groups into an ISO 8601 value, given the reference date and the part ("early", "mid", "late") written
before. `needs` says what a rule needs of the reference: "none" (read only without one), "" (anything),
its year or its day. An anaphoric rule ("that year", "two years later") is read against the time the
narrative is at when the document gives one. dateparser reads the ordinary forms no rule matched.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .date_calendar import Reference, iso
from .date_relative import (
    EDGE_PARTS,
    day_month_relative,
    day_of_month_word,
    day_relative,
    day_shift,
    edge_of_month,
    end_of_year,
    holiday_nearest,
    month_nearest,
    month_relative,
    next_units,
    past_units,
    relative_unit,
    rest_of_unit,
    same_year,
    season_relative,
    that_month,
    this_decade,
    time_of_writing,
    units_ago,
    units_later,
    vague_past,
    years_ago_this,
)
from .date_resolvers import (
    Groups,
    century_named,
    century_range,
    day_month_relative_year,
    day_month_year,
    day_range_year,
    decade_digits,
    decade_short,
    decade_word,
    decade_word_century,
    edge_of_week,
    era_year,
    habitual_season,
    holiday_year,
    month_range_year,
    month_year,
    named_period,
    quarter_or_half,
    quarter_relative_year,
    season_of_years,
    season_short_year,
    week_of_month,
    year_alone,
    year_range,
    year_to_present,
    yearless,
)
from .date_words import alternation, load_date_words

TH = r"(?:st|nd|rd|th)?"  # "3rd", "29th"


@dataclass(frozen=True)
class Rule:
    """One construction: its name, pattern and resolver, what it needs of the reference, and whether it
    refers to the narrative's own time rather than to publication."""

    name: str
    pattern: str
    resolve: object  # (Groups, Reference | None, part) -> str
    needs: str = ""
    anaphoric: bool = False


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    """The word-list alternations the patterns are written with."""
    w = load_date_words()
    holidays = {*w.holidays, *w.easter_holidays, *w.weekday_holidays}
    periods = {*w.periods, *(p.removeprefix("the ") for p in w.periods)}  # "the" is cleaned off first
    ordinal = rf"\d{{1,2}}(?:st|nd|rd|th)|{alternation(w.ordinals)}"
    return {
        "month": rf"(?P<month>{alternation(w.months)})\.?", "month2": rf"(?P<month2>{alternation(w.months)})\.?",
        "weekday": rf"(?P<wd>{alternation(w.weekdays)})", "season": rf"(?P<season>{alternation(w.seasons)})",
        "count": rf"(?P<n>[\d,]+|{alternation(w.numbers)}(?:-{alternation(w.numbers)}| hundred| thousand)?)",
        "holiday": rf"(?P<holiday>{alternation(holidays)})",
        "period": rf"(?P<period>{alternation(periods)})", "decade_word": rf"(?P<w>{alternation(w.decades)})",
        "ordinal": rf"(?P<c>{ordinal})", "ordinal2": rf"(?P<c2>{ordinal})", "era": alternation(w.eras),
        "rel": rf"(?P<rel>{alternation(w.relative)})", "time_of_day": alternation(w.time_of_day),
    }


Y4 = r"(?P<year>\d{3,4})"
UNIT_LATER = r"(?P<unit>years?|months?|decades?)"
QUARTER = (r"(?:q(?P<q>[1-4])|h(?P<h>[12])|(?:the )?(?P<qw>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
           r" quarter|(?:the )?(?P<hw>first|second) half)")
RULES: tuple[Rule, ...] = (
    Rule("day_range_year", rf"%(month)s (?P<d1>\d{{1,2}}){TH} ?(?:and|to|-|–) ?(?P<d2>\d{{1,2}}){TH},? {Y4}",
         day_range_year),
    Rule("day_range", rf"(?P<d1>\d{{1,2}}){TH} ?(?:[-–]|and|to) ?(?P<d2>\d{{1,2}}){TH} (?:of )?%(month)s(?:,? {Y4})?"
         rf"|%(month)s (?P<d1_>\d{{1,2}}){TH} ?(?:[-–]|to|through|and) ?(?P<d2_>\d{{1,2}}){TH}", day_range_year),
    Rule("month_range_year", rf"(?:between |from )?%(month)s ?(?:-|–|and|to|through|until|till) ?%(month2)s"
         rf",?(?: (?:of|in))? {Y4}", month_range_year),
    Rule("season_year", r"%(season)s (?:of )?(?P<a>\d{3,4})(?: ?[-–/] ?(?P<b>\d{2,4}))?", season_of_years),
    # A fiscal quarter's months depend on whose fiscal year it is: no value ("the third fiscal quarter of 2024").
    Rule("quarter_year", rf"{QUARTER}(?: of| in)?,? {Y4}", quarter_or_half),
    Rule("year_range", r"(?:fiscal year |fiscal |fy ?)?(?P<a>\d{4}) ?(?:to|and|through|until|-|–|/) ?"
         r"(?P<b>\d{4}|\d{2})(?: season| campaign| (?:school|academic|financial|fiscal) year)?", year_range),
    Rule("decade", r"(?P<dec>\d{3}0)'?s", decade_digits),
    Rule("decade_short", r"(?:the )?'?(?P<d>\d)0'?s", decade_short),
    Rule("decade_word_century", r"(?P<cent>seventeen|eighteen|nineteen)[- ]%(decade_word)s", decade_word_century),
    Rule("decade_word", r"%(decade_word)s", decade_word),
    Rule("century_range", r"%(ordinal)s(?: century)? (?:to|and|through|-|–) (?:the )?%(ordinal2)s centur(?:y|ies)",
         century_range),
    Rule("century", r"(?:an? )?%(ordinal)s[ -]century(?: (?P<era>%(era)s))?", century_named),
    Rule("era_year", r"(?:(?P<era1>%(era)s) ?)?(?P<year>\d{1,4})(?(era1)| ?(?P<era2>%(era)s))", era_year),
    Rule("day_month_year", rf"(?:%(weekday)s,? )?%(month)s (?P<day>\d{{1,2}}){TH},? {Y4}"
         rf"|(?:%(weekday)s,? )?(?:the )?(?P<day_>\d{{1,2}}){TH} (?:day )?(?:of )?%(month)s,? (?P<year_>\d{{3,4}})",
         day_month_year),
    Rule("month_year", rf"%(month)s,? (?:of |in )?{Y4}|(?P<year_>\d{{4}}),? %(month)s", month_year),
    # Three digits are a year only in a DATE span of their own ("in 366", found in a year's place).
    Rule("year", r"(?:year )?(?P<year>1[0-9]\d\d|20\d\d)|year (?P<year_>\d{1,4})|(?P<year__>[1-9]\d\d)", year_alone),
    Rule("year_to_present", r"(?P<year>\d{3,4}) ?(?:-|–|to|until) ?(?:the )?(?:present|now|today)", year_to_present),
    Rule("holiday_year", r"%(holiday)s,? (?:of |in )?(?P<year>\d{4})", holiday_year),
    Rule("habitual_season", r"%(season)ss|%(season)s months", habitual_season),
    Rule("named_period", r"(?:the )?%(period)s", named_period),
    Rule("yearless", rf"%(month)s(?: (?P<day>\d{{1,2}}){TH})?|(?P<day_>\d{{1,2}}){TH} (?:of )?%(month)s"
         r"|%(holiday)s|%(season)s", yearless, needs="none"),
    Rule("day_month_relative_year", rf"%(month)s (?P<day>\d{{1,2}}){TH},? %(rel)s year"
         rf"|(?P<day_>\d{{1,2}}){TH} %(month)s,? %(rel)s year|%(month)s,? (?:of )?%(rel)s year",
         day_month_relative_year, needs="year"),
    Rule("season_short_year", r"%(season)s (?:of )?'(?P<yy>\d\d)", season_short_year, needs="year"),
    Rule("edge_of_month", r"(?P<edge>end|beginning|start|middle|close) of (?:the |(?P<rel>this|last|next) )?month",
         edge_of_month, needs="year"),
    Rule("edge_of_week", r"(?P<edge>end|beginning|start) of (?:the |(?P<rel>this|last|next) )?week", edge_of_week,
         "day"),
    Rule("week_of_month", r"(?P<nth>first|second|third|fourth|last|final) (?P<unit>week|weekend) (?:of|in) %(month)s"
         r"(?:,? (?P<year>\d{4}))?|week of %(month2)s (?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,? (?P<year2>\d{4}))?",
         week_of_month),
    Rule("years_ago_this", r"%(count)s years? ago this (?:month|%(month)s)", years_ago_this, needs="year"),
    Rule("quarter_relative_year", rf"{QUARTER} of (?:the )?(?P<rel>this|last|next|coming|current) year",
         quarter_relative_year, needs="year"),
    Rule("month_relative", r"(?P<rel>last|next|this|coming) %(month)s", month_relative, needs="year"),
    Rule("day_month_relative", rf"(?P<day>\d{{1,2}}){TH} (?:day )?(?:of )?%(month)s,? (?P<rel>last|next)",
         day_month_relative, needs="year"),
    Rule("day_of_month_word", rf"(?P<day>\d{{1,2}}){TH} (?P<which>inst(?:ant)?|ult(?:imo)?|prox(?:imo)?)\.?",
         day_of_month_word, needs="day"),
    Rule("month_nearest", rf"%(month)s(?: (?P<day>\d{{1,2}}){TH})?|(?P<day_>\d{{1,2}}){TH} (?:day )?(?:of )?%(month)s",
         month_nearest, needs="year"),
    Rule("same_year", r"(?:later |earlier )?(?:in )?(?:%(month)s,?(?: of)? )?(?:that|the same|that same|the|same) year",
         same_year, needs="year", anaphoric=True),
    Rule("that_month", r"(?:later |earlier )?(?:in )?(?:that|the same|that same) %(month)s", that_month,
         needs="year", anaphoric=True),
    Rule("units_later", rf"(?:(?P<n>[\d,]+|[a-z -]+?) )?{UNIT_LATER} "
         r"(?P<dir>later|after|afterwards|earlier|before|prior)"
         rf"|(?:the )?(?P<unit_>year|month) (?P<dir_>before|after|earlier|later)", units_later, needs="year",
         anaphoric=True),
    Rule("following_unit", r"(?P<rel>following|the following|previous|preceding) (?:(?P<unit>year|month)|%(season)s)",
         relative_unit, needs="year", anaphoric=True),
    Rule("day_shift", r"(?:the )?(?:day|night|morning|evening) (?P<dir>before|after)"
         r"|(?:the )?(?P<rel>next|following|previous|preceding) (?:day|morning|evening|night)", day_shift,
         needs="year", anaphoric=True),
    Rule("relative_unit", r"%(rel)s (?P<unit>years?|month|century)", relative_unit, needs="year"),
    Rule("this_decade", r"(?:this|(?:the )?current|(?:the )?present) decade", this_decade, needs="year"),
    Rule("end_of_year", r"(?:end of (?:the |(?P<rel>this|last|next) )?year|year[ -]end)", end_of_year, needs="year"),
    Rule("rest_of_unit", r"(?:the )?(?:rest|remainder|balance) of (?:the |this )?(?P<unit>day|week|weekend|month|year)",
         rest_of_unit, needs="day"),
    Rule("units_ago", r"%(count)s (?P<unit>years?|decades?|months?|fortnights?|weeks?|days?) ago", units_ago,
         needs="year"),
    Rule("next_units", r"(?:next|coming) (?:%(count)s )?(?P<unit>years|decades|days|weeks|months)", next_units,
         needs="year"),
    Rule("past_units", r"(?:past|last|previous) (?:%(count)s )?(?P<unit>years|decades?|days|weeks|months)",
         past_units, needs="year"),
    Rule("season_relative", r"(?:%(rel)s )?%(season)s", season_relative, needs="year"),
    Rule("vague_past", r"(?:a few|several|some|many|a couple of) (?P<u1>days|weeks|months|years) (?:ago|back)"
         r"|(?:past|last) (?:few|several|couple of) (?P<u2>days|weeks|months|years)|recent (?P<u3>years|months)",
         vague_past, needs="year"),
    Rule("holiday_nearest", r"(?:%(rel)s )?%(holiday)s", holiday_nearest, needs="year"),
    Rule("time_of_writing", r"(?:the )?time of (?:writing|publication|going to press)"
         r"|(?:the )?(?:press|publication) time", time_of_writing, needs="day"),
    # Without a year, only the abbreviations: "the first half" and "the third quarter" are also a match's.
    Rule("quarter", r"q(?P<q>[1-4])|h(?P<h>[12])", quarter_or_half, needs="year"),
    Rule("day_relative", r"(?:(?:this past|this|last|next|past|previous|coming) )?week(?:end)?|weekend"
         r"|today|tonight|yesterday|tomorrow|day (?:before yesterday|after tomorrow)"
         r"|(?:(?:last|next|this|coming) )?%(weekday)s(?: %(time_of_day)s)?", day_relative, needs="day"),
)


@lru_cache(maxsize=1)
def compiled() -> tuple[tuple[Rule, re.Pattern], ...]:
    """The table with its patterns filled in and compiled (once: the word lists are read once)."""
    return tuple((rule, re.compile(fill(rule.pattern))) for rule in RULES)


def fill(pattern: str) -> str:
    """A pattern with its word lists filled in; a group a second alternative repeats gets a "_" (see `groups`).

    >>> fill("%(season)s|%(season)s").count("(?P<season_>")
    1
    """
    frag, used = fragments(), set()

    def one(m: re.Match) -> str:
        text = frag[m.group(1)]
        for name in re.findall(r"\(\?P<(\w+)>", text):
            new = name
            while new in used:
                new += "_"
            used.add(new)
            text = text.replace(f"(?P<{name}>", f"(?P<{new}>")
        return text

    for name in re.findall(r"\(\?P<(\w+)>", pattern):
        used.add(name)
    return re.sub(r"%\((\w+)\)s", one, pattern)


# A time or a dash after a full date's year, as a page header prints it ("March 4, 2025 5:31 pm EST", "Tue Mar 11 2025
# - 05:00", "October 1, 2024 —").
AFTER_FULL_DATE = re.compile(r"(?<=\d{4})(?:,? (?:at |[-—–|] )?\d{1,2}[:.]\d\d(?: ?[ap]\.?m\.?)?"
                             r"(?: (?:gmt|utc|bst|ist|cest?|[ecmp][sd]t))?| [-—–]+)$")
# A weekday as a page header shortens it ("Tue 12 Mar 2024").
SHORT_WEEKDAYS = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"


def clean(text: str) -> tuple[str, str | None]:
    """A date expression lower-cased, without what leaves its value as it is (a leading preposition,
    "the", modifiers such as "almost", hesitations, a weekday before a full date), and the part
    ("early", "mid", "late") written before it.

    >>> clean("in the late 1950s"), clean("almost 15 years"), clean("last uh August"), clean("2003's")
    (('1950s', 'late'), ('15 years', None), ('last august', None), ('2003', None))
    >>> clean(".322"), clean("Tue 12 Mar 2024"), clean("8-May-2006"), clean("March 10, 2024 at 8:02 am")
    (('', None), ('12 mar 2024', None), ('8 may 2006', None), ('march 10, 2024', None))
    """
    w = load_date_words()
    t = re.sub(r"\s+", " ", text.strip().lower().replace("’", "'")).strip(" ,.")
    if re.match(r"\s*\.\d", text):
        return "", None  # ".322" is a decimal, never a year
    t = re.sub(r"(?<=[a-z1-9])'s$", "", t).replace("[", "").replace("]", "")  # "2003's" (but "1930's" a decade)
    t = re.sub(rf"\b{alternation(w.fillers)}\b,? ?", "", t).strip()
    preps = alternation(w.prepositions)
    t = re.sub(rf"^(?:{preps} )?(?:the )?(?=\w)", "", t)
    part = re.match(rf"({alternation(w.part_words)})-? ?(?=[a-z\d'])", t)  # "the late '90s" too
    t = re.sub(rf"^(?:{alternation(w.modifiers)}(?:[ -]|(?<=\.)(?=\d)))+", "", t)
    t = re.sub(rf"^(?:the|{preps}) (?=\w)", "", t)
    t = re.sub(r"^that (?=(?:this|next|last|coming)\b)", "", t)  # "(it means) that this Friday", as the NER cut it
    # "the end of November", "the beginning of 2020", "the middle of the 1990s": that part of it (not "the end
    # of the year", which is a rule of its own)
    edge = re.match(rf"(end|beginning|start|middle|close) of (?:the |this |last |next )?(?={alternation(w.months)}\b|"
                    rf"{alternation(w.seasons)}\b|\d)", t)  # ... or of a season ("the end of the summer")
    if edge:
        t, part = t[edge.end():], EDGE_PARTS[edge.group(1)]
    # "Thursday, May 30th", "Monday 24 February", "Tue 12 Mar": the weekday adds nothing to a day and a month
    t = re.sub(rf"^(?:{alternation(w.weekdays)}|{SHORT_WEEKDAYS}\.?),? (?=\w+\.? \d|\d{{1,2}}(?:st|nd|rd|th)? [a-z])",
               "", t)  # "Jan. 15"
    # A page's "8-May-2006", and the time or dash after a full date ("March 10, 2024 at 8:02 am", "October 1, 2024 —",
    # "Tue 12 Mar 2024 06.00 GMT")
    t = re.sub(r"^(\d{1,2})-([a-z]{3,9})-(\d{4})$", r"\1 \2 \3", t)
    if re.search(r"[a-z]{3}", t):  # a month named: not a year's open range ("1990 -")
        t = AFTER_FULL_DATE.sub("", t)
    # "by the end of the day Saturday": the day named is the date.
    t = re.sub(r"^(?:the )?(?:end|start|beginning|close) of (?:the )?(?:day|night),? (?=\w)", "", t)
    return t, (part if isinstance(part, str) else w.part_words[part.group(1)] if part else None)


def impossible_date(text: str) -> bool:
    """A day and month followed by a one- or two-digit "year" ("June 9, 20"): a value cut off, never guessed.

    >>> impossible_date("June 9, 20"), impossible_date("June 9, 2020")
    (True, False)
    """
    t = text.strip().lower()
    month = fragments()["month"]
    return bool(re.fullmatch(rf"{month} \d{{1,2}},? \d{{1,2}}", t)
                or re.fullmatch(rf"\d{{1,2}} {month},? \d{{1,2}}", t))


def groups(m: re.Match) -> Groups:
    """A match's named groups, an alternative's "day_" read as "day", with the whole text as "text"."""
    out: Groups = {"text": m.group()}
    for name, value in m.groupdict().items():
        key = name.rstrip("_")
        if value is not None or key not in out:
            out[key] = value if value is not None else out.get(key)
    return out


def find_rule(text: str, ref: Reference | None = None) -> tuple[Rule | None, Groups, str | None]:
    """The first rule whose pattern matches the cleaned expression and whose needs the reference meets."""
    t, part = clean(text)
    for rule, pattern in compiled():
        if (rule.needs == "none" and ref is not None) or (rule.needs in ("year", "day") and ref is None) or (
                rule.needs == "day" and not ref.date):
            continue
        m = pattern.fullmatch(t)
        if m:
            return rule, groups(m), part
    return None, {"text": t}, part


def explain(text: str, ref: Reference | None = None) -> tuple[str, str]:
    """The name of the rule that reads a date expression, and the value it gives.

    >>> explain("August 7, this year", Reference(2018)), explain("in full last year", Reference(2024, 5, 14))
    (('day_month_relative_year', '2018-08-07'), ('relative_unit', '2023'))
    >>> explain("June 9, 20"), explain("3 March 2019 at noon")
    (('impossible', ''), ('dateparser', '2019-03-03'))
    """
    if impossible_date(clean(text)[0]):
        return "impossible", ""
    rule, g, part = find_rule(text, ref)
    if rule is None:
        return "dateparser", dateparser_value(g["text"], ref)
    return rule.name, weekday_year(text, rule.resolve(g, ref, part))


def weekday_year(text: str, value: str, ref: Reference | None = None, named: int | None = None) -> str:
    """A day moved to the year beside it, the text's own or one beside it, or the narrative's last `named` one, when
    only there it falls on the weekday the text gives ("Tuesday, Sept. 17" read in January 2024 is 2024-09-17).

    >>> weekday_year("Tuesday, Sept. 17", "2023-09-17"), weekday_year("Sunday, Sept. 17", "2023-09-17")
    ('2024-09-17', '2023-09-17')
    >>> weekday_year("Saturday, Mar. 2", "1916-03-02", Reference(2024, 3, 1))
    '2024-03-02'
    >>> weekday_year("Sunday, July 15", "2023-07-15", Reference(2023, 11, 3), named=1979)
    '1979-07-15'
    """
    m = re.match(rf"\s*{fragments()['weekday']}\b", text.lower())
    if m is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return value
    day = dt.date.fromisoformat(value)
    wanted = load_date_words().weekdays[m.group("wd")]
    if day.weekday() == wanted:
        return value
    own = (ref.year, ref.year + 1, ref.year - 1) if ref is not None else ()
    told = (named, named + 1, named - 1) if named else ()
    for year in (day.year + 1, day.year - 1, *own, *told):
        try:
            other = day.replace(year=year)
        except ValueError:  # the 29th of February
            continue
        if other.weekday() == wanted:
            return other.isoformat()
    return value


def normalise_date(text: str, ref: Reference | None = None) -> str:
    """ISO 8601 value of a date expression, at the precision written; '' when it cannot be resolved.

    >>> normalise_date("December 3 and 4, 2016"), normalise_date("the 1980s"), normalise_date("June 9, 20")
    ('2016-12-03/2016-12-04', '1980/1989', '')
    >>> normalise_date("late September", Reference(2013, 10, 9)), normalise_date("last week", Reference(2017, 7, 21))
    ('2013-09-15/2013-09-30', '2017-07-10/2017-07-16')
    """
    return explain(text, ref)[1]


@lru_cache(maxsize=64)
def _date_parser(base: dt.date | None):
    """A dateparser parser for one reference day (building one compiles many patterns)."""
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"]}
    if base:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time())
    return DateDataParser(languages=["en"], settings=settings)


def dateparser_value(text: str, ref: Reference | None) -> str:
    """Other explicit forms read by dateparser, at the precision it reports; only with a four-digit year
    written, or a document date to read a year-less form against (never today's date)."""
    if not re.search(r"\d", text) or not re.search(r"\d{4}|" + fragments()["month"], text):
        return ""
    if ref is None and not re.search(r"\d{4}", text):
        return ""
    try:
        data = _date_parser(ref.date if ref else None).get_date_data(text)
    except Exception:  # dateparser raises on some odd inputs; an unresolved date is the answer
        return ""
    if data is None or data.date_obj is None:
        return ""
    d = data.date_obj
    if str(d.year) not in text and not (ref and abs(d.year - ref.year) <= 1):
        return ""  # a day read as a year ("monday, jan. 15" is no 2015): a year only where one is written
    return {"year": iso(d.year), "month": iso(d.year, d.month)}.get(data.period, iso(d.year, d.month, d.day))
