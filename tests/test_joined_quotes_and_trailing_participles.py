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


ADVICE = ("Ask the Money Doctor\n\nBy Ruth Okonkwo\n\nQ. My landlord will not return my deposit. What can I do?\n\n"
          "A. You can take him to the small claims court. It costs little and you do not need a lawyer.\n\n"
          "Q. My bank charged me twice. Should I complain?\n\nA. Yes. Write to the bank first and keep a copy.")


def test_an_advice_columns_answers_are_the_columnists_own(nlp):
    _, clean = cleaned(ADVICE)
    found = dict(claim_attributions(nlp, clean.text))
    assert found["It costs little and you do not need a lawyer."].claim_type == "editorial"
    assert "Q. My bank charged me twice." in clean.text  # the text as written


WIKI_QA = ("Glaciologist Tomas Brandt tells Wikinews about shrinking ice\n\nTuesday, March 4, 2014\n\nTomas Brandt "
           "studies glaciers in the Alps. Brandt has worked in Zurich since 2003.\n\nWhat drew you to glaciers?\n\n"
           "The silence, honestly. Nothing else sounds like a glacier at night.\n\n"
           "How fast are they shrinking, by your measurements?\n\n"
           "Faster than any model predicted. We lose a metre of thickness a year.\n\nWhat should readers do?\n\n"
           "Visit while they can, and vote like it matters.")


def read_as_run(nlp, text):
    """Each claim of a plain-text article read as `claimscope run` reads it (header, cleaning, headline and author on
    the Doc): {claim text: Attribution}."""
    from claimscope.components.attribution import attribution_of

    article, clean = cleaned(text)
    doc = nlp.make_doc(clean.text)
    doc._.title, doc._.author = article.title, article.author
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return {s.text: attribution_of(s) for s in doc.spans["claims"]}


def test_a_headline_that_says_who_tells_whom_makes_an_unlabelled_interview(nlp):
    found = read_as_run(nlp, WIKI_QA)
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
    ("A young Galician writer, whose first novel comes out in September, is next.", "2024-06-09", "2024-09"),
    ("Her second album comes out in March.", "2024-11-02", "2025-03"),
    ("Polls show Benavides ahead of the June runoff.", "2026-01-27", "2026-06"),
    ("Nothing will pass before the July recess.", "2023-06-14", "2023-07"),
    ("Board minutes from the May meeting record him voting yes.", "2024-06-09", "2024-05"),
    ("At the May meeting, the board voted for it.", "2024-06-09", "2024-05"),
    ("The museum opens in April and closes in October.", "2024-06-09", "--04"),
    ("The first cases came in the spring of 2020. In late March of that year the schools closed.", "2024-05-20",
     "2020-03-15/2020-03-31"),
    ("Voters went to the polls from January 17 to 21.", "2024-05-20", "2024-01-17/2024-01-21"),
    ("The board meets on June 3 through 7.", "2024-05-20", "2024-06-03/2024-06-07"),
    ("The vote is scheduled for the week of April 8.", "2024-03-13", "2024-04-08/2024-04-14"),
    ("The contract was awarded in the week of April 8.", "2024-03-13", "2023-04-03/2023-04-09"),
    ("The summit in 2019 was a disaster. It ran January 17 to 21.", "2025-03-03", "2019-01-17/2019-01-21"),
    ("In 2019, hearings were held the week of April 8.", "2025-03-03", "2019-04-08/2019-04-14"),
    ("The new iPhone usually comes out in September.", "2025-03-03", "--09"),
    ("Voters return to the polls for the June runoff.", "2024-10-20", "2025-06"),
    ("The fair is held on the last weekend of September.", "2024-10-20", ""),
])
def test_a_date_read_by_what_it_names_and_the_clause_it_sits_in(nlp, text, published, value):
    assert value in [e._.value for e in dated_doc(nlp, text, published).ents if e.label_ == "DATE"]


@pytest.mark.parametrize("text, published, value", [
    ("The European Parliament voted the act through, 523 to 46, on Wednesday.", "2024-03-15", None),
    ("Reagan won in 80 and 84.", "2024-03-15", "1984"),
    ("They conceded more than in the whole of the 2019-20 season.", "2024-11-03", "2019/2020"),
    ("The festival ran on the last weekend of September.", "2024-11-03", "2024-09-28/2024-09-29"),
])
def test_tallies_seasons_across_years_and_weekends_of_months(nlp, text, published, value):
    values = [e._.value for e in dated_doc(nlp, text, published).ents if e.label_ == "DATE"]
    assert (value in values) if value else "1946" not in values


