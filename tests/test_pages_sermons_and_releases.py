"""Heads of pages as they are copied: a headline with its standfirst above the byline, blank lines between; a
wrapped headline; a byline dated in figures ("02/18/26"); a section label parted by spaces ("Opinion   The
Chronicle view"); a share bar that opens with "Share this:" (not the article's foot); a press release's label,
issuer, standfirst and bracketed dateline; a sermon under its church, "Preached by" and its readings."""

import pytest

from .conftest import cleaned

BODY = ("Colorado has spent the better part of a decade talking about its housing shortage. This spring, lawmakers "
        "finally have a bill that could do something about it.")


@pytest.mark.parametrize("head,title,author,published", [
    ("The Denver Ledger\nHome | News | Politics | Opinion | Sports | Business\nSubscribe   Log In\n\n"
     "OPINION > EDITORIALS\n\nEditorial: The housing bill is a start. Lawmakers shouldn’t let it become the finish.\n\n"
     "Senate Bill 26-114 would override local zoning near transit. It needs real affordability guarantees.\n\n"
     "By The Denver Ledger Editorial Board\nPUBLISHED: March 3, 2026 at 6:00 a.m. | UPDATED: March 3, 2026 at 9:42 a.m."
     "\n\nShare this: Facebook | X | Email | Print",
     "Editorial: The housing bill is a start. Lawmakers shouldn’t let it become the finish.",
     "The Denver Ledger Editorial Board", "March 3, 2026"),
    ("THE CAPITOL POST\nNews | Policy | Technology | Opinion | Events\nSubscribe | Sign in\n\nOPINION > TECHNOLOGY\n\n"
     "Washington's patchwork approach to AI will fail. Congress needs a floor,\nnot a ceiling.\n\n"
     "States are writing their own AI rules because Congress won't. A fight could leave consumers with nothing.\n\n"
     "BY HANNAH R. OKAFOR, OPINION CONTRIBUTOR - 02/18/26 8:00 AM ET\n\nShare   Post   Email   Comments (37)",
     "Washington's patchwork approach to AI will fail. Congress needs a floor, not a ceiling.", "HANNAH R. OKAFOR",
     "2026-02-18"),
    ("The Chronicle\nNews | Opinion | Sport | Culture | Lifestyle | More\nSign in   Subscribe\n\n"
     "Opinion   The Chronicle view\n\nThe Chronicle view on housing: ministers must stop counting and start building"
     "\n\nEditorial\n\nWed 4 Mar 2026 18.30 GMT\nShare   Comments (214)",
     "The Chronicle view on housing: ministers must stop counting and start building", "", "Wed 4 Mar 2026"),
])
def test_a_page_head_copied_with_its_menu_standfirst_and_share_bar(head, title, author, published):
    doc, clean = cleaned(f"{head}\n\n{BODY}")
    assert (doc.title, doc.author, doc.published) == (title, author, published)
    assert clean.text.startswith("Colorado has spent"), clean.text[:120]


def test_a_press_release_head():
    doc, clean = cleaned(
        "FOR IMMEDIATE RELEASE\n\nElena Vargas for Colorado\n\nVargas Surges to Five-Point Lead as Firefighters Back "
        "Senate Bid\n\nNew statewide poll shows momentum three weeks before Election Day\n\nDENVER, Colo. (Oct. 14, "
        "2026) — Democratic U.S. Senate candidate Elena Vargas on Tuesday picked up the endorsement of the state's "
        "firefighters.\n\n###")
    assert (doc.title, doc.published) == ("Vargas Surges to Five-Point Lead as Firefighters Back Senate Bid",
                                          "Oct. 14, 2026")
    assert clean.text.startswith("Democratic U.S. Senate candidate"), clean.text[:120]


@pytest.mark.parametrize("church,preacher,author", [
    ("St Columba's Parish Church, Ashby Vale", "Preached by the Rev. Canon Margaret Ellery",
     "Rev. Canon Margaret Ellery"),
    ("Holy Trinity, Millbrook", "Preached by Father Tomas Reilly", "Father Tomas Reilly"),
])
def test_a_sermon_under_its_church(church, preacher, author):
    doc, clean = cleaned(f"{church}\n\nSermon: \"Jesus Wept\" — Grief and the Slowness of God\n\n{preacher}\n"
                         "Fifth Sunday of Lent, 22 March 2026\n\nReadings: Ezekiel 37:1-14; John 11:1-45\n\nThere is a "
                         "verse in this morning's Gospel that every confirmation class learns first.")
    assert (doc.title, doc.author, doc.published) == ('Sermon: "Jesus Wept" — Grief and the Slowness of God', author,
                                                      "22 March 2026")
    assert clean.text.startswith("There is a verse"), clean.text[:120]



