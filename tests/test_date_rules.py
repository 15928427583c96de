"""The date rule table and its word file: checked on load, constructions read with and without a known
publication date, habitual clauses left year-less, anaphoric expressions read against the narrative."""

import shutil

import pytest
from claimscope.components.date_rules import explain, normalise_date
from claimscope.components.date_words import read_date_words
from claimscope.components.dates import Reference
from claimscope.components.lexicon import RuleFileError
from claimscope.resources import models_dir

KNOWN = Reference(2024, 5, 14)



def date_values(nlp, text: str, published: str, expected: dict) -> dict:
    """The values of the DATE mentions named in `expected`, the text read with that publication date."""
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    values = {e.text: e._.value for e in doc.ents if e.label_ == "DATE"}
    return {k: values.get(k) for k in expected}


@pytest.mark.parametrize("change,needle", [
    (("march = 3", "march = 13"), "'march': expected a whole number from 1 to 12"),
    (('christmas = "12-25"', 'christmas = "02-30"'), "'christmas': expected a day of the year"),
    (('"the crusades" = "1095/1291"', '"the crusades" = "1291/1095"'), "'the crusades': expected an ISO interval"),
    (('"close to",', '"close to", "nearly",'), "'nearly': listed twice"),
    (("wwii = ", "june = "), "'june': already listed in [months]"),
    (("march = 3", "march = 3\nmarch = 4"), "Cannot overwrite"),
])
def test_a_malformed_or_duplicated_entry_names_the_file_and_line(tmp_path, change, needle):
    path = tmp_path / "dates.toml"
    shutil.copy(models_dir() / "dates.toml", path)
    text = path.read_text(encoding="utf-8")
    assert change[0] in text
    path.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"dates\.toml:[1-9]\d*: ") as err:
        read_date_words(path)
    assert needle in str(err.value)


def test_the_shipped_word_file_loads():
    words = read_date_words(models_dir() / "dates.toml")
    assert words.months["sept"] == 9 and words.seasons["winter"] == (12, 3)


@pytest.mark.parametrize("text,unknown,known", [
    ("the 1740s", "1740/1749", "1740/1749"), ("the 1500s", "1500/1599", "1500/1599"),
    ("the mid-1920s", "1923/1926", "1923/1926"), ("’90s", "1990/1999", "1990/1999"),
    ("the eighties", "1980/1989", "1980/1989"), ("the twelfth century", "1100/1199", "1100/1199"),
    ("an 18th-century", "1700/1799", "1700/1799"), ("the early 19th century", "1800/1824", "1800/1824"),
    ("the 3rd to the 5th centuries", "0200/0499", "0200/0499"), ("the 2nd century BC", "-0199/-0100", "-0199/-0100"),
    ("44 BC", "-0043", "-0043"), ("AD 79", "0079", "0079"), ("1066 AD", "1066", "1066"),
])
def test_centuries_decades_and_eras_in_every_spelling(text, unknown, known):
    assert normalise_date(text) == unknown
    assert normalise_date(text, KNOWN) == known


@pytest.mark.parametrize("text,unknown,known", [
    ("Good Friday 1998", "1998-04-10", "1998-04-10"), ("Thanksgiving 2019", "2019-11-28", "2019-11-28"),
    ("Christmas", "--12-25", "2023-12-25"), ("Halloween", "--10-31", "2024-10-31"), ("Easter", "", "2024-03-31"),
    ("the Second World War", "1939-09-01/1945-09-02", "1939-09-01/1945-09-02"),
    ("the Great Depression", "1929/1939", "1929/1939"),
])
def test_holidays_and_named_periods(text, unknown, known):
    assert normalise_date(text) == unknown
    assert normalise_date(text, KNOWN) == known


@pytest.mark.parametrize("text,unknown,known", [
    ("in full last year", "", "2023"), ("the whole of next year", "", "2025"), ("all last month", "", "2024-04"),
    ("the winter of 1812-13", "1812-12/1813-03", "1812-12/1813-03"),
    ("March-May 2011", "2011-03/2011-05", "2011-03/2011-05"),
    ("11–12 October 2021", "2021-10-11/2021-10-12", "2021-10-11/2021-10-12"), ("uh last year", "", "2023"),
    ("the past decade", "", "2014/2024"), ("the last few days", "", "/2024-05-14"),
])
def test_modifiers_fillers_and_ranges(text, unknown, known):
    assert normalise_date(text) == unknown
    assert normalise_date(text, KNOWN) == known


