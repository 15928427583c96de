"""Attribution on the seed op-ed (the cases a fact-checker checks) and on short constructions."""

import pytest

from .conftest import claim_with

SOURCED = [
    ("Western media said", "Western media", "media"),
    ("Pompeo elaborated that", "Mike Pompeo", "person"),
    ("The statement of the Inter-Services Public Relations (ISPR) said", "Inter-Services Public Relations",
     "organisation"),
    ("Colonel General Salyukov said that Pakistan is", "Inter-Services Public Relations", "organisation"),
    ("He noted that Pakistan welcomed", "Valery Vasilevich Gerasimov", "person"),
    ("He stated that Afghanistan is the pivot", "Zamir Kabulov", "person"),
    ("The US has foolishly given Pakistan", "Donald Trump", "person"),
    ("They give safe haven to the terrorists", "Donald Trump", "person"),
    ("No more!", "Donald Trump", "person"),
    ("According to a Russian source", "Russian source", "anonymous"),
    ("Mushahid Hussain called the American move", "Mushahid Hussain", "person"),
    # The parse hangs the name on the meeting as an apposition and leaves "said" with no subject.
    ("Colonel General Oleg Salyukov said his country", "Oleg Salyukov", "person"),
    ("Bajwa told the Russian Ground Forces commander that", "Qamar Javed Bajwa", "person"),
    # A stray closing mark after the sentence does not put it in the previous paragraph's quote.
    ("Gen Gerasimov said Russia supported", "Valery Vasilevich Gerasimov", "person"),
]


@pytest.mark.parametrize("fragment,canonical,kind", SOURCED)
def test_seed_sourced_claims(seed_claims, fragment, canonical, kind):
    row = claim_with(seed_claims, fragment)
    assert row.claim_type == "sourced", row.rule
    assert row.speaker_canonical == canonical
    assert row.speaker_type == kind


@pytest.mark.parametrize("fragment", [
    "Obviously, these moves are seen with suspicion",
    "The fact of the matter is that",
    "Sadly, Pakistan’s dominant role",
    "We can conclude that",
    "Earlier, America announced to stop",
    "Pakistan is also improving its relations with Iran.",
    "The latest developments suggest that",
    "The two countries had in February, 2018 agreed",
])
def test_seed_editorial_claims(seed_claims, fragment):
    assert claim_with(seed_claims, fragment).claim_type == "editorial"


def test_seed_editorial_markers(seed_claims):
    assert "obviously" in claim_with(seed_claims, "Obviously, these moves").editorial_markers
    assert "the fact of the matter is" in claim_with(seed_claims, "The fact of the matter is").editorial_markers


def test_seed_frame_around_report_is_mixed(seed_claims):
    row = claim_with(seed_claims, "Reviving the double game")
    assert (row.claim_type, row.attribution, row.speaker_canonical) == ("sourced", "mixed", "Donald Trump")
    assert "double game" in row.editorial_markers


def test_seed_title_and_byline_are_not_claims(seed_claims):
    assert not seed_claims["text"].str.contains("By Sajjad Shaukat|Fortify Relations with Russia$").any()


def test_interrupted_quote(attribute):
    (text, att), = attribute("“We will win,” the minister said, “and we will not give up.”")
    assert att.claim_type == "sourced" and att.attribution == "direct_quote" and att.cue == "said"


def test_quote_with_speaker_after_in_next_sentence(attribute):
    out = attribute("Jane Doe runs the shop. “Sales doubled this year.” she said.")
    assert out[1][1].claim_type == "sourced" and out[1][1].speaker_canonical == "Jane Doe"


def test_colon_introduced_quote(attribute):
    (text, att), = attribute("Gen. Bajwa stated: “Pakistan wants to get out of the zero-sum dynamics.”")
    assert att.claim_type == "sourced" and att.speaker == "Gen. Bajwa"


def test_passive_report_is_sourced_and_anonymous(attribute):
    (text, att), = attribute("It was reported that the talks failed.")
    assert att.claim_type == "sourced" and att.speaker_type == "anonymous"


def test_told_object_that(attribute):
    (text, att), = attribute("Steve Whitmore told reporters that the case was closed.")
    assert att.claim_type == "sourced" and att.speaker_canonical == "Steve Whitmore" and att.cue == "told"


def test_first_person_is_editorial(attribute):
    (text, att), = attribute("I believe that the policy has failed.")
    assert att.claim_type == "editorial" and att.rule == "editorial:first_person"


