"""Every docstring example in the installed package runs and gives what it shows."""

import doctest
import importlib
import pkgutil

import claimscope
import pytest

MODULES = sorted(m.name for m in pkgutil.walk_packages(claimscope.__path__, "claimscope.")
                 if not m.name.endswith("__main__"))


def test_every_module_is_found():
    assert {"claimscope.api", "claimscope.components.attribution", "claimscope.components.rulefiles"} <= set(MODULES)


@pytest.mark.parametrize("name", ["claimscope", *MODULES])
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
