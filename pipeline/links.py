"""Claim links: the same claim told in different articles, found in time near-linear in the number of claims.

Each claim becomes a TF-IDF vector of its content words (lower case, light suffix stripping, numbers
kept as written). Candidate pairs come from an inverted index that skips words shared by more than
`MAX_POSTING` claims, so the work grows with the corpus, not with its square; each candidate pair is
then scored by the cosine of the full vectors. Pairs from different articles at or above `threshold`
are links (`same` when near-verbatim, `paraphrase` otherwise), and the connected groups of links that
span at least `min_articles` articles are stories.

>>> import pandas as pd
>>> claims = pd.DataFrame({"article_id": ["a", "b", "b"], "claim_id": ["a:1", "b:1", "b:2"],
...     "text": ["Turnout fell to 41 percent in the March vote.",
...              "In the March vote, turnout fell to 41 percent, officials said.",
...              "The weather was fine."]})
>>> [(l.claim_id_a, l.claim_id_b, l.kind) for l in claim_links(claims)]
[('a:1', 'b:1', 'paraphrase')]
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

import numpy as np
import pandas as pd

# Similarity of two claims that makes them one claim: the mean of the cosines of their content words
# (TF-IDF) and of the character n-grams of those words.
THRESHOLD = 0.4
# Added when two claims share a number that is not a year ("4,200 workers", "37 ships"): the surest sign
# that rewordings report the same fact.
NUMBER_BONUS = 0.1
# Claims with fewer content words than this are too short to say what they share ("I don't know why.").
MIN_WORDS = 4
# At or above this, the two are near-verbatim copies ("same"), below it rewordings ("paraphrase").
SAME = 0.9
# A word in more claims than this proposes no pairs (it still counts in the similarity): it is what
# keeps candidate generation linear.
MAX_POSTING = 200
# Words shared by a pair before it is scored: one shared word is chance.
MIN_SHARED = 2
# How much character n-grams lift a pair's similarity above its word cosine, at most, in practice (their
# cosine runs at most 0.3 above the words'): a pair further below the threshold is not compared.
CHAR_LIFT = 0.15
# Claims whose candidates are found at a time: bounds the memory of the sparse product.
BLOCK = 2000

_WORD = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['’][^\W\d_]+)?")
_SUFFIXES = ("ing", "ed", "es", "s")
_FUNCTION_WORDS = frozenset((
    "a an the and or but if then so of to in on at by for with from as into about over after before than that "
    "this these those it its is are was were be been being has have had do does did will would shall should "
    "can could may might must not no he she they we i you his her their our my your him them us me who whom "
    "which what when where while also said says say told according just very more most such there here all "
    "any some each other only own same too up out off again further once both few don doesn didn isn wasn aren weren "
    "won can couldn wouldn shouldn haven hasn hadn ain why how think know yes yeah well really quite like just "
    "thing things something anything get got going let through because even still much many way lot bit").split())


class Link(NamedTuple):
    """Two claims of different articles that state the same thing."""

    claim_id_a: str
    claim_id_b: str
    similarity: float
    kind: str  # "same" or "paraphrase"


_UNITS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
         "seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = {w: i + 1 for i, w in enumerate(_UNITS)} | {w: 10 * (i + 2) for i, w in enumerate(_TENS)}
_NUMBER = re.compile(r"\b(" + "|".join(_TENS) + r")[- ](" + "|".join(_UNITS[:9]) + r")\b|\b(" +
                     "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b")


def _digits(m: re.Match) -> str:
    if m.group(3):
        return str(NUMBER_WORDS[m.group(3)])
    return str(NUMBER_WORDS[m.group(1)] + NUMBER_WORDS[m.group(2)])


def content_words(text: str) -> list[str]:
    """The words that carry a claim, lower-cased and lightly stemmed; numbers in digits.

    >>> content_words("Officials said 1,200 workers were striking at thirty-seven docks.")
    ['official', '1200', 'worker', 'strik', '37', 'dock']
    """
    out = []
    for w in _WORD.findall(_NUMBER.sub(_digits, text.lower())):
        if w[0].isdigit():
            out.append(w.replace(",", ""))
            continue
        w = w.replace("’", "'").split("'")[0]
        if w in _FUNCTION_WORDS or len(w) < 3:
            continue
        for suf in _SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 4:
                w = w[: -len(suf)]
                break
        out.append(w)
    return out


def _vectors(words: list[list[str]]):
    """TF-IDF rows of the claims' content words: sublinear term frequency, smoothed inverse document
    frequency, unit length (as scikit-learn's TfidfVectorizer computes them, without its import cost)."""
    import scipy.sparse as sp

    vocabulary: dict[str, int] = {}
    indptr, indices, data = [0], [], []
    for ws in words:
        for w, n in Counter(ws).items():
            indices.append(vocabulary.setdefault(w, len(vocabulary)))
            data.append(1.0 + math.log(n))
        indptr.append(len(indices))
    X = sp.csr_matrix((np.array(data, dtype=np.float32), np.array(indices, dtype=np.int64),
                       np.array(indptr, dtype=np.int64)), shape=(len(words), len(vocabulary)))
    df = np.bincount(X.indices, minlength=len(vocabulary))
    X = sp.csr_matrix(X.multiply((np.log((1 + len(words)) / (1 + df)) + 1).astype(np.float32)))
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    return sp.csr_matrix(sp.diags(np.where(norms > 0, 1 / np.maximum(norms, 1e-12), 0).astype(np.float32)) @ X)


def _candidates(X) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Pairs (i < j) sharing at least MIN_SHARED words whose posting lists are short, in row blocks."""
    binary = (X > 0).astype(np.float32).tocsc()
    df = np.diff(binary.indptr)
    keep = np.flatnonzero((df >= 2) & (df <= MAX_POSTING))
    B = binary[:, keep].tocsr()
    BT = B.T.tocsr()
    for start in range(0, B.shape[0], BLOCK):
        shared = (B[start: start + BLOCK] @ BT).tocoo()
        mask = (shared.data >= MIN_SHARED) & (shared.col > shared.row + start)
        yield shared.row[mask] + start, shared.col[mask]


_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
# Small counts ("three robots", "2 reasons") are everywhere; a figure of two digits or more, a share or
# a decimal is not.
_TELLING_NUMBER = re.compile(r"\d{2,}%?|\d+[.]\d+%?|\d+%")


def _share_number(numbers: list[set[str]], rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    return np.array([bool(numbers[i] & numbers[j]) for i, j in zip(rows, cols, strict=True)], dtype=np.float32)


def char_ngrams(text: str) -> Counter:
    """Character 3- to 5-grams of each word padded with a space (a word no longer than n gives itself, once).

    >>> sorted(char_ngrams("strike"))[:4]
    [' st', ' str', ' stri', 'ike']
    """
    grams: Counter = Counter()
    for word in text.split():
        w = f" {word} "
        for n in range(3, 6):
            if len(w) <= n:
                grams[w] += 1
                break
            grams.update(w[i: i + n] for i in range(len(w) - n + 1))
    return grams


def _char_similarity(joined: list[str], rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Cosine of character n-grams of the content words, for the pairs only: it sees that "walkout" and
    "walked out", "dockworkers" and "workers" are near."""
    grams: dict[int, tuple[Counter, float]] = {}

    def of(k: int) -> tuple[Counter, float]:
        if k not in grams:
            g = char_ngrams(joined[k])
            grams[k] = (g, math.sqrt(sum(v * v for v in g.values())) or 1.0)
        return grams[k]

    out = np.empty(len(rows), dtype=np.float64)
    for n, (i, j) in enumerate(zip(rows.tolist(), cols.tolist(), strict=True)):
        (a, na), (b, nb) = of(i), of(j)
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        out[n] = sum(v * large.get(g, 0) for g, v in small.items()) / (na * nb)
    return out


# What a claim states, and who states it with what cue.
STATED_COLUMNS = ("text", "claim_type", "speaker", "cue")


def stated_words(claim: dict) -> list[str]:
    """The content words of what a claim states: a sourced claim's speaker and cue left out, since two
    articles that attribute one fact to different sources still state the same fact.

    >>> stated_words({"text": "Daniel Reyes, the port's chief, told reporters that 38 ships waited.",
    ...               "claim_type": "sourced", "speaker": "Daniel Reyes, the port's chief", "cue": "told"})
    ['reporter', '38', 'ship', 'wait']
    """
    words = content_words(str(claim.get("text") or ""))
    if claim.get("claim_type") != "sourced":
        return words
    said = set(content_words(f"{claim.get('speaker') or ''} {claim.get('cue') or ''}"))
    kept = [w for w in words if w not in said]
    return kept if len(kept) >= MIN_WORDS else words  # "The minister said so": nothing else to compare


def claim_links(claims: pd.DataFrame, threshold: float = THRESHOLD) -> list[Link]:
    """Links between claims of different articles (`article_id`, `claim_id`, `text` columns), most
    similar first."""
    if len(claims) < 2:
        return []
    # (only the columns a claim's words come from: a row of every column would be built for each claim)
    stated = claims.reindex(columns=list(STATED_COLUMNS)).astype(object).fillna("").astype(str)
    words = [stated_words(r) for r in stated.to_dict("records")]
    X = _vectors(words)
    joined = [" ".join(ws) for ws in words]
    numbers = [{w for w in ws if _TELLING_NUMBER.fullmatch(w) and not _YEAR.fullmatch(w)} for ws in words]
    articles = np.where([len(ws) >= MIN_WORDS for ws in words], claims["article_id"].astype(str).to_numpy(), "")
    ids = claims["claim_id"].astype(str).to_numpy()
    links = []
    for rows, cols in _candidates(X):
        other = (articles[rows] != articles[cols]) & (articles[rows] != "") & (articles[cols] != "")
        rows, cols = rows[other], cols[other]
        if not len(rows):
            continue
        cosine = np.asarray(X[rows].multiply(X[cols]).sum(axis=1)).ravel()
        bonus = NUMBER_BONUS * _share_number(numbers, rows, cols)
        # Pairs whose words barely meet cannot reach the threshold: their n-grams are not compared.
        near = cosine + CHAR_LIFT + bonus >= threshold
        rows, cols, cosine, bonus = rows[near], cols[near], cosine[near], bonus[near]
        if not len(rows):
            continue
        words_alike = (cosine + _char_similarity(joined, rows, cols)) / 2
        sims = np.minimum(1.0, words_alike + bonus)
        keep = sims >= threshold
        for i, j, s, w in zip(rows[keep], cols[keep], sims[keep], words_alike[keep], strict=True):
            a, b = sorted((ids[i], ids[j]))
            # Near-verbatim is a matter of wording alone: a shared figure makes a link, not a copy.
            links.append(Link(a, b, round(float(s), 3), "same" if w >= SAME else "paraphrase"))
    return sorted(links, key=lambda k: (-k.similarity, k.claim_id_a, k.claim_id_b))


def stories(claims: pd.DataFrame, links: list[Link], min_articles: int = 2) -> pd.DataFrame:
    """Groups of linked claims (connected through links) told by at least `min_articles` articles: one
    row per article and group, with how that article frames the claim, biggest groups first."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    strength: dict[str, float] = {}
    for link in links:
        parent[find(link.claim_id_a)] = find(link.claim_id_b)
        for cid in (link.claim_id_a, link.claim_id_b):
            strength[cid] = strength.get(cid, 0.0) + link.similarity
    by_id = claims.set_index("claim_id", drop=False)
    # One claim per article and story: the one most linked to the others ("how each article tells it"),
    # so a merely related sentence of the same article does not ride in on a chain of links.
    best: dict[tuple[str, str], str] = {}
    for cid in list(parent):
        key = (find(cid), by_id.at[cid, "article_id"])
        if key not in best or strength[cid] > strength[best[key]]:
            best[key] = cid
    groups: dict[str, list[str]] = {}
    for (root, _), cid in sorted(best.items()):
        groups.setdefault(root, []).append(cid)
    framing = [c for c in STORY_COLUMNS if c in claims.columns]
    rows = []
    ranked = sorted(groups.values(), key=lambda g: (-by_id.loc[g, "article_id"].nunique(), -len(g), min(g)))
    story = 0
    for members in ranked:
        n_articles = by_id.loc[members, "article_id"].nunique()
        if n_articles < min_articles:
            continue
        story += 1
        for cid in sorted(members, key=lambda c: (by_id.at[c, "article_id"], c)):
            rows.append({"story": story, "n_articles": n_articles, **{c: by_id.at[cid, c] for c in framing}})
    return pd.DataFrame(rows, columns=["story", "n_articles", *framing])


STORY_COLUMNS = ("article_id", "claim_id", "text", "claim_type", "attribution", "speaker", "speaker_canonical",
                 "cue", "cue_kind", "editorial_markers", "assertion")

