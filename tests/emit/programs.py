"""Random well-formed subset programs, as text, for property-based differential tests.

Containers appear only where every runtime models them exactly (as values to measure, serialise,
search or test for truth), so that the known PHP data-model differences (identity, {} vs []) are not
drawn; everything else the subset allows on scalars is.
"""

from __future__ import annotations

from hypothesis import strategies as st

NUMBERS = ["0", "-0", "1", "-1", "2", "3", "10", "0.1", "0.2", "1.5", "-2.5", "0.5", "1e21", "1e-7", "123456789",
           "9007199254740993", "NaN", "Infinity", "4503599627370496", "0.000001", "7"]
STRINGS = ["''", "'0'", "'a'", "'10'", "'9'", "'1.5'", "'\\u00e9✓'", "'$x'", "'{$x}'", "'\"q\"'", "'\\\\'", "' 12px'",
           "'0x1A'", "'abc'", "'A'", "'-3'", "'\\n'", "'1e3'"]
OTHERS = ["true", "false", "undefined"]
CONTAINERS = ["[]", "[ 1, 'a' ]", "[ 'b', 2, undefined ]", "{ 'k': 1 }", "{ 'b': [ 1 ], '2': 'x' }", "[ [ 1 ] ]"]
BINARY = ["+", "-", "*", "/", "%", "===", "!==", "<", "<=", ">", ">="]
TYPES = ["'number'", "'string'", "'boolean'", "'undefined'", "'object'"]


def scalar(names: list[str], depth: int = 3) -> st.SearchStrategy[str]:
    leaves = [st.sampled_from(NUMBERS + STRINGS + OTHERS)]
    if names:
        leaves.append(st.sampled_from(names))
    leaf = st.one_of(*leaves)
    if depth <= 0:
        return leaf
    inner = scalar(names, depth - 1)
    container = st.sampled_from(CONTAINERS)
    return st.one_of(
        leaf,
        st.tuples(inner, st.sampled_from(BINARY), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        st.tuples(inner, st.sampled_from(["&&", "||"]), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
        inner.map(lambda e: f"(!{e})"),
        inner.map(lambda e: f"(- {e})"),
        st.tuples(inner, inner, inner).map(lambda t: f"({t[0]} ? {t[1]} : {t[2]})"),
        st.tuples(inner, st.sampled_from(TYPES)).map(lambda t: f"(typeof {t[0]} === {t[1]})"),
        inner.map(lambda e: f"parseInt ({e})"),
        inner.map(lambda e: f"parseFloat ({e})"),
        st.tuples(st.sampled_from(["round", "floor", "ceil", "abs", "trunc"]), inner).map(
            lambda t: f"Math.{t[0]} ({t[1]})"),
        st.tuples(inner, inner).map(lambda t: f"Math.max ({t[0]}, {t[1]})"),
        st.one_of(inner, container).map(lambda e: f"this.json ({e})"),
        st.one_of(container, st.sampled_from(STRINGS)).map(lambda e: f"{e}.length"),
        st.tuples(container, inner).map(lambda t: f"{t[0]}.indexOf ({t[1]})"),
        st.tuples(container, inner).map(lambda t: f"{t[0]}.includes ({t[1]})"),
        st.tuples(container, inner, inner).map(lambda t: f"(({t[0]}) ? {t[1]} : {t[2]})"),
        st.tuples(st.sampled_from(STRINGS), inner, inner).map(lambda t: f"{t[0]}.slice ({t[1]}, {t[2]})"),
        st.tuples(st.sampled_from(STRINGS), inner).map(lambda t: f"{t[0]}.indexOf ('' + {t[1]})"),
        inner.map(lambda e: f"('' + {e}).toUpperCase ()"),
        inner.map(lambda e: f"`<${{{e}}}>`"),
        st.tuples(inner, inner).map(lambda t: f"[ {t[0]}, {t[1]} ].join ('|')"),
    )


@st.composite
def program(draw) -> str:
    """The body of one method: locals, a conditional, a loop, and the values it returns."""
    lines = []
    names: list[str] = []
    for index in range(draw(st.integers(1, 3))):
        lines.append(f"const v{index} = {draw(scalar(names, 2))};")
        names.append(f"v{index}")
    lines.append(f"let acc = {draw(scalar(names, 2))};")
    lines += [f"if ({draw(scalar(names + ['acc'], 2))}) {{", f"    acc = {draw(scalar(names + ['acc'], 2))};",
              "} else {", f"    acc = {draw(scalar(names + ['acc'], 1))};", "}"]
    bound = draw(st.integers(0, 4))
    lines += [f"for (let i = 0; i < {bound}; i++) {{", f"    acc = {draw(scalar(names + ['acc', 'i'], 2))};", "}"]
    lines.append(f"return [ {', '.join(names)}, acc, {draw(scalar(names + ['acc'], 2))} ];")
    return "\n".join(lines)


def program_class(name: str, bodies: list[str]) -> str:
    methods = []
    for index, body in enumerate(bodies):
        indented = "\n".join("        " + line for line in body.split("\n"))
        methods.append(f"    p{index} () {{\n{indented}\n    }}\n")
    calls = ", ".join(f"this.run{index} ()" for index in range(len(bodies)))
    wrappers = [f"    run{index} () {{\n        try {{\n            return this.p{index} ();\n        }} catch (e) {{\n"
                f"            this.rethrowUncaught (e);\n            return 'error';\n        }}\n    }}\n" for index in range(len(bodies))]
    return (f"import Exchange from './base/Exchange.js';\n\nexport default class {name} extends Exchange {{\n"
            + "\n".join(methods + wrappers) + f"\n    run () {{\n        return [ {calls} ];\n    }}\n}}\n")
