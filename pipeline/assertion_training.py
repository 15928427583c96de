"""Training and measuring the fact/opinion model on labelled claims.

The labelled set is `models/training/assertion/labels.tsv` (doc, text, label F/O/Q; see GUIDELINE.md
there): each claim is parsed on its own by the pipeline and read by `assertion_features`. Held-out
figures come from 5-fold cross-validation by document; questions are decided by their rule, so the
model learns fact vs opinion only.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .components.assertion import asks, assertion_features
from .components.decision import LinearModel
from .resources import SHIPPED_MODELS
from .training import FOLDS, SEED, calibration, fit

ASSERTION_SET = SHIPPED_MODELS / "training" / "assertion"
LABELS = {"F": "fact", "O": "opinion", "Q": "question"}
# Inverse regularisation strength, chosen with LEXICAL in components/assertion.py on the same folds.
REGULARISATION = 0.1


@dataclass
class LabelledClaim:
    doc: str
    text: str
    label: str  # fact, opinion or question
    features: dict[str, float]
    question: bool = False  # what the question rule says (components/assertion.asks)


def read_labels(path: Path) -> list[tuple[str, str, str]]:
    """(doc, text, label) rows of a labels file (TSV with doc, text, label columns)."""
    with open(path, encoding="utf-8", newline="") as f:
        return [(r["doc"], r["text"], LABELS[r["label"]]) for r in csv.DictReader(f, delimiter="\t")
                if r.get("label") in LABELS]


def featurise(rows: Sequence[tuple[str, str, str]], nlp) -> list[LabelledClaim]:
    """Each labelled claim parsed by the pipeline (its attribution included) and read into features."""
    from .components.sentences import claim_spans

    out = []
    for (doc_id, text, label), doc in zip(rows, nlp.pipe([t for _, t, _ in rows], batch_size=64), strict=True):
        spans = claim_spans(doc)
        sent = max(spans, key=len) if spans else doc[:]
        out.append(LabelledClaim(doc_id, text, label, assertion_features(sent, sent._.attribution), asks(sent)))
    return out


def doc_folds(claims: Sequence[LabelledClaim], k: int = FOLDS, seed: int = SEED) -> list[int]:
    """The fold of each claim: its document's, documents dealt round-robin after a seeded shuffle."""
    import random

    docs = sorted({c.doc for c in claims})
    random.Random(seed).shuffle(docs)
    fold_of = {d: i % k for i, d in enumerate(docs)}
    return [fold_of[c.doc] for c in claims]


def fit_claims(claims: Sequence[LabelledClaim], c: float = REGULARISATION, seed: int = SEED,
               meta: dict | None = None) -> LinearModel:
    """P(opinion) over the claims that are not questions."""
    pairs = [(x.features, int(x.label == "opinion")) for x in claims if x.label != "question"]
    return fit([p[0] for p in pairs], [p[1] for p in pairs], c, seed, meta)


def predict(model: LinearModel, claim: LabelledClaim) -> tuple[str, float]:
    """(assertion, P(opinion)) of one labelled claim, the question rule first."""
    if claim.question:
        return "question", 0.5
    p = model.probability(claim.features)
    return ("opinion" if p >= 0.5 else "fact"), p


def scores(gold: Sequence[str], pred: Sequence[str]) -> dict:
    """Per-class F1, macro-F1 over the classes present in the gold, and accuracy.

    >>> scores(["fact", "opinion", "question"], ["fact", "fact", "question"])["macro_f1"]
    0.556
    """
    out: dict = {}
    f1s = []
    for label in ("fact", "opinion", "question"):
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
        if tp + fn == 0:
            continue
        prec, rec = (tp / (tp + fp) if tp + fp else 0.0), tp / (tp + fn)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[f"{label}_f1"] = round(f1, 3)
        out[f"{label}_n"] = tp + fn
        f1s.append(f1)
    out["macro_f1"] = round(sum(f1s) / len(f1s), 3) if f1s else 0.0
    out["accuracy"] = round(sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold), 3) if gold else 0.0
    return out


def cross_validated(claims: Sequence[LabelledClaim], k: int = FOLDS) -> dict:
    """Held-out figures: each claim decided by the model trained on the other folds' documents."""
    fold = doc_folds(claims, k)
    models = [fit_claims([c for c, f in zip(claims, fold, strict=True) if f != i]) for i in range(k)]
    preds = [predict(models[f], c) for c, f in zip(claims, fold, strict=True)]
    result = scores([c.label for c in claims], [p for p, _ in preds])
    binary = [(p, int(c.label == "opinion")) for c, (label, p) in zip(claims, preds, strict=True)
              if c.label != "question" and label != "question"]
    result["calibration"] = calibration([b[0] for b in binary], [b[1] for b in binary])
    questions = [label == "question" for label, _ in preds]
    asked = [c.label == "question" for c, q in zip(claims, questions, strict=True) if q]
    result["question_precision"] = round(sum(asked) / len(asked), 3) if asked else 1.0
    return result


def train(claims: Sequence[LabelledClaim]) -> LinearModel:
    """The shipped model: every labelled claim, with the held-out question-rule precision as its meta."""
    held_out = cross_validated(claims)
    meta = {"examples": sum(c.label != "question" for c in claims), "documents": len({c.doc for c in claims}),
            "question_precision": held_out["question_precision"], "held_out_macro_f1": held_out["macro_f1"]}
    return fit_claims(claims, meta=meta)
