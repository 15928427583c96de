"""A ministry's briefing labelled "Office, Name:" and "Question (Name, Outlet):"; a report's own voice ("This report
argues", "according to our survey"); a cue trailing its clause when the parser hangs it wrong ("..., Dr. Okonkwo
says.", "..., Levan told me; ..."); an "it" after "According to the report"; bodies that report figures; and "the
chancellor" told apart from "the shadow chancellor"."""

import pytest

from .conftest import claim_attributions, last_attribution

BRIEFING = ("Transcript of Weekly Media Briefing by the Official Spokesperson\n\n"
            "{office}, {name}: Good afternoon, friends. I have two announcements.\n\n"
            "Question ({asker}, {outlet}): Sir, there are reports that the deal will be signed. Can you confirm?\n\n"
            "{office}, {name}: Negotiations are at an advanced stage. We will share it when it happens.\n\n"
            "Question: Any update on the visit?\n\n"
            "{office}, {name}:\nI have nothing to share at this point.")


@pytest.mark.parametrize("office,name,canonical,asker,outlet", [
    ("Official Spokesperson", "Shri Karan Mehrotra", "Karan Mehrotra", "Priya Raghavan", "The Hindu"),
    ("Deputy Spokesperson", "Ms Leila Haddad", "Leila Haddad", "Tom Reyes", "Reuters"),
    ("Press Secretary", "Dr Anna Kowalska", "Anna Kowalska", "Marie Laurent", "AFP"),
])
def test_a_briefings_office_and_name_labels_and_its_named_reporters(nlp, office, name, canonical, asker, outlet):
    found = claim_attributions(nlp, BRIEFING.format(office=office, name=name, asker=asker, outlet=outlet))
    assert not any(t.rstrip().endswith(f"{name}:") for t, _ in found), found  # no label alone

    def of(fragment):
        return next(a for t, a in found if fragment in t)

    for text in ("Negotiations are at an advanced stage.", "We will share it", "I have nothing to share"):
        assert of(text).claim_type == "sourced" and of(text).speaker_canonical == canonical, (text, of(text))
    assert of("Can you confirm?").claim_type == "sourced" and of("Can you confirm?").speaker_canonical == asker
    assert of("Any update on the visit?").speaker_canonical == "anonymous"


def test_an_unnamed_reporter_among_named_ones_asks_without_a_heading(nlp):
    text = BRIEFING.format(office="Official Spokesperson", name="Shri Karan Mehrotra", asker="Priya Raghavan",
                           outlet="The Hindu").split("\n\n", 1)[1]
    found = claim_attributions(nlp, text)
    att = next(a for t, a in found if "Any update on the visit?" in t)
    assert att.claim_type == "sourced" and att.speaker_canonical == "anonymous", att


