"""An implicit API method names nothing else in any runtime (red-team round 20).

The api tree of describe () names the implicit methods: publicGetTicker in Node, and in Python and PHP also
public_get_ticker, the spelling the generated code calls. The constructors refused a name of a method of the class,
but not a snake_case spelling that names a data property, nor two names that share one. `exkit check` passed both
files below; measured before the change:

- { '': { 'OPTIONS': [ '' ] } } makes a method OPTIONS, spelled options: Python (sync and asyncio) set it over
  self.options (a functools.partial), so a read of an option raised a native TypeError there, which a catch clause
  that opens with this.rethrowUncaught (e) saw: the file returned 'taken in the catch' in Python and the user's option
  in Node and PHP. 'HEAD': [ 'ERS' ] replaced self.headers so, and { 'last_response_': { 'HEAD': [ 'ERS' ] } }
  self.last_response_headers.
- { 'public': { 'get': [ 'ohlcv', 'OHLCV' ] } } makes publicGetOhlcv and publicGetOHLCV, both spelled
  public_get_ohlcv: `this.publicGetOhlcv ()` requested ohlcv in Node and OHLCV in Python and PHP, signed.

Now such a tree fails the construction with one ExchangeError in every runtime.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.base_runners import RUNTIMES, run_calls
from tests.checking import check_text
from tests.emit.compiled import run_everywhere

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

HEADER = """import Exchange from './base/Exchange.js';
import { NetworkError } from './base/errors.js';

export default class %(name)s extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': '%(name)s',
            'name': 'Probe',
            'urls': { 'api': { 'public': 'http://127.0.0.1:9' } },
            'api': %(api)s,
            'options': { 'withdrawAddress': 'the-users-own' },
        });
    }
"""

OPTIONS_SHADOWED = HEADER % {"name": "options_shadowed", "api": "{ '': { 'OPTIONS': [ '' ] } }"} + """
    run () {
        let address = 'elsewhere';
        try {
            address = this.safeString (this.options, 'withdrawAddress', 'elsewhere');
        } catch (e) {
            this.rethrowUncaught (e);
            address = 'taken in the catch';
        }
        return address;
    }
}
"""

SHARED_SPELLING = HEADER % {"name": "shared_spelling", "api": "{ 'public': { 'get': [ 'ohlcv', 'OHLCV' ] } }"} + """
    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        this.options['signed'] = path;
        return { 'url': this.urls['api']['public'] + '/' + path, 'method': method, 'body': body, 'headers': headers };
    }

    async run () {
        try {
            await this.publicGetOhlcv ();
        } catch (e) {
            if (!(e instanceof NetworkError)) {
                throw e;
            }
        }
        return this.options['signed'];
    }
}
"""

SOURCES = {"options_shadowed": OPTIONS_SHADOWED, "shared_spelling": SHARED_SPELLING}

REFUSED_TREES = {
    "options": ({"": {"OPTIONS": [""]}}, '"OPTIONS" is spelled "options"', "a property of the exchange"),
    "headers": ({"": {"HEAD": ["ERS"]}}, '"HEADERS" is spelled "headers"', "a property of the exchange"),
    "last response headers": ({"last_response_": {"HEAD": ["ERS"]}}, '"last_response_HEADERS" is spelled '
                              '"last_response_headers"', "a property of the exchange"),
    "shared spelling": ({"public": {"get": ["ohlcv", "OHLCV"]}}, '"publicGetOHLCV" is spelled "public_get_ohlcv"',
                        'the implicit method "publicGetOhlcv"'),
    "shared inside a word": ({"public": {"get": ["ab/cdef", "ABCdef"]}}, '"publicGetABCdef" is spelled '
                             '"public_get_ab_cdef"', 'the implicit method "publicGetAbCdef"'),
}


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_the_files_pass_the_checker(name):
    assert check_text(SOURCES[name], f"js/{name}.js") == []  # (the runtimes are the boundary here)


def test_a_shadowing_or_shared_spelling_fails_the_construction_in_every_runtime(tmp_path):
    runs = run_everywhere(str(tmp_path), SOURCES)
    for runtime, results in runs.results.items():
        for name in SOURCES:
            assert results[name] == {"error": "ExchangeError"}, (runtime, name, results[name])


@pytest.mark.parametrize("runtime", RUNTIMES)
@pytest.mark.parametrize("tree", sorted(REFUSED_TREES))
def test_the_construction_says_which_name(runtime, tree):
    api, spelled, clash = REFUSED_TREES[tree]
    [result], _ = run_calls(runtime, {"describe": {"api": api}, "calls": [["safeString", [{"a": "b"}, "a"]]]})
    assert result.get("throws") == "ExchangeError", result
    assert spelled in result["message"] and clash in result["message"], result["message"]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_endpoints_of_one_name_stay_as_they_were(runtime):
    # ('ticker/{pair}' and 'ticker_pair' are one name, publicGetTickerPair, in every runtime: the last one wins alike)
    api = {"public": {"get": ["ticker/{pair}", "ticker_pair", "OHLCV", "time"]}, "private": {"post": ["order"]}}
    [result], _ = run_calls(runtime, {"describe": {"api": api}, "calls": [["safeString", [{"a": "b"}, "a"]]]})
    assert result == {"ok": "b"}


# A user's config whose key is an implicit method's name or spelling: Node refused it at every construction, where
# Python and PHP checked the names at the first construction of a class and api tree only (the table is built once)
# and took such a key from the second one on, as a property over one spelling of the method (red-team round 23). Every
# runtime keeps the table now, and checks it against each construction's config.
CONFIGS = [{}, {"publicGetTicker": 1}, {"public_get_ticker": 1}, {}]
CONSTRUCTIONS = {
    "js": ["node", "--input-type=module", "-e", """
