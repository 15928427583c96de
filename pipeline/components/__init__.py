"""claimscope's spaCy components. Importing this package registers their factories."""

from . import attribute_cache, attribution, dates, editorial, entities, money, sentences  # noqa: F401
