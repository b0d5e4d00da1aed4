"""The `exkit` command line."""

from __future__ import annotations

import datetime
import difflib
import functools
import json
import os
import sys
import textwrap

import click

from transpiler import __version__, release
from transpiler.checker import FileResult, check_files, result_for
from transpiler.diagnostics import Severity
from transpiler.discovery import discover, exchange_ids
from transpiler.limits import ENVIRONMENT, Limits, LimitsError, from_environment
from transpiler.registry import REGISTRY_FILE, RegistryError, Status, load_registry
from transpiler.renderers import RENDERERS
from transpiler.release import VersionError
from transpiler.rules import all_rules, find_rule

# The commands that build, certify or package import what they need when they run: `exkit check` starts without
# the emitters, black, jinja2 or the test harness.

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


CLI_HELP = f"""exkit: check exchange integrations written in the exchangekit JavaScript subset.

Start with `exkit check js/`, then `exkit explain RULE-ID` for any finding;
`exkit transpile js/<id>.js --target php` shows what a file becomes.

Input limits (SUB-P003, `exkit explain P003`) come from the environment:
{ENVIRONMENT['max_file_bytes']} (default {Limits().max_file_bytes}),
{ENVIRONMENT['max_line_length']} (default {Limits().max_line_length}) and
{ENVIRONMENT['max_nesting']} (default {Limits().max_nesting}); the --max-* options
of check and transpile override them for one run.
"""


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, help=CLI_HELP)
@click.version_option(__version__, prog_name="exkit")
def cli() -> None:
    try:
        from_environment()
    except LimitsError as error:
        raise click.UsageError(str(error)) from None


def limit_options(command):
    """--max-file-bytes, --max-line-length and --max-nesting: the limits of SUB-P003 for one run."""
    defaults = Limits()
    options = [
        click.option("--max-file-bytes", type=click.IntRange(min=1), default=None, metavar="BYTES",
                     help=f"Reject larger source files (SUB-P003) [default: $EXKIT_MAX_FILE_BYTES or "
                          f"{defaults.max_file_bytes}]."),
        click.option("--max-line-length", type=click.IntRange(min=1), default=None, metavar="CHARACTERS",
                     help=f"Reject longer lines [default: $EXKIT_MAX_LINE_LENGTH or {defaults.max_line_length}]."),
        click.option("--max-nesting", type=click.IntRange(min=1), default=None, metavar="LEVELS",
                     help=f"Reject code nested deeper in the syntax tree [default: $EXKIT_MAX_NESTING or "
                          f"{defaults.max_nesting}]."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _limits(max_file_bytes: int | None, max_line_length: int | None, max_nesting: int | None) -> Limits:
    return from_environment().replace(max_file_bytes=max_file_bytes, max_line_length=max_line_length,
                                      max_nesting=max_nesting)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--format", "output_format", type=click.Choice(sorted(RENDERERS)), default="text",
              show_default=True, help="text: code frames and hints; json: one JSON object per line; "
                                      "github: workflow annotations; sarif: SARIF 2.1.0.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Files checked in parallel [default: number of CPUs].")
@limit_options
def check(paths: tuple[str, ...], output_format: str, strict: bool, jobs: int | None, **limits: int | None) -> None:
    """Check PATHS (files, or folders searched for *.js) against the subset rules.

    Folders skip base/ (the hand-written runtime), node_modules/, hidden folders, and anything that is not a
    regular file. Exits 0 when clean, 1 when there is any error (or warning with --strict), 2 on usage errors.
    """
    files = discover(list(paths))
    if not files:
        click.echo(f"warning: no .js files found under {', '.join(paths)}", err=True)
        sys.exit(EXIT_CLEAN)
    results = list(_with_progress(check_files(files, jobs, _limits(**limits)), len(files), output_format))
    click.echo(RENDERERS[output_format](results), nl=False)
    sys.exit(exit_code(results, strict))


def exit_code(results: list[FileResult], strict: bool) -> int:
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    found = any(d.severity in failing for result in results for d in result.diagnostics)
    return EXIT_FINDINGS if found else EXIT_CLEAN


def _with_progress(results, total: int, output_format: str):
    """Report progress on stderr for long text runs in a terminal; machine formats stay clean."""
    show = output_format == "text" and total >= 20 and sys.stderr.isatty()
    for done, result in enumerate(results, start=1):
        if show:
            click.echo(f"\rchecked {done}/{total} files", err=True, nl=done == total)
        yield result


TARGETS = {"python": "python", "python-async": "python_async", "php": "php"}


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--target", type=click.Choice(sorted(TARGETS)), default="python", show_default=True,
              help="Which generated module to print.")