PROSE = ("Investors have been less enthusiastic about the result, and the currency fell on Monday. \"The market is "
         "pricing in a lot of uncertainty,\" said Javier Rey, a former economy minister. He said the bigger risk was "
         "a long legal fight.\n\nIn the south, thousands of people poured into the streets on Sunday night, waving "
         "flags and setting off fireworks until dawn. Police said two people were detained after a scuffle near the "
         "electoral board's offices in the capital.")


@pytest.mark.parametrize("box", ["RELATED COVERAGE\nPeru's runoff pits a rural teacher against a general's daughter",
                                 "Related stories\nWhy the mining towns voted for the teacher"])
def test_a_box_of_links_inside_a_story_does_not_end_it(box):
    _, clean = cleaned(f"Peru count ends\n\nJune 8, 2026\n\nLIMA (AP) — The count ended on Sunday with the teacher "
                       f"ahead by 0.4 points, and his rival said she would challenge the result.\n\n{box}\n\n"
                       f"{PROSE}\n\n{PROSE}\n\nRelated stories\n\n© 2026 The Associated Press. All rights reserved.")
    assert "the bigger risk was a long legal fight" in clean.text and "RELATED" not in clean.text
    assert "Associated Press. All rights" not in clean.text


def test_a_share_bar_under_a_debates_title_does_not_end_it():
    _, clean = cleaned("Hansard\nUK Parliament\n\nHouse of Commons\nWednesday 12 March 2025\n\nWater Companies: Sewage "
                       f"Discharges\n\nShare this debate   Download text   Watch this debate\n\n{PROSE}\n\n{PROSE}")
    assert "the bigger risk was a long legal fight" in clean.text and "Share this debate" not in clean.text


@pytest.mark.parametrize("title, text", [
    ("What I learned at the minister's Q&A", "Last week I went to a Q&A with the education minister, Paul Grady."),
    ("Farmers are giving up", "We spoke to farmers across Devon. John Pike put it plainly."),
])
def test_a_column_about_a_q_and_a_or_that_spoke_to_people_is_no_interview(nlp, title, text):
    body = (f"{title}\n\nBy Ann Lee\n\n{text}\n\nWould you work eighty hours a week?\n\nNobody would.\n\n"
            "Do you know what a farm earns?\n\nIt is sold to a developer.\n\nCan you blame them?\n\nI cannot.")
    _, clean = cleaned(body)
    found = dict(claim_attributions(nlp, clean.text))
    assert found["Nobody would."].claim_type == "editorial" and found["I cannot."].claim_type == "editorial"


def test_the_interviewee_is_the_one_the_headline_names_not_the_one_talked_about(nlp):
    text = ("Doris Kent: 'Lincoln was lonelier than we think'\n\nInterview by Daniel Price\n\nAbraham Lincoln has had "
            "more biographies than any president. Lincoln's letters fill nine volumes, and Lincoln's law partner "
            "kept more. Kent spent a decade on them.\n\nWhy did you start?\n\nI found a letter nobody had quoted.\n\n"
            "Did you change your mind about him?\n\nI admire him more now than when I started.\n\nWhat comes next?"
            "\n\nA book about his stepmother.\n\nThis interview has been edited and condensed.")
    found = read_as_run(nlp, text)
    assert found["I admire him more now than when I started."].speaker_canonical == "Doris Kent"


def test_page_tools_and_a_bookshops_offer_go_and_a_sentence_opening_share_this_stays():
    _, clean = cleaned("Rivers\n\nBy Ann Lee\n\nThe council cleaned the river over ten years, and the fish came "
                       "back.\n\nShare this story with your children: the river is clean again.\n\n"
                       "It took ten years.\n\nA A A\n\nA- A+\n\nTo order your copy of Salt for 18.99 pounds, go to "
                       "guardianbookshop.com. Delivery charges may apply.\n\nTo order a copy go to "
                       "guardianbookshop.com. Delivery charges may apply.\n\n2008\n\nThe first salmon returned.")
    assert clean.text == ("The council cleaned the river over ten years, and the fish came back.\n\nShare this story "
                          "with your children: the river is clean again.\n\nIt took ten years.\n\n2008\n\n"
                          "The first salmon returned.")


