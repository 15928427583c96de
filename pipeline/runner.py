"""Run: ingest -> clean -> nlp -> claims -> outputs, streaming over any number of articles.

One generator, `process`, turns jobs (a file and its article id) into ArticleResults in order.
`run` feeds it in this process, in a pool of worker processes (`workers`), or on a Dask cluster
(`engine="dask"`), and appends each result to the outputs as it arrives.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .claims import ArticleProgress, extract, title_mentions
from .clean import CleanText, clean_body
from .ingest import InputError, iter_inputs, read_document, unique_ids
from .outputs import OutputWriter
from .published import resolve_published
from .records import Article, Claim, Document, EntityMention, columns
from .resources import RuleFileError

if TYPE_CHECKING:
    import pandas as pd
    from spacy.tokens import Doc

BATCH_SIZE = 16
# Articles sent to a worker at a time: enough to keep nlp.pipe batches full, few enough to stream.
JOB_BATCH = 4
# Articles whose rows RunResult keeps for a summary; the rest are only counted.
SUMMARY_ARTICLES = 25
# spaCy's parser needs memory in proportion to a Doc's length: long bodies go through in chunks
# cut at paragraph breaks (a paragraph longer than this is cut at a space).
CHUNK_CHARS = 100_000


@dataclass(frozen=True)
class Job:
    """One input to process: its path and its (unique) article id; `document` when it is read already
    (text given to the API rather than a file)."""

    path: str
    article_id: str
    document: Document | None = None


@dataclass
class ArticleResult:
    """What processing one input gave: its records, or the reason it was rejected."""

    job: Job
    article: Article | None = None
    claims: list[Claim] = field(default_factory=list)
    mentions: list[EntityMention] = field(default_factory=list)
    rejected: str = ""
    warning: str = ""
    done: bool = False
    failure: str = ""  # an unforeseen error in one of the article's pieces

    def settled(self) -> ArticleResult:
        """This result, or a rejection naming the error if part of the article could not be processed."""
        if not self.failure:
            return self
        return ArticleResult(self.job, rejected=f"{self.job.path}: could not be processed ({self.failure})",
                             done=True)

    def to_pandas(self) -> Tables:
        """The records as DataFrames with the columns of articles.csv, claims.csv and entities.csv
        (list columns hold lists)."""
        import pandas as pd

        def frame(records: list, kind: type) -> pd.DataFrame:
            return pd.DataFrame([asdict(r) for r in records], columns=columns(kind))

        return Tables(frame([self.article] if self.article else [], Article), frame(self.claims, Claim),
                      frame(self.mentions, EntityMention))


class Tables(NamedTuple):
    """One article's records as DataFrames."""

    article: pd.DataFrame
    claims: pd.DataFrame
    entities: pd.DataFrame


@dataclass
class RunResult:
    """What a run did: totals, the first articles (for a summary), rejections, warnings, orphans."""

    out_dir: Path
    articles: list[Article] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    orphaned_reviews: int = 0
    moved_reviews: int = 0  # reviews moved to a claim whose text was edited
    unchanged: bool = False  # no article was processed, so no output was written or replaced
    n_articles: int = 0
    n_claims: int = 0
    n_sourced: int = 0
    n_words: int = 0

    @property
    def exit_code(self) -> int:
        return 1 if self.rejected or self.unchanged else 0

    def add(self, article: Article) -> None:
        self.n_articles += 1
        self.n_claims += article.n_claims
        self.n_sourced += article.n_sourced
        self.n_words += article.n_words
        if len(self.articles) < SUMMARY_ARTICLES:
            self.articles.append(article)


_ENGLISH_HINTS = frozenset("the of and to in is that for it as was with be by on not he this are or his from at "
                           "which but have an they you were her she has had been its their we will would".split())


def looks_english(text: str) -> bool:
    """Whether a text reads as English: enough of its words are common English function words.

    >>> looks_english("The army chief said that it was a visit."), looks_english("Der Hund ist sehr groß.")
    (True, False)
    """
    words = re.findall(r"[^\W\d_]+", text.lower())[:5000]
    return not words or sum(w in _ENGLISH_HINTS for w in words) / len(words) >= 0.12


