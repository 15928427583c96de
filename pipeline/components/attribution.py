"""Attribution: tag each sentence as a sourced or an editorial claim, with speaker, cue and quote.

Three steps, each its own module: candidates (`candidates.py`: every cue and quote that could carry a
source, with its speaker from `speakers.py`), the rules' reading of them (`proposal.py`) and features
(`features.py`), and a trained decision (`decision.py`: a logistic model whose weights are data in
`models/`). `claim_type` follows the model; `confidence` is its calibrated probability of being right;
`rule` names the candidate that decided (`overruled:` when the model went against the rules' reading).
"""


from dataclasses import replace
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..records import Attribution, Quote
from .blocks import block_quotes, colon_speaker, opens_with_clause, utterance_speaker, with_blocks
from .candidates import CueFinder
from .cue import best_cue
from .decision import MODEL_FILE, LinearModel, load_model
from .extensions import CLAIMS
from .features import claim_features
from .interviews import answers, interviewee
from .lexicon import LEXICON_FILES, load_lexicon
from .proposal import ClaimContext, claim_context, from_cue, propose, reporting_within
from .quotes import find_quotes, near, outermost, quoted
from .rulefiles import RuleFiles
from .sentences import claim_spans
from .speakers import SpeakerResolver
from .util import doc_text


class Reading(NamedTuple):
    """One sentence as the decision sees it: its features, the rules' reading, and the sourced reading
    to fall back on when the model overturns an editorial one."""

    sent: Span
    features: dict[str, float]
    proposal: Attribution
    alternative: Attribution


@Language.factory("claimscope_attribution", assigns=["span._.attribution", "doc.spans"],
                  requires=["token.dep", "token.lemma", "doc.ents", "doc.sents"],
                  default_config={"models": None, "trained": True})
def make_attribution(nlp: Language, name: str, models: str | None, trained: bool) -> "Attributor":
    """Factory: the attribution component, configured from the models folder. `trained=False` builds it
    without the decision model (every probability 0.5), for training one: readings do not depend on it."""
    return Attributor(models, trained)


class Attributor(RuleFiles):
    """Sets `span._.attribution` (the fields of an Attribution) on every claim sentence, and
    `doc.spans["claims"]` (the claims labelled `sourced` or `editorial`)."""

    def __init__(self, models: str | None = None, trained: bool = True):
        self.trained = trained
        self.rule_files = LEXICON_FILES + ((MODEL_FILE,) if trained else ())
        super().__init__(models)

    def load(self, models: str | None) -> None:
        self.lex = load_lexicon(models)
        self.model = load_model(models) if self.trained else LinearModel(0.0, {})
        self.finder = CueFinder(self.lex)

    def __call__(self, doc: Doc) -> Doc:
        self.ensure_loaded()
        set_attributions(doc, [(r.sent, decide(r, self.model)) for r in self.readings(doc)])
        return doc

    def readings(self, doc: Doc) -> list[Reading]:
        """Every sentence's Reading: candidates, the rules' proposal and the features."""
        self.ensure_loaded()
        # claimscope_quotes sets doc._.quotes; standalone use finds them here.
        quotes = [Quote(*q) for q in doc._.quotes or ()] or outermost(find_quotes(doc_text(doc)))
        sents = claim_spans(doc)
        resolver = SpeakerResolver(doc, self.lex, quotes)
        answered = answers(doc, resolver.persons)  # an interview's answers ("A: ...", "Ramanathan: ...")
        resolver.addressee = resolver.addressee or interviewee(doc, answered)  # "Q: You told the committee that"
        cues = {s.start: self.finder.find_cues(s, quotes, resolver) for s in sents}
        # Only a cue whose content is what the colon opens ("Wieczorek writes:", "the Church denied these
        # allegations:"), not one with a clause of its own ("The mayor said the plan has three parts:"), in an
        # aside or a relative clause, nor a sentence that only ends with a colon.
        blocks = block_quotes(doc, sents, lambda s, q: any(
            c.via == "colon" or (c.via in ("speech_act", "object") and c.token.i == s.root.i
                                 and opens_with_clause(doc, q)) for c in cues[s.start]) or (
            not cues[s.start] and opens_with_clause(doc, q) and self.finder.introduction(s, q, resolver) is not None),
            quotes)  # ... or a speaker introduces it with no cue ("He went on:")
        if blocks or answered:  # a block quote's sentences are quoted: their cue words are the quoted speaker's
            # A scare quote inside a block or an answer is part of it.
            quotes = resolver.quotes = outermost([*quotes, *blocks, *(a for a, _ in answered)])
            blocks = with_blocks(blocks, [a for a, _ in answered])
            for s in sents:
                if quoted(s.start_char, blocks):
                    cues[s.start] = self.finder.find_cues(s, quotes, resolver)
        quote_speakers = self.finder.quote_speakers(doc, sents, quotes, cues, resolver)
        quote_speakers.update({a.start: cue for a, cue in answered})
        for s in sents:  # 'JIM CARVER, candidate, at a rally: "..."': the fragment before the colon
            for q in near(quotes, s.start_char, s.end_char):
                if quote_speakers.get(q.start) is None and q.start > s.start_char:
                    quote_speakers[q.start] = colon_speaker(s, q, resolver) or utterance_speaker(s, q, resolver)
        contexts = [claim_context(s, quotes, cues[s.start], quote_speakers) for s in sents]
        proposals = [self.with_nested(c, propose(c, self.lex), resolver) for c in contexts]
        out = []
        for i, (ctx, prop) in enumerate(zip(contexts, proposals, strict=True)):
            prev = proposals[i - 1] if i > 0 else None
            nxt = proposals[i + 1] if i + 1 < len(proposals) else None
            feats = claim_features(ctx, prop, self.lex, prev, nxt)
            out.append(Reading(ctx.sent, feats, prop, sourced_reading(ctx, prop)))
        return out


    def with_nested(self, ctx: ClaimContext, att: Attribution, resolver: SpeakerResolver) -> Attribution:
        """A quotation's own report of someone else ("“The Met Office estimated that ...,” she said"): its
        speaker is the quoted speaker's source, `nested_speaker`."""
        if att.claim_type != "sourced" or att.nested_speaker or ctx.quote is None:
            return att
        inner = self.finder.find_cues(ctx.sent, [], resolver)  # the cue words inside the quotation too
        cue = best_cue(reporting_within(inner, (ctx.quote.start, ctx.quote.end)))
        name = cue.speaker.canonical if cue is not None else ""  # resolved only
        return replace(att, nested_speaker=name) if name and name != (att.speaker_canonical or att.speaker) else att


