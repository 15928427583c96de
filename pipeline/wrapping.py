"""Hard-wrapped lines joined into paragraphs: where a wrapped line ends its paragraph (a sentence's end with room
left on the line, or a line the scrape truncated) and how two wrapped lines join (word-internal hyphens
dropped, real ones kept)."""

from __future__ import annotations

import re
import statistics

TERMINAL = tuple(".!?:;\"”’»)…")  # what a sentence or a paragraph may end on
# A small word no headline ends on (not a particle: "as rivals close in"): a headline cut there goes on ("and the")
OPEN_END = re.compile(r"\b(?:the|a|an|and|or|of|with|for|from|to)$")
# ... and the prepositions a sentence broken in prose ends on ("The trade deal was signed by")
OPEN_CLAUSE_END = re.compile(r"\b(?:the|a|an|and|or|of|in|on|for|to|with|at|from|by|about)$")
# The shortest line a sentence is taken to break out of, in a text that is not hard-wrapped.
BROKEN_LINE_CHARS = 30


def wrap_width(lines: list[str]) -> int:
    """The column a hard-wrapped text was wrapped at, or 0 when lines are not hard-wrapped.

    >>> wrap_width(["a" * 60] * 3)
    0
    """
    lengths = sorted(len(ln) for ln in lines if ln)
    # Hard wrapping shows as many lines, most of them close to one width, all short of ~150 columns.
    if len(lengths) < 8:
        return 0
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width > 160 or width < 30:
        return 0
    near = sum(1 for n in lengths if n >= 0.75 * width)
    if near < 0.6 * len(lengths) or statistics.median(lengths) < 0.7 * width:
        return 0
    return width


# Words that end no sentence and stand before a noun: a capitalised word after one is a name, not a new sentence.
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
                         "your"})
# ... unless it opens a sentence as these do ("... to the" / "The army chief's trip was ...", a line cut short).
SENTENCE_OPENERS = frozenset({"the", "a", "an", "in", "it", "he", "she", "they", "we", "i", "this", "that", "there",
                              "but", "and", "on", "at", "for", "as", "when", "if"})


def unwrap(lines: list[str], width: int, suffixes: frozenset[str] = frozenset(),
           common_words: frozenset[str] = frozenset()) -> list[str]:
    """Join hard-wrapped lines into paragraphs.

    A line ends its paragraph when it ends a sentence and could still have held the next word, or
    when the scrape truncated it: no closing punctuation, and the next line opens with a capitalised
    common word (one the text also uses in lower case, so not a name: "The", "Earlier", "In").

    >>> unwrap(["Talks on security were", "The army chief's trip was long."], 60, common_words={"the"})
    ['Talks on security were', "The army chief's trip was long."]
    """
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not current:
            current = line
            continue
        first_word = line.split(" ", 1)[0]
        room = len(_last_line(current)) + 1 + len(first_word) <= width
        ends_sentence = current.endswith(TERMINAL)
        if ends_sentence and re.search(r"(?:^|\s)(?:[A-Z]|[A-Z][a-z]{1,3})\.$", current):
            ends_sentence = False  # an initial or abbreviation ("George W.", "Gen."), not a sentence end
        truncated = not ends_sentence and _opens_sentence(line, common_words) and not _ends_in_name(current) and not (
            current.rsplit(" ", 1)[-1].lower() in DETERMINERS and first_word.lower() not in SENTENCE_OPENERS)
        # (... but a name after a determiner goes on its sentence: "... a submission to the" / "House of Commons")
        if (ends_sentence and room) or truncated:
            paragraphs.append(current)
            current = line
        else:
            current = join_wrapped(current, line, suffixes)
    if current:
        paragraphs.append(current)
    return paragraphs


def join_broken(lines: list[str], suffixes: frozenset[str] = frozenset()) -> list[str]:
    """Lines of a text that is not hard-wrapped, with a break inside a sentence undone: a line that ends on no
    sentence's end, followed by one that opens in lower case, or by any word after a small word ("was signed by" /
    "Prime Minister ...") or with a quote still open, is one line with it; short lines are verse or a list.

    >>> join_broken(['"We are not going to raise', 'taxes this year," she said.', "Crews worked all night."])
    ['"We are not going to raise\\ntaxes this year," she said.', 'Crews worked all night.']
    """
    joined: list[str] = []
    for line in lines:
        last = joined[-1] if joined else ""
        # (not a line of verse or a list's item, short: "gulls over empty boats" / "the lamp in the window")
        long = max(len(_last_line(last)), len(line)) >= BROKEN_LINE_CHARS
        if last and not last.endswith(TERMINAL) and (
                re.match(r"[a-z]", line) and long
                or (_open_quote(last) or OPEN_CLAUSE_END.search(last) and long) and re.match(r"[\w$£€]", line)):
            joined[-1] = join_wrapped(last, line, suffixes)
        else:
            joined.append(line)
    return joined


