"""Near misses of the thirty-fourth and thirty-fifth rounds' rules: ordinary wraps are not words cut in two ("was" /
"her"), a header-only file parses, a short headline over its deck stays the title, a subheading above a caption
stays a heading, a section's name in a body stays, "per team" is a rate, a called race is a result, a deadline
for comments is no refusal, "dismissed as head coach" is no judgement, "Few believe" is hardly anyone's, months
to come stay ahead, "a year and a half of talks" is a date, and callers are not one speaker."""

import pytest

from .conftest import cleaned, dated_doc, last_attribution

WRAPPED = """The library vote

By Ann Lee

The decision to close four branches was taken in private, and the
chair of the committee told us that closures was
her decision alone, and she told us
her plan would save money. The local co-
op will run one branch, and residents asked for an
anthem to be sung at the last opening of the old hall before it closed.
"""


def test_ordinary_wraps_are_not_words_cut_in_two():
    _, clean = cleaned(WRAPPED)
    assert "was her decision" in clean.text and "told us her plan" in clean.text
    assert "co-op" in clean.text and "an anthem" in clean.text


def test_a_file_that_is_all_header_parses():
    doc, _ = cleaned("Council cuts library hours\n\nAnalysis · 12 May 2025\n\nHannah Okafor\n")
    assert doc.title == "Council cuts library hours"


def test_a_short_headline_over_its_deck_apart_stays_the_title():
    doc, _ = cleaned("Budget Blues\n\nWhy the council's plan will not close the gap\nBy Ann Lee\n\nThe council "
                     "approved its budget on Tuesday.")
    assert doc.title == "Budget Blues"


def test_a_subheading_above_a_caption_stays_a_heading():
    _, clean = cleaned("Branch closes\n\nBy Ann Lee\n\nThe branch shut on Friday after forty years.\n\nThe aftermath\n"
                       "Residents queue outside the shuttered branch on Elm Street. Photo: Jane Doe\n\nThe council "
                       "says it will review the decision.")
    assert "The aftermath Residents" not in clean.text and "The aftermath" in clean.text


def test_a_sections_name_in_the_body_stays():
    _, clean = cleaned("Our manifesto\n\nBy Ann Lee\n\nWe will do three things.\n\nHealth\n\nWe will hire nurses."
                       "\n\nEducation\n\nWe will build schools.")
    assert "\nHealth\n" in clean.text and "\nEducation\n" in clean.text


@pytest.mark.parametrize("text,claim_type", [
    ("The rules allow one appeal per team each season.", "editorial"),
    ("Clubs may field five foreign players per club.", "editorial"),
    ("Income fell by a third, per the charity.", "sourced"),
    ("CNN called a tight race in Pennsylvania shortly before midnight.", "sourced"),
    ("The AP called the special election shortly after 9 p.m.", "sourced"),
    ("The board declined to extend the deadline for comments on the plan.", "editorial"),
    ("Smith was dismissed as head coach on Monday.", "editorial"),
    ("The scheme was dismissed as a stunt.", "sourced"),
    ("Few believe the plan will work.", "editorial"),
    ("Fewer believe the plan will work.", "editorial"),
])
def test_near_misses(attribute, text, claim_type):
    assert last_attribution(attribute, text).claim_type == claim_type, text


@pytest.mark.parametrize("text,target,expected", [
    ("Ministers are preparing for the May election.", "May", "2025-05"),
    ("The deadline is March.", "March", "--03"),
    ("After a year and a half of talks, the deal was signed.", "a year and a half", ""),
])
def test_months_to_come_and_stretches_of_time(nlp, text, target, expected):
    doc = dated_doc(nlp, text, "2025-02-10")
    ents = {e.text: e._.value for e in doc.ents if e.label_ == "DATE"}
    assert target in ents and ents[target] == expected, ents


def test_callers_are_not_one_speaker(nlp):
    from .conftest import claim_attributions
    text = ("HOST: Let's take some calls.\n\nFIRST CALLER: I think the plan is mad. It will ruin us.\n\nHOST: Why?"
            "\n\nFIRST CALLER: Rents will double.\n\nHOST: Next?\n\nSECOND CALLER: I like it. It will save us."
            "\n\nHOST: Why?\n\nSECOND CALLER: Buses will run on time.\n\nHOST: Thank you both.")
    found = {t: a for t, a in claim_attributions(nlp, text)}
    ruin, save = found["It will ruin us."], found["It will save us."]
    assert ruin.claim_type == save.claim_type == "sourced" and ruin.speaker != save.speaker, (ruin, save)
