"""A hard-wrapped text whose lines were cut inside a word, with or without a hyphen ("acc-" / "ounts", "fri" /
"endship"), gets the word back whole; real hyphens and ordinary breaks between words stay."""

from .conftest import cleaned

WRAPPED = """The friendship that outlived its speeches

By Jalil Qureshi

WHEN Zhou Enlai landed in Karachi in February 1964, the
crowds that lined the road from the airport were, by most acc-
ounts, the largest any visiting leader had drawn. Sixty
years on, officials rarely made speeches about fri
endship; they simply turned up. A Chinese vice-minister
told his Pakistani coun
terparts that firms would not invest. As one Beijing
jour
nal put it, a friend who keeps two diaries should not be
surprised when the other side keeps one too. The long-
standing ties held, and the multibillion-
dollar corridor went on being built across the mountains.
"""


def test_words_cut_by_the_wrap_are_whole():
    _, clean = cleaned(WRAPPED)
    for word in ("accounts,", "friendship;", "counterparts", "journal"):
        assert word in clean.text.split(), (word, clean.text)
    assert "long-standing" in clean.text and "multibillion-dollar" in clean.text
    assert "most accounts, the largest" in clean.text and "As one Beijing journal put it" in clean.text