@limit_options
def transpile(path: str, target: str, **limits: int | None) -> None:
    """Print the module that PATH (a js/<id>.js file) becomes, without writing anything.

    Exits 1 with the findings when the file does not pass `exkit check`.
    """
    from transpiler.emit.compile import CompileError, compile_file

    try:
        compiled = compile_file(path, _limits(**limits))
    except CompileError as error:
        click.echo(RENDERERS["text"]([result_for(path, error.diagnostics)]), nl=False)
        sys.exit(EXIT_FINDINGS)
    click.echo(getattr(compiled, TARGETS[target]), nl=False)


@cli.command()
@click.option("--markdown", is_flag=True, help="Print the contributor guide (CONTRIBUTING.md) generated from the "
                                               "rules, the certify checks, the fixture schema and the unified API.")
def rules(markdown: bool) -> None:
    """List every rule: id, severity and title."""
    if markdown:
        from transpiler.guide import contributing_guide

        click.echo(contributing_guide(), nl=False)
        return
    for rule in all_rules():
        note = " (reported by the parser)" if rule.reported_by_reader else ""
        click.echo(f"{rule.id}  {rule.severity.value:<7}  {rule.title}{note}")


@cli.command()
@click.argument("pattern", required=False)
def helpers(pattern: str | None) -> None:
    """The base class's helpers an exchange can call (this.name (...)): signature, what each does and what it
    returns. PATTERN narrows the list: a part of the name (safeString) or a glob (parse*s)."""
    from transpiler.helpers import base_helpers, matching, render_text

    found = matching(base_helpers(), pattern)
    if not found:
        click.echo(f"helpers: nothing matches '{pattern}'; `exkit helpers` lists them all", err=True)
        sys.exit(EXIT_FINDINGS)
    click.echo(render_text(found), nl=False)


@cli.command()
@click.argument("rule_id")
def explain(rule_id: str) -> None:
    """Explain RULE_ID (for example SUB-E001, or just e001): why, a bad and a good example."""
    rule = find_rule(rule_id)
    if rule is None:
        known = [known_rule.id for known_rule in all_rules()]
        close = difflib.get_close_matches(rule_id.upper(), known, n=3, cutoff=0.5)
        suggestion = f" Did you mean {', '.join(close)}?" if close else " `exkit rules` lists them."
        raise click.UsageError(f"unknown rule '{rule_id}'.{suggestion}")
    width = min(os.get_terminal_size(sys.stdout.fileno()).columns if sys.stdout.isatty() else 88, 100)
    wrap = lambda text: textwrap.fill(text, width=width)  # noqa: E731
    sections = [f"{rule.id}: {rule.title}", "", wrap(rule.rationale), "", wrap(f"Fix: {rule.hint}")]
    if rule.decisions:
        sections += ["", wrap(f"Decision: {rule.decisions}")]
    sections += ["", "Bad:", textwrap.indent(rule.bad, "    "), "", "Good:", textwrap.indent(rule.good, "    ")]
    click.echo("\n".join(sections))


@cli.command()
@click.option("--out", "folder", default="dist", show_default=True, type=click.Path(file_okay=False),
              help="Where the packages go (emptied first).")
@click.option("--offline", is_flag=True,
              help="Install nothing from the network: the smoke test's Python dependencies come from this "
                   "environment (for the test suite). Without it, pip fetches them from PyPI like a user's would.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object instead of text.")
