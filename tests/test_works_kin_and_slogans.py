"""Writing a work is no report; a passive asked about is none either; a kinship noun is not a person of the other
gender; a slogan is no one's name."""

import pytest


@pytest.mark.parametrize("sentence", [
    "Hollis has written the kind of memoir that former ministers are supposed to write and rarely do.",
    "He has written a book that everyone in the party should read.",
    "She wrote the kind of song that people hum for years.",
    "The author has produced a study that few will finish.",
    "A reader starts to wonder how much of the diary was written for publication.",
    "It is unclear how much of the speech was written by aides.",
    "Nobody knows how many of the letters were sent before the deadline.",
])
def test_a_work_written_or_a_passive_asked_about_reports_nothing(attribute, sentence):
    (_, att), = attribute(sentence)
    assert att.claim_type == "editorial"


@pytest.mark.parametrize("sentence,speaker", [
    ("Officials told the households that they must leave.", "Officials"),
    ("The minister told Parliament that the figures were wrong.", "minister"),
    ("She assured the court that her client would attend.", "She"),
])
def test_telling_someone_that_still_reports(attribute, sentence, speaker):
    (_, att), = attribute(sentence)
    assert att.claim_type == "sourced" and speaker in f"{att.speaker} {att.speaker_canonical}"


@pytest.mark.parametrize("text", ["The economy, it was reported, had shrunk.",
                                  "Some of you have waited for this line. Some of you, I am told, have waited forty "
                                  "years."])
def test_a_passive_aside_still_reports(attribute, text):
    *_, (_, att) = attribute(text)
    assert att.claim_type == "sourced"


@pytest.mark.parametrize("text,noun,wrong", [
    ("Margaret Ellison died last week. She is survived by her daughter; a son, Daniel Hurst; and her sister, Joan "
     "Pike. In her final weeks she was still reading papers, her daughter said.", "her daughter", "Daniel Hurst"),
    ("Ruth Okoro died on Monday. She leaves her husband; a daughter, Grace Okoro; and a son. Her husband said she "
     "never missed a match.", "Her husband", "Grace Okoro"),
])
def test_a_kinship_noun_is_not_a_person_of_the_other_gender(attribute, text, noun, wrong):
    att = next(att for _, att in attribute(text) if att.speaker == noun)
    assert att.claim_type == "sourced" and att.speaker_canonical != wrong


def test_a_kinship_noun_still_finds_the_person_of_its_gender(attribute):
    *_, (_, att) = attribute("Joan Pike runs the farm with her husband, Tom Pike. Her husband said the harvest was "
                             "poor.")
    assert att.speaker_canonical == "Tom Pike"


def test_a_slogan_with_a_dash_is_no_name(attribute):
    *_, (_, att) = attribute('Graham Tolley has had long enough. A banner on Saturday read "Tolley Out - Vance '
                             'Next," and the chant followed. Tolley likes to say that "football is a game of moments."')
    assert att.speaker_canonical == "Graham Tolley"


@pytest.mark.parametrize("text,place", [
    ("Lindqvist thanked supporters in Chippewa Falls shortly after 11 p.m.", "Chippewa Falls"),
    ("The candidate held a rally in Colorado Springs on Friday.", "Colorado Springs"),
    ("She grew up near Walnut Creek before moving east.", "Walnut Creek"),
])
def test_a_town_after_a_preposition_of_place_is_no_person(nlp, text, place):
    assert not [e for e in nlp(text).ents if e.label_ == "PERSON" and e.text == place]
