"""The attribution trainer: labelled sets in, a deterministic readable model out, held-out figures."""

import json
from pathlib import Path

import pytest
from claimscope.components.decision import LinearModel, ModelError, load_model
from claimscope.training import calibration, collect, cross_validate, examples, fit, folds, training_docs

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"

ARTICLES = {
    "a1": ("Mayor Ana Ruiz said that the bridge would reopen in May. The bridge has been closed for a year. "
           "“We are nearly there,” she told reporters. Traffic is heavy in the old town."),
    "a2": ("The council met on Monday. Councillor Tom Beck argued that the budget was too small. "
           "The meeting ended late. Residents complained that the buses were always late."),
    "a3": ("The river flooded again this spring. Farmers warned that the harvest would be poor. "
           "The harvest is the region's main income. “Nobody listens to us,” one farmer said."),
}
GOLD = {"a1": [("Mayor Ana Ruiz said", "S"), ("has been closed for a year", "E"), ("We are nearly there", "S"),
               ("Traffic is heavy", "E")],
        "a2": [("The council met", "E"), ("Tom Beck argued", "S"), ("The meeting ended late", "E"),
               ("Residents complained", "S")],
        "a3": [("The river flooded", "E"), ("Farmers warned", "S"), ("main income", "E"), ("Nobody listens", "S")]}


@pytest.fixture(scope="module")
def small_set(tmp_path_factory, nlp):
    d = tmp_path_factory.mktemp("labelled")
    (d / "texts").mkdir()
    meta = ["doc\ttitle\tdate"]
    gold = ["# doc\tanchor\tlabel\tspeaker_keys"]
    for name, text in ARTICLES.items():
        (d / "texts" / f"{name}.txt").write_text(f"Headline {name}\n\n{text}\n", encoding="utf-8")
        meta.append(f"{name}\tHeadline {name}\t2024-05-14")
        gold += [f"{name}\t{anchor}\t{label}\t" for anchor, label in GOLD[name]]
    (d / "metadata.tsv").write_text("\n".join(meta) + "\n", encoding="utf-8")
    (d / "gold_claims.tsv").write_text("\n".join(gold) + "\n", encoding="utf-8")
    return collect(d, nlp, "small")


def test_collect_labels_every_gold_sentence(small_set):
    assert [d.doc_id for d in small_set] == ["a1", "a2", "a3"]
    xs, ys, _ = examples(small_set)
    assert len(ys) == 12 and sum(ys) == 6


def test_fit_is_deterministic_and_learns_the_sample(small_set):
    xs, ys, _ = examples(small_set)
    a, b = fit(xs, ys, c=1.0), fit(xs, ys, c=1.0)
    assert a.to_json() == b.to_json()
    right = sum((a.probability(x) >= 0.5) == bool(y) for x, y in zip(xs, ys, strict=True))
    assert right >= 10


def test_cross_validation_never_sees_the_document(small_set):
    fold = folds(small_set, k=3)
    for d, f in zip(small_set, fold, strict=True):
        assert d not in training_docs(small_set, fold, f)
        assert all(o in training_docs(small_set, fold, f) for o, g in zip(small_set, fold, strict=True) if g != f)
    models = cross_validate(small_set, k=3)
    assert len({id(m) for m in models}) == 3  # one model per fold, each fold one document here


def test_model_file_round_trips_and_bad_files_are_named(tmp_path):
    m = LinearModel(-1.5, {"rule:quote:cue": 2.25, "cue_lemma:say": 0.5}, {"seed": 13})
    (tmp_path / "attribution_model.json").write_text(m.to_json(), encoding="utf-8")
    back = load_model(tmp_path)
    assert back.weights == m.weights and back.bias == m.bias
    (tmp_path / "attribution_model.json").write_text('{"bias": "x"}', encoding="utf-8")
    with pytest.raises(ModelError, match="attribution_model.json"):
        load_model(tmp_path)


def test_calibration_of_perfect_and_overconfident_predictions():
    assert calibration([0.9] * 10, [1] * 9 + [0])["ece"] == 0.0
    over = calibration([0.99] * 10, [1] * 5 + [0] * 5)
    assert over["ece"] > 0.4 and over["confidence_wrong"] == over["confidence_right"]


@pytest.mark.skipif(not (SHARED / "gum").exists(), reason="shared evaluation data not present")
def test_shipped_model_is_rebuilt_byte_for_byte(nlp):
    from claimscope.training import collect_sets, train

    shipped = (ROOT / "models" / "attribution_model.json").read_text(encoding="utf-8")
    rebuilt = train(collect_sets(SHARED, nlp)).to_json()
    assert rebuilt == shipped, "models/attribution_model.json is stale: run `make train`"
    assert json.loads(shipped)["meta"]["examples"] > 3000
