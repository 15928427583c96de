"""A wire dateline's day without its year, months in scheduled clauses, decades of a life, amounts in
hundredths and in more currencies, shares the model took for money, and names the model mistyped."""

import csv

import pytest
from claimscope.ingest import parse_plain_text

from .conftest import dated_doc
from .test_outputs_cli import _cli


def _ents(nlp, text, published=None):
    return [(e.text, e.label_, e._.value) for e in dated_doc(nlp, text, published).ents]


@pytest.mark.parametrize("lead,published,source", [
    # the one year around the text's latest that puts the lead's weekday on the dateline's day or the day before
    ("LONDON, Jan 6 (Reuters) - British retailers reported weak sales on Monday, capping a difficult 2024.",
     "2025-01-06", "dateline_year_inferred"),
    # two years fit (Sunday is Oct 5 in 2025, the day before it in 2026), or no weekday: the year alone
    ("BRASILIA, Oct 5 (Reuters) - Two candidates meet in a runoff after Sunday's first round of the 2026 vote.",
     "2026", "inferred_year"),
    ("LONDON, Sept 9 (Reuters) - Shares in Norvane Foods fell on Tuesday, their worst day since 2008.", "2008",
     "inferred_year"),
    ("NAIROBI, 3 March (AFP) - The electoral commission said counting in the 2019 vote was over.", "2019",
     "inferred_year"),
])
def test_a_wire_dateline_without_a_year_dates_the_article_only_when_the_lead_fixes_the_year(tmp_path, lead,
                                                                                           published, source):
    text = f"A headline\n\n{lead} Results are due on Friday.\n"
    assert parse_plain_text(text).published_source == "dateline"
    (tmp_path / "wire.txt").write_text(text, encoding="utf-8")
    proc = _cli("run", str(tmp_path / "wire.txt"), "--out", str(tmp_path / "out"), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    (art,) = csv.DictReader(open(tmp_path / "out" / "articles.csv", encoding="utf-8"))
    assert (art["published"], art["published_source"]) == (published, source)
    dated = {r["section"]: r["value"] for r in csv.DictReader(open(tmp_path / "out" / "entities.csv", encoding="utf-8"))
             if r["label"] == "DATE"}
    assert dated["dateline"] == (published if len(published) == 10 else dated["dateline"])
    assert not dated["dateline"][:4].isdigit() or dated["dateline"] == published


def test_a_capitalised_word_and_number_is_no_dateline_day():
    assert parse_plain_text("A headline\n\nGAZA, Sector 7 (Reuters) - Fighting resumed.\n").published == ""


@pytest.mark.parametrize("text,published,value", [
    ("The next round of talks is scheduled for Ankara in October.", "2025-03-22", "2025-10"),
    ("The vote will take place in February.", "2025-03-22", "2026-02"),
    ("The winner takes office on Jan. 1.", "2026-10-05", "2027-01-01"),
    ("Talks began in October.", "2025-03-22", "2024-10"),
    ("The plant has been idle since November.", "2025-03-22", "2024-11"),
])
def test_a_month_in_a_scheduled_clause_is_the_next_one(nlp, text, published, value):
    assert [v for _, label, v in _ents(nlp, text, published) if label == "DATE"] == [value]


@pytest.mark.parametrize("text", ["Most of the volunteers were in their twenties.",
                                  "She moved to Leeds in her early thirties.", "A man in his fifties was arrested.",
                                  "By his late forties he had stopped touring."])
def test_a_decade_of_someones_life_is_an_age_not_a_date(nlp, text):
    assert not [e for e in _ents(nlp, text, "2025-03-22") if e[1] == "DATE"]


def test_a_decade_of_the_century_is_still_a_date(nlp):
    assert ("the twenties", "DATE", "1920/1929") in _ents(nlp, "It was a hit in the twenties.")


@pytest.mark.parametrize("text,amounts", [
    ("The broker cut its target to 210 pence from 340 pence.", [("2.1", "GBP"), ("3.4", "GBP")]),
    ("The state will spend 38 billion reais.", [("38000000000", "BRL")]),
    ("Farmers lost 4.5 billion naira and 120 million rand.", [("4500000000", "NGN"), ("120000000", "ZAR")]),
    ("($1 = 0.7853 pounds)", [("1", "USD"), ("0.7853", "GBP")]),
])
def test_hundredths_more_currencies_and_exchange_rates(nlp, text, amounts):
    doc = nlp(text)
    assert [(e._.value, e._.unit) for e in doc.ents if e.label_ == "MONEY"] == amounts


@pytest.mark.parametrize("text", ["Turnout was 26.8 per cent, down from 38 per cent.", "Rents rose 14 percent."])
def test_a_share_is_never_money(nlp, text):
    labels = [e.label_ for e in nlp(text).ents]
    assert "MONEY" not in labels and "PERCENT" in labels


@pytest.mark.parametrize("text,name", [
    ("Her hydrophones, lowered into fjords from Svalbard to Patagonia, have recorded 60,000 hours.", "Svalbard"),
    ("Depletion in parts of the Sahel has accelerated.", "Sahel"),
])
def test_a_name_where_only_a_place_goes_is_no_person(nlp, text, name):
    assert [e.label_ for e in nlp(text).ents if e.text == name] == ["LOC"]


def test_a_name_typed_a_party_elsewhere_is_no_person(nlp):
    doc = nlp("Labour group leader Fiona Dunstan spoke. Asked why Labour's vote had fallen, she said it was bad.")
    assert {e.label_ for e in doc.ents if e.text == "Labour"} == {"ORG"}
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Fiona Dunstan"]


def test_a_definition_list_with_bracketed_notes_is_no_transcript(nlp):
    from claimscope.claims import claim_spans

    doc = nlp("We define two operators.\n\nChangeCoordSys Operator (Listing 1): It exchanges the coordinate "
              "system.\n\nBooleanPolygon Operator (Listing 2): It introduces errors in the geometries.")
    assert {s.label_ for s in claim_spans(doc)} == {"editorial"}


@pytest.mark.parametrize("header,published", [
    ("Appeal court overturns ruling\n\nThursday, 6 February 2025\n\nBy Rowan Achterberg, Legal Affairs Reporter",
     "6 February 2025"),
    ("How the club learned to love the long ball\n\nSaturday 12 April 2025\n\nBy Declan Forsey",
     "Saturday 12 April 2025"),
    ("Council votes on budget\n\n6 February 2025", "6 February 2025"),
])
def test_a_date_line_between_the_headline_and_the_byline_is_the_date(header, published):
    doc = parse_plain_text(header + "\n\nThe court ruled on Wednesday.\n")
    assert (doc.published, doc.published_source) == (published, "dateline")
    assert doc.text.strip() == "The court ruled on Wednesday."


def test_a_wire_dateline_with_a_region_gives_its_day():
    doc = parse_plain_text("Talks end\n\nMARRAKESH, Morocco, Nov 19 (Continental Press) - Delegates agreed.\n")
    assert (doc.published, doc.text.strip()) == ("Nov 19", "Delegates agreed.")


@pytest.mark.parametrize("text,published,value", [
    ('In 1956 she writes about Suez with fury. "Eden has made fools of us all," she wrote that November.', "2019",
     "1956-11"),
    ("In 1955 the couple moved to Dundee. That February, the shipyard closed.", "2019", "1955-02"),
    ("Reserves will be exhausted by the autumn.", "2026-02-10", "2026-09/2026-12"),
    ("The union warned that reserves would be exhausted by the autumn.", "2026-02-10", "2026-09/2026-12"),
    ("In the autumn the leaves fell.", "2026-02-10", "2025-09/2025-12"),
])
def test_that_month_in_a_narrative_and_a_season_to_come(nlp, text, published, value):
    assert [v for _, label, v in _ents(nlp, text, published) if label == "DATE"][-1] == value


@pytest.mark.parametrize("text,value", [
    ("She has lived in Paris for three years.", "2005/2008"),
    ("Prices have been rising for six months.", "2007-07/2008-01"),
    ("She has been jailed for five years.", ""),
    ("The bridge has been closed for two weeks a year.", ""),
    ("We have waited for two weeks.", "2008-01-06/2008-01-20"),
    ("He lived in Paris for three years.", ""),
])
def test_a_stretch_in_a_present_perfect_runs_up_to_the_date(nlp, text, value):
    assert [v for _, label, v in _ents(nlp, text, "2008-01-20") if label == "DATE"] == [value]


def test_kenyan_shillings_and_a_surname_with_an_apostrophe(nlp):
    doc = nlp("Pump prices rose to KSh196.50 a litre. Joseph Ndung'u, chairman of the alliance, warned that fares "
              "would rise.")
    assert [(e._.value, e._.unit) for e in doc.ents if e.label_ == "MONEY"] == [("196.5", "KES")]
    assert "Joseph Ndung'u" in [e.text for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("text,value", [
    ("By June we had rebuilt the line.", "2024-06"), ("In April we closed the plant.", "2024-04"),
    ("The analyst wrote in May that margins would fall.", "2024-05"), ("The plant will reopen in April.", "2025-04"),
])
def test_a_month_of_a_past_clause_is_the_last_one_and_of_a_future_clause_the_next(nlp, text, value):
    assert [v for _, label, v in _ents(nlp, text, "2025-02-27") if label == "DATE"] == [value]


def test_a_blog_post_line_gives_its_date_and_author():
    doc = parse_plain_text("Ashcombe at war\n\nPosted on 9 November 2024 by Eleanor Pryde\n\nThe town went to war.\n")
    assert (doc.published, doc.author) == ("9 November 2024", "Eleanor Pryde")
    assert doc.text.strip() == "The town went to war."
    assert parse_plain_text("Title\n\nThe bridge was built in 1901 by Thomas Hale\n\nMore.\n").published == ""
