"""`php -l` for many files in one PHP process (php_lint.php): the same complaint for each file that does not compile,
without starting PHP once per file."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile

RUNNER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "php_lint.php")


class PhpLintError(Exception):
    """PHP cannot lint at all (it lacks OPcache, or stopped early); the message says why."""


def lint_files(paths: list[str]) -> dict[str, str]:
    """path -> the line `php -l path` would complain with, for each file that does not compile.

    Raises FileNotFoundError when php is not installed, PhpLintError when it cannot lint."""
    if not paths:
        return {}
    completed = subprocess.run(["php", "-d", "opcache.enable_cli=1", "-d", "display_errors=0", "-d", "log_errors=1",
                                RUNNER, *paths], capture_output=True, text=True, timeout=600)
    results = [json.loads(line) for line in completed.stdout.splitlines() if line.startswith("{")]
    if [result["file"] for result in results] != list(paths):
        raise PhpLintError(f"php stopped after {len(results)} of {len(paths)} files: {completed.stderr.strip()}")
    problems = {}
    for result in results:
        if result["error"] == "compile":  # PHP wrote the compiler's message, naming the file, on stderr
            said = [line for line in completed.stderr.splitlines() if line.startswith("PHP ") and result["file"] in line]
            problems[result["file"]] = said[0] if said else f"PHP could not compile {result['file']}"
        elif result["error"] is not None:
            problems[result["file"]] = result["error"]
    return problems


def lint_php(sources: dict[str, str]) -> dict[str, str]:
    """name (a path such as php/kraken.php) -> PHP text; returns name -> complaint for each that does not compile.
    The files are linted as copies under their own base names, as `php -l` on the copy would name them."""
    with tempfile.TemporaryDirectory() as folder:
        copies = {}
        for index, (name, text) in enumerate(sources.items()):
            copy = os.path.join(folder, str(index), os.path.basename(name))
            os.makedirs(os.path.dirname(copy))
            with open(copy, "w", encoding="utf-8") as handle:
                handle.write(text)
            copies[copy] = name
        problems = lint_files(list(copies))
    return {copies[copy]: complaint for copy, complaint in problems.items()}
