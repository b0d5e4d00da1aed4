"""Node keeps the implicit API of a class and api tree, as Python and PHP do (js/base/NativeExchange.js).

The first construction of a class with a given api tree builds and checks its implicit API entries; the next ones take
them from a table keyed by the class and an exact text of the tree. A user's config can give a construction any tree
(it is merged into describe ()'s), so the key must tell apart every two trees that collectImplicitApi reads apart.
JSON.stringify writes NaN, Infinity and null alike, -0 as 0, and leaves undefined out: keyed by it, the tables give
the second of two such exchanges the first one's costs and methods (three of the tests below fail so). A tree that
holds objects of the config's own (costs, endpoints), a getter or a Proxy is built at each construction as it was; the
nested paths that sign () receives are each exchange's own; and the tables are bounded, in Python and PHP too. (That a
kept table is checked against each construction's config, as in Python and PHP: tests/security/test_implicit_names.py.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

PRELUDE = """
const { default: kraken } = await import ('%s/js/kraken.js');
// What an implicit method passes to request (), which the exchange's own request stands in for here.
const requested = (exchange, name) => {
    exchange.request = (path, api, method, params, headers, body, config) => ({ path, api, method, 'cost': config['cost'] });
    return exchange[name] ();
};
const withGet = (get) => new kraken ({ 'api': { 'public': { 'get': get } } });
""" % ROOT


def node(script: str, *options: str) -> object:
    completed = subprocess.run(["node", *options, "--input-type=module", "-e", PRELUDE + script], capture_output=True,
                               text=True, timeout=120, cwd=ROOT)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_trees_that_json_cannot_tell_apart_keep_their_own_costs():
    # Each tree constructed after the other and again: every exchange's cost is its own tree's, read with Object.is.
    report = node("""
const pairs = [ [ NaN, null ], [ -0, 0 ], [ Infinity, null ], [ -Infinity, NaN ], [ undefined, null ], [ '1', 1 ], [ true, 1 ] ];
const wrong = [];
for (const [ first, second ] of pairs) {
    for (const cost of [ first, second, first, second ]) {
        const got = requested (withGet ({ 'Time': cost }), 'publicGetTime')['cost'];
        if (!Object.is (got, cost)) {
            wrong.push ([ String (cost), String (got) ]);
        }
    }
}
console.log (JSON.stringify (wrong));
""")
    assert report == []


def test_an_endpoint_whose_cost_is_undefined_is_a_method_of_its_tree_only():
    # { 'Extra': undefined } is a key that JSON.stringify leaves out: kraken's own tree has the same JSON text.
    report = node("""
const names = [];
for (const config of [ {}, { 'api': { 'public': { 'get': { 'Extra': undefined } } } }, {} ]) {
    names.push (typeof new kraken (config).publicGetExtra);
}
console.log (JSON.stringify (names));
""")
    assert report == ["undefined", "function", "undefined"]


def test_objects_of_a_config_are_each_exchanges_own():
    report = node("""
// A cost that is a dictionary: each exchange's is its own, a copy of its config's (the constructor copies the config's
// dictionaries), even of one config object.
const cost = { 'weight': 1 };
const costs = [ withGet ({ 'Time': cost }), withGet ({ 'Time': cost }) ].map ((exchange) => requested (exchange, 'publicGetTime')['cost']);
const own = [ (costs[0] !== costs[1]) && (costs[0] !== cost), JSON.stringify (costs) === '[{"weight":1},{"weight":1}]' ];
// A nested tree's api is its path, a list that sign () may change: each exchange has its own, which its methods of
// one path share, as they did.
const nested = () => new kraken ({ 'api': { 'v1': { 'pub': { 'get': [ 'a', 'b' ], 'post': [ 'c' ] } } } });
const [ first, second ] = [ nested (), nested () ];
const api = (exchange, name) => requested (exchange, name)['api'];
api (first, 'v1PubGetA').push ('changed');
console.log (JSON.stringify ({
    own,
    'first': api (first, 'v1PubPostC'),
    'second': api (second, 'v1PubGetA'),
    'third': api (nested (), 'v1PubGetB'),
}));
""")
    assert report == {"own": [True, True], "first": ["v1", "pub", "changed"], "second": ["v1", "pub"],
                      "third": ["v1", "pub"]}


def test_a_list_with_a_named_key_is_not_the_list_of_its_indices():
    # collectImplicitApi reads a tree's own keys (Object.keys), a list's named ones too: a list with an endpoint tree
    # under a name and the list of its indices alone each have the methods their own tree gives, built in either order.
    report = node("""