def jobs_for(paths: Iterable[str | Path], result: RunResult) -> list[Job]:
    """The jobs of a run, in a stable order; bad paths are recorded on `result`."""
    files: list[Path] = []
    for item in iter_inputs(paths):
        if isinstance(item, InputError):
            result.rejected.append(str(item))
        else:
            files.append(item)
    return [Job(str(p), a) for p, a in zip(files, unique_ids(files), strict=True)]


def prepare(job: Job, published: str = "", models: str | None = None) -> tuple[ArticleResult, CleanText | None]:
    """Ingest and clean one input: its ArticleResult (article or rejection) and its CleanText."""
    path = Path(job.path)
    try:
        doc = job.document if job.document is not None else read_document(path, job.article_id)
        clean = clean_body(doc.text, doc.author, models)
        if not clean.text.strip():
            raise InputError(f"{path}: no article text left after removing boilerplate")
        iso, source = resolve_published(doc, clean.text, published)
    except InputError as e:
        return ArticleResult(job, rejected=str(e)), None
    except RuleFileError:
        raise  # a broken rule file fails every article alike: the run stops with its one line
    except Exception as e:  # an unforeseen failure on one file must not end the run
        return ArticleResult(job, rejected=f"{path}: could not be processed ({type(e).__name__}: {e})"), None
    article = Article(article_id=job.article_id, source_path=job.path, title=doc.title, author=doc.author,
                      published=iso, published_source=source,
                      dateline=doc.published if doc.published_source == "dateline" else "")
    res = ArticleResult(job, article)
    warnings = []
    if not looks_english(clean.text):
        article.language_warning = "mostly non-English text"
        warnings.append("mostly non-English text; processed with the English model")
    if not iso:
        warnings.append("no publication date found (give --published YYYY-MM-DD); relative dates are left "
                        "unresolved")
    if warnings:
        res.warning = f"{path}: " + "; ".join(warnings)
    return res, clean


