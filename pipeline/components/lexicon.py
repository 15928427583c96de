"""The attribution and speaker lexicons, read once from `models/`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..resources import RuleFileError, line_of_key, load_lines, load_toml, models_dir, numbered_lines


@dataclass(frozen=True)
class Lexicon:
    """Cue verbs and nouns, speaker head nouns by type, pronouns and titles."""

    cue_verbs: dict[str, str]  # lemma -> neutral | loaded | cognition
    phrasal: dict[str, frozenset[str]]
    unphrasal: dict[str, frozenset[str]]  # "flagged down a taxi": with these particles no report
    document_nouns: frozenset[str]
    content_nouns: frozenset[str]
    made_nouns: frozenset[str]  # "made the point that", "The point is made in X that"
    view_nouns: frozenset[str]  # "in the mayor's view", "by her own account"
    counted_nouns: frozenset[str]  # "by one count", "by some estimates"
    adjectives: frozenset[str]
    source_preps: dict[str, str]
    object_cues: frozenset[str]
    document_object_cues: frozenset[str]  # "A study found no effect": an object reported by a document
    estimate_cues: frozenset[str]  # "The budget office projects a deficit of $1.9 trillion": a figure estimated
    according_to: tuple[str, ...]
    speaker_nouns: dict[str, str]  # head noun -> speaker_type
    pronouns: dict[str, str]
    first_person: frozenset[str]
    gender_words: dict[str, str]
    titles: tuple[str, ...]  # multi-word first
    required_objects: dict[str, frozenset[str]]  # cue -> the objects it needs ("put" -> "it")
    aside_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    speech_act_objects: frozenset[str]
    judged_as: frozenset[str]  # "classified X as carcinogenic", "is described as a draw"
    speech_act_preps: dict[str, frozenset[str]]  # "called for", "warned of" / "warned against"
    refusals: frozenset[str]
    infinitive_acts: frozenset[str]
    infinitive_preps: dict[str, frozenset[str]]  # "call" -> on, upon: "called on X to act"
    infinitive_objects: frozenset[str]  # "ask": "asked the council to delay"
    declared_objects: dict[str, frozenset[str]]  # "declare" -> victory: "declared victory"
    intransitive_acts: frozenset[str]  # "concede": "Brandt conceded"
    evaluative_acts: frozenset[str]  # "called the plan a disaster"
    gerund_acts: frozenset[str]  # "denies giving it"
    refused: frozenset[str]
    refused_passive: frozenset[str]  # refused only in the passive: "declined to be interviewed"
    reporting_passives: frozenset[str]
    receiving_verbs: frozenset[str]  # "heard from X that ...": X is the source
    hearing_bodies: frozenset[str]  # "The court heard that ...": evidence given by someone unnamed
    expletive_passives: frozenset[str]  # "It was found that ...", only with an expletive subject
    predicative_cues: dict[str, frozenset[str]]  # "make" -> "clear": "made it clear that ..."
    non_speakers: frozenset[str]
    company_nouns: frozenset[str]  # "the company", "the broker": the company a story is about
    body_nouns: frozenset[str]  # "the group", "the regulator": the body just named
    company_name_words: frozenset[str]  # "Minerals", "Holdings": the end of a company's name
    leading_verbs: frozenset[str]  # "the committee chaired by X": X leads the body, the body speaks
    funding_verbs: frozenset[str]  # "a study funded by X": X pays for it, the study speaks
    unsourced_data: frozenset[str]  # "The latest figures suggest": data with no named origin
    works: frozenset[str]
    generic_subjects: frozenset[str]
    indefinite_subjects: frozenset[str]  # generic in the present tense: "someone tells you"
    abbreviations: dict[str, str]  # "gen" -> "general"
    media_names: frozenset[str]  # words of outlets' names, media when capitalised
    speaking_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    hypothetical_modals: frozenset[str]
    hypothetical_adverbs: frozenset[str]  # "Perhaps the senators believe that ..."
    unrealised: frozenset[str]  # "wants to say that"
    unrealised_passive: frozenset[str]  # "were urged to explain why"
    unrealised_would: frozenset[str]  # "would like to say"
    conditions: frozenset[str]  # "When a columnist tells readers that ..."
    own_work: frozenset[str]  # "This paper shows": the author's own work
    exhibits: frozenset[str]  # "Table 2 shows"
    first_names: dict[str, str]  # "walter" -> "male": only to rule out a pronoun's antecedent

    def cue_kind(self, lemma: str) -> str:
        """neutral, loaded or cognition for a cue lemma; '' for a non-cue."""
        return self.cue_verbs.get(lemma.lower(), "")


CUE_CLASSES = ("cognition", "loaded", "neutral")
SPEAKER_CLASSES = ("person", "organisation", "anonymous", "document", "media")


def one_class(classes: dict[str, list[str]], path: Path) -> dict[str, str]:
    """Word -> class, from lists of words by class; a word in two classes is an error naming the line.

    >>> one_class({"neutral": ["say"], "loaded": ["claim"]}, Path("cues.toml"))
    {'say': 'neutral', 'claim': 'loaded'}
    """
    out: dict[str, str] = {}
    for kind, words in classes.items():
        for word in words:
            if word in out and out[word] != kind:
                first = out[word]
                raise RuleFileError(f"{path}:{_line_of(path, word, kind)}: '{word}' is listed as {kind} here and as "
                                    f"{first} at line {_line_of(path, word, first)}; keep it in one class")
            out[word] = kind
    return out


def _line_of(path: Path, word: str, kind: str) -> int:
    """The line of a word's listing in the class `kind` (the class whose list holds the later one)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return 0
    start = next((i for i, ln in enumerate(lines) if re.match(rf"\s*{kind}\s*=", ln)), 0)
    return next((i + 1 for i, ln in enumerate(lines) if i >= start and f'"{word}"' in ln), start + 1)


