"""What a date expression is read against, from its sentence and the text before it: the tense of its clause (a
future clause takes the next weekday, a habitual present one leaves a month or season year-less) and the time a
narrative is at (the last date written out, which "that year" or "two years later" refer to)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from .date_calendar import (
    Reference,
    iso,
    month_part,
    nearest_holiday,
    nearest_season,
    nearest_year,
    relative_day,
    shift_months,
    tensed_year,
)
from .date_mentions import (
    DEADLINE_WORDS,
    HABITUAL_WORDS,
    asked_by,
    awaited,
    clause_verb,
    counted_season,
    current_month,
    event_month,
    every,
    obliged,
    on_the_verb,
    one_off_to_come,
    record_month,
    since,
    time_clause_to_come,
)
from .date_relative import so_far_this
from .date_resolvers import month_of, number
from .date_rules import RULES, explain, find_rule
from .date_words import load_date_words

# Rules whose value is a date written out in full: where a narrative is.
EXPLICIT_RULES = frozenset({"day_month_year", "month_year", "year", "era_year", "holiday_year", "season_year",
                            "month_range_year", "day_range_year", "day_range"})
# Rules a habitual clause leaves year-less.
YEARLESS_IN_GENERIC = frozenset({"month_nearest", "season_relative", "holiday_nearest"})
ANAPHORIC = frozenset(rule.name for rule in RULES if rule.anaphoric)


# Imperatives that look back: "Remember the storm in March", "Imagine the hall on Friday night".
RECALLING = frozenset({"remember", "recall", "imagine", "picture", "consider", "think", "recollect"})


def future(ent: Span) -> bool:
    """Whether the clause a day name sits in speaks of the future: "will meet on Friday", "are to
    travel", "is going to announce", "is scheduled for Sunday". A bare weekday is then the next one."""
    words = load_date_words()
    verb = clause_verb(ent)
    kids = list(verb.children)
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG":  # "will resume counting on Saturday": the governing verb's
        kids += list(verb.head.children)
    if any(k.dep_ == "aux" and k.lower_ in words.future_auxiliaries for k in kids) or time_clause_to_come(verb) \
            or one_off_to_come(verb):
        return True
    # ... or a month that could or might come, said of no one's ability in the past: not "In April the factory could
    # produce 500 cars", "he could not climb the stairs", "In January he could barely walk, his doctor said"
    possible = any(k.dep_ == "aux" and k.lower_ in ("could", "might") for k in kids) and not any(
        k.dep_ == "nsubj" and k.lower_ in ("you", "one") or k.dep_ == "neg" for k in kids) and ent.start > \
        ent.sent.start + 1 and not any(t.tag_ == "VBD" for t in verb.subtree)
    if verb.tag_ == "VB" and any(k.dep_ == "aux" and k.lower_ in words.generic_modals for k in kids) and not any(
            k.lower_ == "have" for k in kids) and (any(t.lower_ in words.weekdays for t in ent) or possible):
        # "Talks could resume on Monday", "it could happen in December": a time to come; not "He may have left on
        # Monday", nor a month of a guide's advice ("You can visit between April and October", any year)
        return True
    if verb.lemma_ in words.rescheduled and ent.start and ent.doc[ent.start - 1].lower_ in ("to", "until", "till") \
            or verb.dep_ == "xcomp" and verb.head.lemma_ in words.requested and any(a.lower_ == "to" for a in kids):
        return True  # "was adjourned until May 2", "were urged to avoid the centre on Saturday"
    on_verb = ent.root.head.i == verb.i or ent.root.head.dep_ == "prep" and ent.root.head.head.i == verb.i
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and on_verb and verb.lemma_ not in RECALLING and not any(
            k.dep_ in ("nsubj", "aux", "expl") for k in kids):
        return True  # an imperative done on the day: "Go home on Monday and rest"; not "Remember the storm in March?"
    # ... after "by", "before", "until" or "no later than"
    deadline = ent.start > 0 and ent.doc[ent.start - 1].lower_ in DEADLINE_WORDS or ent.start > 1 and \
        ent.doc[ent.start - 1].lower_ == "than" and ent.doc[ent.start - 2].lower_ in ("later", "sooner") or \
        ent.text.lower().startswith(("no later than", "not later than"))
    # ("We expect them to be done by the autumn")
    expected = verb.dep_ in ("xcomp", "ccomp") and verb.head.tag_ in ("VBP", "VBZ") and verb.head.lemma_ in \
        words.scheduled
    if deadline and (verb.tag_ in ("VB", "VBP", "VBZ") or expected or any(
            k.dep_ == "aux" and k.lower_ in ("must", "should", "need", "can", "shall") for k in kids)) \
            and not any(k.dep_ == "neg" or k.tag_ == "VBD" for k in kids) and not past(ent):
        return True  # "We need the figures before Thursday", "Send it by Wednesday night"; not "did not arrive until"
    present_be = [k for k in kids if k.dep_ in ("aux", "auxpass") and k.tag_ in ("VBP", "VBZ")]
    if verb.lemma_ in words.scheduled and (present_be or verb.tag_ in ("VBP", "VBZ")):
        return True  # "is scheduled for Sunday", "Airlines expect record numbers in late May"
    if verb.lemma_ == "be" and verb.tag_ in ("VBP", "VBZ") and any(
            k.dep_ == "xcomp" and any(a.lower_ == "to" for a in k.children) for k in kids):
        return True  # "are to travel on Wednesday"
    reported = verb.dep_ == "ccomp" or verb.dep_ == "conj" and (verb.head.dep_ == "ccomp" or any(
        k.dep_ == "mark" and k.lower_ == "that" for k in kids))  # "said ..., and that it would reopen on Monday"
    if reported and any(k.dep_ == "aux" and k.lower_ == "would" for k in kids) and not any(
            k.dep_ == "aux" and k.lower_ == "have" for k in kids):
        return True  # "said that it would reopen on Monday": the future of a report; not "would have collapsed"
    head = verb.head
    head_present = any(k.dep_ in ("aux", "auxpass") and k.tag_ in ("VBP", "VBZ") for k in head.children)
    return verb.dep_ == "xcomp" and any(a.lower_ == "to" for a in kids) and (
        head.lower_ == "going" and head_present
        or head.lemma_ == "be" and head.tag_ in ("VBP", "VBZ")
        or head.lemma_ in words.scheduled and head_present  # "Talks are expected to resume on Friday"
        or (head.lemma_ in words.intended or head.lemma_ in words.scheduled) and head.tag_ in ("VBP", "VBZ")
        # "plans to visit Carson City on Friday", "expects to decide on Monday"
        or head.lemma_ in words.scheduled and head.dep_ == "acomp" and head.head.lemma_ == "be"
        and head.head.tag_ in ("VBP", "VBZ"))  # "He is due to appear in court on Thursday"


