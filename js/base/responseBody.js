// The framing of a response's body as every runtime reads it (red-team round 49): the twin of
// python/exchangekit/base/response_body.py (and of php/base/ResponseBody.php), whose comment says what each HTTP
// client read before. In short: Transfer-Encoding, when present, is one line of `chunked`; a chunk-size line is 1 to
// 16 hex digits and token extensions, ended by CR LF, with no space anywhere; the trailers are header lines, 99 at most
// and 65,536 bytes at most in all; every line of the framing is at most 4,000 bytes before its CR LF; a response to
// HEAD, and a 1xx, 204 or 304 response, has no body; what comes after the end of a response is dropped, and the
// connection with it.
//
// node:http's parser shows neither the chunk-size lines nor the trailers, and reads some framings that the other
// clients refuse (17 hex digits, `3;a=`, `identity, chunked`, trailers of any number and size), so NativeExchange's
// #send feeds every byte of the connection to a ResponseFraming as it arrives: it reads the response's heads to find
// where the body starts and how it is framed, and then the body, whose chunks a ChunkedBody reads. It holds the heads
// to what response_head.py's HeadLines reads, too (red-team round 50): an interim head to the final head's bounds,
// without a Content-Length, a Transfer-Encoding or a Connection that says close, and not of HTTP/1.0 (node:http's
// parser failed those where requests and curl read on); lines of 8,190 bytes; 131,072 bytes of heads in all, interim
// ones included (curl failed 300 KiB of them where the others read on). NativeExchange reads responses with it, and
// proxy.js a proxy's answer to CONNECT.

export const MALFORMED_BODY = 'a response\'s chunked body is not framed as every runtime reads it (chunk sizes of 1 to 16 hex digits, extensions of tokens, trailers as header lines, lines of 4,000 bytes at most ended by CR LF)';
export const NOT_FRAMED = 'a response\'s Content-Length is not one number below 2^64, or comes with Transfer-Encoding, or its Transfer-Encoding is not one line of chunked';
export const MALFORMED_HEAD = 'a response header line is malformed (not CR LF ended, folded, or not a token and a colon)';
export const NOT_INTERIM = 'an interim (1xx) response head is of HTTP/1.0, or has a Content-Length, a Transfer-Encoding, or a Connection or Proxy-Connection that says close (HTTP clients read such a head apart)';
const MAX_LINE = 4000; // bytes of a framing line before its CR LF
const MAX_TRAILER_LINES = 99;
const MAX_TRAILERS = 65536; // bytes of the trailer lines, their CR LF left out
// A response's head as every runtime reads it (see NativeExchange.js), an interim one's too (red-team round 50):
// header lines of 8,000 characters (a name and its value), 99 of them, 65,536 in all, a reason phrase of 8,000.
export const MAX_HEAD_LINES = 99;
export const MAX_HEAD_LINE = 8000;
export const MAX_HEAD = 65536;
// Bytes of a line of a head before its CR LF (aiohttp reads no longer value, nor status line), and of a response's
// heads in all, CR LF included (curl refused 300 KiB of them, interim ones included; #send lets node:http's parser
// read a head of as much, whose count leaves the CR LF out: this bound, not the parser's, decides).
const MAX_HEAD_LINE_BYTES = 8190;
export const MAX_HEADS = 131072;
const LARGEST_LENGTH = 2n ** 64n - 1n; // (Node's parser counts a length in 64 bits and fails one past them)

