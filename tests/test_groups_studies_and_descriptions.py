"""Sources written as a share of a group, a study by a body, a study with a relative clause, a that-clause the
parser misplaced, an "as X told me" aside, a passive report in an outlet, a credit after a title; pronouns after a
person described rather than named; a town the model took for a person."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("sentence", [
    "Two of them said Moller had clashed with the campaign manager.",
    "Three of the aides said the senator was furious.",
    "Both of them said the vote was rigged.",
    "Several of the nurses told me that the ward was unsafe.",
    "One of the organisers said the march would go ahead.",
])
def test_a_share_of_a_group_speaks_for_it(attribute, sentence):
    (_, att), = attribute(sentence)
    assert att.claim_type == "sourced" and att.speaker_type == "anonymous", (sentence, att)


@pytest.mark.parametrize("text,speaker", [
    ("Researchers interviewed 300 farmers in the valley. A third reported that their wells had run dry.", "A third"),
    ("The charity surveyed 1,200 nurses. A quarter said they planned to leave within a year.", "A quarter"),
    ("We asked 90 shop owners about the parking rules. A third told us that trade had fallen.", "A third"),
    ("The inspectors visited 40 care homes. A fifth reported that staff shortages had delayed medication.",
     "A fifth"),
    ("The union polled its members. A tenth said they would accept the offer.", "A tenth"),
])
def test_a_fraction_of_a_group_the_model_calls_an_ordinal_speaks_for_it(attribute, text, speaker):
    *_, (_, att) = attribute(text)
    assert att.claim_type == "sourced" and att.speaker == speaker, att


def test_an_ordinal_part_of_a_period_is_no_source(attribute):
    (_, att), = attribute("The third quarter showed that demand was recovering.")
    assert att.claim_type == "editorial", att


def test_a_share_of_a_group_keeps_a_named_member_and_a_documents_type(attribute):
    (_, named), = attribute("One of them, the ecologist Mara Quist, recalled that the river froze.")
    (_, reports), = attribute("Two of the five reports concluded that the dam was unsafe.")
    assert named.speaker_canonical == "Mara Quist" and reports.speaker_type == "document"
    (_, houses), = attribute("Two of the houses were sold in 2019, a year that changed the town.")
    assert houses.claim_type == "editorial"


@pytest.mark.parametrize("sentence,source", [
    ("Research by the Institute for Fiscal Studies shows that the funding rate falls short.",
     "Institute for Fiscal Studies"),
    ("Data from the Federal Reserve Bank of Chicago shows that repayment rates dropped.", "Federal Reserve Bank"),
    ("An evaluation by the Overseas Development Institute found that cash transfers reached most recipients.",
     "Overseas Development Institute"),
    ("An assessment by the Norwegian Refugee Council warned that the camps were full.", "Norwegian Refugee Council"),
])
def test_a_study_by_a_body_is_the_bodys(attribute, sentence, source):
    (_, att), = attribute(sentence)
    assert att.claim_type == "sourced" and source in att.speaker_canonical, (sentence, att)


def test_data_with_no_origin_stay_the_authors_reading(attribute):
    (_, att), = attribute("The data suggest that the policy failed.")
    assert att.claim_type == "editorial"


@pytest.mark.parametrize("sentence", [
    "A 2022 study that activists love to quote estimated that 12.7 percent of cases were linked to gas stoves.",
    "A 2019 survey that critics like to quote found that most tenants were satisfied.",
    "A report that ministers like to cite concluded that the scheme had failed.",
])
def test_a_study_with_a_relative_clause_is_the_source(attribute, sentence):
    (_, att), = attribute(sentence)
    assert att.claim_type == "sourced" and att.speaker_type == "document", (sentence, att)


@pytest.mark.parametrize("sentence", [
    "The Early Years Alliance found in a survey of 9,000 settings that one in four expected to close.",
    "The Early Years Alliance, which represents thousands of providers, found in a survey of 9,000 settings that one "
    "in four expected to close within a year.",
    "The council found that two in three homes had damp.",
    "Auditors reported in a letter to the board that three of the five accounts were missing.",
    "The charity, which runs 40 shelters, warned in a letter to ministers that two of them would close.",
])
def test_a_that_clause_opening_on_a_number_is_reported(attribute, sentence):
    (_, att), = attribute(sentence)
    assert att.claim_type == "sourced", (sentence, att)


@pytest.mark.parametrize("sentence", [
    "He found that one hard to believe.",
    "She kept the letters that one of her sons had written.",
    "The inspectors found in the basement a box that two of the clerks had hidden.",
])
def test_that_before_a_number_is_not_always_a_clause(attribute, sentence):
    (_, att), = attribute(sentence)
    assert att.claim_type == "editorial", (sentence, att)


@pytest.mark.parametrize("sentence,speaker", [
    ('You are, as one of your professors told me last night, "the most adaptable class this university has ever '
     'graduated."', "one of your professors"),
    ('This town is, as the old mayor told me once, "a place that forgets nothing."', "the old mayor"),
])
def test_an_as_aside_read_as_a_phrase_names_the_speaker(attribute, sentence, speaker):
    (_, att), = attribute(sentence)
    assert att.claim_type == "sourced" and att.speaker == speaker, (sentence, att)


@pytest.mark.parametrize("sentence,outlet", [
    ("It was reported in the Dunmore Courier that state funding will fall by a fifth.", "Dunmore Courier"),
    ("It was claimed in the Daily Mirror that he had lied.", "Daily Mirror"),
    ("It was reported in the press that the deal had collapsed.", "press"),
    ("It was reported on BBC Radio 4 that the minister would resign.", "BBC"),
])
def test_a_passive_report_in_an_outlet_is_the_outlets(attribute, sentence, outlet):
    (_, att), = attribute(sentence)
    assert att.claim_type == "sourced" and att.speaker_type == "media" and outlet in att.speaker_canonical


def test_a_passive_report_in_a_month_stays_anonymous(attribute):
    (_, att), = attribute("It was reported in March that the deal had collapsed.")
    assert att.claim_type == "sourced" and att.speaker_canonical == "anonymous"


@pytest.mark.parametrize("credit,name", [
    ("- Dr. Priya Ramaswamy", "Priya Ramaswamy"),
    ("— Prof. Alan Marsh", "Alan Marsh"),
    ("— Rev. Thomas Hale", "Thomas Hale"),
])
def test_a_dash_credit_keeps_the_name_after_a_title(attribute, credit, name):
    text = f'"Children need time. They need to be trusted with a little of it." {credit}\n\nThat is the point.'
    rows = attribute(text)
    assert all(att.claim_type == "sourced" and name in att.speaker_canonical for _, att in rows[:2]), rows


def test_a_participle_on_a_place_is_done_by_the_one_there(attribute):
    (_, att), = attribute('The new ads, which began airing Monday in Sioux City, feature Haller standing in a soybean '
                          'field promising to "stand between you and the bank."')
    assert att.speaker_canonical == "Haller"


@pytest.mark.parametrize("text,cue,referent", [
    ('Mayor Lorraine Dubek wants the city to move fast. Council member Andre Whitlock said he would not support the '
     'plan. The mayor has a response. "Every month we wait is a month lost," she told this board.', "told",
     "Lorraine Dubek"),
    ("Earl was one of the six. My leg is much better. The doctor in Altoona told me that the bone has knit. He also "
     "said I should not lift anything heavy.", "said", "doctor"),
    ("I stood with the Ruddle family. I have been sleeping late, which Mother says is a disgrace. She says that the "
     "Navy boys at least learned to make a bed.", "says", "Mother"),
    ('Thank you, President Ridley. The first was my grandmother, Ilse. She came here in 1952. She had a saying for '
     'every occasion. When I told her I would be famous, she looked at me and said, "Useful is better."', "said",
     "Ilse"),
])
def test_a_pronoun_after_a_described_person_is_that_person(attribute, text, cue, referent):
    att = next(att for sent, att in attribute(text) if att.cue == cue and att.claim_type == "sourced"
               and att.speaker.lower() in ("he", "she"))
    assert referent in att.speaker_canonical, att


@pytest.mark.parametrize("text,referent", [
    ('My father worked at the paper plant in Coldbrook through most of the \'60s. He was not a talker. "A job is '
     'what you do," he told me once.', "father"),
    ('A girl named Talia Brennock sat in the basement of the Dunmore Falls library. When she reached the bottom of '
     'the page, she closed the book and said, "I did it."', "Talia Brennock"),
])
def test_a_town_after_in_is_no_person_a_pronoun_could_mean(attribute, text, referent):
    att = last_attribution(attribute, text)
    assert referent in att.speaker_canonical, att


def test_in_after_a_noun_of_trust_keeps_the_person(nlp):
    doc = nlp("Voters showed little faith in Ahern.")
    assert not any(e.label_ in ("GPE", "LOC") and e.text == "Ahern" for e in doc.ents)


def test_a_described_person_in_a_clause_does_not_break_a_chain_of_she(attribute):
    text = ("Sister Agnes taught us history in the seventh grade. She believed that every student should know the "
            "kings of France, and she drilled us the way a coach drills free throws. Her view was that Europe was one "
            "long "
            "argument about land.")
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_canonical == "Sister Agnes", att


@pytest.mark.parametrize("text,name", [
    ('I met a woman at a diner in Oberlin. Her name is Patrice. She works two shifts, and she told me, "I am not '
     'asking anybody for a handout."', "Patrice"),
    ("A farmer waved us over. His name is Daniel Mensah. He said the farm would close.", "Daniel Mensah"),
])
def test_her_name_is_names_the_next_she(attribute, text, name):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and name in att.speaker_canonical, att
