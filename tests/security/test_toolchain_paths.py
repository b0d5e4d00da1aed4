"""The toolchain as the attack surface (path handling): a pull request is hostile, and git stores symbolic links.
A link committed as a source, a fixture or a generated folder must not make `exkit check`, the build or the harness
read a file of the machine (and quote it in a finding, on a CI log) or write outside the repository."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.test_build import add, build, project  # noqa: F401 (project: the fixture of a copied toolchain)
from transpiler.files import LinkedPathError, linked_component, refuse_links
from transpiler.harness.fixtures import FixtureError, load_fixture

SECRET = "SECRET_TOKEN_4f1c"


@pytest.fixture
def secret_file(tmp_path):
    """A file outside the repository that a hostile link points at: a credential of the machine."""
    outside = tmp_path / "outside"
    outside.mkdir()
    path = outside / "credentials.js"
    path.write_text(f"{SECRET} = 1;\n")
    return path


def test_check_refuses_a_source_that_is_a_symbolic_link(tmp_path, secret_file):
    js = tmp_path / "js"
    js.mkdir()
    os.symlink(secret_file, js / "evil.js")
    checked = subprocess.run([sys.executable, "-m", "transpiler", "check", str(js / "evil.js")],
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    assert "symbolic link" in checked.stdout, checked.stdout
    assert SECRET not in checked.stdout + checked.stderr


def test_check_of_a_folder_reports_a_linked_source_instead_of_skipping_it(tmp_path, secret_file):
    js = tmp_path / "js"
    js.mkdir()
    os.symlink(secret_file, js / "evil.js")
    checked = subprocess.run([sys.executable, "-m", "transpiler", "check", str(js)], capture_output=True, text=True,
                             timeout=120)
    assert checked.returncode == 1 and "evil.js" in checked.stdout and "symbolic link" in checked.stdout, \
        checked.stdout + checked.stderr
    assert SECRET not in checked.stdout + checked.stderr


def test_the_build_refuses_a_linked_source(project, secret_file):  # noqa: F811
    add(project, "loops")
    os.symlink(secret_file, project / "js" / "evil.js")
    built = build(project)
    assert built.returncode != 0, built.stdout + built.stderr
    assert "symbolic link" in built.stdout + built.stderr
    assert SECRET not in built.stdout + built.stderr
    assert not (project / "python" / "exchangekit" / "loops.py").exists(), "a failed build writes nothing"


@pytest.mark.parametrize("linked", ["php", "python/exchangekit/async_support", "python/exchangekit/loops.py"])
def test_the_build_writes_nothing_through_a_linked_folder_or_module(project, tmp_path, linked):  # noqa: F811
    add(project, "loops")
    outside = tmp_path / "outside-target"
    outside.mkdir()
    target = project / linked
    target.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(outside / "loops.py" if linked.endswith(".py") else outside, target)
    built = build(project)
    assert built.returncode != 0, built.stdout + built.stderr
    assert f"{linked} is a symbolic link" in built.stdout + built.stderr, built.stdout + built.stderr
    assert os.listdir(outside) == [], "the build wrote outside the repository"


def test_a_fixture_that_is_a_symbolic_link_is_refused(tmp_path, secret_file):
    fixture = tmp_path / "acme.json"
    os.symlink(secret_file, fixture)
    with pytest.raises(FixtureError, match="symbolic link") as raised:
        load_fixture(str(fixture))
    assert SECRET not in str(raised.value)


def test_linked_component_names_the_first_link_and_refuses_dot_dot(tmp_path):
    (tmp_path / "real").mkdir()
    os.symlink(tmp_path / "real", tmp_path / "link")
    assert linked_component(str(tmp_path), "real/new/file.py") is None
    assert linked_component(str(tmp_path), "link/file.py") == "link"
    assert linked_component(str(tmp_path), "../escape.py") == ".."
    with pytest.raises(LinkedPathError, match="link is a symbolic link"):
        refuse_links(str(tmp_path), "link/file.py")


def test_a_parent_module_with_a_final_newline_is_not_an_exchange_module(tmp_path):
    """'./kraken.js\\n' passed the import rule ($ matches before a final newline): Python and PHP imported kraken,
    Node looked for a file named 'kraken.js\\n'."""
    js = tmp_path / "js"
    js.mkdir()
    (js / "krakenx.js").write_text("import kraken from './kraken.js\\n';\n\nexport default class krakenx extends kraken {\n}\n")
    checked = subprocess.run([sys.executable, "-m", "transpiler", "check", str(js / "krakenx.js")],
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 1 and "cannot be imported" in checked.stdout, checked.stdout + checked.stderr


# A key written twice: JSON readers keep the last one, so a reviewer would read cases or origins that never apply

def test_a_fixture_with_a_key_written_twice_is_refused(tmp_path):
    shown = {"args": ["BTC/USD"], "result": {"symbol": "BTC/USD"}}
    fixture = tmp_path / "acme.json"
    fixture.write_text('{"exchange": "acme", "methods": {"fetchTicker": [' + json.dumps(shown) + '], '
                       '"fetchTicker": []}}')
    with pytest.raises(FixtureError, match="'fetchTicker' appears twice"):
        load_fixture(str(fixture))


def test_a_registry_entry_with_a_key_written_twice_is_refused(tmp_path):
    from transpiler.registry import RegistryError, load_registry

    (tmp_path / "exchanges.json").write_text(
        '{"exchanges": [{"id": "acme", "name": "Acme", "status": "planned", "api": "REST", '
        '"docs": "https://acme.example/api", "origins": ["https://api.acme.example"], '
        '"origins": ["https://api.evil.example"]}]}')
    with pytest.raises(RegistryError, match="'origins' appears twice"):
        load_registry(str(tmp_path))


def test_a_stream_fixture_with_a_key_written_twice_is_refused(tmp_path):
    from transpiler.harness.streams import STREAMS_FOLDER, load_stream_fixture

    (tmp_path / STREAMS_FOLDER).mkdir(parents=True)
    (tmp_path / STREAMS_FOLDER / "acme.json").write_text('{"cases": [], "cases": []}')
    # (a ValueError, which certify shows as CERT-F006: it reads a FixtureError as the exchange fixture's)
    with pytest.raises(ValueError, match="'cases' appears twice"):
        load_stream_fixture(str(tmp_path), "acme")


def test_the_build_writes_no_cache_entry_through_a_linked_cache_folder(project, tmp_path):  # noqa: F811
    add(project, "loops")
    outside = tmp_path / "outside-cache"
    outside.mkdir()
    os.symlink(outside, project / ".exkit-cache")
    built = build(project)
    assert built.returncode == 0, built.stdout + built.stderr
    assert os.listdir(outside) == [], "the build wrote its cache outside the repository"


@pytest.mark.parametrize("linked", ["tests", "tests/fixtures", "tests/fixtures/exchanges"])
def test_a_fixture_in_a_linked_folder_is_refused(tmp_path, linked):
    """The schema's messages quote what they refuse: a linked fixtures folder would show the JSON files it points at."""
    outside = tmp_path / "outside"
    (outside / "tests" / "fixtures" / "exchanges").mkdir(parents=True)
    (outside / "tests" / "fixtures" / "exchanges" / "acme.json").write_text(json.dumps({"exchange": SECRET}))
    root = tmp_path / "repository"
    (root / linked).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(outside / linked, root / linked)
    with pytest.raises(FixtureError, match="linked folder") as raised:
        load_fixture(str(root / "tests" / "fixtures" / "exchanges" / "acme.json"))
    assert SECRET not in str(raised.value)


def test_a_stream_fixture_that_is_a_link_is_refused(tmp_path, secret_file):
    from transpiler.harness.streams import STREAMS_FOLDER, load_stream_fixture

    (tmp_path / STREAMS_FOLDER).mkdir(parents=True)
    os.symlink(secret_file, tmp_path / STREAMS_FOLDER / "acme.json")
    with pytest.raises(ValueError, match="symbolic link"):
        load_stream_fixture(str(tmp_path), "acme")