const named = () => Object.assign ([ 'x' ], { 'public': { 'get': [ 'ticker' ] } });
const methods = (Kind, trees) => trees.map ((tree) => typeof new Kind ({ 'api': tree }).publicGetTicker);
class first extends kraken {}
class second extends kraken {}
const orders = [ methods (first, [ named (), [ 'x' ], named () ]), methods (second, [ [ 'x' ], named (), [ 'x' ] ]) ];
console.log (JSON.stringify (orders));
""")
    assert report == [["function", "undefined", "function"], ["undefined", "function", "undefined"]]


def test_a_tree_with_a_getter_or_a_proxy_is_read_at_each_construction():
    # A tree of the config's own objects (no such branch in kraken's: deepExtend keeps it as it is): the getter, and
    # the Proxy's get, are read by each construction once, and its cost is what that read gave, as before.
    report = node("""
let reads = 0;
const endpoints = { get Ticker () { reads += 1; return reads; } };
const getters = [ 1, 2, 3 ].map (() => requested (new kraken ({ 'api': { 'extra': { 'get': endpoints } } }), 'extraGetTicker')['cost']);
let trapped = 0;
const proxy = new Proxy ({ 'Ticker': 5 }, { get (target, key) { trapped += 1; return target[key] + trapped; } });
const proxied = [ 1, 2, 3 ].map (() => requested (new kraken ({ 'api': { 'extra': { 'get': proxy } } }), 'extraGetTicker')['cost']);
console.log (JSON.stringify ({ getters, reads, proxied, trapped }));
""")
    assert report == {"getters": [1, 2, 3], "reads": 3, "proxied": [6, 7, 8], "trapped": 3}


def test_the_kept_tables_are_bounded():
    # 3,000 trees of kraken's (one cost each its own): the tables kept take a few MB, where 3,000 took some 45 MB.
    report = node("""
const heap = () => {
    global.gc ();
    global.gc ();
    return process.memoryUsage ().heapUsed;
};
new kraken ();
const start = heap ();
let kept = true;
for (let i = 0; i < 3000; i++) {
    kept = kept && (requested (withGet ({ 'Time': i }), 'publicGetTime')['cost'] === i);
}
console.log (JSON.stringify ({ kept, 'grown': heap () - start }));
""", "--expose-gc")
    assert report["kept"] is True
    assert report["grown"] < 12_000_000, report


# What an implicit method passes to request () for a tree whose Time endpoint costs tree_cost: its cost, as Node's
# requested gives it.
PYTHON_PRELUDE = """
import sys
sys.path.insert(0, sys.argv[1])
import exchangekit


def cost_of(tree_cost):
    exchange = exchangekit.kraken({'api': {'public': {'get': {'Time': tree_cost}}}})
    exchange.request = lambda path, api, method, params=None, headers=None, body=None, config=None: config['cost']
    return exchange.public_get_time()
"""
PHP_PRELUDE = """
require $argv[1];
class costs extends \\exchangekit\\kraken {
    public function request($path, $api = null, $method = null, $params = null, $headers = null, $body = null, $config = null) {
        return $config['cost'];
    }
}
$cost_of = fn ($tree_cost) => (new costs(['api' => ['public' => ['get' => ['Time' => $tree_cost]]]]))->publicGetTime();
"""


def python(script: str) -> str:
    completed = subprocess.run([sys.executable, "-c", PYTHON_PRELUDE + script, os.path.join(ROOT, "python")],
                               capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return completed.stdout.split("\n")[0]


def php(script: str) -> str:
    completed = subprocess.run(["php", "-r", PHP_PRELUDE + script, os.path.join(ROOT, "php", "base", "autoload.php")],
                               capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    return completed.stdout.split("\n")[0]


def test_a_nested_trees_path_is_each_python_exchanges_own():
    # As in Node (above): Python's kept class held one list per path, which every exchange of the class passed to sign
    # (): a change of one exchange's reached the next exchange's request (red-team round 72, through a stream state).
    assert json.loads(python("""
