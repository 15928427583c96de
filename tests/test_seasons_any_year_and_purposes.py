"""A season of every year ("heat in winter", "flooded every other winter", "In summer the town is quiet") is
year-less; one in a clause that is past or to come keeps its year; a day the purpose of a past verb names is past
("came to see us until December", "flew to Rome to meet the minister in December")."""

import pytest

from .conftest import dated_doc


def value(nlp, text, published, target):
    doc = dated_doc(nlp, text, published)
    return next((e._.value for e in doc.ents if e.label_ == "DATE" and target in e.text), None)


@pytest.mark.parametrize("sentence,target,expected", [
    ("Cities already require landlords to provide heat in winter.", "winter", "--12/--03"),
    ("My father always said the land flooded every other winter anyway.", "winter", "--12/--03"),
    ("In summer the town is quiet.", "summer", "--06/--09"),
    ("We will reopen in spring.", "spring", "2024-03/2024-06"),
    ("This summer we will open a new branch.", "summer", "2024-06/2024-09"),
    ("We closed the shop in winter.", "winter", "2023-12/2024-03"),
])
def test_a_season_of_every_year_is_yearless(nlp, sentence, target, expected):
    assert value(nlp, sentence, "2024-03-07", target) == expected


@pytest.mark.parametrize("sentence,target,expected", [
    ("Nobody from the company came to see us until December.", "December", "2023-12"),
    ("She flew to Rome to meet the minister in December.", "December", "2023-12"),
    ("Inspectors went to check the site in November.", "November", "2023-11"),
    ("We need the report by December.", "December", "2024-12"),
])
def test_the_purpose_of_a_past_verb_is_past(nlp, sentence, target, expected):
    assert value(nlp, sentence, "2024-03-07", target) == expected


@pytest.mark.parametrize("sentence,target", [
    ("Revenues fell between 15 and 30 per cent.", "15"),
    ("Costs rose by between 10 and 20 percent last year.", "10"),
    ("I left school at fourteen and never went back.", "fourteen"),
    ("She started work at sixteen.", "sixteen"),
])
def test_a_share_or_an_age_is_no_date(nlp, sentence, target):
    doc = dated_doc(nlp, sentence, "2024-05-18")
    assert not any(e.label_ == "DATE" and target in e.text for e in doc.ents), [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("sentence,target,expected", [
    ("The deadline for tax returns was moved to June.", "June", "2024-06"),
    ("The hearing was adjourned until May 2.", "May 2", "2024-05-02"),
    ("The launch has been postponed to October.", "October", "2024-10"),
    ("More rain is forecast for the weekend.", "weekend", "2024-03-09/2024-03-10"),
    ("Shoppers were urged to avoid the town centre on Saturday.", "Saturday", "2024-03-09"),
    ("Police urged drivers to avoid the bridge on Monday.", "Monday", "2024-03-11"),
    ("The vote is planned for the autumn.", "autumn", "2024-09/2024-12"),
    ("The plant was closed in January and moved to Leeds in February.", "February", "2024-02"),
])
def test_a_date_moved_to_or_asked_for_is_ahead(nlp, sentence, target, expected):
    assert value(nlp, sentence, "2024-03-07", target) == expected
