"""The speed-ups change no output: matrix backend, cleaning without textacy, lemma index sets, cached
attribute rules, output rows without asdict."""

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import unicodedata

import claimscope.nlp as nlp_module
import pytest
import spacy
from claimscope import ops
from claimscope.clean import normalise_paragraph
from claimscope.components.attribute_cache import CachedAttributeRuler
from claimscope.nlp import WordList, cache_attribute_rules, index_sets, installed_model
from claimscope.outputs import _csv_row, as_dict
from claimscope.records import LIST_SEP, Article, Claim, EntityMention
from claimscope.runner import run
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import ROOT

FILES = ("claims.csv", "entities.csv", "articles.csv", "claims.jsonl")
TEXTS = ("wikinews_korea.txt", "wikinews_flag.txt", "wikinews_hackers.txt")


@pytest.fixture(scope="module")
def few(tmp_path_factory):
    folder = tmp_path_factory.mktemp("few")
    for name in TEXTS:
        shutil.copy(ROOT / "corpus" / name, folder / name)
    return folder


def _outputs(folder):
    return {name: (folder / name).read_bytes() for name in FILES}


def test_every_matrix_backend_gives_the_same_outputs(few, tmp_path):
    got = {}
    for choice in ops.CHOICES:
        out = tmp_path / choice
        env = {**os.environ, ops.ENV_VAR: choice}
        proc = subprocess.run([sys.executable, "-m", "claimscope", "run", str(few), "--out", str(out), "-q",
                               "--workers", "1"], env=env, cwd=ROOT, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        got[choice] = _outputs(out)
    assert got["blis"] == got["blas1"] == got["blas"]
    assert got["blis"]["claims.csv"].count(b"\n") > 20


def test_the_backend_is_measured_once_then_read_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(ops.ENV_VAR, raising=False)
    timed = []
    speeds = {"blis": 0.03, "blas1": 0.01, "blas": 0.02}
    monkeypatch.setattr(ops, "_time", lambda c: timed.append(c) or speeds[c])
    assert ops.choose() == "blas1"
    assert sorted(timed) == sorted(ops.CHOICES)
    assert ops.choose(allow_threads=False) == "blas1"  # without the all-threads candidate: measured again
    assert "blas" not in timed[3:]
    monkeypatch.setattr(ops, "_time", lambda c: pytest.fail("measured although cached"))
    assert ops.choose() == "blas1"
    assert json.loads((tmp_path / "claimscope" / "ops.json").read_text())


def test_the_backend_can_be_forced(monkeypatch):
    monkeypatch.setattr(ops, "_time", lambda c: pytest.fail("measured although forced"))
    monkeypatch.setenv(ops.ENV_VAR, "blis")
    assert ops.choose() == "blis"
    monkeypatch.setenv(ops.ENV_VAR, "gpu")
    with pytest.raises(ValueError, match="blis, blas1, blas"):
        ops.choose()


def test_measuring_times_each_backend():
    times = ops.measure(allow_threads=False)
    assert set(times) == {"blis", "blas1"} and all(0 < t < 5 for t in times.values())


def _loaded(code: str, packages: set[str]) -> str:
    """Which of `packages` a fresh interpreter has imported after running `code`, as printed."""
    code += f"; import sys; print(sorted({{m.split('.')[0] for m in sys.modules}} & {packages!r}))"
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip().splitlines()[-1]


def test_a_run_imports_no_textacy(tmp_path):
    code = f"from claimscope.runner import run; run([{str(ROOT / 'corpus' / TEXTS[0])!r}], {str(tmp_path)!r})"
    assert _loaded(code, {"textacy", "sklearn", "scipy", "pandas"}) == "[]"


def test_compare_loads_no_spacy_and_reads_the_lemma_tables_as_spacy_does(tmp_path):
    run([str(ROOT / "corpus" / name) for name in TEXTS], tmp_path / "out")
    code = f"from claimscope.compare import compare; compare({str(tmp_path / 'out')!r}, {str(tmp_path / 'cmp')!r})"
    assert _loaded(code, {"spacy", "thinc", "textacy"}) == "[]"
    assert (tmp_path / "cmp" / "framing.csv").exists()
    # The word classes see the model's tables: a reporting verb is no key term, a noun is.
    from claimscope.keyterms import string_id, word_classes
    from spacy.strings import get_string_id

    assert all(string_id(w) == get_string_id(w) for w in ("noun", "adj", "verb", "adv", "ünïcode text of 17+"))
    classes = word_classes()
    assert classes is not None and all(classes.tables[pos][0] for pos in classes.tables)
    assert not classes.term_word("said") and classes.term_word("fungus")


def _textacy_normalised(para: str) -> str:
    """normalise_paragraph as it was written with textacy."""
    import re

    from textacy import preprocessing

    para = preprocessing.normalize.unicode(para, form="NFC")
    para = para.replace("``", "“").replace("''", "”")
    para = preprocessing.normalize.whitespace(para)
    para = re.sub(r"\s+", " ", para).strip()
    return re.sub(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])", " ", para)


