"""Run: ingest -> clean -> nlp -> claims -> outputs, streaming over any number of articles."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .claims import ArticleProgress, extract
from .clean import CleanText, clean_body
from .components.dates import infer_published, normalise_date
from .ingest import InputError, iter_inputs, read_document, unique_ids
from .outputs import OutputWriter
from .records import Article, Document

BATCH_SIZE = 16
# spaCy's parser needs memory in proportion to a Doc's length: long bodies go through in chunks
# cut at paragraph breaks (a paragraph longer than this is cut at a space).
CHUNK_CHARS = 100_000


@dataclass
class RunResult:
    """What a run did: articles written, inputs rejected (path: reason), warnings, orphaned reviews."""

    out_dir: Path
    articles: list[Article] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    orphaned_reviews: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected else 0


def resolve_published(doc: Document, body: str, override: str = "") -> tuple[str, str]:
    """The publication date (ISO) and where it came from: option, HTML metadata, dateline, or inferred."""
    if override:
        return normalise_date(override) or override, "option"
    if doc.published:
        iso = normalise_date(doc.published)
        if iso:
            return iso, doc.published_source or "metadata"
    year = infer_published(body)
    return (year, "inferred_year") if year else ("", "")


_ENGLISH_HINTS = frozenset("the of and to in is that for it as was with be by on not he this are or his from at "
                           "which but have an they you were her she has had been its their we will would".split())


def looks_english(text: str) -> bool:
    """Whether a text reads as English: enough of its words are common English function words.

    >>> looks_english("The army chief said that it was a visit."), looks_english("Der Hund ist sehr groß.")
    (True, False)
    """
    words = re.findall(r"[^\W\d_]+", text.lower())[:5000]
    return not words or sum(w in _ENGLISH_HINTS for w in words) / len(words) >= 0.12


def prepared(paths: Iterable[str | Path], result: RunResult, published: str = "",
             models: str | None = None) -> Iterator[tuple[Article, CleanText]]:
    """Ingest and clean each input, recording rejections on `result` instead of raising."""
    files: list[Path] = []
    for item in iter_inputs(paths):
        if isinstance(item, InputError):
            result.rejected.append(str(item))
        else:
            files.append(item)
    for path, article_id in zip(files, unique_ids(files), strict=True):
        try:
            doc = read_document(path, article_id)
            clean = clean_body(doc.text, doc.author, models)
            if not clean.text.strip():
                raise InputError(f"{path}: no article text left after removing boilerplate")
        except InputError as e:
            result.rejected.append(str(e))
            continue
        except Exception as e:  # an unforeseen failure on one file must not end the run
            result.rejected.append(f"{path}: could not be processed ({type(e).__name__}: {e})")
            continue
        iso, source = resolve_published(doc, clean.text, published)
        article = Article(article_id=article_id, source_path=str(path), title=doc.title, author=doc.author,
                          published=iso, published_source=source,
                          dateline=doc.published if doc.published_source == "dateline" else "")
        if not looks_english(clean.text):
            article.language_warning = "mostly non-English text"
            result.warnings.append(f"{path}: mostly non-English text; processed with the English model")
        yield article, clean


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """A body cut into (offset, text) pieces of at most about `size` characters, at paragraph breaks.

    >>> [(o, t) for o, t in chunks("aa bb\n\ncc", size=5)]
    [(0, 'aa bb'), (7, 'cc')]
    """
    if len(text) <= size:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut if cut > start else end
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            out.append((start + lead, piece.strip()))
        start = end
    return out


def run(paths: Iterable[str | Path], out_dir: str | Path = "outputs", published: str = "",
        nlp=None, models: str | None = None,
        progress: Callable[[Article], None] | None = None) -> RunResult:
    """Process articles into the output files in `out_dir`; bad inputs are recorded, not raised."""
    from .nlp import load_nlp

    result = RunResult(Path(out_dir))
    nlp = nlp or load_nlp(models=models)
    items = prepared(paths, result, published, models)

    def docs():
        for article, clean in items:
            state = ArticleProgress(article, clean)
            parts = chunks(clean.text)
            for k, (offset, text) in enumerate(parts):
                doc = nlp.make_doc(text)
                doc._.published = article.published
                yield doc, (state, offset, k == len(parts) - 1)

    writer = OutputWriter(out_dir)
    try:
        for doc, (state, offset, last) in nlp.pipe(docs(), as_tuples=True, batch_size=BATCH_SIZE):
            writer.write_claims(*extract(doc, state, offset))
            if last:
                writer.write_article(state.article)
                result.articles.append(state.article)
                if progress:
                    progress(state.article)
    except BaseException:
        writer.abort()
        raise
    result.orphaned_reviews = len(writer.close())
    return result
