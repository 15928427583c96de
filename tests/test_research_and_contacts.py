"""Sources as a research summary and a reporter's notebook name them: the authors of a citation hung on the
phrase before it ("Using data from a firm, Haugen and Mbeki (2023) show") and referred to again ("The authors
estimate"); an aside after the cue that comments on what it reports ("X finds that ..., as Y predicted"),
while a fronted one still sources the sentence ("As Heald told the Post, ..."); the people a reporter spoke to
("Officials we spoke to said"); a passive report with a time phrase before its clause ("It was reported last
year that"); and neither a quote in a verb joined to a cue nor a quote in the paragraph before makes a cue."""

import pytest

from .conftest import claim_attributions


@pytest.mark.parametrize("text,speaker", [
    ("Using network data from a large software firm, Haugen and Mbeki (2023) show that remote employees formed "
     "fewer ties.", "Haugen"),
    ("In a survey of nurses, Brown et al. (2019) argue that burnout is rising.", "Brown"),
    ("Drawing on tax records from Ohio, Lindqvist and Shah (2020) find that rents rose fastest in small towns.",
     "Lindqvist"),
])
def test_the_authors_of_a_citation_hung_on_the_phrase_before_it(nlp, text, speaker):
    att = claim_attributions(nlp, text)[-1][1]
    assert att.claim_type == "sourced" and speaker in att.speaker


@pytest.mark.parametrize("text,authors", [
    ("Haugen and Mbeki (2023) show that remote employees formed fewer ties. The authors estimate that new "
     "connections fell by 25%.", "Haugen and Mbeki"),
    ("Okafor et al. (2021) surveyed 12,400 workers. The authors argue that loneliness rose.", "Okafor et al."),
    ("Lindqvist (2019) tracked rents in 40 towns. The researchers found that rents rose fastest in small ones.",
     "Lindqvist"),
])
def test_the_authors_named_again(nlp, text, authors):
    att = claim_attributions(nlp, text)[-1][1]
    assert att.claim_type == "sourced" and att.speaker_canonical == authors


@pytest.mark.parametrize("text,speaker", [
    ("Okafor finds that loneliness rose, as Smith had predicted.", "Okafor"),
    ("The minister said that the plan would fail, as critics had warned.", "minister"),
    ("Haugen and Mbeki (2023) show that weak ties, as Granovetter argued in 1973, carry new information.", "Haugen"),
    ("As Heald told the Post, the minister said the plan would fail.", "Heald"),
])
def test_an_aside_after_the_cue_comments_on_it(nlp, text, speaker):
    att = claim_attributions(nlp, text)[-1][1]
    assert att.claim_type == "sourced" and speaker in att.speaker_canonical


@pytest.mark.parametrize("text,speaker", [
    ("Officials we spoke to said the plan was dead.", "Officials"),
    ("Residents she spoke to described the wind as “like a freight train that never arrives”.", "Residents"),
    ("Teachers I have talked to say the new curriculum is rushed.", "Teachers"),
    ("Doctors we spoke to last week said the ward was full.", "Doctors"),
])
def test_the_people_a_reporter_spoke_to(nlp, text, speaker):
    att = claim_attributions(nlp, text)[-1][1]
    assert att.claim_type == "sourced" and att.speaker == speaker


@pytest.mark.parametrize("text", [
    "A source said the memo was old.\n\nIt was reported last year that Brennock was considering a sale.",
    "Shares fell.\n\nIt was announced on Monday that the plant would close.",
    "The vote was close.\n\nIt was claimed at the time that the ballots had been tampered with.",
])
def test_a_passive_report_with_a_time_phrase_before_its_clause(nlp, text):
    assert claim_attributions(nlp, text)[-1][1].claim_type == "sourced"


@pytest.mark.parametrize("text", [
    "“I was the only girl at St Winifred’s,” she told this newspaper. “So I talked.”\n\nAfter reading English "
    "at Bristol, she joined the broadcaster in 1963 as a typist.",
    "“We will never give up,” he said.\n\nAfter reading law in Leeds, he joined a firm in 1990.",
    "Remote employees maintained their existing ties but formed far fewer new \"weak ties\" with colleagues.",
])
def test_no_cue_from_a_quote_that_is_not_its_own(nlp, text):
    assert claim_attributions(nlp, text)[-1][1].claim_type == "editorial"
