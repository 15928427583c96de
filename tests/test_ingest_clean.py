from pathlib import Path

import pytest
from claimscope.clean import clean_body
from claimscope.ingest import InputError, decode_bytes, iter_inputs, parse_plain_text, read_document, unique_ids
from claimscope.wrapping import join_wrapped, unwrap

from .conftest import SEED


def test_seed_header_is_title_and_byline_not_body():
    doc = read_document(SEED, "seed")
    assert doc.title == "US-led Secret Strategy Compelled Pakistan to Fortify Relations with Russia"
    assert doc.author == "Sajjad Shaukat"
    assert "Image result for" not in doc.text
    assert not doc.text.lstrip().startswith("By ")


def test_seed_cleaning_drops_boilerplate_and_keeps_hyphens():
    doc = read_document(SEED, "seed")
    body = clean_body(doc.text, doc.author).text
    for junk in ("Leave a Reply", "Your email address", "Note: I have revised", "writes on international affairs",
                 "Image result"):
        assert junk not in body
    assert "anti-Pakistan policies" in body
    assert "multibillion-dollar road" in body
    assert "reduced now. The defence policy bill" in body
    # A truncated line ends its paragraph instead of running into the next sentence.
    assert "countering international terrorism were\n\nThe army chief’s trip" in body
    # A real wrap inside a name is joined.
    assert "US Secretary of State Mike Pompeo" in body


def test_unwrap_joins_wrapped_lines_and_breaks_on_truncation():
    lines = ["The talks on security and terrorism were held in the capital and were", "The visit was long."]
    assert unwrap(lines, 80, common_words=frozenset({"the"})) == lines
    lines = ["The talks on security and terrorism were held in the capital and", "were then concluded."]
    joined = "The talks on security and terrorism were held in the capital and\nwere then concluded."
    assert unwrap(lines, 80) == [joined]


def test_join_wrapped_drops_only_word_internal_hyphens():
    assert join_wrapped("anti-", "Pakistan policy") == "anti-Pakistan policy"
    assert join_wrapped("a develop-", "ment plan", frozenset({"ment"})) == "a development plan"


def test_paragraph_offsets_index_the_body():
    clean = clean_body("First para.\n\nSecond para here.")
    assert clean.text == "First para.\n\nSecond para here."
    assert clean.paragraph_of(0) == 0 and clean.paragraph_of(14) == 1


def test_cp1252_curly_quotes_decode():
    assert decode_bytes("He said \x93no\x94.".encode("latin-1")) == "He said “no”."


@pytest.mark.parametrize("data,kind", [(b"\x89PNG\r\n\x1a\nxxxx", "PNG"), (b"%PDF-1.7 xx", "PDF"),
                                       (b"PK\x03\x04zz", "zip")])
def test_binary_files_are_rejected_with_a_reason(data, kind):
    with pytest.raises(InputError, match=kind):
        decode_bytes(data, "x.txt")


def test_bad_paths_become_errors_not_exceptions(tmp_path: Path):
    (tmp_path / "empty").mkdir()
    items = list(iter_inputs([tmp_path / "missing.txt", tmp_path / "empty"]))
    assert all(isinstance(i, InputError) for i in items)
    assert "no such file" in str(items[0]) and "no .txt" in str(items[1])


def test_empty_file_rejected(tmp_path: Path):
    p = tmp_path / "blank.txt"
    p.write_text("   \n\n ")
    with pytest.raises(InputError, match="empty"):
        read_document(p, "blank")


def test_dateline_is_read_as_publication_date():
    doc = parse_plain_text("A headline\n\nSaturday, October 9, 2010\n\nThe body starts here.")
    assert doc.title == "A headline" and doc.published == "Saturday, October 9, 2010"
    assert doc.text.strip() == "The body starts here."


def test_unique_ids():
    assert unique_ids([Path("a/x.txt"), Path("b/x.md")]) == ["x", "x-2"]


def test_photo_captions_are_kept_as_flagged_paragraphs_without_credits():
    raw = ("Image result for Pakistan LEADER PHOTO\n\n"
           "Braverman (left) and Sunak (right) on October 25, 2022. Image: UK Government.\n\n"
           "The Home Office announced a questionnaire for asylum seekers.\n\n"
           "Image: Home Office.\n\n"
           "Herrick at RecentChangesCamp 2008 Image: ShakataGaNai.\n")
    clean = clean_body(raw)
    paras = clean.text.split("\n\n")
    assert paras == ["Braverman (left) and Sunak (right) on October 25, 2022.",
                     "The Home Office announced a questionnaire for asylum seekers.",
                     "Herrick at RecentChangesCamp 2008"]
    assert clean.captions == {0, 2}


