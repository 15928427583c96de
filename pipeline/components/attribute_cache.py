"""spaCy's attribute_ruler with its single-token patterns decided once per kind of token.

The English model's attribute_ruler runs about 170 one-token patterns over every token, and applies each
match through Python. A one-token pattern's verdict depends only on the token attributes it tests, so
`CachedAttributeRuler` asks the matcher once per combination of those attributes (values that no pattern
names fold into one), keeps the merged attributes to set, and runs the matcher only for the few
multi-token patterns. Later patterns still win, as in spaCy: every token gets its matches' attributes
merged in the ruler's pattern order. A value a one-token regex matches keeps a kind of its own. When a
pattern cannot be cached this way (a quantifier, an extension attribute) the original ruler runs unchanged.
"""


import re

import numpy as np
from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# Token attributes whose value `Doc.to_array` gives and the matcher reads from the token alone.
_CACHEABLE = frozenset({"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "SHAPE", "PREFIX", "SUFFIX",
                        "ENT_TYPE", "IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER",
                        "IS_TITLE", "LIKE_NUM", "LENGTH"})
_ALIASES = {"TEXT": "ORTH"}
# A cache this size holds every kind of token of many thousand articles (values no pattern names fold
# into one); past it, new kinds are decided each time, so memory stays flat.
MAX_CACHE = 100_000
# What a value no pattern names becomes in a cache key: no string hashes to it in practice.
_OTHER = np.uint64(2**64 - 1)


@Language.factory("claimscope_cached_attribute_ruler", default_config={},
                  assigns=["token.tag", "token.pos", "token.lemma", "token.morph"])
def make_cached_attribute_ruler(nlp: Language, name: str) -> "CachedAttributeRuler":
    """Factory: an empty cached ruler; `wrap` gives it the model's attribute_ruler (saved with the pipeline
    and read back by `from_disk`)."""
    return CachedAttributeRuler(nlp.vocab)


def _is_set_test(value: object) -> bool:
    """Whether a pattern's test on a value is (not) being one of some values: then values it does not
    name all behave alike."""
    if isinstance(value, str | int | bool):
        return True
    return isinstance(value, dict) and set(value) <= {"IN", "NOT_IN"}


