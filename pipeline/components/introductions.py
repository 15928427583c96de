"""Quotes introduced without a cue verb: a sentence that introduces the quote after it ("The minister was blunt.
“We are done here.”") and a short label between them ("Some excerpts:")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..records import Quote
from .cue import VOICES, Cue, best_cue
from .cue_tests import about_speaking, point_source
from .lexicon import Lexicon
from .speakers import Speaker, SpeakerResolver
from .util import doc_text

# The words of a label that hands a quote to the speaker before it ("Some excerpts:", "In full:", "His words:").
LABEL_WORDS = frozenset({"some", "an", "a", "the", "two", "three", "several", "key", "brief", "more", "further", "in",
                         "full", "his", "her", "here", "is", "are", "follow", "follows", "from", "speech", "address",
                         "statement", "excerpt", "excerpts", "extract", "extracts", "highlight", "highlights",
                         "passage", "passages", "words", "remarks", "text", "transcript"})


def introduction(lex: Lexicon, prv: Span, q: Quote, resolver: SpeakerResolver,
                 label: Span | None = None) -> Cue | None:
    """A sentence that introduces the quote right after it with no cue verb ("The minister was
    blunt. “We are done here.”"): a person or body as its subject, nothing quoted of its own; `label`, a
    short label between them ("Some excerpts:")."""
    doc = prv.doc
    gap = doc_text(doc)[prv.end_char: label.start_char if label is not None else q.start]
    # The quote may open the next paragraph ("Dr. X addressed the board.\n\n“Our ...").
    if len(gap.strip(" \t\n“\"«„‘'")) or not prv.text.rstrip().endswith((".", ":")):
        return None
    root = prv.root
    if (source := point_source(root, lex)) is not None and resolver.can_speak(source):
        return Cue(root, "", "neutral", "quote", resolver.describe(source, root.i), distance=len(gap),
                   via="introduction")  # "The same point is made in Clements v Clements."
    if "\n" in gap and not prv.text.rstrip().endswith(":") and not about_speaking(prv, lex):
        return None  # across a paragraph break, only a sentence about speaking or writing
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and root.tag_ == "NNS" and len(prv) <= 6:
        # "Aasen laughs.", "The mayor shrugs." taken for a noun phrase: the name or person before the verb
        subj = next((c for c in root.children if c.dep_ == "compound" and (
            c.is_title and all(t.is_title or t.is_punct or t.i == root.i for t in prv)
            or lex.speaker_nouns.get(c.lemma_.lower()) in ("person", "anonymous"))), None)
    poss = next((c for c in subj.children if c.dep_ == "poss"), None) if subj is not None else None
    if poss is not None and subj.lemma_.lower() in lex.content_nouns:
        subj = poss  # "His answer was characteristically dry. “...”": the answer's owner speaks
    if subj is None or not resolver.can_speak(subj) or any(t.text in "“”\"" for t in prv):
        return None
    speaker = resolver.describe(subj, root.i)
    named = subj.pos_ == "PROPN" or any(c.dep_ == "appos" and c.ent_type_ for c in subj.children)
    if not named and subj.is_title and (person := resolver.person_named(subj)) is not None:
        named, speaker = True, Speaker(subj.text, person._.canonical or person.text, "person", subj.i)  # "Aasen"
    # A document too, when the sentence ends by opening the quote ("The consortium's letter went further:")
    opened = prv.text.rstrip()[-1] == ":"
    if not named and speaker.type not in VOICES and not (speaker.type == "document" and opened):
        return None
    return Cue(root, "", "neutral", "quote", speaker, distance=len(gap), via="introduction")


def in_adverbial(tok: Token) -> bool:
    """Whether a cue stands in an adverbial clause of its sentence's main verb ("When I ask why, she laughs"),
    not in the main clause, so that a quote after the sentence is not its speaker's.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="When I ask , she laughs".split(), heads=[2, 2, 5, 5, 5, 5],
    ...           deps=["advmod", "nsubj", "advcl", "punct", "nsubj", "ROOT"])
    >>> in_adverbial(doc[2]), in_adverbial(doc[5])
    (True, False)
    """
    while tok.dep_ not in ("ROOT", "advcl") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.i < tok.i for c in tok.children)


def label_after(lex: Lexicon, sents: list[Span], k: int, cues: dict[int, list[Cue]],
                resolver: SpeakerResolver) -> Cue | None:
    """The speaker of a short label before a quote ("Some excerpts:", "Highlights:"): the cue or the
    introduction of the sentence before it in the same paragraph ("Farrukh spoke for ten minutes.")."""
    label, before = sents[k], sents[k - 1] if k > 0 else None
    if before is None or "\n" in doc_text(label.doc)[before.end_char: label.start_char] or not all(
            t.is_punct or t.lower_ in LABEL_WORDS for t in label):
        return None  # not a label naming its own source ("The Post's verdict:", "My reply:", "Then a heckler:")
    return best_cue(cues[before.start]) or introduction(lex, before, Quote(label.start_char, label.end_char),
                                                             resolver, label)


# The words a sentence after a quote opens on when it credits the quote ("That was ...", "So said ...").
CREDIT_OPENERS = frozenset({"that", "those", "this", "these", "such", "so"})


def credit_after(lex: Lexicon, nxt: Span, q: Quote, resolver: SpeakerResolver) -> Cue | None:
    """The sentence right after a quote that credits it to its speaker ("That was the promise Mayor Okafor made
    on Monday.", "So said coach Dana Wills.", "Those were the words of the minister.")."""
    doc = nxt.doc
    if doc_text(doc)[q.end: nxt.start_char].strip(" \t\n”\"’»'") or nxt[0].lower_ not in CREDIT_OPENERS:
        return None
    root, subj = nxt.root, None
    if nxt[0].lower_ == "so" and nxt[0].head.i == root.i and lex.cue_kind(root.lemma_):
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)  # "So said coach Dana Wills"
    elif root.lemma_ == "be" and nxt[0].head.i == root.i:
        # "That was the promise X made", "Such was the verdict of the board" (the verdict its subject)
        said = next((c for c in root.children if c.dep_ in ("attr", "nsubj") and c.i != nxt[0].i
                     and c.lemma_.lower() in lex.content_nouns), None)
        owners = [g for c in (said.children if said is not None else ()) for g in (
            [c] if c.dep_ == "poss" else [x for x in c.children if x.dep_ == "pobj"] if c.dep_ == "prep"
            and c.lower_ in ("of", "from") else [x for x in c.children if x.dep_ == "nsubj"] if c.dep_ == "relcl"
            else [])]
        subj = owners[0] if owners else None  # "the minister's verdict", "the words of", "the warning from"
    if subj is None or not resolver.can_speak(subj):
        return None
    return Cue(root, "", "neutral", "quote", resolver.describe(subj, root.i), distance=nxt.start_char - q.end,
               via="introduction")
