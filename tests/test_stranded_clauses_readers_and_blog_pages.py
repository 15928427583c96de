"""That-clauses the parser hung far from their cue, "There are reports that", judgements with "as", the author
reading another's words, clauses listed before a verb with its own object; speakers after "whose", a transcript's
label and a vocative, the one a writer quotes before a block quote, one-word names the NER mistook; wire pages
with a tagline, an agency's photo credit and a summary box, a blog's name over its post, a review's book box; the
week of a month, the end of a week, a weekday in the narrative's year."""

import pytest

from .conftest import claim_attributions, cleaned, dated_doc, last_attribution


@pytest.mark.parametrize("text", [
    "It is an argument with a long pedigree. Historians have claimed for decades that federal allocation rules made "
    "the shortages worse than the embargo alone would have, and Lindqvist's study remains the standard account.",
    "It was noted by the single joint expert, Mr Tobias Wren, that the extractor fan in the bathroom had been "
    "disconnected.",
    "Europa Securitas, a think tank, calculated in a report that the continent would need to spend more.",
])
def test_a_that_clause_hung_far_from_its_cue_is_reported(attribute, text):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.cue


def test_a_result_clause_after_so_is_no_report(attribute):
    assert last_attribution(attribute, "She said so loudly that nobody could sleep.").claim_type == "editorial"


@pytest.mark.parametrize("text", [
    "There are reports that some officers see the team as a first step toward cutting the force.",
    "There have been allegations that the mayor took bribes.",
    "There were rumours that the club would fold before Christmas.",
])
def test_there_are_reports_that_is_a_report_with_no_one_named(attribute, text):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_canonical == "anonymous"


