"""A method's name spells no other method's in any case (SUB-D003, red-team round 51, F4, F5, F6).

PHP finds methods in any case before NativeExchange::__call maps a camelCase name to the snake_case one, so a method
`fetchticker` was what `$exchange->fetchTicker ()` ran in PHP alone (Node and Python ran the unified fetchTicker), and
certify did not see it: its PHP runner called the snake_case name. Measured before the fix: `exkit check` passed a
file with `fetchTicker` and `fetchticker`, or `fetchticker` alone; a method `None` passed and made Python that does
not compile (`None = MethodAlias("none")`); a destructuring hole or an object pattern with a bracket read
(`const [ a, , ] = [ 1, 2, 3 ]; return [ a, a[0] ];`) raised a traceback out of `exkit check`.
"""

from __future__ import annotations

import pytest

from tests.base_runners import ROOT
from tests.checking import check_text
from transpiler.harness.run import EXCHANGE_RUNNER, Library, run_exchange_code


def check_methods(methods: str) -> list:
    text = f"import Exchange from './base/Exchange.js';\n\nexport default class spelt extends Exchange {{\n" \
           f"{methods}\n}}\n"
    return check_text(text, "js/spelt.js")


DECOY = """    async fetchTicker (symbol, params = {}) {
        return { 'symbol': symbol, 'side': 'unified' };
    }

    async fetchticker (symbol, params = {}) {
        return { 'symbol': symbol, 'side': 'decoy' };
    }"""
SPELLINGS = {
    "an own method in another case": DECOY,
    "an inherited method in lower case": "    async fetchticker (symbol, params = {}) {\n        return {};\n    }",
    "an inherited method in upper case": "    async FETCHTICKER (symbol, params = {}) {\n        return {};\n    }",
    "an inherited method in another case": "    async Createorder (symbol, type, side, amount, price = undefined, "
                                           "params = {}) {\n        return {};\n    }",
    "a helper of the native layers": "    requestheaders () {\n        return {};\n    }",
    "two own methods": "    fooBar () {\n        return 1;\n    }\n\n    foobar () {\n        return 2;\n    }",
}


@pytest.mark.parametrize("methods", SPELLINGS.values(), ids=SPELLINGS.keys())
def test_a_method_spelling_another_in_another_case_is_refused(methods):
    assert "SUB-D003" in {finding.rule for finding in check_methods(methods)}


@pytest.mark.parametrize("methods", [
    "    async fetchTicker (symbol, params = {}) {\n        return {};\n    }",  # an override
    "    dateTime (text) {\n        return text;\n    }",  # Python's private _datetime is not PHP's
], ids=["override", "python-private-helper"])
def test_an_override_or_a_name_of_its_own_passes(methods):
    assert check_methods(methods) == []


@pytest.mark.parametrize("name", ["None", "True", "False"])
def test_a_method_named_like_a_capitalized_python_keyword_is_refused(name):
    findings = check_methods(f"    {name} () {{\n        return 1;\n    }}")
    assert [(finding.rule, finding.message) for finding in findings] == \
        [("SUB-D003", f"the method name {name} is a Python keyword")]


@pytest.mark.parametrize("declaration", ["const [ a, , ] = [ 1, 2, 3 ];", "const { a } = { 'a': 1 };",
                                         "const [ a, ...b ] = [ 1, 2, 3 ];"])
def test_a_pattern_the_subset_refuses_is_a_finding_not_a_crash(declaration):
    findings = check_methods(f"    run () {{\n        {declaration}\n        return [ a, a[0] ];\n    }}")
    assert {finding.rule for finding in findings} == {"SUB-E017"}


def test_a_checker_failure_is_a_finding_of_that_file(monkeypatch):
    import transpiler.checker

    def failing(context):
        raise AttributeError("a rule's bug")

    monkeypatch.setattr(transpiler.checker, "run_rules", failing)
    findings = check_methods("    run () {\n        return 1;\n    }")
    assert [(finding.rule, finding.message) for finding in findings] == \
        [("SUB-X001", "the checker failed on this file (AttributeError: a rule's bug)")]


# The decoy as the PHP emitter writes it when nothing refuses it.
DECOY_PHP = """<?php
namespace exchangekit;

class decoy extends Exchange {
    public function fetch_ticker($symbol, $params = []) {
        return ['symbol' => $symbol, 'side' => 'unified'];
    }

    public function fetchticker($symbol, $params = []) {
        return ['symbol' => $symbol, 'side' => 'decoy'];
    }
}
"""


def test_certify_calls_the_name_php_users_call(tmp_path):
    """The PHP runner calls fetchTicker, as PHP users do, and so gets what they would: the decoy's answer."""
    (tmp_path / "decoy.php").write_text(DECOY_PHP)
    (tmp_path / "autoload.php").write_text(f"<?php\nrequire '{ROOT}/php/base/autoload.php';\n"
                                           f"require '{tmp_path}/decoy.php';\n")
    library = Library.source_tree(ROOT)
    library = Library(library.python, library.python_path, str(tmp_path / "autoload.php"), library.js_index)
    case = {"method": "fetchTicker", "args": ["BTC/USDT"], "milliseconds": 0, "config": {"enableRateLimit": False},
            "responses": []}
    outcomes = run_exchange_code(library.command(EXCHANGE_RUNNER, "php"),
                                 {"id": "decoy", "markets": None, "currencies": None, "cases": [case]}, library, "php")
    assert outcomes[0]["ok"] == {"symbol": "BTC/USDT", "side": "decoy"}
