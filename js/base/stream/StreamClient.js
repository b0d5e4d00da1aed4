// One WebSocket connection of an exchange (the native part of streaming; the message handling is the exchange's
// own subset code, reached through exchange.handleMessage). It multiplexes the subscriptions sent on it, keeps a
// bounded queue of updates per message hash, answers pings and pings the server itself, and reconnects with
// exponential backoff and jitter, re-sending every subscription in order. Hostile servers are bounded: frame size
// (maxFrameSize; not compressed), frames waiting to be handled (maxFrames, and their bytes: maxInboundSize), updates
// waiting to be read (maxQueue), pongs not yet written (MAX_UNWRITTEN), the handshake and a silent connection
// (timeout). A connection that a server drops soon after opening is made again after the same doubling waits as a
// refused one (and given up after maxReconnects), and close () ends everything of the connection: the handshake
// under way, the wait before a new attempt, the frames not yet handled, and what the exchange's handlers still do
// (no stream call of a handler of a closed connection reaches a socket).

import { AsyncLocalStorage } from 'node:async_hooks';
import { ExchangeError, ExchangeNotAvailable, NetworkError, RequestTimeout, BadResponse } from '../errors.js';
import { TunnelAgent, proxyOf } from '../proxy.js';
import { MAX_STREAM_SETTING, lowestStreamSetting, streamSettingHolds } from '../construction.js';

const NO_FRAME = 'has no frame to send: a message is a JSON value, not undefined';

// The bytes written to a connection but not yet taken by the kernel past which a ping drops the connection (made
// again as after any drop). ws answers every ping with a pong (at most 131 bytes), and its own bound, 60 pongs not yet
// written, dropped a server's burst of 61 pings that asyncio answered (red-team round 54). 1 MiB is some 8,000 pongs
// beyond what the kernel's buffers hold: no server that reads its pongs comes near it, and one that never reads them
// costs Node no more memory than that.
const MAX_UNWRITTEN = 1024 * 1024;

// The frames a message may come in (ws's default for a client, set here so that it stays the bound that asyncio's
// reader holds messages to as well: response_head.py's MAX_FRAGMENTS; red-team round 68).
const MAX_FRAGMENTS = 16384;

const INVALID_CONNECTION = 'Invalid Connection header';

function connectionUpgrades (rawHeaders) {
    // Whether a head's Connection lines are one, `upgrade` in any case (rawHeaders: name, value, name, value, ...).
    const values = rawHeaders.filter ((_, i) => (i % 2 === 1) && (rawHeaders[i - 1].toLowerCase () === 'connection'));
    return (values.length === 1) && (values[0].trim ().toLowerCase () === 'upgrade');
}

let WebSocketClass = undefined; // npm 'ws', imported by the first connection so that REST needs no WebSocket

async function loadWebSocket () {
    if (WebSocketClass === undefined) {
        WebSocketClass = (await import ('ws')).default;
    }
    return WebSocketClass;
}

// The connection whose frame (or resubscription) the exchange's code is handling, through every await of it: after
// close (), the calls of that code that would reach a stream (sendFrame, subscribe, watch) fail, where they opened a
// new connection, kept alive by its keep-alive timer, that nothing would close.
const handlerContext = new AsyncLocalStorage ();

export function handlingClient () {
    return handlerContext.getStore ();
}

// The settings that reach ws and the timers: integers from 1 (0 for maxReconnects) to 2^31 - 1, as the exchange's
// constructor checked them (streamSettingHolds). ws read a maxPayload of 0 (anything in (-1, 1), a negative) as no
// bound and a handshakeTimeout of 0 as none (red-team round 45): any other value refuses the connection instead.
const SETTINGS = [ 'timeout', 'keepAlive', 'maxFrameSize', 'maxQueue', 'maxFrames', 'maxInboundSize', 'maxReconnects', 'backoffBase', 'backoffMax' ];

export function backoffDelay (settings, attempt, random) {
    // Exponential backoff with "equal jitter": half of the capped delay, plus a random part of the other half.
    const capped = Math.min (settings['backoffMax'], settings['backoffBase'] * (2 ** attempt));
    return capped / 2 + random * capped / 2;
}