def check_cleaning_rules(models: str | None = None) -> None:
    """Read the cleaning rules now: a broken cleaning.toml stops the run before any input is read."""
    from .clean import _rules
    from .plaintext import text_rules

    _rules(models)
    text_rules()


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """A body cut into (offset, text) pieces of at most about `size` characters, at paragraph breaks.

    >>> [(o, t) for o, t in chunks("aa bb\\n\\ncc", size=7)]
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


def process(jobs: Iterable[Job], nlp, published: str = "", models: str | None = None) -> Iterator[ArticleResult]:
    """ArticleResults for jobs, in job order, streaming: nlp.pipe batches chunks across articles."""
    pending: deque[ArticleResult] = deque()

    def docs():
        for job in jobs:
            res, clean = prepare(job, published, models)
            pending.append(res)
            if res.article is None:
                res.done = True
                continue
            state = ArticleProgress(res.article, clean)
            parts = chunks(clean.text)
            if res.article.title:
                parts.append((None, res.article.title))  # the headline, after the body: see title_mentions
            for k, (offset, text) in enumerate(parts):
                doc = nlp.make_doc(text)
                doc._.published = res.article.published
                doc._.author = res.article.author or ""
                doc._.title = res.article.title or ""
                yield doc, (res, state, offset, k == len(parts) - 1)

    def finished():
        while pending and pending[0].done:
            yield pending.popleft().settled()

    failed: list[tuple[Doc, Exception]] = []

    def drop(name, proc, docs, e):  # noqa: ARG001 (spaCy's error-handler signature)
        failed.extend((d, e) for d in docs)

    def note_failures():
        # An article whose text trips a component loses only itself: spaCy leaves the Doc out of the
        # stream, and its context says whose it was.
        while failed:
            doc, e = failed.pop()
            res, _, _, last = doc._context
            res.failure = res.failure or f"{type(e).__name__}: {e}"
            res.done = res.done or last

    # Our components have no error handler of their own: spaCy calls the pipeline's default for them. (Setting
    # it through set_error_handler would also try the parser, which cannot take one.)
    previous, nlp.default_error_handler = nlp.default_error_handler, drop
    try:
        for doc, (res, state, offset, last) in nlp.pipe(docs(), as_tuples=True, batch_size=BATCH_SIZE):
            note_failures()
            try:
                if offset is None:
                    res.mentions[:0] = title_mentions(doc, state)
                else:
                    claims, mentions = extract(doc, state, offset)
                    res.claims.extend(claims)
                    res.mentions.extend(mentions)
            except Exception as e:  # one article's failure must not end the run
                res.failure = res.failure or f"{type(e).__name__}: {e}"
            res.done = last
            yield from finished()
        note_failures()
    finally:
        nlp.default_error_handler = previous
    yield from finished()


_WORKER_NLP = None


def _worker_nlp(models: str | None):
    """The pipeline of this worker process, loaded once."""
    global _WORKER_NLP
    if _WORKER_NLP is None:
        from .nlp import load_nlp

        _WORKER_NLP = load_nlp(models=models, blas_threads=False)  # the workers already share the cores
    return _WORKER_NLP


def process_batch(jobs: list[Job], published: str = "", models: str | None = None) -> list[ArticleResult]:
    """Process a batch of jobs in a worker (a pool process or a Dask worker)."""
    return list(process(jobs, _worker_nlp(models), published, models))


def _batches(jobs: list[Job], size: int) -> Iterator[list[Job]]:
    it = iter(jobs)
    while batch := list(islice(it, size)):
        yield batch


def _local_pool(jobs: list[Job], workers: int, published: str, models: str | None) -> Iterator[ArticleResult]:
    import multiprocessing as mp
    from functools import partial

    ctx = mp.get_context("spawn" if os.name != "posix" else "fork")
    with ctx.Pool(workers) as pool:
        work = partial(process_batch, published=published, models=models)
        for batch in pool.imap(work, _batches(jobs, JOB_BATCH)):
            yield from batch


def _dask(jobs: list[Job], scheduler: str, published: str, models: str | None,
          window: int = 64) -> Iterator[ArticleResult]:
    from distributed import Client

    with Client(scheduler) as client:
        batches = _batches(jobs, JOB_BATCH)
        futures = []
        # Keep a bounded window of batches in flight; gather them in submission order.
        for batch in islice(batches, window):
            futures.append(client.submit(process_batch, batch, published, models, pure=False))
        while futures:
            fut = futures.pop(0)
            yield from fut.result()
            fut.release()
            nxt = next(batches, None)
            if nxt is not None:
                futures.append(client.submit(process_batch, nxt, published, models, pure=False))


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run(paths: Iterable[str | Path], out_dir: str | Path = "outputs", published: str = "",
        nlp=None, models: str | None = None, workers: int = 1, engine: str = "local",
        scheduler: str = "", formats: tuple[str, ...] = (),
        progress: Callable[[Article], None] | None = None, on_start: Callable[[int], None] | None = None) -> RunResult:
    """Process articles into the output files in `out_dir`; bad inputs are recorded, not raised.

    `workers` > 1 runs a pool of processes on this machine; `engine="dask"` runs on the
    dask.distributed cluster at `scheduler`. Outputs are the same, in the same order, either way.
    """
    result = RunResult(Path(out_dir))
    check_cleaning_rules(models)
    jobs = jobs_for(paths, result)
    if on_start:
        on_start(len(jobs))
    if engine == "dask":
        results = _dask(jobs, scheduler, published, models)
    elif workers > 1 and len(jobs) > 1:
        results = _local_pool(jobs, workers, published, models)
    else:
        if nlp is None:
            from .nlp import load_nlp

            nlp = load_nlp(models=models)
        results = process(jobs, nlp, published, models)
    writer = OutputWriter(out_dir, formats)
    try:
        for res in results:
            if res.rejected:
                result.rejected.append(res.rejected)
                continue
            if res.warning:
                result.warnings.append(res.warning)
            writer.write_claims(res.claims, res.mentions)
            writer.write_article(res.article)
            result.add(res.article)
            if progress:
                progress(res.article)
    except BaseException:
        writer.abort()
        raise
    if not result.n_articles:
        # Nothing processed (a mistyped path, every file rejected): the previous outputs stay as they are.
        writer.abort()
        result.unchanged = True
        return result
    result.orphaned_reviews = len(writer.close())
    result.moved_reviews = writer.moved
    return result
