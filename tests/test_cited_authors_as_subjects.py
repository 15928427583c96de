"""An author-year citation as the subject ("Caluwaerts and Reuchamps (2014) found similar effects",
"Fishkin et al. (2021) report that ...") stands for the cited work: what it found or reports is sourced,
whether the verb takes a clause or an object, and whatever tag the verb gets. A speech act in "It is easy to
blame the manager" is no one's: "it" is no speaker there."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("text, speaker", [
    ("Caluwaerts and Reuchamps (2014) found similar effects in Belgium.", "Caluwaerts and Reuchamps"),
    ("Lee (2019) identified three failures of the scheme.", "Lee"),
    ("Fishkin et al. (2021) report that participants in the project became less polarised.", "Fishkin et al."),
    ("Okafor et al. (2018) showed a rise in attendance after the reform.", "Okafor et al."),
])
def test_a_cited_work_reports_what_it_found(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (att.speaker, att.rule)


@pytest.mark.parametrize("text", [
    "The researchers found the wreck in 1985.",
    "Police found the car near the river.",
])
def test_finding_a_thing_is_no_report(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial"


@pytest.mark.parametrize("text", [
    "The team lost again on Saturday. It is easy to blame the manager.",
    "It is tempting to criticise the board for the delay.",
    "It would be unfair to condemn the nurses for the backlog.",
])
def test_it_is_easy_to_blame_is_no_ones_act(attribute, text):
    att = last_attribution(attribute, text)
    assert att.claim_type == "editorial" and att.speaker in ("", None), att.speaker
