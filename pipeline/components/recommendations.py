"""Whether a cue is what the author says someone should do: a recommendation, not a report ("must stop announcing
amnesty schemes", "should start by asking what went wrong", "ought to admit that", "would do well to explain why",
"had better explain")."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon

# Verbs of starting, going on, stopping and finishing, through which a modal reaches the cue ("must stop
# announcing", "should start by asking").
ASPECT_VERBS = frozenset({"stop", "start", "begin", "continue", "keep", "cease", "quit", "resume", "finish", "end"})
# The auxiliary of "had better", "'d better".
HAD = frozenset({"had", "'d", "’d"})
# The modals of "would do well to", "might do well to".
DO_WELL_MODALS = frozenset({"would", "'d", "’d", "might", "could", "should", "will"})


def _has(tok: Token, dep: str, words: frozenset[str] | set[str]) -> bool:
    return any(c.dep_ == dep and c.lower_ in words for c in tok.children)


def advised(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb is what someone is told they should or could do: a modal on it ("must explain"), "ought
    to", "had better", "would do well to".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> from types import SimpleNamespace
    >>> words = ["Ministers", "ought", "to", "admit", "it"]
    >>> deps = ["nsubj", "ROOT", "aux", "xcomp", "dobj"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3], deps=deps)
    >>> advised(doc[3], SimpleNamespace(hypothetical_modals=frozenset({"must"})))
    True
    >>> advised(doc[1], SimpleNamespace(hypothetical_modals=frozenset({"must"})))
    False
    """
    if _has(verb, "aux", lex.hypothetical_modals) or _has(verb, "advmod", {"better"}) and _has(verb, "aux", HAD):
        return True
    head = verb.head
    if verb.i == head.i or not _has(verb, "aux", {"to"}):
        return False
    if verb.dep_ == "xcomp" and head.lower_ == "ought":
        return True
    # "would do well to explain"
    return verb.dep_ in ("xcomp", "advcl") and head.lower_ == "do" and _has(head, "advmod", {"well"}) and _has(
        head, "aux", DO_WELL_MODALS)


def stopped_or_urged(tok: Token, lex: Lexicon) -> bool:
    """Whether a cue is what someone should do, or should start or stop doing ("ought to admit that", "must stop
    announcing amnesty schemes", "should start by asking what went wrong"); "never stopped claiming" and "started
    by saying that" are reports."""
    if advised(tok, lex):
        return True
    head = tok.head
    if tok.dep_ == "pcomp" and head.lower_ == "by" and head.dep_ == "prep":
        head = head.head  # "should start by asking"
    elif tok.dep_ not in ("xcomp", "ccomp"):
        return False
    if head.lemma_.lower() not in ASPECT_VERBS:
        return False
    while head.dep_ == "conj" and not any(c.dep_ == "aux" for c in head.children):
        head = head.head  # "must publish a timeline ... and stop announcing amnesty schemes"
    return advised(head, lex)


# Verbs that let or help someone do something: "it lets ministers announce success", "allows firms to claim".
LEAVE_VERBS = frozenset({"let", "allow", "enable", "permit", "help"})


def permitted(tok: Token) -> bool:
    """Whether a cue is what something lets or helps someone do ("because it lets ministers announce success in
    advance"): a possibility given, no report.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["it", "lets", "ministers", "announce", "success"]
    >>> deps = ["nsubj", "ROOT", "nsubj", "ccomp", "dobj"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3], deps=deps)
    >>> doc[1].lemma_, doc[1].tag_, doc[3].tag_ = "let", "VBZ", "VB"
    >>> permitted(doc[3]), permitted(doc[1])
    (True, False)
    """
    # What something lets happen, in the present; not "The judge allowed the witness to testify that" (which she did),
    # "was allowed to tell the court that", "let him know that" (told him) or "Let me quote the fire chief:".
    return tok.tag_ == "VB" and tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in LEAVE_VERBS and not any(
        c.dep_ == "auxpass" for c in tok.head.children) and tok.lemma_.lower() != "know" and tok.head.tag_ in (
        "VBZ", "VBP", "VB") and not any(
        t.lower_ in ("me", "us") and t.i < tok.i for t in (*tok.children, *tok.head.children))
