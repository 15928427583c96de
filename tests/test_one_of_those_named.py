"""A bare "One" or "Another" with a past cue is one of the people just named ("I spoke to six teachers. One
told me that ..."): sourced, to an unnamed member; "One might say" stays the author's supposition."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("text", [
    "I spoke to six teachers. One told me that the first year is the hardest.",
    "Two men were arrested. One said the police had no warrant.",
    "We asked the nurses about the rota. Another said that night shifts had doubled.",
    "Several residents came to the meeting. One warned that the bridge would not last.",
])
def test_one_of_those_named_reports(attribute, text):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_type == "anonymous", (att.speaker, att.rule)


@pytest.mark.parametrize("text", [
    "One might say that the plan is bold.",
    "One could argue that prices will fall.",
    "One can only hope that the talks succeed.",
])
def test_one_as_anyone_supposes(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial"
