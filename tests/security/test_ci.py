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