export default class StreamClient {
    constructor (exchange, url, settings, redacted) {
        this.exchange = exchange;
        this.url = url;
        this.settings = settings;
        this.redacted = redacted; // fetch's redaction of an error of the exchange's making (NativeExchange's #redacted)
        this.socket = undefined;
        this.opening = undefined; // the promise of the connection being made
        this.subscriptions = new Map (); // subscribeHash -> message, re-sent in this order after a reconnect
        this.channels = new Map (); // messageHash -> { 'updates': [ { value } | { error } ], 'waiters': [] }
        this.inbound = []; // parsed frames waiting for the handler, which runs one frame at a time
        this.inboundSize = 0; // the bytes of those frames, as received (each entry's size)
        this.abandoned = undefined; // the socket that a bound dropped, whose frames still read are not handled
        this.handling = false;
        this.closed = false;
        this.heard = true; // a frame or a pong since the last keep-alive ping
        this.keepAlive = undefined;
        this.connecting = undefined; // the socket of the handshake under way
        this.openedAt = undefined; // when the connection opened (monotonicMilliseconds)
        this.drops = 0; // connections in a row that closed within keepAlive of opening
        this.pause = 0; // milliseconds to wait before the next connection is made (after such a drop)
        const given = ((typeof settings === 'object') && (settings !== null)) ? settings : {};
        const unchecked = SETTINGS.find ((name) => !streamSettingHolds (name, given[name]));
        if (unchecked !== undefined) {
            throw this.error (ExchangeError, 'has no streaming.' + unchecked + ' that is an integer from ' + lowestStreamSetting (unchecked) + ' to ' + MAX_STREAM_SETTING);
        }
    }

    // --- what the exchange calls ---------------------------------------------------------------------

    async subscribe (subscribeHash, message) {
        await this.connected ();
        if ((subscribeHash !== undefined) && !this.subscriptions.has (subscribeHash)) {
            this.subscriptions.set (subscribeHash, message);
            if (message !== undefined) {
                await this.transmit (message);
            }
        }
    }

    forget (subscribeHash) {
        this.subscriptions.delete (subscribeHash);
    }

    async send (message) {
        await this.connected ();
        await this.transmit (message);
    }

    next (messageHash) {
        // The oldest update of messageHash not yet read, or a promise of the next one.
        const channel = this.channel (messageHash);
        if (channel.updates.length > 0) {
            const entry = channel.updates.shift ();
            return ('error' in entry) ? Promise.reject (entry.error) : Promise.resolve (entry.value);
        }
        return new Promise ((resolve, reject) => channel.waiters.push ({ resolve, reject }));
    }

    deliver (messageHash, entry) {
        // To every caller waiting for messageHash, else into its queue (the oldest update dropped when full).
        // Updates of a hash that nobody has watched are not kept.
        const channel = this.channels.get (messageHash);
        if (channel === undefined) {
            return;
        }
        if (channel.waiters.length > 0) {
            // Resumed at a later turn of the event loop, as asyncio resumes the awaiter of a future it sets
            // (call_soon): the code that delivers runs on through its awaits that do not suspend before a caller
            // sees the update, in both runtimes. A promise resolved here resumed the caller at the handler's first
            // await, so that a handler that set an option after two such awaits had it read unset in Node alone
            // (red-team round 44).
            const waiters = channel.waiters.splice (0);
            setImmediate (() => {
                for (const waiter of waiters) {
                    if ('error' in entry) {
                        waiter.reject (entry.error);
                    } else {
                        waiter.resolve (entry.value);
                    }
                }
            });
            return;
        }
        channel.updates.push (entry);
        if (channel.updates.length > this.settings['maxQueue']) {
            channel.updates.shift ();
        }
    }

    deliverAll (entry) {
        for (const messageHash of this.channels.keys ()) {
            this.deliver (messageHash, entry);
        }
    }

    queuedUpdates () {
        // How many updates wait to be read, over every channel (the flood test bounds it).
        let count = 0;
        for (const channel of this.channels.values ()) {
            count += channel.updates.length;
        }
        return count + this.inbound.length;
    }

    close () {
        // Everything of the connection ends here: a handshake under way (it opened after close () and sent the
        // subscriptions, kept alive by its pings), the frames not yet handled (their handlers ran on after close ()).
        this.closed = true;
        this.stopKeepAlive ();
        this.inbound = [];
        this.inboundSize = 0;
        if (this.connecting !== undefined) {
            this.connecting.terminate ();
            this.connecting = undefined;
        }
        if (this.socket !== undefined) {
            this.socket.close (1000);
            this.socket = undefined;
        }
        this.deliverAll ({ 'error': this.closedError () });
    }

