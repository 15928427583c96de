"""Near misses of the rules for hearings, briefings, pages and dates that a second review found: each rule keeps to
its construction ("it lets ministers announce", "Probably not, the authors write", a body's name over its own
document, a label and its bullets) and leaves the look-alikes as they were."""

import pytest

from .conftest import claim_attributions, cleaned, last_attribution
from .test_date_rules import date_values


@pytest.mark.parametrize("text,speaker", [
    ("The judge allowed the witness to testify that she had seen the defendant at the scene.", "the witness"),
    ("The chair let the minister explain that the delay was caused by a supplier's collapse.", "the minister"),
    ("Every expert we spoke to says that the plan is flawed.", "Every expert"),
    ("Every study shows that early years matter most.", "Every study"),
    ("Our leader said that the strike would go ahead.", "Our leader"),
])
def test_reports_the_late_rules_leave_alone(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("text", [
    "Asked about the delay, the minister shrugged.",
    "Pressed on the timing, she declined.",
    "Unsurprisingly, he disagreed.",
    "Once inside, she explained.",
    "The minister's job is to explain why the money ran out.",
])
def test_no_report_in_scenes_stances_or_duties(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial", text


def test_it_after_according_to_goes_on_in_the_sources_voice(nlp):
    found = claim_attributions(nlp, "According to the OBR, debt will peak in 2027. It warns that borrowing will rise.")
    assert found[-1][1].claim_type == "sourced" and found[-1][1].speaker_canonical == "OBR", found[-1]


@pytest.mark.parametrize("line,sourced", [('Zelensky: “We need more air defence now”', True),
                                          ('Brexit: "The biggest mistake in a generation"', False)])
def test_one_name_before_a_colon_credits_a_quote_that_speaks(nlp, line, sourced):
    att = next(a for t, a in claim_attributions(nlp, f"The war went on.\n\n{line}\n\nTalks resumed.") if t.startswith(
        line[:6]))
    assert (att.claim_type == "sourced") == sourced, att


@pytest.mark.parametrize("author,label", [("Ann Leeson", "Mr Lee"), ("Sarah Jones", "Mr Jones")])
def test_an_answer_is_the_authors_only_under_the_authors_whole_name(nlp, author, label):
    doc = nlp.make_doc(f"Treasury Committee\n\nOral evidence\n\nChair: Will rates fall?\n\n{label}: Not this year. "
                       f"Inflation is sticky.\n\nChair: Thank you.\n\n{label}: Thank you, Chair.")
    doc._.author = author
    found = {s.text: s._.attribution for s in nlp(doc).spans["claims"]}
    assert found["Inflation is sticky."]["claim_type"] == "sourced", found


@pytest.mark.parametrize("text,title", [
    ("Reform the Supreme Court\n\nWhy the justices need term limits, and how we could get them\n\nMarch 3, 2025\n\n"
     "The court has nine justices. It needs limits.", "Reform the Supreme Court"),
    ("MILLBROOK PARISH COUNCIL\nNotes of the public meeting on the bypass held on 4 June 2024\nResidents packed the "
     "hall.\nThe chair opened at 7pm.", "Notes of the public meeting on the bypass held on 4 June 2024"),
])
def test_a_headline_ending_in_a_body_and_a_record_over_its_body(text, title):
    assert cleaned(text)[0].title == title


@pytest.mark.parametrize("text,kept", [
    ("Why I Gave Up My Car\nBy Jane Doe\nThe first month was hard.\nI walked everywhere.\nDisclosure statement",
     "I walked everywhere."),
    ("Highlights\n- Debt service is up.\n- Reserves are down.\nCouncils have been warning for years.",
     "Councils have been warning for years."),
    ("I left the city in March.\n\n###\n\nThe village was smaller than I remembered.", "The village was smaller"),
    ("This report was published by the Resolution Foundation in 2019 and found that one family in five was in "
     "arrears.", "Resolution Foundation"),
    ("Download the Citymapper app to plan routes.", "Citymapper"),
    ("The full budget document is available on the council's website. (PDF)", "(PDF)"),
])
def test_prose_the_page_rules_keep(text, kept):
    _, clean = cleaned(f"Title of the piece here\n\nBy Ann Lee\nMay 3, 2025\n\n{text}")
    assert kept in clean.text


@pytest.mark.parametrize("text,expected", [
    ("Talks could resume in March, officials said.", {"March": "2025-03"}),
    ("In January he could barely climb the stairs, his doctor said.", {"January": "--01"}),
    ("The letter to parents about the school trip in June asks for a deposit.", {"June": "--06"}),
])
def test_months_the_late_rules_leave_alone(nlp, text, expected):
    assert date_values(nlp, text, "2024-11-28", expected) == expected


@pytest.mark.parametrize("text,speaker", [
    ("Ashby and Moreau (2024) make a related point: remote workers in their sample were less productive.",
     "Ashby and Moreau"),
    ("The union made a simple point: pay has fallen for a decade.", "The union"),
])
def test_a_point_made_before_a_colon_reports_what_follows(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("text", ["The minister made a mistake: she forgot the date.",
                                  "We made a point: the plan failed."])
def test_a_mistake_or_our_own_point_before_a_colon_is_no_report(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial", text
