"""Dates that name no one day ("every Monday", "on Tuesday evenings"), clock times written as four digits
("at 0615"), the edge of a month ("the end of the month"), counts back to a month ("fifty years ago this
month"), two-digit and spelled-out years ("the summer of '69", "the nineteen-sixties"), an era shared by a
series ("55 and 54 BC"), and header lines that say when a meeting was held or what a newsletter is."""

import pytest
from claimscope.datelines import header_date

from .conftest import dated_doc


def values(nlp, text, published):
    return [(e.text, e._.value) for e in dated_doc(nlp, text, published).ents if e.label_ in ("DATE", "TIME")]


@pytest.mark.parametrize("sentence", [
    "The market is held every Monday.",
    "The list is updated each Friday until the end of the year.",
    "She rang her sister every Christmas for forty years.",
    "The choir practised on Tuesday evenings until last year.",
    "He walked the dog on Sunday mornings.",
])
def test_a_date_of_every_week_or_year_names_no_day(nlp, sentence):
    found = values(nlp, sentence, "2024-10-18")
    recurring = [v for t, v in found if any(w in t for w in ("Monday", "Friday", "Christmas", "Tuesday", "Sunday"))]
    assert recurring and all(v == "" for v in recurring), found


@pytest.mark.parametrize("sentence", ["We weighed anchor at 0615 and made six knots.",
                                      "The watch changed at 2145 without incident.",
                                      "Breakfast was served at 0730 sharp."])
def test_a_four_digit_clock_time_is_no_year(nlp, sentence):
    assert all(not v.lstrip("-").isdigit() for _, v in values(nlp, sentence, "2023-06-10"))


@pytest.mark.parametrize("sentence,year", [("In 2145 the sun will still rise.", "2145"),
                                           ("The figures are at 1999 prices.", "1999")])
def test_a_year_in_a_years_place_stays_a_year(nlp, sentence, year):
    assert (year, year) in values(nlp, sentence, "2023-06-10")


@pytest.mark.parametrize("sentence,published,value", [
    ("I hope to write again before the end of the month.", "1944-03-14", "1944-03-15/1944-03-31"),
    ("Invoices must be filed by the end of the month.", "2024-09-09", "2024-09-15/2024-09-30"),
    ("The roof will be finished by the end of next month.", "2024-12-02", "2025-01-15/2025-01-31"),
    ("Fifty years ago this month, she arrived in Leeds.", "2024-10-18", "1974-10"),
    ("Four years ago this August we sat where you sit.", "2019-06-02", "2015-08"),
    ("They met in the summer of '69.", "2024-10-18", "1969-06/1969-09"),
    ("The shop opened in the spring of '04.", "2024-10-18", "2004-03/2004-06"),
    ("Nobody who lived through the nineteen-sixties forgot them.", "2025-10-03", "1960/1969"),
    ("The house dates from the eighteen-nineties.", "2025-10-03", "1890/1899"),
])
def test_edges_counts_back_and_short_years(nlp, sentence, published, value):
    assert value in [v for _, v in values(nlp, sentence, published)]


@pytest.mark.parametrize("sentence,first,second", [
    ("Caesar crossed to Britain in 55 and 54 BC.", "-0054", "-0053"),
    ("Caesar invaded in 55 and again in 54 BC.", "-0054", "-0053"),
])
def test_an_era_holds_for_the_whole_series(nlp, sentence, first, second):
    found = [v for _, v in values(nlp, sentence, "2025-10-03")]
    assert found[:2] == [first, second], found


@pytest.mark.parametrize("line,date", [
    ("Parish newsletter of St Aidan's, Brackley Green | Sunday 2 March 2025", "Sunday 2 March 2025"),
    ("Minutes of the Committee Meeting held on Wednesday 9 April 2025 at 7.00pm in Harwick Village Hall",
     "Wednesday 9 April 2025"),
    ("Notes of the Annual General Meeting held 3 March 2024", "3 March 2024"),
    ("Quarterly bulletin of the Fenwick Rowing Club · 12 January 2026", "12 January 2026"),
    ("The meeting was held on Wednesday 9 April 2025 at 7pm in the hall.", ""),  # a sentence
    ("A vote held on Wednesday 9 April 2025 decided it", ""),
])
def test_a_header_line_says_when(line, date):
    assert header_date(line) == date


@pytest.mark.parametrize("line,day", [
    ("Ash Wednesday, 5 March - Holy Communion with ashes, 10am.", "2025-03-05"),
    ("Mothering Sunday, 30 March - All-age service at 10.30am.", "2025-03-30"),
    ("Low Sunday, 27 April - Annual meeting after the service.", "2025-04-27"),
])
def test_a_weekday_beside_its_date_is_that_day(nlp, line, day):
    found = values(nlp, line, "2025-03-02")
    assert [v for t, v in found if t.endswith("day")] == [day], found


@pytest.mark.parametrize("sentence,published,text,value", [
    # the month the sentence is about, not the text's own; none for a habit
    ("Sales slumped in September, and by the end of the month the shop had closed.", "2024-10-02",
     "the end of the month", "2024-09-15/2024-09-30"),
    ("In March 1944 the battalion moved north. By the end of the month it had reached the river.", "2024-10-02",
     "the end of the month", "1944-03-15/1944-03-31"),
    ("Rent is due at the start of the month.", "2024-10-02", "the start of the month", ""),
    # a year after "at" stays a year
    ("The data series stops at 2010.", "2024-10-02", "2010", "2010"),
    ("Wages are still below their level at 2008.", "2024-10-02", "2008", "2008"),
    ("We meet every other Tuesday.", "2024-10-02", "Tuesday", ""),
    ("The festival is planned for the summer of '25.", "2024-10-02", "the summer of '25", "2025-06/2025-09"),
    ("Thirty-one years ago she came to the valley.", "2024-10-18", "Thirty-one years ago", "1993"),
    ("The mill closed in 1990. Twenty-five years later it reopened.", "2024-10-18", "Twenty-five years later",
     "2015"),
])
def test_what_a_reviewer_found(nlp, sentence, published, text, value):
    assert (text, value) in values(nlp, sentence, published)


def test_a_weekday_that_disagrees_with_its_date_keeps_its_own_reading(nlp):
    found = dict(values(nlp, "The hearing is on Monday, 4 March.", "2025-02-10"))
    assert found["Monday"] != "2025-03-04"  # 4 March 2025 is a Tuesday


@pytest.mark.parametrize("line", ["On this day | 4 July 1776", "Britain's hottest temperature recorded on 19 July 2022",
                                  "A vigil for the hostages held on 7 October 2023"])
def test_a_line_about_a_date_is_no_header(line):
    assert header_date(line) == ""
