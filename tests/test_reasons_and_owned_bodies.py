"""`citing X` names a source only when X can be one ("citing officials", "citing a report"); "citing rising
rents" is a reason its subject gives, a speech act of the subject's, never a reason for a speaker. A body
named by the head noun of a name before ("the chamber" after "the Calverra Chamber of Commerce") is that body,
and so is a report of it ("the chamber's report")."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("text, subject", [
    ("The union is seeking 9 percent, citing rising rents.", "The union"),
    ("The airline cancelled 40 flights on Friday, citing a shortage of pilots.", "The airline"),
    ("The mayor resigned last week, citing health reasons.", "The mayor"),
    ("The school closed its pool, citing safety concerns.", "The school"),
])
def test_a_reason_cited_is_its_subjects_not_a_source(attribute, text, subject):
    att = last_attribution(attribute, text)
    assert att.speaker == subject and att.cue == "citing", (att.speaker, att.cue)


@pytest.mark.parametrize("text, speaker", [
    ("Prices will rise next year, citing officials familiar with the plan.", "officials"),
    ("The sale was agreed in May, citing two people close to the talks.", "two people"),
    ("Output fell by a tenth, citing data from the statistics office.", "data"),
    ("The merger will close in June, citing a report by the Financial Times.", "a report"),
])
def test_a_source_cited_is_still_a_source(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker.startswith(speaker), (att.speaker, att.cue)


def test_a_report_still_belongs_to_its_owner(attribute):
    att = last_attribution(attribute, "The ministry published figures on Monday. Its latest annual report "
                                      "found that exports fell.")
    assert att.claim_type == "sourced" and att.speaker_canonical == "The ministry"


@pytest.mark.parametrize("text, canonical", [
    ("Workers stopped on Monday, according to a report by the Calverra Chamber of Commerce. Ships waited. "
     "The union wants 9 percent, the chamber said.", "Calverra Chamber of Commerce"),
    ("The Bank of England raised rates on Thursday. Markets fell. The bank said inflation would ease.",
     "Bank of England"),
    ("Students at the University of Toronto protested on Friday. Classes went on. The university said the "
     "fees would stay.", "University of Toronto"),
    ("The Ministry of Defence bought four ships last year. Costs rose. The ministry's report found that two were "
     "late.", "Ministry of Defence"),
])
def test_the_head_noun_of_a_body_named_before_refers_to_it(attribute, text, canonical):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_canonical == canonical, (att.speaker, att.speaker_canonical)


@pytest.mark.parametrize("text, speaker", [
    ("Union officials cited a 22 percent rise in average rents since 2022.", "Union officials"),
    ("The council cited a shortfall of 4 million pounds.", "The council"),
    ("Critics cited three earlier failures of the scheme.", "Critics"),
])
def test_citing_evidence_is_a_speech_act(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker and att.cue == "cited"


@pytest.mark.parametrize("text", [
    "The judge cited a 1998 ruling.",
    "Researchers cited a study published in 2019.",
    "The author cites the report twice.",
    "The airline cited a 2019 agreement with its pilots' union.",
    "The defence cited a clause in the contract.",
    "Lawyers cited a precedent from 1974.",
])
def test_citing_a_work_or_the_law_only_refers_to_it(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial"


@pytest.mark.parametrize("text, marker", [
    ("The authority should meet them halfway, and soon.", "should"),
    ("Ministers ought to act before the winter.", "ought to"),
    ("It is time to let the harbour pay back the people who keep it running.", "it is time to"),
    ("The dockworkers are right to hold out.", "are right to"),
])
def test_what_ought_to_be_done_is_an_editorial_marker(nlp, text, marker):
    assert marker in _markers(nlp, text)


@pytest.mark.parametrize("text", [
    "Applicants must hold a job offer from a licensed sponsor.",
    "People have a right to live where they grew up.",
    "It is time for kick-off at 3pm.",
    "The car was simply cut in two.",
])
def test_a_rule_or_a_right_is_no_marker(nlp, text):
    assert _markers(nlp, text) == []


def _markers(nlp, text: str) -> list[str]:
    from claimscope.components.util import markers_in

    return [m.text.lower() for s in nlp(text).sents for m in markers_in(s)]


@pytest.mark.parametrize("text", [
    "The University of Leeds and the University of Manchester raised fees. The university said it would cut jobs.",
    "The Ministry of Defence and the Ministry of Justice both bid for the site. The ministry said it was unsuitable.",
    "The Bank of Ireland and the Bank of Scotland lent more. The bank said demand was strong.",
])
def test_two_bodies_with_the_head_noun_leave_it_unresolved(attribute, text):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and " of " not in att.speaker_canonical, att.speaker_canonical
