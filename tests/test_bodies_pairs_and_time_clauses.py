"""Who a description or a pronoun stands for: "the company" is the company named as the subject, not a city in its
relative clause, and a name ending "Minerals" or "Holdings" is a company whatever the model took it for; "the group"
is the body just named as a subject; a "he" after a time clause is the one that clause is about ("When the chief
executive was asked ..., he replied"); "they" after two names the model did not tag is those two."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("name,places", [
    ("Cordillera Minerals", "Toronto and Santiago"),
    ("Halden Holdings", "London and Frankfurt"),
    ("Marlow Resources", "Sydney and Perth"),
])
def test_the_company_is_the_subject_not_a_place_in_its_relative_clause(attribute, name, places):
    text = (f"{name}, which is listed in {places}, said it would appeal. \"We believe the penalty is "
            f"disproportionate,\" the company said in a written statement.")
    att = last_attribution(attribute, text)
    assert att.speaker == "the company" and att.speaker_canonical == name, att


@pytest.mark.parametrize("body", ["Fundacion Agua Viva", "the Riverkeepers Alliance", "Clean Coast Trust"])
def test_the_group_is_the_body_just_named(attribute, body):
    text = (f"Environmental organisation {body} called the fine a turning point. The group said it would file a "
            f"formal request on March 12.")
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and body.removeprefix("the ") in att.speaker_canonical, att


def test_a_group_of_people_is_no_body_named_before(attribute):
    att = last_attribution(attribute, "Acme Foods opened a plant. A group of residents met on Monday. The group "
                                      "said the park should stay open.")
    assert att.speaker_canonical != "Acme Foods", att


@pytest.mark.parametrize("role", ["the chief executive", "the headteacher", "the finance director"])
def test_a_pronoun_after_a_time_clause_is_who_it_is_about(attribute, role):
    text = (f"Councilman Derek Osei has been saying so for years. When {role} was asked about the cuts, he replied "
            f"only that the company \"follows all applicable rules.\"")
    att = last_attribution(attribute, text)
    assert att.speaker_canonical == role, att


@pytest.mark.parametrize("pair", ["West and Börjesson", "Eliasson and Mattsson"])
def test_they_after_two_untagged_names_is_those_two(attribute, pair):
    text = (f"{pair} (2020) reach a similar conclusion for Gothenburg, although they caution that the result "
            f"depends on how revenues are spent.")
    att = last_attribution(attribute, text)
    assert att.speaker_canonical == pair, att


@pytest.mark.parametrize("intro,speaker_text", [
    ("Thomas Brennan was my grandfather.", "He always told us, \"Never borrow what you can't carry.\""),
    ("Thomas Brennan was my grandfather.", "My grandfather told me that the farm was his life."),
    ("My aunt is Rose Ellis.", "She said that the river flooded every spring."),
])
def test_a_description_said_to_be_someone_is_that_person(attribute, intro, speaker_text):
    name = "Rose Ellis" if "Rose" in intro else "Thomas Brennan"
    att = last_attribution(attribute, f"{intro} {speaker_text}")
    assert att.claim_type == "sourced" and att.speaker_canonical == name, att


def test_a_description_with_no_name_said_stays_a_description(attribute):
    att = last_attribution(attribute, "My grandfather was a farmer. He always told us that the land came first.")
    assert att.speaker_canonical.lower() == "my grandfather", att
