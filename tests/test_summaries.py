"""What the toolchain keeps on disk by file content (transpiler/cache.py), so that it parses a file once: the methods
an exchange may call from its parents and the base class, and the base class's helper reference."""

from __future__ import annotations

import os

import pytest

from transpiler import helpers
from transpiler.analysis import methods
from transpiler.analysis.exchange import find_exchange_class
from transpiler.source import SourceFile, parse_source


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setattr(methods, "SUMMARIES", str(tmp_path / "cache"))
    (tmp_path / "js" / "base").mkdir(parents=True)
    (tmp_path / "js" / "parent.js").write_text("import Exchange from './base/Exchange.js';\n"
                                               "export default class parent extends Exchange { inherited () {} }\n")
    return tmp_path


def _base(project, *names):
    body = " ".join(f"{name} () {{}}" for name in names)
    (project / "js" / "base" / "Exchange.js").write_text(f"export default class Exchange {{ {body} }}\n")


def _reachable(project):
    path = os.path.join(project, "js", "child.js")
    program, _ = parse_source(SourceFile(path, "import parent from './parent.js';\n"
                                               "export default class child extends parent { own () {} }\n"))
    return methods.reachable_methods(path, find_exchange_class(program), False)


def test_the_chain_contributes_its_methods_and_a_changed_file_is_read_again(project):
    _base(project, "safeString")
    assert {"own", "inherited", "safeString"} <= _reachable(project)
    _base(project, "safeString", "safeInteger")
    assert {"own", "inherited", "safeString", "safeInteger"} <= _reachable(project)


def test_a_summarised_file_is_not_parsed_again(project, monkeypatch):
    _base(project, "safeString")
    first = _reachable(project)
    monkeypatch.setattr(methods, "parsed_class", lambda *arguments: pytest.fail("parsed a summarised file"))
    assert _reachable(project) == first


def test_a_missing_parent_leaves_nothing_to_judge(project):
    _base(project, "safeString")
    os.unlink(project / "js" / "parent.js")
    assert _reachable(project) is None


def test_the_helper_reference_is_read_once_per_content_of_the_base_class(project, monkeypatch):
    monkeypatch.setattr(helpers, "HELPERS_CACHE", str(project / "helpers"))
    _base(project, "safeString")
    (project / "js" / "base" / "NativeExchange.js").write_text("export default class NativeExchange {}\n")
    paths = (str(project / "js" / "base" / "Exchange.js"), str(project / "js" / "base" / "NativeExchange.js"))
    first = helpers.base_helpers(*paths)
    assert "safeString" in [helper.name for helper in first]
    monkeypatch.setattr(helpers, "parsed_class", lambda *arguments, **options: pytest.fail("parsed the base class again"))
    assert helpers.base_helpers(*paths) == first
    _base(project, "safeString", "safeInteger")
    with pytest.raises(pytest.fail.Exception):
        helpers.base_helpers(*paths)
