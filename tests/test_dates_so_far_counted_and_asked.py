"""Dates read by their clause: "earlier this week" up to the day before, "later this year" from the day after;
seasons counted ("for two summers") are lengths, not seasons; a month that "could" come is ahead, one a past
clause names is behind even beside "next year"; a deadline of what was asked for is ahead; a periodical's
"Monthly" and a house number are no dates."""

import pytest

from .test_date_rules import date_values


@pytest.mark.parametrize("text,published,expected", [
    ("The matter was taken up earlier this week.", "2024-11-28", {"earlier this week": "2024-11-25/2024-11-27"}),
    ("Prices rose earlier this year.", "2024-11-28", {"earlier this year": "2024-01-01/2024-11-27"}),
    ("The plant will reopen later this month.", "2024-11-28", {"later this month": "2024-11-29/2024-11-30"}),
    ("The report will be out later this year.", "2025-03-04", {"later this year": "2025-03-05/2025-12-31"}),
    ("The matter was taken up earlier this week.", "", {"earlier this week": ""}),
    ("The matter was taken up earlier this week.", "2024-11-25", {"earlier this week": ""}),  # a Monday
])
def test_earlier_and_later_this_unit(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,expected", [
    ("The farm was flooded for two summers.", {"summers": ""}),
    ("Three winters after prices peaked, arrears remain.", {"winters": ""}),
    ("The farm was flooded last summer.", {"last summer": "2024-06/2024-09"}),
])
def test_seasons_counted_are_lengths(nlp, text, expected):
    assert date_values(nlp, text, "2024-11-28", expected) == expected


@pytest.mark.parametrize("text,expected", [
    ("Reports suggest it could happen in December.", {"December": "2024-12"}),
    ("The vote might slip to March.", {"March": "2025-03"}),
    ("You could visit between April and October.", {"April": "--04", "October": "--10"}),
    ("The Fund had asked for a mini-budget before the end of December.",
     {"the end of December": "2024-12-15/2024-12-31"}),
    ("The bank had asked the firm for its accounts by the end of June, but they never came.",
     {"the end of June": "2024-06-15/2024-06-30"}),
    ("Until an operation in June, he could not climb the stairs.", {"June": "--06"}),
    ("In January he could barely climb the stairs, his doctor said.", {"January": "--01"}),
    ("The economy will grow by 1.1% next year, down from the 1.6% it forecast in March.", {"March": "2024-03"}),
    ("Sales fell 3.1% in 2023, with the sharpest falls between January and August.", {"January": "2023-01"}),
])
def test_a_month_by_its_clause(nlp, text, expected):
    assert date_values(nlp, text, "2024-11-28", expected) == expected


def test_a_past_month_after_a_year_of_the_same_year(nlp):
    text = ("The provinces agreed to align the tax from January 2025. The Fund's staff report, published in May, "
            "noted that implementation has lagged.")
    assert date_values(nlp, text, "2025-11-18", {"May": None}) == {"May": "2025-05"}


@pytest.mark.parametrize("text,dates", [
    ("I read it in Rose City Monthly last week.", {"last week"}),
    ("Published in the November 2025 issue of Rose City Monthly.", {"November 2025"}),
    ("The Tablet Weekly reported it on Friday.", {"Friday"}),
])
def test_a_periodicals_name_is_no_date(nlp, text, dates):
    doc = nlp.make_doc(text)
    doc._.published = "2025-10-14"
    assert {e.text for e in nlp(doc).ents if e.label_ == "DATE"} == dates


@pytest.mark.parametrize("text,year", [
    ("In 2019 Supreme Court justices heard the case.", "2019"),
    ("Since 2015 Crown Court trials have slowed.", "2015"),
    ("By 2030 Wall Street expects rates to fall.", "2030"),
])
def test_a_year_before_a_street_or_a_court_stays_a_year(nlp, text, year):
    assert date_values(nlp, text, "2024-11-28", {year: None}) == {year: year}


@pytest.mark.parametrize("text", ["On appeal from: [2023] EWCA Civ 1184", "The case is [2025] UKSC 7, decided in May.",
                                  "Have a news tip? Call 555-0150 today."])
def test_a_law_reports_or_a_telephone_number_is_no_date(nlp, text):
    doc = nlp.make_doc(text)
    doc._.published = "2025-02-12"
    assert not any(e.label_ == "DATE" and e.text in ("1184", "7", "555-0150") for e in nlp(doc).ents)


@pytest.mark.parametrize("text", ["Marigold Tavern, 2817 NE Alberta St, is open daily.",
                                  "The office at 1600 Pennsylvania Avenue was closed.",
                                  "She lives at 2250 Mill Road now."])
def test_a_house_number_is_no_year(nlp, text):
    doc = nlp.make_doc(text)
    doc._.published = "2025-10-14"
    assert not any(e.label_ == "DATE" and e.text[:1].isdigit() for e in nlp(doc).ents)
