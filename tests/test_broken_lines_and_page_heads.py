"""A text that is not hard-wrapped may still break a line inside a sentence ('"We are not going to raise' /
'taxes this year," Governor Lin said'): a line that ends on no sentence's end and a next one that opens in
lower case are one sentence, so the quote keeps its cue; a line that ends a sentence, a title or a list
item stays a line of its own."""

import pytest
from claimscope.clean import clean_body

from .conftest import claim_attributions, cleaned


@pytest.mark.parametrize("raw,joined", [
    ('The state faces a shortfall. “We are not going to raise\ntaxes this year,” Governor Lin said.',
     'The state faces a shortfall. “We are not going to raise taxes this year,” Governor Lin said.'),
    ('The plant employs 600 people. "The plant will close in June. Nobody\nwill lose a pension," said Ana Ruiz.',
     'The plant employs 600 people. "The plant will close in June. Nobody will lose a pension," said Ana Ruiz.'),
    ("County officials said on Tuesday that the plant\nwould close in June, and\nthat nobody would lose a pension.",
     "County officials said on Tuesday that the plant would close in June, and that nobody would lose a pension."),
    ("The trade deal was signed by\nPrime Minister Anwar Ibrahim on Tuesday.",
     "The trade deal was signed by Prime Minister Anwar Ibrahim on Tuesday."),
    ("The plan will cost the city about\n$4 million, officials said on Thursday.",
     "The plan will cost the city about $4 million, officials said on Thursday."),
])
def test_a_break_inside_a_sentence_is_undone(raw, joined):
    assert clean_body(raw).text == joined


@pytest.mark.parametrize("raw", [
    "The vote was close.\nturnout, however, was the lowest since 1998.",
    "Three things matter\nHousing costs are rising in every district.",
])
def test_a_break_after_a_sentence_or_before_a_capital_stays(raw):
    assert len(clean_body(raw).text.split("\n\n")) == 2, clean_body(raw).text


@pytest.mark.parametrize("raw", [
    "Snow on the harbour wall\ngulls over empty boats\nthe lamp in the window\nnobody comes home",
    "The council approved three projects:\na new library\na bus depot\na flood barrier",
])
def test_verse_and_a_list_keep_their_lines(raw):
    assert clean_body(raw).text.split("\n\n") == raw.split("\n")


def test_the_quote_keeps_its_cue_across_the_break(nlp):
    text = 'Crews worked all night. "We will not reopen the road before\nFriday," said Marta Kovac, the engineer.'
    atts = claim_attributions(nlp, clean_body(text).text)
    assert [(a.claim_type, a.speaker_canonical) for _, a in atts] == [("editorial", ""), ("sourced", "Marta Kovac")]


@pytest.mark.parametrize("head,title,author,published", [
    ("Badly Designed, Badly Built: The Tay Bridge and the\nVictorian Faith in Iron\n\nAlasdair Whyte\n"
     "History Quarterly, Vol. 41, No. 2 (Summer 2023) | Published 12 June 2023",
     "Badly Designed, Badly Built: The Tay Bridge and the Victorian Faith in Iron", "Alasdair Whyte",
     "12 June 2023"),
    ("How the Canal Towns Learned to Live with\nWater\n\nMarta Kowalczyk\nRiver Studies Review, No. 9 | Published "
     "3 March 2021", "How the Canal Towns Learned to Live with Water", "Marta Kowalczyk", "3 March 2021"),
])
def test_a_journal_head_wrapped_after_a_small_word(head, title, author, published):
    doc, _ = cleaned(head + "\n\nThe storm came at seven. Nobody on the train survived the fall into the river.")
    assert (doc.title, doc.author, doc.published) == (title, author, published)


@pytest.mark.parametrize("line", [
    "HISTORY QUARTERLY · SUMMER 2023                                        16",
    "12    THE ATLANTIC REVIEW",
    "RIVER STUDIES REVIEW (2021)      204",
])
def test_a_printed_page_running_head_is_dropped(line):
    text = clean_body(f"The storm came at seven.\n\n{line}\n\nNobody survived the fall.").text
    assert text == "The storm came at seven.\n\nNobody survived the fall."


def test_a_stanza_line_ending_on_a_small_word_keeps_its_line():
    raw = "When the tide comes in\nThe boats go by\nAnd nobody waits"
    assert clean_body(raw).text.split("\n\n") == raw.split("\n")