def test_a_claim_does_not_end_on_a_conjunction(nlp):
    from claimscope.components.sentences import claim_spans

    doc = nlp('Three of Digimon\'s "Digi-destined", including cosplayer Jessica Anderson.\n\n'
              "Video games, movies, and more\n\nLady Cassandra from Doctor Who.")
    claims = [s.text for s in claim_spans(doc)]
    assert claims[1:] == ["Video games, movies, and more", "Lady Cassandra from Doctor Who."]


def test_caption_claims_are_marked_in_claims_csv(tmp_path: Path, nlp):
    import pandas as pd
    from claimscope.runner import run

    src = tmp_path / "questionnaire.txt"
    src.write_text("Asylum process to change\n\nBraverman (left) and Sunak (right) on October 25, 2022. "
                   "Image: UK Government.\n\nThe Home Office said the questionnaire would speed up claims.\n",
                   encoding="utf-8")
    run([src], tmp_path / "out", nlp=nlp)
    claims = pd.read_csv(tmp_path / "out" / "claims.csv", dtype=str, keep_default_na=False)
    assert list(claims.section) == ["caption", "body"]
    assert "Image" not in " ".join(claims.text) and claims.dates.iloc[0] == "2022-10-25"


def test_prose_ending_like_a_credit_is_kept_whole():
    clean = clean_body("The minister described what happened in the video: mayhem.\n\nNext paragraph here.")
    assert clean.text.startswith("The minister described what happened in the video: mayhem.")
    assert clean.captions == frozenset()


@pytest.mark.parametrize("header", [
    "By Nadia Farooq\nShare this:\nFacebook\nFollow us on Twitter\nWhatsApp",
    "Share this article\nBy Nadia Farooq\nTwitter",
    "By Nadia Farooq\nPublished: March 14, 2024\nShare this:\nEmail",
])
def test_a_share_bar_at_the_top_of_a_page_is_dropped_not_taken_for_the_end(header, nlp):
    from claimscope.api import analyze

    body = ("The port deal was signed in Gwadar on Monday after months of talks.\nThe finance minister said "
            "that the first ships would dock in May.\n\nCritics call the terms one-sided, and the opposition "
            "has promised to review them if it wins the next election. " * 2)
    result = analyze(f"Gwadar deal raises questions\n\n{header}\n{body}", nlp=nlp)
    texts = [c.text for c in result.claims]
    assert result.article.author == "Nadia Farooq"
    assert any(t.startswith("The port deal was signed") for t in texts)
    assert not any(w in t for t in texts for w in ("Share", "Facebook", "Twitter", "Published", "WhatsApp"))


@pytest.mark.parametrize("line,published", [("Published: March 14, 2024", "2024-03-14"),
                                            ("Updated on 8-May-2006", "2006-05-08"),
                                            ("Posted: Sept15,1946", "1946-09-15")])
def test_a_labelled_date_line_is_the_publication_date(line, published, nlp):
    from claimscope.api import analyze

    result = analyze(f"A headline here\n\n{line}\n\nThe council met on Monday. It voted to close the depot.", nlp=nlp)
    assert (result.article.published, result.article.published_source) == (published, "dateline")
    assert [c.text for c in result.claims][0] == "The council met on Monday."


def test_stage_directions_are_not_claims(nlp):
    from claimscope.api import analyze

    text = ("Remarks at the hall\n\nThank you all. (Applause)\n\n(Laughter and cheers)\n\nThe governor said "
            "that towns like ours were finished. (Booing) Well, I have news for the governor. [Laughter]")
    texts = [c.text for c in analyze(text, nlp=nlp).claims]
    assert texts == ["Thank you all.", "The governor said that towns like ours were finished.",
                     "Well, I have news for the governor."]


@pytest.mark.parametrize("line,published", [("Boston, 14th March 1851.", "1851-03-14"),
                                            ("Washington D.C., 8-May-2006", "2006-05-08"),
                                            ("Karachi, Sept15,1946", "1946-09-15")])
def test_a_letters_date_line_with_its_place_is_the_publication_date(line, published, nlp):
    from claimscope.api import analyze

    text = (f"A letter on the fire\n\n{line}\n\nTo the Editor of the Evening Courier.\n\nSir,\n\n"
            "I write in haste. Yesterday the mayor declared that the fire was an accident.")
    result = analyze(text, nlp=nlp)
    assert (result.article.published, result.article.published_source) == (published, "dateline")
    assert [c.text for c in result.claims] == ["I write in haste.",
                                               "Yesterday the mayor declared that the fire was an accident."]


def test_paragraph_numbers_of_a_judgment_are_not_claims(nlp):
    from claimscope.api import analyze

    text = ("Harrowgate Logistics Ltd v Finch\n\n1. This is an appeal from the tribunal.\n\n2.\n\n"
            "12. The appellant says that the tribunal erred.\n\n(iv) The costs follow the event.")
    assert [c.text for c in analyze(text, nlp=nlp).claims] == [
        "This is an appeal from the tribunal.", "The appellant says that the tribunal erred.",
        "The costs follow the event."]


