"""Dates: every DATE entity to ISO 8601 at the precision written, relative ones resolved; TIME
entities that name a day ("Saturday night") get that day.

The reading of one expression is the rule table of `date_rules.py` (word lists in `models/dates.toml`);
this component decides what each expression is read against and repairs the spans the model gives:
ranges ("December 3 and 4, 2016", "from 2004 to 2009") are split into their ends, weekdays take the next
one in a clause about the future, and impossible values ("June 9, 20") stay empty.
"""


import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .date_calendar import Reference, relative_day
from .date_context import (
    DEADLINE_WORDS,
    arranged,
    future,
    habitual,
    present,
    read,
    recurring,
)
from .date_narrative import delivered_on, entry_heading, later_entry, moves_narrative
from .date_numbers import age_of_person, clock_time, out_of_place_number, periodical_word, share_era
from .date_ranges import range_ends, read_together, split_range, two_digit_year, year_within
from .date_resolvers import number
from .date_rules import fragments, impossible_date, normalise_date, weekday_year
from .date_words import DATE_WORDS_FILE, alternation, load_date_words
from .rulefiles import RuleFiles
from .util import doc_text

__all__ = ["DateNormaliser", "Reference", "impossible_date", "normalise_date",
           "normalise_time", "two_digit_year", "year_within"]




def _time_of_day() -> str:
    return alternation(load_date_words().time_of_day)


def normalise_time(text: str, ref: Reference | None = None) -> str:
    """The day a TIME expression falls on ("Saturday night", "earlier today"); '' for a clock time alone.

    >>> normalise_time("Saturday night", Reference(2007, 3, 5)), normalise_time("22:30", Reference(2007, 3, 5))
    ('2007-03-03', '')
    """
    t = re.sub(r"\s+", " ", text.strip().lower()).strip(" ,.")
    t = re.sub(r"^(?:early|late|earlier|later|just|on|by|at|in|the) ", "", t)
    if not ref or not ref.date:
        return ""
    if t in ("tonight", "today") or re.fullmatch(rf"(?:this|earlier|later) (?:today|{_time_of_day()})", t):
        return ref.date.isoformat()
    if t == "last night":
        return (ref.date - dt.timedelta(days=1)).isoformat()
    m = re.fullmatch(rf"(?P<over>(?:over|more than) )?{fragments()['count']} hours ago", t)
    if m:  # the publication time is unknown: to the day, and "over" leaves the start open
        day = (ref.date - dt.timedelta(days=round(number(m["n"]) / 24))).isoformat()
        return ("/" if m["over"] else "") + day
    day = re.sub(rf",? (?:in the |at )?{_time_of_day()}$", "", t)
    return normalise_date(day, ref) if day != t else ""


@Language.factory("claimscope_dates", default_config={}, requires=["doc.ents"],
                  assigns=["doc.ents", "span._.value"])
def make_dates(nlp: Language, name: str) -> "DateNormaliser":
    """Factory: the date component. Set `doc._.published` (ISO) before it runs to resolve relative dates.
    Its word lists are `dates.toml` of $CLAIMSCOPE_MODELS or the shipped rules (checked when loaded, and
    saved with the pipeline)."""
    return DateNormaliser()


_RELATIVE_WORDS = {"this", "last", "next", "that", "past", "coming", "previous"}
_REST_WORDS = frozenset({"rest", "remainder", "balance"})