    closedError () {
        return this.error (ExchangeError, 'closed by close ()');
    }

    // --- connecting ----------------------------------------------------------------------------------

    channel (messageHash) {
        let channel = this.channels.get (messageHash);
        if (channel === undefined) {
            channel = { 'updates': [], 'waiters': [] };
            this.channels.set (messageHash, channel);
        }
        return channel;
    }

    connected () {
        if (this.closed) {
            return Promise.reject (this.closedError ());
        }
        if (this.socket !== undefined) {
            return Promise.resolve ();
        }
        if (this.opening === undefined) {
            this.opening = this.connectWithRetries ().finally (() => {
                this.opening = undefined;
            });
        }
        return this.opening;
    }

    async connectWithRetries () {
        this.exchange.checkSigningKeys (); // (no connection, whose path a file chooses, once a key was refused)
        if (this.pause > 0) { // after a connection that the server dropped soon after it opened (see dropped)
            const pause = this.pause;
            this.pause = 0;
            await this.exchange.sleep (pause);
        }
        for (let attempt = 0; ; attempt++) {
            if (this.closed) { // (by close () during the wait: no new connection)
                throw this.closedError ();
            }
            try {
                await this.open ();
                return;
            } catch (error) {
                if (this.closed) {
                    throw this.closedError ();
                }
                if (attempt >= this.settings['maxReconnects']) {
                    throw error;
                }
            }
            await this.exchange.sleep (backoffDelay (this.settings, attempt, this.exchange.streamRandom ()));
        }
    }

    async open () {
        const WebSocket = await loadWebSocket ();
        const proxy = proxyOf (this.exchange.proxy);
        // through the user's proxy, a tunnel (its CONNECT is part of the handshake, and of its timeout)
        const agent = (proxy === undefined) ? undefined : new TunnelAgent (proxy, /^wss:/i.test (this.url));
        return new Promise ((resolve, reject) => {
            const socket = new WebSocket (this.url, {
                'maxPayload': this.settings['maxFrameSize'],
                'maxFragments': MAX_FRAGMENTS,
                'followRedirects': false,
                // No extension is offered, as aiohttp offers none, and ws then refuses a head that names one: a reply
                // selecting permessage-deflate, which ws alone offered, opened the stream in both runtimes, and its
                // compressed frames failed asyncio alone (red-team round 54).
                'perMessageDeflate': false,
                'maxPendingAutoPongs': 0, // (no count of pongs: MAX_UNWRITTEN bounds their bytes)
                'rejectUnauthorized': true, // (whatever NODE_TLS_REJECT_UNAUTHORIZED says, as a request's)
                ...((agent === undefined) ? {} : { 'agent': agent }),
            });
            let opened = false;
            this.connecting = socket;
            // The whole handshake (the proxy's CONNECT, TCP, TLS, the 101 head) within timeout, as asyncio's wait_for
            // bounds it: ws's handshakeTimeout is an idle timer that every byte restarts, armed only once the agent
            // hands the request a socket (after the proxy answered CONNECT), so that a server trickling its head or a
            // proxy silent on CONNECT held the open for as long as they kept at it (red-team round 51).
            const timer = setTimeout (() => {
                reject (this.error (RequestTimeout, 'did not complete the WebSocket handshake within ' + this.settings['timeout'] + ' ms'));
                socket.terminate (); // (its 'error' then destroys the tunnel under way)
            }, this.settings['timeout']);
            socket.on ('open', () => {
                clearTimeout (timer);
                this.connecting = undefined;
                if (this.closed) {
                    socket.terminate ();
                    reject (this.closedError ());
                    return;
                }
                opened = true;
                this.openedAt = this.exchange.monotonicMilliseconds ();
                this.socket = socket;
                this.startKeepAlive (socket);
                resolve ();
            });
            socket.on ('error', (error) => {
                clearTimeout (timer);
                if (this.connecting === socket) {
                    this.connecting = undefined;
                }
                if (!opened) {
                    agent?.destroy (); // (a tunnel the handshake no longer waits for)
                    reject (this.transportError (error));
                }
            });
            socket.on ('upgrade', (response) => {
                // The 101's Connection as aiohttp reads it (one line, `upgrade` in any case), before ws's checks: Node's
                // parser reads a list of tokens, of all the lines, and ws reads none, so that `keep-alive, Upgrade`
                // opened Node's stream alone (red-team round 55).
                if (!connectionUpgrades (response.rawHeaders)) {
                    reject (this.error (NetworkError, 'failed: ' + INVALID_CONNECTION));
                    socket.terminate ();
                }
            });
            socket.on ('pong', () => {
                this.heard = true;
            });
            socket.on ('ping', () => { // (ws has queued its pong)
                if (socket.bufferedAmount > MAX_UNWRITTEN) {
                    socket.terminate ();
                }
            });
            socket.on ('message', (data, isBinary) => this.received (socket, data, isBinary));
            socket.on ('close', (code) => {
                clearTimeout (timer);
                if (opened) {
                    this.dropped (socket, code);
                } else {
                    reject (this.error (NetworkError, 'closed the connection before it opened'));
                }
            });
        });
    }

