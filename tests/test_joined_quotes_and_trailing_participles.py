"""A quote held by one verb and a cue joined after it ("described X as 'Y', but budgets tell a different
story"); a cue closing its sentence that the parser hung as a participle on its subject ("..., a World Bank
study found in March")."""

import pytest

from .conftest import claim_attributions, cleaned, dated_doc, last_attribution


@pytest.mark.parametrize("text, speaker, cue", [
    ("The minister described the corridor as a 'strategic priority', but budgets tell a different story.",
     "The minister", "described"),
    ("Officials called the plan 'a lifeline', yet critics said it had failed.", "Officials", "called"),
    ("Critics dismissed the report as 'a whitewash', but the figures tell another story.", "Critics", "dismissed"),
    ("The mayor branded the scheme \"a vanity project\", and voters agreed.", "The mayor", "branded"),
])
def test_a_quote_belongs_to_the_verb_that_holds_it_not_to_a_joined_one(attribute, text, speaker, cue):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker and att.cue == cue


@pytest.mark.parametrize("text, speaker", [
    ('"We will win," Khan said.', "Khan"),
    ('He called it "a disaster", she said.', "she"),
    ('The company launched "Project Aurora", the CEO said.', "the CEO"),
])
def test_a_trailing_cue_still_credits_its_quote(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Exports to the region fell by a third last year, a World Bank study found in March.", "a World Bank study"),
    ("Rents rose by a fifth, a Treasury analysis found in June.", "a Treasury analysis"),
    ("Turnout dropped to 41 percent, a survey by Ipsos showed on Monday.", "a survey"),
])
def test_a_closing_cue_taken_for_a_participle_reports(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker.startswith(speaker)


@pytest.mark.parametrize("text", [
    "Researchers cited a study found in the archive.",
    "He returned home, his wallet found in a ditch.",
])
def test_a_participle_on_an_object_or_a_thing_reports_nothing(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial"


@pytest.mark.parametrize("text, sourced", [
    ("There were reports that the dam, which engineers inspected last year, was leaking.", True),
    ("There are rumours that the club, which was sold in May, will move.", True),
    ("There were reports that circulated widely online.", False),
])
def test_there_are_reports_that_with_a_relative_clause_inside(attribute, text, sourced):
    assert (last_attribution(attribute, text).claim_type == "sourced") is sourced


CHEF = ("The chef who closed her restaurant to cook for a school\n\nInterview by Tom Reyes\n\n"
        "Grace Mensah ran one of Accra's most celebrated kitchens until last spring. Mensah, 44, now cooks for a "
        "primary school. We met at the school canteen.\n\n"
        "Why did you give it up?\n\nBecause I was bored. Fine dining had become a performance, and I had stopped "
        "cooking for anyone I knew.\n\nWasn't that a risk?\n\nOf course. My accountant thought I had lost my mind.\n\n"
        "The canteen feeds 900 children a day.\n\nAnd every one of them tells me what they think. Children are the "
        "harshest critics I have ever had.\n\nWhat do you cook on Fridays?\n\nJollof, always. We would have a riot "
        "otherwise.\n\nThis interview has been edited for length and clarity.")


def test_an_interview_printed_without_labels_gives_its_answers_to_the_interviewee(nlp):
    doc, clean = cleaned(CHEF)
    assert doc.author == "Tom Reyes"
    found = dict(claim_attributions(nlp, clean.text))
    for answer in ("Because I was bored.", "My accountant thought I had lost my mind.", "Jollof, always.",
                   "Children are the harshest critics I have ever had."):
        assert found[answer].claim_type == "sourced" and found[answer].speaker_canonical == "Grace Mensah", answer
    for own in ("Why did you give it up?", "The canteen feeds 900 children a day.",
                "This interview has been edited for length and clarity.", "We met at the school canteen."):
        assert found[own].claim_type == "editorial", own


ESSAY = ("Why I still take the night bus\n\nBy Ruth Hale\n\nIn an interview last year, the transport minister said "
         "buses were the future.\n\nHave you ever waited an hour at a stop in the rain?\n\nI have, many times.\n\n"
         "The council cut the route in March. Fares rose again in June.\n\nDo you know who rides at 2am?\n\nI do. "
         "Cleaners, nurses and bakers.\n\nThe minister has never taken one. Nor has the council leader.\n\n"
         "Would you put up with this?\n\nI would not, if I had a choice.")


def test_an_essays_questions_to_the_reader_are_no_interview(attribute):
    found = dict(attribute(ESSAY))
    assert found["I have, many times."].claim_type == "editorial"
    assert found["I would not, if I had a choice."].claim_type == "editorial"


@pytest.mark.parametrize("text, published, value", [
    ("A young Galician writer, whose first novel comes out in September, is next.", "2024-06-09", "2024-09"),
    ("Her second album comes out in March.", "2024-11-02", "2025-03"),
    ("Polls show Benavides ahead of the June runoff.", "2026-01-27", "2026-06"),
    ("Nothing will pass before the July recess.", "2023-06-14", "2023-07"),
    ("Board minutes from the May meeting record him voting yes.", "2024-06-09", "2024-05"),
    ("At the May meeting, the board voted for it.", "2024-06-09", "2024-05"),
    ("The museum opens in April and closes in October.", "2024-06-09", "--04"),
])
def test_a_month_naming_one_event_takes_its_year(nlp, text, published, value):
    assert value in [e._.value for e in dated_doc(nlp, text, published).ents if e.label_ == "DATE"]


POTTER = ("Ruth Okonkwo: 'Clay does not lie'\n\nThe potter Ruth Okonkwo has spent forty years at the wheel. We spoke "
          "at her studio in Enugu.\n\nQ. When did you start?\n\nA. At nine. My aunt had a kiln behind the house.\n\n"
          "Q. Do you still sell at markets?\n\nA. Every Saturday. The market is where I learn what people want.\n\n"
          "Q. What would you change?\n\nA. Nothing. I would start earlier, that's all.")


def test_an_interviews_q_and_a_labels_with_full_stops_are_labels(nlp):
    _, clean = cleaned(POTTER)
    found = dict(claim_attributions(nlp, clean.text))
    assert "A: At nine." in found and "A." not in found
    assert found["My aunt had a kiln behind the house."].speaker_canonical == "Ruth Okonkwo"
    assert found["Q: Do you still sell at markets?"].claim_type == "editorial"


WIKI_QA = ("Glaciologist Tomas Brandt tells Wikinews about shrinking ice\n\nTuesday, March 4, 2014\n\nTomas Brandt "
           "studies glaciers in the Alps. Brandt has worked in Zurich since 2003.\n\nWhat drew you to glaciers?\n\n"
           "The silence, honestly. Nothing else sounds like a glacier at night.\n\n"
           "How fast are they shrinking, by your measurements?\n\n"
           "Faster than any model predicted. We lose a metre of thickness a year.\n\nWhat should readers do?\n\n"
           "Visit while they can, and vote like it matters.")


def test_a_headline_that_says_who_tells_whom_makes_an_unlabelled_interview(nlp):
    doc, clean = cleaned(WIKI_QA)
    assert doc.title.startswith("Glaciologist Tomas Brandt tells Wikinews")
    pipeline_doc = nlp.make_doc(clean.text)
    pipeline_doc._.title = doc.title
    for _, proc in nlp.pipeline:
        pipeline_doc = proc(pipeline_doc)
    from claimscope.components.attribution import attribution_of
    found = {s.text: attribution_of(s) for s in pipeline_doc.spans["claims"]}
    assert found["We lose a metre of thickness a year."].claim_type == "sourced"
    assert found["We lose a metre of thickness a year."].speaker_canonical == "Tomas Brandt"
    assert found["How fast are they shrinking, by your measurements?"].claim_type == "editorial"
    assert found["Brandt has worked in Zurich since 2003."].claim_type == "editorial"


@pytest.mark.parametrize("text, speaker", [
    ("By one widely cited count, workers in steel-using industries outnumber steelworkers 80 to one.",
     "one widely cited count"),
    ("By some estimates, the scheme cost twice as much.", "some estimates"),
    ("The scheme, by official tallies, cost twice as much.", "official tallies"),
    ("By the ministry's own count, 4,000 homes were flooded.", "the ministry"),
])
def test_a_count_or_an_estimate_after_by_sources_its_sentence(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker


@pytest.mark.parametrize("text", [
    "Prices rose by an estimate of 4 percent.", "By most measures, the economy is growing.",
    "By no count is this a success.",
])
def test_a_measure_or_an_amount_after_by_is_no_source(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial"



@pytest.mark.parametrize("text, speaker", [
    ('The placard read "HANDS OFF OUR HOSPITAL."', "The placard"),
    ('Her banner said "WE WANT OUR LIBRARY BACK."', "Her banner"),
])
def test_a_sign_in_capitals_is_a_sentence_not_a_title(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker


@pytest.mark.parametrize("text, sourced", [
    ("Harold hated vague claims. “Numbers with no denominator,” he'd have called them.", False),
    ("Orwell hated jargon. “Pure doublespeak,” he’d have said.", False),
    ("The talks collapsed. “We are ready,” he'd said a week earlier.", True),
])
def test_what_someone_would_have_said_was_never_said(attribute, text, sourced):
    assert (last_attribution(attribute, text).claim_type == "sourced") is sourced


@pytest.mark.parametrize("text, sourced", [
    ("The auditors flagged \"a material uncertainty\" over the club's future.", True),
    ("The regulator flagged concerns about the merger in March.", True),
    ("Inspectors flagged that the wiring was unsafe.", True),
    ("She flagged down a taxi outside the station.", False),
    ("His energy flagged in the second half.", False),
    ("I could never tell the twins apart.", False),
])
def test_flagging_a_concern_reports_it(attribute, text, sourced):
    assert (last_attribution(attribute, text).claim_type == "sourced") is sourced


@pytest.mark.parametrize("text, published, value", [
    ("The European Parliament voted the act through, 523 to 46, on Wednesday.", "2024-03-15", None),
    ("Reagan won in 80 and 84.", "2024-03-15", "1984"),
    ("They conceded more than in the whole of the 2019-20 season.", "2024-11-03", "2019/2020"),
    ("The festival ran on the last weekend of September.", "2024-11-03", "2024-09-28/2024-09-29"),
])
def test_tallies_seasons_across_years_and_weekends_of_months(nlp, text, published, value):
    values = [e._.value for e in dated_doc(nlp, text, published).ents if e.label_ == "DATE"]
    assert (value in values) if value else "1946" not in values


@pytest.mark.parametrize("text, published, value", [
    ("The first cases came in the spring of 2020. In late March of that year the schools closed.", "2024-05-20",
     "2020-03-15/2020-03-31"),
    ("Voters went to the polls from January 17 to 21.", "2024-05-20", "2024-01-17/2024-01-21"),
    ("The board meets on June 3 through 7.", "2024-05-20", "2024-06-03/2024-06-07"),
    ("The vote is scheduled for the week of April 8.", "2024-03-13", "2024-04-08/2024-04-14"),
    ("The contract was awarded in the week of April 8.", "2024-03-13", "2023-04-03/2023-04-09"),
])
def test_a_month_of_that_year_a_run_of_days_and_the_week_of_a_day(nlp, text, published, value):
    assert value in [e._.value for e in dated_doc(nlp, text, published).ents if e.label_ == "DATE"]
