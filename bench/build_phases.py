"""Where a build's time goes, and what a clean build, a no-op rebuild and a one-file edit cost, as ratios to the
esprima parse of the same sources.

    .venv/bin/python bench/build_phases.py                  today's tree (the exchanges in js/ and the base class)
    .venv/bin/python bench/build_phases.py --exchanges 124  today's exchanges and copies of them under new ids
    .venv/bin/python bench/build_phases.py --phases         also each phase in one process (parse, check, print,
                                                            format, verify)

The tree is made in a temporary folder (bench/trees.py). parse is esprima over every source of the tree, in this
process. Then `python build.py` runs there as a whole process: a clean build (no cache, no generated files), a
no-op rebuild, and a rebuild after an edit to one exchange (which must compile that exchange alone). Each whole
process is the best of --repeat runs; a shared machine makes single runs noisy.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from bench.trees import exchange_tree  # noqa: E402
from transpiler.analysis.exchange import find_exchange_class  # noqa: E402
from transpiler.build import BASE_SOURCE, verify  # noqa: E402
from transpiler.checker import check_program  # noqa: E402
from transpiler.emit.modules import format_python, php_module, python_module  # noqa: E402
from transpiler.limits import resolve  # noqa: E402
from transpiler.source import parse_source, read_source  # noqa: E402
from transpiler.stack import run_with_deep_stack  # noqa: E402


def timed(function):
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def build(folder: str, repeat: int, before=lambda: None) -> tuple[float, str]:
    """The best wall time of `python build.py` in folder over repeat runs (before() runs ahead of each), and the
    last run's output."""
    best, output = float("inf"), ""
    for _ in range(repeat):
        before()
        elapsed, completed = timed(lambda: subprocess.run([sys.executable, "build.py"], cwd=folder, text=True,
                                                          capture_output=True, check=True))
        best, output = min(best, elapsed), completed.stdout
    return best, output


def phases(sources, parse: float) -> None:
    limits = resolve(None)
    check, programs = timed(lambda: [run_with_deep_stack(lambda s=s: check_program(s, limits)[0]) for s in sources])
    exchanges = [find_exchange_class(program, source.is_base) for source, program in zip(sources, programs)]
    pairs = list(zip(sources, exchanges, strict=True))
    printing, printed = timed(lambda: [(python_module(s, e, False, False), python_module(s, e, True, False),
                                        php_module(s, e)) for s, e in pairs])
    formatting, _ = timed(lambda: [(format_python(sync), format_python(asynchronous))
                                   for sync, asynchronous, _ in printed])
    verifying, _ = timed(lambda: verify({f"php/{index}.php": php for index, (_, _, php) in enumerate(printed)}))
    print(f"check (rules, after parse)      {(check - parse) / parse:6.2f}")
    print(f"print (3 targets, unformatted)  {printing / parse:6.2f}")
    print(f"format (2 Python modules)       {formatting / parse:6.2f}")
    print(f"verify PHP (one process)        {verifying / parse:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exchanges", type=int, default=None, help="copies of today's exchanges up to this many")
    parser.add_argument("--repeat", type=int, default=1, help="whole-process runs of each build, the best counts")
    parser.add_argument("--phases", action="store_true", help="time each phase in this process as well")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        ids = exchange_tree(folder, args.exchanges)
        paths = [os.path.join(folder, BASE_SOURCE)] + [os.path.join(folder, "js", f"{i}.js") for i in ids]
        sources = [read_source(path) for path in paths]
        parse, _ = timed(lambda: [run_with_deep_stack(lambda s=s: parse_source(s)[0]) for s in sources])
        lines = sum(source.text.count("\n") for source in sources)
        print(f"tree: {len(ids)} exchanges and the base class, {lines} source lines; ratios to their esprima parse")
        if args.phases:
            phases(sources, parse)

        def clean_slate() -> None:
            for generated in (".exkit-cache", "python", "php"):
                shutil.rmtree(os.path.join(folder, generated), ignore_errors=True)

        clean, _ = build(folder, args.repeat, clean_slate)
        noop, noop_output = build(folder, args.repeat)
        edited = os.path.join(folder, "js", f"{ids[0]}.js")
        with open(edited, encoding="utf-8") as handle:
            original = handle.read()
        edits = iter(range(1, args.repeat + 1))

        def edit() -> None:  # a different edit each run, so that the cache never has it
            with open(edited, "w", encoding="utf-8") as handle:
                handle.write(original.replace("'rateLimit': ", f"'rateLimit': {next(edits)} + ", 1))

        edit_one, edit_output = build(folder, args.repeat, edit)
    compiled = re.findall(r"\] (\S+): compiled", edit_output)
    print(f"clean build                     {clean / parse:6.2f}")
    print(f"no-op rebuild                   {noop / parse:6.2f}   ({noop:.2f} s; compiled "
          f"{len(re.findall(r': compiled', noop_output))} modules)")
    print(f"edit one exchange               {edit_one / parse:6.2f}   (compiled {', '.join(compiled) or 'nothing'})")


if __name__ == "__main__":
    main()
