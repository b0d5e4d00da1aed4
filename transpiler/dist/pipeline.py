"""The whole of `exkit dist`: refuse stale generated files, build and validate the three packages, install each
outside the tree and smoke-test it. Progress goes to `progress`; the outcome is a DistReport."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from typing import Callable

from transpiler.build import BASE_ID, differences, plan_build, runtime_files
from transpiler.dist.artifacts import Artifacts, DistError, build_composer, build_npm, build_python
from transpiler.dist.smoke import Sample, SmokeResult, install_node, install_php, install_python, smoke_node, \
    smoke_php, smoke_python
from transpiler.harness.fixtures import fixture_path, load_fixture
from transpiler.harness.run import Library
from transpiler.release import read_version

SMOKE_EXCHANGE, SMOKE_METHOD = "kraken", "fetchTicker"  # the response case every installed package must replay


@dataclass
class DistReport:
    source_root: str
    version: str
    exchanges: list[str]
    artifacts: Artifacts
    smoke: list[SmokeResult] = field(default_factory=list)

    def problems(self) -> list[str]:
        """Everything a smoke test found wrong, one line each (empty: every package works)."""
        found = []
        for result in self.smoke:
            if os.path.abspath(result.location).startswith(self.source_root + os.sep):
                found.append(f"{result.language}: the library was loaded from the source tree ({result.location})")
            if result.version != self.version:
                found.append(f"{result.language}: the installed package says version {result.version}, not {self.version}")
            if result.exchanges != self.exchanges:
                found.append(f"{result.language}: the installed package lists {result.exchanges}, not {self.exchanges}")
            found += [f"{runtime}: {result.case}: {problem}" for runtime, problems in result.runtimes.items()
                      for problem in problems]
        return found


def make_dist(root: str, folder: str, offline: bool, progress: Callable[[str], None]) -> DistReport:
    root = os.path.abspath(root)
    progress("checking that the generated files are in sync with js/")
    plan = plan_build(root)
    if not plan.ok:
        raise DistError(f"the build fails with {len(plan.failures)} finding(s): run `make build` and fix them first")
    stale = differences(root, plan.outputs)
    if stale:
        raise DistError("generated files are out of sync with js/ (run `make build`), or the packages' folders hold "
                        "files the build does not know (remove them): " + ", ".join(stale[:5]))
    shipped = set(plan.outputs) | runtime_files()
    version = read_version(root)
    exchanges = sorted(exchange for exchange in plan.order if exchange != BASE_ID)  # as the package indexes list them
    sample = Sample.response_case(load_fixture(fixture_path(root, SMOKE_EXCHANGE)), SMOKE_METHOD)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    artifacts = Artifacts(os.path.abspath(folder))
    with tempfile.TemporaryDirectory(prefix="exkit-dist-") as scratch:
        progress("python: sdist and wheel (python -m build), twine check")
        artifacts.wheel, artifacts.sdist, artifacts.wheel_files = build_python(root, artifacts.folder, shipped)
        progress("js: npm pack")
        artifacts.npm, artifacts.npm_files = build_npm(root, artifacts.folder, _place(scratch, "npm-pack"), shipped)
        progress("php: composer validate, composer archive")
        artifacts.composer = build_composer(root, artifacts.folder, _place(scratch, "composer"), version, shipped)
        report = DistReport(root, version, exchanges, artifacts)
        progress("python: installing the wheel into a fresh virtual environment" + (" (offline)" if offline else ""))
        python = install_python(artifacts, _place(scratch, "python"), offline)
        progress("php: installing the archive into a Composer project")
        autoload = install_php(artifacts, _place(scratch, "php"))
        progress("js: installing the tarball into a Node project")
        node_project = install_node(artifacts, _place(scratch, "node"), root)
        library = Library(python, "", autoload, os.path.join(node_project, "node_modules", "exchangekit", "index.js"))
        progress(f"smoke tests: import, {len(exchanges)} exchanges, {sample.case.id} in every runtime")
        report.smoke = [smoke_python(library, scratch, sample), smoke_php(library, scratch, sample),
                        smoke_node(library, node_project, sample)]
    return report


def _place(scratch: str, name: str) -> str:
    path = os.path.join(scratch, name)
    os.makedirs(path)
    return path
