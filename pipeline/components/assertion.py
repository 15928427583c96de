"""Fact, opinion or question: what kind of assertion each claim makes.

A question is read from the text (it ends in a question mark). Between fact (a checkable statement of
events, numbers or states) and opinion (evaluation, interpretation, prediction, recommendation) a
logistic model decides, as the attribution decision does: features of the claim (editorial markers,
modals, future tense, first and second person, imperatives, comparison, evaluative predicates, numbers,
dates and names, tense, the attribution's cue class, the sentiment strength of what the claim asserts, and
words) and weights that are data in `models/assertion_model.json`. For a sourced claim the content reported
is what is judged; its cue and quote are features. Sets `span._.assertion` on every claim:
{"assertion": ..., "confidence": ...}.

>>> assertion_of_text("Who pays for this?")
'question'
"""


import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .decision import LinearModel, load_model
from .rulefiles import RuleFiles
from .sentences import claim_spans
from .util import doc_cache, markers_in, span_text, starting_in

MODEL_FILE = "assertion_model.json"
# Word features weigh as much as the others: evaluative vocabulary is much of what tells opinion from fact
# (chosen by held-out macro-F1 on the labelled claims, with REGULARISATION in assertion_training).
LEXICAL = 1.0
MODALS = frozenset({"should", "must", "ought", "will", "would", "could", "may", "might", "can", "shall", "need"})
FUTURE = frozenset({"will", "'ll", "’ll", "shall"})
NUMERIC = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"})
FIRST = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})
WORD_POS = frozenset({"ADJ", "ADV", "VERB", "NOUN", "AUX"})
CLOSERS = "\"”’')]»"
OPENER_OF = {"”": "“", "’": "‘", "»": "«", ")": "(", "]": "["}
# A quoted question and then its cue, a few words on: "“Is this fair?” the mayor asked."
REPORTED_QUESTION = re.compile(r"\?[\"”’»]\s*,?\s*(?:[\w.’']+\s+){1,4}(?:asked|asks|wondered|wonders|said|says)\b",
                               re.I)


@cache
def _sentiment_analyser():
    # VADER's lexicon rates 7,500 words and idioms by valence: evaluative vocabulary far beyond what a
    # few thousand labelled claims teach, so opinions with words the training set never saw still score.
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def sentiment_strength(text: str) -> float:
    """How strongly a text evaluates, 0 (neutral) to 1: VADER's compound valence, sign dropped.

    >>> sentiment_strength("The council met on Tuesday."), sentiment_strength("The plan is a disgrace.") > 0.4
    (0.0, True)
    """
    return abs(_sentiment_analyser().polarity_scores(text)["compound"])


def asserted_text(text: str, attribution: dict | None) -> str:
    """What a claim asserts: a sourced claim's quote, or its text less the speaker and the cue; an
    editorial claim's whole text.

    >>> asserted_text("The mayor said the plan was a disaster.",
    ...               {"claim_type": "sourced", "speaker": "The mayor", "cue": "said", "quote": ""})
    'the plan was a disaster.'
    """
    if not attribution or attribution.get("claim_type") != "sourced":
        return text
    if attribution.get("quote"):
        return attribution["quote"]
    for said in (attribution.get("speaker"), attribution.get("cue")):
        if said:
            text = text.replace(said, " ", 1)
    return " ".join(text.split())


def assertion_of_text(text: str) -> str | None:
    """`question` when a claim asks (its last mark before closing quotes is "?"), else None.

    >>> assertion_of_text("“Is this fair?” she asked."), assertion_of_text("Prices rose.")
    ('question', None)
    """
    if text.rstrip().rstrip(CLOSERS).rstrip().endswith("?"):
        return "question"
    # "“Is this fair?” she asked.": the content reported is a question.
    return "question" if REPORTED_QUESTION.search(text) else None


def asks(sent: Span) -> bool:
    """Whether a claim is a question: its text asks, and a question closing it in quotes is what the
    claim reports, not an aside to a statement of its own ("Critics were scathing, with one poster
    writing "How can anyone defend this?"" states that critics were scathing).

    >>> from claimscope.api import load
    >>> nlp = load()
    >>> asks(nlp('She asked: "Why now?"')[:]), asks(nlp('Sales fell, with one analyst asking "Why now?"')[:])
    (True, False)
    """
    text = span_text(sent)
    if assertion_of_text(text) != "question":
        return False
    text = text.rstrip()
    body = text.rstrip(CLOSERS).rstrip()
    if body == text or REPORTED_QUESTION.search(text):
        return True  # a question of the claim's own, or "“Is this fair?” she asked."
    closer = text[len(body):].lstrip()[0]
    opened = body.rfind(OPENER_OF.get(closer, closer))
    if opened <= 0:
        return True
    start = sent.start_char + opened
    quoted = [t for t in sent if t.idx > start and not (t.is_punct or t.is_space)]
    before = [t for t in sent if t.idx < start and not (t.is_punct or t.is_space)]
    if not quoted or not before:
        return True
    # Where the quote hangs: the verb that introduces it ("writing" in "with one poster writing "How can
    # ...?"") and the head of its largest piece. It is an aside when one sits in an adverbial clause.
    outside = [t for t in quoted if t.head.idx < start]
    hangs = [max(outside, key=lambda t: sum(1 for d in t.subtree if d.idx > start)).head] if outside else []
    if before[-1].pos_ == "VERB":
        hangs.append(before[-1])
    return not any(in_aside(t) for t in hangs)


