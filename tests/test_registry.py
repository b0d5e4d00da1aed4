"""The registry of the seed exchanges (exchanges.json): its invariants, what the build takes from it (package
indexes, README table, refusals), and `exkit exchanges`."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from tests.base_runners import ROOT
from tests.repository import copy_repository
from transpiler.cli import cli
from transpiler.discovery import exchange_ids
from transpiler.registry import ID_PATTERN, REGISTRY_FILE, RegistryError, Status, load_registry, parse_entries
from transpiler.registry_build import registry_step
from transpiler.registry_table import END, README, START, TableError, with_table

SEED_COUNT = 124  # the seed list (exchanges.tsv of the project brief); an exchange beyond it changes this on purpose
REGISTRY = load_registry(ROOT)


def entry(**fields) -> dict:
    return {"id": "acme", "name": "Acme", "status": "planned", "api": "REST v1", "docs": "https://acme.example/api",
            **fields}


RETIRED = {"status": "retired", "reason": "closed", "date": "2024-01-15",
           "evidence": [{"url": "https://news.example/acme", "says": "Acme closed."}]}


# The registry itself

def test_the_registry_lists_every_seed_exchange_once():
    assert len(REGISTRY.entries) == SEED_COUNT
    ids = [entry.id for entry in REGISTRY.entries]
    assert len(set(ids)) == len(ids)
    assert all(entry.status in Status for entry in REGISTRY.entries)


def test_implemented_is_exactly_the_modules_in_js():
    assert REGISTRY.implemented_modules() == exchange_ids(os.path.join(ROOT, "js"))


def test_every_retired_exchange_says_why_when_and_who_says_so():
    retired = REGISTRY.with_status(Status.RETIRED)
    assert retired, "the seed list has exchanges that closed"
    for exchange in retired:
        assert exchange.reason and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", exchange.date), exchange.id
        assert exchange.evidence and all(item.url.startswith("https://") and item.says for item in exchange.evidence)


def test_a_planned_exchange_believed_closed_says_what_was_checked():
    for exchange in REGISTRY.with_status(Status.PLANNED):
        if exchange.evidence:
            assert exchange.note, f"{exchange.id}: evidence without a note on what it shows"


def test_every_implemented_exchange_lists_its_origins():
    # certify's CERT-R001 holds each exchange's urls to them
    for exchange in REGISTRY.with_status(Status.IMPLEMENTED):
        assert exchange.origins and all(origin.startswith(("https://", "wss://")) for origin in exchange.origins), \
            exchange.id


def test_seed_ids_implemented_under_another_id_name_it():
    assert REGISTRY.find("okx").id == "okex" and REGISTRY.find("okex").module == "okx"
    assert REGISTRY.find("coinbaseexchange").id == "coinbasepro"
    modules = set(exchange_ids(os.path.join(ROOT, "js")))
    for seed in ("okex", "coinbasepro"):
        found = REGISTRY.find(seed)
        assert found.status is (Status.IMPLEMENTED if found.module in modules else Status.PLANNED)


@pytest.mark.parametrize("fields, words", [
    ({"status": "closed"}, "status must be one of"),
    ({"id": "Acme"}, "lowercase"),
    ({"docs": "acme.example"}, "not an http(s) URL"),
    ({"status": "retired", "reason": "closed", "date": "2024-01-15"}, "needs reason, date and evidence"),
    ({**RETIRED, "date": "15 January 2024"}, "YYYY-MM-DD"),
    ({**RETIRED, "evidence": [{"url": "https://news.example/acme"}]}, '{"url": ..., "says": ...}'),
    ({"reason": "closed"}, "only a retired exchange"),
    ({"implementation": "acme"}, "another valid id"),
    ({"batch": "E9"}, "batch must be one of"),
    ({"colour": "red"}, "unknown field"),
    ({"origins": "https://api.acme.example"}, "origins must be a list of origins"),
    ({"origins": ["https://api.acme.example/v1"]}, "origins must be a list of origins"),
    ({"origins": ["ftp://acme.example"]}, "origins must be a list of origins"),
    ({"origins": ["https://api.acme.example@evil.example"]}, "origins must be a list of origins"),
    ({"origins": ["http://api.acme.example"]}, "origins must be a list of origins"),
    ({"origins": ["https://evil.example\\@api.acme.example"]}, "origins must be a list of origins"),
])
def test_an_invalid_entry_is_refused_with_its_id_and_field(fields, words):
    with pytest.raises(RegistryError, match=re.escape(words)):
        parse_entries([entry(**fields)])


def test_ids_are_unique_across_seed_and_implementation_ids():
    with pytest.raises(RegistryError, match="already used by acme"):
        parse_entries([entry(implementation="acmex"), entry(id="acmex", name="Acme X")])


@pytest.mark.parametrize("date", ["2021-10-16", "2021-10", "2021"])
def test_a_retirement_date_is_as_precise_as_its_source(date):
    assert parse_entries([entry(**{**RETIRED, "date": date})]).entries[0].date == date


@pytest.mark.parametrize("date", ["2021-13", "2021-02-30", "21-10-16", "2021/10/16", "20211016"])
def test_a_retirement_date_that_is_not_a_date_is_refused(date):
    with pytest.raises(RegistryError, match="YYYY-MM-DD"):
        parse_entries([entry(**{**RETIRED, "date": date})])


# What the build takes from it

def write_registry(root, *entries) -> None:
    (root / REGISTRY_FILE).write_text(json.dumps({"exchanges": list(entries)}))


def test_the_indexes_export_implemented_exchanges_and_modules_the_registry_does_not_know(tmp_path):
    write_registry(tmp_path, entry(id="acme", status="implemented"), entry(id="okex", name="OKX", implementation="okx",
                                                                           status="implemented"))
    step = registry_step(str(tmp_path), ["acme", "newcomer", "okx"])
    assert step.failures == [] and step.ids == ["acme", "newcomer", "okx"]


def test_without_a_registry_every_module_is_exported_and_nothing_else_is_written(tmp_path):
    step = registry_step(str(tmp_path), ["acme"])
    assert (step.ids, step.outputs, step.failures) == (["acme"], {}, [])


@pytest.mark.parametrize("fields, modules, words", [
    ({"status": "implemented", "implementation": "acmex"}, [], "js/acmex.js is missing"),
    ({}, ["acme"], 'set "status": "implemented" in the entry of acme'),
    ({"implementation": "acmex"}, ["acmex"], "marks acme as planned"),
    (RETIRED, ["acme"], "Acme (acme) is retired (closed, 2024-01-15)"),
    ({"implementation": "acmex"}, ["acme"], "the module of the seed exchange acme is acmex"),
])
def test_the_build_refuses_a_js_folder_that_disagrees_with_the_registry(tmp_path, fields, modules, words):
    write_registry(tmp_path, entry(**fields))
    failures = registry_step(str(tmp_path), modules).failures
    assert len(failures) == 1 and words in failures[0].message + " " + failures[0].hint


def test_an_invalid_registry_is_a_build_finding(tmp_path):
    (tmp_path / REGISTRY_FILE).write_text('{"exchanges": [')
    assert "cannot be read" in registry_step(str(tmp_path), []).failures[0].message


@pytest.mark.parametrize("content, words", [
    ('{"exchanges": [' + " " * (1 << 20) + "]}", "larger than 1,048,576 bytes"),
    ('{"exchanges": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
    (None, "a symbolic link"),
])
def test_a_registry_too_large_too_deep_or_linked_is_a_build_finding(tmp_path, content, words):
    # (red-team round 72: the registry was read whole, and through a link, where the fixtures are bounded)
    if content is None:
        (tmp_path / "elsewhere.json").write_text('{"exchanges": []}')
        (tmp_path / REGISTRY_FILE).symlink_to(tmp_path / "elsewhere.json")
    else:
        (tmp_path / REGISTRY_FILE).write_text(content)
    assert words in registry_step(str(tmp_path), []).failures[0].message


def test_the_readme_table_is_written_between_its_markers_only(tmp_path):
    registry = parse_entries([entry(**RETIRED), entry(id="okex", name="OKEX", implementation="okx", batch="E1"),
                              entry(id="zb", name="ZB", note="Believed closed; no source says so.")])
    text = with_table(f"intro\n{START}\nstale\n{END}\noutro\n", registry)
    assert text.startswith(f"intro\n{START}\n3 seed exchanges: 0 implemented, 2 planned, 1 retired.")
    assert "| zb | ZB | planned | REST v1 |  | status checked, not retired: see the note in exchanges.json |" in text
    assert text.endswith(f"{END}\noutro\n") and "stale" not in text
    assert "| acme | Acme | retired | REST v1 |  | closed (2024-01-15; [source](https://news.example/acme)) |" in text
    assert "| okex | OKEX | planned | REST v1 | E1 | to be implemented as `okx` |" in text
    assert with_table(text, registry) == text
    with pytest.raises(TableError):
        with_table("no markers\n", registry)


def test_the_committed_readme_and_indexes_follow_the_registry():
    with open(os.path.join(ROOT, README), encoding="utf-8") as handle:
        readme = handle.read()
    assert with_table(readme, REGISTRY) == readme, "run `make build`"
    implemented = REGISTRY.implemented_modules()
    with open(os.path.join(ROOT, "js", "index.js"), encoding="utf-8") as handle:
        js_index = handle.read()
    assert re.findall(r"'(\w+)'", re.search(r"export const exchanges = \[(.*?)\]", js_index).group(1)) == implemented
    with open(os.path.join(ROOT, "php", "base", "Exchanges.php"), encoding="utf-8") as handle:
        php_ids = re.search(r"IDS = \[(.*?)\]", handle.read()).group(1)
    assert re.findall(r"'(\w+)'", php_ids) == implemented
    listed = subprocess.run([sys.executable, "-c", "import exchangekit, json; print(json.dumps([exchangekit.exchanges, "
                             "[name for name in dir(exchangekit)]]))"], cwd=os.path.join(ROOT, "python"),
                            capture_output=True, text=True, check=True)
    exported, names = json.loads(listed.stdout)
    assert exported == implemented
    assert not {exchange.id for exchange in REGISTRY.with_status(Status.RETIRED)} & set(names)


@pytest.mark.slow
def test_build_check_fails_when_the_registry_changes_and_the_build_refuses_a_planned_module(tmp_path):
    root = tmp_path / "repo"
    copy_repository(root)
    document = json.loads((root / REGISTRY_FILE).read_text())
    planned = next(item for item in document["exchanges"] if item["status"] == "planned" and item["id"].isalpha()
                   and "implementation" not in item)
    planned["api"] = "a new API, spot"
    (root / REGISTRY_FILE).write_text(json.dumps(document))
    checked = subprocess.run([sys.executable, "build.py", "--check"], cwd=root, capture_output=True, text=True,
                             timeout=600)
    assert checked.returncode == 1 and "differs: README.md" in checked.stdout, checked.stdout + checked.stderr
    module = planned["id"]
    (root / "js" / f"{module}.js").write_text((root / "js" / "kraken.js").read_text().replace("class kraken",
                                                                                            f"class {module}"))
    built = subprocess.run([sys.executable, "build.py"], cwd=root, capture_output=True, text=True, timeout=600)
    assert built.returncode == 1 and f"exchanges.json marks {module} as planned" in built.stdout, built.stdout
    assert "a new API, spot" not in (root / README).read_text(), "a failed build writes nothing"


# exkit exchanges

def invoke(arguments: list[str], folder) -> object:
    """exkit in a folder (the commands read the registry of the current folder)."""
    previous = os.getcwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(cli, arguments, catch_exceptions=False)
    finally:
        os.chdir(previous)


def run(*args: str, folder: str = ROOT):
    return invoke(["exchanges", *args], folder)


def test_exchanges_lists_every_exchange_and_the_counts():
    result = run()
    lines = result.output.splitlines()
    assert result.exit_code == 0 and lines[0].split() == ["id", "name", "status", "API", "batch"]
    assert len(lines) == SEED_COUNT + 2
    counts = REGISTRY.counts()
    assert lines[-1] == (f"{SEED_COUNT} of {SEED_COUNT} exchanges shown; the registry has "
                         f"{counts[Status.IMPLEMENTED]} implemented, {counts[Status.PLANNED]} planned, "
                         f"{counts[Status.RETIRED]} retired.")
    assert re.search(r"^okex\s+OKEX\s+planned\s+OKX API v5\s+E1\s+\(to be implemented as okx\)$|"
                     r"^okex\s+OKEX\s+implemented\s+OKX API v5\s+E1\s+\(implemented as okx\)$", result.output, re.M)


def test_exchanges_filters_by_status_and_prints_json():
    result = run("--status", "retired", "--format", "json")
    listed = json.loads(result.output)
    assert [item["id"] for item in listed] == sorted(e.id for e in REGISTRY.with_status(Status.RETIRED))
    assert all(item["status"] == "retired" and item["reason"] and item["date"] and item["evidence"][0]["url"]
               for item in listed)
    text = run("--status", "implemented", "--status", "retired").output
    assert f"{len(REGISTRY.with_status(Status.IMPLEMENTED, Status.RETIRED))} of {SEED_COUNT} exchanges shown" in text
    bittrex = next(line for line in text.splitlines() if line.startswith("bittrex "))
    assert REGISTRY.find("bittrex").reason in bittrex


def test_exchanges_refuses_an_unknown_status_and_a_folder_without_a_registry(tmp_path):
    assert run("--status", "closed").exit_code == 2
    outside = run(folder=str(tmp_path))
    assert outside.exit_code == 2 and "run from the repository root" in outside.output
    (tmp_path / REGISTRY_FILE).write_text('{"exchanges": [{"id": "acme"}]}')
    broken = run(folder=str(tmp_path))
    assert broken.exit_code == 1 and "acme: status must be one of" in broken.output
    assert "--status [implemented|planned|retired]" in run("--help").output


def test_new_refuses_a_retired_id_and_redirects_a_seed_id_to_its_module(tmp_path):
    write_registry(tmp_path, entry(**RETIRED), entry(id="okex", name="OKEX", implementation="okx"))
    for exchange, words in (("acme", "Acme (acme) is retired (closed, 2024-01-15)"), ("okex", "js/okx.js")):
        result = invoke(["new", exchange, "--name", "X", "--docs", "https://x.example/api"], tmp_path)
        assert result.exit_code == 2 and words in result.output, result.output
    assert not (tmp_path / "js").exists(), "nothing was written"


# Hostile registry text (a pull request edits exchanges.json): nothing of it becomes markup in the README

@pytest.mark.parametrize("name", ["Acme <!--", "<img src=https://tracker.example/p.gif>", "![x](https://t.example)",
                                  "[docs](https://phish.example)", "Acme `code`", "*Acme*", "Acme &lt;b&gt;"])
def test_registry_text_shows_in_the_readme_table_as_typed_never_as_markup(name):
    registry = parse_entries([entry(name=name)])
    table = with_table(f"{START}\n{END}\n", registry)
    row = next(line for line in table.splitlines() if line.startswith("| acme |"))
    cell = row.split(" | ")[1]
    assert re.sub(r"\\(.)", r"\1", cell) == name, cell  # each character shown, by a backslash escape
    assert not re.search(r"(?<!\\)[<\[!`*&]", cell), f"unescaped markup in {cell!r}"


def test_the_readme_markers_in_a_name_neither_break_nor_hide_the_table():
    registry = parse_entries([entry(name=f"Acme {END}"), entry(id="zeta", name="Zeta")])
    text = with_table(f"intro\n{START}\n{END}\noutro\n", registry)
    assert with_table(text, registry) == text, "the next build fails on a second end marker"
    assert text.count("<!--") == 2 and "| zeta | Zeta |" in text


@pytest.mark.parametrize("field,value", [("name", "Acme\r| injected | row |"), ("name", "Acme\u2028more"),
                                         ("api", "REST\x00"), ("name", "Acme\u202egnp.exe"),
                                         ("note", "fine\u200b"), ("name", "Acme\n")])
def test_registry_text_is_one_line_of_visible_characters(field, value):
    with pytest.raises(RegistryError, match=f"{field} holds the invisible or control character"):
        parse_entries([entry(**{field: value})])


@pytest.mark.parametrize("url", ["https://acme.example/api) [phish](https://evil.example",
                                 "https://acme.example/<script>", "https://acme.example/a b", "https://acme.example/\"x",
                                 "https://acme.example/\n", "javascript:alert(1)//https://"])
def test_registry_urls_cannot_end_the_readme_link(url):
    with pytest.raises(RegistryError, match="is not an http\\(s\\) URL|control character"):
        parse_entries([entry(**RETIRED, docs="https://acme.example/api") | {"evidence": [{"url": url, "says": "x"}]}])
    with pytest.raises(RegistryError, match="is not an http\\(s\\) URL|control character"):
        parse_entries([entry(docs=url)])


@pytest.mark.parametrize("field", ["id", "implementation"])
def test_an_id_with_a_final_newline_is_not_an_id(field):
    assert not ID_PATTERN.match("acme_spot\n")  # $ matched before a final newline
    with pytest.raises(RegistryError, match="id|control character"):
        parse_entries([entry(**{field: "acme_spot\n"})])
