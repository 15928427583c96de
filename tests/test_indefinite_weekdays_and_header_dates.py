"""A weekday said of no one day ("on a typical Sunday", "one Sunday"), and the dates a page header prints with a
short weekday, hyphens, a time or a dash, read without the general date parser."""

import pytest
from claimscope.components.dates import normalise_date

from .conftest import dated_doc


def _values(nlp, text, published="2025-05-17"):
    return {e.text: e._.value for e in dated_doc(nlp, text, published).ents if e.label_ in ("DATE", "TIME")}


@pytest.mark.parametrize("text", [
    "On a typical Sunday this winter, the branch was full.",
    "She said one Sunday that she was tired of the drive.",
    "We walked there on a quiet Saturday in spring.",
    "Any Friday would suit the committee.",
])
def test_a_weekday_of_no_one_day_has_no_value(nlp, text):
    values = _values(nlp, text)
    day = next(k for k in values if k.split()[0] in ("Sunday", "Saturday", "Friday"))
    assert values[day] == "", values


@pytest.mark.parametrize("text,value", [
    ("We met on Sunday to plan the march.", "2025-05-11"),
    ("The strike began last Saturday.", "2025-05-10"),
])
def test_a_weekday_of_one_day_keeps_its_value(nlp, text, value):
    assert value in _values(nlp, text).values()


@pytest.mark.parametrize("text,value", [
    ("Tue 12 Mar 2024", "2024-03-12"),
    ("Wed 5 June 2024 06.00 BST", "2024-06-05"),
    ("8-May-2006", "2006-05-08"),
    ("17-Sep-1998", "1998-09-17"),
    ("March 10, 2024 at 8:02 am", "2024-03-10"),
    ("Tue Mar 11 2025 - 05:00", "2025-03-11"),
    ("October 1, 2024 —", "2024-10-01"),
])
def test_header_dates_are_read_by_the_rules(text, value, monkeypatch):
    from claimscope.components import date_rules

    monkeypatch.setattr(date_rules, "dateparser_value", lambda *a: "")  # the rules alone
    assert normalise_date(text) == value



@pytest.mark.parametrize("text,date,value", [
    ("She says that if the trade keeps up through the autumn she will want me to learn the cutting.", "the autumn",
     "1892-09/1892-12"),
    ("If the talks resume in March, the strike will end.", "March", "1893-03"),
    ("Unless the council acts by Friday, the library will close.", "Friday", "1892-07-15"),
])
def test_a_condition_of_a_clause_to_come_is_ahead(nlp, text, date, value):
    assert _values(nlp, text, "1892-07-14")[date] == value


def test_a_condition_of_a_habit_stays_generic(nlp):
    assert _values(nlp, "If it rains in November, the roads flood.", "1892-07-14")["November"] == "--11"


def test_a_condition_that_did_not_happen_is_not_ahead(nlp):
    assert _values(nlp, "If the talks had resumed in March, the strike would have ended.")["March"] == "2025-03"


def test_any_given_weekday_is_no_one_day(nlp):
    assert _values(nlp, "Any given Friday brings a crowd to the square.")["Friday"] == ""


@pytest.mark.parametrize("text,date,value", [
    ("Go home on Monday and rest.", "Monday", "2025-05-19"),
    ("Call the office on Friday.", "Friday", "2025-05-23"),
    ("Remember the storm in March?", "March", "2025-03"),
])
def test_an_imperative_done_on_a_day_is_ahead_but_remembering_looks_back(nlp, text, date, value):
    assert _values(nlp, text)[date] == value
