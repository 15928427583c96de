#!/usr/bin/env python3
"""Measure claimscope on every shared evaluation set; trained parts are measured on held-out documents.

- gum/ and gum-more/ (GUM Wikinews; GUM academic, biography, court, travel): sourced P/R/F1 and speaker
  accuracy from `score_claims.py`, with each document decided by a model trained without it (5-fold
  cross-validation by document), against the gold as given and against it aligned with the spec where its
  automatic derivation departs from it (`training.spec_labels`); calibration of those held-out confidences
  (ECE, 10 bins); dates (`score_dates.py`) and money recall.
- models/training/spec/ (claimscope's own examples in ten genres): the same held-out figures.
- capability/ (constructions x fillers): pass rate per construction with the shipped model
  (`capability_score.py`); never used for training.

    python scripts/evaluate.py [--eval ../shared/eval] [--out DIR] [-v]   (--out: a temporary folder)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def write_outputs(docs, out: Path) -> None:
    """claims.csv and entities.csv of processed documents, as `claimscope run` writes them."""
    from claimscope.claims import ArticleProgress, extract
    from claimscope.outputs import OutputWriter

    out.mkdir(parents=True, exist_ok=True)
    writer = OutputWriter(out)
    for d in docs:
        article = replace(d.article, n_claims=0, n_sourced=0, n_editorial=0, n_words=0)
        claims, mentions = extract(d.doc, ArticleProgress(article, d.clean))
        writer.write_claims(claims, mentions)
        writer.write_article(article)
    writer.close()


def write_aligned_gold(docs, set_dir: Path, out: Path) -> None:
    """The set's gold with the labels as aligned with the spec for training (see training.spec_labels)."""
    from claimscope.training import aligned_gold, read_gold

    gold = read_gold(set_dir / "gold_claims.tsv")
    keys: dict[str, list[str]] = {}
    for row in open(set_dir / "gold_claims.tsv", encoding="utf-8"):
        parts = row.rstrip("\n").split("\t")
        if not row.startswith("#") and len(parts) >= 3:
            keys.setdefault(parts[0], []).append(parts[3] if len(parts) > 3 else "")
    lines = ["# aligned with spec/attribution.md: full-sentence quotes S; speech acts, reported objects and raised "
             "passives A"]
    for d in docs:
        pairs = aligned_gold(d, gold.get(d.doc_id, []))
        lines += [f"{d.doc_id}\t{a}\t{label}\t{k}" for (a, label), k in zip(pairs, keys.get(d.doc_id, []), strict=True)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def scorer(script: str, *args: str, verbose: bool = False) -> tuple[dict, list[str]]:
    """Run one of the shared scorers; its JSON result and the lines it printed before it."""
    proc = subprocess.run([sys.executable, script, *args] + (["-v"] if verbose else []),
                          capture_output=True, text=True, check=True)
    lines = proc.stdout.strip().splitlines()
    return json.loads(lines[-1]), lines[:-1]


def money_recall(gold: Path, entities: Path) -> dict:
    import pandas as pd
    from claimscope.training import norm

    ents = pd.read_csv(entities, dtype=str, keep_default_na=False)
    money = ents[(ents.label == "MONEY") & (ents.value != "")]
    rows = [r.rstrip("\n").split("\t") for r in open(gold, encoding="utf-8") if r.strip() and not r.startswith("#")]
    ok = sum(any(norm(r[1]) in norm(t) for t in money[money.article_id == r[0]].text) for r in rows)
    return {"gold_money": len(rows), "recall": round(ok / len(rows), 3) if rows else 0.0}


def assertion_figures(nlp) -> dict:
    """Fact / opinion / question, held out by document on the labelled claims (models/training/assertion/),
    and on NewsSD-ENG's test split (objective -> fact, subjective -> opinion) with the shipped model."""
    from claimscope.assertion_training import (
        ASSERTION_SET,
        cross_validated,
        featurise,
        predict,
        read_labels,
        scores,
    )
    from claimscope.components.assertion import MODEL_FILE
    from claimscope.components.decision import load_model

    figures = {"labelled claims (held-out)": cross_validated(featurise(read_labels(ASSERTION_SET / "labels.tsv"),
                                                                        nlp))}
    external = ASSERTION_SET / "newssd_en_test.tsv"
    if external.exists():
        model = load_model(None, MODEL_FILE)
        claims = featurise(read_labels(external), nlp)
        figures["NewsSD-ENG test (not trained on)"] = scores([c.label for c in claims],
                                                             [predict(model, c)[0] for c in claims])
    return figures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every claim, date and case missed")
    args = ap.parse_args()
    from claimscope.nlp import load_nlp
    from claimscope.runner import run
    from claimscope.training import (
        SHARED_SETS,
        SPEC_SET,
        apply,
        calibration,
        collect_sets,
        cross_validate,
        training_sets,
    )

    needed = [path / "gold_claims.tsv" for _, path in training_sets(args.eval)]
    needed.append(args.eval / "capability" / "cases.tsv")
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        print(f"evaluation data not found: {', '.join(missing)} (use --eval)", file=sys.stderr)
        return 2

    out = args.out or Path(tempfile.mkdtemp(prefix="claimscope-eval-"))
    nlp = load_nlp()
    docs = collect_sets(args.eval, nlp)
    held_out = cross_validate(docs)
    probs: dict[str, tuple[list, list]] = {}  # per set, held-out P(sourced) and label: as aligned, as given
    raw_probs: dict[str, tuple[list, list]] = {}
    for d, model in zip(docs, held_out, strict=True):
        p = apply(d, model)
        for table, labels in ((probs, d.labels), (raw_probs, d.raw_labels)):
            ps, ys = table.setdefault(d.set_name, ([], []))
            for prob, y in zip(p, labels, strict=True):
                if y is not None:
                    ps.append(prob)
                    ys.append(y)
    results: dict[str, dict] = {}
    ev = str(args.eval)
    for name in SHARED_SETS:
        sub = out / name
        write_outputs([d for d in docs if d.set_name == name], sub)
        claims, lines = scorer(f"{ev}/score_claims.py", f"{ev}/{name}/gold_claims.tsv", str(sub / "claims.csv"),
                               verbose=args.verbose)
        write_aligned_gold([d for d in docs if d.set_name == name], args.eval / name, sub / "gold_spec.tsv")
        aligned, _ = scorer(f"{ev}/score_claims.py", str(sub / "gold_spec.tsv"), str(sub / "claims.csv"))
        dates, dlines = scorer(f"{ev}/score_dates.py", f"{ev}/{name}/gold_dates.tsv", str(sub / "entities.csv"),
                               verbose=args.verbose)
        results[name] = {"claims (held-out)": claims, "claims (held-out, spec-aligned gold)": aligned,
                         "calibration (held-out, spec-aligned gold)": calibration(*probs[name]),
                         "calibration (held-out, gold as given)": calibration(*raw_probs[name]),
                         "dates": dates, "money": money_recall(args.eval / name / "gold_money.tsv",
                                                               sub / "entities.csv")}
        if args.verbose:
            print(f"== {name}: claims the gold disagrees with", *lines, f"== {name}: dates", *dlines, sep="\n")
    # The spec examples are training data of the shipped model; held out by document here like the others.
    sub = out / "spec"
    write_outputs([d for d in docs if d.set_name == "spec"], sub)
    spec, lines = scorer(f"{ev}/score_claims.py", str(SPEC_SET / "gold_claims.tsv"), str(sub / "claims.csv"),
                         verbose=args.verbose)
    results["spec examples"] = {"claims (held-out)": spec, "calibration (held-out)": calibration(*probs["spec"])}
    if args.verbose:
        print("== spec examples: claims the gold disagrees with", *lines, sep="\n")
    cap = args.eval / "capability"
    run([cap / "texts"], out / "capability", nlp=nlp)
    capability, lines = scorer(f"{ev}/capability_score.py", str(cap), str(out / "capability" / "claims.csv"),
                               verbose=True)
    results["capability"] = capability
    results["fact vs opinion"] = assertion_figures(nlp)
    per_construction = [ln for ln in lines if not ln.startswith("FAIL")]
    print("== capability: cases passed per construction", *per_construction, sep="\n")
    if args.verbose:
        print(*[ln for ln in lines if ln.startswith("FAIL")], sep="\n")
    print(json.dumps(results, indent=1))
    print(f"outputs in {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
