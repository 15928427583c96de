"""Key terms of an article, from its claims, without parsing them again.

SGRank (Danesh et al. 2015, as in textacy) ranks n-grams in two stages: a statistical weight (frequency
not counted inside longer terms, how early the term first appears, its length), then a PageRank over
co-occurrences. The second stage, and the tagging it needs, cost more than the run that made the claims
(55 s on the 4,300-word seed op-ed). Here only the statistical stage runs, over words that are not stop
words, numbers, marks, days, months, reporting verbs, or verbs and adverbs only (told apart with the
English model's lemmatizer tables instead of a tagger): milliseconds an article, and about 45 % of the
terms full SGRank gives (see README, "Speed and memory"). Terms are shown in the form the article uses
most."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

# A word (letters, digits, inner hyphens, apostrophes and full stops: "U.S.", "Kashmir's"), or one mark.
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]")
_POSSESSIVE = re.compile(r"['’]s$", re.I)
NGRAMS = 3
# Of the most frequent candidates, how many are weighed (as in SGRank: at least 100, or 3 × topn).
PREFILTER = 100
# A term this alike to a better one (token-sorted, difflib ratio) is left out, as in textacy's SGRank.
ALIKE = 0.8


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from its file: importing spaCy would cost `compare` a second."""
    import runpy

    return frozenset(runpy.run_path(str(_package_dir("spacy") / "lang" / "en" / "stop_words.py"))["STOP_WORDS"])


def _package_dir(name: str) -> Path:
    """Where an installed package lives, found without importing it."""
    import importlib.util

    return Path(next(iter(importlib.util.find_spec(name).submodule_search_locations)))


class WordClasses:
    """Whether a lower-case word can be a noun or adjective, from the English model's lemmatizer tables (word
    lists, suffix rules, irregular forms): keeps verbs and adverbs ("said", "reportedly") out of key terms,
    as SGRank's tagging does, without tagging."""

    def __init__(self, lookups: dict[str, dict], reporting: frozenset[str] = frozenset()) -> None:
        index, rules, irregular = (lookups.get(t, {}) for t in ("lemma_index", "lemma_rules", "lemma_exc"))
        self.tables = {}
        for pos in ("noun", "adj", "verb", "adv"):
            key = string_id(pos)  # a table's keys are string ids, as spaCy stores them
            self.tables[pos] = (set(index.get(key, ())), rules.get(key, []), irregular.get(key, {}))
        self.reporting = reporting  # lemmas of reporting verbs: "said", "announced" are never topics
        self.cache: dict[str, bool] = {}

    def _lemmas(self, word: str, pos: str) -> set[str]:
        known, rules, irregular = self.tables[pos]
        found = {word[: len(word) - len(old)] + new for old, new in rules if word.endswith(old)}
        return {lemma for lemma in found | {word} if lemma in known} | set(irregular.get(word, ()))

    def known(self, word: str) -> bool:
        """Whether a lower-case word is an English word of any of the four classes ("accounts", not "ounts")."""
        return any(self._lemmas(word, pos) for pos in self.tables)

    def term_word(self, word: str) -> bool:
        """A possible noun or adjective that is no reporting verb, or a word of none of the four classes (a
        name, a coinage)."""
        ok = self.cache.get(word)
        if ok is None:
            verbs = self._lemmas(word, "verb")
            ok = self.cache[word] = not verbs & self.reporting and (
                bool(self._lemmas(word, "noun") or self._lemmas(word, "adj"))
                or not (verbs or self._lemmas(word, "adv")))
        return ok


_MASK = (1 << 64) - 1


def string_id(text: str) -> int:
    """spaCy's hash of a string (MurmurHash64A of its UTF-8, seed 1), which its lookup tables use as keys, for
    reading them without loading spaCy. (spaCy's own symbol names, "NOUN" or "nsubj", have small fixed ids
    instead; the tables' part-of-speech keys are lower case and are not among them.)

    >>> string_id("noun")
    16833663260455505849
    """
    data, m = text.encode("utf8"), 0xC6A4A7935BD1E995
    h = (1 ^ (len(data) * m)) & _MASK
    whole = len(data) - len(data) % 8
    for i in range(0, whole, 8):
        k = int.from_bytes(data[i:i + 8], "little") * m & _MASK
        k = (k ^ (k >> 47)) * m & _MASK
        h = (h ^ k) * m & _MASK
    if len(data) % 8:
        h = (h ^ int.from_bytes(data[whole:], "little")) * m & _MASK
    h = (h ^ (h >> 47)) * m & _MASK
    return h ^ (h >> 47)


