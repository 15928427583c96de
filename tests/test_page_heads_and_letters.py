"""A scraped page's menu one item a line, a headline over its standfirst and byline, a page's prompts and link lists;
a letter's letterhead, salutation, closing, signature and postscript, and a date line with no year."""

import pytest
from claimscope.pageheads import menu_run

from .conftest import cleaned

MENU_PAGE = """Skip to Content
{site}
News
Middle East
Africa
Opinion
Sport
Opinion | Climate Crisis
{title}
{standfirst}
By {author}
Published On 14 Mar 2024
Save articles to read later and create your own reading list.
Click here to share on social media
share2

{body}

{author} is a journalist who covers climate and displacement.
The views expressed in this article are the author's own.

Advertisement
Related
Niger's military rulers expel aid agency chief as tensions rise
Lake Chad: the shrinking water that feeds 30 million people
Listen to these articles
Follow {site} on social media
About
Contact us
Terms and conditions
"""


# Body paragraphs on long lines, as a page gives them.
BODY = ("Last month, the agency published its annual overview for the region, and its numbers should shame every "
        "capital that sent a delegation to the last conference.\n\nThese are not abstract figures. I spent the first "
        "two weeks of February on the eastern shore of the lake, and I watched families take down their huts. I spent "
        "two weeks in the town.")


@pytest.mark.parametrize("site,title,standfirst,author", [
    ("Al Mirqab Network", "The Sahel cannot wait for another donor conference",
     "Pledges made in Geneva have gone unpaid while the lake dries out.", "Amina Tchiroma"),
    ("The Daily Ledger", "Why the river towns are emptying", "A decade of closures has left few jobs and fewer buses.",
     "Tom Whitcombe"),
])
def test_a_menu_one_item_a_line_is_no_body(site, title, standfirst, author):
    doc, clean = cleaned(MENU_PAGE.format(site=site, title=title, standfirst=standfirst, author=author,
                                         body=BODY))
    assert (doc.title, doc.author, doc.published) == (title, author, "14 Mar 2024")
    paragraphs = clean.text.split("\n\n")
    assert paragraphs[0].startswith("Last month") and paragraphs[-1].endswith("I spent two weeks in the town.")


@pytest.mark.parametrize("head,title,author", [
    ("Opinion\nThe chancellor's childcare miracle is a very British kind of magic\nFree hours for toddlers sound "
     "generous until you ask who is meant to\nprovide them\nHelen Marsh\nTue 5 Mar 2024 07.00 GMT",
     "The chancellor's childcare miracle is a very British kind of magic", "Helen Marsh"),
    ("Washington's climate cops want to run your kitchen. Just say no.\nBy Garrett Lyle | Fox News\nPublished March "
     "8, 2024 6:00am EDT", "Washington's climate cops want to run your kitchen. Just say no.", "Garrett Lyle"),
    ("Home | News | Opinion | Sport | Culture\nOpinion > Family life\nSearch   Sign in   Subscribe\n\nLet them be "
     "bored: the case for empty afternoons\nOur children's schedules are full to the brim, and a little nothing "
     "helps\n\nBy Rachel Hartigan-Moore\nUpdated Tue 12 Mar 2024 06.00 GMT",
     "Let them be bored: the case for empty afternoons", "Rachel Hartigan-Moore"),
])
def test_a_headline_over_its_standfirst_and_byline(head, title, author):
    doc, clean = cleaned(head + "\n\nThere is a kind of announcement that chancellors love. It costs nothing.\n")
    assert (doc.title, doc.author) == (title, author)
    assert clean.text.startswith("There is a kind of announcement")


@pytest.mark.parametrize("menu", ["Skip to content\nNews\nWorld\nPolitics\nBusiness",
                                  "Home\nLocal\nSport\nOpinion\nOpinion | Editorial"])
def test_a_short_headline_under_a_menu_stays_the_headline(menu):
    doc, clean = cleaned(f"{menu}\nLibraries Deserve Better\nBy Ann Lee\nMarch 3, 2024\n\nThe council approved the "
                         "budget on Tuesday after a long debate about the branches.\n")
    assert (doc.title, doc.author, doc.published) == ("Libraries Deserve Better", "Ann Lee", "March 3, 2024")
    assert clean.text.startswith("The council approved")


def test_a_letterheads_address_is_no_standfirst():
    doc, _ = cleaned("THE HOLLOWAY RIVER LITERACY TRUST\n14 Mercer Lane, Dunmore Falls, OR 97355\nTel. (541) 555-0178"
                     "\n\n8-May-2006\n\nDear Friend,\n\nLast winter a girl read a whole page aloud.\n")
    assert doc.title == "" and doc.published == "8-May-2006"
    assert doc.text.strip().startswith("Dear Friend,")


def test_short_lines_apart_are_no_menu():
    poem = ["Roses", "Are red", "", "Violets", "Are blue", "", "Sugar is sweet."]
    assert menu_run(poem, [i for i, x in enumerate(poem) if x]) == 0


