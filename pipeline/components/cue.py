"""A reporting cue a sentence's candidates are made of, and which of a sentence's cues governs it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .speakers import Speaker
from .util import depth


@dataclass
class Cue:
    """A reporting cue found in a sentence."""

    token: Token
    text: str
    kind: str
    form: str  # indirect | according_to | quote
    speaker: Speaker
    content: Span | None = None
    first_person: bool = False
    distance: int = 0  # characters to the quote a quote cue introduces
    hypothetical: bool = False  # generic, modal or questioned: "Did anyone think ...?", "Some might say"
    via: str = "clause"  # the construction: clause, aside, parenthetical, frame, speech_act, object, passive,
    # raising ("X is said to have"), quote, colon, introduction, dash, according_to, noun ("the hope that"),
    # adjective ("are concerned that"), predicative ("made it clear that")


# Speaker types that can introduce a quote without a cue verb: a voice, not a document or a place.
VOICES = ("person", "organisation", "country", "media", "anonymous")


def best_cue(cues: list[Cue]) -> Cue | None:
    """The cue that governs a sentence: an explicit "according to X" (it sources everything in the
    sentence), then quote cues (the nearest to its quote first), then the highest in the parse tree;
    "citing"/"quoting" X last, as they name the source's source."""
    if not cues:
        return None

    def nested(c: Cue) -> bool:
        """Inside what another cue reports ("Heald said although temperature is known to ...", "I suspect
        the secretary knows this"); an aside's sentence holds only the cues after it ("As Heald told the Post,
        the minister said"; in "X finds that ..., as Y predicted" X reports and Y's aside comments)."""
        return any(o is not c and o.content is not None and (o.via != "aside" or o.token.i < c.token.i)
                   and o.content.start <= c.token.i < o.content.end for o in cues)

    def rank(c: Cue) -> tuple:
        relay = c.text.lower() in ("citing", "quoting")
        explicit = c.form == "according_to" and not relay
        return (relay, nested(c), c.first_person or c.hypothetical, not explicit, c.form != "quote", c.distance,
                depth(c.token), c.token.i)

    return min(cues, key=rank)


def bare_cue(cues: list[Cue]) -> bool:
    """A cue with no content of its own ("He said:") introduces the following quote."""
    return any(c.form == "quote" or (c.content is not None and len(c.content) <= 2) for c in cues)
