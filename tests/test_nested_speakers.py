"""Whom a speaker reports in turn (`nested_speaker`), and a quotation's own cue words staying the quoted
speaker's: a sentence wholly inside a quotation is the quoted speaker's even when it reports someone else."""

import pytest
from claimscope.claims import claim_spans


def _claims(nlp, text):
    return [(s.text, s.label_, s._.attribution["speaker_canonical"], s._.attribution["nested_speaker"])
            for s in claim_spans(nlp(text))]


@pytest.mark.parametrize("text,speaker,nested", [
    ('"The Met Office estimated that the drought cost £2bn," said Dr Ingrid Halvorsen.', "Ingrid Halvorsen",
     "Met Office"),
    ("Professor Jane Ruiz said the ministry had denied the report.", "Jane Ruiz", "ministry"),
    ('"The council told us it had no money," said the head teacher, Maria Okafor.', "Maria Okafor", "council"),
])
def test_the_source_a_speaker_reports_is_the_nested_speaker(nlp, text, speaker, nested):
    ((_, label, got, inner),) = _claims(nlp, text)
    assert (label, got, inner) == ("sourced", speaker, nested)


def test_a_sentence_inside_a_quotation_stays_the_quoted_speakers(nlp):
    claims = _claims(nlp, '"We ran out of beds," said the nurse, Agnes Petrov. "The trust told us that no help '
                          'would come. We waited anyway."')
    assert [c[2] for c in claims] == ["Agnes Petrov"] * 3
    assert claims[1][3] == "trust" and claims[2][3] == ""


def test_an_it_after_a_quote_is_the_document_named_two_sentences_back(nlp):
    claims = _claims(nlp, 'The last letter in the tin was written a week before the wedding. It is only five lines '
                          'long. "I have packed the good china," it reads.')
    assert claims[-1][1:3] == ("sourced", "last letter")


def test_a_plain_quote_has_no_nested_speaker(nlp):
    assert [c[3] for c in _claims(nlp, '"We will win," the mayor, Tom Hale, said.')] == [""]
