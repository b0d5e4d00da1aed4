// The portable part of the Exchange base class, written once in the subset and transpiled into
// python/exchangekit/base/exchange.py (and its asyncio twin) and php/base/Exchange.php. What cannot be
// portable (HTTP, crypto, time, JSON and the constructor) lives in NativeExchange, hand-written per language.

import NativeExchange from './NativeExchange.js';
import { ArgumentsRequired, AuthenticationError, BadRequest, BadResponse, BadSymbol, DDoSProtection, ExchangeError, ExchangeNotAvailable, InvalidOrder, NotSupported, OnMaintenance, PermissionDenied, RateLimitExceeded, RequestTimeout } from './errors.js';
import Precise from './Precise.js';
import { DECIMAL_PLACES, NO_PADDING, PAD_WITH_ZERO, ROUND, SIGNIFICANT_DIGITS, TICK_SIZE, TRUNCATE } from './functions/number.js';

export default class Exchange extends NativeExchange {
    // --- configuration -------------------------------------------------------------------------------

    describe () {
        return {
            'id': undefined,
            'name': undefined,
            'countries': undefined,
            'version': undefined,
            'enableRateLimit': true,
            'rateLimit': 2000, // milliseconds between two requests of cost 1
            'timeout': 10000, // milliseconds for the whole request: connecting, sending and receiving all of the body
            'maxResponseSize': 33554432, // bytes of response body as received (32 MiB)
            'maxDecompressedSize': 33554432, // bytes that a gzip or deflate response body may decompress to (32 MiB)
            'maxRetryAfter': 60000, // milliseconds: the longest Retry-After that the rate limiter honours
            'streaming': {
                'timeout': 10000, // milliseconds: the WebSocket handshake
                'keepAlive': 20000, // milliseconds between two pings; a connection silent since the last is dropped
                'maxFrameSize': 4194304, // bytes of one frame, decompressed (4 MiB)
                'maxQueue': 100, // updates waiting to be read per channel (the oldest dropped first)
                'maxFrames': 10000, // frames waiting to be handled (beyond: the connection is dropped and made again)
                'maxInboundSize': 67108864, // bytes of the frames waiting to be handled, as received (64 MiB; beyond: as maxFrames)
                'maxReconnects': 5, // attempts after a failed connection before the callers get the error
                'backoffBase': 500, // milliseconds before the first reconnection (doubled each time, with jitter)
                'backoffMax': 30000, // milliseconds: the longest wait between two reconnections
                'cacheLimit': 1000, // trades, candles, orders kept per channel
                'maxBookLevels': 20000, // levels a maintained order book keeps per side (the worst dropped beyond)
                'maxBalanceCurrencies': 10000, // currencies a stream's balance keeps (a new one dropped beyond)
            },
            'verbose': false,
            'userAgent': 'exchangekit',
            'headers': {},
            'proxy': undefined,
            'certified': false,
            'has': {
                'publicAPI': true,
                'privateAPI': true,
                'fetchMarkets': true,
                'fetchCurrencies': false,
                'fetchTicker': false,
                'fetchTickers': false,
                'fetchOrderBook': false,
                'fetchOHLCV': false,
                'fetchTrades': false,
                'fetchBalance': false,
                'createOrder': false,
                'cancelOrder': false,
                'editOrder': false,
                'fetchOrder': false,
                'fetchOrders': false,
                'fetchOpenOrders': false,
                'fetchClosedOrders': false,
                'fetchMyTrades': false,
                'fetchDeposits': false,
                'fetchWithdrawals': false,
                'fetchTransactions': false,
                'fetchLedger': false,
                'fetchDepositAddress': false,
                'withdraw': false,
                'fetchTime': false,
                'fetchStatus': false,
                'fetchTradingFees': false,
                'cancelAllOrders': false,
                'fetchOrderTrades': false,
                'fetchTradingFee': false,
                'fetchDepositAddresses': false,
                'createDepositAddress': false,
                'fetchDepositWithdrawFees': false,
                'transfer': false,
                'createMarketBuyOrderWithCost': false,
                'fetchPositions': false,
                'fetchPosition': false,
                'fetchFundingRate': false,
                'fetchFundingRates': false,
                'fetchFundingRateHistory': false,
                'fetchOpenInterest': false,
                'setLeverage': false,
                'setMarginMode': false,
                'fetchLeverage': false,
                'fetchMarkOHLCV': false,
                'fetchIndexOHLCV': false,
                'watchTicker': false,
                'watchTickers': false,
                'watchOrderBook': false,
                'watchTrades': false,
                'watchOHLCV': false,
                'watchBalance': false,
                'watchOrders': false,
                'watchMyTrades': false,
            },
            'urls': {
                'logo': undefined,
                'api': undefined,
                'www': undefined,
                'doc': undefined,
                'fees': undefined,
            },
            'api': {},
            'requiredCredentials': {
                'apiKey': true,
                'secret': true,
                'uid': false,
                'login': false,
                'password': false,
                'twofa': false,
                'privateKey': false,
                'walletAddress': false,
                'token': false,
            },
            'timeframes': undefined,
            'fees': {
                'trading': {
                    'tierBased': undefined,
                    'percentage': undefined,
                    'taker': undefined,
                    'maker': undefined,
                },
                'funding': {
                    'tierBased': undefined,
                    'percentage': undefined,
                    'withdraw': {},
                    'deposit': {},
                },
            },
            'precisionMode': DECIMAL_PLACES,
            'paddingMode': NO_PADDING,
            'options': {},
            'exceptions': {
                'exact': {},
                'broad': {},
            },
            'httpExceptions': {
                '400': BadRequest,
                '401': AuthenticationError,
                '403': PermissionDenied,
                '404': ExchangeNotAvailable,
                '408': RequestTimeout,
                '409': ExchangeNotAvailable,
                '418': DDoSProtection,
                '429': RateLimitExceeded,
                '500': ExchangeNotAvailable,
                '501': ExchangeNotAvailable,
                '502': ExchangeNotAvailable,
                '503': OnMaintenance,
                '504': RequestTimeout,
                '520': ExchangeNotAvailable,
                '521': ExchangeNotAvailable,
                '522': RequestTimeout,
                '525': ExchangeNotAvailable,
            },
            'commonCurrencies': {
                'XBT': 'BTC',
                'BCHABC': 'BCH',
                'BCHSV': 'BSV',
            },
        };
    }

    instanceDefaults () {
        // Set by the constructor before describe() and the user's config, so every property exists in
        // Python and PHP too, where reading an attribute that was never assigned is an error.
        return {
            'apiKey': undefined,
            'secret': undefined,
            'uid': undefined,
            'login': undefined,
            'password': undefined,
            'twofa': undefined,
            'privateKey': undefined,
            'walletAddress': undefined,
            'token': undefined,
            'markets': undefined,
            'marketsById': undefined,
            'symbols': undefined,
            'ids': undefined,
            'currencies': undefined,
            'currenciesById': undefined,
            'codes': undefined,
            'lastRestRequestTimestamp': undefined,
            'last_http_response': undefined,
            'last_json_response': undefined,
            'last_response_headers': undefined,
            'throttleTokens': 1,
            'throttleLast': undefined,
            'streams': {},
            'sessionTokens': {},
        };
    }

    credentials () {
        return {
            'apiKey': this.apiKey,
            'secret': this.secret,
            'uid': this.uid,
            'login': this.login,
            'password': this.password,
            'twofa': this.twofa,
            'privateKey': this.privateKey,
            'walletAddress': this.walletAddress,
            'token': this.token,
        };
    }

