#!/usr/bin/env python3
"""Train the attribution decision model and write it to models/attribution_model.json.

The same data and seed give the same file, byte for byte. Training data: the GUM-derived sets in
../shared/eval (see their LICENSE.md) and models/training/spec/; the capability suite is never used.

    python scripts/train.py [--eval ../shared/eval] [--out FILE]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=None, help="default: attribution_model.json in the models folder "
                    "($CLAIMSCOPE_MODELS or models/)")
    args = ap.parse_args()
    from claimscope.components.decision import MODEL_FILE
    from claimscope.nlp import load_nlp
    from claimscope.resources import models_dir
    from claimscope.training import collect_sets, train, training_sets

    args.out = args.out or models_dir() / MODEL_FILE

    missing = [str(path) for _, path in training_sets(args.eval) if not (path / "gold_claims.tsv").exists()]
    if missing:
        print(f"{args.eval}: training sets not found: {', '.join(missing)} (use --eval)", file=sys.stderr)
        return 2
    docs = collect_sets(args.eval, load_nlp(trained=False))
    model = train(docs)
    args.out.write_text(model.to_json(), encoding="utf-8")
    print(f"{args.out}: {len(model.weights)} weights from {model.meta['examples']} examples "
          f"({model.meta['sourced']} sourced) in {model.meta['documents']} documents")
    train_assertion(args.out.parent)
    return 0


def train_assertion(folder: Path) -> None:
    """The fact/opinion model, from the labelled claims in models/training/assertion/ (after the attribution
    model, whose decisions are among its features)."""
    from claimscope.assertion_training import ASSERTION_SET, featurise, read_labels
    from claimscope.assertion_training import train as train_assertion_model
    from claimscope.components.assertion import MODEL_FILE
    from claimscope.nlp import load_nlp

    nlp = load_nlp(models=str(folder))
    model = train_assertion_model(featurise(read_labels(ASSERTION_SET / "labels.tsv"), nlp))
    (folder / MODEL_FILE).write_text(model.to_json(), encoding="utf-8")
    print(f"{folder / MODEL_FILE}: {len(model.weights)} weights from {model.meta['examples']} claims in "
          f"{model.meta['documents']} documents (held-out macro-F1 {model.meta['held_out_macro_f1']})")


if __name__ == "__main__":
    sys.exit(main())
