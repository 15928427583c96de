"""A day or a weekend in a clause of what must or should be done is the one to come ("The two sides must
return to talks this weekend", on a Thursday); in a past clause it is the one just gone."""

import pytest

from .conftest import dated_doc


def _values(nlp, text, published):
    doc = dated_doc(nlp, text, published)
    return {e.text: e._.value for e in doc.ents if e.label_ == "DATE"}


@pytest.mark.parametrize("text, value", [
    ("The two sides must return to talks this weekend and stay there.", "2025-03-15/2025-03-16"),
    ("Ministers should settle the dispute this weekend.", "2025-03-15/2025-03-16"),
    ("The council needs to publish the plan this weekend.", "2025-03-15/2025-03-16"),
    ("The two sides met this weekend.", "2025-03-08/2025-03-09"),
    ("Talks should resume this Friday.", "2025-03-14"),
])
def test_what_must_be_done_this_weekend_is_to_come(nlp, text, value):
    assert value in _values(nlp, text, "2025-03-13").values()  # a Thursday


def test_on_a_saturday_this_weekend_is_the_one_under_way(nlp):
    assert "2025-03-15/2025-03-16" in _values(nlp, "Both sides must return to talks this weekend.",
                                              "2025-03-15").values()
