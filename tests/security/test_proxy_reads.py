"""Exchange code does not read the user's proxy (red-team round 19, SUB-B016).

The proxy is the user's setting, and its URL may hold the proxy's user and password. `exkit check` passed a file that
read `this.proxy`; measured before the rule, with the config {'proxy': 'http://trader:hunter2@127.0.0.1:3128'}, the
file below returned ['http://trader:hunter2@127.0.0.1:3128', 'trader:hunter2'] in Node, Python sync, asyncio and PHP
alike, and could as well have sent it to the exchange in a header or a query, or thrown it in an error message: the
redaction of credentials does not know the proxy's.
"""

from __future__ import annotations

import pytest

from tests.checking import rules_of

HEADER = """import Exchange from './base/Exchange.js';
import { ExchangeError } from './base/errors.js';

export default class example extends Exchange {
"""

READS = {
    "returned": "const proxy = this.proxy;\n        return [ proxy, proxy.split ('@')[0].slice (7) ];",
    "header": "return { 'X-Via': this.proxy };",
    "message": "throw new ExchangeError (this.id + ' through ' + this.proxy);",
    "condition": "return (this.proxy === undefined) ? 'direct' : 'proxied';",
}


@pytest.mark.parametrize("name", sorted(READS))
def test_a_read_of_the_proxy_is_refused(name):
    assert "SUB-B016" in rules_of(HEADER + "    run () {\n        " + READS[name] + "\n    }\n}\n")


def test_an_assignment_is_the_rule_of_writes_alone():
    assert rules_of(HEADER + "    run () {\n        this.proxy = 'http://127.0.0.1:1';\n    }\n}\n") == {"SUB-B008"}


def test_other_settings_and_an_option_named_proxy_stay_readable():
    method = "    run () {\n        return [ this.timeout, this.safeString (this.options, 'proxy') ];\n    }\n}\n"
    assert rules_of(HEADER + method) == set()
