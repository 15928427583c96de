"""A magazine's page (masthead over a menu parted by spaces, breadcrumb, "Published in the November 2025 issue of
..."), a live blog's section label ("Politics live") and its byline of three, a ministry's two-line masthead over
its breadcrumb, a report's "Executive summary" with its authors, institution and a meta line of pages and PDF, and
its note marks glued to sentences and its numbered "Notes" at the foot."""

import pytest

from .conftest import cleaned

BODY = "The wait has mostly paid off. The dumplings are as good as any in the city."


@pytest.mark.parametrize("top", [
    "Rose City Monthly\nEat & Drink   Arts & Culture   News & City Life   Travel   Home & Design   Subscribe\n\n"
    "Eat & Drink > Restaurant Reviews\n\n",
    "Harbour Living\nFood & Drink   Culture   Homes   Travel   Subscribe\n\n",
    "Home & Garden   Style   Arts & Culture   Travel & Leisure   Subscribe\n\n",
])
@pytest.mark.parametrize("issue", [
    "Published in the November 2025 issue of Rose City Monthly",
    "From the November 2025 Issue",
    "",
])
def test_a_magazine_reviews_page_header(top, issue):
    text = (f"{top}Review: Marigold Tavern Brings the Georgian Supra to Alberta Street\n\n"
            "Nino Beridze's long-awaited restaurant delivers khachapuri worth the wait.\n\n"
            f"By Dana Whitfield | Photography by Marcus Ilse\nOctober 14, 2025\n{issue}\n\n{BODY}\n\n"
            "This article appears in the November 2025 issue of Rose City Monthly.")
    doc, clean = cleaned(text)
    assert doc.title == "Review: Marigold Tavern Brings the Georgian Supra to Alberta Street"
    assert doc.author == "Dana Whitfield" and doc.published == "October 14, 2025"
    assert clean.text == BODY


@pytest.mark.parametrize("label", ["Politics live", "Business live", "Football live"])
@pytest.mark.parametrize("byline,author", [
    ("By Priya Raman, Tom Aske and Joe Whitcombe", "Priya Raman, Tom Aske and Joe Whitcombe"),
    ("By Ann Lee and Tom Roe", "Ann Lee and Tom Roe"),
    ("By Ann Lee, Political Correspondent", "Ann Lee"),
])
def test_a_live_blogs_label_is_no_title_and_its_byline_names_everyone(label, byline, author):
    doc, _ = cleaned(f"Skip to main content\nUK | World | Politics | Business | Opinion\n\n{label}\n\n"
                     "Budget 2025 live: Holt extends tax threshold freeze to 2030 – as it happened\n\n"
                     f"{byline}\nWed 26 Nov 2025 18.05 GMT\n\n18.05 GMT\nSummary of the day\n\nThat is all.")
    assert doc.title == "Budget 2025 live: Holt extends tax threshold freeze to 2030 – as it happened"
    assert doc.author == author


@pytest.mark.parametrize("names", [("Ministry of External Affairs", "Government of India"),
                                   ("Department of Health", "State of Victoria")])
def test_two_masthead_lines_over_a_breadcrumb(names):
    doc, clean = cleaned(f"{names[0]}\n{names[1]}\n\nHome › Media Center › Briefings\n\n"
                         "Transcript of Weekly Media Briefing by the Official Spokesperson\n\nNovember 28, 2024\n\n"
                         "Spokesperson: Good afternoon.\n\nThank you.\n\n(Concludes)\n\nBack to Top")
    assert doc.title == "Transcript of Weekly Media Briefing by the Official Spokesperson"
    assert clean.text.endswith("Thank you.")


REPORT = ("Home / Research / Energy & Climate / Reports\n\n"
          "Cold Comfort: Energy arrears and the hidden cost of the price shock\n\n{part}\n\n"
          "{authors}\nCentre for Household Economic Security (CHES), Brussels\n{meta}\n\n"
          "The share of households unable to keep warm fell, Eurostat data show.1 Most price caps have been wound "
          "down, and the Commission has described the crisis as \"largely behind us\".2\n\n"
          "Support was generous. Governments set aside €650 billion between September 2021 and January 2023.5 Most "
          "of it went on untargeted measures.6\n\n"
          "Notes\n1 Eurostat, EU-SILC, table ilc_mdes01, extracted 12 May 2025.\n"
          "2 European Commission, State of the Energy Union Report 2024, p. 7.")


