"""An "as X notes," aside whose verb the tagger took for a noun ("As Jones notes[NNS], ...": Jones's notes as
the object of "as"; "As Mr Jones notes[NNS], ...": a clause with a noun for its verb), and with a reference
mark or "et al." after the name; an "as" phrase that is no aside stays the author's."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("sentence,speaker", [
    ("As Jones notes, inflation is stickier than the bank admits.", "Jones"),
    ("As Mr Alvarez notes, the council never costed the plan.", "Mr Alvarez"),
    ("As Okafor argues, the reforms came too late for most farmers.", "Okafor"),
    ("As Jones et al. note, the effect fades after a year.", "Jones"),
    ("As Lee and Cho (2011) observe, rural clinics close first.", "Lee and Cho"),
    ("As Brennan (2019) notes, turnout fell in every ward.", "Brennan"),
])
def test_an_as_aside_with_its_verb_read_as_a_noun_is_sourced(attribute, sentence, speaker):
    att = last_attribution(attribute, sentence)
    assert att.claim_type == "sourced" and att.speaker == speaker, att


@pytest.mark.parametrize("sentence", [
    "As a rule, the council never costs its plans.",
    "As chair of the committee, Okafor signed every letter.",
    "As Jones notes go, these are unusually tidy.",
])
def test_an_as_phrase_that_is_no_aside_stays_editorial(attribute, sentence):
    assert last_attribution(attribute, sentence).claim_type == "editorial"


@pytest.mark.parametrize("sentence,speaker", [
    ("As one reviewer of an earlier draft put it, the plan is a maze.", "one reviewer of an earlier draft"),
    ("As one resident of the estate put it to me, nobody listens.", "one resident of the estate"),
    ("As a veteran of three campaigns put it, the ground game is everything.", "a veteran of three campaigns"),
])
def test_an_as_aside_whose_speaker_the_parser_made_the_object_of_as(attribute, sentence, speaker):
    att = last_attribution(attribute, sentence)
    assert att.claim_type == "sourced" and att.speaker == speaker, att


@pytest.mark.parametrize("sentence", [
    "As noted above, the plan is a maze.",
    "As expected, turnout fell in every ward.",
    "As a child, he put it away for later.",
])
def test_an_as_phrase_with_no_one_in_it_stays_editorial(attribute, sentence):
    assert last_attribution(attribute, sentence).claim_type == "editorial"


@pytest.mark.parametrize("sentence,speaker", [
    ("As Fischer and Obi (2022) observe, productivity has barely moved since 2008.", "Fischer"),
    ("As Lee and Park note, rents rise faster than wages.", "Lee"),
    ("As Haddad and Moreau (2021) note, the effect is small.", "Haddad"),
])
def test_an_as_aside_of_two_authors_with_its_verb_read_as_a_noun(attribute, sentence, speaker):
    att = last_attribution(attribute, sentence)
    assert att.claim_type == "sourced" and att.speaker.startswith(speaker), att
