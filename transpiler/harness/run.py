"""Plays an exchange's fixture cases through the runner of each runtime (runners/exchange_*), against the library
of a source tree or an installed package."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass

from transpiler.harness import sandbox
from transpiler.harness.fixtures import runner_input
from transpiler.harness.signatures import with_verified_signatures

RUNNERS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "runners")
EXCHANGE_RUNNER = os.path.join(RUNNERS, "exchange")
RUNTIMES = ("js", "php", "python", "python-async")
# The commas and opening brackets a runner's result may hold (about one a value: each value after a container's first
# follows a comma, each container opens with a bracket; a string holding those characters counts them too, on the
# safe side). Parsed, a value takes 50 to 100 bytes of the harness's own process, outside the runners' limits: 64 MiB
# of `[{}, {}, ...]` took it past 1.6 GB a runtime (red-team round 72). The project's results hold a few thousand
# values, and a fixture at its bound (MAX_FIXTURE_VALUES) a few hundred thousand.
MAX_RESULT_MARKS = 2_000_000
# The bytes of a result of a pull request's code: as text, a string of one character beyond U+FFFF takes four bytes a
# character in Python, and a result of 64 MiB took certify's process to 0.8 GB (red-team round 73).
MAX_RESULT_BYTES = 16 << 20


class RunnerError(Exception):
    """A runner process failed (as opposed to a case failing): the message holds what it printed."""


@dataclass(frozen=True)
class Library:
    """Where each runtime finds exchangekit: python_path empty means the installed package of `python`."""

    python: str
    python_path: str
    php_autoload: str
    js_index: str

    @classmethod
    def source_tree(cls, root: str) -> Library:
        root = os.path.abspath(root)
        return cls(sys.executable, os.path.join(root, "python"), os.path.join(root, "php", "base", "autoload.php"),
                   os.path.join(root, "js", "index.js"))

    def locations(self) -> dict[str, str]:
        """The variables that tell the runners where the library is."""
        return {"EXCHANGEKIT_PYTHON_PATH": self.python_path, "EXCHANGEKIT_PHP_AUTOLOAD": self.php_autoload,
                "EXCHANGEKIT_JS_INDEX": self.js_index}

    def environment(self) -> dict[str, str]:
        return {**os.environ, **self.locations()}

    def command(self, script: str, runtime: str) -> list[str]:
        """The command line of the runner scripts <script>_node.mjs, <script>_php.php, <script>_python.py for one
        runtime (script: their path without the language suffix)."""
        return {"js": ["node", f"{script}_node.mjs"],
                "php": ["php", f"{script}_php.php"],
                "python": [self.python, f"{script}_python.py"],
                "python-async": [self.python, f"{script}_python.py", "--async"]}[runtime]


def run_json(command: list[str], request: dict | None, environment: dict[str, str], label: str,
             cwd: str | None = None, hostile: bool = False) -> tuple[list | dict, str]:
    """Runs a runner with request as JSON on stdin, within sandbox.resource_limits (it prints into files, where the
    output limit holds); returns the JSON it printed on its last line, and all it printed (verbose logs come before
    that line). hostile: the runner ran a pull request's code, whose result is held to MAX_RESULT_BYTES and whose
    printed text is not kept ("")."""
    with tempfile.TemporaryFile() as stdout_file, tempfile.TemporaryFile() as stderr_file:
        try:
            completed = subprocess.run(sandbox.resource_limits() + command,
                                       input=(json.dumps(request) if request is not None else "").encode("utf-8"),
                                       stdout=stdout_file, stderr=stderr_file, timeout=300, env=environment, cwd=cwd)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise RunnerError(f"the {label} runner could not run: {error}") from None
        stdout, stderr = _printed(stdout_file), _printed(stderr_file)
        # Past the limit a write fails (Python ignores SIGXFSZ) or the signal stops the process (Node, PHP).
        flooded = completed.returncode == -signal.SIGXFSZ or \
            max(os.fstat(file.fileno()).st_size for file in (stdout_file, stderr_file)) >= sandbox.OUTPUT_LIMIT
    if flooded:
        raise RunnerError(f"the {label} runner was stopped: it printed more than {sandbox.OUTPUT_LIMIT >> 20} MiB")
    if completed.returncode != 0:
        raise RunnerError(f"the {label} runner failed (exit {completed.returncode}):\n{_text(stderr[-12000:])[-3000:]}")
    # The bytes are read as text only where needed: text of one character beyond U+FFFF takes four bytes a character
    # in Python, and the copies of a whole output of 64 MiB took certify's process past 1.5 GB (red-team round 73).
    last_line = stdout.strip().rsplit(b"\n", 1)[-1]  # (not splitlines: U+2028 in a result is data)
    if hostile and len(last_line) > MAX_RESULT_BYTES:
        raise RunnerError(f"the {label} runner's result is longer than {MAX_RESULT_BYTES >> 20} MiB: trim the "
                          "fixture's responses (a few entries of each list show what a parser does)")
    if last_line.count(b",") + last_line.count(b"[") + last_line.count(b"{") > MAX_RESULT_MARKS:
        raise RunnerError(f"the {label} runner's result holds more than {MAX_RESULT_MARKS:,} values and commas: "
                          "trim the fixture's responses (a few entries of each list show what a parser does)")
    try:
        result = json.loads(_text(last_line))
    except (json.JSONDecodeError, RecursionError):
        raise RunnerError(f"the {label} runner printed no JSON result (or one nested too deeply):\n"
                          f"{_text(stdout[-12000:])[-3000:]}") from None
    return result, "" if hostile else _text(stdout) + _text(stderr)


def _printed(file) -> bytes:
    file.seek(0)
    return file.read(sandbox.OUTPUT_LIMIT)


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def run_exchange_code(command: list[str], request: dict | None, library: Library, label: str) -> list | dict:
    """run_json for runners that execute an exchange's code: in the sandbox (see transpiler.harness.sandbox)."""
    with tempfile.TemporaryDirectory(prefix="exkit-home-") as home:
        return run_json(sandbox.network_isolation() + command, request, sandbox.environment(library.locations(), home),
                        label, cwd=home, hostile=True)[0]


def run_cases(library: Library, runtime: str, fixture: dict) -> list[dict]:
    """Per case of the fixture, in order: the requests sent and {"ok": result} or {"throws": ErrorClass, ...}. An
    ES256 JSON Web Token in a request's header is tagged with its signature's verification (harness.signatures)."""
    played = runner_input(fixture)
    label = f"{runtime} exchange"
    outcomes = run_exchange_code(library.command(EXCHANGE_RUNNER, runtime), played, library, label)
    return with_verified_signatures(played, one_each(outcomes, len(played["cases"]), label))


def one_each(outcomes, count: int, label: str) -> list:
    """The runner's outcomes, one per case: certify pairs them with the cases in order, and a case left without one
    would count as passed (red-team round 58 found no runner that gives fewer, only that nothing said so)."""
    if not isinstance(outcomes, list) or len(outcomes) != count:
        given = f"{len(outcomes)} outcomes" if isinstance(outcomes, list) else "no list of outcomes"
        raise RunnerError(f"the {label} runner gave {given} for {count} cases")
    return outcomes


def class_methods(library: Library, exchange_ids: list[str]) -> dict:
    """Per exchange id, from its JavaScript class: {"has": {...}, "own": [unified methods it implements]}: those its
    class defines, and for a derived exchange those it inherits from its parent exchanges while has[...] is true."""
    return run_exchange_code(["node", os.path.join(RUNNERS, "exchange_methods.mjs"), *exchange_ids], None, library,
                             "exchange methods")
