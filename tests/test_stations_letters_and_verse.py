"""A TV station's page, a speech's label, a magazine's credits and issue, a eulogy's giver, a letter's address
block and its signatories, an encyclopaedia's foot and numbered references, wire credits; a reference mark
after a quotation ends its sentence; an opponent's predicted words; a stanza credited after a hyphen; a weekday
that names a thing; the rupee of the country a text is about."""

import pytest
from claimscope.published import resolve_published

from .conftest import claim_attributions, cleaned, dated_doc
from .test_mastheads_letters_and_wires import BODY


@pytest.mark.parametrize("top", [
    "KWTV 7 NEWS | Cedar Rapids - Iowa City - Waterloo\nHome  News  Weather  Sports  Investigations\nWATCH LIVE\n"
    "Search\nSign In\n\nELECTION 2024\n",
    "Channel 9 | Your Local News\nHome  Local  Weather  Traffic  Sports\nListen Live\n",
])
def test_a_stations_page_above_the_headline(top):
    doc, clean = cleaned(f"{top}\nHollins wins 2nd District seat as Ramsey concedes\n\nBy Staff and wire reports\n"
                         "Published 11:42 PM CST Nov 5, 2024\nUpdated 1:17 AM CST Nov 6, 2024\n\n" + BODY)
    assert doc.title == "Hollins wins 2nd District seat as Ramsey concedes"
    assert doc.author == "Staff and wire reports" and resolve_published(doc, clean.text)[0] == "2024-11-05"
    assert clean.text.startswith("The council approved")


@pytest.mark.parametrize(("label", "title"), [
    ("Remarks as prepared for delivery", "Dana Whitfield Kicks Off Campaign for Ohio's 10th District"),
    ("Editorial", "The Irish Times view on the housing targets: ambition is not a plan"),
])
def test_a_label_above_the_title_is_no_title(label, title):
    doc, clean = cleaned(f"{label}\n\n{title}\n\n{BODY}")
    assert doc.title == title and clean.text.startswith("The council approved")


def test_a_magazines_credits_and_issue():
    doc, clean = cleaned("The Long Game of Rosa Delgado\n\nBy Hannah Whitcomb\nPhotographs by Luis Ortega\n"
                         f"June 2025 Issue\n\n{BODY}")
    assert doc.author == "Hannah Whitcomb" and resolve_published(doc, clean.text)[0] == "2025-06"
    assert clean.text.startswith("The council approved")


@pytest.mark.parametrize(("line", "author"), [("Eulogy given by her son, David Holloway", "David Holloway"),
                                              ("Address delivered by Ann Lee", "Ann Lee")])
def test_who_gave_a_speech_is_its_author(line, author):
    doc, clean = cleaned(f"Margaret Anne Holloway, 1938-2025\n\n{line}\nSt Mary's Church, Saturday 12 April\n\n{BODY}")
    assert doc.author == author and clean.text.startswith("The council approved")


def test_a_letters_address_block_and_its_signatories():
    text = ("Open letter to the Housing Secretary\n\nThursday, May 30th\n\nThe Rt Hon. Helen Marsh MP\n"
            "Secretary of State for Housing and Local Government\n2 Marsham Street\nLondon SW1P 4DF\n\n"
            f"Dear Secretary of State,\n\n{BODY}\nYours sincerely,\n\n"
            "Dr Aisha Rahman, Consultant Paediatrician, Ashgrove Children's Hospital\n"
            "Professor Gareth Lowe, Professor of Social Policy, University of Leeds\n"
            "Cllr Tom Okafor, Cabinet Member for Housing, Southmere Borough Council\n")
    doc, clean = cleaned(text)
    assert doc.author == "Dr Aisha Rahman"
    assert clean.text.startswith("Dear Secretary of State,") and clean.text.endswith("the poorest districts.")


