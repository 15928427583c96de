"""Training and measuring the attribution decision on labelled documents, held out by document.

A labelled set is a folder with `texts/DOC.txt`, `metadata.tsv` (doc, date, ...) and `gold_claims.tsv`
(doc, anchor, S/E/A, speaker keys): a gold anchor labels the first sentence of its document that
contains it. `collect` runs the pipeline once over a set and keeps every sentence's features;
`fit` trains a model from examples; `cross_validate` gives each document the probabilities of a model
that never saw it, which is what every reported figure comes from.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .components.attribution import Reading, decide, set_attributions
from .components.decision import LinearModel
from .resources import SHIPPED_MODELS

SEED = 13
FOLDS = 5
# Inverse L2 strength of the logistic model (scikit-learn's C), chosen on held-out documents.
REGULARISATION = 0.3
# Weight of an example from the spec set against one from GUM: the spec set is smaller, and it is the one
# labelled by the definition itself.
SPEC_WEIGHT = 2.0
# Weight of a claim a user reviewed (`claimscope learn`): the user's own texts and judgement.
REVIEW_WEIGHT = 3.0
SET_WEIGHTS = {"spec": SPEC_WEIGHT, "reviews": REVIEW_WEIGHT}
# Confidence under which a decision counts as doubtful in the calibration report.
DOUBTFUL = 0.8


def norm(text: str) -> str:
    """Text as the gold anchors are matched: straight quotes, single spaces, lower case.

    >>> norm("“He  said”  it’s  done")
    '"he said" it\\'s done'
    """
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"-\s+", "-", text)
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass
class LabelledDoc:
    """One processed document of a labelled set: its Doc, its readings and the gold label of each
    (1 sourced, 0 editorial, None not labelled)."""

    set_name: str
    doc_id: str
    doc: object
    readings: list[Reading]
    labels: list[int | None] = field(default_factory=list)
    article: object = None
    clean: object = None
    raw_labels: list[int | None] = field(default_factory=list)  # before alignment with the spec


def read_gold(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Gold (anchor, label) pairs per document, in file order."""
    gold: dict[str, list[tuple[str, str]]] = {}
    with open(path, encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or row[0].startswith("#") or len(row) < 3:
                continue
            gold.setdefault(row[0], []).append((row[1], row[2]))
    return gold


def anchored(readings: Sequence[Reading], anchor: str) -> int | None:
    """The index of the first reading whose sentence contains the anchor, as the scorer matches it."""
    a = norm(anchor)
    return next((k for k, r in enumerate(readings) if a in norm(r.sent.text)), None)


def label_readings(readings: Sequence[Reading], gold: Iterable[tuple[str, str]]) -> list[int | None]:
    """The gold label of each reading: an anchor labels the first sentence containing it (S -> 1, E -> 0)."""
    labels: list[int | None] = [None] * len(readings)
    for anchor, label in gold:
        if label not in ("S", "E"):
            continue
        i = anchored(readings, anchor)
        if i is not None and labels[i] is None:
            labels[i] = 1 if label == "S" else 0
    return labels


def aligned_gold(doc: LabelledDoc, gold: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """A document's gold (anchor, label) pairs with the labels training used: S/E as aligned with the spec,
    A where the derivation could not tell."""
    out = []
    for anchor, label in gold:
        i = anchored(doc.readings, anchor) if label in ("S", "E") else None
        if i is not None:
            y = doc.labels[i]
            label = "A" if y is None else ("S" if y else "E")
        out.append((anchor, label))
    return out


def spec_labels(readings: Sequence[Reading], labels: Sequence[int | None]) -> list[int | None]:
    """GUM's labels brought in line with the attribution spec where their derivation departs from it.

    GUM's RST layer marks attribution only on a clause next to a cue, so a full-sentence quotation (every
    sentence of a multi-sentence quote, a quote whose speaker is not named) is relabelled sourced, and a
    speech act with an object ("rejected the allegations"), a report of an object ("reported the deaths")
    or a raised passive ("X is said to have"), which have no such clause, are left unlabelled.
    """
    out = list(labels)
    for i, (r, y) in enumerate(zip(readings, labels, strict=True)):
        if y == 0 and r.features.get("quote_share:high") and not r.features.get("quote_words:1-3"):
            out[i] = 1
        elif y == 0 and any(r.features.get(f"via:{v}") for v in ("speech_act", "raising", "object")):
            out[i] = None
    return out


def read_document(path: Path, doc_id: str, published: str, nlp, set_name: str) -> LabelledDoc | None:
    """One document run through the pipeline as `claimscope run` would (same ingest and cleaning), with its
    readings and no labels yet; None when it cannot be read."""
    from .runner import Job, prepare

    res, clean = prepare(Job(str(path), doc_id), published)
    if res.article is None:
        return None
    doc = nlp.make_doc(clean.text)
    doc._.published = res.article.published
    doc._.author = res.article.author or ""
    doc._.title = res.article.title or ""
    doc = nlp(doc)
    readings = nlp.get_pipe("claimscope_attribution").readings(doc)
    return LabelledDoc(set_name, doc_id, doc, readings, [None] * len(readings), res.article, clean,
                       [None] * len(readings))


def collect(set_dir: Path, nlp, name: str = "") -> list[LabelledDoc]:
    """Run the pipeline over a labelled set; every document with its readings and labels."""
    name = name or set_dir.name
    gold = read_gold(set_dir / "gold_claims.tsv")
    dates = {}
    with open(set_dir / "metadata.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            dates[row["doc"]] = row.get("date", "")
    out = []
    for doc_id in sorted(dates):
        d = read_document(set_dir / "texts" / f"{doc_id}.txt", doc_id, dates[doc_id], nlp, name)
        if d is None:
            continue
        d.raw_labels = label_readings(d.readings, gold.get(doc_id, []))
        # GUM's derived labels are aligned; the spec examples are labelled by the spec itself.
        d.labels = spec_labels(d.readings, d.raw_labels) if name in SHARED_SETS else d.raw_labels
        out.append(d)
    return out


def examples(docs: Iterable[LabelledDoc]) -> tuple[list[dict[str, float]], list[int], list[float]]:
    """The labelled (features, label, weight) triples of some documents, as three lists."""
    xs, ys, ws = [], [], []
    for d in docs:
        for r, y in zip(d.readings, d.labels, strict=True):
            if y is not None:
                xs.append(r.features)
                ys.append(y)
                ws.append(SET_WEIGHTS.get(d.set_name, 1.0))
    return xs, ys, ws


def fit(xs: Sequence[dict[str, float]], ys: Sequence[int], c: float = REGULARISATION,
        seed: int = SEED, meta: dict | None = None, weights: Sequence[float] | None = None) -> LinearModel:
    """A logistic model fitted to (optionally weighted) examples (scikit-learn, deterministic for a seed)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(xs)
    clf = LogisticRegression(C=c, max_iter=5000, random_state=seed, solver="lbfgs")
    clf.fit(x, list(ys), sample_weight=None if weights is None else list(weights))
    weights = {name: float(w) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)}
    return LinearModel(float(clf.intercept_[0]), weights, meta or {})


def folds(docs: Sequence[LabelledDoc], k: int = FOLDS, seed: int = SEED) -> list[int]:
    """The fold of each document: documents shuffled with a fixed seed, then dealt round-robin
    within each set so every fold holds every genre."""
    import random

    rng = random.Random(seed)
    order = list(range(len(docs)))
    rng.shuffle(order)
    fold = [0] * len(docs)
    counters: dict[str, int] = {}
    for i in order:
        s = docs[i].set_name
        fold[i] = counters.get(s, 0) % k
        counters[s] = counters.get(s, 0) + 1
    return fold


def cross_validate(docs: Sequence[LabelledDoc], k: int = FOLDS, c: float = REGULARISATION,
                   seed: int = SEED) -> list[LinearModel]:
    """For each document, the model trained on the other folds (one model per fold, per document)."""
    fold = folds(docs, k, seed)
    models = [fit_docs(training_docs(docs, fold, i), c, seed) for i in range(k)]
    return [models[f] for f in fold]


def fit_docs(docs: Iterable[LabelledDoc], c: float = REGULARISATION, seed: int = SEED,
             meta: dict | None = None) -> LinearModel:
    """A model fitted to the labelled sentences of some documents, each weighted by its set."""
    xs, ys, ws = examples(docs)
    return fit(xs, ys, c, seed, meta, ws)


def training_docs(docs: Sequence[LabelledDoc], fold: Sequence[int], held_out: int) -> list[LabelledDoc]:
    """The documents a fold's model learns from: every one outside that fold."""
    return [d for d, f in zip(docs, fold, strict=True) if f != held_out]


def apply(doc: LabelledDoc, model: LinearModel) -> list[float]:
    """Decide every sentence of a document with a model (setting `sent._.attribution`); P(sourced) each."""
    if doc.readings:
        set_attributions(doc.readings[0].sent.doc, [(r.sent, decide(r, model)) for r in doc.readings])
    return [model.probability(r.features) for r in doc.readings]


def calibration(probs: Sequence[float], labels: Sequence[int], bins: int = 10) -> dict:
    """Expected calibration error of the predicted class's confidence over equal-width bins, and the
    mean confidence of right and of wrong decisions.

    >>> calibration([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])["accuracy"]
    1.0
    """
    conf = [p if p >= 0.5 else 1 - p for p in probs]
    right = [(p >= 0.5) == bool(y) for p, y in zip(probs, labels, strict=True)]
    ece = 0.0
    for b in range(bins):
        lo, hi = 0.5 + b * 0.5 / bins, 0.5 + (b + 1) * 0.5 / bins
        idx = [i for i, c in enumerate(conf) if lo <= c < hi or (b == bins - 1 and c == hi)]
        if idx:
            ece += len(idx) / len(conf) * abs(sum(conf[i] for i in idx) / len(idx)
                                              - sum(right[i] for i in idx) / len(idx))
    mean = lambda v: sum(v) / len(v) if v else math.nan  # noqa: E731
    doubtful = [r for c, r in zip(conf, right, strict=True) if c < DOUBTFUL]
    return {"n": len(conf), "ece": round(ece, 3), "accuracy": round(mean(right), 3),
            f"accuracy_below_{DOUBTFUL}": round(mean(doubtful), 3), f"n_below_{DOUBTFUL}": len(doubtful),
            "confidence_right": round(mean([c for c, r in zip(conf, right, strict=True) if r]), 3),
            "confidence_wrong": round(mean([c for c, r in zip(conf, right, strict=True) if not r]), 3)}


# The labelled sets the shipped model learns from: GUM (Zeldes 2017; texts CC BY / CC BY-SA, annotations
# CC BY 4.0), found in the evaluation folder, and claimscope's own spec examples (CC BY 4.0) in models/.
SHARED_SETS = ("gum", "gum-more")
SPEC_SET = SHIPPED_MODELS / "training" / "spec"


def training_sets(eval_dir: Path) -> list[tuple[str, Path]]:
    """(name, folder) of every labelled set the model is trained on."""
    return [(name, eval_dir / name) for name in SHARED_SETS] + [("spec", SPEC_SET)]


def collect_sets(eval_dir: Path, nlp) -> list[LabelledDoc]:
    """Every document of every training set."""
    return [d for name, folder in training_sets(eval_dir) for d in collect(folder, nlp, name)]


def train(docs: Sequence[LabelledDoc], c: float = REGULARISATION, seed: int = SEED) -> LinearModel:
    """The model to ship: fitted on every labelled document, with what it was trained on in `meta`."""
    xs, ys, ws = examples(docs)
    sets = sorted({d.set_name for d in docs})
    meta = {"trained_on": sets, "documents": len(docs), "examples": len(ys), "sourced": sum(ys),
            "regularisation_c": c, "spec_weight": SPEC_WEIGHT, "seed": seed,
            "licence": "GUM (Zeldes 2017): texts CC BY / CC BY-SA, annotations CC BY 4.0; "
                       "claimscope spec examples: CC BY 4.0"}
    return fit(xs, ys, c, seed, meta, ws)
