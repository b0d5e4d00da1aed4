"""Promise.all is not part of the subset (red-team round 33).

The runtimes ran the calls Promise.all collected in another order: Node runs each call up to its first await as the
call is made, asyncio interleaves them only where an await suspends, and synchronous Python and PHP made them one
after the other. A checked file could read shared state in those calls and branch on the order: measured before the
change on `pick` below, which reads this.markets before its own loadMarkets, Node chose 'sell' and the other three
runtimes 'buy'. SUB-E006 now refuses `Promise` as any global without an exact counterpart, and reports it once: the
calls it collects are not reported again as unawaited (SUB-A002).
"""

from __future__ import annotations

from tests.checking import check_text

SOURCE = """import Exchange from './base/Exchange.js';

export default class example extends Exchange {
    async warm () {
        await this.loadMarkets ();
        return 1;
    }

    async pick () {
        const side = (this.markets === undefined) ? 'sell' : 'buy';
        await this.loadMarkets ();
        return side;
    }

    async run () {
        %s
        return results[1];
    }
}
"""


def test_promise_all_is_refused_once():
    found = check_text(SOURCE % "const results = await Promise.all ([ this.warm (), this.pick () ]);")
    assert [(finding.rule, finding.line, finding.column) for finding in found] == [("SUB-E006", 16, 31)], found
    assert "await each call in turn" in found[0].hint


def test_an_array_variable_handed_to_promise_all_is_refused_too():
    found = check_text(SOURCE % "const pending = [];\n        const results = await Promise.all (pending);")
    assert "SUB-E006" in [finding.rule for finding in found], found


def test_each_call_awaited_in_turn_passes():
    assert check_text(SOURCE % "const results = [ await this.warm (), await this.pick () ];") == []
