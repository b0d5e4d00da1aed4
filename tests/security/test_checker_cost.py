"""The toolchain as the attack surface (cost): `exkit check` runs on every pull request before anything else, so a
file must not make it take hours. SUB-D007's analysis related a method's statements to one another: a method of
80,000 changes in place of a parameter (2 MiB) took an hour, a chain of aliases or of methods calling each other
minutes, and the types of a chain of locals each computed from the one before, with a sum of them, minutes too (the
types of every local were computed again, each value's expression walked whole, until the last of the chain was
known: red-team round 60). The work of checking a file grows about linearly with its size, and a method holds at most
MAX_METHOD_STATEMENTS statements (SUB-P003), which bounds what remains per byte."""

from __future__ import annotations

import pytest

from tests.checking import python_lines_executed
from tests.generated import HEADER
from transpiler.analysis.exchange import find_exchange_class
from transpiler.checker import check_source
from transpiler.emit.types import local_values
from transpiler.limits import MAX_METHOD_PARAMETERS, MAX_METHOD_STATEMENTS
from transpiler.rules.warnings import IntegralLocals
from transpiler.source import SourceFile, parse_source


def _method(name: str, statements: list[str], params: str = "p") -> str:
    return f"    {name} ({params}) {{\n" + "".join(f"        {line}\n" for line in statements) + "    }\n\n"


def _source(kind: str, n: int) -> str:
    if kind == "aliases":  # a chain of variables, each holding the one before
        body = _method("run", ["const a0 = this.extend (p, {});"] + [f"const a{i} = a{i - 1};" for i in range(1, n)]
                       + [f"return a{n - 1};"])
    elif kind == "sums":  # a chain of numbers, each one more than the one before, and their sum (red-team round 60)
        def total(first: int, count: int) -> str:
            if count == 1:
                return f"a{first}"
            return f"({total(first, count // 2)} + {total(first + count // 2, count - count // 2)})"

        sum_lines = total(0, n).replace(" + ", " +\n            ")  # (a line holds at most 1,000 characters)
        body = _method("run", ["let a0 = 1;"] + [f"const a{i} = a{i - 1} + 1;" for i in range(1, n)]
                       + [f"const sum = {sum_lines};", "return sum;"])
    elif kind == "calls":  # calls in one statement, each changing a variable of its own (red-team round 27)
        declared = ",\n            ".join(f"v{i} = [ {i} ]" for i in range(n))
        calls = ",\n            ".join(f"this.change (v{i})" for i in range(n))
        body = _method("run", [f"const {declared};", f"const r = [ {calls} ];", "return r;"]) \
            + _method("change", ["d.push (1);", "return 1;"], "d")
    elif kind == "integers":  # a local reading n locals that all hold fractions, and a number written as text
        # (SUB-W004 walked the reader's values again each time one of them fell: red-team round 80)
        declared = ",\n            ".join(f"a{i} = 0.5" for i in range(n))
        terms = ",\n            ".join(f"Math.floor (a{i})" for i in range(n))
        body = _method("run", [f"let {declared};", "let s = 0;", f"s = Math.max ({terms});", "return '' + (a0 * s);"])
    else:  # many awaited calls pushed onto one list
        body = _method("run", ["const results = [];"] + ["results.push (await this.fetchThing (p));" for _ in range(n)]
                       + ["return results;"], "p").replace("    run", "    async run") \
            + "    async fetchThing (p) {\n        return p;\n    }\n\n"
    return HEADER + body + "}\n"


@pytest.mark.parametrize("kind", ["aliases", "awaits", "calls", "sums"])
def test_checking_grows_linearly_with_the_file(kind):
    def work(n: int) -> int:
        source = SourceFile("js/example.js", _source(kind, n))
        found = []
        lines = python_lines_executed(lambda: found.extend(check_source(source)))
        assert not [d for d in found if d.rule == "SUB-P003"], found
        return lines

    work(60)  # (the first check of a process also does what it does once: ten times a small file's work)
    small, large = work(60), work(480)
    assert large < 10 * small, (small, large)  # (eight times the file: quadratic work is 64 times)


def test_a_method_of_more_statements_than_the_limit_is_not_checked_further():
    def findings(count: int) -> list:
        text = HEADER + _method("run", [f"p['k{i}'] = {i};" for i in range(count - 1)] + ["return p;"]) + "}\n"
        return check_source(SourceFile("js/example.js", text))

    assert findings(MAX_METHOD_STATEMENTS) == []
    [finding] = findings(MAX_METHOD_STATEMENTS + 1)
    assert (finding.rule, finding.line, finding.column) == ("SUB-P003", 4, 5)
    assert f"holds {MAX_METHOD_STATEMENTS + 1} statements, more than the limit of {MAX_METHOD_STATEMENTS}" \
        in finding.message


def test_a_method_of_more_parameters_than_the_limit_is_not_checked_further():
    # (3,000 parameters, each passed to a call in one statement, cost SUB-D007 a minute for 74 KB: each call's
    # arguments were related to every parameter; red-team round 27)
    def findings(count: int) -> list:
        params = ", ".join(f"a{i}" for i in range(count))
        return check_source(SourceFile("js/example.js", HEADER + _method("run", ["return a0;"], params) + "}\n"))

    assert findings(MAX_METHOD_PARAMETERS) == []
    [finding] = findings(MAX_METHOD_PARAMETERS + 1)
    assert (finding.rule, finding.line, finding.column) == ("SUB-P003", 4, 5)
    assert f"takes {MAX_METHOD_PARAMETERS + 1} parameters, more than the limit of {MAX_METHOD_PARAMETERS}" \
        in finding.message


def test_the_findings_of_one_cycle_of_calls_grow_linearly_with_it():
    # Each method of a cycle of n is a SUB-B012 finding: naming the n - 1 others in each made 12,000 methods (635 KB)
    # print 1 GB from 4 GB of memory (red-team round 79).
    def written(n: int) -> int:
        methods = "".join(_method(f"m{i}", [f"return this.m{(i + 1) % n} (d);"], "d") for i in range(n))
        found = check_source(SourceFile("js/example.js", HEADER + methods + "}\n"))
        assert sum(d.rule == "SUB-B012" for d in found) == n
        return sum(len(d.message) + len(d.hint) for d in found)

    small, large = written(60), written(480)
    assert large < 10 * small, (small, large)


def test_sub_w004_finds_the_integer_locals_in_linear_work():
    # Its fixed point walked a local's values again each time a local they read fell: n locals read by one made
    # n walks of n terms, 8,000 of them (454 KB) 105 s of checking (red-team round 80).
    def work(n: int) -> int:
        source = SourceFile("js/example.js", _source("integers", n))
        method = find_exchange_class(parse_source(source)[0]).methods["run"]
        assert [d.rule for d in check_source(source)] == ["SUB-W004"]
        values = local_values(method)
        return python_lines_executed(lambda: IntegralLocals(values))

    small, large = work(60), work(480)
    assert large < 10 * small, (small, large)
