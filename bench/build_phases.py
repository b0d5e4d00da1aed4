"""Where a build's time goes, as ratios measured in one process, on the emitter test corpus.

    .venv/bin/python bench/build_phases.py

Phases over every tests/emit/cases/*.js: parse (esprima), check (rules and analyses, after parsing),
print (Python sync, asyncio and PHP, unformatted), black (formatting the two Python modules), and
php -l (verification). Then a clean build and a no-op rebuild (content-hash cache) through
transpiler.build, compared with the parse time.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from transpiler.analysis.exchange import find_exchange_class  # noqa: E402
from transpiler.build import plan_build, verify  # noqa: E402
from transpiler.checker import check_source  # noqa: E402
from transpiler.emit.modules import format_python, php_module, python_module  # noqa: E402
from transpiler.source import parse_source, read_source  # noqa: E402
from transpiler.stack import run_with_deep_stack  # noqa: E402

CASES = os.path.join(ROOT, "tests", "emit", "cases")


def timed(function):
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def main() -> None:
    paths = sorted(os.path.join(CASES, name) for name in os.listdir(CASES) if name.endswith(".js"))
    sources = [read_source(path) for path in paths]
    parse, parsed = timed(lambda: [run_with_deep_stack(lambda s=s: parse_source(s)[0]) for s in sources])
    check_and_parse, _ = timed(lambda: [check_source(source) for source in sources])
    exchanges = [find_exchange_class(program) for program in parsed]
    pairs = list(zip(sources, exchanges, strict=True))
    printing, printed = timed(lambda: [(python_module(s, e, False, False), python_module(s, e, True, False),
                                        php_module(s, e)) for s, e in pairs])
    black, _ = timed(lambda: [(format_python(sync), format_python(asynchronous)) for sync, asynchronous, _ in printed])
    lint, _ = timed(lambda: verify({f"php/{index}.php": php for index, (_, _, php) in enumerate(printed)}))
    with tempfile.TemporaryDirectory() as folder:
        shutil.copytree(os.path.join(ROOT, "js", "base"), os.path.join(folder, "js", "base"))
        for path in paths:
            shutil.copy(path, os.path.join(folder, "js"))
        clean, plan = timed(lambda: plan_build(folder, jobs=1))
        noop, _ = timed(lambda: plan_build(folder, jobs=1))
    lines = sum(source.text.count("\n") for source in sources)
    print(f"corpus: {len(paths)} sources, {lines} lines; {len(plan.outputs)} outputs; ratios to parse time")
    print(f"check (rules, without parse)   {(check_and_parse - parse) / parse:5.2f}")
    print(f"print (3 targets)               {printing / parse:5.2f}")
    print(f"black (2 Python modules)        {black / parse:5.2f}")
    print(f"php -l (1 process per file)     {lint / parse:5.2f}")
    print(f"clean build, one worker         {clean / parse:5.2f}")
    print(f"no-op rebuild (cache)           {noop / parse:5.2f}   ({noop / clean:.0%} of a clean build)")


if __name__ == "__main__":
    main()
