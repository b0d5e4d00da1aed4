"""Where the toolchain runs exchange code outside the certify runners: it must run there as in them (scrubbed
environment, throwaway HOME, no network where unshare works: transpiler.harness.sandbox)."""

from __future__ import annotations

import json

from transpiler.dist import smoke
from transpiler.harness import sandbox


def test_the_packages_smoke_tests_run_exchange_code_in_the_sandbox(monkeypatch, tmp_path):
    """The smoke scripts instantiate every exchange (describe () is exchange code): they ran with the whole
    environment of `make dist` (tokens, cloud credentials) and its network."""
    monkeypatch.setenv("GITHUB_TOKEN", "ghs_secret_of_the_machine")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws-secret")
    seen = {}

    def run_tool(step, command, cwd, environment=None, timeout=600):
        seen.update(command=command, environment=environment)
        return json.dumps({"version": "0", "exchanges": [], "instantiated": [], "location": str(tmp_path)}) + "\n"

    monkeypatch.setattr(smoke, "run_tool", run_tool)
    report = smoke._script("php", ["php", "smoke_php.php"], str(tmp_path), {"EXCHANGEKIT_PHP_AUTOLOAD": "/a.php"})
    assert report["location"] == str(tmp_path)
    prefix = sandbox.network_isolation()
    assert seen["command"] == [*prefix, "php", "smoke_php.php"]
    environment = seen["environment"]
    assert "GITHUB_TOKEN" not in environment and "AWS_SECRET_ACCESS_KEY" not in environment
    assert environment["EXCHANGEKIT_PHP_AUTOLOAD"] == "/a.php"
    assert set(environment) <= {*sandbox.KEPT_VARIABLES, "EXCHANGEKIT_PHP_AUTOLOAD", "HOME", "TMPDIR"}


def test_a_cache_committed_with_a_pull_request_is_never_taken_for_compiled_modules(tmp_path):
    """.exkit-cache/ entries were keyed on what anyone can hash (the toolchain and the source): a pull request that
    commits one makes the build emit Python and PHP that no source produces, and `build.py --check` agree."""
    import os
    import shutil
    import subprocess
    import sys

    from tests.test_build import CASES, ROOT

    def project(name):
        root = tmp_path / name
        shutil.copytree(os.path.join(ROOT, "transpiler"), root / "transpiler")
        shutil.copytree(os.path.join(ROOT, "js", "base"), root / "js" / "base")
        for file in ("build.py", "VERSION", "LICENSE", os.path.join("js", "package.json")):
            shutil.copy(os.path.join(ROOT, file), root / file)
        shutil.copy(os.path.join(CASES, "loops.js"), root / "js" / "loops.js")
        return root

    def build(root, home, *args):
        environment = {key: value for key, value in os.environ.items() if key != "XDG_CACHE_HOME"}
        return subprocess.run([sys.executable, str(root / "build.py"), *args], capture_output=True, text=True,
                              timeout=600, cwd=root, env={**environment, "HOME": str(home)})

    # The attacker builds on their machine, then plants code in the cached module and commits the cache.
    theirs = project("theirs")
    assert build(theirs, tmp_path / "attacker-home").returncode == 0
    planted = 0
    for entry in (theirs / ".exkit-cache").glob("*.json"):
        text = entry.read_text()
        if '"id": "loops"' in text and "class loops" in text:
            entry.write_text(text.replace("class loops(", "import os  # PLANTED\\n\\n\\nclass loops("))
            planted += 1
    assert planted == 1
    ours = project("ours")
    shutil.copytree(theirs / ".exkit-cache", ours / ".exkit-cache")
    built = build(ours, tmp_path / "ci-home")
    assert built.returncode == 0, built.stdout + built.stderr
    assert "PLANTED" not in (ours / "python" / "exchangekit" / "loops.py").read_text()
