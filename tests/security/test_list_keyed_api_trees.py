"""describe ()'s api tree holds no dictionary keyed '0' to 'n-1' (SUB-B011, red-team round 23).

PHP holds such a dictionary as a list, and the construction reads a list under an HTTP method as the endpoints (its
values) and skips it as a branch of the tree: `{ 'public': { '0': { 'get': [ 'json' ] } } }` made public0GetJson in
Node, Python sync and asyncio and no method in PHP, and `{ 'public': { 'get': { '0': 'json' } } }` made publicGet0 (the
path '0') there and publicGetJson in PHP. The constructors hold every name to one spelling (round 20), not the set of
names to one set. Measured before the change with ATTACK below against a server on 127.0.0.1: `exkit check` passed
it, Node, Python sync and asyncio requested /api/json and returned 'buy', and PHP failed the call (no such method),
which the catch clause saw: 'sell'. The checker refuses such a tree in a file; Node's and Python's constructors refuse it
in describe () too (red-team round 46: this.omit built one past the checker's reading of the literals), and PHP, which
cannot tell it from a list, builds what it is given.
"""

from __future__ import annotations

import pytest

from tests.base_runners import run_calls
from tests.checking import check_text
from transpiler.harness.run import RUNTIMES

ATTACK = """import Exchange from './base/Exchange.js';

export default class listtree extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'listtree',
            'urls': { 'api': 'https://api.listtree.example' },
            'api': { 'public': { '0': { 'get': [ 'json' ] } } },
        });
    }

    async run () {
        let side = 'buy';
        try {
            await this.public0GetJson ({ 'run': 'listtree' });
        } catch (e) {
            this.rethrowUncaught (e);
            side = 'sell';
        }
        return side;
    }
}
"""

# What each tree makes in PHP, which reads the tree as describe () gives it (Node and Python made public0GetJson and
# publicGet0 of them before they refused them)
TREES = {
    "branch": ({"public": {"0": {"get": ["json"]}}}, set()),
    "endpoints": ({"public": {"get": {"0": "json"}}}, {"publicGetJson"}),
}


def _rules(tree: str) -> list[str]:
    return [finding.rule for finding in check_text(ATTACK.replace("{ 'public': { '0': { 'get': [ 'json' ] } } }",
                                                                  tree), "js/listtree.js")]


def test_the_attack_is_refused():
    assert _rules("{ 'public': { '0': { 'get': [ 'json' ] } } }") == ["SUB-B011"]


@pytest.mark.parametrize("tree", ["{ 'public': { 'get': { '0': 'json' } } }", "{ 'public': { 'get': { 1: 'a', 0: 'b' } } }",
                                  "{ 'public': { '1': { 'get': [ 'a' ] }, '0': { 'get': [ 'b' ] } } }"])
def test_any_dictionary_of_the_tree_keyed_like_a_list_is_refused(tree):
    assert "SUB-B011" in _rules(tree)


@pytest.mark.parametrize("tree", ["{ 'public': { 'get': { 'json': 1, '0': 2 } } }", "{ 'public': { 'get': { '1': 2 } } }",
                                  "{ 'v1': { 'get': [ '0' ] }, 'public': { 'get': {} } }",
                                  "{ '0': { 'get': [ 'json' ] }, 'public': { 'get': [ 'x' ] } }"])
def test_other_numeric_keys_and_lists_pass(tree):
    assert "SUB-B011" not in _rules(tree)


@pytest.mark.parametrize("runtime", RUNTIMES)
@pytest.mark.parametrize("name", sorted(TREES))
def test_php_names_other_methods_of_such_a_tree(runtime, name):
    # why the checker refuses it: PHP cannot tell the dictionary from a list, and names other methods of it; Node and
    # Python refuse it at construction since describe () could build one past the checker (this.omit, round 46)
    tree, php = TREES[name]
    results, _ = run_calls(runtime, {"describe": {"id": "t", "urls": {"api": "http://127.0.0.1:9/api"}, "api": tree},
                                     "calls": [["implicitApiMethods", []]]})
    if runtime == "php":
        assert {entry["name"] for entry in results[0]["ok"]} == php, results
    else:
        assert results[0].get("throws") == "ExchangeError", results
