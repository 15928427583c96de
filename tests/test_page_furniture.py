"""Page furniture of kinds a scraped page, a press release, a research blog, a fact-check and a live blog
carry: a site's menu above the headline, the related-links box and the copyright line at its foot, a press
release's "About" section, forward-looking statements and media contact, a reference list, labels in
sentence case and a live blog's entry times (headings, not claims), and the wire dateline under a standfirst."""

import pytest
from claimscope.clean import is_heading, is_label

from .conftest import cleaned

BODY = ("The council approved the new budget on Tuesday after a long debate.\n\n"
        "Opposition members said the cuts to libraries would hurt the poorest districts.\n\n")


@pytest.mark.parametrize("menu", [
    "Home | News | Opinion | Business | Sport | Counties | ePaper\nSubscribe  |  Log in\nSearch\nOPINION & ANALYSIS\n",
    "Home | World | Politics | Columns\nSign in\n",
    "News | Opinion | Lifestyle\nCOMMENT\n",
])
def test_a_site_menu_above_the_headline_leaves_the_headline_the_title(menu):
    doc, clean = cleaned(f"{menu}\nLibraries deserve better than this budget\n\nBy Amina Yusuf\n\n{BODY}")
    assert doc.title == "Libraries deserve better than this budget" and doc.author == "Amina Yusuf"
    assert clean.text.startswith("The council approved")


@pytest.mark.parametrize("foot", [
    "RELATED ARTICLES\nDoctors' strike enters third week as talks stall\nCounties demand arrears before Mar...\n",
    "Related stories\n\nDoctors' strike enters third week as talks stall\n",
    "MORE FROM OPINION\nWhy the bypass will not fix the town centre\n",
    "Follow us on Facebook, X, Instagram and YouTube for the latest news and\n\n"
    "(c) 2025 The Daily Meridian Ltd. All rights reserved.\n",
    "Listen to this article 5 min\n\nPHOTO | FILE\n\nSubscribe to our newsletter\n\n© Harbour Media Group 2024\n",
])
def test_the_foot_of_a_scraped_page_is_no_part_of_the_article(foot):
    _, clean = cleaned(f"Budget anger grows\n\n{BODY}{foot}")
    assert clean.text.endswith("hurt the poorest districts.")


@pytest.mark.parametrize("furniture", [
    "About Verrant Systems\n\nVerrant Systems ASA is a Norwegian software company founded in 2009.\n\n"
    "Forward-Looking Statements\n\nThis press release contains forward-looking statements.\n\n"
    "Media Contact\nLive Berntsen\n+47 55 01 23 45\npress@verrant.example\n\nSOURCE Verrant Systems ASA\n",
    "Forward-looking statements\n\nSuch statements are subject to risks and uncertainties.\n",
    "Media contacts:\nJane Doe, jane@example.com\n",
    "Notes to editors\n\nThe survey was carried out online.\n",
    "References\n\nOkafor, N., Lindqvist, P. and Shah, R. (2021). Working apart. Journal of Work, 12(2), 1-20.\n\n"
    "Brannigan, S. (2022). Who is lonely at home? Work and Society, 8, 44-61.\n",
    "Bibliography\n\nGranovetter, M. (1973). The strength of weak ties.\n",
])
def test_a_press_release_and_a_reference_list_end_the_article(furniture):
    _, clean = cleaned(f"Verrant launches TideGrid 3\n\n{BODY}{furniture}")
    assert clean.text.endswith("hurt the poorest districts.")


@pytest.mark.parametrize("wire", [
    "HALDEN BAY, Norway, April 15, 2025 /PRNewswire/ -- ",
    "OSLO, March 3, 2025 /GlobeNewswire/ - ",
])
def test_a_wire_dateline_under_a_standfirst_dates_the_release(wire):
    text = (f"Verrant launches TideGrid 3\n\nNew platform already deployed by three operators\n\n"
            f"{wire}Verrant Systems today announced the launch of TideGrid 3.\n\n{BODY}")
    doc, clean = cleaned(text)
    assert doc.published and doc.published_source == "dateline"
    assert "Verrant Systems today announced" in clean.text and "PRNewswire" not in clean.text