_TRICKY = st.sampled_from(list(" \t\n\r\v\f\u00a0\u2009\u3000\u200b\u2060\ufeff\u0301e`'”“.!?aZ") + ["``", "''"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_TRICKY, st.text(max_size=3)), max_size=30).map("".join))
def test_normalising_without_textacy_gives_the_same_text(para):
    assert normalise_paragraph(para) == _textacy_normalised(para)


def test_normalising_keeps_composed_characters():
    assert normalise_paragraph("Cafe\u0301\u200b  au\u00a0lait") == unicodedata.normalize("NFC", "Café au lait")


def _signature(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start)
            for t in doc]


@pytest.fixture(scope="module")
def corpus_texts():
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]


def test_lemma_sets_and_cached_attribute_rules_change_no_token(corpus_texts):
    plain = spacy.load(installed_model())
    fast = spacy.load(installed_model())
    index_sets(fast)
    cache_attribute_rules(fast)
    ruler = fast.get_pipe("attribute_ruler")
    assert isinstance(ruler, CachedAttributeRuler) and ruler.enabled
    assert isinstance(next(iter(fast.get_pipe("lemmatizer").lookups.get_table("lemma_index").values())), WordList)
    # The model's multi-token rules: "ai n't", "gon na", "got ta", "let 's", "c'm on", "y' all", "there is".
    texts = [*corpus_texts, "Y'all are gonna love it, let's go. It ain't over, I gotta say. C'mon, there is time!"]
    for _ in range(2):  # the second time from the cache
        for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
            assert _signature(a) == _signature(b)
    doc = fast(texts[-1])
    assert [t.lemma_ for t in doc if t.lower_ in ("gon", "na", "ai")] == ["go", "to", "be"]
    assert 0 < len(ruler.cache) < sum(len(t.split()) for t in corpus_texts)


def _ruler_pair(patterns):
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(patterns)
    other = spacy.blank("en")
    other.add_pipe("attribute_ruler").add_patterns(patterns)
    cache_attribute_rules(other)
    return nlp, other


def test_cached_rules_keep_the_order_of_patterns_with_multi_token_ones():
    patterns = [
        {"patterns": [[{"LOWER": "the"}]], "attrs": {"TAG": "DT", "POS": "DET"}},
        {"patterns": [[{"LOWER": "the"}, {"LOWER": "end"}]], "attrs": {"TAG": "XX", "LEMMA": "fin"}, "index": 0},
        {"patterns": [[{"LOWER": {"IN": ["end", "the"]}}]], "attrs": {"LEMMA": "word"}},
        {"patterns": [[{"TAG": {"NOT_IN": ["DT"]}, "LOWER": "end"}]], "attrs": {"POS": "NOUN"}},
    ]
    nlp, cached = _ruler_pair(patterns)
    assert isinstance(cached.get_pipe("attribute_ruler"), CachedAttributeRuler)
    for text in ("The end of the story.", "the the end End", "No article here."):
        a, b = nlp(text), cached(text)
        assert [(t.tag_, t.pos_, t.lemma_) for t in a] == [(t.tag_, t.pos_, t.lemma_) for t in b]
    doc = cached("the end")
    assert (doc[0].tag_, doc[0].lemma_, doc[1].lemma_, doc[1].pos_) == ("XX", "word", "word", "NOUN")


def test_a_regex_rule_is_cached_by_the_whole_value():
    patterns = [{"patterns": [[{"TEXT": {"REGEX": "^[A-Z]"}}]], "attrs": {"TAG": "NNP"}}]
    _, cached = _ruler_pair(patterns)
    assert isinstance(cached.get_pipe("attribute_ruler"), CachedAttributeRuler)
    assert [t.tag_ for t in cached("Hello world Again")] == ["NNP", "", "NNP"]


def test_values_a_regex_rule_does_not_match_still_fold_into_one_kind():
    patterns = [
        {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]], "attrs": {"LEMMA": "nothing", "TAG": "NN"}},
        {"patterns": [[{"LOWER": "gonna", "TAG": "VBG"}]], "attrs": {"LEMMA": "go"}},
        {"patterns": [[{"LOWER": {"IN": ["nothin", "cat"]}}]], "attrs": {"POS": "NOUN"}},
    ]
    nlp, cached = _ruler_pair(patterns)
    ruler = cached.get_pipe("attribute_ruler")
    assert isinstance(ruler, CachedAttributeRuler)
    texts = ["Nothin' doin', nuthin at all, notthin, a cat and a dog.", "I said nothin to the cat, or to a bird."]
    for text in texts:
        a, b = nlp(text), cached(text)
        assert [(t.tag_, t.pos_, t.lemma_) for t in a] == [(t.tag_, t.pos_, t.lemma_) for t in b]
    assert [t.lemma_ for t in cached("nothin' nuthin notthin")] == ["nothing", "nothing", ""]
    # Every word neither named nor matched is one kind: "doin", "at", "all", "dog", "said", "bird", ...
    assert len(ruler.cache) <= 6


