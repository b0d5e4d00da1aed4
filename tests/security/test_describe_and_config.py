"""describe ()'s dictionaries and the user's config are built alike in every runtime (red-team round 45).

Measured before the change, each file below passed `exkit check` and was constructed everywhere:
- LEFT_OUT: `this.omit (..., 'options')` left Python without the attribute, whose AttributeError a catch clause saw
  ('sell'), where Node and PHP read undefined ('buy');
- SHARED: `'options': [ 'unset' ]` made this.options the user's own config['options'] in Node and Python (deepExtend
  keeps b's dictionary where a has nothing to merge it into), so that `this.options['side'] = 'sell'` reached every
  exchange later built from that config there, and not in PHP, whose arrays are values;
- INDEX_KEYED: `'options': { '0': 'sell' }` is a list in PHP, which deepExtend does not merge: with the user's
  ordinary `{ 'options': { 'recvWindow': 5000 } }`, PHP replaced describe ()'s options where Node and Python merged them
  (and `'headers': { '0': 'x' }` sent a header 0 from Node and Python alone);
- METHOD_SPELLING: a config key whose snake_case spelling names a method of the file (httpsProxy beside
  https_proxy ()) was taken by Node and refused by Python and PHP.
Each is refused by the constructor of every runtime now, with an ExchangeError, and LEFT_OUT by the checker too
(SUB-B011).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.base_runners import ROOT
from tests.checking import check_text
from tests.emit.compiled import run_everywhere

sys.path.insert(0, os.path.join(ROOT, "python"))

from exchangekit.base.errors import ExchangeError  # noqa: E402
from exchangekit.bitstamp import bitstamp  # noqa: E402

RUNTIMES = ("node", "python", "python-async", "php")


def source(name: str, describe: str, methods: str = "") -> str:
    return f"""import Exchange from './base/Exchange.js';

export default class {name} extends Exchange {{
    describe () {{
        return {describe};
    }}

    run () {{
        let side = 'buy';
        try {{
            side = this.safeString (this.options, 'side', 'buy');
        }} catch (e) {{
            this.rethrowUncaught (e);
            side = 'sell';
        }}
        return side;
    }}
{methods}}}
"""


def merged(name: str, extra: str) -> str:
    return f"this.deepExtend (super.describe (), {{ 'id': '{name}', 'urls': {{ 'api': 'https://api.example.com' }}, {extra} }})"


SOURCES = {
    "shared": source("shared", merged("shared", "'options': [ 'unset' ]")),
    "index_keyed": source("index_keyed", merged("index_keyed", "'options': { '0': 'sell' }")),
    "headers_index_keyed": source("headers_index_keyed", merged("headers_index_keyed", "'headers': { '0': 'x' }")),
    "method_spelling": source("method_spelling", merged("method_spelling", ""),
                              "\n    https_proxy () {\n        return 'proxy';\n    }\n"),
    # built past the checker's reading of describe ()'s literals: this.omit leaves a dictionary keyed '0' (round 46)
    "api_index_keyed": source("api_index_keyed", "this.extend (" + merged(
        "api_index_keyed", "'api': { 'public': { 'x': { 'get': [ 'json' ] } } }") + ", { 'api': { 'public': this.omit ("
        "{ '0': { 'get': [ 'json' ] }, 'x': { 'get': [ 'json' ] } }, 'x') } })"),
    "urls_index_keyed": source("urls_index_keyed", "this.deepExtend (super.describe (), { 'id': 'urls_index_keyed', "
                               "'urls': { 'api': this.omit ({ '0': 'https://api.example.com', 'x': 'https://x.example.com' }, 'x') } })"),
    # what stays allowed: dictionaries of the exchange's own keyed '0' to 'n-1' below options (binance's statuses)
    "allowed": source("allowed", merged("allowed", "'options': { 'side': 'buy', 'statuses': { '0': 'pending', '1': 'ok' } }")),
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    config = {"options": {"recvWindow": 5000}, "httpsProxy": "http://127.0.0.1:9"}
    return run_everywhere(str(tmp_path_factory.mktemp("describe-config")), SOURCES, config=config)


@pytest.mark.parametrize("name", ["shared", "index_keyed", "headers_index_keyed", "method_spelling"])
def test_every_runtime_refuses_the_construction(runs, name):
    assert {runtime: runs.results[runtime][name] for runtime in RUNTIMES} == \
        {runtime: {"error": "ExchangeError"} for runtime in RUNTIMES}


@pytest.mark.parametrize("name", ["api_index_keyed", "urls_index_keyed"])
def test_node_and_python_refuse_an_index_keyed_api_tree_or_urls(runs, name):
    # PHP holds such a dictionary as a list, which it cannot tell from one written as a list: it makes another api
    # (no public0GetJson) or another set of origins of it. Refused in Node and Python, the file fails certify there.
    assert {runtime: runs.results[runtime][name] for runtime in ("node", "python", "python-async")} == \
        {runtime: {"error": "ExchangeError"} for runtime in ("node", "python", "python-async")}


def test_an_exchanges_own_index_keyed_dictionary_below_options_stays_allowed(runs):
    assert {runtime: runs.results[runtime]["allowed"] for runtime in RUNTIMES} == {runtime: {"result": "buy"} for runtime in RUNTIMES}


LEFT_OUT = source("left_out", f"this.omit ({merged('left_out', '')}, 'options')")


def test_the_checker_refuses_a_describe_that_leaves_out_a_base_key():
    assert [(finding.rule, finding.line) for finding in check_text(LEFT_OUT, "js/left_out.js")] == [("SUB-B011", 5)]


def test_node_and_php_refuse_a_describe_that_leaves_out_a_base_key():
    node = """
