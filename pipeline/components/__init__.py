"""claimscope's spaCy components. Importing this package registers their factories."""

from . import attribution, dates, editorial, entities, money, sentences  # noqa: F401