def in_aside(token: Token) -> bool:
    """Whether a verb is in an aside of its sentence: an absolute participle ("one poster writing"), a "with"
    clause ("with one analyst asking"), an unmarked participial clause ("prompting a resident to shout"); not a
    clause of time or manner ("as the minister asked", "before asking"), whose question the claim reports."""
    if token.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in token.children) and not any(
            c.dep_ == "aux" for c in token.children):
        return True
    while token.dep_ != "ROOT" and token.head != token:
        if token.dep_ == "pcomp":
            return token.head.lower_ == "with"
        if token.dep_ == "advcl":
            return not any(c.dep_ == "mark" for c in token.children)
        if token.dep_ in ("npadvmod", "acl"):
            return True
        token = token.head
    return False


def assertion_features(sent: Span, attribution: dict | None = None) -> dict[str, float]:
    """The features of one claim (a sentence Span) for the fact/opinion model."""
    f: dict[str, float] = {}
    doc = sent.doc
    for m in markers_in(sent):
        f[f"marker:{m.kind}"] = 1.0
    toks = [t for t in sent if not (t.is_punct or t.is_space)]
    n = max(1, len(toks))
    adjectives = 0
    for t in toks:
        low = t.lower_
        if t.tag_ == "MD" or (low in MODALS and t.dep_ == "aux"):
            f[f"modal:{t.lemma_.lower()}"] = 1.0
        going_to = low == "going" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to"
        if low in FUTURE or going_to:
            f["future"] = 1.0
        if low in FIRST:
            f["first_person"] = 1.0
        if low in ("you", "your"):
            f["second_person"] = 1.0
        if t.dep_ == "neg":
            f["negation"] = 1.0
        if t.tag_ in ("JJR", "RBR"):
            f["comparative"] = 1.0
        if t.tag_ in ("JJS", "RBS"):
            f["superlative"] = 1.0
        if t.pos_ == "ADJ":
            adjectives += 1
        if t.dep_ == "acomp" and t.pos_ == "ADJ" and t.head.lemma_ == "be":
            f["evaluative_predicate"] = 1.0
        if t.like_num:
            f["number"] = 1.0
        if t.pos_ in WORD_POS and t.is_alpha:
            f[f"word:{t.lemma_.lower()}"] = LEXICAL
    labels = doc_cache(doc, "ent_labels", lambda d: [(e.start, e.label_) for e in d.ents])
    for _, label in starting_in(labels, sent.start, sent.end):
        if label in NUMERIC:
            f["number"] = 1.0
        elif label in ("DATE", "TIME"):
            f["date"] = 1.0
        elif label in NAMES:
            f["name"] = min(3.0, f.get("name", 0.0) + 1.0)
    f["adjective_share"] = min(1.0, 4 * adjectives / n)
    root = sent.root
    f[f"root_tag:{root.tag_}"] = 1.0
    if toks and root.tag_ == "VB" and root.i == toks[0].i:
        f["imperative"] = 1.0  # "Say no to the bid."
    if span_text(sent).rstrip().endswith("!"):
        f["exclamation"] = 1.0
    f[f"length:{min(4, n // 10)}"] = 1.0
    f["sentiment"] = sentiment_strength(asserted_text(span_text(sent), attribution))
    if attribution:
        f[f"claim_type:{attribution.get('claim_type', '')}"] = 1.0
        if attribution.get("cue_kind"):
            f[f"cue_kind:{attribution['cue_kind']}"] = 1.0
        if attribution.get("quote"):
            f["quoted"] = 1.0
    return f


@Language.factory("claimscope_assertion", default_config={"models": None, "trained": True},
                  requires=["doc.spans", "span._.attribution"], assigns=["span._.assertion"])
def make_assertion(nlp: Language, name: str, models: str | None, trained: bool) -> "AssertionKind":
    """Factory: fact / opinion / question for every claim (`trained=False`: every probability 0.5)."""
    return AssertionKind(models, trained)


class AssertionKind(RuleFiles):
    """Sets `span._.assertion` ({"assertion": fact/opinion/question, "confidence": P(right)}) on every claim."""

    def __init__(self, models: str | None = None, trained: bool = True):
        self.trained = trained
        self.rule_files = (MODEL_FILE,) if trained else ()
        super().__init__(models)

    def load(self, models: str | None) -> None:
        self.model = load_model(models, MODEL_FILE) if self.trained else LinearModel(0.0, {})
        # How often the question rule is right, measured when the model was trained.
        self.question_confidence = float(self.model.meta.get("question_precision", 0.95))

    def __call__(self, doc: Doc) -> Doc:
        self.ensure_loaded()
        for sent in claim_spans(doc):
            sent._.assertion = self.decide(sent)
        return doc

    def probability(self, sent: Span) -> float:
        """P(opinion) of one claim."""
        self.ensure_loaded()
        return self.model.probability(assertion_features(sent, sent._.attribution))

    def decide(self, sent: Span) -> dict:
        if asks(sent):
            return {"assertion": "question", "confidence": round(self.question_confidence, 3)}
        p = self.probability(sent)
        return {"assertion": "opinion", "confidence": round(p, 3)} if p >= 0.5 else \
            {"assertion": "fact", "confidence": round(1 - p, 3)}
