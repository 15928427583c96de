"""Quotes a colon introduces without a cue verb.

Block quotes: a paragraph set off without quotation marks after a reporting sentence that ends with a
colon ("Wieczorek writes:", "Lady Pryce wrote:", "In its statement the ministry said:"). Reviews, judgments
and biographies print long quotations this way; the paragraph is the quote that sentence introduces, as
marks would make it, and its sentences take that speaker.

Only the one paragraph right after the colon is taken, and only when it holds no quotation marks of its
own (a paragraph with its own quote is read as such).

A quote after a colon inside its sentence, with no cue verb: its speaker is the one the words before the
colon are about, a name heading the fragment ("JIM CARVER, Republican Senate candidate, at a rally in
Dayton: "..."", a fact check's claim line) or the subject of its clause ("Wieczorek ends the book with a
line that is characteristically confident: "..."").
"""

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from ..records import Quote
from .cue import VOICES, Cue
from .proposal import quoted_sentence
from .quotes import near
from .sentences import TRAILING_CREDIT, block_credit
from .speakers import SpeakerResolver
from .syntax import subject
from .util import doc_text, span_text

QUOTE_MARKS = frozenset("\"“”«»„")
# A letter's heading, its place and date alone on a line: "Camp near Fredericksburg, Dec. 14th 1862".
LETTER_HEADING = re.compile(r"[A-Z][^.!?:;]{0,40}?,? (?:[A-Z][a-z]{2,8}\.? )?\d{1,2}(?:st|nd|rd|th)?,? 1?\d{3}\.?"
                            r"|[A-Z][^.!?:;]{0,40}?, \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?,? 1?\d{3}\.?")
LIST_ITEM = re.compile(r"\s*(?:[-–—•*·]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")


def _paragraph_break(text: str, start: int, end: int) -> bool:
    return "\n" in text[start:end]


def block_quotes(doc: Doc, sents: Sequence[Span], reports: Callable[[Span, Quote], bool],
                 quotes: Sequence[Quote] = ()) -> list[Quote]:
    """The block quotes of a Doc: for each sentence that ends its paragraph with a colon and `reports` the
    paragraph after it (has a cue, or a speaker that introduces it), that paragraph, when it has no
    quotation marks and no quote runs into it.

    >>> import spacy
    >>> text = "The judge wrote:\\n\\nThe appeal fails. It is dismissed.\\n\\nThat ends it."
    >>> doc = spacy.blank("en")(text)
    >>> parts = ("The judge wrote:", "The appeal fails.", "It is dismissed.", "That ends it.")
    >>> sents = [doc.char_span(text.index(p), text.index(p) + len(p)) for p in parts]
    >>> [doc.text[q.start:q.end] for q in block_quotes(doc, sents, lambda s, q: s.text.startswith("The judge"))]
    ['The appeal fails. It is dismissed.']
    """
    found, text = credited_blocks(doc, sents), doc_text(doc)
    for k, sent in enumerate(sents[:-1]):
        nxt = sents[k + 1]
        if not span_text(sent).rstrip().endswith(":") or not _paragraph_break(text, sent.end_char, nxt.start_char):
            continue
        if LIST_ITEM.match(nxt.text):
            continue  # "The plan includes:" and a list of items, not a quotation
        last = k + 1
        if LETTER_HEADING.fullmatch(span_text(nxt).strip()) and last + 1 < len(sents) and _paragraph_break(
                text, nxt.end_char, sents[last + 1].start_char):
            # a letter quoted under its place and date ("Camp near Fredericksburg, Dec. 14th 1862"): its text
            last += 1
            nxt = sents[last]
        while last + 1 < len(sents) and not _paragraph_break(text, sents[last].end_char, sents[last + 1].start_char):
            last += 1
        block = Quote(nxt.start_char, sents[last].end_char)
        credit = TRAILING_CREDIT.search(text, block.start, block.end)
        if credit is not None and credit.end() == block.end:
            block = Quote(block.start, credit.start())  # a stanza's "... turning stay. - Christina Rossetti"
        # A paragraph with a quotation of its own is read as such; a word in scare quotes inside ("She
        # certainly wasn't 'forced' to be there") leaves it a block quote.
        if QUOTE_MARKS & set(text[block.start:block.end]) or any(
                len(text[q.start:q.end].split()) >= 4 for q in near(quotes, block.start, block.end)):
            continue
        if reports(sent, block) and not any(b.start == block.start for b in found):
            found.append(block)
    return sorted(found, key=lambda b: b.start)