// Lines are read as latin-1 text, one character a byte.
const TOKEN = '[!#$%&\'*+\\-.^_`|~0-9A-Za-z]+';
const QUOTED = '"(?:[\\t \\x21\\x23-\\x5b\\x5d-\\x7e\\x80-\\xff]|\\\\[\\t \\x21-\\x7e\\x80-\\xff])*"';
const SIZE_LINE = new RegExp ('^([0-9A-Fa-f]{1,16})(?:;' + TOKEN + '(?:=(?:' + TOKEN + '|' + QUOTED + '))?)*\\r\\n$');
// field-name ":" (a token), then a value without a control character but tabs (as response_head.py's _FIELD_LINE)
const FIELD = '[!#$%&\'*+\\-.^_`|~0-9A-Za-z]+:[^\\x00-\\x08\\x0a-\\x1f\\x7f]*';
const FIELD_LINE = new RegExp ('^' + FIELD + '\\r\\n$'); // (a trailer's, and a head's)
// HTTP/1.0 or 1.1, a space, the status code (100 to 999), then a space and the reason or nothing, without a control
// character but tabs, ended by CR LF (as response_head.py's _STATUS_LINE)
const STATUS_LINE = /^HTTP\/1\.([01]) ([1-9][0-9]{2})(?: ([^\x00-\x08\x0a-\x1f\x7f]*))?\r\n$/;
// the header names an interim head may not have, as a line of one begins (see ResponseFraming.unended), nor a
// trailer, and those that may not say close in an interim head (response_head.py's FRAMING_NAMES, _CONNECTION_NAMES)
const FRAMING_NAME = /^(?:content-length|transfer-encoding):/i;
const CONNECTION_NAMES = new Set ([ 'connection', 'proxy-connection' ]);
const DIGITS = /^[0-9]+$/;
const NO_BODY_STATUSES = new Set ([ 204, 304 ]);

const SIZE = 0;
const DATA = 1;
const DATA_END = 2;
const TRAILERS = 3;
const DONE = 4;

function pastLargestChunk (digits) {
    // Whether a chunk's size (1 to 16 hex digits) is past 2^63 - 1, which curl refuses (response_body.py's MAX_CHUNK).
    const significant = digits.replace (/^0+/, '');
    return (significant.length === 16) && (significant[0] >= '8');
}

export function hasBody (status, method) {
    // Whether a response of this status to this method has a body (one of length 0 maybe).
    return !((method.toUpperCase () === 'HEAD') || ((status >= 100) && (status < 200)) || NO_BODY_STATUSES.has (status));
}

export function chunked (encodings) {
    // Whether a final head's Transfer-Encoding values (one a line, as sent) make its body chunked: true for one line of
    // `chunked` in any case (spaces and tabs before it, spaces after it), false for none, undefined for any other,
    // which every runtime fails. (node:http's parser reads `chunked\t` as another coding and `identity, chunked` as
    // chunked, and its rawHeaders drop the tab: the lines are read here from the head's bytes.)
    if (encodings.length === 0) {
        return false;
    }
    if ((encodings.length === 1) && (encodings[0].replace (/^[ \t]+/, '').replace (/ +$/, '').toLowerCase () === 'chunked')) {
        return true;
    }
    return undefined;
}

export function badlyFramed (lengths, encodings) {
    // Whether a final head's Content-Length and Transfer-Encoding values (one a line) are what Node's parser refuses:
    // more than one Content-Length line, a value that is not digits, one past 2^64 - 1, or any with Transfer-Encoding;
    // or a Transfer-Encoding that is not one line of chunked (response_head.py's badly_framed).
    if (chunked (encodings) === undefined) {
        return true;
    }
    if (lengths.length === 0) {
        return false;
    }
    if ((lengths.length > 1) || (encodings.length > 0)) {
        return true;
    }
    const value = lengths[0].replace (/^[ \t]+/, '').replace (/ +$/, '');
    if (!DIGITS.test (value)) {
        return true;
    }
    const digits = value.replace (/^0+/, '');
    return (digits.length > 20) || ((digits !== '') && (BigInt (digits) > LARGEST_LENGTH));
}

export class ChunkedBody {
    // A chunked body read as its bytes arrive: feed () says how many of them are the body's (the rest came after the
    // response's end), and whether they are framed as above.
    constructor () {
        this.state = SIZE;
        this.line = ''; // a line not yet ended
        this.left = 0; // the bytes of the chunk's data not yet read, or of the CR LF after it
        this.trailerLines = 0;
        this.trailerBytes = 0;
        this.malformed = false;
    }

    get done () {
        return this.state === DONE;
    }

