"""What the author says someone should do is a recommendation, not a report: a modal reaching the cue through
"start by", "begin by", "finish by" ("should start by asking what went wrong"), "ought to", "had better" and
"would do well to"; the same verbs without the advice still report ("started by saying that"). What someone is
entitled or free to say, or what something lets them say, is no report either; what they were allowed to tell
the court is."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("text", [
    "The commission has a chance. It should start by asking what went wrong.",
    "The ministry must begin by explaining why the money vanished.",
    "Parliament could start by admitting that the plan failed.",
    "The board should finish by asking whether the fund is solvent.",
    "Islamabad would do well to start by telling the public what was agreed.",
    "Ministers ought to admit that the plan failed.",
    "The board would do well to explain why the fund is short.",
    "The minister had better explain why the fund is short.",
])
def test_advice_to_speak_is_no_report(attribute, text):
    att = last_attribution(attribute, text)
    assert att.claim_type == "editorial", (text, att)


@pytest.mark.parametrize("text,speaker", [
    ("The minister started by saying that the budget was balanced.", "The minister"),
    ("She ended by admitting that the fund was short.", "She"),
    ("The governor began by explaining why the money vanished.", "The governor"),
    ("The mayor did well to explain why the fund is short.", "The mayor"),
])
def test_speech_begun_or_ended_still_reports(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("text", [
    "A company that waits five years is making a choice, and the law is entitled to say so.",
    "The minister is free to say what she likes.",
    "Police were unable to confirm whether the victim was local.",
    "Officials were not able to confirm that the hostages had been freed.",
    "Ministers will be able to claim that the target has been met.",
    "But the target does more harm than good, because it lets ministers announce success in advance.",
    "The rule allows firms to claim that their products are green.",
])
def test_leave_to_speak_is_no_report(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial", text


@pytest.mark.parametrize("text,speaker", [
    ("The minister was quick to point out that the plan had failed.", "The minister"),
    ("The witness was allowed to tell the court that she had been threatened.", "The witness"),
])
def test_speech_someone_was_able_or_quick_to_make_reports(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)