def test_scare_quote_is_editorial(attribute):
    (text, att), = attribute("The so-called “reforms” changed little for farmers in the north.")
    assert att.claim_type == "editorial"


def test_partial_quote_with_cue(attribute):
    (text, att), = attribute("The senator called the move “wrong and counterproductive” in a speech.")
    assert att.claim_type == "sourced" and att.quote == "wrong and counterproductive"


def test_unbalanced_marks_never_raise(attribute):
    out = attribute("He said “we will. And ” then ‘ more \" text « without » end “")
    assert out and all(att is not None for _, att in out)


def test_that_clause_hung_on_an_object_still_reports(attribute):
    (text, att), = attribute("Wilkins observed that the 2007 starting date of the donation program, which is part "
                             "of the foundation, coincided with the anniversary of his death.")
    assert att.claim_type == "sourced" and att.speaker_canonical == "Wilkins"


def test_stance_adjective_with_clause(attribute):
    (text, att), = attribute("Italian secularist associations are concerned the Government will modify the law.")
    assert att.claim_type == "sourced" and att.cue == "concerned"


def test_title_holder_named_after_the_title_is_the_speaker(attribute):
    (text, att), = attribute("Malaysia's Prime Minister, Najib Razak said, “We are in contact with all parties.”")
    assert att.speaker_canonical == "Najib Razak"


def test_according_to_outranks_the_relayed_source(attribute):
    (text, att), = attribute("According to Yonhap news agency, quoting the main news agency KCNA, the military said "
                             "“the troops were dispatched to the front line.”")
    assert "Yonhap" in att.speaker_canonical


def test_typewriter_quotes_and_dash_source(attribute):
    from claimscope.clean import clean_body

    raw = "``I say brains is the greater producer of wealth, not oil. We have brains.\" — Peres, on oil."
    text = clean_body(raw).text
    out = attribute(text)
    assert out[0][1].claim_type == "sourced" and out[0][1].speaker == "Peres"


def test_quote_after_a_reported_sentence_keeps_its_speaker(attribute):
    out = attribute("Wilkins also said Warhol was both an artist and a businessperson. “He would make a blue "
                    "Marilyn and a pink Marilyn, and then you could pick your favourite colour.”")
    assert out[1][1].claim_type == "sourced" and out[1][1].speaker_canonical == "Wilkins"


def test_participle_speaker(attribute):
    (text, att), = attribute("The report quoted critics, with Boswell stating: “This latest move is clumsy and "
                             "unthinking.”")
    assert att.claim_type == "sourced" and "Boswell" in att.speaker_canonical


def test_source_named_by_a_preposition(attribute):
    (text, att), = attribute("There is a wonderful quote attributed to Einstein — “If we knew what we were doing, "
                             "it would not be called research.”")
    assert att.claim_type == "sourced" and att.speaker_canonical == "Einstein"


def test_report_with_an_object(attribute):
    (text, att), = attribute("The Independent reported the deaths of three soldiers near the border.")
    assert att.claim_type == "sourced" and "Independent" in att.speaker_canonical


def test_opening_mark_left_alone_by_the_parser_joins_its_claim(nlp):
    from claimscope.components.attribution import attribution_of
    from claimscope.components.sentences import claim_spans

    doc = nlp('Headlines\n\n"Sensitive government document found on rainy Ottawa street" — CBC.ca, August 15, 2008')
    spans = claim_spans(doc)
    assert spans[1].text.startswith('"Sensitive') and attribution_of(spans[1]).speaker == "CBC.ca"


@pytest.mark.parametrize("credit,speaker", [(" - The Lake Erie Ledger", "The Lake Erie Ledger"),
                                            (" — Marisol Vega, president of the union local", "Marisol Vega"),
                                            (" – The Kestrel Review", "The Kestrel Review")])
def test_a_credit_after_a_quote_on_its_line_is_part_of_the_quote_claim(attribute, credit, speaker):
    out = attribute(f"Turnout will decide the race. \"Turnout is everything in a rematch like this one.\"{credit}")
    assert len(out) == 2, [t for t, _ in out]
    assert out[1][1].claim_type == "sourced" and out[1][1].speaker == speaker


