"""Numbers the NER took for dates: an age ("Lionel Farquhar, 61,"), a route or a page, a school year, a
24-hour clock time ("at 0615"); and the places where a bare number is a year ("in 84", "55 and 54 BC")."""

import re

from spacy.tokens import Span

from .util import doc_text


def age_of_person(ent: Span) -> bool:
    """A number set off by commas after a person's name is an age, not a year ("Lionel Farquhar, 61, said");
    so is a decade of someone's life ("in their twenties", "in her early forties")."""
    doc = ent.doc
    last = ent[-1]
    if last.is_alpha and last.lower_.endswith("ties") or DECADE_OF_LIFE.fullmatch(last.text):
        # "in their twenties", "by his late forties", "in her mid-30s"; not "Their sixties were golden"
        owner = next((t for t in reversed(doc[max(0, ent.start - 2): last.i]) if t.lower_ not in LIFE_PARTS), None)
        return owner is not None and owner.tag_ == "PRP$" and owner.i > 0 and doc[owner.i - 1].dep_ == "prep"
    return len(ent) == 1 and bool(re.fullmatch(r"\d{1,3}", ent.text)) and int(ent.text) <= 120 and ent.start >= 2 \
        and doc[ent.start - 1].text == "," and (ent.end == len(doc) or doc[ent.end].text in (",", ".")) \
        and (doc[ent.start - 2].ent_type_ == "PERSON" or doc[ent.start - 2].pos_ == "PROPN")


# A decade of a life written in digits: "in his 60s", "in their late 20's".
DECADE_OF_LIFE = re.compile(r"[1-9]0[’']?s")
# Parts of a decade of a life ("her early thirties").
LIFE_PARTS = frozenset({"early", "mid", "late", "middle", "-"})
# Words after which a bare number stands in a year's place ("in 84", "the class of 92", "until 866").
YEAR_PLACE = frozenset({"in", "since", "until", "till", "from", "of", "by", "circa", "c.", "ca.", "around", "about",
                        "before", "after", "during", "year", "ad"})
SERIES = frozenset({"and", "or", "to", "-", "–"})
ERA_AFTER = frozenset({"bc", "bce", "ad", "ce", "b.c.", "a.d."})
_BARE_NUMBER = re.compile(r"\d{1,3}|\d{1,3}[-–]\d{1,3}")


# A street after a house number: "2817 NE Alberta St", "1600 Pennsylvania Avenue".
STREET_AFTER = re.compile(r"\s+(?:(?P<compass>[NSEW]|NE|NW|SE|SW)\.?\s+)?(?:[A-Z][\w'’-]+\s+){1,3}"
                          r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Pl|Place|Ct|Court|Terrace|"
                          r"Hwy|Highway)\b")
# A neutral citation before a case's number: "[2023] EWCA Civ ", "[2025] UKSC ".
CITATION_BEFORE = re.compile(r"\[(?:1[89]|20)\d\d\] [A-Z]{2,}(?: [A-Z][a-z]{1,5})? $")
# A periodical's name ends on its frequency: "Rose City Monthly", "The Tablet Weekly".
PERIODICAL_WORDS = frozenset({"Monthly", "Weekly", "Daily", "Quarterly", "Annual", "Fortnightly"})


def periodical_word(ent: Span) -> bool:
    """Whether a DATE opens on the frequency word of a periodical's name ("Monthly" in "Rose City Monthly").

    >>> import spacy
    >>> doc = spacy.blank("en")("in Rose City Monthly last week")
    >>> doc[1].pos_ = doc[2].pos_ = "PROPN"
    >>> periodical_word(doc[3:4]), periodical_word(doc[4:6])
    (True, False)
    """
    doc, first = ent.doc, ent[0]
    return first.text in PERIODICAL_WORDS and first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[
        first.i - 1].is_title


