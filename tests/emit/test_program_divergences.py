"""Every divergence the random programs found (tests/emit/program_runs.py), kept: each program gives its expected value
in Node, Python sync, Python asyncio and PHP ('error' where it throws; the runner catches it).

tests/emit/program_divergences.json holds the programs: why each is there (what a runtime did before), its lines,
and the value JavaScript gives. tests/emit/program_fail_closed.json holds those that Python and PHP fail closed on
where Node returns a value (Unportable: no catch clause sees it), for what depends on data the checker cannot see
(SUB-T007): half of a character beyond U+FFFF made on the way, which no UTF-8 text can hold (SUB-E018), and the case
of a letter that the runtimes' Unicode tables map otherwise.
"""

from __future__ import annotations

import json
import os

import pytest

from tests.emit.compiled import RUNTIMES, run_everywhere, same_value
from tests.emit.programs import program_class

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "program_divergences.json"), encoding="utf-8") as handle:
    PROGRAMS = json.load(handle)
with open(os.path.join(HERE, "program_fail_closed.json"), encoding="utf-8") as handle:
    FAILING_CLOSED = json.load(handle)

# A for ... of loop that changes what it walks is walked by index in PHP: over a string (which JavaScript walks by its
# characters) that would be another walk, so PHP fails closed (no catch clause sees it: the runner reports the call's
# error); over a dictionary it is a TypeError, as in Node.
CHANGING_WALK = """import Exchange from './base/Exchange.js';

export default class changing_walk extends Exchange {
    walk (list) {
        const out = [];
        for (const y of list) {
            out.push (y);
            if (y === 'stop') {
                list.push ('more');
            }
        }
        return out;
    }

    run () {
        const results = [ this.walk ([ 'a', 'stop' ]) ];
        try {
            results.push (this.walk ({ 'a': 1 }));
        } catch (e) {
            this.rethrowUncaught (e);
            results.push ('error');
        }
        return results;
    }

    text () {
        try {
            return this.walk ('ab');
        } catch (e) {
            this.rethrowUncaught (e);
            return 'caught';
        }
    }
}
"""


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    bodies = ["\n".join(entry["program"]) for entry in PROGRAMS]
    closing = ["\n".join(entry["program"]) for entry in FAILING_CLOSED]
    cases = [f"programs:run{index}" for index in range(len(bodies))] + ["changing_walk", "changing_walk:text"] + [
        f"closing:run{index}" for index in range(len(closing))]
    sources = {"programs": program_class("programs", bodies), "changing_walk": CHANGING_WALK,
               "closing": program_class("closing", closing)}
    return run_everywhere(str(tmp_path_factory.mktemp("divergences")), sources, cases=cases)


@pytest.mark.parametrize("index", range(len(PROGRAMS)), ids=[entry["why"] for entry in PROGRAMS])
@pytest.mark.parametrize("runtime", ("node",) + RUNTIMES)
def test_program_gives_its_value(runs, runtime, index):
    outcome = runs.results[runtime][f"programs:run{index}"]
    assert "result" in outcome and same_value(outcome["result"], PROGRAMS[index]["expected"]), outcome


@pytest.mark.parametrize("runtime", ("node",) + RUNTIMES)
def test_a_walk_that_changes_its_list_sees_the_additions_and_refuses_a_dictionary(runs, runtime):
    assert runs.results[runtime]["changing_walk"] == {"result": [["a", "stop", "more"], "error"]}


def test_a_walk_that_changes_a_string_fails_closed_in_php(runs):
    assert [runs.results[runtime]["changing_walk:text"] for runtime in ("node",) + RUNTIMES] == [
        {"result": ["a", "b"]}, {"result": ["a", "b"]}, {"result": ["a", "b"]}, {"error": "native"}]


@pytest.mark.parametrize("index", range(len(FAILING_CLOSED)), ids=[entry["why"] for entry in FAILING_CLOSED])
def test_what_depends_on_the_runtimes_text_models_fails_closed_in_python_and_php(runs, index):
    outcomes = [runs.results[runtime][f"closing:run{index}"] for runtime in ("node",) + RUNTIMES]
    assert "result" in outcomes[0] and same_value(outcomes[0]["result"], FAILING_CLOSED[index]["node"]), outcomes[0]
    assert [outcome.get("error") for outcome in outcomes[1:]] == ["native"] * len(RUNTIMES), outcomes
