"""Generated PHP is verified in one PHP process, with the complaint `php -l` gives for each file."""

from __future__ import annotations

import subprocess

from transpiler.build import verify
from transpiler.php_lint import lint_files

BROKEN = {
    "syntax.php": "<?php\nclass B {\n    function g() { return }\n}\n",
    "compile.php": "<?php\nclass A {\n    function f() {}\n    function f() {}\n}\n",
    "fine.php": "<?php\nclass C {\n    function h() { return 1; }\n}\n",
}


def _php_l(path: str) -> str | None:
    """What `php -l` says first about one file, or None when it is clean."""
    completed = subprocess.run(["php", "-l", path], capture_output=True, text=True)
    return None if completed.returncode == 0 else (completed.stderr or completed.stdout).strip().splitlines()[0]


def test_every_file_gets_php_ls_own_complaint(tmp_path):
    paths = []
    for name, text in BROKEN.items():
        (tmp_path / name).write_text(text)
        paths.append(str(tmp_path / name))
    problems = lint_files(paths)
    assert set(problems) == set(paths[:2])
    for path in paths:
        assert problems.get(path) == _php_l(path)
    assert "on line 3" in problems[paths[0]] and "Cannot redeclare A::f()" in problems[paths[1]]


def test_the_build_reports_each_generated_file_that_does_not_lint():
    failures = verify({f"php/{name}": text for name, text in BROKEN.items()})
    assert [failure.path for failure in failures] == ["php/syntax.php", "php/compile.php"]
    assert all(failure.rule == "SUB-X001" and "generated PHP does not lint: PHP " in failure.message
               for failure in failures)
