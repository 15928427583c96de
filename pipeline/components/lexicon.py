"""The attribution and speaker lexicons, read once from `models/`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..resources import load_lines, load_toml


@dataclass(frozen=True)
class Lexicon:
    """Cue verbs and nouns, speaker head nouns by type, pronouns and titles."""

    cue_verbs: dict[str, str]  # lemma -> neutral | loaded | cognition
    phrasal: dict[str, frozenset[str]]
    document_nouns: frozenset[str]
    content_nouns: frozenset[str]
    adjectives: frozenset[str]
    source_preps: dict[str, str]
    object_cues: frozenset[str]
    according_to: tuple[str, ...]
    speaker_nouns: dict[str, str]  # head noun -> speaker_type
    pronouns: dict[str, str]
    first_person: frozenset[str]
    gender_words: dict[str, str]
    titles: tuple[str, ...]  # multi-word first

    def cue_kind(self, lemma: str) -> str:
        """neutral, loaded or cognition for a cue lemma; '' for a non-cue."""
        return self.cue_verbs.get(lemma.lower(), "")


@lru_cache(maxsize=8)
def load_lexicon(models: str | None = None) -> Lexicon:
    """Build the Lexicon from cues.toml, speakers.toml and titles.txt."""
    cues = load_toml("cues.toml", models)
    spk = load_toml("speakers.toml", models)
    verbs: dict[str, str] = {}
    for kind in ("cognition", "loaded", "neutral"):  # a lemma listed twice keeps the later kind
        for lemma in cues["verbs"].get(kind, []):
            verbs[lemma] = kind
    speaker_nouns: dict[str, str] = {}
    for kind in ("person", "organisation", "anonymous", "document", "media"):
        for noun in spk.get(kind, []):
            speaker_nouns[noun] = kind
    gender = {w: g for g, words in spk.get("gender", {}).items() for w in words}
    titles = sorted({t.lower().rstrip(".") for t in load_lines("titles.txt", models)},
                    key=lambda t: (-len(t.split()), t))
    return Lexicon(
        cue_verbs=verbs,
        phrasal={k: frozenset(v) for k, v in cues.get("phrasal", {}).items()},
        document_nouns=frozenset(cues["nouns"].get("document", [])),
        content_nouns=frozenset(cues["nouns"].get("content", [])),
        adjectives=frozenset(cues.get("adjectives", {}).get("stance", [])),
        source_preps=dict(cues.get("source_prepositions", {})),
        object_cues=frozenset(cues.get("objects", {}).get("cues", [])),
        according_to=tuple(cues["phrases"].get("according_to", [])),
        speaker_nouns=speaker_nouns,
        pronouns=dict(spk.get("pronouns", {})),
        first_person=frozenset(spk.get("first_person", [])),
        gender_words=gender,
        titles=tuple(titles),
    )
