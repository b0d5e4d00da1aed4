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
// where the body starts and how it is framed, and then the body, whose chunks a ChunkedBody reads. Only NativeExchange
// imports this module.

export const MALFORMED_BODY = 'a response\'s chunked body is not framed as every runtime reads it (chunk sizes of 1 to 16 hex digits, extensions of tokens, trailers as header lines, lines of 4,000 bytes at most ended by CR LF)';
export const NOT_FRAMED = 'a response\'s Content-Length is not one number below 2^64, or comes with Transfer-Encoding, or its Transfer-Encoding is not one line of chunked';
export const MALFORMED_HEAD = 'a response header line is malformed (not CR LF ended, folded, or not a token and a colon)';
const MAX_LINE = 4000; // bytes of a framing line before its CR LF
const MAX_TRAILER_LINES = 99;
const MAX_TRAILERS = 65536; // bytes of the trailer lines, their CR LF left out
const FRAMING_FIELDS = new Set ([ 'content-length', 'transfer-encoding' ]); // (no trailer's name: response_body.py)
// Bytes of a head held while it has not ended: twice the head that #send lets node:http's parser read
// (maxHeaderSize), which fails a longer one first.
const MAX_HEAD = 262144;
const LARGEST_LENGTH = 2n ** 64n - 1n; // (Node's parser counts a length in 64 bits and fails one past them)

// Lines are read as latin-1 text, one character a byte.
const TOKEN = '[!#$%&\'*+\\-.^_`|~0-9A-Za-z]+';
const QUOTED = '"(?:[\\t \\x21\\x23-\\x5b\\x5d-\\x7e\\x80-\\xff]|\\\\[\\t \\x21-\\x7e\\x80-\\xff])*"';
const SIZE_LINE = new RegExp ('^([0-9A-Fa-f]{1,16})(?:;' + TOKEN + '(?:=(?:' + TOKEN + '|' + QUOTED + '))?)*\\r\\n$');
// field-name ":" (a token), then a value without a control character but tabs (as response_head.py's _FIELD_LINE)
const FIELD = '[!#$%&\'*+\\-.^_`|~0-9A-Za-z]+:[^\\x00-\\x08\\x0a-\\x1f\\x7f]*';
const TRAILER_LINE = new RegExp ('^' + FIELD + '\\r\\n$');
const HEADER_LINE = new RegExp ('^' + FIELD + '$');
// HTTP/1.0 or 1.1, a space, the status code, then a space and the reason or nothing (as response_head.py's _STATUS)
const STATUS_LINE = /^HTTP\/1\.[01] ([0-9]{3})(?: [^\r\n]*)?$/;
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
            this.malformed = !TRAILER_LINE.test (line) || (this.trailerLines > MAX_TRAILER_LINES) || (this.trailerBytes > MAX_TRAILERS)
                || FRAMING_FIELDS.has (line.slice (0, line.indexOf (':')).toLowerCase ());
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
    // one), each ended by CR LF CR LF, whose lines are checked as response_head.py's well_formed checks them, then its
    // body, framed as the final head, the request's method and the status say: chunks (ChunkedBody), a
    // Content-Length, none, or the rest of the connection. malformed is the text of what is not framed as every
    // runtime reads it; after says bytes came after the response's end, which are dropped, and the connection with
    // them.
    constructor (method) {
        this.method = method;
        this.state = HEADS;
        this.head = ''; // a head not yet ended
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
        // Reads data from start up to the end of a head, which is then read; the position after what was read.
        let end = -1; // the position after the head's CR LF CR LF
        if (this.head.length > 0) { // (CR LF CR LF across the bytes held and the data)
            const held = Math.min (3, this.head.length);
            const joint = this.head.slice (-held) + data.toString ('latin1', start, start + 3);
            const at = joint.indexOf ('\r\n\r\n');
            end = (at < 0) ? -1 : start + at + 4 - held;
        }
        if (end < 0) {
            const at = data.indexOf ('\r\n\r\n', start, 'latin1');
            if (at < 0) {
                this.head += data.toString ('latin1', start);
                this.malformed = (this.head.length > MAX_HEAD) ? MALFORMED_HEAD : undefined;
                return data.length;
            }
            end = at + 4;
        }
        const head = this.head + data.toString ('latin1', start, end);
        this.head = '';
        this.readHead (head.slice (0, -4));
        return end;
    }

    readHead (head) {
        const lines = head.split ('\r\n');
        const status = STATUS_LINE.exec (lines[0]);
        if (status === null) {
            this.malformed = MALFORMED_HEAD;
            return;
        }
        const lengths = [];
        const encodings = [];
        for (let i = 1; i < lines.length; i++) {
            const line = lines[i];
            if (!HEADER_LINE.test (line)) {
                this.malformed = MALFORMED_HEAD;
                return;
            }
            const colon = line.indexOf (':');
            const name = line.slice (0, colon).toLowerCase ();
            if (name === 'content-length') {
                lengths.push (line.slice (colon + 1));
            } else if (name === 'transfer-encoding') {
                encodings.push (line.slice (colon + 1));
            }
        }
        const code = Number (status[1]);
        if ((code >= 100) && (code < 200) && (code !== 101)) {
            return; // an interim head: the next one follows
        }
        if (badlyFramed (lengths, encodings)) {
            this.malformed = NOT_FRAMED;
        } else if (!hasBody (code, this.method)) {
            this.state = ENDED;
        } else if (encodings.length > 0) {
            this.state = CHUNKS;
            this.body = new ChunkedBody ();
        } else if (lengths.length > 0) {
            this.left = Number (lengths[0].replace (/^[ \t]+/, '').replace (/ +$/, '')); // (digits, as badlyFramed read them)
            this.state = (this.left === 0) ? ENDED : LENGTH;
        } else {
            this.state = TO_THE_END;
        }
    }
}
