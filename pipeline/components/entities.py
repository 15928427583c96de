"""Entity corrections and canonical names.

`claimscope_entity_fixes` repairs the small model's error classes with rules from `models/`: titles
are peeled off names and kept as the role (`Colonel General Oleg Salyukov` -> PERSON `Oleg
Salyukov`, role `Colonel General`), a title, adjective or sentence-initial common word is never an
entity on its own, possessives are stripped. `claimscope_canonical` then gives every PERSON, ORG,
GPE and NORP mention the fullest name the article uses for it (`Bajwa` -> `Qamar Javed Bajwa`,
`ISPR` <-> `Inter-Services Public Relations`), without merging different people who share a word.
"""

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .antecedents import name_key
from .body_names import joined_at_of, run_on_body
from .branches import branch_of_untagged, national_branch
from .described import described_persons
from .lexicon import LEXICON_FILES, load_lexicon
from .names import acronym_links, clean_name, contains, name_words
from .phrases import POSTSCRIPT_LABELS
from .places import TOWN_WORDS, a_street, in_a_place_position, named_place, placed_in, street_number
from .rulefiles import RuleFiles
from .util import doc_cache, lower_words

_NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
# What is named after a person, not a surname: "the John F. Kennedy Center", "Martin Luther King Boulevard".
NAMED_AFTER = frozenset({"center", "centre", "boulevard", "street", "avenue", "road", "hall", "square", "bridge",
                         "airport", "station", "school", "college", "university", "hospital", "park", "library",
                         "museum", "stadium", "institute", "foundation", "prize", "award", "day", "memorial", "house",
                         "building", "tower", "fund", "trust", "lecture", "medal", "act", "plan", "doctrine",
                         "administration", "era", "cup", "trophy", "way", "drive", "lane", "highway", "expressway"})
# How many tokens after another namesake's last mention a bare surname returns to the person the text opens on.
SUBJECT_REACH = 50
# Labels the NER gives a person's name when its surname is also a place or a brand ("Ines Albuquerque").
MISREAD_NAME_LABELS = frozenset({"PRODUCT", "GPE", "WORK_OF_ART", "FAC", "LOC", "NORP"})


# A postcode the model took for a date: five digits or more, after a state's code or not ("OH 45402").
POSTCODE = re.compile(r"(?:[A-Z]{2} )?\d{5,}(?:-\d{4})?")
# Units of time: "a year and a half of talks" is a stretch of time, "a quarter of the debt" a share.
TIME_UNITS = frozenset({"year", "month", "week", "day", "decade", "century", "season", "hour"})


@Language.factory("claimscope_entity_fixes", default_config={"models": None}, requires=["doc.ents"],
                  assigns=["doc.ents", "span._.role"])
def make_entity_fixes(nlp: Language, name: str, models: str | None) -> "EntityFixes":
    """Factory: rule-based corrections of the statistical NER, after it (titles from `models`)."""
    return EntityFixes(models)


