"""A speech's or a eulogy's delivery line, a colon dateline under a credited year, a year that is only a
target, and quarters and halves of a year."""

import datetime as dt

import pytest
from claimscope.components.dates import Reference, normalise_date
from claimscope.ingest import parse_plain_text
from claimscope.published import infer_published, resolve_published

from .conftest import dated_doc


@pytest.mark.parametrize("header,published", [
    ("Commencement Address to the Class of 2019, Harrowgate College\nDelivered May 17, 2019, on the South Lawn",
     "May 17, 2019"),
    ("In Memory of Margaret Ellery Quayle\nSpoken at St Brannoc's Church, Polwithen, Sept. 3rd, 1998",
     "Sept. 3rd, 1998"),
    ("Remarks as prepared for delivery\nMillbrook Town Hall, Tuesday, 29 October 2024",
     "Tuesday, 29 October 2024"),
    ("Address to the Rotary Club of Dunmore\nGiven on 4 March 2011 at the Grand Hotel", "4 March 2011"),
    ("Toast at the Wedding of Anil and Rhea\nJaipur, 12th February 2016", "12th February 2016"),
])
def test_a_delivery_line_dates_a_speech(header, published):
    doc = parse_plain_text(f"{header}\n\nThank you all for coming tonight. Last week I was in Leeds.\n")
    assert (doc.published, doc.published_source) == (published, "dateline")
    assert published not in doc.text


@pytest.mark.parametrize("body", [
    "The treaty was signed on May 17, 2019, in Geneva.\n\nIt changed little.",  # a sentence, not a header
    "A Report on Spring 2019 Admissions\n\nApplications rose.",  # no full date
    "Minutes of the meeting held on 4 March 2011 and of all the meetings of the committee since then in this town"
    "\n\nThe chair opened.",  # too long for a header line
])
def test_a_sentence_or_a_long_line_with_a_date_is_no_delivery_line(body):
    assert parse_plain_text(f"Title\n\n{body}\n").published == ""


@pytest.mark.parametrize("credit,dateline,iso", [
    ("The Harbour Ledger, 2014", "KARACHI, Feb 6:", "2014-02-06"),
    ("Northern Mail, 2021", "LAHORE, 3 March:", "2021-03-03"),
    ("The Coast Times, 2019", "MOMBASA, Nov 19 -", "2019-11-19"),
])
def test_a_dateline_day_takes_the_year_of_the_credit_line(credit, dateline, iso):
    doc = parse_plain_text(f"OPINION\n\nThe city that waits\n\nBy Sameena Haroon\n{credit}\n\n{dateline} The "
                           "taps in my street ran dry again.\n")
    assert doc.text.strip().startswith("The taps") and resolve_published(doc, doc.text)[0] == iso


def test_a_capitalised_label_with_a_colon_is_no_dateline():
    doc = parse_plain_text("Interview\n\nMARTINEZ: I want to be careful here.\n\nRUIZ: Yes.\n")
    assert doc.published == "" and doc.text.strip().startswith("MARTINEZ:")


@pytest.mark.parametrize("text,year", [
    ("Since 2019 the plan has stalled. We will finish it by 2026.", "2019"),
    ("In 2021 costs rose; the target is net zero by the end of 2025.", "2021"),
    ("The line opened in 2018 and will run until 2024.", "2018"),
    ("By 2020 the firm had collapsed; in 2016 it had 400 staff.", "2020"),  # a past "by" is no target
    ("The plant, built in 2009, has run until 2023, when it closed.", "2023"),
    ("The council hopes to finish the bypass by 2021. Residents first objected in 2016 and in 2019.", "2019"),
])
def test_a_target_year_is_not_the_year_of_writing(text, year):
    assert infer_published(text, today=dt.date(2030, 1, 1)) == year


@pytest.mark.parametrize("text,ref,iso", [
    ("Q3 2023", None, "2023-07/2023-09"), ("the third quarter of 2022", None, "2022-07/2022-09"),
    ("H1 2024", None, "2024-01/2024-06"), ("the second half of 2019", None, "2019-07/2019-12"),
    ("the fourth quarter of fiscal 2021", None, ""), ("the third fiscal quarter of 2024", None, ""),
    ("Q2", Reference(2023, 10, 16), "2023-04/2023-06"), ("Q2", None, ""),
    ("the first half", Reference(2023, 10, 16), ""),  # a match's half as much as a year's
    ("the first quarter of next year", Reference(2024, 5, 14), "2025-01/2025-03"),
    ("the second half of last year", Reference(2024, 5, 14), "2023-07/2023-12"),
    ("the final quarter of this year", Reference(2024, 5, 14), "2024-10/2024-12"),
    ("the first half of the coming year", Reference(2024, 5, 14), "2025-01/2025-06"),
    ("the first quarter of next year", None, ""),  # no document date: no year to count from
])
def test_quarters_and_halves(text, ref, iso):
    assert normalise_date(text, ref) == iso


@pytest.mark.parametrize("line", ["Born 23 January 1928 Paris, France", "Died 4 March 2011 in Leeds",
                                  "Founded May 17, 2019 by three engineers"])