def test_a_box_drawn_around_a_signup_form_and_a_topics_line_are_dropped():
    _, clean = cleaned("Title of the piece\n\nBy Ann Lee\n\nThe first paragraph of the essay.\n\n"
                       "+----------------------------------------+\n| Sign up to The Thursday Letter         |\n"
                       "| Enter your email address [ Sign up ]   |\n+----------------------------------------+\n\n"
                       "The second paragraph of the essay.\n\nTopics: Parenting | Children | Education\n")
    assert clean.text.split("\n\n") == ["The first paragraph of the essay.", "The second paragraph of the essay."]


LETTER = """{letterhead}

{date}

Dear {addressee},

Your letter came yesterday and I read it twice before supper. Mother says I work too hard.

I will write again next week.

{closing}

{name}
{role}

P.S. {ps}
"""


@pytest.mark.parametrize("letterhead,date,addressee,closing,name,role,ps", [
    ("THE HOLLOWAY RIVER LITERACY TRUST\n14 Mercer Lane, Dunmore Falls, OR 97355", "8-May-2006", "Friend",
     "With gratitude and hope,", "Margaret A. Quinlan", "Executive Director",
     "Talia has now read four books on her own."),
    ("12 Orchard Row\nAltoona, Pa.", "Sept15,1946", "Aunt Cora", "Your loving nephew,", "Harold Kemp", "",
     "Dad says to tell you the Packard still runs."),
])
def test_a_letters_parts_are_no_claims(nlp, letterhead, date, addressee, closing, name, role, ps):
    from claimscope.claims import claim_spans

    doc, clean = cleaned(LETTER.format(letterhead=letterhead, date=date, addressee=addressee, closing=closing,
                                       name=name, role=role, ps=ps))
    assert doc.author == name and doc.published == date
    claims = [s.text for s in claim_spans(nlp(clean.text))]
    assert claims[0].startswith("Your letter came yesterday") and claims[-1] == f"P.S. {ps}", claims
    assert not any(c.startswith(("Dear", closing, name)) for c in claims), claims


def test_a_date_line_without_its_year_takes_the_year_its_weekday_fits():
    from claimscope.published import resolve_published

    doc, clean = cleaned("Thursday, May 30th\n\nDear Aunt Cora,\n\nThe Army let me go in February of 1946, and I "
                         "have slept late ever since.\n\nYour loving nephew,\n\nHarold\n")
    assert doc.title == "" and doc.author == "Harold"
    assert resolve_published(doc, clean.text)[0] == "1946-05-30"


@pytest.mark.parametrize("header", [
    "REMARKS AS DELIVERED\nMeg Alcott for Senate\nRally at the Lorain County Fairgrounds, Wellington, Ohio\n"
    "Saturday, October 19, 2024",
    "Governor Ruth Alvarez\nAddress to the State Farm Bureau, Des Moines\nTuesday, March 4, 2025",
])
def test_header_lines_above_a_speechs_date_are_no_claims(header):
    doc, clean = cleaned(f"{header}\n\nALCOTT: Thank you! Thank you, Lorain County! Please, sit down.\n")
    assert doc.published.split(", ", 1)[-1] in header and clean.text.startswith("ALCOTT: Thank you!")


@pytest.mark.parametrize("direction", ['(CROWD CHANTING "MEG! MEG! MEG!")', "(Audience laughter)",
                                       '(SUPPORTERS CHANTING "FOUR MORE YEARS!")'])
def test_a_stage_direction_with_its_chant_is_no_claim(nlp, direction):
    from claimscope.claims import claim_spans

    claims = [s.text for s in claim_spans(nlp(f"We will win this seat. {direction} We will win it for Ohio."))]
    assert claims == ["We will win this seat.", "We will win it for Ohio."], claims


@pytest.mark.parametrize("board", ["THE EDITORIAL BOARD", "The Ledger Editorial Board"])
def test_the_board_above_an_editorials_date_signs_it(board):
    doc, clean = cleaned(f"The city's bus plan deserves a second look\n\n{board}\nApril 2, 2024\n\nMayor Lorraine "
                         "Dubek wants the city to move fast, and the council should slow her down.\n")
    assert (doc.author, doc.published) == (board, "April 2, 2024") and clean.text.startswith("Mayor Lorraine")


@pytest.mark.parametrize("byline", ["By Daniel Okoye", "Daniel Okoye"])
def test_a_menu_of_three_items_over_a_headline_and_a_byline(byline):
    doc, clean = cleaned(f"Home\nNews\nSport\nSchools brace for another year of cuts\n{byline}\n12 September 2024\n\n"
                         "The head teacher of Millbrook Primary has seen three budgets cut in four years.\n")
    assert (doc.title, doc.author) == ("Schools brace for another year of cuts", "Daniel Okoye")
    assert clean.text.startswith("The head teacher")


