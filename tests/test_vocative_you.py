"""A "you" right after a name set off as a vocative, in a letter or a speech ("In your address in September,
Professor Cresswell, you said that ..."), is the person named reporting, not anyone's "you"."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("text", [
    "We are 130 tutors at Harbourne University. In your address to staff in September, Professor Cresswell, you "
    "said that the university valued its teachers.",
    "Our village has waited ten years for the bypass. In your letter of 3 May, Mr Okafor, you wrote that the road "
    "would reopen in June.",
    "The nurses are tired. Last winter, Minister Hale, you promised that no ward would close.",
])
def test_you_after_a_vocative_name_reports(attribute, text):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == "you", att


@pytest.mark.parametrize("text", [
    "When the rent doubles, you wonder whether the council knows.",
    "In Reno, Nevada, you learned early that the house always wins.",
    "Growing up in Turin, Italy, you knew that the lake was where rich people went.",
    "In Austin, Texas, you learned quickly that rents never fall.",
])
def test_you_without_a_name_stays_generic(attribute, text):
    """A place and its state or country between commas is no vocative."""
    assert last_attribution(attribute, text).claim_type == "editorial"
