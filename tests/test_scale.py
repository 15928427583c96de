"""The same outputs whatever the engine: one process, a local pool, a Dask cluster; Parquet on request."""

import shutil
from pathlib import Path

import pandas as pd
import pytest
from claimscope.runner import run

from .conftest import ROOT

FILES = ("claims.csv", "entities.csv", "articles.csv", "claims.jsonl")


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    """Four corpus articles (three Wikinews, one the seed) plus one bad file."""
    folder = tmp_path_factory.mktemp("corpus")
    for name in ("wikinews_asylum.txt", "wikinews_korea.txt", "wikinews_flag.txt", "pakistan_russia_oped.txt"):
        shutil.copy(ROOT / "corpus" / name, folder / name)
    (folder / "broken.txt").write_bytes(b"%PDF-1.4 not text")
    return folder


@pytest.fixture(scope="module")
def single(small_corpus, tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("single")
    result = run([small_corpus], out, nlp=nlp, formats=("parquet",))
    assert len(result.rejected) == 1 and result.n_articles == 4
    return out


def _same(a: Path, b: Path) -> None:
    for name in FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_process_pool_gives_the_same_outputs(small_corpus, single, tmp_path):
    result = run([small_corpus], tmp_path, workers=2)
    assert result.rejected and "broken.txt" in result.rejected[0]
    _same(single, tmp_path)


def test_dask_cluster_gives_the_same_outputs(small_corpus, single, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        result = run([small_corpus], tmp_path, engine="dask", scheduler=cluster.scheduler_address)
    assert result.n_articles == 4 and len(result.rejected) == 1
    _same(single, tmp_path)


def test_parquet_holds_the_csv_rows(single):
    claims = pd.read_parquet(single / "claims.parquet")
    csv = pd.read_csv(single / "claims.csv", dtype=str, keep_default_na=False)
    assert list(claims.claim_id) == list(csv.claim_id)
    assert claims.people.map(list).map(" | ".join).tolist() == csv.people.tolist()
    ents = pd.read_parquet(single / "entities.parquet")
    assert len(ents) == len(pd.read_csv(single / "entities.csv"))