def test_section_headings_are_marked_not_counted_as_prose(nlp):
    from claimscope.api import analyze

    text = ("An essay on wages\n\n1 Introduction\n\nWages fell in the 1930s. Keynes argued that wages are sticky."
            "\n\n2.1 Literature review\n\nEarly accounts stressed contracts [3].\n\nConclusions\n\nWe find no effect.")
    sections = [(c.section, c.text) for c in analyze(text, nlp=nlp).claims]
    assert [t for s, t in sections if s == "heading"] == ["1 Introduction", "2.1 Literature review", "Conclusions"]
    assert all(s == "body" for s, t in sections if t.endswith("."))


@pytest.mark.parametrize("lead,published,first", [
    ("BRASSWICK, Wednesday, June 11, 2025 (Meridian Wire) - The former head of the port denied the charges.",
     "2025-06-11", "The former head of the port denied the charges."),
    ("TOLEDO, Ohio — State Sen. Ruth Hartwell has opened a narrow lead.", "",
     "State Sen. Ruth Hartwell has opened a narrow lead."),
    ("LONDON (Reuters) - Shares fell sharply on Tuesday.", "", "Shares fell sharply on Tuesday."),
    ("NATO - the alliance - met on Monday.", "", "NATO - the alliance - met on Monday."),
    ("MUMBAI — Bharti Airtel raised its tariffs on Monday.", "", "Bharti Airtel raised its tariffs on Monday."),
    ("STRASBOURG — The European Parliament voted on Tuesday.", "", "The European Parliament voted on Tuesday."),
    ("NATO — the alliance — met on Monday.", "", "NATO — the alliance — met on Monday."),
])
def test_a_wire_dateline_opening_the_lead_dates_the_article_and_is_not_a_claim(lead, published, first, nlp):
    from claimscope.api import analyze

    result = analyze(f"Trial opens\n\nBy Nadia Okonkwo\n\n{lead}\n\nThe trial resumes next week.", nlp=nlp)
    assert result.claims[0].text == first
    if published:
        assert (result.article.published, result.article.published_source) == (published, "dateline")


def test_a_standfirst_between_headline_and_byline_is_header_not_a_claim(nlp):
    from claimscope.api import analyze

    text = ('The salt wars, revisited\n\nA review of "The Salt Ledger" by Cordelia Hawthorne-Pike\n\n'
            "By Emeric Lanzetti\n\nFew books on the salt trade have been this ambitious. The author argues that "
            "the tax shaped the state.")
    result = analyze(text, nlp=nlp)
    assert result.article.author == "Emeric Lanzetti"
    assert [c.text for c in result.claims][0] == "Few books on the salt trade have been this ambitious."


@pytest.mark.parametrize("label,published", [
    ("Published: November 16, 2024, 06:30 IST", "2024-11-16"),
    ("Published: Thursday, August 8, 2024, 07:15 PM IST", "2024-08-08"),
    ("Published: February 11, 2025 | Updated 10:42pm", "2025-02-11"),
    ("Published: April 2, 2025 at 6:00 a.m. EDT", "2025-04-02"),
    ("Updated on 8-May-2006", "2006-05-08"),
])
def test_a_published_line_with_its_time_or_update_dates_the_article(label, published, nlp):
    from claimscope.api import analyze

    result = analyze(f"Rates on hold\n\nBy Asha Menon\n{label}\n\nThe bank held rates on Monday.", nlp=nlp)
    assert (result.article.published, result.article.published_source) == (published, "dateline")
    assert [c.text for c in result.claims] == ["The bank held rates on Monday."]


@pytest.mark.parametrize("byline", ["Farrukh Saleem Mirza", "The Editorial Board", "Editorial", "Maria de la Cruz"])
def test_a_byline_without_by_above_a_published_line_is_the_author(byline, nlp):
    from claimscope.api import analyze

    text = f"The price of power\n{byline}\nPublished: February 11, 2025\n\nTariffs rose again in January."
    result = analyze(text, nlp=nlp)
    assert (result.article.title, result.article.author) == ("The price of power", byline)
    assert [c.text for c in result.claims] == ["Tariffs rose again in January."]