    transportError (error) {
        const cause = (error.code !== undefined) ? error.code : error.message;
        if (cause === 'ECONNREFUSED' || cause === 'ENOTFOUND' || cause === 'EAI_AGAIN') {
            return this.error (ExchangeNotAvailable, 'could not connect: ' + cause);
        }
        if (cause === 'EPROXY') { // as fetch's (its message names the target, never the proxy's URL)
            return this.error (ExchangeNotAvailable, 'could not connect: ' + error.message);
        }
        const answered = /^Unexpected server response: (\d+)$/.exec (error.message); // (ws's words for a status not 101)
        if (answered !== null) { // a refusal or a redirect, in the words every runtime uses
            return this.error (NetworkError, 'failed: the server answered the handshake with HTTP ' + answered[1]);
        }
        return this.error (NetworkError, 'failed: ' + cause);
    }

    async dropped (socket, code) {
        // The connection closed without close (): reconnect, re-send the subscriptions, and tell the callers
        // only when that fails. A connection that closed within keepAlive of opening counts as a failed attempt: the
        // first is made again at once, the next after the doubling waits of connectWithRetries, and beyond
        // maxReconnects in a row the callers get the error (a server that accepted each handshake and closed it got
        // a thousand connections a second, each with the subscriptions and a freshly signed login, without end).
        if (socket !== this.socket) {
            return;
        }
        this.socket = undefined;
        this.stopKeepAlive ();
        this.inbound = [];
        this.inboundSize = 0;
        if (this.closed) {
            return;
        }
        const lived = this.exchange.monotonicMilliseconds () - this.openedAt;
        this.drops = (lived >= this.settings['keepAlive']) ? 1 : (this.drops + 1);
        try {
            if (this.drops > this.settings['maxReconnects'] + 1) {
                throw this.error (NetworkError, 'closed the connection ' + this.drops + ' times in a row within keepAlive (' + this.settings['keepAlive'] + ' ms) of opening it');
            }
            if (this.drops > 1) {
                this.pause = backoffDelay (this.settings, this.drops - 2, this.exchange.streamRandom ());
            }
            await this.connected ();
            for (const [ subscribeHash, message ] of [ ...this.subscriptions ]) {
                // The exchange may renew a message (a fresh signature or token) before it is sent again.
                const renewed = await handlerContext.run (this, () => this.exchange.resubscribeMessage (this.url, subscribeHash, message));
                this.subscriptions.set (subscribeHash, renewed);
                if (renewed !== undefined) {
                    await this.transmit (renewed);
                }
            }
        } catch (error) {
            this.deliverAll ({ 'error': error });
            this.exchange.forgetStreamClient (this.url, this);
            // The connection made again is closed, as Python releases it: forgotten, nothing closed it, and its
            // keep-alive timer held the process for good.
            this.stopKeepAlive ();
            if (this.socket !== undefined) {
                this.socket.close (1000);
                this.socket = undefined;
            }
        }
    }

    startKeepAlive (socket) {
        // A ping every keepAlive ms; a connection that answered nothing since the last one is dead.
        this.heard = true;
        this.keepAlive = setInterval (() => {
            if (!this.heard) {
                socket.terminate ();
                return;
            }
            this.heard = false;
            socket.ping ();
        }, this.settings['keepAlive']);
    }

