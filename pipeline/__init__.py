"""claimscope: claims, sources and entities from op-eds and commentary, on spaCy.

    >>> from pipeline import load_nlp
    >>> nlp = load_nlp()                      # doctest: +SKIP
    >>> doc = nlp("Pompeo said that talks failed.")  # doctest: +SKIP
    >>> [s._.attribution.speaker for s in doc.sents]  # doctest: +SKIP
    ['Pompeo']
"""

from .nlp import load_nlp
from .runner import run

__all__ = ["load_nlp", "run"]
__version__ = "0.1.0"
