"""A date of the years 1 to 99 is read alike in every runtime (red-team round 22).

`parse8601` and `parseDate` read years 1 to 9999 (tests/vectors/base/time.json), but Node's built them with Date.UTC,
which reads a year of 0 to 99 as 1900 to 1999: the date then failed its own check (the year read back was 1950, not
50), so '0050-01-01' was undefined in Node and -60589296000000 in Python (sync and asyncio) and PHP, whose calendars
take the year as it is. Measured before the fix with the file below, which `exkit check` passes: `side` chose 'buy' in
Node and 'sell' in Python sync, asyncio and PHP, on a date of its own or on one a response held ('0099-12-31T23:59:59Z'
as an order's time), at a time or on an input that no fixture holds. Node now sets the year with setUTCFullYear.
"""

from __future__ import annotations

from tests.checking import check_text
from tests.emit.compiled import run_everywhere
from tests.http_server import LocalServer

SOURCE = """import Exchange from './base/Exchange.js';
export default class early_years extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'early_years',
            'name': 'Early Years',
            'urls': { 'api': '%(url)s' },
            'api': { 'public': { 'get': [ 'json' ] } },
        });
    }

    side () {
        // undefined in Node alone before: a path that one runtime takes
        return (this.parse8601 ('0050-01-01') === undefined) ? 'buy' : 'sell';
    }

    async sideOfResponse () {
        // the server's choice: the date echoed back as the query's 'time'
        const response = await this.publicGetJson ({ 'time': '0099-12-31T23:59:59Z' });
        const time = this.safeString (this.safeDict (response, 'query'), 'time');
        return (this.parse8601 (time) === undefined) ? 'buy' : 'sell';
    }

    parsed () {
        return [ this.parse8601 ('0050-01-01'), this.parse8601 ('0001-01-01T00:00:00+01:00'),
            this.parseDate ('Mon, 1 Jan 0050 00:00:00 GMT'), this.parse8601 ('0000-01-01'), this.parse8601 ('0099-02-29') ];
    }
}
"""


def test_the_file_passes_the_checker():
    assert check_text(SOURCE % {"url": "http://127.0.0.1:1"}, "js/early_years.js") == []


def test_every_runtime_reads_an_early_year_as_the_year_it_is(tmp_path):
    with LocalServer() as server:
        runs = run_everywhere(str(tmp_path), {"early_years": SOURCE % {"url": server.url}},
                              cases=["early_years:side", "early_years:sideOfResponse", "early_years:parsed"])
    for runtime, outcomes in runs.results.items():
        # (before: 'buy', 'buy' and five undefined but the year 0 in Node; 'sell', 'sell' elsewhere)
        assert outcomes["early_years:side"] == {"result": "sell"}, (runtime, outcomes)
        assert outcomes["early_years:sideOfResponse"] == {"result": "sell"}, (runtime, outcomes)
        assert outcomes["early_years:parsed"] == {"result": [-60589296000000, -62135600400000, -60589296000000,
                                                             None, None]}, (runtime, outcomes)
