"""`super.name (...)` calls a method of the parent exchanges, the base class or the native layer (SUB-E019, red-team
round 23).

SUB-E019 judged `this.name (...)` against the methods the class can reach, but left `super.name (...)` unjudged. An
implicit API method is the instance's own in Node (a property the constructor sets), so `super.publicGetJson` is
undefined there and the call a TypeError; Python's super () skips the class that holds the implicit methods (an
AttributeError); PHP's `parent::public_get_json ()` reached NativeExchange's __call, which found the implicit method
and sent the request. Measured before the change with ATTACK below against a server on 127.0.0.1: `exkit check`
passed it, Node, Python sync and asyncio returned 'caught', and PHP 'sent', its request arriving: a file could place
an order, or take any other path, in PHP alone.
"""

from __future__ import annotations

from tests.checking import check_text

HEAD = """import Exchange from './base/Exchange.js';

export default class superimplicit extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'superimplicit',
            'urls': { 'api': 'https://api.superimplicit.example' },
            'api': { 'public': { 'get': [ 'json' ] } },
        });
    }
"""

ATTACK = HEAD + """
    async run () {
        let path = 'sent';
        try {
            await super.publicGetJson ({ 'run': 'super' });
        } catch (e) {
            this.rethrowUncaught (e);
            path = 'caught';
        }
        return path;
    }
}
"""

ALLOWED = HEAD + """
    async fetchTime (params = {}) {
        const response = await this.publicGetJson (params);
        return [ response, super.milliseconds (), super.safeString (response, 'time') ];
    }

    async fetchStatus (params = {}) {
        return await super.fetchStatus (this.statusParams (params));
    }

    statusParams (params) {
        return params;
    }
}
"""


def _findings(source: str) -> list[tuple[str, int]]:
    return [(finding.rule, finding.line) for finding in check_text(source, "js/superimplicit.js")]


def test_super_of_an_implicit_api_method_is_refused():
    assert _findings(ATTACK) == [("SUB-E019", 15)]


def test_super_of_an_own_method_that_no_parent_defines_is_refused():
    source = ALLOWED.replace("this.statusParams (params)", "super.statusParams (params)")
    assert _findings(source) == [("SUB-E019", 18)]


def test_super_of_the_parents_the_base_class_and_the_native_layer_passes():
    assert _findings(ALLOWED) == []
