"""Dates that point ahead without a future tense ("is due to appear on Thursday", "before the estimates
are tabled in April", "said ... and that engineers would inspect the line on Sunday"), the rest of a unit
("for the rest of the weekend"), the weekend under way or to come, and a decade of someone's life written in
digits ("a man in his 60s"), which is an age, not the 1960s."""

import pytest

from .conftest import dated_doc


def value_of(nlp, text, published, target):
    doc = dated_doc(nlp, text, published)
    found = [(e.text, e._.value) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    return next((v for t, v in found if target in t), None), found


@pytest.mark.parametrize("sentence,target,value", [
    ("He is due to appear in court on Thursday.", "Thursday", "2025-10-23"),
    ("The ferry is due to sail on Friday.", "Friday", "2025-10-24"),
    ("The new timetable is set to start on Monday.", "Monday", "2025-10-27"),
    ("The committee should restore the grant before the estimates are tabled in April.", "April", "2026-04"),
    ("The council will wait until the report is published in May.", "May", "2026-05"),
    ("Officials must decide before the season opens in August.", "August", "2026-08"),
    ("Ministers must act when the report is published in May.", "May", "2026-05"),
    ("The bill should pass once the Lords return in April.", "April", "2026-04"),
    ("A spokesperson said the line had been closed after a landslip, and that engineers would inspect it on "
     "Sunday.", "Sunday", "2025-10-26"),
])
def test_a_clause_that_points_ahead_takes_the_next_date(nlp, sentence, target, value):
    # Published on a Monday in October: the nearest April, May or August and the nearest weekdays are behind.
    got, found = value_of(nlp, sentence, "2025-10-20", target)
    assert got == value, found


@pytest.mark.parametrize("sentence", [
    "Traditionally, the queen must open parliament before the budget is read in November.",
    "Every year we must wait until the budget is published in November.",
])
def test_a_habit_in_a_time_clause_names_no_year(nlp, sentence):
    got, found = value_of(nlp, sentence, "2025-10-20", "November")
    assert got == "--11", found


def test_the_rest_of_a_unit_in_a_past_narrative_is_not_counted_from_today(nlp):
    got, found = value_of(nlp, "In March 2019 the council lost its appeal. It spent the rest of the year lobbying.",
                          "2025-03-04", "rest")
    assert got == "", found


@pytest.mark.parametrize("sentence", ["Rents are reviewed in April.", "The report was due to be published on Monday."])
def test_a_habit_or_a_past_plan_does_not(nlp, sentence):
    got, found = value_of(nlp, sentence, "2025-03-04", "April" if "April" in sentence else "Monday")
    assert got in ("--04", "2025-03-03"), found


@pytest.mark.parametrize("sentence,published,value", [
    ("Celtic Link has cancelled all services for the rest of the weekend.", "2025-01-18", "2025-01-18/2025-01-19"),
    ("The shop will be shut for the rest of the week.", "2025-01-15", "2025-01-15/2025-01-19"),
    ("Sales should stay flat for the remainder of the year.", "2024-05-14", "2024-05-14/2024-12-31"),
    ("The museum is closed for the rest of the month.", "2024-02-20", "2024-02-20/2024-02-29"),
])
def test_the_rest_of_a_unit_runs_from_the_day_of_writing(nlp, sentence, published, value):
    got, found = value_of(nlp, sentence, published, "rest" if "rest" in sentence else "remainder")
    assert got == value, found


@pytest.mark.parametrize("sentence,published,value", [
    ("Trains will not run this weekend.", "2025-01-18", "2025-01-18/2025-01-19"),
    ("Trains will not run this weekend.", "2025-01-15", "2025-01-18/2025-01-19"),
    ("Protests are planned for this weekend.", "2025-01-20", "2025-01-25/2025-01-26"),
    ("The band plays next weekend.", "2025-01-18", "2025-01-25/2025-01-26"),
    ("Protesters marched through the city last weekend.", "2025-01-18", "2025-01-11/2025-01-12"),
    ("Protesters marched through the city at the weekend.", "2025-01-20", "2025-01-18/2025-01-19"),
])
def test_the_weekend_meant(nlp, sentence, published, value):
    got, found = value_of(nlp, sentence, published, "weekend")
    assert got == value, found


@pytest.mark.parametrize("sentence", [
    "A man in his 60s has died after a tree fell on his car.",
    "She was in her early 30s when she moved to Lagos.",
    "Voters in their late 20's stayed at home.",
])
def test_a_decade_of_a_life_in_digits_is_no_date(nlp, sentence):
    found = [(e.text, e._.value) for e in dated_doc(nlp, sentence, "2025-03-04").ents if e.label_ == "DATE"]
    assert not any(v.startswith(("19", "20")) for _, v in found), found


def test_a_decade_of_the_century_still_is(nlp):
    got, found = value_of(nlp, "Prices rose sharply in the 60s.", "2025-03-04", "60s")
    assert got == "1960/1969", found


@pytest.mark.parametrize("sentence,values", [
    ("Like-for-like sales fell 3.1% in 2024, with the sharpest falls between January and August.",
     {"January": "2024-01", "August": "2024-08"}),
    ("The plant closed in 2019 and reopened in March.", {"March": "2019-03"}),
    ("Membership rose in 2023, helped by a recruitment drive in December.", {"December": "2023-12"}),
])
def test_a_year_named_before_a_bare_month_in_its_sentence_dates_it(nlp, sentence, values):
    doc = dated_doc(nlp, sentence, "2024-11-20")
    found = {e.text: e._.value for e in doc.ents if e.label_ == "DATE"}
    assert all(found.get(k) == v for k, v in values.items()), found


def test_not_a_month_to_come(nlp):
    got, found = value_of(nlp, "Founded in 1998, the firm will open a plant in March.", "2024-11-20", "March")
    assert got == "2025-03", found
