"""Random well-formed subset programs, as text, for property-based differential tests.

A program is the body of one method: a few constants, an accumulator, a list and a dictionary that its statements
change (push, pop, shift, unshift, reverse, sort, writes, deletes), branches, loops, a switch, thrown and caught
errors, and the values it returns. The expressions come from tests/emit/program_values.py; what the programs avoid,
and why, is said there. An asynchronous program also awaits the class's async methods (ASYNC_HELPERS), one call after
the other (Promise.all is not part of the subset: SUB-E006).
"""

from __future__ import annotations

from hypothesis import strategies as st

from tests.emit.program_values import (ERRORS, TRAIL, dictionary, key, listing, read_key, risky, scalar,
                                        text_literal, this_call)

# Reads of the list and the dictionary that copy nothing out of them (a copy shared with `list` or `obj` would be
# a second name for one array in JavaScript and a copy in PHP).
READS = ["list.length", "list.join ('/')", "list[0]", "list[list.length - 1]", "obj['k']", "obj['1']",
         "Object.keys (obj).join (',')", "this.safeString (obj, '01')", "this.safeNumber (obj, 'k')",
         "list.indexOf ('a')", "list.includes (1)", "('-0' in obj)", "this.json (list)", "this.json (obj)"]
# Changes of the list and the dictionary inside an expression, whose order against the expression's other parts
# (reads of them, steps) shows in what the program returns.
CHANGES = ["list.push ('e')", "list.pop ()", "list.shift ()", "list.unshift (0)", "(delete obj['k'])",
           "(delete obj['1'])"]


# The async methods that asynchronous programs await: one that gives its value back after a suspension, one that
# refuses a falsy value, one whose string member throws for what is not a string.
ASYNC_HELPERS = """    async echo (value) {
        return value;
    }

    async later (value) {
        await this.echo (undefined);
        return value;
    }

    async check (value) {
        await this.echo (undefined);
        if (!value) {
            throw new BadRequest ('falsy');
        }
        return value;
    }

    async trimmed (value) {
        await this.echo (undefined);
        return value.trim ();
    }
"""
ASYNC_CALLS = ["echo", "later", "check", "trimmed"]

# The steps that expressions call (program_values.LABELS): each adds its label to the trail that the program returns,
# and the second throws for a falsy value, after adding it.
STEP_HELPERS = """    step (label, value) {
        this.options['trail'] = this.safeString (this.options, 'trail', '') + label;
        return value;
    }

    stepOrThrow (label, value) {
        this.options['trail'] = this.safeString (this.options, 'trail', '') + label;
        if (!value) {
            throw new BadRequest (label);
        }
        return value;
    }
"""


@st.composite
def awaiting(draw, names: list[str], index: int) -> list[str]:
    """A statement of an asynchronous program: an await of one call, or of several one after the other into a list
    (literal, or filled by push); what fails is caught."""
    plain = st.sampled_from(names + ["acc", "0", "''", "'a'", "1.5", "undefined", "[ 1 ]", "{ 'z': 1 }"])
    calls = st.tuples(st.sampled_from(ASYNC_CALLS), plain).map(lambda t: "await " + this_call(t[0], t[1]))
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return ["try {", f"    acc = {draw(calls)};", "} catch (e) {", "    this.rethrowUncaught (e);",
                "    acc = 'rejected';", "}"]
    if kind == 1:
        listed = draw(st.lists(calls, min_size=0, max_size=3))
        return ["try {", f"    acc = [ {', '.join(listed)} ];", "} catch (e) {",
                "    this.rethrowUncaught (e);", "    acc = 'rejected';", "}"]
    awaited = f"awaited{index}"
    lines = [f"const {awaited} = [];", "try {"]
    for call_text in draw(st.lists(calls, min_size=1, max_size=3)):
        lines.append(f"    {awaited}.push ({call_text});")
    return lines + [f"    acc = {awaited}.length;", "} catch (e) {", "    this.rethrowUncaught (e);",
                    "    acc = 'rejected';", "}"]


