"""A page's own date written with its time first or its update after, a speech's date line without its year, a
date line at a page's foot; a site's name among its menu, a section breadcrumb, a headline wrapped over two
lines, a board's byline, an epigraph with its credit above the byline, a letter's addressee and signature, and
the photo credits and sign-up boxes of scraped news pages."""

import pytest
from claimscope.published import resolve_published

from .conftest import cleaned

BODY = ("The council approved the new budget on Tuesday after a long debate in 2025.\n\n"
        "Opposition members said the cuts to libraries would hurt the poorest districts.\n")


@pytest.mark.parametrize(("line", "published"), [
    ("Published: 6:00 AM EST, Sunday, February 2, 2025", "2025-02-02"),
    ("Posted 10:15 a.m. ET, March 3, 2025", "2025-03-03"),
    ("March 4, 2025 5:31 PM GMT+1 Updated 2 hours ago", "2025-03-04"),
    ("June 9, 2024 08:15 IST Updated 1 hour ago", "2024-06-09"),
])
def test_a_page_date_with_its_time_before_or_its_update_after(line, published):
    doc, clean = cleaned(f"Libraries face cuts\n\nBy Amina Yusuf\n{line}\n\n{BODY}")
    assert resolve_published(doc, clean.text)[0] == published
    assert clean.text.startswith("The council approved")


@pytest.mark.parametrize(("line", "year", "published"), [
    ("Remarks as prepared for delivery, Tuesday, September 9th", "2025", "2025-09-09"),
    ("Harbour Hall, Friday, 14 March", "2025", "2025-03-14"),
    ("Speech to the annual conference, Monday, October 7", "2024", "2024-10-07"),
])
def test_a_speech_date_line_without_its_year_takes_the_year_its_weekday_fits(line, year, published):
    body = f"Thank you all for coming.\n\nBy {year} the harbour had lost half its trade.\n"
    doc, clean = cleaned(f"A fair deal for harbour towns\n\n{line}\n\n{body}")
    assert resolve_published(doc, clean.text) == (published, "dateline_year_inferred")
    assert clean.text.startswith("Thank you")
    undated, clean = cleaned(f"A fair deal for harbour towns\n\n{line}\n\nThank you all for coming.\n")
    assert resolve_published(undated, clean.text) == ("", "")  # no year in the text: none is invented


@pytest.mark.parametrize("foot", ["ENDS\n\nShare this page: Facebook | X | Email\nPublished 9 September 2025\n",
                                  "Published: 9 September 2025\n", "Last updated 9 September 2025\n"])
def test_a_date_line_at_the_foot_of_a_page_dates_it(foot):
    doc, clean = cleaned(f"A fair deal for harbour towns\n\nThank you all for coming.\n\n{foot}")
    assert resolve_published(doc, clean.text)[0] == "2025-09-09"
    assert clean.text == "Thank you all for coming."


@pytest.mark.parametrize("top", [
    "Skip to main content\nHome | News | Local | Sports | Opinion | e-Edition | Subscribe\nThe Lakeshore Ledger\n"
    "Opinion | Editorial\n",
    "The Daily Meridian\nHome | World | Politics | Columns\nAdvertisement\nELECTIONS 2024\n",
    "Jump to navigation\nHarbour Times\nNews / Politics\n",
])
def test_a_site_name_and_its_section_breadcrumb_above_the_headline(top):
    doc, clean = cleaned(f"{top}\nLibraries deserve better than this budget\n\nBy the Ledger Editorial Board\n\n{BODY}")
    assert doc.title == "Libraries deserve better than this budget"
    assert doc.author == "the Ledger Editorial Board"
    assert clean.text.startswith("The council approved")


