"""A press release dated between dashes after its place ("WASHINGTON – March 3, 2025 –") is dated by it and the
date is no part of the lead; its contact line with a telephone number or an address is furniture."""

import pytest

from .conftest import cleaned

LEAD = "U.S. Senator Elena Ruiz today introduced legislation that would cap the monthly cost of insulin."


@pytest.mark.parametrize("dateline,published", [
    ("WASHINGTON – March 3, 2025 –", "March 3, 2025"),
    ("CHICAGO — Sept. 14, 2024 —", "Sept. 14, 2024"),
    ("SALT LAKE CITY - 9 May 2023 -", "9 May 2023"),
    ("AUSTIN -- January 22, 2026 --", "January 22, 2026"),
])
def test_a_release_dated_between_dashes(dateline, published):
    doc, clean = cleaned(f"Senator Ruiz Introduces Bill to Cap Insulin Costs\n\n{dateline} {LEAD}\n\n"
                         "The bill has eleven co-sponsors.")
    assert doc.published == published
    assert clean.text.startswith("U.S. Senator Elena Ruiz today"), clean.text[:80]


def test_a_place_and_dash_alone_keeps_the_lead_undated():
    doc, clean = cleaned(f"Senator Ruiz Introduces Bill\n\nWASHINGTON – {LEAD}\n\nThe bill has eleven co-sponsors.")
    assert not doc.published and clean.text.startswith("U.S. Senator"), (doc.published, clean.text[:80])


@pytest.mark.parametrize("contact", [
    "Contact: Maria Lopez, 202-224-5555, press@ruiz.senate.gov",
    "Media contact: Tom Hale (312) 555-0142",
    "Press Contact: Anna Berg, anna.berg@example.org",
])
def test_a_release_contact_line_is_furniture(contact):
    _, clean = cleaned(f"Senator Ruiz Introduces Bill\n\n{LEAD}\n\n{contact}\n\nThe bill has eleven co-sponsors.")
    assert "555" not in clean.text and "@" not in clean.text and "co-sponsors" in clean.text, clean.text


def test_a_sentence_about_contacting_stays():
    text = "Contact: the two sides have not spoken since the talks collapsed in 2019."
    _, clean = cleaned(f"Talks Stall\n\n{LEAD}\n\n{text}")
    assert text in clean.text


@pytest.mark.parametrize("head,published", [
    ("For Immediate Release\nMarch 3, 2025\n\nContact: Ellen Park, ellen.park@example.org\n\n", "March 3, 2025"),
    ("FOR IMMEDIATE RELEASE\n\nMarch 3, 2025\n\n", "March 3, 2025"),
    ("Tuesday, 14 October 2025\n\n", "14 October 2025"),
])
def test_a_date_over_the_headline_and_a_dated_lead(head, published):
    doc, clean = cleaned(f"{head}Greenfield Schools Name New Superintendent\n\nGREENFIELD, Mass. — The school "
                         "committee voted on Monday to appoint Dr. Renee Alvarez.\n\nShe starts in July.")
    assert (doc.title, doc.published) == ("Greenfield Schools Name New Superintendent", published)
    assert clean.text.startswith("The school committee"), clean.text[:60]


def test_a_date_over_the_headline_and_its_byline():
    doc, _ = cleaned("Thursday, 6 February 2025\n\nWhy the bypass must go\n\nBy Ann Lee\n\nThe road is a mistake.")
    assert (doc.title, doc.author, doc.published) == ("Why the bypass must go", "Ann Lee", "6 February 2025")