@st.composite
def statement(draw, names: list[str], index: int, asynchronous: bool = False) -> list[str]:
    """One statement (some are a few lines); `index` makes its own locals' names unique in the method."""
    expression = scalar(names + ["acc"] + READS + CHANGES, 2)
    small = scalar(names + ["acc"], 1)
    kind = draw(st.integers(0, 18 if asynchronous else 15))
    if kind > 15:
        return draw(awaiting(names, index))
    if kind == 0:
        return [f"if ({draw(expression)}) {{", f"    acc = {draw(expression)};", "} else {",
                f"    acc = {draw(small)};", "}"]
    if kind == 1:
        bound = draw(st.sampled_from(["0", "3", "list.length", "2.5", "'2'"]))
        counter = f"i{index}"
        body = scalar(names + ["acc", counter], 2)
        return [f"for (let {counter} = 0; {counter} < {bound}; {counter}++) {{", f"    acc = {draw(body)};", "}"]
    if kind == 2:
        item = f"item{index}"
        return [f"for (const {item} of list.slice ()) {{", f"    acc = {draw(scalar(names + ['acc', item], 2))};", "}"]
    if kind == 3:
        return [f"list.{draw(st.sampled_from(['push', 'unshift']))} ({draw(small)});"]
    if kind == 4:
        return [f"acc = list.{draw(st.sampled_from(['pop', 'shift']))} ();"]
    if kind == 5:
        # (an array method's receiver that is a new list, and seldom one that is the list through an expression,
        # which the checker refuses since PHP would change a copy, red-team round 58: a batch may hold few refused
        # programs)
        if draw(st.integers(0, 19)) == 0:
            return [draw(st.sampled_from(["(list || []).sort ();", "(acc ? list : []).reverse ();",
                                          "list.sort ().reverse ();"]))]
        return [draw(st.sampled_from(["list.reverse ();", "list.sort ();", "acc = list.slice ().sort ();",
                                      "acc = list.concat ([ 1 ]).reverse ();"]))]
    if kind == 6:
        return [f"obj[{draw(key)}]{draw(st.sampled_from([' = ' + draw(small), '--']))};"]
    if kind == 7:
        return [f"delete obj[{draw(key)}];"]
    if kind == 8:
        return [f"acc = ({draw(read_key)} in obj);"]
    if kind == 9:
        keys, position = f"keys{index}", f"j{index}"
        return [f"const {keys} = Object.keys (obj);",
                f"for (let {position} = 0; {position} < {keys}.length; {position}++) {{",
                f"    acc = acc + {keys}[{position}] + ':' + this.safeString (obj, {keys}[{position}]);", "}"]
    if kind == 10:
        error = draw(st.sampled_from(ERRORS))
        caught = draw(st.sampled_from(ERRORS))
        return ["try {", f"    if ({draw(expression)}) {{", f"        throw new {error} ({draw(text_literal)});", "    }",
                f"    acc = {draw(expression)};", "} catch (e) {", "    this.rethrowUncaught (e);",
                f"    if (e instanceof {caught}) {{",
                f"        acc = 'caught {caught}';", "    } else {", "        throw e;", "    }", "}"]
    if kind == 11:
        return ["try {", f"    acc = {draw(risky(names + ['acc']))};", "} catch (e) {", "    this.rethrowUncaught (e);",
                "    acc = 'threw';", "}"]
    if kind == 12:
        cases = draw(st.lists(st.sampled_from(["0", "1", "'1'", "'a'", "undefined", "true", "NaN", "-0"]),
                              min_size=1, max_size=3, unique=True))
        subject = draw(st.one_of(small, st.sampled_from(names + ["acc", "NaN", "undefined", "Infinity"])))
        lines = [f"switch ({subject}) {{"]
        for case in cases:
            lines += [f"    case {case}:", f"        acc = {draw(small)};", "        break;"]
        return lines + ["    default:", f"        acc = {draw(small)};", "}"]
    if kind == 13:
        # for ... of and destructuring over any value: a list, a string's code points, a TypeError for the rest
        item = f"item{index}"
        return ["try {", f"    for (const {item} of {draw(small)}) {{", f"        acc = acc + {item};", "    }",
                "} catch (e) {", "    this.rethrowUncaught (e);", "    acc = 'not iterable';", "}"]
    if kind == 14:
        first, second = f"a{index}", f"b{index}"
        return ["try {", f"    const [ {first}, {second} ] = {draw(small)};", f"    acc = [ {first}, {second} ];",
                "} catch (e) {", "    this.rethrowUncaught (e);", "    acc = 'not iterable';", "}"]
    return [f"acc {draw(st.sampled_from(['+=', '-=', '*=']))} {draw(small)};"]


@st.composite
def program(draw, asynchronous: bool = False) -> str:
    """The body of one method: locals, a list, a dictionary, statements on them, and the values it returns (an
    asynchronous one awaits too: it is the body of an async method)."""
    lines = [f"{TRAIL} = '';"]
    names: list[str] = []
    for index in range(draw(st.integers(1, 3))):
        lines.append(f"const v{index} = {draw(scalar(names, 2))};")
        names.append(f"v{index}")
    lines.append(f"let acc = {draw(scalar(names, 2))};")
    lines.append(f"const list = {draw(listing(scalar(names, 1)))};")
    lines.append(f"const obj = {draw(dictionary(scalar(names, 1)))};")
    for index in range(draw(st.integers(1, 5))):
        lines += draw(statement(names, index, asynchronous))
    lines.append(f"return [ {', '.join(names)}, acc, list, Object.keys (obj), obj, "
                 f"{draw(scalar(names + ['acc'] + READS, 2))}, {TRAIL} ];")
    return "\n".join(lines)


IMPORTS = ("import Exchange from './base/Exchange.js';\nimport Precise from './base/Precise.js';\n"
           f"import {{ {', '.join(ERRORS)} }} from './base/errors.js';\n"
           "import { ROUND, TRUNCATE, DECIMAL_PLACES, SIGNIFICANT_DIGITS, TICK_SIZE, NO_PADDING, PAD_WITH_ZERO } "
           "from './base/functions/number.js';\n")


def program_class(name: str, bodies: list[str]) -> str:
    """One class of the programs: method pN holds program N, runN runs it and returns 'error' for what it throws
    (both async where the program awaits), and the async methods that the programs await."""
    methods, wrappers = [], []
    for index, body in enumerate(bodies):
        indented = "\n".join("        " + line for line in body.split("\n"))
        prefix, wait = ("async ", "await ") if "await " in body else ("", "")
        methods.append(f"    {prefix}p{index} () {{\n{indented}\n    }}\n")
        wrappers.append(f"    {prefix}run{index} () {{\n        try {{\n            return {wait}this.p{index} ();\n"
                        f"        }} catch (e) {{\n            this.rethrowUncaught (e);\n            return 'error';\n"
                        f"        }}\n    }}\n")
    return f"{IMPORTS}\nexport default class {name} extends Exchange {{\n" + "\n".join(
        [ASYNC_HELPERS, STEP_HELPERS] + methods + wrappers) + "}\n"