LEXICON_FILES = ("cues.toml", "speakers.toml", "titles.txt", "first_names.tsv")
GENDERS = frozenset({"male", "female"})

# The keys each table of the two lexicons may hold (None: any key, a word -> value table). A list that
# lands in the wrong table (a table header inserted above it) is an error, not a silently empty list.
LEXICON_KEYS: dict[str, dict[str, frozenset[str] | None]] = {
    "cues.toml": {
        "": frozenset({"verbs", "adjectives", "objects", "asides", "speech_acts", "naming", "hypothetical", "passive",
                       "predicative", "source_prepositions", "phrasal", "unphrasal", "nouns", "phrases", "received"}),
        "verbs": frozenset(CUE_CLASSES), "adjectives": frozenset({"stance"}),
        "objects": frozenset({"cues", "documents", "estimates", "required"}),
        "asides": frozenset({"verbs", "addressed"}),
        "speech_acts": frozenset({"object", "preposition", "gerund", "infinitive", "infinitive_through",
                                  "infinitive_object", "refusal", "refused", "refused_passive", "evaluative",
                                  "judged_as", "declared", "intransitive"}),
        "naming": frozenset({"verbs"}), "hypothetical": frozenset({"modals", "adverbs", "conditions", "unrealised",
                                                                      "unrealised_passive", "unrealised_would"}),
        "passive": frozenset({"reporting", "expletive"}), "received": frozenset({"verbs", "bodies"}),
        "nouns": frozenset({"document", "content", "made", "possessed", "counted"}),
        "phrases": frozenset({"according_to"}), "predicative": None, "source_prepositions": None, "phrasal": None,
        "unphrasal": None,
    },
    "speakers.toml": {
        "": frozenset({"first_person", "media_names", "pronouns", "gender", "non_speakers", "authorial", "persons",
                       "abbreviations", "descriptions", *SPEAKER_CLASSES}),
        "gender": frozenset({"male", "female"}), "non_speakers": frozenset({"abstract", "unsourced_data", "works",
                                                                           "generic", "indefinite"}),
        "authorial": frozenset({"own_work", "exhibits"}), "persons": frozenset({"speaking_verbs"}),
        "descriptions": frozenset({"company", "bodies", "leading", "funding", "company_names"}),
        "pronouns": None, "abbreviations": None,
    },
}


