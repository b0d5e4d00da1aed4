"""Large and deep conforming sources, generated for robustness tests and benchmarks."""

from __future__ import annotations

HEADER = "import Exchange from './base/Exchange.js';\n\nexport default class example extends Exchange {\n"

METHOD = """    async fetchThing{n} (symbol, params = {{}}) {{
        await this.loadMarkets ();
        const market = this.market (symbol);
        const request = {{ 'pair': market['id'], 'limit': {n} }};
        const response = await this.fetch2 ('thing', 'public', 'GET', this.extend (request, params));
        let total = 0;
        for (let i = 0; i < response.length; i++) {{
            total = total + this.safeNumber (response[i], 'amount', 0);
        }}
        return {{ 'total': total, 'symbol': symbol }};
    }}

"""
METHOD_LINES = METHOD.count("\n")


def conforming_source(lines: int) -> str:
    """A valid exchange file of at least `lines` lines."""
    count = max(1, (lines - 4) // METHOD_LINES + 1)
    return HEADER + "".join(METHOD.format(n=n) for n in range(count)) + "}\n"


def deeply_nested(depth: int, kind: str) -> str:
    """A method whose body nests `depth` levels of parentheses, blocks, arrays or objects."""
    if kind == "parentheses":
        body = "        return " + "(" * depth + "1" + ")" * depth + ";\n"
    elif kind == "blocks":
        body = "        " + "if (params) { " * depth + "return 1;" + " }" * depth + "\n"
    elif kind == "arrays":
        body = "        return " + "[ " * depth + "1" + " ]" * depth + ";\n"
    else:
        body = "        return " + "{ 'a': " * depth + "1" + " }" * depth + ";\n"
    return HEADER + "    fetchDeep (params = {}) {\n" + body + "    }\n}\n"
