"""Claim links and stories: three articles (tests/data/stories) that share four claims, reworded and
attributed differently, and a report that shows how each article tells them."""

import re
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from claimscope import links
from claimscope.compare import compare
from claimscope.links import claim_links, content_words, stories
from claimscope.runner import run

from .test_compare import CHROME_FLAGS, _chromium

STORIES = Path(__file__).parent / "data" / "stories"
# A word that picks out each shared claim, whichever way an article words it.
SHARED = ("4200", "37", "third", "reyes")


PHONE_FRAME = """<!DOCTYPE html><html><body>
<iframe id="f" src="report.html" style="width:420px;height:900px;border:0"></iframe>
<script>document.getElementById('f').addEventListener('load', function () {
  const d = this.contentDocument.documentElement;
  document.body.dataset.overflow = d.scrollWidth - d.clientWidth;
  document.body.dataset.client = d.clientWidth;
});</script></body></html>"""


@pytest.fixture(scope="module")
def compared(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("stories")
    run([STORIES], out, nlp=nlp, published="2025-03-04")
    return out, compare(out)


def _story_of(text: str) -> str | None:
    words = set(content_words(text)) | set(text.lower().replace(",", "").replace(".", " ").split())
    return next((k for k in SHARED if k in words), None)


def test_stories_group_exactly_the_four_shared_claims(compared):
    out, paths = compared
    table = pd.read_csv(paths["stories.csv"], dtype=str, keep_default_na=False)
    assert table.story.nunique() == 4 and (table.n_articles == "3").all()
    for _, group in table.groupby("story"):
        assert sorted(group.article_id) == ["harbour_gazette", "morning_post", "weekly_review"]
        assert len({_story_of(t) for t in group.text}) == 1 and _story_of(group.text.iloc[0]) is not None, \
            list(group.text)
    # The same fact, framed three ways: attributed in one article, the author's own in another.
    port = table[table.text.str.contains("third")]
    assert set(port.claim_type) == {"sourced", "editorial"}
    minister = table[table.text.str.contains("Reyes")]
    assert set(minister.cue_kind) == {"neutral", "loaded"}
    links_table = pd.read_csv(paths["claim_links.csv"], dtype=str)
    assert set(links_table.kind) <= {"same", "paraphrase"} and (links_table.similarity.astype(float) >= 0.4).all()


def test_min_articles_and_similarity_are_options(compared, tmp_path):
    out, _ = compared
    strict = compare(out, tmp_path, similarity=0.95)
    assert pd.read_csv(strict["stories.csv"]).empty
    four = compare(out, tmp_path / "four", min_articles=4)
    assert pd.read_csv(four["stories.csv"]).empty


def test_claims_of_one_article_are_never_linked():
    claims = pd.DataFrame({"article_id": ["a", "a", "b"], "claim_id": ["a:1", "a:2", "b:1"],
                           "text": ["The council approved 300 new homes on Tuesday evening.",
                                    "On Tuesday evening the council approved 300 new homes.",
                                    "The museum will reopen after a long renovation of its east wing."]})
    assert claim_links(claims) == []


def test_a_word_in_too_many_claims_proposes_no_pairs(monkeypatch):
    """The inverted index skips crowded words: candidates stay linear in the number of claims."""
    texts = [f"The harbour strike delayed shipment number {i} of grain" for i in range(30)]
    claims = pd.DataFrame({"article_id": [f"a{i}" for i in range(30)], "claim_id": [f"c{i}" for i in range(30)],
                           "text": texts})
    assert len(claim_links(claims)) == 30 * 29 // 2  # every pair shares harbour, strike, shipment, grain
    monkeypatch.setattr(links, "MAX_POSTING", 10)
    assert claim_links(claims) == []


@pytest.mark.parametrize("speaker_a, speaker_b", [
    ("Daniel Reyes, chief executive of the Calverra Port Authority", "the chamber's report"),
    ("A spokeswoman for the Northern Haulage Association", "Transport Minister Alan Reyes"),
    ("Senior officials at the regional development agency", "an analysis by Harbour Economics"),
])
def test_one_fact_from_two_sources_is_linked_by_what_it_states(speaker_a, speaker_b):
    texts = [f"{speaker_a} told reporters that 38 container ships were waiting at anchor outside the harbour.",
             f"According to {speaker_b}, 38 cargo ships were waiting at anchor outside the harbour.",
             "The harbour reopened to ferries and fishing boats after the storm."]
    claims = pd.DataFrame({"article_id": ["a", "b", "c"], "claim_id": ["a:1", "b:1", "c:1"], "text": texts,
                           "claim_type": ["sourced", "sourced", "editorial"], "speaker": [speaker_a, speaker_b, ""],
                           "cue": ["told", "According to", ""]})
    found = claim_links(claims)
    assert [(x.claim_id_a, x.claim_id_b) for x in found] == [("a:1", "b:1")], found
    unattributed = claim_links(claims.assign(claim_type="editorial"))
    assert not unattributed or unattributed[0].similarity < found[0].similarity


def test_stories_keep_one_claim_per_article():
    claims = pd.DataFrame({
        "article_id": ["a", "a", "b", "c"], "claim_id": ["a:1", "a:2", "b:1", "c:1"],
        "text": ["Officials said 4,200 dockworkers walked out over pay at Port Kellan.",
                 "The strike at Port Kellan by dockworkers entered its ninth day.",
                 "Some 4,200 dockworkers at Port Kellan walked out over pay, officials said.",
                 "At Port Kellan, 4,200 dockworkers have walked out in a dispute over pay."]})
    table = stories(claims, claim_links(claims))
    assert sorted(table.claim_id) == ["a:1", "b:1", "c:1"]


@pytest.mark.skipif(_chromium() is None, reason="no Chromium installed (.ci/run installs Debian's chromium)")
def test_report_shows_shared_claims_and_fits_a_phone(compared, tmp_path):
    _, paths = compared
    url = paths["report.html"].resolve().as_uri()
    base = [_chromium(), *CHROME_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*base, "--dump-dom", url], capture_output=True, text=True, timeout=120).stdout
    section = dom[dom.index('id="shared"'): dom.index("</table>", dom.index('id="shared"'))]
    assert section.count("<tr>") == 5  # a header and four stories
    # Each framing: claim type, speaker, cue and its class, and whether the claim is told as fact or opinion.
    assert re.search(r"sourced · The union · “claims” \(loaded\) · (fact|opinion)</div>", section), section
    assert re.search(r"editorial · (fact|opinion)</div>", section)
    # At 420 px (a phone; headless windows are never that narrow, so the page is framed at that width) the
    # page itself does not scroll sideways: wide tables scroll inside their box.
    phone = paths["report.html"].parent / "phone.html"
    phone.write_text(PHONE_FRAME, encoding="utf-8")
    framed = subprocess.run([*base, "--allow-file-access-from-files", "--virtual-time-budget=3000", "--dump-dom",
                             phone.resolve().as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert 'data-client="' in framed, framed[-500:]
    client = int(framed.split('data-client="')[1].split('"')[0])
    assert 380 <= client <= 420 and 'data-overflow="0"' in framed, framed[-300:]


def test_framing_has_fact_and_opinion_shares_and_distinct_amounts(compared):
    _, paths = compared
    framing = pd.read_csv(paths["framing.csv"])
    for kind in ("editorial", "sourced"):
        shares = framing[[f"{kind}_share_fact", f"{kind}_share_opinion", f"{kind}_share_question"]].sum(axis=1)
        assert ((shares - 1.0).abs() < 0.01).all(), shares
    assert "money_totals" not in framing and "money_amounts" in framing