@pytest.mark.parametrize("text,kind", [
    ("The latest figures suggest that traders are voting with their feet.", "editorial"),
    ("The newest numbers show that early voting is running ahead of 2020.", "editorial"),
    ("Many of us thought that the doctrine was dead.", "editorial"),
    ("Some of us believe that the deal will hold.", "editorial"),
    ("Ray Bradbury's \"Fahrenheit 451\" imagined a town without books.", "editorial"),
    ("Toni Morrison's \"Beloved\" showed that memory can haunt a house.", "editorial"),
    ("Ms. Okafor also said the branches were \"underused.\"", "sourced"),
    ("The ministry's figures show that exports fell for a third month.", "sourced"),
    # Predicted reports are the author's; a poll's figures are the poll's.
    ("Some people will tell you that your generation is fragile.", "editorial"),
    ("Some reviewers will find the thesis too neat.", "editorial"),
    ("The same poll put the race at 44 percent for Achterberg.", "sourced"),
    ("He put the box on the table.", "editorial"),
    # A title, slogan or label opening a sentence or after a colon is no quotation.
    ('"Make America Great Again" hats were on sale outside the arena.', "editorial"),
    ('"All Quiet on the Western Front" won four Oscars on Sunday.', "editorial"),
    ('Smith pointed to the sign above the door: "No Entry For Unauthorised Persons".', "editorial"),
    ('The agenda had one item: "Approval of the new budget".', "editorial"),
])
def test_data_without_an_origin_the_authors_own_and_titles_are_not_sources(attribute, text, kind):
    (_, att), = attribute(text)
    assert att.claim_type == kind, att.rule


@pytest.mark.parametrize("text,speaker", [
    ("It was rumoured last night that the prisoner is to be moved.", ""),
    ("Ms Shaw relied on Carstairs, in which this court held that a tribunal must not re-try the facts.", "court"),
    ("The tribunal explained at paragraph 47 of its reasons that the account was consistent.", "tribunal"),
    ("The board explained in the annex to its report that the figures were provisional.", "board"),
    ("In his submission, the dismissal had nothing to do with the complaint.", "his"),
    ("In her evidence, the landlord never replied to the letters.", "her"),
])
def test_court_and_letter_reports(attribute, text, speaker):
    (_, att), = attribute(text)
    assert att.claim_type == "sourced", att.rule
    assert speaker.lower() in att.speaker.lower()


@pytest.mark.parametrize("text,canonical", [
    ("Owen Carrick sold us the orchard in 1979. My father kept the books. He told me the price was fair. "
     "He insists that he was right about the trees.", "My father"),
    ("Dr Ana Ruiz treated her for years. Her mother never trusted doctors. She said that the clinic was a "
     "racket.", "Her mother"),
    ("The mayor, Tom Ellis, opened the bridge. My uncle drove across it first. He said that it shook.", "My uncle"),
])
def test_a_pronoun_after_a_person_described_not_named_refers_to_them(attribute, text, canonical):
    reports = [att for _, att in attribute(text) if att.claim_type == "sourced"]
    assert reports and all(att.speaker_canonical == canonical for att in reports), [
        (att.speaker, att.speaker_canonical) for att in reports]


@pytest.mark.parametrize("text,speaker", [
    # A cue the tagger took for a plural noun after its subject ("paper claims[NNS] that").
    ("The Calder Institute is never shy. Its latest paper claims that management failures explain the collapse.",
     "paper"),
    ("The union's statement warns that strikes will follow in the spring.", "statement"),
    # A passive report whose source is the work it cites.
    ("It has been suggested that wage rigidity deepens recessions (Okafor, 2018; Tanaka, 2021).", "Okafor"),
    ("It has been argued that tariffs raise prices for consumers (Brandt et al., 2019).", "Brandt"),
    # Coordinated authors speak together.
    ("As Haddad and Moreau point out, the effect is small.", "Haddad and Moreau"),
])
def test_misparsed_cues_cited_works_and_coordinated_authors(attribute, text, speaker):
    att = attribute(text)[-1][1]
    assert att.claim_type == "sourced", att.rule
    assert speaker in att.speaker, att.speaker


@pytest.mark.parametrize("text", [
    "Nobody seriously argues that the tax would make things worse.",
    "Perhaps the senators believe that voters will not notice.",
    "Maybe the board thinks that nobody reads the minutes.",
    "This newspaper has long held that water must not be a weapon.",
    "This magazine argued last year that the scheme would fail.",
    "When a columnist with a large audience tells readers that the sky is falling, some of them will believe him.",
    "If a minister says that the figures are fine, ask to see them.",
])
def test_supposed_attributions_and_the_papers_own_voice_are_editorial(attribute, text):
    (_, att), = attribute(text)
    assert att.claim_type == "editorial", att.rule


