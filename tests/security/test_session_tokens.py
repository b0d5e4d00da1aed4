"""A token that an exchange issues for a session is redacted from messages as the credentials are.

ProBit's and Mercado Bitcoin's sign-ins answer a bearer token that trades on the account until it expires, and
Kraken's and Bitstamp's private streams are opened with a token of their own. They were kept in the options, which
redactSecrets did not read: a server that echoed the request's Authorization header in an error body had the bearer
token shown in the message, in every runtime. keepSessionToken keeps them under a name (this.sessionTokens), and
redactSecrets redacts them with the credentials.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import urllib.parse

import pytest

from tests.base_runners import RUNTIMES, run_calls

CONFIG = {"apiKey": "KEY-0123456789", "secret": "SECRET-0123456789"}
TOKEN = "eyJhbGciOiJIUzI1NiJ9.FAKE-SESSION-TOKEN"
RENEWED = "eyJhbGciOiJIUzI1NiJ9.FAKE-RENEWED-TOKEN"


def echo(token):
    """An error response whose body echoes the request's Authorization header."""
    return ["handleHttpStatusCode", [401, "Unauthorized", "https://api.example.com/balance", "GET",
                                     '{"error":"invalid token","header":"Authorization: Bearer ' + token + '"}']]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_kept_token_is_redacted_from_a_message(runtime):
    calls = [echo(TOKEN), ["keepSessionToken", ["access", TOKEN]], echo(TOKEN), ["keepSessionToken", ["access", RENEWED]],
             echo(RENEWED), ["keepSessionToken", ["stream", TOKEN]], echo(TOKEN), echo(RENEWED)]
    results, _ = run_calls(runtime, {"config": CONFIG, "calls": calls})
    before, kept, shown, renewed, shown_renewed, second, both, still = results
    assert TOKEN in before["message"]  # (the base of the test: the message quotes the body)
    assert kept == {"ok": TOKEN} and renewed == {"ok": RENEWED} and second == {"ok": TOKEN}, results
    for result in (shown, shown_renewed, both, still):
        assert result["throws"] == "AuthenticationError", result
        assert "Bearer ***" in result["message"], result
        assert TOKEN not in result["message"] and RENEWED not in result["message"], result


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_what_keep_session_token_takes(runtime):
    calls = [["keepSessionToken", ["access", None]], ["keepSessionToken", ["access", 12345]],
             ["keepSessionToken", [5, TOKEN]], ["keepSessionToken", ["__proto__", TOKEN]], echo(TOKEN)]
    results, _ = run_calls(runtime, {"config": CONFIG, "calls": calls})
    absent, number, unnamed, proto, message = results
    assert absent.get("ok") is None and "throws" not in absent, absent  # no token: the caller reports it
    assert number["throws"] == "BadResponse", number
    assert unnamed["throws"] == "ExchangeError" and proto["throws"] == "ExchangeError", results
    assert TOKEN in message["message"]  # none of them kept anything


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_token_given_in_the_config_is_redacted(runtime):
    # A user may hand over a token kept from an earlier session.
    config = dict(CONFIG, sessionTokens={"access": TOKEN})
    results, _ = run_calls(runtime, {"config": config, "calls": [echo(TOKEN)]})
    assert "Bearer ***" in results[0]["message"] and TOKEN not in results[0]["message"], results


def long_token(lines: int) -> str:
    """A token of many lines of base64 (with + / =), each line beyond ASCII too (an é)."""
    return "\n".join("\u00e9" + base64.b64encode(hashlib.sha512(str(i).encode()).digest()).decode() for i in range(lines))


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_long_token_is_redacted_in_its_encoded_forms(runtime):
    # A token of more than 64 escapes has its escapes lowered by a pass for each digit (percentEncodedForms), and one
    # beyond ASCII is walked for the JSON encoders that escape it (escapedForms): red-team round 58.
    token = long_token(200)
    forms = {
        "lower-case percent escapes": re.sub("%[0-9A-F]{2}", lambda m: m.group(0).lower(),
                                             urllib.parse.quote(token, safe="")),
        "PHP json_encode": json.dumps(token)[1:-1].replace("/", "\\/"),
        "Python json.dumps": json.dumps(token)[1:-1],
    }
    calls = [["keepSessionToken", ["access", token]]] + [
        ["handleHttpStatusCode", [401, "Unauthorized", "https://api.example.com/balance", "GET",
                                  '{"error":"invalid token","token":"' + form + '"}']] for form in forms.values()]
    results, _ = run_calls(runtime, {"config": CONFIG, "calls": calls})
    for name, result in zip(forms, results[1:]):
        assert result["throws"] == "AuthenticationError", (name, result)
        assert '"token":"***"' in result["message"], (name, result["message"])
