"""A text's startsWith, endsWith and includes read their argument as String () does (red-team round 12).

`text.startsWith (value)` where the emitter knows text to be a string was written natively: PHP's str_starts_with took
a missing value (undefined, null) as '' and true as '1', so that every text started with a response's missing field,
and Python's startswith raised a TypeError (which a catch saw), where Node searches for 'undefined' and 'true'. An
argument not proven a string now goes through String ()'s helper in both.
"""

from __future__ import annotations

import pytest

from tests.emit.compiled import run_everywhere

SOURCE = """import Exchange from './base/Exchange.js';

export default class text_search_arguments extends Exchange {
    pick (value) {
        return value;
    }

    attempt (kind, argument) {
        const text = 'abc,d' + this.pick ('');
        try {
            if (kind === 'startsWith') {
                return text.startsWith (argument);
            } else if (kind === 'endsWith') {
                return text.endsWith (argument);
            }
            return text.includes (argument);
        } catch (e) {
            this.rethrowUncaught (e);
            return 'caught';
        }
    }

    run () {
        const out = [];
        const values = [ undefined, true, 1, 1e21, [ 'abc', 'd' ], [ 'd' ], 'a', '' ];
        const kinds = [ 'startsWith', 'endsWith', 'includes' ];
        for (let k = 0; k < kinds.length; k++) {
            for (let i = 0; i < values.length; i++) {
                out.push (this.attempt (kinds[k], this.pick (values[i])));
            }
        }
        out.push ('undefined, true'.startsWith (this.pick (undefined)));
        out.push ('undefined, true'.endsWith (this.pick (true)));
        return out;
    }
}
"""


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    return run_everywhere(str(tmp_path_factory.mktemp("text-search")), {"text_search_arguments": SOURCE})


@pytest.mark.parametrize("runtime", ["python", "python-async", "php"])
def test_the_argument_is_read_as_string_reads_it(runs, runtime):
    node = runs.results["node"]["text_search_arguments"]
    assert node == {"result": [False, False, False, False, True, False, True, True,
                               False, False, False, False, True, True, False, True,
                               False, False, False, False, True, True, True, True, True, True]}
    assert runs.results[runtime]["text_search_arguments"] == node