    stopKeepAlive () {
        if (this.keepAlive !== undefined) {
            clearInterval (this.keepAlive);
            this.keepAlive = undefined;
        }
    }

    transmit (message) {
        // Settles once the frame is written (ws compresses it asynchronously first). The frame is written by the
        // exchange's json (), as Python's stream client writes it: JSON.stringify wrote lists nested deeper than json ()
        // does (an ExchangeError there), so a frame went out from Node alone (red-team round 24).
        let frame = undefined;
        try {
            this.exchange.checkSigningKeys ();
            frame = this.exchange.json (message);
        } catch (error) {
            return Promise.reject (error);
        }
        if (frame === undefined) { // (ws sent an empty frame for undefined, where aiohttp refused to send None)
            return Promise.reject (this.error (ExchangeError, NO_FRAME));
        }
        if (this.socket === undefined) {
            return Promise.reject (this.error (NetworkError, 'closed the connection before a frame could be sent'));
        }
        return new Promise ((resolve, reject) => {
            this.socket.send (frame, (error) => {
                if (error === undefined || error === null) {
                    resolve ();
                } else {
                    reject (this.error (NetworkError, 'failed to send a frame: ' + error.message));
                }
            });
        });
    }

    // --- receiving -----------------------------------------------------------------------------------

    received (socket, data, isBinary) {
        if (socket === this.abandoned) {
            return; // (the rest of a chunk that ws reads after abandon (), as Python's reader reads none)
        }
        this.heard = true;
        // The bytes as received: a text frame's UTF-8, as Python counts it (its UTF-16 length would differ).
        const size = data.length;
        let exceeded = undefined;
        if (this.inbound.length >= this.settings['maxFrames']) {
            exceeded = 'more than maxFrames ' + this.settings['maxFrames'] + ' waiting';
        } else if (this.inboundSize + size > this.settings['maxInboundSize']) {
            // (a count bound alone let 10,000 parsed frames of 4 MiB wait: a handler awaiting a slow REST snapshot
            // held gigabytes, and V8's heap ran out; red-team round 31)
            exceeded = 'more than maxInboundSize ' + this.settings['maxInboundSize'] + ' bytes waiting';
        }
        if (exceeded !== undefined) {
            // The handler cannot keep up: drop the connection (it reconnects and re-snapshots) rather than grow.
            this.abandon (socket, this.error (NetworkError, 'sent frames faster than they could be handled (' + exceeded + ')'));
            return;
        }
        let entry = undefined;
        try {
            const text = Buffer.from (data).toString ('utf8');
            const message = isBinary ? undefined : this.exchange.parseJson (text);
            entry = (message === undefined) ? { 'error': this.malformed (text), 'size': size } : { 'message': message, 'size': size };
        } catch (error) {
            // Anything else (V8's RangeError of a length, a bug) goes to the callers and the connection is dropped, as a
            // bound drops it, as Python's reader does (it went up through ws's listener, an uncaught exception).
            this.abandon (socket, error);
            return;
        }
        this.inbound.push (entry);
        this.inboundSize += size;
        if (!this.handling) {
            this.handleInbound ();
        }
    }

    abandon (socket, error) {
        // The callers get error, and the connection is dropped (dropped () makes it again).
        this.deliverAll ({ 'error': error });
        this.abandoned = socket;
        socket.terminate ();
    }

    malformed (text) {
        return this.error (BadResponse, 'sent a frame that is not JSON: ' + this.exchange.excerpt (text));
    }

    async handleInbound () {
        this.handling = true;
        while ((this.inbound.length > 0) && !this.closed) {
            const frame = this.inbound.shift ();
            this.inboundSize -= frame.size;
            if ('error' in frame) {
                this.deliverAll ({ 'error': frame.error });
                continue;
            }
            try {
                await handlerContext.run (this, () => this.exchange.handleMessage (this.url, frame.message));
            } catch (error) {
                // (often the frame, which may echo a login or the key: redacted as fetch's; red-team round 31)
                this.deliverAll ({ 'error': this.redacted (error) });
            }
        }
        this.handling = false;
    }

    error (errorClass, detail) {
        return this.exchange.httpError (errorClass, 'WebSocket', this.url, detail);
    }
}
