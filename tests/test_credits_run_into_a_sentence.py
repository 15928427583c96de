"""A quotation's credit after a dash with the next sentence run straight on, no full stop between
('"..." — Ottilie Brandvold, "Notes from a Quiet Office" I used to think ...'): the credit ends the quote's
claim and the next sentence is a claim of its own."""

import pytest

from .conftest import claim_attributions


@pytest.mark.parametrize("text, speaker, after", [
    ('"Every euphemism is a small loan." — Ottilie Brandvold, "Notes from a Quiet Office" I used to think the '
     'interest was low.', "Ottilie Brandvold", "I used to think the interest was low."),
    ('"Power never concedes anything." — Frederick Douglass I keep that line on my desk.', "Frederick Douglass",
     "I keep that line on my desk."),
    ('"We shall fight on the beaches." — Winston Churchill Few speeches have aged so well.', "Winston Churchill",
     "Few speeches have aged so well."),
    ('"Attention is the rarest form of generosity." - Simone Weil, "Letters" We forget that at our peril.',
     "Simone Weil", "We forget that at our peril."),
])
def test_a_credit_ends_its_quote_and_the_next_sentence_stands_alone(nlp, text, speaker, after):
    (quote, q), (rest, r) = claim_attributions(nlp, text)
    assert q.claim_type == "sourced" and q.speaker == speaker, (quote, q.speaker)
    assert rest == after and r.claim_type == "editorial"


@pytest.mark.parametrize("text", [
    '"Peace." — Elizabeth I, "Speeches"',
    'He quoted the line "Go west." — Horace Greeley, in 1865.',
])
def test_a_credit_that_ends_as_sentences_do_splits_nothing(nlp, text):
    assert len(claim_attributions(nlp, text)) == 1
