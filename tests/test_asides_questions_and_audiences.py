"""Findings cited in an aside ("as shown by Jones et al. (2003)", "As the audit showed,"), questions held with
other verbs than "ask" ("wonders whether", "have long debated whether"), a verdict on a report ("was right to
say that"), a speech's audience ("You have told us that"), an "it" aside ("The bridge, it concluded, was"), a
statement noun before a colon ("His verdict on the project: “...”"), a writer quoting someone ("Let me quote
the fire chief:"), a report the author denies ("That is not what he said") and a generic thing that "reports"
("A true sentence reports what happened")."""

import pytest

from .conftest import last_attribution


@pytest.mark.parametrize("text,speaker", [
    ("Class size has little effect on test scores, as shown by Jones et al. (2003).", "Jones et al."),
    ("The effect is small, as demonstrated by Lee (2019).", "Lee"),
    ("The river has risen every spring since 1990, as documented by the Environment Agency.",
     "the Environment Agency"),
    ("As the audit showed, the fund lost money in four of five years.", "the audit"),
    ("The fund lost money, as the 2022 review showed.", "the 2022 review"),
    ("As Governor Hale reminded us last week, the pension fund is badly underfunded.", "Governor Hale"),
])
def test_a_finding_cited_in_an_aside_is_sourced(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("text", [
    "As recent events have shown, the region is unstable.",
    "The region is unstable, as the results show.",
    "As the chart shows, costs rose by a third.",
    "As we have shown, the effect is small.",
    "As expected, the plan failed.",
])
def test_an_aside_of_events_results_or_the_author_is_editorial(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial", text


@pytest.mark.parametrize("text,speaker", [
    ("Mr Brown wonders whether the council should resign.", "Mr Brown"),
    ("Historians have long debated whether the famine was deliberate.", "Historians"),
    ("Economists disagree about whether the tax works.", "Economists"),
    ("The senator wondered aloud whether the deal would hold.", "The senator"),
])
def test_a_question_held_is_sourced(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("text", [
    "I wonder whether the council should resign.",
    "One wonders whether the council will survive.",
    "No wonder the council resigned.",
    "Lawmakers debated the bill for six hours.",
    "The two sides disagree on almost everything.",
])
def test_a_question_of_the_author_or_a_debate_held_is_editorial(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial", text


@pytest.mark.parametrize("text,speaker", [
    ("The minister was right to warn that the deficit would grow.", "The minister"),
    ("The mayor was wrong to claim that crime had fallen.", "The mayor"),
    ("Your editorial of Tuesday was right to say that the hospital needs more beds.",
     "Your editorial of Tuesday"),
])
def test_a_verdict_on_a_report_keeps_the_report(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


def test_a_verdict_on_a_report_never_made_is_editorial(attribute):
    for text in ("You would be right to say that the plan is costly.", "It would be wrong to say that it failed."):
        assert last_attribution(attribute, text).claim_type == "editorial", text


@pytest.mark.parametrize("text,claim_type", [
    ("We have listened carefully. You have told us that the clinic closes too early.", "sourced"),
    ("You wrote to me that the buses were always late.", "sourced"),
    ("Many of you told us the library should open on Sundays.", "sourced"),
    ("You might tell me that the plan failed.", "editorial"),
    ("You never told us that the plan had failed.", "editorial"),
    ("You could argue that the tax is fair.", "editorial"),
])
def test_a_speech_audience_that_told_the_speaker_is_a_source(attribute, text, claim_type):
    assert last_attribution(attribute, text).claim_type == claim_type, text


@pytest.mark.parametrize("text,canonical", [
    ("The Court of Inquiry reported in April. The bridge, it concluded, was badly designed.", "Court of Inquiry"),
    ("The ministry issued a report in April. The bridge, it concluded, was “badly designed and badly built.”",
     "ministry"),
])
def test_an_it_aside_is_the_body_before(attribute, text, canonical):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_canonical == canonical, (text, att)


@pytest.mark.parametrize("text,speaker", [
    ("The board met the former director on Friday. His verdict on the project: “A disaster from start to end.”",
     "His"),
    ("The mayor spoke on Friday. The mayor's message to residents: 'Stay home.'", "The mayor"),
    ("The report's conclusion: “The bridge was badly built.”", "The report"),
    ("Let me quote the fire chief: 'We got lucky.'", "the fire chief"),
    ("To quote the late Senator Byrd, “The Senate is the anchor of the republic.”", "the late Senator Byrd"),
    ("I quote the minister: “We will not yield.”", "the minister"),
])
def test_a_statement_noun_or_a_quoting_writer_opens_a_quote(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("text", [
    "That is not what he said.",
    "This is not what the report found.",
    "The video does not show him saying that.",
    "A true sentence reports what happened.",
    "An honest sentence admits what it cost.",
    "Early returns suggest that turnout was lower than in 2020.",
])
def test_a_denied_report_a_generic_thing_and_early_returns_are_editorial(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial", text


@pytest.mark.parametrize("text", [
    "That is exactly what the minister said.",
    "A new report says that debt rose.",
    "A reader writes that the bins are never emptied.",
    "Both campaigns claimed victory on Tuesday night.",
    "The group claimed responsibility for the attack.",
])
def test_what_was_said_said_by_someone_or_claimed_is_sourced(attribute, text):
    assert last_attribution(attribute, text).claim_type == "sourced", text


@pytest.mark.parametrize("text,canonical", [
    ("The bridge has been shut since January.\n\n“We will have it open again by the summer.”\n\nThat was the promise "
     "Mayor Ruth Okafor made on Monday.", "Ruth Okafor"),
    ("The Tigers lost on Saturday.\n\n'We just could not finish our chances.'\n\nSo said coach Dana Wills after the "
     "game.", "Dana Wills"),
    ("The vote failed. “Never again.” Those were the words of the minister.", "minister"),
    ("The vote failed. “We will be back.” That is the party's message to its voters.", "party"),
])
def test_a_sentence_after_a_quote_may_credit_it(attribute, text, canonical):
    quote = next(att for sent, att in attribute(text) if sent.startswith(("“", "'", '"')))
    assert quote.claim_type == "sourced" and quote.speaker_canonical == canonical, quote


def test_a_sentence_after_a_quote_that_names_no_one_credits_nothing(attribute):
    quote = next(att for sent, att in attribute("“It was a good day.” That was the mood in the town.")
                 if sent.startswith("“"))
    assert quote.speaker_canonical == "", quote


@pytest.mark.parametrize("text,claim_type", [
    ("As the inquiry found, the bridge was badly built.", "sourced"),
    ("As the committee found, the council had ignored the warnings.", "sourced"),
    ("The house was empty, as police found when they arrived.", "editorial"),
    ("As the storm showed, the levees are too low.", "editorial"),
    ("Economists have argued over whether the tax works.", "sourced"),
    ("They argued about the budget for hours.", "editorial"),
    ("You told this House that the line would stay open.", "sourced"),
    ("You told your boss that you were sick.", "editorial"),
    ("Nowhere does the report say that the plan failed.", "editorial"),
    ("The video does not record him saying that.", "editorial"),
    ("A good reporter writes what she sees.", "editorial"),
    ("An honest doctor tells you what you need to hear.", "editorial"),
    ("A senior official says that talks have stalled.", "sourced"),
    ("The government must also stop announcing amnesty schemes every budget season.", "editorial"),
    ("He kept insisting that the plan would work.", "sourced"),
    ("The State Bank of Pakistan has warned against premature easing.", "sourced"),
    ('According to the Cook Political Report, the race moved from "Lean Republican" to "Toss Up".', "sourced"),
])
def test_round_thirty_two_constructions(attribute, text, claim_type):
    assert last_attribution(attribute, text).claim_type == claim_type, text


@pytest.mark.parametrize("text,canonical", [
    ("The vote failed. “Never again.” Such was the verdict of the minister.", "minister"),
    ("The vote failed. “Never again.” That was the warning from the union.", "union"),
    ('Martha meets Jesus on the road and does not greet him politely. "Lord, if you had been here, my brother '
     'would not have died" (John 11:21).', "Martha"),
])
def test_who_credits_a_quote_after_it_or_before_a_reference(attribute, text, canonical):
    quote = next(att for sent, att in attribute(text) if sent.startswith(("“", '"')))
    assert quote.claim_type == "sourced" and quote.speaker_canonical == canonical, quote


@pytest.mark.parametrize("heading", ["Camp near Fredericksburg, Dec. 14th 1862", "Boston, 14th March 1851",
                                     "Washington, May 3, 1864"])
def test_a_letter_quoted_under_its_place_and_date_is_its_writers(attribute, heading):
    text = ("Samuel Kauffman enlisted in 1862.\n\nFour months later he wrote the letter his family kept apart from the "
            f"others:\n\n{heading}\n\nDear Mother, I take my pen in hand to let you know that I am well. We was in "
            "the fight yesterday. Tell Jacob he must not come.\n\nThe phrase recurs in four later letters.")
    letter = [att for sent, att in attribute(text) if sent.startswith(("Dear Mother", "We was", "Tell Jacob"))]
    assert [(a.claim_type, a.speaker_canonical) for a in letter] == [("sourced", "Samuel Kauffman")] * 3, letter


def test_you_in_a_letter_to_a_chair_and_a_board(attribute):
    text = ("Dear Ms. Haskell and Members of the Board,\n\nWe write on behalf of our members. You stated in your "
            "letter of 3 May that staffing was adequate.")
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker_canonical == "Ms. Haskell and Members of the Board", att
