"""A stream's frame is written alike in Node and Python asyncio: by the exchange's json () (red-team round 24).

Node's stream client wrote a frame with JSON.stringify, Python's with the exchange's json (), which refuses a value
nested deeper than 1,000 lists and dictionaries (an ExchangeError) and gives no text for undefined. Measured before the
change with ATTACK below against a WebSocket server on 127.0.0.1 (`exkit check` passed it): Node sent the list nested
1,101 deep (2,203 bytes) and then 'buy', asyncio refused it and sent 'sell'; and `sendFrame (url, undefined)` sent an
empty frame from Node where aiohttp raised a native TypeError, which a catch clause saw. Both write the frame with
json () now, and refuse undefined with the same ExchangeError.
"""

from __future__ import annotations

from aiohttp import web

from tests.streaming_runs import WebSocketServer, streaming_results

ATTACK = """import Exchange from './base/Exchange.js';
import { ExchangeError } from './base/errors.js';

export default class frames extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'frames',
            'urls': { 'api': 'http://127.0.0.1:9/api', 'ws': '%(ws)s' },
            'api': { 'public': { 'get': [ 'json' ] } },
        });
    }

    async run () {
        const url = this.urls['ws'];
        let deep = [ 1 ];
        for (let i = 0; i < 1100; i++) {
            deep = [ deep ];
        }
        const paths = [];
        const messages = [ deep, undefined ];
        for (let i = 0; i < messages.length; i++) {
            try {
                await this.sendFrame (url, messages[i]);
                paths.push ('buy');
            } catch (e) {
                this.rethrowUncaught (e);
                if (!(e instanceof ExchangeError)) {
                    throw e;
                }
                paths.push ('sell');
            }
        }
        await this.sendFrame (url, paths);
        return paths;
    }
}
"""

class FrameServer(WebSocketServer):
    """A WebSocket server that keeps each text frame it receives (its first 40 characters)."""

    def __init__(self) -> None:
        self.frames: list[str] = []
        super().__init__()

    async def connection(self, request):
        socket = web.WebSocketResponse(max_msg_size=0)
        await socket.prepare(request)
        async for message in socket:
            self.frames.append(str(message.data)[:40])
        return socket


def test_node_and_asyncio_write_a_frame_alike(tmp_path):
    server = FrameServer()
    sent = {}

    def collect(runtime: str) -> None:
        sent[runtime] = list(server.frames)
        server.frames.clear()

    results = streaming_results(str(tmp_path), "frames", ATTACK % {"ws": server.url}, after_each=collect)
    outcomes = {runtime: (result, sent[runtime]) for runtime, result in results.items()}
    for runtime, (result, frames) in outcomes.items():
        # (before: Node ['buy', 'buy'] with the deep list and an empty frame sent; asyncio ['sell', 'caught'])
        assert result == ["sell", "sell"], (runtime, outcomes)
        assert frames == ['["sell","sell"]'], (runtime, outcomes)
    server.loop.call_soon_threadsafe(server.loop.stop)