def dist(folder: str, offline: bool, as_json: bool) -> None:
    """Build the Python sdist and wheel, the npm tarball and the Composer archive into dist/; validate them
    (twine check, composer validate); install each in a temporary folder outside the tree and smoke-test it.

    Run from the repository root, after `make build`. Exits 0 when every package works, 1 otherwise.
    """
    from transpiler.dist.artifacts import DistError
    from transpiler.dist.pipeline import make_dist
    from transpiler.dist.report import dist_summary, format_dist_report

    report_progress = (lambda line: None) if as_json else (lambda line: click.echo(f"dist: {line}", err=True))
    try:
        report = make_dist(".", folder, offline, report_progress)
    except (DistError, VersionError) as error:
        click.echo(f"dist: {error}", err=True)
        sys.exit(EXIT_FINDINGS)
    click.echo(json.dumps(dist_summary(report), indent=2) if as_json else format_dist_report(report))
    sys.exit(EXIT_FINDINGS if report.problems() else EXIT_CLEAN)


@cli.command()
@click.argument("step", metavar="major|minor|patch|X.Y.Z")
def bump(step: str) -> None:
    """Release a new version: VERSION, js/package.json and the generated indexes move to it, and the CHANGELOG's
    Unreleased section becomes its entry. Python's version is read from exchangekit.__version__; Composer's comes
    from the release tag. Commit the result and tag it vX.Y.Z to publish."""
    from transpiler.build import plan_build, write_outputs

    try:
        version = release.bump(".", step, datetime.date.today())
    except VersionError as error:
        raise click.UsageError(str(error)) from None
    plan = plan_build(".")
    if not plan.ok:
        click.echo(f"bump: VERSION is {version}, but the build fails: run `make build` to see why", err=True)
        sys.exit(EXIT_FINDINGS)
    written, _ = write_outputs(".", plan.outputs)
    click.echo(f"bump: {version}; updated VERSION, {release.JS_MANIFEST}, {release.CHANGELOG}"
               + "".join(f", {path}" for path in written))


@cli.command()
def version() -> None:
    """Print the library's version (the VERSION file), for scripts such as the release workflow."""
    try:
        click.echo(release.read_version("."))
    except VersionError as error:
        click.echo(f"version: {error}", err=True)
        sys.exit(EXIT_FINDINGS)


@cli.command()
@click.option("--status", "statuses", type=click.Choice([status.value for status in Status]), multiple=True,
              help="Only the exchanges with this status; repeat it for several.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: one aligned line per exchange and the counts; json: every field of each entry, the "
                   "evidence included.")
def exchanges(statuses: tuple[str, ...], output_format: str) -> None:
    """List the coverage of the seed exchanges, from the registry exchanges.json: id, name, status (implemented,
    planned or retired), the API it targets and its batch; a retired exchange with its reason and date.

    Run from the repository root: `exkit exchanges --status retired`. CONTRIBUTING.md ("The exchange registry")
    says how an exchange moves from planned to implemented.
    """
    from transpiler.registry_listing import listing_json, listing_text

    try:
        registry = load_registry(".")
    except RegistryError as error:
        click.echo(f"exchanges: {error}", err=True)
        sys.exit(EXIT_FINDINGS)
    if registry is None:
        raise click.UsageError(f"no {REGISTRY_FILE} in this folder: run from the repository root")
    selected = sorted((entry for entry in registry.entries if not statuses or entry.status.value in statuses),
                      key=lambda entry: entry.id)
    click.echo(listing_json(selected) if output_format == "json" else listing_text(registry, selected), nl=False)


@cli.command()
@click.argument("exchange_id", metavar="ID")
@click.option("--name", required=True, help="The exchange's name as users know it, for example 'Acme Exchange'.")
@click.option("--docs", required=True, metavar="URL", help="Where the exchange documents its API.")
def new(exchange_id: str, name: str, docs: str) -> None:
    """Start a new exchange: js/ID.js (describe() with every unified method absent and has false) and an empty
    fixture, tests/fixtures/exchanges/ID.json. Both pass `exkit check` and build as they are."""
    from transpiler.certify.scaffold import ScaffoldError, scaffold

    try:
        created = scaffold(".", exchange_id, name, docs)
    except ScaffoldError as error:
        raise click.UsageError(str(error)) from None
    click.echo(NEXT_STEPS.format(source=created.source, fixture=created.fixture, id=exchange_id))