def check_keys(data: dict, name: str, path: Path) -> None:
    """Every key of a lexicon file in a table that reads it; else the file and line of the stray key.

    >>> try:
    ...     check_keys({"gender": {"male": [], "generic": []}}, "speakers.toml", Path("speakers.toml"))
    ... except RuleFileError as e:
    ...     print(e)
    speakers.toml:0: 'generic' is not read in [gender] (it reads female, male); is a table header misplaced?
    """
    known = LEXICON_KEYS[name]
    for key, value in data.items():
        if key not in known[""]:
            raise RuleFileError(f"{path}:{line_of_key(path, key)}: unknown key '{key}'")
        allowed = known.get(key)
        for sub in value if isinstance(value, dict) and allowed is not None else ():
            if sub not in allowed:
                raise RuleFileError(f"{path}:{line_of_key(path, sub)}: '{sub}' is not read in [{key}] (it reads "
                                    f"{', '.join(sorted(allowed))}); is a table header misplaced?")


@lru_cache(maxsize=8)
def load_lexicon(models: str | None = None) -> Lexicon:
    """Build the Lexicon from cues.toml, speakers.toml and titles.txt."""
    cues = load_toml("cues.toml", models)
    spk = load_toml("speakers.toml", models)
    check_keys(cues, "cues.toml", models_dir(models) / "cues.toml")
    check_keys(spk, "speakers.toml", models_dir(models) / "speakers.toml")
    verbs = one_class({k: cues["verbs"].get(k, []) for k in CUE_CLASSES}, models_dir(models) / "cues.toml")
    speaker_nouns = one_class({k: spk.get(k, []) for k in SPEAKER_CLASSES}, models_dir(models) / "speakers.toml")
    media_names = frozenset(spk.get("media_names", []))
    acts = cues.get("speech_acts", {})
    # Lists that refine cue verbs name cue verbs only: a word missing from [verbs] would never be looked at.
    refining = (("reporting", "a reporting passive", cues.get("passive", {}).get("reporting", [])),
                ("expletive", "an expletive passive", cues.get("passive", {}).get("expletive", [])),
                ("cues", "a document's object cue", cues.get("objects", {}).get("documents", {}).get("cues", [])),
                ("gerund", "a gerund speech act", acts.get("gerund", [])))
    for key, what, words in refining:
        for word in words:
            if word not in verbs:
                path = models_dir(models) / "cues.toml"
                raise RuleFileError(f"{path}:{_line_of(path, word, key)}: '{word}' is {what} but not a cue verb; "
                                    "list it under [verbs] too")
    gender = {w: g for g, words in spk.get("gender", {}).items() for w in words}
    titles = sorted({t.lower().rstrip(".") for t in load_lines("titles.txt", models)},
                    key=lambda t: (-len(t.split()), t))
    return Lexicon(
        cue_verbs=verbs,
        phrasal={k: frozenset(v) for k, v in cues.get("phrasal", {}).items()},
        unphrasal={k: frozenset(v) for k, v in cues.get("unphrasal", {}).items()},
        document_nouns=frozenset(cues["nouns"].get("document", [])),
        content_nouns=frozenset(cues["nouns"].get("content", [])),
        made_nouns=frozenset(cues["nouns"].get("made", [])),
        view_nouns=frozenset(cues["nouns"].get("possessed", {}).get("view", [])),
        counted_nouns=frozenset(cues["nouns"].get("counted", [])),
        adjectives=frozenset(cues.get("adjectives", {}).get("stance", [])),
        source_preps=dict(cues.get("source_prepositions", {})),
        object_cues=frozenset(cues.get("objects", {}).get("cues", [])),
        document_object_cues=frozenset(cues.get("objects", {}).get("documents", {}).get("cues", [])),
        estimate_cues=frozenset(cues.get("objects", {}).get("estimates", {}).get("cues", [])),
        according_to=tuple(cues["phrases"].get("according_to", [])),
        speaker_nouns=speaker_nouns,
        pronouns=dict(spk.get("pronouns", {})),
        first_person=frozenset(spk.get("first_person", [])),
        gender_words=gender,
        titles=tuple(titles),
        required_objects={k: frozenset(v) for k, v in cues.get("objects", {}).get("required", {}).items()},
        aside_verbs=frozenset(cues.get("asides", {}).get("verbs", [])),
        addressee_verbs=frozenset(cues.get("asides", {}).get("addressed", [])),
        speech_act_objects=frozenset(acts.get("object", [])),
        judged_as=frozenset(acts.get("judged_as", [])),
        speech_act_preps={k: frozenset([v] if isinstance(v, str) else v)
                          for k, v in acts.get("preposition", {}).items()},
        refusals=frozenset(acts.get("refusal", [])),
        infinitive_acts=frozenset(acts.get("infinitive", [])),
        infinitive_preps={k: frozenset(v) for k, v in acts.get("infinitive_through", {}).items()},
        infinitive_objects=frozenset(acts.get("infinitive_object", [])),
        declared_objects={k: frozenset(v) for k, v in acts.get("declared", {}).items()},
        intransitive_acts=frozenset(acts.get("intransitive", [])),
        evaluative_acts=frozenset(acts.get("evaluative", [])),
        gerund_acts=frozenset(acts.get("gerund", [])),
        refused=frozenset(acts.get("refused", [])),
        refused_passive=frozenset(acts.get("refused_passive", [])),
        reporting_passives=frozenset(cues.get("passive", {}).get("reporting", [])),
        receiving_verbs=frozenset(cues.get("received", {}).get("verbs", [])),
        hearing_bodies=frozenset(cues.get("received", {}).get("bodies", [])),
        expletive_passives=frozenset(cues.get("passive", {}).get("expletive", [])),
        predicative_cues={k: frozenset(v) for k, v in cues.get("predicative", {}).items()},
        non_speakers=frozenset(spk.get("non_speakers", {}).get("abstract", [])),
        company_nouns=frozenset(spk.get("descriptions", {}).get("company", [])),
        body_nouns=frozenset(spk.get("descriptions", {}).get("bodies", [])),
        company_name_words=frozenset(spk.get("descriptions", {}).get("company_names", [])),
        leading_verbs=frozenset(spk.get("descriptions", {}).get("leading", [])),
        funding_verbs=frozenset(spk.get("descriptions", {}).get("funding", [])),
        unsourced_data=frozenset(spk.get("non_speakers", {}).get("unsourced_data", [])),
        works=frozenset(spk.get("non_speakers", {}).get("works", [])),
        generic_subjects=frozenset(spk.get("non_speakers", {}).get("generic", [])),
        indefinite_subjects=frozenset(spk.get("non_speakers", {}).get("indefinite", [])),
        abbreviations=dict(spk.get("abbreviations", {})),
        media_names=media_names,
        speaking_verbs=frozenset(spk.get("persons", {}).get("speaking_verbs", [])),
        naming_verbs=frozenset(cues.get("naming", {}).get("verbs", [])),
        hypothetical_modals=frozenset(cues.get("hypothetical", {}).get("modals", [])),
        hypothetical_adverbs=frozenset(cues.get("hypothetical", {}).get("adverbs", [])),
        conditions=frozenset(cues.get("hypothetical", {}).get("conditions", [])),
        unrealised=frozenset(cues.get("hypothetical", {}).get("unrealised", [])),
        unrealised_passive=frozenset(cues.get("hypothetical", {}).get("unrealised_passive", [])),
        unrealised_would=frozenset(cues.get("hypothetical", {}).get("unrealised_would", [])),
        own_work=frozenset(spk.get("authorial", {}).get("own_work", [])),
        exhibits=frozenset(spk.get("authorial", {}).get("exhibits", [])),
        first_names=first_names(models),
    )


def first_names(models: str | None = None) -> dict[str, str]:
    """first_names.tsv: a lower-case first name, a tab, male or female on each line; else the file and line
    of the first malformed one."""
    names = {}
    if models and not (models_dir(models) / "first_names.tsv").exists():
        models = None  # a rules folder made before this file existed: the shipped names
    for i, line in numbered_lines("first_names.tsv", models):
        fields = line.split("\t")
        if len(fields) != 2 or fields[1] not in GENDERS or not fields[0].isalpha() or fields[0] != fields[0].lower():
            raise RuleFileError(f"{models_dir(models) / 'first_names.tsv'}:{i}: expected a lower-case name, a tab "
                                f"and male or female, got {line!r}")
        names[fields[0]] = fields[1]
    return names
