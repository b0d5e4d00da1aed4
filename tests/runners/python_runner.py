"""Runs generated test cases in Python: --async for the asyncio modules.

    python python_runner.py [--async] FOLDER CASE...

FOLDER holds <case>.py modules. Prints one JSON line per case, as node_runner.mjs does; a case `<case>:<method>`
calls that method instead of run ().
"""

from __future__ import annotations

import asyncio
import importlib.util
import inspect
import json
import math
import os
import sys

from exchangekit.base import errors

# CASE_CONFIG (JSON), when set, is the constructor's argument: credentials for a case that signs.
CONFIG = [json.loads(os.environ["CASE_CONFIG"])] if "CASE_CONFIG" in os.environ else []

MODULES = {}


def tagged(value):
    if isinstance(value, float) and value == 0 and math.copysign(1.0, value) < 0:
        return {"$number": "-0"}
    if isinstance(value, float) and not math.isfinite(value):
        return {"$number": "NaN" if value != value else ("Infinity" if value > 0 else "-Infinity")}
    if isinstance(value, list):
        return [tagged(item) for item in value]
    if isinstance(value, dict):
        return {key: tagged(item) for key, item in value.items()}
    return value


def load(folder: str, file: str):
    if file not in MODULES:
        spec = importlib.util.spec_from_file_location(f"case_{file}", os.path.join(folder, file + ".py"))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        MODULES[file] = module
    return MODULES[file]


def run_case(folder: str, name: str, asynchronous: bool) -> dict:
    file, _, method = name.partition(":")
    try:
        result = getattr(getattr(load(folder, file), file)(*CONFIG), method or "run")()
        if asynchronous and inspect.isawaitable(result):
            result = asyncio.run(result)
        return {"case": name, "result": tagged(result)}
    except errors.BaseError as error:
        return {"case": name, "error": type(error).__name__}
    except Exception as error:
        if os.environ.get("RUNNER_DETAIL"):  # what failed, for sorting the random programs' failures by cause
            return {"case": name, "error": "native", "detail": f"{type(error).__name__}: {error}"[:300]}
        return {"case": name, "error": "native"}


def main() -> None:
    arguments = sys.argv[1:]
    asynchronous = arguments[0] == "--async"
    if asynchronous:
        arguments = arguments[1:]
    folder, names = arguments[0], arguments[1:]
    for name in names:
        print(json.dumps(run_case(folder, name, asynchronous), ensure_ascii=False))


if __name__ == "__main__":
    main()
