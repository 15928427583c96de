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