import bitstamp from './js/bitstamp.js';
class omitted extends bitstamp {
    describe () {
        return this.omit (super.describe (), [ 'options', 'fees' ]);
    }
}
try { new omitted (); console.log ('built'); } catch (e) { console.log (e.constructor.name + ': ' + e.message); }
"""
    php = """require 'php/base/autoload.php'; require 'php/bitstamp.php';
class omitted extends exchangekit\\bitstamp {
    public function describe() { return $this->omit(parent::describe(), ['options', 'fees']); }
}
try { new omitted(); echo 'built'; } catch (exchangekit\\ExchangeError $e) { echo 'ExchangeError: ', $e->getMessage(); }"""
    outcomes = [subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
                for command in (["node", "--input-type=module", "-e", node], ["php", "-r", php])]
    refusal = "ExchangeError: describe () may not leave out a key of the base class's describe () (merge into " \
              "super.describe () rather than omit): fees, options"
    assert outcomes == [refusal, refusal]


def test_python_names_what_describe_leaves_out_and_what_is_no_dictionary():
    class omitted(bitstamp):
        def describe(self):
            return self.omit(super().describe(), ["options", "fees"])

    class listed(bitstamp):
        def describe(self):
            return self.deep_extend(super().describe(), {"options": ["unset"], "fees": {"funding": {"withdraw": {"0": 1}}}})

    with pytest.raises(ExchangeError, match=r"may not leave out a key .*: fees, options$"):
        omitted()
    with pytest.raises(ExchangeError, match=r"not fees\.funding\.withdraw, options$|not options, fees\.funding\.withdraw$"):
        listed()


def test_the_config_is_copied_in_node_and_python():
    config = {"fooBar": {"nested": [{"a": 1}]}, "options": {"x": {"y": 1}}}
    exchange = bitstamp(config)
    config["fooBar"]["nested"][0]["a"] = 2
    exchange.options["x"]["y"] = 3
    assert exchange.fooBar == {"nested": [{"a": 1}]} and config["options"]["x"]["y"] == 1
    script = """
import bitstamp from './js/bitstamp.js';
const config = { 'fooBar': { 'nested': [ { 'a': 1 } ] }, 'options': { 'x': { 'y': 1 } } };
const exchange = new bitstamp (config);
config['fooBar']['nested'][0]['a'] = 2;
exchange.options['x']['y'] = 3;
console.log (JSON.stringify ([ exchange.fooBar, config['options'] ]));
"""
    completed = subprocess.run(["node", "--input-type=module", "-e", script], cwd=ROOT, capture_output=True, text=True,
                               check=True)
    assert json.loads(completed.stdout) == [{"nested": [{"a": 1}]}, {"x": {"y": 1}}]


def deep_config(levels: int) -> dict:
    config: dict = {}
    for _ in range(levels - 2):
        config = {"a": config}
    return {"options": config}


@pytest.mark.parametrize("levels,refused", [(64, False), (65, True)])
def test_a_config_nested_past_64_levels_is_refused_in_every_runtime(levels, refused):
    # levels counts the config itself: {'options': {'a': ... {}}}
    config = json.dumps(deep_config(levels))
    outcomes = {}
    try:
        bitstamp(json.loads(config))
        outcomes["python"] = "built"
    except ExchangeError:
        outcomes["python"] = "refused"
    node = f"""
