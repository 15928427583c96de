"""Who a pronoun is when the NER misreads the names around it: a person whose surname is also a place or a
brand ("Kelmscott boss Ines Albuquerque"), a first name written with accents ("Tamás"), a club whose name
ends like a surname ("Ashbourne Rovers"); and the one asked in "Asked whether X ..., he said", who is not X;
an organisation's national branch ("Diabetes Action UK") is one organisation, not a country."""

import pytest
from claimscope.claims import claim_spans
from claimscope.components.antecedents import name_key
from claimscope.components.attribution import attribution_of


def speaker_of(nlp, text: str, target: str) -> str:
    doc = nlp(text)
    sent = next(s for s in claim_spans(doc) if target in s.text)
    att = attribution_of(sent)
    assert att.claim_type == "sourced", att.rule
    return att.speaker_canonical


@pytest.mark.parametrize("text,target,speaker", [
    ("Kelmscott boss Ines Albuquerque was in no mood to celebrate. She said the penalty was a joke.",
     "She said", "Ines Albuquerque"),
    ("Harbour boss Carla Lisbon was furious after the match. She said the referee had lost control.",
     "She said", "Carla Lisbon"),
    ("City manager Rosa Phoenix spoke after the game. She said her players had been brave.", "She said",
     "Rosa Phoenix"),
])
def test_a_first_name_after_a_role_makes_a_person(nlp, text, target, speaker):
    assert speaker_of(nlp, text, target) == speaker


@pytest.mark.parametrize("text,target,speaker", [
    ("Coach Maria Ortega praised the defence. Tamás Varga scored late. \"We deserved it,\" she said.",
     "she said", "Maria Ortega"),
    ("Dr Helen Brady chaired the panel, and José Ramírez spoke last. She said the data were clear.",
     "She said", "Helen Brady"),
])
def test_an_accented_first_name_has_its_gender(nlp, text, target, speaker):
    assert speaker_of(nlp, text, target) == speaker


def test_first_names_are_looked_up_without_accents():
    assert (name_key("Zoë"), name_key("Tamás"), name_key("José")) == ("zoe", "tamas", "jose")


@pytest.mark.parametrize("text,target,speaker", [
    ("Ashbourne Rovers came from behind. Pundit Marcia Delgado argued that Rovers had been lucky. \"They "
     "freeze,\" she said.", "she said", "Marcia Delgado"),
    ("Leeds United lost again. Analyst Joan Pike said that United looked tired. \"They ran out of ideas,\" she "
     "added.", "she added", "Joan Pike"),
    ("Harfield Wanderers were relegated. Their former captain, Lucy Barnes, said that Wanderers had been "
     "badly run. \"Nobody listened,\" she said.", "she said", "Lucy Barnes"),
])
def test_a_club_is_not_a_person(nlp, text, target, speaker):
    doc = nlp(text)
    assert all(e.label_ != "PERSON" for e in doc.ents if e.text.split()[-1] in ("Rovers", "United", "Wanderers"))
    assert speaker_of(nlp, text, target) == speaker


@pytest.mark.parametrize("text,target,speaker", [
    ("Rovers manager Graham Tolley praised his players. Asked whether Luke Henshall had let the team down, he "
     "paused. \"He knows he has to be smarter.\"", "He knows", "Graham Tolley"),
    ("Finance minister Ruth Adeyemi took questions. Pressed about Nadia Osei's resignation, she said the "
     "matter was closed.", "she said", "Ruth Adeyemi"),
    ("Mayor Tom Reilly spoke for an hour. When asked about Sean Cole, he said he had never met him.",
     "he said", "Tom Reilly"),
])
def test_the_one_asked_is_not_the_one_asked_about(nlp, text, target, speaker):
    assert speaker_of(nlp, text, target) == speaker


