"""claimscope: claims, sources and entities from op-eds and commentary, on spaCy.

    >>> from pipeline import load_nlp
    >>> nlp = load_nlp()                      # doctest: +SKIP
    >>> doc = nlp("Pompeo said that talks failed.")  # doctest: +SKIP

`load_nlp` and `run` are imported on first use, so the command line starts fast.
"""

__all__ = ["load_nlp", "run"]
__version__ = "0.1.0"


def __getattr__(name: str):
    if name == "load_nlp":
        from .nlp import load_nlp

        return load_nlp
    if name == "run":
        from .runner import run

        return run
    raise AttributeError(name)
