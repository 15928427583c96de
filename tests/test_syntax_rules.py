"""Cue rules on hand-built parses: what each rule does with a given parse, whatever the model would parse."""

import pytest
import spacy
from claimscope.components.asides import aside, aside_reports, parenthetical
from claimscope.components.cue_tests import hypothetical, naming
from claimscope.components.lexicon import load_lexicon
from claimscope.components.syntax import speech_act, subject
from spacy.tokens import Doc

VOCAB = spacy.blank("en").vocab
LEX = load_lexicon()


def parse(spec: str) -> Doc:
    """A Doc from `word/POS/TAG/dep/head-index/lemma` items separated by spaces."""
    rows = [item.split("/") for item in spec.split()]
    return Doc(VOCAB, words=[r[0] for r in rows], pos=[r[1] for r in rows], tags=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[int(r[4]) for r in rows], lemmas=[r[5] for r in rows])


AS_PUT_IT = ("As/SCONJ/IN/mark/2/as Rossi/PROPN/NNP/nsubj/2/Rossi {verb} it/PRON/PRP/dobj/2/it ,/PUNCT/,/punct/6/, "
             "talks/NOUN/NNS/nsubj/6/talk failed/VERB/VBD/ROOT/6/fail ./PUNCT/./punct/6/.")


@pytest.mark.parametrize("verb,reports", [
    ("put/VERB/VBD/advcl/6/put", True),
    ("noted/VERB/VBD/advcl/6/note", True),
    ("ruled/VERB/VBD/advcl/6/rule", False),  # "as the Taliban ruled it": narration, not a report
])
def test_aside_reports_only_with_a_reporting_verb(verb, reports):
    doc = parse(AS_PUT_IT.format(verb=verb))
    assert aside(doc[2]) and aside_reports(doc[2], LEX) is reports


def test_aside_with_its_own_infinitive_reports_nothing():
    doc = parse("as/SCONJ/IN/mark/2/as party/NOUN/NN/nsubj/2/party continues/VERB/VBZ/advcl/6/continue "
                "to/PART/TO/aux/4/to lose/VERB/VB/xcomp/2/lose ground/NOUN/NN/dobj/4/ground "
                "prices/NOUN/NNS/ROOT/6/price")
    assert not aside_reports(doc[2], LEX)


PLAN = ("The/DET/DT/det/1/the plan/NOUN/NN/{plan_dep}/{plan_head}/plan ,/PUNCT/,/punct/4/, "
        "Moreno/PROPN/NNP/nsubj/4/Moreno told/VERB/VBD/{told_dep}/{told_head}/tell "
        "reporters/NOUN/NNS/dobj/4/reporter ,/PUNCT/,/punct/4/, was/AUX/VBD/{was_dep}/{was_head}/be "
        "unrealistic/ADJ/JJ/acomp/7/unrealistic ./PUNCT/./punct/7/.")


@pytest.mark.parametrize("deps", [
    dict(plan_dep="dep", plan_head=4, told_dep="ROOT", told_head=4, was_dep="conj", was_head=4),
    dict(plan_dep="nsubj", plan_head=7, told_dep="relcl", told_head=1, was_dep="ROOT", was_head=7),
])
def test_parenthetical_cue_whichever_way_it_was_parsed(deps):
    doc = parse(PLAN.format(**deps))
    assert parenthetical(doc[4], doc[:])


def test_an_adverbial_before_the_comma_is_no_parenthetical():
    doc = parse("Finally/ADV/RB/advmod/3/finally ,/PUNCT/,/punct/3/, Ali/PROPN/NNP/nsubj/3/Ali "
                "told/VERB/VBD/ROOT/3/tell them/PRON/PRP/dobj/3/they ,/PUNCT/,/punct/3/, "
                "leaving/VERB/VBG/advcl/3/leave ./PUNCT/./punct/3/.")
    assert not parenthetical(doc[3], doc[:])


def test_the_subject_nearest_before_the_verb_is_its_subject():
    doc = parse("Prices/NOUN/NNS/nsubj/4/price ,/PUNCT/,/punct/4/, as/SCONJ/IN/mark/4/as "
                "Yilmaz/PROPN/NNP/nsubj/4/Yilmaz notes/VERB/VBZ/ROOT/4/note ./PUNCT/./punct/4/.")
    assert subject(doc[4]).text == "Yilmaz"


@pytest.mark.parametrize("spec,act", [
    ("Li/PROPN/NNP/nsubj/1/Li rejected/VERB/VBD/ROOT/1/reject claims/NOUN/NNS/dobj/1/claim", "claims"),
    ("Li/PROPN/NNP/nsubj/1/Li called/VERB/VBD/ROOT/1/call for/ADP/IN/prep/1/for "
     "talks/NOUN/NNS/pobj/2/talk", "for talks"),
    ("Li/PROPN/NNP/nsubj/1/Li declined/VERB/VBD/ROOT/1/decline to/PART/TO/aux/3/to "
     "comment/VERB/VB/xcomp/1/comment", "to comment"),
    ("Li/PROPN/NNP/nsubj/1/Li declined/VERB/VBD/ROOT/1/decline to/PART/TO/aux/3/to "
     "pay/VERB/VB/xcomp/1/pay", None),
])
def test_speech_acts(spec, act):
    got = speech_act(parse(spec)[1], LEX)
    assert (got.text if got is not None else None) == act


def test_naming_is_not_reporting():
    what = parse("what/PRON/WP/dobj/2/what economists/NOUN/NNS/nsubj/2/economist call/VERB/VBP/ROOT/2/call")
    passive = parse("It/PRON/PRP/nsubjpass/2/it is/AUX/VBZ/auxpass/2/be called/VERB/VBN/ROOT/2/call")
    speech = parse("Li/PROPN/NNP/nsubj/1/Li called/VERB/VBD/ROOT/1/call it/PRON/PRP/dobj/1/it")
    assert naming(what[2], LEX) and naming(passive[2], LEX) and not naming(speech[1], LEX)


@pytest.mark.parametrize("spec,expected", [
    ("Did/AUX/VBD/aux/2/do anyone/PRON/NN/nsubj/2/anyone think/VERB/VB/ROOT/2/think ?/PUNCT/./punct/2/?", True),
    ("Some/PRON/DT/nsubj/2/some might/AUX/MD/aux/2/might say/VERB/VB/ROOT/2/say ./PUNCT/./punct/2/.", True),
    ("Li/PROPN/NNP/nsubj/1/Li said/VERB/VBD/ROOT/1/say ./PUNCT/./punct/1/.", False),
    ("Li/PROPN/NNP/nsubj/1/Li asked/VERB/VBD/ROOT/1/ask why/SCONJ/WRB/advmod/1/why ?/PUNCT/./punct/1/?", False),
])
def test_hypothetical_sources(spec, expected):
    doc = parse(spec)
    verb = doc[:].root
    subj = next(c for c in verb.children if c.dep_ == "nsubj")
    assert hypothetical(verb, subj, doc[:], [], LEX) is expected