@pytest.mark.parametrize("text,name", [
    ("Diabetes Action UK said the advice was welcome.", "Diabetes Action UK"),
    ("A spokesman for Save the Children UK said funds were short.", "Save the Children UK"),
    ("Amnesty International USA called for calm.", "Amnesty International USA"),
    ("Ford UK said sales rose.", "Ford UK"),
])
def test_a_national_branch_is_one_organisation(nlp, text, name):
    assert (name, "ORG") in [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize("text", ["Exports to the UK fell.", "In the US and the UK, prices rose."])
def test_a_country_code_alone_stays_a_country(nlp, text):
    assert all(e.label_ == "GPE" for e in nlp(text).ents if e.text in ("UK", "US"))


@pytest.mark.parametrize("text,target,speaker", [
    ("Declan Mayhew, 44, of Fenwick Road, denies manslaughter. He also denies perverting the course of justice.",
     "He also denies", "Declan Mayhew"),
    ("Shona Kilbride, 37, of Mill Lane, told the court she had seen nothing. She said the yard was dark.",
     "She said", "Shona Kilbride"),
])
def test_a_name_with_an_age_is_a_person(nlp, text, target, speaker):
    assert speaker_of(nlp, text, target) == speaker


@pytest.mark.parametrize("text", ["The EU US trade talks collapsed in June.", "Covid UK deaths rose again in May.",
                                  "Heatwave Grips UK As Temperatures Soar"])
def test_a_country_code_before_a_noun_is_no_branch(nlp, text):
    assert not any(e.label_ == "ORG" and e.text.endswith(("UK", "US")) for e in nlp(text).ents)


@pytest.mark.parametrize("text,target,speaker", [
    ("Leeds United striker Jordan Brown said he was ready to play.", "said he was ready", "Jordan Brown"),
    ("Reuters cited a senior diplomat as saying that sanctions would follow.", "cited", "a senior diplomat"),
    ("The Crown case is that he planned the attack for months.", "Crown case", "Crown"),
    ("Cllr Dorothy Fenn (Lib Dem, Abbey ward) chairs the committee. \"We cannot refuse it,\" she said.", "she said",
     "Dorothy Fenn"),
])
def test_more_speakers(nlp, text, target, speaker):
    sent = next(s for s in claim_spans(nlp(text)) if target in s.text)
    att = attribution_of(sent)
    assert att.claim_type == "sourced" and speaker in f"{att.speaker} {att.speaker_canonical}", att


@pytest.mark.parametrize("text,place", [("The Pentagon learned from Iraq that occupations are costly.", "Iraq"),
                                        ("Britain learned from the Falklands that its navy was overstretched.",
                                         "Falklands")])
def test_a_place_learned_from_is_no_source(nlp, text, place):
    att = attribution_of(claim_spans(nlp(text))[0])
    assert place not in f"{att.speaker} {att.speaker_canonical}", att


@pytest.mark.parametrize("text,target,speaker", [
    ("The developer, Halden Estates, is keen to start work. In a statement, the company said it was delighted.",
     "the company said", "Halden Estates"),
    ("The housebuilder, Marlow Homes, bought the site in May. The company said it would build 300 homes.",
     "The company said", "Marlow Homes"),
    ("Foreign minister Salman Durrani flew to Geneva. His Koristani opposite number, Elena Vasic-Morar, said the "
     "talks had been useful.", "opposite number", "Elena Vasic-Morar"),
    ("The other side's negotiator, Pavel Orlov, said the offer was final.", "negotiator", "Pavel Orlov"),
])
def test_a_name_set_beside_a_description(nlp, text, target, speaker):
    assert speaker_of(nlp, text, target) == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Brightwater Retail's half-year filing, published on Tuesday, shows that sales fell 3.2 per cent. The company "
     "warned that demand would stay weak.", "Brightwater Retail"),
    ("Pellway Group's annual report, released on Monday, shows that profits fell by a third. The company said it "
     "would sell two plants.", "Pellway Group"),
])
def test_the_company_is_the_owner_of_the_document_the_story_cited(nlp, text, speaker):
    """A company named as the owner of the document that opened the story is the one "the company" means."""
    assert speaker_of(nlp, text, "The company") == speaker
