"""A transcript's time codes before its speakers' labels ("[00:01:05] TOM HADLEY:") leave the labels read as
labels; a post's meta line between dots or bars ("By Ann Lee · May 12, 2025 · 6 min read", "Transcript · Tuesday,
March 11, 2025 · 48 min listen") gives its author and date and is no claim."""

import pytest

from .conftest import claim_attributions, cleaned

TURNS = ("{t1}HOST: Welcome back. With me are Priya Venkataraman and Tom Hadley. Priya, start us off.\n\n"
         "{t2}PRIYA VENKATARAMAN: Thanks. The evidence is better than the sceptics admit. Sick days fell.\n\n"
         "{t3}TOM HADLEY: With respect, that's a self-selected group. Nobody signs up unless they think it works.\n\n"
         "{t4}HOST: Tom, did that surprise you?\n\n{t5}TOM HADLEY: Not really. People like time off.")


@pytest.mark.parametrize("codes", [
    ("[00:00:04] ", "[00:00:41] ", "[00:01:05] ", "[00:02:49] ", "[00:03:01] "),
    ("(0:04) ", "(0:41) ", "(1:05) ", "(2:49) ", "(3:01) "),
    ("00:00:04 ", "00:00:41 ", "00:01:05 ", "00:02:49 ", "00:03:01 "),
])
def test_time_coded_turns_are_their_speakers(nlp, codes):
    text = TURNS.format(**{f"t{k + 1}": c for k, c in enumerate(codes)})
    _, clean = cleaned(f"The Ledger Room, Episode 187\n\n{text}")
    found = claim_attributions(nlp, clean.text)
    by_text = {t: a for t, a in found}
    assert not any(t.strip("[]()0123456789: ") == "" for t in by_text), list(by_text)
    for sentence, canonical in [("Sick days fell.", "Priya Venkataraman"),
                                ("Nobody signs up unless they think it works.", "Tom Hadley"),
                                ("People like time off.", "Tom Hadley")]:
        att = by_text[sentence]
        assert att.claim_type == "sourced" and att.speaker_canonical == canonical, (sentence, att)


def test_a_clock_time_opening_a_live_blogs_entry_stays():
    _, clean = cleaned("Budget day live\n\n10:30 The chancellor has arrived at the Commons.\n\n"
                       "11:02 Markets are steady ahead of the statement.")
    assert "10:30 The chancellor" in clean.text


@pytest.mark.parametrize("meta,author,published", [
    ("By Ann Lee · May 12, 2025 · 6 min read", "Ann Lee", "May 12, 2025"),
    ("Ann Lee · May 12, 2025", "Ann Lee", "May 12, 2025"),
    ("Transcript · Tuesday, March 11, 2025 · 48 min listen", "", "March 11, 2025"),
    ("Analysis | 12 May 2025 | 4 min read", "", "12 May 2025"),
    ("Climate Desk · 3 June 2024", "", "3 June 2024"),
])
def test_a_posts_meta_line(meta, author, published):
    doc, clean = cleaned(f"Why the bypass must go\n\n{meta}\n\nThe road is a mistake. It will cost millions.")
    assert (doc.author, doc.published) == (author, published)
    assert clean.text.startswith("The road is a mistake."), clean.text[:60]


def test_a_sentence_with_dots_is_no_meta_line():
    doc, clean = cleaned("Why the bypass must go\n\nPrices rose · 12 May 2025 · and then they fell again\n\n"
                         "The road is a mistake.")
    assert "Prices rose" in clean.text


@pytest.mark.parametrize("line,published", [
    ("October 29, 20256:12 PM GMT+5Updated 2 hours ago", "October 29, 2025"),
    ("12 May 20257:00 AM", "12 May 2025"),
])
def test_a_date_line_with_its_year_run_into_its_time(line, published):
    doc, clean = cleaned(f"Talks stall in Tashkent\n\nBy Saad Hashmi\n\n{line}\n\nThe talks broke up on Wednesday.")
    assert doc.published == published and clean.text == "The talks broke up on Wednesday."


def test_a_meta_line_right_under_the_headline():
    doc, clean = cleaned("Council cuts library hours\nBy Ann Lee · May 12, 2025 · 6 min read\n\nThe council cut hours "
                         "on Monday. Residents objected.")
    assert (doc.title, doc.author, doc.published) == ("Council cuts library hours", "Ann Lee", "May 12, 2025")
    assert clean.text.startswith("The council cut hours")
