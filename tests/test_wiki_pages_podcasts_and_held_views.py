"""Encyclopedia pages (reference marks and editors' tags, [edit] links, the contents label, categories, "last edited"
as the date, reference entries), a podcast's header, a paper's date line with its time and name, speech salutations,
a column's foot; held views with "as", documents that lament or recommend, "according to X’s own figures", "as X has
said more than once", a feeling before reading, the one prompted to report, "they" in a parenthetical, "per"
before a bare noun, an "according to" source's stolen apposition; "Eighty years ago", "the following winter"."""

import pytest

from .conftest import claim_attributions, cleaned, dated_doc, last_attribution

WIKI = ("Edmund Haworth Lindley\n\nFrom Wikipedia, the free encyclopedia\n\nContents\n\nEarly life[edit]\n\n"
        "The Illustrated London News called it \"a work worthy of the Romans\",[8] and Brunel is said to have visited "
        "the site twice.[citation needed] Lindley himself was less satisfied.[9]\n\nReferences[edit]\n\n"
        "1. ^ Hollis, Megan (February 12, 2019). \"Kessler schools go to four days\". Kessler County Ledger.\n"
        "2. ^ \"Memoir of Edmund Haworth Lindley\".\n\nCategories: 1804 births | 1867 deaths\n\n"
        "This page was last edited on 3 February 2024, at 11:42 (UTC).\n\nText is available under the Creative "
        "Commons Attribution-ShareAlike License 4.0.")


def test_an_encyclopedia_pages_furniture_goes_and_its_edit_dates_it():
    doc, clean = cleaned(WIKI)
    assert doc.published == "3 February 2024"
    assert clean.text == ("Early life\n\nThe Illustrated London News called it \"a work worthy of the Romans\", and "
                          "Brunel is said to have visited the site twice. Lindley himself was less satisfied.")


def test_a_sentence_after_an_editors_tag_is_a_claim_of_its_own(nlp):
    _, clean = cleaned("Lindley\n\nMarch 3, 2025\n\nNo record of his opinion survives.[citation needed] Lindley "
                       "himself was less satisfied.[12] He said so.[who?]")
    found = dict(claim_attributions(nlp, clean.text))
    assert found["Lindley himself was less satisfied."].claim_type == "editorial"


@pytest.mark.parametrize("meta, author", [
    ("Hosted by Nadia Okafor and Tom Bransby · March 12, 2024 · 47 min", "Nadia Okafor and Tom Bransby"),
    ("Presented by Ann Lee · March 12, 2024", "Ann Lee"),
])
def test_a_podcasts_show_name_episode_and_hosts(meta, author):
    doc, clean = cleaned(f"Ledger Lines\n\nEpisode 214: Who pays for the water?\n\n{meta}\n\n"
                         "Listen on Apple Podcasts | Spotify\n\nThis week Nadia and Tom are joined by an economist.")
    assert (doc.title, doc.author, doc.published) == ("Episode 214: Who pays for the water?", author, "March 12, 2024")
    assert clean.text == "This week Nadia and Tom are joined by an economist."


def test_a_date_line_with_its_time_and_the_papers_name():
    doc, _ = cleaned("LETTERS TO THE EDITOR\n\nSaturday June 8 2024, 12.01am BST, The Chronicle\n\nShare\nSave\n\n"
                     "Railway stations and the waiting room\n\nSir, The waiting room has gone.")
    assert doc.published.startswith("Saturday June 8 2024")


@pytest.mark.parametrize("line", ["Mr. President,", "Excellencies,", "Ladies and gentlemen,", "Madam Chair,"])
def test_a_speechs_salutations_go(line):
    body = "We joined this Organization in 1976. We have never taken our seat for granted."
    _, clean = cleaned(f"Statement by the Minister\n\nNew York, 26 September 2025\n\n{line}\n\n{body}")
    assert clean.text == body


@pytest.mark.parametrize("foot", [
    "● Carla Brennan is a columnist for the Daily Beacon. Follow her on X @CarlaBrennanDB",
    "SIGN UP: Get the Beacon's Showbiz Daily newsletter - straight to your inbox. Enter your email | Subscribe",
    "By submitting your email you agree to our Terms and Privacy Notice.", "Read Comments",
    "Share | 1.2k shares | 348 comments", "Published - August 14, 2025 12:08 am IST",
])
def test_a_columns_foot_goes(foot):
    body = "Lexi Marlowe cried in court. The jury will retire next week."
    doc, clean = cleaned(f"Sorry Lexi, but 'everyone does it' won't wash\n\nBy CARLA BRENNAN FOR THE DAILY BEACON\n"
                         f"Published: 12:01 BST, 12 June 2025\n\n{body}\n\n{foot}")
    assert doc.author == "CARLA BRENNAN" and clean.text == body