class EntityFixes(RuleFiles):
    """Titles to roles, no title/adjective-only entities, possessives stripped."""

    rule_files = LEXICON_FILES

    def load(self, models: str | None) -> None:
        lexicon = load_lexicon(models)
        self.person_nouns = lexicon.speaker_nouns
        self.company_nouns = lexicon.company_nouns
        self.company_name_words = lexicon.company_name_words
        self.first_names = lexicon.first_names
        self.kin = frozenset(w for w, kind in lexicon.speaker_nouns.items() if kind == "person")  # "my son Tomás"
        self.body_words = frozenset(w for w, kind in lexicon.speaker_nouns.items() if kind == "organisation") \
            | lexicon.company_name_words
        # Titles by first word, longest first, so a lookup tries only the titles that can match.
        self.titles: dict[str, list[list[str]]] = {}
        for words in (title.split() for title in lexicon.titles):
            self.titles.setdefault(words[0], []).append(words)

    def after_role(self, doc: Doc, start: int) -> bool:
        """Whether the word before `start` is a title or a person's role ("Chief executive", "Kelmscott boss")."""
        before = doc[start - 1] if start else None
        return before is not None and (self.title_length([before.text]) == 1
                                       or self.person_nouns.get(before.lemma_.lower()) == "person")

    def a_body(self, tok: Token) -> bool:
        """Whether a noun names an organisation ("the retailer", "the ministry"), not a person or a role."""
        lemma = tok.lemma_.lower()
        return lemma in self.company_nouns or self.person_nouns.get(lemma) == "organisation" or tok.ent_type_ == "ORG"

    def title_length(self, words: list[str]) -> int:
        """How many leading words of `words` form a title ("Colonel General" -> 2)."""
        n = 0
        while n < len(words):
            low = [w.lower().rstrip(".") for w in words[n:]]
            hit = next((t for t in self.titles.get(low[0], ()) if low[: len(t)] == t), None)
            if hit is None:
                break
            n += len(hit)
        return n

    @staticmethod
    def _common_words(doc: Doc) -> set[str]:
        """Words the text also uses in lower case (cached per doc)."""
        return doc_cache(doc, "lower_words", lower_words)

    def __call__(self, doc: Doc) -> Doc:
        self.ensure_loaded()
        ents: list[Span] = []
        for ent in doc.ents:
            fixed = self.fix(doc, ent)
            if fixed is not None:
                fixed = run_on_body(doc, fixed, self.body_words)  # "Islamabad Policy Research Institute"
                if ents and (branch := national_branch(ents[-1], fixed)) is not None:
                    ents[-1] = branch
                    continue
                ents.append(branch_of_untagged(fixed) or fixed)
        ents = joined_at_of(doc, ents)  # "the State Bank of" + "Pakistan"
        doc.ents = filter_spans(described_persons(doc, ents, self.first_names, self.kin))  # "Oleg, a mechanic, said"
        return doc

    def fix(self, doc: Doc, ent: Span) -> Span | None:
        """The corrected entity, or None to drop it."""
        label, start, end = ent.label_, ent.start, ent.end
        role = ""
        if not any(ch.isalnum() for ch in ent.text[-1:]) and not ent.text.endswith("."):
            return None  # a fragment such as "non-"
        if label == "PERSON" and any(t.text in ("-", "–", "—") and doc[t.i - 1].whitespace_ for t in ent[1:]):
            return None  # a banner's "Tolley Out - Vance Next", not a name
        if label == "DATE" and (POSTCODE.fullmatch(ent.text) or ent.text.isdigit() and street_number(doc, end)):
            return None  # a postcode ("OR 97355"), a house's number ("1450 Elm Street"): no year
        if label == "DATE" and doc[end - 1].lower_ in ("quarter", "half") and end + 1 < len(doc) \
                and doc[end].lower_ == "of" and doc[end + 1].ent_type_ != "DATE" and not TIME_UNITS.intersection(
                    t.lower_.rstrip("s") for t in ent):
            return None  # a share: "about a quarter of the debt"; not "the first quarter of 2024"
        if "]" in ent.text and "[" not in ent.text and start > 0 and doc[start - 1].text == "[":
            start -= 1  # "[George H. W.] Bush": an editor's insertion is part of the name
        if doc[start].lower_ in POSTSCRIPT_LABELS:  # a postscript's "P.S.", alone or glued to the word after it
            if end - start == 1:
                return None
            start += 1
        if label in MISREAD_NAME_LABELS and 2 <= end - start <= 3 and name_key(doc[start].text) in self.first_names \
                and all(t.is_title and t.pos_ == "PROPN" for t in doc[start:end]) and (self.after_role(doc, start)
                                                                                     or aged(doc, end)):
            label = "PERSON"  # "Kelmscott boss Ines Albuquerque", "Declan Mayhew, 44,": a first name, a role or an age
        elif label == "ORG" and name_key(doc[start].text) in self.first_names and all(
                t.is_title or t.text in "-–" for t in doc[start:end]) and (ent.root.dep_ == "appos" and not self.a_body(
                ent.root.head) or any(t.ent_type_ == "PERSON" for t in ent.root.conjuncts) and self.person_nouns.get(
                doc[end - 1].lower_.rstrip(".")) != "organisation"):  # not "Tom Cruise and Warner Bros"
            label = "PERSON"  # "His opposite number, Elena Vasic-Morar,": beside no body; "Liam Carver and Sam Oduya"
        if label in ("GPE", "NORP", "FAC", "LOC") and ent.root.dep_ == "appos" and self.a_body(ent.root.head) \
                and name_key(doc[start].text) not in self.first_names:
            label = "ORG"  # "The developer, Halden Estates,": the name of a company, whatever the NER took it for
        if label == "PERSON" and end - start > 1 and doc[end - 1].lower_ in self.company_name_words:
            label = "ORG"  # "Cordillera Minerals", "Halden Holdings": a company, whatever the NER took it for
        if label in ("PERSON", "ORG"):
            while end > start and doc[end - 1].lower_ in ("’s", "'s", "’", "'"):
                end -= 1
            words = [t.text for t in doc[start:end]]
            n = self.title_length(words)
            if n and n == len(words):
                return None  # a bare title ("General", "Prime Minister") names no one
            if n and label == "ORG" and (n == len(words) - 1 or doc[start + n].ent_iob_ != "O"):
                # "General Salyukov" is a titled person, not an organisation.
                label = "PERSON"
            if not n and label == "ORG" and len(words) in (2, 3) and all(t.is_title and t.pos_ == "PROPN"
                                                                      for t in doc[start:end]):
                if self.after_role(doc, start):
                    label = "PERSON"  # "Chief executive Helena Marsh" tagged ORG: a titled name is a person
            if n and label == "PERSON":
                role = " ".join(words[:n])
                start += n
            if label == "PERSON" and end - start >= 2 and post_nominal(doc[end - 1]):
                end -= 1  # "Jonathan Pearce KC": the name is "Jonathan Pearce", its surname "Pearce"
            if label == "ORG":
                # "Russian Federation Ground Forces Colonel": a trailing title belongs to a name after it.
                tail = end
                while tail > start and self.title_length([doc[tail - 1].text]) == 1:
                    tail -= 1
                if tail > start and tail < end and end < len(doc) and doc[end].is_title:
                    end = tail
            if end - start == 1:
                tok = doc[start]
                if tok.is_sent_start and tok.pos_ in ("ADJ", "ADV", "VERB", "DET") and not tok.is_upper:
                    return None  # "Cordial relations ...": a capitalised word at a sentence start
                if label == "ORG" and not tok.is_upper and tok.lower_ in self._common_words(doc):
                    return None  # "State", "Army", "Defence": a common word, not a name on its own
        nxt = doc[end] if end < len(doc) else None
        if label == "PERSON" and nxt is not None and nxt.ent_iob_ == "O" and nxt.pos_ == "PROPN" and \
                nxt.text[:1].isupper() and (re.search(r"\w['’]\w", nxt.text) or doc[end - 1].dep_ == "compound"
                                            and doc[end - 1].head == nxt and nxt.lower_ not in self.person_nouns
                                            and nxt.lower_ not in NAMED_AFTER and nxt.lower_ not in
                                            self._common_words(doc)):
            end += 1  # "Joseph Ndung'u", "Tariq Mehmood Qazi": a surname the model left out
        if end <= start:
            return None
        one = end - start == 1
        if label == "PERSON" and not role and (one and (in_a_place_position(doc[start]) or named_place(doc[start])
                                                        or placed_in(doc[start], self.first_names))
                                               or not one and a_street(doc[start: end], self.first_names)):
            # "the house on Mill Lane" is no person, nor "supporters in Chippewa Falls"
            label = "LOC" if end - start == 1 else "GPE" if doc[end - 1].text in TOWN_WORDS else "FAC"
        if label == "PERSON":
            # The role is also the titles just before the name ("Gen. Bajwa", "President Putin").
            i = ent.start
            while i > 0 and self.title_length([doc[i - 1].text]) == 1 and doc[i - 1].is_title:
                i -= 1
            if i < ent.start:
                role = " ".join(t.text for t in doc[i:ent.start]) + (" " + role if role else "")
        span = Span(doc, start, end, label=label, kb_id=ent.kb_id_, span_id=ent.id_)
        span._.role = role.strip()
        return span


