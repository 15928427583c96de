"""A page's section label over its headline ("Football | Championship", "LAW & COURTS | ANALYSIS", "Asia
Pacific") is no title; a byline without "By" stacked over its date, alone, with where the reporter is or with
the reporter's post ("Sam Ridley at the Causeway Stadium", "Hannah Okafor" / "Science correspondent") is the
author; a standfirst above a labelled date is header; "Published - September 03, 2025" is a date; a caption
wrapped over two lines keeps both and loses its "| Photo Credit:"."""

import pytest

from .conftest import cleaned

BODY = "The council voted on Monday to close the library. Residents said they would fight the decision."


@pytest.mark.parametrize("label,headline,under,author", [
    ("Football | Championship", "Harrowgate Athletic 2-1 Wexley United: Okonjo's late header settles derby",
     "Sam Ridley at the Causeway Stadium\nSat 8 Nov 2025 19.48 GMT", "Sam Ridley"),
    ("LAW & COURTS | ANALYSIS", "Michigan's high court says gig drivers are employees. The fight is far from over.",
     "A 4-3 ruling reshapes who counts as a worker.\n\nBy Andrea Kowalczyk\nPublished July 18, 2025",
     "Andrea Kowalczyk"),
    ("Asia Pacific", "Pakistan-Afghanistan talks stall in Tashkent as border crossings stay shut",
     "By Saad Hashmi and Jawed Noori\n\nOctober 29, 2025", "Saad Hashmi and Jawed Noori"),
    ("Science | Environment", "Fungicide leaves bumblebees lost on the way home, study finds",
     "Hannah Okafor\nScience correspondent\nTue 14 Oct 2025 09.12 BST", "Hannah Okafor"),
])
def test_a_section_label_over_the_headline(label, headline, under, author):
    doc, clean = cleaned(f"{label}\n\n{headline}\n\n{under}\n\n{BODY}")
    assert (doc.title, doc.author) == (headline, author)
    assert doc.published and clean.text.startswith("The council voted"), (doc.published, clean.text[:80])


def test_a_short_headline_over_its_standfirst_stays_the_title():
    doc, _ = cleaned(f"Libraries Deserve Better\n\nOur branches are closing. We should care.\n\nBy Ann Lee\n\n{BODY}")
    assert doc.title == "Libraries Deserve Better" and doc.author == "Ann Lee"


@pytest.mark.parametrize("line", ["West Yorkshire", "Bridge Street at the Market Square"])
def test_a_place_over_the_date_is_no_author(line):
    doc, _ = cleaned(f"Why the bypass must go\n\n{line}\nSat 8 Nov 2025\n\n{BODY}")
    assert doc.author == ""


@pytest.mark.parametrize("dated,published", [
    ("Published - September 03, 2025 12:10 am IST", "September 03, 2025"),
    ("Updated – 4 March 2024", "4 March 2024"),
])
def test_a_standfirst_over_a_labelled_date_with_a_dash(dated, published):
    doc, clean = cleaned(f"Drowning by design\n\nKarnataka must stop treating every monsoon as a surprise\n\n"
                         f"{dated}\n\n{BODY}")
    assert doc.published == published
    assert clean.text.startswith("The council voted"), clean.text[:80]


@pytest.mark.parametrize("credit", ["| Photo Credit: SUDHAKARA JAIN", "Photograph: Ben Marsh/Alamy",
                                    "| Image: Reuters"])
def test_a_caption_wrapped_over_two_lines(credit):
    _, clean = cleaned(f"The floods\n\nBy Ann Lee\n\n{BODY}\n\nCommuters wade through a waterlogged stretch of the "
                       f"Outer Ring Road in\nBengaluru on Monday. {credit}\n\nThe city has flooded before.")
    assert "Commuters wade through a waterlogged stretch of the Outer Ring Road in Bengaluru on Monday." in \
        clean.text.split("\n")
    assert "Credit" not in clean.text and "Photograph" not in clean.text and "Image" not in clean.text


def test_a_short_title_over_its_subtitle_stays_the_title():
    doc, _ = cleaned("The Long Goodbye\nWhat my father’s hands taught me about forgetting\n\nBy Miriam Okafor\n\n"
                     f"The Atlantic Review | Essays | March 3, 2023\n\n{BODY}")
    assert (doc.title, doc.author) == ("The Long Goodbye", "Miriam Okafor")


def test_a_name_and_a_labelled_date_between_bars():
    doc, _ = cleaned("Central Asia needs more than communiqués\n\nZafar Iqbal Chaudhry | Published March 14, 2025\n\n"
                     f"{BODY}")
    assert (doc.author, doc.published) == ("Zafar Iqbal Chaudhry", "March 14, 2025")
