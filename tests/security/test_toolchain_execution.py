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