@Language.factory("claimscope_canonical", default_config={}, requires=["doc.ents"],
                  assigns=["doc.ents", "span._.canonical"])
def make_canonical(nlp: Language, name: str) -> "CanonicalNames":
    """Factory: canonical names within an article."""
    return CanonicalNames()


class CanonicalNames:
    """Sets `ent._.canonical` for every named entity: the fullest form the article uses for it."""

    def __call__(self, doc: Doc) -> Doc:
        ents = _split_people(doc, list(doc.ents))
        acronyms = acronym_links(doc)
        labels = _name_labels(ents)
        ents = _consistent_labels([_acronym_label(e, acronyms, labels) for e in ents], labels)
        doc.ents = ents
        persons = [e for e in ents if e.label_ == "PERSON"]
        for ent in ents:
            if ent.label_ not in _NAME_LABELS:
                continue
            name = clean_name(ent.text)
            if ent.id_ and ent.label_ != "PERSON":
                canon = ent.id_  # an alias from the pattern file (ISPR, U.S. -> United States)
            elif name in acronyms:
                canon = acronyms[name]
            else:
                canon = name
            ent._.canonical = canon
        # People: a mention whose words are all in a longer name is that person, when only one
        # person in the article fits (two Khans stay apart). The nearest earlier fit breaks ties.
        person_names = [(e.start, clean_name(e.text)) for e in persons]
        words_of = {n: name_words(n) for _, n in person_names}
        longest_first = NameIndex({n: words_of[n] for n in sorted(words_of, key=lambda n: -len(n.split()))})
        subject = person_names[0][1] if person_names and person_names[0][0] < doc[0].sent.end else None
        starts_of: dict[str, list[int]] = {}  # each person's mentions, in order
        for start, n in person_names:
            starts_of.setdefault(n, []).append(start)
        for ent in ents:
            # A surname the NER took for a place as a subject ("Adeyemi is dismissive"), not "in Washington".
            if ent.label_ not in ("PERSON", "ORG") and not (ent.label_ == "GPE" and len(ent) == 1 and ent.root.dep_ in (
                    "nsubj", "nsubjpass", "ROOT", "poss")):
                continue
            fits = fuller_names(ent.text, longest_first)
            if ent.label_ != "PERSON" and (ent.id_ or not fits):
                continue
            if len(fits) == 1 or (fits and all(contains(words_of[fits[0]], words_of[f]) for f in fits)):
                ent._.canonical = fits[0]
            elif fits:
                # The fit mentioned last before this entity; but the one the text opens on (a biography's subject)
                # when the other was named a while back ("His father, Samuel Penhallow, ... Penhallow moved").
                last = {f: starts_of[f][k - 1] for f in fits if (k := bisect_left(starts_of[f], ent.start))}
                best = max(last, key=last.get) if last else ent._.canonical
                ent._.canonical = subject if subject in last and ent.start - last[best] > SUBJECT_REACH else best
        doc.ents = [_relabel(e, words_of) for e in doc.ents]
        return doc


