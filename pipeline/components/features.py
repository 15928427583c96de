"""Features of a claim for the attribution decision: what its candidates are, and what surrounds them.

Every feature is a name with a value (binary features have 1.0), so the decision model stays a readable
table of weights. Names are `group:value` (`cue:say`, `speaker:person`, `rule:quote:cue`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..records import Attribution
from .citations import CITATION, year_cited
from .lexicon import Lexicon
from .proposal import ClaimContext
from .quotes import GIVEN_AFTER
from .syntax import PERCEPTION_VERBS
from .util import doc_text, span_text

# Words that make a subject generic or hypothetical ("Some might wonder", "Nobody claims", "anyone").
QUOTE_MARKS = "\"“”«»„"
# Value of word features (cue lemma, neighbouring words): below 1 so that, under the same L2 penalty, the
# model leans on them less than on the construction features, which carry over to unseen words.
LEXICAL = 0.3


def _bin(value: float, edges: tuple[float, ...], names: tuple[str, ...]) -> str:
    """The name of the bin a value falls in: `names[i]` for the first edge it is below."""
    for edge, name in zip(edges, names, strict=False):
        if value < edge:
            return name
    return names[-1]


def _cue_features(tok: Token, prefix: str, lex: Lexicon) -> dict[str, float]:
    """The cue's lemma and the words beside it (scaled down: see LEXICAL), a modal of possibility on it
    ("might say"; "would say" reports) and its negation."""
    doc = tok.doc
    feats = {f"{prefix}lemma:{tok.lemma_.lower()}": LEXICAL}
    if tok.i > 0:
        feats[f"{prefix}w-1:{doc[tok.i - 1].lower_}"] = LEXICAL
    if tok.i + 1 < len(doc):
        feats[f"{prefix}w+1:{doc[tok.i + 1].lower_}"] = LEXICAL
    if any(c.dep_ == "aux" and c.lower_ in lex.hypothetical_modals for c in tok.children):
        feats[f"{prefix}modal"] = 1.0
    if any(c.dep_ == "neg" for c in tok.children):
        feats[f"{prefix}negated"] = 1.0
    return feats


def _speaker_features(att: Attribution, ctx: ClaimContext, lex: Lexicon) -> dict[str, float]:
    cue = ctx.own_cue or ctx.quote_cue
    feats = {f"speaker:{att.speaker_type or 'none'}": 1.0}
    if cue is not None and cue.speaker.token >= 0:
        head = ctx.sent.doc[cue.speaker.token]
        if head.pos_ == "PRON":
            feats["speaker_pronoun"] = 1.0
        addressee = head.lower_ == "you" and not cue.hypothetical  # "You have told us that": the audience
        if head.lower_ in lex.generic_subjects and not addressee or any(c.lower_ in ("no", "any") and c.dep_ == "det"
                                                                        for c in head.children):
            feats["speaker_generic"] = 1.0
    return feats


def _sentence_features(sent: Span, lex: Lexicon) -> dict[str, float]:
    text = span_text(sent).strip().rstrip(QUOTE_MARKS + "’' )")
    feats: dict[str, float] = {}
    if text.endswith("?"):
        feats["question"] = 1.0
    if text.endswith("!"):
        feats["exclamation"] = 1.0
    root = sent.root
    if root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in root.children):
        feats["imperative"] = 1.0
    # The subject of a verb of perception reports what it heard, not its own view ("We heard X say that").
    if any(t.lower_ in lex.first_person for t in sent if t.dep_ in ("nsubj", "nsubjpass")
           and t.head.lemma_.lower() not in PERCEPTION_VERBS):
        feats["first_person_subject"] = 1.0
    if CITATION.search(span_text(sent)):
        feats["citation"] = 1.0  # "... fewer than seven (Amundsen, 2016).", "Coase [13] argues"
    if any(t.dep_ in ("nsubj", "nsubjpass") and year_cited(t) for t in sent):
        feats["cited_subject"] = 1.0  # "Fishkin et al. (2021) report that": the cited work says it
    return feats


def _quote_features(ctx: ClaimContext, lex: Lexicon) -> dict[str, float]:
    if ctx.quote is None:
        return {"quote:none": 1.0}
    words = ctx.quote_text.split()
    feats = {"quote_share:" + _bin(ctx.quote_share, (0.3, 0.8), ("low", "mid", "high")): 1.0,
             "quote_words:" + _bin(len(words), (4, 8, 16), ("1-3", "4-7", "8-15", "16+")): 1.0}
    if not ctx.quote.closed:
        feats["quote_open"] = 1.0
    if ctx.quote.start < ctx.sent.start_char - 1:
        feats["quote_run"] = 1.0  # the quote began in an earlier sentence
    if ctx.quote_cue is not None:
        feats["quote_has_cue"] = 1.0
        if ctx.quote_leads:
            feats["quote_leads"] = 1.0  # '"Not in our name," the marchers shouted': the quote, then who said it
    if any(w.lower().strip(",.;:!?\"“”") in lex.first_person for w in words):
        feats["quote_first_person"] = 1.0
    if words and words[0][:1].isupper():
        feats["quote_capitalised"] = 1.0
    cue = ctx.quote_cue or ctx.own_cue
    if cue is not None and cue.token.idx < ctx.quote.start and GIVEN_AFTER.fullmatch(
            doc_text(ctx.sent.doc)[cue.token.idx + len(cue.token): ctx.quote.start - 1]):
        feats["quote_given_after_cue"] = 1.0  # 'She said: "No."', 'had written a single word: "Yes."'
    return feats


def claim_features(ctx: ClaimContext, proposal: Attribution, lex: Lexicon,
                   prev: Attribution | None = None, nxt: Attribution | None = None) -> dict[str, float]:
    """The feature dict of one claim, from its context, the rules' proposal, and its neighbours' proposals.

    The neighbours' proposals stand in for their decisions, so training sees what prediction sees.
    """
    base, _, framed = proposal.rule.partition("+")
    feats: dict[str, float] = {f"rule:{base}": 1.0}
    if proposal.claim_type == "sourced":
        feats["candidate_sourced"] = 1.0  # shared by every sourced reading, so rare ones start from it
    if framed:
        feats["framed"] = 1.0
    cue = ctx.own_cue
    # (not the hedge that is the cue itself: "is reportedly preparing" is a report, not the author's stance)
    if any(cue is None or m.lower() != cue.text.lower() for m in ctx.markers):
        feats["editorial_marker"] = 1.0
    if cue is not None:
        feats[f"cue_kind:{cue.kind}"] = 1.0
        feats[f"via:{cue.via}"] = 1.0
        feats.update(_cue_features(cue.token, "cue_", lex))
        if cue.first_person:
            feats["cue_first_person"] = 1.0
        if cue.content is None:
            feats["cue_no_content"] = 1.0
        if len(ctx.cues) > 1:
            feats["several_cues"] = 1.0
    elif ctx.quote_cue is not None:
        feats[f"quote_via:{ctx.quote_cue.via}"] = 1.0
    feats.update(_speaker_features(proposal, ctx, lex))
    feats.update(_quote_features(ctx, lex))
    feats.update(_sentence_features(ctx.sent, lex))
    loose = {lex.cue_kind(t.lemma_) for t in ctx.sent if t.pos_ == "VERB" and lex.cue_kind(t.lemma_)}
    for kind in loose:
        feats[f"verb_in_sentence:{kind}"] = 1.0  # a reporting verb the candidates did not take up
    for name, other in (("prev", prev), ("next", nxt)):
        if other is not None:
            feats[f"{name}:{other.claim_type}"] = 1.0
            if other.attribution == "direct_quote":
                feats[f"{name}:quote"] = 1.0
    return feats
