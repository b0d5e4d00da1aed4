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


# Red-team round 39: a parent's method judged with the parent's own prepare, which hands back a copy, changed what
# prepare gave; a child's prepare that handed back its argument (or an option's own dictionary) made that the
# caller's request in Node and Python and a copy in PHP ('sell' there, 'buy' in PHP).
PREPARING = """import Exchange from './base/Exchange.js';

export default class preparing extends Exchange {
    prepare (request) {
        return this.extend (request, {});
    }

    defaults () {
        return this.extend (this.safeDict (this.options, 'defaults', {}), {});
    }

    uncalled (request) {
        return this.extend (request, {});
    }

    run () {
        const request = { 'side': 'buy' };
        const prepared = this.prepare (request);
        prepared['side'] = 'sell';
        const first = this.defaults ();
        first['side'] = 'sell';
        return [ request['side'], this.defaults ()['side'] ];
    }
}
"""

OVERRIDING = """import preparing from './preparing.js';

export default class overriding extends preparing {
    prepare (request) {
        return request;
    }

    defaults () {
        return this.safeDict (this.options, 'defaults', {});
    }

    uncalled (request) {
        return request;
    }
}
"""


def test_an_override_hands_back_what_the_inherited_method_hands_back(tmp_path):
    (tmp_path / "preparing.js").write_text(PREPARING)
    (tmp_path / "overriding.js").write_text(OVERRIDING)
    assert check_file(str(tmp_path / "preparing.js")).diagnostics == []
    found = [(diagnostic.rule, diagnostic.line) for diagnostic in check_file(str(tmp_path / "overriding.js")).diagnostics]
    # (uncalled hands back its argument too, but no inherited method calls it)
    assert found == [("SUB-D007", 4), ("SUB-D007", 8)]