class CachedAttributeRuler:
    """The attribute_ruler, with one-token pattern decisions cached (see the module's docstring)."""

    def __init__(self, vocab=None) -> None:
        self.vocab = vocab
        self.ruler: AttributeRuler | None = None
        self.cache: dict[tuple[int, ...], dict | None] = {}
        self.ids_cache: dict[tuple[int, ...], list[int]] = {}
        self.fit_cache: dict[tuple, bool] = {}  # ((first token, attribute id), value) -> its regex matches

    def wrap(self, ruler: AttributeRuler) -> bool:
        """Take over `ruler`; False (and the original ruler is what runs) when its patterns do not allow
        caching."""
        self.ruler = ruler
        self.single = Matcher(ruler.vocab, validate=False)
        self.multi = Matcher(ruler.vocab, validate=False)
        tested: dict[str, set[str] | None] = {}  # attribute -> values named, or None: every value counts
        regexes: dict[str, list[re.Pattern]] = {}  # attribute -> the regexes one-token patterns test it with
        self.first_tokens: list[dict] = []  # the first token of each multi-token pattern
        self.longest = 0
        for key in range(len(ruler.attrs)):
            _, patterns = ruler.matcher.get(str(key))
            single = [p for p in patterns if len(p) == 1]
            multi = [p for p in patterns if len(p) != 1]
            if single and ruler.indices[key] not in (0, -1):
                return self._give_up()
            for pattern in single:
                for name, value in pattern[0].items():
                    name = _ALIASES.get(name.upper(), name.upper())
                    if name not in _CACHEABLE:
                        return self._give_up()
                    named = tested.setdefault(name, set())
                    if named is None:
                        continue
                    if isinstance(value, dict) and set(value) == {"REGEX"} and isinstance(value["REGEX"], str):
                        regexes.setdefault(name, []).append(re.compile(value["REGEX"]))
                    elif not _is_set_test(value):
                        tested[name] = None
                    elif isinstance(value, dict):
                        named.update(str(v) for vs in value.values() for v in vs)
                    else:
                        named.add(str(value))
            if single:
                self.single.add(str(key), single)
            if multi:
                self.multi.add(str(key), multi)
                if any("OP" in token for p in multi for token in p):
                    self.longest = -1  # a match of varying length: the matcher reads the whole Doc
                elif self.longest >= 0:
                    self.longest = max(self.longest, *(len(p) for p in multi))
                    self.first_tokens.extend(p[0] for p in multi)
        self.attrs = sorted(tested)
        self.attr_ids = [IDS[a] for a in self.attrs]
        strings = ruler.vocab.strings
        # Per attribute, the array values that a pattern names (None: keep every value as it is).
        self.named = [None if tested[a] is None or a.startswith(("IS_", "LIKE_")) or a == "LENGTH"
                      else np.array(sorted(strings.add(v) for v in tested[a]), dtype=np.uint64)
                      for a in self.attrs]
        # A value a regex matches keeps itself too; the others still fold into one.
        self.regexes = [regexes.get(a, []) if named is not None else []
                        for a, named in zip(self.attrs, self.named, strict=True)]
        self.regex_cache: dict[tuple, bool] = {}  # ((column,), value) -> one of its regexes matches
        self.first_tests = [_first_token_tests(spec, strings) for spec in self.first_tokens]
        self.enabled = True
        return True

    def _give_up(self) -> bool:
        self.enabled = False
        return False

    def __call__(self, doc: Doc) -> Doc:
        if self.ruler is None:
            raise ValueError("claimscope_cached_attribute_ruler: wrap() an attribute_ruler first (or from_disk)")
        if not self.enabled or not len(doc) or not self.attrs:
            return self.ruler(doc)
        keys = doc.to_array(self.attr_ids).reshape(len(doc), len(self.attr_ids))
        for j, named in enumerate(self.named):
            if named is not None:  # values no pattern names fold into one
                keep = np.isin(keys[:, j], named)
                if self.regexes[j]:
                    keep |= np.isin(keys[:, j], self._matching(self.regex_cache, (j,), self.regexes[j],
                                                               np.unique(keys[~keep, j])))
                keys[:, j] = np.where(keep, keys[:, j], _OTHER)
        rows, first, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
        inverse = inverse.reshape(-1)
        kinds = [tuple(row) for row in rows.tolist()]
        merged = [self._decide(doc, kind, int(i)) for kind, i in zip(kinds, first, strict=True)]
        extra = self._multi_token(doc)
        if extra is None:
            return self.ruler(doc)
        final = {i: self._merge(sorted(self._ids(kinds[inverse[i]], doc, i) + ids)) for i, ids in extra.items()}
        names = sorted({a for m in (*merged, *final.values()) if m for a in m}, key=str)
        if "_" in names:  # extension attributes: set token by token, as spaCy does
            for i, r in enumerate(inverse.tolist()):
                values = final.get(i, merged[r])
                if values:
                    set_token_attrs(doc[i], values)
            return doc
        if not names:
            return doc
        # Every token's new values in one array: the same values set_token_attrs would set, token by token.
        table = doc.to_array(names).reshape(len(doc), len(names))
        for j, name in enumerate(names):
            has = np.array([bool(m) and name in m for m in merged])
            value = np.array([m[name] if m and name in m else 0 for m in merged], dtype=np.uint64)
            chosen = has[inverse]
            table[chosen, j] = value[inverse][chosen]
        for i, values in final.items():
            for j, name in enumerate(names):
                if name in values:
                    table[i, j] = values[name]
        doc.from_array(names, table)
        return doc

    def _matching(self, cache: dict, key: tuple, regexes: list[re.Pattern], values: np.ndarray) -> np.ndarray:
        """Those of the values (string ids) one of the regexes matches, each value decided once per `key`."""
        strings, hits = self.ruler.vocab.strings, []
        for v in values.tolist():
            hit = cache.get((key, v))
            if hit is None:
                hit = any(r.search(strings[v]) for r in regexes)
                if len(cache) < MAX_CACHE:
                    cache[key, v] = hit
            if hit:
                hits.append(v)
        return np.array(hits, dtype=np.uint64)

    def _merge(self, ids: list[int]) -> dict:
        values: dict = {}
        for k in ids:
            values.update(self.ruler.attrs[k])
        return values

    def to_disk(self, path, *, exclude=()) -> None:
        """Save the wrapped attribute_ruler's patterns, as spaCy saves the ruler itself."""
        self.ruler.to_disk(path, exclude=exclude)

    def from_disk(self, path, *, exclude=()) -> "CachedAttributeRuler":
        ruler = AttributeRuler(self.vocab or self.ruler.vocab, "attribute_ruler")
        ruler.from_disk(path, exclude=exclude)
        self.cache, self.ids_cache, self.fit_cache = {}, {}, {}
        self.wrap(ruler)
        return self

    def to_bytes(self, *, exclude=()) -> bytes:
        return self.ruler.to_bytes(exclude=exclude)

    def from_bytes(self, data: bytes, *, exclude=()) -> "CachedAttributeRuler":
        ruler = AttributeRuler(self.vocab or self.ruler.vocab, "attribute_ruler")
        ruler.from_bytes(data, exclude=exclude)
        self.cache, self.ids_cache, self.fit_cache = {}, {}, {}
        self.wrap(ruler)
        return self

    def _decide(self, doc: Doc, key: tuple[int, ...], i: int) -> dict | None:
        """The merged attributes the one-token patterns set on a token of this kind (token `i` is one)."""
        if key in self.cache:
            return self.cache[key]
        ids = self._ids(key, doc, i)
        values: dict = {}
        for k in ids:
            values.update(self.ruler.attrs[k])
        if len(self.cache) < MAX_CACHE:
            self.cache[key] = values or None
        return values or None

    def _ids(self, key: tuple[int, ...], doc: Doc, i: int) -> list[int]:
        """The one-token patterns (their keys, in order) that match a token of this kind (token `i` is one)."""
        ids = self.ids_cache.get(key)
        if ids is None:
            matches = self.single(doc[i: i + 1], allow_missing=True, as_spans=False)
            ids = sorted(int(self.ruler.vocab.strings[m]) for m, _, _ in matches)
            if len(self.ids_cache) < MAX_CACHE:
                self.ids_cache[key] = ids
        return ids

    def _multi_token(self, doc: Doc) -> dict[int, list[int]] | None:
        """Token -> keys of the multi-token patterns that set it; None when a match's index falls outside
        it (the original ruler then raises its own error). The matcher reads only the few places where a
        multi-token pattern's first token fits."""
        out: dict[int, list[int]] = {}
        if not len(self.multi):
            return out
        if self.longest < 0:
            found = self.multi(doc, allow_missing=True, as_spans=False)
        else:
            found = set()
            for i in self._starts(doc).tolist():
                found.update((m, i + s, i + e) for m, s, e in
                             self.multi(doc[i: i + self.longest], allow_missing=True, as_spans=False))
        for m, start, end in sorted(found):
            key = int(self.ruler.vocab.strings[m])
            index = self.ruler.indices[key]
            target = start + index if index >= 0 else end + index
            if not start <= target < end:
                return None
            out.setdefault(target, []).append(key)
        return out

    def _starts(self, doc: Doc) -> np.ndarray:
        """Positions where some multi-token pattern's first token may fit (a superset: a test not read here
        counts as fitting)."""
        columns: dict[int, np.ndarray] = {}
        fits = np.zeros(len(doc), dtype=bool)
        for k, tests in enumerate(self.first_tests):
            here = np.ones(len(doc), dtype=bool)
            for attr, kind, arg in tests:
                if attr not in columns:
                    columns[attr] = doc.to_array(attr).reshape(-1)
                column = columns[attr]
                if kind == "in":
                    here &= np.isin(column, arg)
                elif kind == "not_in":
                    here &= ~np.isin(column, arg)
                else:
                    here &= np.isin(column, self._matching(self.fit_cache, (k, attr), [arg], np.unique(column[here])))
            fits |= here
        return np.nonzero(fits)[0]


def _first_token_tests(spec: dict, strings) -> list[tuple[int, str, object]]:
    """A pattern token's tests that `_starts` reads, as (attribute id, "in" / "not_in" / "regex", the values'
    hashes or the compiled regex); the others count as passing."""
    tests = []
    for name, test in spec.items():
        name = _ALIASES.get(name.upper(), name.upper())
        if name not in _CACHEABLE or name.startswith(("IS_", "LIKE_")) or name == "LENGTH":
            continue
        if isinstance(test, str):
            test = {"IN": [test]}
        if not isinstance(test, dict) or len(test) != 1:
            continue
        (op, arg), = test.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list | tuple):
            tests.append((IDS[name], op.lower(), np.array([strings.add(str(v)) for v in arg], dtype=np.uint64)))
        elif op == "REGEX" and isinstance(arg, str):
            tests.append((IDS[name], "regex", re.compile(arg)))
    return tests
