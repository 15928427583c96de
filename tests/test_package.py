"""claimscope as a package and as spaCy components: the Python API gives what the command line writes,
a saved pipeline loads in a process that never imports claimscope, annotations survive serialisation."""

import json
import subprocess
import sys
import sysconfig
import textwrap

import pytest
from spacy.tokens import DocBin

from .conftest import ROOT, SEED

COMPARED = ["text", "claim_type", "attribution", "speaker", "speaker_canonical", "speaker_type", "cue", "quote",
            "rule", "cue_kind", "people", "organisations", "places", "dates", "money", "editorial_markers"]

ARTICLES = [
    "Prices rise again\n\nThe central bank said on Tuesday that inflation had peaked. “We are not done yet,” "
    "its governor, Maria Lopez, told reporters. Critics call the policy reckless.",
    "According to the ministry, 40 schools were closed in March. The decision is a mistake, and parents know "
    "it. As one teacher put it, “nobody asked us.”",
]


def _claims_csv(seed_claims):
    from claimscope.outputs import unsafe_cell

    return [{k: unsafe_cell(row[k]) for k in COMPARED} | {"confidence": float(row["confidence"])}
            for _, row in seed_claims.iterrows()]


def _api_rows(claims: list[dict]) -> list[dict]:
    from claimscope.records import LIST_SEP

    return [{k: LIST_SEP.join(c[k]) if isinstance(c[k], list) else c[k] for k in COMPARED}
            | {"confidence": float(c["confidence"])} for c in claims]


def test_analyze_gives_the_claims_claimscope_run_writes(seed_claims):
    import claimscope

    result = claimscope.analyze(SEED.read_text(encoding="utf-8"))
    tables = result.to_pandas()
    assert list(tables.claims.columns[:8]) == ["article_id", "claim_id", "paragraph", "sentence", "start_char",
                                               "end_char", "text", "claim_type"]
    assert _api_rows(tables.claims.to_dict("records")) == _claims_csv(seed_claims)
    by_file = claimscope.analyze_file(SEED)
    assert [c.claim_id for c in by_file.claims] == list(seed_claims["claim_id"])


def test_analyze_takes_a_title_and_a_date_and_rejects_empty_text():
    import claimscope

    r = claimscope.analyze("The minister said talks would resume on Friday.", title="Talks", published="2024-05-14")
    assert r.article.title == "Talks" and r.article.published == "2024-05-14"
    assert r.mentions[0].value == "2024-05-17"  # a future clause: the next Friday
    with pytest.raises(claimscope.InputError, match="no article text"):
        claimscope.analyze("   \n\n ")


# The components in the order load_nlp() adds them, after the English model's own.
USER_PIPES = [("claimscope_sentences", {"before": "parser"}), ("claimscope_entity_fixes", {}), ("claimscope_money", {}),
              ("claimscope_dates", {}), ("claimscope_canonical", {}), ("claimscope_quotes", {}),
              ("claimscope_editorial", {}), ("claimscope_attribution", {}), ("claimscope_assertion", {})]


