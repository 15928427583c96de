"""The review loop through the real CLI: reviews survive every spreadsheet save and failed run, and teach the
decision model."""

import codecs
import csv
import importlib.util
import io
from pathlib import Path

import pandas as pd
import pytest
from claimscope.spreadsheet import read_rows, unguard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .test_outputs_cli import _cli

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"

ARTICLES = {
    "budget": "Budget row\n\nThe mayor said that the budget would be cut. Sadly, the libraries will close. "
              "“We have no choice,” she told reporters.\n",
    "bridge": "Bridge plan\n\nEngineers warned that the bridge was unsafe. The bridge opened in 1990. "
              "Critics argue the repairs came too late.\n",
}


@pytest.fixture()
def reviewed_run(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    proc = _cli("run", str(src), "--out", str(out), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    claims = pd.read_csv(out / "claims.csv", dtype=str, keep_default_na=False)
    claims.loc[0, ["review_label", "review_note", "review_speaker"]] = ["ok", "Pâté – “checked”", "the mayor"]
    claims.loc[1, ["review_label", "review_note"]] = ["wrong", "=not a formula"]
    return src, out, claims


SAVES = {
    "excel cp1252 comma": dict(encoding="cp1252", sep=",", lineterminator="\r\n"),
    "utf-16 tab (Unicode text)": dict(encoding="utf-16", sep="\t", lineterminator="\r\n"),
    "european semicolon": dict(encoding="cp1252", sep=";", lineterminator="\r\n"),
    "utf-8 BOM CRLF": dict(encoding="utf-8-sig", sep=",", lineterminator="\r\n"),
}


@pytest.mark.parametrize("save", SAVES)
def test_reviews_survive_spreadsheet_saves_and_reruns(reviewed_run, save):
    src, out, claims = reviewed_run
    opts = SAVES[save]
    text = claims[list(reversed(claims.columns))].to_csv(index=False, sep=opts["sep"],
                                                        lineterminator=opts["lineterminator"])
    (out / "claims.csv").write_bytes(text.encode(opts["encoding"], errors="replace"))
    proc = _cli("review", str(out))
    assert proc.returncode == 0 and "per rule" in proc.stdout and "Traceback" not in proc.stderr
    proc = _cli("run", str(src), "--out", str(out), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    again = pd.read_csv(out / "claims.csv", dtype=str, keep_default_na=False).set_index("claim_id")
    first, second = claims.claim_id.iloc[0], claims.claim_id.iloc[1]
    assert again.loc[first, "review_label"] == "ok" and again.loc[first, "review_speaker"] == "the mayor"
    note = again.loc[first, "review_note"]
    assert note == "Pâté – “checked”" or (opts["encoding"] == "cp1252" and note.startswith("Pâté"))
    assert again.loc[second, "review_label"] == "wrong" and again.loc[second, "review_note"] == "'=not a formula"


def test_a_run_that_processes_nothing_leaves_reviewed_outputs_alone(reviewed_run):
    src, out, claims = reviewed_run
    claims.to_csv(out / "claims.csv", index=False)
    derived = ("report.html", "claim_links.csv", "stories.csv", "framing.csv")
    for name in derived:
        (out / name).write_text("old\n")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    proc = _cli("run", str(src / "budgte.txt"), "--out", str(out))
    assert proc.returncode == 1 and "unchanged" in proc.stderr and "Traceback" not in proc.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    proc = _cli("run", str(src), "--out", str(out), "--workers", "1")
    assert proc.returncode == 0 and not any((out / name).exists() for name in derived)  # derived: stale now


def test_an_unreadable_review_file_stops_the_run_before_anything_is_lost(reviewed_run):
    src, out, _ = reviewed_run
    (out / "claims.csv").write_text("just some notes\nno columns at all\n", encoding="utf-8")
    proc = _cli("run", str(src), "--out", str(out), "--workers", "1")
    assert proc.returncode == 1 and "claims.csv" in proc.stderr and "Traceback" not in proc.stderr
    assert (out / "claims.csv").read_text(encoding="utf-8").startswith("just some notes")


REVIEW_TEXT = st.text(alphabet=st.sampled_from(list("ab ,;\t\"'=+-\né–“”")), max_size=20)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(labels=st.lists(st.tuples(st.sampled_from(["ok", "wrong", "sourced", "editorial"]), REVIEW_TEXT),
                       min_size=1, max_size=6),
       save=st.sampled_from(sorted(SAVES)))
def test_no_review_is_lost_in_any_spreadsheet_encoding(tmp_path_factory, labels, save):
    opts = SAVES[save]
    rows = [{"claim_id": f"a:{i}", "claim_type": "sourced", "review_label": lab, "review_note": note}
            for i, (lab, note) in enumerate(labels)]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), delimiter=opts["sep"], lineterminator=opts["lineterminator"])
    w.writeheader()
    w.writerows(rows)
    path = tmp_path_factory.mktemp("sheet") / "claims.csv"
    data = buf.getvalue().encode(opts["encoding"], errors="replace")
    path.write_bytes(data)
    back = read_rows(path, required=("claim_id",))
    expected = buf.getvalue().encode(opts["encoding"], errors="replace").decode(
        "utf-16" if data.startswith(codecs.BOM_UTF16_LE) else opts["encoding"].replace("-sig", ""))
    assert [r["claim_id"] for r in back] == [r["claim_id"] for r in rows]
    assert [r["review_label"] for r in back] == [r["review_label"] for r in rows]
    parsed = list(csv.DictReader(io.StringIO(expected.lstrip("\ufeff"), newline=""), delimiter=opts["sep"]))
    # The one change: the `'` claimscope puts before a would-be formula is taken off again.
    assert [r["review_note"] for r in back] == [unguard(r["review_note"]) for r in parsed]


def test_learn_from_reviews_writes_a_model_that_run_uses(reviewed_run, tmp_path):
    src, out, claims = reviewed_run
    claims.loc[:, "review_label"] = ["sourced" if t == "sourced" else "editorial" for t in claims.claim_type]
    claims.to_csv(out / "claims.csv", index=False, sep=";", encoding="cp1252")
    model = tmp_path / "model"
    proc = _cli("learn", str(out), "--out", str(model))
    assert proc.returncode == 0, proc.stderr
    assert "reviewed claims in 2 articles" in proc.stdout and "held out by article" in proc.stdout
    assert (model / "attribution_model.json").exists()
    proc = _cli("run", str(src), "--out", str(tmp_path / "again"), "--model", str(model), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    proc = _cli("learn", str(tmp_path / "again"), "--out", str(tmp_path / "none"))
    assert proc.returncode == 1 and "no reviewed claims" in proc.stderr and not (tmp_path / "none").exists()


@pytest.mark.skipif(not (SHARED / "gum-more").exists(), reason="shared evaluation data not present")
def test_reviewing_half_of_gum_more_helps_the_other_half(nlp, tmp_path):
    spec = importlib.util.spec_from_file_location("learn_eval", ROOT / "scripts" / "learn_eval.py")
    learn_eval = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(learn_eval)
    from claimscope.learning import learn, scores
    from claimscope.runner import run
    from claimscope.training import SPEC_SET, collect, examples, fit_docs

    more = SHARED / "gum-more"
    docs = collect(more, nlp, "gum-more")
    reviewed, held = docs[::2], docs[1::2]
    for d in reviewed:
        run([more / "texts" / f"{d.doc_id}.txt"], tmp_path / d.doc_id, published=d.article.published, nlp=nlp)
        learn_eval.review_from_gold(tmp_path / d.doc_id, more / "gold_claims.tsv")
    base = collect(SPEC_SET, nlp, "spec")
    before = fit_docs(base)
    learn([tmp_path / d.doc_id for d in reviewed], base, before, nlp, tmp_path / "model")
    from claimscope.components.decision import load_model

    after = load_model(tmp_path / "model")
    xs, ys, _ = examples(held)
    assert scores([after.probability(x) for x in xs], ys).f1 > scores([before.probability(x) for x in xs], ys).f1


def test_a_review_follows_a_one_word_edit_and_only_that(reviewed_run):
    src, out, claims = reviewed_run
    claims.loc[:, ["review_label", "review_note", "review_speaker"]] = ""
    cut, sadly = claims.text.str.contains("would be cut"), claims.text.str.startswith("Sadly")
    claims.loc[cut, ["review_label", "review_speaker"]] = ["ok", "the mayor"]
    claims.loc[sadly, "review_label"] = "ok"
    claims.to_csv(out / "claims.csv", index=False)
    edited = ARTICLES["budget"].replace("the budget would be cut", "the budget would be trimmed")
    (src / "budget.txt").write_text(edited.replace("Sadly, the libraries will close. ", ""), encoding="utf-8")
    proc = _cli("run", str(src), "--out", str(out), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    assert "1 moved to edited claims, 1 orphaned" in proc.stdout
    again = pd.read_csv(out / "claims.csv", dtype=str, keep_default_na=False)
    row = again[again.text.str.contains("trimmed")].iloc[0]
    assert (row.review_label, row.review_speaker) == ("ok", "the mayor")
    orphans = pd.read_csv(out / "reviews_orphaned.csv", dtype=str, keep_default_na=False)
    assert list(orphans.text) == ["Sadly, the libraries will close."]


def test_titles_never_eat_text(tmp_path):
    (tmp_path / "sentence.txt").write_text("The council voted to close the library on Tuesday.\n\nResidents "
                                           "protested outside the town hall.\n", encoding="utf-8")
    (tmp_path / "oneline.txt").write_text('He said "this quote never closes. The end came quickly.',
                                          encoding="utf-8")
    (tmp_path / "titled.txt").write_text("Library to close\n\nThe council voted to close the library.\n",
                                         encoding="utf-8")
    proc = _cli("run", str(tmp_path), "--out", str(tmp_path / "out"), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    claims = pd.read_csv(tmp_path / "out" / "claims.csv", dtype=str, keep_default_na=False)
    text = " ".join(claims[claims.article_id == "sentence"].text)
    assert "The council voted to close the library on Tuesday." in text and "Residents protested" in text
    assert "this quote never closes" in " ".join(claims[claims.article_id == "oneline"].text)
    arts = pd.read_csv(tmp_path / "out" / "articles.csv", dtype=str, keep_default_na=False).set_index("article_id")
    assert arts.loc["titled", "title"] == "Library to close" and arts.loc["sentence", "title"] == ""
    assert list(claims[claims.article_id == "titled"].text) == ["The council voted to close the library."]


def test_an_html_headline_is_the_title_not_a_claim(tmp_path):
    para = ("The council voted on Tuesday to close the central library, citing costs that have doubled since "
            "2019, and residents protested outside the town hall for hours afterwards.")
    html = (f"<html><head><title>Council votes to close library</title></head><body><article>"
            f"<h1>Council votes to close library</h1><p>{para}</p><p>The mayor said that the decision was painful "
            f"but necessary, and critics argued that the savings were small for so large a loss.</p>"
            f"</article></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    proc = _cli("run", str(tmp_path / "page.html"), "--out", str(tmp_path / "out"), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    claims = pd.read_csv(tmp_path / "out" / "claims.csv", dtype=str, keep_default_na=False)
    assert not claims.text.str.fullmatch("Council votes to close library").any()
    assert claims.text.iloc[0].startswith("The council voted")


def test_a_deleted_sentence_review_does_not_jump_to_a_similar_claim(tmp_path):
    src = tmp_path / "d1.txt"
    src.write_text("Prices\n\nPrices rose by 5 percent in May, the ministry said. Prices rose by 6 percent in April, "
                   "the ministry said.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert _cli("run", str(src), "--out", str(out), "--workers", "1").returncode == 0
    claims = pd.read_csv(out / "claims.csv", dtype=str, keep_default_na=False)
    claims.loc[claims.text.str.contains("5 percent"), "review_label"] = "ok"
    claims.to_csv(out / "claims.csv", index=False)
    src.write_text("Prices\n\nPrices rose by 6 percent in April, the ministry said.\n", encoding="utf-8")
    proc = _cli("run", str(src), "--out", str(out), "--workers", "1")
    assert "0 moved to edited claims, 1 orphaned" in proc.stdout
    again = pd.read_csv(out / "claims.csv", dtype=str, keep_default_na=False)
    assert list(again.review_label) == [""]


def test_a_macintosh_csv_with_cr_line_ends_is_read(reviewed_run):
    src, out, claims = reviewed_run
    text = claims.to_csv(index=False, lineterminator="\r")
    (out / "claims.csv").write_bytes(text.encode("cp1252", errors="replace"))
    proc = _cli("review", str(out))
    assert proc.returncode == 0 and "Traceback" not in proc.stderr + proc.stdout
    assert _cli("run", str(src), "--out", str(out), "--workers", "1").returncode == 0
    again = pd.read_csv(out / "claims.csv", dtype=str, keep_default_na=False)
    assert (again.review_label != "").sum() == 2
