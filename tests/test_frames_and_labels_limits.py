"""Where the frame, label, sequence, place and date-line rules stop: each case is one they would otherwise take."""

import pytest
from claimscope.claims import claim_spans
from claimscope.datelines import header_date
from claimscope.ingest import parse_plain_text


def _claims(nlp, text):
    return [(s.label_, s._.attribution["speaker_canonical"], s.text) for s in claim_spans(nlp(text))]


@pytest.mark.parametrize("text", [
    "Inflation eased in March, then accelerated, suggesting that the bank had moved too soon.",
    "The pound slumped, then recovered, showing that traders had panicked.",
    "I hope the council tells residents that the water is safe.",
    "I am not sure the minister said that the plan was dead.",
    "The report says nothing at all about the impact on the children themselves.",
    'I said, "Mate, nobody laughs at the bit about the Metropolitan line."',
])
def test_no_report_here(nlp, text):
    assert _claims(nlp, text)[0][0] == "editorial"


@pytest.mark.parametrize("text,speaker", [
    ("Many economists (myself included) say, however, that the tariff will backfire.", "economists"),
    ("Local fishermen, whose catches have halved since 2019, say the quotas are far too low.", "fishermen"),
    ("Rochester is the town Dickens loved most. He wrote that the cathedral was the finest in England.", "Dickens"),
    ("Aberfan is the village Thomas wrote about. He said that the slag heap had been there for years.", "Thomas"),
    ("The governor hesitated, then added that the guard would stay until spring.", "governor"),
    ('The chief executive paused, then added: "Nobody here will lose their job."', "chief executive"),
    ("I am sure the mayor has stated that the budget is balanced.", "mayor"),
    ("The polls closed at 10 p.m. Officials said turnout had been high.", "anonymous"),
])
def test_a_report_these_rules_must_leave_alone(nlp, text, speaker):
    label, canonical, _ = _claims(nlp, text)[-1]
    assert label == "sourced" and speaker in canonical


def test_a_label_that_only_points_to_the_words_passes_the_quote_on(nlp):
    text = ('Senator Ruth Calloway spoke for an hour. Excerpts from her speech:\n\n"This bill asks working families '
            'to pay for a crisis they did not cause."')
    assert _claims(nlp, text)[-1][:2] == ("sourced", "Ruth Calloway")


@pytest.mark.parametrize("label", ["The Post's verdict:", "My reply:", "Then a heckler:", "Their words:"])
def test_a_label_naming_its_own_source_keeps_the_quote_from_the_sentence_before(nlp, label):
    text = f'The senator spoke for an hour on Tuesday. {label}\n\n"A masterclass in saying nothing at great length."'
    quote = [c for c in _claims(nlp, text) if c[2].startswith('"A masterclass')][0]
    assert "senator" not in quote[1].lower()


@pytest.mark.parametrize("line", [
    "September 11, 2001, twenty years on", "Tear down this wall — Ronald Reagan, June 12, 1987",
    "Born 23 January 1928 Paris, France",
])
def test_an_anniversary_an_epigraph_or_a_fact_line_is_no_delivery_line(line):
    assert header_date(line) == ""


@pytest.mark.parametrize("text,published", [
    ("Letters\n\nSir, the bins were not collected again.\n\nYours faithfully,\n\nGerald Moore\n14 Cobblers Lane\n"
     "13 June 2024\n", "13 June 2024"),  # dated under the signature
    ("Live\n\nUPDATE, March 3: The count resumed after a break.\n", ""),  # a live blog's label, no dateline
])
def test_a_letter_dated_under_its_signature_and_a_label_that_is_no_dateline(text, published):
    assert parse_plain_text(text).published == published


@pytest.mark.parametrize("ending,published", [
    ("St Mark's Hall, Tuesday 9 July 2024\n", ""),  # a notice at the foot, no signature
    ("Buddy Holly\n7 September 1936\n", ""),  # a name and a date that are no signature
    ("Yours faithfully,\n\nGerald Moore\n14 Cobblers Lane\n13 June 2024\n", "13 June 2024"),
])
def test_only_a_signed_letter_is_dated_at_its_foot(ending, published):
    body = "The committee meets next week to discuss the bypass and the budget.\n\n" * 12
    assert parse_plain_text(f"Notice\n\n{body}{ending}").published == published
