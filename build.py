"""The main job: check every exchange source under js/ (transpiling comes with the emitters).

    python build.py           check js/, print a per-file summary, exit 1 on any finding
    python build.py --check   the same verification, for CI and hooks; writes nothing

Run it through `make build`, which prepares the virtual environment first.
"""

from __future__ import annotations

import os
import sys
import time

import click

from transpiler.checker import check_files
from transpiler.diagnostics import Severity
from transpiler.discovery import discover
from transpiler.renderers.text import format_diagnostic, summary

ROOT = os.path.dirname(os.path.abspath(__file__))
SOURCES = "js"  # relative to ROOT, so that findings show js/<id>.js


@click.command()
@click.option("--check", "verify_only", is_flag=True,
              help="Verify only (for CI): exit non-zero when any source fails the checks.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Parallel workers [default: CPUs].")
def main(verify_only: bool, jobs: int | None) -> None:
    """Check every js/<id>.js against the subset rules."""
    started = time.perf_counter()
    os.chdir(ROOT)
    files = discover([SOURCES]) if os.path.isdir(SOURCES) else []
    if not files:
        click.echo("build: no exchange sources under js/ yet; nothing to do.")
        return
    results = []
    for done, result in enumerate(check_files(files, jobs), start=1):
        results.append(result)
        errors = result.count(Severity.ERROR)
        status = "ok" if not result.diagnostics else f"{errors} error(s), {len(result.diagnostics) - errors} warning(s)"
        click.echo(f"[{done}/{len(files)}] {result.path}: {status}")
        for diagnostic in result.diagnostics:
            click.echo(format_diagnostic(diagnostic, result.frame_lines.get(diagnostic.line)))
    click.echo(f"{summary(results)} ({time.perf_counter() - started:.1f}s)")
    mode = "check" if verify_only else "build"
    if any(result.count(Severity.ERROR) for result in results):
        click.echo(f"{mode}: failed.", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
