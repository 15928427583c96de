"""A headline of two short sentences over a byline without "By" (the author's name, their post, the date) is
the title, and the name the author; "Professor of X, University of Y" is a post."""

import pytest

from .conftest import cleaned


@pytest.mark.parametrize("head, title, author", [
    ("OPINION | EDUCATION\n\nA four-day school week might keep teachers. It won't fix learning.\n\nEleanor Vasquez\n"
     "Professor of Education Economics, University of Bristol\nPublished 3 April 2025",
     "A four-day school week might keep teachers. It won't fix learning.", "Eleanor Vasquez"),
    ("Prices rose again in March. Wages did not.\n\nMaria Lopez\nEconomics correspondent\nTue 14 Oct 2025",
     "Prices rose again in March. Wages did not.", "Maria Lopez"),
    ("The bypass is built. The town is still stuck.\n\nTom Hale\nLecturer in Transport Planning, Leeds Beckett "
     "University\nPublished: 9 June 2025", "The bypass is built. The town is still stuck.", "Tom Hale"),
])
def test_a_two_sentence_headline_over_a_bare_byline(head, title, author):
    doc, clean = cleaned(f"{head}\n\nIt is tempting to see the plan as a cheap fix. Several towns now try it.\n")
    assert doc.title == title and doc.author == author
    assert clean.text.lstrip().startswith("It is tempting")


def test_a_first_sentence_over_a_sentence_stays_in_the_body():
    doc, clean = cleaned("The council voted to close the library on Tuesday.\n\nResidents were angry.\n"
                         "Published 3 April 2025\n\nThe vote was close.\n")
    assert doc.title == "" and "The council voted" in clean.text
