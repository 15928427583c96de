"""Speech that is only planned or timetabled is no report yet ("plans to announce whether", "is set to unveil");
an election called for a day is a timetable, not a result ("called a snap election for July"), while one called
for a winner is a declaration ("called the race for Hartley")."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("text", [
    "The minister plans to announce whether the tax will rise.",
    "The union aims to show that the cuts were illegal.",
    "The lawsuit seeks to prove that the firm misled investors.",
    "The chancellor is set to announce that fuel duty will be frozen.",
    "The governor is scheduled to explain why the budget overran.",
    "Ministers are slated to reveal whether the plant will close.",
])
def test_speech_planned_or_timetabled_is_no_report(attribute, text):
    att = last_attribution(attribute, text)
    assert att.claim_type == "editorial", (text, att)


@pytest.mark.parametrize("text,speaker", [
    ("The minister announced that the tax will rise.", "The minister"),
    ("The chancellor set out why fuel duty would be frozen, aides said.", "aides"),
    ("Lawyers tried to show that the contract was void, the judge said.", "the judge"),
])
def test_speech_that_was_made_still_reports(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("text,claim_type", [
    ("The prime minister called the general election for July.", "editorial"),
    ("Sunak called a snap election in May.", "editorial"),
    ("The governor called a special election for March 3.", "editorial"),
    ("The premier called an early election for the spring.", "editorial"),
    ("Fox News called the election for Biden on Saturday.", "sourced"),
    ("The networks called the state for Smith shortly after midnight.", "sourced"),
    ("The AP called the general election for Ortiz at 11 p.m.", "sourced"),
    ("Protesters called for June 4 to be a day of mourning.", "sourced"),
    ("The council called for an inquiry on Monday.", "sourced"),
])
def test_an_election_called_for_a_day_is_a_timetable(attribute, text, claim_type):
    assert last_attribution(attribute, text).claim_type == claim_type, text
