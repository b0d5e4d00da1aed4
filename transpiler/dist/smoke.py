"""Installs each built package the way its users would, in a temporary folder outside the source tree, and runs
the smoke test there: import, list every exchange, instantiate each, and play one response fixture case through
the installed package in every runtime (the harness runners, pointed at the installed library).

offline=True (the test suite) installs nothing from the network: the Python dependencies come from the
toolchain's own environment, made visible to the fresh virtual environment by a .pth file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from dataclasses import dataclass

from transpiler.dist.artifacts import Artifacts, DistError, composer_environment, npm_environment, run_tool
from transpiler.harness import sandbox
from transpiler.harness.fixtures import Case, case_problems, cases
from transpiler.harness.run import Library, RunnerError, run_cases

SCRIPTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "smoke")


@dataclass(frozen=True)
class Sample:
    """The one fixture case a smoke test plays: fixture holds only that case (with the exchange's markets,
    config and clock), so that it is the first and only outcome."""

    fixture: dict
    case: Case

    @classmethod
    def response_case(cls, fixture: dict, method: str) -> Sample:
        """The first response test of `method` in fixture."""
        chosen = next((case for case in cases(fixture) if case.method == method and case.is_response_test), None)
        if chosen is None:
            raise DistError(f"the {fixture['exchange']} fixture has no response test of {method} to smoke-test with")
        return cls({**fixture, "methods": {method: [chosen.spec]}}, chosen)


@dataclass
class SmokeResult:
    language: str
    location: str  # the file the library was loaded from: inside the temporary install, never the tree
    version: str
    exchanges: list[str]
    case: str  # the fixture case played, for example kraken.fetchTicker[0]
    runtimes: dict[str, list[str]]  # runtime -> problems (empty: passed)

    @property
    def ok(self) -> bool:
        return not any(self.runtimes.values())


def install_python(artifacts: Artifacts, place: str, offline: bool) -> str:
    """A fresh virtual environment with the wheel installed; returns its interpreter."""
    venv = os.path.join(place, "venv")
    run_tool("python -m venv", [sys.executable, "-m", "venv", "--without-pip", venv], cwd=place)
    python = os.path.join(venv, "bin", "python")
    install = [sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--disable-pip-version-check"]
    if offline:
        site_packages = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                       capture_output=True, text=True, check=True).stdout.strip()
        with open(os.path.join(site_packages, "exkit-dependencies.pth"), "w", encoding="utf-8") as handle:
            handle.write(sysconfig.get_paths()["purelib"] + "\n")
        install.append("--no-index")
    run_tool("pip install (wheel)", install + [artifacts.wheel], cwd=place)
    return python


def install_php(artifacts: Artifacts, place: str) -> str:
    """A Composer project requiring the package from the unpacked archive; returns vendor/autoload.php."""
    package = os.path.join(place, "package")
    with zipfile.ZipFile(artifacts.composer) as archive:
        archive.extractall(package)
    project = os.path.join(place, "project")
    os.makedirs(project)
    manifest = {"name": "smoke/php", "require": {"exchangekit/exchangekit": "*@dev"},
                "repositories": [{"type": "path", "url": package, "options": {"symlink": False}},
                                 {"packagist.org": False}]}
    with open(os.path.join(project, "composer.json"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=2)
    run_tool("composer install", ["composer", "install", "--no-interaction", "--no-progress"], cwd=project,
             environment=composer_environment(place))
    return os.path.join(project, "vendor", "autoload.php")


def install_node(artifacts: Artifacts, place: str, root: str) -> str:
    """A Node project with the tarball installed, offline. Its one dependency, ws, is packed from js/node_modules
    (what `make` installed, as js/package-lock.json pins it) and installed beside it, so that npm resolves nothing
    from a registry: npm 11 asks for ws's full metadata, which `npm ci` leaves out of its cache. Returns the project
    folder."""
    environment = npm_environment(place)
    packed = run_tool("npm pack (ws)", ["npm", "pack", "--json", "--ignore-scripts", "--pack-destination", place,
                                        os.path.join(root, "js", "node_modules", "ws")], cwd=place,
                      environment=environment)
    ws = os.path.join(place, json.loads(packed)[0]["filename"])
    project = os.path.join(place, "project")
    os.makedirs(project)
    with open(os.path.join(project, "package.json"), "w", encoding="utf-8") as handle:
        json.dump({"name": "smoke", "private": True, "type": "module"}, handle)
    run_tool("npm install (tarball)", ["npm", "install", "--offline", "--ignore-scripts", "--no-audit", "--no-fund", ws,
                                       artifacts.npm],
             cwd=project, environment=environment)
    return project


def smoke_python(library: Library, place: str, sample: Sample) -> SmokeResult:
    report = _script("python", [library.python, os.path.join(SCRIPTS, "smoke_python.py")], place, {})
    return _result("python", report, library, sample, ("python", "python-async"))


def smoke_php(library: Library, place: str, sample: Sample) -> SmokeResult:
    report = _script("php", ["php", os.path.join(SCRIPTS, "smoke_php.php")], place,
                     {"EXCHANGEKIT_PHP_AUTOLOAD": library.php_autoload})
    return _result("php", report, library, sample, ("php",))


def smoke_node(library: Library, project: str, sample: Sample) -> SmokeResult:
    # The script must sit in the project for `import 'exchangekit'` to resolve from node_modules.
    script = shutil.copy(os.path.join(SCRIPTS, "smoke_node.mjs"), project)
    report = _script("js", ["node", script], project, {})
    return _result("js", report, library, sample, ("js",))


def _script(language: str, command: list[str], cwd: str, extra: dict[str, str]) -> dict:
    # The script instantiates every exchange: describe () is exchange code, so it runs as the harness runs exchange
    # code (transpiler.harness.sandbox), not with this process's environment (tokens, cloud credentials) and
    # network, as it did.
    with tempfile.TemporaryDirectory(prefix="exkit-home-") as home:
        output = run_tool(f"{language} smoke test", sandbox.network_isolation() + command, cwd=cwd,
                          environment=sandbox.environment(extra, home))
    try:
        return json.loads(output.strip().splitlines()[-1])
    except (json.JSONDecodeError, IndexError):
        raise DistError(f"{language} smoke test printed no JSON report:\n{output[-2000:]}") from None


def _result(language: str, report: dict, library: Library, sample: Sample, runtimes: tuple[str, ...]) -> SmokeResult:
    problems = {}
    for runtime in runtimes:
        try:
            problems[runtime] = case_problems(sample.case, run_cases(library, runtime, sample.fixture)[0])
        except RunnerError as error:
            problems[runtime] = [str(error)]
    return SmokeResult(language, report["location"], report["version"], report["exchanges"], sample.case.id, problems)
