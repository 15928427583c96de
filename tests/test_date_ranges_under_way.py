"""A range of dates with no year written that holds the text's own day is under way: both ends are of
that day's year, whatever the tense of its clause ("is to run from January 23 through March 9" written
on January 28 is not next year's run), and an end never falls before its start, whether the model tagged
the range as one entity or as two."""

import pytest

from .conftest import dated_doc


def values(nlp, text, published):
    doc = dated_doc(nlp, text, published)
    return [(e.text, e._.value) for e in doc.ents if e.label_ == "DATE"]


@pytest.mark.parametrize("sentence,published,expected", [
    ("The exhibit, which is located in Evansville, is to run from January 23 through March 9.", "2014-01-28",
     [("January 23", "2014-01-23"), ("March 9", "2014-03-09")]),
    ("Voting will continue from May 1 until May 20.", "2024-05-10",
     [("May 1", "2024-05-01"), ("May 20", "2024-05-20")]),
    ("The consultation will stay open from 3 February to 28 March.", "2025-02-11",
     [("3 February", "2025-02-03"), ("28 March", "2025-03-28")]),
    ("The sale will run from December 1 to January 15.", "2024-01-05",
     [("December 1", "2023-12-01"), ("January 15", "2024-01-15")]),
])
def test_a_range_under_way_on_the_texts_day_is_of_its_year(nlp, sentence, published, expected):
    assert values(nlp, sentence, published) == expected


@pytest.mark.parametrize("sentence,published,expected", [
    # wholly to come: next year's, by the tense
    ("The festival will run from May 2 to May 6.", "2024-05-10",
     [("May 2", "2025-05-02"), ("May 6", "2025-05-06")]),
    # wholly past
    ("The festival ran from May 2 to May 6.", "2024-05-10",
     [("May 2", "2024-05-02"), ("May 6", "2024-05-06")]),
    # a year written holds
    ("The show will run from May 2 to June 30, 2026.", "2024-05-10",
     [("May 2", "2026-05-02"), ("June 30, 2026", "2026-06-30")]),
])
def test_a_range_not_under_way_keeps_its_reading(nlp, sentence, published, expected):
    assert values(nlp, sentence, published) == expected


def test_without_the_texts_day_nothing_is_under_way(nlp):
    found = values(nlp, "The exhibit is to run from January 23 through March 9.", "")
    assert all(not v[:4].isdigit() for _, v in found), found


def test_a_relative_start_is_not_read_as_this_years(nlp):
    # "last August" is read against the text's day; the range ends in the September after it
    found = values(nlp, "He installed the carpet during last August to September.", "2000-01-01")
    assert found == [("last August", "1999-08"), ("September", "1999-09")], found
