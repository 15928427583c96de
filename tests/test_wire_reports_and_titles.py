"""A trailing cue whose report the parser hung on it as a second subject, a speaker's whole title, a noun cue's
own source ("warnings from X that"), a title of another country's office, a surname the model left out, new
speaker nouns; dates after "no later than" and "that this Friday", any one weekday ("on a Friday afternoon"),
and the naira written "N1.2 trillion"."""

import pytest

from .conftest import claim_attributions, dated_doc


@pytest.mark.parametrize(("text", "speaker"), [
    ("The bill passed by 71 votes to 29 after a four-hour debate, Senate spokesman Yemi Adebayo told reporters.",
     "Senate spokesman Yemi Adebayo"),
    ("The motion passed by a wide margin in the lower house, Speaker Abbas told journalists.", "Speaker Abbas"),
    ("The deal was finalised on Monday, Finance Minister Ruth Okafor told reporters.",
     "Finance Minister Ruth Okafor"),
])
def test_a_trailing_cue_after_a_report_the_parser_made_its_subject(nlp, text, speaker):
    att = claim_attributions(nlp, text)[0][1]
    assert att.claim_type == "sourced" and att.speaker == speaker


@pytest.mark.parametrize("text", ["After the vote passed, the speaker told reporters.",
                                  "The plan, she said, was sound."])
def test_no_report_is_made_of_a_fronted_clause_or_phrase_alone(nlp, text):
    att = claim_attributions(nlp, text)[0][1]
    assert att.claim_type == ("editorial" if text.startswith("After") else "sourced")


@pytest.mark.parametrize(("text", "source"), [
    ("The Senate approved the budget, despite warnings from opposition lawmakers that it would deepen the debt.",
     "opposition lawmakers"),
    ("The mayor ignored a warning by the fire chief that the hall was unsafe.", "fire chief"),
])
def test_a_noun_cue_reports_its_own_source(nlp, text, source):
    att = claim_attributions(nlp, text)[0][1]
    assert att.claim_type == "sourced" and source in att.speaker_canonical.lower()


@pytest.mark.parametrize(("named", "other"), [
    ("Pakistan's Foreign Minister Tariq Mehmood Qazi", "The Uzbek foreign minister"),
    ("Kenya's Interior Minister Grace Wambui", "The Tanzanian interior minister"),
    ("French President Emmanuel Macron", "The German president"),
])
def test_a_title_of_another_country_names_someone_else(nlp, named, other):
    text = f"{named} met his counterpart in Tashkent on Monday. {other} said the talks had gone well."
    att = claim_attributions(nlp, text)[-1][1]
    assert att.claim_type == "sourced" and att.speaker_canonical not in named


def test_a_title_of_the_same_country_still_names_its_holder(nlp):
    text = ("Russian Ground Forces commander Oleg Salyukov met Bajwa on Monday. The Russian commander said ties "
            "were strong.")
    assert claim_attributions(nlp, text)[-1][1].speaker_canonical == "Oleg Salyukov"


def test_a_surname_the_model_left_out_of_a_name_is_the_persons(nlp):
    doc = nlp("Pakistan's Foreign Minister Tariq Mehmood Qazi met his Uzbek counterpart. Qazi stated that Pakistan "
              "was ready.")
    people = [(e.text, e._.canonical) for e in doc.ents if e.label_ == "PERSON"]
    assert people == [("Tariq Mehmood Qazi", "Tariq Mehmood Qazi"), ("Qazi", "Tariq Mehmood Qazi")]


@pytest.mark.parametrize("noun", ["lawmakers", "legislators", "pollster Jane Kim", "campaign strategists"])
def test_speakers_of_election_news_are_people(nlp, noun):
    att = claim_attributions(nlp, f"{noun.capitalize() if noun.islower() else noun} said turnout was high.")[0][1]
    assert att.claim_type == "sourced" and att.speaker_type == "person"


@pytest.mark.parametrize(("text", "date", "value"), [
    ("The work must finish no later than March 2026.", "no later than March 2026", "2026-03"),
    ("And it means that this Friday, the Treasury will publish the review.", "that this Friday", "2025-09-12"),
    ("One wonders whether anyone has sat in an ambulance on a Friday afternoon.", "Friday", ""),
    ("Any Monday will do for the meeting.", "Monday", ""),
    ("We met on Friday and talked for hours.", "Friday", "2025-09-05"),
])
def test_dates_after_a_bound_and_any_one_weekday(nlp, text, date, value):
    doc = dated_doc(nlp, text, "2025-09-09")
    assert [(e.text, e._.value) for e in doc.ents if e.label_ == "DATE"] == [(date, value)]


@pytest.mark.parametrize(("text", "amounts"), [
    ("Under the plan, N1.2 trillion would go to the highway and N800 billion to security agencies.",
     [("N1.2 trillion", "1200000000000"), ("N800 billion", "800000000000")]),
    ("The ₦5 billion fund grew.", [("₦5 billion", "5000000000")]),
    ("He wore N95 masks and drove the N1 road to Lagos.", []),
])
def test_the_naira_written_with_an_n(nlp, text, amounts):
    doc = dated_doc(nlp, text, "2025-03-04")
    money = [(e.text, e._.value) for e in doc.ents if e.label_ == "MONEY"]
    assert money == amounts and all(e._.unit == "NGN" for e in doc.ents if e.label_ == "MONEY")


