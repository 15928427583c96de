from claimscope.components.quotes import find_quotes, outermost
from hypothesis import given, settings
from hypothesis import strategies as st


def spans(text):
    return [text[q.start:q.end] for q in outermost(find_quotes(text))]


def test_every_mark_style():
    assert spans("A “curly” b \"straight\" c «guillemet» d ‘single’.") == ["curly", "straight", "guillemet", "single"]


def test_apostrophes_are_not_quotes():
    assert spans("Pakistan’s army and the states’ interests don’t change.") == []


def test_stray_closing_mark_in_the_next_paragraph_does_not_extend_the_quote():
    for text in ("He stated: “Pakistan wants peace.\n\nGen Gerasimov said Russia agreed.” He noted that.",
                 'She wrote: "The budget is late.\n\nThe mayor replied that it was on time." Later, more.'):
        (q,) = outermost(find_quotes(text))
        assert not q.closed and "\n" not in text[q.start:q.end]


def test_unclosed_quote_ends_at_paragraph():
    text = "It said that “issues were discussed\n\nThe army chief left."
    (q,) = outermost(find_quotes(text))
    assert not q.closed and text[q.start:q.end] == "issues were discussed"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n“”\"‘’«»'")), max_size=80))
def test_never_raises_and_spans_are_inside_text(text):
    for q in find_quotes(text):
        assert 0 <= q.start <= q.end <= len(text)


def test_quote_reopened_in_the_next_paragraph_runs_on():
    text = 'He said: "Moves to reduce the backlog are welcome.\n\n"After months of worry, it is not fair."\n\nNext.'
    (q,) = outermost(find_quotes(text))
    assert text[q.start:q.end].endswith("it is not fair.") and "Moves" in text[q.start:q.end]


def test_a_quote_glued_after_a_full_stop_and_to_its_cue_pairs_its_own_marks(nlp):
    from claimscope.api import analyze

    for name, said in (("Hartwell", "she said"), ("Osei", "he added"), ("Brandt", "said Brandt")):
        text = (f"Election watch\n\n{name} spoke at the hall on Friday. She then turned to trade.\"The people here "
                f"are tired of being ignored,\"{said}. \"They are tired of being told to wait.\"")
        claims = analyze(text, nlp=nlp).claims
        quoted = [c for c in claims if "tired of being" in c.text]
        assert [c.claim_type for c in quoted] == ["sourced", "sourced"], [(c.text, c.rule) for c in quoted]
        assert "tired of being ignored" in quoted[0].quote


def test_straight_single_marks_quote_and_apostrophes_inside_do_not_close():
    text = ("'We've got a signed agreement,' he told ABC radio. 'Nobody here wants this, but I'd be misleading "
            "you.' The club's chairman said it was 'very clear from day one'.")
    assert spans(text) == ["We've got a signed agreement,", "Nobody here wants this, but I'd be misleading you.",
                           "very clear from day one"]


def test_curly_single_quotes_with_apostrophes_inside():
    assert spans("‘We’ve lost money since 2019,’ she said. ‘That’s not a business, it’s a charity.’") == [
        "We’ve lost money since 2019,", "That’s not a business, it’s a charity."]


def test_elisions_and_possessives_with_straight_marks_are_not_quotes():
    assert spans("Music of the '90s, rock 'n' roll and the players' union; it's the Smiths' house.") == []


def test_a_straight_single_mark_left_open_is_no_quote():
    assert spans("The 'great' escape began when O'Brien said 'nothing\n\nNext paragraph.") == ["great"]


def test_a_possessive_or_dropped_g_inside_a_straight_single_quote_does_not_close_it():
    assert spans("'It's the workers' turn now,' she said.") == ["It's the workers' turn now,"]
    assert spans("'We were rockin' all night long,' he said.") == ["We were rockin' all night long,"]
    assert spans("He stayed 'cos the team needed him, and the fans' reaction was warm.") == []
