import csv
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
from claimscope.outputs import safe_cell
from claimscope.records import Claim, columns

from .conftest import SEED

CONTRACT_CLAIMS = ("article_id claim_id paragraph sentence start_char end_char text claim_type attribution speaker "
                   "speaker_canonical speaker_type cue quote people organisations places dates money "
                   "editorial_markers confidence rule review_label review_note").split()


def test_claims_csv_has_every_contract_column(seed_outputs, seed_claims):
    cols = list(seed_claims.columns)
    assert cols[: len(CONTRACT_CLAIMS)] == CONTRACT_CLAIMS
    ents = pd.read_csv(seed_outputs / "entities.csv", nrows=1)
    assert list(ents.columns)[:9] == "article_id claim_id label text canonical value unit start_char end_char".split()
    arts = pd.read_csv(seed_outputs / "articles.csv", dtype=str, keep_default_na=False)
    expected = "article_id source_path title author published n_claims n_sourced n_editorial".split()
    assert list(arts.columns)[:8] == expected
    assert arts.published.iloc[0] == "2018" and arts.published_source.iloc[0] == "inferred_year"
    assert set(seed_claims.claim_type) == {"sourced", "editorial"}


def test_offsets_slice_the_body_and_jsonl_matches(seed_outputs, seed_claims):
    from claimscope.clean import clean_body
    from claimscope.ingest import read_document

    doc = read_document(SEED, "x")
    body = clean_body(doc.text, doc.author).text
    for row in seed_claims.itertuples():
        assert body[int(row.start_char): int(row.end_char)] == row.text
    lines = [json.loads(ln) for ln in (seed_outputs / "claims.jsonl").read_text().splitlines()]
    assert [r["claim_id"] for r in lines] == list(seed_claims.claim_id)
    assert isinstance(lines[0]["people"], list)


def test_claim_ids_stable_and_unique(nlp, tmp_path, seed_claims):
    from claimscope.runner import run

    run([SEED], tmp_path, nlp=nlp)
    again = pd.read_csv(tmp_path / "claims.csv", dtype=str, keep_default_na=False)
    assert list(again.claim_id) == list(seed_claims.claim_id)
    assert again.claim_id.is_unique


def test_safe_cells():
    assert safe_cell("=HYPERLINK(\"http://evil\")").startswith("'=")
    assert safe_cell("+1") == "'+1" and safe_cell("@x") == "'@x" and safe_cell("ok") == "ok"


def test_formula_in_a_claim_is_neutralised_in_csv_not_jsonl(nlp, tmp_path):
    from claimscope.runner import run

    src = tmp_path / "in" / "f.txt"
    src.parent.mkdir()
    src.write_text("Title\n\n=HYPERLINK(\"http://x\",\"click\") is what the page showed.\n")
    run([src], tmp_path / "out", nlp=nlp)
    with open(tmp_path / "out" / "claims.csv", encoding="utf-8") as f:
        texts = [r["text"] for r in csv.DictReader(f)]
    assert texts and all(not t.startswith("=") for t in texts)
    raw = json.loads((tmp_path / "out" / "claims.jsonl").read_text().splitlines()[0])
    assert raw["text"].startswith("=HYPERLINK")


def test_reviews_survive_reruns_and_orphans_are_kept(nlp, tmp_path):
    from claimscope.runner import run

    src = tmp_path / "a.txt"
    src.write_text("Headline\n\nThe minister said that taxes will rise. The sky is blue today.\n")
    out = tmp_path / "out"
    run([src], out, nlp=nlp)
    df = pd.read_csv(out / "claims.csv", dtype=str, keep_default_na=False)
    df.loc[0, "review_label"] = "sourced"
    df.loc[0, "review_note"] = "checked"
    df.loc[1, "review_label"] = "wrong"
    df.to_csv(out / "claims.csv", index=False)
    # A sentence replaced by another (not edited: see test_review_loop) orphans its review.
    src.write_text("Headline\n\nThe minister said that taxes will rise. Rain is forecast for the weekend.\n")
    run([src], out, nlp=nlp)
    again = pd.read_csv(out / "claims.csv", dtype=str, keep_default_na=False)
    assert (again.loc[0, "review_label"], again.loc[0, "review_note"]) == ("sourced", "checked")
    orphans = pd.read_csv(out / "reviews_orphaned.csv", dtype=str, keep_default_na=False)
    assert list(orphans.text) == ["The sky is blue today."] and list(orphans.review_label) == ["wrong"]


def test_record_columns_cover_contract():
    assert columns(Claim)[: len(CONTRACT_CLAIMS)] == CONTRACT_CLAIMS


def _cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "claimscope", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


def test_cli_bad_inputs_exit_1_and_still_write_the_good_ones(tmp_path: Path):
    (tmp_path / "good.txt").write_text("Headline\n\nOfficials said that the bridge will reopen in May 2019.\n")
    (tmp_path / "pic.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (tmp_path / "empty.md").write_text("")
    proc = _cli("run", str(tmp_path), str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    for name in ("pic.txt: binary file", "empty.md: empty file", "nope.txt: no such file"):
        assert name in proc.stderr
    claims = pd.read_csv(tmp_path / "out" / "claims.csv")
    assert set(claims.article_id) == {"good"} and claims.claim_type.iloc[0] == "sourced"


def test_cli_usage_error_exits_2(tmp_path: Path):
    assert _cli("run", str(SEED), "--published", "someday", "--out", str(tmp_path)).returncode == 2
    assert _cli("frobnicate").returncode == 2


def test_cli_review_reports_precision_per_rule(tmp_path: Path):
    rows = [{"rule": "quote:cue", "claim_type": "sourced", "review_label": "ok"},
            {"rule": "quote:cue", "claim_type": "sourced", "review_label": "editorial"},
            {"rule": "editorial:no_attribution", "claim_type": "editorial", "review_label": ""}]
    pd.DataFrame(rows).to_csv(tmp_path / "claims.csv", index=False)
    proc = _cli("review", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "quote:cue" in proc.stdout and "0.5" in proc.stdout and "sourced -> editorial: 1" in proc.stdout


def test_cli_dask_needs_a_scheduler_and_no_progress_bar_off_a_terminal(tmp_path: Path):
    proc = _cli("run", str(SEED), "--engine", "dask", "--out", str(tmp_path))
    assert proc.returncode == 2 and "--scheduler" in proc.stderr
    proc = _cli("run", str(SEED), "--out", str(tmp_path), "--workers", "1")
    assert proc.returncode == 0 and proc.stderr == ""  # stderr is a pipe here: no progress bar
    assert "1 article, " in proc.stdout


def test_cli_compare_without_outputs_is_a_usage_error(tmp_path: Path):
    proc = _cli("compare", str(tmp_path))
    assert proc.returncode == 2 and "no claims.csv" in proc.stderr and "Traceback" not in proc.stderr
