"""An occasion taken to speak is speech made ("took the opportunity to remind voters that"), one merely had is
not ("had the chance to explain"); a body's estimate of a figure is a report ("The budget office projects a
deficit of $1.9 trillion"), projecting a picture is not."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("text,speaker", [
    ("The mayor took the opportunity to remind voters that taxes had fallen.", "The mayor"),
    ("Dr Patel took the time to explain that the vaccine was safe.", "Dr Patel"),
    ("The chairman seized the moment to announce that the plant would reopen.", "The chairman"),
    ("Ms Okafor used the occasion to warn that the river could flood again.", "Ms Okafor"),
])
def test_an_occasion_taken_to_speak_reports(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("text", [
    "She had the chance to explain that the plan was sound.",
    "Residents will have the opportunity to say whether the library should move.",
    "The mayor took the bus to the meeting that evening.",
])
def test_an_occasion_not_taken_is_no_report(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial", text


@pytest.mark.parametrize("text,speaker", [
    ("The Congressional Budget Office projects a federal deficit of $1.9 trillion for 2024.",
     "The Congressional Budget Office"),
    ("Goldman Sachs projected growth of 2.1 percent next year.", "Goldman Sachs"),
    ("The ministry calculated losses of 12 percent in the first quarter.", "The ministry"),
    ("Economists at Barclays have projected a surplus of £4 billion by 2027.", "Economists"),
])
def test_an_estimated_figure_is_reported(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("text", [
    "Engineers projected images onto the old mill.",
    "The theatre projected the film on a wall behind the stage.",
    "She calculated the distance with care before she jumped.",
    "The festival projects an air of calm that few others manage.",
])
def test_a_projection_without_a_figure_is_no_report(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial", text
