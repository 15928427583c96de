"""Asking someone to act is a speech act ("asked the council to delay the vote"; not "asked to leave early"); a body
forecasts a figure (but engineers project images); "a city council somewhere decides" is any council; a clock
time's zone written out ("10:52 p.m. Central time") ends no sentence; a month of this, last or next year; a season
a future clause is not expected before is ahead; a eulogy's "By his granddaughter, Clare Brennan" under its
delivery line; an election declared won, called or conceded is a speech act."""

import pytest

from .conftest import cleaned, dated_doc, last_attribution


@pytest.mark.parametrize("text,claim_type", [
    ("She had asked the council to delay the vote until staff could study a rebate program.", "sourced"),
    ("Residents asked the mayor to reopen the pool.", "sourced"),
    ("He asked to leave early.", "editorial"),
    ("The Congressional Budget Office forecasts a federal deficit of $1.9 trillion for the 2024 fiscal year.",
     "sourced"),
    ("Engineers projected images onto the wall of the cathedral.", "editorial"),
    ("Every few years, a city council somewhere decides that it has had enough.", "editorial"),
    ("A council spokesman says the plan is dead.", "sourced"),
])
def test_requests_projections_and_any_council(attribute, text, claim_type):
    assert last_attribution(attribute, text).claim_type == claim_type, text


@pytest.mark.parametrize("zone", ["Central time", "Eastern Standard Time", "Pacific time"])
def test_a_time_zone_written_out_ends_no_sentence(attribute, zone):
    claims = attribute(f"The Associated Press called the race for Hartley at 10:52 p.m. {zone}. Brandt conceded.")
    assert [t for t, _ in claims][0].endswith(f"{zone}."), claims


@pytest.mark.parametrize("sentence,target,expected", [
    ("The scheme opened in April last year.", "April", "2024-04"),
    ("Work starts in June this year.", "June", "2025-06"),
    ("The plant will close in April of next year.", "April", "2026-04"),
    ("A decision is not expected before the autumn.", "autumn", "2025-09/2025-12"),
])
def test_months_of_a_named_year_and_seasons_ahead(nlp, sentence, target, expected):
    doc = dated_doc(nlp, sentence, "2025-03-13")
    assert next(e._.value for e in doc.ents if e.label_ == "DATE" and target in e.text) == expected


@pytest.mark.parametrize("relation,name", [("granddaughter", "Clare Brennan"), ("son", "David Holloway")])
def test_a_eulogy_byline_with_its_relation(relation, name):
    doc, _ = cleaned(f"Eulogy for Thomas Brennan\n\nDelivered at St. Mary's Church, Dunmore, 12 April 2025\n\n"
                     f"By his {relation}, {name}\n\nGood morning, everyone. Thank you all for coming.")
    assert (doc.author, doc.published) == (name, "12 April 2025")


@pytest.mark.parametrize("text,claim_type", [
    ("Hartley declared victory just before midnight in Madison.", "sourced"),
    ("The Associated Press called the race for Hartley at 10:52 p.m.", "sourced"),
    ("Fox News called the state for Hartley before midnight.", "sourced"),
    ("Brandt conceded shortly after 11 p.m. in a ballroom.", "sourced"),
    ("The governor declared a state of emergency.", "editorial"),
    ("United conceded twice in the second half.", "editorial"),
    ("The keeper conceded a late goal.", "editorial"),
    ("She called the meeting to discuss the budget.", "editorial"),
])
def test_an_election_called_won_or_conceded_is_a_speech_act(attribute, text, claim_type):
    assert last_attribution(attribute, text).claim_type == claim_type, text


@pytest.mark.parametrize("text,claim_type", [
    ("The next test comes on November 7, when the Fed announces its next decision.", "editorial"),
    ("The real test comes in March, when the board reveals its plan.", "editorial"),
    ("On Monday, when the minister said that the plan had failed, shares fell.", "sourced"),
])
def test_a_cue_in_a_time_clause_to_come_reports_nothing_yet(attribute, text, claim_type):
    assert last_attribution(attribute, text).claim_type == claim_type, text
