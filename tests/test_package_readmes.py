"""The list of exchanges in each package's README (python/, php/, js/: what PyPI, Packagist and npm show)."""

from __future__ import annotations

import os
import re

import pytest

from tests.base_runners import ROOT
from transpiler.emit.result import Compiled
from transpiler.package_readmes import END, PACKAGE_READMES, START, with_exchange_list
from transpiler.registry import load_registry
from transpiler.registry_table import TableError


def compiled(exchange_id: str, name: str) -> Compiled:
    return Compiled(exchange_id, "Exchange", "", "", "", (), name)


@pytest.mark.parametrize("path", PACKAGE_READMES)
def test_each_package_readme_lists_the_exchanges_its_index_exports(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as handle:
        readme = handle.read()
    section = readme.split(START, 1)[1].split(END, 1)[0]
    implemented = load_registry(ROOT).implemented_modules()
    assert re.findall(r"\(`(\w+)`\)", section) == implemented
    assert section.lstrip().startswith(f"{len(implemented)} exchanges: ")


def test_the_list_names_each_exchange_by_its_describe_name_escaped_and_falls_back_to_its_id():
    # (a name that SUB-B017 refuses, such as one with markup, is listed by the id: tests/security/test_exchange_names.py)
    modules = {"acme": compiled("acme", "Acme (Global) 1.0"), "ruse": compiled("ruse", "Acme [docs](https://phish) <!--"),
               "zeta": compiled("zeta", "")}
    text = with_exchange_list(f"intro\n{START}\nstale\n{END}\noutro\n", modules, ["acme", "ruse", "zeta", "gone"],
                              "python/README.md")
    assert text == (f"intro\n{START}\n3 exchanges: Acme \\(Global\\) 1\\.0 (`acme`), ruse (`ruse`), zeta (`zeta`)."
                    f"\n{END}\noutro\n")


def test_a_readme_without_the_markers_is_a_finding_that_names_it():
    with pytest.raises(TableError, match="php/README.md needs the markers"):
        with_exchange_list("no markers\n", {}, [], "php/README.md")
