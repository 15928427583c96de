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


@pytest.mark.parametrize("text,speaker", [
    ("Prices rose again in June. The opposition called for the central bank to act.", "The opposition"),
    ("The bridge has been closed since March. Local traders appealed for the county to repair it.", "Local traders"),
    ("Rents rose again. Tenants called for a freeze on rents.", "Tenants"),
])
def test_a_body_of_people_calls_for_action(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("second,speaker", [
    ("'How are you going to get to Mum's?'", "my sister"),
    ("'Who will feed the cat?'", "my sister"),
])
def test_a_quote_going_on_after_its_cue_is_not_taken_by_the_next_paragraphs_cue(attribute, second, speaker):
    text = (f"When I told my family at lunch, the reaction was mixed.\n\n'You can't be serious,' my sister said. "
            f"{second}\n\n'By train,' I said. 'Like a normal person.'")
    claims = attribute(text)
    att = next(a for s, a in claims if s.startswith(second[:8]))
    assert att.claim_type == "sourced" and att.speaker == speaker, att


@pytest.mark.parametrize("text,claim_type", [
    ("Brennan writes about arithmetic that cannot be spoken.", "editorial"),
    ("The essay talks about a grief that cannot be named.", "editorial"),
    ("Waters writes about desire; Brennan writes about money, which turns out to be dangerous.", "editorial"),
    ("There is also the question of the novel's title, which Brennan has said in interviews was chosen late.",
     "sourced"),
    ("It was a plan that the mayor said in March would save money.", "sourced"),
    ("The minister said that was untrue.", "sourced"),
])
def test_a_relative_clause_is_no_content_and_a_relative_cue_finds_its_clause(attribute, text, claim_type):
    assert last_attribution(attribute, text).claim_type == claim_type, text


@pytest.mark.parametrize("text,claim_type", [
    ("The audit failed to find any evidence of fraud.", "sourced"),
    ("A recent study failed to find differences between the two groups.", "sourced"),
    ("The minister failed to explain why the tax would rise.", "editorial"),
    ("Skylane said on Monday that talks on a merger had broken down after three months.", "sourced"),
])
def test_a_finding_of_none_reports_and_a_failure_to_speak_does_not(attribute, text, claim_type):
    assert last_attribution(attribute, text).claim_type == claim_type, text


@pytest.mark.parametrize("text,claim_type", [
    ("Officials would like to say that the worst is over.", "editorial"),
    ("The minister would have liked to announce that the strike was over.", "editorial"),
    ("In later life he liked to claim that he had invented the game.", "sourced"),
    ("My old colleague Ezra Holloway liked to say that a budget is a moral document.", "sourced"),
    ("A farmer will tell you that rain in May is worth gold.", "editorial"),
    ("Any doctor will tell you that sleep matters.", "editorial"),
    ("A spokesman told reporters that the plan was dead.", "sourced"),
    ("Common sense tells us that the plan cannot work.", "editorial"),
    ("Brennan writes about people who say that money is everything.", "editorial"),
    ("Moreno films people who say that the war never ended.", "editorial"),
    ("I have met residents who say the council ignores them.", "sourced"),
    ("Police spoke to witnesses who said that the car was speeding.", "sourced"),
])
def test_generic_and_wished_speakers_are_no_source(attribute, text, claim_type):
    assert last_attribution(attribute, text).claim_type == claim_type, text