NEXT_STEPS = """created {source} and {fixture}

next steps:
  1. fill in describe(): countries, version, rateLimit, urls.api and urls.www, fees, the api endpoints
  2. implement fetchMarkets first (`exkit explain` any finding of `exkit check {source}`), set has['fetchMarkets']
     to true, and add a request test and a response test for it to {fixture} (CONTRIBUTING.md: fixtures)
  3. .venv/bin/exkit certify {id}    # builds the Python and PHP modules, then rules, has, coverage, tests in
                                     # JS, Python, asyncio and PHP: the verdict
  4. repeat 2-3 for each unified method; `make build` before you commit js/, the fixture and the generated
     files; CI runs the same certification on the exchanges your change touches"""


@cli.command()
@click.argument("requested", nargs=-1, metavar="[ID]...")
@click.option("--changed-since", "base", metavar="REV",
              help="Certify the exchanges that changed since git revision REV, and those derived from them (all of "
                   "them when the toolchain, the base runtime or the set-up changed). For CI.")
@click.option("--all", "every", is_flag=True, help="Certify every exchange in js/.")
@click.option("--format", "output_format", type=click.Choice(sorted(RENDERERS)), default="text", show_default=True,
              help="text: the full report; json: the report as JSON; github and sarif: the findings alone.")
@click.option("--no-build", "no_build", is_flag=True,
              help="Write no generated file: report those that differ from a fresh build (CERT-B001) instead. For CI, "
                   "which has run the build already.")
@click.option("--update-results", is_flag=True,
              help="Review first: after the report (whose diffs show what changes), write what JavaScript returned into "
                   "the fixture's result of each response case whose result differed. Check every value against the "
                   "exchange's documentation before you commit it.")
def certify(requested: tuple[str, ...], base: str | None, every: bool, output_format: str, no_build: bool,
            update_results: bool) -> None:
    """Certify exchanges: the subset rules, has[...] against the methods the class implements, the unified
    signatures, describe()'s required keys, fixture coverage per method, and every fixture case in JavaScript,
    Python, Python asyncio and PHP. Ends with a verdict.

    The generated Python and PHP modules each exchange needs are built first (when its source and its parents
    pass the checker), so no `make build` is needed in between; --no-build checks that they are in sync instead.

    Run from the repository root: `exkit certify kraken`. Exits 0 when every exchange is certified, 1 otherwise.
    """
    from transpiler.build import plan_build
    from transpiler.certify.certify import certify as certify_exchange
    from transpiler.certify.certify import update_results as write_actual_results
    from transpiler.certify.changes import ChangesError, changed_files, exchange_parents, touched_exchanges
    from transpiler.certify.report import render as render_certification

    known = exchange_ids("js") if os.path.isdir("js") else []
    if sum(map(bool, (requested, base, every))) != 1:
        raise click.UsageError("name the exchanges (exkit certify kraken), or use --changed-since REV or --all")
    if base is not None:
        try:
            selected = touched_exchanges(changed_files(".", base), known, exchange_parents("js", known))
        except ChangesError as error:
            raise click.UsageError(str(error)) from None
        if not selected:
            click.echo(f"certify: no exchange changed since {base}", err=True)
            sys.exit(EXIT_CLEAN)
    else:
        selected = known if every else list(requested)
    unknown = [exchange for exchange in selected if exchange not in known]
    if unknown:
        raise click.UsageError(f"no js/<id>.js for {', '.join(unknown)} (run from the repository root; "
                               f"`exkit new ID` starts one)")
    build_plan = functools.cache(functools.partial(plan_build, "."))  # one build plan for every exchange
    reports = []
    for exchange in selected:
        if output_format == "text" or len(selected) > 1:
            click.echo(f"certify: {exchange}...", err=True)
        reports.append(certify_exchange(".", exchange, build_plan, build=not no_build))
    click.echo(render_certification(reports, output_format, "."), nl=False)
    if update_results:
        for report in reports:
            written = write_actual_results(".", report)
            if written:
                click.echo(f"certify: wrote the actual result of {len(written)} case(s) into {report.fixture} "
                           f"({', '.join(written)}): the diffs above are what changed. A result is right only when "
                           f"the exchange's documentation says so: review `git diff {report.fixture}` before you "
                           f"commit it, then certify again.", err=True)
    sys.exit(EXIT_CLEAN if all(report.certified for report in reports) else EXIT_FINDINGS)


def main() -> None:
    cli(prog_name="exkit")
