"""Every emitter case runs in Node (the original JavaScript), Python sync, Python asyncio and PHP: same results."""

from __future__ import annotations

import pytest

from tests.emit.compiled import CASE_NAMES, KNOWN_DIFFERENCES, RUNTIMES, compile_and_run, same_value


@pytest.fixture(scope="session")
def runs(tmp_path_factory):
    return compile_and_run(str(tmp_path_factory.mktemp("emitted")))


def _params():
    for name in CASE_NAMES:
        for runtime in RUNTIMES:
            reason = KNOWN_DIFFERENCES.get((name, runtime))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            yield pytest.param(name, runtime, marks=marks, id=f"{name}-{runtime}")


@pytest.mark.parametrize("name, runtime", list(_params()))
def test_same_result_as_node(runs, name, runtime):
    expected = runs.results["node"][name]
    actual = runs.results[runtime][name]
    if "error" in expected or "error" in actual:
        assert actual == expected
    else:
        assert same_value(actual["result"], expected["result"]), (actual["result"], expected["result"])


def test_node_ran_every_case_without_native_errors(runs):
    assert sorted(runs.results["node"]) == CASE_NAMES
    assert [name for name, line in runs.results["node"].items() if line.get("error") == "native"] == []


def test_same_value_is_javascript_equality():
    assert same_value(1, 1.0) and same_value({"a": [1]}, {"a": [1.0]})
    assert same_value(3.900719925474099e16, 39007199254740990)  # one double, as Python and as Node's JSON print it
    assert not same_value(9007199254740993, 9007199254740992) and not same_value(10 ** 400, 1.0)
    assert not same_value(True, 1) and not same_value("1", 1) and not same_value([1], [1, 2])
