"""One version for the three packages: VERSION is the source, the manifests and generated indexes follow it, and
`exkit bump` moves them all with a CHANGELOG entry."""

from __future__ import annotations

import datetime
import fnmatch
import json
import os
import re
import tomllib

import pytest
import yaml
from click.testing import CliRunner

from tests.base_runners import ROOT
from tests.repository import copy_repository
from transpiler import release
from transpiler.cli import cli

TODAY = datetime.date(2026, 11, 21)


@pytest.fixture
def project(tmp_path):
    """VERSION, js/package.json and a CHANGELOG with something unreleased, as in the repository."""
    (tmp_path / "js").mkdir()
    (tmp_path / "VERSION").write_text("1.4.2\n")
    (tmp_path / "js" / "package.json").write_text(json.dumps({"name": "exchangekit", "version": "1.4.2"}))
    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n\n## Unreleased\n\n- Added acme.\n\n## 1.4.2 - 2026-01-01\n\n- Old.\n")
    return tmp_path


def test_the_repository_agrees_on_one_version():
    version = release.read_version(ROOT)
    assert release.manifest_mismatches(ROOT) == []
    with open(os.path.join(ROOT, "python", "exchangekit", "__init__.py"), encoding="utf-8") as handle:
        assert f'__version__ = "{version}"' in handle.read()
    with open(os.path.join(ROOT, "js", "index.js"), encoding="utf-8") as handle:
        assert f"export const version = '{version}';" in handle.read()
    with open(os.path.join(ROOT, "php", "base", "Exchanges.php"), encoding="utf-8") as handle:
        assert f"public const VERSION = '{version}';" in handle.read()
    with open(os.path.join(ROOT, "php", "composer.json"), encoding="utf-8") as handle:
        assert "version" not in json.load(handle), "Composer takes the version from the release tag"


@pytest.mark.parametrize("step, expected", [("patch", "1.4.3"), ("minor", "1.5.0"), ("major", "2.0.0"),
                                            ("1.10.0", "1.10.0")])
def test_bump_moves_version_manifest_and_changelog(project, step, expected):
    assert release.bump(str(project), step, TODAY) == expected
    assert (project / "VERSION").read_text() == expected + "\n"
    assert json.loads((project / "js" / "package.json").read_text())["version"] == expected
    changelog = (project / "CHANGELOG.md").read_text()
    assert f"## Unreleased\n\n## {expected} - 2026-11-21\n\n- Added acme.\n\n## 1.4.2 - 2026-01-01" in changelog


@pytest.mark.parametrize("step, words", [("1.4.2", "not greater"), ("1.4", "MAJOR.MINOR.PATCH"),
                                         ("v2.0.0", "MAJOR.MINOR.PATCH"), ("1.04.0", "MAJOR.MINOR.PATCH")])
def test_bump_refuses_a_version_that_is_not_next(project, step, words):
    with pytest.raises(release.VersionError, match=words):
        release.bump(str(project), step, TODAY)
    assert (project / "VERSION").read_text() == "1.4.2\n", "nothing is written on refusal"


def test_bump_refuses_an_empty_unreleased_section(project):
    (project / "CHANGELOG.md").write_text("# Changelog\n\n## Unreleased\n\n## 1.4.2 - 2026-01-01\n")
    with pytest.raises(release.VersionError, match="empty"):
        release.bump(str(project), "patch", TODAY)


def test_a_manifest_that_disagrees_is_named(project):
    (project / "js" / "package.json").write_text(json.dumps({"version": "1.4.1"}))
    assert release.manifest_mismatches(str(project)) == [
        f"{os.path.join('js', 'package.json')}: version is '1.4.1', VERSION says '1.4.2'"]


def test_bump_command_regenerates_the_indexes(tmp_path, monkeypatch):
    """On a copy of the repository: `exkit bump minor` leaves every manifest and generated index on the new
    version, so `build.py --check` stays green."""
    copy = tmp_path / "repo"
    copy_repository(copy)
    monkeypatch.chdir(copy)
    current = release.read_version(str(copy))
    major, minor, _ = release.parse(current)
    result = CliRunner().invoke(cli, ["bump", "minor"])
    assert result.exit_code == 0, result.output
    expected = f"{major}.{minor + 1}.0"
    assert re.search(rf"bump: {re.escape(expected)}; updated VERSION, .*python/exchangekit/__init__.py", result.output)
    assert CliRunner().invoke(cli, ["version"]).output.strip() == expected
    assert release.manifest_mismatches(str(copy)) == []
    assert f"export const version = '{expected}';" in (copy / "js" / "index.js").read_text()


