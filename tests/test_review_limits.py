"""Where the page, letter, quote, title and date rules stop: sentences that look like their furniture or their
constructions and are not (found by probing each rule with sentences written against it)."""

import pytest

from .conftest import claim_attributions, cleaned, dated_doc


@pytest.mark.parametrize("para", [
    "Photographs by Dorothea Lange defined the Depression.", "Images by Gordon Parks hang in the second room.",
    "Ernest Hemingway reported from Madrid in 1937.", "Lyse Doucet reported from Kabul throughout the takeover.",
])
def test_sentences_shaped_like_credits_stay(para):
    _, clean = cleaned(f"War photography\n\nThe exhibition opened on Monday.\n\n{para}\n\nIt runs to May.\n")
    assert para in clean.text and clean.text.endswith("It runs to May.")


def test_see_also_inside_a_story_ends_nothing():
    text = ("Delay for library plan\n\nThe council delayed its vote.\n\nSee also\n\nCampaigners said they would return "
            "next month with a petition.\n\nCouncillor Ann Reed said the delay was welcome.\n")
    _, clean = cleaned(text)
    assert clean.text.endswith("the delay was welcome.")


def test_a_sources_section_of_prose_is_no_reference_list():
    text = ("The siege of Colchester\n\nThe town fell in 1648.\n\nSources\n\nThe fullest account is Clarendon's "
            "History of the Rebellion (1702), written long after.\n\nAftermath\n\nThe walls were slighted.\n")
    _, clean = cleaned(text)
    assert clean.text.endswith("The walls were slighted.")


@pytest.mark.parametrize(("text", "title", "author"), [
    ("The Lakeshore Ledger\nHome | News | Opinion | Sports\nLibraries Deserve Better\nOpinion | Editorial\n"
     "By the Ledger Editorial Board\n\nThe council approved the budget.\n", "Libraries Deserve Better",
     "the Ledger Editorial Board"),
    ("Libraries Deserve Better\nELECTIONS 2024\n\nBy Ann Lee\n\nThe council approved the budget.\n",
     "Libraries Deserve Better", "Ann Lee"),
    ("Harbour trade collapses\n\nThe harbour lost half its trade last year.\n\nBy the Numbers\n\nShipments fell by "
     "a third.\n", "Harbour trade collapses", ""),
])
def test_a_headline_over_a_label_and_a_label_that_starts_with_by(text, title, author):
    doc, clean = cleaned(text)
    assert (doc.title, doc.author) == (title, author)
    assert "The council approved the budget." in clean.text or "The harbour lost half its trade" in clean.text


def test_a_headline_and_its_deck_are_not_one_wrapped_headline():
    doc, _ = cleaned("Libraries face deep cuts\nCouncil blames rising energy bills\nBy Amina Yusuf\n\nThey met.\n")
    assert doc.title != "Libraries face deep cuts Council blames rising energy bills"


def test_sentences_above_a_salutation_are_no_address():
    text = ("Letter\n\nForty charities, including Shelter, have signed it.\nThe letter was delivered on 3 March 2025.\n"
            "Dear Prime Minister,\n\nWe write about housing.\n")
    _, clean = cleaned(text)
    assert "Forty charities, including Shelter, have signed it." in clean.text


@pytest.mark.parametrize("before", ["Senator Grant was unavailable for comment on Friday.",
                                    "Grant went to the hospital.", "Grant continued to lose ground in the polls.",
                                    "The minister was tired after the flight.", "Grant remembered nothing of it."])
def test_news_of_a_person_introduces_no_quote_in_the_next_paragraph(nlp, before):
    att = claim_attributions(nlp, f'{before}\n\n"We will not give up on this town."')[1][1]
    assert att.speaker == "" and att.speaker_type == "unknown"


@pytest.mark.parametrize(("before", "speaker"), [("Grant went on.", "Grant"),
                                                 ("Grant turned to the cameras.", "Grant")])
def test_a_speaker_going_on_introduces_the_quote(nlp, before, speaker):
    assert claim_attributions(nlp, f'{before}\n\n"We will not give up on this town."')[1][1].speaker == speaker