class NameIndex(dict):
    """Names, each with its words, in the order to try, indexed by their first and their last word: a fuller
    form of a name ends with its surname or begins with its words, so `fuller_names` looks only at those
    names, not at every person of the article."""

    def __init__(self, names: dict[str, list[str]]):
        super().__init__(names)
        self.order = {n: k for k, n in enumerate(names)}
        self.by_word: dict[tuple[int, str], list[str]] = {}
        for n, words in names.items():
            if words:
                self.by_word.setdefault((0, words[0]), []).append(n)
                self.by_word.setdefault((-1, words[-1]), []).append(n)

    def could_be_fuller(self, words: list[str]) -> list[str]:
        """The names that begin with the first of `words` or end with the last, in the order to try."""
        found = set(self.by_word.get((0, words[0]), ())) | set(self.by_word.get((-1, words[-1]), ()))
        return sorted(found, key=self.order.__getitem__)


def fuller_names(name: str, names: dict[str, list[str]]) -> list[str]:
    """The names, of `names` (each with its words, in the order to try; a NameIndex looks only at likely
    ones), that are a fuller form of `name`: all its words in order, the surname last ("Trump" -> "Donald
    Trump"), initials alike.

    >>> fuller_names("Bush", {"George W. Bush": ["George", "W", "Bush"], "Laura Welch": ["Laura", "Welch"]})
    ['George W. Bush']
    """
    words = name_words(name)
    if not words:
        return []
    candidates = names.could_be_fuller(words) if isinstance(names, NameIndex) else names
    return [n for n in candidates if len(names[n]) > len(words) and contains(names[n], words)]


