"""Data and documents whose origin a common noun names ("figures released by the council", "a report by the
ministry") are that body's; a that-clause the parser hung on the one a cue is addressed to ("wrote to a
colleague that ...") is what the cue reports; what few or not many hold is the author's claim, as what nobody
holds is."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("sentence,canonical", [
    ("According to figures released by the council, rents rose 9 percent.", "council"),
    ("Figures from the health board show that waiting lists grew.", "health board"),
    ("According to data published by the ministry, exports fell.", "ministry"),
    ("A survey by the union found that most members oppose the deal.", "union"),
])
def test_data_from_a_body_named_by_a_common_noun_are_that_bodys(attribute, sentence, canonical):
    att = last_attribution(attribute, sentence)
    assert att.claim_type == "sourced" and att.speaker_canonical == canonical, att


def test_a_body_named_before_is_the_one_the_common_noun_means(attribute):
    att = last_attribution(attribute, "The Hartfield Borough Council met on Monday. According to figures released "
                                      "by the council, rents rose.")
    assert att.claim_type == "sourced" and att.speaker_canonical == "Hartfield Borough Council", att


@pytest.mark.parametrize("sentence,speaker", [
    ("Darwin wrote to a colleague that the theory was sound.", "Darwin"),
    ("The minister wrote to a colleague that the deal was off.", "The minister"),
    ("The firm wrote to its suppliers that payments would be late.", "The firm"),
    ("Mrs Okafor complained to the council that the road was unsafe.", "Mrs Okafor"),
])
def test_a_clause_hung_on_the_one_addressed_is_reported(attribute, sentence, speaker):
    att = last_attribution(attribute, sentence)
    assert att.claim_type == "sourced" and att.speaker == speaker, att


@pytest.mark.parametrize("sentence", [
    "She went to a school that had no roof.",
    "They sent a letter to the mayor that nobody read.",
    "He moved to a town that his father had left.",
])
def test_a_relative_clause_on_a_place_or_thing_reports_nothing(attribute, sentence):
    assert last_attribution(attribute, sentence).claim_type == "editorial"


@pytest.mark.parametrize("sentence", [
    "Few historians dispute that the treaty failed.",
    "Not many economists think that rates will fall this year.",
    "Very few voters believe that the plan will work.",
])
def test_hardly_anyone_holding_it_is_the_authors_claim(attribute, sentence):
    assert last_attribution(attribute, sentence).claim_type == "editorial"


@pytest.mark.parametrize("sentence,speaker", [
    ("A few historians dispute that the treaty failed.", "A few historians"),
    ("Many economists think that rates will fall this year.", "Many economists"),
])
def test_some_or_many_holding_it_is_still_reported(attribute, sentence, speaker):
    att = last_attribution(attribute, sentence)
    assert att.claim_type == "sourced" and att.speaker == speaker, att


@pytest.mark.parametrize("sentence,speaker", [
    ("Hartley has opened a narrow lead in the race to become mayor, a poll published on Wednesday showed, two days "
     "before voters go to the polls.", "a poll"),
    ("Rents rose faster than wages in every town on the coast, a study published on Monday found, even in the "
     "poorest ones.", "a study"),
    ("Okafor is the favourite to succeed the chairman, a source close to the board said, though nothing is "
     "settled.", "a source"),
])
def test_a_trailing_source_hung_as_an_apposition_is_the_cues(attribute, sentence, speaker):
    att = last_attribution(attribute, sentence)
    assert att.claim_type == "sourced" and att.speaker.startswith(speaker), att


@pytest.mark.parametrize("sentence", [
    "He met the chairman, a man who once ran the port, and left.",
    "We visited Leeds, a city that says a lot about the north.",
])
def test_an_apposition_that_describes_is_no_source(attribute, sentence):
    assert last_attribution(attribute, sentence).claim_type == "editorial"
