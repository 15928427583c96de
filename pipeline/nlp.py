"""NLP: the spaCy pipeline — the English model plus claimscope's components, configured from `models/`."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from .components.rulefiles import RuleFiles
from .resources import MODEL_NAMES, RuleFileError, installed_model, load_jsonl, models_dir  # noqa: F401

# Scraped text often drops the space around a quote mark: `said:"We`, `terms,"she said`, `done."He`.
# Punctuation before a mark, and a mark between punctuation and a word, become tokens of their own.
GLUED_QUOTE_INFIXES = (r"(?<=\w)[,.!?:;](?=[\"“”])", r"(?<=[,.!?:;])[\"“”](?=\w)")
# A footnote reference glued to the end of a sentence (`franchise.[6] Critics`, `work.[3][4]`): the stop and the
# bracket become tokens of their own, so the sentence can end there.
FOOTNOTE_INFIXES = (r"(?<=[a-z\d%)])[.!?](?=\[\w{1,3}(?:\]|$))", r"(?<=[.!?\]\"”’])\[(?=\w{1,3}(?:\]|$))",
                    r"(?<=\w)\](?=\[\w)")


PATTERNS_FILE = "entity_patterns.jsonl"


def checked_patterns(nlp: Language, rows: list[tuple[int, dict]], path: Path) -> list[dict]:
    """EntityRuler patterns, each checked: a label the NER knows and a phrase or a valid token pattern;
    a bad one is a RuleFileError naming the file and line."""
    from spacy.matcher import Matcher

    labels = set(nlp.get_pipe("ner").labels)
    matcher = Matcher(nlp.vocab, validate=True)
    for line, row in rows:
        where = f"{path}:{line}"
        if not isinstance(row, dict) or not isinstance(row.get("label"), str):
            raise RuleFileError(f"{where}: expected {{\"label\": ..., \"pattern\": ...}}")
        if row["label"] not in labels:
            raise RuleFileError(f"{where}: unknown label '{row['label']}' (known: {', '.join(sorted(labels))})")
        pattern = row.get("pattern")
        if isinstance(pattern, list):
            try:
                matcher.add(str(line), [pattern])
            except (ValueError, TypeError) as e:
                raise RuleFileError(f"{where}: not a valid token pattern ({str(e).splitlines()[0]})") from None
        elif not isinstance(pattern, str) or not pattern.strip():
            raise RuleFileError(f"{where}: the pattern must be a phrase or a list of token patterns")
    return [row for _, row in rows]


def glue_quotes(nlp: Language) -> None:
    """Split quote marks and footnote references glued to the words around them (see GLUED_QUOTE_INFIXES,
    FOOTNOTE_INFIXES)."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + list(GLUED_QUOTE_INFIXES)
                                                       + list(FOOTNOTE_INFIXES)).finditer


def has_assertion_model(models: str | None) -> bool:
    """Whether the models folder holds the fact/opinion model."""
    return (models_dir(models) / "assertion_model.json").is_file()


class WordList(list):
    """A list that answers `in` from a set: what the lemmatizer asks of it, fast, while it still saves
    (to_disk) as the list it was."""

    def __init__(self, words) -> None:
        super().__init__(words)
        self._words = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._words


def index_sets(nlp: Language) -> None:
    """The rule lemmatizer's word lists as sets: it asks whether a candidate lemma is a known word for every
    token its cache has not seen, and a list (57,000 nouns) answers that by scanning."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos in list(table.keys()):
        if isinstance(table[pos], list) and not isinstance(table[pos], WordList):
            table[pos] = WordList(table[pos])


def cache_attribute_rules(nlp: Language) -> None:
    """Run the model's attribute_ruler with its one-token decisions cached (components/attribute_cache.py);
    the ruler stays as it was when its patterns cannot be cached."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    from .components.attribute_cache import CachedAttributeRuler

    ruler = nlp.get_pipe("attribute_ruler")
    if isinstance(ruler, CachedAttributeRuler) or not CachedAttributeRuler().wrap(ruler):
        return
    cached = nlp.replace_pipe("attribute_ruler", "claimscope_cached_attribute_ruler")
    cached.wrap(ruler)


def load_nlp(model: str | None = None, models: str | None = None, trained: bool = True,
             blas_threads: bool = True) -> Language:
    """The claimscope spaCy pipeline.

    Components, in order: sentence starts at paragraph breaks (before the parser), the
    EntityRuler with `models/entity_patterns.jsonl` (before the NER), entity fixes, money, the dates
    the NER misses (`models/date_patterns.jsonl`), date values, canonical names, quotes, editorial
    markers, attribution and fact/opinion (after it). `trained=False` leaves out the attribution decision
    model (for training it). The model runs on the matrix backend measured fastest here (ops.py);
    `blas_threads=False` keeps numpy's BLAS to one thread (worker processes).
    """
    import spacy

    from .components import register

    register()
    from .ops import use_fastest_ops

    directory = str(models_dir(models))
    use_fastest_ops(blas_threads)
    # Components get a folder only when one was chosen: a saved pipeline's config then names no path
    # of this machine, and its own copy of the rules (to_disk) is what it loads.
    chosen = {"models": directory} if models else {}
    nlp = spacy.load(model or installed_model())
    index_sets(nlp)
    cache_attribute_rules(nlp)
    from .components.lexicon import load_lexicon
    from .components.sentences import add_title_abbreviations

    add_title_abbreviations(nlp, load_lexicon(directory).titles)
    # "$300m." ends a sentence: the English exceptions keep "m." whole as an abbreviation, which
    # glues the full stop to the amount.
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in ("m.", "k.", "b.")}
    glue_quotes(nlp)
    nlp.add_pipe("claimscope_sentences", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="claimscope_entity_ruler", before="ner",
                         config={"overwrite_ents": True})
    patterns = checked_patterns(nlp, load_jsonl(PATTERNS_FILE, directory), models_dir(models) / PATTERNS_FILE)
    # Phrase patterns are matched on their words (ORTH): tokenising them is enough, where spaCy would run every
    # component before the ruler over each of them.
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)
    nlp.add_pipe("claimscope_entity_fixes", config=chosen)
    nlp.add_pipe("claimscope_money", config=chosen)
    nlp.add_pipe("claimscope_date_spans", config=chosen)
    nlp.add_pipe("claimscope_dates")
    nlp.add_pipe("claimscope_canonical")
    nlp.add_pipe("claimscope_quotes")
    nlp.add_pipe("claimscope_editorial", config=chosen)
    nlp.add_pipe("claimscope_attribution", config={**chosen, "trained": trained})
    # A folder `claimscope learn` wrote holds an attribution model only: the shipped fact/opinion one serves.
    own = chosen if has_assertion_model(models) else {}
    nlp.add_pipe("claimscope_assertion", config={**own, "trained": has_assertion_model(own.get("models"))})
    for _, component in nlp.pipeline:
        if isinstance(component, RuleFiles):
            component.ensure_loaded()  # a broken rule file stops here, before any article is read
    return nlp