class DateNormaliser(RuleFiles):
    """Sets `ent._.value` (ISO 8601, or '') on every DATE entity, and on TIME entities that name a day.

    DATE spans are first repaired: the relative word the model left out is taken in ("this" +
    "year"), a decade's "’s" is kept ("1930’s"), the far end of a range ("from 2004 to 2009") and
    the "ago" of "a couple of years back" are taken in. A span joining two dates ("January 23
    through March 9 2014", "2000 - 2050", "88 and 92") becomes one entity a date; a span the
    parser cannot read as a whole ("Waitangi Day - February 6 - this year") is split at its
    dashes and commas into parts read one by one. A pattern id in ISO form (the
    entity_patterns.jsonl entry for "9/11") is the value as it stands.
    """

    rule_files = (DATE_WORDS_FILE,)

    def load(self, models: str | None) -> None:
        load_date_words(models)  # read and checked now, so a broken file fails at load

    def __call__(self, doc: Doc) -> Doc:
        self.ensure_loaded()
        ref = first_ref = Reference.parse(doc._.published)
        refs: dict[int, Reference | None] = {}  # the date each dated entry of a diary or a blog starts
        text = doc_text(doc)
        # Two dated headings make a diary (its entries may predate the text); one counts only after the text's date
        diary = sum(e.label_ == "DATE" and entry_heading(e, text) for e in doc.ents) >= 2
        anchor = None  # the time the narrative is at: the last date written out
        anchor_end = -1  # the end of the sentence after the one it was written in
        anchor_char = 0
        long_past = False  # whether the narrative has been told day by day long before the text's date
        ents = []
        for ent in doc.ents:
            if ent.label_ == "TIME":
                ent._.value = normalise_time(ent.text, ref)
                if not ent._.value and anchor:  # "He died the following morning": the day after the narrative's
                    rule, value = read(ent, ref, anchor)
                    ent._.value = value if rule == "day_shift" else ""
            if ent.label_ == "DATE" and clock_time(ent):
                ents.append(Span(doc, ent.start, ent.end, label="TIME"))  # "at 0615": a time, no year
                continue
            if ent.label_ == "DATE" and (age_of_person(ent) or out_of_place_number(ent)):
                ents.append(Span(doc, ent.start, ent.end, label="CARDINAL"))  # "Lionel Farquhar, 61,": an age
                continue
            if ent.label_ != "DATE":
                ents.append(ent)
                continue
            if periodical_word(ent):  # "Rose City Monthly last week": the name's word is no date
                if len(ent) == 1:
                    continue
                ent = Span(doc, ent.start + 1, ent.end, label="DATE", span_id=ent.id_)
            repaired = _repair(ent)
            while ents and ents[-1].end > repaired.start:
                ents.pop()  # a day number the model tagged ORDINAL is now part of the date
            parts = split_range(repaired)
            if len(parts) == 2:
                ents.extend(range_ends(parts[0], parts[1], ref))
                continue
            span = parts[0]
            iso = span.id_ if re.fullmatch(r"\d{4}(-\d{2}){0,2}", span.id_ or "") else ""
            # The narrative's time dates a bare day of a past clause when it was written in this sentence
            # or the one before ("started 2014 in Triple-A, but was called up May 17"), or day by day in this
            # paragraph or the one before ("debut on September 1, 2012 ... On September 4"); a year alone
            # further back is a founding date, not a narrative. In a narrative long past (a biography's
            # "30 May 1832 ... On 2 June"), or with no day of the text's own (none, or a year inferred from
            # the text), it dates any bare day or month that is not habitual or to come, however far back.
            close = bool(anchor) and anchor.month is not None and \
                len(PARAGRAPH_BREAK.findall(text, anchor_char, span.start_char)) <= 1
            history = bool(anchor) and (anchor.month is not None and (ref is None or ref.month is None)
                                        or historical(anchor, ref) or long_past and ref is not None
                                        and ref.year - anchor.year > HISTORICAL_GAP)
            near = anchor if anchor and (span.sent.start <= anchor_end or close or history) else None
            rule, value = read(span, ref, anchor, near, history)
            span._.value = iso or weekday_year(span.text, value, ref, anchor.year if anchor else None) or \
                two_digit_year(span.text, ref) or year_within(span.text)
            # (a deadline or a forecast after the text's own year, "by 2027", is not where a story is told)
            if (moved := moves_narrative(rule, span._.value)) and not (ref is not None and moved.year > ref.year and (
                    future(span) or doc[max(span.start - 1, 0)].lower_ in DEADLINE_WORDS)):
                anchor, anchor_end, anchor_char = moved, _next_sentence_end(span), span.end_char
                # a history told day by day stays one when it goes on by years ("28 December 1879 ... the autumn
                # of 1879 ... In his diary for 29 December")
                long_past = long_past or historical(anchor, ref)
            if entry_heading(span, text) and DAY.fullmatch(span._.value) and (diary or later_entry(span._.value, ref)) \
                    or delivered_on(span) and DAY.fullmatch(span._.value):
                # a diary's or a blog's dated entry; the day a speech printed below was given ("delivered the
                # following address ... on Saturday")
                ref = refs[span.start] = Reference.parse(span._.value)
            ents.extend([span] if span._.value else _split_parts(span, ref))
        ref = first_ref
        for i, ent in enumerate(ents):
            ref = refs.get(ent.start, ref)
            if i and ents[i - 1].label_ == ent.label_ == "DATE":
                read_together(ents[i - 1], ent, ref)
            if ref and ref.date:
                m = re.fullmatch(rf"(?:no(?:t)? later than )?{fragments()['weekday']}(?: {_time_of_day()})?",
                                 ent.text.lower())
                scheduled = m is not None and (present(ent) or arranged(ent))
                if m and ent.label_ in ("DATE", "TIME") and (future(ent) or scheduled and not habitual(ent)):
                    # the day itself when it is the text's own ("It is Tuesday", "Markets are falling on
                    # Tuesday"), else the next one
                    today = scheduled and ref.date.strftime("%A").lower() == m["wd"]
                    ent._.value = ref.date.isoformat() if today else relative_day(f"next {m['wd']}", ref.date)
            if ref and ref.date and ent.label_ == "DATE" and ent.text.lower() in ("this weekend", "the weekend") \
                    and future(ent):
                ent._.value = relative_day("next weekend" if ref.date.weekday() < 5 else "this weekend", ref.date)
            if ent.label_ == "DATE" and recurring(ent) and DAY.fullmatch(ent._.value or ""):
                ent._.value = ""  # "every Monday", "on Tuesday evenings": no one day ("every December": --12)
        share_era(ents)
        _share_appositive_values(doc, ents)
        # A span a rule widened may run into another entity ("19th ult" into a PERCENT "ult percent"): the
        # longer one stands, and no Doc fails on the overlap.
        doc.ents = [_as_date(e) if e.label_ == "TIME" and DAY.fullmatch(e._.value or "") else e
                    for e in filter_spans(ents)]
        return doc




