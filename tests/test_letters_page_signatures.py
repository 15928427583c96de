"""A page of letters: each letter's signature (a name, the place under it) between one letter and the next is no
claim; a single letter's last lines and an article's short lines stay."""

import pytest
from claimscope.api import analyze

PAGE = """LETTERS TO THE EDITOR

Saturday, May 17, 2025

Library cut hurts those with the fewest options

To the editor:

The board says the savings are needed to cover rising costs. I don't doubt that, but a city that resurfaced a
golf course can keep one branch open on Sundays.

{first}

{first_place}

Harbor Street bike lanes are working

After a year of complaints on this page, let me offer a different view. The shops on the corner are busier than
they were before the lanes went in.

{second}

{second_place}

Dear Editor,

The public hearing is scheduled for June 3. I urge every resident who cares about the creek to attend it.

{third}

{third_place}
"""

SIGNERS = [
    dict(first="Gloria Ramirez-Tate", first_place="Fairhaven", second="Tom Okafor", second_place="West Fairhaven",
         third="Rev. Harold Winthrop-Banks", third_place="Millbrook Township"),
    dict(first="Margaret Ellison", first_place="Altoona, Pa.", second="Dr. Samuel Osei", second_place="Harrow",
         third="Linda Park", third_place="East Haven"),
]


@pytest.mark.parametrize("signers", SIGNERS)
def test_the_signatures_of_a_page_of_letters_are_no_claims(nlp, signers):
    texts = [c.text for c in analyze(PAGE.format(**signers), nlp=nlp).claims]
    assert not set(signers.values()) & set(texts), texts
    assert any(t.startswith("The public hearing is scheduled") for t in texts)


def test_a_single_name_line_in_an_article_stays(nlp):
    text = ("Council backs the plan\n\nThe council voted on Monday to back the plan. Two members abstained.\n\n"
            "Tom Okafor\n\nWest Fairhaven\n\nThe vote followed a long debate about the depot and its costs.")
    texts = [c.text for c in analyze(text, nlp=nlp).claims]
    assert "Tom Okafor" in texts


def test_signatures_with_a_place_are_found_without_headlines(nlp):
    text = ("Readers write\n\nNovember 2, 2024\n\nThe proposed wind farm on the moor is an eyesore that will bring no "
            "jobs. I urge the committee to reject it.\n\nTom Whitley\nDayton, Ohio\n\nYour editorial on school meals "
            "was spot on. Hungry children cannot learn.\n\nProfessor Rosa Ibanez\nSpringfield, Ohio\n")
    texts = [c.text for c in analyze(text, nlp=nlp).claims]
    assert not {"Tom Whitley", "Dayton, Ohio", "Professor Rosa Ibanez", "Springfield, Ohio"} & set(texts), texts


def test_photo_captions_of_people_and_parties_are_no_signatures(nlp):
    text = ("New faces in the council\n\nThe election was held on Sunday, with a record turnout of voters across "
            "the city.\n\nMichael Tien of NPP\n\nDAB's Elizabeth Quat\n\nIn the west, Eddie Chu was elected with "
            "84,121 votes, the largest of any seat.\n\nAlvin Yeung of Civic Party\n\nNathan Law of Demosisto\n\n"
            "In the east, Alvin Yeung kept his seat.")
    texts = [c.text for c in analyze(text, nlp=nlp).claims]
    assert {"Michael Tien of NPP", "Alvin Yeung of Civic Party"} <= set(texts), texts
