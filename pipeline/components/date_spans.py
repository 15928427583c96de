"""Date mentions the statistical NER does not tag as DATE: years of antiquity after a preposition ("in
366"), years with an era ("3000 BC", "AD842"), centuries, decades, seasons, named periods it tags as
events ("World War II") and holidays.

The token patterns are data (`models/date_patterns.jsonl`), one a line:

    {"name": "...", "before": [...], "pattern": [...], "after": [...]}

`pattern` is a spaCy Matcher pattern for the date itself; `before` and `after` are the tokens that must
stand around it (one token each, no "OP"), which is how a number is a year only in a year's place: "in
366," is a year, "in 300 cases" is not. A value `"$months"` (any list of `models/dates.toml`) in a token
attribute's `IN` or `NOT_IN` is filled with that list. Named periods and holidays of `dates.toml` are
matched as phrases, never when they modify a noun ("Christmas shopping") or end a name ("Johnnie
Christmas"). A bad line is a RuleFileError naming the file and the line.

A found span becomes a DATE entity when it overlaps no name of a person, place, amount or time and no
longer entity; entities it covers (a CARDINAL "366", an EVENT "World War II") and counts around it
give way to it.
"""

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..resources import RuleFileError, load_jsonl, models_dir
from .anchors import AnchoredMatcher
from .date_words import DATE_WORDS_FILE, DateWords, read_date_words
from .rulefiles import RuleFiles

DATE_PATTERNS_FILE = "date_patterns.jsonl"
# Entities a date found by pattern never replaces: a name or an amount overlapping it means the
# pattern read the wrong thing.
KEPT_LABELS = frozenset({"PERSON", "GPE", "MONEY", "PERCENT", "TIME", "QUANTITY"})
# A count the NER drew around a year ("about 360 - 366") gives way even where it is longer.
NUMBER_LABELS = frozenset({"CARDINAL", "ORDINAL"})
_KEYS = frozenset({"name", "before", "pattern", "after"})


@Language.factory("claimscope_date_spans", default_config={"models": None}, requires=["doc.ents"],
                  assigns=["doc.ents"])
def make_date_spans(nlp: Language, name: str, models: str | None) -> "DateSpans":
    """Factory: DATE entities the NER misses, from `models/date_patterns.jsonl` and `dates.toml`."""
    return DateSpans(nlp, models)


# A year after a holiday's name ("Ash Wednesday 1969").
YEAR = re.compile(r"1\d{3}|20\d\d")


def word_lists(words: DateWords) -> dict[str, list[str]]:
    """The lists a pattern may name as "$list": the words of each table, short month names also with
    their dot ("Sept.").

    >>> sorted(word_lists(read_date_words(models_dir() / DATE_WORDS_FILE)))[:4]
    ['decades', 'eras', 'months', 'numbers']
    """
    lists = {name: sorted(getattr(words, name)) for name in
             ("months", "weekdays", "seasons", "decades", "ordinals", "numbers", "eras", "prepositions")}
    lists["months"] += [m + "." for m in words.months if len(m) <= 4]  # "Sept.", "Dec."
    return lists


def expand(spec: object, lists: dict[str, list[str]], where: str) -> object:
    """A token pattern with every "$list" value replaced by the list (an unknown list is an error).

    >>> expand([{"LOWER": {"IN": "$seasons"}}], {"seasons": ["summer", "winter"]}, "f:1")
    [{'LOWER': {'IN': ['summer', 'winter']}}]
    """
    if isinstance(spec, str) and spec.startswith("$"):
        if spec[1:] not in lists:
            raise RuleFileError(f"{where}: unknown word list '{spec}' (known: {', '.join(sorted(lists))})")
        return lists[spec[1:]]
    if isinstance(spec, dict):
        return {k: expand(v, lists, where) for k, v in spec.items()}
    if isinstance(spec, list):
        out: list = []
        for item in spec:
            value = expand(item, lists, where)
            out.extend(value if isinstance(item, str) and item.startswith("$") else [value])
        return out
    return spec


def check_row(row: object, lists: dict[str, list[str]], where: str) -> tuple[str, list, int, int]:
    """One line of the pattern file as (name, full Matcher pattern, tokens before, tokens after)."""
    if not isinstance(row, dict) or not isinstance(row.get("pattern"), list) or not row["pattern"]:
        raise RuleFileError(f"{where}: expected {{\"name\": ..., \"pattern\": [...]}}")
    if set(row) - _KEYS:
        raise RuleFileError(f"{where}: unknown keys {', '.join(sorted(set(row) - _KEYS))}")
    for key in ("before", "after"):
        context = row.get(key, [])
        if not isinstance(context, list) or any(not isinstance(t, dict) or "OP" in t for t in context):
            raise RuleFileError(f"{where}: '{key}' must be a list of single tokens (no \"OP\")")
    row = expand(row, lists, where)
    before, after = row.get("before", []), row.get("after", [])
    return str(row.get("name", "")), [*before, *row["pattern"], *after], len(before), len(after)


