"""Newsletters pasted with their e-mail header, a briefing's reporters, a sermon's and a blog's header, an
academic's disclosure, and the limits of the page-foot, header-date and hard-wrap rules."""

import pytest
from claimscope.clean import clean_body
from claimscope.ingest import parse_plain_text
from claimscope.wrapping import unwrap

from .conftest import dated_doc

NEWSLETTER = """From: Priya Raman <thelonghaul@substack.com>
Subject: The four-day week isn't dead. It's just quieter.
Date: Sunday, March 10, 2024 at 8:02 AM

View this post on the web at https://thelonghaul.substack.com/p/four-day-week-quieter

THE LONG HAUL
The four-day week isn't dead. It's just quieter.
Notes on work, time and the people who run out of both
Priya Raman
Mar 10, 2024

Hi friends,

As I wrote last week, the loudest voices have moved on. The full report is here ([read it](https://example.org/r)).

Thanks for reading.

Priya

---

You're receiving this because you subscribed to The Long Haul.
Unsubscribe https://thelonghaul.substack.com/account/unsubscribe
"""


def test_a_newsletters_email_header_gives_its_title_author_and_date():
    doc = parse_plain_text(NEWSLETTER)
    assert (doc.title, doc.author) == ("The four-day week isn't dead. It's just quieter.", "Priya Raman")
    assert doc.published.startswith("Sunday, March 10, 2024")
    text = clean_body(doc.text, doc.author).text
    assert text.startswith("As I wrote last week") and "(read it)" in text
    assert text.endswith("Thanks for reading.")


@pytest.mark.parametrize("header,title,author,published", [
    ("St. Andrew's Episcopal Church, Millbrook\nHome | Worship | Sermons | Give | Contact\n\nSermons\n\n"
     '"The Least of These"\nThe Rev. Canon Margaret Ellison\nChrist the King Sunday, November 26, 2023',
     '"The Least of These"', "The Rev. Canon Margaret Ellison", "Sunday, November 26, 2023"),
    ("The Man Who Kept Every Letter\n\nPosted on June 22, 2024 by Claire Donnelly | 7 Comments",
     "The Man Who Kept Every Letter", "Claire Donnelly", "June 22, 2024"),
    ("WHOV-TV 7 NEWS | Transcript\nThursday, October 10, 2024\n\nDayton Mayoral Debate 2024: Full Transcript",
     "Dayton Mayoral Debate 2024: Full Transcript", "", "October 10, 2024"),
    ("Skip to content\nTHE NAIROBI COURIER\nHome  News  Counties  Business  Opinion  Sports  Life & Style  ePaper  "
     "Subscribe\nSearch\n\nOpinion > Editorial\n\nEDITORIAL\n\nTame runaway borrowing before it tames us\n\n"
     "Tuesday, October 1, 2024 — 6:00 AM\nBy COURIER EDITORIAL BOARD",
     "Tame runaway borrowing before it tames us", "COURIER EDITORIAL BOARD", "October 1, 2024"),
    ("Britain's farms are losing soil faster than it forms\n\nCover crops can slow erosion to a trickle, but the "
     "new rules leave the cost with farmers.\n\nHannah Okafor, Senior Lecturer in Soil Science, University of "
     "Reading\nPublished: March 4, 2025 3.12pm GMT",
     "Britain's farms are losing soil faster than it forms", "Hannah Okafor", "March 4, 2025"),
])
def test_headers_of_sermons_blogs_stations_and_academics(header, title, author, published):
    doc = parse_plain_text(header + "\n\nThe council met last week. It will meet again next month.\n")
    assert (doc.title, doc.author) == (title, author) and doc.published.startswith(published)
    assert clean_body(doc.text, doc.author).text.startswith("The council met")


@pytest.mark.parametrize("header,author", [
    ("The Valley Report\n\nPalo Alto, California\n21 November 2024", ""),
    ("Why the port deal matters\n\nSir John Curtice, Professor of Politics, University of Strathclyde\n3 May 2023",
     "John Curtice"),
    ("Why the port deal matters\n\nDr Jane Doe, Senior Fellow, St. Antony's College\n3 May 2023", "Jane Doe"),
])
def test_an_author_with_a_post_is_a_name_with_a_post(header, author):
    assert parse_plain_text(header + "\n\nThe council met last week.\n").author == author


STORY = "The council voted to close the library. Residents said they would appeal."


@pytest.mark.parametrize("foot", [
    "Disclosure statement\nHannah Okafor receives funding from UK Research and Innovation.",
    "This article is republished from The Conversation under a Creative Commons license. Read the original article.",
    "Tags: family history, Leeds, letters",
    "Home > Family History > The Man Who Kept Every Letter",
    "Posted by the Parish Office on November 28, 2023",
])
def test_an_academics_disclosure_and_a_posts_furniture_are_no_paragraphs(foot):
    assert clean_body(f"{STORY}\n\n{foot}\n").text == STORY


@pytest.mark.parametrize("kept", [
    "Send your letters to your councillor before Friday, campaigners urged on Monday.",
    "Email | Text | WhatsApp was how most residents heard the news.",
    "The report was written by Ann Reed (planning officer, whose 40 pp annex nobody read).",
])
def test_sentences_like_a_pages_foot_stay(kept):
    text = clean_body(f"{STORY}\n\n{kept}\n\nThe appeal will be heard in May.\n").text
    assert kept in text and text.endswith("The appeal will be heard in May.")