def credited_blocks(doc: Doc, sents: Sequence[Span]) -> list[Quote]:
    """The paragraphs of several sentences, without quotation marks, that close on a dash credit: a post or a
    stanza quoted with its source under it ("Our pilot is over. ... Not going back. — @HollisDesignCo")."""
    text, found, first = doc_text(doc), [], 0
    for k, sent in enumerate(sents):
        if k + 1 < len(sents) and not _paragraph_break(text, sent.end_char, sents[k + 1].start_char):
            continue
        start, end = sents[first].start_char, text.find("\n", sent.end_char)
        end = len(text.rstrip()) if end < 0 else end  # the paragraph's end: its last claim leaves the credit out
        first = k + 1
        credit = block_credit(text, start, end)
        # ... not the author's own signature under a paragraph ("See you next Sunday. — Ann Lee")
        if credit is not None and not (doc._.author and doc._.author in credit.group()):
            found.append(Quote(start, credit.start()))
    return found


def opens_with_clause(doc: Doc, block: Quote) -> bool:
    """Whether a block's first sentence has a finite verb: what someone said, not a list of the things they
    rejected ("The council rejected three proposals:" / "A new car park. A bus lane.")."""
    span = doc.char_span(block.start, block.end, alignment_mode="expand")
    first = next(iter(span.sents), None) if span is not None else None
    return first is not None and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in first)


def with_blocks(quotes: Sequence[Quote], blocks: Sequence[Quote]) -> list[Quote]:
    """The quotes and the block quotes in one list, in order (they never overlap: a block holds no marks).

    >>> [(q.start, q.end) for q in with_blocks([Quote(0, 5), Quote(40, 50)], [Quote(10, 30)])]
    [(0, 5), (10, 30), (40, 50)]
    """
    return sorted([*quotes, *blocks], key=lambda q: q.start)


def _may_speak(subj: Token | None, resolver: SpeakerResolver) -> bool:
    """A subject that can be a quote's source: one that can speak, and not the author's own "I" or "we"."""
    return subj is not None and subj.lower_ not in resolver.lex.first_person and resolver.can_speak(subj)


def colon_speaker(sent: Span, q: Quote, resolver: SpeakerResolver) -> Cue | None:
    """The cue-less source of a quote a colon opens inside `sent` (see the module's docstring), or None."""
    doc = sent.doc
    colon = next((t for t in reversed(sent) if t.idx < q.start and t.text == ":"), None)
    text = doc_text(doc)
    if colon is None or text[colon.idx + 1: q.start].strip(" \"“'‘«„") or colon.i == sent.start:
        return None
    if not quoted_sentence(text[q.start: q.end].strip()):
        return None  # 'pointed to the sign: "No Entry For Unauthorised Persons"': a label, not words said
    fragment = doc[sent.start: colon.i]
    root = fragment.root
    subj = subject(root) if root.pos_ in ("VERB", "AUX") else root
    if not _may_speak(subj, resolver):
        # A claim line the parser did not head with its name ("COUNCILLOR RITA VOSS, at the forum:").
        named = [e for e in fragment.ents if e.label_ in ("PERSON", "ORG") and e.start - sent.start <= 3]
        if not named or root.pos_ in ("VERB", "AUX"):
            return None
        subj = named[0].root
    speaker = resolver.describe(subj, root.i)
    if speaker.type not in VOICES:
        return None
    return Cue(root, "", "neutral", "quote", speaker, distance=q.start - colon.idx, via="colon")


def utterance_speaker(sent: Span, q: Quote, resolver: SpeakerResolver) -> Cue | None:
    """The source of a quoted exclamation or question that is the object of a verb of its sentence, cue
    word or not ('The manager screamed "Push up!"', 'Our landlord scrawled "Who pays?" across the bill'):
    the verb's subject."""
    doc = sent.doc
    text = doc_text(doc)[q.start: q.end].rstrip()
    inside = [t for t in sent if q.start <= t.idx < q.end]
    if text[-1:] not in ("?", "!") or not inside:
        return None
    verb = next((t.head for t in inside if not q.start <= t.head.idx < q.end), None)
    if verb is None or verb.pos_ != "VERB":
        return None
    subj = subject(verb)
    if not _may_speak(subj, resolver):
        return None
    return Cue(verb, verb.text, "neutral", "quote", resolver.describe(subj, verb.i), distance=0, via="object")
