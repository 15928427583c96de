"""A comment clause between a fronted subordinate clause and the main clause it reports ("When rates fall,
X predicts, prices will follow"), however the parser hangs the cue; a subordinate clause with a narrated main
clause stays the author's. A quote after "When I ask why, she laughs." is hers, not the asker's; "X, a Y,
described being ..." reports X."""

import pytest

from .conftest import last_attribution

COMMENT_CLAUSES = [
    ("When interest rates fall, economist Pablo Ortiz predicts, prices will follow.", "economist Pablo Ortiz"),
    ("Once the bridge reopens, traders expect, footfall will recover.", "traders"),
    ("If the levy passes, analyst Mira Holt predicts, investment will slow sharply.", "analyst Mira Holt"),
    ("After the merger closes, the union fears, hundreds of jobs will go.", "the union"),
    ("When the subsidy ends, the operator warns, the route will close.", "the operator"),
]


@pytest.mark.parametrize("sentence,speaker", COMMENT_CLAUSES)
def test_a_comment_clause_after_a_subordinate_clause_reports_the_main_clause(attribute, sentence, speaker):
    att = last_attribution(attribute, sentence)
    assert att.claim_type == "sourced" and att.speaker == speaker, att


@pytest.mark.parametrize("sentence", [
    "When the rain came, the farmers worked through the night.",
    "When the minister arrived, officials said nothing.",
    "Once the bridge reopened, traders returned to the square.",
])
def test_a_subordinate_clause_before_a_narrated_main_clause_is_no_comment(attribute, sentence):
    assert last_attribution(attribute, sentence).claim_type == "editorial"


INTERVIEW_BEATS = [
    ('When I ask why she has never made anything large, she laughs. "Why would I? The large things already have '
     'monuments."', "she"),
    ('When I ask whether the plan will survive, the minister smiles. "It has survived worse. Ask me in a year."',
     "the minister"),
    ('When I asked what went wrong, the coach shook his head. "We stopped running. That is all."', "the coach"),
    ('When reporters asked whether he would resign, the mayor laughed. "Why would I? The job is not finished."',
     "the mayor"),
    ('When we asked why the clinic closed, the nurse sighed. "Nobody would pay for it."', "the nurse"),
    ('When I showed her your speech, she shook her head. "Those numbers are from 2019."', "she"),
    ('When I asked the ferryman about the timetable, he laughed. "There is no timetable."', "he"),
]


@pytest.mark.parametrize("text,speaker", INTERVIEW_BEATS)
def test_a_quote_after_a_question_in_a_clause_of_time_is_the_main_subjects(attribute, text, speaker):
    """The asking is in a clause of time; whoever reacts in the main clause speaks the quote that follows."""
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, att


@pytest.mark.parametrize("sentence,speaker", [
    ("Another former detainee, a 19-year-old student, described being forced to stand for hours in the sun.",
     "Another former detainee, a 19-year-old student"),
    ("A former prisoner, a 40-year-old teacher, described being beaten in custody.",
     "A former prisoner, a 40-year-old teacher"),
    ("The driver, a father of three, described losing control on the ice.", "The driver, a father of three"),
    ("One resident, a retired nurse, recalled seeing the water rise within minutes.",
     "One resident, a retired nurse"),
])
def test_a_report_of_what_happened_to_the_speaker_after_an_apposition(attribute, sentence, speaker):
    """"X, a Y, described being ...": the parser hangs the verb on the subject as a participle."""
    att = last_attribution(attribute, sentence)
    assert att.claim_type == "sourced" and att.speaker == speaker, att


@pytest.mark.parametrize("text,canonical", [
    ('Marisol Etxeberria grew up in a fishing town. Her father mended nets; her mother, she tells me, "mended '
     'everything else."', "Marisol Etxeberria"),
    ("Anna Berg runs the shop alone now. Her sister, she explains, moved to Oslo in 2019.", "Anna Berg"),
    ('Kofi Mensah left school at 15. His uncle, he recalls, "taught me everything about engines."', "Kofi Mensah"),
])
def test_the_pronoun_of_a_comment_clause_is_not_the_subject_it_comments_on(attribute, text, canonical):
    """"Her mother, she tells me, ...": whoever tells is someone other than the mother."""
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_canonical == canonical, att


def test_a_person_acted_upon_is_not_the_she_who_speaks_next(attribute):
    """"The suspect" is an unnamed person of no gender; the named officer before is who "She" is."""
    att = last_attribution(attribute, "Detective Inspector Carla Moss said the suspect was arrested at dawn. The "
                                      "suspect was taken to Leeds. She said officers had recovered the knife.")
    assert att.speaker_canonical == "Carla Moss", att
