"""Only a call is awaited (red-team round 17).

SUB-A002 held calls of async methods to an await and kept await from synchronous methods' calls, but passed `await`
of anything else. Node awaits a plain value as the value, and so do the synchronous targets, which drop the await;
asyncio raises a TypeError ("object list can't be used in 'await' expression"), which a catch clause sees. Measured
before on `async attempt (v) { try { return await v; } catch (e) { this.rethrowUncaught (e); return 'caught'; } }`:
[ 1 ] and undefined gave [ 1 ] and undefined in Node, Python and PHP, and 'caught' twice in asyncio; `await 5` failed
the whole call there.
"""

from __future__ import annotations

import os

import pytest

from tests.checking import check_text, rules_of

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

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


def test_calls_of_async_methods_are_awaited():
    method = ("    async fetchTime (params = {}) {\n        const one = await this.one ();\n"
              "        const time = await super.fetchTime (params);\n        await this.sleep (1);\n"
              "        return [ one, time ];\n    }\n}\n")
    assert check_text(HEADER + method) == []


PARENT = """import Exchange from './base/Exchange.js';

export default class parentx extends Exchange {
    async fetchThing () {
        return 1;
    }

    plain () {
        return 2;
    }

    async parseThing () {
        return 3;
    }

    fetchFundingFees () {
        return 4;
    }
}
"""

CHILD = """import parentx from './parentx.js';

export default class childx extends parentx {
    async run () {
        const thing = %s;
        return thing;
    }
}
"""


@pytest.mark.parametrize("call", ["this.fetchThing ()", "await this.plain ()", "this.parseThing ()",
                                  "await this.fetchFundingFees ()"])
def test_the_kind_of_a_method_inherited_from_another_exchange_is_kept(tmp_path, call):
    # An async method of a parent exchange called without await was a promise in Node, a coroutine in asyncio and the
    # value in the synchronous targets; a synchronous one awaited raised a TypeError in asyncio alone. Both passed,
    # since SUB-A002 knew the kinds of the class's own methods and the base class's only; and then (red-team round 34)
    # the names of the unified methods and helpers came before a parent's definition of them.
    folder = tmp_path / "js"
    folder.mkdir()
    (folder / "base").symlink_to(os.path.join(ROOT, "js", "base"))
    (folder / "parentx.js").write_text(PARENT)
    assert "SUB-A002" in {d.rule for d in check_text(CHILD % call, str(folder / "childx.js"))}
    fixed = call.replace("await ", "")
    fixed = fixed.replace("this.fetchThing", "await this.fetchThing").replace("this.parseThing", "await this.parseThing")
    assert check_text(CHILD % fixed, str(folder / "childx.js")) == []


def test_a_method_keeps_the_kind_its_name_promises():
    # A parent exchange's `async parseThing ()` was called unawaited and `fetchFundingFees ()` awaited: asyncio got a
    # coroutine where the others ran the call, and raised a TypeError for the await (red-team round 34).
    found = check_text(PARENT.replace("parentx", "example"))
    assert [(d.rule, d.line) for d in found] == [("SUB-A002", 12), ("SUB-A002", 16)], found


@pytest.mark.parametrize("call", ["this.crc32 ('abc')", "this.stringToBase64 ('abc')", "this.isWatched ('u', 'h')"])
def test_a_native_method_is_not_awaited(call):
    # The native layer's methods had no kind: an await of one passed, and asyncio alone raised a TypeError that a
    # catch clause saw (red-team round 34: 'buy' in Node, Python and PHP, 'sell' in asyncio).
    assert "SUB-A002" in rules_of(HEADER + f"    async run () {{\n        return await {call};\n    }}\n}}\n")
