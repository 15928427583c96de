"""Where a token pattern can match at all: near the tokens its required words or numbers pin down.

spaCy's Matcher tries every pattern at every token, and a pattern that opens with a context test almost
any token passes ("not a number") keeps a partial match alive at each of them. A date pattern cannot
match without one particular kind of token (a month name, a number of a year's shape, "century"), so
the matcher runs only on the stretches of a Doc around such tokens, with the same results: a match
holds its pattern's anchor token and is no longer than the pattern, so it lies inside the stretch
around that token. A token repeated by "*" or "+" counts as `REPEATS` tokens; a pattern with no word,
list or regex on LOWER, TEXT or ORTH to anchor it makes the matcher run on the whole Doc.
"""

import re
from collections import namedtuple
from collections.abc import Iterable, Sequence

from spacy.matcher import Matcher
from spacy.tokens import Doc

Anchor = namedtuple("Anchor", "attr words regex")  # attr LOWER or TEXT; words a frozenset or regex a str
ANCHOR_ATTRS = {"LOWER": "LOWER", "TEXT": "TEXT", "ORTH": "TEXT"}
REQUIRED_OPS = (None, "1", "+")
REPEATS = 8  # the longest run of a "*" or "+" token a match may hold
# Words so common that a pattern anchored on them would be tried almost everywhere (so are marks).
COMMON_WORDS = frozenset({"the", "a", "an", "that", "this", "these", "those", "of", "in", "on", "at", "to",
                          "and", "or", "by", "for", "from", "with"})


def token_anchors(spec: dict) -> list[Anchor]:
    """The anchors one token pattern offers: a literal or an IN list or a REGEX on LOWER, TEXT or ORTH.

    >>> [(a.attr, sorted(a.words)) for a in token_anchors({"LOWER": {"IN": ["may", "june"]}, "POS": "PROPN"})]
    [('LOWER', ['june', 'may'])]
    >>> token_anchors({"TEXT": {"REGEX": "^\\\\d{4}$"}, "OP": "?"})
    []
    """
    if spec.get("OP") not in REQUIRED_OPS:
        return []
    found = []
    for key, attr in ANCHOR_ATTRS.items():
        value = spec.get(key)
        if isinstance(value, str):
            found.append(Anchor(attr, frozenset({value}), None))
        elif isinstance(value, dict) and isinstance(value.get("IN"), list):
            found.append(Anchor(attr, frozenset(map(str, value["IN"])), None))
        elif isinstance(value, dict) and isinstance(value.get("REGEX"), str):
            found.append(Anchor(attr, None, value["REGEX"]))
    return found


def _rank(anchor: Anchor) -> int:
    """Lower is rarer: a list of words, then a regex, then a list holding a common word or a mark."""
    if anchor.words is None:
        return 1
    common = any(w.lower() in COMMON_WORDS or not any(c.isalnum() for c in w) for w in anchor.words)
    return 2 if common else 0


def pattern_anchor(pattern: Sequence[dict]) -> Anchor | None:
    """The rarest anchor among a pattern's required tokens; None when it has none.

    >>> sorted(pattern_anchor([{"LOWER": "the"}, {"LOWER": {"IN": ["summer", "winter"]}}]).words)
    ['summer', 'winter']
    >>> pattern_anchor([{"POS": "NUM"}]) is None
    True
    """
    anchors = [a for spec in pattern for a in token_anchors(spec)]
    return min(anchors, key=_rank) if anchors else None


def pattern_width(pattern: Sequence[dict]) -> int:
    """The most tokens a match of the pattern can hold.

    >>> pattern_width([{"LOWER": "early", "OP": "*"}, {"LOWER": "century"}, {"IS_PUNCT": True, "OP": "?"}])
    10
    """
    return sum(REPEATS if spec.get("OP") in ("*", "+") else 1 for spec in pattern)


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches [start, end) with overlapping or touching ones merged.

    >>> merged([(0, 8), (1, 10), (26, 32), (12, 14)])
    [(0, 10), (12, 14), (26, 32)]
    """
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


class AnchoredMatcher:
    """A Matcher run only near the anchor tokens of its patterns; same matches as on the whole Doc.

    Patterns sharing an anchor share a Matcher, run on the stretches around the tokens that anchor
    accepts, so a common word anchoring one short pattern costs only that pattern's work.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> m = AnchoredMatcher(nlp.vocab)
    >>> m.add("season", [{"IS_ALPHA": True}, {"LOWER": {"IN": ["summer", "winter"]}}])
    >>> [(s, e) for _, s, e in m(nlp("It was a hot summer in the city."))]
    [(3, 5)]
    """

    def __init__(self, vocab, validate: bool = True) -> None:
        self.vocab, self.validate = vocab, validate
        self._groups: dict[Anchor | None, list] = {}  # anchor -> [Matcher, reach either side]
        self._cache: dict[int, tuple[Anchor, ...]] = {}

    def add(self, key: str, pattern: list[dict]) -> None:
        """Add one pattern under `key` (a ValueError for an invalid pattern, as Matcher.add)."""
        anchor = pattern_anchor(pattern)
        if anchor not in self._groups:
            self._groups[anchor] = [Matcher(self.vocab, validate=self.validate), 0]
        group = self._groups[anchor]
        group[0].add(key, [pattern])
        group[1] = max(group[1], pattern_width(pattern) - 1)
        self._cache.clear()

    def _anchors(self, orth: int) -> tuple[Anchor, ...]:
        """The anchors a token of this form satisfies."""
        hit = self._cache.get(orth)
        if hit is None:
            text = self.vocab.strings[orth]
            forms = {"TEXT": text, "LOWER": text.lower()}
            hit = tuple(a for a in self._groups if a is not None and (
                forms[a.attr] in a.words if a.words is not None else re.search(a.regex, forms[a.attr])))
            self._cache[orth] = hit
        return hit

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match_id, start, end) of every match in the Doc, ordered by start and end."""
        spans: dict[Anchor | None, list[tuple[int, int]]] = {None: [(0, len(doc))]}
        for i, orth in enumerate(doc.to_array("ORTH").tolist()):  # no Token objects: runs on every token
            for anchor in self._anchors(orth):
                reach = self._groups[anchor][1]
                spans.setdefault(anchor, []).append((max(0, i - reach), min(len(doc), i + reach + 1)))
        found = []
        for anchor, (matcher, _) in self._groups.items():
            for start, end in merged(spans.get(anchor, [])):
                found.extend((key, start + s, start + e) for key, s, e in matcher(doc[start:end]))
        return sorted(found, key=lambda m: (m[1], m[2]))
