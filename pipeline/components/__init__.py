"""claimscope's spaCy components. Importing this package registers their factories."""

from . import extensions  # noqa: F401, I001 - first: the attributes every component sets
from . import assertion, attribute_cache, attribution, date_spans, dates, editorial, entities, money, sentences  # noqa: F401, E501