def _saved_spans_in_a_new_process(saved, cwd) -> list:
    script = textwrap.dedent(f"""
        import json, sys, spacy
        assert "claimscope" not in sys.modules
        nlp = spacy.load({str(saved)!r})  # spaCy finds the components through the package's entry points
        docs = [nlp(t) for t in {ARTICLES!r}]
        print(json.dumps([[s.text, s.label_, s._.attribution["speaker"], s._.assertion["assertion"]]
                          for d in docs for s in d.spans["claims"]]))
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=cwd, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


def _spans(nlp) -> list:
    docs = [nlp(t) for t in ARTICLES]
    return [[s.text, s.label_, s._.attribution["speaker"], s._.assertion["assertion"]]
            for d in docs for s in d.spans["claims"]]


def test_a_user_built_pipeline_saves_and_loads_without_importing_claimscope(tmp_path):
    import spacy
    from claimscope.nlp import installed_model

    nlp = spacy.load(installed_model())
    for name, where in USER_PIPES:
        nlp.add_pipe(name, **where)
    expected = _spans(nlp)
    assert any(label == "sourced" for _, label, _, _ in expected) and any(lb == "editorial" for _, lb, _, _ in expected)
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "claimscope_attribution" / "cues.toml").is_file()
    assert (tmp_path / "pipeline" / "claimscope_assertion" / "assertion_model.json").is_file()
    assert _saved_spans_in_a_new_process(tmp_path / "pipeline", tmp_path) == expected


def test_a_pipeline_with_its_own_rules_travels_without_them(tmp_path, nlp):
    """Saved with rules from a folder of the user's, the pipeline loads from its own copies after that
    folder is gone, and saving it back where it was loaded from works."""
    import shutil

    import spacy
    from claimscope.nlp import load_nlp

    own = tmp_path / "my-rules"
    shutil.copytree(ROOT / "models", own, ignore=shutil.ignore_patterns("training"))
    saved = tmp_path / "saved"
    load_nlp(models=str(own)).to_disk(saved)
    shutil.rmtree(own)
    assert _saved_spans_in_a_new_process(saved, tmp_path) == _spans(nlp)
    again = spacy.load(saved)
    again.to_disk(saved)
    assert (saved / "claimscope_editorial" / "editorial_markers.tsv").is_file()


def test_annotations_round_trip_through_docbin(nlp):
    docs = [nlp(t) for t in ARTICLES]
    store = DocBin(store_user_data=True)
    for doc in docs:
        store.add(doc)
    back = list(DocBin().from_bytes(store.to_bytes()).get_docs(nlp.vocab))
    for a, b in zip(docs, back, strict=True):
        assert [(s.text, s.label_, s._.attribution) for s in a.spans["claims"]] == \
               [(s.text, s.label_, s._.attribution) for s in b.spans["claims"]]
        assert [(m.text, m.label_) for m in a.spans["editorial_markers"]] == \
               [(m.text, m.label_) for m in b.spans["editorial_markers"]]
        assert [(e.text, e.label_, e._.value, e._.canonical) for e in a.ents] == \
               [(e.text, e.label_, e._.value, e._.canonical) for e in b.ents]
        assert [list(q) for q in a._.quotes] == [list(q) for q in b._.quotes] != []


def test_two_processes_give_what_one_gives(nlp):
    def summary(docs):
        return [[(s.text, s.label_, s._.attribution["speaker"], s._.attribution["confidence"])
                 for s in d.spans["claims"]] for d in docs]

    texts = ARTICLES * 3
    assert summary(list(nlp.pipe(texts, n_process=2, batch_size=2))) == summary(list(nlp.pipe(texts)))


def test_the_built_wheel_works_in_a_fresh_environment(tmp_path, seed_claims):
    """`pip install` the wheel into a new virtualenv, outside the repository, and analyse the seed there."""
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next(wheels.glob("claimscope-*.whl"))
    env = tmp_path / "env"
    subprocess.run([sys.executable, "-m", "venv", str(env)], check=True, timeout=300)
    py = env / "bin" / "python"
    # Dependencies come from this environment's site-packages; claimscope itself only from the wheel.
    site = subprocess.run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (tmp_path / "env" / site.split(str(env) + "/", 1)[1] / "deps.pth").write_text(sysconfig.get_paths()["purelib"])
    subprocess.run([py, "-m", "pip", "install", "--no-deps", "-q", str(wheel)], check=True, timeout=300)
    (tmp_path / "op-ed.txt").write_bytes(SEED.read_bytes())
    script = ("import json, claimscope; r = claimscope.analyze(open('op-ed.txt').read()); "
              "print(claimscope.__file__); print(r.to_pandas().claims.to_json(orient='records'))")
    proc = subprocess.run([py, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    where, rows = proc.stdout.splitlines()[-2:]
    assert where.startswith(str(env)), where  # the installed copy, not the source tree
    assert _api_rows(json.loads(rows)) == _claims_csv(seed_claims)