def test_a_date_in_a_fact_line_is_not_the_document_date(line):
    doc = parse_plain_text(f"Jeanne Moreau\n{line}\n\nShe was an actress. Last week a film of hers was shown.\n")
    assert doc.published == "" and line in doc.text


def _dates(nlp, text, published):
    return [(e.text, e._.value) for e in dated_doc(nlp, text, published).ents if e.label_ in ("DATE", "TIME")]


def test_a_diary_entry_heading_dates_the_entry_below_it(nlp):
    text = ("Glass cleared. I met the plot secretary yesterday.\n\nMarch 27th, 2011\n\nClocks went forward last "
            "night. Tomorrow I plant the beans.\n\nTuesday, 5 April 2011\n\nYesterday it rained all day.")
    relative = [(t, v) for t, v in _dates(nlp, text, "2011-03-14") if t.lower() in (
        "yesterday", "last night", "tomorrow")]
    assert relative == [("yesterday", "2011-03-13"), ("last night", "2011-03-26"), ("Tomorrow", "2011-03-28"),
                        ("Yesterday", "2011-04-04")]


@pytest.mark.parametrize("sentence,value", [
    ("On Wednesday I am going to the bank.", "2006-05-10"),  # a present progressive with a day: an arrangement
    ("The Harcourts are coming on Thursday.", "2006-05-11"),
    ("We need the figures before Thursday.", "2006-05-11"),  # a deadline ahead
    ("Send the forms by Wednesday.", "2006-05-10"),
    ("He was going to the bank on Wednesday.", "2006-05-03"),  # past progressive: the one before
    ("The shop closed on Wednesday.", "2006-05-03"),
    ("This Sunday the choir sings.", "2006-05-07"),  # "this" is of the week, Monday to Sunday
    ("This Monday the choir sang.", "2006-05-01"),
])
def test_days_ahead_in_arrangements_and_deadlines(nlp, sentence, value):
    (day,) = [v for _, v in _dates(nlp, sentence, "2006-05-06")]  # a Saturday
    assert day == value


@pytest.mark.parametrize("sentence,published,value", [
    ("Rents are rising faster than at any time since January.", "2024-05-15", "2024-01"),  # a state since then
    ("Since Monday, the bridge is carrying twice the traffic.", "2024-05-15", "2024-05-13"),
    ("Markets are falling on Tuesday, traders said.", "2024-05-14", "2024-05-14"),  # that Tuesday: today
    ("The letter did not arrive until Monday.", "2024-05-15", "2024-05-13"),  # a past deadline
    ("The parts did not arrive until March.", "2024-05-15", "2024-03"),
    ("Voters went to the polls this Sunday.", "2024-05-14", "2024-05-12"),  # "this" in the past: the last one
    ("The talks will resume this Monday.", "2024-05-19", "2024-05-20"),  # ... and to come: the next one
    ("Profits rose 4% in Q3.", "2024-02-01", "2023-07/2023-09"),  # a past quarter not yet reached this year
    ("Monday 24 February was the first day of term.", "2025-03-07", "2025-02-24"),  # the day is no year
    ("This summer we will open the first phase of the park.", "2026-01-22", "2026-06/2026-09"),  # a season ahead
    ("A great-granddaughter was born in the spring.", "2024-11-16", "2024-03/2024-06"),  # ... or gone
    ("She was told it would take most of the summer.", "2024-06-13", "2024-06/2024-09"),  # ... or the current one
    ("The inquiry was postponed until the autumn.", "2024-05-14", "2024-09/2024-12"),  # "until" points ahead
    ("Applications must be submitted by Friday.", "2024-05-14", "2024-05-17"),
    ("A fortnight ago the roof leaked again.", "2025-02-07", "2025-01-24"),
    ("We will be finished by the end of November.", "2025-02-07", "2025-11-15/2025-11-30"),  # the edge of a month
    ("The works began at the beginning of March.", "2025-02-07", "2024-03-01/2024-03-15"),
])
def test_tense_decides_and_no_rule_reaches_too_far(nlp, sentence, published, value):
    assert [v for _, v in _dates(nlp, sentence, published)][0] == value


def test_a_diary_published_after_its_entries_is_still_a_diary(nlp):
    text = ("Our lockdown diary\n\nMonday 23 March 2020\n\nYesterday the schools closed.\n\nFriday 27 March 2020"
            "\n\nYesterday we clapped for carers.")
    assert [v for t, v in _dates(nlp, text, "2020-04-30") if t == "Yesterday"] == ["2020-03-22", "2020-03-26"]


def test_a_heading_dated_before_the_text_is_a_section_not_a_diary_entry(nlp):
    text = ("The flood came back to us this week.\n\n4 August 2020\n\nThe water rose overnight.\n\n"
            "Yesterday the council met again.")
    assert dict(_dates(nlp, text, "2024-08-06"))["Yesterday"] == "2024-08-05"


def test_a_school_year_is_no_date(nlp):
    assert [v for t, v in _dates(nlp, "Year 4 visited the museum in the year 1998.", "2025-02-07")] == ["1998"]
