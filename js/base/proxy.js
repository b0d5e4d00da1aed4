// Requests and streams through the user's HTTP proxy (the `proxy` setting), as Python's requests and aiohttp and
// PHP's curl send them: a plain http:// request in absolute form (the proxy reads the target from the request line),
// anything else (https://, ws://, wss://) through a tunnel that the proxy opens with CONNECT. node:http has no
// proxy support of its own: before this, Node sent every request directly, whatever the setting said.

import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import { NotSupported } from './errors.js';
import { ownBytes } from './ownBytes.js';
import { ResponseFraming } from './responseBody.js';

export function proxyOf (setting) {
    // The proxy of a setting ('http://user:password@host:port'), or undefined for none. Only http:// proxies: a
    // SOCKS or an https:// proxy is refused, never bypassed.
    if ((setting === undefined) || (setting === null) || (setting === '')) {
        return undefined;
    }
    let url = undefined;
    try {
        url = new URL (setting);
    } catch (error) {
        throw new NotSupported ('proxy: not a URL (an http:// proxy is expected, such as http://127.0.0.1:8080)');
    }
    if (url.protocol !== 'http:') {
        throw new NotSupported ('proxy: Node goes through http:// proxies only, not ' + url.protocol + ' ones');
    }
    const authorization = (url.username === '') ? {} : {
        'Proxy-Authorization': 'Basic ' + ownBytes (decodeURIComponent (url.username) + ':' + decodeURIComponent (url.password)).toString ('base64'),
    };
    // (URL writes an IPv6 host in brackets, which node:http does not take)
    return { 'host': url.hostname.replace (/^\[(.*)\]$/, '$1'), 'port': Number (url.port || 80), 'headers': authorization };
}

export function absoluteRequest (proxy, url, method, headers, maxHeaderSize) {
    // A plain http:// request through the proxy: the whole URL in the request line, the target in Host; a response head
    // of up to maxHeaderSize bytes.
    const target = new URL (url);
    return http.request ({
        'host': proxy.host,
        'port': proxy.port,
        'method': method,
        'path': url.split ('#')[0],  // as built (and signed): target.href would re-encode and resolve its path
        'headers': { 'Host': target.host, ...headers, ...proxy.headers },
        'agent': false,
        'maxHeaderSize': maxHeaderSize,
    });
}

export function tunnel (proxy, host, port, done) {
    // Asks the proxy for a tunnel to host:port; done (error) or done (undefined, socket) once it answers. Returns
    // the CONNECT request, for the caller to destroy when it gives up.
    const authority = (host.includes (':') ? '[' + host + ']' : host) + ':' + port;
    const request = http.request ({
        'host': proxy.host,
        'port': proxy.port,
        'method': 'CONNECT',
        'path': authority,
        'headers': { 'Host': authority, ...proxy.headers },
        'agent': false,
    });
    // The answer's lines are read as every runtime reads a response's head (responseBody.js), from each byte before
    // node:http's parser: the parser read a line before the status line, HTTP/0.9 and control characters in the
    // reason, which the others fail (red-team round 66). Its head alone, as a HEAD's response is read: what follows
    // it is no body that the other runtimes read (a 200's Transfer-Encoding said to read the tunnel's first bytes as
    // chunks, and their framing refused a tunnel that Python sync opened: round 67).
    const answer = new ResponseFraming ('HEAD');
    let settled = false;
    const settle = (error, socket) => {
        if (!settled) {
            settled = true;
            done (error, socket);
        }
    };
    const read = (data) => {
        answer.feed (data);
        if (answer.malformed !== undefined) {
            settle (new Error ('the proxy\'s answer to CONNECT is not HTTP as every runtime reads it: ' + answer.malformed));
            request.destroy ();
        }
    };
    request.once ('socket', (socket) => socket.prependListener ('data', read));
    request.once ('connect', (response, socket) => {
        socket.removeListener ('data', read);
        if (settled) {
            socket.destroy ();
        } else if (response.statusCode !== 200) {
            socket.destroy ();
            settle (Object.assign (new Error ('the proxy refused a tunnel to ' + authority + ' (HTTP ' + response.statusCode + ')'), { 'code': 'EPROXY' }));
        } else {
            settle (undefined, socket);
        }
    });
    request.once ('error', (error) => settle (error));
    request.end ();
    return request;
}

export class TunnelAgent extends http.Agent {
    // An agent whose every connection is a tunnel through the proxy, with TLS over it for a secure target (https://
    // and wss://: node:https and the WebSocket client take an agent). Requests keep theirs alive for the next ones;
    // a stream's is its own.
    constructor (proxy, secure, keepAlive = false) {
        super ({ 'keepAlive': keepAlive });
        this.protocol = secure ? 'https:' : 'http:'; // (the scheme of the requests it connects)
        this.proxy = proxy;
        this.secure = secure;
        this.pending = new Set (); // the CONNECT requests not answered yet
    }

    createConnection (options, done) {
        // options.abandoned: the AbortSignal of the request the tunnel is for (see NativeExchange's #send)
        const port = options.port || (this.secure ? 443 : 80);
        const request = tunnel (this.proxy, options.host, port, (error, socket) => {
            this.pending.delete (request);
            if (error !== undefined) {
                done (error);
            } else {
                // (the name the server's certificate is checked against: none for an address, as TLS sends none)
                const servername = options.servername || (net.isIP (options.host) ? undefined : options.host);
                done (null, this.secure ? tls.connect ({ ...options, 'socket': socket, 'servername': servername, 'rejectUnauthorized': true }) : socket);
            }
        });
        this.pending.add (request);
        // A request that failed (its timeout) before the proxy answered takes its CONNECT with it: left open, the
        // CONNECT held its socket until the proxy closed it, and a late answer opened a connection for no request
        // (red-team round 51, F4).
        options.abandoned?.addEventListener ('abort', () => {
            if (this.pending.has (request)) {
                request.destroy ();
            }
        }, { 'once': true });
    }

    destroy () {
        for (const request of this.pending) {
            request.destroy ();
        }
        super.destroy ();
    }
}
