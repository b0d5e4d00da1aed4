"""A spread passes what JavaScript passes (red-team round 11).

`this.publicGetTicker (...[ params, headers, body ])` passed the checker, whose count of arguments left spreads out:
Node's implicit API method takes the params and drops the rest, where Python's passed the second and third elements
on to request () as the headers and the body of the request (SUB-E019 refuses such a spread now, and Python's implicit
methods take the params only). And a key other than an index written into a list (`list['c'] = value`) made the list a
dictionary in PHP, whose string keys a spread passes as named arguments (`Math.max (...list)` took the value of `c`):
Python raises there, and so does PHP now, for a value the emitter knows to be a list. (No list is spread into a call's
arguments since: SUB-E015, red-team rounds 29 and 32.)
"""

from __future__ import annotations

import os
import sys

import pytest

from tests.base_runners import ROOT
from tests.emit.compiled import run_everywhere

sys.path.insert(0, os.path.join(ROOT, "python"))

from exchangekit.base.errors import ExchangeError  # noqa: E402
from exchangekit.base.exchange import Exchange  # noqa: E402

SOURCE = """import Exchange from './base/Exchange.js';

export default class list_keys extends Exchange {
    run () {
        const values = [ 1 ];
        values['c'] = 1000;
        return [ Math.max (values[0], 2), values.length ];
    }
}
"""


def test_python_implicit_api_methods_take_the_params_only():
    signed = []

    class recorder(Exchange):
        def describe(self):
            return self.deep_extend(super().describe(), {"id": "recorder", "urls": {"api": "https://api.example.com"},
                                                         "api": {"public": {"get": ["ticker"]}}})

        def sign(self, path, api="public", method="GET", params=None, headers=None, body=None):
            signed.append((headers, body))
            raise ExchangeError("signed")

    exchange = recorder()
    with pytest.raises(TypeError):
        exchange.publicGetTicker({}, {"X-Forwarded-Host": "elsewhere.example"}, "body")
    with pytest.raises(ExchangeError):
        exchange.public_get_ticker({})
    assert signed == [(None, None)]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    return run_everywhere(str(tmp_path_factory.mktemp("list-keys")), {"list_keys": SOURCE})


def test_php_refuses_a_key_of_a_list_as_python_does(runs):
    assert runs.results["python"]["list_keys"] == {"error": "native"}
    assert runs.results["php"]["list_keys"] == runs.results["python"]["list_keys"]
