"""SUB-D007 across files: what a parent exchange's methods do with the dictionaries they are given counts for the
calls a derived exchange makes (a parent's method that hands back its argument gives the caller the same object,
which PHP would copy)."""

from __future__ import annotations

from transpiler.checker import check_file

PARENT = """import Exchange from './base/Exchange.js';

export default class mother extends Exchange {
    same (value) {
        return value;
    }

    flip (order) {
        order['side'] = 'sell';
        return this.extend (order, {});
    }
}
"""

CHILD = """import mother from './mother.js';

export default class child extends mother {
    orderBody (side) {
        const request = { 'side': side };
        const view = this.same (request);
        view['amount'] = '1000';
        const other = { 'side': side };
        this.flip (other);
        const fresh = this.same ({ 'side': side });
        fresh['amount'] = '1';
        return [ this.urlencode (request), this.urlencode (other), fresh ];
    }
}
"""


def test_a_parents_methods_count_for_the_derived_exchanges_calls(tmp_path):
    (tmp_path / "mother.js").write_text(PARENT)
    (tmp_path / "child.js").write_text(CHILD)
    findings = [(diagnostic.rule, diagnostic.line) for diagnostic in check_file(str(tmp_path / "child.js")).diagnostics]
    assert findings == [("SUB-D007", 7), ("SUB-D007", 9)]
