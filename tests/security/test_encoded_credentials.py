"""A credential that a server echoes percent-encoded by another encoder than encodeURIComponent is redacted too
(red-team round 20).

The redaction knew a credential raw, JSON-escaped, as encodeURIComponent writes it and in base64. A server that
echoes a request's form body writes it as its own encoder does: a space as '+', ! ' ( ) * ~ escaped or not, the
escapes' digits in either case. Measured before the change on the password my pass'(1)*!~é/, each form in a body that
handleHttpStatusCode quoted: the message showed all eight forms below in Node, Python sync, asyncio and PHP. The shared
vectors hold each form (tests/vectors/base/errors.json); this test goes through an error response.
"""

from __future__ import annotations

import urllib.parse

import pytest

from tests.base_runners import RUNTIMES, run_calls

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