@pytest.mark.parametrize("text, speaker", [
    ("Okafor regards that as a success.", "Okafor"),
    ("Sir, Your leading article (June 5) laments the closure of staffed ticket offices.", "Your leading article"),
    ("A parliamentary committee report of 2000 recommended an independent board.", "A parliamentary committee"),
    ("According to the OECD’s own figures, less than a fifth of finance reaches small States.", "the OECD’s own"),
    ("Deep-sea mining, as our Prime Minister has said more than once, should not begin.", "our Prime Minister"),
    ("The plan, as the minister has said many times, will fail.", "the minister"),
    ("I was surprised to read that rents had fallen.", ""),
])
def test_held_views_documents_and_asides_report(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker.startswith(speaker)


@pytest.mark.parametrize("text", [
    "We view this as a win.", "I recommend the soup.", "She viewed the house on Monday.",
    "Last week's correspondence on the dawn chorus prompts me to report that the cuckoo has returned.",
    "Cash bonuses per article in some countries are untouched.",
])
def test_the_authors_own_views_and_rates_are_no_reports(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial"


def test_they_in_a_parenthetical_is_not_what_they_speak_of(attribute):
    att = last_attribution(attribute, "The new chairman's supporters are confident. The ICC, they point out, has "
                                      "already sent two inspection teams.")
    assert att.speaker_canonical != "International Criminal Court"


@pytest.mark.parametrize("text, bad", [
    ("According to the International Hockey Federation's rankings, Pakistan, four-time world champions, now sit "
     "outside the top fifteen.", "Pakistan"),
    ("The race cost $80 million, according to the nonpartisan watchdog OpenSecrets — the most expensive governor's "
     "contest in Nevada history.", "expensive"),
])
def test_an_according_to_source_keeps_to_its_own_words(attribute, text, bad):
    att = last_attribution(attribute, text)
    assert bad not in att.speaker and bad not in att.speaker_canonical


def test_an_according_to_sources_name_in_apposition_still_speaks(attribute):
    assert last_attribution(attribute, "According to its chairman, Ali Khan, the board will meet on Monday.") \
        .speaker_canonical == "Ali Khan"


@pytest.mark.parametrize("text, published, value", [
    ("Eighty years ago, fifty-one nations signed a Charter.", "2025-09-26", "1945"),
    ("Seventy-five years ago the town was founded.", "2025-09-26", "1950"),
    ("In August 1847 the embankment failed. The following winter was harsh.", "2024-02-03", "1847-12/1848-03"),
])
def test_counts_of_years_in_words_and_the_following_season(nlp, text, published, value):
    assert value in [e._.value for e in dated_doc(nlp, text, published).ents if e.label_ == "DATE"]


@pytest.mark.parametrize("text, sourced", [
    ("The water, as every district collector in Assam will tell you, does not wait for a certificate.", False),
    ("Not one of them ever asked me to take their penalty points.", False),
    ("Every expert we spoke to says that the bridge is safe.", True),
    ("One of them told me that the bridge is safe.", True),
    ("Ms Okafor used the occasion to warn that the river could flood again.", True),
    ("The minister urged officials to say that the plant was safe.", True),
])
def test_anyones_telling_no_ones_asking_and_occasions(attribute, text, sourced):
    assert (last_attribution(attribute, text).claim_type == "sourced") is sourced


@pytest.mark.parametrize("text, kept", [
    ("The code reads x[0] and x[1] before it exits.", "x[0] and x[1]"),
    ("Section 5[2] of the Act was repealed.", "5[2]"),
    ("It drew on L2 grammar [1]–[11].", "[1]–[11]"),
])
def test_brackets_that_are_the_texts_own_stay(text, kept):
    _, clean = cleaned(f"Notes\n\nMarch 3, 2025\n\n{text}")
    assert kept in clean.text


def test_a_hosts_line_inside_another_page_goes():
    body = "The council voted on Tuesday. Residents were angry."
    _, clean = cleaned(f"Council votes\n\nBy Rosa Lind\nMarch 3, 2025\n\n{body}\n\nThe Daily Brief\n"
                       "Hosted by Ana Ruiz and Tom Beck · February 20, 2025 · 47 min\n"
                       "Listen on Apple Podcasts | Spotify")
    assert "Hosted" not in clean.text and "47" not in clean.text


@pytest.mark.parametrize("text, sourced", [
    ("She viewed the house as a child.", False),
    ("The crisis urged officials to announce that schools would close.", False),
    ("The scandal forced him to admit that he had lied.", True),
    ("The editorial bemoans the lack of funding for rural schools.", True),
    ("The report deplores the violence against journalists.", True),
])
def test_life_stages_urging_and_documents_deploring(attribute, text, sourced):
    assert (last_attribution(attribute, text).claim_type == "sourced") is sourced


def test_they_framing_a_subject_goes_back_to_the_people_before(attribute):
    att = last_attribution(attribute, "Human rights lawyers are unimpressed. The court, they say, is weak.")
    assert att.speaker_canonical == "Human rights lawyers"


@pytest.mark.parametrize("text, values", [
    ("Founded in 1890, the club is the oldest in the city. This year it faces closure. The previous winter was the "
     "hardest in its history, its chairman said. The following summer will decide its fate.",
     ["2023-12/2024-03", "2025-06/2025-09"]),
    ("The following winter will be hard, forecasters warned.", ["2025-12/2026-03"]),
])
def test_a_season_follows_the_texts_own_time_without_a_narrative_by_months(nlp, text, values):
    found = [e._.value for e in dated_doc(nlp, text, "2025-03-03").ents if e.label_ == "DATE"]
    assert all(v in found for v in values)


@pytest.mark.parametrize("text, sourced", [
    ("He denied it.", True), ("The company disputes it.", True),
    ("Opposition-ruled States have alleged exactly that, and the numbers do little to dispel the suspicion.", True),
    ("The Queen welcomed it.", False), ("She said it twice.", False),
])
def test_denials_and_allegations_of_what_was_said(attribute, text, sourced):
    assert (last_attribution(attribute, text).claim_type == "sourced") is sourced
