from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "pakistan_russia_oped.txt"


@pytest.fixture(scope="session")
def nlp():
    from claimscope.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_outputs(tmp_path_factory, nlp):
    """The seed op-ed run once through the whole pipeline; returns the output folder."""
    from claimscope.runner import run

    out = tmp_path_factory.mktemp("seed")
    result = run([SEED], out, nlp=nlp)
    assert result.rejected == []
    return out


@pytest.fixture(scope="session")
def seed_claims(seed_outputs):
    import pandas as pd

    return pd.read_csv(seed_outputs / "claims.csv", dtype=str, keep_default_na=False)


def claim_with(df, fragment):
    rows = df[df["text"].str.contains(fragment, regex=False)]
    assert len(rows) >= 1, f"no claim contains {fragment!r}"
    return rows.iloc[0]


@pytest.fixture
def attribute(nlp):
    """Attribution of each claim in a short text, as (text, Attribution) pairs."""
    from claimscope.components.attribution import attribution_of
    from claimscope.components.sentences import claim_spans

    def _run(text):
        doc = nlp(text)
        return [(s.text, attribution_of(s)) for s in claim_spans(doc)]

    return _run


def last_attribution(attribute, text):
    """The attribution of a text's last claim (`attribute` is the fixture of that name)."""
    *_, (_, att) = attribute(text)
    return att


def dated_doc(nlp, text, published=None):
    """A text run through the whole pipeline with `published` as its date (none when not given)."""
    doc = nlp.make_doc(text)
    if published:
        doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def claim_attributions(nlp, text):
    """Each claim of a text, in order, with its attribution: (claim text, Attribution)."""
    from claimscope.claims import claim_spans
    from claimscope.components.attribution import attribution_of

    doc = nlp(text)
    return [(s.text, attribution_of(s)) for s in claim_spans(doc)]


def cleaned(text):
    """A plain-text article's header read and its body cleaned: (Document, CleanText)."""
    from claimscope.clean import clean_body
    from claimscope.ingest import parse_plain_text

    doc = parse_plain_text(text)
    return doc, clean_body(doc.text, doc.author)