const { default: kraken } = await import ('%(root)s/js/kraken.js');
for (const config of %(configs)s) {
    try { new kraken (config); console.log ('constructed'); } catch (e) { console.log (e.constructor.name + ': ' + e.message); }
}"""],
    "python": [sys.executable, "-c", """
import sys; sys.path.insert(0, '%(root)s/python')
from exchangekit%(package)s import kraken
for config in %(configs)s:
    try:
        kraken(config); print('constructed')
    except Exception as error:
        print(type(error).__name__ + ': ' + str(error))"""],
    "php": ["php", "-r", """
require '%(root)s/php/base/autoload.php'; require '%(root)s/php/kraken.php';
foreach (json_decode('%(configs)s', true) as $config) {
    try { new \\exchangekit\\kraken($config); echo "constructed\\n"; }
    catch (\\Throwable $e) { echo (new \\ReflectionClass($e))->getShortName() . ': ' . $e->getMessage() . "\\n"; }
}"""],
}


REFUSED = ('ExchangeError: the api tree\'s method "%s" is spelled "%s" in Python and PHP, which names a property of the '
           "exchange: the api tree may not define it")


def constructions(runtime: str, configs: list[dict]) -> list[str]:
    """What each construction of kraken with each config in turn gives, in one process of the runtime."""
    command = CONSTRUCTIONS[runtime.split("-")[0]]
    values = {"root": ROOT, "configs": json.dumps(configs), "package": ".async_support" if runtime.endswith("async") else ""}
    return subprocess.run([*command[:-1], command[-1] % values], capture_output=True, text=True, check=True,
                          timeout=120).stdout.splitlines()


@pytest.mark.parametrize("runtime", ["js", "python", "python-async", "php"])
def test_a_config_key_that_names_an_implicit_method_is_refused_at_every_construction(runtime):
    refused = REFUSED % ("publicGetTicker", "public_get_ticker")
    assert constructions(runtime, CONFIGS) == ["constructed", refused, refused, "constructed"]


@pytest.mark.parametrize("runtime", ["js", "python", "python-async", "php"])
def test_a_config_that_names_two_implicit_methods_is_refused_by_the_first_in_the_trees_order(runtime):
    # publicGetAssets comes before publicGetTicker in kraken's tree, whatever the order of the config's keys: the first
    # construction builds the implicit API (and is refused before it keeps it), the third takes it as kept.
    two = {"public_get_ticker": 1, "publicGetAssets": 1}
    refused = REFUSED % ("publicGetAssets", "public_get_assets")
    assert constructions(runtime, [two, {}, two]) == [refused, "constructed", refused]