@pytest.mark.parametrize(("first", "second"), [
    ("In tight Arizona Senate race, both camps claim momentum as turnout", "surges"),
    ("Council delays vote on library closures as campaigners fill the public", "gallery"),
])
def test_a_headline_wrapped_over_two_lines_above_its_byline(first, second):
    doc, clean = cleaned(f"{first}\n{second}\nBy Karen Whitfield and Luis Ortega\n\n{BODY}")
    assert doc.title == f"{first} {second}" and doc.author == "Karen Whitfield and Luis Ortega"
    assert clean.text.startswith("The council approved")


@pytest.mark.parametrize(("epigraph", "credit"), [
    ("\"The great enemy of clear language is insincerity.\"", "— George Orwell"),
    ("“We shape our buildings; thereafter they shape us.”", "– Winston Churchill"),
    ("“Not everything that is faced can be changed.”", "— James Baldwin, The Fire Next Time"),
])
def test_an_epigraph_keeps_its_credit_and_the_byline_under_it_is_the_author(epigraph, credit):
    doc, clean = cleaned(f"The Case for Plain Words\n\n{epigraph}\n{credit}\n\nBy Daniel Okafor\n\n{BODY}")
    assert doc.author == "Daniel Okafor"
    assert clean.text.split("\n\n")[:2] == [f"{epigraph} {credit}", BODY.split("\n\n")[0]]


@pytest.mark.parametrize(("closing", "signature", "author"), [
    ("Yours faithfully,", "Mrs Eileen Marsh\nHollins Lane, Westbridge", "Mrs Eileen Marsh"),
    ("Sincerely,", "Tomas Lindqvist\nChair, Riverside Tenants' Association", "Tomas Lindqvist"),
    ("Yours sincerely,", "Dr Ngozi Eze\nWestbridge", "Dr Ngozi Eze"),
])
def test_a_letter_addressed_to_a_paper_and_signed(closing, signature, author):
    text = (f"8-May-2006\n\nTo the Editor,\nThe Westbridge Courier\n\nSir,\n\n{BODY}\n{closing}\n\n{signature}\n")
    doc, clean = cleaned(text)
    assert doc.author == author and resolve_published(doc, clean.text)[0] == "2006-05-08"
    assert clean.text.startswith("The council approved") and clean.text.endswith("the poorest districts.")


def test_a_letter_whose_closing_is_followed_by_a_postscript_keeps_it():
    text = f"Parking\n\n{BODY}\nYours faithfully,\n\nAnn Lee\n\nP.S. The car park was full again on Monday.\n"
    doc, clean = cleaned(text)
    assert doc.author == "Ann Lee" and clean.text.endswith("full again on Monday.")
    assert "Ann Lee" not in clean.text


@pytest.mark.parametrize("furniture", [
    "Photo caption: Ruben Castillo greets supporters in Casa Grande on Sunday.\n(Luis Ortega / Staff)\n",
    "(Jenna Hart / Staff)\n",
    "(Photo: Ann Lee/Reuters)\n",
    "Sign up for our Politics newsletter\n",
    "Sign up for our newsletter\nGet the Ledger's opinion pieces delivered to your inbox every weekday morning.\n"
    "Enter your email | Subscribe\n",
    "Most Read\nSign up for our Politics newsletter\n© 2024 The Desert Ledger. All rights reserved.\n",
])
def test_photo_credits_and_sign_up_boxes_are_no_claims(furniture):
    _, clean = cleaned(f"Budget anger grows\n\n{BODY}\n{furniture}")
    assert clean.text.endswith("hurt the poorest districts.")


@pytest.mark.parametrize("block", [
    "    An abstract term is like a box with a false bottom; you may put in\n    it what ideas you please.\n",
    "\tPolitical language is designed to make lies sound truthful and\n\tmurder respectable.\n",
])
def test_an_indented_block_quotation_is_one_paragraph(block):
    _, clean = cleaned(f"Plain words\n\nTocqueville wrote about it. He went on:\n\n{block}\nThat is still true.\n")
    assert clean.text.split("\n\n")[1] == " ".join(part.strip() for part in block.strip().split("\n"))