def _open_quote(text: str) -> bool:
    """Whether a text leaves a quotation open: an odd number of straight marks, or more opening curly ones than
    closing ones."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def join_wrapped(left: str, right: str, suffixes: frozenset[str] = frozenset()) -> str:
    """Join two wrapped lines, keeping real hyphens and dropping only word-internal ones.

    >>> join_wrapped("the multibillion-", "dollar road")
    'the multibillion-dollar road'
    >>> join_wrapped("the develop-", "ment of", frozenset({"ment"}))
    'the development of'
    """
    if re.search(r"[A-Za-z]-$", left) and re.match(r"[A-Za-z]", right):
        head = re.match(r"[A-Za-z]+", right).group(0)
        if head in suffixes and re.search(r"[a-z]-$", left) or split_word(left[:-1], right):
            return left[:-1] + right
        return left + right
    if left.endswith(("—", "–", "/")) or right.startswith(("—", "–")) or split_word(left, right):
        return left + right
    return f"{left}\n{right}"


def split_word(left: str, right: str) -> bool:
    """Whether a line break cut a word in two: the half after the break no word of its own (nor a function word,
    which the word lists leave out), both halves three letters or more, and the two together a word ("acc" /
    "ounts", "fri" / "endship"; not "the" / "end", "was" / "her", nor "Chin" / "ese" where "ese" is listed).

    >>> split_word("by most acc", "ounts, the largest"), split_word("speeches about fri", "endship;")
    (True, True)
    >>> split_word("at the", "end of"), split_word("the multibillion", "dollar road")
    (False, False)
    >>> split_word("closures was", "her decision"), split_word("the local co", "op")
    (False, False)
    """
    tail, head = re.search(r"[A-Za-z]{3,}$", left), re.match(r"[a-z]{3,}", right)
    if tail is None or head is None:
        return False
    from spacy.lang.en.stop_words import STOP_WORDS

    from .keyterms import word_classes

    if head.group() in STOP_WORDS:
        return False  # a function word is in none of the lists: "was" / "her" is no "washer"
    classes = word_classes()
    return classes is not None and not classes.known(head.group()) and classes.known(
        (tail.group() + head.group()).lower())


# Closed-class words that open sentences; after one, a capitalised word is a name, not a title.
_FUNCTION_WORDS = frozenset(
    "the a an this that these those in on at by for from with after before during while when since "
    "but and or so yet it he she they we you there here as if although though however".split())


# Words that open a sentence before a comma, whether or not the text also uses them in lower case; a name set off
# by a comma goes on with the line before it ("avoiding since" / "Christmas, thank him"; "a cross by" / "Kelly,").
OPENING_ADVERBS = frozenset("""meanwhile earlier later however still instead indeed yet now today yesterday tomorrow
    tonight then also moreover furthermore nonetheless nevertheless besides first firstly second secondly third
    thirdly last lastly finally overall thus hence otherwise elsewhere afterwards again so likewise similarly worse
    better anyway anyhow regardless consequently therefore accordingly additionally importantly interestingly
    notably clearly obviously unfortunately fortunately sadly happily luckily surprisingly predictably crucially
    admittedly frankly honestly certainly initially originally currently recently previously separately ironically
    oddly curiously strangely remarkably alas well yes no true sure granted instead eventually ultimately""".split())


def _opens_sentence(line: str, common_words: frozenset[str]) -> bool:
    """Whether a wrapped line starts a new sentence: a capitalised common word not followed by a name."""
    raw = line.split()[:2]
    words = [re.sub(r"^\W+|\W+$", "", w) for w in raw]
    first = words[0] if words else ""
    # "Meanwhile," / "Earlier," / "Separately," — an adverb set off by a comma opens a sentence; a name set off by
    # one goes on with it ("avoiding since" / "Christmas, thank him").
    common = first.lower() in common_words or raw[0].endswith(",") and first.lower() in OPENING_ADVERBS
    if not (first[:1].isupper() and first[1:].islower() and common):
        return False
    second = words[1] if len(words) > 1 else ""
    return not (second[:1].isupper() and first.lower() not in _FUNCTION_WORDS)


def _ends_in_name(text: str) -> bool:
    """Whether text ends inside a proper name ("Secretary of", "One Belt, One")."""
    return bool(re.search(r"[A-Z][\w’'-]*,?(?:\s+(?:of|on|for|the|and|de|al))?$", text))


def _last_line(text: str) -> str:
    return text.rsplit("\n", 1)[-1]