    checkRequiredCredentials (error = true) {
        const values = this.credentials ();
        const keys = Object.keys (this.requiredCredentials);
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            if (this.ownValue (this.requiredCredentials, key) === true) {
                const value = this.ownValue (values, key);
                let problem = undefined;
                if ((value === undefined) || (value === null) || (value === '')) {
                    problem = ' requires the "' + key + '" credential';
                } else if ((typeof value === 'number') && !(Math.abs (value) < Infinity)) {
                    // (NaN and the infinities are no credential: JSON writes them null; redactSecrets has no text of them)
                    problem = ' requires the "' + key + '" credential as a text or a finite number, not NaN nor an infinity';
                } else if ((typeof value === 'string') && !this.isUnicodeText (value)) {
                    // (see credentialForms: each runtime would send it otherwise, or fail with an error of its own)
                    problem = ' has a "' + key + '" credential that is not Unicode text (half of a surrogate pair alone, or bytes that are not UTF-8), which is not sent (nor shown)';
                }
                if (problem !== undefined) {
                    if (error) {
                        throw new AuthenticationError (this.id + problem);
                    }
                    return false;
                }
            }
        }
        return true;
    }

    keepSessionToken (name, token) {
        // A token that the exchange issued for this session (the access token of a sign-in, the token of a private
        // stream) grants what the credentials grant until it expires, and a server may echo it: it is kept under its
        // name, a renewal replacing the one before, and redacted from every message and log as the credentials are.
        // An absent token (undefined) is returned as it is, for the caller to report.
        if ((typeof name !== 'string') || (name === '__proto__')) { // (JavaScript would set no own key __proto__)
            throw new ExchangeError (this.id + ' keepSessionToken () takes the name of the token as a string');
        }
        if (token === undefined) {
            return token;
        }
        if (typeof token !== 'string') {
            throw new BadResponse (this.id + ' sent a ' + name + ' token that is not a string');
        }
        this.sessionTokens[name] = token;
        return token;
    }

    redactSecrets (text) {
        // Error messages and verbose logs go through this, so that no credential is ever shown, in any of
        // the encodings in which a message can hold it (see credentialForms). The longest forms go first: a credential
        // that holds another (a passphrase that holds the uid) was shown but for the shorter one ('Tr***ader!Pass').
        const values = Object.values (this.credentials ()).concat (Object.values (this.sessionTokens));
        const forms = [];
        for (let i = 0; i < values.length; i++) {
            const valueForms = this.credentialForms (values[i]);
            for (let j = 0; j < valueForms.length; j++) {
                forms.push ({ 'form': valueForms[j], 'length': valueForms[j].length });
            }
        }
        const longestFirst = this.sortBy (forms, 'length', true);
        // (a value that is no text, as this.json (undefined) gives for an empty body, is quoted as JavaScript writes
        // it: its split was a TypeError, outside the unified errors, in every runtime)
        let result = (typeof text === 'string') ? text : ('' + text);
        for (let i = 0; i < longestFirst.length; i++) {
            const form = longestFirst[i]['form'];
            if (form.length > 0) { // (never an empty form, whose split put *** between every two characters)
                result = result.split (form).join ('***');
            }
        }
        return result;
    }

    credentialForms (value) {
        // The texts that redactSecrets looks for of one credential or session token:
        // - a text, the texts of it that credentialTexts gives, each in every encoding of secretForms;
        // - a number, which checkRequiredCredentials takes (a config's password: 73915284) and an exchange sends as
        //   it is, as JavaScript writes it: String's text (a JSON body's, 1e+21) and numberToString's (a query's,
        //   1000000000000000000000), each in every encoding of secretForms. NaN and the infinities are no credential
        //   (checkRequiredCredentials refuses them, JSON writes them null): nothing of them is looked for, so that no
        //   'NaN' or 'Infinity' of a message is redacted (red-team round 58: numbers were not redacted at all);
        // - a text that is not Unicode (half of a surrogate pair alone in Node and Python, as JSON.parse ('"\udce9"')
        //   or os.environ gives one for bytes that are not UTF-8; bytes that are not UTF-8 in PHP), which no runtime
        //   can percent-encode or put in base64 alike (Node threw a URIError, Python a UnicodeEncodeError, and PHP's
        //   JSON gave an empty form that put *** between every two characters: red-team round 58): as it is, and as
        //   this.json writes it where it writes it (\udce9, Node and Python). checkRequiredCredentials refuses it, so
        //   that it is never sent.
        // Anything else (a boolean, a list) has no form.
        let texts = [];
        if (typeof value === 'number') {
            if (Math.abs (value) < Infinity) {
                texts = this.unique ([ '' + value, this.numberToString (value) ]);
            }
        } else if ((typeof value === 'string') && (value.length > 0)) {
            if (!this.isUnicodeText (value)) {
                const json = this.json (value);
                const escaped = (json.startsWith ('"') && (json.length > 2)) ? json.slice (1, json.length - 1) : value;
                return this.unique ([ value, escaped ]);
            }
            texts = this.credentialTexts (value);
        }
        let forms = [];
        for (let k = 0; k < texts.length; k++) {
            forms = forms.concat (this.secretForms (texts[k]));
        }
        return forms;
    }

    isUnicodeText (text) {
        // Whether a text is Unicode, which every runtime can encode alike: Node's and Python's texts may hold half of
        // a surrogate pair alone, PHP's bytes that are not UTF-8. this.json writes such a half as its escape (\udce9,
        // lower-case) in Node and Python, and PHP's writes no JSON text for bytes that are not UTF-8.
        const json = this.json (text);
        if ((json === undefined) || !json.startsWith ('"')) {
            return false;
        }
        if (json.indexOf ('\\ud') < 0) {
            return true;
        }
        // (a backslash of the text is escaped, \\: what follows it is no escape)
        const escapes = json.split ('\\\\').join (' ');
        const halves = [ '\\ud8', '\\ud9', '\\uda', '\\udb', '\\udc', '\\udd', '\\ude', '\\udf' ];
        for (let i = 0; i < halves.length; i++) {
            if (escapes.indexOf (halves[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    credentialTexts (value) {
        // A credential, and for one of several lines (a private key in PEM, as asymmetricJwt reads it) the other texts
        // of it that a message may hold: the key with its line breaks and with them written as the two characters \n
        // (users paste it either way, as a JSON file or an environment variable holds it), and the base64 between its
        // BEGIN and END lines, whole and each line of at least 16 characters (what a server or a library may echo of
        // it without the rest). Each is redacted in every encoding of secretForms.
        const texts = [ value ];
        if ((value.indexOf ('\n') < 0) && (value.indexOf ('\\n') < 0)) {
            return texts;
        }
        const broken = value.split ('\\r\\n').join ('\n').split ('\\n').join ('\n').split ('\r\n').join ('\n');
        const escaped = broken.split ('\n').join ('\\n');
        const others = [ broken, escaped ];
        const lines = broken.split ('\n');
        const parts = [];
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i].trim ();
            if ((line.length > 0) && !line.startsWith ('-----')) {
                parts.push (line);
                if ((line.length >= 16) && (others.length < 258)) { // (256 lines, after broken and escaped)
                    others.push (line);
                }
            }
        }
        const body = parts.join ('');
        if (body.length >= 16) {
            others.push (body);
        }
        // Each once (unique's table), the body joined once, and the first 256 lines one by one: a search of those kept
        // for each line, the body grown a line at a time and each line's forms took a server's token of 8,192 lines 4
        // to 13 s at every message redacted, in every runtime (red-team round 42). A private key in PEM has fewer than
        // 100 lines.
        return this.unique (this.arrayConcat (texts, others));
    }

    secretForms (value) {
        // A credential as it is, escaped inside a JSON string (a body: JSON.stringify's, and the other encoders' and
        // latin-1's of escapedForms), percent-encoded (a URL) and in base64 (an Authorization header). A value inside
        // a longer base64 text, such as 'Basic ' + base64 (key + ':' + secret), is encoded differently at each of the
        // three byte offsets it can start at, so each offset gives a form: the characters that depend on the value
        // alone.
        const json = this.json (value);
        const escaped = json.slice (1, json.length - 1);
        const forms = [ value ];
        const others = [ escaped ].concat (this.escapedForms (value, escaped)).concat (this.percentEncodedForms (value));
        for (let i = 0; i < others.length; i++) {
            if (!this.inArray (others[i], forms)) {
                forms.push (others[i]);
            }
        }
        const firstOwnCharacter = [ 0, 2, 3 ];
        for (let offset = 0; offset < 3; offset++) {
            let encoded = this.stringToBase64 ('..'.slice (0, offset) + value);
            const padding = encoded.indexOf ('=');
            if (padding >= 0) {
                encoded = encoded.slice (0, padding - 1); // the last character before the padding mixes in zero bits
            }
            const form = encoded.slice (firstOwnCharacter[offset]);
            if (form.length > 0) {
                forms.push (form);
            }
        }
        return forms;
    }

    escapedForms (value, json) {
        // A credential as the JSON encoders of other languages write it inside a string, where they differ from
        // JSON.stringify (json: its text of value, without the quotes), and as a client that reads UTF-8 as latin-1
        // shows it. A server echoed a credential so in a body, and the message showed it in every runtime (red-team
        // round 58; the password Tr&der<2026>'é, the key Xk7/Qw+9zR2pLm5vNb8cYt3==):
        // - PHP's json_encode: \/ for a slash, each character beyond ASCII as \u and four lower-case hex digits (one
        //   beyond U+FFFF as its two surrogates, \ud83d\ude00);
        // - Python's json.dumps: each character beyond ASCII so (ensure_ascii), and DEL (\u007f);
        // - Go's encoding/json: \u0026 \u003c \u003e for & < >, and \u2028 \u2029 for U+2028 and U+2029;
        // - .NET's System.Text.Json: each character beyond ASCII, " & ' + < > ` and DEL as \u and four upper-case
        //   hex digits (\u0022 for ", \u002B for +), the control characters too (but \b \t \n \f \r);
        // - UTF-8 read as latin-1, a byte a character ('PÃ¤sswÃ¶rd'), as every runtime reads a response's reason
        //   phrase and its headers.
        // Each is built with a split and a join for each character that it writes otherwise; only a text beyond
        // ASCII is walked, an escape of its percent-encoding at a time, each character's escapes worked out once.
        let lower = json; // each character beyond ASCII as a \u escape in lower-case hex digits
        let upper = json; // so in upper-case hex digits
        let latin1 = value;
        const encoded = this.encodeURIComponent (json);
        if ((encoded.indexOf ('%C') >= 0) || (encoded.indexOf ('%D') >= 0) || (encoded.indexOf ('%E') >= 0) || (encoded.indexOf ('%F') >= 0)) {
            // (a UTF-8 sequence starts with a byte from C2 to F4; json holds no control character, only its escapes)
            const printable = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f';
            const hexDigits = '0123456789abcdef';
            const known = {}; // the two escapes of each character met, by its UTF-8 bytes in hex ('C3A9')
            const parts = encoded.split ('%');
            const lowerParts = [ parts[0] ];
            const upperParts = [ parts[0] ];
            let i = 1;
            while (i < parts.length) {
                const lead = parts[i].slice (0, 2);
                let last = i;
                if (lead < '80') {
                    const character = printable.charAt (parseInt (lead, 16) - 32);
                    lowerParts.push (character);
                    upperParts.push (character);
                } else {
                    const first = lead.charAt (0);
                    last = (first === 'F') ? (i + 3) : ((first === 'E') ? (i + 2) : (i + 1));
                    const sequence = parts.slice (i, last).join ('') + parts[last].slice (0, 2);
                    let escapes = this.ownValue (known, sequence);
                    if (escapes === undefined) {
                        let code = parseInt (lead, 16) - ((first === 'F') ? 240 : ((first === 'E') ? 224 : 192));
                        for (let k = i + 1; k <= last; k++) {
                            code = code * 64 + parseInt (parts[k].slice (0, 2), 16) - 128;
                        }
                        let units = [ code ];
                        if (code >= 65536) {
                            units = [ 55296 + Math.floor ((code - 65536) / 1024), 56320 + ((code - 65536) % 1024) ];
                        }
                        escapes = [ '', '' ];
                        for (let k = 0; k < units.length; k++) {
                            const digits = [ Math.floor (units[k] / 4096), Math.floor (units[k] / 256) % 16, Math.floor (units[k] / 16) % 16, units[k] % 16 ];
                            const hex = hexDigits.charAt (digits[0]) + hexDigits.charAt (digits[1]) + hexDigits.charAt (digits[2]) + hexDigits.charAt (digits[3]);
                            escapes[0] = escapes[0] + '\\u' + hex;
                            escapes[1] = escapes[1] + '\\u' + hex.toUpperCase ();
                        }
                        known[sequence] = escapes;
                    }
                    lowerParts.push (escapes[0]);
                    upperParts.push (escapes[1]);
                }
                const rest = parts[last].slice (2);
                lowerParts.push (rest);
                upperParts.push (rest);
                i = last + 1;
            }
            lower = lowerParts.join ('');
            upper = upperParts.join ('');
            // each byte of the UTF-8 as the character of its number (JSON's \u00XX), the text cut at each _ so that
            // no part is refused for holding __proto__ (parseJson)
            const bytes = this.encodeURIComponent (value).split ('%').join ('\\u00');
            const latin1Parts = this.parseJson ('["' + bytes.split ('_').join ('","') + '"]');
            if (Array.isArray (latin1Parts)) {
                latin1 = latin1Parts.join ('_');
            }
        }
        const replacements = [
            // PHP's, Python's and Go's escapes of ASCII characters
            [ [ '/', '\\/' ] ],
            [ [ '\x7f', '\\u007f' ] ],
            [ [ '&', '\\u0026' ], [ '<', '\\u003c' ], [ '>', '\\u003e' ], [ '\u2028', '\\u2028' ], [ '\u2029', '\\u2029' ] ],
            // .NET's (a quote is escaped in json, \", a backslash \\, neither one's part of the other)
            [ [ '\\"', '\\u0022' ], [ '&', '\\u0026' ], [ '\'', '\\u0027' ], [ '+', '\\u002B' ], [ '<', '\\u003C' ], [ '>', '\\u003E' ], [ '`', '\\u0060' ], [ '\x7f', '\\u007F' ] ],
        ];
        const forms = [ lower, lower, json, upper ];
        for (let i = 0; i < forms.length; i++) {
            for (let j = 0; j < replacements[i].length; j++) {
                if (forms[i].indexOf (this.safeString (replacements[i][j], 0)) >= 0) {
                    forms[i] = forms[i].split (replacements[i][j][0]).join (replacements[i][j][1]);
                }
            }
        }
        if (json.indexOf ('\\u00') >= 0) {
            // .NET's escapes of control characters in upper-case hex digits (JSON.stringify's: \u001f), looked for
            // between the escaped backslashes of the text, before which a \ starts an escape
            const pieces = forms[3].split ('\\\\');
            const letters = [ [ 'a', 'A' ], [ 'b', 'B' ], [ 'c', 'C' ], [ 'd', 'D' ], [ 'e', 'E' ], [ 'f', 'F' ] ];
            for (let i = 0; i < pieces.length; i++) {
                for (let j = 0; j < letters.length; j++) {
                    pieces[i] = pieces[i].split ('\\u000' + letters[j][0]).join ('\\u000' + letters[j][1]);
                    pieces[i] = pieces[i].split ('\\u001' + letters[j][0]).join ('\\u001' + letters[j][1]);
                }
            }
            forms[3] = pieces.join ('\\\\');
        }
        forms.push (latin1);
        return forms;
    }

    percentEncodedForms (value) {
        // A credential as the percent-encoders that a server may echo it with write it: encodeURIComponent's, those
        // that differ from it in a space ('+' in a form) or in ! ' ( ) * ~ (escaped or not), and a URL path's as
        // implodeParams writes it (: @ $ & + , ; = kept); then each with the escapes' hexadecimal digits in lower case
        // (.NET's HttpUtility). A server that echoed a request's form body ('my+pass%27%281%29%2A%21~') had the
        // credential shown in every runtime's message (red-team round 20).
        const uri = this.encodeURIComponent (value);
        // encodeURIComponent's text with lower-case escapes, joined once: each form grown an escape at a time was
        // copied whole at each escape in Python and PHP (a session token of 8,192 lines of base64, 18 s a message).
        // Past 64 escapes, each digit is lowered by a split and a join of the escapes that hold it ('%' starts an
        // escape and nothing else): at most 102, each a pass of the runtime's own over the text, where the escapes
        // one at a time took a session token beyond ASCII of 8,192 lines seconds in Python and PHP.
        const parts = uri.split ('%');
        let lowered = uri;
        if (parts.length <= 65) {
            const loweredParts = [ parts[0] ];
            for (let i = 1; i < parts.length; i++) {
                loweredParts.push (parts[i].slice (0, 2).toLowerCase () + parts[i].slice (2));
            }
            lowered = loweredParts.join ('%');
        } else {
            const letters = [ [ 'A', 'a' ], [ 'B', 'b' ], [ 'C', 'c' ], [ 'D', 'd' ], [ 'E', 'e' ], [ 'F', 'f' ] ];
            const firstDigits = '0123456789abcdef';
            for (let j = 0; j < letters.length; j++) {
                if (lowered.indexOf ('%' + letters[j][0]) >= 0) {
                    lowered = lowered.split ('%' + letters[j][0]).join ('%' + letters[j][1]);
                }
            }
            for (let d = 0; d < firstDigits.length; d++) {
                for (let j = 0; j < letters.length; j++) {
                    const escape = '%' + firstDigits.charAt (d) + letters[j][0];
                    if (lowered.indexOf (escape) >= 0) {
                        lowered = lowered.split (escape).join ('%' + firstDigits.charAt (d) + letters[j][1]);
                    }
                }
            }
        }
        const escapes = [ [ '!', '%21', '%21' ], [ '\'', '%27', '%27' ], [ '(', '%28', '%28' ], [ ')', '%29', '%29' ], [ '*', '%2A', '%2a' ], [ '~', '%7E', '%7e' ] ];
        const encoders = [
            [ '+', '!\'()~' ], // application/x-www-form-urlencoded (URLSearchParams, Java's URLEncoder): keeps *
            [ '+', '!\'()*~' ], // PHP's urlencode
            [ '+', '!\'()*' ], // Python's quote_plus, Go's QueryEscape, Ruby's CGI.escape: keep ~
            [ '%20', '!\'()*' ], // RFC 3986 (PHP's rawurlencode, Python's quote)
            [ '+', '\'~' ], // .NET's WebUtility.UrlEncode: keeps ! ( ) *
        ];
        // (pathSegmentText's, which an exchange may redefine: its escapes of these characters, a % of the value being %25)
        const kept = [
            [ ':', '%3A', '%3a' ], [ '@', '%40', '%40' ], [ '$', '%24', '%24' ], [ '&', '%26', '%26' ], [ '+', '%2B', '%2b' ], [ ',', '%2C', '%2c' ], [ ';', '%3B', '%3b' ], [ '=', '%3D', '%3d' ],
        ];
        // (only the characters that the text holds are replaced: most credentials hold none of them)
        const space = uri.indexOf ('%20') >= 0;
        const held = [];
        for (let j = 0; j < escapes.length; j++) {
            if (uri.indexOf (this.safeString (escapes[j], 0)) >= 0) {
                held.push (escapes[j]);
            }
        }
        const forms = [];
        const cases = [ uri, lowered ]; // each form in upper case, then in lower case
        for (let i = 0; i <= encoders.length + 1; i++) {
            for (let c = 0; c < cases.length; c++) {
                let form = cases[c];
                if (i === encoders.length + 1) {
                    for (let j = 0; j < kept.length; j++) {
                        if (form.indexOf (this.safeString (kept[j], c + 1)) >= 0) {
                            form = form.split (kept[j][c + 1]).join (kept[j][0]);
                        }
                    }
                } else if (i > 0) {
                    if (space) {
                        form = form.split ('%20').join (encoders[i - 1][0]);
                    }
                    for (let j = 0; j < held.length; j++) {
                        if (this.safeString (encoders[i - 1], 1).includes (this.safeString (held[j], 0))) {
                            form = form.split (held[j][0]).join (held[j][c + 1]);
                        }
                    }
                }
                if (!this.inArray (form, forms)) {
                    forms.push (form);
                }
            }
        }
        return forms;
    }

    // --- implicit API --------------------------------------------------------------------------------

    implicitApiMethods () {
        // Flattens the api tree of describe() into one entry per endpoint. The native constructor turns
        // each entry into a method: publicGetTickerPair in JS, public_get_ticker_pair and the camelCase
        // alias in Python and PHP.
        return this.collectImplicitApi (this.api, []);
    }

    collectImplicitApi (tree, path) {
        // Returns a new list rather than filling one passed in: PHP passes arrays by value.
        let result = [];
        const keys = Object.keys (tree);
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            const value = this.ownValue (tree, key);
            const method = key.toUpperCase ();
            const isHttpMethod = this.inArray (method, [ 'GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS' ]);
            if (isHttpMethod && (path.length > 0)) {
                let endpoints = [];
                if (Array.isArray (value)) {
                    endpoints = value;
                } else {
                    endpoints = Object.keys (value);
                }
                for (let j = 0; j < endpoints.length; j++) {
                    const endpoint = endpoints[j];
                    let cost = 1;
                    if (!Array.isArray (value)) {
                        cost = this.ownValue (value, endpoint);
                    }
                    let api = path;
                    if (path.length === 1) {
                        api = path[0];
                    }
                    result.push ({
                        'name': this.camelCaseWords (this.arrayConcat (this.arrayConcat (path, [ key ]), this.splitWords (endpoint))),
                        'path': endpoint,
                        'api': api,
                        'method': method,
                        'cost': cost,
                    });
                }
            } else if ((typeof value === 'object') && !Array.isArray (value)) {
                result = result.concat (this.collectImplicitApi (value, this.arrayConcat (path, [ key ])));
            }
        }
        return result;
    }

    splitWords (text) {
        // 'ticker/{pair}' -> [ 'ticker', 'pair' ]: runs of ASCII letters and digits.
        const alphanumeric = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
        const words = [];
        let word = '';
        for (let i = 0; i < text.length; i++) {
            const character = text.charAt (i);
            if (alphanumeric.indexOf (character) >= 0) {
                word = word + character;
            } else if (word.length > 0) {
                words.push (word);
                word = '';
            }
        }
        if (word.length > 0) {
            words.push (word);
        }
        return words;
    }

    camelCaseWords (words) {
        let result = '';
        for (let i = 0; i < words.length; i++) {
            const word = words[i];
            if (i === 0) {
                result = word.charAt (0).toLowerCase () + word.slice (1);
            } else {
                result = result + word.charAt (0).toUpperCase () + word.slice (1);
            }
        }
        return result;
    }

    // --- rate limiting: a token bucket ----------------------------------------------------------------

    async throttle (cost = 1) {
        const delay = this.throttleDelay (cost);
        if (delay > 0) {
            await this.sleep (delay);
        }
    }

    throttleDelay (cost) {
        // A token bucket refilled at one token per rateLimit milliseconds, holding at most one. Each call
        // takes its cost at once (the balance may go negative) and returns how long to wait until the
        // balance it left is paid back, so concurrent calls queue in the order they arrived. The clock is
        // monotonicMilliseconds and the wait is sleep, both native (and replaced by tests).
        if ((typeof cost !== 'number') || !(cost >= 0) || (cost === Infinity)) {
            // (from the api tree or a request's config: a negative cost would refill the bucket, NaN empty it for good)
            throw new ExchangeError (this.id + ' a request\'s cost must be a number of 0 or more, not ' + this.json (cost));
        }
        this.refillThrottle ();
        const tokens = this.throttleTokens - cost;
        const delay = (tokens < 0) ? -tokens * this.rateLimit : 0;
        if (delay > 2147483647) {
            // longer than sleep waits: refused before it is taken, or every later request would wait as long
            throw new ExchangeError (this.id + ' a request\'s cost of ' + this.numberToString (cost) + ' would wait ' + this.numberToString (delay) + ' ms, longer than a sleep can');
        }
        this.throttleTokens = tokens;
        return delay;
    }

    refillThrottle () {
        const now = this.monotonicMilliseconds ();
        if (this.throttleLast !== undefined) {
            this.throttleTokens = Math.min (1, this.throttleTokens + (now - this.throttleLast) / this.rateLimit);
        }
        this.throttleLast = now;
    }

    holdThrottle (delay) {
        // Retry-After: the bucket holds no more than it would had it been emptied and started refilling
        // delay milliseconds from now, so that no request of cost 1 leaves before then.
        this.refillThrottle ();
        this.throttleTokens = Math.min (this.throttleTokens, 1 - delay / this.rateLimit);
    }

    // --- request pipeline: implicit method -> request -> fetch2 -> throttle, sign, fetch -------------

    async request (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined, config = {}) {
        return await this.fetch2 (path, api, method, params, headers, body, config);
    }

    async fetch2 (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined, config = {}) {
        if (this.enableRateLimit) {
            await this.throttle (this.safeNumber (config, 'cost', 1));
        }
        this.lastRestRequestTimestamp = this.milliseconds ();
        const request = this.sign (path, api, method, params, headers, body);
        // A url or a method that is not a string failed otherwise in each runtime's fetch (an ExchangeError in Node, a
        // native TypeError in Python and PHP, which no catch clause sees: red-team round 56).
        if ((typeof request['url'] !== 'string') || (typeof request['method'] !== 'string')) {
            throw new ExchangeError (this.id + ' sign () returned a url or a method that is not a string');
        }
        let requestHeaders = request['headers'];
        if (this.safeBool (request, 'basicAuth') === true) {
            // HTTP Basic authentication: the header holds the key and the secret themselves, which exchange code
            // may not read (SUB-B009), so sign () asks for it and the pipeline adds it.
            requestHeaders = this.extend ((requestHeaders === undefined) ? {} : requestHeaders, { 'Authorization': this.basicAuthorization () });
        }
        return await this.fetch (request['url'], request['method'], requestHeaders, request['body']);
    }

    basicAuthorization () {
        // 'Basic ' + base64 (apiKey + ':' + secret) (RFC 7617), for a request whose sign () returned basicAuth: true.
        // A colon in the key would move the split between user and password: refused rather than sent.
        this.checkRequiredCredentials ();
        if (this.apiKey.indexOf (':') >= 0) {
            throw new AuthenticationError (this.id + ' apiKey holds a colon, which HTTP Basic authentication cannot carry');
        }
        return 'Basic ' + this.stringToBase64 (this.apiKey + ':' + this.secret);
    }

    sign (path, api = 'public', method = 'GET', params = {}, headers = undefined, body = undefined) {
        // The default for public endpoints: the path's {placeholders} from params, the rest as a query.
        let url = this.implodeHostname (this.urls['api']);
        if (typeof url === 'object') {
            url = this.ownValue (url, api);
        }
        url = url + '/' + this.implodeParams (path, params);
        const query = this.omit (params, this.extractParams (path));
        if (Object.keys (query).length > 0) {
            url = url + '?' + this.urlencode (query);
        }
        return { 'url': url, 'method': method, 'body': body, 'headers': headers };
    }

    implodeHostname (url) {
        return url;
    }

    handleRestResponse (status, reason, url, method, responseHeaders, responseBody, requestHeaders, requestBody) {
        // Called by the native fetch with the HTTP response, its body decoded to text: redirects first,
        // then Retry-After, the exchange's errors, the status code and the JSON itself. Redirects are
        // never followed, so that neither credentials nor a request body can be sent anywhere else. The headers' names
        // are in lower case, as node:http gives them, for exchange code too (handleErrors, last_response_headers):
        // Python's and PHP's clients kept the server's spelling, so that responseHeaders['Content-Type'] was undefined
        // in Node alone (red-team round 24).
        const headers = this.headerValues (responseHeaders);
        if ((status >= 300) && (status < 400)) {
            const location = this.safeString (headers, 'location', '');
            throw new BadResponse (this.redactSecrets (this.id + ' ' + method + ' ' + url + ' ' + this.numberToString (status) + ' ' + reason + ': a redirect to ' + location + ' is not followed'));
        }
        const delay = this.retryAfterDelay (status, headers);
        if (delay !== undefined) {
            this.holdThrottle (delay);
        }
        const json = this.parseJson (responseBody);
        this.last_http_response = responseBody;
        this.last_json_response = json;
        this.last_response_headers = headers;
        this.handleErrors (status, reason, url, method, headers, responseBody, json, this.headersForExchange (requestHeaders), requestBody);
        this.handleHttpStatusCode (status, reason, url, method, responseBody);
        if (json === undefined) {
            if (responseBody.length === 0) {
                return undefined; // (an answer without a body: 204, and a 200 of some exchanges, bitFlyer's cancels)
            }
            throw new BadResponse (this.redactSecrets (this.id + ' ' + method + ' ' + url + ' returned a body that is not JSON: ' + this.excerpt (responseBody)));
        }
        return json;
    }

    headersForExchange (headers) {
        // The request's headers as handleErrors sees them: an HTTP Basic Authorization (basicAuthorization) is the
        // key and the secret in base64, which exchange code may not read (SUB-B009), so its value is masked.
        if ((typeof headers !== 'object') || (headers === null)) {
            return headers;
        }
        const result = {};
        const names = Object.keys (headers);
        for (let i = 0; i < names.length; i++) {
            const value = this.ownValue (headers, names[i]);
            const basic = (typeof value === 'string') && (value.slice (0, 6).toLowerCase () === 'basic ');
            result[names[i]] = basic ? 'Basic ***' : value;
        }
        return result;
    }

    headerValues (headers) {
        // Header names are case-insensitive, and each runtime's HTTP client keeps them in its own case.
        const result = {};
        const names = Object.keys (headers);
        for (let i = 0; i < names.length; i++) {
            result[names[i].toLowerCase ()] = this.ownValue (headers, names[i]);
        }
        return result;
    }

    retryAfterDelay (status, responseHeaders) {
        // The milliseconds that a 429 or 503 asks to wait before the next request (Retry-After: seconds or
        // an HTTP date), at most maxRetryAfter; undefined when it does not say.
        if ((status !== 429) && (status !== 503)) {
            return undefined;
        }
        const value = this.safeString (this.headerValues (responseHeaders), 'retry-after');
        if (value === undefined) {
            return undefined;
        }
        const seconds = this.parseNumber (value.trim ());
        let delay = undefined;
        if (seconds !== undefined) {
            delay = seconds * 1000;
        } else {
            const date = this.parseDate (value);
            if (date === undefined) {
                return undefined;
            }
            delay = date - this.milliseconds ();
        }
        return Math.min (Math.max (delay, 0), this.maxRetryAfter);
    }

    handleErrors (status, reason, url, method, responseHeaders, responseBody, response, requestHeaders, requestBody) {
        // Exchanges override this to map their error payloads with throwExactlyMatchedException and
        // throwBroadlyMatchedException; returning means "no exchange-specific error here".
        return undefined;
    }

    handleHttpStatusCode (status, reason, url, method, body) {
        const key = this.numberToString (status);
        const errorClass = this.ownValue (this.httpExceptions, key);
        if ((errorClass === undefined) && !((status < 200) || (status >= 300))) {
            return;
        }
        const message = this.redactSecrets (this.id + ' ' + method + ' ' + url + ' ' + key + ' ' + reason + ' ' + this.excerpt (body));
        if (errorClass !== undefined) {
            this.throwError (errorClass, message);
        }
        throw new ExchangeError (message);
    }

    excerpt (text) {
        // A response's body as a message quotes it: its credentials redacted first (a cut through one showed its
        // first part; exchange code quotes bodies with this too), then its first 200 code units, or 199 where the
        // 200th is the first half of a surrogate pair (an emoji that a server put there): Python and PHP hold no half of one, and a cut through it raised a native
        // error there, outside the error hierarchy, where Node wrote the half (a 429 was RateLimitExceeded in Node
        // alone). Node's encodeURIComponent refuses the half, as their slice does. Python and PHP define it natively
        // (NATIVE_PRIMITIVES): the cut is Unportable there since round 15, which no catch clause of emitted code sees.
        const redacted = this.redactSecrets (text);
        if (redacted.length > 200) {
            let head = '';
            try {
                head = redacted.slice (0, 200);
                this.encodeURIComponent (head);
            } catch (e) {
                this.rethrowUncaught (e);
                head = redacted.slice (0, 199);
            }
            return head + '...';
        }
        return redacted;
    }

    throwExactlyMatchedException (exact, string, message) {
        const errorClass = (string === undefined) ? undefined : this.ownValue (exact, string);
        if (errorClass !== undefined) {
            this.throwError (errorClass, this.redactSecrets (message));
        }
    }

    throwBroadlyMatchedException (broad, string, message) {
        const key = this.findBroadlyMatchedKey (broad, string);
        if (key !== undefined) {
            this.throwError (this.ownValue (broad, key), this.redactSecrets (message));
        }
    }

    findBroadlyMatchedKey (broad, string) {
        // (only a text holds a key: a response's number or dictionary where its message belongs matches none, where
        // its indexOf was a TypeError, and an empty dictionary's a list's indexOf in PHP)
        if (typeof string !== 'string') {
            return undefined;
        }
        const keys = Object.keys (broad);
        for (let i = 0; i < keys.length; i++) {
            const key = this.safeString (keys, i);
            if (string.indexOf (key) >= 0) {
                return key;
            }
        }
        return undefined;
    }

    // --- encoding of URLs -----------------------------------------------------------------------------

    extractParams (path) {
        // 'ticker/{pair}/{depth}' -> [ 'pair', 'depth' ]
        const result = [];
        const parts = path.split ('{');
        for (let i = 1; i < parts.length; i++) {
            const end = parts[i].indexOf ('}');
            if (end >= 0) {
                result.push (parts[i].slice (0, end));
            }
        }
        return result;
    }

    implodeParams (path, params) {
        // 'ticker/{pair}' with { 'pair': 'XBTUSD' } -> 'ticker/XBTUSD'. A value is written as a part of one path
        // segment (pathSegmentText): an id from a caller or a server ('1/../users/balances', '1?all=true', '')
        // cannot make the request name another endpoint, which the user's keys would sign.
        let result = path;
        const keys = Object.keys (params);
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            const value = this.ownValue (params, key);
            const placeholder = '{' + key + '}';
            if (((typeof value === 'string') || (typeof value === 'number')) && (result.indexOf (placeholder) >= 0)) {
                result = result.split (placeholder).join (this.pathSegmentText (this.numberToString (value)));
            }
        }
        return result;
    }

    pathSegmentText (text) {
        // Percent-encoded as encodeURIComponent does, but for the characters a path segment holds as they are
        // (RFC 3986: : @ $ & + , ; =), so that ids such as 'trade:1m:tBTCUSD' are sent as before. An empty value or
        // a dot segment would name the parent path ('orders/' for 'orders/{id}': on some APIs, all the orders),
        // which every HTTP client resolves: refused.
        if ((text === '') || (text === '.') || (text === '..')) {
            throw new BadRequest (this.id + ' a value put into a URL path cannot be empty, . or ..: ' + this.json (text));
        }
        let encoded = this.encodeURIComponent (text);
        // (encodeURIComponent's escapes of those characters, and the characters; a % of the text is %25, so each
        // escape found here stands for the character)
        const kept = [
            [ '%3A', ':' ], [ '%40', '@' ], [ '%24', '$' ], [ '%26', '&' ], [ '%2B', '+' ], [ '%2C', ',' ], [ '%3B', ';' ], [ '%3D', '=' ],
        ];
        for (let i = 0; i < kept.length; i++) {
            encoded = encoded.split (kept[i][0]).join (kept[i][1]);
        }
        return encoded;
    }

    urlencode (params) {
        // key=value pairs joined by &, percent-encoded as encodeURIComponent does (space is %20).
        // Numbers keep JavaScript's formatting, booleans are 'true'/'false', undefined values are left
        // out, a list repeats its key (a=1&a=2) and a dictionary nests with brackets (a[b]=1).
        return this.encodeQuery (params, true, false);
    }

    rawencode (params) {
        // urlencode without percent-encoding, for exchanges that sign the raw query.
        return this.encodeQuery (params, false, false);
    }

    urlencodeNested (params) {
        // Lists nest with indices too: a[0]=1&a[1]=2.
        return this.encodeQuery (params, true, true);
    }

    encodeQuery (params, encode, indexLists) {
        const pairs = this.queryPairs (params, undefined, indexLists);
        const parts = [];
        for (let i = 0; i < pairs.length; i++) {
            const [ key, value ] = pairs[i];
            if (encode) {
                parts.push (this.encodeURIComponent (key) + '=' + this.encodeURIComponent (value));
            } else {
                parts.push (key + '=' + value);
            }
        }
        return parts.join ('&');
    }

    queryPairs (value, prefix, indexLists, depth = 0) {
        // [ key, string ] pairs of a (nested) value; a new list each time, since PHP passes arrays by value.
        // At most 512 levels (depth counts them): each runtime's stack holds another number, and a value nested 1,500
        // deep failed in Python alone, 10,000 in Node (a RangeError, which a catch clause saw) and not in PHP.
        if ((typeof depth !== 'number') || !(depth >= 0) || (depth > 512)) {
            throw new ExchangeError ('urlencode writes values nested 512 levels deep at most');
        }
        if (typeof value === 'boolean') {
            return [ [ prefix, value ? 'true' : 'false' ] ];
        }
        if (typeof value === 'number') {
            return [ [ prefix, this.numberToString (value) ] ];
        }
        if (typeof value === 'string') {
            return [ [ prefix, value ] ];
        }
        let result = [];
        if (Array.isArray (value) && (prefix !== undefined)) {
            for (let i = 0; i < value.length; i++) {
                const key = indexLists ? (prefix + '[' + this.numberToString (i) + ']') : prefix;
                result = result.concat (this.queryPairs (value[i], key, indexLists, depth + 1));
            }
        } else if ((typeof value === 'object') && (value !== null)) {
            // (a null value, which a caller's params may hold, is left out as undefined is, in Node too)
            const keys = Object.keys (value);
            for (let i = 0; i < keys.length; i++) {
                const key = (prefix === undefined) ? keys[i] : (prefix + '[' + keys[i] + ']');
                result = result.concat (this.queryPairs (this.ownValue (value, keys[i]), key, indexLists, depth + 1));
            }
        }
        return result;
    }

    ymdhms (timestamp, infix = ' ') {
        // 1700000000000 -> '2023-11-14 22:13:20'
        const text = this.iso8601 (timestamp);
        return (text === undefined) ? undefined : text.slice (0, 10) + infix + text.slice (11, 19);
    }

    ymd (timestamp, infix = '-') {
        // 1700000000000 -> '2023-11-14'
        const text = this.iso8601 (timestamp);
        return (text === undefined) ? undefined : text.slice (0, 10).split ('-').join (infix);
    }

    yyyymmdd (timestamp, infix = '-') {
        return this.ymd (timestamp, infix);
    }

    yymmdd (timestamp, infix = '') {
        // 1700000000000 -> '231114'
        const text = this.ymd (timestamp, infix);
        return (text === undefined) ? undefined : text.slice (2);
    }

    nonce () {
        return this.seconds ();
    }

    // --- safe accessors: missing keys, null and '' give the default ----------------------------------

    safeValue (dictionary, key, defaultValue = undefined) {
        // (JSON's null is undefined here, as it is None in Python and null in PHP.)
        if ((dictionary === undefined) || (dictionary === null) || (key === undefined) || (key === null) || (typeof dictionary !== 'object')) {
            return defaultValue;
        }
        const value = this.ownValue (dictionary, key);
        if ((value === undefined) || (value === null) || (value === '')) {
            return defaultValue;
        }
        return value;
    }

    safeValue2 (dictionary, key1, key2, defaultValue = undefined) {
        // safeValueN (dictionary, [ key1, key2 ], defaultValue) without making the list (a trade reads several keys this
        // way; safeString2, safeNumber2 and safeInteger2 read through it).
        const value = this.safeValue (dictionary, key1);
        return (value === undefined) ? this.safeValue (dictionary, key2, defaultValue) : value;
    }

    safeValueN (dictionary, keys, defaultValue = undefined) {
        for (let i = 0; i < keys.length; i++) {
            const value = this.safeValue (dictionary, keys[i]);
            if (value !== undefined) {
                return value;
            }
        }
        return defaultValue;
    }

    safeString (dictionary, key, defaultValue = undefined) {
        if ((typeof key === 'number') && Array.isArray (dictionary)) {
            // A list's element by its number, read at a site of its own (lists of strings and numbers: tickers'
            // and trades' rows), as safeValue reads it: lists inherit no numbered entries; '' and null are missing.
            const index = key * 1; // (typed as a number for the read by index)
            const value = dictionary[index];
            return ((value === '') || (value === null)) ? defaultValue : this.stringOf (value, defaultValue);
        }
        return this.stringOf (this.safeValue (dictionary, key), defaultValue);
    }

    safeString2 (dictionary, key1, key2, defaultValue = undefined) {
        return this.stringOf (this.safeValue2 (dictionary, key1, key2), defaultValue);
    }

    safeStringN (dictionary, keys, defaultValue = undefined) {
        return this.stringOf (this.safeValueN (dictionary, keys), defaultValue);
    }

    stringOf (value, defaultValue = undefined) {
        // A value read by safeValue as a string: numbers as numberToString writes them, booleans as 'true' and 'false'.
        if (typeof value === 'string') {
            return value;
        }
        if (typeof value === 'number') {
            return this.numberToString (value);
        }
        if (typeof value === 'boolean') {
            return value ? 'true' : 'false';
        }
        return defaultValue;
    }

    safeStringLower (dictionary, key, defaultValue = undefined) {
        const value = this.safeString (dictionary, key);
        return (value === undefined) ? defaultValue : value.toLowerCase ();
    }

    safeStringLower2 (dictionary, key1, key2, defaultValue = undefined) {
        // (the value of safeStringLowerN (dictionary, [ key1, key2 ], defaultValue), read without making the list, as
        // the other 2 forms below)
        const value = this.stringOf (this.safeValue2 (dictionary, key1, key2));
        return (value === undefined) ? defaultValue : value.toLowerCase ();
    }

    safeStringLowerN (dictionary, keys, defaultValue = undefined) {
        const value = this.safeStringN (dictionary, keys);
        return (value === undefined) ? defaultValue : value.toLowerCase ();
    }

    safeStringUpper (dictionary, key, defaultValue = undefined) {
        const value = this.safeString (dictionary, key);
        return (value === undefined) ? defaultValue : value.toUpperCase ();
    }

    safeStringUpper2 (dictionary, key1, key2, defaultValue = undefined) {
        const value = this.stringOf (this.safeValue2 (dictionary, key1, key2));
        return (value === undefined) ? defaultValue : value.toUpperCase ();
    }

    safeStringUpperN (dictionary, keys, defaultValue = undefined) {
        const value = this.safeStringN (dictionary, keys);
        return (value === undefined) ? defaultValue : value.toUpperCase ();
    }

    safeNumber (dictionary, key, defaultValue = undefined) {
        if ((typeof key === 'number') && Array.isArray (dictionary)) { // read as safeString reads lists
            const index = key * 1;
            return this.parseNumber (dictionary[index], defaultValue); // ('' and null: the default too)
        }
        return this.parseNumber (this.safeValue (dictionary, key), defaultValue);
    }

    safeNumber2 (dictionary, key1, key2, defaultValue = undefined) {
        return this.parseNumber (this.safeValue2 (dictionary, key1, key2), defaultValue);
    }

    safeNumberN (dictionary, keys, defaultValue = undefined) {
        return this.parseNumber (this.safeValueN (dictionary, keys), defaultValue);
    }

    safeFloat (dictionary, key, defaultValue = undefined) {
        return this.safeNumberN (dictionary, [ key ], defaultValue);
    }

    safeFloat2 (dictionary, key1, key2, defaultValue = undefined) {
        return this.safeNumberN (dictionary, [ key1, key2 ], defaultValue);
    }

    safeFloatN (dictionary, keys, defaultValue = undefined) {
        return this.safeNumberN (dictionary, keys, defaultValue);
    }

    safeInteger (dictionary, key, defaultValue = undefined) {
        if ((typeof key === 'number') && Array.isArray (dictionary)) { // read as safeString reads lists
            const index = key * 1;
            return this.integerOf (dictionary[index], defaultValue); // ('' and null: the default too)
        }
        return this.integerOf (this.safeValue (dictionary, key), defaultValue);
    }

    safeInteger2 (dictionary, key1, key2, defaultValue = undefined) {
        return this.integerOf (this.safeValue2 (dictionary, key1, key2), defaultValue);
    }

    safeIntegerN (dictionary, keys, defaultValue = undefined) {
        return this.integerOf (this.safeValueN (dictionary, keys), defaultValue);
    }

    integerOf (value, defaultValue = undefined) {
        // A value read by safeValue as an integer, truncated toward zero as parseInt does: '12.9' -> 12, -12.9 -> -12.
        const number = this.parseNumber (value);
        if ((number === undefined) || (number === Infinity) || (number === -Infinity)) {
            return defaultValue;
        }
        return Math.trunc (number);
    }

    safeIntegerProduct (dictionary, key, factor, defaultValue = undefined) {
        // safeIntegerProductN (dictionary, [ key ], factor, defaultValue), without making the list; a list's
        // element read as safeString reads it.
        let number = undefined;
        if ((typeof key === 'number') && Array.isArray (dictionary)) {
            const index = key * 1;
            number = this.parseNumber (dictionary[index]);
        } else {
            number = this.parseNumber (this.safeValue (dictionary, key));
        }
        if ((number === undefined) || (number === Infinity) || (number === -Infinity)) {
            return defaultValue;
        }
        return this.productWithoutFraction (number, factor);
    }

    safeIntegerProduct2 (dictionary, key1, key2, factor, defaultValue = undefined) {
        // safeIntegerProductN (dictionary, [ key1, key2 ], factor, defaultValue), without making the list.
        const number = this.parseNumber (this.safeValue2 (dictionary, key1, key2));
        if ((number === undefined) || (number === Infinity) || (number === -Infinity)) {
            return defaultValue;
        }
        return this.productWithoutFraction (number, factor);
    }

    safeIntegerProductN (dictionary, keys, factor, defaultValue = undefined) {
        const number = this.parseNumber (this.safeValueN (dictionary, keys));
        if ((number === undefined) || (number === Infinity) || (number === -Infinity)) {
            return defaultValue;
        }
        return this.productWithoutFraction (number, factor);
    }

    productWithoutFraction (number, factor) {
        // number x factor truncated toward zero, exactly for the numbers as they are written: 1.001 x 1000 is 1001
        // (its float product is 1000.9999999999999) and 1688669597.8976 s is 1688669597897 ms, the digits below
        // the unit dropped as parse8601 drops a time's digits beyond the millisecond.
        if ((factor === 1000) && (Math.abs (number) < 1000000000000)) {
            // The exact product is the nearest integer or its neighbour toward zero; nearest / 1000 is the number
            // nearest that boundary, and the number lies on its side exactly when its exact product does.
            const nearest = Math.round (number * 1000);
            if (number >= 0) {
                return (number >= nearest / 1000) ? nearest : (nearest - 1);
            }
            return (number <= nearest / 1000) ? nearest : (nearest + 1);
        }
        if ((factor === 0.001) && Number.isInteger (number) && (Math.abs (number) <= Number.MAX_SAFE_INTEGER)) {
            // (below 2^53, no quotient by 1000 is within half a unit of its next integer: the division is exact enough)
            return Math.trunc (number / 1000);
        }
        return parseInt (Precise.stringMul (this.numberToString (number), this.numberToString (factor)));
    }

    safeTimestamp (dictionary, key, defaultValue = undefined) {
        return this.safeIntegerProduct (dictionary, key, 1000, defaultValue);
    }

    safeTimestamp2 (dictionary, key1, key2, defaultValue = undefined) {
        return this.safeIntegerProduct2 (dictionary, key1, key2, 1000, defaultValue);
    }

    safeTimestampN (dictionary, keys, defaultValue = undefined) {
        return this.safeIntegerProductN (dictionary, keys, 1000, defaultValue);
    }

    safeBool (dictionary, key, defaultValue = undefined) {
        const value = this.safeValue (dictionary, key);
        return (typeof value === 'boolean') ? value : defaultValue;
    }

    safeBool2 (dictionary, key1, key2, defaultValue = undefined) {
        const value = this.safeValue2 (dictionary, key1, key2);
        return (typeof value === 'boolean') ? value : defaultValue;
    }

    safeBoolN (dictionary, keys, defaultValue = undefined) {
        const value = this.safeValueN (dictionary, keys);
        return (typeof value === 'boolean') ? value : defaultValue;
    }

    safeDict (dictionary, key, defaultValue = undefined) {
        const value = this.safeValue (dictionary, key);
        return ((typeof value === 'object') && !Array.isArray (value)) ? value : defaultValue;
    }

    safeDict2 (dictionary, key1, key2, defaultValue = undefined) {
        const value = this.safeValue2 (dictionary, key1, key2);
        return ((typeof value === 'object') && !Array.isArray (value)) ? value : defaultValue;
    }

    safeDictN (dictionary, keys, defaultValue = undefined) {
        const value = this.safeValueN (dictionary, keys);
        return ((typeof value === 'object') && !Array.isArray (value)) ? value : defaultValue;
    }

    safeList (dictionary, key, defaultValue = undefined) {
        const value = this.safeValue (dictionary, key);
        return Array.isArray (value) ? value : defaultValue;
    }

    safeList2 (dictionary, key1, key2, defaultValue = undefined) {
        const value = this.safeValue2 (dictionary, key1, key2);
        return Array.isArray (value) ? value : defaultValue;
    }

    safeListN (dictionary, keys, defaultValue = undefined) {
        const value = this.safeValueN (dictionary, keys);
        return Array.isArray (value) ? value : defaultValue;
    }

    requiredList (dictionary, key) {
        // The list at dictionary[key] of an answer that always holds one: anything else (missing, null, another
        // type) is an answer the exchange does not send, a BadResponse, rather than an empty result that reads as
        // no trades or no orders.
        const entries = this.safeList (dictionary, key);
        if (entries === undefined) {
            throw new BadResponse (this.id + ' sent an answer without its list ' + this.json (key) + ': ' + this.excerpt (this.json (dictionary)));
        }
        return entries;
    }

    // --- generic helpers -----------------------------------------------------------------------------

    extend (a, b = {}) {
        return { ...a, ...b };
    }

    deepExtend (a, b) {
        // Dictionaries are merged key by key, recursively; anything else in b replaces a's value. An empty
        // list counts as an empty dictionary, since PHP cannot tell [] from {}.
        return this.deepExtendLevel (a, b, 0);
    }

    deepExtendLevel (a, b, depth) {
        // deepExtend of dictionaries nested depth levels deep in the ones merged. (b's values are read in the order
        // of its keys, as Object.values gives them; a's copy is spread here, at a site of its own, as
        // this.extend (a) would copy it.)
        // At most 512 levels: each runtime's stack holds another number, and dictionaries that code nested 20,000
        // deep were merged in PHP where Node threw a RangeError, which a catch clause saw. deepExtend's own
        // signature has no depth, so that a third dictionary passed to it is a checker finding (SUB-E019), not a
        // depth that throws.
        if ((typeof depth !== 'number') || !(depth >= 0) || (depth > 512)) {
            throw new ExchangeError ('deepExtend merges dictionaries nested 512 levels deep at most');
        }
        if (!this.isMergeable (a) || !this.isMergeable (b)) {
            return b;
        }
        const result = { ...a };
        const keys = Object.keys (b);
        const values = Object.values (b);
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            const value = values[i];
            if (this.isMergeable (value)) {
                const existing = this.ownValue (result, key);
                result[key] = this.isMergeable (existing) ? this.deepExtendLevel (existing, value, depth + 1) : value;
            } else {
                result[key] = value;
            }
        }
        return result;
    }

    isMergeable (value) {
        if ((value === undefined) || (value === null) || (typeof value !== 'object')) {
            return false;
        }
        return !Array.isArray (value) || (value.length === 0);
    }

    omit (dictionary, keys) {
        const result = this.extend (dictionary);
        let names = keys;
        if (!Array.isArray (keys)) {
            names = [ keys ];
        }
        for (let i = 0; i < names.length; i++) {
            delete result[names[i]];
        }
        return result;
    }

    pluck (array, key) {
        // The value of key in each entry that has it as an own key (null included).
        const result = [];
        const name = this.keyString (key);
        for (let i = 0; i < array.length; i++) {
            const entry = array[i];
            if ((typeof entry === 'object') && Object.keys (entry).includes (name)) {
                result.push (this.ownValue (entry, key));
            }
        }
        return result;
    }

    toArray (value) {
        if (Array.isArray (value)) {
            return value;
        }
        if (value === undefined) {
            // (a response's list or dictionary that is missing: an empty body, a key left out; Object.values threw a
            // TypeError, outside the unified errors, in every runtime)
            throw new BadResponse (this.id + ' sent no list or dictionary where one was expected');
        }
        return Object.values (value);
    }

    indexBy (array, key) {
        // Later entries win, as in a plain assignment loop.
        const result = {};
        const entries = this.toArray (array);
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const value = this.safeValue (entry, key);
            if (value !== undefined) {
                result[this.keyString (value)] = entry;
            }
        }
        return result;
    }

    groupBy (array, key) {
        const result = {};
        const entries = this.toArray (array);
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const value = this.safeValue (entry, key);
            if (value !== undefined) {
                const name = this.keyString (value);
                // The group is assigned back, since PHP copies arrays: there groupBy copies each group as it grows.
                // (A new group is made with its entry: a push onto an empty list makes room for 17 in V8, and most
                // groups, the markets of an id, keep one.)
                let group = this.ownValue (result, name);
                if (group === undefined) {
                    group = [ entry ];
                } else {
                    group.push (entry);
                }
                result[name] = group;
            }
        }
        return result;
    }

    keyString (value) {
        return (typeof value === 'number') ? this.numberToString (value) : value;
    }

    filterBy (array, key, value) {
        const result = [];
        const entries = this.toArray (array);
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            // (a dictionary or list is the same object in Node and Python, the same contents in PHP: none is matched)
            if ((typeof value !== 'object') && (this.safeValue (entry, key) === value)) {
                result.push (entry);
            }
        }
        return result;
    }

    sortBy (array, key, descending = false, defaultValue = 0) {
        // A stable merge sort on entry[key]; entries without the key sort as defaultValue. An array (or a part
        // of it, as the sort splits it) already in order is kept as it is: with only numbers (no NaN) or only
        // strings, < is a total order, so the merge sort would keep it unchanged (books and trades usually come
        // sorted). Mixed kinds compare as JavaScript's < does, which is no total order: the result is the one of
        // this exact sort, top-down halves (the smaller first) merged left before right on ties.
        // (Written without recursion; the entries move with their keys, each key read once.)
        if (typeof array === 'string') {
            // (a text's slice is a text, which this sort gave back where it was in order and failed to write into
            // elsewhere, where Python's and PHP's failed it whole: a response's text in place of a list)
            throw new BadResponse (this.id + ' sent a text where a list to sort was expected');
        }
        const entries = array.slice ();
        const count = entries.length;
        const keys = [];
        let allNumbers = true; // every key a number other than NaN
        let allStrings = true; // every key a string
        // A list entry read with a numbered key (an order book's levels) is read here by its number, as
        // parseBidsAsks reads levels; anything else through safeValue.
        // So is an entry's 'timestamp' (lists of trades, orders, transactions), a key that no object or list
        // inherits.
        const numbered = (typeof key === 'number');
        const index = numbered ? key * 1 : 0; // (typed as a number for the reads by index)
        const byTimestamp = (key === 'timestamp');
        for (let k = 0; k < count; k++) {
            const entry = entries[k];
            let value = undefined;
            if ((numbered && Array.isArray (entry)) || (byTimestamp && (typeof entry === 'object') && (entry !== null))) {
                value = numbered ? entry[index] : entry['timestamp'];
                if ((value === undefined) || (value === null) || (value === '')) {
                    value = defaultValue;
                }
            } else {
                value = this.safeValue (entry, key, defaultValue);
            }
            keys.push (value);
            allNumbers = allNumbers && (typeof value === 'number') && (value === value);
            allStrings = allStrings && (typeof value === 'string');
        }
        // With a total order, two sorted halves whose boundary is in order merge into themselves: no merge.
        const total = allNumbers || allStrings;
        let spareEntries = []; // the left halves of merges, made at the first merge (sorted lists need none)
        let spareKeys = [];
        // Parts to sort, as a stack of [ start, end, merging ]: a part is first checked (and split unless it is
        // in order), then merged once both of its halves are sorted.
        const starts = [ 0 ];
        const ends = [ count ];
        const merging = [ false ];
        while (starts.length > 0) {
            // (Math.floor of these integers tells the type inference that they are numbers, indexes to read.)
            const start = Math.floor (starts.pop ());
            const end = Math.floor (ends.pop ());
            const merge = merging.pop ();
            const middle = start + Math.floor ((end - start) / 2);
            let inOrder = false;
            if (merge && total) {
                inOrder = descending ? !(keys[middle] > keys[middle - 1]) : !(keys[middle] < keys[middle - 1]);
            }
            if (merge) {
                if (inOrder) {
                    continue;
                }
                if (spareEntries.length === 0) {
                    spareEntries = entries.slice ();
                    spareKeys = keys.slice ();
                }
                // The left half is set aside and merged with the right one into the part; the right half's
                // entries are never overwritten before they are read (out stays at most j).
                for (let k = start; k < middle; k++) {
                    spareKeys[k] = keys[k];
                    spareEntries[k] = entries[k];
                }
                let i = start;
                let j = middle;
                let out = start;
                while ((i < middle) && (j < end)) {
                    const a = spareKeys[i];
                    const b = keys[j];
                    let takeRight = false;
                    if (descending) {
                        takeRight = b > a;
                    } else {
                        takeRight = b < a;
                    }
                    if (takeRight) {
                        keys[out] = b;
                        entries[out] = entries[j];
                        j++;
                    } else {
                        keys[out] = a;
                        entries[out] = spareEntries[i];
                        i++;
                    }
                    out++;
                }
                for (; i < middle; i++) {
                    keys[out] = spareKeys[i];
                    entries[out] = spareEntries[i];
                    out++;
                }
            } else if (total && (end - start >= 2) && (end - start <= 16)) {
                // With a total order every stable sort gives the same result: a short part is sorted by insertion,
                // without the splits and merges down to single entries.
                for (let k = start + 1; k < end; k++) {
                    const value = keys[k];
                    const entry = entries[k];
                    let j = k;
                    while ((j > start) && (descending ? (value > keys[j - 1]) : (value < keys[j - 1]))) {
                        keys[j] = keys[j - 1];
                        entries[j] = entries[j - 1];
                        j--;
                    }
                    keys[j] = value;
                    entries[j] = entry;
                }
            } else if (end - start >= 2) {
                // A part is checked before anything in it moves: its entries are still in the array's order.
                let previous = keys[start];
                const numbers = (typeof previous === 'number');
                let ordered = (numbers && (previous === previous)) || (typeof previous === 'string');
                for (let k = start + 1; ordered && (k < end); k++) {
                    const value = keys[k];
                    const sameKind = numbers ? ((typeof value === 'number') && (value === value)) : (typeof value === 'string');
                    ordered = sameKind && (descending ? !(value > previous) : !(value < previous));
                    previous = value;
                }
                if (!ordered) {
                    starts.push (start);
                    ends.push (end);
                    merging.push (true);
                    starts.push (middle);
                    ends.push (end);
                    merging.push (false);
                    starts.push (start);
                    ends.push (middle);
                    merging.push (false);
                }
            }
        }
        return entries;
    }

    sortBy2 (array, key1, key2, descending = false) {
        const byKey2 = this.sortBy (array, key2, descending);
        return this.sortBy (byKey2, key1, descending);
    }

    keysort (dictionary) {
        const keys = Object.keys (dictionary);
        keys.sort ();
        const result = {};
        for (let i = 0; i < keys.length; i++) {
            result[keys[i]] = this.ownValue (dictionary, keys[i]);
        }
        return result;
    }

    inArray (needle, haystack) {
        // (a dictionary or list is found by identity in Node and Python and by content in PHP: none is found)
        return (typeof needle !== 'object') && haystack.includes (needle);
    }

    isEmpty (value) {
        if ((value === undefined) || (value === '')) {
            return true;
        }
        if (Array.isArray (value)) {
            return value.length === 0;
        }
        if (typeof value === 'object') {
            return Object.keys (value).length === 0;
        }
        return false;
    }

    unique (array) {
        // Each text, number, boolean or undefined once, in the order first met, as includes compares them (-0 is 0,
        // NaN is NaN), looked up by its type and text, where a search of what was kept made a response's 20,000
        // distinct ids cost Python and PHP half a minute (red-team round 28). A list or a dictionary is kept each
        // time: Node and Python tell two by identity, PHP by content (red-team round 29).
        const keys = []; // (undefined for a list or a dictionary)
        for (let i = 0; i < array.length; i++) {
            const value = array[i];
            if (!Array.isArray (value) && !this.isMergeable (value)) {
                const kind = (typeof value === 'string') ? 's' : ((typeof value === 'number') ? 'n' : ((typeof value === 'boolean') ? 'b' : 'u'));
                keys.push (kind + ':' + value);
            } else {
                keys.push (undefined);
            }
        }
        this.checkKeyNames (keys, 'unique');
        const result = [];
        const seen = {};
        for (let i = 0; i < array.length; i++) {
            const key = keys[i];
            if (key === undefined) {
                result.push (array[i]);
            } else if (this.ownValue (seen, key) === undefined) {
                seen[key] = true;
                result.push (array[i]);
            }
        }
        return result;
    }

    arrayConcat (a, b) {
        return a.concat (b);
    }

    sum (a = undefined, b = undefined, c = undefined, d = undefined) {
        // The sum of the numbers among the arguments; undefined when there are none.
        const values = [ a, b, c, d ];
        let result = 0;
        let found = false;
        for (let i = 0; i < values.length; i++) {
            const value = values[i];
            if (typeof value === 'number') {
                result = result + value;
                found = true;
            }
        }
        return found ? result : undefined;
    }

    // --- numbers -------------------------------------------------------------------------------------

    numberToString (value) {
        // JavaScript's String (number), but never with an exponent: 1e-10 -> '0.0000000001'.
        if (value === undefined) {
            return undefined;
        }
        if (typeof value !== 'number') {
            return value;
        }
        const text = `${value}`;
        if (text.indexOf ('e') >= 0) {
            return Precise.stringAdd (text, '0');
        }
        return text;
    }

    parseNumber (value, defaultValue = undefined) {
        // Numbers and decimal strings ('1.5', '-2', '1e-8') become numbers; anything else the default.
        if (typeof value === 'number') {
            return (value === value) ? value : defaultValue;
        }
        if ((typeof value !== 'string') || !this.isDecimalString (value)) {
            return defaultValue;
        }
        return parseFloat (value);
    }

    isDecimalString (text) {
        // [+-]digits[.digits][e[+-]digits], at least one digit before the exponent; nothing that is not a string.
        // (Single characters compare by code unit: '0' <= c <= '9' is an ASCII digit. One pass reads the
        // mantissa's digits and its one dot, each character once.)
        if (typeof text !== 'string') {
            return false;
        }
        const length = text.length;
        let i = 0;
        let mantissaDigits = 0;
        let dot = false;
        let character = text.charAt (0);
        if ((character === '-') || (character === '+')) {
            i = 1;
        }
        for (; i < length; i++) {
            character = text.charAt (i);
            if ((character >= '0') && (character <= '9')) {
                mantissaDigits++;
            } else if ((character === '.') && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        if (mantissaDigits === 0) {
            return false;
        }
        if (i === length) {
            return true;
        }
        if ((character !== 'e') && (character !== 'E')) {
            return false;
        }
        i++;
        character = text.charAt (i);
        if ((character === '-') || (character === '+')) {
            i++;
        }
        const exponentStart = i;
        for (; i < length; i++) {
            character = text.charAt (i);
            if ((character < '0') || (character > '9')) {
                return false;
            }
        }
        return i > exponentStart;
    }

    precisionFromString (text) {
        // '0.001' -> 3, '1e-8' -> 8, '10' -> -1: the decimal places of a tick size.
        const normalized = Precise.stringAdd (text, '0');
        const dot = normalized.indexOf ('.');
        if (dot >= 0) {
            return normalized.length - dot - 1;
        }
        let zeros = 0;
        let i = normalized.length - 1;
        while ((i > 0) && (normalized.charAt (i) === '0')) {
            zeros++;
            i--;
        }
        return -zeros;
    }

    parsePrecision (precision) {
        // '3' -> '0.001', '0' -> '1', '-2' -> '100': the tick size of a number of decimal places.
        if (precision === undefined) {
            return undefined;
        }
        const places = parseInt (precision);
        if (!Number.isInteger (places)) {
            return undefined; // no number of places ('abc', true): no tick size (a tick of 10 priced nothing right)
        }
        if ((places > 1000) || (places < -1000)) {
            // as many as decimalToPrecision and Precise read (a response's '536870880' would be half a gigabyte of zeros)
            throw new BadResponse (this.id + ' sent a precision of ' + precision + ' decimal places; at most 1000 are read');
        }
        if (places > 0) {
            return '0.' + '1'.padStart (places, '0');
        }
        if (places === 0) {
            return '1';
        }
        return '1' + '0'.padEnd (-places, '0');
    }

    decimalToPrecision (value, roundingMode = ROUND, precision = undefined, countingMode = DECIMAL_PLACES, paddingMode = NO_PADDING) {
        // Rounds value (a number or a decimal string) to a precision and returns a decimal string.
        //   roundingMode: ROUND (half away from zero) or TRUNCATE (toward zero)
        //   countingMode: DECIMAL_PLACES (precision = places), SIGNIFICANT_DIGITS (precision = digits)
        //                 or TICK_SIZE (precision = the step, such as 0.5 or '0.00000001')
        //   paddingMode:  NO_PADDING (no trailing zeros) or PAD_WITH_ZERO (as many places as the precision)
        if (value === undefined) {
            return undefined;
        }
        const text = Precise.stringAdd (this.numberToString (value), '0');
        if (precision === undefined) {
            return text;
        }
        let tick = undefined;
        let places = 0;
        if (countingMode === TICK_SIZE) {
            tick = Precise.stringAdd (this.numberToString (precision), '0');
            if (Precise.stringLe (tick, '0')) {
                throw new BadRequest ('decimalToPrecision: the tick size must be positive, not ' + tick);
            }
            places = Math.max (this.precisionFromString (tick), 0);
        } else if (countingMode === SIGNIFICANT_DIGITS) {
            const digits = parseInt (this.numberToString (precision));
            if (digits < 1) {
                throw new BadRequest ('decimalToPrecision: significant digits must be at least 1');
            }
            if (digits > 1000) {
                // as many digits as a market's precision says: a response's 1000000000 would be a gigabyte of them
                throw new BadRequest ('decimalToPrecision: significant digits must be at most 1000, not ' + this.numberToString (digits));
            }
            if (Precise.stringEq (text, '0')) {
                return this.padDecimals ('0', paddingMode === PAD_WITH_ZERO ? digits - 1 : 0);
            }
            places = digits - 1 - this.decimalExponent (text);
            const rounded = this.roundToTick (text, this.parsePrecision (places), roundingMode);
            // Rounding up may add a digit (9.99 -> 10.0): count the places again from the result.
            places = digits - 1 - this.decimalExponent (rounded);
            const significant = this.roundToTick (rounded, this.parsePrecision (places), roundingMode);
            return this.padDecimals (significant, (paddingMode === PAD_WITH_ZERO) ? Math.max (places, 0) : 0);
        } else {
            places = parseInt (this.numberToString (precision));
            if (!(Math.abs (places) <= 1000)) {
                // as many places as a market's precision says: a response's 1000000000 would be a gigabyte of zeros
                throw new BadRequest ('decimalToPrecision: decimal places must be between -1000 and 1000, not ' + this.numberToString (precision));
            }
            tick = this.parsePrecision (places);
            places = Math.max (places, 0);
        }
        const result = this.roundToTick (text, tick, roundingMode);
        return this.padDecimals (result, (paddingMode === PAD_WITH_ZERO) ? places : 0);
    }

    roundToTick (text, tick, roundingMode) {
        const remainder = Precise.stringMod (text, tick); // has the sign of text
        let result = Precise.stringSub (text, remainder); // truncated toward zero
        if ((roundingMode === ROUND) && Precise.stringGe (Precise.stringMul (Precise.stringAbs (remainder), '2'), tick)) {
            if (Precise.stringLt (text, '0')) {
                result = Precise.stringSub (result, tick);
            } else {
                result = Precise.stringAdd (result, tick);
            }
        } else if ((roundingMode !== ROUND) && (roundingMode !== TRUNCATE)) {
            throw new BadRequest ('decimalToPrecision: unknown rounding mode ' + this.numberToString (roundingMode));
        }
        return result;
    }

    decimalExponent (text) {
        // The power of ten of the first significant digit: '123.4' -> 2, '0.00123' -> -3.
        const digits = Precise.stringAbs (text);
        const dot = digits.indexOf ('.');
        if (dot < 0) {
            return digits.length - 1;
        }
        if (dot > 1 || digits.charAt (0) !== '0') {
            return dot - 1;
        }
        let i = dot + 1;
        while (digits.charAt (i) === '0') {
            i++;
        }
        return dot - i;
    }

    padDecimals (text, places) {
        // Precise results carry no trailing zeros; PAD_WITH_ZERO adds them back up to places.
        if (places <= 0) {
            return text;
        }
        const dot = text.indexOf ('.');
        if (dot < 0) {
            return text + '.' + ''.padEnd (places, '0');
        }
        return text.padEnd (dot + 1 + places, '0');
    }

    amountToPrecision (symbol, amount) {
        const market = this.market (symbol);
        const result = this.decimalToPrecision (amount, TRUNCATE, market['precision']['amount'], this.precisionMode, this.paddingMode);
        if (result === '0') {
            throw new InvalidOrder (this.id + ' amount of ' + market['symbol'] + ' must be greater than the minimum amount precision of ' + this.numberToString (market['precision']['amount']));
        }
        return result;
    }

    priceToPrecision (symbol, price) {
        const market = this.market (symbol);
        return this.decimalToPrecision (price, ROUND, market['precision']['price'], this.precisionMode, this.paddingMode);
    }

    costToPrecision (symbol, cost) {
        const market = this.market (symbol);
        return this.decimalToPrecision (cost, TRUNCATE, market['precision']['price'], this.precisionMode, this.paddingMode);
    }

    currencyToPrecision (code, value) {
        const currency = this.currency (code);
        const precision = this.safeValue (currency, 'precision');
        if (precision === undefined) {
            return this.numberToString (value);
        }
        return this.decimalToPrecision (value, ROUND, precision, this.precisionMode, this.paddingMode);
    }

    // --- markets and currencies ----------------------------------------------------------------------

    async loadMarkets (reload = false, params = {}) {
        if (!reload && (this.markets !== undefined)) {
            return this.markets;
        }
        let currencies = undefined;
        if (this.has['fetchCurrencies'] === true) {
            currencies = await this.fetchCurrencies ();
        }
        // fetchMarkets returns unified market structures, each made by safeMarketStructure where the exchange's code
        // makes it: they are indexed as they are, not copied again (certify's CERT-S002 holds fetchMarkets to that).
        const markets = await this.fetchMarkets (params);
        return this.indexMarkets (this.toArray (markets), currencies);
    }

    async fetchMarkets (params = {}) {
        return this.toArray (this.markets === undefined ? [] : this.markets);
    }

    setMarkets (markets, currencies = undefined) {
        // The caller's own markets (a list or a dictionary), each completed by safeMarketStructure, then indexed.
        const values = [];
        const entries = this.toArray (markets);
        for (let i = 0; i < entries.length; i++) {
            values.push (this.safeMarketStructure (entries[i]));
        }
        return this.indexMarkets (values, currencies);
    }

    indexMarkets (markets, currencies = undefined) {
        // Stores a list of unified market structures as they are: by symbol (markets, symbols), by id (marketsById, a
        // list per id, ids), and the currencies (those fetched, else those the markets name).
        this.markets = this.indexBy (markets, 'symbol');
        this.marketsById = this.groupBy (markets, 'id');
        this.symbols = Object.keys (this.markets);
        this.symbols.sort ();
        this.ids = Object.keys (this.marketsById);
        this.ids.sort ();
        if ((currencies === undefined) || (this.toArray (currencies).length === 0)) {
            // none fetched (or the exchange lists none without credentials): derived from the markets
            this.currencies = this.deepExtend (this.currenciesFromMarkets (markets), this.currencies === undefined ? {} : this.currencies);
        } else {
            this.currencies = this.deepExtend (this.currencies === undefined ? {} : this.currencies, this.indexBy (this.toArray (currencies), 'code'));
        }
        this.currenciesById = this.indexBy (this.currencies, 'id');
        this.codes = Object.keys (this.currencies);
        this.codes.sort ();
        return this.markets;
    }

    currenciesFromMarkets (markets) {
        // The currencies the markets name, each with the id and precision of the first market naming it.
        const bases = [];
        const quotes = [];
        for (let i = 0; i < markets.length; i++) {
            bases.push (this.safeString (markets[i], 'base'));
            quotes.push (this.safeString (markets[i], 'quote'));
        }
        this.checkKeyNames (this.arrayConcat (bases, quotes), 'loadMarkets');
        const result = {};
        for (let i = 0; i < markets.length; i++) {
            const market = markets[i];
            const base = bases[i];
            if ((base !== undefined) && (this.ownValue (result, base) === undefined)) { // (a currency, never null)
                result[base] = { 'id': this.safeString (market, 'baseId', base), 'code': base, 'precision': this.safeValue (market['precision'], 'amount') };
            }
            const quote = quotes[i];
            if ((quote !== undefined) && (this.ownValue (result, quote) === undefined)) {
                result[quote] = { 'id': this.safeString (market, 'quoteId', quote), 'code': quote, 'precision': this.safeValue (market['precision'], 'price') };
            }
        }
        return result;
    }

    safeMarketStructure (market = undefined) {
        // Every key of the unified market. The type ('spot', 'swap', 'future' or 'option') gives the flags spot,
        // swap, future, option and contract; a contract settled in its quote currency is linear, one settled in
        // its base currency inverse; expiry (ms) gives expiryDatetime. What the exchange states wins.
        const type = (market === undefined) ? 'spot' : this.safeString (market, 'type', 'spot');
        const contract = (type === 'swap') || (type === 'future') || (type === 'option');
        // (precision and limits are made last, from the defaults or the market's own: a default made first and
        // then replaced by a merged copy is garbage for every market loaded.)
        const result = {
            'id': undefined,
            'symbol': undefined,
            'base': undefined,
            'quote': undefined,
            'baseId': undefined,
            'quoteId': undefined,
            'active': undefined,
            'type': 'spot',
            'spot': type === 'spot',
            'swap': type === 'swap',
            'future': type === 'future',
            'option': type === 'option',
            'contract': contract,
            'linear': undefined,
            'inverse': undefined,
            'contractSize': undefined,
            'settle': undefined,
            'settleId': undefined,
            'expiry': undefined,
            'expiryDatetime': undefined,
            'strike': undefined,
            'optionType': undefined,
            'taker': undefined,
            'maker': undefined,
            'precision': undefined,
            'limits': undefined,
            'info': undefined,
        };
        let keys = [];
        let values = [];
        if (market !== undefined) {
            const settle = this.safeString (market, 'settle');
            if (contract && (settle !== undefined)) {
                result['linear'] = settle === this.safeString (market, 'quote');
                result['inverse'] = settle === this.safeString (market, 'base');
            }
            const expiry = this.safeInteger (market, 'expiry');
            if (expiry !== undefined) {
                result['expiryDatetime'] = this.iso8601 (expiry);
            }
            if (!this.isMergeable (market)) {
                return market; // what deepExtend (result, market) gives for a market that is no dictionary
            }
            keys = Object.keys (market);
            values = Object.values (market);
        }
        // deepExtend (defaults, market) written out: of the defaults only precision and limits are dictionaries, into
        // which the market's are merged; any other key of the market replaces the default.
        let precision = undefined;
        let limits = undefined;
        let ownPrecision = false;
        let ownLimits = false;
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            const value = values[i];
            if (key === 'precision') {
                ownPrecision = true;
                precision = this.isMergeable (value) ? { 'amount': undefined, 'price': undefined, ...value } : value;
            } else if (key === 'limits') {
                ownLimits = true;
                limits = value;
            } else {
                result[key] = value;
            }
        }
        result['precision'] = ownPrecision ? precision : { 'amount': undefined, 'price': undefined };
        if (!ownLimits || this.isMergeable (limits)) {
            // The default limits (an amount, a price and a cost, each a min and a max) deep-extended by the market's:
            // a bound that is a dictionary is merged into its default, any other value replaces it.
            const own = ownLimits ? limits : {};
            const merged = { 'amount': undefined, 'price': undefined, 'cost': undefined, ...own };
            const names = [ 'amount', 'price', 'cost' ];
            for (let j = 0; j < names.length; j++) {
                const bounds = this.ownValue (own, names[j]);
                if (this.isMergeable (bounds)) {
                    merged[names[j]] = { 'min': undefined, 'max': undefined, ...bounds };
                } else if ((bounds === undefined) && !Object.keys (own).includes (names[j])) {
                    merged[names[j]] = { 'min': undefined, 'max': undefined }; // (a bound the market does not name)
                }
            }
            limits = merged;
        }
        result['limits'] = limits;
        return result;
    }

    buildSymbol (base, quote, settle = undefined, expiry = undefined, strike = undefined, optionType = undefined) {
        // The unified symbol of a market from its parts: 'BTC/USDT' (spot), 'BTC/USDT:USDT' (linear swap),
        // 'BTC/USD:BTC' (inverse swap), 'BTC/USD:BTC-251226' (future: expiry in ms, written YYMMDD, UTC) and
        // 'BTC/USD:BTC-251226-100000-C' (option: strike, then C for a call or P for a put).
        let symbol = base + '/' + quote;
        if (settle === undefined) {
            return symbol;
        }
        symbol = symbol + ':' + settle;
        if (expiry !== undefined) {
            symbol = symbol + '-' + this.yymmdd (expiry);
        }
        if (strike !== undefined) {
            symbol = symbol + '-' + this.numberToString (strike);
        }
        if (optionType !== undefined) {
            symbol = symbol + '-' + ((optionType === 'put') ? 'P' : 'C');
        }
        return symbol;
    }

    marketsLoaded () {
        if (this.markets === undefined) {
            throw new ExchangeError (this.id + ' markets are not loaded: call loadMarkets () first');
        }
    }

    market (symbol) {
        this.marketsLoaded ();
        if (typeof symbol !== 'string') {
            throw new ArgumentsRequired (this.id + ' market () requires a symbol string');
        }
        const market = this.ownValue (this.markets, symbol);
        if (market !== undefined) {
            return market;
        }
        const marketsOfId = this.ownValue (this.marketsById, symbol);
        if (marketsOfId !== undefined) {
            return marketsOfId[0];
        }
        throw new BadSymbol (this.id + ' does not have market symbol ' + symbol);
    }

    marketId (symbol) {
        return this.market (symbol)['id'];
    }

    marketIds (symbols) {
        const result = [];
        for (let i = 0; i < symbols.length; i++) {
            result.push (this.marketId (symbols[i]));
        }
        return result;
    }

    symbol (symbol) {
        return this.market (symbol)['symbol'];
    }

    currency (code) {
        if (this.currencies === undefined) {
            throw new ExchangeError (this.id + ' currencies are not loaded: call loadMarkets () first');
        }
        if (typeof code === 'string') {
            const currency = this.ownValue (this.currencies, code);
            if (currency !== undefined) {
                return currency;
            }
            const currencyOfId = this.ownValue (this.currenciesById, code);
            if (currencyOfId !== undefined) {
                return currencyOfId;
            }
        }
        throw new BadSymbol (this.id + ' does not have currency code ' + this.numberToString (code));
    }

    safeMarket (marketId = undefined, market = undefined, delimiter = undefined, marketType = undefined) {
        // The market of an exchange id. Where one id names several markets (a spot pair and a swap, say), the
        // one of marketType, else the one of the type of market (the caller's market), else the first listed.
        if (marketId !== undefined) {
            const marketsOfId = (this.marketsById === undefined) ? undefined : this.ownValue (this.marketsById, marketId);
            if (marketsOfId !== undefined) {
                if (marketsOfId.length === 1) {
                    return marketsOfId[0];
                }
                let type = marketType;
                if ((type === undefined) && (market !== undefined)) {
                    type = this.safeString (market, 'type');
                }
                for (let i = 0; i < marketsOfId.length; i++) {
                    if ((type !== undefined) && (typeof type !== 'object') && (marketsOfId[i]['type'] === type)) {
                        return marketsOfId[i];
                    }
                }
                return marketsOfId[0];
            }
            if ((delimiter !== undefined) && (typeof delimiter !== 'object') && (marketId.indexOf (delimiter) > 0)) {
                const [ baseId, quoteId ] = marketId.split (delimiter);
                const base = this.safeCurrencyCode (baseId);
                const quote = this.safeCurrencyCode (quoteId);
                return this.safeMarketStructure ({
                    'id': marketId,
                    'symbol': base + '/' + quote,
                    'base': base,
                    'quote': quote,
                    'baseId': baseId,
                    'quoteId': quoteId,
                });
            }
            if (market === undefined) {
                return this.safeMarketStructure ({ 'id': marketId, 'symbol': marketId });
            }
        }
        if (market !== undefined) {
            return market;
        }
        return this.safeMarketStructure ();
    }

    safeSymbol (marketId = undefined, market = undefined, delimiter = undefined, marketType = undefined) {
        if ((marketId !== undefined) && (market === undefined) && (delimiter === undefined)) {
            // An id of no market (safeTicker's unified symbol, say) is its own symbol: safeMarket would build the
            // whole market structure { 'id': marketId, 'symbol': marketId } for it.
            const marketsOfId = (this.marketsById === undefined) ? undefined : this.ownValue (this.marketsById, marketId);
            if (marketsOfId === undefined) {
                return marketId;
            }
        }
        return this.safeMarket (marketId, market, delimiter, marketType)['symbol'];
    }

    safeCurrency (currencyId = undefined, currency = undefined) {
        if ((currencyId === undefined) && (currency !== undefined)) {
            return currency;
        }
        const currencyOfId = ((currencyId === undefined) || (this.currenciesById === undefined)) ? undefined : this.ownValue (this.currenciesById, currencyId);
        if (currencyOfId !== undefined) {
            return currencyOfId;
        }
        let code = currencyId;
        if (currencyId !== undefined) {
            code = this.commonCurrencyCode (currencyId.toUpperCase ());
        }
        return { 'id': currencyId, 'code': code, 'precision': undefined };
    }

    safeCurrencyCode (currencyId = undefined, currency = undefined) {
        // safeCurrency (currencyId, currency)['code'], without the currency structure it makes for an unknown id
        // (markets name their currencies before any are loaded).
        if (currencyId === undefined) {
            return this.safeCurrency (currencyId, currency)['code'];
        }
        const currencyOfId = (this.currenciesById === undefined) ? undefined : this.ownValue (this.currenciesById, currencyId);
        return (currencyOfId === undefined) ? this.commonCurrencyCode (currencyId.toUpperCase ()) : currencyOfId['code'];
    }

    commonCurrencyCode (code) {
        return this.safeString (this.commonCurrencies, code, code);
    }

    // --- unified structures --------------------------------------------------------------------------

    safeTicker (ticker, market = undefined) {
        // The fields are read as safeTrade reads its own (see there), and made what safeString, safeNumber and
        // safeInteger would make them in tickerStructure; this reader, too, is small enough for V8 to inline into
        // the exchange's parseTicker.
        const fields = ((typeof ticker === 'object') && (ticker !== null)) ? ticker : {};
        return this.tickerStructure (fields['symbol'], fields['timestamp'], fields['high'], fields['low'], fields['bid'], fields['bidVolume'], fields['ask'], fields['askVolume'], fields['vwap'], fields['open'], fields['close'], fields['last'], fields['previousClose'], fields['change'], fields['percentage'], fields['average'], fields['baseVolume'], fields['quoteVolume'], fields['info'], market);
    }

    tickerStructure (symbol, rawTimestamp, high, low, bid, bidVolume, ask, askVolume, rawVwap, rawOpen, rawClose, rawLast, previousClose, rawChange, rawPercentage, rawAverage, rawBaseVolume, rawQuoteVolume, info, market) {
        // The unified ticker of safeTicker's fields, as they are (safeTicker is the one caller).
        let open = (rawOpen === '') ? undefined : this.stringOf (rawOpen);
        let close = (rawClose === '') ? undefined : this.stringOf (rawClose);
        let last = (rawLast === '') ? undefined : this.stringOf (rawLast);
        let change = (rawChange === '') ? undefined : this.stringOf (rawChange);
        let percentage = (rawPercentage === '') ? undefined : this.stringOf (rawPercentage);
        let average = (rawAverage === '') ? undefined : this.stringOf (rawAverage);
        let vwap = (rawVwap === '') ? undefined : this.stringOf (rawVwap);
        const baseVolume = (rawBaseVolume === '') ? undefined : this.stringOf (rawBaseVolume);
        const quoteVolume = (rawQuoteVolume === '') ? undefined : this.stringOf (rawQuoteVolume);
        // What is derived here is Precise's, a plain decimal that parseFloat reads as parseNumber does: it is read
        // without parseNumber's check of the text.
        let derivedVwap = false;
        let derivedChange = false;
        let derivedAverage = false;
        let derivedOpen = false;
        let derivedPercentage = false;
        if ((vwap === undefined) && (baseVolume !== undefined) && (quoteVolume !== undefined) && !Precise.stringEq (baseVolume, '0')) {
            vwap = Precise.stringDiv (quoteVolume, baseVolume);
            derivedVwap = true;
        }
        if ((last !== undefined) && (close === undefined)) {
            close = last;
        } else if ((last === undefined) && (close !== undefined)) {
            last = close;
        }
        if ((last !== undefined) && (open !== undefined)) {
            if (change === undefined) {
                change = Precise.stringSub (last, open);
                derivedChange = true;
            }
            if (average === undefined) {
                average = Precise.stringDiv (Precise.stringAdd (last, open), '2');
                derivedAverage = true;
            }
        }
        if ((change !== undefined) && (open === undefined) && (last !== undefined)) {
            open = Precise.stringSub (last, change);
            derivedOpen = true;
        }
        if ((percentage === undefined) && (change !== undefined) && (open !== undefined) && Precise.stringGt (open, '0')) {
            // change / open * 100, which is (change * 100) / open with 16 decimals: both truncate the same
            // quotient at the same digit, and the product is exact in Numbers where the other is not.
            percentage = Precise.stringDiv (Precise.stringMul (change, '100'), open, 16);
            derivedPercentage = true;
        }
        const timestamp = this.integerOf (rawTimestamp);
        // close and last are most often the same text (one of them given): it is read once.
        const lastNumber = this.parseNumber (last);
        return {
            'symbol': this.safeSymbol ((symbol === '') ? undefined : this.stringOf (symbol), market),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'high': this.parseNumber (high),
            'low': this.parseNumber (low),
            'bid': this.parseNumber (bid),
            'bidVolume': this.parseNumber (bidVolume),
            'ask': this.parseNumber (ask),
            'askVolume': this.parseNumber (askVolume),
            'vwap': (derivedVwap && (vwap !== undefined)) ? parseFloat (vwap) : this.parseNumber (vwap),
            'open': derivedOpen ? parseFloat (open) : this.parseNumber (open),
            'close': ((typeof close !== 'object') && (close === last)) ? lastNumber : this.parseNumber (close),
            'last': lastNumber,
            'previousClose': this.parseNumber (previousClose),
            'change': derivedChange ? parseFloat (change) : this.parseNumber (change),
            'percentage': (derivedPercentage && (percentage !== undefined)) ? parseFloat (percentage) : this.parseNumber (percentage),
            'average': derivedAverage ? parseFloat (average) : this.parseNumber (average),
            'baseVolume': this.parseNumber (baseVolume),
            'quoteVolume': this.parseNumber (quoteVolume),
            'info': ((info === '') || (info === null)) ? undefined : info,
        };
    }

    safeFee (fee) {
        // { 'cost': '0.1', 'currency': 'USD', 'rate': '0.001' } with numbers parsed; undefined stays undefined.
        if (fee === undefined) {
            return undefined;
        }
        return {
            'cost': this.safeNumber (fee, 'cost'),
            'currency': this.safeString (fee, 'currency'),
            'rate': this.safeNumber (fee, 'rate'),
        };
    }

    safeFees (fee, rawFees) {
        // [ fee, fees ] consistent with each other: fees lists every fee (fee alone when the exchange gives
        // one), fee is the only one, or undefined when there are several.
        const fees = [];
        for (let i = 0; i < rawFees.length; i++) {
            const parsed = this.safeFee (rawFees[i]);
            if (parsed !== undefined) {
                fees.push (parsed);
            }
        }
        let single = this.safeFee (fee);
        if ((single !== undefined) && (fees.length === 0)) {
            fees.push (single);
        }
        if ((single === undefined) && (fees.length === 1)) {
            single = fees[0];
        }
        return [ single, fees ];
    }

    aggregateFees (fees) {
        // Fees summed per currency (those without a currency apart), in the order the currencies first come.
        // (Entries are replaced, never changed in place: PHP copies arrays on assignment.)
        const currencies = [];
        for (let i = 0; i < fees.length; i++) {
            currencies.push (this.safeString (fees[i], 'currency'));
        }
        this.checkKeyNames (currencies, 'aggregateFees');
        const result = [];
        const positions = {};
        for (let i = 0; i < fees.length; i++) {
            const fee = fees[i];
            const currency = currencies[i];
            const cost = this.safeString (fee, 'cost');
            const position = (currency === undefined) ? undefined : this.safeInteger (positions, currency);
            if ((currency === undefined) || (cost === undefined)) {
                result.push (fee);
            } else if (position === undefined) {
                positions[currency] = result.length;
                result.push ({ 'cost': cost, 'currency': currency, 'rate': this.safeString (fee, 'rate') });
            } else {
                const existing = this.safeValue (result, position);
                let rate = this.safeString (existing, 'rate');
                if (rate !== this.safeString (fee, 'rate')) {
                    rate = undefined;
                }
                result[position] = { 'cost': Precise.stringAdd (this.safeString (existing, 'cost'), cost), 'currency': currency, 'rate': rate };
            }
        }
        return result;
    }

    safeUnsigned (dictionary, key) {
        // A string amount without its sign: unified amounts, filled, remaining and costs are unsigned.
        return Precise.stringAbs (this.safeString (dictionary, key));
    }

    safeMilliseconds (dictionary, key) {
        // A timestamp in milliseconds, undefined for a missing one and for 0 (which no event happens at: an
        // exchange's placeholder for "never").
        const timestamp = this.safeInteger (dictionary, key);
        return (timestamp === 0) ? undefined : timestamp;
    }

    safeTrade (trade, market = undefined) {
        // Each field is read from the dictionary itself, and made what the safe* helper named beside it in
        // tradeStructure would make it: its keys are none that JavaScript's objects or lists inherit, so only own
        // ones are found ('' and null mean missing, as there). Read sites of their own see the few shapes of parsed
        // trades, where safeValue's, shared by every caller, costs several times more.
        // (This reader is small enough for V8 to inline into the exchange's parseTrade, which then makes no
        // dictionary: its literal is only read here, field by field.)
        const fields = ((typeof trade === 'object') && (trade !== null)) ? trade : {};
        return this.tradeStructure (fields['id'], fields['order'], fields['symbol'], fields['timestamp'], fields['type'], fields['side'], fields['takerOrMaker'], fields['price'], fields['amount'], fields['cost'], fields['fee'], fields['fees'], fields['info'], market);
    }

    tradeStructure (id, order, symbol, timestamp, type, side, takerOrMaker, rawPrice, rawAmount, rawCost, rawFee, rawFees, info, market) {
        // The unified trade of safeTrade's fields, as they are (safeTrade is the one caller).
        // amount and cost are safeUnsigned's, as numbers: a decimal without an exponent ('-0.0100') is read by
        // parseFloat as the same value as its Precise.stringAbs ('0.01'), which is made only where Precise computes
        // with it; any other text goes through Precise, which refuses what is no decimal and bounds exponents.
        let amount = (rawAmount === '') ? undefined : this.stringOf (rawAmount);
        let amountNumber = undefined;
        const plainAmount = this.isDecimalString (amount) && (amount.indexOf ('e') < 0) && (amount.indexOf ('E') < 0);
        if (plainAmount) {
            amountNumber = Math.abs (parseFloat (amount));
        } else {
            amount = Precise.stringAbs (amount);
            amountNumber = (amount === undefined) ? undefined : parseFloat (amount);
        }
        const price = (rawPrice === '') ? undefined : this.stringOf (rawPrice);
        let cost = (rawCost === '') ? undefined : this.stringOf (rawCost);
        let costNumber = undefined;
        if (this.isDecimalString (cost) && (cost.indexOf ('e') < 0) && (cost.indexOf ('E') < 0)) {
            costNumber = Math.abs (parseFloat (cost));
        } else {
            cost = Precise.stringAbs (cost);
            if ((cost === undefined) && (amount !== undefined) && (price !== undefined)) {
                // (Precise's product of the plain amount's digits is that of its stringAbs: only the sign differs)
                const unsigned = (plainAmount && amount.startsWith ('-')) ? Precise.stringAbs (amount) : amount;
                cost = this.contractValue (unsigned, price, market);
            }
            costNumber = (cost === undefined) ? undefined : parseFloat (cost);
        }
        let milliseconds = this.integerOf (timestamp); // safeMilliseconds
        if (milliseconds === 0) {
            milliseconds = undefined;
        }
        const feeDict = ((typeof rawFee !== 'object') || (rawFee === null) || Array.isArray (rawFee)) ? undefined : rawFee; // safeDict
        const feeList = Array.isArray (rawFees) ? rawFees : undefined; // safeList
        let fee = undefined;
        let fees = [];
        if ((feeDict !== undefined) || (feeList !== undefined)) { // (public trades have neither)
            const both = this.safeFees (feeDict, (feeList === undefined) ? [] : feeList);
            fee = both[0];
            fees = both[1];
        }
        return {
            'id': (id === '') ? undefined : this.stringOf (id),
            'order': (order === '') ? undefined : this.stringOf (order),
            'symbol': this.safeSymbol ((symbol === '') ? undefined : this.stringOf (symbol), market),
            'timestamp': milliseconds,
            'datetime': this.iso8601 (milliseconds),
            'type': (type === '') ? undefined : this.stringOf (type),
            'side': (side === '') ? undefined : this.stringOf (side),
            'takerOrMaker': (takerOrMaker === '') ? undefined : this.stringOf (takerOrMaker),
            'price': this.parseNumber (price),
            'amount': amountNumber,
            'cost': costNumber,
            'fee': fee,
            'fees': fees,
            'info': ((info === '') || (info === null)) ? undefined : info,
        };
    }

    contractValue (amount, price, market = undefined) {
        // The value of amount at price (strings): amount x price, except in a contract market, where amount
        // counts contracts: amount x contractSize (already in the quote currency for an inverse swap or future),
        // times price otherwise (an option's in the currency of its premium); undefined without a contractSize.
        if ((amount === undefined) || (price === undefined)) {
            return undefined;
        }
        if ((market === undefined) || (this.safeBool (market, 'contract') !== true)) {
            return Precise.stringMul (amount, price);
        }
        const contractSize = this.safeString (market, 'contractSize');
        if (contractSize === undefined) {
            return undefined;
        }
        const size = Precise.stringMul (amount, contractSize);
        const inverse = (this.safeBool (market, 'inverse') === true) && (this.safeBool (market, 'option') !== true);
        return inverse ? size : Precise.stringMul (size, price);
    }

    safeOrder (order, market = undefined) {
        // Derives what the exchange leaves out from what it gives, consistently: filled, remaining and amount
        // from each other or from the trades; cost and average from each other; the fees from the trades; the
        // status of a fully filled order; the average as the price of a market order; no last trade time for
        // an order without trades; triggerPrice, postOnly and timeInForce from each other. Amounts unsigned.
        const trades = [];
        const rawTrades = this.safeList (order, 'trades', []);
        for (let i = 0; i < rawTrades.length; i++) {
            trades.push (this.safeTrade (rawTrades[i], market));
        }
        let tradesAmount = undefined;
        let tradesCost = undefined;
        let tradesFees = [];
        let lastTrade = undefined;
        for (let i = 0; i < trades.length; i++) {
            const trade = trades[i];
            tradesAmount = Precise.stringAdd (tradesAmount === undefined ? '0' : tradesAmount, this.safeString (trade, 'amount', '0'));
            tradesCost = Precise.stringAdd (tradesCost === undefined ? '0' : tradesCost, this.safeString (trade, 'cost', '0'));
            // (pushed in place: a copy of the fees so far at each trade made an order of 40,000 fills cost seconds;
            // red-team round 28)
            const tradeFees = this.safeList (trade, 'fees', []);
            for (let j = 0; j < tradeFees.length; j++) {
                tradesFees.push (tradeFees[j]);
            }
            const tradeTimestamp = this.safeInteger (trade, 'timestamp');
            if ((tradeTimestamp !== undefined) && ((lastTrade === undefined) || (tradeTimestamp > lastTrade))) {
                lastTrade = tradeTimestamp;
            }
        }
        let amount = this.safeUnsigned (order, 'amount');
        let filled = this.safeUnsigned (order, 'filled');
        let remaining = this.safeUnsigned (order, 'remaining');
        let cost = this.safeUnsigned (order, 'cost');
        let average = this.safeString (order, 'average');
        let price = this.safeString (order, 'price');
        const type = this.safeString (order, 'type');
        if ((filled === undefined) && (tradesAmount !== undefined)) {
            filled = tradesAmount;
        }
        if ((cost === undefined) && (tradesCost !== undefined)) {
            cost = tradesCost;
        }
        if ((filled === undefined) && (amount !== undefined) && (remaining !== undefined)) {
            filled = Precise.stringSub (amount, remaining);
        }
        if ((remaining === undefined) && (amount !== undefined) && (filled !== undefined)) {
            remaining = Precise.stringMax (Precise.stringSub (amount, filled), '0');
        }
        if ((amount === undefined) && (filled !== undefined) && (remaining !== undefined)) {
            amount = Precise.stringAdd (filled, remaining);
        }
        if ((average !== undefined) && Precise.stringEq (average, '0')) {
            average = undefined;
        }
        if ((average === undefined) && (cost !== undefined) && (filled !== undefined) && Precise.stringGt (filled, '0')) {
            // in a contract market cost is filled x contractSize (x average when linear): see contractValue
            const unit = this.contractValue (filled, '1', market);
            if ((unit !== undefined) && !Precise.stringEq (this.contractValue (filled, '2', market), unit)) {
                average = Precise.stringDiv (cost, unit);
            }
        }
        if ((cost === undefined) && (filled !== undefined)) {
            if (average !== undefined) {
                cost = this.contractValue (filled, average, market);
            } else if (Precise.stringEq (filled, '0')) {
                cost = '0'; // nothing filled, nothing spent
            }
        }
        if ((price !== undefined) && Precise.stringEq (price, '0')) {
            price = undefined;
        }
        if ((price === undefined) && (type === 'market')) {
            price = average;
        }
        let status = this.safeString (order, 'status');
        if ((status === undefined) && (remaining !== undefined) && Precise.stringEq (remaining, '0') && (filled !== undefined) && Precise.stringGt (filled, '0')) {
            status = 'closed';
        }
        let lastTradeTimestamp = this.safeMilliseconds (order, 'lastTradeTimestamp');
        if (lastTradeTimestamp === undefined) {
            lastTradeTimestamp = lastTrade;
        }
        if ((filled !== undefined) && Precise.stringEq (filled, '0')) {
            lastTradeTimestamp = undefined; // no trade, no last trade: a canceled order's close time is not one
        }
        let orderFee = this.safeDict (order, 'fee');
        let orderFees = this.safeList (order, 'fees', []);
        if ((orderFee === undefined) && (orderFees.length === 0)) {
            orderFees = this.aggregateFees (tradesFees);
        }
        const [ fee, fees ] = this.safeFees (orderFee, orderFees);
        const triggerPrice = this.safeString2 (order, 'triggerPrice', 'stopPrice');
        let timeInForce = this.safeString (order, 'timeInForce');
        let postOnly = this.safeBool (order, 'postOnly');
        if (timeInForce === 'PO') {
            postOnly = true;
        }
        if ((postOnly === true) && (timeInForce === undefined)) {
            timeInForce = 'PO';
        }
        const timestamp = this.safeMilliseconds (order, 'timestamp');
        return {
            'id': this.safeString (order, 'id'),
            'clientOrderId': this.safeString (order, 'clientOrderId'),
            'symbol': this.safeSymbol (this.safeString (order, 'symbol'), market),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'lastTradeTimestamp': lastTradeTimestamp,
            'lastUpdateTimestamp': this.safeMilliseconds (order, 'lastUpdateTimestamp'),
            'status': status,
            'type': type,
            'timeInForce': timeInForce,
            'postOnly': postOnly,
            'reduceOnly': this.safeBool (order, 'reduceOnly'),
            'side': this.safeString (order, 'side'),
            'price': this.parseNumber (price),
            'triggerPrice': this.parseNumber (triggerPrice),
            'stopPrice': this.parseNumber (triggerPrice),
            'stopLossPrice': this.safeNumber (order, 'stopLossPrice'),
            'takeProfitPrice': this.safeNumber (order, 'takeProfitPrice'),
            'amount': this.parseNumber (amount),
            'filled': this.parseNumber (filled),
            'remaining': this.parseNumber (remaining),
            'cost': this.parseNumber (cost),
            'average': this.parseNumber (average),
            'fee': fee,
            'fees': fees,
            'trades': trades,
            'info': this.safeValue (order, 'info'),
        };
    }

    safeBalance (balance) {
        // Fills free, used and total of every currency from the two that are known, and indexes them by
        // kind too: balance['free']['BTC'] as well as balance['BTC']['free'].
        // (free, used and total are filled as dictionaries of their own, then put in: PHP wrote result['free'][code]
        // as into a list when the codes were digits, so '0' and '14' made 15 entries there, nulls between them)
        const reserved = [ 'info', 'timestamp', 'datetime', 'free', 'used', 'total' ];
        const result = {
            'info': this.safeValue (balance, 'info'),
            'timestamp': this.safeInteger (balance, 'timestamp'),
            'datetime': this.iso8601 (this.safeInteger (balance, 'timestamp')),
            'free': {},
            'used': {},
            'total': {},
        };
        const free = {};
        const used = {};
        const total = {};
        const codes = Object.keys (balance);
        this.checkKeyNames (codes, 'safeBalance');
        for (let i = 0; i < codes.length; i++) {
            const code = codes[i];
            if (this.inArray (code, reserved)) {
                continue;
            }
            const account = this.ownValue (balance, code);
            let freeText = this.safeString (account, 'free');
            let usedText = this.safeString (account, 'used');
            let totalText = this.safeString (account, 'total');
            if ((totalText === undefined) && (freeText !== undefined) && (usedText !== undefined)) {
                totalText = Precise.stringAdd (freeText, usedText);
            }
            if ((freeText === undefined) && (totalText !== undefined) && (usedText !== undefined)) {
                freeText = Precise.stringSub (totalText, usedText);
            }
            if ((usedText === undefined) && (totalText !== undefined) && (freeText !== undefined)) {
                usedText = Precise.stringSub (totalText, freeText);
            }
            const parsed = { 'free': this.parseNumber (freeText), 'used': this.parseNumber (usedText), 'total': this.parseNumber (totalText) };
            result[code] = parsed;
            free[code] = parsed['free'];
            used[code] = parsed['used'];
            total[code] = parsed['total'];
        }
        result['free'] = free;
        result['used'] = used;
        result['total'] = total;
        return result;
    }

    safeTransaction (transaction, currency = undefined) {
        // A deposit or a withdrawal; the currency code comes from currency when the entry has none.
        const timestamp = this.safeMilliseconds (transaction, 'timestamp');
        const code = (currency === undefined) ? undefined : currency['code'];
        return {
            'id': this.safeString (transaction, 'id'),
            'txid': this.safeString (transaction, 'txid'),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'network': this.safeString (transaction, 'network'),
            'address': this.safeString (transaction, 'address'),
            'tag': this.safeString (transaction, 'tag'),
            'type': this.safeString (transaction, 'type'),
            'amount': this.parseNumber (this.safeUnsigned (transaction, 'amount')),
            'currency': this.safeString (transaction, 'currency', code),
            'status': this.safeString (transaction, 'status'),
            'updated': this.safeMilliseconds (transaction, 'updated'),
            'fee': this.safeFee (this.safeDict (transaction, 'fee')),
            'info': this.safeValue (transaction, 'info'),
        };
    }

    safeLedgerEntry (entry, currency = undefined) {
        // One movement of a balance; a signed amount gives the direction ('in' or 'out') and is unsigned.
        const signed = this.safeString (entry, 'amount');
        let direction = this.safeString (entry, 'direction');
        if ((direction === undefined) && (signed !== undefined)) {
            direction = Precise.stringLt (signed, '0') ? 'out' : 'in';
        }
        const timestamp = this.safeMilliseconds (entry, 'timestamp');
        const code = (currency === undefined) ? undefined : currency['code'];
        return {
            'id': this.safeString (entry, 'id'),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'direction': direction,
            'account': this.safeString (entry, 'account'),
            'referenceId': this.safeString (entry, 'referenceId'),
            'type': this.safeString (entry, 'type'),
            'currency': this.safeString (entry, 'currency', code),
            'amount': this.parseNumber (Precise.stringAbs (signed)),
            'before': this.safeNumber (entry, 'before'),
            'after': this.safeNumber (entry, 'after'),
            'status': this.safeString (entry, 'status'),
            'fee': this.safeFee (this.safeDict (entry, 'fee')),
            'info': this.safeValue (entry, 'info'),
        };
    }

    safeTransfer (transfer) {
        // A move between two accounts of the user with every unified field: datetime from timestamp, amount
        // unsigned; fromAccount and toAccount as the caller named them.
        const timestamp = this.safeMilliseconds (transfer, 'timestamp');
        return {
            'id': this.safeString (transfer, 'id'),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'currency': this.safeString (transfer, 'currency'),
            'amount': this.parseNumber (this.safeUnsigned (transfer, 'amount')),
            'fromAccount': this.safeString (transfer, 'fromAccount'),
            'toAccount': this.safeString (transfer, 'toAccount'),
            'status': this.safeString (transfer, 'status'),
            'info': this.safeValue (transfer, 'info'),
        };
    }

    safePosition (position, market = undefined) {
        // An open position of a contract market. contracts is unsigned, in contracts (not in the base currency);
        // a signed count gives the side ('long' above zero, 'short' below) when the exchange names none.
        // contractSize comes from the market when the position has none; notional (the value in the quote
        // currency, unsigned) of a swap or future from contracts x contractSize, times markPrice for a linear
        // one; percentage (the unrealized PnL in % of the initial margin) from those two.
        const signed = this.safeString (position, 'contracts');
        let side = this.safeStringLower (position, 'side');
        if ((side === undefined) && (signed !== undefined)) {
            if (Precise.stringGt (signed, '0')) {
                side = 'long';
            } else if (Precise.stringLt (signed, '0')) {
                side = 'short';
            }
        }
        const contracts = Precise.stringAbs (signed);
        let contractSize = this.safeString (position, 'contractSize');
        if ((contractSize === undefined) && (market !== undefined)) {
            contractSize = this.safeString (market, 'contractSize');
        }
        const markPrice = this.safeString (position, 'markPrice');
        let notional = this.safeUnsigned (position, 'notional');
        const futures = (this.safeBool (market, 'swap') === true) || (this.safeBool (market, 'future') === true);
        if ((notional === undefined) && (contracts !== undefined) && (contractSize !== undefined) && futures) {
            if (this.safeBool (market, 'inverse') === true) {
                notional = Precise.stringMul (contracts, contractSize);
            } else if ((this.safeBool (market, 'linear') === true) && (markPrice !== undefined)) {
                notional = Precise.stringMul (Precise.stringMul (contracts, contractSize), markPrice);
            }
        }
        const unrealizedPnl = this.safeString (position, 'unrealizedPnl');
        const initialMargin = this.safeString (position, 'initialMargin');
        let percentage = this.safeString (position, 'percentage');
        if ((percentage === undefined) && (unrealizedPnl !== undefined) && (initialMargin !== undefined) && !Precise.stringEq (initialMargin, '0')) {
            percentage = Precise.stringMul (Precise.stringDiv (unrealizedPnl, initialMargin), '100');
        }
        const timestamp = this.safeMilliseconds (position, 'timestamp');
        return {
            'symbol': this.safeSymbol (this.safeString (position, 'symbol'), market),
            'id': this.safeString (position, 'id'),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'side': side,
            'contracts': this.parseNumber (contracts),
            'contractSize': this.parseNumber (contractSize),
            'notional': this.parseNumber (notional),
            'leverage': this.safeNumber (position, 'leverage'),
            'entryPrice': this.safeNumber (position, 'entryPrice'),
            'markPrice': this.parseNumber (markPrice),
            'liquidationPrice': this.safeNumber (position, 'liquidationPrice'),
            'unrealizedPnl': this.parseNumber (unrealizedPnl),
            'realizedPnl': this.safeNumber (position, 'realizedPnl'),
            'collateral': this.safeNumber (position, 'collateral'),
            'initialMargin': this.parseNumber (initialMargin),
            'maintenanceMargin': this.safeNumber (position, 'maintenanceMargin'),
            'marginMode': this.safeStringLower (position, 'marginMode'),
            'percentage': this.parseNumber (percentage),
            'info': this.safeValue (position, 'info'),
        };
    }

    safeFundingRate (rate, market = undefined) {
        // The funding of a swap: the rate of the current (or last settled) interval at fundingTimestamp, the
        // predicted one at nextFundingTimestamp; rates as fractions (0.0001 is 0.01 %), every time in ms.
        const timestamp = this.safeMilliseconds (rate, 'timestamp');
        const fundingTimestamp = this.safeMilliseconds (rate, 'fundingTimestamp');
        const nextFundingTimestamp = this.safeMilliseconds (rate, 'nextFundingTimestamp');
        return {
            'symbol': this.safeSymbol (this.safeString (rate, 'symbol'), market),
            'markPrice': this.safeNumber (rate, 'markPrice'),
            'indexPrice': this.safeNumber (rate, 'indexPrice'),
            'interestRate': this.safeNumber (rate, 'interestRate'),
            'fundingRate': this.safeNumber (rate, 'fundingRate'),
            'fundingTimestamp': fundingTimestamp,
            'fundingDatetime': this.iso8601 (fundingTimestamp),
            'nextFundingRate': this.safeNumber (rate, 'nextFundingRate'),
            'nextFundingTimestamp': nextFundingTimestamp,
            'nextFundingDatetime': this.iso8601 (nextFundingTimestamp),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'info': this.safeValue (rate, 'info'),
        };
    }

    safeFundingRateHistory (entry, market = undefined) {
        // One settled funding of a swap: its rate (a fraction) and when it was applied.
        const timestamp = this.safeMilliseconds (entry, 'timestamp');
        return {
            'symbol': this.safeSymbol (this.safeString (entry, 'symbol'), market),
            'fundingRate': this.safeNumber (entry, 'fundingRate'),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'info': this.safeValue (entry, 'info'),
        };
    }

    safeOpenInterest (interest, market = undefined) {
        // The open interest of a contract market: openInterestAmount in contracts, openInterestValue in the
        // quote currency (each as the exchange reports it; neither is derived from the other).
        const timestamp = this.safeMilliseconds (interest, 'timestamp');
        return {
            'symbol': this.safeSymbol (this.safeString (interest, 'symbol'), market),
            'openInterestAmount': this.safeNumber (interest, 'openInterestAmount'),
            'openInterestValue': this.safeNumber (interest, 'openInterestValue'),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'info': this.safeValue (interest, 'info'),
        };
    }

    safeLeverage (leverage, market = undefined) {
        // The leverage of a market for long and short positions; a single 'leverage' stands for both.
        const both = this.safeString (leverage, 'leverage');
        return {
            'symbol': this.safeSymbol (this.safeString (leverage, 'symbol'), market),
            'marginMode': this.safeStringLower (leverage, 'marginMode'),
            'longLeverage': this.parseNumber (this.safeString (leverage, 'longLeverage', both)),
            'shortLeverage': this.parseNumber (this.safeString (leverage, 'shortLeverage', both)),
            'info': this.safeValue (leverage, 'info'),
        };
    }

    safeMarginMode (marginMode, market = undefined) {
        // The margin mode of a market: 'cross' or 'isolated'.
        return {
            'symbol': this.safeSymbol (this.safeString (marginMode, 'symbol'), market),
            'marginMode': this.safeStringLower (marginMode, 'marginMode'),
            'info': this.safeValue (marginMode, 'info'),
        };
    }

    account () {
        return { 'free': undefined, 'used': undefined, 'total': undefined };
    }

    parseBidAsk (bidask, priceKey = 0, amountKey = 1) {
        return [ this.safeNumber (bidask, priceKey), this.safeNumber (bidask, amountKey) ];
    }

    parseBidsAsks (bidasks, priceKey = 0, amountKey = 1) {
        // Each entry as this.parseBidAsk (entry, priceKey, amountKey). A level that is a list, read with numbered
        // keys, is read here, by its number, rather than through safeValue: a read site of its own, which sees
        // only levels, is several times faster than the one every caller of safeValue shares. (null and '' need
        // no default here: parseNumber gives undefined for them, as for a missing value.) A side that is neither a
        // list nor a dictionary (a text, a number: an error page's field) is no book: its characters made levels of
        // undefined prices.
        if ((bidasks !== undefined) && (typeof bidasks !== 'object')) {
            throw new BadResponse (this.id + ' sent an order book side that is neither a list nor a dictionary');
        }
        const result = [];
        const entries = this.toArray (bidasks === undefined ? [] : bidasks);
        const numbered = (typeof priceKey === 'number') && (typeof amountKey === 'number');
        const priceIndex = numbered ? priceKey * 1 : 0; // (typed as numbers for the reads by index)
        const amountIndex = numbered ? amountKey * 1 : 1;
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            if (numbered && Array.isArray (entry)) {
                result.push ([ this.parseNumber (entry[priceIndex]), this.parseNumber (entry[amountIndex]) ]);
            } else {
                result.push ([ this.parseNumber (this.safeValue (entry, priceKey)), this.parseNumber (this.safeValue (entry, amountKey)) ]);
            }
        }
        return result;
    }

    parseOrderBook (orderbook, symbol, timestamp = undefined, bidsKey = 'bids', asksKey = 'asks', priceKey = 0, amountKey = 1) {
        const bids = this.parseBidsAsks (this.safeValue (orderbook, bidsKey), priceKey, amountKey);
        const asks = this.parseBidsAsks (this.safeValue (orderbook, asksKey), priceKey, amountKey);
        return {
            'symbol': symbol,
            'bids': this.sortBy (bids, 0, true),
            'asks': this.sortBy (asks, 0),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'nonce': undefined,
        };
    }

    parseOHLCV (ohlcv, market = undefined) {
        // Exchanges whose candles are not [ timestamp, open, high, low, close, volume ] override this.
        if (Array.isArray (ohlcv)) {
            return [
                this.safeInteger (ohlcv, 0),
                this.safeNumber (ohlcv, 1),
                this.safeNumber (ohlcv, 2),
                this.safeNumber (ohlcv, 3),
                this.safeNumber (ohlcv, 4),
                this.safeNumber (ohlcv, 5),
            ];
        }
        return ohlcv;
    }

    parseOHLCVs (ohlcvs, market = undefined, timeframe = '1m', since = undefined, limit = undefined) {
        const result = [];
        const entries = this.toArray (ohlcvs);
        for (let i = 0; i < entries.length; i++) {
            result.push (this.parseOHLCV (entries[i], market));
        }
        return this.filterBySinceLimit (this.sortBy (result, 0), since, limit, 0);
    }

    parseTrade (trade, market = undefined) {
        throw new NotSupported (this.id + ' parseTrade () is not implemented');
    }

    parseOrder (order, market = undefined) {
        throw new NotSupported (this.id + ' parseOrder () is not implemented');
    }

    parseTicker (ticker, market = undefined) {
        throw new NotSupported (this.id + ' parseTicker () is not implemented');
    }

    parseTransaction (transaction, currency = undefined) {
        throw new NotSupported (this.id + ' parseTransaction () is not implemented');
    }

    parseLedgerEntry (item, currency = undefined) {
        throw new NotSupported (this.id + ' parseLedgerEntry () is not implemented');
    }

    parsePosition (position, market = undefined) {
        throw new NotSupported (this.id + ' parsePosition () is not implemented');
    }

    parseFundingRate (rate, market = undefined) {
        throw new NotSupported (this.id + ' parseFundingRate () is not implemented');
    }

    parseFundingRateHistory (entry, market = undefined) {
        throw new NotSupported (this.id + ' parseFundingRateHistory () is not implemented');
    }

    parsePositions (positions, symbols = undefined, params = {}) {
        // The positions of the given symbols (all when undefined), in the exchange's order.
        const result = [];
        const entries = this.toArray (positions);
        for (let i = 0; i < entries.length; i++) {
            const position = this.extend (this.parsePosition (entries[i]), params);
            if ((symbols === undefined) || this.inArray (position['symbol'], symbols)) {
                result.push (position);
            }
        }
        return result;
    }

    parseFundingRates (rates, symbols = undefined, params = {}) {
        // Funding rates by symbol, of the given symbols (all when undefined).
        const kept = [];
        const entries = this.toArray (rates);
        for (let i = 0; i < entries.length; i++) {
            const rate = this.extend (this.parseFundingRate (entries[i]), params);
            if ((symbols === undefined) || this.inArray (rate['symbol'], symbols)) {
                kept.push (rate);
            }
        }
        return this.bySymbol (kept, 'parseFundingRates');
    }

    parseFundingRateHistories (entries, market = undefined, since = undefined, limit = undefined) {
        // Settled fundings, oldest first: the first limit of them from since on, or without since the latest limit.
        const result = [];
        const list = this.toArray (entries);
        for (let i = 0; i < list.length; i++) {
            result.push (this.parseFundingRateHistory (list[i], market));
        }
        const symbol = (market === undefined) ? undefined : market['symbol'];
        return this.filterBySymbolSinceLimit (this.sortBy (result, 'timestamp'), symbol, since, limit, since === undefined);
    }

    parseTrades (trades, market = undefined, since = undefined, limit = undefined, params = {}) {
        const result = [];
        const entries = this.toArray (trades);
        // Each trade as parseTrade gives it, or, when params has keys, a copy with them (spread here: a copy site of
        // its own sees one shape of trade and copies it fast, where extend's, shared by every caller, does not).
        const extended = Object.keys (params).length > 0;
        for (let i = 0; i < entries.length; i++) {
            const trade = this.parseTrade (entries[i], market);
            result.push (extended ? { ...trade, ...params } : trade);
        }
        const symbol = (market === undefined) ? undefined : market['symbol'];
        return this.filterBySymbolSinceLimit (this.sortBy (result, 'timestamp'), symbol, since, limit);
    }

    parseOrders (orders, market = undefined, since = undefined, limit = undefined, params = {}) {
        const result = [];
        const entries = this.toArray (orders);
        for (let i = 0; i < entries.length; i++) {
            result.push (this.extend (this.parseOrder (entries[i], market), params));
        }
        const symbol = (market === undefined) ? undefined : market['symbol'];
        return this.filterBySymbolSinceLimit (this.sortBy (result, 'timestamp'), symbol, since, limit);
    }

    parseTransactions (transactions, currency = undefined, since = undefined, limit = undefined, params = {}) {
        const result = [];
        const entries = this.toArray (transactions);
        for (let i = 0; i < entries.length; i++) {
            result.push (this.extend (this.parseTransaction (entries[i], currency), params));
        }
        const code = (currency === undefined) ? undefined : currency['code'];
        return this.filterByCurrencySinceLimit (this.sortBy (result, 'timestamp'), code, since, limit);
    }

    parseLedger (items, currency = undefined, since = undefined, limit = undefined, params = {}) {
        const result = [];
        const entries = this.toArray (items);
        for (let i = 0; i < entries.length; i++) {
            result.push (this.extend (this.parseLedgerEntry (entries[i], currency), params));
        }
        const code = (currency === undefined) ? undefined : currency['code'];
        return this.filterByCurrencySinceLimit (this.sortBy (result, 'timestamp'), code, since, limit);
    }

    parseTickers (tickers, symbols = undefined, params = {}) {
        const kept = [];
        const entries = this.toArray (tickers);
        const extended = Object.keys (params).length > 0; // (a copy only to add params' keys, as parseTrades)
        for (let i = 0; i < entries.length; i++) {
            const parsed = this.parseTicker (entries[i]);
            const ticker = extended ? this.extend (parsed, params) : parsed;
            if ((symbols === undefined) || this.inArray (ticker['symbol'], symbols)) {
                kept.push (ticker);
            }
        }
        return this.bySymbol (kept, 'parseTickers');
    }

    bySymbol (entries, method) {
        // The entries by their symbol, a later one winning (a symbol a server chose, whose collisions PHP counts first:
        // see checkKeyNames).
        const names = [];
        for (let i = 0; i < entries.length; i++) {
            names.push (entries[i]['symbol']);
        }
        this.checkKeyNames (names, method);
        const result = {};
        for (let i = 0; i < entries.length; i++) {
            result[names[i]] = entries[i];
        }
        return result;
    }

    filterBySinceLimit (array, since = undefined, limit = undefined, key = 'timestamp', tail = false) {
        return this.filterByValueSinceLimit (array, undefined, undefined, since, limit, key, tail);
    }

    filterBySymbolSinceLimit (array, symbol = undefined, since = undefined, limit = undefined, tail = false) {
        return this.filterByValueSinceLimit (array, 'symbol', symbol, since, limit, 'timestamp', tail);
    }

    filterByCurrencySinceLimit (array, code = undefined, since = undefined, limit = undefined, tail = false) {
        return this.filterByValueSinceLimit (array, 'currency', code, since, limit, 'timestamp', tail);
    }

    filterByValueSinceLimit (array, field, value = undefined, since = undefined, limit = undefined, key = 'timestamp', tail = false) {
        // Entries whose field equals value (when given) and whose key is at least since (when given),
        // then the first limit of them, or the last limit when tail is true.
        // (An entry's 'symbol', a key that no object or list inherits, is read here, as safeValue reads it.)
        const result = [];
        const entries = this.toArray (array);
        const bySymbol = (field === 'symbol');
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            let matchesValue = true;
            if (value !== undefined) {
                let entryValue = undefined;
                if (bySymbol && (typeof entry === 'object') && (entry !== null)) {
                    entryValue = entry['symbol'];
                    if ((entryValue === null) || (entryValue === '')) {
                        entryValue = undefined;
                    }
                } else {
                    entryValue = this.safeValue (entry, field);
                }
                matchesValue = (typeof value !== 'object') && (entryValue === value);
            }
            let matchesSince = true;
            if (matchesValue && (since !== undefined)) { // (the key is read only when it is compared)
                const entrySince = this.safeValue (entry, key);
                matchesSince = (entrySince !== undefined) && (entrySince >= since);
            }
            if (matchesValue && matchesSince) {
                result.push (entry);
            }
        }
        if ((limit === undefined) || (result.length <= limit)) {
            return result;
        }
        if (tail) {
            return result.slice (result.length - limit);
        }
        return result.slice (0, limit);
    }

    // --- fees ----------------------------------------------------------------------------------------

    calculateFee (symbol, type, side, amount, price, takerOrMaker = 'taker', params = {}) {
        const market = this.market (symbol);
        const rate = this.safeString (market, takerOrMaker);
        const cost = Precise.stringMul (Precise.stringMul (this.numberToString (amount), this.numberToString (price)), rate);
        return {
            'type': takerOrMaker,
            'currency': market['quote'],
            'rate': this.parseNumber (rate),
            'cost': this.parseNumber (cost),
        };
    }

    // --- unified params: read once, checked, then mapped by the exchange (transpiler/unified.py) -------

    unifiedOrderParams (type, params = {}) {
        // The unified params of createOrder as [ unified, rest ]: unified holds postOnly (true also for
        // timeInForce 'PO'), timeInForce ('GTC', 'IOC', 'FOK' or undefined), reduceOnly, triggerPrice,
        // stopLossPrice, takeProfitPrice (as strings), the one of them that is set in 'triggerKind' with its
        // price in 'trigger', clientOrderId and cost; rest is params without them.
        // Combinations no exchange can place are rejected here, naming the param.
        const timeInForce = this.safeStringUpper (params, 'timeInForce');
        const known = [ 'GTC', 'IOC', 'FOK', 'PO' ];
        if ((timeInForce !== undefined) && !this.inArray (timeInForce, known)) {
            throw new BadRequest (this.id + ' createOrder () timeInForce must be one of GTC, IOC, FOK or PO, not ' + timeInForce);
        }
        const postOnly = (timeInForce === 'PO') || (this.safeBool (params, 'postOnly', false) === true);
        const unified = {
            'postOnly': postOnly,
            'timeInForce': (timeInForce === 'PO') ? undefined : timeInForce,
            'reduceOnly': this.safeBool (params, 'reduceOnly', false) === true,
            'triggerPrice': this.safeString (params, 'triggerPrice'),
            'stopLossPrice': this.safeString (params, 'stopLossPrice'),
            'takeProfitPrice': this.safeString (params, 'takeProfitPrice'),
            'clientOrderId': this.safeString (params, 'clientOrderId'),
            'cost': this.safeString (params, 'cost'),
            'trigger': undefined,
            'triggerKind': undefined,
        };
        if (postOnly && (type !== 'limit')) {
            throw new InvalidOrder (this.id + ' createOrder () postOnly (timeInForce PO) is for limit orders, not ' + type + ' orders');
        }
        if (postOnly && ((unified['timeInForce'] === 'IOC') || (unified['timeInForce'] === 'FOK'))) {
            throw new InvalidOrder (this.id + ' createOrder () postOnly cannot be combined with timeInForce ' + unified['timeInForce']);
        }
        const triggers = [ 'triggerPrice', 'stopLossPrice', 'takeProfitPrice' ];
        for (let i = 0; i < triggers.length; i++) {
            const name = triggers[i];
            const value = this.safeString (unified, name);
            if (value === undefined) {
                continue;
            }
            if (unified['trigger'] !== undefined) {
                throw new InvalidOrder (this.id + ' createOrder () takes one of triggerPrice, stopLossPrice and takeProfitPrice, not ' + unified['triggerKind'] + ' and ' + name);
            }
            if (postOnly) {
                throw new InvalidOrder (this.id + ' createOrder () ' + name + ' cannot be combined with postOnly (timeInForce PO)');
            }
            unified['trigger'] = value;
            unified['triggerKind'] = name;
        }
        if ((unified['cost'] !== undefined) && (type !== 'market')) {
            throw new InvalidOrder (this.id + ' createOrder () cost sizes market orders only, not ' + type + ' orders');
        }
        const rest = this.omit (params, [ 'postOnly', 'timeInForce', 'reduceOnly', 'triggerPrice', 'stopLossPrice', 'takeProfitPrice', 'clientOrderId', 'cost' ]);
        return [ unified, rest ];
    }

    rejectUnifiedParams (method, unified, names) {
        // Throws NotSupported naming the first of names that unified holds (a true flag or a value): for the
        // unified params this exchange cannot map.
        for (let i = 0; i < names.length; i++) {
            const value = this.safeValue (unified, names[i]);
            if ((value !== undefined) && (value !== false)) {
                throw new NotSupported (this.id + ' ' + method + ' () does not support the unified param ' + names[i]);
            }
        }
    }

    canceledOrders (orders, response) {
        // The result of a cancel-all request that the exchange answers with a count or a message only: the
        // orders listed open just before, now canceled, each with the exchange's answer beside its own info.
        const result = [];
        for (let i = 0; i < orders.length; i++) {
            result.push (this.extend (orders[i], { 'status': 'canceled', 'info': { 'order': orders[i]['info'], 'canceled': response } }));
        }
        return result;
    }

    depositWithdrawFeesFromCurrencies (currencies, codes = undefined) {
        // fetchDepositWithdrawFees from fetchCurrencies' result, for exchanges whose currency list carries
        // the withdrawal fee (an amount) of the currency and of each network; deposit fees are not reported.
        const result = {};
        const keys = Object.keys (currencies);
        for (let i = 0; i < keys.length; i++) {
            const code = keys[i];
            if ((codes !== undefined) && !this.inArray (code, codes)) {
                continue;
            }
            const currency = this.safeDict (currencies, code, {});
            const networks = this.safeDict (currency, 'networks', {});
            const networkCodes = Object.keys (networks);
            const byNetwork = {};
            for (let j = 0; j < networkCodes.length; j++) {
                const network = this.safeDict (networks, networkCodes[j], {});
                byNetwork[networkCodes[j]] = { 'withdraw': this.feeAmount (this.safeNumber (network, 'fee')), 'deposit': {} };
            }
            result[code] = {
                'code': code,
                'withdraw': this.feeAmount (this.safeNumber (currency, 'fee')),
                'deposit': {},
                'networks': byNetwork,
                'info': this.safeValue (currency, 'info'),
            };
        }
        return result;
    }

    feeAmount (fee) {
        // A DepositWithdrawFee's withdraw or deposit entry for a fee that is an amount (not a rate).
        if (fee === undefined) {
            return {};
        }
        return { 'fee': fee, 'percentage': false };
    }

    async tradingFeeOfAll (symbol, params = {}) {
        // fetchTradingFee for exchanges whose fee endpoint reports every market at once: fetchTradingFees'
        // entry of the symbol.
        await this.loadMarkets ();
        const market = this.market (symbol);
        const fees = await this.fetchTradingFees (params);
        return this.safeDict (fees, market['symbol']);
    }

    accountTypeId (account) {
        // The exchange's name of a unified account ('spot', 'margin', 'funding', ...) for transfer (),
        // from options['accountsByType']; an unknown one is rejected rather than sent as it is.
        const accounts = this.safeDict (this.options, 'accountsByType', {});
        const id = this.safeString (accounts, account);
        if (id === undefined) {
            throw new BadRequest (this.id + ' transfer () knows no account ' + account + ': one of ' + Object.keys (accounts).join (', '));
        }
        return id;
    }

    networkId (networkCode, currency = undefined) {
        // The exchange's id of a unified network code (options['networks'], then the currency's networks), or
        // the code itself when neither knows it.
        if (networkCode === undefined) {
            return undefined;
        }
        const upper = networkCode.toUpperCase ();
        const byCurrency = this.safeDict (currency, 'networks', {});
        const entry = this.safeDict (byCurrency, upper);
        if (entry !== undefined) {
            return this.safeString (entry, 'id', upper);
        }
        const networks = this.safeDict (this.options, 'networks', {});
        return this.safeString (networks, upper, upper);
    }

    knownNetworkId (networkCode, currency, method) {
        // networkId for a unified network code that options['networks'] or the currency's networks know; any
        // other code is rejected, naming the param, rather than sent to the exchange as it is (fail closed).
        const upper = networkCode.toUpperCase ();
        const known = this.extend (this.safeDict (this.options, 'networks', {}), this.safeDict (currency, 'networks', {}));
        if (this.safeValue (known, upper) === undefined) {
            throw new BadRequest (this.id + ' ' + method + ' () knows no network ' + networkCode + ' (the unified param network): one of ' + Object.keys (known).join (', '));
        }
        return this.networkId (upper, currency);
    }

    networkCode (networkId, currency = undefined) {
        // The unified code of an exchange's network id: the currency's network of that id, else the inverse of
        // options['networks'], else the id itself.
        if (networkId === undefined) {
            return undefined;
        }
        const byCurrency = this.safeDict (currency, 'networks', {});
        const known = Object.keys (byCurrency);
        for (let i = 0; i < known.length; i++) {
            if (this.safeString (this.safeDict (byCurrency, known[i]), 'id') === networkId) {
                return known[i];
            }
        }
        const networks = this.safeDict (this.options, 'networks', {});
        const codes = Object.keys (networks);
        for (let i = 0; i < codes.length; i++) {
            if (this.safeString (networks, codes[i]) === networkId) {
                return codes[i];
            }
        }
        return networkId;
    }

    // --- unified API defaults: an exchange overrides what it supports and sets has[...] = true --------

    async fetchCurrencies (params = {}) {
        throw new NotSupported (this.id + ' fetchCurrencies () is not supported yet');
    }

    async fetchTicker (symbol, params = {}) {
        throw new NotSupported (this.id + ' fetchTicker () is not supported yet');
    }

    async fetchTickers (symbols = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchTickers () is not supported yet');
    }

    async fetchOrderBook (symbol, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchOrderBook () is not supported yet');
    }

    async fetchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchOHLCV () is not supported yet');
    }

    async fetchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchTrades () is not supported yet');
    }

    async fetchBalance (params = {}) {
        throw new NotSupported (this.id + ' fetchBalance () is not supported yet');
    }

    async createOrder (symbol, type, side, amount, price = undefined, params = {}) {
        throw new NotSupported (this.id + ' createOrder () is not supported yet');
    }

    async cancelOrder (id, symbol = undefined, params = {}) {
        throw new NotSupported (this.id + ' cancelOrder () is not supported yet');
    }

    async editOrder (id, symbol, type, side, amount = undefined, price = undefined, params = {}) {
        throw new NotSupported (this.id + ' editOrder () is not supported yet');
    }

    async fetchOrder (id, symbol = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchOrder () is not supported yet');
    }

    async fetchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchOrders () is not supported yet');
    }

    async fetchOpenOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchOpenOrders () is not supported yet');
    }

    async fetchClosedOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchClosedOrders () is not supported yet');
    }

    async fetchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchMyTrades () is not supported yet');
    }

    async fetchDeposits (code = undefined, since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchDeposits () is not supported yet');
    }

    async fetchWithdrawals (code = undefined, since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchWithdrawals () is not supported yet');
    }

    async fetchTransactions (code = undefined, since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchTransactions () is not supported yet');
    }

    async fetchLedger (code = undefined, since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchLedger () is not supported yet');
    }

    async fetchDepositAddress (code, params = {}) {
        throw new NotSupported (this.id + ' fetchDepositAddress () is not supported yet');
    }

    async withdraw (code, amount, address, tag = undefined, params = {}) {
        throw new NotSupported (this.id + ' withdraw () is not supported yet');
    }

    async fetchTime (params = {}) {
        throw new NotSupported (this.id + ' fetchTime () is not supported yet');
    }

    async fetchStatus (params = {}) {
        throw new NotSupported (this.id + ' fetchStatus () is not supported yet');
    }

    async fetchTradingFees (params = {}) {
        throw new NotSupported (this.id + ' fetchTradingFees () is not supported yet');
    }

    async cancelAllOrders (symbol = undefined, params = {}) {
        throw new NotSupported (this.id + ' cancelAllOrders () is not supported yet');
    }

    async fetchOrderTrades (id, symbol = undefined, since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchOrderTrades () is not supported yet');
    }

    async fetchTradingFee (symbol, params = {}) {
        throw new NotSupported (this.id + ' fetchTradingFee () is not supported yet');
    }

    async fetchDepositAddresses (codes = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchDepositAddresses () is not supported yet');
    }

    async createDepositAddress (code, params = {}) {
        throw new NotSupported (this.id + ' createDepositAddress () is not supported yet');
    }

    async fetchDepositWithdrawFees (codes = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchDepositWithdrawFees () is not supported yet');
    }

    async transfer (code, amount, fromAccount, toAccount, params = {}) {
        throw new NotSupported (this.id + ' transfer () is not supported yet');
    }

    async createMarketBuyOrderWithCost (symbol, cost, params = {}) {
        throw new NotSupported (this.id + ' createMarketBuyOrderWithCost () is not supported yet');
    }

    async fetchPositions (symbols = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchPositions () is not supported yet');
    }

    async fetchPosition (symbol, params = {}) {
        throw new NotSupported (this.id + ' fetchPosition () is not supported yet');
    }

    async fetchFundingRate (symbol, params = {}) {
        throw new NotSupported (this.id + ' fetchFundingRate () is not supported yet');
    }

    async fetchFundingRates (symbols = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchFundingRates () is not supported yet');
    }

    async fetchFundingRateHistory (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' fetchFundingRateHistory () is not supported yet');
    }

    async fetchOpenInterest (symbol, params = {}) {
        throw new NotSupported (this.id + ' fetchOpenInterest () is not supported yet');
    }

    async setLeverage (leverage, symbol = undefined, params = {}) {
        throw new NotSupported (this.id + ' setLeverage () is not supported yet');
    }

    async setMarginMode (marginMode, symbol = undefined, params = {}) {
        throw new NotSupported (this.id + ' setMarginMode () is not supported yet');
    }

    async fetchLeverage (symbol, params = {}) {
        throw new NotSupported (this.id + ' fetchLeverage () is not supported yet');
    }

    async fetchMarkOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // Candles of the mark price: fetchOHLCV with params['price'] = 'mark', which an exchange that sets
        // has['fetchMarkOHLCV'] maps to its own request.
        if (this.has['fetchMarkOHLCV'] !== true) {
            throw new NotSupported (this.id + ' fetchMarkOHLCV () is not supported yet');
        }
        return await this.fetchOHLCV (symbol, timeframe, since, limit, this.extend (params, { 'price': 'mark' }));
    }

    async fetchIndexOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        // Candles of the index price: fetchOHLCV with params['price'] = 'index' (see fetchMarkOHLCV).
        if (this.has['fetchIndexOHLCV'] !== true) {
            throw new NotSupported (this.id + ' fetchIndexOHLCV () is not supported yet');
        }
        return await this.fetchOHLCV (symbol, timeframe, since, limit, this.extend (params, { 'price': 'index' }));
    }

    // --- streaming: maintained order books and bounded caches (the socket is native: watch, resolveUpdate) -----

    async handleMessage (url, message) {
        // Override: turn one frame (parsed JSON) of the connection to url into updates with
        // this.resolveUpdate (url, value, messageHash), or errors with this.rejectUpdate (...).
        throw new NotSupported (this.id + ' handleMessage () is not implemented: it does not stream');
    }

    async resubscribeMessage (url, subscribeHash, message) {
        // Override: the message to send again for subscribeHash after a reconnect (a fresh signature or token
        // where the first one expires); the base sends the same one.
        return message;
    }

    streamUrl (key = 'public') {
        // The stream URL urls['ws'] names: a string, or a dictionary of them by key.
        const urls = this.safeValue (this.urls, 'ws');
        if (typeof urls === 'string') {
            return urls;
        }
        const url = this.safeString (urls, key);
        if (url === undefined) {
            throw new NotSupported (this.id + ' has no stream URL ' + key + ' in urls[\'ws\']');
        }
        return url;
    }

    streamState (key, defaultValue = undefined) {
        // What a channel keeps between frames (an order book, a cache), by its message hash; in the runtimes that
        // stream only (see checkStreaming).
        this.checkStreaming ();
        return this.safeValue (this.streams, key, defaultValue);
    }

    setStreamState (key, value) {
        this.checkStreaming ();
        this.streams[key] = value;
        return value;
    }

    newOrderBook (symbol, depth = undefined) {
        // An empty maintained book: levels [ price, amount ] by normalized price (bookKey; a level is replaced, never
        // changed, so views share them), the texts the exchange wrote for each (for checksums), and the keys of
        // each side in order, best first (kept sorted as levels come and go: no update sorts the book); depth:
        // the levels the exchange keeps.
        return {
            'symbol': symbol,
            'bids': {},
            'asks': {},
            'texts': { 'bids': {}, 'asks': {} },
            'order': { 'bids': [], 'asks': [] },
            'timestamp': undefined,
            'nonce': undefined,
            'depth': depth,
        };
    }

    bookPart (book, value) {
        // What the book helpers change in place of book's parts: value itself where they made it for book, else a
        // copy of its entries, which they then own. A book's parts may be anyone's values (a caller's params written
        // into a book, a literal in a variable, a spread, a value a resolve* helper keeps, the side of another book
        // that a copy shares), and the helpers changed them in place in Node and asyncio (red-team round 75). The
        // native layers tell the parts they made for each book (js/base/Primitives.js, python/exchangekit/base/
        // book_parts.py); this specification copies every time, to the same values. Internal: the checker reads this
        // copy, and exchange code that held a part handed back as it was could change it unseen (round 76).
        this.checkStreaming ();
        return this.extend ({}, value);
    }

    bookPosition (levels, keys, price, descending) {
        // Where price goes among keys (best first): the first key whose price is not better, by binary search.
        let low = 0;
        let high = keys.length;
        while (low < high) {
            const middle = Math.floor ((low + high) / 2);
            const other = this.safeValue (this.safeValue (levels, keys[middle]), 0);
            const better = descending ? (other > price) : (other < price);
            if (better) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    bookLevel (price, amount) {
        // A level as the book keeps it, [ price, amount ] as numbers, from what the exchange sent.
        const priceNumber = this.parseNumber (price);
        const amountNumber = this.parseNumber (amount);
        if ((priceNumber === undefined) || (amountNumber === undefined)) {
            throw new BadResponse (this.id + ' sent an order book level that is not a number: ' + this.json ([ price, amount ]));
        }
        return [ priceNumber, amountNumber ];
    }

    bookKey (price) {
        // The key of a level's price in a maintained book: its text after '@', so that no side is keyed '0' to 'n-1',
        // which PHP reads as a list (its levels at prices 0 to n-1 were lost there; red-team round 31).
        return '@' + this.numberToString (price);
    }

    setBookLevel (book, side, price, amount) {
        // One level of side ('bids' or 'asks') set to amount, or removed when amount is zero. Returns the book, which
        // changes in place, and so do its parts where the book helpers made them for it (bookPart; any other is
        // copied first): as a stream's state, where streams run only (see checkStreaming).
        this.checkStreaming ();
        this.checkBookSideName (side);
        const level = this.bookLevel (price, amount);
        const priceNumber = level[0];
        const amountNumber = level[1];
        const levels = this.bookPart (book, this.safeDict (book, side, {}));
        const texts = this.bookPart (book, this.safeDict (book, 'texts', {}));
        const sideTexts = this.bookPart (book, this.safeDict (texts, side, {}));
        const order = this.bookPart (book, this.safeDict (book, 'order', {}));
        let keys = this.safeList (order, side, []);
        const key = this.bookKey (priceNumber);
        const known = this.safeValue (levels, key) !== undefined;
        if (amountNumber === 0) {
            if (known) {
                const position = this.bookPosition (levels, keys, priceNumber, side === 'bids');
                keys = keys.slice (0, position).concat (keys.slice (position + 1));
                delete levels[key];
                delete sideTexts[key];
            }
        } else {
            if (!known) {
                const position = this.bookPosition (levels, keys, priceNumber, side === 'bids');
                keys = keys.slice (0, position).concat ([ key ], keys.slice (position));
            }
            levels[key] = level;
            sideTexts[key] = [ this.numberToString (price), this.numberToString (amount) ];
            if (keys.length > this.maxBookLevels ()) { // the worst level goes (the new one, when it is the worst)
                const worst = keys[keys.length - 1];
                keys = keys.slice (0, keys.length - 1);
                delete levels[worst];
                delete sideTexts[worst];
            }
        }
        texts[side] = sideTexts;
        book['texts'] = texts;
        order[side] = keys;
        book['order'] = order;
        book[side] = levels;
        return book;
    }

    checkBookSideName (side) {
        if ((side !== 'bids') && (side !== 'asks')) {
            // (another key of a stream state, a ticker's or a balance's, changed in place: red-team round 75)
            throw new ExchangeError (this.id + ' sets a level of the bids or the asks, not of ' + this.json (side));
        }
    }

    maxBookLevels () {
        // The levels a maintained book keeps per side: a hostile server's new levels (or a market's far ones, in a
        // book of no depth) would grow it without end, and each snapshot orders a whole side.
        return this.safeInteger (this.streaming, 'maxBookLevels', 20000);
    }

    setBookLevels (book, side, levels, priceKey = 0, amountKey = 1) {
        this.checkStreaming (); // (see setBookLevel)
        this.checkBookSideName (side);
        if (levels.length <= 32) {
            for (let i = 0; i < levels.length; i++) {
                book = this.setBookLevel (book, side, this.safeValue (levels[i], priceKey), this.safeValue (levels[i], amountKey));
            }
            return book;
        }
        // Many levels (a snapshot, or a large update): each read first, so that the book changes only once every
        // level was read; then the new keys, ordered among themselves, merged into the side's kept order (setBookLevel
        // one by one inserts each new key into the ordered list, which for a whole book took time quadratic in its
        // size: 80,000 levels from a hostile server, minutes; and a copy and sort of the whole side at every frame
        // of 33 levels cost 60 ms a frame at 20,000 levels; red-team round 28).
        const read = [];
        for (let i = 0; i < levels.length; i++) {
            const price = this.safeValue (levels[i], priceKey);
            const amount = this.safeValue (levels[i], amountKey);
            const level = this.bookLevel (price, amount);
            read.push ([ this.bookKey (level[0]), level, [ this.numberToString (price), this.numberToString (amount) ] ]);
        }
        const sideLevels = this.bookPart (book, this.safeDict (book, side, {}));
        const texts = this.bookPart (book, this.safeDict (book, 'texts', {}));
        const sideTexts = this.bookPart (book, this.safeDict (texts, side, {}));
        const order = this.bookPart (book, this.safeDict (book, 'order', {}));
        const added = [];
        let removed = false;
        for (let i = 0; i < read.length; i++) {
            const key = read[i][0];
            const level = read[i][1];
            if (level[1] === 0) {
                removed = removed || (this.safeValue (sideLevels, key) !== undefined);
                delete sideLevels[key];
                delete sideTexts[key];
            } else {
                if (this.safeValue (sideLevels, key) === undefined) {
                    added.push ([ level[0], key ]);
                }
                sideLevels[key] = level;
                sideTexts[key] = read[i][2];
            }
        }
        const kept = this.safeList (order, side, []);
        const keys = this.mergedBookKeys (sideLevels, kept, this.sortBy (added, 0, side === 'bids'), side === 'bids', removed);
        const bound = this.maxBookLevels ();
        for (let j = keys.length - 1; j >= bound; j--) { // beyond the bound, the worst levels go
            const key = keys[j];
            delete sideLevels[key];
            delete sideTexts[key];
        }
        order[side] = (keys.length > bound) ? keys.slice (0, bound) : keys;
        texts[side] = sideTexts;
        book['texts'] = texts;
        book['order'] = order;
        book[side] = sideLevels;
        return book;
    }

    mergedBookKeys (levels, kept, added, descending, removed) {
        // The keys of levels best first: those of kept (in order) that levels still holds, merged with those of added
        // ([ price, key ] of the new levels, best first), each key once. Where none of kept was removed, the keys
        // before the first added level and after the last go over whole.
        if (!removed && (added.length === 0)) {
            return kept;
        }
        let result = [];
        const placed = {};
        let i = 0;
        let j = 0;
        if (!removed) {
            i = this.bookPosition (levels, kept, added[0][0], descending);
            result = kept.slice (0, i);
        }
        while ((i < kept.length) || (j < added.length)) {
            if (!removed && (j >= added.length)) {
                return result.concat (kept.slice (i));
            }
            const keptKey = (i < kept.length) ? this.safeString (kept, i) : undefined;
            const keptLevel = (keptKey === undefined) ? undefined : this.safeValue (levels, keptKey);
            if ((keptKey !== undefined) && (keptLevel === undefined)) {
                i += 1; // (removed)
                continue;
            }
            const takeAdded = (keptLevel === undefined) || ((j < added.length) && (descending ? (added[j][0] > keptLevel[0]) : (added[j][0] < keptLevel[0])));
            const key = takeAdded ? added[j][1] : keptKey;
            if (takeAdded) {
                j += 1;
            } else {
                i += 1;
            }
            if ((this.safeValue (levels, key) !== undefined) && (this.safeValue (placed, key) === undefined)) {
                placed[key] = true;
                result.push (key);
            }
        }
        return result;
    }

    bookSide (book, side, limit = undefined) {
        // The levels [ price, amount ] of a side best first (bids by descending price), at most limit of them.
        return this.bookLevels (this.safeDict (book, side, {}), book, side, limit);
    }

    bookTexts (book, side, limit = undefined) {
        // bookSide as the exchange wrote the numbers: [ priceText, amountText ].
        return this.bookLevels (this.safeDict (this.safeDict (book, 'texts', {}), side, {}), book, side, limit);
    }

    bookLevels (levels, book, side, limit) {
        const keys = this.safeList (this.safeDict (book, 'order', {}), side, []);
        const count = ((limit === undefined) || (limit > keys.length)) ? keys.length : limit;
        const result = [];
        for (let i = 0; i < count; i++) {
            result.push (this.safeValue (levels, keys[i]));
        }
        return result;
    }

    trimBook (book) {
        // Keeps the depth best levels of each side: the exchange forgets the others (and so does its checksum). Those
        // beyond go at once: removed one by one, each copied the side's keys, a snapshot of 20,000 levels a second
        // (red-team round 27). Where streams run only (see setBookLevel).
        this.checkStreaming ();
        const depth = book['depth'];
        if (depth === undefined) {
            return book;
        }
        const order = this.bookPart (book, this.safeDict (book, 'order', {}));
        const texts = this.bookPart (book, this.safeDict (book, 'texts', {}));
        const sides = [ 'bids', 'asks' ];
        // (a depth below 0 keeps none: a server's 'book--3000000' made this loop 3 million times a frame; round 31)
        const lowest = (depth < 0) ? 0 : depth;
        for (let i = 0; i < sides.length; i++) {
            const side = sides[i];
            const keys = this.safeList (order, side, []);
            if (keys.length > lowest) {
                const levels = this.bookPart (book, this.safeDict (book, side, {}));
                const sideTexts = this.bookPart (book, this.safeDict (texts, side, {}));
                let kept = keys.length;
                for (let j = keys.length - 1; j >= lowest; j--) {
                    const key = this.safeString (keys, j);
                    delete levels[key];
                    delete sideTexts[key];
                    kept = j;
                }
                texts[side] = sideTexts;
                order[side] = keys.slice (0, kept);
                book[side] = levels;
            }
        }
        book['texts'] = texts;
        book['order'] = order;
        return book;
    }

    rememberBookLimit (symbol, limit = undefined) {
        // The levels the callers of watchOrderBook want: the most any of them asked for (all of them, once one
        // gave no limit), so that each update copies no more of the book than that.
        const key = 'viewLimit:' + symbol;
        const known = this.streamState (key, 0);
        const wanted = (limit === undefined) ? -1 : Math.trunc (limit); // (a number of its own: see SUB-D007)
        if ((known === -1) || ((wanted !== -1) && (wanted <= known))) {
            return;
        }
        this.setStreamState (key, wanted);
    }

    orderBookView (book, limit = undefined) {
        // The unified order book of a maintained one: lists of its own (the levels in them are never changed), at
        // most limit levels a side, by default as many as the callers of watchOrderBook asked for.
        if (limit === undefined) {
            const wanted = this.streamState ('viewLimit:' + book['symbol'], -1);
            limit = (wanted === -1) ? undefined : wanted;
        }
        const timestamp = book['timestamp'];
        return {
            'symbol': book['symbol'],
            'bids': this.bookSide (book, 'bids', limit),
            'asks': this.bookSide (book, 'asks', limit),
            'timestamp': timestamp,
            'datetime': this.iso8601 (timestamp),
            'nonce': book['nonce'],
        };
    }

    resyncBook (url, messageHash, reason) {
        // Drops a book that went wrong (a sequence gap, a checksum mismatch) so that a new snapshot starts it
        // again; the second time in a row before a book is right again is an error for the callers.
        const key = 'resyncs:' + messageHash;
        const count = this.streamState (key, 0) + 1;
        this.setStreamState (key, count);
        this.setStreamState (messageHash, undefined);
        if (count > 1) {
            this.rejectUpdate (url, messageHash, BadResponse, this.id + ' ' + reason + ', again after a new snapshot');
        }
    }

    bookIsRight (messageHash) {
        // A book checked against the exchange's sequence or checksum: the run of resyncs is over.
        this.setStreamState ('resyncs:' + messageHash, 0);
    }

    streamRequestId () {
        // 1, 2, 3, ...: the ids of the requests sent on streams, per exchange instance.
        const id = this.streamState ('requestId', 0) + 1;
        this.setStreamState ('requestId', id);
        return id;
    }

    singleKey (key, value) {
        // { key: value }, for a key known only at run time.
        const result = {};
        result[key] = value;
        return result;
    }

    resolveTicker (url, ticker) {
        // A ticker to the callers of watchTicker, and to those of watchTickers with every ticker seen so far.
        this.resolveTickers (url, [ ticker ]);
    }

    resolveTickers (url, tickers) {
        // A frame's tickers, each to the callers of watchTicker, and to those of watchTickers at once with every ticker
        // seen so far, of the markets known (a server's tickers of symbols never subscribed grew the tickers without
        // end, and each was copied for every frame after it: 20,000 such frames took Node 80 s; and a copy for each
        // ticker of a frame, 40,000 of 2,000 markets, took it 17.6 s: red-team round 31).
        const known = {};
        let count = 0;
        for (let i = 0; i < tickers.length; i++) {
            const symbol = tickers[i]['symbol'];
            this.resolveUpdate (url, tickers[i], 'ticker:' + symbol);
            if (this.safeDict (this.markets, symbol) !== undefined) {
                known[symbol] = tickers[i];
                count += 1;
            }
        }
        if ((count === 0) || !this.isWatched (url, 'tickers')) {
            return;
        }
        const all = this.extend (this.streamState ('tickers', {}), known);
        this.setStreamState ('tickers', all);
        this.resolveUpdate (url, all, 'tickers');
    }

    resolveBalance (url, accounts, info, timestamp = undefined) {
        // The stream's balance, after a frame's accounts (by currency code), to the callers of watchBalance: each
        // account parsed once, as safeBalance parses it, into a copy of the balance so far (the balance was copied
        // whole for each account a frame named), with at most maxBalanceCurrencies currencies (a hostile server's
        // invented ones grew it without end). Nothing is kept when no caller watched the balance.
        if (!this.isWatched (url, 'balance')) {
            return;
        }
        const changed = this.safeBalance (this.extend (accounts, { 'info': info, 'timestamp': timestamp }));
        const previous = this.streamState ('balance', this.safeBalance ({}));
        const result = this.extend (previous, { 'info': changed['info'], 'timestamp': changed['timestamp'], 'datetime': changed['datetime'] });
        const free = this.extend ({}, previous['free']);
        const used = this.extend ({}, previous['used']);
        const total = this.extend ({}, previous['total']);
        const bound = this.maxBalanceCurrencies ();
        let count = Object.keys (total).length;
        const codes = Object.keys (changed['total']);
        for (let i = 0; i < codes.length; i++) {
            const code = codes[i];
            if (this.safeDict (previous, code) === undefined) { // a currency new to the balance
                if (count >= bound) {
                    continue;
                }
                count += 1;
            }
            const account = this.ownValue (changed, code);
            result[code] = account;
            free[code] = account['free'];
            used[code] = account['used'];
            total[code] = account['total'];
        }
        result['free'] = free;
        result['used'] = used;
        result['total'] = total;
        this.setStreamState ('balance', result);
        this.resolveUpdate (url, result, 'balance');
    }

    maxBalanceCurrencies () {
        return this.safeInteger (this.streaming, 'maxBalanceCurrencies', 10000);
    }

    tickersOf (tickers, symbols) {
        // The tickers of symbols among tickers (by symbol), those that have come.
        const result = {};
        for (let i = 0; i < symbols.length; i++) {
            const ticker = this.safeDict (tickers, symbols[i]);
            if (ticker !== undefined) {
                result[symbols[i]] = ticker;
            }
        }
        return result;
    }

    streamMarkets (symbols) {
        // The markets of watchTickers' symbols, which it needs (a subscription names them).
        if ((symbols === undefined) || (symbols.length === 0)) {
            throw new ArgumentsRequired (this.id + ' watchTickers () needs a list of symbols');
        }
        const markets = [];
        for (let i = 0; i < symbols.length; i++) {
            markets.push (this.market (symbols[i]));
        }
        return markets;
    }

    limitOrderBook (book, limit = undefined) {
        // The book with at most limit levels a side (as it is when limit is undefined).
        if (limit === undefined) {
            return book;
        }
        return this.extend (book, { 'bids': book['bids'].slice (0, limit), 'asks': book['asks'].slice (0, limit) });
    }

    resolveCached (url, messageHash, item) {
        // Appends item to the cache of messageHash and hands the cache to its callers. A message hash that no caller
        // watched keeps nothing: a server's trades of symbols never subscribed made a cache each, without end.
        if (!this.isWatched (url, messageHash)) {
            return;
        }
        const cache = this.appendToCache (this.streamState (messageHash, []), item);
        this.setStreamState (messageHash, cache);
        this.resolveUpdate (url, cache, messageHash);
    }

    resolveOrder (url, messageHash, order) {
        // updateInCache on the orders of messageHash (the order's latest state), handed to its callers (nothing kept
        // for a message hash that no caller watched, as resolveCached).
        if (!this.isWatched (url, messageHash)) {
            return;
        }
        const orders = this.updateInCache (this.streamState (messageHash, []), order);
        this.setStreamState (messageHash, orders);
        this.resolveUpdate (url, orders, messageHash);
    }

    resolveCandle (url, messageHash, candle) {
        // appendCandle on the candles of messageHash, handed to its callers (nothing kept for a message hash that no
        // caller watched, as resolveCached).
        if (!this.isWatched (url, messageHash)) {
            return;
        }
        const cache = this.appendCandle (this.streamState (messageHash, []), candle);
        this.setStreamState (messageHash, cache);
        this.resolveUpdate (url, cache, messageHash);
    }

    streamTimeframe (timeframe) {
        // The exchange's name of a timeframe (this.timeframes), or BadRequest.
        const interval = this.safeString (this.timeframes, timeframe);
        if (interval === undefined) {
            throw new BadRequest (this.id + ' watchOHLCV () does not support the timeframe ' + timeframe);
        }
        return interval;
    }

    cacheLimit () {
        return this.safeInteger (this.streaming, 'cacheLimit', 1000);
    }

    appendToCache (cache, item, limit = undefined) {
        // A new list: cache then item, the oldest dropped beyond limit (the streaming cacheLimit by default).
        const bound = (limit === undefined) ? this.cacheLimit () : limit;
        const result = this.arrayConcat (cache, [ item ]);
        return (result.length > bound) ? result.slice (result.length - bound) : result;
    }

    updateInCache (cache, item) {
        // A new list: item replaces the entry of the same id (an order's new state), or is appended; the changed
        // entry goes last, and the list is bounded like any cache.
        const id = this.safeString (item, 'id');
        const result = [];
        for (let i = 0; i < cache.length; i++) {
            if ((id === undefined) || (this.safeString (cache[i], 'id') !== id)) {
                result.push (cache[i]);
            }
        }
        return this.appendToCache (result, item);
    }

    appendCandle (cache, candle) {
        // A candle replaces the last one of the same open time, else it is appended (bounded like any cache).
        const last = cache.length - 1;
        const time = candle[0];
        if ((last >= 0) && (typeof time !== 'object') && (cache[last][0] === time)) {
            return this.arrayConcat (cache.slice (0, last), [ candle ]);
        }
        return this.appendToCache (cache, candle);
    }

    // --- unified streaming methods (the exchanges that stream override them) ----------------------------------

    async watchTicker (symbol, params = {}) {
        throw new NotSupported (this.id + ' watchTicker () is not supported yet');
    }

    async watchTickers (symbols = undefined, params = {}) {
        throw new NotSupported (this.id + ' watchTickers () is not supported yet');
    }

    async watchOrderBook (symbol, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' watchOrderBook () is not supported yet');
    }

    async watchTrades (symbol, since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' watchTrades () is not supported yet');
    }

    async watchOHLCV (symbol, timeframe = '1m', since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' watchOHLCV () is not supported yet');
    }

    async watchBalance (params = {}) {
        throw new NotSupported (this.id + ' watchBalance () is not supported yet');
    }

    async watchOrders (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' watchOrders () is not supported yet');
    }

    async watchMyTrades (symbol = undefined, since = undefined, limit = undefined, params = {}) {
        throw new NotSupported (this.id + ' watchMyTrades () is not supported yet');
    }

    async unWatchTicker (symbol, params = {}) {
        throw new NotSupported (this.id + ' unWatchTicker () is not supported yet');
    }

    async unWatchOrderBook (symbol, params = {}) {
        throw new NotSupported (this.id + ' unWatchOrderBook () is not supported yet');
    }

    async unWatchTrades (symbol, params = {}) {
        throw new NotSupported (this.id + ' unWatchTrades () is not supported yet');
    }
}
