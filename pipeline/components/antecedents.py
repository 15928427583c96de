"""Which named person a "he" or "she" refers to: the choices the speaker resolver makes among the persons
named before the pronoun.

- A person named inside a quote is out of reach of a pronoun outside it (`"Brooke, I've been milking cows
  since before you were born," he said`: not Brooke), and so is a transcript's stage direction
  ("(Laughter)", which the NER may take for a name).
- Of the persons in the latest sentence before the pronoun's that names a fitting one, the subject of its
  clause comes first
  (`Dunmore conceded, telling supporters she had called Haskell. "I'm going home," she said`: Dunmore).
- A person's gender is learned from the text where it is unambiguous: a reflexive pronoun bound by the
  person as the subject of its clause ("Dunmore found herself alone"), or a title.

And which report, outlet or body an "it" stands for (`it_antecedent`).
"""

import re
import unicodedata
from collections.abc import Container, Iterable, Sequence
from itertools import takewhile

import numpy as np
from spacy.attrs import ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from ..records import Quote
from .lexicon import Lexicon
from .places import PLACE_LABELS
from .quotes import near
from .sentences import STAGE_DIRECTION
from .util import doc_text

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Reflexives a subject binds in its own clause; a "he", "she" or possessive there may be anyone.
BOUND_PRONOUNS = {"himself": "male", "herself": "female"}
CLAUSE_DEPS = ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj")


def in_reach(ent: Span, tok: Token, quotes: Sequence[Quote], directions: Sequence[tuple[int, int]]) -> bool:
    """Whether a pronoun can refer to this person: not named inside a quote the pronoun is outside of, nor
    inside a stage direction.

    >>> import spacy
    >>> doc = spacy.blank("en")('"Brooke, listen," he said.')
    >>> in_reach(doc[1:2], doc[6], [Quote(0, 16)], [])
    False
    """
    if any(not q.start <= tok.idx < q.end for q in near(quotes, ent.start_char, ent.start_char + 1)):
        return False
    return not any(s <= ent.start_char < e for s, e in directions)


