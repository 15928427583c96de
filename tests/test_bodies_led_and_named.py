"""Who speaks when a body is described by the one who leads it: "The committee chaired by Jane Smith said"
is the committee, not Jane Smith, while "a report written by Anna Berg found" is Anna Berg's; "A panel of
judges said" is no exhibit of the author's ("Panel B shows"); organisations whose names read as a verb
phrase ("Save the Children UK said") are the speakers."""

import pytest

from .conftest import claim_attributions


def attribution(nlp, text: str):
    return claim_attributions(nlp, text)[-1][1]


@pytest.mark.parametrize("text,speaker", [
    ("The committee chaired by Jane Smith said the report was flawed.", "committee"),
    ("The union, led by general secretary Peter Hale, said that the warnings had been ignored.", "union"),
    ("A panel headed by Maria Lopez concluded that the rules were too weak.", "panel"),
    ("The charity, founded by Tom Reid in 1998, said demand had doubled.", "charity"),
    ("The taskforce, run by former police chief Ann Cole, warned that gangs were recruiting children.",
     "taskforce"),
    ("A study funded by the Wellcome Trust found that the drug halved relapse rates.", "study"),
])
def test_the_body_speaks_not_the_one_who_leads_or_funds_it(nlp, text, speaker):
    att = attribution(nlp, text)
    assert att.claim_type == "sourced", att.rule
    assert att.speaker_canonical == speaker and att.speaker_type in ("organisation", "document")


@pytest.mark.parametrize("text,speaker", [
    ("A report written by Anna Berg found that the drug halved relapse rates.", "Anna Berg"),
    ("A statement issued by Norvell Pharma said the trial had been paused.", "Norvell Pharma"),
    ("The lawsuit, filed by Carla Diaz, alleges that the landlord ignored repairs.", "Carla Diaz"),
    ("A blog run by former minister Alan Price claimed that the figures were fake.", "Alan Price"),
    ("A joint statement backed by France and Germany said the talks would resume.", "France"),
])
def test_the_author_of_a_document_still_speaks_for_it(nlp, text, speaker):
    assert attribution(nlp, text).speaker_canonical == speaker


@pytest.mark.parametrize("text", [
    "A panel of judges said that the rules were too weak.",
    "A panel headed by Maria Lopez concluded that the rules were too weak.",
    "A map published by the council shows that the flood zone has grown.",
])
def test_an_article_is_no_exhibit_label(nlp, text):
    assert attribution(nlp, text).claim_type == "sourced"


def test_the_authors_exhibit_is_still_the_author(nlp):
    assert attribution(nlp, "Table 2 shows that costs rose in every region.").claim_type == "editorial"


@pytest.mark.parametrize("text,speaker", [
    ("Save the Children UK said the cuts would cost lives.", "Save the Children"),
    ("The cuts would cost lives, Save the Children said.", "Save the Children"),
    ("Doctors Without Borders said the clinic had been shelled twice.", "Médecins Sans Frontières"),
    ("Friends of the Earth warned that the plan would fail.", "Friends of the Earth"),
    ("Human Rights Watch said the trial was unfair.", "Human Rights Watch"),
])
def test_organisations_named_like_a_verb_phrase(nlp, text, speaker):
    att = attribution(nlp, text)
    assert att.claim_type == "sourced" and att.speaker_canonical == speaker
    assert att.speaker_type == "organisation"


@pytest.mark.parametrize("text,name", [
    ("Oleg, a 58-year-old mechanic who asked that his surname not be used, said he had seen soldiers on the "
     "bridge. \"Nobody holds it,\" he said.", "Oleg"),
    ("Ludmila, a retired teacher, said the school had closed in May. \"The children have gone,\" she said.",
     "Ludmila"),
    ("Tomasz, a 34-year-old fisherman from the harbour, said the sailing had been cancelled 41 times. \"We are "
     "forgotten,\" he said.", "Tomasz"),
])
def test_a_first_name_described_beside_it_is_the_one_a_pronoun_refers_to(nlp, text, name):
    last = claim_attributions(nlp, text)[-1][1]
    assert last.claim_type == "sourced" and last.speaker_canonical == name