@pytest.mark.parametrize("foot", [
    "See also\nHistory of meteorology in the United Kingdom\nHygrometer\n\nReferences\n"
    "1. Rowse, Edith (1952). Josiah Penhallow: A Cornish Life. Truro: Blackford Press.\n",
    "References\n1. Rowse, Edith (1952). Josiah Penhallow: A Cornish Life. Truro: Blackford Press.\n"
    "2. Ellery, Margaret (1978). \"Charcoal and the Cornish School\". Annals of Science 35: 401-420.\n",
    "External links\nThe Penhallow papers at the Cornwall Record Office\n",
    "The Associated Press contributed to this report.\n\n(AP)\n",
    "Karen Whitfield reported from Phoenix and Luis Ortega from Casa Grande.\n",
])
def test_an_encyclopaedias_foot_and_a_wire_storys_credits_are_no_claims(foot):
    _, clean = cleaned(f"Josiah Penhallow\n\n{BODY}\n{foot}")
    assert clean.text.endswith("the poorest districts.")


def test_a_reference_mark_after_a_quotation_ends_its_sentence(nlp):
    doc = nlp("Rowse called him 'very probably the most honest'.[5] It is said that he paid the fees. The survey "
              "found it \"the most reliable of its kind\".[8] There is broader agreement.")
    assert [s.text for s in doc.sents][1::2] == ["It is said that he paid the fees.", "There is broader agreement."]


@pytest.mark.parametrize("text", ["My opponent will tell you that I am too radical for this district.",
                                  "My rival will say that the plan costs too much.",
                                  "Our critics will claim that we have no plan."])
def test_what_an_opponent_will_say_is_a_prediction(nlp, text):
    assert claim_attributions(nlp, text)[0][1].claim_type == "editorial"


def test_donations_in_her_memory_report_nothing(nlp):
    assert claim_attributions(nlp, "Donations in her memory may be made to St Catherine's Hospice.")[0][1] \
        .claim_type == "editorial"


@pytest.mark.parametrize(("lines", "poet"), [
    ("Remember me when I am gone away,\nGone far away into the silent land;\nWhen you can no more hold me by the "
     "hand,\nNor I half turn to go yet turning stay.", "Christina Rossetti"),
    ("Do not go gentle into that good night,\nOld age should burn and rave at close of day;\nRage, rage against the "
     "dying of the light.", "Dylan Thomas"),
])
def test_a_stanza_credited_after_a_hyphen_is_the_poets(lines, poet):
    doc, clean = cleaned(f"A life\n\nInside her prayer book we found a card with these lines:\n\n{lines}\n- {poet}\n\n"
                         "Underneath, she had added one more line.\n")
    paragraphs = clean.text.split("\n\n")
    assert paragraphs[1].endswith(f"- {poet}") and len(paragraphs) == 3


def test_a_list_after_a_colon_keeps_its_items():
    _, clean = cleaned("Demands\n\nWe ask you to:\n- Reduce waiting times\n- Publish the review\n")
    assert clean.text.split("\n\n")[-2:] == ["- Reduce waiting times", "- Publish the review"]


@pytest.mark.parametrize(("text", "value"), [
    ("She never missed the Tuesday lunch club.", ""), ("The Friday deadline passed.", "2025-04-11"),
    ("Tuesday's vote was close.", "2025-04-08"),
])
def test_a_weekday_that_names_a_thing(nlp, text, value):
    doc = dated_doc(nlp, text, "2025-04-12")
    assert [e._.value for e in doc.ents if e.label_ == "DATE"] == [value]


@pytest.mark.parametrize(("text", "unit"), [
    ("India's rural women earn Rs 433 a day, and the Centre spent Rs 60,000 crore on the scheme.", "INR"),
    ("Pakistan allocated Rs 12 billion to the railway.", "PKR"),
    ("The ministry in Colombo set aside Rs 4 billion, Sri Lankan officials said.", "LKR"),
])
def test_the_rupee_of_the_country_a_text_is_about(nlp, text, unit):
    doc = dated_doc(nlp, text, "2024-09-02")
    assert {e._.unit for e in doc.ents if e.label_ == "MONEY"} == {unit}


@pytest.mark.parametrize(("text", "units"), [
    ("Kenya will borrow Sh460bn this year, the Treasury in Nairobi said.", {"KES"}),
    ("Tanzania raised Sh1.2 trillion in bonds sold in Dar es Salaam.", {"TZS"}),
    ("Kampala's council spent Shs 40 billion on roads, Ugandan officials said.", {"UGX"}),
    ("The fee is Sh200 a month.", set()),
])
def test_the_shilling_of_the_country_a_text_is_about(nlp, text, units):
    doc = dated_doc(nlp, text, "2024-09-02")
    assert {e._.unit for e in doc.ents if e.label_ == "MONEY" and e._.unit} == units


