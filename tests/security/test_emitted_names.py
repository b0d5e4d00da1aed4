"""No literal of the source is printed as a name of the generated code, which a local of the same name would answer.

Python's repr () of an infinite float is the bare name `inf`: a JavaScript literal beyond the largest double (1e400)
printed that way was an undefined name in the module, and a local named `inf` stood in for it (any string, or a list,
in place of the number). The literals run in every runtime and must give what Node gives.
"""

from __future__ import annotations

import pytest

from tests.emit.compiled import RUNTIMES, run_everywhere

SOURCE = """import Exchange from './base/Exchange.js';

export default class literal_names extends Exchange {
    run () {
        const inf = 'a local';
        const nan = [ 'another' ];
        const big = 1e400;
        const small = -1e400;
        return [ big > 1e308, small < -1e308, big === Infinity, -small === Infinity, inf, nan ];
    }
}
"""


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    return run_everywhere(str(tmp_path_factory.mktemp("literal-names")), {"literal_names": SOURCE})


def test_node_reads_the_literals_as_numbers(runs):
    assert runs.results["node"]["literal_names"]["result"] == [True, True, True, True, "a local", ["another"]]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_every_runtime_reads_them_as_node_does(runs, runtime):
    assert runs.results[runtime]["literal_names"] == runs.results["node"]["literal_names"]


def test_no_bare_inf_in_the_python_modules(runs):
    compiled = runs.compiled["literal_names"]
    for text in (compiled.python, compiled.python_async):
        assert "math.inf" in text and " inf\n" not in text and "= inf" not in text
