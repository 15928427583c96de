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


def test_you_without_a_name_stays_generic(attribute):
    att = last_attribution(attribute, "When the rent doubles, you wonder whether the council knows.")
    assert att.claim_type == "editorial", att