def set_attributions(doc: Doc, decided: list[tuple[Span, Attribution]]) -> None:
    """Store decisions as plain values: each claim's fields in `span._.attribution`, and the claims as
    `doc.spans["claims"]` labelled with their claim_type."""
    for sent, att in decided:
        sent._.attribution = dict(vars(att))  # its fields are strings and numbers: asdict's deep copy buys nothing
    doc.spans[CLAIMS] = [Span(doc, s.start, s.end, label=att.claim_type) for s, att in decided]


def attribution_of(span: Span) -> Attribution | None:
    """A claim span's Attribution, or None before attribution ran.

    >>> import spacy
    >>> doc = spacy.blank("en")("Talks failed, he said.")
    >>> set_attributions(doc, [(doc[:], Attribution("sourced", "indirect", speaker="he"))])
    >>> attribution_of(doc.spans["claims"][0]).speaker, doc.spans["claims"][0].label_
    ('he', 'sourced')
    """
    data = span._.attribution
    return Attribution(**data) if data is not None else None


def sourced_reading(ctx: ClaimContext, proposal: Attribution) -> Attribution:
    """The attribution a sentence gets when the model finds it sourced: the proposal when that is
    sourced, else the nearest candidate's, else a source the text does not name."""
    if proposal.claim_type == "sourced":
        return proposal
    cue = next((c for c in (ctx.own_cue, ctx.quote_cue) if c is not None
                and not (c.first_person or c.hypothetical)), None)
    form = "direct_quote" if ctx.quote is not None else "indirect"
    if cue is not None:
        content = ctx.quote_text or (cue.content.text if cue.content is not None else "")
        return from_cue(cue, "according_to" if cue.form == "according_to" else form, content, proposal.rule)
    return Attribution("sourced", form, speaker_type="unknown", quote=ctx.quote_text, rule=proposal.rule)


def decide(reading: Reading, model: LinearModel) -> Attribution:
    """The final Attribution: the model's claim_type, with its probability of being right."""
    p = model.probability(reading.features)
    prop = reading.proposal
    if p >= 0.5:
        att = reading.alternative
        rule = att.rule if prop.claim_type == "sourced" else f"overruled:{prop.rule}"
        return replace(att, confidence=round(p, 3), rule=rule)
    rule = prop.rule if prop.claim_type == "editorial" else f"overruled:{prop.rule}"
    return Attribution(quote=prop.quote, confidence=round(1 - p, 3), rule=rule)