def test_rules_that_cannot_be_cached_run_as_before():
    patterns = [{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"TAG": "DT"}}]
    _, other = _ruler_pair(patterns)
    assert not isinstance(other.get_pipe("attribute_ruler"), CachedAttributeRuler)
    assert [t.tag_ for t in other("a a cat")] == ["DT", "DT", ""]


def test_the_pipeline_gives_the_same_outputs_without_its_speed_ups(few, tmp_path, monkeypatch, nlp):
    run([few], tmp_path / "fast", nlp=nlp)
    monkeypatch.setattr(nlp_module, "index_sets", lambda nlp: None)
    monkeypatch.setattr(nlp_module, "cache_attribute_rules", lambda nlp: None)
    plain = nlp_module.load_nlp()
    assert type(plain.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    run([few], tmp_path / "plain", nlp=plain)
    assert _outputs(tmp_path / "fast") == _outputs(tmp_path / "plain")


def _claim() -> Claim:
    return Claim("a", "a:1", 0, 0, 0, 9, "=It said.", people=["X Y", "Z"], places=[], confidence=0.75,
                 review_note="+1")


def test_rows_are_what_asdict_gave():
    for record in (_claim(), EntityMention("a", "a:1", "MONEY", "$5", "", "5", "USD", modifiers=["big"]),
                   Article("a", "p.txt", n_claims=3)):
        assert as_dict(record) == dataclasses.asdict(record)
        expected = [LIST_SEP.join(v) if isinstance(v, list) else v for v in dataclasses.asdict(record).values()]
        row = _csv_row(record)
        assert [str(v).lstrip("'") for v in row] == [str(v) for v in expected]
    assert _csv_row(_claim())[6] == "'=It said."
    assert json.dumps(as_dict(_claim())) == json.dumps(dataclasses.asdict(_claim()))


def _plain_and_anchored(nlp):
    from claimscope.components.anchors import AnchoredMatcher
    from claimscope.components.date_spans import DATE_PATTERNS_FILE, check_row, word_lists
    from claimscope.components.date_words import DATE_WORDS_FILE, read_date_words
    from claimscope.resources import load_jsonl, models_dir
    from spacy.matcher import Matcher

    lists = word_lists(read_date_words(models_dir() / DATE_WORDS_FILE))
    plain, anchored = Matcher(nlp.vocab), AnchoredMatcher(nlp.vocab)
    for line, row in load_jsonl(DATE_PATTERNS_FILE):
        _, pattern, _, _ = check_row(row, lists, str(line))
        plain.add(str(line), [pattern])
        anchored.add(str(line), pattern)
    return plain, anchored


def test_date_patterns_near_their_anchors_find_what_the_whole_doc_finds(corpus_texts):
    from claimscope.nlp import load_nlp

    nlp = load_nlp()
    plain, anchored = _plain_and_anchored(nlp)
    texts = [*corpus_texts, "In 366, about 360 - 366, the 1960s, the early 17th century, 3000 BC, AD842, "
             "the summer of 2010, (2019), Smith, 2011; from May 3 to June 9, 1998, the following day, "
             "the 12th of October last, the late late 19th century and the 30th ult."]
    n = 0
    for doc in nlp.pipe(texts):
        want = sorted((nlp.vocab.strings[k], s, e) for k, s, e in plain(doc))
        got = sorted((nlp.vocab.strings[k], s, e) for k, s, e in anchored(doc))
        assert got == want
        n += len(want)
    assert n > 40  # the comparison covered real matches


def test_phrase_patterns_added_on_their_words_alone_match_their_phrases(nlp):
    """The entity ruler's phrase patterns are tokenised without running the model over them: each still matches its
    own phrase whole (the ruler matches on the words, ORTH, which tokenising alone gives)."""
    ruler = nlp.get_pipe("claimscope_entity_ruler")
    phrases = [p for p in ruler.patterns if isinstance(p["pattern"], str)]
    assert phrases and ruler.phrase_matcher_attr in (None, "ORTH")
    for p in phrases:
        doc = nlp.make_doc(p["pattern"])
        assert any(s == 0 and e == len(doc) for _, s, e in ruler.phrase_matcher(doc)), p
