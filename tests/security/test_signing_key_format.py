"""A signing key that its decoder refuses fails the call past every catch clause of exchange code, and the instance
sends nothing more while it holds that key (red-team round 20 left this open; SECURITY.md).

SUB-B009 lets exchange code read the secret, the private key and the 2FA key only as the key of a signature, through
`this.base64ToBinary`, `this.base16ToBinary`, `this.totp` or `this.asymmetricJwt`, which refuse a text that is not
base64, hexadecimal, base32 or a private key. That refusal was an ExchangeError (an AuthenticationError for
asymmetricJwt), so a file that decoded the secret in sign () and caught the error around a private call learnt the
secret's format (and its length modulo 4) and could send it on. Measured before the change, with the secret 'not
base64!': `probe` below sent `run=leak-refused` to the server in Node, Python sync, asyncio and PHP alike. Now the
refusal is InvalidSigningKey, an AuthenticationError to the user that no catch clause of exchange code sees (Python's
js.UNCAUGHT, PHP's Uncatchable, Node's rethrowUncaught with SUB-T007).
"""

from __future__ import annotations

import pytest

from tests.base_runners import run_calls
from tests.checking import rules_of
from tests.emit.compiled import run_everywhere
from tests.http_server import LocalServer
from transpiler.harness.run import RUNTIMES

SOURCE = """import Exchange from './base/Exchange.js';
export default class key_format extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'key_format',
            'urls': { 'api': '%(url)s' },
            'api': { 'public': { 'get': [ 'json' ] }, 'private': { 'get': [ 'json' ] } },
        });
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        let url = this.urls['api'] + '/' + path + '?' + this.urlencode (params);
        if (api === 'private') {
            url = url + '&signature=' + this.hmac (this.encode (url), this.base64ToBinary (this.secret), 'sha256', 'hex');
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    async probe () {
        // the secret's format learnt in a catch clause, then sent
        let format = 'base64';
        try {
            await this.privateGetJson ({ 'run': 'private' });
        } catch (e) {
            this.rethrowUncaught (e);
            format = 'refused';
        }
        return await this.publicGetJson ({ 'run': 'leak-' + format });
    }

    base64Secret () {
        return this.hmac (this.encode ('x'), this.base64ToBinary (this.secret), 'sha256', 'hex').length;
    }

    base16Secret () {
        return this.hmac (this.encode ('x'), this.base16ToBinary (this.secret), 'sha256', 'hex').length;
    }

    totpCode () {
        return this.totp (this.twofa).length;
    }

    privateKeyToken () {
        return this.asymmetricJwt ({ 'sub': 'x' }, this.privateKey, 'EdDSA').length > 0;
    }

    ownText () {
        try {
            return this.hmac (this.encode ('x'), this.base64ToBinary ('also not base64!'), 'sha256', 'hex').length;
        } catch (e) {
            this.rethrowUncaught (e);
            return 'caught';
        }
    }
}
"""

MALFORMED = {"apiKey": "KEY-ID", "secret": "not base64!", "twofa": "not base32!", "privateKey": "not a key"}
# base64 and hexadecimal alike; the 2FA key in base32; an Ed25519 seed of 32 bytes in base64
WELL_FORMED = {"apiKey": "KEY-ID", "secret": "abcd", "twofa": "JBSWY3DPEHPK3PXP",
               "privateKey": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="}
KEY_CASES = ["base64Secret", "base16Secret", "totpCode", "privateKeyToken"]


def runs_of(tmp_path, config: dict, cases: list[str]):
    with LocalServer() as server:
        runs = run_everywhere(str(tmp_path), {"key_format": SOURCE % {"url": server.url}}, config=config,
                              cases=[f"key_format:{case}" for case in cases])
        return runs.results, dict(server.arrivals)


def test_a_refused_key_fails_the_call_past_the_catch_clause(tmp_path):
    results, arrivals = runs_of(tmp_path, MALFORMED, ["probe", "ownText"] + KEY_CASES)
    for runtime, outcomes in results.items():
        assert outcomes["key_format:probe"] == {"error": "InvalidSigningKey"}, (runtime, outcomes)
        for case in KEY_CASES:
            assert outcomes[f"key_format:{case}"] == {"error": "InvalidSigningKey"}, (runtime, case, outcomes)
        # a text that is no key of the config is refused as before, to the file's own catch clause
        assert outcomes["key_format:ownText"] == {"result": "caught"}, (runtime, outcomes)
    assert not [run for run in arrivals if run.startswith("leak")], arrivals  # (before: leak-refused, four times)


def test_well_formed_keys_sign_as_before(tmp_path):
    results, arrivals = runs_of(tmp_path, WELL_FORMED, ["probe"] + KEY_CASES)
    for runtime, outcomes in results.items():
        assert outcomes["key_format:probe"]["result"]["query"]["run"] == "leak-base64", (runtime, outcomes)
        assert [outcomes[f"key_format:{case}"] for case in KEY_CASES] == \
            [{"result": 64}, {"result": 64}, {"result": 6}, {"result": True}], (runtime, outcomes)
    assert len(arrivals["leak-base64"]) == 4 and len(arrivals["private"]) == 4, arrivals


CATCHES = {
    "AuthenticationError": ("if (!(e instanceof AuthenticationError)) {\n                throw e;\n            }", True),
    "ExchangeError": ("if (e instanceof BadRequest || e instanceof ExchangeError) {\n                return 'x';\n"
                      "            }\n            throw e;", True),
    "BaseError": ("if (!(e instanceof BaseError)) {\n                throw e;\n            }", True),
    "OrderNotFound": ("if (!(e instanceof OrderNotFound)) {\n                throw e;\n            }", False),
    "guarded": ("this.rethrowUncaught (e);\n            if (e instanceof AuthenticationError) {\n"
                "                return 'x';\n            }", False),
}


@pytest.mark.parametrize("name", sorted(CATCHES))
def test_a_catch_clause_that_would_see_it_in_node_opens_with_the_guard(name):
    body, refused = CATCHES[name]
    source = ("import Exchange from './base/Exchange.js';\n"
              "import { AuthenticationError, BadRequest, BaseError, ExchangeError, OrderNotFound } from "
              "'./base/errors.js';\n\nexport default class example extends Exchange {\n    async run () {\n"
              "        try {\n            await this.fetchBalance ();\n        } catch (e) {\n            " + body +
              "\n        }\n        return undefined;\n    }\n}\n")
    assert ("SUB-T007" in rules_of(source)) == refused


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_request_is_refused_while_the_instance_holds_a_refused_key(runtime):
    # the refused key, a request (refused before any connection while the key is held), and the same decoder on a text
    # of the caller's that is no key; then on another config, the request goes out (and finds nothing listening)
    calls = [["base64ToBinary", ["not base64!"]], ["fetch", ["http://127.0.0.1:9/api/json"]],
             ["base64ToBinary", ["also not base64!"]]]
    describe = {"id": "local", "urls": {"api": "http://127.0.0.1:9/api"}}
    held, _ = run_calls(runtime, {"describe": describe, "config": {"secret": "not base64!"}, "calls": calls})
    assert [outcome.get("throws") for outcome in held] == ["InvalidSigningKey", "InvalidSigningKey", "ExchangeError"], \
        (runtime, held)
    assert "not base64!" not in held[0]["message"] and "secret" in held[0]["message"], held
    other, _ = run_calls(runtime, {"describe": describe, "config": {"secret": "c2VjcmV0"}, "calls": calls})
    assert [outcome.get("throws") for outcome in other] == ["ExchangeError", "ExchangeNotAvailable", "ExchangeError"], \
        (runtime, other)
