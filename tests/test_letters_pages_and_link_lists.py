"""A page's foot and lists of links, a letters page's signatures and notices, a review's book box and a
reference list under its notes heading: none of them is a claim."""

import pytest
from claimscope.clean import clean_body

STORY = "The council voted to close the library. Residents said they would appeal."


@pytest.mark.parametrize("foot", [
    "Related\n- Council to vote on bypass funding next month\n- Mayor resigns after audit",
    "Related stories\n- Council to vote on bypass funding\n- Library hours cut",
    "Read more:\n\n- The bypass in numbers\n\n- Why buses matter",
    "Comments (42) | Report an error | Terms | Privacy | © 2024 The Northern Courier",
    "Share | Print | Related: Council to vote on bypass funding next month",
    "Write to us: letters@harrowgategazette.co.uk. Letters may be edited for length.",
    "Counting House: Six Years at the Treasury by Margaret Hollis (Harwood & Lane, £25, 512 pp)",
])
def test_a_pages_foot_is_no_paragraph(foot):
    assert clean_body(f"{STORY}\n\n{foot}\n").text == STORY


def test_the_story_goes_on_after_a_list_of_links():
    text = clean_body(f"{STORY}\n\nRelated\n- Mayor resigns after audit\n\nThe appeal will be heard in May.\n").text
    assert text == f"{STORY}\n\nThe appeal will be heard in May."


@pytest.mark.parametrize("signature", ["Hugh Ransome, Low Thwaite Farm, Saltby", "Patricia Ogunleye, Knaresford",
                                       "Dr Ann Lee, Harrowgate"])
def test_a_letters_signature_is_no_paragraph(signature):
    text = clean_body(f"Bypass money would be better spent\n\n{STORY}\n\n{signature}\n\nA second letter\n\n"
                      "The footpath needs fencing.\n").text
    assert signature not in text and "The footpath needs fencing." in text


@pytest.mark.parametrize("kept", ["LONG LINES, FEW PROBLEMS", "Paris, he said, was lovely."])
def test_a_heading_in_capitals_or_a_sentence_is_no_signature(kept):
    assert kept in clean_body(f"{STORY}\n\n{kept}\n\nVoting ended at eight.\n").text


def test_a_numbered_reference_list_under_its_notes_heading_ends_the_article():
    text = clean_body(f"{STORY}[1]\n\nNotes and references\n\n[1] Department of Transport (2023). Budget 2023: "
                      "Fares Measures. Dublin.\n[2] Irish Rural Transport Network (2023). Getting There.\n").text
    assert text == STORY  # (the note's mark goes with it)