@pytest.mark.parametrize("text, speaker", [
    ("One senior planner, who asked not to be named, put it more bluntly: the liability will end up with ratepayers.",
     "One senior planner"),
    ("The governor put it simply: the state cannot pay.", "The governor"),
    ("Sixty-one per cent said they had been threatened. One in five said they had been physically assaulted.", "One"),
])
def test_put_it_before_a_colon_and_a_proportion_of_people_report(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker


@pytest.mark.parametrize("text", ["The plan failed: nobody paid.", "One might say the plan failed.",
                                  "I put it simply: the state cannot pay.",
                                  "The metaphor is appealing: expose people to a weak dose, and they resist it."])
def test_a_colon_without_a_cue_or_a_generic_one_reports_nothing(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial"


@pytest.mark.parametrize("head, author, date", [
    ("Posted on 22 January 2024 by Dr Priya Raman | 8 min read", "Priya Raman", "22 January 2024"),
    ("By Daniel Reyes-Whitcomb | dreyes@lakeshorecourier.com\nPUBLISHED: March 11, 2025 at 5:30 a.m.",
     "Daniel Reyes-Whitcomb", "March 11, 2025"),
    ("Author of the article: Miriam Okafor-Leblanc, Special to Financial Post\nPublished Nov 04, 2025  •  4 minute "
     "read", "Miriam Okafor-Leblanc", "Nov 04, 2025"),
])
def test_posted_on_a_day_by_someone_a_byline_with_an_email_and_an_author_label(head, author, date):
    doc, _ = cleaned(f"Judge Ann Lee steps down after three decades on the bench\n\n{head}\n\nJudge Ann Lee retired "
                     "on Friday after thirty years on the bench.")
    assert (doc.author, doc.published) == (author, date)


@pytest.mark.parametrize("text, sourced", [
    ("His office would not say on Thursday.", True),
    ("The company would not say how many jobs were cut.", True),
    ("A spokesman wouldn't comment.", True),
    ("The minister did not say whether she would resign.", False),
    ("I would not say that the plan failed.", False),
    ("Nobody would say that it worked.", False),
])
def test_would_not_say_is_a_refusal_to_speak(attribute, text, sourced):
    assert (last_attribution(attribute, text).claim_type == "sourced") is sourced


@pytest.mark.parametrize("after", [
    "About the author: Jane Doe has covered local government for the Valley Post since 2015. She previously worked "
    "for the Echo, covering transport and the bus network.\n\nJane lives in Valley Town with her husband and two "
    "children. She is a keen cyclist. Story tips are always welcome and can be sent in confidence.",
    "Jane, Valley Town: The council has ignored residents from the start and this vote proves it, once again.\n\n"
    "Mark, Hilltop: Two hundred jobs is two hundred jobs, and the town needs every one of them this winter.",
])
def test_a_box_of_links_followed_by_a_bio_or_letters_still_ends_the_story(after):
    _, clean = cleaned(f"Depot approved\n\nMarch 3, 2025\n\nThe council approved the depot on Tuesday, bringing two "
                       f"hundred jobs to the area.\n\nRelated stories\n\nDepot plan delayed again\n\n{after}")
    assert clean.text == "The council approved the depot on Tuesday, bringing two hundred jobs to the area."


def test_a_box_of_links_inside_a_story_goes_with_its_headlines():
    _, clean = cleaned("Peru count ends\n\nJune 8, 2026\n\nThe count ended on Sunday with the teacher ahead.\n\n"
                       f"Related stories\n\nWhy the mining towns voted for the teacher\n\n{PROSE}\n\n{PROSE}")
    assert "mining towns" not in clean.text and "the bigger risk was a long legal fight" in clean.text


def test_an_unlabelled_answers_speaker_is_the_interviewees_name(nlp):
    found = read_as_run(nlp, WIKI_QA)
    att = found["We lose a metre of thickness a year."]
    assert att.speaker == att.speaker_canonical == "Tomas Brandt"


@pytest.mark.parametrize("text", ["The council put it to a vote: twelve councillors backed the plan.",
                                  "The government put it on hold: the scheme is paused until June."])
def test_putting_something_somewhere_before_a_colon_reports_nothing(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial"


@pytest.mark.parametrize("text, value", [
    ("Candidates are preparing appeals after the June runoff.", "2025-06"),
    ("The result of the June runoff stands, the court ruled.", "2025-06"),
    ("The opposition still disputes the June runoff.", "2025-06"),
    ("The two leading candidates are preparing for the June runoff.", "2026-06"),
    ("The party's leader faces a revolt at the September conference.", "2025-09"),
])
def test_an_event_month_looked_forward_to_is_the_next_else_the_nearest(nlp, text, value):
    assert value in [e._.value for e in dated_doc(nlp, text, "2025-08-10").ents if e.label_ == "DATE"]


def test_posted_by_an_account_name_gives_no_author():
    doc, _ = cleaned("Bus fares rise again\n\nPosted on 3 March 2025 by admin | 2 min read\n\nFares rose on Monday "
                     "for the third time this year.")
    assert (doc.author, doc.published) == ("", "3 March 2025")
