"""Dates that hold on any text: no invented years, the document's own date line, tense-aware days."""

import csv

import pytest
from claimscope.components.dates import Reference, normalise_date
from claimscope.ingest import parse_plain_text

from .test_outputs_cli import _cli

KNOWN = Reference(2024, 5, 14)


@pytest.mark.parametrize("text,unknown,known", [
    ("May 30", "--05-30", "2024-05-30"),
    ("Jan. 10", "--01-10", "2024-01-10"),
    ("30 September", "--09-30", "2024-09-30"),
    ("Sept 29th", "--09-29", "2024-09-29"),
    ("Thursday, May 30th", "--05-30", "2024-05-30"),
    ("2003's", "2003", "2003"),
    ("25 and 26 March", "--03-25/--03-26", "2024-03-25/2024-03-26"),
    ("8-May-2006", "2006-05-08", "2006-05-08"),
    ("August 19, 1975", "1975-08-19", "1975-08-19"),
    ("September", "--09", "2024-09"),
])
def test_a_day_number_is_never_a_year_and_today_never_leaks(text, unknown, known):
    assert normalise_date(text) == unknown
    assert normalise_date(text, KNOWN) == known


@pytest.mark.parametrize("line,iso", [
    ("Thursday, May 30th, 2019", "2019-05-30"), ("8-May-2006", "2006-05-08"), ("August 19, 1975", "1975-08-19"),
    ("Sept15,1946", "1946-09-15"),
])
def test_a_letter_or_speech_date_line_is_the_document_date(tmp_path, line, iso):
    text = f"Dear Editor,\n\n{line}\n\nI write about the library. It closed yesterday.\n"
    doc = parse_plain_text(text)
    assert doc.published_source == "dateline" and line not in doc.text
    (tmp_path / "letter.txt").write_text(text, encoding="utf-8")
    proc = _cli("run", str(tmp_path / "letter.txt"), "--out", str(tmp_path / "out"), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    (art,) = csv.DictReader(open(tmp_path / "out" / "articles.csv", encoding="utf-8"))
    assert (art["published"], art["published_source"]) == (iso, "dateline")


def test_future_clauses_take_the_next_day_and_no_date_warns(tmp_path):
    (tmp_path / "news.txt").write_text("Talks stall\n\nTuesday, May 14, 2024\n\nTalks are expected to resume on "
                                       "Friday. The council said that it would reopen on Monday. The minister met "
                                       "them on Friday.\n", encoding="utf-8")
    (tmp_path / "undated.txt").write_text("Talks stall\n\nTalks will resume on Friday, officials said.\n",
                                          encoding="utf-8")
    proc = _cli("run", str(tmp_path), "--out", str(tmp_path / "out"), "--workers", "1")
    assert proc.returncode == 0
    assert proc.stderr.count("no publication date") == 1 and "undated.txt" in proc.stderr
    rows = csv.DictReader(open(tmp_path / "out" / "entities.csv", encoding="utf-8"))
    values = [(r["article_id"], r["text"], r["value"]) for r in rows
              if r["label"] == "DATE" and r["text"] in ("Friday", "Monday")]
    assert values == [("news", "Friday", "2024-05-17"), ("news", "Monday", "2024-05-20"),
                      ("news", "Friday", "2024-05-10"), ("undated", "Friday", "")]


@pytest.mark.parametrize("text,ref,iso", [
    ("’70s", None, "1970/1979"), ("the '60's", None, "1960/1969"), ("the 1830s", None, "1830/1839"),
    ("the 15th to the 19th century", None, "1400/1899"), ("300 BC", None, "-0299"),
    ("three weeks ago", KNOWN, "2024-04-23"), ("two days ago", KNOWN, "2024-05-12"),
    ("three months ago", KNOWN, "2024-02"), ("three weeks ago", None, ""),
])
def test_decades_centuries_eras_and_counted_times_ago(text, ref, iso):
    assert normalise_date(text, ref) == iso


def test_a_date_line_on_the_first_line_is_the_date_not_the_title_and_year_less_values_stay_iso(tmp_path):
    (tmp_path / "letter.txt").write_text("8-May-2006\n\nThank you for coming. Two days ago the dam opened. The "
                                         "festival is on May 30.\n", encoding="utf-8")
    (tmp_path / "undated.txt").write_text("Festival\n\nThe festival is on May 30.\n", encoding="utf-8")
    proc = _cli("run", str(tmp_path), "--out", str(tmp_path / "out"), "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    arts = {r["article_id"]: r for r in csv.DictReader(open(tmp_path / "out" / "articles.csv", encoding="utf-8"))}
    assert (arts["letter"]["title"], arts["letter"]["published"]) == ("", "2006-05-08")
    values = {(r["article_id"], r["text"]): r["value"]
              for r in csv.DictReader(open(tmp_path / "out" / "entities.csv", encoding="utf-8"))}
    assert values[("letter", "Two days ago")] == "2006-05-06"
    assert values[("undated", "May 30")] == "--05-30"  # no formula guard on an ISO value
