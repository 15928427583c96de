"""Where the newer rules stop: each case is one a rule would otherwise get wrong (companies, places, currencies,
object cues, transcripts, nested speakers, dates)."""

import pytest
from claimscope.claims import claim_spans

from .conftest import dated_doc


def _claims(nlp, text):
    return [(s.label_, s._.attribution["speaker_canonical"], s._.attribution["nested_speaker"])
            for s in claim_spans(nlp(text))]


@pytest.mark.parametrize("text,speaker", [
    ("Sony released the album in March. The producer, Mark Ronson, said it took two years.", "Mark Ronson"),
    ("Tesla recalled 2 million cars. Regulators at the NHTSA had pushed for months. The carmaker said the fix "
     "was simple.", "Tesla"),
    ("Angela Merkel's phone had been tapped for years, she told reporters.", "Angela Merkel"),
    ("The striker was accused by rivals of diving.", "rivals"),
    ('"We ran out of beds," said the nurse, Agnes Petrov.', "Agnes Petrov"),
])
def test_speakers_the_rules_must_not_take_over(nlp, text, speaker):
    assert _claims(nlp, text)[-1][:2] == ("sourced", speaker)


@pytest.mark.parametrize("text", [
    "Engineers projected images onto the wall of the cathedral.",
    "In his version of the recipe, the sauce is made with butter.",
    "He was accused of nothing, and walked free.",
])
def test_no_report_in_these(nlp, text):
    assert _claims(nlp, text)[0][0] == "editorial"


def test_a_specific_subject_with_will_still_reports(nlp):
    assert _claims(nlp, "Our correspondent will report that the talks have failed.")[0][0] == "sourced"


@pytest.mark.parametrize("text,name", [
    ("Aides stood near Putin during the parade. Putin said the war would go on.", "Putin"),
    ("Reporters crowded around Zelensky in Kyiv.", "Zelensky"),
    ("Biden's budget was rejected by Congress. On Friday, Biden met the speaker.", "Biden"),
])
def test_a_person_stays_a_person(nlp, text, name):
    assert "PERSON" in {e.label_ for e in nlp(text).ents if e.text == name}


@pytest.mark.parametrize("text", ["A 2019 Rand study found that the army was overstretched.",
                                  "He grew up at 12 Penny Lane."])
def test_a_name_after_a_number_is_no_money(nlp, text):
    assert not [e for e in nlp(text).ents if e.label_ == "MONEY" and e._.unit]


def test_an_explainer_box_is_no_transcript(nlp):
    claims = _claims(nlp, "Who is who in the talks.\n\nKeir Starmer (Prime Minister): He has staked his reputation "
                          "on the deal.\n\nRachel Reeves (Chancellor): She controls the purse strings.")
    assert {label for label, _, _ in claims} == {"editorial"}


def test_a_transcript_speaker_drops_the_courtesy_title(nlp):
    claims = _claims(nlp, "The exchange was brief.\n\nMr Tunde Ade (Finance Ministry): The budget is balanced.\n\n"
                          "Mrs Abena Osei (Minister for Transport): It is not. The trains are late.")
    assert [c[1] for c in claims[1:]] == ["Tunde Ade", "Abena Osei", "Abena Osei"]


@pytest.mark.parametrize("text", ["Lopez said she thought the deal was fair.",
                                  '"He told me he would resign," said Carla Diaz.'])
def test_no_nested_speaker_for_the_speaker_herself_or_an_unresolved_pronoun(nlp, text):
    assert _claims(nlp, text)[0][2] == ""


def _dates(nlp, text, published):
    return [(e.text, e._.value) for e in dated_doc(nlp, text, published).ents if e.label_ == "DATE"]


def test_a_conditional_past_is_no_future(nlp):
    assert _dates(nlp, "Officials said the deal would have collapsed in October without the loan.",
                  "2024-11-20") == [("October", "2024-10")]


def test_a_hyphenated_decade_of_life_is_an_age(nlp):
    assert _dates(nlp, "Both were in their mid-thirties.", "2025-03-22") == []


@pytest.mark.parametrize("text,speaker", [
    ('Actor Nathan Lane won the award on Sunday. "This is for my mother," he said.', "Nathan Lane"),
    ("Sean O'Brien, the union leader, called the strike. Later, O’Brien said the talks had collapsed.",
     "Sean O'Brien"),
])
def test_a_surname_that_is_a_street_word_or_has_either_apostrophe(nlp, text, speaker):
    assert _claims(nlp, text)[-1][:2] == ("sourced", speaker)


@pytest.mark.parametrize("text", ["The committee declined to name a new chairman until the spring.",
                                  "Chelsea host Arsenal on Sunday."])
def test_acts_that_report_nothing(nlp, text):
    assert _claims(nlp, text)[0][0] == "editorial"


def test_a_broadcast_host_is_only_a_full_name_the_text_gives_the_role():
    from claimscope.components.interviews import answerer

    assert answerer("HOST", [], "Chelsea host Arsenal on Sunday.").canonical == ""
    assert answerer("HOST", [], "The show was presented by host Amira Said.").canonical == "Amira Said"


def test_a_habit_keeps_its_month_nearest(nlp):
    assert _dates(nlp, "As a child, she always went skiing in March.", "2025-02-27") == [("March", "2025-03")]
