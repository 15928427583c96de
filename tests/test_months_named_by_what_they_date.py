"""A month naming a record is the last such month ("a December report"); the month a present "be" names is the
current one ("It's November"); a range's year named by its distance holds for both ends ("from May to August
last year"); a share of something is no date ("about a quarter of the debt")."""

import pytest

from .conftest import dated_doc


def values(nlp, text, published):
    doc = dated_doc(nlp, text, published)
    return [(e.text, e._.value) for e in doc.ents if e.label_ == "DATE"]


@pytest.mark.parametrize("text,published,expected", [
    ("It cites a December report by the lab.", "2025-11-08", [("December", "2024-12")]),
    ("The March survey found that costs rose.", "2025-11-08", [("March", "2025-03")]),
    ("A June ruling struck the law down.", "2025-03-02", [("June", "2024-06")]),
    ("The June meeting will decide.", "2025-11-08", [("June", "2026-06")]),
    ("It's November, and the league is tight.", "2025-11-08", [("November", "2025-11")]),
    ("It is now March and the snow has gone.", "2024-03-20", [("March", "2024-03")]),
    ("In March it is usually wet.", "2025-11-08", [("March", "--03")]),
])
def test_months_named_by_what_they_date(nlp, text, published, expected):
    assert values(nlp, text, published) == expected


@pytest.mark.parametrize("text,expected", [
    ("The bees were tracked from May to August last year.", [("May", "2024-05"), ("August last year", "2024-08")]),
    ("Work runs from June to September next year.", [("June", "2026-06"), ("September next year", "2026-09")]),
    ("The bees were tracked from May to August 2024.", [("May", "2024-05"), ("August 2024", "2024-08")]),
    ("The show runs from November 1 to January 15.", [("November 1", "2025-11-01"), ("January 15", "2026-01-15")]),
])
def test_a_ranges_year_named_by_its_distance(nlp, text, expected):
    assert values(nlp, text, "2025-11-08") == expected


@pytest.mark.parametrize("text,expected", [
    ("About a quarter of the debt is owed to China.", []),
    ("Roughly half of the budget went on salaries.", []),
    ("Profits rose in the first quarter of 2024.", [("the first quarter of 2024", "2024-01/2024-03")]),
])
def test_a_share_is_no_date(nlp, text, expected):
    assert values(nlp, text, "2025-11-08") == expected
