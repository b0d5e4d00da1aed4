"""The main job: check every js/<id>.js, emit Python (sync and asyncio) and PHP, verify, write.

    python build.py           build: write the generated files that changed (atomically), remove stale ones
    python build.py --check   verify only: exit 1 when the committed generated files differ from a fresh build (byte
                              for byte), black (the formatter of record) would change a generated Python module, or
                              python/exchangekit/ or php/ holds a file that is neither generated nor the runtime's

The input limits (SUB-P003) come from EXKIT_MAX_FILE_BYTES, EXKIT_MAX_LINE_LENGTH and EXKIT_MAX_NESTING.

Run it through `make build`, which prepares the virtual environment and PHP first.
"""

from __future__ import annotations

import itertools
import os
import sys
import time

import click

from transpiler.build import BASE_ID, differences, not_black_stable, plan_build, unknown_files, write_outputs
from transpiler.checker import result_for
from transpiler.limits import LimitsError, from_environment
from transpiler.renderers.text import format_diagnostic, printable

ROOT = os.path.dirname(os.path.abspath(__file__))
# Python imports a folder python/exchangekit/<id>/ in place of the module <id>.py, and PHP's autoloaders load
# php/base/<id>.php before php/<id>.php: every file of the packages' folders is the build's or the runtime's.
UNKNOWN_FILES = ("{count} file(s) of python/exchangekit/ or php/ that the build does not make and the runtime does not "
                 "hold (Python or PHP may load one in place of a generated module); remove them.")


@click.command()
@click.option("--check", "verify_only", is_flag=True,
              help="Write nothing; exit 1 when generated files are out of sync with js/ (for CI and hooks).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Parallel workers [default: CPUs].")
def main(verify_only: bool, jobs: int | None) -> None:
    """Check js/, emit Python and PHP, verify them, and write what changed."""
    started = time.perf_counter()
    os.chdir(ROOT)
    try:
        limits = from_environment()
    except LimitsError as error:
        raise click.UsageError(str(error)) from None
    plan = plan_build(".", jobs, progress=click.echo, limits=limits)
    if not plan.ok:
        for path, findings in itertools.groupby(sorted(plan.failures), key=lambda finding: finding.path):
            result = result_for(path, list(findings))
            for diagnostic in result.diagnostics:
                click.echo(format_diagnostic(diagnostic, result.frame_lines.get(diagnostic.line)))
        click.echo(f"build: failed with {len(plan.failures)} finding(s); nothing was written.", err=True)
        sys.exit(1)
    exchanges = [module for module in plan.order if module != BASE_ID]
    base = " and the base class" if BASE_ID in plan.order else ""
    summary = f"{len(exchanges)} exchange(s){base}, {plan.cached} module(s) from cache"
    if verify_only:
        changed = differences(".", plan.outputs) + [f"not black's: {path}" for path in not_black_stable(plan.outputs)]
        for line in changed:
            click.echo(printable(line))
        if changed:
            unknown = sum(line.startswith("unknown: ") for line in changed)
            if len(changed) > unknown:
                click.echo(f"check: {len(changed) - unknown} generated file(s) out of sync with js/; run `make build`.",
                           err=True)
            if unknown:
                click.echo(UNKNOWN_FILES.format(count=unknown), err=True)
            sys.exit(1)
        click.echo(f"check: generated files are in sync ({summary}, {time.perf_counter() - started:.1f}s).")
        return
    written, removed = write_outputs(".", plan.outputs)
    for path in written:
        click.echo(f"wrote {printable(path)}")
    for path in removed:
        click.echo(f"removed {printable(path)} (its source is gone)")
    click.echo(f"build: {summary}; {len(written)} file(s) written, {len(removed)} removed "
               f"({time.perf_counter() - started:.1f}s).")
    unknown = unknown_files(".", plan.outputs)
    for path in unknown:
        click.echo(f"unknown: {printable(path)}")
    if unknown:
        click.echo(UNKNOWN_FILES.format(count=len(unknown)), err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
