"""Compile a batch of random programs (tests/emit/programs.py) into one class and run each in every runtime.

The checker's verdict comes first: a program that `exkit check` refuses is dropped from the batch (and counted), so
that the programs compared are exactly those a contributor could submit. Each program then runs as a call of its own
in each runtime's process, so that one that fails closed (Unportable: Python or PHP stop where Node goes on, and no
catch clause sees it) does not hide the others.

At scale (thousands of programs, every divergence listed rather than the first one shrunk):

    .venv/bin/python -m tests.emit.program_runs --programs 3000 --seed 1 --output divergences.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field

from tests.emit.compiled import RUNTIMES, run_everywhere, same_value
from tests.emit.programs import program, program_class
from transpiler.emit.compile import compile_source
from transpiler.emit.result import Compiled, CompileError
from transpiler.source import SourceFile

NAME = "programs"
REFUSALS: list[str] = []  # the checker's findings on the programs dropped, to keep the grammar within the subset
METHOD = re.compile(r"^    (?:async )?p(\d+) \(\) \{$")


@dataclass
class Divergence:
    body: str
    node: dict
    others: dict[str, dict] = field(default_factory=dict)  # runtime -> its outcome, where it differs

    def __str__(self) -> str:
        shown = "\n".join(f"{runtime}: {outcome!r}" for runtime, outcome in self.others.items())
        return f"runtimes differ from Node on this program:\n{self.body}\nnode: {self.node!r}\n{shown}"


@dataclass
class BatchResult:
    ran: int
    rejected: int
    failed_closed: list[Divergence]  # the programs whose call failed closed in a runtime where Node's returned
    divergences: list[Divergence]


def compile_programs(bodies: list[str]) -> tuple[list[str], str, Compiled, int]:
    """The bodies the checker accepts, their class as source and compiled, and how many it refused."""
    kept = list(bodies)
    while True:
        source = program_class(NAME, kept)
        try:
            compiled = compile_source(SourceFile(f"js/{NAME}.js", source), formatted=False)
            return kept, source, compiled, len(bodies) - len(kept)
        except CompileError as error:
            refused = {_method_at(source, diagnostic.line) for diagnostic in error.diagnostics}
            REFUSALS.extend(f"{diagnostic.rule} {diagnostic.message}" for diagnostic in error.diagnostics)
            if None in refused:
                raise
            kept = [body for index, body in enumerate(kept) if index not in refused]


def _method_at(source: str, line: int) -> int | None:
    """The index of the program method that holds a line of the class (1-based), or None outside them."""
    found = None
    for number, text in enumerate(source.split("\n")[:line], start=1):
        match = METHOD.match(text)
        if match:
            found = int(match.group(1))
        elif text == "    }" and number < line:
            found = None
    return found


def agrees(runtime: str, node: dict, other: dict) -> bool:
    """Whether a runtime's outcome of one program is Node's: the same value or error, or a call that failed closed."""
    if "result" in node and "result" in other:
        if runtime == "php":
            return same_in_php(other["result"], node["result"])
        return same_value(other["result"], node["result"])
    return ("error" in node and other.get("error") == node["error"]) or failed_closed(node, other)


def same_in_php(php, node) -> bool:
    """same_value, but for what PHP's arrays cannot tell apart (README, "Known differences"): a dictionary keyed '0'
    to 'n-1', the empty one too, is a list there."""
    if isinstance(node, dict) and isinstance(php, list) and list(node) == [str(index) for index in range(len(node))]:
        node = list(node.values())
    if isinstance(php, list) and isinstance(node, list):
        return len(php) == len(node) and all(map(same_in_php, php, node))
    if isinstance(php, dict) and isinstance(node, dict):
        return php.keys() == node.keys() and all(same_in_php(php[key], node[key]) for key in node)
    return same_value(php, node)


def failed_closed(node: dict, other: dict) -> bool:
    """A program whose run failed where Node's returned: its wrapper catches all but what no catch clause of exchange
    code sees (Unportable, Python's RecursionError), so the call failed closed."""
    return "result" in node and other.get("error") == "native"


def run_batch(folder: str, bodies: list[str]) -> BatchResult:
    kept, source, compiled, rejected = compile_programs(bodies)
    if not kept:
        return BatchResult(0, rejected, [], [])
    cases = [f"{NAME}:run{index}" for index in range(len(kept))]
    runs = run_everywhere(folder, {NAME: source}, cases=cases, compiled={NAME: compiled})
    divergences, closed = [], []
    for case, body in zip(cases, kept):
        node = runs.results["node"][case]
        others = {runtime: runs.results[runtime][case] for runtime in RUNTIMES}
        stopped = {runtime: other for runtime, other in others.items() if failed_closed(node, other)}
        if stopped:
            closed.append(Divergence(body, node, stopped))
        differing = {runtime: other for runtime, other in others.items() if not agrees(runtime, node, other)}
        if differing:
            divergences.append(Divergence(body, node, differing))
    return BatchResult(len(kept), rejected, closed, divergences)


def main() -> None:
    from hypothesis import HealthCheck, Phase, given, seed, settings
    from hypothesis import strategies as st

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--programs", type=int, default=3000)
    parser.add_argument("--batch-size", type=int, default=60, help="programs compiled into one class and run at once")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--async", dest="asynchronous", action="store_true",
                        help="programs that also await async methods")
    parser.add_argument("--output", help="write the divergences and the runs that failed closed here, as JSON lines")
    options = parser.parse_args()
    totals = {"ran": 0, "rejected": 0, "failed_closed": 0, "divergences": 0}
    os.environ["RUNNER_DETAIL"] = "1"  # the runners say what a native error was
    output = open(options.output, "a", encoding="utf-8") if options.output else None
    pending: list[str] = []

    def run(bodies: list[str]) -> None:
        result = run_batch(tempfile.mkdtemp(prefix="programs"), bodies)
        for name, count in (("ran", result.ran), ("rejected", result.rejected),
                            ("failed_closed", len(result.failed_closed)), ("divergences", len(result.divergences))):
            totals[name] += count
        for divergence in result.divergences:
            print(divergence, end="\n\n", flush=True)
        if output:
            for kind, found in (("divergence", result.divergences), ("failed_closed", result.failed_closed)):
                for divergence in found:
                    output.write(json.dumps({"kind": kind, "body": divergence.body, "node": divergence.node,
                                             "others": divergence.others}) + "\n")
            output.flush()
        print(totals, file=sys.stderr, flush=True)

    # A few programs an example: hypothesis gives up on an example past its buffer (about 8 KB of choices), which a
    # batch of a few dozen programs overruns; the batches collect them.
    @settings(max_examples=options.programs // 5, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(st.lists(program(options.asynchronous), min_size=5, max_size=5))
    def draw(bodies):
        pending.extend(bodies)
        if len(pending) >= options.batch_size:
            run(pending[:])
            pending.clear()

    seed(options.seed)(draw)()
    if pending:
        run(pending)
    for refusal in sorted(set(REFUSALS)):
        print(REFUSALS.count(refusal), refusal, file=sys.stderr)


if __name__ == "__main__":
    main()
