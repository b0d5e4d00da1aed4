"""CI runs a pull request's code (the build, the harness, every test): whatever it runs must hold no credential
that could write to the repository. The release workflow's publish job is the one job with secrets, and it runs
no project code (SECURITY.md)."""

from __future__ import annotations

import glob
import os

import pytest
import yaml

from tests.base_runners import ROOT

WORKFLOWS = sorted(glob.glob(os.path.join(ROOT, ".github", "workflows", "*.yml")))
PUBLISHING_JOBS = {("release.yml", "publish")}  # downloads the built packages and uploads them: no checkout


def _jobs():
    for path in WORKFLOWS:
        with open(path, encoding="utf-8") as handle:
            workflow = yaml.safe_load(handle)
        for name, job in workflow["jobs"].items():
            yield os.path.basename(path), workflow, name, job


@pytest.mark.parametrize("workflow_name, workflow, job_name, job",
                         [pytest.param(*job, id=f"{job[0]}:{job[2]}") for job in _jobs()])
def test_jobs_that_run_project_code_have_a_read_only_token_and_no_persisted_credentials(workflow_name, workflow,
                                                                                        job_name, job):
    if (workflow_name, job_name) in PUBLISHING_JOBS:
        assert not any("actions/checkout" in step.get("uses", "") or "run" in step and "make" in step["run"]
                       for step in job["steps"]), "the publishing job runs no project code"
        return
    # Without a permissions block the token has the repository's default, which may be read-write: a pushed
    # branch's tests could then push to main.
    permissions = job.get("permissions", workflow.get("permissions"))
    assert permissions is not None, f"{workflow_name}: set permissions (contents: read) for {job_name}"
    assert permissions == {} or all(value in ("read", "none") for value in permissions.values()), permissions
    for step in job["steps"]:
        if "actions/checkout" in step.get("uses", ""):
            # Otherwise the token stays in .git/config, where the project code that runs next can read it.
            assert step.get("with", {}).get("persist-credentials") is False, f"{workflow_name}:{job_name}"


def test_no_tracked_file_is_one_that_git_ignores():
    """What .gitignore lists is made on the machine (.venv/, .exkit-cache/, js/node_modules/): one committed anyway
    (git add -f) would be what CI runs or trusts, e.g. a .venv/bin/python, a stamp that skips the install, or cached
    compiled modules. Reviewers never see such files as code."""
    import subprocess

    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--ignored", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    if listed.returncode != 0:
        pytest.skip("not a git checkout (a copy of the tree)")
    assert [name for name in listed.stdout.split("\0") if name] == []


def test_ci_refuses_committed_ignored_files_before_it_runs_anything(tmp_path):
    """make test runs on a copy of the tree without .git (tests/snapshot.py), where the test above skips: CI runs
    .ci/ignored-files first."""
    import shutil
    import subprocess

    with open(os.path.join(ROOT, ".ci", "run"), encoding="utf-8") as handle:
        commands = [line for line in handle.read().splitlines() if line and not line.startswith("#")]
    assert commands.index(".ci/ignored-files") < min(i for i, line in enumerate(commands) if line.startswith("make"))
    with open(os.path.join(ROOT, ".github", "workflows", "ci.yml"), encoding="utf-8") as handle:
        steps = [step.get("run", "") for step in yaml.safe_load(handle)["jobs"]["test"]["steps"]]
    assert steps.index(".ci/ignored-files") < min(i for i, run in enumerate(steps) if run.startswith("make"))
    # The script itself, on a repository that committed its .venv's stamp
    repository = tmp_path / "repository"
    (repository / ".ci").mkdir(parents=True)
    shutil.copy(os.path.join(ROOT, ".ci", "ignored-files"), repository / ".ci" / "ignored-files")
    shutil.copy(os.path.join(ROOT, ".gitignore"), repository / ".gitignore")
    (repository / ".venv").mkdir()
    (repository / ".venv" / ".installed").write_text("")
    subprocess.run(["git", "init", "-q"], cwd=repository, check=True)
    assert subprocess.run(["bash", ".ci/ignored-files"], cwd=repository).returncode == 0
    subprocess.run(["git", "add", "-f", ".venv/.installed"], cwd=repository, check=True)
    refused = subprocess.run(["bash", ".ci/ignored-files"], cwd=repository, capture_output=True, text=True)
    assert refused.returncode == 1 and ".venv/.installed" in refused.stderr