@pytest.mark.parametrize("label", ["What was said", "Our ruling", "The evidence", "What the governor's office says"])
def test_a_label_in_sentence_case_above_prose_is_a_heading(label):
    _, clean = cleaned(f"Fact check: the tax cut\n\n{BODY}{label}\n\n{BODY}")
    paragraphs = clean.text.split("\n\n")
    assert paragraphs.index(label) in clean.headings


@pytest.mark.parametrize("text,label", [
    ("The questions are --", False), ("You're uh —", False), ("No, no, no. Just --", False),
    ("He said no", False), ("Hiring employees", True), ("Final days", True),
])
def test_speech_cut_off_is_no_label(text, label):
    assert is_label(text) is label


@pytest.mark.parametrize("time", ["23:52", "21:42", "10.15pm", "9:05 GMT", "6.30 p.m."])
def test_a_live_blog_entry_time_is_a_heading(time):
    assert is_heading(time)
    _, clean = cleaned(f"Storm live\n\nSaturday 18 January 2025\n\n{time}\nPower has been cut to 40,000 homes.\n\n"
                       f"{BODY}")
    assert 0 in clean.headings and clean.text.split("\n\n")[0] == time


def test_a_question_glued_to_the_next_sentence_is_split():
    _, clean = cleaned(f"Hospitals\n\nIs it too much to ask that the lights stay on?I do not think so.\n\n{BODY}")
    assert "on? I do not think so." in clean.text


@pytest.mark.parametrize("headline", [
    "Opinion: The city does not need a new stadium",
    "Inflation | What it means for you | Explained",
    "Letters: The heritage bill will gut our towns",
])
def test_a_headline_that_looks_like_a_label_or_a_menu_stays_the_title(headline):
    doc, _ = cleaned(f"{headline}\n\nBy Karen Doyle\n\n{BODY}")
    assert doc.title == headline and doc.author == "Karen Doyle"


@pytest.mark.parametrize("tail", [
    "(a) The claim succeeds.\n\n(b) The defendant must pay.\n\n(c) The council must publish its accounts for 2023 "
    "within 28 days.\n\n(C) Costs are awarded to the claimants.",
    "About Time\n\nThe clock is ticking for the council. It has a month left.\n\nThe mayor said nothing.",
    "Add your comment to the consultation before Friday, the council urges.\n\nThe mayor said nothing.",
    "References\n\nMany readers wrote in asking for the studies we cited. Here they are.\n\nThe mayor said nothing.",
    "Results by ward were: North 45 | South 30 | East 25\n\nOptions on the table | cut services | raise tax | "
    "borrow\n\nThe mayor said nothing.",
])
def test_body_text_that_looks_like_furniture_stays(tail):
    _, clean = cleaned(f"Budget anger grows\n\n{BODY}{tail}\n")
    assert clean.text.endswith(tail.split("\n\n")[-1])


@pytest.mark.parametrize("text", ["MINISTER: Absolutely not", "Build 300,000 homes a year", "Not any more",
                                  "Then it was gone", "Some still cannot talk about it"])
def test_a_short_sentence_is_no_label(text):
    assert not is_label(text)


@pytest.mark.parametrize("text", ["3.14", "12.50", "21.42"])
def test_a_number_alone_is_no_entry_time(text):
    assert not is_heading(text)


@pytest.mark.parametrize("top,foot", [
    ("CITY", "(With inputs from agencies)\n\nComments (12) | Post a comment\n\nReader one wrote something."),
    ("NATION", "(With PTI inputs)\n\nComments (3)\n\nA reader wrote something."),
    ("LETTERS", "Letters may be edited for length and clarity.\n\nComments (2) | View all comments\n\nA reader."),
])
def test_an_indian_dailys_section_label_credits_and_comments(top, foot):
    doc, clean = cleaned(f"{top}\n\nCivic body to repair 40 km of roads before Dasara\n\nBy K. Raghavendra\n\n{BODY}"
                         f"{foot}\n")
    assert doc.title == "Civic body to repair 40 km of roads before Dasara" and doc.author == "K. Raghavendra"
    assert clean.text.endswith("hurt the poorest districts.")
