"""Lint many generated PHP files in one PHP process (tests/runners/php_lint.php), instead of one `php -l` each."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile

RUNNER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "runners", "php_lint.php")


def lint_php(sources: dict[str, str]) -> dict[str, str]:
    """name -> PHP source; returns name -> why it does not compile, for each that does not (empty: all compile)."""
    if not sources:
        return {}
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for index, (name, text) in enumerate(sources.items()):
            paths[os.path.join(folder, f"{index}.php")] = name
            with open(os.path.join(folder, f"{index}.php"), "w", encoding="utf-8") as handle:
                handle.write(text)
        completed = subprocess.run(["php", "-d", "opcache.enable_cli=1", "-d", "display_errors=stderr",
                                    "-d", "log_errors=0", RUNNER, *paths], capture_output=True, text=True, timeout=300)
    results = [json.loads(line) for line in completed.stdout.splitlines() if line.startswith("{")]
    if len(results) != len(paths):
        raise RuntimeError(f"php_lint.php stopped after {len(results)} of {len(paths)} files:\n{completed.stderr}")
    problems = {}
    for result in results:
        if result["error"] is not None:
            messages = [line for line in completed.stderr.splitlines() if result["file"] in line]
            problems[paths[result["file"]]] = "; ".join([result["error"]] + messages)
    return problems
