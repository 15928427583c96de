"""A TV station's story (a video's title and a captioned photo over the wire dateline, its promotions), a paper's
key-points box and related links, a Guardian-style newsletter box, a release's end mark; a speech's questions
from people named with their affiliation ("Niall Fogarty, Business Post:"); a reply a cue trails ("Probably not,
the authors write."); a name the NER missed as a reporter; "described hearing"; an index as a document."""

import pytest

from .conftest import claim_attributions, cleaned, last_attribution

BODY = "The board voted 5-4 to close the school. Parents said they would keep fighting."


@pytest.mark.parametrize("top", [
    "VIDEO: Springdale board votes to close Harmon Elementary (2:38)\nParents packed the board room Tuesday night as "
    "members debated the closure. (KOZT)\n\n",
    "Parents packed the board room Tuesday night as members debated the closure. (AP Photo/Jane Doe)\n\n",
])
def test_a_stations_caption_over_the_wire_dateline(top):
    doc, clean = cleaned(f"Springdale school board votes 5-4 to close Harmon Elementary\n\nBy Dana Whitfield\n"
                         f"Published: Oct. 15, 2025 at 12:41 AM CDT\n\n{top}SPRINGDALE, Ark. (KOZT) - {BODY}\n\n"
                         "Download the KOZT 5 News app to get alerts on this story.\n\n"
                         "Have a news tip? Email newsroom@kozt5news.com or call (479) 555-0150.")
    assert "SPRINGDALE" not in clean.text and "(KOZT)" not in clean.text and "KOZT 5 News app" not in clean.text
    assert clean.text.endswith(BODY)


@pytest.mark.parametrize("box", [
    "What you need to know:\n  * Debt service now takes six of every ten shillings.\n  * The anchor is not enforced.",
    "Key points:\n  * Rents rose again.\n  * Supply is short.",
    "Related\n  * Treasury eyes fresh Eurobond as debt repayments peak\n  * OPINION: Why counties must stop borrowing",
    "Sign up to Football Daily\nKick off your evenings with our take on the world of football\nPrivacy Notice: "
    "Newsletters may contain info about charities.\nafter newsletter promotion",
])
def test_a_box_of_points_links_or_a_newsletter_is_dropped(box):
    _, clean = cleaned(f"Kenya's debt is a choice, not a curse\n\nBy Wanjiru Kamau\nEconomist\n\n{box}\n\n{BODY}")
    assert clean.text == BODY


def test_a_releases_end_mark_citation_and_boilerplate_go():
    _, clean = cleaned(f"Lake ice is vanishing\n\nMarch 3, 2025\n\n{BODY}\n\n###\n\nCitation: Markovic, E., "
                       "Whitaker, J. R., et al. (2025). Observed lake ice loss.\n\nAbout Northfield University\n\n"
                       "Northfield University is a public research university.")
    assert clean.text == BODY


def test_a_speechs_questioners_named_with_their_affiliation(nlp):
    text = ("Questions and answers\n\nNiall Fogarty, Business Post: Governor, you mentioned expectations. Is there a "
            "risk?\n\nGovernor Brannigan: I don't think so. Our job is to tell people what we see.\n\n"
            "Sinéad Roche, Roche Logistics: Diesel went up again. Does that worry you?\n\n"
            "Governor Brannigan: Energy prices are volatile.\n\n"
            "Question from the floor: Will rates be lower next year?\n\nGovernor Brannigan: I cannot say.")
    found = claim_attributions(nlp, text)

    def of(fragment):
        return next(a for t, a in found if fragment in t)

    assert of("Is there a risk?").speaker == "Niall Fogarty"
    assert of("Does that worry you?").speaker == "Sinéad Roche"
    assert of("Energy prices are volatile.").speaker == "Governor Brannigan"
    assert of("Will rates be lower").claim_type == "sourced" and of("Will rates be lower").speaker_canonical == \
        "anonymous"


@pytest.mark.parametrize("text,speaker", [
    ("Is the problem unique to lakes? Probably not, the authors write.", "the authors"),
    ("Not yet, she said.", "she"),
    ("PCSO Lister reported 31 crimes in the parish in September.", "PCSO Lister"),
    ("Several witnesses described hearing the engine sputter.", "Several witnesses"),
    ("Rents rise, and the Residential Tenancies Board's most recent index showed rents up 7.1 per cent.",
     "the Residential Tenancies Board's most recent index"),
])
def test_replies_names_and_indexes_report(nlp, text, speaker):
    att = claim_attributions(nlp, text)[-1][1]
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("text", ["He did not say that the plan failed.", "Brexit reported nothing."])
def test_a_denial_stays_the_authors(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial", text


@pytest.mark.parametrize("text,title,author,published", [
    ("HEXLEY TOWN COUNCIL\n\nMinutes of the Meeting of the Full Council held on Tuesday 8 October 2024 at 7.00pm in "
     "the Council Chamber, Market Hall, Hexley\n\nPresent: Cllr M. Dunmore (Chair), Cllr R. Patel.\n\n"
     "24/101 Apologies for absence\nApologies were received from Cllr P. Henshaw.",
     "Minutes of the Meeting of the Full Council held on Tuesday 8 October 2024 at 7.00pm in the Council Chamber, "
     "Market Hall, Hexley", "", "Tuesday 8 October 2024"),
    ("Home > News & Media > Speeches\n\nRestoring the anchor: wages and prices\n\nSpeech by Governor Eilís Brannigan "
     "at the Dublin Chamber Business Breakfast\n\nDelivered 14 November 2024, The Shelbourne Hotel, Dublin\n\n"
     "Good morning, everyone.", "Restoring the anchor: wages and prices", "Governor Eilís Brannigan",
     "14 November 2024"),
    ("Policy Matters\nThe blog of the Institute for Public Policy, University of Eastmoor\n\nHome | Topics | Authors | "
     "About | Subscribe\n\nWORK AND EMPLOYMENT\n\nIs working from home really killing productivity?\n\n"
     "Dr Hannah Okonjo\nMarch 4th, 2025\n\n3 comments | Estimated reading time: 6 minutes\n\nSince the pandemic, "
     "few questions have generated as much heat.", "Is working from home really killing productivity?",
     "Dr Hannah Okonjo", "March 4th, 2025"),
])
def test_minutes_a_speech_and_a_blogs_header(text, title, author, published):
    doc, clean = cleaned(text)
    assert (doc.title, doc.author, doc.published) == (title, author, published)
    assert "Estimated reading time" not in clean.text


def test_the_authors_own_answers_are_the_authors(nlp):
    doc = nlp.make_doc("Questions and answers\n\nNiall Fogarty, Business Post: Is there a risk?\n\n"
                       "Governor Brannigan: I don't think so. Rate decisions are taken in Frankfurt.\n\n"
                       "Sinéad Roche, Roche Logistics: Does that worry you?\n\nGovernor Brannigan: Energy prices vary.")
    doc._.author = "Governor Eilís Brannigan"
    found = [(s.text, s._.attribution) for s in nlp(doc).spans["claims"]]
    of = {t: a for t, a in found}
    assert of["Rate decisions are taken in Frankfurt."]["claim_type"] == "editorial"
    assert next(a for t, a in found if "Does that worry you?" in t)["speaker"] == "Sinéad Roche"


@pytest.mark.parametrize("text", ["Our job is to tell people what we see.", "Our task is to explain what happened."])
def test_what_our_job_is_to_say_is_ours(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial", text