# ("postponed until the autumn" points ahead whatever the tense: "until" is not among them)
TIME_PREPOSITIONS = frozenset({"in", "during", "over", "through", "throughout", "by", "since"})


def arranged(ent: Span) -> bool:
    """Whether a day sits in a present progressive that speaks of an arrangement ("On Wednesday I am going to
    the bank", "The Harcourts are coming on Thursday"); not a state since then ("Since Monday the bridge is
    carrying twice the traffic")."""
    verb = clause_verb(ent)
    kids = list(verb.children)
    return verb.tag_ == "VBG" and any(k.dep_ == "aux" and k.tag_ in ("VBP", "VBZ") for k in kids) and not any(
        k.dep_ == "aux" and k.lemma_ == "have" for k in kids) and not since(ent)


def present(ent: Span) -> bool:
    """Whether the clause is in the simple present with no auxiliary ("The tour continues on Wednesday",
    "Voting is on Tuesday"): with a single day named, a schedule."""
    verb = clause_verb(ent)
    return verb.tag_ in ("VBZ", "VBP") and not any(k.dep_ in ("aux", "auxpass") for k in verb.children)


HABITUAL_ADVERBS = frozenset({"usually", "often", "always", "normally", "typically", "generally", "sometimes",
                              "rarely", "never", "seldom", "traditionally"})


