"""Where a page says who wrote it and when ("Farah Siddiqui | Published March 3, 2025", "By Hannah Voss in
Torvik", "Recorded 27 January 2025. This transcript ...", a print line "Published in Dawn, March 3rd, 2025" at
the foot) and what follows the piece (comments, the writer's handle); a broadcast's labels ("HOST (Ruth
Adeyemi):", "DR LEE:"); "It is learnt that"; "It is time X said so", a wish; a bowler dismissing a batter."""

import pytest
from claimscope.clean import clean_body
from claimscope.ingest import parse_plain_text

from .conftest import claim_attributions

BODY = ("LAST month, the irrigation department released figures that should alarm every farmer in the province.\n\n"
        "The water table fell by more than a metre in a single year, the department said.\n\n")


@pytest.mark.parametrize("line,author", [
    ("Farah Siddiqui | Published March 3, 2025 | Updated about 2 hours ago", "Farah Siddiqui"),
    ("Imran Qadir | Published: January 9, 2024", "Imran Qadir"),
    ("Dr Asha Menon | Updated March 3, 2025", "Dr Asha Menon"),
])
def test_an_author_and_a_labelled_date_between_bars(line, author):
    doc = parse_plain_text(f"OPINION\n\nThe groundwater we are drinking away\n\n{line}\n\n{BODY}")
    assert doc.author == author and doc.published and doc.published_source == "dateline"


@pytest.mark.parametrize("footer,year", [
    ("Published in The Indus Ledger, March 3rd, 2025", "2025"),
    ("Published in Dawn, January 9th, 2024", "2024"),
    ("Published in The Express Tribune, 12 November 2023.", "2023"),
])
def test_a_print_line_at_the_foot_dates_the_piece(footer, year):
    doc = parse_plain_text(f"The groundwater we are drinking away\n\n{BODY}{footer}\n")
    assert year in doc.published
    assert footer.split(",")[0] not in clean_body(doc.text, doc.author).text


@pytest.mark.parametrize("header,date", [
    ("Recorded 27 January 2025. This transcript has been lightly edited for clarity.", "27 January 2025"),
    ("From the Valmark Historical Encyclopaedia. Revised 11 September 2023", "11 September 2023"),
    ("Delivered 4 March 2011. Check against delivery.", "4 March 2011"),
])
def test_a_header_line_dates_the_piece_in_one_of_its_sentences(header, date):
    doc = parse_plain_text(f"The Policy Room, Episode 212\n\n{header}\n\n{BODY}")
    assert doc.published == date


@pytest.mark.parametrize("byline,author", [
    ("By Hannah Voss in Torvik", "Hannah Voss"),
    ("By Tom Feeney at the County Ground, Castlebury", "Tom Feeney"),
    ("By Amina Yusuf in Lagos, West Africa correspondent", "Amina Yusuf"),
])
def test_a_byline_with_the_place_it_was_filed_from(byline, author):
    doc = parse_plain_text(f"Shelling hits Selmir\n\n{byline}\n\n18 October 2024\n\n{BODY}")
    assert doc.author == author and doc.published == "18 October 2024"


def test_a_comment_section_and_a_handle_are_no_part_of_the_piece():
    foot = ("The writer is a hydrologist.\nX: @farahsiddiqui_h\n\nRelated Stories\nWater crisis deepens\n\n"
            "Comments (14)\nAhmed K | 3 hours ago\nVery well written.\nReply | Report\nAdd your comment...\n")
    doc = parse_plain_text(f"The groundwater\n\nBy Farah Siddiqui\n\n{BODY}{foot}")
    assert clean_body(doc.text, doc.author).text.endswith("the department said.")


TRANSCRIPT = ("HOST (Ruth Adeyemi): Welcome back to The Policy Room. I'm Ruth Adeyemi. With me are Dr Samuel Lee, an "
              "economist, and Carla Mendes, chief executive of the Federation of Small Employers. Samuel, is this a "
              "good idea?\n\nDR LEE: I think it's overdue. Sick days fell by a third.\n\nHOST: Carla, you've been "
              "sceptical.\n\nCARLA MENDES: I have. Small firms cannot absorb it.\n\nHOST: Samuel?\n\n"
              "DR LEE: The evidence says otherwise.\n\nCARLA MENDES: Not for a bakery.")


def test_a_broadcasts_labels_name_their_speakers(nlp):
    found = {text: att.speaker_canonical for text, att in claim_attributions(nlp, TRANSCRIPT)}
    assert found["HOST (Ruth Adeyemi): Welcome back to The Policy Room."] == "Ruth Adeyemi"
    assert found["DR LEE: I think it's overdue."] == "Samuel Lee"
    assert found["CARLA MENDES: I have."] == "Carla Mendes"


@pytest.mark.parametrize("text", [
    "It is learnt that the federal planning ministry has sought a detailed brief on the matter.",
    "It has been learnt that the talks collapsed on Friday.",
    "It is reliably learnt that two ministers have threatened to resign.",
])
def test_it_is_learnt_that(nlp, text):
    att = claim_attributions(nlp, text)[-1][1]
    assert att.claim_type == "sourced" and att.speaker_type == "anonymous"


