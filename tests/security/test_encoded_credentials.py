"""A credential that a server echoes percent-encoded by another encoder than encodeURIComponent is redacted too
(red-team round 20).

The redaction knew a credential raw, JSON-escaped, as encodeURIComponent writes it and in base64. A server that
echoes a request's form body writes it as its own encoder does: a space as '+', ! ' ( ) * ~ escaped or not, the
escapes' digits in either case. Measured before the change on the password my pass'(1)*!~é/, each form in a body that
handleHttpStatusCode quoted: the message showed all eight forms below in Node, Python sync, asyncio and PHP. The shared
vectors hold each form (tests/vectors/base/errors.json); this test goes through an error response.

Red-team round 58: so for the JSON encoders of other languages (PHP's json_encode, Python's json.dumps, Go's
encoding/json, .NET's System.Text.Json), which escape what JSON.stringify writes as it is, and for a credential beyond
ASCII in a reason phrase or a header, which every runtime reads as latin-1 (its UTF-8 a byte a character).
"""

from __future__ import annotations

import json
import subprocess
import urllib.parse

import pytest

from tests.base_runners import RUNTIMES, get_each_route, run_calls
from tests.http_server import RawServer

PASSWORD = "my pass'(1)*!~\u00e9/"
FORMS = {
    "form (URLSearchParams)": "my+pass%27%281%29*%21%7E%C3%A9%2F",
    "PHP urlencode": "my+pass%27%281%29%2A%21%7E%C3%A9%2F",
    "Python quote_plus": urllib.parse.quote_plus(PASSWORD),
    "RFC 3986": urllib.parse.quote(PASSWORD, safe=""),
    ".NET WebUtility": "my+pass%27(1)*!%7E%C3%A9%2F",
    ".NET HttpUtility": "my+pass%27(1)*!%7e%c3%a9%2f",
    "lower-case RFC 3986": urllib.parse.quote(PASSWORD, safe="").lower(),
    "a URL path": "my%20pass'(1)*!~%C3%A9%2F",
}


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_an_echoed_form_body_shows_no_credential(runtime):
    config = {"apiKey": "KEY-0123456789", "secret": "SECRET-0123456789", "password": PASSWORD}
    calls = [["handleHttpStatusCode", [400, "Bad Request", "https://api.example.com/order", "POST",
                                       '{"error":"bad request: passphrase=' + form + '&nonce=1"}']]
             for form in FORMS.values()]
    results, _ = run_calls(runtime, {"config": config, "calls": calls})
    for (name, form), result in zip(FORMS.items(), results):
        assert result["throws"] == "BadRequest", result
        assert form not in result["message"] and "passphrase=***&nonce=1" in result["message"], (name, result)


# Red-team round 58: a credential echoed by a server's JSON encoder other than JSON.stringify, or in a reason phrase or
# a header, which every runtime reads as latin-1 (a byte a character). Measured before the change with the key and the
# password below: PHP's json_encode showed both, Python's json.dumps and Go's encoding/json the password, .NET's
# System.Text.Json both, and the reason phrase and the Location of a redirect the password, in Node, Python sync,
# asyncio and PHP alike.
KEY = "Xk7/Qw+9zR2pLm5vNb8cYt3=="  # (base64, as Kraken issues its keys)
TRADER = "Tr&der<2026>'\u00e9"
ECHOED = "P\u00e4ssw\u00f6rd-2026"  # (a reason phrase or a header shows PÃ¤sswÃ¶rd-2026)
# the other characters that some encoder writes otherwise: a quote, a backslash, ` + DEL, a control character,
# U+2028 and one beyond U+FFFF (written as its two surrogates)
ODD = 'lo"g\\in`+\x7f\x1f\u2028\U0001F600'
JSON_FORMS = {
    "PHP json_encode": {KEY: "Xk7\\/Qw+9zR2pLm5vNb8cYt3==", TRADER: "Tr&der<2026>'\\u00e9",
                        ODD: 'lo\\"g\\\\in`+\x7f\\u001f\\u2028\\ud83d\\ude00'},
    "Python json.dumps": {TRADER: "Tr&der<2026>'\\u00e9", ODD: 'lo\\"g\\\\in`+\\u007f\\u001f\\u2028\\ud83d\\ude00'},
    "Go encoding/json": {TRADER: "Tr\\u0026der\\u003c2026\\u003e'\u00e9", ODD: 'lo\\"g\\\\in`+\x7f\\u001f\\u2028\U0001F600'},
    ".NET System.Text.Json": {KEY: "Xk7/Qw\\u002B9zR2pLm5vNb8cYt3==",
                              TRADER: "Tr\\u0026der\\u003C2026\\u003E\\u0027\\u00E9",
                              ODD: "lo\\u0022g\\\\in\\u0060\\u002B\\u007F\\u001F\\u2028\\uD83D\\uDE00"},
}
ROUND_58 = {"apiKey": KEY, "secret": "SECRET-0123456789", "password": TRADER, "login": ODD}


