"""Learning from reviews: refit the attribution decision on the training data plus every reviewed claim.

`learn` reads the reviewed `claims.csv` of one or more result folders, runs the pipeline again over each
reviewed article (from `articles.csv`'s source_path) to get every claim's features, matches claims by
claim_id, and fits the model on the base training data plus the reviews (weighted REVIEW_WEIGHT). It
measures, on the reviewed claims, the model before (the one in use) and after (cross-validated by article:
an article's claims are decided by a model fitted without that article's reviews), and writes a models
folder that `claimscope run --model DIR` uses.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from .claims import ArticleProgress, extract
from .components.decision import MODEL_FILE, LinearModel
from .resources import models_dir
from .review import reviewed
from .spreadsheet import read_rows
from .training import SEED, LabelledDoc, examples, fit_docs, folds, read_document, training_docs

REVIEW_SET = "reviews"


class Scores(NamedTuple):
    """Sourced precision, recall and F1 on reviewed claims."""

    precision: float
    recall: float
    f1: float


@dataclass
class LearnReport:
    """What `learn` did: the reviews it used, the figures before and after, what it skipped."""

    reviewed: int = 0
    articles: int = 0
    before: Scores | None = None
    after: Scores | None = None
    written: Path | None = None
    skipped: list[str] | None = None


def scores(probs: Sequence[float], labels: Sequence[int]) -> Scores:
    """Sourced P/R/F1 of decisions at 0.5.

    >>> scores([0.9, 0.2, 0.7], [1, 1, 0])
    Scores(precision=0.5, recall=0.5, f1=0.5)
    """
    tp = sum(p >= 0.5 and y == 1 for p, y in zip(probs, labels, strict=True))
    fp = sum(p >= 0.5 and y == 0 for p, y in zip(probs, labels, strict=True))
    fn = sum(p < 0.5 and y == 1 for p, y in zip(probs, labels, strict=True))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return Scores(round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0)


def _source(results: Path, source_path: str) -> Path | None:
    """Where a reviewed article's text is: its path as run, or relative to the results folder's parent."""
    for candidate in (Path(source_path), results.parent / source_path, results / source_path):
        if candidate.is_file():
            return candidate
    return None


def reviewed_docs(results_dirs: Sequence[Path], nlp) -> tuple[list[LabelledDoc], list[str]]:
    """The reviewed articles of result folders, labelled by their reviews; and what had to be skipped."""
    out, skipped = [], []
    seen: set[str] = set()
    for results in dict.fromkeys(Path(r).resolve() for r in results_dirs):  # each folder once
        claims = results / "claims.csv"
        if not claims.exists():
            skipped.append(f"{results}: no claims.csv")
            continue
        truth = reviewed(claims)
        by_article = {a: dict(zip(g["claim_id"], g["truth"], strict=True)) for a, g in truth.groupby("article_id")}
        articles = {r["article_id"]: r for r in read_rows(results / "articles.csv", required=("article_id",))}
        for article_id, labels in by_article.items():
            meta = articles.get(article_id, {})
            path = _source(results, meta.get("source_path", ""))
            if path is not None and str(path.resolve()) in seen:
                skipped.append(f"{article_id}: {path} is reviewed in an earlier folder; its first reviews are used")
                continue
            if path is None:
                skipped.append(f"{article_id}: source text not found ({meta.get('source_path') or 'not listed'})")
                continue
            d = read_document(path, article_id, meta.get("published", ""), nlp, REVIEW_SET)
            if d is None:
                skipped.append(f"{article_id}: {path} could not be read")
                continue
            rows, _ = extract(d.doc, ArticleProgress(replace(d.article), d.clean))
            d.labels = [None if labels.get(c.claim_id) is None else int(labels[c.claim_id] == "sourced")
                        for c in rows]
            d.raw_labels = list(d.labels)
            if any(y is not None for y in d.labels):
                out.append(d)
                seen.add(str(path.resolve()))
    return out, skipped


def learn(results_dirs: Sequence[Path], base: Sequence[LabelledDoc], current: LinearModel, nlp,
          out_dir: Path | None = None, models: str | None = None, k: int = 5) -> LearnReport:
    """Fit the decision on `base` plus the reviews of `results_dirs`; measure it; write it to `out_dir`
    (a copy of the models folder in use with the new model) unless there is no review."""
    docs, skipped = reviewed_docs(results_dirs, nlp)
    report = LearnReport(skipped=skipped)
    xs, ys, _ = examples(docs)
    report.reviewed, report.articles = len(ys), len(docs)
    if not ys:
        return report
    report.before = scores([current.probability(x) for x in xs], ys)
    fold = folds(docs, min(k, len(docs)), SEED)
    probs, labels = [], []
    for i in sorted(set(fold)):
        model = fit_docs(list(base) + training_docs(docs, fold, i))
        for d, f in zip(docs, fold, strict=True):
            if f == i:
                px, py, _ = examples([d])
                probs += [model.probability(x) for x in px]
                labels += py
    report.after = scores(probs, labels)
    if out_dir is not None:
        final = fit_docs(list(base) + docs, meta={**current.meta, "reviews": report.reviewed,
                                                   "reviewed_articles": report.articles})
        if out_dir.resolve() != models_dir(models).resolve():
            shutil.copytree(models_dir(models), out_dir, dirs_exist_ok=True)
        (out_dir / MODEL_FILE).write_text(final.to_json(), encoding="utf-8")
        report.written = out_dir
    return report
