"""A person named inside a speaker's modifier is not the speaker; someone new introduced with "a" or "one" is not
a person named before; a postscript's "P.S." is no speaker; knowing exactly what is no report; a gesture after a
quote that ends another sentence is no cue; what a crowd calls out in brackets is a stage direction."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("text,speaker", [
    ("Omar Sethi leads in the suburbs. One Democratic aide familiar with the Sethi campaign's internal numbers said "
     "the campaign believes it is ahead.", "Omar Sethi"),
    ("Tom Albright won the count. A spokesman for Albright said the recount was fair.", "Tom Albright"),
    ("Dana Lee was discharged on Friday. A nurse who treated Dana Lee said the ward was full.", "Dana Lee"),
    ("Priya Raman runs the clinic. A colleague of Priya Raman told me that the funding would run out.", "Priya Raman"),
])
def test_a_person_named_inside_a_modifier_is_not_the_speaker(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_canonical != speaker, (text, att)


def test_examples_and_titles_still_name_the_speaker(attribute):
    examples = last_attribution(attribute, "Economists such as Jayati Ghosh and Santosh Mehrotra have argued that "
                                           "the plan fails.")
    title = last_attribution(attribute, "Afghan Ambassador to the United States Hamdullah Mohib said talks would "
                                        "resume.")
    assert "Jayati Ghosh" in examples.speaker_canonical and title.speaker_canonical == "Hamdullah Mohib"


@pytest.mark.parametrize("text", [
    "Parents like it, many teachers like it, and Governor Ellis Brandt has backed it. One veteran English teacher in "
    "a rural district told me that the phones were never the problem.",
    "Mayor Ruth Okafor, a former nurse, opened the ward. A nurse on the night shift said the beds were empty.",
    "Coach Dan Ibsen, once a teacher himself, praised the plan. Another teacher said it would fail.",
])
def test_someone_introduced_as_new_is_not_a_person_named_before(attribute, text):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_canonical not in ("Ellis Brandt", "Ruth Okafor", "Dan Ibsen"), \
        (text, att)


@pytest.mark.parametrize("text,speaker", [
    ("Love to all. P.S. Father says to tell you that the mill will reopen.", "Father"),
    ("Write soon. P.S. Mother says the roof leaks again.", "Mother"),
    ("Yours ever, Kate. P.S. Aunt Jo says the harvest was poor.", "Aunt Jo"),
])
def test_a_postscript_label_is_not_part_of_the_speaker(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker and "P.S" not in att.speaker_canonical, (text, att)


def test_a_postscript_that_asks_reports_nothing(attribute):
    att = last_attribution(attribute, "All is well here. P.S. Tell Mary Smith that the cart is sold.")
    assert att.claim_type == "editorial", att


@pytest.mark.parametrize("text", [
    "She was a nurse for thirty years, and she knew exactly what the tremor was.",
    "He understood precisely how the scheme worked.",
    "By then they knew only too well why the bridge had failed.",
])
def test_knowing_exactly_what_reports_nothing(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial", text


def test_believing_that_still_reports(attribute):
    att = last_attribution(attribute, "The inspectors knew that the bridge was unsafe, the report says.")
    assert att.claim_type == "sourced"


@pytest.mark.parametrize("text,gesture", [
    ('The citation praised her "quiet persistence." She laughs at the word. "Unglamorous," she says.',
     "She laughs at the word."),
    ('The board called the plan "a bold step." He shrugs. "We will see," he says.', "He shrugs."),
    ('Critics called the film "a mess." She smiles at that. "They may be right," she says.', "She smiles at that."),
])
def test_a_gesture_after_a_quote_ending_another_sentence_is_no_cue(attribute, text, gesture):
    claims = dict(attribute(text))
    assert claims[gesture].claim_type == "editorial", claims[gesture]


@pytest.mark.parametrize("text", [
    'They cut our pay. (Crowd: "Shame!") And we said no.',
    'They cut our pay. (Audience chants "Strike!") And we said no.',
    'They cut our pay. [Supporters shout: "Never again!"] And we said no.',
])
def test_what_a_crowd_calls_out_is_a_stage_direction(attribute, text):
    assert [t for t, _ in attribute(text)] == ["They cut our pay.", "And we said no."]


@pytest.mark.parametrize("text,speaker", [
    ("She was asked by the judge whether she had seen the car.", "the judge"),
    ("Now, I've been asked by a few reporters whether we're going to strike.", "a few reporters"),
    ("The minister was asked by MPs why the contract had been extended.", "MPs"),
])
def test_a_question_asked_in_the_passive_is_its_askers(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


def test_being_asked_to_do_something_reports_no_question(attribute):
    assert last_attribution(attribute, "He was asked to leave the meeting.").claim_type == "editorial"


@pytest.mark.parametrize("text", [
    "Nine percent said they were undecided.",
    "Sixty per cent of voters said the economy was their main worry.",
    "In the survey, only 12 per cent said they trusted the board.",
    "In the survey, 41% said the council was doing a poor job.",
    "Only 12% of respondents said they trusted the council.",
])
def test_a_share_in_percent_speaks_for_its_group(attribute, text):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_type == "anonymous", (text, att)


def test_an_amount_in_percent_is_no_speaker(attribute):
    assert last_attribution(attribute, "Ten percent is a lot of money.").claim_type == "editorial"


@pytest.mark.parametrize("text,she,he", [
    ('Some of you knew Eddie Vasquez. He drove the 14 for years. My father used to tell me that a contract is a '
     'promise. He worked the docks, and he would read the whole thing out loud to my mother. She would say, "Frank, '
     'nobody reads that." And he would say, "The company reads it."', "my mother", "My father"),
    ('I still think of Walter Briggs. My grandfather farmed the hill for forty years and sold the eggs to my '
     'grandmother. She would say, "Jim, they are small again." And he would say, "They taste the same."',
     "my grandmother", "My grandfather"),
])
def test_a_turn_of_the_other_pronoun_keeps_the_described_pair(attribute, text, she, he):
    *_, (_, first), (_, second) = attribute(text)
    assert (first.speaker_canonical, second.speaker_canonical) == (she, he), (first, second)


@pytest.mark.parametrize("text,holder", [
    ("My mother's hands started shaking in 2011, though she would tell you it was later.", "My mother"),
    ("My father's shop closed in 1998, though he always said that it was the rent.", "My father"),
    ("Jonas Berg runs the bakery now. My aunt's recipes are still on the wall, and she insists they are secret.",
     "My aunt"),
])
def test_the_narrators_own_kin_as_a_possessor_is_the_pronouns_referent(attribute, text, holder):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_canonical == holder, att


@pytest.mark.parametrize("text", [
    '"We will see." She smiles.',
    'Rain fell all week. "It will pass." He shrugs.',
    '"They may be right." She laughs.',
])
def test_a_gesture_after_a_quote_standing_alone_credits_nothing(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial", text


def test_a_manner_verb_with_its_own_quote_still_credits_it(attribute):
    att = last_attribution(attribute, '"We burnt pallets," Doreen laughs.')
    assert att.claim_type == "sourced" and att.speaker == "Doreen"


def test_a_question_never_asked_reports_nothing(attribute):
    assert last_attribution(attribute, "The patient was never asked whether he consented to the trial.").claim_type \
        == "editorial"


def test_a_name_in_the_modifier_of_a_capitalised_noun_is_not_the_speaker(attribute):
    att = last_attribution(attribute, "Daniel Okafor was convicted in May. Lawyers for Okafor argued that the jury "
                                      "had been misdirected.")
    assert att.claim_type == "sourced" and att.speaker_canonical != "Daniel Okafor", att


@pytest.mark.parametrize("text,speaker", [
    ("When asked whether he would resign, the minister said no.", "the minister"),
    ("The council said yes to the plan on Monday.", "The council"),
    ("Asked if she would stand again, the mayor answered no.", "the mayor"),
])
def test_a_one_word_answer_is_its_speakers(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


def test_saying_no_more_reports_nothing(attribute):
    assert last_attribution(attribute, "He said no more about it.").claim_type == "editorial"


@pytest.mark.parametrize("text,holder", [
    ("Our mother worked nights. She would tell anyone who listened that we would all go to university.",
     "Our mother"),
    ("Ravi Mehta ran the plant for years. He told everyone who asked that it was safe.", "Ravi Mehta"),
    ("My grandfather kept bees. He told anyone who cared that the hives were healthier than ever.", "My grandfather"),
])
def test_a_clause_told_past_those_who_heard_it_is_the_tellers(attribute, text, holder):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_canonical == holder, att


@pytest.mark.parametrize("text,holder", [
    ("The doctor examined my father. He said the scan was clear.", "The doctor"),
    ("The nurse took my mother's hand. She said it would be fine.", "The nurse"),
    ("A woman stopped my mother in the street. She said the bakery had closed.", "A woman"),
])
def test_the_narrators_kin_gives_way_to_a_subject_who_could_be_meant(attribute, text, holder):
    assert last_attribution(attribute, text).speaker_canonical == holder
