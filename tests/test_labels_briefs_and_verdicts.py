"""A name the tagger takes for an adjective ("Aldous insists that"), "several have argued", a stance with its
clause hung on "be" ("The minister was clear that"), "per" owned data, a refusal of interviews, a quoted verdict
("called the numbers “fantasy”"), and "are written to be read" (no report); a section under its label ("Opinion" /
"Health"), an institute's name over its series and a month for a date; a broadcast transcript's air date, notices
and directions, a guest's full label on the first turn and an office after the label."""

import pytest

from .conftest import claim_attributions, cleaned, last_attribution


@pytest.mark.parametrize("text,claim_type", [
    ("Aldous insists that hospices are “a valued part of the NHS family”.", "sourced"),
    ("Indian commentators are not convinced; several have argued that the courtship is a signal.", "sourced"),
    ("Its staff report is explicit that financing assurances depend on engagement.", "sourced"),
    ("The minister was clear that no new money would be found.", "sourced"),
    ("The coach was adamant that the referee had erred.", "sourced"),
    ("It was clear that the plan had failed.", "editorial"),
    ("The sky was clear that morning.", "editorial"),
    ("A third of income comes from the state, per the charity's own figures, with the rest raised locally.",
     "sourced"),
    ("It costs five pounds per person.", "editorial"),
    ("The company declined to make executives available for interviews.", "sourced"),
    ("The ministry refused to make anyone available for comment.", "sourced"),
    ("The firm declined to pay for repairs.", "editorial"),
    ('Margaret Doyle called the traffic numbers "fantasy."', "sourced"),
    ("She called the report “rubbish”.", "sourced"),
    ("Political memoirs are rarely written to be read.", "editorial"),
    ("They are written to be reviewed and then quietly shelved.", "editorial"),
    ("He is said to have left.", "sourced"),
])
def test_constructions(attribute, text, claim_type):
    att = last_attribution(attribute, text)
    assert att.claim_type == claim_type, (text, att)


BODY = "Staff at a hospice in Lancashire say they are closing beds. The charity says it cannot go on."


@pytest.mark.parametrize("labels", ["Opinion\nHealth", "Comment\nPolitics", "Opinion\nAsia Pacific"])
def test_a_section_under_its_label(labels):
    doc, clean = cleaned(f"{labels}\n\nThe hospice crisis is a scandal\n\nHarriet Colquhoun\n\nThu 13 Mar 2025 06.00 "
                         f"GMT\n\n{BODY}")
    assert (doc.title, doc.author, doc.published) == ("The hospice crisis is a scandal", "Harriet Colquhoun",
                                                     "Thu 13 Mar 2025")
    assert clean.text.startswith("Staff at a hospice")


def test_an_institutes_name_over_its_series_and_a_month_for_a_date():
    doc, clean = cleaned("THE MERIDIAN INSTITUTE FOR PUBLIC POLICY\nPOLICY BRIEF | No. 112 | Water & Infrastructure "
                         "Programme\n\nPaying for the Pipes: Closing the Renewal Gap\n\nDr Aisling Brennan and Tomás "
                         f"Okafor\n\nJune 2024\n\n{BODY}")
    assert (doc.title, doc.author, doc.published) == ("Paying for the Pipes: Closing the Renewal Gap",
                                                     "Dr Aisling Brennan and Tomás Okafor", "June 2024")
    assert clean.text.startswith("Staff at a hospice")


TRANSCRIPT = """NBN TRANSCRIPTS

SUNDAY BRIEFING

Aired March 9, 2025 - 09:00   ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

[09:14:22]

MORALES: Welcome back. Joining me now is Democratic Senator Ruth Klein of Minnesota.

SEN. RUTH KLEIN (D-MN): Good morning, Ana. Thanks for having me.

MORALES: Will you vote for this bill?

KLEIN: As it's written right now, no. I can't.

MORALES: This is the Speaker at a rally in Ohio yesterday.

(BEGIN VIDEO CLIP)

REP. DALE HARMON (R-OH), SPEAKER OF THE HOUSE: They had four years to fix this. Four years!

HARMON: We passed a clean bill. It's sitting there.

(END VIDEO CLIP)

MORALES: Your response?

KLEIN: It's not a clean bill. That's what "clean" means.
"""


def test_a_broadcast_transcript(nlp):
    doc, clean = cleaned(TRANSCRIPT)
    assert (doc.author, doc.published) == ("", "March 9, 2025")  # the show's name is no author
    for furniture in ("RUSH TRANSCRIPT", "[09:14:22]", "VIDEO CLIP"):
        assert furniture not in clean.text
    found = {text: att for text, att in claim_attributions(nlp, clean.text)}
    for sentence, canonical in [("Thanks for having me.", "Ruth Klein"), ("Four years!", "Harmon"),
                                ("It's sitting there.", "Harmon"), ("I can't.", "Ruth Klein")]:
        att = found[sentence]
        assert att.claim_type == "sourced" and att.speaker_canonical == canonical, (sentence, att)
