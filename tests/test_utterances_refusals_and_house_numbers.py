"""One-word utterances and credited short quotes, refusals to take questions, reading that reports nothing, a
relative clause before a study's cue, unnamed bodies behind a study, a gender a clause gives a description,
letters' closings, weekdays that fix a year, postcodes and house numbers."""

import pytest

from .conftest import cleaned, dated_doc, last_attribution


@pytest.mark.parametrize("text", [
    'Mayor Ana Ruiz was asked whether she would run again. She said: "No."',
    'I asked Tom Hale if the mill would reopen. He said, "Never."',
    'Beside the photographs, in pencil, Edith Marsh had written a single word: "Yes."',
])
def test_a_one_word_utterance_a_cue_gives_is_quoted(attribute, text):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.attribution == "direct_quote", att


@pytest.mark.parametrize("credit,name", [
    ("- Dr. Priya Ramaswamy", "Priya Ramaswamy"),
    ("- Lt. Col. James Whitby", "James Whitby"),
    ("— St. Augustine of Hippo", "Augustine"),
    ("- Ms. Jo Tran", "Jo Tran"),
])
def test_a_short_quote_credited_after_a_dash_is_the_credits(attribute, credit, name):
    (_, att), *_ = attribute(f'"Keep going." {credit}\n\nThat is the whole of the advice.')
    assert att.claim_type == "sourced" and name in att.speaker_canonical and att.speaker_type != "media", att


def test_words_in_quotes_with_no_cue_stay_scare_quotes(attribute):
    for text in ('He called it "theatre."', 'Critics dismissed it as "theatre."'):
        (_, att), = attribute(text)
        assert att.claim_type == "editorial", (text, att)


@pytest.mark.parametrize("text,name", [
    ('I met Marit Aasen in Tromso. Aasen smiles. "I mean that with love."', "Marit Aasen"),
    ('Marit Aasen laughs. "I mean that with love."', "Marit Aasen"),
])
def test_a_quote_after_a_name_and_a_gesture_is_theirs(attribute, text, name):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_canonical == name, att


@pytest.mark.parametrize("sentence,claim_type", [
    ("Brekke declined to take questions.", "sourced"),
    ("The minister refused to field questions from reporters.", "sourced"),
    ("She declined to take part in the race.", "editorial"),
    ("On weekday afternoons our older residents read the newspapers there.", "editorial"),
    ("He reads a novel a week.", "editorial"),
    ('A statement from the ministry read: "Denied in full."', "sourced"),
])
def test_refusing_questions_reports_and_reading_the_papers_does_not(attribute, sentence, claim_type):
    (_, att), = attribute(sentence)
    assert att.claim_type == claim_type, (sentence, att)


@pytest.mark.parametrize("sentence,source", [
    ("A study that the company funded claimed that the drug was safe.", "study"),
    ("A paper that economists at Harvard published in May argued that rents would fall.", "paper"),
    ("The report that ministers commissioned concluded that the scheme had failed.", "report"),
])
def test_a_relative_clause_before_the_cue_leaves_the_study_the_source(attribute, sentence, source):
    (_, att), = attribute(sentence)
    assert att.claim_type == "sourced" and source in att.speaker_canonical, (sentence, att)


@pytest.mark.parametrize("sentence,body", [
    ("A survey by the British Chambers of Commerce found that most firms expect to raise prices.",
     "British Chambers of Commerce"),
    ("Data from Zillow shows that rents rose.", "Zillow"),
    ("Polling by YouGov shows that the party has slipped.", "YouGov"),
    ("New modelling from Imperial College London suggests that cases will peak in May.", "Imperial College"),
])
def test_a_study_by_a_body_the_model_did_not_name(attribute, sentence, body):
    (_, att), = attribute(sentence)
    assert att.claim_type == "sourced" and body in att.speaker_canonical, (sentence, att)


@pytest.mark.parametrize("sentence,claim_type", [
    ("A few of the protesters claimed that police had used batons.", "sourced"),
    ("Dozens of them said the verdict was wrong.", "sourced"),
    ("Most of the teachers said they would strike.", "sourced"),
    ("Neither of the engineers believed that the bridge was safe.", "editorial"),
    ("All of the houses were sold in 2019.", "editorial"),
])
def test_more_shares_of_a_group(attribute, sentence, claim_type):
    (_, att), = attribute(sentence)
    assert att.claim_type == claim_type, (sentence, att)


@pytest.mark.parametrize("text", [
    "The coach praised his players. She said the season was over.",
    "My teacher introduced me to her brother. He said the war had ruined everything.",
])
def test_a_description_its_clause_gives_a_gender_is_not_the_other_pronoun(attribute, text):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_canonical.lower() not in ("coach", "the coach", "my teacher")