def _split_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Trump and Modi" tagged as one ORG: when every part names a person of the article, the parts
    become PERSON entities."""
    person_words = {w for e in ents if e.label_ == "PERSON" for w in name_words(e.text)}
    out: list[Span] = []
    for ent in ents:
        if ent.label_ == "ORG" and not ent.id_ and any(t.lower_ in ("and", "&", ",") for t in ent):
            parts, start = [], ent.start
            for t in ent:
                if t.lower_ in ("and", "&", ","):
                    parts.append(doc[start: t.i])
                    start = t.i + 1
            parts.append(doc[start: ent.end])
            if all(len(p) and set(name_words(p.text)) <= person_words and name_words(p.text) for p in parts):
                out.extend(Span(doc, p.start, p.end, label="PERSON") for p in parts)
                continue
        out.append(ent)
    return out


def _name_labels(ents: list[Span]) -> dict[str, str]:
    """The label of the first entity (not a person) of each name."""
    labels: dict[str, str] = {}
    for e in ents:
        if e.label_ != "PERSON":
            labels.setdefault(clean_name(e.text), e.label_)
    return labels


def _consistent_labels(ents: list[Span], labels: dict[str, str]) -> list[Span]:
    """A one-word name the model took for a person here ("Asked why Labour's vote had fallen") and for a
    party, a body or a place at least as often elsewhere (not counting possessives there), and never as part
    of a person's full name, takes that other label (`labels`: see _name_labels)."""
    counts: dict[tuple[str, bool], int] = {}
    in_full_names = set()
    for e in ents:
        name = clean_name(e.text)
        if e.label_ != "PERSON" and e.end < len(e.doc) and e.doc[e.end].lower_ in ("'s", "’s", "'", "’"):
            continue  # "Biden's budget", "Starmer's Labour": a leader's possessive the model often types ORG
        counts[name, e.label_ == "PERSON"] = counts.get((name, e.label_ == "PERSON"), 0) + 1
        if e.label_ == "PERSON" and len(e) > 1:
            in_full_names.update(name.split())
    out = []
    for e in ents:
        name = clean_name(e.text)
        if e.label_ == "PERSON" and len(e) == 1 and name in labels and name not in in_full_names \
                and counts.get((name, False), 0) >= counts[name, True] > 0:
            e = Span(e.doc, e.start, e.end, label=labels[name], span_id=e.id_)
        out.append(e)
    return out


def _acronym_label(ent: Span, acronyms: dict[str, str], labels: dict[str, str]) -> Span:
    """An acronym the model took for a person ("IOK") takes the label of its expansion (`labels`: see
    _name_labels), else ORG."""
    if ent.label_ != "PERSON" or not ent.text.isupper() or ent.text not in acronyms:
        return ent
    expansion = acronyms[ent.text]
    label = labels.get(expansion, "ORG")
    new = Span(ent.doc, ent.start, ent.end, label=label, span_id=ent.id_)
    new._.role = ent._.role
    return new


def _relabel(ent: Span, person_names: dict[str, list[str]]) -> Span:
    """An ORG or a place whose canonical is a person's name ("Trump" tagged ORG) becomes PERSON."""
    if ent.label_ in ("ORG", "GPE") and ent._.canonical in person_names and ent._.canonical != clean_name(ent.text) \
            and not ent.id_:
        new = Span(ent.doc, ent.start, ent.end, label="PERSON")
        new._.canonical, new._.role = ent._.canonical, ent._.role
        return new
    return ent


# Letters after a name that are not part of it, beyond the capitals of an honour or a rank ("KC", "MBE").
POST_NOMINAL_WORDS = frozenset({"Jr", "Jr.", "Sr", "Sr.", "PhD"})
ROMAN = re.compile(r"[IVXLC]+")


def post_nominal(tok: Token) -> bool:
    """An honour, a rank or a degree after a name ("KC", "QC", "MP", "OBE", "PhD", "Jr."); not a regnal number
    ("King Charles III") nor the end of a name written in capitals ("TOM LEE")."""
    caps = tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 4 and not ROMAN.fullmatch(tok.text) and not (
        tok.i > 0 and tok.doc[tok.i - 1].is_upper)
    return tok.text in POST_NOMINAL_WORDS or caps


# What follows a person's age set off by commas: "Declan Mayhew, 44, of Fenwick Road", "Jo Hale, 37, a nurse,",
# "Tom Reid, 61, who", "Ann Lee, 29, said"; not a score ("Georgia Tech, 21, and Clemson, 14").
AGE_FOLLOWERS = frozenset({"of", "from", "who", "a", "an", "the", "his", "her"})


def aged(doc: Doc, end: int) -> bool:
    """Whether a name ending at `end` is followed by an age set off by commas ("Declan Mayhew, 44, of")."""
    return end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].text.isdigit() and doc[end + 2].text == "," \
        and int(doc[end + 1].text) <= 120 and (doc[end + 3].lower_ in AGE_FOLLOWERS or doc[end + 3].pos_ == "VERB")