@pytest.mark.parametrize("part", ["Executive summary", "Key points"])
@pytest.mark.parametrize("authors", ["Marta Kowalczyk and Jonas Reinholt", "Ann Lee, Tom Roe and Kim Ito"])
@pytest.mark.parametrize("meta", ["3 June 2025 · Report 2025/04 · 46 pages · Download PDF (2.1 MB)",
                                  "3 June 2025 · Policy Brief · 12 pp"])
def test_a_reports_summary_page(part, authors, meta):
    doc, clean = cleaned(REPORT.format(part=part, authors=authors, meta=meta))
    assert doc.title == "Cold Comfort: Energy arrears and the hidden cost of the price shock"
    assert doc.author == authors and doc.published == "3 June 2025"
    assert "Eurostat data show. Most price caps" in clean.text
    assert "“largely behind us”. Support was" in clean.text.replace("\n\n", " ") or '"largely behind us".' in \
        clean.text
    assert "January 2023. Most of it went on untargeted measures." in clean.text
    assert "Notes" not in clean.text and "EU-SILC" not in clean.text


@pytest.mark.parametrize("text", [
    "The former world no.1 Rafael Nadal lost in the first round.",
    "See vol.2 The later chapters are weaker.",
    "The hotline (202-555-0100) and the website floodhelp.org were overwhelmed within an hour, officials said.",
    "Inflation rose to 2.5 in May.",
    "The ratio was 1.3 Most of the time.",
    "See p.7 The chart.",
    "He was born in 1950.",
])
def test_numbers_that_are_no_note_marks_stay(text):
    _, clean = cleaned(f"Title of the piece here\n\nBy Ann Lee\nMay 3, 2025\n\n{text}")
    assert clean.text == text


def test_a_headline_over_a_bare_byline_and_a_share_bar_stays_the_title():
    doc, _ = cleaned("Winter Is Coming\nKim Ito\nListen to this article | Share | Save\nMarch 12, 2024\n\n"
                     "The snow came early.")
    assert doc.title == "Winter Is Coming" and doc.published == "March 12, 2024"


@pytest.mark.parametrize("notes", ["The committee meets again in June.",
                                   "1. Smith, the captain, was booked again.\n\n2. Attendance was 12,402."])
def test_notes_in_prose_stay(notes):
    _, clean = cleaned(f"Title of the piece here\n\nBy Ann Lee\nMay 3, 2025\n\nThe vote was close.\n\nNotes\n\n{notes}")
    assert clean.text.endswith(notes.rsplit("\n\n", 1)[-1])


@pytest.mark.parametrize("furniture", [
    "Share Tweet WhatsApp Comments (14)",
    "Share f X in ✉",
    "Like Us On Facebook Follow Us On X",
    "Fact checked | 9 sources",
    "Free daily newsletter",
    "Sign up for The Getaway – weekly travel inspiration in your inbox.\nYour email   Subscribe",
    "Sign up for our Eat & Drink newsletter\nEmail address   Sign Up",
    "2817 NE Alberta St, 503-555-0142, marigoldpdx.com",
])
def test_a_pages_buttons_and_boxes_are_dropped(furniture):
    # ("Sign up to Business Today" stays: a guide's "Sign up to Universal Credit" reads the same)
    _, clean = cleaned(f"Title of the piece here\n\nBy Ann Lee\nMay 3, 2025\n\n{furniture}\n\n{BODY}\n\n{furniture}")
    assert clean.text == BODY


@pytest.mark.parametrize("foot", ["Explore more on these topics\nBudget 2025 Tax and spending\nShare Reuse this",
                                  "Most viewed\nThe 25 best restaurants", "More From Eat & Drink\nWhere to Eat Now"])
def test_a_news_sites_foot_ends_the_article(foot):
    _, clean = cleaned(f"Title of the piece here\n\nBy Ann Lee\nMay 3, 2025\n\n{BODY}\n\n{foot}")
    assert clean.text == BODY


def test_a_live_blogs_key_events_are_links_and_an_entry_time_is_one_heading(nlp):
    from .conftest import claim_attributions

    doc, clean = cleaned("Budget day live: the chancellor's statement\n\nBy Ann Lee\nWed 26 Nov 2025 18.05 GMT\n\n"
                         "Key events\n12.31 Holt begins her statement\n13.22 Threshold freeze extended\n\n"
                         "15.58 GMT\nMarkets calm after early wobble\n\nThe yield on gilts fell back.")
    assert "Holt begins" not in clean.text and "Key events" not in clean.text
    assert [t for t, _ in claim_attributions(nlp, clean.text)][:2] == ["15.58 GMT", "Markets calm after early wobble"]
