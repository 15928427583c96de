"""Verbs that look like cues but report nothing: a name given with "called" however it is parsed ("a podcast
with her boyfriend Julien called “The Jenna Julien Podcast”"), "find" with a pronoun doing something (what
someone came upon, not what they hold), and an affair or a controversy as a subject."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("sentence", [
    'Marbles does a weekly podcast with her boyfriend Julien Solomita called "The Jenna Julien Podcast".',
    'She runs a shop with her husband Tom called "The Corner Larder".',
    'He started a band with his cousin Ray called "The Low Tides".',
])
def test_a_name_given_with_called_reports_nothing(attribute, sentence):
    assert last_attribution(attribute, sentence).claim_type == "editorial"


@pytest.mark.parametrize("sentence", [
    "Moreau lost interest in school at 16 and found her calling as an actor.",
    "He found her working late most nights.",
    "When the police arrived, they found him lying in the road.",
])
def test_finding_someone_doing_something_reports_nothing(attribute, sentence):
    assert last_attribution(attribute, sentence).claim_type == "editorial"


@pytest.mark.parametrize("sentence,speaker", [
    ("The audit found spending rising faster than income.", "The audit"),
    ("She found that the figures did not add up.", "She"),
    ("The minister called the plan a disgrace.", "The minister"),
])
def test_findings_and_names_called_by_someone_still_report(attribute, sentence, speaker):
    att = last_attribution(attribute, sentence)
    assert att.claim_type == "sourced" and att.speaker == speaker, att


@pytest.mark.parametrize("sentence", [
    "The controversy surrounding Beall's decision indicates how difficult it is to make such judgments.",
    "The whole saga shows that the board never understood the club.",
    "The affair suggests the ministry was asleep.",
])
def test_an_affair_as_subject_is_the_authors_reading(attribute, sentence):
    assert last_attribution(attribute, sentence).claim_type == "editorial"