import json


def nested():
    exchange = exchangekit.kraken({'api': {'v1': {'pub': {'get': ['a', 'b'], 'post': ['c']}}}})
    exchange.request = lambda path, api, method, params=None, headers=None, body=None, config=None: api
    return exchange


first, second = nested(), nested()
first.v1_pub_get_a().append('changed')
print(json.dumps({'first': first.v1_pub_post_c(), 'second': second.v1_pub_get_a(), 'third': nested().v1_pub_get_b()}))
""")) == {"first": ["v1", "pub", "changed"], "second": ["v1", "pub"], "third": ["v1", "pub"]}


def test_the_python_and_php_tables_are_bounded_as_nodes():
    # A config may give every construction a tree of its own: Python's and PHP's tables keep the last 256 (and at
    # most 2^19 characters of their keys), each exchange still with its own tree's methods.
    kept, tables, text = python("""
from exchangekit.base import native_exchange
kept = all(cost_of(i) == i for i in range(3000))
tables = native_exchange._IMPLICIT_API_SUBCLASSES
print(kept, len(tables), sum(len(tree) for _, tree in tables))
""").split()
    assert [kept, tables] == ["True", "256"]
    assert int(text) <= 2**19
    kept, tables, text = php("""
$kept = true;
for ($i = 0; $i < 3000; $i++) {
    $kept = $kept && $cost_of($i) === $i;
}
$tables = (new ReflectionProperty(\\exchangekit\\NativeExchange::class, 'implicit_api_tables'))->getValue();
echo json_encode($kept), ' ', count($tables), ' ', array_sum(array_map('strlen', array_keys($tables))), "\\n";
""").split()
    assert [kept, tables] == ["true", "256"]
    assert int(text) <= 2**19


def test_a_tree_holding_a_function_of_the_config_s_is_built_at_each_construction_in_every_runtime():
    # A function in a config's tree is no text any table can be keyed by (serialize refused a closure with an
    # Exception in PHP alone): each such construction builds its own methods, which pass the function on as Node's.
    assert node("""
const cost = () => 1;
const costs = [ cost, 2, cost ].map ((treeCost) => requested (withGet ({ 'Time': treeCost }), 'publicGetTime')['cost']);
console.log (JSON.stringify (costs.map ((got) => (got === cost) ? 'the closure' : got)));
""") == ["the closure", 2, "the closure"]
    assert python("""
cost = lambda: 1
print(['the closure' if got is cost else got for got in map(cost_of, (cost, 2, cost))])
""") == "['the closure', 2, 'the closure']"
    assert json.loads(php("""
$cost = fn () => 1;
echo json_encode(array_map(fn ($got) => $got === $cost ? 'the closure' : $got, array_map($cost_of, [$cost, 2, $cost]))), "\\n";
""")) == ["the closure", 2, "the closure"]


def test_a_tree_of_the_user_s_objects_is_built_at_each_construction():
    # Python keys its kept trees by their repr and PHP by their serialize, which the user's objects write as they
    # like (two costs that write "1" in Python, two empty objects in PHP): the second exchange (and, in Python, one of
    # the cost 1) called with the first one's. Only plain data is keyed, as Node's treeText keys it.
    assert python("""
class Cost:
    def __repr__(self):
        return "1"  # (an object of the user's may write what an int writes)


class Endpoints(dict):
    pass


first, second = Cost(), Cost()
own = [cost_of(cost) is cost for cost in (first, second, first)] + [cost_of(1) == 1]
exchange = exchangekit.kraken({'api': {'public': {'get': Endpoints(Time=5)}}})
print(own, hasattr(exchange, 'public_get_time'), hasattr(exchangekit.kraken({'api': {}}), 'public_get_time'))
""") == "[True, True, True, True] True True"
    assert json.loads(php("""
[$first, $second] = [new stdClass(), new stdClass()];
echo json_encode(array_map(fn ($cost) => $cost_of($cost) === $cost, [$first, $second, $first])), "\\n";
""")) == [True, True, True]