@pytest.mark.parametrize(("text", "canonical"), [
    ("Speaking in London on Monday, Foreign Minister Ishaq Dar urged calm. The Pakistani foreign minister said talks "
     "would continue.", "Ishaq Dar"),
    ("In Islamabad, Interior Minister Mohsin Naqvi met police chiefs. Pakistan's interior minister said security had "
     "improved.", "Mohsin Naqvi"),
])
def test_a_place_before_the_title_is_not_its_country(nlp, text, canonical):
    assert claim_attributions(nlp, text)[-1][1].speaker_canonical == canonical


def test_a_pronoun_chain_stops_at_someone_the_narrator_meets(nlp):
    text = ("My mother drove me to the station. I bought a ticket. I sat next to a young nurse on the train. I asked "
            "where she worked. She said that she worked at St Mary's.")
    assert claim_attributions(nlp, text)[-1][1].speaker_canonical != "My mother"


def test_a_straight_quote_reopened_twice(nlp):
    text = ('"I just want it to stop," said Maria Lopez, a retired nurse. "I get six texts a day. "My husband turned '
            'his phone off. "My son blocked the number."\n\nOthers disagreed.')
    assert [a.speaker_canonical for _, a in claim_attributions(nlp, text)[:4]] == ["Maria Lopez"] * 4


@pytest.mark.parametrize(("text", "value"), [("The Friday attack killed 12 people.", "2025-04-11"),
                                             ("The Saturday market was busy.", "")])
def test_a_weekday_before_a_noun(nlp, text, value):
    doc = dated_doc(nlp, text, "2025-04-12")
    assert [e._.value for e in doc.ents if e.label_ == "DATE"] == [value]


def test_the_rupee_by_a_citys_name(nlp):
    doc = dated_doc(nlp, "Tickets cost Rs 500 at the Wankhede stadium in Mumbai.", "2024-09-02")
    assert [e._.unit for e in doc.ents if e.label_ == "MONEY"] == ["INR"]


@pytest.mark.parametrize(("text", "value"), [("Bids must arrive no later than Friday.", "2025-09-12"),
                                             ("Applications should reach us no later than Monday.", "2025-09-15"),
                                             ("The parcel arrived no later than Friday.", "2025-09-05")])
def test_a_weekday_after_no_later_than_is_a_deadline_to_come(nlp, text, value):
    doc = dated_doc(nlp, text, "2025-09-09")
    assert [e._.value for e in doc.ents if e.label_ == "DATE"] == [value]


def test_a_noun_cues_clause_the_parser_took_for_a_relative_one(nlp):
    att = claim_attributions(nlp, "Despite warnings from the IMF that growth would slow, the minister cut taxes.")[0][1]
    assert att.claim_type == "sourced" and att.speaker == "the IMF"


@pytest.mark.parametrize("text", ["The warnings that were ignored came from the IMF.",
                                  "He ignored the advice from the coach that was outdated.",
                                  "She kept a letter from her mother that arrived in May."])
def test_a_relative_clause_on_a_noun_cue_reports_nothing(nlp, text):
    assert claim_attributions(nlp, text)[0][1].claim_type == "editorial"


@pytest.mark.parametrize(("text", "value"), [
    ("The Lok Sabha approved Rs 2.5 lakh crore for roads in Delhi.", "2500000000000"),
    ("The state in India spent Rs 45 thousand crore on schools.", "450000000000"),
    ("Each family in Mumbai got Rs. 3,00,000 in compensation.", "300000"),
    ("The Indian firm raised Rs 1,25,50,000 from investors.", "12550000"),
])
def test_rupee_amounts_in_crores_and_indian_digit_groups(nlp, text, value):
    doc = dated_doc(nlp, text, "2024-09-02")
    assert [(e._.value, e._.unit) for e in doc.ents if e.label_ == "MONEY"] == [(value, "INR")]


@pytest.mark.parametrize(("text", "value"), [("I learned to write in the late '90s, in an office.", "1996/1999"),
                                             ("It happened in the late ’70s.", "1976/1979"),
                                             ("They met in the early '80s.", "1980/1984"),
                                             ("They met in the '80s.", "1980/1989")])
def test_part_of_a_decade_written_with_an_apostrophe(nlp, text, value):
    doc = dated_doc(nlp, text, "2025-01-01")
    assert [e._.value for e in doc.ents if e.label_ == "DATE"] == [value]
