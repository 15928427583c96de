"""A weekday before an abbreviated month's day, a holiday with its year, a postcode that is no year."""

import pytest
from claimscope.components.dates import Reference, normalise_date

from .conftest import dated_doc

KNOWN = Reference(2024, 1, 10)


@pytest.mark.parametrize("text,unknown,known", [
    ("Monday, Jan. 15", "--01-15", "2024-01-15"),
    ("Friday, Feb. 9", "--02-09", "2024-02-09"),
    ("Sunday, Dec. 3", "--12-03", "2023-12-03"),
    ("Tuesday, Sept. 17", "--09-17", "2024-09-17"),
])
def test_a_weekday_before_an_abbreviated_month_leaves_the_day_a_day(text, unknown, known):
    assert normalise_date(text) == unknown
    assert normalise_date(text, KNOWN) == known


@pytest.mark.parametrize("sentence,date,value", [
    ("On Ash Wednesday 1969 the church was full.", "Ash Wednesday 1969", "1969-02-19"),
    ("We marched on Good Friday, 1972.", "Good Friday, 1972", "1972-03-31"),
    ("On Easter Monday 1916 the rising began.", "Easter Monday 1916", "1916-04-24"),
    ("At Christmas 1914 the guns stopped.", "Christmas 1914", "1914-12-25"),
])
def test_a_holiday_keeps_its_year(nlp, sentence, date, value):
    doc = dated_doc(nlp, sentence, "2024-01-10")
    assert [(e.text, e._.value) for e in doc.ents if e.label_ == "DATE"] == [(date, value)]


def test_decoration_day_is_the_thirtieth_of_may(nlp):
    doc = dated_doc(nlp, "It is Decoration Day here and the whole town went up to the cemetery.", "1946-05-30")
    assert [(e.text, e._.value) for e in doc.ents if e.label_ == "DATE"] == [("Decoration Day", "1946-05-30")]


@pytest.mark.parametrize("sentence", [
    "Write to 14 Mercer Lane, Dunmore Falls, OR 97355.",
    "Send it to 1600 Pennsylvania Avenue NW, Washington, DC 20500.",
])
def test_a_postcode_is_no_date(nlp, sentence):
    doc = dated_doc(nlp, sentence, "2024-01-10")
    assert not [e.text for e in doc.ents if e.label_ == "DATE"]


@pytest.mark.parametrize("sentence,value", [
    ("As to Easter, I am afraid I will not be home.", "1962-04-22"),
    ("As to Christmas, we shall spend it with the Adeyemis.", "1962-12-25"),
])
def test_a_holiday_the_model_took_for_a_person_is_a_date(nlp, sentence, value):
    doc = dated_doc(nlp, sentence, "1962-03-03")
    assert [e._.value for e in doc.ents if e.label_ == "DATE"] == [value]
