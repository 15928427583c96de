"""Review: how far reviewers agreed with the predicted claim_type and speaker, from the filled review columns.

`review_label` says what the claim is (`sourced` / `editorial`) or whether `claim_type` is right (`ok` /
`wrong`); `review_speaker` gives the right speaker when the predicted one is wrong (empty: it is right).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .spreadsheet import read_rows

AGREE = {"ok", "correct", "yes", "y", "agree", "right", "true"}
DISAGREE = {"wrong", "no", "n", "disagree", "incorrect", "false"}
TYPES = {"sourced": "sourced", "s": "sourced", "editorial": "editorial", "e": "editorial"}
COLUMNS = ["group", "reviewed", "agreed", "precision", "sourced_recall", "speakers_checked", "speaker_accuracy",
           "confusions"]


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


def reviewed(claims_csv: str | Path) -> pd.DataFrame:
    """The reviewed rows of a claims.csv (as any spreadsheet saved it), with `truth` (the reviewed
    claim_type) and `speaker_ok` (None where the speaker was not to be checked)."""
    rows = read_rows(claims_csv, required=("claim_type", "review_label"))
    df = pd.DataFrame(rows, columns=sorted({k for r in rows for k in r} | {"rule", "cue_kind", "review_speaker",
                                                                          "speaker", "speaker_canonical"}))
    df = df.fillna("")
    df["truth"] = [reviewed_type(lbl, pred) for lbl, pred in zip(df["review_label"], df["claim_type"], strict=True)]
    df = df[df["truth"] != ""].copy()
    both = (df["truth"] == "sourced") & (df["claim_type"] == "sourced")
    fixed = df["review_speaker"].str.strip().str.lower()
    said = (df["speaker"] + " " + df["speaker_canonical"]).str.lower()
    df["speaker_ok"] = [(f == "" or re.search(rf"\b{re.escape(f)}\b", s) is not None) if b else None
                        for f, s, b in zip(fixed, said, both, strict=True)]
    return df


def agreement(claims_csv: str | Path, by: str = "rule") -> pd.DataFrame:
    """Per rule (or cue_kind): claims reviewed, agreements, precision of claim_type, recall of sourced
    claims, speaker accuracy on claims both predicted and reviewed sourced, and the confusions."""
    df = reviewed(claims_csv)
    if df.empty:
        return pd.DataFrame(columns=COLUMNS)
    rows = []
    for group, g in df.groupby(df[by].replace("", "(none)"), sort=True):
        agreed = int((g["truth"] == g["claim_type"]).sum())
        truly = g[g["truth"] == "sourced"]
        spk = g["speaker_ok"].dropna()
        wrong = g[g["truth"] != g["claim_type"]]
        conf = wrong.groupby(["claim_type", "truth"]).size()
        rows.append({"group": group, "reviewed": len(g), "agreed": agreed, "precision": round(agreed / len(g), 3),
                     "sourced_recall": round(float((truly["claim_type"] == "sourced").mean()), 3) if len(truly)
                     else None,
                     "speakers_checked": len(spk), "speaker_accuracy": round(float(spk.mean()), 3) if len(spk)
                     else None,
                     "confusions": "; ".join(f"{p} -> {t}: {n}" for (p, t), n in conf.items())})
    return pd.DataFrame(rows, columns=COLUMNS).sort_values(["precision", "reviewed"], ascending=[True, False])


def rule_agreement(claims_csv: str | Path) -> pd.DataFrame:
    """Per rule: see `agreement`."""
    return agreement(claims_csv, "rule").rename(columns={"group": "rule"})
