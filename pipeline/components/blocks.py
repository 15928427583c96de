"""Block quotes: a paragraph set off without quotation marks after a reporting sentence that ends with a
colon ("Wieczorek writes:", "Lady Pryce wrote:", "In its statement the ministry said:"). Reviews, judgments
and biographies print long quotations this way; the paragraph is the quote that sentence introduces, as
marks would make it, and its sentences take that speaker.

Only the one paragraph right after the colon is taken, and only when it holds no quotation marks of its
own (a paragraph with its own quote is read as such).
"""

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span

from ..records import Quote

QUOTE_MARKS = frozenset("\"“”«»„")


def _paragraph_break(doc: Doc, start: int, end: int) -> bool:
    return "\n" in doc.text[start:end]


def block_quotes(doc: Doc, sents: Sequence[Span], reports: Callable[[Span, Quote], bool],
                 quotes: Sequence[Quote] = ()) -> list[Quote]:
    """The block quotes of a Doc: for each sentence that ends its paragraph with a colon and `reports` the
    paragraph after it (has a cue, or a speaker that introduces it), that paragraph, when it has no
    quotation marks and no quote runs into it.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <...>
    >>> doc = nlp("The judge wrote:\\n\\nThe appeal fails. It is dismissed.\\n\\nThat ends it.")
    >>> sents = list(doc.sents)
    >>> [doc.text[q.start:q.end] for q in block_quotes(doc, sents, lambda s, q: s.text.startswith("The judge"))]
    ['The appeal fails. It is dismissed.']
    """
    found = []
    for k, sent in enumerate(sents[:-1]):
        nxt = sents[k + 1]
        if not sent.text.rstrip().endswith(":") or not _paragraph_break(doc, sent.end_char, nxt.start_char):
            continue
        last = k + 1
        while last + 1 < len(sents) and not _paragraph_break(doc, sents[last].end_char, sents[last + 1].start_char):
            last += 1
        block = Quote(nxt.start_char, sents[last].end_char)
        if QUOTE_MARKS & set(doc.text[block.start:block.end]) or any(q.start < block.end and block.start < q.end
                                                                     for q in quotes):
            continue
        if reports(sent, block):
            found.append(block)
    return found


def with_blocks(quotes: Sequence[Quote], blocks: Sequence[Quote]) -> list[Quote]:
    """The quotes and the block quotes in one list, in order (they never overlap: a block holds no marks).

    >>> [(q.start, q.end) for q in with_blocks([Quote(0, 5), Quote(40, 50)], [Quote(10, 30)])]
    [(0, 5), (10, 30), (40, 50)]
    """
    return sorted([*quotes, *blocks], key=lambda q: q.start)
