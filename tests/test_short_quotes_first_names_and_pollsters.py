"""A short sentence quoted whole with no speaker is still someone's words ("“Five more minutes.” Every parent
knows ..."); a first name the NER took for a body is a person when the text gives an age or a person's noun beside
it ("Tomás is fifteen", "my neighbour Ines"), so "he"/"she" find it; a survey's "by" hung on what it is of still
names who made it."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("text", [
    "“Five more minutes.” Every parent of a teenager knows those words.",
    "The hall went quiet. “Thank you all.” Then the music started.",
    "“Not again.” That was the mood in the staff room on Monday.",
])
def test_a_short_sentence_quoted_whole_is_sourced_to_no_one(attribute, text):
    quoted = next(att for sent, att in attribute(text) if sent.startswith("“"))
    assert quoted.claim_type == "sourced" and quoted.speaker_type == "unknown", quoted


@pytest.mark.parametrize("text", [
    "The hall went quiet. “Yes.” Then the music started.",
    "The so-called “peace process” has failed.",
])
def test_a_single_quoted_word_or_a_scare_quote_stays_editorial(attribute, text):
    assert all(att.claim_type == "editorial" for _, att in attribute(text))


@pytest.mark.parametrize("text,canonical", [
    ("Tomás is fifteen, and he is not lazy. “I’m not tired at ten,” he told me last winter.", "Tomás"),
    ("Our daughter, Ana, turned six in May. “School is boring,” she told us.", "Ana"),
    ("Tomás, 15, plays football. He says that training starts too early.", "Tomás"),
])
def test_a_first_name_with_an_age_or_a_persons_noun_is_the_pronouns_person(attribute, text, canonical):
    att = attribute(text)[-1][1]
    assert att.claim_type == "sourced" and att.speaker_canonical == canonical, att


@pytest.mark.parametrize("text", ["Jordan is a poor country.", "My country, Jordan, is poor.",
                                  "Chelsea is 4 points clear at the top."])
def test_a_place_or_club_with_a_number_stays_what_it_was(nlp, text):
    assert not [e for e in nlp(text).ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("sentence,canonical", [
    ("The survey of 1,012 adults by Redmond Research put Hartley on 38 percent.", "Redmond Research"),
    ("A poll of 800 parents by Castlegate Insight found that most back the plan.", "Castlegate Insight"),
])
def test_a_survey_of_people_by_a_pollster_is_the_pollsters(attribute, sentence, canonical):
    att = last_attribution(attribute, sentence)
    assert att.claim_type == "sourced" and att.speaker_canonical == canonical, att
