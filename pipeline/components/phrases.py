"""The words a speaker is written with: the phrase around the head of a cue's subject, the name a description
gives, the noun a "who" stands for, and a possessor whose view a noun states."""

from spacy.tokens import Span, Token

from .asides import appended_source
from .citations import citation
from .lexicon import Lexicon

# Verbs that give a description its name ("A woman named Ruth Abernathy", "a woman called Doreen").
NAMING_VERBS = frozenset({"call", "name"})
POSTSCRIPT_LABELS = frozenset({"p.s.", "p.s", "ps", "p.p.s.", "pps"})


def speaker_phrase(tok: Token, ent_at: dict[int, Span]) -> Span:
    """The speaker phrase around a head: its left modifiers, an 'of' complement, a conjoined name, an
    apposition, and a name given with "named" ("A woman named Ruth Abernathy")."""
    doc = tok.doc
    ent = ent_at.get(tok.i)
    # A modifier's own modifiers too: "Senate spokesman Yemi Adebayo", not "spokesman Yemi Adebayo"
    left = min([t.left_edge.i for t in tok.lefts if t.dep_ not in ("punct", "cc", "prep")] + [tok.i])
    right = tok.i
    if ent is not None:
        left, right = min(left, ent.start), max(right, ent.end - 1)
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "to") and c.i - tok.i <= 2 and not any(
                g.tag_ == "VBG" for g in c.children):  # not "rivals of diving" (the charge of "accused by")
            right = max(right, max(t.i for t in c.subtree))
        elif c.dep_ == "conj" and c.i - tok.i <= 3 and c.pos_ in ("PROPN", "NOUN"):
            right = max(right, c.i)  # "Haddad and Moreau", "Lindqvist and colleagues"
        elif c.dep_ in ("appos", "compound", "flat") and citation(c) is None and not (
                c.dep_ == "appos" and (any(t.pos_ in ("VERB", "AUX") or t.lower_ in ("never", "not", "ever")
                                           for t in c.subtree) or stolen(tok, c))):  # not "Smith (2010)", "X, never"
            right = max(right, max(t.i for t in c.subtree if t.dep_ != "relcl"))
        elif c.dep_ == "acl" and c.lemma_ in NAMING_VERBS and c.i == tok.i + 1:
            right = max(right, c.right_edge.i)  # "A woman named Ruth Abernathy"
    if right - left > 12:
        left = max(left, tok.i - 6)
        right = min(right, tok.i + 6)
    span = doc[left: right + 1]
    while len(span) > 1 and (span[-1].is_punct and span[-1].text != "%" or span[-1].is_space):
        span = span[:-1]
    while len(span) > 1 and (span[0].is_punct or span[0].is_space or span[0].lower_ in POSTSCRIPT_LABELS):
        span = span[1:]  # not the "P.S." a letter's postscript opens with ("P.S. Father says")
    if span.text.count("(") > span.text.count(")") and span.end < len(doc) and doc[span.end].text == ")":
        span = doc[span.start: span.end + 1]
    return span


