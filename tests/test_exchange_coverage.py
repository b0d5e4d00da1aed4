"""What every exchange owes its users and reviewers: has[...] is true exactly for the unified methods its class
implements, and its fixture covers each of them with a request test and a response test, plus at least three
documented error responses mapped to unified errors."""

from __future__ import annotations

import os

import pytest

from tests.base_runners import ROOT, SOURCE_TREE
from transpiler.harness.fixtures import cases, fixtures_by_exchange
from transpiler.harness.run import Library, class_methods
from transpiler.unified import BASE_IMPLEMENTED, STREAMING_METHODS

FIXTURES = fixtures_by_exchange(ROOT)
IDS = sorted(FIXTURES)
NOT_METHODS = {"publicAPI", "privateAPI"}  # has entries that describe the API, not a method


@pytest.fixture(scope="module")
def classes() -> dict:
    return class_methods(SOURCE_TREE, IDS)


@pytest.mark.parametrize("exchange", IDS)
def test_has_is_true_exactly_for_the_methods_the_class_implements(classes, exchange):
    has = {name: value for name, value in classes[exchange]["has"].items() if name not in NOT_METHODS}
    own = set(classes[exchange]["own"])
    # fetchMarkOHLCV and fetchIndexOHLCV are the base class's, over the exchange's fetchOHLCV (BASE_IMPLEMENTED)
    own |= {name for name, base in BASE_IMPLEMENTED.items() if base in own and has.get(name) is True}
    claimed = {name for name, value in has.items() if value is True}
    assert claimed - own == set(), f"{exchange}: has[...] is true but the class does not implement these"
    assert own - claimed == set(), f"{exchange}: implemented but has[...] is not true"


@pytest.fixture(scope="module")
def compiled() -> dict:
    from transpiler.build import BASE_SOURCE
    from transpiler.emit.compile import compile_file

    paths = [os.path.join(ROOT, BASE_SOURCE)] + [os.path.join(ROOT, "js", f"{exchange}.js") for exchange in IDS]
    return {result.id: result for result in map(compile_file, paths)}


@pytest.mark.parametrize("exchange", IDS)
def test_the_readme_table_reads_the_has_the_class_has(classes, compiled, exchange):
    # The build reads has from the sources (describe ()'s literal, merged down the parents) for the README's table
    # of methods; the class's has, as Node builds it, must say the same for every unified and streaming method.
    from transpiler.methods_table import merged_has
    from transpiler.unified import UNIFIED_METHODS

    static = merged_has(compiled, exchange)
    for name in [*UNIFIED_METHODS, *STREAMING_METHODS]:
        assert bool(static.get(name)) == (classes[exchange]["has"].get(name) is True), f"{exchange}: has['{name}']"


@pytest.mark.parametrize("exchange", IDS)
def test_every_implemented_method_has_a_request_test_and_a_response_test(classes, exchange):
    implemented = {name for name, value in classes[exchange]["has"].items()
                   if value is True and name not in NOT_METHODS and name not in STREAMING_METHODS}  # tests/test_streams.py
    requests = {case.method for case in cases(FIXTURES[exchange]) if case.is_request_test}
    responses = {case.method for case in cases(FIXTURES[exchange]) if case.is_response_test}
    assert implemented - requests == set(), f"{exchange}: methods without a request test"
    assert implemented - responses == set(), f"{exchange}: methods without a response test"


@pytest.mark.parametrize("exchange", IDS)
def test_at_least_three_error_responses_map_to_unified_errors(exchange):
    mapped = [case for case in cases(FIXTURES[exchange]) if "throws" in case.spec and case.spec.get("responses")]
    assert len(mapped) >= 3, f"{exchange}: {len(mapped)} error response case(s)"


def test_a_derived_exchange_implements_what_it_inherits_unless_its_has_turns_it_off(tmp_path):
    # childx extends parentx: it inherits fetchTicker (has true) and turns off fetchTrades (has false), once by
    # leaving the parent's method in place and once by overriding it to throw; its own fetchTime with has false
    # stays its own method, which certify reports as implemented but not claimed (CERT-H002).
    folder = tmp_path / "js"
    folder.mkdir()
    (folder / "base").symlink_to(os.path.join(ROOT, "js", "base"))
    (folder / "parentx.js").write_text(
        "import Exchange from './base/Exchange.js';\n"
        "export default class parentx extends Exchange {\n"
        "    describe () { return this.deepExtend (super.describe (), { 'id': 'parentx', 'has': {\n"
        "        'fetchTicker': true, 'fetchTrades': true, 'fetchOHLCV': true } }); }\n"
        "    async fetchTicker (symbol, params = {}) { return {}; }\n"
        "    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) { return []; }\n"
        "    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) { return []; }\n"
        "}\n")
    (folder / "childx.js").write_text(
        "import parentx from './parentx.js';\n"
        "export default class childx extends parentx {\n"
        "    describe () { return this.deepExtend (super.describe (), { 'id': 'childx', 'has': {\n"
        "        'fetchTrades': false, 'fetchOHLCV': false, 'fetchTime': false } }); }\n"
        "    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) { throw new Error ('off'); }\n"
        "    async fetchTime (params = {}) { return 1; }\n"
        "}\n")
    library = Library(SOURCE_TREE.python, SOURCE_TREE.python_path, SOURCE_TREE.php_autoload, str(folder / "index.js"))
    described = class_methods(library, ["parentx", "childx"])
    assert {"fetchTicker", "fetchTrades", "fetchOHLCV"} <= set(described["parentx"]["own"])
    own = set(described["childx"]["own"])
    assert "fetchTicker" in own
    assert "fetchTrades" not in own and "fetchOHLCV" not in own
    assert "fetchTime" in own
