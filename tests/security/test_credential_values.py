"""A credential that is a number, or a text that is not Unicode, is handled alike and never shown (red-team round 58).

- A number (a config's `password: 73915284`) passed checkRequiredCredentials, and an exchange sends it as it is
  (Mercado Bitcoin's sign-in writes the password into a JSON body), but redactSecrets looked at texts only: an error
  body or a verbose log line that echoed it showed it in Node, Python sync, asyncio and PHP. It is redacted as
  JavaScript writes it now, String's text (1e+21, a JSON body's) and numberToString's (1000000000000000000000, a
  query's), in every encoding of secretForms. NaN and the infinities are no credential: checkRequiredCredentials refuses
  them, and nothing of them is redacted.
- A text that is not Unicode: half of a surrogate pair alone in Node and Python (os.environ gives one for each byte of
  a variable that is not UTF-8: 'SECRET-xyz\\udce9789'; JSON.parse for "\\udce9"), bytes that are not UTF-8 in PHP.
  Every error message broke, each runtime its own way: PHP's JSON gave an empty form, whose redaction put *** between
  every two characters ('l***o***c***a***l...'), Python raised a UnicodeEncodeError and Node a URIError (its
  percent-encoding), neither a unified error. Now checkRequiredCredentials refuses such a credential with one
  AuthenticationError that does not quote it (so that it is never sent), and redactSecrets redacts it as it is, and as
  this.json writes it in Node and Python (\\udce9), without failing or touching the other credentials' redaction.
"""

from __future__ import annotations

import pytest

from tests.base_runners import RUNTIMES, run_calls

DESCRIBE = {"id": "local", "requiredCredentials": {"apiKey": True, "secret": True, "password": True, "uid": True}}
URL = "https://api.example.com/order"


def status(body) -> list:
    """An error response whose body is body (a text, or {"$bytes": hex} for bytes that may not be UTF-8)."""
    return ["handleHttpStatusCode", [400, "Bad Request", URL, "POST", body]]


def message(body: str) -> str:
    return "local POST " + URL + " 400 Bad Request " + body


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_number_credential_is_redacted_as_javascript_writes_it(runtime):
    config = {"apiKey": "APIKEY-0123456789", "secret": "SECRET-0123456789", "password": 73915284, "uid": 55512345,
              "twofa": 1e21, "login": -0.25}
    calls = [status('{"msg":"bad login 73915284 for uid 55512345"}'),
             status('{"echo":"password=73915284&twofa=1e%2B21&login=-0.25"}'),
             status('{"twofa":1e+21,"query":"twofa=1000000000000000000000"}'),
             ["checkRequiredCredentials", []]]
    results, _ = run_calls(runtime, {"describe": DESCRIBE, "config": config, "calls": calls})
    assert results[0] == {"throws": "BadRequest", "message": message('{"msg":"bad login *** for uid ***"}')}, results
    assert results[1] == {"throws": "BadRequest", "message": message('{"echo":"password=***&twofa=***&login=***"}')}
    assert results[2] == {"throws": "BadRequest", "message": message('{"twofa":***,"query":"twofa=***"}')}
    assert results[3] == {"ok": True}


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_nan_and_the_infinities_are_no_credential(runtime):
    # (no 'NaN' nor 'Infinity' of a message is redacted for them)
    config = {"apiKey": "APIKEY-0123456789", "secret": "SECRET-0123456789", "password": {"$number": "NaN"},
              "uid": "7781", "twofa": {"$number": "Infinity"}, "login": {"$number": "-Infinity"}}
    calls = [["checkRequiredCredentials", []], ["checkRequiredCredentials", [False]],
             status('{"price":NaN,"limit":Infinity}')]
    results, _ = run_calls(runtime, {"describe": DESCRIBE, "config": config, "calls": calls})
    assert results[0] == {"throws": "AuthenticationError", "message": 'local requires the "password" credential as a '
                          'text or a finite number, not NaN nor an infinity'}, results
    assert results[1] == {"ok": False}
    assert results[2] == {"throws": "BadRequest", "message": message('{"price":NaN,"limit":Infinity}')}


SECRET = b"SECRET-xyz\xe9789"  # (the bytes of a variable of the environment that are not UTF-8: \xe9 alone)


def hexed(data: bytes) -> dict:
    return {"$bytes": data.hex()}


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_credential_that_is_not_unicode_is_refused_and_never_shown(runtime):
    config = {"apiKey": "APIKEY-0123456789", "secret": hexed(SECRET), "password": "Passphrase-2026", "uid": "7781"}
    calls = [status('{"a":1}'),
             status('{"key":"APIKEY-0123456789","uid":7781}'),
             status(hexed(b'{"secret":"' + SECRET + b'"}')),
             ["redactSecrets", [hexed(b"signed with " + SECRET + b" and Passphrase-2026")]],
             ["checkRequiredCredentials", []],
             ["checkRequiredCredentials", [False]]]
    results, _ = run_calls(runtime, {"describe": DESCRIBE, "config": config, "calls": calls})
    assert results == [
        {"throws": "BadRequest", "message": message('{"a":1}')},  # (not l***o***c***a***l...)
        {"throws": "BadRequest", "message": message('{"key":"***","uid":***}')},
        {"throws": "BadRequest", "message": message('{"secret":"***"}')},
        {"ok": "signed with *** and ***"},
        {"throws": "AuthenticationError", "message": 'local has a "secret" credential that is not Unicode text (half of '
         'a surrogate pair alone, or bytes that are not UTF-8), which is not sent (nor shown)'},
        {"ok": False},
    ], results


@pytest.mark.parametrize("runtime", ["js", "python", "python-async"])
def test_a_lone_surrogate_is_redacted_as_json_writes_it(runtime):
    # Node and Python write half of a surrogate pair in JSON as its escape (a verbose log of a body that held it):
    # PHP's JSON writes no text of bytes that are not UTF-8 (its json () of them is a refusal, not a form).
    config = {"apiKey": "APIKEY-0123456789", "secret": hexed(SECRET)}
    results, _ = run_calls(runtime, {"describe": DESCRIBE, "config": config,
                                     "calls": [status('{"secret":"SECRET-xyz\\udce9789"}')]})
    assert results == [{"throws": "BadRequest", "message": message('{"secret":"***"}')}], results