def out_of_place_number(ent: Span) -> bool:
    """A bare number the model took for a date outside a year's place: an age ("She was 92", "aged 70",
    "who is now eighty-six"), a route ("the 14"), a page range ("172, 31-44"), a school year ("Year 4"). A number
    after "in", "since", "of" ..., in a series of such years ("in 80 and 84") or with an era is a year."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    if re.fullmatch(r"\d{1,5}", ent.text) and (before is None or before.lower_ not in YEAR_PLACE) and (
            street := STREET_AFTER.match(doc_text(doc)[ent.end_char: ent.end_char + 60])) is not None and (
            street["compass"] or not 1000 <= int(ent.text) <= 2100 or before is None or before.text in (",", "at")):
        return True  # a house number: "2817 NE Alberta St", "at 1600 Pennsylvania Avenue"; not "In 2019 Supreme Court"
    if re.fullmatch(r"\d{1,5}", ent.text) and CITATION_BEFORE.search(doc_text(doc)[max(0, ent.start_char - 30):
                                                                            ent.start_char]):
        return True  # a law report's number: "[2023] EWCA Civ 1184", "[2025] UKSC 7"
    if re.fullmatch(r"(?:\(?\d{3}\)? ?)?\d{3}[-.]\d{4}", ent.text):
        return True  # a telephone number: "555-0150"
    if re.fullmatch(r"Year \d{1,2}", ent.text):
        return True  # a school year ("Year 4 visited the museum"), not "the year 71"
    share = doc[ent.end: ent.end + 2].text.lower() in ("per cent", "per centum") or ent.end < len(doc) and doc[
        ent.end].lower_ in ("percent", "%")
    if share and not any(t.is_alpha and not t.like_num and t.lower_ not in SERIES | {"between"} for t in ent):
        return True  # "between 15 and 30 per cent": a share
    words = all(t.like_num or t.text == "-" for t in ent) and not any(t.is_digit for t in ent) and len(ent) <= 3
    if not (_BARE_NUMBER.fullmatch(ent.text) or words):
        return False
    before = doc[ent.start - 1] if ent.start else None
    if ent.end < len(doc) and doc[ent.end].lower_ in ERA_AFTER or before is not None and before.lower_ in YEAR_PLACE:
        return False
    if before is not None and before.lower_ in SERIES and before.i and re.fullmatch(r"'?\d\d|1\d{3}|20\d\d",
                                                                                doc[before.i - 1].text):
        return False  # "in 80 and 84"; not a tally's "523 to 46"
    if words:  # number words are a year only in a year's place; as a predicate or after "aged", an age
        return ent.root.dep_ in ("attr", "acomp") and ent.root.head.lemma_ == "be" or \
            before is not None and before.lower_ in ("aged", "age", "at")  # "left school at fourteen"
    return True


# A 24-hour clock time as logs and timetables write it ("at 0615", "by 2145"): hours and minutes.
CLOCK_24 = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")


def clock_time(ent: Span) -> bool:
    """A four-digit number that is a 24-hour clock time, not a year: written with a leading zero ("0615"),
    followed by "hours" or a time zone ("1930 hours", "1400 GMT"), or after "at" at an hour no year of
    the text is likely to be ("anchored at 2145"; "stops at 2010" and "in 2145" stay years)."""
    if len(ent) != 1 or not CLOCK_24.fullmatch(ent.text):
        return False
    doc = ent.doc
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    late = ent.start > 0 and doc[ent.start - 1].lower_ == "at" and ent.text >= "2100"
    return ent.text.startswith("0") or after in CLOCK_WORDS or late


# Words after a 24-hour time: "1930 hours", "1400 GMT".
CLOCK_WORDS = frozenset({"hours", "hrs", "h", "gmt", "utc", "bst", "cet", "est", "local", "zulu"})


def share_era(ents: list[Span]) -> None:
    """A bare year in a series with one that has an era takes that era ("55 and 54 BC": 55 BC, not 1955)."""
    from .date_rules import normalise_date

    for left, right in zip(ents, ents[1:], strict=False):
        era = right[-1]
        written_apart = len(right) == 1 or bool(right[-2].whitespace_)  # "54 BC", not "54BC"
        between = left.doc[left.end: right.start]
        if left.label_ == right.label_ == "DATE" and era.lower_ in ERA_AFTER and written_apart \
                and re.fullmatch(r"\d{1,4}", left.text) and 1 <= len(between) <= 3 \
                and between[0].lower_ in SERIES:  # "55 and (again in) 54 BC"
            left._.value = normalise_date(f"{left.text} {era.text}")
