"""Persons: the names the NER tagged as persons, and those it took for an organisation or a place that the text
describes as persons. A mixin of the speaker resolver, which holds the Doc, its entities by token and the
lexicon."""

from __future__ import annotations

from spacy.tokens import Doc, Span

HYPHENS = frozenset({"-", "‐", "–"})
# Titles that only ever precede a person's name.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "justice", "judge", "prof",
                        "professor", "rev", "reverend", "hon"})


class PersonFinder:
    """Which entities are persons (see the module docstring)."""

    def _acts_as_person(self, ent: Span) -> bool:
        """A name the NER took for an organisation or a place that the text describes as a person: a word
        after a known first name the NER left out ("Aminata Ndiaye") or after an honorific ("Mrs Justice
        Harcourt-Mbeki"); or two or three capitalised words (a double-barrelled one counts once) with no
        organisation word, with a person noun in apposition either way ("The other candidate, Beverly
        Strand,"), before "called" or "named" ("a nurse called Agnes Mulvaney") or after "is" ("Grace Mensah
        is the finance minister"), a "for her part" of its own, or,
        taken for an organisation (or for a place, starting with a known first name), the subject of a verb
        of speaking ("Grace Mensah spoke for an hour"). Countries that speak stay countries ("South Korea
        said")."""
        words = [t for t in ent if t.text not in HYPHENS]
        if ent.label_ not in ("ORG", "GPE", "NORP", "LOC", "PRODUCT") or not 1 <= len(words) <= 3 \
                or ent[0].text in HYPHENS:
            return False
        if not all(t.is_title and t.is_alpha and t.lower_ not in self.lex.speaker_nouns for t in words):
            return False
        before = self.doc[ent.start - 1] if ent.start else None
        if before is not None and before.pos_ == "PROPN" and before.is_title and before.i not in self.ent_at \
                and before.lower_ in self.lex.first_names:
            return True  # "Aminata Ndiaye" with only the surname tagged, as an organisation
        if before is not None and before.lower_.rstrip(".") in HONORIFICS:
            return True  # "Mrs Justice Harcourt-Mbeki", "Dr Okonjo" taken for a place
        # One word taken for a people or a product ("Bev, who had ...", "The first thing Bev ever said"), or for a
        # company or a country when it is a first name and "who" follows ("Mercedes, who manages the shelter,")
        odd = ent.label_ in ("NORP", "PRODUCT")
        who = ent.end + 1 < len(self.doc) and self.doc[ent.end].text == "," and self.doc[ent.end + 1].lower_ == "who"
        if len(words) == 1 and words[0].tag_ == "NNP" and not any(c.dep_ == "det" for c in words[0].children) and (
                odd or words[0].lower_ in self.lex.first_names) and (who or odd and words[0].dep_ == "nsubj"
                                                                     and self.lex.cue_kind(words[0].head.lemma_)):
            return True
        if len(words) < 2:
            return False  # "Russia is a leading member": one word is a name only after a first name
        root = ent.root
        described = {t.lemma_.lower() for c in root.children if c.dep_ == "appos" for t in c.subtree}
        if root.dep_ == "oprd" and root.head.lemma_ in ("call", "name") and root.head.dep_ == "acl":
            described.add(root.head.head.lemma_.lower())  # "a retired nurse called Agnes Mulvaney"
        if root.dep_ == "appos":  # "The other candidate in this race, Beverly Strand,": the noun it names
            head = root.head
            if self.lex.speaker_nouns.get(head.lemma_.lower()) != "organisation":
                described |= {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children
                                                      if c.dep_ in ("compound", "amod")}
        if root.dep_ in ("nsubj", "nsubjpass"):
            head = root.head
            if head.lemma_ in self.lex.speaking_verbs and (
                    ent.label_ == "ORG" or words[0].lower_ in self.lex.first_names):  # not "South Korea said"
                return True
            if any(p.dep_ == "prep" and p.lower_ == "for" and any(
                    o.lower_ == "part" and any(g.lower_ in ("his", "her") for g in o.children) for o in p.children)
                   for p in head.children):
                return True  # "Achebe-Hart, for her part, kept her answers short"
            if head.lemma_ == "be":
                described |= {t.lemma_.lower() for c in head.children if c.dep_ == "attr" for t in c.subtree}
        return any(self.lex.speaker_nouns.get(w) in ("person", "anonymous") for w in described)

    def _persons(self, doc: Doc) -> list[Span]:
        """The persons the NER named and the names it took for something else that the text describes as
        persons, with the other mentions of those names it took for organisations (the same name, or its
        surname alone), whose canonical name becomes the full one ("Achebe-Hart" is "Rosalind Achebe-Hart")."""
        acting = {e.start for e in doc.ents if self._acts_as_person(e)}
        surnames = {last_word(e._.canonical or e.text) for e in doc.ents if e.start in acting}
        full: dict[str, str] = {}  # surname -> the longest name with it
        for e in doc.ents:
            name = e._.canonical or e.text
            if e.label_ in ("ORG", "GPE", "NORP") and last_word(name) in surnames:
                full[last_word(name)] = max(full.get(last_word(name), ""), name, key=len)
        persons = []
        for e in doc.ents:
            if e.label_ == "PERSON":
                persons.append(e)
            elif e.start in acting or e.label_ in ("ORG", "NORP", "PRODUCT") and last_word(
                    e._.canonical or e.text) in surnames:  # the same name elsewhere, whatever the NER took it for
                if e._.canonical in ("", e.text) and last_word(e.text) in full:
                    e._.canonical = full[last_word(e.text)]
                persons.append(e)
        return persons


def last_word(name: str) -> str:
    """The last word of a name ('' for none)."""
    words = name.split()
    return words[-1] if words else ""