@pytest.mark.parametrize("text,canonical", [
    ("A report by the Carrow Institute found that arrests fell. According to the institute, the trend began "
     "in 2019.", "Carrow Institute"),
    ("The World Bank warned in March that growth would slow. The Bank said it would revise the forecast.",
     "World Bank"),
    ("The Brightline Education Foundation funds the scheme. The foundation notes that results vary.",
     "Brightline Education Foundation"),
])
def test_a_definite_description_names_the_body_named_before(attribute, text, canonical):
    att = attribute(text)[-1][1]
    assert att.claim_type == "sourced" and att.speaker_canonical == canonical, (att.speaker, att.speaker_canonical)


def test_a_closing_mark_at_a_paragraphs_end_stays_with_its_claim(nlp):
    from claimscope.api import analyze

    text = 'Election night\n\nThe senator spoke last. He said: "That was the whole ballgame."\n\nThe count went on.'
    claims = analyze(text, nlp=nlp).claims
    assert claims[1].text == 'He said: "That was the whole ballgame."'
    assert text.split("\n\n", 1)[1][claims[1].start_char: claims[1].end_char] == claims[1].text


@pytest.mark.parametrize("text,speaker", [
    ("The Associated Press projected Marsh the winner at 10:47 p.m.", "The Associated Press"),
    ("The Herald estimated the crowd at 40,000.", "The Herald"),
    ("Governor Celia Dunmore, never one to be outdone, said that the ruling was a disgrace.", "Governor Celia Dunmore"),
    ("Senator Ruth Okafor, who rarely speaks to reporters, said that the bill was dead.", "Senator Ruth Okafor"),
])
def test_an_outlets_projection_and_a_speaker_without_the_aside_after_the_name(attribute, text, speaker):
    (_, att), = attribute(text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (att.rule, att.speaker)



@pytest.mark.parametrize("text,canonical", [
    ("The joint communiqué itself states that the parties reaffirm their commitment.", "joint communiqué"),
    ("An internal audit found that the books were falsified.", "internal audit"),
])
def test_a_document_the_speaker_lists_do_not_name_is_typed_document(attribute, text, canonical):
    (_, att), = attribute(text)
    assert (att.claim_type, att.speaker_canonical, att.speaker_type) == ("sourced", canonical, "document")


@pytest.mark.parametrize("after", ["In my view, the project is a mirage.",
                                   "According to the ministry, talks resume soon.",
                                   "In the minister's view, the line will open in 2027."])
def test_a_sourced_paragraph_after_a_quote_does_not_claim_the_quote(attribute, after):
    out = attribute('"We have heard these promises since 2018," a senior diplomat told the paper. "Each time, the '
                    f'money disappears."\n\n{after}')
    assert out[1][1].claim_type == "sourced" and out[1][1].speaker == "a senior diplomat", out[1][1]


@pytest.mark.parametrize("text,place", [
    ("The lawsuit, filed in federal court in Raleigh, says that the new rule violates the Voting Rights Act.",
     "Raleigh"),
    ("Its complaint, lodged at the labour tribunal in Leeds, argues that the freeze breaches the agreement.", "Leeds"),
    ("A report, published in Singapore on Tuesday, concludes that the pilot ignored two warnings.", "Singapore"),
    ("The petition, delivered to the planning office in Bristol, states that noise will double.", "Bristol"),
])
def test_a_document_is_not_owned_by_the_place_it_was_filed_in(attribute, text, place):
    (_, att), = attribute(text)
    assert att.claim_type == "sourced" and place not in att.speaker_canonical


def test_a_statement_is_owned_by_the_agent_of_its_participle(attribute):
    (_, att), = attribute("A statement issued by Norvell Pharma said that the drug was safe.")
    assert att.speaker_canonical == "Norvell Pharma"


@pytest.mark.parametrize("text,speaker", [
    ('Maria Lopez won the city marathon on Sunday. Coach Tom Reed praised her performance. "She is special," he '
     'said.', "Tom Reed"),
    ("Anna Dunmore and Paul Haskell debated on Monday. Haskell criticised her record on taxes. He said she had "
     "failed the state.", "Paul Haskell"),
])
def test_a_possessive_gives_the_subject_no_gender(attribute, text, speaker):
    *_, (_, att) = attribute(text)
    assert att.claim_type == "sourced" and att.speaker_canonical == speaker
