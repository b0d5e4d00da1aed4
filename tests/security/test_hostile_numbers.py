"""Numbers a hostile response can hold mean the same in every runtime and cost what their size says.

A negative zero ('-0.0' in a response) divided into a number gave -Infinity in Node and a DivisionByZeroError in PHP
(a PHP error, not one of the unified classes, from the very test that was to tell -0.0 from 0.0). An exponent is
bounded: Precise writes every digit of its results, so '1e1000000000' would have been a gigabyte of them. A long
run of digits that is no number costs what its length says: the decimal patterns of Python and PHP could split a
run between two quantifiers, and a 40,000-character '111...1x' in a response took Python 30 seconds to refuse (300,000
characters, as here, half an hour; the runner's time limit fails the test long before). Precise's operands and results
have at most 2,000 digits before their point and 2,000 after it (red-team round 19): 16 squarings of '17' and a quotient
to twice their digits took PHP's bcmath 57 seconds (Node and Python a tenth of one), and decimalToPrecision of a price of
200,001 digits a minute; squarings now stop at the eleventh (2,520 digits), and such a price is a BadResponse, in every
runtime.
"""

from __future__ import annotations

import pytest

from tests.emit.compiled import RUNTIMES, run_everywhere

SOURCES = {
    "negative_zero": """import Exchange from './base/Exchange.js';

export default class negative_zero extends Exchange {
    run () {
        const response = this.parseJson ('{"amount": "-0.0", "zero": 0.0, "negative": -0.0}');
        const amount = this.parseNumber (response['amount']);
        const negative = response['negative'];
        const cost = 5 / amount;
        const price = -5 / negative;
        const plain = 5 / response['zero'];
        return [ cost < 0, price > 0, plain > 0, amount === 0, 0 / amount ];
    }
}
""",
    "huge_exponent": """import Exchange from './base/Exchange.js';
import Precise from './base/Precise.js';

export default class huge_exponent extends Exchange {
    run () {
        const response = this.parseJson ('{"price": "1e1000000000", "amount": "2"}');
        return Precise.stringMul (response['price'], response['amount']);
    }
}
""",
    "bounded_exponent": """import Exchange from './base/Exchange.js';
import Precise from './base/Precise.js';

export default class bounded_exponent extends Exchange {
    run () {
        const response = this.parseJson ('{"price": "1.5e-1000", "amount": "2e+1000"}');
        return Precise.stringMul (response['price'], response['amount']);
    }
}
""",
    "long_digit_runs": """import Exchange from './base/Exchange.js';
import Precise from './base/Precise.js';

export default class long_digit_runs extends Exchange {
    run () {
        const invalid = 'x'.padStart (300001, '1');
        const fraction = 'x'.padStart (300001, '1.'); // 1.1.1.1...x
        const exponent = '1e' + 'x'.padStart (300001, '5');
        const decimals = '0.' + '7'.padStart (300000, '2') + 'x';
        const response = { 'last': invalid, 'high': fraction, 'low': exponent, 'bid': decimals };
        const results = [];
        const keys = [ 'last', 'high', 'low', 'bid' ];
        for (let i = 0; i < keys.length; i++) {
            const text = this.safeString (response, keys[i]);
            results.push ([ this.safeNumber (response, keys[i]), this.parseNumber (text), this.isDecimalString (text), parseFloat (text), text < '2', text * 1 ]);
        }
        return results;
    }
}
""",
    "squared_products": """import Exchange from './base/Exchange.js';
import Precise from './base/Precise.js';
import { BadResponse } from './base/errors.js';

export default class squared_products extends Exchange {
    run () {
        let product = '17';
        for (let i = 0; i < 40; i++) {
            try {
                product = Precise.stringMul (product, product);
            } catch (e) {
                if (!(e instanceof BadResponse)) {
                    throw e;
                }
                return [ i, product.length ];
            }
        }
        return product.length;
    }
}
""",
    "long_prices": """import Exchange from './base/Exchange.js';
import Precise from './base/Precise.js';
import { BadResponse } from './base/errors.js';
import { ROUND, DECIMAL_PLACES, NO_PADDING } from './base/functions/number.js';

export default class long_prices extends Exchange {
    run () {
        const price = '5'.padStart (100000, '7') + '.' + '3'.padStart (100000, '1');
        const results = [];
        const calls = [ 'round', 'multiply', 'divide', 'precision', 'quotient' ];
        for (let i = 0; i < calls.length; i++) {
            try {
                if (calls[i] === 'round') {
                    results.push (this.decimalToPrecision (price, ROUND, 2, DECIMAL_PLACES, NO_PADDING));
                } else if (calls[i] === 'multiply') {
                    results.push (Precise.stringMul (price, '2'));
                } else if (calls[i] === 'divide') {
                    results.push (Precise.stringDiv ('1', price));
                } else if (calls[i] === 'precision') {
                    results.push (Precise.stringDiv ('1', '3', 100000));
                } else {
                    results.push (Precise.stringDiv ('1', '3', 2000).length);
                }
            } catch (e) {
                if (!(e instanceof BadResponse)) {
                    throw e;
                }
                results.push ('refused');
            }
        }
        return [ results, this.safeTrade ({ 'amount': '-'.padEnd (2501, '0') + '5', 'cost': '10' })['amount'] ];
    }
}
""",
    "compensated_exponents": """import Exchange from './base/Exchange.js';

export default class compensated_exponents extends Exchange {
    run () {
        const zeros = '0'.padEnd (20001, '0');
        const texts = [ '1' + zeros + 'e-20001', '-0.' + zeros + '25e20002', '7' + zeros + 'E-020001', '1.5e-' + zeros + '1', '0.' + zeros + 'e99999', '1' + zeros + 'e-20400', '-0.' + zeros + '1e+21000' ];
        const results = [];
        for (let i = 0; i < texts.length; i++) {
            const text = this.safeString (texts, i);
            const response = this.parseJson ('{"p": ' + text + ', "s": "' + text + '"}');
            results.push ([ parseFloat (text), text * 1, this.parseNumber (text), this.safeNumber (response, 'p'), this.safeNumber (response, 's'), response['s'] === text ]);
        }
        return results;
    }
}
""",
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    return run_everywhere(str(tmp_path_factory.mktemp("hostile-numbers")), SOURCES)


def test_node_reads_them_as_javascript_does(runs):
    node = runs.results["node"]
    assert node["negative_zero"]["result"] == [True, True, True, True, {"$number": "NaN"}]
    assert node["huge_exponent"] == {"error": "BadResponse"}  # Precise: not a decimal number
    assert node["bounded_exponent"]["result"] == "3"
    assert node["squared_products"]["result"] == [10, 1260]  # the eleventh, 17^2048, would have 2,520 digits
    assert node["compensated_exponents"]["result"] == [[1] * 5 + [True], [-2.5] * 5 + [True], [7] * 5 + [True],
                                                       [0.15] * 5 + [True], [0] * 5 + [True], [0] * 5 + [True],
                                                       [{"$number": "-Infinity"}] * 5 + [True]]
    assert node["long_prices"]["result"] == [["refused", "refused", "refused", "refused", 2002], 5]
    infinity, nan = {"$number": "Infinity"}, {"$number": "NaN"}
    assert node["long_digit_runs"]["result"] == [[None, None, False, infinity, True, nan],
                                                 [None, None, False, 1.1, True, nan],
                                                 [None, None, False, infinity, True, nan],
                                                 [None, None, False, 0.2222222222222222, True, nan]]


@pytest.mark.parametrize("name", sorted(SOURCES))
@pytest.mark.parametrize("runtime", RUNTIMES)
def test_every_runtime_reads_them_as_node_does(runs, runtime, name):
    assert runs.results[runtime][name] == runs.results["node"][name]
