"""Review: how often reviewers agreed with each rule's claim_type, from the filled review columns."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

AGREE = {"ok", "correct", "yes", "y", "agree", "right", "true"}
DISAGREE = {"wrong", "no", "n", "disagree", "incorrect", "false"}
TYPES = {"sourced": "sourced", "s": "sourced", "editorial": "editorial", "e": "editorial"}


def reviewed_type(label: str, predicted: str) -> str:
    """The claim_type a reviewer's label asserts ('' when the label says nothing about it).

    >>> reviewed_type("S", "editorial"), reviewed_type("ok", "editorial"), reviewed_type("wrong", "sourced")
    ('sourced', 'editorial', 'editorial')
    """
    low = label.strip().lower()
    if low in TYPES:
        return TYPES[low]
    if low in AGREE:
        return predicted
    if low in DISAGREE:
        return "editorial" if predicted == "sourced" else "sourced"
    return ""


def rule_agreement(claims_csv: str | Path) -> pd.DataFrame:
    """Per rule: claims reviewed, agreements, precision, and the confusions (predicted -> reviewed)."""
    df = pd.read_csv(claims_csv, dtype=str, keep_default_na=False)
    df["truth"] = [reviewed_type(lbl, pred) for lbl, pred in zip(df["review_label"], df["claim_type"], strict=True)]
    df = df[df["truth"] != ""]
    if df.empty:
        return pd.DataFrame(columns=["rule", "reviewed", "agreed", "precision", "confusions"])
    rows = []
    for rule, g in df.groupby("rule", sort=True):
        agreed = int((g["truth"] == g["claim_type"]).sum())
        wrong = g[g["truth"] != g["claim_type"]]
        conf = wrong.groupby(["claim_type", "truth"]).size()
        rows.append({"rule": rule, "reviewed": len(g), "agreed": agreed, "precision": round(agreed / len(g), 3),
                     "confusions": "; ".join(f"{p} -> {t}: {n}" for (p, t), n in conf.items())})
    return pd.DataFrame(rows).sort_values(["precision", "reviewed"], ascending=[True, False])
