"""CI runs a pull request's code (the build, the harness, every test): whatever it runs must hold no credential
that could write to the repository. The release workflow's publish job is the one job with secrets, and it runs
no project code (SECURITY.md)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys

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


# Red-team round 58: `js/kraken.js working-tree-encoding=SHIFT_JIS` in a .gitattributes made git write kraken.js in
# Shift_JIS on checkout, where the diff's `¥` is a `\`: the string that the diff showed ended early in the file that CI
# checked, built and tested, and the rest of it was code in kraken's sign ().
CHECKED_OUT = os.path.join(ROOT, ".ci", "checked-out-files")
KRAKEN_LINE = "throw new InvalidOrder ('cost is for market buys only: Kraken¥'s viqc flag sizes buy orders');\n"


def checked_out(repository):
    return subprocess.run([sys.executable, ".ci/checked-out-files"], cwd=repository, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def repository(tmp_path):
    """A repository of one committed source, checked out clean, with the script in its .ci/."""
    root = tmp_path / "repository"
    (root / ".ci").mkdir(parents=True)
    (root / "js").mkdir()
    shutil.copy(CHECKED_OUT, root / ".ci" / "checked-out-files")
    (root / "js" / "kraken.js").write_text(KRAKEN_LINE, encoding="utf-8")
    commit(root, "init", "-q")
    return root


def git_in(root):
    def git(*arguments):
        subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *arguments], cwd=root, check=True,
                       capture_output=True)
    return git


def commit(root, *first):
    git = git_in(root)
    if first:
        git(*first)
    git("add", "-A")
    git("commit", "-qm", "change")


def test_ci_checks_the_checked_out_files_before_it_runs_anything():
    with open(os.path.join(ROOT, ".ci", "run"), encoding="utf-8") as handle:
        commands = [line for line in handle.read().splitlines() if line and not line.startswith("#")]
    assert commands.index(".ci/checked-out-files") < min(i for i, line in enumerate(commands) if line.startswith("make"))
    for workflow, job in (("ci.yml", "test"), ("release.yml", "build")):
        with open(os.path.join(ROOT, ".github", "workflows", workflow), encoding="utf-8") as handle:
            steps = [step.get("run", "") for step in yaml.safe_load(handle)["jobs"][job]["steps"]]
        assert steps.index(".ci/checked-out-files") < min(i for i, run in enumerate(steps) if run.startswith("make")), \
            workflow


def test_the_tree_has_no_attribute_files():
    """The project needs none; .ci/checked-out-files refuses any (make test runs on a copy without .git)."""
    found = []
    for folder, folders, files in os.walk(ROOT):
        folders[:] = [name for name in folders if name not in (".git", ".venv", "node_modules", ".exkit-cache")]
        found += [os.path.relpath(os.path.join(folder, name), ROOT) for name in files if name == ".gitattributes"]
    assert found == []


def test_a_clean_checkout_passes(repository):
    completed = checked_out(repository)
    assert completed.returncode == 0, completed.stderr


def test_a_file_that_git_converts_on_checkout_is_refused(repository):
    git = git_in(repository)
    (repository / ".gitattributes").write_text("js/kraken.js working-tree-encoding=SHIFT_JIS\n")
    git("add", ".gitattributes")
    git("commit", "-qm", "kraken: note the unit")
    (repository / "js" / "kraken.js").unlink()
    git("checkout", "--", "js/kraken.js")  # as CI's clone writes it
    assert b"Kraken\\'s" in (repository / "js" / "kraken.js").read_bytes(), "git did not convert the file"
    completed = checked_out(repository)
    assert completed.returncode == 1
    assert "attribute files" in completed.stderr and "  .gitattributes\n" in completed.stderr
    assert "checked-out bytes are not what git stores" in completed.stderr and "  js/kraken.js\n" in completed.stderr


@pytest.mark.parametrize("attributes", ["* text eol=crlf\n", "*.js ident\n", "*.js -diff linguist-generated\n",
                                        "nested/.gitattributes"])
def test_any_attribute_file_at_any_depth_is_refused(repository, attributes):
    path = repository / ".gitattributes"
    if attributes == "nested/.gitattributes":
        (repository / "nested").mkdir()
        path, attributes = repository / "nested" / ".gitattributes", "* -text\n"
    path.write_text(attributes)
    commit(repository)
    completed = checked_out(repository)
    assert completed.returncode == 1 and os.path.relpath(path, repository) in completed.stderr, completed.stderr


def test_a_conversion_the_configuration_asks_for_is_refused(repository):
    """No attribute file at all: core.autocrlf (a runner's configuration) converts on checkout too."""
    git = git_in(repository)
    git("config", "core.autocrlf", "true")
    (repository / "js" / "kraken.js").unlink()
    git("checkout", "--", "js/kraken.js")
    assert b"\r\n" in (repository / "js" / "kraken.js").read_bytes()
    completed = checked_out(repository)
    assert completed.returncode == 1 and "  js/kraken.js\n" in completed.stderr, completed.stderr


@pytest.mark.parametrize("path", ["python/exchangekit/kraken/__init__.pyc",
                                  "python/exchangekit/__pycache__/kraken.cpython-311.pyc",
                                  "python/exchangekit/kraken.cpython-311-x86_64-linux-gnu.so",
                                  "python/exchangekit.egg-info/PKG-INFO", "js/node_modules/ws/index.js",
                                  "js/base/node_modules/ws/index.js"])
def test_a_committed_file_made_on_the_machine_is_refused_whatever_gitignore_says(repository, path):
    (repository / path).parent.mkdir(parents=True, exist_ok=True)
    (repository / path).write_bytes(b"\x00compiled")
    commit(repository)
    completed = checked_out(repository)
    assert completed.returncode == 1 and "made on the machine" in completed.stderr and path in completed.stderr


@pytest.mark.parametrize("link", [".venv", "js/node_modules"])
def test_a_committed_symbolic_link_is_refused(repository, link):
    # (.gitignore's `.venv/` names a folder only: a link of that name, committed, was no ignored file, and the build
    # would run what it points to; red-team round 58)
    os.symlink("/tmp", repository / link)
    commit(repository)
    completed = checked_out(repository)
    assert completed.returncode == 1 and "symbolic links" in completed.stderr and f"  {link}\n" in completed.stderr, \
        completed.stderr