def stage_directions(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges of a transcript's stage directions ("(Laughter)", "[Applause]")."""
    return [m.span() for m in STAGE_DIRECTION.finditer(doc_text(doc))]


def _role_token(ent: Span) -> Token:
    """The token that stands for a name in its clause: its root, or the noun it is in apposition to
    ("Haskell's campaign manager, Brett Lindqvist, said")."""
    return ent.root.head if ent.root.dep_ == "appos" else ent.root


def is_subject(ent: Span) -> bool:
    """Whether a person is the subject of its clause, itself or through an apposition."""
    return _role_token(ent).dep_ in SUBJECT_DEPS


def salient(fitting: Sequence[Span], tok: Token) -> Span | None:
    """Among the fitting persons (in document order), the person named last in the pronoun's own sentence,
    else the subject of the latest sentence before it naming one, else the person named last."""
    if not fitting:
        return None
    last = fitting[-1]
    if last.sent.start == tok.sent.start:
        return last
    same = [e for e in fitting if e.sent.start == last.sent.start]
    subjects = [e for e in same if is_subject(e)]
    return subjects[-1] if subjects else last


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a token stands in (climbing to the clause's verb)."""
    head = tok
    while head.dep_ not in CLAUSE_DEPS and head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)


def bound_genders(persons: Iterable[Span], name_of, titled=None) -> dict[str, str]:
    """Genders the text gives its persons unambiguously: a reflexive pronoun whose clause has the person as
    its subject ("Dunmore found herself alone"), and with `titled` (a mention's gender by its title), a title
    of any mention ("Mr Pearce" for every "Jonathan Pearce"). A person given both is left out.
    `name_of` gives the key of a person (its canonical name).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Dunmore found herself alone .".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "oprd", "punct"], pos=["PROPN", "VERB", "PRON", "ADJ", "PUNCT"])
    >>> bound_genders([doc[0:1]], lambda e: e.text)
    {'Dunmore': 'female'}
    """
    found: dict[str, set[str]] = {}
    for ent in persons:
        if titled is not None and (gender := titled(ent)):
            found.setdefault(name_of(ent), set()).add(gender)
        if not is_subject(ent):
            continue
        root = _role_token(ent)
        verb = root.head
        for t in verb.subtree:
            # Only a reflexive: a possessive may be anyone's ("Coach Tom Reed praised her performance").
            gender = BOUND_PRONOUNS.get(t.lower_)
            subj = _clause_subject(t) if gender and t.i >= ent.end else None
            if subj is not None and subj.i == root.i:
                found.setdefault(name_of(ent), set()).add(gender)
    return {name: next(iter(g)) for name, g in found.items() if len(g) == 1}


def surname_mentions(doc: Doc, persons: Sequence[Span], taken: Iterable[int]) -> list[Span]:
    """Mentions of a person by the last word of their name, or by their one-word name, that the NER left untagged
    ("Vance, who had anticipated the line, smiled"): a capitalised proper noun outside every entity that ends
    exactly one full name of the text. Each is given that name as its canonical form."""
    names: dict[str, set[str]] = {}
    for ent in persons:
        full = ent._.canonical or ent.text
        names.setdefault(full.split()[-1], set()).add(full)  # a one-word name too: "Bev retired in March"
    taken = set(taken)
    found = []
    unique = [hash_string(last) for last, full in names.items() if len(full) == 1]
    if not unique or not len(doc):
        return found
    for i in np.nonzero(np.isin(doc.to_array(ORTH), np.array(unique, dtype=np.uint64)))[0].tolist():
        t = doc[i]  # a word that ends one full name, read whole only here
        if t.i not in taken and t.pos_ == "PROPN" and t.is_title:
            span = doc[t.i: t.i + 1]
            span._.canonical = next(iter(names[t.text]))
            found.append(span)
    return found


def name_gender(name: str, first_names: dict[str, str], skip: Container[str] = ()) -> str:
    """The gender nearly everyone with a name's first name has, or '' (titles and roles in `skip` are passed
    over first). Only to rule out a pronoun's antecedent.

    >>> names = {"walter": "male", "rosalind": "female"}
    >>> name_gender("Walter Briggs", names), name_gender("Sen. Rosalind Achebe-Hart", names, {"sen"})
    ('male', 'female')
    >>> name_gender("Briggs", names), name_gender("Jean Rondeau", names)
    ('', '')
    """
    words = [w for w in name.replace(".", " ").split() if w.isalpha()]
    while words and words[0].lower() in skip:
        words = words[1:]
    return first_names.get(name_key(words[0]), "") if words else ""


def name_key(word: str) -> str:
    """A first name as the name list spells it: lower case, without accents.

    >>> name_key("Tamás"), name_key("Zoë"), name_key("Ines")
    ('tamas', 'zoe', 'ines')
    """
    low = word.lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def title_gender(ent: Span, gender_words: dict[str, str]) -> str:
    """The gender a person's title or role gives them ("Mrs. Okafor", "Congresswoman Lee"), or ''."""
    # The titles right before the name ("Mrs Justice Okonedo"), or the noun it is set beside ("his wife,
    # Mary"); not a pronoun ("Her neighbour, Samuel Owino") nor another person's title ("The Queen welcomed
    # Rishi Sunak").
    doc, i = ent.doc, ent.start - 1
    window = []
    if i > 0 and doc[i].text == ",":
        window.append(doc[i - 1].lower_ if doc[i - 1].pos_ != "PRON" else "")
    while i >= max(0, ent.start - 3) and (doc[i].is_title or doc[i].text == ".") and doc[i].pos_ != "PRON":
        window.append(doc[i].lower_)
        i -= 1
    window += (ent._.role or "").lower().split()
    return next((gender_words[w] for w in window if w in gender_words), "")


# Parties to a case, which may be bodies ("The Appellant, a residents' association, applied ... It argued that"),
# and groups a text calls "it" ("The family said ... In lieu of flowers, it asked that ...").
PARTIES = frozenset({"appellant", "respondent", "claimant", "applicant", "petitioner", "plaintiff", "family", "band"})


def it_antecedent(tok: Token, lex: Lexicon, ent_at: dict[int, Span]) -> Token | None:
    """The report, poll or body an "it" stands for: the latest subject before it in its sentence, or the
    main subject of the sentence before, when that is a document, an outlet or an organisation ("A poll
    by Demoskopea was published on Wednesday. It found that ...")."""
    before = tok.doc[tok.sent.start - 1].sent if tok.sent.start > 0 else None
    # The main subject of the sentence before, then any subject before "it" in its own sentence; through an
    # "it" subject there to the sentence before that ("The last letter ... It is only five lines long. "...," it
    # reads").
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")] if before else []
    if before is not None and before.start > 0 and subjects and all(t.lower_ == "it" for t in subjects):
        subjects = [c for c in tok.doc[before.start - 1].sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (not one inside a quote the "it" follows: '"I have packed the china," it reads')
    own = max((t.i + 1 for t in tok.doc[tok.sent.start: tok.i] if t.is_quote), default=tok.sent.start)
    # ... nor the subject of the clause an "it" aside reports ("The bridge, it concluded, was badly designed")
    aside = tok.head.head.i if tok.head.dep_ == "parataxis" else -1
    inside = [t for t in tok.doc[own: tok.i] if t.dep_ in ("nsubj", "nsubjpass") and t.head.i != aside]
    # ... or, with no subject before it in its own sentence, what the sentence before cites ("According to the
    # report, the headroom has been rebuilt. It also warns that ...")
    # (a word of the same source: "It also warns that"; not "It shows how badly ...", the author's reading)
    voiced = tok.head.lemma_.lower() not in ("show", "suggest", "mean", "indicate", "reflect", "prove", "explain")
    cited = [t for t in before if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according"
             ] if before is not None and not inside and voiced else []
    for t in [*reversed(subjects + inside), *cited]:
        if t.lower_ == "it":
            continue
        lemma, ent = t.lemma_.lower(), ent_at.get(t.i)
        kind = lex.speaker_nouns.get(lemma)
        if lemma in lex.document_nouns or kind in ("document", "media", "organisation") or (
                ent is not None and ent.label_ == "ORG") or lemma in PARTIES:
            return t
        if not cited:
            return None  # the latest subject is something else
    return None


# A letter's salutation among its first lines: "Dear Prime Minister Carrington,"; not "Dear Reader,".
GENERIC_ADDRESSEES = frozenset({"reader", "readers", "sir", "madam", "sir or madam", "editor", "friend", "friends",
                                "colleague", "colleagues", "all", "everyone", "members", "customer", "customers"})
# "Dear Prime Minister Carrington,", "Dear Secretary of State,"
SALUTATION = re.compile(r"^[ \t]*Dear (?P<name>[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|the|for|and)){0,7})"
                        r"[ \t]*[,:]?[ \t]*$", re.M)


def addressee(doc: Doc) -> str:
    """Whom a letter addresses, by its salutation in the first 1,000 characters ("Dear Prime Minister
    Carrington," gives "Prime Minister Carrington"); '' for a text that is not a letter. A past "you said"
    in an open letter reports the addressee.

    >>> import spacy
    >>> addressee(spacy.blank("en")("An open letter\\n\\nDear Prime Minister Carrington,\\n\\nYou promised us."))
    'Prime Minister Carrington'
    """
    m = SALUTATION.search(doc_text(doc)[:1000])
    return m["name"] if m and m["name"].lower() not in GENERIC_ADDRESSEES else ""


# Places and peoples, which no one is called by ("In Reno, Nevada, you learn").
PLACE_TYPES = PLACE_LABELS | {"NORP"}


def called_by_name(tok: Token) -> bool:
    """Whether a word follows a name set off as a vocative ("In your speech, Professor Cresswell, you said"):
    in a letter or a speech, the "you" is the person named.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> called_by_name(nlp("In May, Professor Cresswell, you said")[6]), called_by_name(nlp("In May, you said")[3])
    (True, False)
    """
    start = tok.sent.start if tok.doc.has_annotation("SENT_START") else 0
    before = list(reversed(tok.doc[max(start, tok.i - 6): tok.i]))
    if len(before) < 3 or before[0].text != ",":
        return False
    run = list(takewhile(lambda t: t.text != ",", before[1:]))
    # (not a place's state or country: "In Reno, Nevada, you learn that the house wins")
    return 0 < len(run) < len(before) - 1 and all(t.is_title and t.ent_type_ not in PLACE_TYPES for t in run)


# Verbs by which a body issues a report: "Northgate Institute published a review", "commissioned a study".
ISSUING_VERBS = frozenset({"publish", "release", "issue", "commission", "conduct", "produce", "launch", "unveil"})


def issued(ent: Span, lex: Lexicon) -> bool:
    """Whether a body issues a document in its sentence: the subject of an issuing verb whose object is a
    document ("The UN mission published its report"), or the agent of one ("a study by the Carrow Institute")."""
    root = ent.root if ent.root.dep_ != "compound" else ent.root.head
    if root.head.lower_ == "by":
        return root.head.head.lemma_.lower() in lex.document_nouns or root.head.head.lemma_ in ISSUING_VERBS
    verb = root.head
    return root.dep_ == "nsubj" and verb.lemma_.lower() in ISSUING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.document_nouns for c in verb.children)

