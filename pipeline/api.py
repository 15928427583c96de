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

from .ingest import InputError, parse_plain_text, unique_ids
from .runner import ArticleResult, Job, process

TEXT_SOURCE = "<text>"


@lru_cache(maxsize=4)
def _pipeline(model: str | None, models: str | None) -> Language:
    from .nlp import load_nlp

    return load_nlp(model, models)


def load(model: str | None = None, models: str | None = None) -> Language:
    """The claimscope spaCy pipeline: the English model (`model`, default the installed
    en_core_web_sm) with claimscope's components, rules from the folder `models` (default the shipped
    rules). Loaded once per process and shared.

    >>> nlp = load()
    >>> doc = nlp("“We will win,” Khan said.")
    >>> [(s.text, s.label_, s._.attribution["speaker"]) for s in doc.spans["claims"]]
    [('“We will win,” Khan said.', 'sourced', 'Khan')]
    """
    return _pipeline(model, models)


def _one(job: Job, published: str | None, nlp: Language | None) -> ArticleResult:
    result = next(process([job], nlp or load(), published or ""))
    if result.rejected:
        raise InputError(result.rejected)
    return result


def analyze(text: str, *, title: str | None = None, published: str | None = None,
            article_id: str = "article", nlp: Language | None = None) -> ArticleResult:
    """Claims and entities of an article given as text, cleaned and read as `claimscope run` reads a
    .txt file (a first line that looks like a headline is the title, a byline is the author). `title`
    replaces that title; `published` (YYYY-MM-DD) is the date relative dates resolve against.

    Raises InputError (a ValueError) when no article text is left, with the reason in one line.
    """
    doc = parse_plain_text(text.removeprefix("\ufeff"))  # a byte-order mark, as decoding a file drops
    if title is not None:
        doc.title = title
    doc.article_id, doc.source_path = article_id, TEXT_SOURCE
    if not doc.text.strip():
        raise InputError(f"{TEXT_SOURCE}: no article text found")
    return _one(Job(TEXT_SOURCE, article_id, doc), published, nlp)


def analyze_file(path: str | Path, *, published: str | None = None, nlp: Language | None = None) -> ArticleResult:
    """Claims and entities of one article file (.txt, .md or .html), as `claimscope run` gives them,
    with the same article id (the file name without extension).

    Raises InputError (a ValueError) for a file that cannot be read or holds no article.
    """
    path = Path(path)
    return _one(Job(str(path), unique_ids([path])[0]), published, nlp)