@pytest.mark.parametrize("text,ref,value", [
    ("that year", Reference(1848), "1848"), ("later that same year", Reference(1921), "1921"),
    ("three years later", Reference(1848), "1851"), ("a decade later", Reference(1950), "1960"),
    ("nine months later", Reference(1975, 9), "1976-06"), ("the following year", Reference(1703), "1704"),
])
def test_anaphoric_expressions_read_against_a_reference(text, ref, value):
    rule, got = explain(text, ref)
    assert got == value


@pytest.mark.parametrize("text,published,expected", [
    # Habitual present: a month or season stays year-less.
    ("In Lisbon it rarely rains in August.", "2019-03-02", {"August": "--08"}),
    ("The pass is often closed in the winter.", "2019-03-02", {"the winter": "--12/--03"}),
    ("During the summer the lake is warm enough to swim.", "2019-03-02", {"the summer": "--06/--09"}),
    ("The pass was closed last winter.", "2019-03-02", {"last winter": "2017-12/2018-03"}),
    ("The ferry runs daily between May and October.", "2019-03-02", {"May": "--05", "October": "--10"}),
    ("The ferry runs daily between May and October.", "", {"May": "--05", "October": "--10"}),
    # Past or planned: the month is resolved.
    ("The ferry stopped running in August.", "2019-10-02", {"August": "2019-08"}),
    ("I am flying to Oslo in July.", "2019-03-02", {"July": "2019-07"}),
    ("The ferry stopped running in August.", "", {"August": "--08"}),
])
def test_habitual_clauses_leave_months_and_seasons_year_less(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("The mill opened in 1848. That year the river flooded twice, and two years later it burned.", "2021-06-01",
     {"That year": "1848", "two years later": "1850"}),
    ("She moved to Lyon in 1962. Three years later she opened a studio.", "", {"Three years later": "1965"}),
    ("Three years later she opened a studio.", "2021-06-01", {"Three years later": ""}),
])
def test_that_year_and_years_later_follow_the_narrative_not_publication(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,ref,expected", [
    ("last August", Reference(1999, 10, 5), "1999-08"),
    ("last August", Reference(2021, 8, 20), "2020-08"),  # the month of publication is this one, not the last
    ("last uh October", KNOWN, "2023-10"),
    ("next March", KNOWN, "2025-03"),
    ("next September", KNOWN, "2024-09"),
    ("this November", Reference(2016, 2, 1), "2016-11"),
    ("last August", None, ""),
])
def test_a_month_named_with_last_next_or_this_counts_from_the_reference_month(text, ref, expected):
    assert normalise_date(text, ref) == expected


@pytest.mark.parametrize("text,ref", [("1987 – present", None), ("1987-present", KNOWN),
                                      ("1987 to the present", KNOWN)])
def test_a_year_to_the_present_is_open_at_the_end(text, ref):
    assert normalise_date(text, ref) == "1987/"


