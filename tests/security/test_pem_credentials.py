"""A private key in PEM as the secret (Coinbase's CDP keys, which asymmetricJwt signs with) is redacted in every form a
message may hold it.

Such a key is several lines, and users paste it with its line breaks or with them written as the two characters \\n
(a JSON key file, an environment variable): the redaction knew the credential as given, so that a server that echoed
the other form, one line of the base64 or the base64 in one piece showed the key (measured before credentialTexts on
the fake key below, with the line breaks as given and the body echoed in one piece: the message held it in Node,
Python sync, asyncio and PHP). Also: the exchange's dumps show none of it, and a key asymmetricJwt refuses is named in
the error by what it must be, never shown.
"""

from __future__ import annotations

import json
import urllib.parse

import pytest

from tests.base_runners import RUNTIMES, run_calls
from tests.test_asymmetric_jwt import EC_SEC1

LINES = EC_SEC1.strip().split("\n")
BODY = "".join(LINES[1:-1])
FORMS = {
    "the key as given": EC_SEC1,
    "its line breaks written \\n": EC_SEC1.replace("\n", "\\n"),
    "its line breaks CR LF": EC_SEC1.replace("\n", "\r\n"),
    "the base64 in one piece": BODY,
    "one line of the base64": LINES[2],
    "the base64 percent-encoded": urllib.parse.quote(BODY, safe=""),
    "the key percent-encoded": urllib.parse.quote(EC_SEC1, safe=""),
}
SECRETS = {"with line breaks": EC_SEC1, "with \\n written out": EC_SEC1.replace("\n", "\\n")}


def echo(form: str) -> list:
    """An error response whose body echoes the secret (as a JSON string: line breaks escaped as JSON escapes them)."""
    return ["handleHttpStatusCode", [400, "Bad Request", "https://api.example.com/order", "POST",
                                     json.dumps({"error": "bad key", "key": form})]]


def shows_the_key(text: str) -> list[str]:
    """The parts of the key that text shows: a line of its base64 (whole, or its first 16 characters)."""
    unescaped = text.replace("\\n", "\n").replace("\\r", "\r").replace("\\/", "/")
    return [line for line in LINES[1:-1] if line[:16] in unescaped or urllib.parse.quote(line[:16], safe="") in text]


@pytest.mark.parametrize("runtime", RUNTIMES)
@pytest.mark.parametrize("secret", SECRETS.values(), ids=list(SECRETS))
def test_an_echoed_pem_key_is_redacted_in_every_form(runtime, secret):
    config = {"apiKey": "organizations/fake-org/apiKeys/fake-key", "secret": secret}
    results, _ = run_calls(runtime, {"config": config, "calls": [echo(form) for form in FORMS.values()]})
    for (name, form), result in zip(FORMS.items(), results):
        assert result.get("throws") == "BadRequest", (name, result)
        assert "***" in result["message"] and not shows_the_key(result["message"]), (name, result["message"])


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_dumps_of_an_exchange_show_no_pem_key(runtime):
    config = {"apiKey": "organizations/fake-org/apiKeys/fake-key", "secret": EC_SEC1.replace("\n", "\\n")}
    results, _ = run_calls(runtime, {"config": config, "calls": [echo(BODY), ["dumps", []]]})
    assert results[0].get("throws") == "BadRequest"
    dumps = results[1]["ok"]
    assert len(dumps) >= 2 and not any(shows_the_key(text) for text in dumps), dumps


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_refused_key_is_named_never_shown(runtime):
    # the key with one character of its base64 changed: no EC key, and the message shows none of it
    broken = EC_SEC1.replace(LINES[1], LINES[1][:20] + "*" + LINES[1][21:])
    calls = [["asymmetricJwt", [{"sub": "k"}, broken, "ES256", {"kid": "k"}]],
             ["asymmetricJwt", [{"sub": "k"}, BODY, "EdDSA", {"kid": "k"}]]]
    results, _ = run_calls(runtime, {"calls": calls})
    for result in results:
        assert result.get("throws") == "AuthenticationError", result
        assert "(the key is not shown)" in result["message"] and not shows_the_key(result["message"]), result
