"""Find quotations in text: every common mark style, multi-paragraph quotes, unbalanced marks."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Span, Token

from ..records import Quote
from .util import doc_text

# Opening mark -> closing mark. Straight quotes open and close with the same character.
QUOTE_PAIRS = {"“": "”", "«": "»", "‘": "’", '"': '"', "'": "'", "„": "“", "‹": "›", "「": "」", "『": "』"}
# A straight single mark before these is an elision, not a quote ("the '90s", "rock 'n' roll", "'em").
_ELISION = re.compile(r"'(?:\d|(?:n|em|til|cause|cos|tis|twas|bout|round)\b)", re.I)
# Inside an open straight single quote, a mark after "s" or "in" before a word is a possessive or a dropped
# "g" when the quote closes later in its paragraph ("'It's the workers' turn now,' she said").
_INNER_APOSTROPHE = re.compile(r"(?<=s|n)' (?=[a-z])")
_CLOSERS = {v: k for k, v in QUOTE_PAIRS.items() if k != v}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _is_apostrophe(text: str, i: int) -> bool:
    """’ or ' between letters (n’t, Pakistan’s) or after a plural s (states’) is an apostrophe."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or (before in "sS" and after in " ,.;:"))


def _opens(text: str, i: int) -> bool:
    """A straight or single mark opens a quote when it stands before a word, after a space or start."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # `done."He left,"`: a mark glued after a full stop opens a quote when a capital follows and the same
    # mark closes it in the same paragraph (else it is a stray closing mark).
    glued = before in ".!?" and after.isupper() and _closes_in_paragraph(text, i)
    return (before.isspace() or before in "([{—–-:,;/" or i == 0 or glued) and not after.isspace()


def _reopens(text: str, i: int) -> bool:
    """Whether a straight mark after a sentence's end and a space, before a capital, opens a new quote while
    one is open (`since Labor Day. "My husband ...` ) — no closing mark stands after a space — and the same
    mark closes it in the paragraph.

    >>> _reopens('"A day. "My b."', 8), _reopens('"A day. My b."', 13)
    (True, False)
    """
    before = text[:i].rstrip(" ")
    if not (i > 0 and text[i - 1] == " " and before[-1:] in (".", "!", "?") and text[i + 1: i + 2].isupper()):
        return False
    # ... and a mark closes it later in the paragraph, whether or not another reopening comes first
    end = _paragraph_end(text, i)
    return any(text[j - 1] in ".!?," and (j + 1 >= len(text) or not text[j + 1].isalnum())
               for j in range(i + 1, end) if text[j] == text[i])


def _closes_in_paragraph(text: str, i: int) -> bool:
    """Whether the next same mark after `i`, in the same paragraph, is a closing one (not followed by a
    word, or glued to a cue after a comma): `done."He left," she said` and `done."He left,"she said` yes,
    `was 5-4."The mayor left. It is done."He` no.

    >>> _closes_in_paragraph('a."B c," d', 2), _closes_in_paragraph('a."B c."D e', 2)
    (True, False)
    >>> _closes_in_paragraph('a."B c,"she said', 2)
    True
    """
    end = _PARAGRAPH_BREAK.search(text, i)
    j = text.find(text[i], i + 1, end.start() if end else len(text))
    return j != -1 and (j + 1 == len(text) or not text[j + 1].isalnum()
                        or (text[j - 1] in ",!?" and text[j + 1].islower()))


def find_quotes(text: str) -> list[Quote]:
    """Quotations in `text`, outermost first by position; unbalanced marks never raise.

    A quote left open at a paragraph end continues into the next paragraph when that paragraph
    opens with a mark of the same kind; otherwise it ends at the paragraph end (closed=False).

    >>> [(q.start, q.end, q.closed) for q in find_quotes('He said, “We will win.” Then left.')]
    [(10, 22, True)]
    """
    quotes: list[Quote] = []
    stack: list[tuple[str, int]] = []  # (opening mark, content start)
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    b = 0
    i = 0
    n = len(text)
    reopen = ""
    while i < n:
        while b < len(breaks) and i >= breaks[b]:
            if stack and not _continues(text, breaks[b], stack[0][0]):
                for mark, start in reversed(stack):
                    if mark != "'":  # a straight single mark left open is an apostrophe, not a quote
                        quotes.append(Quote(start, _rstrip_pos(text, breaks[b], start), False, len(stack) - 1))
                    stack.pop()
            elif stack:
                reopen = stack[0][0]
            b += 1
        ch = text[i]
        if reopen and not ch.isspace():
            if ch == reopen:  # the mark that reopens a quote running on into this paragraph: not a closer
                reopen = ""
                i += 1
                continue
            reopen = ""
        if ch in _CLOSERS or (ch in QUOTE_PAIRS and QUOTE_PAIRS[ch] == ch):
            closer_of = _CLOSERS.get(ch, ch)
            if ch == '"' and not _has_open(stack, '"') and _has_open(stack, "“") and not _opens(text, i):
                closer_of = "“"  # mixed styles: “quote" (or ``quote" made “quote") closes on a straight mark
            # An apostrophe inside a word never closes a quote ("‘We’ve got a deal,’ he said").
            inside = 0 < i < n - 1 and text[i - 1].isalpha() and text[i + 1].isalpha() or (
                ch == "'" and _has_open(stack, "'") and _INNER_APOSTROPHE.match(text, i)
                and "'" in text[i + 1: _paragraph_end(text, i)])
            if ch in ("’", "'") and (inside or _is_apostrophe(text, i) and not _has_open(stack, closer_of)):
                i += 1
                continue
            if ch == '"' and stack and stack[-1][0] == ch and _reopens(text, i):
                # `a day since Labor Day. "My husband turned ...`: a quote its writer reopened without closing
                _, start = stack.pop()
                quotes.append(Quote(start, _rstrip_pos(text, i, start), False, len(stack)))
                stack.append((ch, i + 1))
                i += 1
                continue
            if _has_open(stack, closer_of) and not (ch == closer_of and _opens(text, i) and stack[-1][0] != ch):
                while stack:
                    mark, start = stack.pop()
                    quotes.append(Quote(start, i, True, len(stack)))
                    if mark == closer_of:
                        break
                i += 1
                continue
        if ch in QUOTE_PAIRS and (ch not in ("‘", "'") or _opens(text, i) and not _ELISION.match(text, i)):
            if ch == '"' and not _opens(text, i):
                i += 1
                continue
            stack.append((ch, i + 1))
        i += 1
    for mark, start in reversed(stack):
        if mark != "'":
            quotes.append(Quote(start, _rstrip_pos(text, n, start), False, 0))
    quotes = [q for q in quotes if q.end > q.start]
    return sorted(quotes, key=lambda q: (q.start, -q.end))


def outermost(quotes: list[Quote]) -> list[Quote]:
    """Quotes not contained in another quote.

    >>> [(q.start, q.end) for q in outermost([Quote(0, 10), Quote(2, 5), Quote(12, 20)])]
    [(0, 10), (12, 20)]
    """
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out


def opens_sentence(text: str, i: int) -> bool:
    """Whether the text before position `i` ends a sentence (or there is none), spaces aside."""
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i <= 0 or text[i - 1] in ".!?:\n\"”’'"


def _paragraph_end(text: str, i: int) -> int:
    m = _PARAGRAPH_BREAK.search(text, i)
    return m.start() if m else len(text)


def _has_open(stack: list[tuple[str, int]], mark: str) -> bool:
    return any(m == mark for m, _ in stack)


def _continues(text: str, pos: int, mark: str) -> bool:
    """Whether a quote open at the paragraph break at `pos` runs on into the next paragraph: only when that
    paragraph reopens it with the same mark, as the convention for multi-paragraph quotes has it. A closing
    mark later on, with no opening one, is stray ("... connectivity.\n\nGen X said ... that end.”")."""
    return text[pos:].lstrip().startswith(mark)


def _rstrip_pos(text: str, end: int, start: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in _CLOSERS or text[end - 1] == '"'):
        end -= 1
    return end


# Quotes here are the outermost ones, in order, so their starts and their ends both ascend: the quotes
# near a position are found by bisecting, not by scanning every quote of the document for each token.


def in_quotes(tok: Token, quotes: list[Quote]) -> bool:
    """Whether a token starts inside one of `quotes`."""
    return quoted(tok.idx, quotes)


def quoted(char: int, quotes: list[Quote]) -> bool:
    """Whether a character offset is inside one of `quotes`."""
    i = bisect_right(quotes, char, key=_start) - 1
    return i >= 0 and char < quotes[i].end


def near(quotes: list[Quote], start: int, end: int) -> list[Quote]:
    """The quotes that overlap the characters from `start` to `end`."""
    return quotes[bisect_right(quotes, start, key=_end): bisect_left(quotes, end, key=_start)]


def _start(q: Quote) -> int:
    return q.start


def _end(q: Quote) -> int:
    return q.end


# What may stand between a cue and the one-word utterance it gives: an object, then a comma or a colon.
GIVEN_AFTER = re.compile(r"[^.!?;\"“”]{0,40}[,:]\s*")


def quote_distance(tok: Token, quotes: list[Quote], sent: Span) -> int | None:
    """Characters between the cue and the nearest quote it introduces in its sentence (an argument of
    the cue, or within 40 characters of it); None when it introduces none."""
    text = doc_text(sent.doc)
    best = None
    for q in near(quotes, sent.start_char, sent.end_char):
        if not (sent.start_char <= q.start < sent.end_char or sent.start_char < q.end <= sent.end_char):
            continue
        words = text[q.start:q.end].split()
        # One word is a quote only as an utterance that opens its sentence and that the cue follows ('"Well,"
        # he said', '"No!" she shouted').
        # ... or a whole utterance the cue gives after a comma or a colon ('said, "No."', 'had written a single
        # word: "Yes."').
        if len(words) < 2 and not (words and words[-1][-1:] in ",!?" and 0 < tok.idx - q.end <= 40
                                   and not any(c in ".!?;" for c in text[q.end + 1: tok.idx])
                                   and opens_sentence(text, q.start - 1)) and not (
                words and words[-1][-1:] in ".!?" and tok.idx < q.start
                and GIVEN_AFTER.fullmatch(text[tok.idx + len(tok): q.start - 1])):
            continue
        if tok.idx >= q.end and held_by_joined_verb(tok, q):
            continue
        gap = len(text[min(tok.idx + len(tok), q.start - 1): q.start - 1]) if tok.idx < q.start else \
            len(text[q.end + 1: tok.idx])
        if gap <= 40 or any(q.start <= t.idx < q.end for t in own_subtree(tok)):
            best = gap if best is None else min(best, gap)
    return best


def held_by_joined_verb(tok: Token, q: Quote) -> bool:
    """Whether a quote before `tok` is what a verb of another clause says or makes: in "described the corridor
    as a 'strategic priority', but budgets tell a different story" the quote is not what "tell" reports."""
    first = next((t for t in tok.sent if t.idx >= q.start), None)
    if first is None or first.idx >= q.end:
        return False
    verb = next((a for a in first.ancestors if a.pos_ in ("VERB", "AUX") and a.idx < q.start), None)
    return verb is not None and verb is not tok and tok not in own_subtree(verb) and \
        not any(a is tok for a in verb.ancestors)