def test_a_trailing_cue_in_a_wire_story_whose_report_the_parser_hung_loose(nlp):
    text = ("Nigeria's Senate on Tuesday approved a 5 trillion naira ($3.3 billion) supplementary budget to fund "
            "infrastructure and security spending, despite warnings from opposition lawmakers that the package would "
            "deepen the country's debt burden.\n\nThe bill passed by 71 votes to 29 after a four-hour debate, Senate "
            "spokesman Yemi Adebayo told reporters. It now goes to the House of Representatives, which is expected "
            "to vote on it next week.")
    att = claim_attributions(nlp, text)[1][1]
    assert att.claim_type == "sourced" and att.speaker_canonical == "Yemi Adebayo"


@pytest.mark.parametrize(("said", "again"), [
    ("I've been getting six text messages a day since Labor Day.", "My husband turned his phone off. He's happier."),
    ("We waited four hours at the station.", "Nobody told us anything. Nobody came."),
    ("The roof leaked all winter.", "We slept in the kitchen. It was freezing."),
])
def test_a_quote_reopened_without_being_closed_keeps_its_speaker(nlp, said, again):
    text = f'"I just want it to stop," said Maria Lopez, a retired nurse. "{said} "{again}"\n\nOthers disagreed.'
    atts = claim_attributions(nlp, text)
    assert [a.speaker_canonical for _, a in atts[:-1]] == ["Maria Lopez"] * (len(atts) - 1)
    assert atts[-1][1].claim_type == "editorial"


@pytest.mark.parametrize("intro", ["The consortium's letter, which I have seen, went further:",
                                   "The council's report put it more bluntly:", "The union's statement was blunt:"])
def test_a_document_that_opens_the_quote_after_it_is_its_source(nlp, intro):
    text = f'{intro}\n\n"Our practices are beyond safe capacity. We have no spare staff."\n\nNothing has changed.'
    atts = claim_attributions(nlp, text)
    assert [a.speaker_type for _, a in atts[1:3]] == ["document", "document"]


@pytest.mark.parametrize("text", [
    'The Minister\'s department has since published its consultation document, "Better Care Closer to Home".',
    'The ministry published a report, "Roads for All", last week.',
    'The council adopted a new strategy, "Millbrook Moves Forward", in May.',
])
def test_a_quoted_title_beside_a_document_is_no_quotation(nlp, text):
    assert claim_attributions(nlp, text)[0][1].claim_type == "editorial"


@pytest.mark.parametrize("text", ['"We Will Win," the coach said.',
                                  '"Not In Our Name," the marchers shouted as they passed the ministry.',
                                  'The report, "Roads for All", found that traffic fell by a third.'])
def test_words_said_in_title_case_and_a_titled_source_still_report(nlp, text):
    assert claim_attributions(nlp, text)[0][1].claim_type == "sourced"


@pytest.mark.parametrize("text", ["Going forward, as my old boss would have said, I intend to remember it.",
                                  "My father would have told you that the harbour was dying.",
                                  "A lesser coach would have argued that the referee was to blame."])
def test_what_someone_would_have_said_is_not_reported(nlp, text):
    assert claim_attributions(nlp, text)[0][1].claim_type == "editorial"


@pytest.mark.parametrize(("text", "canonical"), [
    ("My grandmother used to say that the map is not the road. She grew up near Split and she crossed two borders "
     "before she was twenty. \"A map tells you where the road was,\" she told me once.", "My grandmother"),
    ("Eleanor Roosevelt once said that you must do the thing you cannot do. When the project ran over budget, the "
     "city's transportation director called me into her office. I expected to be fired. Instead she asked whether "
     "we could finish.", "the city's transportation director"),
    ("Winston Churchill said that success is not final. Last year the head teacher called me into his office. I "
     "thought I was in trouble. Instead he told me that I had won a place.", "the head teacher"),
])
def test_a_pronoun_continues_the_description_its_chain_began(nlp, text, canonical):
    assert claim_attributions(nlp, text)[-1][1].speaker_canonical == canonical


@pytest.mark.parametrize(("text", "canonical"), [
    ("Teodor Vasko was born in 1902 in Sarvend, where his father kept the boilers of a textile factory. He is said to "
     "have learned rhythm from the looms. In later life he liked to claim that he could hear every loom.", "Vasko"),
    ("Nell Brannigan was born in 1884 in Haverport, where her mother took in washing. By the age of thirteen she was "
     "feeding sheets into the presses. She later recalled that the heat was unbearable.", "Nell Brannigan"),
])
def test_a_chain_of_pronouns_reaches_back_only_to_a_main_clause_subject(nlp, text, canonical):
    assert claim_attributions(nlp, text)[-1][1].speaker_canonical.endswith(canonical)
