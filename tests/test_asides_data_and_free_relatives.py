""""As X told me" when the parser takes "as" for a preposition; a passive gerund denied or admitted ("denies being
directed"); data with an origin ("U.N. figures show", "census data show"), not bare data ("The latest figures
show"); what was said as the subject of another verb ("What he said shocked the room") against a pseudo-cleft
("What the minister said was that ..."); "which tells you" after a clause; promises, pledges and floated ideas;
"say otherwise"; a judgement voiced in the passive with no agent ("was hailed as a win", "was widely criticised");
"Nothing in the act says"; an embedded post with its handle under the name."""

import pytest

from .conftest import cleaned, last_attribution


@pytest.mark.parametrize("text,speaker", [
    ("As one regulator in Georgia told me last year, the cheapest power plant is the one you never build.",
     "one regulator"),
    ("As a veteran of the Senate in Washington told me once, nothing moves fast.", "a veteran of the Senate in "
                                                                                   "Washington"),
    ("As my doctor told me, rest is the best cure.", "my doctor"),
])
def test_as_someone_told_me(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("text,claim_type", [
    ("As a child in Lahore, I heard the river was sacred.", "editorial"),
    ("The TTP denies being directed from Afghanistan.", "sourced"),
    ("The company denies being involved in the scheme.", "sourced"),
    ("He recalled being told to leave.", "sourced"),
    ("More than 1 million Afghans have left since then, U.N. figures show.", "sourced"),
    ("Census data show the city grew by a tenth.", "sourced"),
    ("Unemployment rose to 5 percent in May, official statistics showed.", "sourced"),
    ("The latest figures show a fall.", "editorial"),
    ("Quarterly figures show a rise.", "editorial"),
    ("Whatever he said worked.", "editorial"),
    ("What he said shocked the room.", "editorial"),
    ("What she wrote next surprised everyone.", "editorial"),
    ("What the minister said was that the deal is dead.", "sourced"),
    ("What she told me was that she would quit.", "sourced"),
    ("What the report found was that costs doubled.", "sourced"),
    ("That is what the report found.", "sourced"),
    ("The top end is nearly double the bottom end, which tells you how little anyone actually knows.", "editorial"),
    ("Turnout fell to 40 percent, which tells us how tired voters are.", "editorial"),
    ("The committee issued a report, which tells us that costs doubled.", "sourced"),
    ("Officials familiar with the meeting say otherwise.", "sourced"),
    ("Her lawyers argue otherwise.", "sourced"),
    ("Unless told otherwise, staff should stay home.", "editorial"),
    ("Chinese analysts have since floated the idea of private security firms operating here.", "sourced"),
    ("The minister floated a proposal to cut fees.", "sourced"),
    ("The company floated its shares in 2019.", "editorial"),
    ("He also promised a master plan for storm-water management within six months.", "sourced"),
    ("It was hailed as a win for ratepayers.", "sourced"),
    ("The plan was widely criticised.", "sourced"),
    ("He was hailed as a hero.", "sourced"),
    ("The application was rejected.", "editorial"),
    ("He was welcomed by Pachomius on his arrival.", "editorial"),
    ("Nothing in the act says an employer must own a time clock.", "editorial"),
])
def test_constructions(attribute, text, claim_type):
    att = last_attribution(attribute, text)
    assert att.claim_type == claim_type, (text, att)


@pytest.mark.parametrize("name,handle", [("Maya Ostrowski", "@mayaonthegrid"), ("Tom Reyes", "@treyes_news")])
def test_a_post_with_its_handle_under_the_name(name, handle):
    _, clean = cleaned(f"Who pays\n\nBy Ann Lee\n\nShe put it bluntly last week:\n\n{name}\n{handle}\nEvery utility "
                       "assumes the high case. Every single one.\n8:14 PM · Aug 27, 2025\n1.2K Reposts 4.6K Likes\n\n"
                       "Utilities disagree.")
    assert f"“Every utility assumes the high case. Every single one.” — {name}" in clean.text
    assert handle not in clean.text and "Reposts" not in clean.text