@pytest.mark.parametrize("text", [
    "It is time his budget said so.",
    "It is time for councillors to admit that the project has failed.",
    "It is high time the minister explained why the money went.",
])
def test_it_is_time_someone_said_is_a_wish(nlp, text):
    assert claim_attributions(nlp, text)[-1][1].claim_type == "editorial"


@pytest.mark.parametrize("question", [
    "Is it too much to ask that a mother in Lodwar should be able to give birth with the lights on?",
    "Is it fair to say that the Treasury has failed?",
    "Is it wrong to suggest that the Treasury knew?",
])
def test_a_question_about_saying_it_reports_nothing(nlp, question):
    # After a paragraph about a body the question's "it" could be taken for.
    text = ("Third, the Treasury should publish the quarterly absorption figures for every county, so that "
            f"citizens can see who is failing and where.\n\n{question} I do not think so.")
    found = dict(claim_attributions(nlp, text))
    assert found[question].claim_type == "editorial", found[question].rule


@pytest.mark.parametrize("text,sourced", [
    ("It is not the first time the Bank of England has warned that house prices are overvalued.", True),
    ("It was the third time this year that the union had claimed the talks were a sham.", True),
    ("It is about time the minister admitted that the plan failed.", False),
])
def test_only_it_is_time_is_a_wish(nlp, text, sourced):
    assert (claim_attributions(nlp, text)[-1][1].claim_type == "sourced") is sourced


def test_much_learnt_is_no_report(nlp):
    att = claim_attributions(nlp, "Much was learnt from the pilot that the council can use.")[-1][1]
    assert att.claim_type == "editorial"


@pytest.mark.parametrize("text,sourced", [
    ("Pryor removed the captain for 41 and then dismissed Liam Carver and Sam Oduya in the same over.", False),
    ("The party rejected two candidates before the deadline.", False),
    ("She dismissed Smith as a fantasist.", True),
    ("The minister dismissed the claims.", True),
    ("Asked about the allegations, she dismissed them.", True),
    ("She dismissed those who doubted her as cynics.", True),
])
def test_dismissing_a_person_is_no_speech_act_unless_it_says_as_what(nlp, text, sourced):
    assert (claim_attributions(nlp, text)[-1][1].claim_type == "sourced") is sourced


def test_a_company_named_with_a_person_stays_a_company(nlp):
    doc = nlp("Tom Cruise and Warner Bros said filming would resume.")
    assert ("Warner Bros", "ORG") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("header,date,kept", [
    ("Forty Labour MPs say they will vote against the bill. Updated 4 March 2025", "4 March 2025",
     "Forty Labour MPs say they will vote against the bill."),
    ("Recorded 27 January 2025. Guests speak in a personal capacity.", "27 January 2025",
     "Guests speak in a personal capacity."),
])
def test_a_header_lines_other_sentences_stay(header, date, kept):
    doc = parse_plain_text(f"Rebels defy whip\n\n{header}\n\n{BODY}")
    assert doc.published == date and kept in clean_body(doc.text, doc.author).text


@pytest.mark.parametrize("text,speaker", [
    ("“We burnt pallets in a brazier and sang until our voices went,” Doreen laughs.", "Doreen"),
    ("“Come back tomorrow,” the clerk sighed.", "the clerk"),
    ("“It was the best summer of my life,” Mara smiles.", "Mara"),
    ("“Maybe Friday,” she says.", "she"),
    ("“Perhaps we were naive,” the founder admits.", "the founder"),
])
def test_a_manner_of_speaking_and_a_quotes_own_doubt(nlp, text, speaker):
    att = claim_attributions(nlp, text)[-1][1]
    assert att.claim_type == "sourced" and att.speaker == speaker


@pytest.mark.parametrize("label,name", [("Dr Achterberg replies", "Achterberg"), ("Sarah Jones answers", "Sarah Jones"),
                                        ("Tom Price responds", "Tom Price")])
def test_an_agony_columns_answers(nlp, label, name):
    text = (f"Q: I'm 68 and missed my flu jab in October. Is it too late to get one now?\n\n{label}: Not at all. "
            "Flu season usually peaks between December and February.\n\nQ: Should I worry about a cough?\n\n"
            f"{label}: A cough that lingers after a cold is common. It is usually harmless.")
    found = dict(claim_attributions(nlp, text))
    answer = found["Flu season usually peaks between December and February."]
    assert answer.claim_type == "sourced" and answer.speaker_canonical == name


@pytest.mark.parametrize("before", [
    "Belmora's version, posted on the website of its ministry late on Monday evening, was notably cooler.",
    "The Kremlin's readout of the call was shorter.",
])
def test_a_version_or_a_readout_said(nlp, before):
    text = f"{before} It said the two leaders had discussed \"regional security\" at length."
    att = claim_attributions(nlp, text)[-1][1]
    assert att.claim_type == "sourced" and att.speaker == "It" and att.speaker_type == "organisation"