def habitual(ent: Span) -> bool:
    """Whether a clause says what usually happens ("She usually works on Saturday"): a frequency adverb, or
    "every"/"each" before the day."""
    verb = clause_verb(ent)
    return every(ent) or any(c.lower_ in HABITUAL_ADVERBS for c in verb.children)


def past(ent: Span) -> bool:
    """Whether the clause is in a past tense ("was called up", "arrived", "had left").

    A narrative in the past is what a year written just before can date.
    """
    verb = clause_verb(ent)
    # ... or a participle of something done to a noun ("a report released in March"), not one arranged
    done = verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lemma_ not in load_date_words().scheduled
    # ... or the purpose of a past verb ("came to see us until December", "flew to Rome to meet him in May")
    purpose = verb.tag_ == "VB" and verb.head.tag_ == "VBD" and any(k.lower_ == "to" for k in verb.children) and (
        verb.dep_ == "advcl" or verb.dep_ == "xcomp" and verb.head.lemma_ in ("come", "go"))
    # ... or a participle beside a past verb ("Food & Wine was warmer, naming Wren to its list in April")
    beside = verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.tag_ == "VBD"
    return verb.tag_ == "VBD" or done or purpose or beside or any(k.dep_ in ("aux", "auxpass") and k.tag_ == "VBD"
                                                                  for k in verb.children)


def tense(ent: Span) -> int:
    """-1 for a past or perfect clause, 1 for one to come, 0 otherwise."""
    return -1 if past(ent) or perfect(ent) else 1 if future(ent) else 0


def perfect(ent: Span) -> bool:
    """Whether the clause is in a present perfect ("have heard it at Thanksgiving"): a time now past."""
    verb = clause_verb(ent)
    return verb.tag_ == "VBN" and any(k.dep_ == "aux" and k.lemma_ == "have" for k in verb.children)


def generic(ent: Span) -> bool:
    """Whether the clause states what usually happens: a simple present ("in January it is 24°C",
    "monsoon rains occur from July"), a present passive ("is used during the summer") or a modal of
    possibility ("summers can be hot"); not a plan ("I am going to Italy in November") nor a future."""
    verb = clause_verb(ent)
    if verb.pos_ not in ("VERB", "AUX") or future(ent):
        return False
    auxes = [k for k in verb.children if k.dep_ in ("aux", "auxpass")]
    if not auxes:
        return verb.tag_ in ("VBZ", "VBP")
    modals = load_date_words().generic_modals
    return all(a.tag_ in ("VBZ", "VBP") and verb.tag_ == "VBN" and a.dep_ == "auxpass" or a.lower_ in modals
               for a in auxes)


def year_before(span: Span) -> int | None:
    """The year a sentence names before a bare month in it, which dates the month ("Sales fell 3.1% in 2024,
    with the sharpest falls between January and August")."""
    return next((int(e._.value) for e in reversed(span.sent.ents) if e.end <= span.start and e.label_ == "DATE"
                 and re.fullmatch(r"\d{4}", e._.value or "")), None)