@pytest.mark.parametrize("head,title,author", [
    ("FOOTBALL  >  PREMIER DIVISION  >  COLUMN\n\nHarbridge finally find their nerve\n\nBy Declan Fairweather",
     "Harbridge finally find their nerve", "Declan Fairweather"),
    ("BOOKS | THE WEEKEND INTERVIEW\n\n'My mother said I'd never finish it': Adaeze Korhonen\n\nInterview by Lucas "
     "Brennan-Whitby", "'My mother said I'd never finish it': Adaeze Korhonen", "Lucas Brennan-Whitby"),
    ("ON THE DUTY OF THE FREE STATES\nAn Address by the Hon. Josiah Whitcombe Ashby",
     "ON THE DUTY OF THE FREE STATES", "Josiah Whitcombe Ashby"),
])
def test_a_label_in_capitals_and_bylines_of_an_interview_or_an_address(head, title, author):
    doc, clean = cleaned(f"{head}\n\nAdaeze Korhonen's third novel follows three generations of a family of fish "
                         "traders across sixty years.\n")
    assert (doc.title, doc.author) == (title, author)


def test_an_obituarys_foot_dates_it():
    doc, clean = cleaned("Margaret Darrow\nApril 2, 1938 – January 19, 2025\n\nMargaret Darrow, who taught three "
                         "generations of children to read, died peacefully at home.\n\nPublished in the Cedar Falls "
                         "Courier on January 22, 2025.\n")
    assert doc.published.startswith("January 22, 2025") and clean.text.endswith("died peacefully at home.")


@pytest.mark.parametrize("closing", ["With all my love,\n\nYour son,", "Your friend,", "With love,"])
def test_a_familys_closings_sign_a_letter(closing):
    doc, clean = cleaned("Lagos, 3rd March 1962\n\nDearest Mum and Dad,\n\nYour letter arrived last Tuesday, which is "
                         f"quick going for airmail.\n\n{closing}\nPeter\n\nP.S. I enclose two stamps.\n")
    assert doc.author == "Peter" and clean.text.endswith("P.S. I enclose two stamps.")


@pytest.mark.parametrize("salutation", ["My darling Ellen,", "To whom it may concern,"])
@pytest.mark.parametrize("closing", ["Yours in friendship,", "Lots of love,", "Love always,"])
def test_any_short_closing_over_a_name_signs_a_letter(nlp, salutation, closing):
    from claimscope.claims import claim_spans

    doc, clean = cleaned(f"Lagos, 3rd March 1962\n\n{salutation}\n\nYour letter arrived last Tuesday, which is quick "
                         f"going for airmail.\n\n{closing}\nAgnes Whitley\n")
    claims = [s.text for s in claim_spans(nlp(clean.text))]
    assert doc.author == "Agnes Whitley" and claims == ["Your letter arrived last Tuesday, which is quick going for "
                                                        "airmail."], claims


@pytest.mark.parametrize("line,title,date", [
    ("Remarks by President Marsh in an Address to the Nation on Rural Broadband | The White House | March 12, 2025",
     "Remarks by President Marsh in an Address to the Nation on Rural Broadband", "March 12, 2025"),
    ("Council approves the riverside plan | Harbour Ledger | 4 June 2024", "Council approves the riverside plan",
     "4 June 2024"),
])
def test_a_headline_site_and_date_on_one_line(line, title, date):
    doc, clean = cleaned(f"{line}\n\nEast Room\n\n8:02 P.M. EDT\n\nTHE PRESIDENT: Thank you. Please, be seated.\n")
    assert (doc.title, doc.published) == (title, date) and "8:02" not in clean.text


def test_a_follow_line_its_social_links_a_repeated_date_and_a_longer_disclaimer():
    page = ("Skip to content\nGulf Horizon\nHome\nNews\nOpinion\nSport\nFollow Gulf Horizon:\nFacebook\nX\n"
            "Instagram\nYouTube\n\nOpinion | Refugees\n\nThe world has learned to look away from Adré\n\n"
            "Published On 22 Feb 2024\n22 Feb 2024\n\nMore than 600,000 Sudanese have fled into eastern Chad, and "
            "the money to keep them alive is running out.\n\nThe views expressed in this article are the author’s "
            "own and do not necessarily reflect Gulf Horizon’s editorial stance.\n\nRelated\nExplainer: Who is "
            "fighting in Sudan and why?\nInside the camps on the border\n")
    doc, clean = cleaned(page)
    assert (doc.title, doc.published) == ("The world has learned to look away from Adré", "22 Feb 2024")
    assert clean.text == ("More than 600,000 Sudanese have fled into eastern Chad, and the money to keep them alive is "
                          "running out.")


@pytest.mark.parametrize("paper,headline,under", [
    ("THE NORTH STAR TRIBUNE", "Editorial: The governor's school math doesn't add up", "April 14, 2024"),
    ("The Valley Courier", "Letters to the Editor", "Sunday, May 5, 2024"),
    ("The Harbour Ledger", "Council approves the riverside plan", "By Ann Lee"),
])
def test_a_papers_name_over_the_headline_is_no_title(paper, headline, under):
    doc, clean = cleaned(f"{paper}\n\n{headline}\n\n{under}\n\nFor three months now, the city has been stuck, and "
                         "the deadline is no longer a distant abstraction.\n")
    assert doc.title == headline and clean.text.startswith("For three months now")


def test_a_short_headline_alone_is_still_the_title():
    doc, _ = cleaned("Libraries Deserve Better\n\nThe council approved the budget on Tuesday after a long debate.\n")
    assert doc.title == "Libraries Deserve Better"
