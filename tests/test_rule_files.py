"""Rule files are checked when they load: a word in two classes names the file and the line."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from claimscope.components.lexicon import load_lexicon
from claimscope.resources import RuleFileError

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name,section,word", [("cues.toml", "loaded = [", "say"),
                                               ("speakers.toml", "media = [", "minister")])
def test_a_word_in_two_classes_fails_with_file_and_line(tmp_path, name, section, word):
    models = tmp_path / "models"
    shutil.copytree(ROOT / "models", models)
    path = models / name
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(section, f'{section}\n    "{word}",', 1), encoding="utf-8")
    line = text[: text.index(section)].count("\n") + 2
    with pytest.raises(RuleFileError, match=rf"{name}:\d+: '{word}' is listed as .*line \d+") as err:
        load_lexicon(str(models))
    assert f"{name}:{line}:" in str(err.value) or f"at line {line};" in str(err.value)
    src = tmp_path / "a.txt"
    src.write_text("Title\n\nThe mayor said the bridge would open.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "claimscope", "run", str(src), "--out", str(tmp_path / "out"),
                           "--workers", "1"], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "CLAIMSCOPE_MODELS": str(models)})
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert f"{name}:{line}:" in proc.stderr or (name in proc.stderr and f"at line {line};" in proc.stderr)


def test_the_shipped_rule_files_load():
    lex = load_lexicon()
    assert lex.cue_kind("say") == "neutral" and lex.speaker_nouns["spokesman"] == "anonymous"


def _broken_models(tmp_path, name, edit) -> Path:
    models = tmp_path / "models"
    shutil.copytree(ROOT / "models", models, ignore=shutil.ignore_patterns("training"))
    path = models / name
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return models


@pytest.mark.parametrize("name,edit,line,message", [
    ("entity_patterns.jsonl", lambda t: t + '{"label": "PERSN", "pattern": "Imran Khan"}\n', -1,
     "unknown label 'PERSN'"),
    ("entity_patterns.jsonl", lambda t: t + '{"label": "ORG", "pattern": [{"LOWR": "nato"}]}\n', -1,
     "not a valid token pattern"),
    ("entity_patterns.jsonl", lambda t: t + '{"label": "ORG", "pattern": "NATO"\n', -1, "not a JSON object"),
    ("editorial_markers.tsv", lambda t: t + "sadly\tgloomy\n", -1, "unknown kind 'gloomy'"),
    ("editorial_markers.tsv", lambda t: t + "obviously\thedge\n", -1, "'obviously' is hedge here and stance"),
    ("currencies.toml", lambda t: "[broken\n" + t, 1, "not valid TOML"),
    ("editorial_markers.tsv", lambda t: t + "evidently stance\n", -1, "separate the phrase and its kind with a tab"),
])
def test_a_broken_rule_file_is_named_with_its_line(tmp_path, name, edit, line, message):
    models = _broken_models(tmp_path, name, edit)
    n_lines = len((models / name).read_text(encoding="utf-8").splitlines())
    expected_line = n_lines if line == -1 else line
    src = tmp_path / "a.txt"
    src.write_text("Title\n\nThe mayor said the bridge would open.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "claimscope", "run", str(src), "--out", str(tmp_path / "out"),
                           "--workers", "1"], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "CLAIMSCOPE_MODELS": str(models)})
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert f"{name}:{expected_line}:" in proc.stderr and message in proc.stderr, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("name,edit,message", [
    ("cleaning.toml", lambda t: t.replace("drop_lines = [", 'drop_lines = [\n    "(unclosed",', 1),
     "not a valid regular expression"),
    ("currencies.toml", lambda t: "qualifiers = 5\n" + t, "expected tables symbols, words and scales"),
    ("titles.txt", None, "rule file cannot be read"),
])
def test_a_broken_or_missing_rule_file_stops_the_run_in_one_line(tmp_path, name, edit, message):
    models = tmp_path / "models"
    shutil.copytree(ROOT / "models", models, ignore=shutil.ignore_patterns("training"))
    if edit is None:
        (models / name).unlink()
    else:
        text = (models / name).read_text(encoding="utf-8")
        if name == "currencies.toml":
            text = text.replace("qualifiers =", "old_qualifiers =")
        (models / name).write_text(edit(text), encoding="utf-8")
    src = tmp_path / "a.txt"
    src.write_text("Title\n\nThe mayor said the bridge would open.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "claimscope", "run", str(src), "--out", str(tmp_path / "out"),
                           "--workers", "1"], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "CLAIMSCOPE_MODELS": str(models)})
    assert proc.returncode == 2 and name in proc.stderr and message in proc.stderr, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and not (tmp_path / "out" / "claims.csv").exists()


def test_initialize_reads_edited_rules(tmp_path):
    from claimscope.nlp import load_nlp

    models = tmp_path / "models"
    shutil.copytree(ROOT / "models", models, ignore=shutil.ignore_patterns("training"))
    nlp = load_nlp(models=str(models))
    text = "The plan is zorgful and the council knows it."
    before = nlp(text)
    assert not [m.text for m in before.spans["editorial_markers"]]
    with open(models / "editorial_markers.tsv", "a", encoding="utf-8") as f:
        f.write("zorgful\tevaluative\n")
    nlp.get_pipe("claimscope_editorial").initialize(models=str(models))
    after = nlp(text)
    assert [(m.text, m.label_) for m in after.spans["editorial_markers"]] == [("zorgful", "evaluative")]


def test_an_expletive_passive_that_is_no_cue_verb_is_named_with_its_line(tmp_path):
    models = tmp_path / "models"
    shutil.copytree(ROOT / "models", models)
    path = models / "cues.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("expletive = [", 'expletive = [\n    "wibble",', 1), encoding="utf-8")
    line = text[: text.index("expletive = [")].count("\n") + 2
    with pytest.raises(RuleFileError, match=rf"cues.toml:{line}: 'wibble' is an expletive passive but not a cue verb"):
        load_lexicon(str(models))


@pytest.mark.parametrize("edit,message", [
    # A new table inserted above "generic" would swallow it: the generic subjects would silently vanish.
    (lambda t: t.replace("generic = [", "[extras]\nwords = []\ngeneric = [", 1), r"unknown key 'extras'"),
    (lambda t: t.replace("generic = [", "[authorial]\ngeneric = [", 1).replace("\n[authorial]\nown_work",
                                                                             "\nown_work", 1),
     r"'generic' is not read in \[authorial\]"),
])
def test_a_list_under_a_misplaced_table_header_is_named_with_its_line(tmp_path, edit, message):
    models = _broken_models(tmp_path, "speakers.toml", edit)
    with pytest.raises(RuleFileError, match=rf"speakers.toml:\d+: {message}"):
        load_lexicon(str(models))


def test_the_shipped_lexicons_fill_every_list_they_declare():
    lex = load_lexicon()
    assert {"nobody", "anyone"} <= lex.generic_subjects and "paper" in lex.own_work and "figure" in lex.exhibits
    assert "perhaps" in lex.hypothetical_adverbs and "when" in lex.conditions