@pytest.mark.parametrize("text,published,expected", [
    # Written as one stretch of months (a dash, "and"), one interval; "from ... to ..." names its two ends.
    ("Sales were counted February-May 2012 in every shop.", "", {"February-May 2012": "2012-02/2012-05"}),
    ("The dig took place between April and July in 1977.", "2020-01-01",
     {"between April and July in 1977": "1977-04/1977-07"}),
    ("The road was shut from October to December 2003.", "2020-01-01",
     {"October": "2003-10", "December 2003": "2003-12"}),
    ("The congress met 11–14 November 2018 in Lima.", "", {"11–14 November 2018": "2018-11-11/2018-11-14"}),
    ("The congress met 11–14 November 2018 in Lima.", "2020-01-01", {"11–14 November 2018": "2018-11-11/2018-11-14"}),
    ("Ortega played for the Tigers (2009 – present).", "2020-01-01", {"2009 – present": "2009/"}),
])
def test_month_ranges_day_ranges_and_years_to_the_present_in_a_sentence(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("In the spring of 1911 the dam was finished. That year the valley flooded.", "2020-01-01",
     {"That year": "1911"}),
    ("The archive opened on 3 June 1952. The same year its first catalogue appeared.", "", {"The same year": "1952"}),
    ("The strike began on 14 March 1926. The day before, the owners had locked the gates.", "2020-01-01",
     {"The day before": "1926-03-13"}),
    ("The strike began on 14 March 1926. The following day the mills were silent.", "",
     {"The following day": "1926-03-15"}),
    ("That year the valley flooded.", "2020-01-01", {"That year": ""}),  # no narrative time: no value
    ("The day before, the owners had locked the gates.", "2020-01-01", {"The day before": ""}),
])
def test_that_year_and_the_day_before_follow_the_narrative_when_the_ner_misses_them(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,published,expected", [
    # A year written in the sentence or the one before dates a bare day of a past clause ...
    ("Okafor joined the club in 1998. He scored his first goal on 12 April.", "2021-06-01", {"12 April": "1998-04-12"}),
    ("Okafor joined the club in 1998. He scored his first goal on 12 April.", "", {"12 April": "1998-04-12"}),
    ("The ship left Lisbon in 1755, but was wrecked on November 2 off the coast.", "2021-06-01",
     {"November 2": "1755-11-02"}),
    # ... not a future or present one, nor one written further on.
    ("The club was founded in 1998. The next match is on 12 April.", "2021-06-01", {"12 April": "2021-04-12"}),
    ("The club was founded in 1998. It grew fast. Many fans came. He scored on 12 April.", "2021-06-01",
     {"12 April": "2021-04-12"}),
    # A recent narrative told day by day dates the bare days of its paragraph and the next one.
    ("Holt made his debut on September 1, 2012. He had hit .322 at the time.\n\nOn September 4, he had four "
     "hits.", "2011-04-13", {"September 4": "2012-09-04"}),
    ("The strike began on March 3, 2015. Talks failed twice.\n\nOn March 19, the union gave way.", "2016-01-05",
     {"March 19": "2015-03-19"}),
    ("The plant opened on June 2, 2018. It hired 300 people.\n\nSales were slow.\n\nIt closed on 9 May.",
     "2021-06-01", {"9 May": "2021-05-09"}),
    ("The rate was .415 in the spring.", "2021-06-01", {".415": None}),
])
def test_a_bare_day_in_a_past_clause_takes_the_year_written_just_before(nlp, text, published, expected):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    values = {e.text: e._.value for e in doc.ents if e.label_ == "DATE"}
    assert {k: values.get(k) or None for k in expected} == {k: v or None for k, v in expected.items()}, values