@pytest.mark.parametrize("text", [
    "There is evidence that the policy worked.", "There are fears that the bridge will collapse.",
    "There is no claim that he lied.", "There were never any reports that the plant leaked.",
])
def test_evidence_fears_and_denied_reports_are_the_authors(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial"


@pytest.mark.parametrize("text", [
    "That exchange is often described as a draw.", "The bill has been characterised as a power grab.",
    "He was portrayed as a villain in the press.", "The minister characterised the talks as frank.",
])
def test_a_judgement_with_as_is_reported(attribute, text):
    assert last_attribution(attribute, text).claim_type == "sourced"


@pytest.mark.parametrize("text", [
    "She classified the specimens by hand.", "He portrayed Lear in 1998.", "The scene was described in detail.",
])
def test_the_same_verbs_without_as_report_nothing(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial"


@pytest.mark.parametrize("text, canonical", [
    ("I read with dismay your report (12 June) that Larkfield Buses will withdraw the number 14 service.", None),
    ("I was dismayed to read that the county is considering closing the branch on Saturdays.", "anonymous"),
    ("I read in the Herald that the county is considering closing the branch.", "Herald"),
])
def test_the_author_reading_anothers_words_reports_them(attribute, text, canonical):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.cue == "read"
    assert canonical is None or att.speaker_canonical == canonical


@pytest.mark.parametrize("text", ["I read the report carefully.", "I think that the plant will close."])
def test_reading_without_a_clause_and_thinking_are_the_authors(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial"


def test_clauses_listed_before_a_verb_with_its_own_object_are_no_report(attribute):
    text = ("China has walked through one of them, Russia still holds another, Turkey and the Gulf states have found "
            "their way in, and the European Union has lately discovered the region's critical minerals.")
    assert last_attribution(attribute, text).claim_type == "editorial"


@pytest.mark.parametrize("text", [
    "Prices will rise, she told her aides.", "The talks failed, she admitted the next day.",
    "The plan will fail, the report found.",
])
def test_a_clause_before_its_cue_still_reports(attribute, text):
    assert last_attribution(attribute, text).claim_type == "sourced"


@pytest.mark.parametrize("text, speaker", [
    ("Others disagree. Dana Whitfield of Georgetown, whose own work on the 1979 shock came out last spring, told me "
     "that Calloway \"underrates how much the Fed set the terms.\"", "Dana Whitfield of Georgetown"),
    ("The minister, whose own party opposed the bill, said that it would pass.", "The minister"),
    ("[1] See, for example, Kearl et al. (1979), whose survey of American economists found that about 90 percent "
     "agreed that a minimum wage increases unemployment.", "whose survey of American economists"),
    ("Q: Mayor, the Chamber of Commerce said last week that the ordinance could depress property values.",
     "the Chamber of Commerce"),
    ("Q: The unions said on Monday that they would strike.", "The unions"),
])
def test_the_speaker_past_a_whose_clause_a_label_and_a_vocative(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.speaker == speaker and (att.speaker_canonical == "Kearl" or "whose" not in speaker)


def test_the_one_a_writer_quotes_speaks_the_block_quote(nlp):
    text = ('Aides were divided. Calloway quotes a Mondale staffer who was in the room:\n\n"Fritz thought we were '
            'about to tell the country it was the country\'s fault. He said so, loudly, twice.\n\n"Nobody listened. '
            'By the end of the week, the speech was written."\n\nThat seems fair.')
    found = dict(claim_attributions(nlp, text))
    for sentence in ("He said so, loudly, twice.", "By the end of the week, the speech was written.\""):
        assert found[sentence].speaker == "a Mondale staffer"


def test_a_one_word_name_the_ner_took_for_a_people_speaks_as_a_person(nlp):
    text = ("The first thing Bev ever said to me was a rule. I had just told the charge nurse that things seemed "
            "quiet.\n\nShe put down her coffee. “Never say the Q word,” she said.\n\nMarcus, a respiratory therapist, "
            "thinks patients feel the hour. “They know,” he told me once.\n\nBev, who had twenty-six years on the "
            "unit by then, read the memo twice. “It means less,” she said.\n\nBev retired in March. At her party, the "
            "day charge nurse said that she had never once heard Bev complain.")
    found = dict(claim_attributions(nlp, text))
    assert found["“Never say the Q word,” she said."].speaker_canonical == "Bev"
    assert found["“It means less,” she said."].speaker_canonical == "Bev"
    assert found["At her party, the day charge nurse said that she had never once heard Bev complain."] \
        .speaker_canonical != "Bev"


@pytest.mark.parametrize("text", ["Americans said the war was lost.", "The Ukrainian said no."])
def test_peoples_that_speak_stay_peoples(attribute, text):
    assert last_attribution(attribute, text).speaker_type == "country"


def test_a_place_named_as_where_is_no_they(attribute):
    text = ("Then came Card and Krueger (1994). Comparing fast-food restaurants in New Jersey with restaurants across "
            "the border in eastern Pennsylvania, they found no evidence that employment fell.")
    assert last_attribution(attribute, text).speaker_canonical != "Pennsylvania"


WIRE_BODY = "Portugal's centre-right won the most seats. Turnout was 62.4%."


@pytest.mark.parametrize("tagline", [
    "Exclusive news, data and analytics for financial market professionals",
    "Independent journalism for the Scottish Borders",
])
def test_a_wire_page_with_tagline_caption_credit_and_summary(tagline):
    page = (f"Skip to main content\n{tagline}\nWorld  Business  Markets  Sustainability  Legal\n\nEurope\n\n"
            "Portugal's centre-right wins again but short of majority\n\nBy Helena Baptista and Miguel Rocha\n"
            "March 9, 2026 11:58 PM GMT  Updated 3 hours ago\n\nDemocratic Alliance leader Duarte Moreira speaks to "
            "supporters in Lisbon, Portugal, March 9, 2026. REUTERS/Ana Brito Purchase Licensing Rights\n\nSummary\n"
            "AD wins 94 of 230 seats with nearly all votes counted\nSocialists fall to 52 seats\n\n"
            f"LISBON, March 9 (Reuters) - {WIRE_BODY}\n\nOur Standards: The Thomson Reuters Trust Principles.\n\n"
            "Suggested Topics:\nEurope\nElections")
    doc, clean = cleaned(page)
    assert doc.title == "Portugal's centre-right wins again but short of majority"
    assert clean.text.endswith(WIRE_BODY) and "REUTERS" not in clean.text and "Summary" not in clean.text
    assert "LISBON" not in clean.text and "Suggested" not in clean.text


@pytest.mark.parametrize("masthead, tagline", [
    ("Margins & Incentives", "Notes on labor markets, policy and evidence"),
    ("The Long Game", "A newsletter about cities"),
])
def test_a_blogs_name_and_tagline_over_its_post_and_meta_line(masthead, tagline):
    doc, clean = cleaned(f"{masthead}\n{tagline}\n\nWhat do we actually know about minimum wages and jobs?\n\n"
                         "Posted by Elena Marsh | 12 June 2023 | 9 comments\n\nTags: minimum wage\n\n"
                         "Every time a city proposes a higher minimum wage, the same op-eds get written.")
    assert (doc.title, doc.author, doc.published) == (
        "What do we actually know about minimum wages and jobs?", "Elena Marsh", "12 June 2023")
    assert clean.text.startswith("Every time")


def test_a_headlines_last_word_wrapped_alone_and_an_office_after_a_sites_name():
    doc, _ = cleaned("THE DAILY MERIDIAN\nHome  |  Pakistan  |  World  |  Opinion\n\nOPINION\n\nCentral Asia: the "
                     "gateway we never\nopened\n\nMansoor Ahmed Khattak\nPublished: July 21, 2025\n\nWhen I arrived in "
                     "Tashkent in 1992, our embassy had three rooms.")
    assert doc.title == "Central Asia: the gateway we never opened"
    doc, _ = cleaned("City of Harlow Bay — Office of the Mayor\n\nHome > News > Mayor's Office\n\nShare: Facebook | X "
                     "| Email | Print\n\n2024 State of the City Address: \"Boring Bought Us Something\"\n\nPosted on: "
                     "February 29, 2024 | Last updated: March 1, 2024 9:12 AM\n\nThe following is the text of the "
                     "address.")
    assert doc.title.startswith("2024 State of the City Address")


@pytest.mark.parametrize("foot", [
    "Tags\n\nWater\n\nComments are closed on this story.",
    "Get the Courier's editorials and letters in your inbox every Sunday.",
    "Sign up for The Longwood Weekly",
])
def test_tag_labels_sign_ups_and_closed_comments_go(foot):
    body = "The aquifer is falling. We think the order is right."
    _, clean = cleaned(f"OUR VIEW: The aquifer can't be litigated\n\nBy the Editorial Board\nJuly 13, 2025\n\n"
                       f"{body}\n\n{foot}")
    assert clean.text == body


def test_a_reviews_book_box_goes():
    body = "On Oct. 17, 1973, oil ministers agreed to cut output."
    _, clean = cleaned("The year the gas lines came\n\nBy Martin Osei\nNovember 3, 2023\n\nEMPTY TANKS: America, "
                       f"OPEC and the Decade of Scarcity\nBy Ruth Calloway\nWestbrook Press. 412 pp. $32\n\n{body}")
    assert clean.text == body


@pytest.mark.parametrize("text, published, value", [
    ("Hearings are expected to run through the first week of August.", "2025-07-13", "2025-08-01/2025-08-07"),
    ("The sale closed in the last week of February 2024.", "2025-07-13", "2024-02-23/2024-02-29"),
    ("Moreira could form a government by the end of next week.", "2026-03-09", "2026-03-20/2026-03-22"),
    ("The chapters on 1979 are the strongest. Calloway reconstructs Carter's address of Sunday, July 15.",
     "2023-11-03", "1979-07-15"),
])
def test_weeks_of_months_ends_of_weeks_and_a_weekday_in_the_narratives_year(nlp, text, published, value):
    doc = dated_doc(nlp, text, published)
    assert value in [e._.value for e in doc.ents if e.label_ == "DATE"]


@pytest.mark.parametrize("text", ["After two dry winters the aquifer fell.", "Three long summers passed."])
def test_seasons_counted_with_an_adjective_between_have_no_value(nlp, text):
    doc = dated_doc(nlp, text, "2025-07-13")
    assert [e._.value for e in doc.ents if e.label_ == "DATE" and e.text.endswith("s")] == [""]


def test_an_address_whose_text_follows_dates_its_own_tonight(nlp):
    doc = dated_doc(nlp, "The following is the text of Mayor Denise Okafor's State of the City address, delivered at "
                         "the Civic Auditorium on Wednesday evening. Tonight I want to tell you what boring bought us.",
                    "2024-02-29")
    assert {e.text: e._.value for e in doc.ents}["Tonight"] == "2024-02-28"


@pytest.mark.parametrize("text", [
    "I read so much that my eyes hurt.", "I have never read that the council plans to sell the park.",
    "Taxes are classified as either direct or indirect.", "Mammals are classified as vertebrates.",
    "The actor, who portrayed Lear as a broken man, won an award.",
])
def test_near_misses_of_reading_and_judging_are_the_authors(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial"


@pytest.mark.parametrize("text, canonical", [
    ("Harold Finch was described by colleagues as brilliant.", "colleagues"),
    ("The opening was described by the mayor as a great day for the town.", "mayor"),
    ("The species is classified as endangered by the IUCN.", "IUCN"),
])
def test_a_judgement_with_as_and_its_agent(attribute, text, canonical):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_canonical == canonical


def test_a_whose_clauses_own_cue_keeps_its_own_speaker(attribute):
    assert last_attribution(attribute, "Jones, whose father said the family was poor, grew up in Leeds.").speaker \
        == "whose father"


@pytest.mark.parametrize("text, canonical", [
    ("Economists at the bank studied shops in northern Ohio. They found that prices had risen 8%.", "Economists"),
    ("The researchers surveyed 300 restaurants in eastern Pennsylvania, and they found that most had raised prices.",
     "researchers"),
])
def test_they_goes_back_to_the_people_not_the_place(attribute, text, canonical):
    assert last_attribution(attribute, text).speaker_canonical == canonical


def test_a_body_sentence_about_closed_comments_stays():
    body = "The forum was busy all week. Comments are closed for now, the board chair said."
    _, clean = cleaned(f"Forum closes\n\nBy Ann Lee\nMarch 3, 2025\n\n{body}")
    assert clean.text == body


@pytest.mark.parametrize("text, value", [
    ("The new store will open in the last week of December.", "2025-12-25/2025-12-31"),
    ("Sales surged in the last week of December.", "2024-12-25/2024-12-31"),
])
def test_a_week_of_a_month_follows_the_tense(nlp, text, value):
    assert value in [e._.value for e in dated_doc(nlp, text, "2025-03-03").ents if e.label_ == "DATE"]


@pytest.mark.parametrize("text, sourced", [
    ("Studies of nurses have linked years of rotating nights to higher rates of heart disease.", True),
    ("The bridge links the two towns.", False),
    ("He tied the boat to the dock.", False),
    ("If employers pay workers exactly what they add to output, a wage floor must reduce employment.", False),
    ("In 1968 he published his theory, which highlighted the fact that syntax can be predicted by meaning.", False),
    ("When the group encourages the impression that it speaks for the profession, it misleads.", False),
    ("The review is informed by commentaries from psychology, given that its subdomains are influential.", False),
    ("Then, our corpus and system are described, followed by an evaluation of the system.", False),
])
def test_documents_linking_findings_and_near_misses_of_the_new_clauses(attribute, text, sourced):
    assert (last_attribution(attribute, text).claim_type == "sourced") is sourced


def test_the_end_of_the_week_in_a_story_told_is_the_storys(nlp):
    doc = dated_doc(nlp, "Nobody listened. By the end of the week, the speech was written.", "2023-11-03")
    assert [e._.value for e in doc.ents if e.label_ == "DATE"] == [""]


@pytest.mark.parametrize("head, title", [
    ("City Council Approves New Budget After Long\nDebate", "City Council Approves New Budget After Long Debate"),
    ("Mayor Ortiz Names New Police Chief After Months of\nNegotiations",
     "Mayor Ortiz Names New Police Chief After Months of Negotiations"),
    ("Council Approves Budget", "Council Approves Budget"),
])
def test_a_title_case_headlines_last_words_wrapped_alone(head, title):
    doc, clean = cleaned(f"{head}\nBy Ann Lee\nMarch 3, 2025\n\nThe council voted 5-4 on Tuesday.")
    assert doc.title == title and clean.text == "The council voted 5-4 on Tuesday."


@pytest.mark.parametrize("text, canonical", [
    ("In the tabloids she is portrayed as a villain.", "tabloids"),
    ("In the report the plan is described as a failure.", "report"),
])
def test_a_judgement_in_a_text_is_the_texts(attribute, text, canonical):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_canonical == canonical


def test_a_judgement_somewhere_not_said_is_the_authors(attribute):
    assert last_attribution(attribute, "In the garden the shed is described as a ruin.").claim_type == "editorial"


def test_a_speech_goes_on_past_a_paragraph_closed_by_applause(nlp):
    text = ("MAYOR OKAFOR: Thank you. Please sit down.\n\nLast year our crews repaved 61 miles of road. (Applause)\n\n"
            "I didn't do that. Our public works employees did that. Would they please stand? (Applause)\n\n"
            "Now, I'm not going to tell you everything is fine. It isn't.\n\nQ: Will you run again?\n\n"
            "MAYOR OKAFOR: Ask me in April.")
    found = dict(claim_attributions(nlp, text))
    for sentence in ("I didn't do that.", "Our public works employees did that.", "It isn't."):
        assert found[sentence].claim_type == "sourced" and found[sentence].speaker == "MAYOR OKAFOR"


@pytest.mark.parametrize("text", [
    "Germany pays, France decides, Italy takes the blame.", "Germany pays, France decides, Italy has taken the blame.",
])
def test_clauses_listed_with_a_verb_of_deciding_report_nothing(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial"


@pytest.mark.parametrize("text", [
    "I was surprised to read that rents had fallen.", "I was shocked to read in the Times that rents had fallen.",
    "She was sorry to report that the plant would close.", "The plan, the minister said, will fail.",
])
def test_a_feeling_before_reading_or_reporting_keeps_the_report(attribute, text):
    assert last_attribution(attribute, text).claim_type == "sourced"
