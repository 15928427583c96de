"""A header's byline that carries its date ("Posted on Thursday, 14 August 2025 by Jess Harlow" above the
title, "Interview by Claire Denholm, 21 August 2025", "By Maria Delacroix | The Midland Courier | June 14,
2024"), a credit with "Review by", two authors joined by "and" above a series line that ends with the date, and a
delivery line with its place ("Delivered May 18, 2024, Riverside, Ohio"): the text's author, date and title,
and none of them a claim."""

import pytest

from .conftest import cleaned

BODY = ("The council voted on Monday to close the library. Residents said the decision was rushed, and the "
        "mayor has yet to explain why.\n\nLast week, hundreds signed a petition.")

HEADERS = [
    ("Posted on Thursday, 14 August 2025 by Jess Harlow\n\nWhy I finally sold my car\n\n",
     "Why I finally sold my car", "Jess Harlow", "14 August 2025"),
    ("Posted on Monday, 3 March 2025 by Tom Reyes\n\nThe week the buses stopped\n\n",
     "The week the buses stopped", "Tom Reyes", "3 March 2025"),
    ('"The ocean doesn\'t care about our deadlines"\n\nInterview by Claire Denholm, 21 August 2025\n\n',
     '"The ocean doesn\'t care about our deadlines"', "Claire Denholm", "21 August 2025"),
    ("Home > Opinion > Columns\n\nThe city keeps promising to beat the heat\n\n"
     "By Maria Delacroix | The Midland Courier | June 14, 2024\n\n",
     "The city keeps promising to beat the heat", "Maria Delacroix", "June 14, 2024"),
    ("The Lighthouse Keeper's Ledger: a quiet triumph\nReview by Samuel Ortega\nOctober 3, 2023\n\n",
     "The Lighthouse Keeper's Ledger: a quiet triumph", "Samuel Ortega", "October 3, 2023"),
    ("Rethinking Congestion Pricing: Evidence and Equity\n\nLena Vogt and Samuel Achterberg\n"
     "Policy Commentary No. 25-07, Centre for Urban Policy, 12 May 2025\n\n",
     "Rethinking Congestion Pricing: Evidence and Equity", "Lena Vogt and Samuel Achterberg", "12 May 2025"),
    ("Remarks by Governor Helen Marsh at the Riverside Community College Commencement\n"
     "Delivered May 18, 2024, Riverside, Ohio\n\n",
     "Remarks by Governor Helen Marsh at the Riverside Community College Commencement", "Governor Helen Marsh",
     "May 18, 2024"),
]


@pytest.mark.parametrize("header,title,author,published", HEADERS)
def test_a_byline_with_its_date_gives_title_author_and_date(header, title, author, published):
    doc, clean = cleaned(header + BODY)
    assert (doc.title, doc.author, doc.published) == (title, author, published)
    assert clean.text.lstrip().startswith("The council voted"), clean.text[:120]


@pytest.mark.parametrize("header,title", [
    # a letter's date line, then the paper it is addressed to: no title
    ("8-May-2006\n\nTo the Editor,\nThe Westbridge Courier\n\nSir,\n\n", ""),
    # "20 years on" after a date is no place: the line is the headline
    ("September 11, 2001, twenty years on\n\n", "September 11, 2001, twenty years on"),
])
def test_other_header_lines_keep_their_reading(header, title):
    doc, _ = cleaned(header + BODY)
    assert doc.title == title and not doc.published.startswith("May"), doc


@pytest.mark.parametrize("header,title,author,published", [
    ("The Ferryman's Daughter\nInterview by Claire Denholm, 21 August 2025\n\n", "The Ferryman's Daughter",
     "Claire Denholm", "21 August 2025"),
    ("Why Our Allotments Matter\nPosted on 14 August 2025 by Jess Harlow\n\n", "Why Our Allotments Matter",
     "Jess Harlow", "14 August 2025"),
    ("Rethinking Bus Lanes\nLena Vogt and Samuel Achterberg\nPolicy Commentary No. 25-07, Centre for Urban Policy, "
     "12 May 2025\n\n", "Rethinking Bus Lanes", "Lena Vogt and Samuel Achterberg", "12 May 2025"),
    ("Review by Samuel Ortega\nMarch 3, 2025\n\n", "", "Samuel Ortega", "March 3, 2025"),
])
def test_a_title_right_above_its_dated_byline(header, title, author, published):
    doc, _ = cleaned(header + BODY)
    assert (doc.title, doc.author, doc.published) == (title, author, published)