@pytest.mark.parametrize("text", [
    "This paper shows that the recovery is shallow.",
    "This masthead welcomed the ambition while warning that targets are easy to announce.",
    "According to our survey, a third of households were in arrears.",
    "According to my own count, the council spent too much.",
    "According to our calculations, the fund is short.",
])
def test_the_texts_own_work_and_count_are_its_voice(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial", text


@pytest.mark.parametrize("text,speaker", [
    ("The OECD published a report on Monday. This report argues that the recovery is shallow.", "This report"),
    ("YouGov surveyed 2,000 adults. This poll found that 41% now back a wealth tax.", "This poll"),
    ("The watchdog published its annual review. This report warns that bills will rise again.", "This report"),
    ("According to my doctor, the pills are safe.", "my doctor"),
    ("According to my sources, the minister will resign.", "my sources"),
])
def test_someone_elses_report_or_word_is_sourced(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("text,speaker", [
    ("Strength training and adequate protein help, Dr. Okonkwo says.", "Dr. Okonkwo"),
    ("Rest days help, Dr. Lee says.", "Dr. Lee"),
    ("It was cut in the late 1970s, largely by hand, Levan told me; before then the way in was on horseback.",
     "Levan"),
    ("The plant closed in 2019, after the flood, the owner told us.", "the owner"),
    ("The share of households unable to keep warm fell to 9.2% in 2024, Eurostat data show.", "data"),
    ("Prices fell by 3%, official data show.", "data"),
    ("Rents rose by 4%, census data show.", "census data"),
    ("Sleep and exercise matter, Dr. Patel says.", "Dr. Patel"),
    ("Rest helps, the coach says.", "the coach"),
])
def test_a_cue_trailing_its_clause_however_parsed(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("text", [
    "We left early, because Anna told me.",
    "The plant closed in 2019 after the owners told us nothing.",
    "Exemptions are available to schools that can show they need them.",
    "Grants go to hospitals that can prove they lost money.",
    "Three documents were leaked to the paper: the budget, the memo, the police report.",
    "Every school knows that funding is tight this year.",
    "Every employer knows that good staff are hard to find.",
])
def test_a_cue_in_a_clause_of_its_own_reports_nothing_before_it(attribute, text):
    assert last_attribution(attribute, text).claim_type == "editorial", text


@pytest.mark.parametrize("text,speaker", [
    ("But it is not for everyone, and the American Diabetes Association advises people taking insulin to talk to "
     "their doctor first.", "the American Diabetes Association"),
    ("The council urged drivers using the bridge to slow down.", "The council"),
    ("Suppliers in Germany reported average debts of €1,150 per household.", "Suppliers"),
    ("Hospitals reported 300 new cases on Monday.", "Hospitals"),
    ("Doctors generally advise against fasting during pregnancy.", "Doctors"),
    ("The panel recommended against new trials.", "The panel"),
    ("She argued against the merger.", "She"),
])
def test_speech_acts_and_figures_reported_by_bodies(attribute, text, speaker):
    att = last_attribution(attribute, text)
    assert att.claim_type == "sourced" and att.speaker == speaker, (text, att)


@pytest.mark.parametrize("first,source", [
    ("According to the report, the headroom has been rebuilt to £21.7bn.", "report"),
    ("According to the watchdog's forecast, growth will slow.", "watchdog's forecast"),
])
def test_it_after_according_to_is_what_was_cited(nlp, first, source):
    found = claim_attributions(nlp, f'{first} It also warns that the outlook is "highly uncertain".')
    att = found[-1][1]
    assert att.claim_type == "sourced" and att.speaker_canonical == source, att


@pytest.mark.parametrize("text", [
    "According to the minister, the headroom was raised. It also warns that the outlook is uncertain.",
    "According to the census, the town's population fell by a third. It shows how badly the closures hit.",
    "According to the report, the factory closed in 2019. It suggests that the decline began earlier.",
])
def test_it_after_according_to_is_no_one_else(nlp, text):
    found = claim_attributions(nlp, text)
    assert found[-1][1].claim_type == "editorial", found[-1]


def test_a_former_post_elsewhere_in_a_description_does_not_block_the_office(nlp):
    att = claim_attributions(nlp, "Rachel Reeves, a former Bank of England economist who became chancellor in July, "
                                  "spoke in Leeds. The chancellor said the plan was fair.")[-1][1]
    assert att.speaker_canonical == "Rachel Reeves", att


@pytest.mark.parametrize("other", ["shadow", "former", "deputy"])
def test_the_title_is_not_the_holder_of_another_office(nlp, other):
    text = (f"The chancellor, Miriam Holt, extended the freeze. The {other} chancellor, Edward Carrick, accused the "
            f"government of stealth. The chancellor also announced a childcare plan.")
    att = claim_attributions(nlp, text)[-1][1]
    assert att.speaker_canonical == "Miriam Holt", att
    att = claim_attributions(nlp, f"{text} The {other} chancellor said it was theft.")[-1][1]
    assert att.speaker_canonical == "Edward Carrick", att


@pytest.mark.parametrize("line,speaker,canonical", [
    ("IFS: 'A budget that asks a lot of the middle'", "IFS", "IFS"),
    ("Carrick: 'A budget for the Treasury, not for families'", "Carrick", "Edward Carrick"),
    ("Keir Starmer: “We will not raise taxes on working people.”", "Keir Starmer", "Keir Starmer"),
])
def test_a_headline_credits_its_quote_before_a_colon(nlp, line, speaker, canonical):
    found = claim_attributions(nlp, f"Edward Carrick spoke first.\n\n{line}\n\nThe debate went on.")
    att = next(a for t, a in found if t.startswith(line[:8]))
    assert att.claim_type == "sourced" and att.speaker == speaker and att.speaker_canonical == canonical, att


@pytest.mark.parametrize("line", ["Note: 'all figures are provisional'", "UPDATE: 'the road is closed'",
                                  'Gaza: "We have nothing left to eat"', 'Monday: "The worst day of my career"',
                                  'Brexit: "The biggest mistake in a generation"', 'Glastonbury: "Best line-up ever"'])
def test_a_label_before_a_colon_credits_no_one(nlp, line):
    found = claim_attributions(nlp, f"The council met.\n\n{line}\n\nThe debate went on.")
    att = next(a for t, a in found if t.startswith(line[:4]))
    assert att.speaker == "", att
