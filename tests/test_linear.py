"""Work grows in proportion to a document's length: counted in lines of claimscope's own code run, which
does not depend on the machine or its load (the neural model's cost is linear by construction)."""

import sys
from collections import Counter

import pytest
from claimscope.components.entities import NameIndex, fuller_names, name_words
from claimscope.components.quotes import in_quotes, near, quoted
from claimscope.components.sentences import mark_sentence_starts
from claimscope.records import Quote
from hypothesis import given
from hypothesis import strategies as st

from .conftest import ROOT

PIPELINE = str(ROOT / "pipeline") + "/"


def _lines_run(nlp, text: str) -> Counter:
    """Lines of pipeline/ executed by the components on one text, per function (loops count each turn)."""
    counts: Counter = Counter()

    def local(frame, event, arg):
        if event == "line":
            counts[frame.f_code.co_filename, frame.f_code.co_name] += 1
        return local

    def calls(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(PIPELINE) else None

    doc = nlp.make_doc(text)
    sys.settrace(calls)
    try:
        for _, proc in nlp.pipeline:
            doc = proc(doc)
    finally:
        sys.settrace(None)
    return counts


def test_twenty_articles_in_one_document_cost_what_they_cost_apart(nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    texts = (texts * 3)[:20]  # the corpus's 9 articles, repeated: the same names and quotes again and again
    apart: Counter = Counter()
    for text in texts:
        apart += _lines_run(nlp, text)
    together = _lines_run(nlp, "\n\n".join(texts))
    assert sum(apart.values()) > 100_000
    # A loop over (tokens x quotes) or (entities x people) would make this several times larger.
    assert sum(together.values()) <= 1.1 * sum(apart.values())
    worst = max(together, key=lambda k: together[k] - apart[k])
    assert together[worst] - apart[worst] <= 0.05 * sum(apart.values()), worst


def test_doubling_a_document_doubles_the_work(nlp):
    text = (ROOT / "corpus" / "pakistan_russia_oped.txt").read_text(encoding="utf-8")
    once = sum(_lines_run(nlp, "\n\n".join([text] * 2)).values())
    twice = sum(_lines_run(nlp, "\n\n".join([text] * 4)).values())
    assert 1.8 <= twice / once <= 2.2


_QUOTES = st.lists(st.tuples(st.integers(0, 5), st.integers(1, 8)), max_size=12).map(
    lambda gaps: _outermost(gaps))


def _outermost(gaps):
    quotes, pos = [], 0
    for gap, length in gaps:
        quotes.append(Quote(pos + gap, pos + gap + length))
        pos += gap + length
    return quotes


@given(_QUOTES, st.integers(-2, 120), st.integers(0, 30))
def test_bisected_quote_lookups_agree_with_a_scan(quotes, start, length):
    assert quoted(start, quotes) == any(q.start <= start < q.end for q in quotes)
    assert near(quotes, start, start + length) == [q for q in quotes if q.start < start + length and q.end > start]


def test_in_quotes_reads_the_token_offset(nlp):
    doc = nlp.make_doc('He said "we won" today.')
    quotes = [Quote(9, 15)]
    assert [in_quotes(t, quotes) for t in doc] == [False, False, False, True, True, False, False, False]


_NAMES = st.lists(st.lists(st.sampled_from(["Ann", "Bo", "Cy", "W", "H", "Di"]), min_size=1, max_size=4)
                  .map(" ".join), max_size=10)


@given(_NAMES, _NAMES)
def test_indexed_fuller_names_agree_with_a_scan(people, mentions):
    names = {n: name_words(n) for n in sorted(set(people), key=lambda n: -len(n.split()))}
    index = NameIndex(names)
    for mention in mentions + people:
        assert fuller_names(mention, index) == fuller_names(mention, names)


def test_sentence_starts_are_set_at_paragraphs_and_ellipses(nlp):
    doc = nlp.make_doc("One line here\n\nTwo lines there... Then more… And so")
    mark_sentence_starts(doc)
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["One", "Two", "Then", "And"]
    parsed = nlp("A sentence.\n\nAnother one.")
    with pytest.raises(ValueError):
        mark_sentence_starts(parsed)


def test_each_claim_gets_the_markers_inside_it(nlp):
    from claimscope.claims import ArticleProgress, extract
    from claimscope.clean import clean_body
    from claimscope.components.sentences import claim_spans
    from claimscope.records import Article

    clean = clean_body((ROOT / "corpus" / "pakistan_russia_oped.txt").read_text(encoding="utf-8"))
    doc = nlp(clean.text)
    claims, _ = extract(doc, ArticleProgress(Article("a", "a.txt"), clean))
    markers = list(doc.spans["editorial_markers"])
    expected = [list(dict.fromkeys(m.text.lower() for m in markers if s.start <= m.start < s.end))
                for s in claim_spans(doc)]
    assert [c.editorial_markers for c in claims] == expected
    assert sum(map(len, expected)) >= 10