def test_a_notes_heading_above_prose_ends_nothing():
    text = clean_body(f"{STORY}\n\nNotes\n\nSmith and Jones (2019) found that most tenants stay.\n").text
    assert text.endswith("most tenants stay.")


@pytest.mark.parametrize("line,value", [
    ("Sitting on the back benches since 14 May 2019", ("2019", "inferred_year")),
    ("Argued October 8, 2024—Decided January 15, 2025", ("January 15, 2025", "dateline")),
])
def test_a_records_date_line_and_not_a_sentence_of_one(line, value):
    doc = parse_plain_text(f"Delgado v. Branford\n\n{line}\n\nThe court ruled on the fee in 2019.\n")
    assert (doc.published or "2019", doc.published_source or "inferred_year") == value


@pytest.mark.parametrize("text,value", [
    ("The summit of December 12 was cancelled yesterday.", "2024-12-12"),
    ("The vote of December 12 has been postponed.", "2024-12-12"),
])
def test_an_event_that_befell_a_day_keeps_the_nearest_one(nlp, text, value):
    assert [e._.value for e in dated_doc(nlp, text, "2024-11-21").ents if e.label_ == "DATE"][0] == value


@pytest.mark.parametrize("first,second,joined", [
    ("The manager said the squad was not good enough and that he", "Likewise, the board has approved it.", False),
    ("The manager said the squad was thin, and the board", "Worse, the owner is selling the club.", False),
    ("Their best chance came from a cross by", "Kelly, who had been dropped twice.", True),
    ("The team flew on to", "Italy, where the final is played.", True),
])
def test_a_wrapped_line_before_a_name_and_a_comma_goes_on_and_before_an_adverb_ends(first, second, joined):
    common = frozenset({"the", "and", "that", "said"})
    assert (len(unwrap([first, second], 60, common_words=common)) == 1) is joined


@pytest.mark.parametrize("text,kind", [
    ("The plant would close within a year, staff were told.", "sourced"),
    ("The defendant had lied repeatedly, the jury was told.", "sourced"),
    ("The building was unsafe, he was warned.", "sourced"),
    ("Smith believes when interest rates fall, house prices will rebound.", "sourced"),
    ("The audit found what campaigners had long suspected: the money was never spent.", "sourced"),
    ("Growth will slow, says a study in the Lancet, which indicates that the drug cuts deaths by a third.", "sourced"),
    ("The budget having passed, note that nothing in it helps renters.", "editorial"),
    ("Rates rose by half a point, which signals that the bank is worried.", "editorial"),
    ("She knows what the council decided.", "editorial"),
])
def test_reports_beside_the_rules_for_what_is_not_one(attribute, text, kind):
    (_, att), = attribute(text)
    assert att.claim_type == kind


@pytest.mark.parametrize("paragraph", [
    "That is all from me this week. See you next Sunday. — Ann Lee",
    "Three men were arrested. All three were later released on bail. — AP",
    "The council has failed. The libraries must stay open. — The Editors",
    "England won 3-0 at Wembley. The scorers were familiar. — Kane, Saka and Foden.",
])
def test_a_signature_a_wire_or_a_list_after_a_dash_is_no_quotation(nlp, paragraph):
    doc = nlp.make_doc(f"The column.\n\n{paragraph}")
    doc._.author = "Ann Lee"
    doc = nlp(doc)
    from claimscope.components.attribution import attribution_of
    from claimscope.components.sentences import claim_spans
    assert {attribution_of(s).claim_type for s in claim_spans(doc)} == {"editorial"}


@pytest.mark.parametrize("text,kept", [
    ("After her press briefing on Tuesday, I sat down with the hospital's director, Ms. Jane Doe.\n\n"
     "Q: Why did the hospital close?\n\nMs. Doe: We ran out of money.", "Q: Why did the hospital close?"),
    ("The cabinet at a glance.\n\nThe Chancellor (Rachel Reeves): Sets our taxes and delivers the budget.\n\n"
     "The Prime Minister (Keir Starmer): Backs his chancellor but is worried about your bills.",
     "Sets our taxes and delivers the budget."),
])
def test_an_authors_questions_and_a_cabinet_list_are_no_record(attribute, text, kept):
    att = next(att for t, att in attribute(text) if kept in t)
    assert att.claim_type == "editorial"


@pytest.mark.parametrize("body,kept", [
    ("Ann was 94 when she died. She had lived on the estate since 1961.", "Ann was 94 when she died."),
    ("Posted by a neighbour on Facebook, the video went viral.", "Posted by a neighbour on Facebook"),
    ("Home/school liaison officers will be the first to go.", "Home/school liaison officers"),
    ("You're receiving this letter because your home is in a flood zone. Register by Friday.\n\nThe council said "
     "it would write again.", "The council said it would write again."),
    ("Partners\nBoth said they had not been consulted.", "Both said they had not been consulted."),
])
def test_body_text_like_a_newsletters_furniture_stays(body, kept):
    assert kept in clean_body(f"{STORY}\n\n{body}\n", "Ann Lee").text