class DateSpans(RuleFiles):
    """Adds DATE entities found by the date patterns and the named periods and holidays."""

    rule_files = (DATE_PATTERNS_FILE, DATE_WORDS_FILE)

    def __init__(self, nlp: Language, models: str | None = None) -> None:
        self.vocab, self.tokenizer = nlp.vocab, nlp.tokenizer
        super().__init__(models)

    def load(self, models: str | None) -> None:
        words = read_date_words(models_dir(models) / DATE_WORDS_FILE)
        lists = word_lists(words)
        path = models_dir(models) / DATE_PATTERNS_FILE
        self.matcher = AnchoredMatcher(self.vocab, validate=True)
        self.context: dict[str, tuple[int, int]] = {}
        for line, row in load_jsonl(DATE_PATTERNS_FILE, models):
            where = f"{path}:{line}"
            name, pattern, before, after = check_row(row, lists, where)
            key = f"{line}:{name}"
            try:
                self.matcher.add(key, pattern)
            except (ValueError, TypeError) as e:
                raise RuleFileError(f"{where}: not a valid token pattern ({str(e).splitlines()[0]})") from None
            self.context[key] = (before, after)
        self.phrases = PhraseMatcher(self.vocab, attr="LOWER")
        names = {*words.periods, *words.holidays, *words.easter_holidays, *words.weekday_holidays}
        names |= {n.removeprefix("the ") for n in names} | {"the " + n for n in names if not n.startswith("the ")}
        self.phrases.add("named", [self.tokenizer(n) for n in sorted(names)])
        self.named = frozenset(names)

    def spans(self, doc: Doc) -> list[Span]:
        """Every date span the patterns find, without the context tokens around it."""
        self.ensure_loaded()
        found = []
        for key, start, end in self.matcher(doc):
            before, after = self.context[self.vocab.strings[key]]
            found.append(Span(doc, start + before, end - after, label="DATE"))
        for _, start, end in self.phrases(doc):
            # "Christmas shopping" names no day, nor does "Johnnie Christmas".
            if doc[end - 1].dep_ != "compound" and not (start and doc[start - 1].pos_ == "PROPN"):
                # ... with its year ("Ash Wednesday 1969", "Good Friday, 1972"), which the model may read alone
                # with the weekday ("Wednesday 1969")
                year = next((k for k in (end, end + 1) if k < len(doc) and YEAR.fullmatch(doc[k].text)
                             and (k == end or doc[end].text == ",")), None)
                found.append(Span(doc, start, year + 1 if year is not None else end, label="DATE"))
        return filter_spans(found)

    def __call__(self, doc: Doc) -> Doc:
        current: list[Span | None] = sorted(doc.ents, key=lambda e: e.start)  # in order, none overlapping
        starts, ends = [e.start for e in current], [e.end for e in current]
        added = []
        for span in self.spans(doc):
            # Only the entities next to or across the span can change: found by bisecting, not by a scan.
            near = [k for k in range(bisect_left(ends, span.start), bisect_left(starts, span.end))
                    if current[k] is not None]
            kept = {k: _before_bracket(current[k], span) for k in near}
            hit = [k for k in near if kept[k].start < span.end and span.start < kept[k].end]
            longer = [k for k in hit if kept[k].start < span.start or kept[k].end > span.end]
            # (a holiday the model took for a person: "As to Easter, I ...")
            named = span.text.lower() in self.named and span.root.dep_ not in ("nsubj", "nsubjpass") and all(
                kept[k].start == span.start and kept[k].end == span.end for k in hit)  # not "Christmas said"
            if any(kept[k].label_ in KEPT_LABELS for k in hit) and not named or \
                    any(kept[k].label_ not in NUMBER_LABELS for k in longer):
                continue  # a name or a longer entity stands; the pattern read part of it
            for k in near:
                current[k] = None if k in hit else kept[k]
            added.append(span)
        doc.ents = sorted([e for e in current if e is not None] + added, key=lambda e: e.start)
        return doc


def _before_bracket(ent: Span, date: Span) -> Span:
    """An entity that runs into a bracketed date ("Jules et Jim (1962") ends before the bracket."""
    if ent.start < date.start - 1 < ent.end <= date.end and ent.doc[date.start - 1].text == "(":
        return Span(ent.doc, ent.start, date.start - 1, label=ent.label_, kb_id=ent.kb_id_, span_id=ent.id_)
    return ent
