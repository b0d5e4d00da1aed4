"""Numbers a hostile response can hold mean the same in every runtime and cost what their size says.

A negative zero ('-0.0' in a response) divided into a number gave -Infinity in Node and a DivisionByZeroError in PHP
(a PHP error, not one of the unified classes, from the very test that was to tell -0.0 from 0.0). An exponent is
bounded: Precise writes every digit of its results, so '1e1000000000' would have been a gigabyte of them.
"""

from __future__ import annotations

import pytest

from tests.emit.compiled import RUNTIMES, run_everywhere

SOURCES = {
    "negative_zero": """import Exchange from './base/Exchange.js';

export default class negative_zero extends Exchange {
    run () {
        const response = JSON.parse ('{"amount": "-0.0", "zero": 0.0, "negative": -0.0}');
        const amount = this.parseNumber (response['amount']);
        const negative = response['negative'];
        const cost = 5 / amount;
        const price = -5 / negative;
        const plain = 5 / response['zero'];
        return [ cost < 0, price > 0, plain > 0, amount === 0, 0 / amount ];
    }
}
""",
    "huge_exponent": """import Exchange from './base/Exchange.js';
import Precise from './base/Precise.js';

export default class huge_exponent extends Exchange {
    run () {
        const response = JSON.parse ('{"price": "1e1000000000", "amount": "2"}');
        return Precise.stringMul (response['price'], response['amount']);
    }
}
""",
    "bounded_exponent": """import Exchange from './base/Exchange.js';
import Precise from './base/Precise.js';

export default class bounded_exponent extends Exchange {
    run () {
        const response = JSON.parse ('{"price": "1.5e-1000", "amount": "2e+1000"}');
        return Precise.stringMul (response['price'], response['amount']);
    }
}
""",
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    return run_everywhere(str(tmp_path_factory.mktemp("hostile-numbers")), SOURCES)


def test_node_reads_them_as_javascript_does(runs):
    node = runs.results["node"]
    assert node["negative_zero"]["result"] == [True, True, True, True, {"$number": "NaN"}]
    assert node["huge_exponent"] == {"error": "BadResponse"}  # Precise: not a decimal number
    assert node["bounded_exponent"]["result"] == "3"


@pytest.mark.parametrize("name", sorted(SOURCES))
@pytest.mark.parametrize("runtime", RUNTIMES)
def test_every_runtime_reads_them_as_node_does(runs, runtime, name):
    assert runs.results[runtime][name] == runs.results["node"][name]