    feed (data, start = 0) {
        // Reads data from start; the position after its bytes that are the body's. Once malformed, it reads nothing
        // more. (The data of a chunk is only counted.)
        let position = start;
        const end = data.length;
        while ((position < end) && !this.malformed && (this.state !== DONE)) {
            if (this.state === DATA) {
                const taken = Math.min (this.left, end - position);
                position += taken;
                this.left -= taken;
                if (this.left === 0) {
                    this.state = DATA_END;
                    this.left = 2;
                }
            } else if (this.state === DATA_END) {
                this.malformed = data[position] !== ((this.left === 2) ? 0x0d : 0x0a);
                position += 1;
                this.left -= 1;
                if (this.left === 0) {
                    this.state = SIZE;
                }
            } else {
                // a line: its end within MAX_LINE bytes and the CR LF, counting those already held
                const bound = Math.min (end, position + MAX_LINE + 2 - this.line.length);
                const ended = data.indexOf (0x0a, position);
                if ((ended < 0) || (ended >= bound)) {
                    this.line += data.toString ('latin1', position, bound);
                    this.malformed = this.line.length > MAX_LINE + 1; // (a CR may still end it)
                    return end;
                }
                this.line += data.toString ('latin1', position, ended + 1);
                position = ended + 1;
                this.readLine (this.line);
                this.line = '';
            }
        }
        return position;
    }

    readLine (line) {
        if (this.state === SIZE) {
            const size = SIZE_LINE.exec (line);
            if (size === null) {
                this.malformed = true;
            } else if (pastLargestChunk (size[1])) {
                this.malformed = true;
            } else {
                // (a size past 2^53 is not exact, and never read to its end: maxResponseSize is far smaller)
                this.left = parseInt (size[1], 16);
                this.state = (this.left === 0) ? TRAILERS : DATA;
            }
        } else if (line === '\r\n') {
            this.state = DONE;
        } else {
            this.trailerLines += 1;
            this.trailerBytes += line.length - 2;
            this.malformed = !FIELD_LINE.test (line) || (this.trailerLines > MAX_TRAILER_LINES) || (this.trailerBytes > MAX_TRAILERS)
                || FRAMING_NAME.test (line);
        }
    }
}

const HEADS = 0;
const CHUNKS = 1;
const LENGTH = 2;
const TO_THE_END = 3;
const ENDED = 4;

export class ResponseFraming {
    // The bytes of one response as they arrive on its connection: its heads (interim 1xx ones but 101, then the final
    // one), a line at a time as each ends, checked as response_head.py's HeadLines checks them (well formed, within
    // the heads' bounds, an interim head without framing fields), then its body, framed as the final head, the
    // request's method and the status say: chunks (ChunkedBody), a Content-Length, none, or the rest of the
    // connection. malformed is the text of what is not framed as every runtime reads it; after says bytes came after
    // the response's end, which are dropped, and the connection with them.
    constructor (method) {
        this.method = method;
        this.state = HEADS;
        this.line = ''; // a line of a head not yet ended
        this.headBytes = 0; // the bytes of the heads' lines read
        this.statusNext = true;
        this.status = 0; // the status code of the head being read, then of the final one
        this.interim = false; // the head being read is an interim one
        this.headLines = 0; // the header lines of the interim head being read
        this.headSize = 0; // the characters of their names and values
        this.lengths = []; // the Content-Length values of the final head, as sent
        this.encodings = []; // its Transfer-Encoding values
        this.body = undefined; // the ChunkedBody of a chunked body
        this.left = 0; // the bytes of a body of Content-Length not yet read
        this.malformed = undefined;
        this.after = false;
    }

    get chunking () {
        // Whether the body being read is chunked, and not yet ended.
        return this.state === CHUNKS;
    }

    get ended () {
        // Whether the response's end was read (or is the connection's).
        return (this.state === ENDED) || (this.state === TO_THE_END);
    }

    feed (data) {
        let position = 0;
        while ((position < data.length) && (this.malformed === undefined)) {
            if (this.state === LENGTH) {
                const taken = Math.min (this.left, data.length - position);
                position += taken;
                this.left -= taken;
                if (this.left === 0) {
                    this.state = ENDED;
                }
            } else if (this.state === CHUNKS) {
                position = this.body.feed (data, position);
                if (this.body.malformed) {
                    this.malformed = MALFORMED_BODY;
                } else if (this.body.done) {
                    this.state = ENDED;
                }
            } else if (this.state === HEADS) {
                position = this.readHeads (data, position);
            } else {
                this.after = this.state === ENDED;
                return;
            }
        }
    }

