"""A credential that a response's excerpt cuts through is redacted too (red-team round 19).

Error messages quote the first 200 code units of a response's body, and the redaction ran on the message, after the
cut: a body that echoed the request with a credential across the 200th unit (`...apiKey=APIKEY-0123456789abcdef...`)
kept the part before the cut, `APIKEY-012345`, in Node, Python sync and PHP alike, which no redaction of the whole
credential finds. The body is redacted before it is cut now.
"""

from __future__ import annotations

import pytest

from tests.base_runners import RUNTIMES, run_calls

API_KEY = "APIKEY-0123456789abcdef0123456789abcdef"
PASSPHRASE = "Passphrase-Trader-2026"
CONFIG = {"apiKey": API_KEY, "secret": "SECRET-0123456789", "password": PASSPHRASE}


def echoed(offset: int) -> str:
    """A body echoing the request, the API key starting `offset` units before the excerpt's end."""
    prefix = '{"code":10001,"msg":"invalid request: apiKey='
    return prefix + "x" * (200 - len(prefix) - offset) + API_KEY + "&passphrase=" + PASSPHRASE + '"}'


OFFSETS = [6, 13, len(API_KEY) - 1]  # (units of the key the cut leaves: APIKEY, APIKEY-012345, all but one)


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_no_part_of_a_credential_is_quoted(runtime):
    calls = [["handleHttpStatusCode", [400, "Bad Request", "https://api.example.com/order", "POST", echoed(offset)]]
             for offset in OFFSETS]
    results, _ = run_calls(runtime, {"config": CONFIG, "calls": calls})
    for offset, result in zip(OFFSETS, results):
        assert result["throws"] == "BadRequest", result
        assert API_KEY[:offset] not in result["message"], (offset, result["message"])
        assert "x*" in result["message"], (offset, result["message"])  # (where the key stood: redacted, then cut)