@pytest.mark.parametrize("closing", ["With respect,", "Ever yours,", "Warmly,", "All the best,"])
def test_more_closings_sign_a_letter(closing):
    doc, clean = cleaned("12 Orchard Row\nAltoona, Pa.\n\nSept15,1946\n\nDearest Clara,\n\nYour letter came yesterday "
                         f"and I read it twice before supper. Mother says I work too hard.\n\n{closing}\n\n"
                         "Harold Kemp\nSecretary\n")
    assert doc.author == "Harold Kemp" and clean.text.endswith("Mother says I work too hard.")


@pytest.mark.parametrize("sentence,date,value", [
    ("The hearing is on Sunday, Jan. 15.", "Sunday, Jan. 15", "2023-01-15"),
    ("On Easter Monday 1916 the rising began. The vote is on Saturday, Mar. 2.", "Saturday, Mar. 2", "2024-03-02"),
    ("The vote is on Tuesday, Sept. 17.", "Tuesday, Sept. 17", "2024-09-17"),
])
def test_a_weekday_fixes_the_year_of_its_day(nlp, sentence, date, value):
    doc = dated_doc(nlp, sentence, "2024-03-01")
    assert (date, value) in [(e.text, e._.value) for e in doc.ents if e.label_ == "DATE"]


@pytest.mark.parametrize("sentence", [
    "The office is at 1450 Elm Street in Dayton, OH 45402.",
    "They moved to 2090 Innovation Drive last spring.",
])
def test_postcodes_and_house_numbers_are_no_years(nlp, sentence):
    doc = dated_doc(nlp, sentence, "2024-03-01")
    assert not [e for e in doc.ents if e.label_ == "DATE" and e.text[:1].isdigit() or e.text.startswith("OH")]


def test_a_year_before_a_street_named_later_is_still_a_year(nlp):
    doc = dated_doc(nlp, "In 1450 the town was founded.", "2024-03-01")
    assert [(e.text, e._.value) for e in doc.ents if e.label_ == "DATE"] == [("1450", "1450")]


@pytest.mark.parametrize("sentence,claim_type", [
    ("She told us the winters there were the worst of her life.", "sourced"),
    ("He told them the summers there were unbearable.", "sourced"),
    ("He told me the story that his father knew.", "editorial"),
    ("She told me the name of the ship.", "editorial"),
])
def test_a_clause_told_without_that_whose_verb_the_parser_hung_on_its_subject(attribute, sentence, claim_type):
    (_, att), = attribute(sentence)
    assert att.claim_type == claim_type, (sentence, att)


@pytest.mark.parametrize("text,referent", [
    ('The harbourmaster has a warning for boat owners. "Nobody should sail this weekend," he told the Courier.',
     "harbourmaster"),
    ("The foreman at the sawmill in Harlow retired last spring. He said the machines were older than him.", "foreman"),
    ("I worked for his uncle when I was sixteen. He told me that nobody would hire me.", "uncle"),
    ("The pharmacist on Main Street knows everyone. She said the pills were back-ordered.", "pharmacist"),
])
def test_a_pronoun_after_a_trade_or_a_relative_described(attribute, text, referent):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and referent in att.speaker_canonical, att


@pytest.mark.parametrize("sentence,claim_type", [
    ("Solvang gathers her coat and mentions, almost as an afterthought, that she has turned down three offers.",
     "sourced"),
    ("She closes the file and adds that the money has gone.", "sourced"),
    ("He packed the boxes and the books.", "editorial"),
])
def test_a_cue_the_tagger_took_for_a_noun_after_and(attribute, sentence, claim_type):
    (_, att), = attribute(sentence)
    assert att.claim_type == claim_type, (sentence, att)


@pytest.mark.parametrize("sentence,claim_type", [
    ("Fishing pressure explained less than 5 per cent of the variation between sites, the paper states.", "sourced"),
    ("Fishing explained little of the variation, the paper notes.", "sourced"),
    ("He sold the farm and bought two states.", "editorial"),
    ('My opponent, Mr. Phelps, was fond of saying that "the Union is a bargain, and a bargain must be kept."',
     "sourced"),
    ("She was fond of saying that nothing lasts.", "sourced"),
    ("That is a brave thing to say when your side is a goal down.", "editorial"),
    ("He has nothing to say about the vote.", "editorial"),
])
def test_trailing_nouns_habits_of_speech_and_things_to_say(attribute, sentence, claim_type):
    (_, att), = attribute(sentence)
    assert att.claim_type == claim_type, (sentence, att)


