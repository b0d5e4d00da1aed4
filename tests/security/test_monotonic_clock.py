"""Exchange code reads no monotonic clock (red-team round 24, SUB-B005 and SUB-B006).

The rate limiter measures time with monotonicMilliseconds, whose origin is each runtime's: Node's performance.now ()
counts from the process's start, Python's time.monotonic () and PHP's hrtime () from the machine's boot. Exchange code
could call it, and read the limiter's last reading of it, this.throttleLast. Measured before the change with ATTACK
below against a server on 127.0.0.1 (`exkit check` passed it): `[ this.throttleLast, this.monotonicMilliseconds () ]`
after a request was [ 91.3, 102.1 ] in Node and [ 55978439.4, 55978445.6 ] in Python sync (asyncio and PHP alike), so
'young' in Node and 'old' in the others on any machine up for ten minutes, a path of the file's own in one runtime at a
time no fixture covers; the value also told the exchange how long the user's machine had been up. Both are refused now.
"""

from __future__ import annotations

import pytest

from tests.checking import rules_of

HEAD = """import Exchange from './base/Exchange.js';

export default class example extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'example',
            'urls': { 'api': 'https://api.example.example' },
            'api': { 'public': { 'get': [ 'json' ] } },
        });
    }

    async run () {
        await this.publicGetJson ({ 'run': 'first' });
        %s
    }
}
"""

ATTACK = HEAD % "return (this.monotonicMilliseconds () < 600000) ? 'young' : 'old';"

READS = {
    "clock": ("return this.monotonicMilliseconds ();", "SUB-B006"),
    "super clock": ("return super.monotonicMilliseconds ();", "SUB-B006"),
    "last reading": ("return (this.throttleLast < 600000) ? 'young' : 'old';", "SUB-B005"),
    "kept reading": ("const last = this.throttleLast;\n        return last;", "SUB-B005"),
}


def test_the_measured_attack_is_refused():
    assert "SUB-B006" in rules_of(ATTACK)


@pytest.mark.parametrize("name", sorted(READS))
def test_a_read_of_the_monotonic_clock_is_refused(name):
    body, rule = READS[name]
    assert rule in rules_of(HEAD % body)


def test_the_wall_clock_and_the_limiter_s_other_state_stay_readable():
    body = "return [ this.milliseconds (), this.lastRestRequestTimestamp, this.throttleTokens, this.rateLimit ];"
    assert rules_of(HEAD % body) == set()
