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
        return [ response, this.milliseconds (), this.safeString (response, 'time') ];
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
    # (and, since red-team round 73, a super call from another method than the one it names: SUB-E014)
    assert sorted(_findings(ATTACK)) == [("SUB-E014", 15), ("SUB-E019", 15)]


def test_super_of_an_own_method_that_no_parent_defines_is_refused():
    source = ALLOWED.replace("this.statusParams (params)", "super.statusParams (params)")
    assert sorted(_findings(source)) == [("SUB-E014", 18), ("SUB-E019", 18)]


def test_super_of_the_inherited_method_an_override_overrides_passes():
    assert _findings(ALLOWED) == []


def test_super_of_the_native_layer_or_the_base_class_from_another_method_is_refused():
    # (red-team round 73: super.setStreamState and super.ownValue went past SUB-D007's judgements of this. calls)
    source = ALLOWED.replace("this.milliseconds (), this.safeString", "super.milliseconds (), super.safeString")
    assert _findings(source) == [("SUB-E014", 14), ("SUB-E014", 14)]
