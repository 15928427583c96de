"""Speech that is only wished, needed, left undone or asked for is no report ("wants to say that", "has yet to
explain why", "were urged to explain why"); "someone tells" in the present is anyone, any time; a telephone call
or a summons is no call on anyone ("called the hotel to ask"); a quoted name with its article outside the marks
('using a "Virtual Microscope" that is written in html') is a name, not words said."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("text", [
    "Officials want to say that the plan worked.",
    "She hopes to explain why the project failed.",
    "The mayor has yet to explain why the pool closed.",
    "The minister failed to say whether the tax would rise.",
    "Voters were urged to explain why they backed the plan.",
    "Parents will be asked to say whether they support the change.",
    "People were encouraged to submit their designs online and suggest what the flag should mean.",
    "The council wants residents to say whether the park should close.",
])
def test_speech_wished_needed_or_asked_for_is_no_report(attribute, text):
    att = last_attribution(attribute, text)
    assert att.claim_type == "editorial", (text, att)


@pytest.mark.parametrize("text,speaker", [
    ("He went on to say that the deal was dead.", "He"),
    ("The governor was quick to point out that crime had fallen.", "The governor"),
    ("He was forced to admit that the figures were wrong.", "He"),
    ("Voters were urged by the mayor to reject the plan.", "the mayor"),
    ("Police urged residents to report anything suspicious.", "Police"),
])
def test_speech_that_was_made_still_reports(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("text,claim_type", [
    ("I like an unreliable narrator: someone tells something and first you trust him.", "editorial"),
    ("Someone says the bridge is unsafe, and everyone panics.", "editorial"),
    ("Someone told me that the factory would close.", "sourced"),
    ('"The factory will close," someone shouted from the back.', "sourced"),
])
def test_someone_in_the_present_is_anyone(attribute, text, claim_type):
    assert last_attribution(attribute, text).claim_type == claim_type, text


@pytest.mark.parametrize("text,claim_type", [
    ("After calling the agency by phone to attempt to speak with his mother, Garcia was put through to a lawyer.",
     "editorial"),
    ("She called the hotel to ask about a room, but nobody answered.", "editorial"),
    ("The mayor called the council to order at 7pm.", "editorial"),
    ("The union called on the government to resign.", "sourced"),
    ("Campaigners have called upon ministers to halt the sale.", "sourced"),
    ("He called for the minister to resign.", "sourced"),
])
def test_a_call_on_someone_reports_and_a_telephone_call_does_not(attribute, text, claim_type):
    assert last_attribution(attribute, text).claim_type == claim_type, text


@pytest.mark.parametrize("text,claim_type", [
    ('The project uses a "Virtual Microscope" that is written in html and runs on most browsers.', "editorial"),
    ('The council launched a "Clean Streets Pledge" that was praised by residents.', "editorial"),
    ('She said the "Family First" plan would be announced on Monday.', "sourced"),
    ('"We will not yield," the minister said.', "sourced"),
])
def test_a_quoted_name_with_its_article_outside_is_a_name(attribute, text, claim_type):
    assert last_attribution(attribute, text).claim_type == claim_type, text
