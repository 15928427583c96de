"""A parliament's or a court's record dated in its header, section and series labels above a headline, an author
given with their post, parts of a year, and a day of a month told of by a past subject."""

import pytest
from claimscope.ingest import parse_plain_text

from .conftest import dated_doc

BODY = "\n\nThe council met last week. It will meet again next month.\n"


@pytest.mark.parametrize("header,published", [
    ("House of Commons\nHansard\n\nAffordable Housing (Delivery Targets)\n\n"
     "Volume 761: debated on Wednesday 12 March 2025", "Wednesday 12 March 2025"),
    ("House of Lords\nHansard\n\nWater Bill\n\nVolume 840: debated on Tuesday 4 June 2024", "Tuesday 4 June 2024"),
    ("Supreme Court of Westmorland\n\nDelgado v. Branford\n\nArgued October 8, 2024", "October 8, 2024"),
])
def test_a_records_header_line_dates_it(header, published):
    doc = parse_plain_text(header + BODY)
    assert (doc.published, doc.published_source) == (published, "dateline")


@pytest.mark.parametrize("header,title,author", [
    ("The Northern Ledger\n\nObituaries\n\nMargaret Ellison, chemist who made cleaner dyes, dies at 84\n\n"
     "Her work cut water use in mills from Lancashire to Gujarat\n\nBy Helen Carver\nSaturday 9 November 2024",
     "Margaret Ellison, chemist who made cleaner dyes, dies at 84", "Helen Carver"),
    ("Share on Facebook | Share on X | Email | Print\n\nBOOKS\n\nThe chancellor who never said sorry\n\n"
     "By Daniel Okafor\n14 March 2024", "The chancellor who never said sorry", "Daniel Okafor"),
    ("POLICY COMMENTARY | No. 47\n\nFixing the Fare Cliff: Why Capped Bus Fares Fail Rural Commuters\n\n"
     "Dr Aisling Brennan, Senior Fellow, Transport and Regions Programme\nCentre for Public Infrastructure, Dublin\n"
     "12 June 2024", "Fixing the Fare Cliff: Why Capped Bus Fares Fail Rural Commuters", "Aisling Brennan"),
    ("BRIEFING · Issue 12\n\nWhy the port deal matters\n\nProf. Ravi Menon, Director, Trade Policy Unit\n"
     "3 May 2023", "Why the port deal matters", "Ravi Menon"),
])
def test_section_and_series_labels_stand_above_the_headline(header, title, author):
    doc = parse_plain_text(header + BODY)
    assert (doc.title, doc.author) == (title, author)
    assert doc.text.strip().startswith("The council met")


def test_a_name_and_post_in_the_body_is_no_byline():
    doc = parse_plain_text("Port deal signed\n\nBy Ann Lee\n3 May 2023\n\nRavi Menon, Director of Trade, said the "
                           "deal was good.\n")
    assert doc.author == "Ann Lee" and "Ravi Menon, Director of Trade, said" in doc.text


def _values(nlp, text, published):
    return [(e.text, e._.value) for e in dated_doc(nlp, text, published).ents if e.label_ == "DATE"]


@pytest.mark.parametrize("text,value", [
    ("Work on the line began in early 2024.", "2024-01/2024-04"),  # a part of a year is its months
    ("The fund will run out by the end of 2025.", "2025-09/2025-12"),
    ("The bridge reopens in mid-2026.", "2026-05/2026-08"),
    ("Prices fell in late 2019.", "2019-09/2019-12"),
    ("The plant opened at the beginning of 2021.", "2021-01/2021-04"),
    ("Your editorial of March 3 claimed that the library would close.", "2024-03-03"),  # a past subject's day
    ("The meeting on December 12 decided nothing.", "2023-12-12"),
    ("A report of June 30 found that the river was polluted.", "2024-06-30"),
    ("The deadline of March 3 will pass quietly.", "2025-03-03"),
])
def test_parts_of_a_year_and_the_day_of_a_past_subject(nlp, text, value):
    assert [v for _, v in _values(nlp, text, "2024-11-21")] == [value]