NEWS = ("ATLANTA - Georgia Republicans will choose among four candidates for governor on Tuesday, and the race remains "
        "as unsettled as it was in January.")


@pytest.mark.parametrize("head,title,author,published", [
    ("The Atlanta Ledger\nHome | Politics | Elections 2026 | Metro | Opinion | Subscribe\nELECTIONS 2026\n\n"
     "Crowded GOP field for governor heads into Tuesday's primary with no clear front-runner\n\n"
     "By Kendra Oyelaran, Politics Reporter\nPublished May 18, 2026 at 5:45 a.m. ET",
     "Crowded GOP field for governor heads into Tuesday's primary with no clear front-runner", "Kendra Oyelaran",
     "May 18, 2026"),
    ("AP NEWS\nU.S. News | World | Politics | Elections | Business | Sports\nPOLITICS\n\nReyes wins Arizona GOP Senate "
     "primary after bruising three-way race\n\nBy JONATHAN MERCER and ALICIA DUNN\nAssociated Press\n"
     "August 5, 2026, 1:14 AM MST", "Reyes wins Arizona GOP Senate primary after bruising three-way race",
     "JONATHAN MERCER and ALICIA DUNN", "August 5, 2026"),
    ("NBC4i WCMH-TV Columbus\nNews | Weather | Sports | Politics | Your Local Election HQ | Watch Live\n"
     "YOUR LOCAL ELECTION HQ\n\nIssue 2: What Ohio's $15 minimum wage amendment would do\n\nby Marcus Whitley\n"
     "Posted: Oct 1, 2026 / 06:12 PM EDT", "Issue 2: What Ohio's $15 minimum wage amendment would do",
     "Marcus Whitley", "Oct 1, 2026"),
    ("Detroit Free Press | freep.com\nNews  Sports  Business  Opinion  Elections  Obituaries  e-Edition\nFACT CHECK\n\n"
     "Fact-checking the Michigan Senate debate: what the candidates got right and wrong\n\n"
     "Dave Boucher and Clara Hendricks\nDetroit Free Press\nPublished 6:30 a.m. ET Oct. 7, 2026",
     "Fact-checking the Michigan Senate debate: what the candidates got right and wrong",
     "Dave Boucher and Clara Hendricks", "Oct. 7, 2026"),
])
def test_a_news_sites_head(head, title, author, published):
    doc, clean = cleaned(f"{head}\n\n{NEWS}")
    assert (doc.title, doc.author, doc.published) == (title, author, published)
    assert clean.text.startswith("Georgia Republicans") or clean.text.startswith("ATLANTA"), clean.text[:120]


@pytest.mark.parametrize("site", ["Axios", "The Hill", "Dayton Daily", "POLITICO"])
def test_a_sites_name_over_a_headline_and_byline(site):
    doc, clean = cleaned(f"{site}\nCopper rally tests Fed's patience\nBy Hannah Cole\nOct. 14, 2026\n\nCopper prices "
                         "have risen 30 percent this year, adding to inflation worries at the Federal Reserve.")
    assert (doc.title, doc.author, doc.published) == ("Copper rally tests Fed's patience", "Hannah Cole",
                                                      "Oct. 14, 2026")
    assert clean.text.startswith("Copper prices"), clean.text[:80]


def test_a_short_headline_over_its_deck_and_byline_stays_the_title():
    doc, _ = cleaned("Budget Blues\nWhy the council's plan will not close the gap\nBy Hannah Cole\nOct. 14, 2026\n\n"
                     "The council approved its budget on Tuesday.")
    assert doc.title == "Budget Blues"


@pytest.mark.parametrize("lines,published", [
    ("By Sam Ortiz 03/04/26", ""),
    ("By Sam Ortiz | 02/18/26", "2026-02-18"),
    ("By Sam Ortiz\n02/18/2026 8:00 AM ET", "2026-02-18"),
    ("By Sam Ortiz\n03/04/26", ""),
])
def test_a_byline_and_a_date_in_figures(lines, published):
    doc, clean = cleaned(f"Governor signs road funding bill\n\n{lines}\n\nGov. Mark Tillman signed a road funding bill "
                         "on Tuesday.")
    assert (doc.author, doc.published) == ("Sam Ortiz", published)
    assert clean.text.startswith("Gov. Mark Tillman"), clean.text[:80]
