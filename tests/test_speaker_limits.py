"""Where a speaker rule stops: the body that acted on a report is not its author, a negated stance is still
a stance, a share of time is no group, a person after a preposition is still a person, a description's
name is the one given to the same description."""

import pytest
from claimscope.claims import claim_spans
from claimscope.components.attribution import attribution_of


def attribution(nlp, text: str, target: str):
    doc = nlp(text)
    sent = next(s for s in claim_spans(doc) if target in s.text)
    return attribution_of(sent)


@pytest.mark.parametrize("text,target,claim_type,speaker,not_speaker", [
    ("Senator Maria Lopez criticised the report on Monday. The report noted that emissions had risen.",
     "The report noted", "sourced", "", "Lopez"),
    ("Greenpeace rejected the study. The study found that the river was clean.", "The study found", "sourced",
     "", "Greenpeace"),
    ("Smith is not sure that the plan will work.", "Smith", "sourced", "Smith", ""),
    ("She did not hide her belief that the election was stolen.", "her belief", "sourced", "", ""),
    ("The third quarter showed that demand is recovering.", "The third quarter", "editorial", "", ""),
    ("The first half suggested that the team was tired.", "The first half", "editorial", "", ""),
    ("Her experience shows that patience pays.", "Her experience", "editorial", "", ""),
    ("Critics have lost confidence in Johnson. He said the criticism was unfair.", "He said", "sourced",
     "Johnson", ""),
    ("He was arrested on Tuesday, per court documents.", "arrested", "sourced", "court documents", ""),
    ("She wants to end the practice of charging $2 per page for records.", "per page", "editorial", "", ""),
    ("I met her father when I was a boy. He said the war had ruined everything.", "He said", "sourced",
     "father", "boy"),
    ("My mother, Edith, ran a bakery. I met a man called Tom. His mother was a nurse there. She said the "
     "bakery was cold.", "She said", "sourced", "", "Edith"),
])
def test_speaker_rules_stop_where_they_should(nlp, text, target, claim_type, speaker, not_speaker):
    att = attribution(nlp, text, target)
    assert att.claim_type == claim_type, att.rule
    who = f"{att.speaker} {att.speaker_canonical}"
    assert speaker in who and (not not_speaker or not_speaker not in who), who


def test_an_as_phrase_before_a_clause_of_its_own_is_no_aside(nlp):
    att = attribution(nlp, "Shares fell after, as a precaution, regulators warned that banks were exposed.",
                      "Shares fell")
    assert att.rule != "reported:aside" and att.speaker_canonical == "regulators"