def test_the_release_workflow_runs_the_tested_commands():
    """release.yml cannot run here; what it runs can: .ci/checked-out-files (tests/security/test_ci.py), make
    check-generated, exkit version, make dist (test_dist)."""
    with open(os.path.join(ROOT, ".github", "workflows", "release.yml"), encoding="utf-8") as handle:
        workflow = handle.read()
    commands = [line.split("run:", 1)[1].strip() for line in workflow.splitlines() if line.strip().startswith("run:")]
    assert commands[:4] == [".ci/checked-out-files", "make check-generated",
                            'test "v$(.venv/bin/exkit version)" = "$GITHUB_REF_NAME"', "make dist"]
    assert any("twine upload dist/*.whl dist/*.tar.gz" in command for command in commands)
    assert any(command.startswith("npm publish ./dist/exchangekit-") for command in commands)  # (./: a path to npm)
    jobs = yaml.safe_load(workflow)["jobs"]
    build_text, publish_text = (yaml.safe_dump(jobs[name]) for name in ("build", "publish"))
    assert "secrets." not in build_text and "persist-credentials: false" in build_text, \
        "the job that runs project code holds no publishing token and no git credentials"
    assert "make" not in publish_text and "exkit" not in publish_text and "checkout" not in publish_text, \
        "the job that publishes runs no project code"
    with open(os.path.join(ROOT, "Makefile"), encoding="utf-8") as handle:
        makefile = handle.read()
    assert re.search(r"^dist: .*\n\t\$\(VENV\)/bin/exkit dist$", makefile, re.M)
    assert re.search(r"^check-generated: .*\n\t\$\(VENV_PY\) build.py --check$", makefile, re.M)


def uses(step: dict, action: str) -> bool:
    return step.get("uses", "").startswith(action)


def test_the_wheels_job_builds_platform_wheels_from_the_published_sdist_and_publish_uploads_them():
    """The wheels job itself cannot run here (tests/test_platform_wheel.py builds this machine's wheel as it does);
    its shape can be checked: it takes the sdist of `build`'s artifact, holds nothing worth stealing, and `publish`
    uploads what it made."""
    with open(os.path.join(ROOT, ".github", "workflows", "release.yml"), encoding="utf-8") as handle:
        jobs = yaml.safe_load(handle)["jobs"]
    wheels, publish = jobs["wheels"], jobs["publish"]
    assert wheels["needs"] == "build" and wheels["runs-on"] == "${{ matrix.os }}"
    assert wheels["strategy"]["matrix"]["os"] == ["ubuntu-24.04", "ubuntu-24.04-arm", "macos-15", "windows-2025"]
    steps = wheels["steps"]
    packages = next(step for step in jobs["build"]["steps"] if uses(step, "actions/upload-artifact@"))
    assert uses(steps[0], "actions/download-artifact@") and steps[0]["with"] == {
        "name": packages["with"]["name"], "path": "dist/"}
    # the sdist `exkit dist` names exchangekit-VERSION.tar.gz (tests/test_dist.py), and `build` checked VERSION = tag
    assert steps[1]["id"] == "sdist" and "path=dist/exchangekit-${GITHUB_REF_NAME#v}.tar.gz" in steps[1]["run"]
    assert uses(steps[2], "pypa/cibuildwheel@") and steps[2]["with"] == {
        "package-dir": "${{ steps.sdist.outputs.path }}", "output-dir": "wheelhouse"}
    upload = steps[3]
    assert uses(upload, "actions/upload-artifact@") and upload["with"]["path"] == "wheelhouse/*.whl"
    assert len(steps) == 4, "no checkout: the wheels are built from the sdist alone"
    assert wheels["permissions"] == {} and "secrets." not in yaml.safe_dump(wheels)

    # publish downloads every wheels-<os> artifact into dist/, beside the packages, and uploads dist/*.whl
    assert "wheels" in publish["needs"]
    downloads = [step["with"] for step in publish["steps"] if uses(step, "actions/download-artifact@")]
    wheel_download = next(download for download in downloads if "pattern" in download)
    for os_name in wheels["strategy"]["matrix"]["os"]:
        assert fnmatch.fnmatch(upload["with"]["name"].replace("${{ matrix.os }}", os_name), wheel_download["pattern"])
    assert wheel_download["merge-multiple"] is True and wheel_download["path"] == "dist/"
    assert any("twine upload dist/*.whl" in step.get("run", "") for step in publish["steps"])

    # cibuildwheel runs the release that the test environment installs, and so reads the configuration as
    # tests/test_platform_wheel.py does
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as handle:
        test_extra = tomllib.load(handle)["project"]["optional-dependencies"]["test"]
    assert f"cibuildwheel=={steps[2]['uses'].split('@v', 1)[1]}" in test_extra


def test_the_sdist_carries_the_check_that_cibuildwheel_runs_on_each_wheel():
    with open(os.path.join(ROOT, "python", "pyproject.toml"), "rb") as handle:
        settings = tomllib.load(handle)["tool"]["cibuildwheel"]
    with open(os.path.join(ROOT, "python", "MANIFEST.in"), encoding="utf-8") as handle:
        manifest = handle.read().splitlines()
    assert settings["test-sources"] == ["tests/check_speedups.py"]
    assert f"include {settings['test-sources'][0]}" in manifest
    assert settings["test-command"].startswith(f"python {settings['test-sources'][0]} ")