@lru_cache(maxsize=4)
def word_classes(models: str | None = None) -> WordClasses | None:
    """The installed model's word classes; None when its lemmatizer tables are not where spaCy puts them.
    The tables are read as the msgpack file they are, without loading spaCy or the model."""

    import srsly

    from .components.lexicon import load_lexicon
    from .resources import installed_model

    found = sorted(_package_dir(installed_model()).glob("*/lemmatizer/lookups/lookups.bin"))
    reporting = frozenset(load_lexicon(models).cue_verbs)
    return WordClasses(srsly.msgpack_loads(found[0].read_bytes()), reporting) if found else None


# Days and months: the dates columns report when, key terms say what.
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                      "june july august september october november december".split())


def _content(token: str, stop: frozenset[str], classes: WordClasses | None, initial: bool = False) -> str:
    """The token as a term word (possessive dropped), or '' for a stop word, number, mark, day, month, verb
    or adverb (a capitalised word is kept, it may be a name, unless it only opens the sentence)."""
    word = _POSSESSIVE.sub("", token)
    if word.endswith(".") and word.count(".") == 1:  # a sentence's full stop, not "U.S."
        word = word[:-1]
    lower = word.lower()
    if len(word) < 2 or not any(c.isalpha() for c in word) or lower in stop or lower in _CALENDAR:
        return ""
    if classes is not None and (initial or word == lower) and not classes.term_word(lower):
        return ""
    return word


def key_terms(sentences: Iterable[str], topn: int = 8, models: str | None = None) -> list[str]:
    """The `topn` key terms of an article given as its sentences, best first.

    >>> key_terms(["Ant colonies fight a deadly fungus.", "Infected ants leave the colony, scientists said.",
    ...            "Healthy ants groom infected ants.", "The fungus kills ants quickly."], topn=4)
    ['Ant colonies fight', 'deadly fungus', 'Infected ants leave', 'Healthy ants groom']
    """
    stop, classes = _stop_words(), word_classes(models)
    counts: Counter[tuple[str, ...]] = Counter()
    first: dict[tuple[str, ...], int] = {}
    forms: dict[tuple[str, ...], Counter[str]] = {}
    n_tokens = 0
    words: dict[tuple[str, bool], str] = {}  # token (and whether it opens its sentence) -> term word or ''
    runs: list[tuple[int, list[str]]] = []  # runs of term words, with the position of their first
    for sentence in sentences:
        run: list[str] = []
        for k, token in enumerate(_TOKEN.findall(sentence)):
            word = words.get((token, k == 0))
            if word is None:
                word = words[token, k == 0] = _content(token, stop, classes, k == 0)
            if word:
                if not run:
                    runs.append((n_tokens, run))
                run.append(word)
            elif run:
                run = []
            n_tokens += 1
        run = []
    vocabulary = {w.lower() for _, run in runs for w in run}
    for start, run in runs:
        # Plurals count with their singular when the article uses both ("ants" and "ant").
        keys = [w.lower()[:-1] if w.lower().endswith("s") and not w.lower().endswith("ss")
                and w.lower()[:-1] in vocabulary else w.lower() for w in run]
        for i in range(len(run)):
            for n in range(1, NGRAMS + 1):
                if i + n > len(run):
                    break
                key = tuple(keys[i: i + n])
                counts[key] += 1
                first.setdefault(key, start + i)
                forms.setdefault(key, Counter())[" ".join(run[i: i + n])] += 1
    if n_tokens < 2:
        return []
    min_count = min(max(n_tokens // 1000, 1), 4)
    kept = [k for k, _ in counts.most_common(max(3 * topn, PREFILTER)) if counts[k] >= min_count]
    texts = {k: " ".join(k) for k in kept}
    weights = {}
    for k in kept:
        inside = sum(counts[o] for o in kept if o != k and texts[k] in texts[o])
        weight = (counts[k] - inside) * math.log((n_tokens + 1) / (first[k] + 1)) * math.sqrt(len(k))
        if weight > 0:
            weights[k] = weight
    chosen: list[tuple[str, ...]] = []
    for k in sorted(weights, key=lambda k: (weights[k], texts[k]), reverse=True):
        if any(texts[k] in texts[c] or _alike(texts[k], texts[c]) for c in chosen):
            continue
        chosen.append(k)
        if len(chosen) == topn:
            break
    return [forms[k].most_common(1)[0][0] for k in chosen]


def _alike(a: str, b: str) -> bool:
    return SequenceMatcher(None, " ".join(sorted(a.split())), " ".join(sorted(b.split()))).ratio() >= ALIKE
