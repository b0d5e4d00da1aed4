"""Where checking time goes: esprima's parse against our own passes, as ratios measured in one process; and what
`exkit check` of one exchange costs as a whole process.

    .venv/bin/python bench/check_phases.py [--lines 10000] [--repeat 3] [--file js/kraken.js]

Each phase is timed on the same generated source, best of --repeat runs:
parse (esprima), analysis (exchange class and scopes) and rules (the one
walk with every rule, plus their whole-file checks). The design bar is that
checking is dominated by parsing: ours/parse well below 1.

Then `exkit check FILE` runs as a whole process (start-up, imports, parse, rules, output), best of --repeat runs,
against a bare `python -c pass` plus the parse of FILE in this process: the bar is 3.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from tests.generated import conforming_source  # noqa: E402
from transpiler.checker import check_source, run_rules  # noqa: E402
from transpiler.context import FileContext  # noqa: E402
from transpiler.source import SourceFile, parse_source, read_source  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def best_of(repeat: int, function) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--file", default=os.path.join("js", "kraken.js"), help="the exchange `exkit check` checks")
    args = parser.parse_args()
    sys.setrecursionlimit(100_000)
    source = SourceFile("js/example.js", conforming_source(args.lines))
    program, _ = parse_source(source)
    parse = best_of(args.repeat, lambda: parse_source(source))

    def analyse() -> None:
        context = FileContext(source, program)
        context.exchange, context.scopes  # noqa: B018 (computes the cached analyses)

    analysis = best_of(args.repeat, analyse)
    context = FileContext(source, program)
    context.exchange, context.scopes  # noqa: B018
    rules = best_of(args.repeat, lambda: run_rules(FileContext(source, program)))
    whole = best_of(args.repeat, lambda: check_source(source))
    lines = source.text.count("\n")
    print(f"source: {lines} lines, best of {args.repeat}")
    print(f"analysis / parse      {analysis / parse:.2f}")
    print(f"rules / parse         {rules / parse:.2f}")
    print(f"ours / parse          {(analysis + rules) / parse:.2f}   (bar: well below 1)")
    print(f"check_source / parse  {whole / parse:.2f}   (whole check, including parse, thread and sorting)")
    whole_process(args.file, args.repeat)


def whole_process(path: str, repeat: int) -> None:
    """exkit check FILE as a process, against python -c pass plus the parse of FILE (each the best of repeat)."""
    source = read_source(os.path.join(ROOT, path))
    parse = best_of(repeat, lambda: parse_source(source))

    def run(*arguments: str) -> None:
        subprocess.run([sys.executable, *arguments], cwd=ROOT, capture_output=True, check=False)

    bare = best_of(repeat, lambda: run("-c", "pass"))
    check = best_of(repeat, lambda: run("-m", "transpiler", "check", path))
    print(f"exkit check {path} (whole process) / (python -c pass + parse)  {check / (bare + parse):.2f}   (bar: 3)")


if __name__ == "__main__":
    main()
