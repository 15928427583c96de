"""Names of bodies the model cuts short ("Islamabad Policy Research Institute" tagged as the place, "the State Bank
of" + "Pakistan"), a poll's or report's owner among its compounds ("A Gallup Pakistan survey", "A Pew Research
Center poll"), someone "named" X; and dates: a day of what is planned or expected is ahead, a month beside a
past verb is past, a deadline year is no narrative's, "this decade", and a history told by years after days."""

import pytest

from .conftest import dated_doc, last_attribution


@pytest.mark.parametrize("text,name", [
    ("A report by the Islamabad Policy Research Institute found that transit could cut shipping times.",
     "Islamabad Policy Research Institute"),
    ("Figures released by the State Bank of Pakistan show growth.", "State Bank of Pakistan"),
    ("Pakistan Steel Mills Corporation agreed to the terms.", "Pakistan Steel Mills Corporation"),
    ("Officials at the Bank of England raised rates.", "Bank of England"),
])
def test_a_body_named_after_a_place_is_one_organisation(nlp, text, name):
    orgs = [e._.canonical for e in nlp(text).ents if e.label_ == "ORG"]
    assert name in orgs, orgs


@pytest.mark.parametrize("text,canonical", [
    ("A Gallup Pakistan survey conducted in February showed that 61 per cent agreed.", "Gallup"),
    ("A Pew Research Center poll found that most voters disapprove.", "Pew Research Center"),
    ("A US Treasury report found that debt rose.", "US Treasury"),
    ("A ganger named Peter Robertson told the inquiry that the columns shook.", "Peter Robertson"),
    ("A man named John Smith said that he saw the fire.", "John Smith"),
])
def test_the_owner_or_the_name_of_a_speaker(attribute, text, canonical):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_canonical == canonical, (text, att)


def test_a_day_is_no_owner_of_a_statement(attribute):
    for text in ("The Friday statement said that talks had failed.",
                 "Tuesday's statement from the ministry said talks had failed."):
        att = last_attribution(attribute, text)
        assert att.claim_type == "sourced" and att.speaker_canonical not in ("Friday", "Tuesday"), (text, att)


def _values(nlp, text, published):
    return {e.text: e._.value for e in dated_doc(nlp, text, published).ents if e.label_ == "DATE"}


@pytest.mark.parametrize("text,date,value", [
    ("Lindqvist plans to visit Carson City on Friday.", "Friday", "2026-10-23"),
    ("She hopes to finish the report by Monday.", "Monday", "2026-10-26"),
    ("He planned to visit on Friday.", "Friday", "2026-10-16"),
    ("Airlines expect record numbers in late May.", "late May", "2027-05-15/2027-05-31"),
    ("The council plans a vote in May.", "May", "2027-05"),
])
def test_a_day_intended_or_expected_is_ahead(nlp, text, date, value):
    assert _values(nlp, text, "2026-10-21")[date] == value


@pytest.mark.parametrize("text,date,value", [
    ("Food & Wine was warmer, naming Wren to its list of new chefs in April.", "April", "2024-04"),
    ("She left the firm, taking a job in Ohio in May.", "May", "2024-05"),
    ("He will leave the firm, taking a job in Ohio in May.", "May", "2025-05"),
    ("The railway was to link Termez to Peshawar by 2027. The communiqué issued on March 13 reaffirmed it.",
     "March 13", "2025-03-13"),
    ("Trade must double this decade.", "this decade", "2020/2029"),
    ("Growth in the current decade has been slow.", "the current decade", "2020/2029"),
])
def test_tense_a_deadline_year_and_this_decade(nlp, text, date, value):
    assert _values(nlp, text, "2025-03-14")[date] == value


def test_a_history_told_by_days_then_years_keeps_its_years(nlp):
    text = ("On the evening of Sunday, 28 December 1879, a storm swept down the Firth of Tay. The bridge had opened "
            "on 1 June 1878. Bouch had been warned in the autumn of 1879. Nobody listened. In his diary for "
            "29 December the driver wrote that the wind howled.")
    assert _values(nlp, text, "2023-06-12")["29 December"] == "1879-12-29"


@pytest.mark.parametrize("text,date,value", [
    ("Early voting begins Saturday. Election Day is Nov. 3.", "Election Day", "2026-11-03"),
    ("The candidates met Tuesday night for their only debate, two weeks before Election Day.", "Election Day",
     "2026-11-03"),
    ("Voters queued for hours on election day in Leeds.", "election day", ""),
    ("We will close the shop until Easter.", "Easter", "2027-03-28"),
])
def test_election_day_and_a_holiday_something_comes_before(nlp, text, date, value):
    assert _values(nlp, text, "2026-10-21")[date] == value


@pytest.mark.parametrize("note", [
    "Editor’s note: The novelist Ruth Okafor-Bell delivered the following address at the University of North "
    "Ashford’s 142nd commencement on Saturday.",
    "Bishop Alan Whitmore gave the following sermon at St Mary's on Saturday.",
])
def test_a_speech_below_its_editors_note_is_dated_by_the_day_it_was_given(nlp, note):
    text = (f"{note}\n\nThank you to the families who drove through last night’s storm to be here. My hopes for "
            "this morning are modest.")
    values = _values(nlp, text, "2025-05-19")
    assert (values["Saturday"], values["last night"], values["this morning"]) == (
        "2025-05-17", "2025-05-16", "2025-05-17")


@pytest.mark.parametrize("text,name", [
    ("New York Times reporters said the plan had failed.", "New York Times"),
    ("The London School of Economics published a study.", "London School of Economics"),
    ("Paris Opera Ballet dancers went on strike.", "Paris Opera Ballet"),
])
def test_an_institution_or_a_paper_named_after_a_place(nlp, text, name):
    assert name in [e._.canonical for e in nlp(text).ents if e.label_ == "ORG"]


def test_a_day_something_is_expected_to_happen_is_ahead(nlp):
    assert _values(nlp, "The board expects to decide on Monday.", "2024-03-08")["Monday"] == "2024-03-11"


def test_a_speech_said_to_have_been_delivered_dates_its_words(nlp):
    text = ("Editor's note: This address was delivered on Thursday at the Guildhall.\n\nLast night we lost a friend. "
            "This morning the city mourns.")
    values = _values(nlp, text, "2024-03-08")
    assert (values["Thursday"], values["This morning"]) == ("2024-03-07", "2024-03-07")


@pytest.mark.parametrize("text,value", [
    ("Talks could resume on Monday.", "2024-03-11"),
    ("The strike might end on Monday.", "2024-03-11"),
    ("He may have left on Monday.", "2024-03-04"),
])
def test_a_day_of_what_may_happen_is_ahead(nlp, text, value):
    assert _values(nlp, text, "2024-03-08")["Monday"] == value
