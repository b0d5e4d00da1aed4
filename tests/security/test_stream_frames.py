"""A stream's frame is written alike in Node and Python asyncio: by the exchange's json () (red-team round 24).

Node's stream client wrote a frame with JSON.stringify, Python's with the exchange's json (), which refuses a value
nested deeper than 1,000 lists and dictionaries (an ExchangeError) and gives no text for undefined. Measured before the
change with ATTACK below against a WebSocket server on 127.0.0.1 (`exkit check` passed it): Node sent the list nested
1,101 deep (2,203 bytes) and then 'buy', asyncio refused it and sent 'sell'; and `sendFrame (url, undefined)` sent an
empty frame from Node where aiohttp raised a native TypeError, which a catch clause saw. Both write the frame with
json () now, and refuse undefined with the same ExchangeError.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import threading

from aiohttp import web

from tests.base_runners import ROOT
from transpiler.emit.compile import compile_source
from transpiler.source import SourceFile

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

NODE_DRIVER = """import frames from './frames.js';
const exchange = new frames ();
try {
    console.log (JSON.stringify (await exchange.run ()));
} catch (error) {
    console.log (JSON.stringify (error.constructor.name));
}
await exchange.close ();
"""

PYTHON_DRIVER = """import asyncio, json, sys
sys.path.insert(0, sys.argv[1])
from frames import frames

async def main():
    exchange = frames()
    try:
        print(json.dumps(await exchange.run()))
    except Exception as error:
        print(json.dumps(type(error).__name__))
    await exchange.close()

asyncio.run(main())
"""


class FrameServer:
    """A WebSocket server on 127.0.0.1, in a thread, that keeps each text frame it receives (its first 40 characters)."""

    def __init__(self) -> None:
        self.frames: list[str] = []
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        asyncio.run_coroutine_threadsafe(self.start(), self.loop).result(10)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/ws", self.connection)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"ws://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/ws"

    async def connection(self, request):
        socket = web.WebSocketResponse(max_msg_size=0)
        await socket.prepare(request)
        async for message in socket:
            self.frames.append(str(message.data)[:40])
        return socket


def test_node_and_asyncio_write_a_frame_alike(tmp_path):
    server = FrameServer()
    source = ATTACK % {"ws": server.url}
    compiled = compile_source(SourceFile("js/frames.js", source), True)
    node_folder, python_folder = tmp_path / "js", tmp_path / "python"
    node_folder.mkdir()
    python_folder.mkdir()
    os.symlink(os.path.join(ROOT, "js", "base"), node_folder / "base")
    shutil.copy(os.path.join(ROOT, "js", "package.json"), node_folder)
    (node_folder / "frames.js").write_text(source)
    (node_folder / "driver.mjs").write_text(NODE_DRIVER)
    (python_folder / "frames.py").write_text(compiled.python_async)
    (python_folder / "driver.py").write_text(PYTHON_DRIVER)
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))
    outcomes = {}
    for runtime, command in (("node", ["node", str(node_folder / "driver.mjs")]),
                             ("python-async", [sys.executable, str(python_folder / "driver.py"), str(python_folder)])):
        server.frames.clear()
        completed = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
        outcomes[runtime] = (json.loads(completed.stdout.strip().splitlines()[-1]), list(server.frames))
    for runtime, (result, frames) in outcomes.items():
        # (before: Node ['buy', 'buy'] with the deep list and an empty frame sent; asyncio ['sell', 'caught'])
        assert result == ["sell", "sell"], (runtime, outcomes)
        assert frames == ['["sell","sell"]'], (runtime, outcomes)
    server.loop.call_soon_threadsafe(server.loop.stop)
