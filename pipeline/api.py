"""The Python API: an article in, its claims and entities out, exactly as `claimscope run` finds them.

>>> import claimscope
>>> r = claimscope.analyze("Talks resume\\n\\nThe minister said the talks would resume on Friday. "
...                        "It is a welcome step.", published="2024-05-14")
>>> [(c.claim_type, c.speaker) for c in r.claims]
[('sourced', 'The minister'), ('editorial', '')]
>>> r.article.title, r.to_pandas().claims.loc[0, "cue"]
('Talks resume', 'said')
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from .ingest import MAX_BYTES, InputError, iter_inputs, parse_plain_text, unique_ids
from .runner import ArticleResult, Job, process

TEXT_SOURCE = "<text>"


@lru_cache(maxsize=4)
def _shared(model: str | None, models: str | None) -> Language:
    """The pipeline `analyze` uses, loaded once per process (and never handed out, so nobody changes it)."""
    from .nlp import load_nlp

    return load_nlp(model, models)


def load(model: str | None = None, models: str | None = None) -> Language:
    """A new claimscope spaCy pipeline: the English model (`model`, default the installed
    en_core_web_sm) with claimscope's components, rules from the folder `models` (default the shipped
    rules). It reads text as given: `analyze` also cleans it first (hard line wraps, page boilerplate,
    headline and byline), as `claimscope run` does. Set `doc._.published` to resolve relative dates:

    >>> nlp = load()
    >>> doc = nlp.make_doc("“We will win,” Khan said on Friday.")
    >>> doc._.published = "2024-05-14"
    >>> doc = nlp(doc)
    >>> [(s.label_, s._.attribution["speaker"], s._.assertion["assertion"]) for s in doc.spans["claims"]]
    [('sourced', 'Khan', 'opinion')]
    >>> [(e.text, e._.value) for e in doc.ents if e.label_ == "DATE"]
    [('Friday', '2024-05-10')]
    """
    from .nlp import load_nlp

    return load_nlp(model, models)


def _published(published: str | None) -> str:
    if not published:
        return ""
    from .components.dates import normalise_date

    iso = normalise_date(published)
    if not iso:
        raise InputError(f"published: '{published}' is not a date (use YYYY-MM-DD)")
    return published


def _one(job: Job, published: str | None, nlp: Language | None, models: str | None) -> ArticleResult:
    result = next(process([job], nlp or _shared(None, models), _published(published), models))
    if result.rejected:
        raise InputError(result.rejected)
    return result


def analyze(text: str, *, title: str | None = None, published: str | None = None,
            article_id: str = "article", nlp: Language | None = None, models: str | None = None) -> ArticleResult:
    """Claims and entities of an article given as text, cleaned and read as `claimscope run` reads a
    .txt file (a first line that looks like a headline is the title, a byline is the author). `title`
    replaces that title; `published` (YYYY-MM-DD) is the date relative dates resolve against;
    `article_id` starts every claim id (`run` uses the file name); `models` is a folder of edited rules.

    Raises InputError (a ValueError, one line saying why) for empty or oversized text or a bad date.
    """
    if len(text.encode("utf-8", "ignore")) > MAX_BYTES:
        raise InputError(f"{TEXT_SOURCE}: text too large (the limit is {MAX_BYTES // 1_000_000} MB)")
    doc = parse_plain_text(text.removeprefix("\ufeff"))  # a byte-order mark, as decoding a file drops
    if title is not None:
        doc.title = title
    doc.article_id, doc.source_path = article_id, TEXT_SOURCE
    if not doc.text.strip():
        raise InputError(f"{TEXT_SOURCE}: no article text found")
    return _one(Job(TEXT_SOURCE, article_id, doc), published, nlp, models)


def analyze_file(path: str | Path, *, published: str | None = None, nlp: Language | None = None,
                 models: str | None = None) -> ArticleResult:
    """Claims and entities of one article file (.txt, .md or .html), as `claimscope run` gives them,
    with the same article id (the file name without extension).

    Raises InputError (a ValueError) for a file that cannot be read, is of another type, or holds no article.
    """
    found = next(iter_inputs([path]))
    if isinstance(found, InputError):
        raise found
    if found != Path(path):
        raise InputError(f"{path}: a folder; give one file (or use claimscope.run for folders)")
    return _one(Job(str(found), unique_ids([found])[0]), published, nlp, models)