    readHeads (data, start) {
        // Reads data from start, a line of the heads at a time; the position after what was read.
        let position = start;
        while ((position < data.length) && (this.state === HEADS) && (this.malformed === undefined)) {
            const ended = data.indexOf (0x0a, position) + 1;
            const end = (ended === 0) ? data.length : ended;
            this.line += data.toString ('latin1', position, end);
            position = end;
            if (ended === 0) {
                this.malformed = this.unended ();
            } else {
                const line = this.line;
                this.line = '';
                this.malformed = this.readLine (line);
            }
        }
        return position;
    }

    unended () {
        // Whether the heads may go on with the line not yet ended: the refusal's text once it is longer than a line,
        // or than the heads, may be (+ 1: a CR may still end it), or once it begins with a framing field's name in an
        // interim head (node:http's parser fails some values of its Content-Length as they arrive, with an error of
        // its own: this check comes first).
        if ((this.headBytes + this.line.length > MAX_HEADS) || (this.line.length > MAX_HEAD_LINE_BYTES + 1)) {
            return MALFORMED_HEAD;
        }
        return (this.interim && !this.statusNext && FRAMING_NAME.test (this.line)) ? NOT_INTERIM : undefined;
    }

    readLine (line) {
        // Reads a line of a head, ended by LF; the refusal's text, or undefined (as HeadLines._refusal).
        this.headBytes += line.length;
        if ((this.headBytes > MAX_HEADS) || (line.length > MAX_HEAD_LINE_BYTES + 2)) {
            return MALFORMED_HEAD;
        }
        if (this.statusNext) {
            const status = STATUS_LINE.exec (line);
            if (status === null) {
                return MALFORMED_HEAD;
            }
            this.status = Number (status[2]);
            this.interim = (this.status >= 100) && (this.status < 200) && (this.status !== 101);
            this.statusNext = false;
            this.headLines = 0;
            this.headSize = 0;
            this.lengths = [];
            this.encodings = [];
            if (!this.interim) {
                return undefined;
            }
            if ((status[3] !== undefined) && (status[3].length > MAX_HEAD_LINE)) { // (the final head's is fetch's)
                return MALFORMED_HEAD;
            }
            return (status[1] === '0') ? NOT_INTERIM : undefined; // (node:http's parser and aiohttp's took it for the last)
        }
        if (line === '\r\n') { // the head's end
            this.statusNext = true;
            return this.interim ? undefined : this.readFraming ();
        }
        if (!FIELD_LINE.test (line)) {
            return MALFORMED_HEAD;
        }
        const colon = line.indexOf (':');
        const name = line.slice (0, colon).toLowerCase ();
        const value = line.slice (colon + 1, -2);
        if (this.interim) { // (the final head's lines are fetch's to count and measure)
            const trimmed = value.replace (/^[ \t]+|[ \t]+$/g, '');
            this.headLines += 1;
            this.headSize += name.length + trimmed.length;
            if ((this.headLines > MAX_HEAD_LINES) || (name.length + trimmed.length > MAX_HEAD_LINE) || (this.headSize > MAX_HEAD)) {
                return MALFORMED_HEAD;
            }
            // (any value that holds close: node:http's parser and aiohttp's read it among others)
            if (FRAMING_NAME.test (line) || (CONNECTION_NAMES.has (name) && trimmed.toLowerCase ().includes ('close'))) {
                return NOT_INTERIM;
            }
        } else if (name === 'content-length') {
            this.lengths.push (value);
        } else if (name === 'transfer-encoding') {
            this.encodings.push (value);
        }
        return undefined;
    }

    readFraming () {
        // The final head read: how its body is framed (the refusal's text, or undefined).
        if (badlyFramed (this.lengths, this.encodings)) {
            return NOT_FRAMED;
        }
        if (!hasBody (this.status, this.method)) {
            this.state = ENDED;
        } else if (this.encodings.length > 0) {
            this.state = CHUNKS;
            this.body = new ChunkedBody ();
        } else if (this.lengths.length > 0) {
            this.left = Number (this.lengths[0].replace (/^[ \t]+/, '').replace (/ +$/, '')); // (digits, as badlyFramed read them)
            this.state = (this.left === 0) ? ENDED : LENGTH;
        } else {
            this.state = TO_THE_END;
        }
        return undefined;
    }
}
