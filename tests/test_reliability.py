"""Bad input, huge input, interrupted runs and arbitrary text: never a traceback, nothing lost."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from claimscope.clean import clean_body
from claimscope.ingest import InputError, read_document
from claimscope.runner import chunks, run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import SEED


def _claims(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / "claims.csv", dtype=str, keep_default_na=False)


def test_oversized_file_is_rejected_without_reading_it(tmp_path):
    big = tmp_path / "dump.txt"
    with open(big, "wb") as f:
        f.truncate(20_000_000)  # sparse: 20 MB on paper
    with pytest.raises(InputError, match=r"dump.txt: file too large \(20 MB"):
        read_document(big, "dump")


def test_long_article_goes_through_in_chunks_with_exact_offsets(nlp, tmp_path):
    article = SEED.read_text(encoding="utf-8").split("Note: I have revised")[0].split("Sajjad Shaukat\n", 1)[1]
    body = "\n\n".join([article] * 9)  # ~130k characters
    src = tmp_path / "long.txt"
    src.write_text("A long one\n\n" + body, encoding="utf-8")
    result = run([src], tmp_path / "out", nlp=nlp)
    assert result.rejected == [] and len(chunks(clean_body(body).text)) > 1
    doc = read_document(src, "long")
    text = clean_body(doc.text, doc.author).text
    claims = _claims(tmp_path / "out")
    assert all(text[int(r.start_char): int(r.end_char)] == r.text for r in claims.itertuples())
    assert list(claims.sentence.astype(int)) == list(range(len(claims)))
    assert claims.claim_id.is_unique


def test_paragraph_without_punctuation(nlp, tmp_path):
    words = "the army chief and the minister met in the capital with officials from china and iran".split()
    src = tmp_path / "run-on.txt"
    src.write_text("Run on\n\n" + " ".join(words[i % len(words)] for i in range(40_000)), encoding="utf-8")
    run([src], tmp_path / "out", nlp=nlp)
    claims = _claims(tmp_path / "out")
    assert len(claims) > 1 and claims.text.str.len().max() <= 3100


def test_cp1252_file_decodes(nlp, tmp_path):
    src = tmp_path / "legacy.txt"
    src.write_bytes("Headline\n\nThe minister said \x93we will build the dam\x94 on Monday.\n".encode("latin-1"))
    run([src], tmp_path / "out", nlp=nlp)
    row = _claims(tmp_path / "out").iloc[0]
    assert "“we will build the dam”" in row.text and row.claim_type == "sourced"


def test_html_without_article_body_is_rejected(tmp_path):
    src = tmp_path / "empty.html"
    src.write_text("<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>")
    with pytest.raises(InputError, match="no article body"):
        read_document(src, "empty")


def test_html_article_is_read(nlp, tmp_path):
    para = ("The minister said that the new dam on the river would be finished by the end of next year, "
            "despite repeated delays and a rising budget. ")
    src = tmp_path / "page.html"
    src.write_text(f"<html><head><title>Dam news</title><meta name='author' content='Ann Lee'></head><body>"
                   f"<article><h1>Dam news</h1><p>{para * 3}</p><p>{para * 2}</p></article></body></html>")
    doc = read_document(src, "page")
    assert doc.title == "Dam news" and "new dam" in doc.text


def test_unreadable_file_is_named_with_the_reason(tmp_path, monkeypatch):
    src = tmp_path / "locked.txt"
    src.write_text("Headline\n\nText.")
    if os.geteuid() == 0:  # root reads anything: stand in for the permission error the OS would give
        monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(PermissionError(13, "denied")))
    else:
        src.chmod(0)
    with pytest.raises(InputError, match="locked.txt: cannot be read"):
        read_document(src, "locked")


def test_non_english_text_is_warned_and_processed(nlp, tmp_path):
    src = tmp_path / "de.txt"
    src.write_text("Überschrift\n\nDer Minister sagte, dass der Damm im nächsten Jahr fertig wird. "
                   "Die Kosten steigen weiter, und die Bauern sind besorgt.\n", encoding="utf-8")
    result = run([src], tmp_path / "out", nlp=nlp)
    assert result.rejected == [] and "non-English" in result.warnings[0]
    assert len(_claims(tmp_path / "out")) == 2


def test_killed_run_leaves_previous_outputs_whole(tmp_path):
    out = tmp_path / "out"
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(30):
        (corpus / f"a{i:02d}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    first = subprocess.run([sys.executable, "-m", "claimscope", "run", str(SEED), "--out", str(out), "-q"],
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in out.glob("[!.]*")}
    proc = subprocess.Popen([sys.executable, "-m", "claimscope", "run", str(corpus), "--out", str(out), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Kill it while it is writing: once its temporary files exist.
    deadline = time.time() + 120
    while time.time() < deadline and not list(out.glob(".claims.csv.tmp")):
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    after = {p.name: p.read_bytes() for p in out.glob("[!.]*")}
    assert after == before
    assert len(_claims(out)) > 100
    # The next run replaces the killed run's temporary files and leaves none behind.
    again = subprocess.run([sys.executable, "-m", "claimscope", "run", str(SEED), "--out", str(out), "-q"],
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and not list(out.glob(".*.tmp"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_cleaner_never_raises_on_any_text(text):
    clean = clean_body(text)
    assert all(clean.text[s:s + 1] != " " for s in clean.paragraph_starts)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300))
def test_pipeline_never_raises_and_offsets_slice_the_body(nlp, text):
    from claimscope.claims import ArticleProgress, extract
    from claimscope.records import Article

    clean = clean_body(text)
    if not clean.text:
        return
    progress = ArticleProgress(Article("x", "x"), clean)
    claims, _ = extract(nlp(clean.text), progress)
    for c in claims:
        assert clean.text[c.start_char:c.end_char] == c.text
    assert len({c.claim_id for c in claims}) == len(claims)


def test_an_article_that_trips_a_component_is_rejected_and_the_rest_are_written(tmp_path):
    from claimscope.nlp import load_nlp
    from spacy.language import Language

    @Language.component("test_trips_on_marker")
    def trips(doc):
        if "Quillfeather" in doc.text:
            raise AttributeError("'NoneType' object has no attribute 'start'")
        return doc

    nlp = load_nlp()
    nlp.add_pipe("test_trips_on_marker", after="claimscope_attribution")
    texts = {"first": "The mayor said the bridge would open in May.",
             "broken": "Councillor Ada Quillfeather said the budget was short.\n\nShe said nothing else.",
             "last": "Officials said the road would close on Monday."}
    for name, body in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"{name.title()} story\n\n{body}\n", encoding="utf-8")
    result = run(sorted(tmp_path.glob("*.txt")), tmp_path / "out", nlp=nlp)
    assert len(result.rejected) == 1 and "broken.txt: could not be processed (AttributeError" in result.rejected[0]
    claims = _claims(tmp_path / "out")
    assert sorted(set(claims.article_id)) == ["first", "last"]
    assert "Quillfeather" not in " ".join(claims.text)
    with pytest.raises(AttributeError):  # the pipeline's own error handling is as it was
        nlp("Ada Quillfeather spoke.")


def test_an_article_that_trips_the_cached_attribute_ruler_is_rejected_alone(tmp_path, monkeypatch):
    from claimscope.nlp import load_nlp

    nlp = load_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    decide = ruler._decide

    def trips(doc, key, i):
        if "Quillfeather" in doc.text:
            raise ValueError("a rule the cache could not read")
        return decide(doc, key, i)

    monkeypatch.setattr(ruler, "_decide", trips)
    monkeypatch.setattr(ruler, "cache", {})
    for name, body in {"first": "The mayor said the bridge would open in May.",
                       "broken": "Councillor Ada Quillfeather said the budget was short.",
                       "last": "Officials said the road would close on Monday."}.items():
        (tmp_path / f"{name}.txt").write_text(f"{name.title()} story\n\n{body}\n", encoding="utf-8")
    result = run(sorted(tmp_path.glob("*.txt")), tmp_path / "out", nlp=nlp)
    assert len(result.rejected) == 1 and "broken.txt: could not be processed (ValueError" in result.rejected[0]
    assert sorted(set(_claims(tmp_path / "out").article_id)) == ["first", "last"]
