"""claimscope: claims, sources and entities from op-eds and commentary, on spaCy.

    >>> import claimscope
    >>> result = claimscope.analyze("Khan said the deal was signed in March. It is a disgrace.")
    >>> [(c.claim_type, c.speaker) for c in result.claims]
    [('sourced', 'Khan'), ('editorial', '')]

`analyze` and `analyze_file` give one article's records (`ArticleResult`, with `to_pandas()`);
`load` gives the spaCy pipeline; `run` writes the output files for any number of inputs, as the
command line does. Everything is imported on first use, so the command line starts fast.
"""

__all__ = ["ArticleResult", "InputError", "analyze", "analyze_file", "load", "load_nlp", "run"]
__version__ = "0.1.0"

_HOMES = {
    "analyze": "api", "analyze_file": "api", "load": "api",
    "ArticleResult": "runner", "run": "runner", "load_nlp": "nlp", "InputError": "ingest",
}


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])


def __getattr__(name: str):
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module 'claimscope' has no attribute {name!r}")