def read(span: Span, ref: Reference | None, anchor: Reference | None,
         near: Reference | None = None, history: bool = False) -> tuple[str, str]:
    """The rule and value of one DATE span in its sentence: anaphoric expressions against the narrative's time
    (nothing without one), a month or season of a habitual clause year-less, and a day of a month in a past clause
    against a year written near it (`near`: in its sentence or the one before); in a narrative long past
    (`history`), any month that is not habitual or to come."""
    if (so_far := so_far_this(span.text, ref)) is not None:
        return "so_far_this", so_far  # "earlier this week": up to the day before
    if counted_season(span):
        return "seasons_counted", ""  # "for two summers": a length of time
    rule, groups, part = find_rule(span.text, ref or near or anchor)
    if rule is not None and rule.anaphoric:  # (a season follows a narrative told by months, else the text's own time)
        at = anchor if anchor and (anchor.month or not groups.get("season")) else ref if ref and ref.month and \
            groups.get("season") else None
        return rule.name, rule.resolve(groups, at, part) if at else ""
    if rule is not None and rule.name == "edge_of_month" and not groups.get("rel"):
        # "the end of the month": of the month the narrative is at ("Sales slumped in September, and by the end
        # of the month ..."), none in a habit ("Rent is due at the start of the month"), else the text's own
        month = next((Reference.parse(e._.value[:7]) for e in reversed(span.sent.ents) if e.end <= span.start
                      and e.label_ == "DATE" and re.match(r"\d{4}-\d\d", e._.value or "")), None) or near
        if month is not None and month.month:
            return rule.name, rule.resolve(groups, month, part)
        if habitual_clause(span) or present(span) and not future(span):
            return rule.name, ""
    if rule is not None and rule.name == "month_nearest" and not groups.get("day") and not future(span) \
            and not every(span) and not habitual_clause(span) and (year := year_before(span)) and not (
                ref is not None and ref.year and year > ref.year and past(span)):  # "it forecast in March"
        return rule.name, rule.resolve(groups, Reference(year, None, None), part)  # "in 2024, ... in March"
    event = rule is not None and rule.name == "month_nearest" and event_month(span)  # "the June runoff"
    ahead = rule is not None and rule.name == "month_nearest" and ref is not None and ref.month and (future(span) or (
        event and awaited(span) and not past(span) and not perfect(span)))  # "preparing for": the next one
    if rule is not None and rule.name == "month_nearest" and ref is not None and ref.month and not asked_by(span) and (
            since(span) or (near is None or near.year == ref.year) and not every(span) and not habitual_clause(
                span) and (ahead or event or (past(span) or perfect(span)) and on_the_verb(span) or record_month(span)
                or current_month(span))):
        # "since September", "In April we closed": the latest one not after the reference, never a future
        # one; "talks are scheduled for October": the first one not before it.
        mo, day = month_of(groups), int(groups["day"]) if groups.get("day") else 0
        year = nearest_year(mo, ref) if event and not ahead and not past(span) else tensed_year(mo, day, ref, ahead)
        return rule.name, iso(year, mo, day) if day else month_part(year, mo, part)
    if rule is not None and rule.name == "edge_of_week" and not groups.get("rel") and not future(span):
        return rule.name, ""  # "By the end of the week, the speech was written": the narrative's week, not ours
    if rule is not None and rule.name == "week_of_month" and not groups.get("year") and not groups.get("year2") and \
            not groups.get("month2") and (present(span) or clause_verb(span).tag_ == "VBN" and any(
                k.lower_ in ("is", "are") for k in clause_verb(span).children)) and not future(span):
        return rule.name, ""  # "The fair is held on the last weekend of September": every year's
    if rule is not None and rule.name == "week_of_month" and not groups.get("year") and not groups.get("year2") and \
            ref is not None and ref.month and (near is None or near.year == ref.year) and (
                (ahead := future(span)) or past(span) or perfect(span)):
        dated = "2" if groups.get("month2") else ""  # "was awarded in the week of April 8"
        year = tensed_year(month_of(groups, f"month{dated}"), int(groups.get("day") or 0), ref, ahead)
        return rule.name, rule.resolve({**groups, f"year{dated}": str(year)}, ref, part)
    if rule is not None and rule.name == "day_relative" and ref is not None and ref.date and (groups.get(
            "wd") or span.text.lower() == "this weekend") and span.text.lower().startswith("this "):
        # "went to the polls this Sunday" the last one, "will resume this Monday" the next, else this week's;
        # "must return this weekend" (on a Thursday) the one to come, "met this weekend" the one just gone
        wd, when = groups.get("wd") or "weekend", tense(span) or obliged(span)
        ahead = when > 0 and not (wd == "weekend" and ref.date.weekday() >= 5)  # on a Saturday, the one under way
        return rule.name, relative_day(wd if when < 0 else f"next {wd}" if ahead else f"this {wd}", ref.date)
    if rule is not None and rule.name == "quarter" and ref is not None and ref.month and (past(span) or perfect(span)):
        value = rule.resolve(groups, ref, part)  # "Profits rose in Q3" (in February): last year's third quarter
        return rule.name, value if int(value[5:7]) <= ref.month else rule.resolve(groups, Reference(ref.year - 1),
                                                                                  part)
    if rule is not None and rule.name == "season_relative" and (every(span) or habitual_clause(span) or re.fullmatch(
            r"[a-z]+", span.text) and not span.text.endswith("s") and tense(span) == 0):
        return rule.name, explain(span.text, None)[1]  # "flooded every other winter", "heat in winter": any winter
    if rule is not None and rule.name == "season_relative" and ref is not None and ref.month and \
            groups.get("rel") in (None, "this"):
        # "will be exhausted by the autumn", "This summer we will open": the current or the next one; "born in
        # the spring", "we closed this summer": the current or the last one
        verb = clause_verb(span)
        step = 1 if future(span) else -1 if past(span) or perfect(span) or verb.tag_ == "VBN" and \
            verb.dep_ == "acl" else 0
        # only when the season says when ("born in the spring"), not what ("asked about the summer", "a job for
        # the summer")
        if step and (span.root.dep_ != "pobj" or span.root.head.lower_ in TIME_PREPOSITIONS or (
                span.root.head.lower_ == "for" and verb.lemma_ in load_date_words().scheduled)  # "planned for"
                or step == 1 and span.root.head.lower_ in DEADLINE_WORDS):  # "not expected before the autumn"
            return rule.name, nearest_season(groups["season"], ref, step, current=True)
        if not step and groups.get("rel") == "this":  # "This autumn." (in March): this year's, to come or gone by
            ahead_of = load_date_words().seasons[groups["season"]][0] > ref.month
            return rule.name, nearest_season(groups["season"], ref, 1 if ahead_of else -1, current=True)
    if rule is not None and rule.name == "holiday_nearest" and groups["holiday"] in load_date_words(
            ).capitalised_holidays and span.text.split()[-1][:1].islower():
        return rule.name, ""  # "polls on election day" in Britain: no fixed day
    if rule is not None and rule.name == "holiday_nearest" and ref is not None and ref.date and not groups.get("rel"):
        # "heard it at Thanksgiving" is the last one, "will meet at Easter" the next one; one something done lately
        # came before is the nearest ("met two weeks before Election Day")
        before = span.start > 1 and (span.doc[span.start - 1].lower_ in ("before", "until", "till") or (
            span.doc[span.start - 2].lower_, span.doc[span.start - 1].lower_) == ("ahead", "of"))
        when = tense(span)
        return rule.name, nearest_holiday(groups["holiday"], ref, max(when, 0) if before else when)
    if rule is not None and near is not None and rule.name in ("month_nearest", "day_range", "week_of_month") and \
            not groups.get("year") and not groups.get("year2") and ((groups.get("day") or groups.get("d1")) and past(
                span) or history and not generic(span) and not future(span)):
        # "The 2019 summit was a disaster. It ran January 17 to 21": a day of a month against the year written near
        return rule.name, rule.resolve(groups, near, part)
    if rule is not None and rule.name in ("past_units", "next_units") and (
            span.end < len(span.doc) and span.doc[span.end].lower_ == "of"
            or span.start > 0 and span.doc[span.start - 1].tag_ == "PRP$"):
        return rule.name, ""  # "the last months of his life", "her last weeks": not counted from now
    if rule is not None and rule.name == "rest_of_unit" and past(span):
        return rule.name, ""  # "It spent the rest of the year lobbying": the rest of a year long past
    if rule is not None and rule.name == "next_units" and past(span):
        return rule.name, (rule.resolve(groups, anchor, part) if anchor else "")  # the narrative's next years
    if rule is not None and near is not None and history and rule.name == "day_month_relative":
        return rule.name, rule.resolve(groups, near, part)  # a decree's "the 12th of October last"
    if rule is None and ref is not None and (running := running_duration(span, ref)):
        return "running_duration", running
    if rule is None or ref is None:
        return explain(span.text, ref)
    if rule.name in YEARLESS_IN_GENERIC and not groups.get("rel") and not groups.get("day") and (
            generic(span) or every(span)):
        return rule.name, explain(span.text, None)[1]
    return rule.name, rule.resolve(groups, ref, part)