@pytest.mark.parametrize("text,published,expected", [
    ("The archive holds, at the time of writing, some 900 letters.", "2019-11-04",
     {"the time of writing": "2019-11-04"}),
    ("At press time the council had not replied.", "2022-02-10", {"press time": "2022-02-10"}),
    ("The archive holds, at the time of writing, some 900 letters.", "", {"the time of writing": ""}),
])
def test_the_time_of_writing_is_the_publication_day(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,published,expected", [
    # A narrative told day by day, long before the text was written, dates the bare days and months that
    # follow, whatever the tense of their clause and however many paragraphs on ...
    ("Early on 3 March 1796 the frigate left Plymouth. Storms kept her at sea until 19 March.", "2010-05-01",
     {"19 March": "1796-03-19"}),
    ("The treaty was signed on 14 July 1878. Ratification followed in October.", "2015-01-01",
     {"October": "1878-10"}),
    ("She arrived in Vienna on 2 May 1911.\n\nBy 30 June, she had found work at the opera.", "2019-06-01",
     {"30 June": "1911-06-30"}),
    ("He was shot on 30 May 1832.\n\nHis last letter survives.\n\nA friend kept it.\n\nOn 2 June, he was buried.",
     "2004-08-18", {"2 June": "1832-06-02"}),
    ("The siege began on 4 April 1683.\n\nFood ran short.\n\nThe walls held.\n\nOn 12 September the relief came.",
     "2011-01-01", {"12 September": "1683-09-12"}),
    # ... and a decree's "last October" is the one before the narrative's time ...
    ("In February 1860 he ordered the hall closed.\n\nA month on, he wrote of his edict of the 12th of October "
     "last.", "2001-11-15", {"the 12th of October last": "1859-10-12"}),
    # ... but not a recent one, nor a habitual or future clause.
    ("The plant opened on 3 March 2019. Output fell in October.", "2021-02-01", {"October": "2020-10"}),
    ("The bridge opened on 3 March 1896. It closes every December for repairs.", "2020-06-01", {"December": "--12"}),
])
def test_a_day_or_month_of_a_narrative_long_past_takes_its_year(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("The council will meet on the 1st day of February next.", "1859-09-17",
     {"the 1st day of February next": "1860-02-01"}),
    ("Your letter of the 12th of October last was received.", "1859-11-05", {"the 12th of October last": "1859-10-12"}),
    ("The lease ends on the 3rd day of March 1860.", "1859-09-17", {"the 3rd day of March 1860": "1860-03-03"}),
])
def test_days_of_months_as_letters_and_decrees_write_them(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("The festival opened on Saturday night, the opening night, to huge crowds.", "2007-03-05",
     {"Saturday night": "2007-03-03", "the opening night": "2007-03-03"}),
    ("A sudden storm on Sunday night (March 4) sent crowds to the station.", "2007-03-05",
     {"Sunday night": "2007-03-04"}),
    ("Police were called on Friday night to the square.", "2007-03-05", {"Friday night": "2007-03-02"}),
    ("The minister resigned earlier today after a long meeting.", "2019-11-18", {"earlier today": "2019-11-18"}),
])
def test_a_time_that_names_a_day_is_a_date_row_with_that_day(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("The fire of the 3rd instant destroyed the mill.", "1851-03-14", {"3rd instant": "1851-03-03"}),
    ("Your letter of the 20th ultimo reached me today.", "1851-01-14", {"20th ultimo": "1850-12-20"}),
    ("The court will sit on the 2nd proximo.", "1851-03-14", {"the 2nd proximo": "1851-04-02"}),
])
def test_a_day_of_this_last_or_next_month_as_letters_write_it(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,expected", [
    ("Prices have risen since September.", {"September": "2024-09"}),
    ("Arrests have doubled since March 30.", {"March 30": "2024-03-30"}),
    ("Arrests have doubled since March 3.", {"March 3": "2025-03-03"}),
])
def test_since_a_month_is_never_a_future_one(nlp, text, expected):
    assert date_values(nlp, text, "2025-03-11", expected) == expected


@pytest.mark.parametrize("text,age", [
    ("Prosecutors allege that Lionel Farquhar, 61, accepted the money in 2019.", "61"),
    ("The mayor, Ruth Okafor, 45, said the bridge was safe.", "45"),
])
def test_an_age_after_a_name_is_not_a_year(nlp, text, age):
    assert date_values(nlp, text, "2025-06-11", {age: None}) == {age: None}


@pytest.mark.parametrize("text", ["19th ult percent people", "the 2nd inst percent of voters",
                                  "By the 30th ult percent rates had risen."])
def test_a_widened_date_running_into_another_entity_does_not_fail_the_doc(nlp, text):
    doc = nlp(text)  # raised ValueError E1010 (overlapping entities) before
    assert doc.ents and all(a.end <= b.start for a, b in zip(doc.ents, doc.ents[1:], strict=False))


