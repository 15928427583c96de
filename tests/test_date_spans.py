"""Dates the statistical NER does not tag: found by the patterns of models/date_patterns.jsonl and the
named periods and holidays of dates.toml, only in a date's place; read with and without a publication date."""

import shutil

import pytest
from claimscope.components.date_rules import explain
from claimscope.components.date_spans import DateSpans
from claimscope.components.dates import Reference
from claimscope.resources import RuleFileError, models_dir

KNOWN = "2024-05-14"


def dates(nlp, text: str, published: str | None = None) -> list[tuple[str, str]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return [(e.text, e._.value) for e in nlp(doc).ents if e.label_ == "DATE"]


@pytest.mark.parametrize("text,expected", [
    ("The abbey was founded in 612, when the first monks arrived from the coast.", ("612", "0612")),
    ("By 1350 the harbour had silted up and the merchants had left.", ("1350", "1350")),
    ("The fort was rebuilt after 1140 by the new king.", ("1140", "1140")),
    ("In 455 the Vandals sacked the city for two weeks.", ("455", "0455")),
    ("The chapel was consecrated around 1120 AD by the abbot.", ("1120 AD", "1120")),
    ("Farmers settled the valley in 4500 BC, long before the town.", ("4500 BC", "-4499")),
    ("The tower dates from AD975, the oldest part of the walls.", ("AD975", "0975")),
    ("The poet Marguerite Ondine (1893) wrote of the river.", ("1893", "1893")),
])
def test_a_year_in_a_years_place_is_a_date(nlp, text, expected):
    for published in (None, KNOWN):
        found = dates(nlp, text, published)
        assert expected in found, found


@pytest.mark.parametrize("text,number", [
    ("The survey reached people in 450 households across the county.", "450"),
    ("One in 250 patients reacted badly to the drug.", "250"),
    ("Membership grew by 1200 over the summer.", "1200"),
    ("The price rose from 1500 to almost 1800 in a month.", "1500"),
    ("Hits\nBatting average .301\nRuns batted in 845\n", "845"),
    ("For tickets call 1 303 812-1450 or write to the office.", "1450"),
    ("Call 555-1962 for the box office.", "1962"),
])
def test_a_number_outside_a_years_place_is_no_date(nlp, text, number):
    for published in (None, KNOWN):
        assert not any(number in t or number in v for t, v in dates(nlp, text, published)), dates(nlp, text)


@pytest.mark.parametrize("text,expected", [
    ("He was ordained about 410 - 415, after years in the desert.", [("410", "0410"), ("415", "0415")]),
    ("The hymn writer Cosmas (c. 675 – 752) lived at the monastery.", [("c. 675", "0675"), ("752", "0752")]),
    ("They crossed the pass in the winter of 1402 - 1403 with the whole army.",
     [("the winter of 1402 - 1403", "1402-12/1403-03")]),
    ("She died on 14 March 612 at the convent.", [("14 March 612", "0612-03-14")]),
    ("The treaty was signed in June of 811 at the river.", [("June of 811", "0811-06")]),
])
def test_ranges_and_full_dates_of_antiquity_are_read_whole_or_split_into_their_ends(nlp, text, expected):
    for published in (None, KNOWN):
        found = dates(nlp, text, published)
        assert all(e in found for e in expected), found


@pytest.mark.parametrize("text,expected", [
    ("Mills spread along the river after the Second World War.", ("the Second World War", "1939-09-01/1945-09-02")),
    ("Trade collapsed during the Great Depression and never recovered.", ("the Great Depression", "1929/1939")),
    ("The town shrank in the Middle Ages as the harbour silted.", ("the Middle Ages", "0400/1499")),
    ("Wooden houses of the 9th century still stand by the gate.", ("the 9th century", "0800/0899")),
    ("Glassmaking began in the late twelfth century in the town.", ("the late twelfth century", "1175/1199")),
    ("Factories closed through the 1880s, one after another.", ("the 1880s", "1880/1889")),
    ("The 40s and 50s brought new suburbs.", ("The 40s", "1940/1949")),
])
def test_named_periods_centuries_and_decades_are_dates(nlp, text, expected):
    for published in (None, KNOWN):
        assert expected in dates(nlp, text, published)


@pytest.mark.parametrize("text,expected", [
    ("Autumn brings fog to the valley and the ferries stop.", ("Autumn", "--09/--12")),
    ("Spring and early summer are the best times to walk the ridge.", ("Spring", "--03/--06")),
    ("The coast has mild winters and dry summers.", ("winters", "--12/--03")),
    ("Storms are common in the winter months on the island.", ("the winter months", "--12/--03")),
])
def test_seasons_the_ner_misses_are_dates_and_habitual_ones_stay_year_less(nlp, text, expected):
    for published in (None, KNOWN):
        assert expected in dates(nlp, text, published)


def test_a_season_in_a_narrative_takes_the_reference_year_only_when_there_is_one(nlp):
    text = "Autumn came early and the harvest failed."
    assert dates(nlp, text) == [("Autumn", "--09/--12")]
    assert dates(nlp, text, KNOWN)[0][0] == "Autumn"


@pytest.mark.parametrize("text,word", [
    ("The hot springs of the valley draw visitors.", "springs"),
    ("Spring water from the hills fills the tank.", "Spring"),
    ("Critics blamed the fall on poor management.", "fall"),
    ("A 12 per cent fall in sales followed.", "fall"),
    ("The novel by Johnnie Christmas sold well.", "Christmas"),
    ("Christmas shopping started in the autumn.", "Christmas"),
])
def test_words_that_are_no_season_or_holiday_here_get_no_date_from_the_patterns(nlp, text, word):
    with nlp.select_pipes(disable=["claimscope_date_spans"]):
        before = {t for t, _ in dates(nlp, text, KNOWN)}
    added = [t for t, _ in dates(nlp, text, KNOWN) if t not in before]
    assert not any(word in t for t in added), added


def test_a_name_running_into_a_bracketed_year_ends_before_the_bracket(nlp):
    doc = nlp("The film Les Quatre Saisons (1961), directed by Jean Morel, won a prize.")
    assert ("1961", "DATE") in [(e.text, e.label_) for e in doc.ents]
    assert not any("(" in e.text for e in doc.ents)


def test_three_digit_years_and_plural_seasons_read_alone():
    assert explain("842") == ("year", "0842")
    assert explain("summers", Reference(2020, 1, 1)) == ("habitual_season", "--06/--09")
    assert explain("the summer months") == ("habitual_season", "--06/--09")


@pytest.mark.parametrize("line,needle", [
    ('{"name": "x", "pattern": [{"LOWER": {"IN": "$monthz"}}]}', "unknown word list '$monthz'"),
    ('{"name": "x", "before": [{"LOWER": "in", "OP": "?"}], "pattern": [{"LOWER": "y"}]}', "single tokens"),
    ('{"name": "x", "pattern": [{"LOWR": "y"}]}', "not a valid token pattern"),
    ('{"name": "x", "pattern": [{"LOWER": "y"}], "label": "DATE"}', "unknown keys label"),
    ('{"name": "x"}', "expected"),
])
def test_a_broken_date_pattern_names_the_file_and_line(nlp, tmp_path, line, needle):
    models = tmp_path / "models"
    models.mkdir()
    for name in ("date_patterns.jsonl", "dates.toml"):
        shutil.copy(models_dir() / name, models / name)
    path = models / "date_patterns.jsonl"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + line + "\n", encoding="utf-8")
    n = len(text.splitlines()) + 1
    with pytest.raises(RuleFileError, match=rf"date_patterns\.jsonl:{n}: ") as err:
        DateSpans(nlp, str(models)).ensure_loaded()
    assert needle in str(err.value)