# A stretch of time counted in units ("almost 15 years", "six months", "three weeks").
DURATION = re.compile(r"(?:(?:almost|nearly|about|around|roughly|more than|over|some) )?(?P<n>[\w,]+?)[ -]"
                      r"(?P<unit>year|month|week|day)s?", re.I)
PRESENT_PERFECT = frozenset({"has", "have", "'s", "’s", "'ve", "’ve"})
# Verbs of a state that goes on: their present perfect runs up to now ("has lived here for three years").
STATE_VERBS = frozenset({"be", "live", "work", "wait", "stay", "remain", "last", "run", "teach", "serve", "exist",
                         "operate", "know", "own", "lead", "stand", "sit", "rule", "reign", "study"})


def running_duration(span: Span, ref: Reference) -> str:
    """A stretch that runs up to the reference in a present perfect: "has been waging for almost 15 years"
    (2008) is 1994/2008; not "was imprisoned for twelve years" (when, the text does not say)."""
    m = DURATION.fullmatch(span.text)
    if m is None or span.start == 0 or span.doc[span.start - 1].lower_ not in ("for", "over"):
        return ""
    verb = clause_verb(span)
    n = number(m["n"].lower())
    ongoing = verb.lemma_ in STATE_VERBS or verb.tag_ == "VBG"  # "has lived", "has been active", "have been waging"
    frequency = span.end < len(span.doc) and span.doc[span.end].lower_ in ("a", "an", "each", "every", "per")
    if not n or not ongoing or frequency or not any(k.dep_ == "aux" and k.lower_ in PRESENT_PERFECT
                                                    for k in verb.children):
        return ""  # not "has been jailed for five years", "has signed a lease for five years", "two weeks a year"
    unit = m["unit"].lower()
    if unit == "year":
        return f"{iso(ref.year - n)}/{iso(ref.year)}"
    if unit == "month" and ref.month:
        return f"{iso(*shift_months(ref.year, ref.month, -n))}/{iso(ref.year, ref.month)}"
    if ref.date is None:
        return ""
    start = ref.date - dt.timedelta(days=n * (7 if unit == "week" else 1))
    return f"{start.isoformat()}/{ref.date.isoformat()}"


