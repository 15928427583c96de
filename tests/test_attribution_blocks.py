"""Attribution of block quotes after a colon, transcripts' turns, words quoted mid-sentence, greetings, a letter's
salutation and reports named after a body."""

import pytest


@pytest.mark.parametrize("text", [
    "Smith, who said last year that taxes were too high, now backs three new levies:\n\nA sales tax of 1 percent. "
    "A hotel tax. A fuel tax.",
    "The mayor said the plan has three parts:\n\nThe roads come first. Then the schools.",
    "As Smith told reporters last week, the budget has three problems:\n\nThe roads are broken. The schools leak.",
    "The mayor announced the plan includes:\n\n- Road repairs in the north.\n\n- New roofs for schools.",
])
def test_a_paragraph_after_a_colon_is_a_block_quote_only_after_a_cue_that_opens_it(attribute, text):
    head, *rest = attribute(text)
    assert rest and all(att.claim_type == "editorial" for _, att in rest)


@pytest.mark.parametrize("text,speaker", [
    ("In a statement to the broadcaster, the Church denied these allegations:\n\nShe certainly wasn't forced to be "
     "there. She was a volunteer.\n\nThe case continues.", "Church"),
    ("The ministry rejected the report's findings:\n\nThe figures are out of date. The sample was too small.\n\n"
     "The report stands.", "ministry"),
])
def test_a_speech_act_before_a_colon_opens_a_block_quote_of_sentences(attribute, text, speaker):
    claims = attribute(text)
    assert [att.claim_type for _, att in claims[1:3]] == ["sourced", "sourced"]
    assert all(speaker in att.speaker_canonical or speaker in att.speaker for _, att in claims[1:3])
    assert claims[-1][1].claim_type == "editorial"


def test_a_speech_act_before_a_colon_and_a_list_is_no_block_quote(attribute):
    *_, (_, last) = attribute("The council rejected three proposals:\n\nA new car park. A bus lane. A tram.")
    assert last.claim_type == "editorial"


def test_transcript_turns_on_single_lines_end_at_the_next_label(attribute):
    claims = attribute("PRYCE: How bad is it?\nRUIZ: Bad. Very bad.\nPRYCE: Why is that?\nRUIZ: Cuts to staff.")
    assert [(a.claim_type, a.speaker_canonical) for _, a in claims] == [
        ("editorial", ""), ("sourced", "Ruiz"), ("sourced", "Ruiz"), ("editorial", ""), ("sourced", "Ruiz")]


@pytest.mark.parametrize("text", [
    "LONDON: Rain fell all day.\n\nLONDON: More rain is due.\n\nPARIS: The sun came out.\n\nPARIS: It stayed warm.",
    "BREAKING: A fire broke out.\n\nUPDATE: The fire is out.\n\nBREAKING: A second fire.\n\nUPDATE: Crews left.",
])
def test_labels_no_one_answers_under_are_no_transcript(attribute, text):
    assert all(att.claim_type == "editorial" for _, att in attribute(text))


@pytest.mark.parametrize("sentence", [
    'Ministers describe the scheme as "temporary," but officials say it will run until 2030.',
    'He called the story "fake," and said the paper had lied about the fund.',
])
def test_a_word_quoted_mid_sentence_is_no_utterance(attribute, sentence):
    (_, att), = attribute(sentence)
    assert att.quote in ("", None) or len(att.quote.split()) > 1


@pytest.mark.parametrize("sentence", [
    "The Queen welcomed Rishi Sunak at the palace.", "The singer acknowledged the crowd.",
    "The bank credited his account with 500 pounds.", "He called a meeting open to all residents.",
])
def test_greetings_and_transactions_are_no_speech_acts(attribute, sentence):
    (_, att), = attribute(sentence)
    assert att.claim_type == "editorial"


def test_a_generic_salutation_names_no_addressee(attribute):
    *_, (_, att) = attribute("Dear Reader,\n\nYou said that the column was unfair.")
    assert att.speaker_canonical != "Reader"


def test_a_report_is_not_the_body_named_before_unless_it_issued_one(attribute):
    *_, (_, att) = attribute("Labour has promised to scrap tuition fees. The survey found that most students agree.")
    assert "Labour" not in att.speaker_canonical
    *_, (_, att) = attribute("The UN mission published its report on Monday. The report documented 312 violations.")
    assert att.speaker_canonical == "United Nations"


@pytest.mark.parametrize("text,speaker", [
    ("The hon. Member for Westfield said last month that the depot would close.", "Member for Westfield"),
    ("The right hon. Gentleman told the House that the figures were wrong.", "Gentleman"),
    ("As the hon. Lady pointed out, the scheme has no budget.", "Lady"),
])
def test_a_parliaments_lower_case_hon_ends_no_sentence(attribute, text, speaker):
    (_, att), = attribute(text)
    assert att.claim_type == "sourced" and speaker in f"{att.speaker} {att.speaker_canonical}"


@pytest.mark.parametrize("text,turns", [
    ("DEBATE\n\nMs Ann Lowe (Minister for Schools): Class sizes fell.\n\nThey fell in every region.\n\n"
     "Mr Obi: They rose in mine.\n\nThe debate was adjourned.", ["Ann Lowe", "Ann Lowe", "Obi", ""]),
    ("JUSTICE KEMP: Was the fee lawful?\n\nMR. ALVAREZ: No.\n\n    \"A plan tells us what a city wants.\"\n\n"
     "That is our case.\n\nJUSTICE KEMP: Thank you.", ["Kemp", "Alvarez", "Alvarez", "Alvarez", "Kemp"]),
])
def test_a_transcripts_turn_goes_on_over_its_paragraphs_up_to_the_next_label(attribute, text, turns):
    claims = [att for _, att in attribute(text)][-len(turns):]
    assert [att.speaker_canonical if att.claim_type == "sourced" else "" for att in claims] == turns


@pytest.mark.parametrize("question,cue", [
    ("Q: You've said the 2020 floods changed how you work.", "said"),
    ('Q: In 2019 you told a parliamentary committee that Britain had "a decade, not a century" to adapt.', "told"),
    ("Q: You argued last year that insurers should pay for flood maps.", "argued"),
])
def test_an_interviews_question_reports_what_the_interviewee_said(attribute, question, cue):
    claims = attribute("When the Severn flooded last month, Dr Amara Okafor was already on a train to "
                       "Shrewsbury. Dr Okafor has studied floods for twenty years.\n\n"
                       f"{question}\n\nA: I did. I stopped trusting the maps.\n\nQ: Why?\n\nA: They were old.")
    att = next(att for text, att in claims if text == question)
    assert (att.claim_type, att.speaker_canonical, att.cue) == ("sourced", "Amara Okafor", cue)
    assert next(att for text, att in claims if text == "Q: Why?").claim_type == "editorial"
