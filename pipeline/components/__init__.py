"""claimscope's spaCy components, one concern a module.

`register()` imports them all, which registers their factories; an installed claimscope also names them
to spaCy by entry points. Importing one module alone (the lexicon, for `compare`) does not load spaCy.
"""


def register() -> None:
    """Import every component module, so that spaCy knows their factories."""
    from . import extensions  # noqa: F401, I001 - first: the attributes every component sets
    from . import assertion, attribute_cache, attribution, date_spans, dates, editorial, entities, money, sentences  # noqa: F401, E501
