"""Where a watcher resumes, in Node and Python asyncio alike (red-team round 44).

Node resolved a watcher's promise in resolveUpdate, so the watcher resumed at the handler's first await, even one that
does not suspend (a cached value, loaded markets); asyncio resumes the awaiter of a future it sets at a later turn of
the loop (call_soon), once the handler suspends or ends. A handler that set an option, delivered an update, awaited
twice and set the option again had the watcher read the first value in Node and the second in asyncio. Node now
resumes the watcher at a later turn of its loop too (setImmediate). Local servers on 127.0.0.1 only."""

from __future__ import annotations

from tests.checking import check_text
from tests.streaming_runs import streaming_results
from transpiler.harness.stream_server import StreamServer

SOURCE = """import Exchange from './base/Exchange.js';

export default class resumption extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'resumption',
            'urls': { 'api': 'http://127.0.0.1:9/api', 'ws': '%(ws)s' },
        });
    }

    async cached () {
        return 1;
    }

    async handleMessage (url, message) {
        this.options['side'] = 'buy';
        this.resolveUpdate (url, 'update', 'side');
        await this.cached ();
        await this.cached ();
        this.options['side'] = 'sell';
    }

    async run () {
        this.options['side'] = 'none';
        const update = await this.watch (this.urls['ws'], 'side', 'side', { 'op': 'subscribe' });
        return [ update, this.options['side'] ];
    }
}
"""


def test_a_watcher_resumes_once_the_handler_has_run_on_in_every_streaming_runtime(tmp_path):
    assert check_text(SOURCE % {"ws": "ws://127.0.0.1:9/ws"}, "js/resumption.js") == []
    # one connection per runtime, each closed by the exchange's close () after run ()
    steps = [{"receive": {"op": "subscribe"}}, {"send": [{"channel": "side"}]}, {"closed": True}] * 2
    with StreamServer({"/ws": steps}) as server:
        results = streaming_results(str(tmp_path), "resumption", SOURCE % {"ws": server.url("/ws")})
        assert server.problems() == []
    # (before: Node ['update', 'buy'], asyncio ['update', 'sell'])
    assert results == {"node": ["update", "sell"], "python-async": ["update", "sell"]}, results