@pytest.mark.parametrize("furniture", [
    "Listen to this article  |  Share  |  Save",
    "Follow us on Google News | WhatsApp Channel",
    "Share on Facebook  Share on X  Share on WhatsApp  Email",
    "Share  |  Print  |  Comments (88)",
    "Gift this article   Share   Comment 214",
    "Also Read: RBI keeps repo rate unchanged for ninth time in a row",
    "Read more: Circular debt crosses Rs2.4tr despite 'cap'",
    "Editorial: The Supreme Court should stay out of ballot counting",
    "Published in the Daily Ledger, February 11th, 2025",
    "Views expressed are personal.",
    "Email: fsmirza@example.com",
    "Yours faithfully,",
    "(Sustained applause)",
    "Reporting by Kari Holm; Editing by Peter Lund",
    "(Additional reporting by Sam Okoro in Abuja)",
])
def test_page_furniture_and_sign_offs_are_not_claims(furniture, nlp):
    from claimscope.api import analyze

    text = f"The price of power\n\nBy Asha Menon\n\nTariffs rose again in January.\n\n{furniture}\n\nThe grid is old."
    assert [c.text for c in analyze(text, nlp=nlp).claims] == ["Tariffs rose again in January.", "The grid is old."]


@pytest.mark.parametrize("sentence", [
    "Share prices fell sharply on Monday.", "Opinion polls suggest the race is tight.",
    "Save the date: the vote is on Friday.", "Comments from the minister were blunt.",
    "(See the applause figures below.)",
    "Reporting by analysts has been patchy.",
    "Produced by Ridley Scott, the film grossed $400m worldwide.",
])
def test_sentences_that_open_like_furniture_stay(sentence, nlp):
    from claimscope.api import analyze

    text = f"The price of power\n\nBy Asha Menon\n\nTariffs rose again in January.\n\n{sentence}"
    assert [c.text for c in analyze(text, nlp=nlp).claims][-1] == sentence


@pytest.mark.parametrize("paragraph", [
    "Published in 2019, the report warned of shortages by 2030.",
    "Listen: we will not back down from this fight.",
    "Analysis of the figures shows a slowdown in hiring.",
])
def test_article_sentences_that_look_like_furniture_stay(paragraph, nlp):
    from claimscope.api import analyze

    text = f"The price of power\n\nBy Asha Menon\n\nTariffs rose again in January.\n\n{paragraph}"
    assert [c.text for c in analyze(text, nlp=nlp).claims][-1] == paragraph


def test_a_wrapped_line_opening_with_a_label_stays_in_its_paragraph(nlp):
    from claimscope.api import analyze

    text = ("The price of power\n\nBy Asha Menon\n\nThe economists added a note of caution in their\n"
            "analysis: the figures point to a slowdown in hiring across the\nregion, they said.")
    assert any("the figures point to a slowdown" in c.text for c in analyze(text, nlp=nlp).claims)


def test_a_question_over_a_short_answer_is_no_headline(nlp):
    from claimscope.api import analyze

    result = analyze("Should the city ban cars downtown?\nYes.\n\nThe council votes on Monday.", nlp=nlp)
    assert result.article.title == "" and result.claims[0].text == "Should the city ban cars downtown?"


@pytest.mark.parametrize("byline, author", [
    ("By Tom Whitcombe, Legal Affairs Correspondent", "Tom Whitcombe"),
    ("By Lena Hartmann | Science Reporter", "Lena Hartmann"),
    ("By Ann van der Berg, Staff Writer", "Ann van der Berg"),
    ("By Miriam Falk", "Miriam Falk"),
    ("By Mary Smith and John Doe", "Mary Smith and John Doe"),
    ("By Jean-Luc de la Tour", "Jean-Luc de la Tour"),
])
def test_a_byline_with_a_role_or_an_outlet_is_the_author(byline, author):
    doc = parse_plain_text(f"Judge rejects bid to overturn eviction curbs\n\n{byline}\n\nA judge dismissed the case.")
    assert (doc.title, doc.author) == ("Judge rejects bid to overturn eviction curbs", author)
    assert doc.text.strip() == "A judge dismissed the case."


@pytest.mark.parametrize("line", ["By then, the damage was done, the council said.",
                                  "By Christmas, Britain could face blackouts", "By Tuesday, Congress Must Act"])
def test_a_sentence_opening_with_by_is_no_byline(line):
    doc = parse_plain_text(f"Rail upgrade stalls\n\n{line}\n\nMore follows.")
    assert doc.author == "" and line in doc.text


@pytest.mark.parametrize("headline", [
    "Our towns don't need another bypass. They need buses.",
    "The ban is a mistake. Ministers should say so.",
    "Stop blaming the teachers.",
])
def test_a_headline_ending_like_a_sentence_above_a_by_line_is_the_title(headline):
    doc = parse_plain_text(f"{headline}\n\nBy Miriam Falk\n\nEvery few years, a politician promises a road.")
    assert (doc.title, doc.author) == (headline, "Miriam Falk")
    assert doc.text.strip() == "Every few years, a politician promises a road."


def test_a_first_sentence_without_a_by_line_stays_in_the_body():
    doc = parse_plain_text("The council voted to close the library.\n\nResidents protested on Friday.")
    assert doc.title == "" and doc.text.startswith("The council voted")

