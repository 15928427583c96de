import pytest

from pipeline.components.dates import Reference, infer_published, normalise_date
from pipeline.components.money import find_amounts


@pytest.mark.parametrize("text,value,unit", [
    ("$716 billion", 716e9, "USD"), ("US$ 2 billion", 2e9, "USD"), ("Rs 5 billion", 5e9, "PKR"),
    ("€3m", 3e6, "EUR"), ("£1.2bn", 1.2e9, "GBP"), ("5 million rupees", 5e6, "PKR"),
    ("300,000 dollars", 3e5, "USD"), ("NZ$26 million", 26e6, "NZD"), ("422,000 euros", 422000, "EUR"),
])
def test_money_amounts(text, value, unit):
    (a,) = find_amounts(f"It cost {text} in all.")
    assert (a.value, a.currency) == (pytest.approx(value), unit)


def test_money_range_and_qualifier_and_vague():
    amounts = find_amounts("from $750 million to $150 million; more than $33 billion; billions of dollars")
    assert [a.value for a in amounts] == [750e6, 150e6, 33e9, None]
    assert amounts[2].qualifier == "more than" and amounts[3].currency == "USD"


@pytest.mark.parametrize("text,ref,iso", [
    ("August 7, this year", Reference(2018), "2018-08-07"), ("November 2014", None, "2014-11"),
    ("2011", None, "2011"), ("the 1980s", None, "1980/1989"), ("December 3 and 4, 2016", None,
                                                                 "2016-12-03/2016-12-04"),
    ("last year", Reference(2018), "2017"), ("June 9, 20", Reference(2018), ""),
    ("Tuesday", Reference(2017, 7, 20), "2017-07-18"), ("tomorrow", Reference(2015, 9, 22), "2015-09-23"),
    ("from 1996 to 2001", None, "1996/2001"), ("Saturday, October 9, 2010", None, "2010-10-09"),
])
def test_dates(text, ref, iso):
    assert normalise_date(text, ref) == iso


def test_publication_year_inferred_from_latest_year():
    assert infer_published("In 2011 and in 2018 they met; $2015 is money.") == "2018"


def test_seed_entities(seed_outputs):
    import pandas as pd

    ents = pd.read_csv(seed_outputs / "entities.csv", dtype=str, keep_default_na=False)
    money = ents[(ents.label == "MONEY") & (ents.value != "")]
    assert sorted(float(v) for v in money.value) == sorted([716e9, 750e6, 150e6, 700e6, 2e9, 2e9, 33e9, 255e6])
    assert set(money.unit) == {"USD"}
    people = ents[ents.label == "PERSON"]
    canon = dict(zip(people.text, people.canonical, strict=False))
    assert canon["Bajwa"] == canon["Qamar Javed"] == "Qamar Javed Bajwa"
    assert canon["Trump"] == "Donald Trump"
    assert canon["Khawaja Asif"] == "Khawaja Muhammad Asif"
    salyukov = people[people.canonical == "Oleg Salyukov"]
    assert "Colonel General" in " ".join(salyukov.role)
    orgs = ents[ents.label == "ORG"]
    assert "ISPR" in set(orgs.text) and set(orgs[orgs.text == "ISPR"].canonical) == {"Inter-Services Public Relations"}
    for wrong in ("CPEC", "Pak-Russian"):
        assert wrong not in set(people.text)
    dates = ents[ents.label == "DATE"]
    assert "2018-08-07" in set(dates.value) and "2016-12-03/2016-12-04" in set(dates.value)
    assert "" == dates[dates.text == "June 9, 20"].value.iloc[0]