@pytest.mark.parametrize("text,published,expected", [
    # In a past clause "the next n years" follow the narrative's time; elsewhere the text's own date.
    ("In 1655 he enlisted. In the course of the next five years he served Poland and Sweden.", "2009-09-07",
     {"the next five years": "1655/1660"}),
    ("The firm was sold in 1987. Over the next ten years it shrank to a single shop.", "2020-03-01",
     {"the next ten years": "1987/1997"}),
    ("Prices will rise over the next two years, the bank said.", "2024-05-14",
     {"the next two years": "2024-05-14/2026-05-14"}),
    ("Over the next five years, nobody told us why.", "2024-05-14", {"the next five years": ""}),
])
def test_the_next_years_of_a_narrative_and_of_the_present(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("He was shot early on 30 May 1832. He died the following morning in hospital.", "2004-08-18",
     {"the following morning": "1832-05-31"}),
    ("The ship struck the reef on 14 April 1912. The next morning the survivors were picked up.", "2012-01-01",
     {"The next morning": "1912-04-15"}),
    ("She died the following morning.", "2004-08-18", {"the following morning": None}),  # no narrative: no day
])
def test_the_morning_after_a_written_day_is_its_next_day(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("Some of you have probably heard it at Thanksgiving.", "2024-06-01", {"Thanksgiving": "2023-11-23"}),
    ("We argued about it at Christmas.", "2024-06-01", {"Christmas": "2023-12-25"}),
    ("The family will gather again at Christmas.", "2024-01-03", {"Christmas": "2024-12-25"}),
    ("The shops close at Easter.", "2024-05-01", {"Easter": "2024-03-31"}),  # no tense to go by: the nearest
])
def test_a_holiday_of_a_past_clause_is_the_last_one_and_of_a_future_clause_the_next(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,years", [
    ("She was 92 when she died.", {}),
    ("My uncle Robert, who is now eighty-six, remembers the war.", {}),
    ("Her father, aged 70, said no.", {}),
    ("I want the 14 and the 22 running every ten minutes.", {}),
    ("Chen, L. (2018) Cool roofs. Energy and Buildings, 172, 31-44.", {"2018": "2018"}),
    # a number in a year's place stays a year
    ("Reagan won in 80 and 84.", {"80": "1980", "84": "1984"}),
    ("The Danes took York in 866.", {"866": "0866"}),
])
def test_a_bare_number_is_a_year_only_in_a_years_place(nlp, text, years):
    doc = nlp.make_doc(text)
    doc._.published = "2012-02-01"
    doc = nlp(doc)
    assert {e.text: e._.value for e in doc.ents if e.label_ == "DATE"} == years


@pytest.mark.parametrize("text,published,expected", [
    # A weekday of a clause in the simple present is a schedule: the next one ...
    ("The tour continues on Wednesday in Dayton.", "2026-10-09", {"Wednesday": "2026-10-14"}),
    ("The vote is on Tuesday.", "2026-11-06", {"Tuesday": "2026-11-10"}),
    # ... and so is one of a gerund after a future verb ...
    ("Officials will resume counting ballots on Saturday.", "2026-11-06", {"Saturday": "2026-11-07"}),
    # ... but not one of a past clause.
    ("He spoke on Wednesday.", "2026-10-09", {"Wednesday": "2026-10-07"}),
])
def test_a_weekday_of_a_schedule_or_a_future_gerund_is_the_next_one(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("He wrote furiously in the last months of his life.", "2004-08-18", {"the last months": ""}),
    ("Her last weeks were spent at home.", "2024-11-10", {"last weeks": ""}),
    ("Prices rose in the past two years.", "2024-05-14", {"the past two years": "2022-05-15/2024-05-14"}),
])
def test_the_last_months_of_a_life_are_not_counted_from_the_texts_date(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("She has gone back every February since 1972.", "2025-06-01", {"February": "--02"}),
    ("They have fished there each August since the war.", "2025-06-01", {"August": "--08"}),
])
def test_every_month_is_year_less(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("It is Tuesday, and the market is quiet.", "2024-05-14", {"Tuesday": "2024-05-14"}),  # the day itself
    ("Prices will rise in the coming weeks.", "2024-05-14", {"the coming weeks": ""}),  # how many is not said
    ("Sea levels will keep rising over the next 8000 years.", "2024-05-14", {"the next 8000 years": ""}),
    # a year alone written before is no narrative, even with only a publication year
    ("The company was founded in 1998. Its shares fell sharply in March.", "2024", {"March": "2024-03"}),
])
def test_weekdays_counts_and_bare_years_where_the_rules_stop(nlp, text, published, expected):
    assert date_values(nlp, text, published, expected) == expected