def possessed_view(tok: Token) -> bool:
    """A possessed noun that is the subject of "is" ("Osei-Bonsu's point was that ...")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(c.dep_ == "poss" for c in tok.children)


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def who_antecedent(head: Token) -> Token:
    """Whom a "who" refers to when the parser hung its clause on the nearest noun: past a place and the
    preposition before it, and from a description to the name it is in apposition to ("Gareth Penrose, a
    fisherman from Newlyn, who said" is Penrose, not Newlyn)."""
    while head.ent_type_ in PLACE_LABELS and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
        head = head.head
    return head


def given_name(noun: Token) -> Token | None:
    """The name a description gives in apposition or with "called"/"named" ("my neighbour, Sam,", "a woman
    called Doreen"), or None."""
    for c in noun.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            return c
        if c.dep_ == "acl" and c.lemma_ in NAMING_VERBS:
            return next((o for o in c.children if o.dep_ in ("oprd", "dobj", "attr") and o.pos_ == "PROPN"), None)
    return None


# Dependencies by which the parser may chain a role and a name to a body before them ("Leeds United striker
# Jordan Brown said", with "Leeds" taken for a verb): the name is the speaker, not the body.
NAME_CHAIN = frozenset({"compound", "dobj", "nmod", "appos"})


def named_holder(subj: Token | None, cue: Token) -> Token | None:
    """The person named right before a cue when the parse made a body in front of them the subject and hung
    the name on it by compounds ("Leeds United striker Jordan Brown said"); not a name in a clause or phrase
    of the subject ("The committee chaired by Jane Smith said")."""
    if subj is None or subj.ent_type_ not in ("ORG", "GPE", "NORP") or cue.i == 0:
        return None
    name = cue.doc[cue.i - 1]
    if name.ent_type_ != "PERSON" or name.i <= subj.i:
        return None
    t = name
    while t.i != subj.i and t.dep_ in NAME_CHAIN and t.head.i != t.i:
        t = t.head
    return name if t.i == subj.i else None


# Works written, told or made: a relative clause on one is no content ("has written the kind of memoir that ...",
# "told a story that nobody believed").
WORK_NOUNS = frozenset({"book", "memoir", "novel", "biography", "autobiography", "song", "poem", "play", "film",
                        "story", "tale", "joke", "letter", "article", "essay", "column", "piece", "script", "thesis",
                        "history", "kind", "sort", "type", "lie", "anecdote", "chapter", "album", "blog"})


def aside_subject(cue: Token) -> Token | None:
    """The subject the parser gave to a participial aside before the cue instead of to the cue ("Dietrich Bonhoeffer,
    writing from a prison cell in Berlin, put it plainly: ..."): that aside's subject, a name before it; or the
    source it hung as an apposition before a trailing cue (`asides.appended_source`)."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None  # not an imperative ("The budget having passed, note that ...")
    return appended_source(cue) or next(
        (g for c in cue.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and c.i < cue.i
                 for g in c.children if g.dep_ == "nsubj" and g.i < c.i and (g.pos_ == "PROPN" or g.ent_type_ in (
                     "PERSON", "ORG", "NORP") or g.lower_ in ("he", "she", "they"))), None)


def as_subject(cue: Token) -> Token | None:
    """The speaker of an "as X told me" aside the parser read as a prepositional phrase, leaving the cue the main
    verb of the sentence's subject ("You are, as one of your professors told me, “...”"), or opening the aside
    before the sentence: the object of that "as"."""
    # (or as a mark with the speaker its object: "As one reviewer of an earlier draft put it,")
    fronted = next((g for c in cue.children if c.dep_ in ("prep", "mark") and c.lower_ == "as" and c.i ==
                    cue.left_edge.i for g in c.children if g.dep_ == "pobj"), None) if cue.dep_ == "advcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "ccomp") for c in cue.children) else None  # not "As a precaution, X warned"
    if fronted is not None:
        return fronted  # "As one regulator in Georgia told me last year, ...": "as" taken for a preposition
    if cue.i == 0:
        return None
    last = cue.doc[cue.i - 1]
    obj = next((t for t in (last, *last.ancestors) if t.dep_ == "pobj" and t.head.lower_ == "as"), None)
    if obj is None or obj.right_edge.i != cue.i - 1 or obj.head.i == 0 or cue.doc[obj.head.i - 1].text != ",":
        return None
    return obj


def a_work(tok: Token) -> bool:
    """Whether an object is a work written or told ("a book", "the kind of memoir")."""
    return tok.lemma_.lower() in WORK_NOUNS


# Words after a cue's "so" that leave it standing for what was said ("thinks so too", "said so in March").
AFTER_SO = frozenset({"too", "also", "in", "on", "at", "last", "this", "to", "publicly", "again", "then", "yesterday"})


def stand_in_content(tok: Token) -> Span | None:
    """The word that stands for what was just said after a cue: "thinks so (too)", "admitted as much",
    "told the inquiry so", "told him so in 2019", "say otherwise"; not "said so far" or "so that"."""
    doc = tok.doc
    after = doc[tok.i + 1: min(len(doc), tok.i + 3)]
    words = [t.lower_ for t in after]
    if words == ["as", "much"]:
        return after
    if words[:1] in (["so"], ["otherwise"]) and (len(after) < 2 or after[1].is_punct or words[1] in AFTER_SO):
        return after[:1]  # ... "say otherwise": the contrary of what was just said
    so = next((c for c in tok.children if c.lower_ == "so" and c.dep_ == "advmod" and c.i > tok.i + 1
               and not list(c.children) and c.i + 1 < len(doc) and (doc[c.i + 1].is_punct or doc[c.i + 1].lower_
                                                                     in AFTER_SO)), None)
    return doc[so.i: so.i + 1] if so is not None else None


def agent(tok: Token) -> Token | None:
    """The "by X" agent of a passive verb, also set off by commas, where the parser takes it for a plain
    preposition ("We are told, too, by the editors of the Enquirer, that ..."); not a time ("by Friday")."""
    by = next((c for c in tok.children if c.dep_ == "agent"), None)
    if by is None and any(c.dep_ == "auxpass" for c in tok.children):
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" and any(
            g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def cue_text(tok: Token, lex: Lexicon) -> str:
    parts = lex.phrasal.get(tok.lemma_, frozenset())
    prt = next((c for c in tok.children if c.dep_ == "prt" and c.lower_ in parts), None)
    return f"{tok.text} {prt.text}" if prt is not None else tok.text


# Prepositions of place: a participle hung on their object tells what someone there did.
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "inside", "outside", "behind", "beside", "under"})
# Words for some members of a group, besides numbers ("Both of them said").
GROUP_SHARES = frozenset({"one", "both", "several", "each", "few", "many", "some", "most", "all", "dozens",
                          "hundreds", "thousands", "scores"})


def members_of(tok: Token) -> list[int] | None:
    """The tokens of the group a number or "one" heading a subject is part of ("Two of them", "One of the
    organisers", "three of the five aides"): the indices of its "of" phrase, the group's head last; None
    when it is no share of a group.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="Two of the aides said".split(), heads=[4, 0, 3, 1, 4],
    ...           deps=["nsubj", "prep", "det", "pobj", "ROOT"], pos=["NUM", "ADP", "DET", "NOUN", "VERB"])
    >>> members_of(doc[0])
    [1, 2, 3]
    """
    if not (tok.lower_ in GROUP_SHARES or tok.pos_ == "NUM" and tok.is_alpha):
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if group is None:
        return None
    return sorted({t.i for t in of.subtree} - {group.i}) + [group.i]


def one_there(head: Token) -> Token | None:
    """Who a participle hung on a place is about: for the object of a preposition of place, the one there
    ("Haller standing in a soybean field promising to ...": Haller, not the field; None when no one is named);
    any other head is itself."""
    if head.dep_ != "pobj" or head.head.lower_ not in LOCATIVE_PREPOSITIONS or head.ent_type_ in ("PERSON", "ORG"):
        return head
    doer = head.head.head
    if doer.tag_ != "VBG":
        return None
    return next((c for c in doer.children if c.dep_ in ("nsubj", "nsubjpass")), None) or (
        doer.head if doer.dep_ == "acl" else None)


QUOTING_VERBS = frozenset({"quote", "cite"})


def quoted_one(tok: Token) -> Token | None:
    """The one whose words a writer quotes ("Let me quote the fire chief: “...”", "To quote Senator Byrd, “...”",
    "I quote the minister:"): the object of "quote" or "cite"; None otherwise."""
    if tok.lemma_.lower() not in QUOTING_VERBS:
        return None
    return next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)


def stolen(head: Token, appos: Token) -> bool:
    """Whether an apposition the parser gave an "according to" source is the sentence's own: after a dash ("according
    to OpenSecrets — the most expensive contest"), or the subject of a main verb left without one ("According to
    the federation's rankings, Pakistan, four-time champions, now sit outside the top fifteen")."""
    if head.dep_ != "pobj":
        return False
    doc = appos.doc
    root = appos.sent.root
    return doc[appos.left_edge.i - 1].text in ("—", "–", "--") or root.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children)


def share_of(tok: Token) -> bool:
    """Whether a number heads a proportion of people: "One in five said", "two out of three believe".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="One in five said".split(), heads=[3, 0, 1, 3],
    ...           deps=["nsubj", "prep", "pobj", "ROOT"])
    >>> share_of(doc[0]), share_of(doc[2])
    (True, False)
    """
    return tok.like_num and any(c.dep_ == "prep" and c.lower_ in ("in", "out") and any(
        g.like_num and g.i > c.i for g in c.subtree) for c in tok.children)
