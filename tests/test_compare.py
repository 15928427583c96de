"""The comparison on small articles written for the test, where the right figures are known, and the
report as a real browser renders it."""

import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from claimscope.compare import compare
from claimscope.runner import run

ARTICLE_A = """Taxes and the plan

The finance minister Ali Khan said that taxes will rise in June.
Sadly, the plan is a disaster for farmers.
The opposition leader Jane Roe claimed that the plan would fail.
Prices in Lahore rose again this week.
"""

ARTICLE_B = """John Smith and the dam

Workers on the dam wall in May. Image: Water Board.

John Smith said, “We will finish the dam on time.”
Engineers warned that the old dam could break.
Obviously, the dam is old and the aggressive Washington is to blame.
"""


@pytest.fixture(scope="module")
def compared(tmp_path_factory, nlp):
    src = tmp_path_factory.mktemp("src")
    (src / "a.txt").write_text(ARTICLE_A)
    (src / "b.txt").write_text(ARTICLE_B)
    out = tmp_path_factory.mktemp("out")
    run([src], out, nlp=nlp, published="2020-05-01")
    paths = compare(out)
    return out, paths


def _row(df, **where):
    for k, v in where.items():
        df = df[df[k] == v]
    assert len(df) == 1, where
    return df.iloc[0]


def test_framing_figures(compared):
    out, paths = compared
    f = pd.read_csv(paths["framing.csv"], keep_default_na=False)
    a = _row(f, article_id="a")
    assert (a.claims, a.share_sourced, a.share_editorial) == (4, 0.5, 0.5)
    assert a.share_editorial_marked == 0.5  # "Sadly" marks one of the two editorial claims
    assert a.voices == 2 and "Ali Khan (1)" in a.top_voices and "Jane Roe (1)" in a.top_voices
    assert (a.cues_neutral, a.cues_loaded, a.share_cues_loaded) == (1, 1, 0.5)
    b = _row(f, article_id="b")
    assert (b.claims, b.voices, b.cues_loaded, b.cues_neutral) == (3, 2, 1, 1)
    assert b.share_editorial_marked == 1.0 and a.key_terms
    # The photo caption is counted apart from the shares; the headline names John Smith.
    assert (a.captions, b.captions) == (0, 1)
    assert b.headline_entities == "John Smith" and a.headline_entities == ""


def test_voices(compared):
    _, paths = compared
    v = pd.read_csv(paths["voices.csv"], keep_default_na=False)
    smith = _row(v, article_id="b", speaker="John Smith")
    assert (smith.claims, smith.direct, smith.indirect, smith.speaker_type) == (1, 1, 0, "person")
    roe = _row(v, article_id="a", speaker="Jane Roe")
    assert (roe.direct, roe.indirect, roe.loaded_cues) == (0, 1, 1) and "claimed" in roe.cues


def test_entity_framing_maps_capitals_and_collects_adjectives(compared):
    _, paths = compared
    e = pd.read_csv(paths["entity_framing.csv"], keep_default_na=False)
    us = _row(e, article_id="b", entity="United States")  # "Washington" stands for it
    assert us.in_editorial == 1 and "aggressive" in us.adjectives


def test_report_is_self_contained(compared):
    _, paths = compared
    page = paths["report.html"].read_text()
    assert "<script" in page and "John Smith" in page
    assert not re.search(r"(src|href)=['\"]https?://", page)


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage"]


@pytest.mark.skipif(_chromium() is None, reason="no Chromium installed (.ci/run installs Debian's chromium)")
def test_report_renders_in_a_browser(compared, tmp_path):
    _, paths = compared
    url = paths["report.html"].resolve().as_uri()
    base = [_chromium(), *CHROME_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*base, "--dump-dom", url], capture_output=True, text=True, timeout=120).stdout
    # The page's script ran in the browser: it counted the claims it shows.
    assert "Showing 8 of 8 claims" in dom and "<p class=\"caption\">" in dom
    assert dom.count('data-type="sourced"') == 4 and "John Smith · said" in dom
    only = subprocess.run([*base, "--dump-dom", url + "#show=editorial"], capture_output=True, text=True,
                          timeout=120).stdout
    assert "Showing 4 of 8 claims" in only and only.count('claim sourced hidden') == 4
    shot = tmp_path / "report.png"
    subprocess.run([*base, f"--screenshot={shot}", "--window-size=1200,900", url], capture_output=True,
                   timeout=120)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a rendered page, not a blank one
    Path(paths["report.html"].parent / "report.png").write_bytes(data)


def test_key_terms_come_once_per_article_with_progress(compared, tmp_path):
    out, _ = compared
    told, ticks = [], []
    compare(out, tmp_path, on_start=told.append, progress=lambda: ticks.append(1))
    assert told == [2] and len(ticks) == 2
    f = pd.read_csv(tmp_path / "framing.csv", keep_default_na=False)
    b = _row(f, article_id="b")
    assert "dam" in b.key_terms.split(" | ")


def test_key_terms_are_topics_not_reporting_verbs_or_dates():
    from claimscope.keyterms import key_terms

    sentences = ["The central bank said on Monday that inflation rose.",
                 "Inflation in the euro area reached 5 percent in March, the bank reported.",
                 "Economists warned that inflation would stay high.", "The bank raised interest rates again."]
    terms = key_terms(sentences, topn=5)
    assert {"central bank", "inflation", "euro area"} <= set(terms)
    assert not {"said", "reported", "warned", "Monday", "March", "5"} & {w for t in terms for w in t.split()}
    assert key_terms([]) == [] and key_terms(["Yes."]) == []
