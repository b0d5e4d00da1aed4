"""A stream's method in a runtime that does not stream fails the call past every catch clause (red-team round 24).

Node and Python asyncio stream; Python's synchronous classes and PHP do not, and their watch, subscribe, sendFrame and
unwatch threw NotSupported, which a catch clause of exchange code saw. Measured before the change with ATTACK below (a
REST method, no stream server, `exkit check` passed it): `unwatch` of a URL never watched returned in Node and asyncio
and threw in Python sync and PHP, so the file sent 'buy' from Node and asyncio and 'sell' from Python sync and PHP, at a
time of its choosing (no fixture); `resolveUpdate` and `rejectUpdate` were no methods there (an AttributeError, an
Error, which a catch clause saw) and `isWatched` was false. Now those two throw StreamsNotSupported from every stream
method, a NotSupported to the user that no catch clause of exchange code sees (Python's js.UNCAUGHT, PHP's
Uncatchable): the call fails there rather than taking a path of its own.

Node keyed the connections and channels by value in a Map and asyncio in a dict, where a list is unhashable:
`this.isWatched ([ 'x' ], 'h')` was false in Node and a native TypeError in asyncio, which a catch clause saw. A
stream's URL and message hashes are strings now, in both (an ExchangeError otherwise).
"""

from __future__ import annotations

from tests.checking import check_text
from tests.emit.compiled import run_everywhere
from tests.http_server import LocalServer

ATTACK = """import Exchange from './base/Exchange.js';
import { NotSupported } from './base/errors.js';

export default class nostreams extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'nostreams',
            'urls': { 'api': '%(url)s', 'ws': 'ws://127.0.0.1:9/ws' },
            'api': { 'public': { 'get': [ 'json' ] } },
        });
    }

    async run () {
        let side = 'buy';
        try {
            await this.unwatch (this.urls['ws'], 'never-watched');
        } catch (e) {
            if (!(e instanceof NotSupported)) {
                throw e;
            }
            side = 'sell';
        }
        await this.publicGetJson ({ 'run': side });
        return side;
    }
}
"""


def test_a_stream_method_fails_the_call_where_the_runtime_does_not_stream(tmp_path):
    source = ATTACK % {"url": "http://127.0.0.1:9/api"}
    assert check_text(source, "js/nostreams.js") == []
    with LocalServer() as server:
        runs = run_everywhere(str(tmp_path), {"nostreams": ATTACK % {"url": server.url}})
        arrivals = dict(server.arrivals)
    assert runs.results["node"]["nostreams"] == runs.results["python-async"]["nostreams"] == {"result": "buy"}, runs
    for runtime in ("python", "php"):
        # (before: 'sell', sent to the server)
        assert runs.results[runtime]["nostreams"] == {"error": "StreamsNotSupported"}, (runtime, runs.results)
    assert sorted(arrivals) == ["buy"] and len(arrivals["buy"]) == 2, arrivals


KEYS = """import Exchange from './base/Exchange.js';
import { ExchangeError } from './base/errors.js';

export default class streamkeys extends Exchange {
    describe () {
        return this.deepExtend (super.describe (), {
            'id': 'streamkeys',
            'urls': { 'api': 'http://127.0.0.1:9/api', 'ws': 'ws://127.0.0.1:9/ws' },
            'api': { 'public': { 'get': [ 'json' ] } },
        });
    }

    probeResolve () {
        try {
            this.resolveUpdate (this.urls['ws'], 1, 'never-watched');
        } catch (e) {
            this.rethrowUncaught (e);
            return 'sell';
        }
        return 'buy';
    }

    probeReject () {
        try {
            this.rejectUpdate (this.urls['ws'], 'never-watched', ExchangeError, 'no');
        } catch (e) {
            this.rethrowUncaught (e);
            return 'sell';
        }
        return 'buy';
    }

    probeWatched () {
        try {
            this.isWatched (this.urls['ws'], 'never-watched');
        } catch (e) {
            this.rethrowUncaught (e);
            return 'sell';
        }
        return 'buy';
    }

    probeListKey () {
        try {
            this.isWatched ([ this.urls['ws'] ], 'never-watched');
        } catch (e) {
            this.rethrowUncaught (e);
            return 'sell';
        }
        return 'buy';
    }
}
"""
PROBES = ["probeResolve", "probeReject", "probeWatched", "probeListKey"]


def test_the_other_stream_methods_and_their_keys(tmp_path):
    assert check_text(KEYS, "js/streamkeys.js") == []
    runs = run_everywhere(str(tmp_path), {"streamkeys": KEYS}, cases=[f"streamkeys:{name}" for name in PROBES])
    for runtime in ("node", "python-async"):
        # (before: the list key was a native TypeError in asyncio, which the catch clause saw: 'sell' there alone)
        assert [runs.results[runtime][f"streamkeys:{name}"] for name in PROBES] == \
            [{"result": "buy"}, {"result": "buy"}, {"result": "buy"}, {"result": "sell"}], (runtime, runs.results)
    for runtime in ("python", "php"):
        # (before: resolveUpdate and rejectUpdate no methods there, a native error that the catch clause saw: 'sell';
        # isWatched false: 'buy')
        assert [runs.results[runtime][f"streamkeys:{name}"] for name in PROBES] == \
            [{"error": "StreamsNotSupported"}] * 4, (runtime, runs.results)


# Red-team round 38: a stream's state held in a variable is one object in Node and Python and a copy in PHP. A method
# that kept one and had another change it in place and put it back (another method, a second read through a key in a
# parameter, a value the state was given from elsewhere) chose 'sell' in Node and both Pythons and 'buy' in PHP, all
# past `exkit check`. Streams run in Node and asyncio alone, which share the object alike: the state is theirs alone.
STATES = """import Exchange from './base/Exchange.js';

export default class streamstates extends Exchange {
    heldAcrossACall () {
        this.setStreamState ('k', [ 'a' ]);
        const held = this.streamState ('k');
        this.bump ();
        return (held.length === 1) ? 'buy' : 'sell';
    }

    bump () {
        const s = this.streamState ('k');
        s.push ('x');
        this.setStreamState ('k', s);
    }

    readAgainByParameter (key = 'k') {
        this.setStreamState ('k', [ 'a' ]);
        const s = this.streamState ('k');
        s.push ('x');
        const n = this.streamState (key).length;
        this.setStreamState ('k', s);
        return (n === 1) ? 'buy' : 'sell';
    }

    givenFromAVariable () {
        const mine = { 'side': 'buy' };
        this.setStreamState ('m', mine);
        this.flip ();
        return mine['side'];
    }

    flip () {
        const s = this.streamState ('m');
        s['side'] = 'sell';
        this.setStreamState ('m', s);
    }
}
"""
STATE_CASES = ["heldAcrossACall", "readAgainByParameter", "givenFromAVariable"]


def test_a_stream_state_is_kept_where_the_runtime_streams_only(tmp_path):
    assert check_text(STATES, "js/streamstates.js") == []
    runs = run_everywhere(str(tmp_path), {"streamstates": STATES}, cases=[f"streamstates:{name}" for name in STATE_CASES])
    for runtime in ("node", "python-async"):
        assert [runs.results[runtime][f"streamstates:{name}"] for name in STATE_CASES] == [{"result": "sell"}] * 3, \
            (runtime, runs.results)
    for runtime in ("python", "php"):
        # (before: 'sell' in Python, 'buy' in PHP, each of the three)
        assert [runs.results[runtime][f"streamstates:{name}"] for name in STATE_CASES] == \
            [{"error": "StreamsNotSupported"}] * 3, (runtime, runs.results)
