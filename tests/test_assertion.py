"""Fact, opinion or question: the rule for questions, the trained model on fillers of our own, the shipped
model rebuilt from its labelled data, and the shares compare writes."""

import pytest
from claimscope.assertion_training import ASSERTION_SET, featurise, read_labels
from claimscope.assertion_training import train as train_assertion
from claimscope.components.assertion import MODEL_FILE, assertion_of_text
from claimscope.resources import models_dir

FACTS = [
    "The council approved the budget by nine votes to four on Tuesday.",
    "The bridge has been closed to lorries since March 2021.",
    "Unemployment fell to 4.2 percent in the second quarter, the statistics office said.",
    "The company employs 1,800 people at its plant in Tilburg.",
    "The museum was founded in 1874 by a group of local merchants.",
    "Police arrested two men near the station on Saturday night.",
]
OPINIONS = [
    "This budget is a betrayal of everyone who voted for change.",
    "The city should scrap the scheme before it does more damage.",
    "Frankly, the minister's excuses are absurd.",
    "Nobody seriously believes these targets will ever be met.",
    "We must stop pretending that cheaper fares alone will fill the trains.",
    "It is a shameful way to treat the people who kept the hospital running.",
]


@pytest.mark.parametrize("text,kind", [
    ("Who pays for this?", "question"), ("“Is this fair?” she asked.", "question"),
    ('"Why now?" the mayor wondered.', "question"), ("Prices rose again in May.", None),
    ("The report asks hard questions about the budget.", None),
])
def test_questions_are_read_from_the_text(text, kind):
    assert assertion_of_text(text) == kind


QUOTED_QUESTION_ASIDES = [
    'Sales fell for a third month, with one analyst asking "Where is the floor?"',
    'Critics were scathing about the attacks, with one poster writing "How can anyone defend this?"',
    'The council approved the budget on Tuesday, prompting one resident to shout "Who will pay for it?"',
    "Protesters gathered outside the ministry, their banners reading “Where are our pensions?”",
    "The crowd booed as the mayor left, one woman shouting “Where were you last winter?”",
    'Critics were scathing, one poster writing "How can anyone defend this?"',
]
QUOTED_QUESTIONS = [
    'She asked: "Why now?"',
    "The minister paused and asked: “Who pays for this?”",
    'Then she asked the question everyone was thinking: "What happens to the money?"',
    'When reporters pressed him, he snapped: "What do you want me to say?"',
    "The letter ends with a plea: “Will nobody listen?”",
    'The crowd booed as the minister asked "What more do you want?"',
    'She paused before asking "Do you trust him?"',
]


def test_a_question_quoted_in_an_aside_leaves_the_statement_a_statement(nlp):
    def kind(text):
        doc = nlp(text)
        return doc.spans["claims"][0]._.assertion["assertion"]

    assert [kind(t) for t in QUOTED_QUESTION_ASIDES].count("question") == 0
    assert [kind(t) for t in QUOTED_QUESTIONS] == ["question"] * len(QUOTED_QUESTIONS)


def test_clear_facts_and_clear_opinions(nlp):
    def kinds(texts):
        docs = [nlp(t) for t in texts]
        return [d.spans["claims"][0]._.assertion["assertion"] for d in docs]

    assert sum(k == "fact" for k in kinds(FACTS)) >= 5, kinds(FACTS)
    assert sum(k == "opinion" for k in kinds(OPINIONS)) >= 5, kinds(OPINIONS)


def test_shipped_model_is_rebuilt_byte_for_byte(nlp):
    model = train_assertion(featurise(read_labels(ASSERTION_SET / "labels.tsv"), nlp))
    assert model.to_json() == (models_dir() / MODEL_FILE).read_text(encoding="utf-8")
    assert model.meta["documents"] == 220 and model.meta["held_out_macro_f1"] >= 0.7


# One frame, a neutral and an evaluative filler: words a labelled set of a thousand claims may never
# contain still move a claim towards opinion, through the sentiment lexicon.
EVALUATIVE_PAIRS = [
    ("The refurbished pier reopened in June.", "The refurbished pier is magnificent."),
    ("The new tariff took effect on Monday.", "The new tariff is idiotic."),
    ("The council's reply ran to four pages.", "The council's reply was pathetic."),
    ("The orchestra played Brahms on Friday.", "The orchestra played Brahms gloriously on Friday."),
    ("The mayor's plan covers six districts.", "The mayor's plan is a hopeless muddle."),
]


def test_evaluative_words_raise_the_probability_of_opinion(nlp):
    from claimscope.components.assertion import AssertionKind

    kind = AssertionKind()

    def p(text):
        return kind.probability(nlp(text).spans["claims"][0])

    assert all(p(evaluative) > p(neutral) + 0.05 for neutral, evaluative in EVALUATIVE_PAIRS), \
        [(round(p(a), 2), round(p(b), 2)) for a, b in EVALUATIVE_PAIRS]


@pytest.mark.parametrize("text,attribution,asserted", [
    ("The mayor said the plan was a disaster.", {"claim_type": "sourced", "speaker": "The mayor", "cue": "said"},
     "the plan was a disaster."),
    ('“It is a scandal,” said Ms Oduya.', {"claim_type": "sourced", "speaker": "Ms Oduya", "cue": "said",
                                          "quote": "It is a scandal,"}, "It is a scandal,"),
    ("The plan was a disaster.", {"claim_type": "editorial"}, "The plan was a disaster."),
])
def test_what_a_claim_asserts(text, attribution, asserted):
    from claimscope.components.assertion import asserted_text

    assert asserted_text(text, attribution) == asserted
