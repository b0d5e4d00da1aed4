"""Only a call is awaited (red-team round 17).

SUB-A002 held calls of async methods to an await and kept await from synchronous methods' calls, but passed `await`
of anything else. Node awaits a plain value as the value, and so do the synchronous targets, which drop the await;
asyncio raises a TypeError ("object list can't be used in 'await' expression"), which a catch clause sees. Measured
before on `async attempt (v) { try { return await v; } catch (e) { this.rethrowUncaught (e); return 'caught'; } }`:
[ 1 ] and undefined gave [ 1 ] and undefined in Node, Python and PHP, and 'caught' twice in asyncio; `await 5` failed
the whole call there.
"""

from __future__ import annotations

import pytest

from tests.checking import check_text, rules_of

HEADER = """import Exchange from './base/Exchange.js';

export default class example extends Exchange {
    async one () {
        return 1;
    }

"""

AWAITED = ["value", "5", "this.options['x']", "(await this.one ())", "[ this.one () ]", "(value ? this.one () : 1)",
           "this.json ({})"]


@pytest.mark.parametrize("awaited", AWAITED)
def test_a_value_is_not_awaited(awaited):
    assert "SUB-A002" in rules_of(HEADER + f"    async run (value) {{\n        return await {awaited};\n    }}\n}}\n")


def test_calls_of_async_methods_and_promise_all_are_awaited():
    method = ("    async run () {\n        const one = await this.one ();\n        const time = await super.fetchTime ();\n"
              "        const both = await Promise.all ([ this.one (), this.one () ]);\n        await this.sleep (1);\n"
              "        return [ one, time, both ];\n    }\n}\n")
    assert check_text(HEADER + method) == []