def test_an_embedded_post_is_its_posters(nlp):
    from claimscope.claims import claim_spans
    from claimscope.components.attribution import attribution_of

    doc, clean = cleaned("Harbridge hold on\n\nBy Declan Fairweather\n\nNot everyone was impressed. A former captain "
                         "posted on X after the whistle:\n\nRoss Dellow @RossDellow6\nThree points is three points but "
                         "that first half was the worst I've seen. Okafor got away with one today. #HAFC\n"
                         "8:12 PM · Oct 12, 2024\n\nThe club's statistics tell a kinder story.\n")
    rows = [(s.text, attribution_of(s)) for s in claim_spans(nlp(clean.text))]
    post = [att for text, att in rows if "Okafor got away" in text or "Three points" in text]
    assert len(post) == 2 and all(a.claim_type == "sourced" and a.speaker_canonical == "Ross Dellow" for a in post)
    assert not any("8:12 PM" in text or "@RossDellow6" in text for text, _ in rows)


def test_a_qa_whose_first_answer_is_named_gives_every_a_to_that_person(attribute):
    text = ("Q: Eleven years is a long time. Did you ever think about giving up?\n\nAdaeze Korhonen: Constantly. I "
            "deleted four hundred pages.\n\nQ: Your editor, Miriam Oduya, has been with you since your first book. "
            "What did she bring?\n\nA: Patience, mostly. Miriam Oduya never once asked when it would be finished."
            "\n\nQ: And your mother?\n\nA: Very much so. She has read it twice now.")
    answers = [att for sent, att in attribute(text) if sent.startswith(("A: Patience", "A: Very much", "Patience",
                                                                         "Very much"))]
    assert answers and all(a.speaker_canonical == "Adaeze Korhonen" for a in answers), answers


def test_a_weekday_before_a_part_of_the_day_stays_a_date(nlp):
    doc = dated_doc(nlp, "The Commerce Department reported on Thursday morning that the economy grew.", "2024-01-19")
    assert ("Thursday", "2024-01-18") in [(e.text, e._.value) for e in doc.ents if e.label_ == "DATE"]


@pytest.mark.parametrize("poster,post", [
    ("City of Dayton @CityofDayton", "An amber warning is in force until six. Stay off the roads."),
    ("Ruth Okafor @ruthokafor", "Nobody told us a thing."),
])
def test_an_embedded_post_of_one_sentence_or_from_a_body(nlp, poster, post):
    from claimscope.claims import claim_spans
    from claimscope.components.attribution import attribution_of

    doc, clean = cleaned(f"Storm warning for the valley\n\nBy Ann Lee\nSeptember 3, 2024\n\nThe council posted a "
                         f"warning on Tuesday night.\n\n{poster}\n{post}\n9:40 PM · Sep 3, 2024\n\nMost residents "
                         "stayed home.\n")
    rows = [(s.text, attribution_of(s)) for s in claim_spans(nlp(clean.text))]
    said = [att for text, att in rows if post.split()[1] in text]
    assert doc.published == "September 3, 2024" and said and all(
        a.claim_type == "sourced" and a.speaker_canonical == poster.split(" @")[0] for a in said), rows


@pytest.mark.parametrize("text,referent", [
    ('The mayor shrugs. "We will rebuild, whatever it costs."', "mayor"),
    ('The old fisherman pauses. "The sea gives and the sea takes."', "fisherman"),
])
def test_a_described_person_and_a_gesture_before_a_quote(attribute, text, referent):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and referent in att.speaker_canonical, att


def test_a_pronoun_prefers_a_person_described_to_a_first_name_of_the_other_gender(attribute):
    att = last_attribution(attribute, "When my sister married Tom, she was twenty. She said the wedding was too small.")
    assert att.claim_type == "sourced" and att.speaker_canonical == "my sister", att


def test_a_short_title_the_tokenizer_parts_from_its_stop_does_not_end_a_sentence(nlp):
    from claimscope.claims import claim_spans

    claims = [s.text for s in claim_spans(nlp("\"Kindness is free, and it is never wasted.\" - Fr. Michael O'Rourke"
                                              "\n\nNext."))]
    assert len(claims) == 2 and claims[0].endswith("Fr. Michael O'Rourke"), claims


def test_a_weekly_hour_is_no_date(nlp):
    doc = dated_doc(nlp, "She ran the Saturday story hour until 2019.", "2025-01-22")
    assert [(e.text, e._.value) for e in doc.ents if e.label_ == "DATE"] == [("Saturday", ""), ("2019", "2019")]


@pytest.mark.parametrize("sentence,source", [
    ("We are told, too, by the editors of the Richmond Enquirer, that the free states seek only to humble the South.",
     "editors"),
    ("It was argued, at length, by the defence that the search was unlawful.", "defence"),
])
def test_a_passive_agent_set_off_by_commas(attribute, sentence, source):
    (_, att), = attribute(sentence)
    assert att.claim_type == "sourced" and source in att.speaker_canonical, att


def test_a_passive_by_a_time_has_no_agent(attribute):
    (_, att), = attribute("It was announced by Friday that the plant would close.")
    assert att.speaker_canonical == "anonymous", att