def latin1(text: str) -> str:
    """text's UTF-8 as a runtime reads a reason phrase or a header: a byte a character."""
    return text.encode("utf-8").decode("latin-1")


def test_the_json_forms_are_those_of_the_encoders():
    # (Python's and PHP's encoders are at hand; Go's and .NET's forms are written out by their rules above)
    for text, form in JSON_FORMS["Python json.dumps"].items():
        assert json.dumps(text)[1:-1] == form
    texts = [text for text in JSON_FORMS["PHP json_encode"]]
    php = subprocess.run(["php", "-r", 'foreach (json_decode(stream_get_contents(STDIN)) as $t) '
                          '{ echo substr(json_encode($t), 1, -1), "\\n"; }'],
                         input=json.dumps(texts), capture_output=True, text=True, check=True)
    assert php.stdout.split("\n")[:-1] == [JSON_FORMS["PHP json_encode"][text] for text in texts]


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_body_of_another_json_encoder_shows_no_credential(runtime):
    echoes = [(name, form) for name, forms in JSON_FORMS.items() for form in forms.values()]
    calls = [["handleHttpStatusCode", [400, "Bad Request", "https://api.example.com/order", "POST",
                                       '{"error":"bad request","echo":"' + form + '","nonce":1}']]
             for _, form in echoes]
    results, _ = run_calls(runtime, {"config": ROUND_58, "calls": calls})
    for (name, form), result in zip(echoes, results):
        assert result["throws"] == "BadRequest", result
        assert form not in result["message"] and '"echo":"***","nonce":1' in result["message"], (name, result)


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_reason_phrase_read_as_latin1_shows_no_credential(runtime):
    config = dict(ROUND_58, uid=ECHOED)
    calls = [["handleHttpStatusCode", [400, "bad passphrase " + latin1(text), "https://api.example.com/order", "POST",
                                       "{}"]] for text in (ECHOED, ODD, TRADER)]
    results, _ = run_calls(runtime, {"config": config, "calls": calls})
    for result in results:
        assert result["throws"] == "BadRequest", result
        assert result["message"].endswith(" 400 bad passphrase *** {}"), result


class EchoingServer(RawServer):
    """Answers /reason with the password in its reason phrase and /location with a redirect that holds it, each
    written as UTF-8, as a server may."""

    def answer(self, connection, data):
        route = self.route(data)
        head = {"reason": "HTTP/1.1 400 bad passphrase " + ECHOED + "\r\n",
                "location": "HTTP/1.1 302 Found\r\nLocation: https://x.example/?p=" + ECHOED + "\r\n"}.get(route)
        if head is None:
            connection.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            return
        connection.sendall(head.encode("utf-8") + b"Content-Length: 2\r\nConnection: close\r\n\r\n{}")


def test_a_reason_phrase_and_a_header_of_a_response_show_no_credential():
    server = EchoingServer()
    config = dict(ROUND_58, password=ECHOED)
    outcomes = get_each_route(server.url, ["reason", "location"], **config)
    for runtime, (results, _) in outcomes.items():
        reason, location = results
        assert reason.get("throws") == "BadRequest" and reason["message"].endswith(" 400 bad passphrase *** {}"), \
            (runtime, reason)
        assert location.get("throws") == "BadResponse" and "https://x.example/?p=*** is not" in location["message"], \
            (runtime, location)
        assert not any(latin1(ECHOED)[:4] in result["message"] for result in results), (runtime, results)