PARAGRAPH_BREAK = re.compile(r"\n\s*")

# Years between a narrative's time and the text's own date past which the narrative is history: a day or
# month it names in a past clause is of the narrative's year, not the text's ("Galois ... until 5 June").
HISTORICAL_GAP = 10


def historical(anchor: Reference, ref: Reference | None) -> bool:
    """Whether a narrative told month by month or day by day lies long before the text's own date.

    >>> historical(Reference(1832, 5, 30), Reference(2004)), historical(Reference(2011, 5), Reference(2013))
    (True, False)
    >>> historical(Reference(1998), Reference(2021))  # a year alone: a founding date, not a narrative
    False
    """
    return ref is not None and anchor.month is not None and ref.year - anchor.year > HISTORICAL_GAP


DAY = re.compile(r"-?\d{4}-\d{2}-\d{2}")


def _as_date(ent: Span) -> Span:
    """A TIME mention that names a day ("Saturday night", "earlier today", "the opening night" beside a
    dated one) as the DATE it dates, with that day as its value; clock times and durations stay TIME."""
    date = Span(ent.doc, ent.start, ent.end, label="DATE")
    date._.value = ent._.value
    return date


def _next_sentence_end(span: Span) -> int:
    """The token index where the sentence after the span's ends."""
    doc, end = span.doc, span.sent.end
    return doc[end].sent.end if end < len(doc) else end


def _share_appositive_values(doc: Doc, ents: list[Span]) -> None:
    """A time set off by a comma or bracket right beside a dated one names the same time:
    "Saturday night, the opening night," and "Opening night, January 23, 2014," share a value."""
    timed = [e for e in ents if e.label_ in ("DATE", "TIME")]
    for a, b in zip(timed, timed[1:], strict=False):
        if b.start == a.end + 1 and doc[a.end].text in (",", "(") and bool(a._.value) != bool(b._.value):
            a._.value = b._.value = a._.value or b._.value
        elif b.start == a.end + 1 and doc[a.end].text == "," and DAY.fullmatch(b._.value or "") \
                and weekday_of(b._.value) == a.text.lower():  # a weekday alone, the one that day falls on
            a._.value = b._.value  # "Ash Wednesday, 5 March", "Mothering Sunday, 30 March": the day written


def weekday_of(iso_day: str) -> str:
    """The weekday of an ISO day, in lower case ("2025-03-05" -> "wednesday"); '' before year 1."""
    return dt.date.fromisoformat(iso_day).strftime("%A").lower() if not iso_day.startswith("-") else ""


def _split_parts(ent: Span, ref: Reference | None) -> list[Span]:
    """An unreadable DATE span split at dashes, commas and brackets, when some part reads alone."""
    if impossible_date(ent.text) or not _PART_SEP.search(ent.text):
        return [ent]  # nothing to split: its reading stands (an anaphoric one with no narrative stays empty)
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
            and doc[start].lower_.rstrip(".") in load_date_words().months):
        start -= 1  # "5th" (an ORDINAL to the model) + "August 2019"
    if start > 0 and doc[start - 1].lower_ in _RELATIVE_WORDS and not doc[start - 1].ent_type_:
        start -= 1
    if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _REST_WORDS and re.fullmatch(
            r"(?:the |this )?(?:day|week|weekend|month|year)", ent.text.lower()):
        start -= 3 if start > 2 and doc[start - 3].lower_ == "the" else 2  # "the rest of" + "the weekend"
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
    if end < len(doc) and doc[end].lower_.rstrip(".") in _MONTH_WORDS and re.fullmatch(
            r"\d{1,2}(?:st|nd|rd|th)", doc[end - 1].lower_):
        end += 1  # "the 2nd" + "proximo": a day of next month, as letters write it
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label="DATE", span_id=ent.id_)


# Words after a day number that name its month relative to the letter's: this (instant), last (ultimo), next.
_MONTH_WORDS = frozenset({"instant", "inst", "ult", "ultimo", "prox", "proximo"})


def _is_year(token) -> bool:
    return token.shape_ == "dddd" and 1000 <= int(token.text) <= 2199
