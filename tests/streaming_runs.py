"""Runs an exchange file's run () in the runtimes that stream (Node, Python asyncio), one process each, closing the
exchange after it, so that its stream connections end with the process; each result as JSON (the error's class name
where run () throws)."""

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

def driver_command(runtime: str, scripts: tuple[str, str], argument: str, pure: str,
                   environment: dict) -> tuple[list[str], str]:
    """The command and folder that run a driver script, (Node's, Python's), in runtime: node, or Python asyncio with
    aiohttp's C extensions or, for the runtime named `pure`, without them; the environment is completed in place."""
    if runtime == "node":
        return ["node", "--input-type=module", "-e", scripts[0], argument], os.path.join(ROOT, "js")
    environment["PYTHONPATH"] = os.path.join(ROOT, "python")
    if runtime == pure:
        environment["AIOHTTP_NO_EXTENSIONS"] = "1"
    return [sys.executable, "-c", scripts[1], argument], ROOT


NODE_DRIVER = """import exchangeClass from './%(name)s.js';
const exchange = new exchangeClass ();
try {
    console.log (JSON.stringify (await exchange.run ()));
} catch (error) {
    console.log (JSON.stringify (error.constructor.name));
}
await exchange.close ();
"""

PYTHON_DRIVER = """import asyncio, json, sys
sys.path.insert(0, sys.argv[1])
from %(name)s import %(name)s

async def main():
    exchange = %(name)s()
    try:
        print(json.dumps(await exchange.run()))
    except Exception as error:
        print(json.dumps(type(error).__name__))
    await exchange.close()

asyncio.run(main())
"""


def streaming_results(folder: str, name: str, source: str, after_each=None) -> dict:
    """{runtime: result} of run () in Node and Python asyncio; after_each (runtime) runs after each one's process."""
    compiled = compile_source(SourceFile(f"js/{name}.js", source), True)
    node_folder, python_folder = os.path.join(folder, "js"), os.path.join(folder, "python")
    os.makedirs(node_folder)
    os.makedirs(python_folder)
    os.symlink(os.path.join(ROOT, "js", "base"), os.path.join(node_folder, "base"))
    shutil.copy(os.path.join(ROOT, "js", "package.json"), node_folder)
    files = {os.path.join(node_folder, f"{name}.js"): source,
             os.path.join(node_folder, "driver.mjs"): NODE_DRIVER % {"name": name},
             os.path.join(python_folder, f"{name}.py"): compiled.python_async,
             os.path.join(python_folder, "driver.py"): PYTHON_DRIVER % {"name": name}}
    for path, text in files.items():
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "python"))
    results = {}
    for runtime, command in (("node", ["node", os.path.join(node_folder, "driver.mjs")]),
                             ("python-async", [sys.executable, os.path.join(python_folder, "driver.py"),
                                               python_folder])):
        completed = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
        results[runtime] = json.loads(completed.stdout.strip().splitlines()[-1])
        if after_each is not None:
            after_each(runtime)
    return results


class WebSocketServer:
    """A WebSocket server on 127.0.0.1 at `url`, on an event loop of its own in a thread; a subclass answers each
    connection (`connection`, an aiohttp handler)."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
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
        raise NotImplementedError