def own_subtree(tok: Token) -> list[Token]:
    """A verb's subtree without the verbs joined to it: in "maintained their ties but formed fewer "weak ties""
    the quote is what "formed" makes, not what "maintained" reports."""
    joined = {t.i for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    return [t for t in tok.subtree if t.i not in joined]



# Manner verbs that give a quote only in its own sentence ("“We burnt pallets,” Doreen laughs"): after a quote
# that stands alone they narrate a gesture ("“We will see.” She smiles."), they do not credit it.
GESTURES = frozenset({"laugh", "sigh", "smile", "grin", "chuckle", "shrug", "nod", "wink"})


def cue_after_quote(tok: Token, quotes: list[Quote], sent: Span) -> bool:
    """Whether a cue opening its sentence credits the quote right before it, in its paragraph, that is a sentence
    of its own ("“...” she said." when the parser leaves the cue apart); not a gesture, nor the end of 'The
    citation praised her "..."'."""
    text = doc_text(sent.doc)
    return tok.i - sent.start <= 4 and tok.lemma_.lower() not in GESTURES and any(
        0 <= sent.start_char - q.end <= 3 and "\n" not in text[q.end:sent.start_char]
        and opens_sentence(text, q.start - 1) for q in near(quotes, sent.start_char - 4, sent.start_char))