import bitstamp from './js/bitstamp.js';
try {{ new bitstamp ({config}); console.log ('built'); }} catch (e) {{ console.log (e.constructor.name === 'ExchangeError' ? 'refused' : e.message); }}
"""
    outcomes["node"] = subprocess.run(["node", "--input-type=module", "-e", node], cwd=ROOT, capture_output=True,
                                      text=True, check=True).stdout.strip()
    php = f"""require 'php/base/autoload.php'; require 'php/bitstamp.php';
try {{ new exchangekit\\bitstamp(json_decode('{config}', true)); echo 'built'; }}
catch (exchangekit\\ExchangeError $e) {{ echo 'refused'; }}"""
    outcomes["php"] = subprocess.run(["php", "-r", php], cwd=ROOT, capture_output=True, text=True,
                                     check=True).stdout.strip()
    expected = "refused" if refused else "built"
    assert outcomes == {"python": expected, "node": expected, "php": expected}


# A name of the config or of describe () that spells a method's name in any case, with or without underscores, or the
# name of a method one runtime alone has (Object.prototype's valueOf, Python's mro ()): Node took 'fetch_ticker',
# 'SafeString', 'parse_json', 'mro' and 'sIGN' that Python or PHP refused, Python refused 'mro' alone and Node
# 'valueOf' alone, and PHP refused every construction of an exchange with a method apikey (), whose name it compares
# with apiKey's in any case (red-team round 46).
NAMED = source("named", merged("named", ""), "\n    apikey_of () {\n        return 'k';\n    }\n")
APIKEY_METHOD = source("apikey_method", merged("apikey_method", ""), "\n    apikey () {\n        return 'k';\n    }\n")


@pytest.mark.parametrize("name", ["fetch_ticker", "SafeString", "parse_json", "mro", "valueOf", "sIGN", "APIKEYOF",
                                  "method_spellings"])
def test_a_config_name_that_spells_a_method_is_refused_in_every_runtime(tmp_path, name):
    runs = run_everywhere(str(tmp_path), {"named": NAMED}, config={name: 1})
    assert {runtime: runs.results[runtime]["named"] for runtime in RUNTIMES} == \
        {runtime: {"error": "ExchangeError"} for runtime in RUNTIMES}


def test_other_config_names_and_methods_pass_in_every_runtime(tmp_path):
    runs = run_everywhere(str(tmp_path), {"named": NAMED}, config={"recvWindow": 1, "api_key_of_mine": 2})
    assert {runtime: runs.results[runtime]["named"] for runtime in RUNTIMES} == \
        {runtime: {"result": "buy"} for runtime in RUNTIMES}


def test_a_method_that_spells_a_data_property_is_refused_by_the_checker_and_every_constructor():
    assert [finding.rule for finding in check_text(APIKEY_METHOD, "js/apikey_method.js")] == ["SUB-B006"]

    class apikey_method(bitstamp):
        def apikey(self):
            return "k"

    with pytest.raises(ExchangeError, match='"apiKey" is not allowed'):
        apikey_method()
    node = """
import bitstamp from './js/bitstamp.js';
class apikeyMethod extends bitstamp {
    apikey () {
        return 'k';
    }
}
try { new apikeyMethod (); console.log ('built'); } catch (e) { console.log (e.message); }
"""
    php = """require 'php/base/autoload.php'; require 'php/bitstamp.php';
class apikey_method extends exchangekit\\bitstamp {
    public function apikey() { return 'k'; }
}
try { new apikey_method(); echo 'built'; } catch (exchangekit\\ExchangeError $e) { echo $e->getMessage(); }"""
    outcomes = [subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
                for command in (["node", "--input-type=module", "-e", node], ["php", "-r", php])]
    assert all(outcome.endswith('"apiKey" is not allowed') for outcome in outcomes), outcomes


def test_the_native_state_names_are_the_php_runtimes_properties():
    php = """require 'php/base/autoload.php';
foreach ((new ReflectionClass('exchangekit\\NativeExchange'))->getProperties() as $property) {
    if ($property->getDeclaringClass()->getName() === 'exchangekit\\NativeExchange') { echo $property->getName(), "\\n"; }
}"""
    properties = subprocess.run(["php", "-r", php], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    from exchangekit.base.construction import NATIVE_STATE_NAMES
    node = open(os.path.join(ROOT, "js", "base", "construction.js"), encoding="utf-8").read()
    assert set(properties) == NATIVE_STATE_NAMES
    assert all(f"'{name}'" in node.split("const NATIVE_STATE_NAMES = ")[1].split(";")[0] for name in properties)