@pytest.mark.parametrize(("text", "canonical"), [
    ("Economists such as Jayati Ghosh and Santosh Mehrotra have argued for years that the data is flawed.",
     "Jayati Ghosh and Santosh Mehrotra"),
    ("Labor economists such as Harley Shaiken have noted that strikes are rarer.", "Harley Shaiken"),
    ("Critics like Ann Lee say the plan is too costly.", "Ann Lee"),
])
def test_a_group_named_by_its_examples(nlp, text, canonical):
    assert claim_attributions(nlp, text)[0][1].speaker_canonical == canonical


@pytest.mark.parametrize("salutation", ["Dear Secretary of State,", "Dear Minister for Housing,"])
def test_an_open_letters_you_is_its_addressee(nlp, salutation):
    text = (f"{salutation}\n\nWe write to you about housing. You told Parliament in March that \"no family with "
            "children will be left in bed-and-breakfast accommodation for longer than six weeks.\"")
    att = claim_attributions(nlp, text)[-1][1]
    assert att.claim_type == "sourced" and att.speaker_canonical == salutation[5:-1]


@pytest.mark.parametrize("before", ["Hollins will be sworn in on Jan. 3.", "Senator Ruiz was elected in 2019.",
                                    "Mayor Okoye will travel to Lagos on Friday."])
def test_a_quote_in_the_next_paragraph_after_news_of_a_person_is_unattributed(nlp, before):
    text = f'{before}\n\n"Make sure you thank a poll worker tomorrow."\n\nThat message was posted on signs.'
    att = claim_attributions(nlp, text)[1][1]
    assert att.claim_type == "sourced" and att.speaker == "" and att.speaker_type == "unknown"


@pytest.mark.parametrize(("before", "speaker"), [("Dr. Amara Osei addressed the board.", "Dr. Amara Osei"),
                                                 ("The minister was blunt.", "The minister"),
                                                 ("Councillor Tom Reed responded at once.", "Councillor Tom Reed")])
def test_a_sentence_about_speaking_introduces_the_quote_in_the_next_paragraph(nlp, before, speaker):
    att = claim_attributions(nlp, f'{before}\n\n"Our hospitals are full. We need help."')[1][1]
    assert att.claim_type == "sourced" and att.speaker == speaker


def test_a_bare_surname_a_while_after_a_namesake_is_the_person_the_text_opens_on(nlp):
    doc = nlp(open(__file__.replace("test_stations_letters_and_verse.py", "data/biography_namesakes.txt")).read())
    penhallows = [e._.canonical for e in doc.ents if e.text == "Penhallow"]
    assert penhallows == ["Josiah Penhallow"]
    assert claim_attributions(nlp, doc.text)[-1][1].speaker_canonical == "Josiah Penhallow"


def test_a_bare_surname_right_after_a_namesake_is_that_namesake(nlp):
    text = ("Imran Khan addressed the rally in Lahore on Friday. Hours later his rival Shahid Khan told reporters "
            "the numbers were inflated. Khan said the crowd was half the size claimed.")
    assert claim_attributions(nlp, text)[-1][1].speaker_canonical == "Shahid Khan"


def test_a_standfirst_wrapped_over_two_lines_above_the_byline():
    text = ("OPINION\n\nThe jobs data we are not reading\n\nRural India's workforce is growing older and more female, "
            "and our policy has\nnot caught up\n\nBy Meenakshi Raghavan\n\nPublished: 2 September 2024\n\n" + BODY)
    doc, clean = cleaned(text)
    assert (doc.title, doc.author) == ("The jobs data we are not reading", "Meenakshi Raghavan")
    assert clean.text.startswith("The council approved")


@pytest.mark.parametrize(("text", "values"), [
    ("You brought an action for roughly seven-hundred dollars, and he paid three-hundred and sixteen dollars.",
     ["700", "316"]),
    ("The plan costs forty billion pounds, the minister said.", ["40000000000"]),
    ("The fine was twenty-five thousand euros.", ["25000"]),
])
def test_an_amount_said_in_words(nlp, text, values):
    doc = dated_doc(nlp, text, "2024-09-02")
    assert [e._.value for e in doc.ents if e.label_ == "MONEY"] == values