def habitual_clause(span: Span) -> bool:
    """Whether the sentence speaks of what happened again and again ("Every year the town held its parade in
    March", "she always went skiing in March")."""
    return any(t.lower_ in HABITUAL_WORDS for t in span.sent)


# What a weekday names when it modifies them, not a day ("the Tuesday lunch club"; "the Friday deadline" is a day).
WEEKLY_THINGS = frozenset({"club", "market", "shift", "class", "lesson", "clinic", "school", "mass", "service",
                           "group", "league", "paper", "circle", "surgery", "prayer", "rota", "column", "show",
                           "hour"})  # "the Saturday story hour"


# Parts of a day in the plural after a weekday: "on Tuesday evenings" is every Tuesday.
PLURAL_DAYPARTS = frozenset({"mornings", "afternoons", "evenings", "nights", "lunchtimes"})


INDEFINITE = frozenset({"a", "an", "any", "one", "some"})


def recurring(span: Span) -> bool:
    """Whether a date names every one of its kind, or any, so no one day: "every Monday", "each Christmas", "on
    Tuesday evenings", "in an ambulance on a Friday afternoon", "on a typical Sunday", "she said one Sunday"."""
    doc = span.doc
    words = [t.lower_ for t in doc[max(0, span.start - 1): span.end]]
    indefinite = next((k for k, w in enumerate(words) if w in ("a", "any")), None)
    i = span.start - 1
    while i > 0 and span.start - i <= 2 and (doc[i].pos_ == "ADJ" or doc[i].lower_ == "given"):
        i -= 1  # "on a typical Sunday", "one quiet Sunday", "any given Friday"
    if i >= 0 and (doc[i].lower_ in INDEFINITE if i < span.start - 1 else doc[i].lower_ == "one"):
        indefinite, words = 0, [doc[i].lower_, span[0].lower_]
    # ... or one that names a thing rather than a day: "the Tuesday lunch club"
    named = span.root.dep_ in ("compound", "amod") and span.root.head.i >= span.end and \
        span.root.head.lemma_.lower() in WEEKLY_THINGS
    return every(span) or span.end < len(doc) and doc[span.end].lower_ in PLURAL_DAYPARTS or named or (
        indefinite is not None and indefinite + 1 < len(words) and words[indefinite + 1] in load_date_words().weekdays)
