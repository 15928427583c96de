"""A select committee's oral evidence ("Q112 Chair:", "Dame Ruth Okafor:", "Mark Tillotson:"), a court's press
summary, a magazine's long read and a school's newsletter as scraped; and the reports they carry: a party's "It
argued that", "Lord Dennison, concurring, adds that", "asked me whether", "colleagues say" inside a clause, "I have
been assured that", against "It cannot be said that" and "It could be argued that"."""

import pytest

from .conftest import claim_attributions, cleaned, last_attribution
from .test_date_rules import date_values

HEARING = ("{committee}\n\nOral evidence: Storm overflows and water company performance, HC 418\n\n"
           "Tuesday 11 March 2025\n\nMembers present: {chair} (Chair); Gareth Owen; Priya Nandakumar.\n\n"
           "Q112 Chair: Good morning. Dame Ruth, your company reported 41,206 spill events. Is that right?\n\n"
           "{witness}: Thank you, Chair. Rainfall was a significant factor. Some of those spills were our fault.\n\n"
           "Q113 Priya Nandakumar: How many?\n\n{witness}: I cannot give you an exact number today.\n\n"
           "Chair: Roughly.\n\n{witness}: Between a fifth and a quarter. I will write to the Committee.\n\n"
           "Q114 Priya Nandakumar: Which autumn?\n\n{witness}: This autumn.")


@pytest.mark.parametrize("committee,chair,witness,canonical", [
    ("Environment, Food and Rural Affairs Committee", "Helen Marsh", "Dame Ruth Okafor", "Ruth Okafor"),
    ("Public Accounts Committee", "Sir Geoffrey Clifton-Brown", "Mark Tillotson", "Mark Tillotson"),
])
def test_a_committees_oral_evidence(nlp, committee, chair, witness, canonical):
    doc, clean = cleaned(HEARING.format(committee=committee, chair=chair, witness=witness))
    assert doc.title == "Oral evidence: Storm overflows and water company performance, HC 418"
    found = claim_attributions(nlp, clean.text)

    def of(fragment):
        return next(a for t, a in found if fragment in t)

    for text in ("Rainfall was a significant factor.", "Some of those spills were our fault.",
                 "I will write to the Committee."):
        assert of(text).claim_type == "sourced" and of(text).speaker_canonical == canonical, (text, of(text))
    assert of("How many?").speaker_canonical == "Priya Nandakumar"
    assert of("Good morning.").speaker_canonical == chair.replace("Sir ", "")


@pytest.mark.parametrize("top,title", [
    ("PRESS SUMMARY\n\n12 February 2025\n\nR (on the application of Harrow Fields Residents' Association) (Appellant) "
     "v Secretary of State for Housing, Communities and Local Government (Respondent) [2025] UKSC 7\n\n"
     "On appeal from: [2023] EWCA Civ 1184",
     "R (on the application of Harrow Fields Residents' Association) (Appellant) v Secretary of State for Housing, "
     "Communities and Local Government (Respondent) [2025] UKSC 7"),
    ("The Long Read\n\nThe ice listener\n\nFor three decades Marit Solberg has measured how fast Greenland is "
     "melting\n\nBy Daniel Achterberg\n\nSun 6 Oct 2024 06.00 BST", "The ice listener"),
    ("Ashgrove Primary School\n\nNewsletter – Spring Term, Issue 22\n\nFriday 7th March 2025\n\n"
     "A message from Mrs Whitfield\n\nDear Parents and Carers,", "Newsletter – Spring Term, Issue 22"),
])
def test_a_documents_label_or_issuer_is_no_title(top, title):
    doc, _ = cleaned(f"{top}\n\nThe court ruled on the appeal in February. It was a long wait.")
    assert doc.title == title


@pytest.mark.parametrize("line,author", [("A message from Mrs Whitfield", "Mrs Whitfield"),
                                         ("A letter from Dr Ann Lee", "Dr Ann Lee")])
def test_a_letters_heading_names_its_writer(line, author):
    doc, clean = cleaned(f"Ashgrove Primary School\n\nNewsletter – Spring Term, Issue 22\n\nFriday 7th March 2025\n\n"
                         f"{line}\n\nDear Parents and Carers,\n\nWhat a week it has been.")
    assert doc.author == author and line not in clean.text


@pytest.mark.parametrize("text,speaker", [
    ("The Appellant, a residents' association, applied to quash the decision. It argued that the Secretary of State "
     "had failed to give reasons.", "It"),
    ("The family said he died peacefully. In lieu of flowers, it asked that donations be made to music programs.",
     "it"),
    ("Lord Dennison, concurring, adds that the approach risked turning the duty into a formality.", "Lord Dennison"),
    ("Several parents have asked me whether a family wedding counts as exceptional.", "Several parents"),
    ("It was also, colleagues say, an accurate description of how difficult she could be.", "colleagues"),
    ("I have been assured that the playground will not be affected.", ""),
    ("We were promised that the road would reopen.", ""),
])
def test_reports_in_summaries_and_letters(nlp, text, speaker):
    att = claim_attributions(nlp, text)[-1][1]
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("text", [
    "It cannot be said that the outcome would have been different.",
    "It could be argued that the plan failed.",
    "It is not claimed that the plan failed.",
    "He was not told that the plan failed.",
    "It was, in the end, a good result.",
    "Gloria developed severe eczema and the parents were advised to send the child to a skin specialist.",
    "In the current study, those respondents who indicated more than one race were coded as mixed race.",
    "When I put this to her, she laughed.",
])
def test_a_denied_or_supposed_passive_report_is_the_authors(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial", text


def test_a_correction_line_is_dropped():
    _, clean = cleaned("Title of the piece here\n\nBy Ann Lee\nMay 3, 2025\n\nHe was 86.\n\n"
                       "This story has been corrected to show that Tillery was 86, not 87.")
    assert clean.text == "He was 86."


@pytest.mark.parametrize("text,published,expected", [
    ("A survey of 2,400 households between January and March found that 61 per cent had cut down.", "2024-08-16",
     {"January": "2024-01", "March": "2024-03"}),
    ("The model will not be released until at least the end of the year.", "2025-06-03",
     {"at least the end of the year": "2025-12-31"}),
    ("Meta is preparing models for release before the end of the summer.", "2025-06-03",
     {"the end of the summer": "2025-06/2025-09"}),
    ("This autumn.", "2025-03-11", {"This autumn": "2025-09/2025-12"}),
    ("This autumn was wet.", "2024-12-10", {"This autumn": "2024-09/2024-12"}),
    ("We expect the last of them to be done by the autumn.", "2025-03-11", {"the autumn": "2025-09/2025-12"}),
])
def test_dates_of_reports_and_hearings(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("first", ["“No.", "“Maybe.", "“Yes."])
def test_a_one_word_sentence_opening_an_introduced_quote_is_the_speakers(nlp, first):
    found = claim_attributions(nlp, f"Her answer was immediate. {first} Never. Too late is a political idea, not a "
                                    "scientific one.”")
    att = next(a for t, a in found if t == first)
    assert att.claim_type == "sourced" and att.speaker == "Her", att


def test_a_committees_notes_of_its_sitting_are_dropped():
    _, clean = cleaned("Title of the hearing here\n\nTuesday 11 March 2025\n\nChair: Order.\n\n"
                       "Sitting suspended for a Division in the House.\n\nOn resuming—\n\nChair: We resume.")
    assert "Sitting suspended" not in clean.text and "On resuming" not in clean.text
