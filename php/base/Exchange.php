<?php

// Generated from js/base/Exchange.js by exkit: do not edit. Change the source and run `python build.py`.

namespace exchangekit;

class Exchange extends NativeExchange {
    // --- configuration -------------------------------------------------------------------------------
    public function describe() {
        return [
            'id' => null,
            'name' => null,
            'countries' => null,
            'version' => null,
            'enableRateLimit' => true,
            'rateLimit' => 2000,
            'timeout' => 10000,
            'maxResponseSize' => 33554432,
            'maxDecompressedSize' => 33554432,
            'maxRetryAfter' => 60000,
            'streaming' => [
                'timeout' => 10000,
                'keepAlive' => 20000,
                'maxFrameSize' => 4194304,
                'maxQueue' => 100,
                'maxFrames' => 10000,
                'maxInboundSize' => 67108864,
                'maxReconnects' => 5,
                'backoffBase' => 500,
                'backoffMax' => 30000,
                'cacheLimit' => 1000,
                'maxBookLevels' => 20000,
                'maxBalanceCurrencies' => 10000,
            ],
            'verbose' => false,
            'userAgent' => 'exchangekit',
            'headers' => [],
            'proxy' => null,
            'certified' => false,
            'has' => [
                'publicAPI' => true,
                'privateAPI' => true,
                'fetchMarkets' => true,
                'fetchCurrencies' => false,
                'fetchTicker' => false,
                'fetchTickers' => false,
                'fetchOrderBook' => false,
                'fetchOHLCV' => false,
                'fetchTrades' => false,
                'fetchBalance' => false,
                'createOrder' => false,
                'cancelOrder' => false,
                'editOrder' => false,
                'fetchOrder' => false,
                'fetchOrders' => false,
                'fetchOpenOrders' => false,
                'fetchClosedOrders' => false,
                'fetchMyTrades' => false,
                'fetchDeposits' => false,
                'fetchWithdrawals' => false,
                'fetchTransactions' => false,
                'fetchLedger' => false,
                'fetchDepositAddress' => false,
                'withdraw' => false,
                'fetchTime' => false,
                'fetchStatus' => false,
                'fetchTradingFees' => false,
                'cancelAllOrders' => false,
                'fetchOrderTrades' => false,
                'fetchTradingFee' => false,
                'fetchDepositAddresses' => false,
                'createDepositAddress' => false,
                'fetchDepositWithdrawFees' => false,
                'transfer' => false,
                'createMarketBuyOrderWithCost' => false,
                'fetchPositions' => false,
                'fetchPosition' => false,
                'fetchFundingRate' => false,
                'fetchFundingRates' => false,
                'fetchFundingRateHistory' => false,
                'fetchOpenInterest' => false,
                'setLeverage' => false,
                'setMarginMode' => false,
                'fetchLeverage' => false,
                'fetchMarkOHLCV' => false,
                'fetchIndexOHLCV' => false,
                'watchTicker' => false,
                'watchTickers' => false,
                'watchOrderBook' => false,
                'watchTrades' => false,
                'watchOHLCV' => false,
                'watchBalance' => false,
                'watchOrders' => false,
                'watchMyTrades' => false,
            ],
            'urls' => ['logo' => null, 'api' => null, 'www' => null, 'doc' => null, 'fees' => null],
            'api' => [],
            'requiredCredentials' => [
                'apiKey' => true,
                'secret' => true,
                'uid' => false,
                'login' => false,
                'password' => false,
                'twofa' => false,
                'privateKey' => false,
                'walletAddress' => false,
                'token' => false,
            ],
            'timeframes' => null,
            'fees' => [
                'trading' => ['tierBased' => null, 'percentage' => null, 'taker' => null, 'maker' => null],
                'funding' => ['tierBased' => null, 'percentage' => null, 'withdraw' => [], 'deposit' => []],
            ],
            'precisionMode' => DECIMAL_PLACES,
            'paddingMode' => NO_PADDING,
            'options' => [],
            'exceptions' => ['exact' => [], 'broad' => []],
            'httpExceptions' => [
                '400' => BadRequest::class,
                '401' => AuthenticationError::class,
                '403' => PermissionDenied::class,
                '404' => ExchangeNotAvailable::class,
                '408' => RequestTimeout::class,
                '409' => ExchangeNotAvailable::class,
                '418' => DDoSProtection::class,
                '429' => RateLimitExceeded::class,
                '500' => ExchangeNotAvailable::class,
                '501' => ExchangeNotAvailable::class,
                '502' => ExchangeNotAvailable::class,
                '503' => OnMaintenance::class,
                '504' => RequestTimeout::class,
                '520' => ExchangeNotAvailable::class,
                '521' => ExchangeNotAvailable::class,
                '522' => RequestTimeout::class,
                '525' => ExchangeNotAvailable::class,
            ],
            'commonCurrencies' => ['XBT' => 'BTC', 'BCHABC' => 'BCH', 'BCHSV' => 'BSV'],
        ];
    }

    public function instance_defaults() {
        // Set by the constructor before describe() and the user's config, so every property exists in
        // Python and PHP too, where reading an attribute that was never assigned is an error.
        return [
            'apiKey' => null,
            'secret' => null,
            'uid' => null,
            'login' => null,
            'password' => null,
            'twofa' => null,
            'privateKey' => null,
            'walletAddress' => null,
            'token' => null,
            'markets' => null,
            'marketsById' => null,
            'symbols' => null,
            'ids' => null,
            'currencies' => null,
            'currenciesById' => null,
            'codes' => null,
            'lastRestRequestTimestamp' => null,
            'last_http_response' => null,
            'last_json_response' => null,
            'last_response_headers' => null,
            'throttleTokens' => 1,
            'throttleLast' => null,
            'streams' => [],
            'sessionTokens' => [],
        ];
    }

    public function credentials() {
        return [
            'apiKey' => $this->apiKey,
            'secret' => $this->secret,
            'uid' => $this->uid,
            'login' => $this->login,
            'password' => $this->password,
            'twofa' => $this->twofa,
            'privateKey' => $this->privateKey,
            'walletAddress' => $this->walletAddress,
            'token' => $this->token,
        ];
    }

    public function check_required_credentials($error = null) {
        if ($error === null) {
            $error = true;
        }
        $values = $this->credentials();
        $keys = Js::keys($this->requiredCredentials);
        for ($i = 0; $i < count($keys); $i++) {
            $key = $keys[$i];
            if ($this->own_value($this->requiredCredentials, $key) === true) {
                $value = $this->own_value($values, $key);
                $problem = null;
                if (($value === null) || ($value === null) || ($value === '')) {
                    $problem = Js::boundedText(' requires the "' . Js::toStr($key) . '" credential');
                } elseif ((Js::typeof($value) === 'number') && !(Js::abs($value) < INF)) {
                    // (NaN and the infinities are no credential: JSON writes them null; redactSecrets has no text of them)
                    $problem = Js::boundedText(
                        ' requires the "' . Js::toStr(
                            $key,
                        ) . '" credential as a text or a finite number, not NaN nor an infinity',
                    );
                } elseif (
                    (Js::typeof($value) === 'string') && !(Js::truthy($this->is_unicode_text($value)))
                ) {
                    // (see credentialForms: each runtime would send it otherwise, or fail with an error of its own)
                    $problem = Js::boundedText(
                        ' has a "' . Js::toStr(
                            $key,
                        ) . '" credential that is not Unicode text (half of a surrogate pair alone, or bytes that are not UTF-8), which is not sent (nor shown)',
                    );
                }
                if ($problem !== null) {
                    if (Js::truthy($error)) {
                        throw new AuthenticationError(Js::add($this->id, $problem));
                    }
                    return false;
                }
            }
        }
        return true;
    }

    public function keep_session_token($name, $token) {
        // A token that the exchange issued for this session (the access token of a sign-in, the token of a private
        // stream) grants what the credentials grant until it expires, and a server may echo it: it is kept under its
        // name, a renewal replacing the one before, and redacted from every message and log as the credentials are.
        // An absent token (undefined) is returned as it is, for the caller to report.
        if (!(Js::typeof($name) === 'string') || ($name === '__proto__')) {
            // (JavaScript would set no own key __proto__)
            throw new ExchangeError(
                Js::boundedText(
                    Js::toStr($this->id) . ' keepSessionToken () takes the name of the token as a string',
                ),
            );
        }
        if ($token === null) {
            return $token;
        }
        if (!(Js::typeof($token) === 'string')) {
            throw new BadResponse(
                Js::boundedText(
                    Js::toStr($this->id) . ' sent a ' . Js::toStr($name) . ' token that is not a string',
                ),
            );
        }
        Js::set($this->sessionTokens, $name, $token);
        return $token;
    }

    public function redact_secrets($text) {
        // Error messages and verbose logs go through this, so that no credential is ever shown, in any of
        // the encodings in which a message can hold it (see credentialForms). The longest forms go first: a credential
        // that holds another (a passphrase that holds the uid) was shown but for the shorter one ('Tr***ader!Pass').
        $values = Js::concat(Js::values($this->credentials()), Js::values($this->sessionTokens));
        $forms = [];
        for ($i = 0; $i < count($values); $i++) {
            $value_forms = $this->credential_forms(Js::get($values, $i));
            for ($j = 0; Js::less($j, Js::length($value_forms)); $j++) {
                $forms[] = [
                    'form' => Js::get($value_forms, $j),
                    'length' => Js::length(Js::get($value_forms, $j)),
                ];
            }
        }
        $longest_first = $this->sort_by($forms, 'length', true);
        // (a value that is no text, as this.json (undefined) gives for an empty body, is quoted as JavaScript writes
        // it: its split was a TypeError, outside the unified errors, in every runtime)
        $result = Js::typeof($text) === 'string' ? $text : Js::boundedText('' . Js::toStr($text));
        for ($i = 0; $i < count($longest_first); $i++) {
            $form = Js::get(Js::get($longest_first, $i), 'form');
            if (Js::greater(Js::length($form), 0)) {
                // (never an empty form, whose split put *** between every two characters)
                $result = Js::join(Js::split($result, $form), '***');
            }
        }
        return $result;
    }

    public function credential_forms($value) {
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
        $texts = [];
        if (Js::typeof($value) === 'number') {
            if (Js::abs($value) < INF) {
                $texts = $this->unique(
                    [Js::boundedText('' . Js::toStr($value)), $this->number_to_string($value)],
                );
            }
        } elseif ((Js::typeof($value) === 'string') && Js::greater(Js::length($value), 0)) {
            if (!(Js::truthy($this->is_unicode_text($value)))) {
                $json = $this->json($value);
                $escaped = Js::startsWith($json, '"') && Js::greater(Js::length($json), 2) ? Js::slice(
                    $json,
                    1,
                    Js::subtract(Js::length($json), 1),
                ) : $value;
                return $this->unique([$value, $escaped]);
            }
            $texts = $this->credential_texts($value);
        }
        $forms = [];
        for ($k = 0; Js::less($k, Js::length($texts)); $k++) {
            $forms = Js::concat($forms, $this->secret_forms(Js::get($texts, $k)));
        }
        return $forms;
    }

    public function is_unicode_text($text) {
        // Whether a text is Unicode, which every runtime can encode alike: Node's and Python's texts may hold half of
        // a surrogate pair alone, PHP's bytes that are not UTF-8. this.json writes such a half as its escape (\udce9,
        // lower-case) in Node and Python, and PHP's writes no JSON text for bytes that are not UTF-8.
        $json = $this->json($text);
        if (($json === null) || !(Js::startsWith($json, '"'))) {
            return false;
        }
        if (Js::indexOf($json, '\\ud') < 0) {
            return true;
        }
        // (a backslash of the text is escaped, \\: what follows it is no escape)
        $escapes = Js::join(Js::split($json, '\\\\'), ' ');
        $halves = ['\\ud8', '\\ud9', '\\uda', '\\udb', '\\udc', '\\udd', '\\ude', '\\udf'];
        for ($i = 0; $i < count($halves); $i++) {
            if (Js::indexOf($escapes, $halves[$i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    public function credential_texts($value) {
        // A credential, and for one of several lines (a private key in PEM, as asymmetricJwt reads it) the other texts
        // of it that a message may hold: the key with its line breaks and with them written as the two characters \n
        // (users paste it either way, as a JSON file or an environment variable holds it), and the base64 between its
        // BEGIN and END lines, whole and each line of at least 16 characters (what a server or a library may echo of
        // it without the rest). Each is redacted in every encoding of secretForms.
        $texts = [$value];
        if ((Js::indexOf($value, "\n") < 0) && (Js::indexOf($value, '\\n') < 0)) {
            return $texts;
        }
        $broken = Js::join(
            Js::split(Js::join(Js::split(Js::join(Js::split($value, '\\r\\n'), "\n"), '\\n'), "\n"), "\r\n"),
            "\n",
        );
        $escaped = Js::join(Js::split($broken, "\n"), '\\n');
        $others = [$broken, $escaped];
        $lines = Js::split($broken, "\n");
        $parts = [];
        for ($i = 0; $i < count($lines); $i++) {
            $line = Js::trim(Js::get($lines, $i));
            if ((Js::textLength($line) > 0) && !(str_starts_with($line, '-----'))) {
                $parts[] = $line;
                if ((Js::textLength($line) >= 16) && (count($others) < 258)) {
                    // (256 lines, after broken and escaped)
                    $others[] = $line;
                }
            }
        }
        $body = Js::join($parts, '');
        if (Js::textLength($body) >= 16) {
            $others[] = $body;
        }
        // Each once (unique's table), the body joined once, and the first 256 lines one by one: a search of those kept
        // for each line, the body grown a line at a time and each line's forms took a server's token of 8,192 lines 4
        // to 13 s at every message redacted, in every runtime (red-team round 42). A private key in PEM has fewer than
        // 100 lines.
        return $this->unique($this->array_concat($texts, $others));
    }

    public function secret_forms($value) {
        // A credential as it is, escaped inside a JSON string (a body: JSON.stringify's, and the other encoders' and
        // latin-1's of escapedForms), percent-encoded (a URL) and in base64 (an Authorization header). A value inside
        // a longer base64 text, such as 'Basic ' + base64 (key + ':' + secret), is encoded differently at each of the
        // three byte offsets it can start at, so each offset gives a form: the characters that depend on the value
        // alone.
        $json = $this->json($value);
        $escaped = Js::slice($json, 1, Js::subtract(Js::length($json), 1));
        $forms = [$value];
        $others = Js::concat(
            Js::concat([$escaped], $this->escaped_forms($value, $escaped)),
            $this->percent_encoded_forms($value),
        );
        for ($i = 0; $i < count($others); $i++) {
            if (!(Js::truthy($this->in_array(Js::get($others, $i), $forms)))) {
                $forms[] = Js::get($others, $i);
            }
        }
        $first_own_character = [0, 2, 3];
        for ($offset = 0; $offset < 3; $offset++) {
            $encoded = $this->string_to_base64(
                Js::boundedText(Js::slice('..', 0, $offset) . Js::toStr($value)),
            );
            $padding = Js::indexOf($encoded, '=');
            if ($padding >= 0) {
                $encoded = Js::slice(
                    $encoded,
                    0,
                    Js::number($padding - 1),
                ); // the last character before the padding mixes in zero bits
            }
            $form = Js::slice($encoded, Js::get($first_own_character, $offset));
            if (Js::greater(Js::length($form), 0)) {
                $forms[] = $form;
            }
        }
        return $forms;
    }

    public function escaped_forms($value, $json) {
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
        $lower = $json; // each character beyond ASCII as a \u escape in lower-case hex digits
        $upper = $json; // so in upper-case hex digits
        $latin1 = $value;
        $encoded = $this->encode_uri_component($json);
        if (
            (Js::indexOf($encoded, '%C') >= 0) || (Js::indexOf($encoded, '%D') >= 0) || (Js::indexOf($encoded, '%E') >= 0) || (
                Js::indexOf($encoded, '%F') >= 0
            )
        ) {
            // (a UTF-8 sequence starts with a byte from C2 to F4; json holds no control character, only its escapes)
            $printable = " !\"#\$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f";
            $hex_digits = '0123456789abcdef';
            $known = []; // the two escapes of each character met, by its UTF-8 bytes in hex ('C3A9')
            $parts = Js::split($encoded, '%');
            $lower_parts = [Js::get($parts, 0)];
            $upper_parts = [Js::get($parts, 0)];
            $i = 1;
            while ($i < count($parts)) {
                $lead = Js::slice(Js::get($parts, $i), 0, 2);
                $last = $i;
                if (Js::less($lead, '80')) {
                    $character = Js::charAt($printable, Js::number(Js::parseInt($lead, 16) - 32));
                    $lower_parts[] = $character;
                    $upper_parts[] = $character;
                } else {
                    $first = Js::charAt($lead, 0);
                    $last = $first === 'F' ? Js::number($i + 3) : (
                        $first === 'E' ? Js::number($i + 2) : Js::number($i + 1)
                    );
                    $sequence = Js::boundedText(
                        Js::join(Js::slice($parts, $i, $last), '') . Js::toStr(
                            Js::slice(Js::get($parts, $last), 0, 2),
                        ),
                    );
                    $escapes = $this->own_value($known, $sequence);
                    if ($escapes === null) {
                        $code = Js::number(
                            Js::parseInt($lead, 16) - ($first === 'F' ? 240 : ($first === 'E' ? 224 : 192)),
                        );
                        for ($k = Js::number($i + 1); $k <= $last; $k = Js::number($k + 1)) {
                            $code = Js::number(
                                Js::number(
                                    Js::multiply($code, 64) + Js::parseInt(
                                        Js::slice(Js::get($parts, $k), 0, 2),
                                        16,
                                    ),
                                ) - 128,
                            );
                        }
                        $units = [$code];
                        if ($code >= 65536) {
                            $units = [
                                Js::number(55296 + Js::floor(Js::divide(Js::number($code - 65536), 1024))),
                                Js::number(56320 + Js::modulo(Js::number($code - 65536), 1024)),
                            ];
                        }
                        $escapes = ['', ''];
                        for ($k = 0; $k < count($units); $k++) {
                            $digits = [
                                Js::floor(Js::divide(Js::get($units, $k), 4096)),
                                Js::modulo(Js::floor(Js::divide(Js::get($units, $k), 256)), 16),
                                Js::modulo(Js::floor(Js::divide(Js::get($units, $k), 16)), 16),
                                Js::modulo(Js::get($units, $k), 16),
                            ];
                            $hex = Js::boundedText(
                                Js::boundedText(Js::boundedText(Js::charAt($hex_digits, Js::get($digits, 0)) . Js::charAt($hex_digits, Js::get($digits, 1))) . Js::charAt($hex_digits, Js::get($digits, 2))) . Js::charAt(
                                    $hex_digits,
                                    Js::get($digits, 3),
                                ),
                            );
                            Js::set(
                                $escapes,
                                0,
                                Js::boundedText(Js::toStr(Js::get($escapes, 0)) . '\\u' . $hex),
                            );
                            Js::set(
                                $escapes,
                                1,
                                Js::boundedText(
                                    Js::boundedText(Js::toStr(Js::get($escapes, 1)) . '\\u') . Js::upperCase(
                                        $hex,
                                    ),
                                ),
                            );
                        }
                        $known[$sequence] = $escapes;
                    }
                    $lower_parts[] = Js::get($escapes, 0);
                    $upper_parts[] = Js::get($escapes, 1);
                }
                $rest = Js::slice(Js::get($parts, $last), 2);
                $lower_parts[] = $rest;
                $upper_parts[] = $rest;
                $i = Js::number($last + 1);
            }
            $lower = Js::join($lower_parts, '');
            $upper = Js::join($upper_parts, '');
            // each byte of the UTF-8 as the character of its number (JSON's \u00XX), the text cut at each _ so that
            // no part is refused for holding __proto__ (parseJson)
            $bytes = Js::join(Js::split($this->encode_uri_component($value), '%'), '\\u00');
            $latin1_parts = $this->parse_json(
                Js::boundedText('["' . Js::join(Js::split($bytes, '_'), '","') . '"]'),
            );
            if (Js::isArray($latin1_parts)) {
                $latin1 = Js::join($latin1_parts, '_');
            }
        }
        $replacements = [
            [['/', '\\/']],
            [["\x7f", '\\u007f']],
            [
                ['&', '\\u0026'],
                ['<', '\\u003c'],
                ['>', '\\u003e'],
                ["\u{2028}", '\\u2028'],
                ["\u{2029}", '\\u2029'],
            ],
            [
                ['\\"', '\\u0022'],
                ['&', '\\u0026'],
                ['\'', '\\u0027'],
                ['+', '\\u002B'],
                ['<', '\\u003C'],
                ['>', '\\u003E'],
                ['`', '\\u0060'],
                ["\x7f", '\\u007F'],
            ],
        ];
        $forms = [$lower, $lower, $json, $upper];
        for ($i = 0; $i < count($forms); $i++) {
            for ($j = 0; Js::less($j, Js::length(Js::get($replacements, $i))); $j++) {
                if (
                    Js::indexOf(
                        Js::receiver(Js::get($forms, $i), 'indexOf'),
                        $this->safe_string(Js::get(Js::get($replacements, $i), $j), 0),
                    ) >= 0
                ) {
                    Js::set(
                        $forms,
                        $i,
                        Js::join(
                            Js::split(
                                Js::get($forms, $i),
                                Js::get(Js::get(Js::get($replacements, $i), $j), 0),
                            ),
                            Js::get(Js::get(Js::get($replacements, $i), $j), 1),
                        ),
                        true,
                    );
                }
            }
        }
        if (Js::indexOf($json, '\\u00') >= 0) {
            // .NET's escapes of control characters in upper-case hex digits (JSON.stringify's: \u001f), looked for
            // between the escaped backslashes of the text, before which a \ starts an escape
            $pieces = Js::split(Js::get($forms, 3), '\\\\');
            $letters = [['a', 'A'], ['b', 'B'], ['c', 'C'], ['d', 'D'], ['e', 'E'], ['f', 'F']];
            for ($i = 0; $i < count($pieces); $i++) {
                for ($j = 0; $j < count($letters); $j++) {
                    Js::set(
                        $pieces,
                        $i,
                        Js::join(
                            Js::split(
                                Js::get($pieces, $i),
                                Js::boundedText('\\u000' . Js::toStr(Js::get($letters[$j], 0))),
                            ),
                            Js::boundedText('\\u000' . Js::toStr(Js::get($letters[$j], 1))),
                        ),
                        true,
                    );
                    Js::set(
                        $pieces,
                        $i,
                        Js::join(
                            Js::split(
                                Js::get($pieces, $i),
                                Js::boundedText('\\u001' . Js::toStr(Js::get($letters[$j], 0))),
                            ),
                            Js::boundedText('\\u001' . Js::toStr(Js::get($letters[$j], 1))),
                        ),
                        true,
                    );
                }
            }
            Js::set($forms, 3, Js::join($pieces, '\\\\'), true);
        }
        $forms[] = $latin1;
        return $forms;
    }

    public function percent_encoded_forms($value) {
        // A credential as the percent-encoders that a server may echo it with write it: encodeURIComponent's, those
        // that differ from it in a space ('+' in a form) or in ! ' ( ) * ~ (escaped or not), and a URL path's as
        // implodeParams writes it (: @ $ & + , ; = kept); then each with the escapes' hexadecimal digits in lower case
        // (.NET's HttpUtility). A server that echoed a request's form body ('my+pass%27%281%29%2A%21~') had the
        // credential shown in every runtime's message (red-team round 20).
        $uri = $this->encode_uri_component($value);
        // encodeURIComponent's text with lower-case escapes, joined once: each form grown an escape at a time was
        // copied whole at each escape in Python and PHP (a session token of 8,192 lines of base64, 18 s a message).
        // Past 64 escapes, each digit is lowered by a split and a join of the escapes that hold it ('%' starts an
        // escape and nothing else): at most 102, each a pass of the runtime's own over the text, where the escapes
        // one at a time took a session token beyond ASCII of 8,192 lines seconds in Python and PHP.
        $parts = Js::split($uri, '%');
        $lowered = $uri;
        if (count($parts) <= 65) {
            $lowered_parts = [Js::get($parts, 0)];
            for ($i = 1; $i < count($parts); $i++) {
                $lowered_parts[] = Js::boundedText(
                    Js::lowerCase(Js::textReceiver(Js::slice(Js::get($parts, $i), 0, 2), 'toLowerCase')) . Js::toStr(
                        Js::slice(Js::get($parts, $i), 2),
                    ),
                );
            }
            $lowered = Js::join($lowered_parts, '%');
        } else {
            $letters = [['A', 'a'], ['B', 'b'], ['C', 'c'], ['D', 'd'], ['E', 'e'], ['F', 'f']];
            $first_digits = '0123456789abcdef';
            for ($j = 0; $j < count($letters); $j++) {
                if (Js::indexOf($lowered, Js::boundedText('%' . Js::toStr(Js::get($letters[$j], 0)))) >= 0) {
                    $lowered = Js::join(
                        Js::split($lowered, Js::boundedText('%' . Js::toStr(Js::get($letters[$j], 0)))),
                        Js::boundedText('%' . Js::toStr(Js::get($letters[$j], 1))),
                    );
                }
            }
            for ($d = 0; $d < Js::textLength($first_digits); $d++) {
                for ($j = 0; $j < count($letters); $j++) {
                    $escape = Js::boundedText(
                        Js::boundedText('%' . Js::charAt($first_digits, $d)) . Js::toStr(
                            Js::get($letters[$j], 0),
                        ),
                    );
                    if (Js::indexOf($lowered, $escape) >= 0) {
                        $lowered = Js::join(
                            Js::split($lowered, $escape),
                            Js::boundedText(
                                Js::boundedText('%' . Js::charAt($first_digits, $d)) . Js::toStr(
                                    Js::get($letters[$j], 1),
                                ),
                            ),
                        );
                    }
                }
            }
        }
        $escapes = [
            ['!', '%21', '%21'],
            ['\'', '%27', '%27'],
            ['(', '%28', '%28'],
            [')', '%29', '%29'],
            ['*', '%2A', '%2a'],
            ['~', '%7E', '%7e'],
        ];
        $encoders = [['+', '!\'()~'], ['+', '!\'()*~'], ['+', '!\'()*'], ['%20', '!\'()*'], ['+', '\'~']];
        // (pathSegmentText's, which an exchange may redefine: its escapes of these characters, a % of the value being %25)
        $kept = [
            [':', '%3A', '%3a'],
            ['@', '%40', '%40'],
            ['$', '%24', '%24'],
            ['&', '%26', '%26'],
            ['+', '%2B', '%2b'],
            [',', '%2C', '%2c'],
            [';', '%3B', '%3b'],
            ['=', '%3D', '%3d'],
        ];
        // (only the characters that the text holds are replaced: most credentials hold none of them)
        $space = Js::indexOf($uri, '%20') >= 0;
        $held = [];
        for ($j = 0; $j < count($escapes); $j++) {
            if (Js::indexOf(Js::receiver($uri, 'indexOf'), $this->safe_string($escapes[$j], 0)) >= 0) {
                $held[] = $escapes[$j];
            }
        }
        $forms = [];
        $cases = [$uri, $lowered]; // each form in upper case, then in lower case
        for ($i = 0; $i <= (count($encoders) + 1); $i = Js::number($i + 1)) {
            for ($c = 0; $c < count($cases); $c++) {
                $form = $cases[$c];
                if ($i == (count($encoders) + 1)) {
                    for ($j = 0; $j < count($kept); $j++) {
                        if (
                            Js::indexOf(
                                Js::receiver($form, 'indexOf'),
                                $this->safe_string($kept[$j], $c + 1),
                            ) >= 0
                        ) {
                            $form = Js::join(
                                Js::split($form, Js::get($kept[$j], $c + 1)),
                                Js::get($kept[$j], 0),
                            );
                        }
                    }
                } elseif ($i > 0) {
                    if ($space) {
                        $form = Js::join(
                            Js::split($form, '%20'),
                            Js::get(Js::get($encoders, Js::number($i - 1)), 0),
                        );
                    }
                    for ($j = 0; $j < count($held); $j++) {
                        if (
                            Js::includes(
                                Js::receiver(
                                    $this->safe_string(Js::get($encoders, Js::number($i - 1)), 1),
                                    'includes',
                                ),
                                $this->safe_string(Js::get($held, $j), 0),
                            )
                        ) {
                            $form = Js::join(
                                Js::split($form, Js::get(Js::get($held, $j), 0)),
                                Js::get(Js::get($held, $j), $c + 1),
                            );
                        }
                    }
                }
                if (!(Js::truthy($this->in_array($form, $forms)))) {
                    $forms[] = $form;
                }
            }
        }
        return $forms;
    }

    // --- implicit API --------------------------------------------------------------------------------
    public function implicit_api_methods() {
        // Flattens the api tree of describe() into one entry per endpoint. The native constructor turns
        // each entry into a method: publicGetTickerPair in JS, public_get_ticker_pair and the camelCase
        // alias in Python and PHP.
        return $this->collect_implicit_api($this->api, []);
    }

    public function collect_implicit_api($tree, $path) {
        // Returns a new list rather than filling one passed in: PHP passes arrays by value.
        $result = [];
        $keys = Js::keys($tree);
        for ($i = 0; $i < count($keys); $i++) {
            $key = $keys[$i];
            $value = $this->own_value($tree, $key);
            $method = Js::upperCase(Js::textReceiver($key, 'toUpperCase'));
            $is_http_method = $this->in_array(
                $method,
                ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'],
            );
            if (Js::truthy($is_http_method) && Js::greater(Js::length($path), 0)) {
                $endpoints = [];
                if (Js::isArray($value)) {
                    $endpoints = $value;
                } else {
                    $endpoints = Js::keys($value);
                }
                for ($j = 0; Js::less($j, Js::length($endpoints)); $j++) {
                    $endpoint = Js::get($endpoints, $j);
                    $cost = 1;
                    if (!(Js::isArray($value))) {
                        $cost = $this->own_value($value, $endpoint);
                    }
                    $api = $path;
                    if (Js::strictEqual(Js::length($path), 1)) {
                        $api = Js::get($path, 0);
                    }
                    $result[] = [
                        'name' => $this->camel_case_words(
                            $this->array_concat(
                                $this->array_concat($path, [$key]),
                                $this->split_words($endpoint),
                            ),
                        ),
                        'path' => $endpoint,
                        'api' => $api,
                        'method' => $method,
                        'cost' => $cost,
                    ];
                }
            } elseif ((Js::typeof($value) === 'object') && !(Js::isArray($value))) {
                $result = Js::concat(
                    $result,
                    $this->collect_implicit_api($value, $this->array_concat($path, [$key])),
                );
            }
        }
        return $result;
    }

    public function split_words($text) {
        // 'ticker/{pair}' -> [ 'ticker', 'pair' ]: runs of ASCII letters and digits.
        $alphanumeric = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
        $words = [];
        $word = '';
        for ($i = 0; Js::less($i, Js::length($text)); $i++) {
            $character = Js::charAt($text, $i);
            if (Js::indexOf($alphanumeric, $character) >= 0) {
                $word .= Js::within($word, $character);
            } elseif (Js::textLength($word) > 0) {
                $words[] = $word;
                $word = '';
            }
        }
        if (Js::textLength($word) > 0) {
            $words[] = $word;
        }
        return $words;
    }

    public function camel_case_words($words) {
        $result = '';
        for ($i = 0; Js::less($i, Js::length($words)); $i++) {
            $word = Js::get($words, $i);
            if ($i == 0) {
                $result = Js::boundedText(
                    Js::lowerCase(Js::charAt($word, 0)) . Js::toStr(Js::slice($word, 1)),
                );
            } else {
                $result .= Js::within(
                    $result,
                    Js::within($result, Js::upperCase(Js::charAt($word, 0))) . Js::toStr(Js::slice($word, 1)),
                );
            }
        }
        return $result;
    }

    // --- rate limiting: a token bucket ----------------------------------------------------------------
    public function throttle($cost = null) {
        if ($cost === null) {
            $cost = 1;
        }
        $delay = $this->throttle_delay($cost);
        if (Js::greater($delay, 0)) {
            $this->sleep($delay);
        }
    }

    public function throttle_delay($cost) {
        // A token bucket refilled at one token per rateLimit milliseconds, holding at most one. Each call
        // takes its cost at once (the balance may go negative) and returns how long to wait until the
        // balance it left is paid back, so concurrent calls queue in the order they arrived. The clock is
        // monotonicMilliseconds and the wait is sleep, both native (and replaced by tests).
        if (
            !(Js::typeof($cost) === 'number') || !(Js::greaterEqual($cost, 0)) || Js::strictEqual($cost, INF)
        ) {
            // (from the api tree or a request's config: a negative cost would refill the bucket, NaN empty it for good)
            throw new ExchangeError(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' a request\'s cost must be a number of 0 or more, not ') . Js::toStr(
                        $this->json($cost),
                    ),
                ),
            );
        }
        $this->refill_throttle();
        $tokens = Js::subtract($this->throttleTokens, $cost);
        $delay = $tokens < 0 ? Js::multiply(Js::negate($tokens), $this->rateLimit) : 0;
        if ($delay > 2147483647) {
            // longer than sleep waits: refused before it is taken, or every later request would wait as long
            throw new ExchangeError(
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' a request\'s cost of ') . Js::toStr($this->number_to_string($cost)) . ' would wait ') . Js::toStr(
                        $this->number_to_string($delay),
                    ) . ' ms, longer than a sleep can',
                ),
            );
        }
        $this->throttleTokens = $tokens;
        return $delay;
    }

    public function refill_throttle() {
        $now = $this->monotonic_milliseconds();
        if ($this->throttleLast !== null) {
            $this->throttleTokens = Js::min(
                1,
                Js::add(
                    $this->throttleTokens,
                    Js::divide(Js::subtract($now, $this->throttleLast), $this->rateLimit),
                ),
            );
        }
        $this->throttleLast = $now;
    }

    public function hold_throttle($delay) {
        // Retry-After: the bucket holds no more than it would had it been emptied and started refilling
        // delay milliseconds from now, so that no request of cost 1 leaves before then.
        $this->refill_throttle();
        $this->throttleTokens = Js::min(
            $this->throttleTokens,
            Js::number(1 - Js::divide($delay, $this->rateLimit)),
        );
    }

    // --- request pipeline: implicit method -> request -> fetch2 -> throttle, sign, fetch -------------
    public function request(
        $path,
        $api = null,
        $method = null,
        $params = null,
        $headers = null,
        $body = null,
        $config = null,
    ) {
        if ($api === null) {
            $api = 'public';
        }
        if ($method === null) {
            $method = 'GET';
        }
        if ($params === null) {
            $params = [];
        }
        if ($config === null) {
            $config = [];
        }
        return $this->fetch2($path, $api, $method, $params, $headers, $body, $config);
    }

    public function fetch2(
        $path,
        $api = null,
        $method = null,
        $params = null,
        $headers = null,
        $body = null,
        $config = null,
    ) {
        if ($api === null) {
            $api = 'public';
        }
        if ($method === null) {
            $method = 'GET';
        }
        if ($params === null) {
            $params = [];
        }
        if ($config === null) {
            $config = [];
        }
        if (Js::truthy($this->enableRateLimit)) {
            $this->throttle($this->safe_number($config, 'cost', 1));
        }
        $this->lastRestRequestTimestamp = $this->milliseconds();
        $request = $this->sign($path, $api, $method, $params, $headers, $body);
        // A url or a method that is not a string failed otherwise in each runtime's fetch (an ExchangeError in Node, a
        // native TypeError in Python and PHP, which no catch clause sees: red-team round 56).
        if (
            !(Js::typeof(Js::get($request, 'url')) === 'string') || !(
                Js::typeof(Js::get($request, 'method')) === 'string'
            )
        ) {
            throw new ExchangeError(
                Js::boundedText(
                    Js::toStr($this->id) . ' sign () returned a url or a method that is not a string',
                ),
            );
        }
        $request_headers = Js::get($request, 'headers');
        if ($this->safe_bool($request, 'basicAuth') === true) {
            // HTTP Basic authentication: the header holds the key and the secret themselves, which exchange code
            // may not read (SUB-B009), so sign () asks for it and the pipeline adds it.
            $request_headers = $this->extend(
                $request_headers === null ? [] : $request_headers,
                ['Authorization' => $this->basic_authorization()],
            );
        }
        return $this->fetch(
            Js::get($request, 'url'),
            Js::get($request, 'method'),
            $request_headers,
            Js::get($request, 'body'),
        );
    }

    public function basic_authorization() {
        // 'Basic ' + base64 (apiKey + ':' + secret) (RFC 7617), for a request whose sign () returned basicAuth: true.
        // A colon in the key would move the split between user and password: refused rather than sent.
        $this->check_required_credentials();
        if (Js::indexOf($this->apiKey, ':') >= 0) {
            throw new AuthenticationError(
                Js::boundedText(
                    Js::toStr(
                        $this->id,
                    ) . ' apiKey holds a colon, which HTTP Basic authentication cannot carry',
                ),
            );
        }
        return Js::boundedText(
            'Basic ' . Js::toStr(
                $this->string_to_base64(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->apiKey) . ':') . Js::toStr($this->secret),
                    ),
                ),
            ),
        );
    }

    public function sign($path, $api = null, $method = null, $params = null, $headers = null, $body = null) {
        if ($api === null) {
            $api = 'public';
        }
        if ($method === null) {
            $method = 'GET';
        }
        if ($params === null) {
            $params = [];
        }
        // The default for public endpoints: the path's {placeholders} from params, the rest as a query.
        $url = $this->implode_hostname(Js::get($this->urls, 'api'));
        if (Js::typeof($url) === 'object') {
            $url = $this->own_value($url, $api);
        }
        $url = Js::boundedText(
            Js::boundedText(Js::toStr($url) . '/') . Js::toStr($this->implode_params($path, $params)),
        );
        $query = $this->omit($params, $this->extract_params($path));
        if (count(Js::keys($query)) > 0) {
            $url = Js::boundedText(
                Js::boundedText(Js::toStr($url) . '?') . Js::toStr($this->urlencode($query)),
            );
        }
        return ['url' => $url, 'method' => $method, 'body' => $body, 'headers' => $headers];
    }

    public function implode_hostname($url) {
        return $url;
    }

    public function handle_rest_response(
        $status,
        $reason,
        #[\SensitiveParameter] $url,
        $method,
        #[\SensitiveParameter] $response_headers,
        #[\SensitiveParameter] $response_body,
        #[\SensitiveParameter] $request_headers,
        #[\SensitiveParameter] $request_body,
    ) {
        // Called by the native fetch with the HTTP response, its body decoded to text: redirects first,
        // then Retry-After, the exchange's errors, the status code and the JSON itself. Redirects are
        // never followed, so that neither credentials nor a request body can be sent anywhere else. The headers' names
        // are in lower case, as node:http gives them, for exchange code too (handleErrors, last_response_headers):
        // Python's and PHP's clients kept the server's spelling, so that responseHeaders['Content-Type'] was undefined
        // in Node alone (red-team round 24).
        $headers = $this->header_values($response_headers);
        if (Js::greaterEqual($status, 300) && Js::less($status, 400)) {
            $location = $this->safe_string($headers, 'location', '');
            throw new BadResponse(
                $this->redact_secrets(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ') . Js::toStr($this->number_to_string($status)) . ' ' . Js::toStr(
                            $reason,
                        ) . ': a redirect to ' . $location . ' is not followed',
                    ),
                ),
            );
        }
        $delay = $this->retry_after_delay($status, $headers);
        if ($delay !== null) {
            $this->hold_throttle($delay);
        }
        $json = $this->parse_json($response_body);
        $this->last_http_response = $response_body;
        $this->last_json_response = $json;
        $this->last_response_headers = $headers;
        $this->handle_errors(
            $status,
            $reason,
            $url,
            $method,
            $headers,
            $response_body,
            $json,
            $this->headers_for_exchange($request_headers),
            $request_body,
        );
        $this->handle_http_status_code($status, $reason, $url, $method, $response_body);
        if ($json === null) {
            if (Js::strictEqual(Js::length($response_body), 0)) {
                return null; // (an answer without a body: 204, and a 200 of some exchanges, bitFlyer's cancels)
            }
            throw new BadResponse(
                $this->redact_secrets(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' returned a body that is not JSON: ') . Js::toStr(
                            $this->excerpt($response_body),
                        ),
                    ),
                ),
            );
        }
        return $json;
    }

    public function headers_for_exchange($headers) {
        // The request's headers as handleErrors sees them: an HTTP Basic Authorization (basicAuthorization) is the
        // key and the secret in base64, which exchange code may not read (SUB-B009), so its value is masked.
        if (!(Js::typeof($headers) === 'object') || ($headers === null)) {
            return $headers;
        }
        $result = [];
        $names = Js::keys($headers);
        for ($i = 0; $i < count($names); $i++) {
            $value = $this->own_value($headers, $names[$i]);
            $basic = (Js::typeof($value) === 'string') && (
                Js::lowerCase(Js::textReceiver(Js::slice($value, 0, 6), 'toLowerCase')) === 'basic '
            );
            Js::setKey($result, $names[$i], $basic ? 'Basic ***' : $value);
        }
        return $result;
    }

    public function header_values($headers) {
        // Header names are case-insensitive, and each runtime's HTTP client keeps them in its own case.
        $result = [];
        $names = Js::keys($headers);
        for ($i = 0; $i < count($names); $i++) {
            $result[Js::lowerCase(Js::textReceiver($names[$i], 'toLowerCase'))] = $this->own_value(
                $headers,
                $names[$i],
            );
        }
        return $result;
    }

    public function retry_after_delay($status, $response_headers) {
        // The milliseconds that a 429 or 503 asks to wait before the next request (Retry-After: seconds or
        // an HTTP date), at most maxRetryAfter; undefined when it does not say.
        if (!Js::strictEqual($status, 429) && !Js::strictEqual($status, 503)) {
            return null;
        }
        $value = $this->safe_string($this->header_values($response_headers), 'retry-after');
        if ($value === null) {
            return null;
        }
        $seconds = $this->parse_number(Js::trim($value));
        $delay = null;
        if ($seconds !== null) {
            $delay = Js::multiply($seconds, 1000);
        } else {
            $date = $this->parse_date($value);
            if ($date === null) {
                return null;
            }
            $delay = Js::subtract($date, $this->milliseconds());
        }
        return Js::min(Js::max($delay, 0), $this->maxRetryAfter);
    }

    public function handle_errors(
        $status,
        $reason,
        #[\SensitiveParameter] $url,
        $method,
        #[\SensitiveParameter] $response_headers,
        #[\SensitiveParameter] $response_body,
        #[\SensitiveParameter] $response,
        #[\SensitiveParameter] $request_headers,
        #[\SensitiveParameter] $request_body,
    ) {
        // Exchanges override this to map their error payloads with throwExactlyMatchedException and
        // throwBroadlyMatchedException; returning means "no exchange-specific error here".
        return null;
    }

    public function handle_http_status_code(
        $status,
        $reason,
        #[\SensitiveParameter] $url,
        $method,
        #[\SensitiveParameter] $body,
    ) {
        $key = $this->number_to_string($status);
        $error_class = $this->own_value($this->httpExceptions, $key);
        if (($error_class === null) && !(Js::less($status, 200) || Js::greaterEqual($status, 300))) {
            return;
        }
        $message = $this->redact_secrets(
            Js::boundedText(
                Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' ' . Js::toStr($url) . ' ' . Js::toStr($key) . ' ' . Js::toStr($reason) . ' ') . Js::toStr(
                    $this->excerpt($body),
                ),
            ),
        );
        if ($error_class !== null) {
            $this->throw_error($error_class, $message);
        }
        throw new ExchangeError($message);
    }

    public function throw_exactly_matched_exception($exact, $string, $message) {
        $error_class = $string === null ? null : $this->own_value($exact, $string);
        if ($error_class !== null) {
            $this->throw_error($error_class, $this->redact_secrets($message));
        }
    }

    public function throw_broadly_matched_exception($broad, $string, $message) {
        $key = $this->find_broadly_matched_key($broad, $string);
        if ($key !== null) {
            $this->throw_error($this->own_value($broad, $key), $this->redact_secrets($message));
        }
    }

    public function find_broadly_matched_key($broad, $string) {
        // (only a text holds a key: a response's number or dictionary where its message belongs matches none, where
        // its indexOf was a TypeError, and an empty dictionary's a list's indexOf in PHP)
        if (!(Js::typeof($string) === 'string')) {
            return null;
        }
        $keys = Js::keys($broad);
        for ($i = 0; $i < count($keys); $i++) {
            $key = $this->safe_string($keys, $i);
            if (Js::indexOf($string, $key) >= 0) {
                return $key;
            }
        }
        return null;
    }

    // --- encoding of URLs -----------------------------------------------------------------------------
    public function extract_params($path) {
        // 'ticker/{pair}/{depth}' -> [ 'pair', 'depth' ]
        $result = [];
        $parts = Js::split($path, '{');
        for ($i = 1; $i < count($parts); $i++) {
            $end = Js::indexOf(Js::get($parts, $i), '}');
            if ($end >= 0) {
                $result[] = Js::slice(Js::get($parts, $i), 0, $end);
            }
        }
        return $result;
    }

    public function implode_params($path, $params) {
        // 'ticker/{pair}' with { 'pair': 'XBTUSD' } -> 'ticker/XBTUSD'. A value is written as a part of one path
        // segment (pathSegmentText): an id from a caller or a server ('1/../users/balances', '1?all=true', '')
        // cannot make the request name another endpoint, which the user's keys would sign.
        $result = $path;
        $keys = Js::keys($params);
        for ($i = 0; $i < count($keys); $i++) {
            $key = $keys[$i];
            $value = $this->own_value($params, $key);
            $placeholder = Js::boundedText('{' . Js::toStr($key) . '}');
            if (
                ((Js::typeof($value) === 'string') || (Js::typeof($value) === 'number')) && (
                    Js::indexOf($result, $placeholder) >= 0
                )
            ) {
                $result = Js::join(
                    Js::split($result, $placeholder),
                    $this->path_segment_text($this->number_to_string($value)),
                );
            }
        }
        return $result;
    }

    public function path_segment_text($text) {
        // Percent-encoded as encodeURIComponent does, but for the characters a path segment holds as they are
        // (RFC 3986: : @ $ & + , ; =), so that ids such as 'trade:1m:tBTCUSD' are sent as before. An empty value or
        // a dot segment would name the parent path ('orders/' for 'orders/{id}': on some APIs, all the orders),
        // which every HTTP client resolves: refused.
        if (($text === '') || ($text === '.') || ($text === '..')) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' a value put into a URL path cannot be empty, . or ..: ') . Js::toStr(
                        $this->json($text),
                    ),
                ),
            );
        }
        $encoded = $this->encode_uri_component($text);
        // (encodeURIComponent's escapes of those characters, and the characters; a % of the text is %25, so each
        // escape found here stands for the character)
        $kept = [
            ['%3A', ':'],
            ['%40', '@'],
            ['%24', '$'],
            ['%26', '&'],
            ['%2B', '+'],
            ['%2C', ','],
            ['%3B', ';'],
            ['%3D', '='],
        ];
        for ($i = 0; $i < count($kept); $i++) {
            $encoded = Js::join(Js::split($encoded, Js::get($kept[$i], 0)), Js::get($kept[$i], 1));
        }
        return $encoded;
    }

    public function urlencode($params) {
        // key=value pairs joined by &, percent-encoded as encodeURIComponent does (space is %20).
        // Numbers keep JavaScript's formatting, booleans are 'true'/'false', undefined values are left
        // out, a list repeats its key (a=1&a=2) and a dictionary nests with brackets (a[b]=1).
        return $this->encode_query($params, true, false);
    }

    public function rawencode($params) {
        // urlencode without percent-encoding, for exchanges that sign the raw query.
        return $this->encode_query($params, false, false);
    }

    public function urlencode_nested($params) {
        // Lists nest with indices too: a[0]=1&a[1]=2.
        return $this->encode_query($params, true, true);
    }

    public function encode_query($params, $encode, $index_lists) {
        $pairs = $this->query_pairs($params, null, $index_lists);
        $parts = [];
        for ($i = 0; Js::less($i, Js::length($pairs)); $i++) {
            [$key, $value] = Js::destructure(Js::get($pairs, $i), 2);
            if (Js::truthy($encode)) {
                $parts[] = Js::boundedText(
                    Js::boundedText(Js::toStr($this->encode_uri_component($key)) . '=') . Js::toStr(
                        $this->encode_uri_component($value),
                    ),
                );
            } else {
                $parts[] = Js::boundedText(Js::toStr($key) . '=' . Js::toStr($value));
            }
        }
        return Js::join($parts, '&');
    }

    public function query_pairs($value, $prefix, $index_lists, $depth = null) {
        if ($depth === null) {
            $depth = 0;
        }
        // [ key, string ] pairs of a (nested) value; a new list each time, since PHP passes arrays by value.
        // At most 512 levels (depth counts them): each runtime's stack holds another number, and a value nested 1,500
        // deep failed in Python alone, 10,000 in Node (a RangeError, which a catch clause saw) and not in PHP.
        if (
            !(Js::typeof($depth) === 'number') || !(Js::greaterEqual($depth, 0)) || Js::greater($depth, 512)
        ) {
            throw new ExchangeError('urlencode writes values nested 512 levels deep at most');
        }
        if (Js::typeof($value) === 'boolean') {
            return [[$prefix, Js::truthy($value) ? 'true' : 'false']];
        }
        if (Js::typeof($value) === 'number') {
            return [[$prefix, $this->number_to_string($value)]];
        }
        if (Js::typeof($value) === 'string') {
            return [[$prefix, $value]];
        }
        $result = [];
        if (Js::isArray($value) && ($prefix !== null)) {
            for ($i = 0; Js::less($i, Js::length($value)); $i++) {
                $key = Js::truthy($index_lists) ? Js::boundedText(
                    Js::boundedText(Js::toStr($prefix) . '[') . Js::toStr($this->number_to_string($i)) . ']',
                ) : $prefix;
                $result = Js::concat(
                    $result,
                    $this->query_pairs(Js::get($value, $i), $key, $index_lists, Js::add($depth, 1)),
                );
            }
        } elseif ((Js::typeof($value) === 'object') && ($value !== null)) {
            // (a null value, which a caller's params may hold, is left out as undefined is, in Node too)
            $keys = Js::keys($value);
            for ($i = 0; $i < count($keys); $i++) {
                $key = $prefix === null ? $keys[$i] : Js::boundedText(
                    Js::boundedText(Js::toStr($prefix) . '[') . Js::toStr($keys[$i]) . ']',
                );
                $result = Js::concat(
                    $result,
                    $this->query_pairs(
                        $this->own_value($value, $keys[$i]),
                        $key,
                        $index_lists,
                        Js::add($depth, 1),
                    ),
                );
            }
        }
        return $result;
    }

    public function ymdhms($timestamp, $infix = null) {
        if ($infix === null) {
            $infix = ' ';
        }
        // 1700000000000 -> '2023-11-14 22:13:20'
        $text = $this->iso8601($timestamp);
        return $text === null ? null : Js::add(
            Js::add(Js::slice($text, 0, 10), $infix),
            Js::slice($text, 11, 19),
        );
    }

    public function ymd($timestamp, $infix = null) {
        if ($infix === null) {
            $infix = '-';
        }
        // 1700000000000 -> '2023-11-14'
        $text = $this->iso8601($timestamp);
        return $text === null ? null : Js::join(Js::split(Js::slice($text, 0, 10), '-'), $infix);
    }

    public function yyyymmdd($timestamp, $infix = null) {
        if ($infix === null) {
            $infix = '-';
        }
        return $this->ymd($timestamp, $infix);
    }

    public function yymmdd($timestamp, $infix = null) {
        if ($infix === null) {
            $infix = '';
        }
        // 1700000000000 -> '231114'
        $text = $this->ymd($timestamp, $infix);
        return $text === null ? null : Js::slice($text, 2);
    }

    public function nonce() {
        return $this->seconds();
    }

    public function safe_float($dictionary, $key, $default_value = null) {
        return $this->safe_number_n($dictionary, [$key], $default_value);
    }

    public function safe_float2($dictionary, $key1, $key2, $default_value = null) {
        return $this->safe_number_n($dictionary, [$key1, $key2], $default_value);
    }

    public function safe_float_n($dictionary, $keys, $default_value = null) {
        return $this->safe_number_n($dictionary, $keys, $default_value);
    }

    public function required_list($dictionary, $key) {
        // The list at dictionary[key] of an answer that always holds one: anything else (missing, null, another
        // type) is an answer the exchange does not send, a BadResponse, rather than an empty result that reads as
        // no trades or no orders.
        $entries = $this->safe_list($dictionary, $key);
        if ($entries === null) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' sent an answer without its list ') . Js::toStr($this->json($key)) . ': ') . Js::toStr(
                        $this->excerpt($this->json($dictionary)),
                    ),
                ),
            );
        }
        return $entries;
    }

    public function omit($dictionary, $keys) {
        $result = $this->extend($dictionary);
        $names = $keys;
        if (!(Js::isArray($keys))) {
            $names = [$keys];
        }
        for ($i = 0; Js::less($i, Js::length($names)); $i++) {
            Js::delete($result, Js::get($names, $i));
        }
        return $result;
    }

    public function pluck($array, $key) {
        // The value of key in each entry that has it as an own key (null included).
        $result = [];
        $name = $this->key_string($key);
        for ($i = 0; Js::less($i, Js::length($array)); $i++) {
            $entry = Js::get($array, $i);
            if ((Js::typeof($entry) === 'object') && Js::includes(Js::keys($entry), $name)) {
                $result[] = $this->own_value($entry, $key);
            }
        }
        return $result;
    }

    public function filter_by($array, $key, $value) {
        $result = [];
        $entries = $this->to_array($array);
        for ($i = 0; $i < count($entries); $i++) {
            $entry = Js::get($entries, $i);
            // (a dictionary or list is the same object in Node and Python, the same contents in PHP: none is matched)
            if (
                !(Js::typeof($value) === 'object') && Js::strictEqual($this->safe_value($entry, $key), $value)
            ) {
                $result[] = $entry;
            }
        }
        return $result;
    }

    public function keysort($dictionary) {
        $keys = Js::keys($dictionary);
        Js::sort($keys);
        $result = [];
        for ($i = 0; $i < count($keys); $i++) {
            Js::setKey($result, Js::get($keys, $i), $this->own_value($dictionary, Js::get($keys, $i)));
        }
        return $result;
    }

    public function in_array($needle, $haystack) {
        // (a dictionary or list is found by identity in Node and Python and by content in PHP: none is found)
        return !(Js::typeof($needle) === 'object') && Js::includes($haystack, $needle);
    }

    public function is_empty($value) {
        if (($value === null) || ($value === '')) {
            return true;
        }
        if (Js::isArray($value)) {
            return Js::strictEqual(Js::length($value), 0);
        }
        if (Js::typeof($value) === 'object') {
            return count(Js::keys($value)) == 0;
        }
        return false;
    }

    public function unique($array) {
        // Each text, number, boolean or undefined once, in the order first met, as includes compares them (-0 is 0,
        // NaN is NaN), looked up by its type and text, where a search of what was kept made a response's 20,000
        // distinct ids cost Python and PHP half a minute (red-team round 28). A list or a dictionary is kept each
        // time: Node and Python tell two by identity, PHP by content (red-team round 29).
        $keys = []; // (undefined for a list or a dictionary)
        for ($i = 0; Js::less($i, Js::length($array)); $i++) {
            $value = Js::get($array, $i);
            if (!(Js::isArray($value)) && !(Js::truthy($this->is_mergeable($value)))) {
                $kind = Js::typeof($value) === 'string' ? 's' : (
                    Js::typeof($value) === 'number' ? 'n' : (Js::typeof($value) === 'boolean' ? 'b' : 'u')
                );
                $keys[] = Js::boundedText($kind . ':' . Js::toStr($value));
            } else {
                $keys[] = null;
            }
        }
        $this->check_key_names($keys, 'unique');
        $result = [];
        $seen = [];
        for ($i = 0; Js::less($i, Js::length($array)); $i++) {
            $key = Js::get($keys, $i);
            if ($key === null) {
                $result[] = Js::get($array, $i);
            } elseif ($this->own_value($seen, $key) === null) {
                Js::setKey($seen, $key, true);
                $result[] = Js::get($array, $i);
            }
        }
        return $result;
    }

    public function array_concat($a, $b) {
        return Js::concat($a, $b);
    }

    public function sum($a = null, $b = null, $c = null, $d = null) {
        // The sum of the numbers among the arguments; undefined when there are none.
        $values = [$a, $b, $c, $d];
        $result = 0;
        $found = false;
        for ($i = 0; $i < count($values); $i++) {
            $value = $values[$i];
            if (Js::typeof($value) === 'number') {
                $result = Js::add($result, $value);
                $found = true;
            }
        }
        return $found ? $result : null;
    }

    public function precision_from_string($text) {
        // '0.001' -> 3, '1e-8' -> 8, '10' -> -1: the decimal places of a tick size.
        $normalized = Precise::string_add($text, '0');
        $dot = Js::indexOf($normalized, '.');
        if ($dot >= 0) {
            return Js::number(Js::subtract(Js::length($normalized), $dot) - 1);
        }
        $zeros = 0;
        $i = Js::subtract(Js::length($normalized), 1);
        while (($i > 0) && (Js::charAt($normalized, $i) === '0')) {
            $zeros = Js::number($zeros + 1);
            $i = Js::number($i - 1);
        }
        return Js::negate($zeros);
    }

    public function decimal_to_precision(
        $value,
        $rounding_mode = null,
        $precision = null,
        $counting_mode = null,
        $padding_mode = null,
    ) {
        if ($rounding_mode === null) {
            $rounding_mode = ROUND;
        }
        if ($counting_mode === null) {
            $counting_mode = DECIMAL_PLACES;
        }
        if ($padding_mode === null) {
            $padding_mode = NO_PADDING;
        }
        // Rounds value (a number or a decimal string) to a precision and returns a decimal string.
        //   roundingMode: ROUND (half away from zero) or TRUNCATE (toward zero)
        //   countingMode: DECIMAL_PLACES (precision = places), SIGNIFICANT_DIGITS (precision = digits)
        //                 or TICK_SIZE (precision = the step, such as 0.5 or '0.00000001')
        //   paddingMode:  NO_PADDING (no trailing zeros) or PAD_WITH_ZERO (as many places as the precision)
        if ($value === null) {
            return null;
        }
        $text = Precise::string_add($this->number_to_string($value), '0');
        if ($precision === null) {
            return $text;
        }
        $tick = null;
        $places = 0;
        if (Js::strictEqual($counting_mode, TICK_SIZE)) {
            $tick = Precise::string_add($this->number_to_string($precision), '0');
            if (Precise::string_le($tick, '0')) {
                throw new BadRequest(
                    Js::boundedText(
                        'decimalToPrecision: the tick size must be positive, not ' . Js::toStr($tick),
                    ),
                );
            }
            $places = Js::max($this->precision_from_string($tick), 0);
        } elseif (Js::strictEqual($counting_mode, SIGNIFICANT_DIGITS)) {
            $digits = Js::parseInt($this->number_to_string($precision));
            if ($digits < 1) {
                throw new BadRequest('decimalToPrecision: significant digits must be at least 1');
            }
            if ($digits > 1000) {
                // as many digits as a market's precision says: a response's 1000000000 would be a gigabyte of them
                throw new BadRequest(
                    Js::boundedText(
                        'decimalToPrecision: significant digits must be at most 1000, not ' . Js::toStr(
                            $this->number_to_string($digits),
                        ),
                    ),
                );
            }
            if (Precise::string_eq($text, '0')) {
                return $this->pad_decimals(
                    '0',
                    Js::strictEqual($padding_mode, PAD_WITH_ZERO) ? Js::number($digits - 1) : 0,
                );
            }
            $places = Js::subtract(Js::number($digits - 1), $this->decimal_exponent($text));
            $rounded = $this->round_to_tick($text, $this->parse_precision($places), $rounding_mode);
            // Rounding up may add a digit (9.99 -> 10.0): count the places again from the result.
            $places = Js::subtract(Js::number($digits - 1), $this->decimal_exponent($rounded));
            $significant = $this->round_to_tick($rounded, $this->parse_precision($places), $rounding_mode);
            return $this->pad_decimals(
                $significant,
                Js::strictEqual($padding_mode, PAD_WITH_ZERO) ? Js::max($places, 0) : 0,
            );
        } else {
            $places = Js::parseInt($this->number_to_string($precision));
            if (!(Js::abs($places) <= 1000)) {
                // as many places as a market's precision says: a response's 1000000000 would be a gigabyte of zeros
                throw new BadRequest(
                    Js::boundedText(
                        'decimalToPrecision: decimal places must be between -1000 and 1000, not ' . Js::toStr(
                            $this->number_to_string($precision),
                        ),
                    ),
                );
            }
            $tick = $this->parse_precision($places);
            $places = Js::max($places, 0);
        }
        $result = $this->round_to_tick($text, $tick, $rounding_mode);
        return $this->pad_decimals($result, Js::strictEqual($padding_mode, PAD_WITH_ZERO) ? $places : 0);
    }

    public function round_to_tick($text, $tick, $rounding_mode) {
        $remainder = Precise::string_mod($text, $tick); // has the sign of text
        $result = Precise::string_sub($text, $remainder); // truncated toward zero
        if (
            Js::strictEqual($rounding_mode, ROUND) && Precise::string_ge(
                Precise::string_mul(Precise::string_abs($remainder), '2'),
                $tick,
            )
        ) {
            if (Precise::string_lt($text, '0')) {
                $result = Precise::string_sub($result, $tick);
            } else {
                $result = Precise::string_add($result, $tick);
            }
        } elseif (!Js::strictEqual($rounding_mode, ROUND) && !Js::strictEqual($rounding_mode, TRUNCATE)) {
            throw new BadRequest(
                Js::boundedText(
                    'decimalToPrecision: unknown rounding mode ' . Js::toStr(
                        $this->number_to_string($rounding_mode),
                    ),
                ),
            );
        }
        return $result;
    }

    public function decimal_exponent($text) {
        // The power of ten of the first significant digit: '123.4' -> 2, '0.00123' -> -3.
        $digits = Precise::string_abs($text);
        $dot = Js::indexOf($digits, '.');
        if ($dot < 0) {
            return Js::subtract(Js::length($digits), 1);
        }
        if (($dot > 1) || !(Js::charAt($digits, 0) === '0')) {
            return Js::number($dot - 1);
        }
        $i = Js::number($dot + 1);
        while (Js::charAt($digits, $i) === '0') {
            $i = Js::number($i + 1);
        }
        return Js::number($dot - $i);
    }

    public function pad_decimals($text, $places) {
        // Precise results carry no trailing zeros; PAD_WITH_ZERO adds them back up to places.
        if (Js::lessEqual($places, 0)) {
            return $text;
        }
        $dot = Js::indexOf($text, '.');
        if ($dot < 0) {
            return Js::boundedText(Js::boundedText(Js::toStr($text) . '.') . Js::padEnd('', $places, '0'));
        }
        return Js::padEnd($text, Js::add(Js::number($dot + 1), $places), '0');
    }

    public function amount_to_precision($symbol, $amount) {
        $market = $this->market($symbol);
        $result = $this->decimal_to_precision(
            $amount,
            TRUNCATE,
            Js::get(Js::get($market, 'precision'), 'amount'),
            $this->precisionMode,
            $this->paddingMode,
        );
        if ($result === '0') {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::boundedText(Js::boundedText(Js::toStr($this->id) . ' amount of ') . Js::toStr(Js::get($market, 'symbol')) . ' must be greater than the minimum amount precision of ') . Js::toStr(
                        $this->number_to_string(Js::get(Js::get($market, 'precision'), 'amount')),
                    ),
                ),
            );
        }
        return $result;
    }

    public function price_to_precision($symbol, $price) {
        $market = $this->market($symbol);
        return $this->decimal_to_precision(
            $price,
            ROUND,
            Js::get(Js::get($market, 'precision'), 'price'),
            $this->precisionMode,
            $this->paddingMode,
        );
    }

    public function cost_to_precision($symbol, $cost) {
        $market = $this->market($symbol);
        return $this->decimal_to_precision(
            $cost,
            TRUNCATE,
            Js::get(Js::get($market, 'precision'), 'price'),
            $this->precisionMode,
            $this->paddingMode,
        );
    }

    public function currency_to_precision($code, $value) {
        $currency = $this->currency($code);
        $precision = $this->safe_value($currency, 'precision');
        if ($precision === null) {
            return $this->number_to_string($value);
        }
        return $this->decimal_to_precision(
            $value,
            ROUND,
            $precision,
            $this->precisionMode,
            $this->paddingMode,
        );
    }

    // --- markets and currencies ----------------------------------------------------------------------
    public function load_markets($reload = null, $params = null) {
        if ($reload === null) {
            $reload = false;
        }
        if ($params === null) {
            $params = [];
        }
        if (!(Js::truthy($reload)) && ($this->markets !== null)) {
            return $this->markets;
        }
        $currencies = null;
        if (Js::get($this->has, 'fetchCurrencies') === true) {
            $currencies = $this->fetch_currencies();
        }
        // fetchMarkets returns unified market structures, each made by safeMarketStructure where the exchange's code
        // makes it: they are indexed as they are, not copied again (certify's CERT-S002 holds fetchMarkets to that).
        $markets = $this->fetch_markets($params);
        return $this->index_markets($this->to_array($markets), $currencies);
    }

    public function fetch_markets($params = null) {
        if ($params === null) {
            $params = [];
        }
        return $this->to_array($this->markets === null ? [] : $this->markets);
    }

    public function set_markets($markets, $currencies = null) {
        // The caller's own markets (a list or a dictionary), each completed by safeMarketStructure, then indexed.
        $values = [];
        $entries = $this->to_array($markets);
        for ($i = 0; $i < count($entries); $i++) {
            $values[] = $this->safe_market_structure(Js::get($entries, $i));
        }
        return $this->index_markets($values, $currencies);
    }

    public function index_markets($markets, $currencies = null) {
        // Stores a list of unified market structures as they are: by symbol (markets, symbols), by id (marketsById, a
        // list per id, ids), and the currencies (those fetched, else those the markets name).
        $this->markets = $this->index_by($markets, 'symbol');
        $this->marketsById = $this->group_by($markets, 'id');
        $this->symbols = Js::keys($this->markets);
        Js::sort($this->symbols);
        $this->ids = Js::keys($this->marketsById);
        Js::sort($this->ids);
        if (($currencies === null) || (count($this->to_array($currencies)) == 0)) {
            // none fetched (or the exchange lists none without credentials): derived from the markets
            $this->currencies = $this->deep_extend(
                $this->currencies_from_markets($markets),
                $this->currencies === null ? [] : $this->currencies,
            );
        } else {
            $this->currencies = $this->deep_extend(
                $this->currencies === null ? [] : $this->currencies,
                $this->index_by($this->to_array($currencies), 'code'),
            );
        }
        $this->currenciesById = $this->index_by($this->currencies, 'id');
        $this->codes = Js::keys($this->currencies);
        Js::sort($this->codes);
        return $this->markets;
    }

    public function currencies_from_markets($markets) {
        // The currencies the markets name, each with the id and precision of the first market naming it.
        $bases = [];
        $quotes = [];
        for ($i = 0; Js::less($i, Js::length($markets)); $i++) {
            $bases[] = $this->safe_string(Js::get($markets, $i), 'base');
            $quotes[] = $this->safe_string(Js::get($markets, $i), 'quote');
        }
        $this->check_key_names($this->array_concat($bases, $quotes), 'loadMarkets');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($markets)); $i++) {
            $market = Js::get($markets, $i);
            $base = Js::get($bases, $i);
            if (($base !== null) && ($this->own_value($result, $base) === null)) {
                // (a currency, never null)
                Js::setKey(
                    $result,
                    $base,
                    [
                        'id' => $this->safe_string($market, 'baseId', $base),
                        'code' => $base,
                        'precision' => $this->safe_value(Js::get($market, 'precision'), 'amount'),
                    ],
                );
            }
            $quote = Js::get($quotes, $i);
            if (($quote !== null) && ($this->own_value($result, $quote) === null)) {
                Js::setKey(
                    $result,
                    $quote,
                    [
                        'id' => $this->safe_string($market, 'quoteId', $quote),
                        'code' => $quote,
                        'precision' => $this->safe_value(Js::get($market, 'precision'), 'price'),
                    ],
                );
            }
        }
        return $result;
    }

    public function build_symbol(
        $base,
        $quote,
        $settle = null,
        $expiry = null,
        $strike = null,
        $option_type = null,
    ) {
        // The unified symbol of a market from its parts: 'BTC/USDT' (spot), 'BTC/USDT:USDT' (linear swap),
        // 'BTC/USD:BTC' (inverse swap), 'BTC/USD:BTC-251226' (future: expiry in ms, written YYMMDD, UTC) and
        // 'BTC/USD:BTC-251226-100000-C' (option: strike, then C for a call or P for a put).
        $symbol = Js::boundedText(Js::toStr($base) . '/' . Js::toStr($quote));
        if ($settle === null) {
            return $symbol;
        }
        $symbol .= Js::within($symbol, ':' . Js::toStr($settle));
        if ($expiry !== null) {
            $symbol .= Js::within($symbol, Js::within($symbol, '-') . Js::toStr($this->yymmdd($expiry)));
        }
        if ($strike !== null) {
            $symbol .= Js::within(
                $symbol,
                Js::within($symbol, '-') . Js::toStr($this->number_to_string($strike)),
            );
        }
        if ($option_type !== null) {
            $symbol .= Js::within($symbol, Js::within($symbol, '-') . ($option_type === 'put' ? 'P' : 'C'));
        }
        return $symbol;
    }

    public function markets_loaded() {
        if ($this->markets === null) {
            throw new ExchangeError(
                Js::boundedText(Js::toStr($this->id) . ' markets are not loaded: call loadMarkets () first'),
            );
        }
    }

    public function market($symbol) {
        $this->markets_loaded();
        if (!(Js::typeof($symbol) === 'string')) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' market () requires a symbol string'),
            );
        }
        $market = $this->own_value($this->markets, $symbol);
        if ($market !== null) {
            return $market;
        }
        $markets_of_id = $this->own_value($this->marketsById, $symbol);
        if ($markets_of_id !== null) {
            return Js::get($markets_of_id, 0);
        }
        throw new BadSymbol(
            Js::boundedText(Js::toStr($this->id) . ' does not have market symbol ' . Js::toStr($symbol)),
        );
    }

    public function market_id($symbol) {
        return Js::get($this->market($symbol), 'id');
    }

    public function market_ids($symbols) {
        $result = [];
        for ($i = 0; Js::less($i, Js::length($symbols)); $i++) {
            $result[] = $this->market_id(Js::get($symbols, $i));
        }
        return $result;
    }

    public function symbol($symbol) {
        return Js::get($this->market($symbol), 'symbol');
    }

    public function currency($code) {
        if ($this->currencies === null) {
            throw new ExchangeError(
                Js::boundedText(
                    Js::toStr($this->id) . ' currencies are not loaded: call loadMarkets () first',
                ),
            );
        }
        if (Js::typeof($code) === 'string') {
            $currency = $this->own_value($this->currencies, $code);
            if ($currency !== null) {
                return $currency;
            }
            $currency_of_id = $this->own_value($this->currenciesById, $code);
            if ($currency_of_id !== null) {
                return $currency_of_id;
            }
        }
        throw new BadSymbol(
            Js::boundedText(
                Js::boundedText(Js::toStr($this->id) . ' does not have currency code ') . Js::toStr(
                    $this->number_to_string($code),
                ),
            ),
        );
    }

    public function safe_fee($fee) {
        // { 'cost': '0.1', 'currency': 'USD', 'rate': '0.001' } with numbers parsed; undefined stays undefined.
        if ($fee === null) {
            return null;
        }
        return [
            'cost' => $this->safe_number($fee, 'cost'),
            'currency' => $this->safe_string($fee, 'currency'),
            'rate' => $this->safe_number($fee, 'rate'),
        ];
    }

    public function aggregate_fees($fees) {
        // Fees summed per currency (those without a currency apart), in the order the currencies first come.
        // (Entries are replaced, never changed in place: PHP copies arrays on assignment.)
        $currencies = [];
        for ($i = 0; Js::less($i, Js::length($fees)); $i++) {
            $currencies[] = $this->safe_string(Js::get($fees, $i), 'currency');
        }
        $this->check_key_names($currencies, 'aggregateFees');
        $result = [];
        $positions = [];
        for ($i = 0; Js::less($i, Js::length($fees)); $i++) {
            $fee = Js::get($fees, $i);
            $currency = Js::get($currencies, $i);
            $cost = $this->safe_string($fee, 'cost');
            $position = $currency === null ? null : $this->safe_integer($positions, $currency);
            if (($currency === null) || ($cost === null)) {
                $result[] = $fee;
            } elseif ($position === null) {
                Js::setKey($positions, $currency, count($result));
                $result[] = [
                    'cost' => $cost,
                    'currency' => $currency,
                    'rate' => $this->safe_string($fee, 'rate'),
                ];
            } else {
                $existing = $this->safe_value($result, $position);
                $rate = $this->safe_string($existing, 'rate');
                if (!Js::strictEqual($rate, $this->safe_string($fee, 'rate'))) {
                    $rate = null;
                }
                Js::set(
                    $result,
                    $position,
                    [
                        'cost' => Precise::string_add($this->safe_string($existing, 'cost'), $cost),
                        'currency' => $currency,
                        'rate' => $rate,
                    ],
                    true,
                );
            }
        }
        return $result;
    }

    public function contract_value($amount, $price, $market = null) {
        // The value of amount at price (strings): amount x price, except in a contract market, where amount
        // counts contracts: amount x contractSize (already in the quote currency for an inverse swap or future),
        // times price otherwise (an option's in the currency of its premium); undefined without a contractSize.
        if (($amount === null) || ($price === null)) {
            return null;
        }
        if (($market === null) || !($this->safe_bool($market, 'contract') === true)) {
            return Precise::string_mul($amount, $price);
        }
        $contract_size = $this->safe_string($market, 'contractSize');
        if ($contract_size === null) {
            return null;
        }
        $size = Precise::string_mul($amount, $contract_size);
        $inverse = ($this->safe_bool($market, 'inverse') === true) && !(
            $this->safe_bool($market, 'option') === true
        );
        return $inverse ? $size : Precise::string_mul($size, $price);
    }

    public function safe_order($order, $market = null) {
        // Derives what the exchange leaves out from what it gives, consistently: filled, remaining and amount
        // from each other or from the trades; cost and average from each other; the fees from the trades; the
        // status of a fully filled order; the average as the price of a market order; no last trade time for
        // an order without trades; triggerPrice, postOnly and timeInForce from each other. Amounts unsigned.
        $trades = [];
        $raw_trades = $this->safe_list($order, 'trades', []);
        for ($i = 0; $i < count($raw_trades); $i++) {
            $trades[] = $this->safe_trade(Js::get($raw_trades, $i), $market);
        }
        $trades_amount = null;
        $trades_cost = null;
        $trades_fees = [];
        $last_trade = null;
        for ($i = 0; $i < count($trades); $i++) {
            $trade = Js::get($trades, $i);
            $trades_amount = Precise::string_add(
                $trades_amount === null ? '0' : $trades_amount,
                $this->safe_string($trade, 'amount', '0'),
            );
            $trades_cost = Precise::string_add(
                $trades_cost === null ? '0' : $trades_cost,
                $this->safe_string($trade, 'cost', '0'),
            );
            // (pushed in place: a copy of the fees so far at each trade made an order of 40,000 fills cost seconds;
            // red-team round 28)
            $trade_fees = $this->safe_list($trade, 'fees', []);
            for ($j = 0; $j < count($trade_fees); $j++) {
                $trades_fees[] = Js::get($trade_fees, $j);
            }
            $trade_timestamp = $this->safe_integer($trade, 'timestamp');
            if (
                ($trade_timestamp !== null) && (
                    ($last_trade === null) || Js::greater($trade_timestamp, $last_trade)
                )
            ) {
                $last_trade = $trade_timestamp;
            }
        }
        $amount = $this->safe_unsigned($order, 'amount');
        $filled = $this->safe_unsigned($order, 'filled');
        $remaining = $this->safe_unsigned($order, 'remaining');
        $cost = $this->safe_unsigned($order, 'cost');
        $average = $this->safe_string($order, 'average');
        $price = $this->safe_string($order, 'price');
        $type = $this->safe_string($order, 'type');
        if (($filled === null) && ($trades_amount !== null)) {
            $filled = $trades_amount;
        }
        if (($cost === null) && ($trades_cost !== null)) {
            $cost = $trades_cost;
        }
        if (($filled === null) && ($amount !== null) && ($remaining !== null)) {
            $filled = Precise::string_sub($amount, $remaining);
        }
        if (($remaining === null) && ($amount !== null) && ($filled !== null)) {
            $remaining = Precise::string_max(Precise::string_sub($amount, $filled), '0');
        }
        if (($amount === null) && ($filled !== null) && ($remaining !== null)) {
            $amount = Precise::string_add($filled, $remaining);
        }
        if (($average !== null) && Precise::string_eq($average, '0')) {
            $average = null;
        }
        if (
            ($average === null) && ($cost !== null) && ($filled !== null) && Precise::string_gt($filled, '0')
        ) {
            // in a contract market cost is filled x contractSize (x average when linear): see contractValue
            $unit = $this->contract_value($filled, '1', $market);
            if (
                ($unit !== null) && !(Precise::string_eq($this->contract_value($filled, '2', $market), $unit))
            ) {
                $average = Precise::string_div($cost, $unit);
            }
        }
        if (($cost === null) && ($filled !== null)) {
            if ($average !== null) {
                $cost = $this->contract_value($filled, $average, $market);
            } elseif (Precise::string_eq($filled, '0')) {
                $cost = '0'; // nothing filled, nothing spent
            }
        }
        if (($price !== null) && Precise::string_eq($price, '0')) {
            $price = null;
        }
        if (($price === null) && ($type === 'market')) {
            $price = $average;
        }
        $status = $this->safe_string($order, 'status');
        if (
            ($status === null) && ($remaining !== null) && Precise::string_eq($remaining, '0') && ($filled !== null) && Precise::string_gt(
                $filled,
                '0',
            )
        ) {
            $status = 'closed';
        }
        $last_trade_timestamp = $this->safe_milliseconds($order, 'lastTradeTimestamp');
        if ($last_trade_timestamp === null) {
            $last_trade_timestamp = $last_trade;
        }
        if (($filled !== null) && Precise::string_eq($filled, '0')) {
            $last_trade_timestamp = null; // no trade, no last trade: a canceled order's close time is not one
        }
        $order_fee = $this->safe_dict($order, 'fee');
        $order_fees = $this->safe_list($order, 'fees', []);
        if (($order_fee === null) && Js::strictEqual(Js::length($order_fees), 0)) {
            $order_fees = $this->aggregate_fees($trades_fees);
        }
        [$fee, $fees] = Js::destructure($this->safe_fees($order_fee, $order_fees), 2);
        $trigger_price = $this->safe_string2($order, 'triggerPrice', 'stopPrice');
        $time_in_force = $this->safe_string($order, 'timeInForce');
        $post_only = $this->safe_bool($order, 'postOnly');
        if ($time_in_force === 'PO') {
            $post_only = true;
        }
        if (($post_only === true) && ($time_in_force === null)) {
            $time_in_force = 'PO';
        }
        $timestamp = $this->safe_milliseconds($order, 'timestamp');
        return [
            'id' => $this->safe_string($order, 'id'),
            'clientOrderId' => $this->safe_string($order, 'clientOrderId'),
            'symbol' => $this->safe_symbol($this->safe_string($order, 'symbol'), $market),
            'timestamp' => $timestamp,
            'datetime' => $this->iso8601($timestamp),
            'lastTradeTimestamp' => $last_trade_timestamp,
            'lastUpdateTimestamp' => $this->safe_milliseconds($order, 'lastUpdateTimestamp'),
            'status' => $status,
            'type' => $type,
            'timeInForce' => $time_in_force,
            'postOnly' => $post_only,
            'reduceOnly' => $this->safe_bool($order, 'reduceOnly'),
            'side' => $this->safe_string($order, 'side'),
            'price' => $this->parse_number($price),
            'triggerPrice' => $this->parse_number($trigger_price),
            'stopPrice' => $this->parse_number($trigger_price),
            'stopLossPrice' => $this->safe_number($order, 'stopLossPrice'),
            'takeProfitPrice' => $this->safe_number($order, 'takeProfitPrice'),
            'amount' => $this->parse_number($amount),
            'filled' => $this->parse_number($filled),
            'remaining' => $this->parse_number($remaining),
            'cost' => $this->parse_number($cost),
            'average' => $this->parse_number($average),
            'fee' => $fee,
            'fees' => $fees,
            'trades' => $trades,
            'info' => $this->safe_value($order, 'info'),
        ];
    }

    public function safe_balance($balance) {
        // Fills free, used and total of every currency from the two that are known, and indexes them by
        // kind too: balance['free']['BTC'] as well as balance['BTC']['free'].
        // (free, used and total are filled as dictionaries of their own, then put in: PHP wrote result['free'][code]
        // as into a list when the codes were digits, so '0' and '14' made 15 entries there, nulls between them)
        $reserved = ['info', 'timestamp', 'datetime', 'free', 'used', 'total'];
        $result = [
            'info' => $this->safe_value($balance, 'info'),
            'timestamp' => $this->safe_integer($balance, 'timestamp'),
            'datetime' => $this->iso8601($this->safe_integer($balance, 'timestamp')),
            'free' => [],
            'used' => [],
            'total' => [],
        ];
        $free = [];
        $used = [];
        $total = [];
        $codes = Js::keys($balance);
        $this->check_key_names($codes, 'safeBalance');
        for ($i = 0; $i < count($codes); $i++) {
            $code = Js::get($codes, $i);
            if (Js::truthy($this->in_array($code, $reserved))) {
                continue;
            }
            $account = $this->own_value($balance, $code);
            $free_text = $this->safe_string($account, 'free');
            $used_text = $this->safe_string($account, 'used');
            $total_text = $this->safe_string($account, 'total');
            if (($total_text === null) && ($free_text !== null) && ($used_text !== null)) {
                $total_text = Precise::string_add($free_text, $used_text);
            }
            if (($free_text === null) && ($total_text !== null) && ($used_text !== null)) {
                $free_text = Precise::string_sub($total_text, $used_text);
            }
            if (($used_text === null) && ($total_text !== null) && ($free_text !== null)) {
                $used_text = Precise::string_sub($total_text, $free_text);
            }
            $parsed = [
                'free' => $this->parse_number($free_text),
                'used' => $this->parse_number($used_text),
                'total' => $this->parse_number($total_text),
            ];
            Js::setKey($result, $code, $parsed);
            Js::setKey($free, $code, Js::get($parsed, 'free'));
            Js::setKey($used, $code, Js::get($parsed, 'used'));
            Js::setKey($total, $code, Js::get($parsed, 'total'));
        }
        $result['free'] = $free;
        $result['used'] = $used;
        $result['total'] = $total;
        return $result;
    }

    public function safe_transaction($transaction, $currency = null) {
        // A deposit or a withdrawal; the currency code comes from currency when the entry has none.
        $timestamp = $this->safe_milliseconds($transaction, 'timestamp');
        $code = $currency === null ? null : Js::get($currency, 'code');
        return [
            'id' => $this->safe_string($transaction, 'id'),
            'txid' => $this->safe_string($transaction, 'txid'),
            'timestamp' => $timestamp,
            'datetime' => $this->iso8601($timestamp),
            'network' => $this->safe_string($transaction, 'network'),
            'address' => $this->safe_string($transaction, 'address'),
            'tag' => $this->safe_string($transaction, 'tag'),
            'type' => $this->safe_string($transaction, 'type'),
            'amount' => $this->parse_number($this->safe_unsigned($transaction, 'amount')),
            'currency' => $this->safe_string($transaction, 'currency', $code),
            'status' => $this->safe_string($transaction, 'status'),
            'updated' => $this->safe_milliseconds($transaction, 'updated'),
            'fee' => $this->safe_fee($this->safe_dict($transaction, 'fee')),
            'info' => $this->safe_value($transaction, 'info'),
        ];
    }

    public function safe_ledger_entry($entry, $currency = null) {
        // One movement of a balance; a signed amount gives the direction ('in' or 'out') and is unsigned.
        $signed = $this->safe_string($entry, 'amount');
        $direction = $this->safe_string($entry, 'direction');
        if (($direction === null) && ($signed !== null)) {
            $direction = Precise::string_lt($signed, '0') ? 'out' : 'in';
        }
        $timestamp = $this->safe_milliseconds($entry, 'timestamp');
        $code = $currency === null ? null : Js::get($currency, 'code');
        return [
            'id' => $this->safe_string($entry, 'id'),
            'timestamp' => $timestamp,
            'datetime' => $this->iso8601($timestamp),
            'direction' => $direction,
            'account' => $this->safe_string($entry, 'account'),
            'referenceId' => $this->safe_string($entry, 'referenceId'),
            'type' => $this->safe_string($entry, 'type'),
            'currency' => $this->safe_string($entry, 'currency', $code),
            'amount' => $this->parse_number(Precise::string_abs($signed)),
            'before' => $this->safe_number($entry, 'before'),
            'after' => $this->safe_number($entry, 'after'),
            'status' => $this->safe_string($entry, 'status'),
            'fee' => $this->safe_fee($this->safe_dict($entry, 'fee')),
            'info' => $this->safe_value($entry, 'info'),
        ];
    }

    public function safe_transfer($transfer) {
        // A move between two accounts of the user with every unified field: datetime from timestamp, amount
        // unsigned; fromAccount and toAccount as the caller named them.
        $timestamp = $this->safe_milliseconds($transfer, 'timestamp');
        return [
            'id' => $this->safe_string($transfer, 'id'),
            'timestamp' => $timestamp,
            'datetime' => $this->iso8601($timestamp),
            'currency' => $this->safe_string($transfer, 'currency'),
            'amount' => $this->parse_number($this->safe_unsigned($transfer, 'amount')),
            'fromAccount' => $this->safe_string($transfer, 'fromAccount'),
            'toAccount' => $this->safe_string($transfer, 'toAccount'),
            'status' => $this->safe_string($transfer, 'status'),
            'info' => $this->safe_value($transfer, 'info'),
        ];
    }

    public function safe_position($position, $market = null) {
        // An open position of a contract market. contracts is unsigned, in contracts (not in the base currency);
        // a signed count gives the side ('long' above zero, 'short' below) when the exchange names none.
        // contractSize comes from the market when the position has none; notional (the value in the quote
        // currency, unsigned) of a swap or future from contracts x contractSize, times markPrice for a linear
        // one; percentage (the unrealized PnL in % of the initial margin) from those two.
        $signed = $this->safe_string($position, 'contracts');
        $side = $this->safe_string_lower($position, 'side');
        if (($side === null) && ($signed !== null)) {
            if (Precise::string_gt($signed, '0')) {
                $side = 'long';
            } elseif (Precise::string_lt($signed, '0')) {
                $side = 'short';
            }
        }
        $contracts = Precise::string_abs($signed);
        $contract_size = $this->safe_string($position, 'contractSize');
        if (($contract_size === null) && ($market !== null)) {
            $contract_size = $this->safe_string($market, 'contractSize');
        }
        $mark_price = $this->safe_string($position, 'markPrice');
        $notional = $this->safe_unsigned($position, 'notional');
        $futures = ($this->safe_bool($market, 'swap') === true) || (
            $this->safe_bool($market, 'future') === true
        );
        if (($notional === null) && ($contracts !== null) && ($contract_size !== null) && $futures) {
            if ($this->safe_bool($market, 'inverse') === true) {
                $notional = Precise::string_mul($contracts, $contract_size);
            } elseif (($this->safe_bool($market, 'linear') === true) && ($mark_price !== null)) {
                $notional = Precise::string_mul(Precise::string_mul($contracts, $contract_size), $mark_price);
            }
        }
        $unrealized_pnl = $this->safe_string($position, 'unrealizedPnl');
        $initial_margin = $this->safe_string($position, 'initialMargin');
        $percentage = $this->safe_string($position, 'percentage');
        if (
            ($percentage === null) && ($unrealized_pnl !== null) && ($initial_margin !== null) && !(
                Precise::string_eq($initial_margin, '0')
            )
        ) {
            $percentage = Precise::string_mul(Precise::string_div($unrealized_pnl, $initial_margin), '100');
        }
        $timestamp = $this->safe_milliseconds($position, 'timestamp');
        return [
            'symbol' => $this->safe_symbol($this->safe_string($position, 'symbol'), $market),
            'id' => $this->safe_string($position, 'id'),
            'timestamp' => $timestamp,
            'datetime' => $this->iso8601($timestamp),
            'side' => $side,
            'contracts' => $this->parse_number($contracts),
            'contractSize' => $this->parse_number($contract_size),
            'notional' => $this->parse_number($notional),
            'leverage' => $this->safe_number($position, 'leverage'),
            'entryPrice' => $this->safe_number($position, 'entryPrice'),
            'markPrice' => $this->parse_number($mark_price),
            'liquidationPrice' => $this->safe_number($position, 'liquidationPrice'),
            'unrealizedPnl' => $this->parse_number($unrealized_pnl),
            'realizedPnl' => $this->safe_number($position, 'realizedPnl'),
            'collateral' => $this->safe_number($position, 'collateral'),
            'initialMargin' => $this->parse_number($initial_margin),
            'maintenanceMargin' => $this->safe_number($position, 'maintenanceMargin'),
            'marginMode' => $this->safe_string_lower($position, 'marginMode'),
            'percentage' => $this->parse_number($percentage),
            'info' => $this->safe_value($position, 'info'),
        ];
    }

    public function safe_funding_rate($rate, $market = null) {
        // The funding of a swap: the rate of the current (or last settled) interval at fundingTimestamp, the
        // predicted one at nextFundingTimestamp; rates as fractions (0.0001 is 0.01 %), every time in ms.
        $timestamp = $this->safe_milliseconds($rate, 'timestamp');
        $funding_timestamp = $this->safe_milliseconds($rate, 'fundingTimestamp');
        $next_funding_timestamp = $this->safe_milliseconds($rate, 'nextFundingTimestamp');
        return [
            'symbol' => $this->safe_symbol($this->safe_string($rate, 'symbol'), $market),
            'markPrice' => $this->safe_number($rate, 'markPrice'),
            'indexPrice' => $this->safe_number($rate, 'indexPrice'),
            'interestRate' => $this->safe_number($rate, 'interestRate'),
            'fundingRate' => $this->safe_number($rate, 'fundingRate'),
            'fundingTimestamp' => $funding_timestamp,
            'fundingDatetime' => $this->iso8601($funding_timestamp),
            'nextFundingRate' => $this->safe_number($rate, 'nextFundingRate'),
            'nextFundingTimestamp' => $next_funding_timestamp,
            'nextFundingDatetime' => $this->iso8601($next_funding_timestamp),
            'timestamp' => $timestamp,
            'datetime' => $this->iso8601($timestamp),
            'info' => $this->safe_value($rate, 'info'),
        ];
    }

    public function safe_funding_rate_history($entry, $market = null) {
        // One settled funding of a swap: its rate (a fraction) and when it was applied.
        $timestamp = $this->safe_milliseconds($entry, 'timestamp');
        return [
            'symbol' => $this->safe_symbol($this->safe_string($entry, 'symbol'), $market),
            'fundingRate' => $this->safe_number($entry, 'fundingRate'),
            'timestamp' => $timestamp,
            'datetime' => $this->iso8601($timestamp),
            'info' => $this->safe_value($entry, 'info'),
        ];
    }

    public function safe_open_interest($interest, $market = null) {
        // The open interest of a contract market: openInterestAmount in contracts, openInterestValue in the
        // quote currency (each as the exchange reports it; neither is derived from the other).
        $timestamp = $this->safe_milliseconds($interest, 'timestamp');
        return [
            'symbol' => $this->safe_symbol($this->safe_string($interest, 'symbol'), $market),
            'openInterestAmount' => $this->safe_number($interest, 'openInterestAmount'),
            'openInterestValue' => $this->safe_number($interest, 'openInterestValue'),
            'timestamp' => $timestamp,
            'datetime' => $this->iso8601($timestamp),
            'info' => $this->safe_value($interest, 'info'),
        ];
    }

    public function safe_leverage($leverage, $market = null) {
        // The leverage of a market for long and short positions; a single 'leverage' stands for both.
        $both = $this->safe_string($leverage, 'leverage');
        return [
            'symbol' => $this->safe_symbol($this->safe_string($leverage, 'symbol'), $market),
            'marginMode' => $this->safe_string_lower($leverage, 'marginMode'),
            'longLeverage' => $this->parse_number($this->safe_string($leverage, 'longLeverage', $both)),
            'shortLeverage' => $this->parse_number($this->safe_string($leverage, 'shortLeverage', $both)),
            'info' => $this->safe_value($leverage, 'info'),
        ];
    }

    public function safe_margin_mode($margin_mode, $market = null) {
        // The margin mode of a market: 'cross' or 'isolated'.
        return [
            'symbol' => $this->safe_symbol($this->safe_string($margin_mode, 'symbol'), $market),
            'marginMode' => $this->safe_string_lower($margin_mode, 'marginMode'),
            'info' => $this->safe_value($margin_mode, 'info'),
        ];
    }

    public function account() {
        return ['free' => null, 'used' => null, 'total' => null];
    }

    public function parse_order_book(
        $orderbook,
        $symbol,
        $timestamp = null,
        $bids_key = null,
        $asks_key = null,
        $price_key = null,
        $amount_key = null,
    ) {
        if ($bids_key === null) {
            $bids_key = 'bids';
        }
        if ($asks_key === null) {
            $asks_key = 'asks';
        }
        if ($price_key === null) {
            $price_key = 0;
        }
        if ($amount_key === null) {
            $amount_key = 1;
        }
        $bids = $this->parse_bids_asks($this->safe_value($orderbook, $bids_key), $price_key, $amount_key);
        $asks = $this->parse_bids_asks($this->safe_value($orderbook, $asks_key), $price_key, $amount_key);
        return [
            'symbol' => $symbol,
            'bids' => $this->sort_by($bids, 0, true),
            'asks' => $this->sort_by($asks, 0),
            'timestamp' => $timestamp,
            'datetime' => $this->iso8601($timestamp),
            'nonce' => null,
        ];
    }

    public function parse_ohlcv($ohlcv, $market = null) {
        // Exchanges whose candles are not [ timestamp, open, high, low, close, volume ] override this.
        if (Js::isArray($ohlcv)) {
            return [
                $this->safe_integer($ohlcv, 0),
                $this->safe_number($ohlcv, 1),
                $this->safe_number($ohlcv, 2),
                $this->safe_number($ohlcv, 3),
                $this->safe_number($ohlcv, 4),
                $this->safe_number($ohlcv, 5),
            ];
        }
        return $ohlcv;
    }

    public function parse_ohlcvs($ohlcvs, $market = null, $timeframe = null, $since = null, $limit = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        $result = [];
        $entries = $this->to_array($ohlcvs);
        for ($i = 0; $i < count($entries); $i++) {
            $result[] = $this->parse_ohlcv(Js::get($entries, $i), $market);
        }
        return $this->filter_by_since_limit($this->sort_by($result, 0), $since, $limit, 0);
    }

    public function parse_trade($trade, $market = null) {
        throw new NotSupported(Js::boundedText(Js::toStr($this->id) . ' parseTrade () is not implemented'));
    }

    public function parse_order($order, $market = null) {
        throw new NotSupported(Js::boundedText(Js::toStr($this->id) . ' parseOrder () is not implemented'));
    }

    public function parse_ticker($ticker, $market = null) {
        throw new NotSupported(Js::boundedText(Js::toStr($this->id) . ' parseTicker () is not implemented'));
    }

    public function parse_transaction($transaction, $currency = null) {
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' parseTransaction () is not implemented'),
        );
    }

    public function parse_ledger_entry($item, $currency = null) {
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' parseLedgerEntry () is not implemented'),
        );
    }

    public function parse_position($position, $market = null) {
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' parsePosition () is not implemented'),
        );
    }

    public function parse_funding_rate($rate, $market = null) {
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' parseFundingRate () is not implemented'),
        );
    }

    public function parse_funding_rate_history($entry, $market = null) {
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' parseFundingRateHistory () is not implemented'),
        );
    }

    public function parse_positions($positions, $symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The positions of the given symbols (all when undefined), in the exchange's order.
        $result = [];
        $entries = $this->to_array($positions);
        for ($i = 0; $i < count($entries); $i++) {
            $position = $this->extend($this->parse_position(Js::get($entries, $i)), $params);
            if (($symbols === null) || Js::truthy($this->in_array(Js::get($position, 'symbol'), $symbols))) {
                $result[] = $position;
            }
        }
        return $result;
    }

    public function parse_funding_rates($rates, $symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // Funding rates by symbol, of the given symbols (all when undefined).
        $kept = [];
        $entries = $this->to_array($rates);
        for ($i = 0; $i < count($entries); $i++) {
            $rate = $this->extend($this->parse_funding_rate(Js::get($entries, $i)), $params);
            if (($symbols === null) || Js::truthy($this->in_array(Js::get($rate, 'symbol'), $symbols))) {
                $kept[] = $rate;
            }
        }
        return $this->by_symbol($kept, 'parseFundingRates');
    }

    public function parse_funding_rate_histories($entries, $market = null, $since = null, $limit = null) {
        // Settled fundings, oldest first: the first limit of them from since on, or without since the latest limit.
        $result = [];
        $list = $this->to_array($entries);
        for ($i = 0; $i < count($list); $i++) {
            $result[] = $this->parse_funding_rate_history(Js::get($list, $i), $market);
        }
        $symbol = $market === null ? null : Js::get($market, 'symbol');
        return $this->filter_by_symbol_since_limit(
            $this->sort_by($result, 'timestamp'),
            $symbol,
            $since,
            $limit,
            $since === null,
        );
    }

    public function parse_orders($orders, $market = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $result = [];
        $entries = $this->to_array($orders);
        for ($i = 0; $i < count($entries); $i++) {
            $result[] = $this->extend($this->parse_order(Js::get($entries, $i), $market), $params);
        }
        $symbol = $market === null ? null : Js::get($market, 'symbol');
        return $this->filter_by_symbol_since_limit(
            $this->sort_by($result, 'timestamp'),
            $symbol,
            $since,
            $limit,
        );
    }

    public function parse_transactions(
        $transactions,
        $currency = null,
        $since = null,
        $limit = null,
        $params = null,
    ) {
        if ($params === null) {
            $params = [];
        }
        $result = [];
        $entries = $this->to_array($transactions);
        for ($i = 0; $i < count($entries); $i++) {
            $result[] = $this->extend($this->parse_transaction(Js::get($entries, $i), $currency), $params);
        }
        $code = $currency === null ? null : Js::get($currency, 'code');
        return $this->filter_by_currency_since_limit(
            $this->sort_by($result, 'timestamp'),
            $code,
            $since,
            $limit,
        );
    }

    public function parse_ledger($items, $currency = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $result = [];
        $entries = $this->to_array($items);
        for ($i = 0; $i < count($entries); $i++) {
            $result[] = $this->extend($this->parse_ledger_entry(Js::get($entries, $i), $currency), $params);
        }
        $code = $currency === null ? null : Js::get($currency, 'code');
        return $this->filter_by_currency_since_limit(
            $this->sort_by($result, 'timestamp'),
            $code,
            $since,
            $limit,
        );
    }

    public function parse_tickers($tickers, $symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        $kept = [];
        $entries = $this->to_array($tickers);
        $extended = count(Js::keys($params)) > 0; // (a copy only to add params' keys, as parseTrades)
        for ($i = 0; $i < count($entries); $i++) {
            $parsed = $this->parse_ticker(Js::get($entries, $i));
            $ticker = $extended ? $this->extend($parsed, $params) : $parsed;
            if (($symbols === null) || Js::truthy($this->in_array(Js::get($ticker, 'symbol'), $symbols))) {
                $kept[] = $ticker;
            }
        }
        return $this->by_symbol($kept, 'parseTickers');
    }

    public function filter_by_currency_since_limit(
        $array,
        $code = null,
        $since = null,
        $limit = null,
        $tail = null,
    ) {
        if ($tail === null) {
            $tail = false;
        }
        return $this->filter_by_value_since_limit(
            $array,
            'currency',
            $code,
            $since,
            $limit,
            'timestamp',
            $tail,
        );
    }

    // --- fees ----------------------------------------------------------------------------------------
    public function calculate_fee(
        $symbol,
        $type,
        $side,
        $amount,
        $price,
        $taker_or_maker = null,
        $params = null,
    ) {
        if ($taker_or_maker === null) {
            $taker_or_maker = 'taker';
        }
        if ($params === null) {
            $params = [];
        }
        $market = $this->market($symbol);
        $rate = $this->safe_string($market, $taker_or_maker);
        $cost = Precise::string_mul(
            Precise::string_mul($this->number_to_string($amount), $this->number_to_string($price)),
            $rate,
        );
        return [
            'type' => $taker_or_maker,
            'currency' => Js::get($market, 'quote'),
            'rate' => $this->parse_number($rate),
            'cost' => $this->parse_number($cost),
        ];
    }

    // --- unified params: read once, checked, then mapped by the exchange (transpiler/unified.py) -------
    public function unified_order_params($type, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // The unified params of createOrder as [ unified, rest ]: unified holds postOnly (true also for
        // timeInForce 'PO'), timeInForce ('GTC', 'IOC', 'FOK' or undefined), reduceOnly, triggerPrice,
        // stopLossPrice, takeProfitPrice (as strings), the one of them that is set in 'triggerKind' with its
        // price in 'trigger', clientOrderId and cost; rest is params without them.
        // Combinations no exchange can place are rejected here, naming the param.
        $time_in_force = $this->safe_string_upper($params, 'timeInForce');
        $known = ['GTC', 'IOC', 'FOK', 'PO'];
        if (($time_in_force !== null) && !(Js::truthy($this->in_array($time_in_force, $known)))) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () timeInForce must be one of GTC, IOC, FOK or PO, not ' . Js::toStr(
                        $time_in_force,
                    ),
                ),
            );
        }
        $post_only = ($time_in_force === 'PO') || ($this->safe_bool($params, 'postOnly', false) === true);
        $unified = [
            'postOnly' => $post_only,
            'timeInForce' => $time_in_force === 'PO' ? null : $time_in_force,
            'reduceOnly' => $this->safe_bool($params, 'reduceOnly', false) === true,
            'triggerPrice' => $this->safe_string($params, 'triggerPrice'),
            'stopLossPrice' => $this->safe_string($params, 'stopLossPrice'),
            'takeProfitPrice' => $this->safe_string($params, 'takeProfitPrice'),
            'clientOrderId' => $this->safe_string($params, 'clientOrderId'),
            'cost' => $this->safe_string($params, 'cost'),
            'trigger' => null,
            'triggerKind' => null,
        ];
        if ($post_only && !($type === 'limit')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () postOnly (timeInForce PO) is for limit orders, not ' . Js::toStr(
                        $type,
                    ) . ' orders',
                ),
            );
        }
        if (
            $post_only && (
                (Js::get($unified, 'timeInForce') === 'IOC') || (Js::get($unified, 'timeInForce') === 'FOK')
            )
        ) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' createOrder () postOnly cannot be combined with timeInForce ') . Js::toStr(
                        Js::get($unified, 'timeInForce'),
                    ),
                ),
            );
        }
        $triggers = ['triggerPrice', 'stopLossPrice', 'takeProfitPrice'];
        for ($i = 0; $i < count($triggers); $i++) {
            $name = $triggers[$i];
            $value = $this->safe_string($unified, $name);
            if ($value === null) {
                continue;
            }
            if (Js::get($unified, 'trigger') !== null) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' createOrder () takes one of triggerPrice, stopLossPrice and takeProfitPrice, not ') . Js::toStr(Js::get($unified, 'triggerKind')) . ' and ' . Js::toStr(
                            $name,
                        ),
                    ),
                );
            }
            if ($post_only) {
                throw new InvalidOrder(
                    Js::boundedText(
                        Js::toStr($this->id) . ' createOrder () ' . Js::toStr(
                            $name,
                        ) . ' cannot be combined with postOnly (timeInForce PO)',
                    ),
                );
            }
            $unified['trigger'] = $value;
            $unified['triggerKind'] = $name;
        }
        if ((Js::get($unified, 'cost') !== null) && !($type === 'market')) {
            throw new InvalidOrder(
                Js::boundedText(
                    Js::toStr($this->id) . ' createOrder () cost sizes market orders only, not ' . Js::toStr(
                        $type,
                    ) . ' orders',
                ),
            );
        }
        $rest = $this->omit(
            $params,
            [
                'postOnly',
                'timeInForce',
                'reduceOnly',
                'triggerPrice',
                'stopLossPrice',
                'takeProfitPrice',
                'clientOrderId',
                'cost',
            ],
        );
        return [$unified, $rest];
    }

    public function reject_unified_params($method, $unified, $names) {
        // Throws NotSupported naming the first of names that unified holds (a true flag or a value): for the
        // unified params this exchange cannot map.
        for ($i = 0; Js::less($i, Js::length($names)); $i++) {
            $value = $this->safe_value($unified, Js::get($names, $i));
            if (($value !== null) && !($value === false)) {
                throw new NotSupported(
                    Js::boundedText(
                        Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () does not support the unified param ') . Js::toStr(
                            Js::get($names, $i),
                        ),
                    ),
                );
            }
        }
    }

    public function canceled_orders($orders, $response) {
        // The result of a cancel-all request that the exchange answers with a count or a message only: the
        // orders listed open just before, now canceled, each with the exchange's answer beside its own info.
        $result = [];
        for ($i = 0; Js::less($i, Js::length($orders)); $i++) {
            $result[] = $this->extend(
                Js::get($orders, $i),
                [
                    'status' => 'canceled',
                    'info' => ['order' => Js::get(Js::get($orders, $i), 'info'), 'canceled' => $response],
                ],
            );
        }
        return $result;
    }

    public function deposit_withdraw_fees_from_currencies($currencies, $codes = null) {
        // fetchDepositWithdrawFees from fetchCurrencies' result, for exchanges whose currency list carries
        // the withdrawal fee (an amount) of the currency and of each network; deposit fees are not reported.
        $result = [];
        $keys = Js::keys($currencies);
        for ($i = 0; $i < count($keys); $i++) {
            $code = $keys[$i];
            if (($codes !== null) && !(Js::truthy($this->in_array($code, $codes)))) {
                continue;
            }
            $currency = $this->safe_dict($currencies, $code, []);
            $networks = $this->safe_dict($currency, 'networks', []);
            $network_codes = Js::keys($networks);
            $by_network = [];
            for ($j = 0; $j < count($network_codes); $j++) {
                $network = $this->safe_dict($networks, $network_codes[$j], []);
                Js::setKey(
                    $by_network,
                    $network_codes[$j],
                    ['withdraw' => $this->fee_amount($this->safe_number($network, 'fee')), 'deposit' => []],
                );
            }
            Js::setKey(
                $result,
                $code,
                [
                    'code' => $code,
                    'withdraw' => $this->fee_amount($this->safe_number($currency, 'fee')),
                    'deposit' => [],
                    'networks' => $by_network,
                    'info' => $this->safe_value($currency, 'info'),
                ],
            );
        }
        return $result;
    }

    public function fee_amount($fee) {
        // A DepositWithdrawFee's withdraw or deposit entry for a fee that is an amount (not a rate).
        if ($fee === null) {
            return [];
        }
        return ['fee' => $fee, 'percentage' => false];
    }

    public function trading_fee_of_all($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        // fetchTradingFee for exchanges whose fee endpoint reports every market at once: fetchTradingFees'
        // entry of the symbol.
        $this->load_markets();
        $market = $this->market($symbol);
        $fees = $this->fetch_trading_fees($params);
        return $this->safe_dict($fees, Js::get($market, 'symbol'));
    }

    public function account_type_id($account) {
        // The exchange's name of a unified account ('spot', 'margin', 'funding', ...) for transfer (),
        // from options['accountsByType']; an unknown one is rejected rather than sent as it is.
        $accounts = $this->safe_dict($this->options, 'accountsByType', []);
        $id = $this->safe_string($accounts, $account);
        if ($id === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' transfer () knows no account ' . Js::toStr($account) . ': one of ') . Js::join(
                        Js::keys($accounts),
                        ', ',
                    ),
                ),
            );
        }
        return $id;
    }

    public function network_id($network_code, $currency = null) {
        // The exchange's id of a unified network code (options['networks'], then the currency's networks), or
        // the code itself when neither knows it.
        if ($network_code === null) {
            return null;
        }
        $upper = Js::upperCase(Js::textReceiver($network_code, 'toUpperCase'));
        $by_currency = $this->safe_dict($currency, 'networks', []);
        $entry = $this->safe_dict($by_currency, $upper);
        if ($entry !== null) {
            return $this->safe_string($entry, 'id', $upper);
        }
        $networks = $this->safe_dict($this->options, 'networks', []);
        return $this->safe_string($networks, $upper, $upper);
    }

    public function known_network_id($network_code, $currency, $method) {
        // networkId for a unified network code that options['networks'] or the currency's networks know; any
        // other code is rejected, naming the param, rather than sent to the exchange as it is (fail closed).
        $upper = Js::upperCase(Js::textReceiver($network_code, 'toUpperCase'));
        $known = $this->extend(
            $this->safe_dict($this->options, 'networks', []),
            $this->safe_dict($currency, 'networks', []),
        );
        if ($this->safe_value($known, $upper) === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' ' . Js::toStr($method) . ' () knows no network ' . Js::toStr($network_code) . ' (the unified param network): one of ') . Js::join(
                        Js::keys($known),
                        ', ',
                    ),
                ),
            );
        }
        return $this->network_id($upper, $currency);
    }

    public function network_code($network_id, $currency = null) {
        // The unified code of an exchange's network id: the currency's network of that id, else the inverse of
        // options['networks'], else the id itself.
        if ($network_id === null) {
            return null;
        }
        $by_currency = $this->safe_dict($currency, 'networks', []);
        $known = Js::keys($by_currency);
        for ($i = 0; $i < count($known); $i++) {
            if (
                Js::strictEqual(
                    $this->safe_string($this->safe_dict($by_currency, $known[$i]), 'id'),
                    $network_id,
                )
            ) {
                return $known[$i];
            }
        }
        $networks = $this->safe_dict($this->options, 'networks', []);
        $codes = Js::keys($networks);
        for ($i = 0; $i < count($codes); $i++) {
            if (Js::strictEqual($this->safe_string($networks, $codes[$i]), $network_id)) {
                return $codes[$i];
            }
        }
        return $network_id;
    }

    // --- unified API defaults: an exchange overrides what it supports and sets has[...] = true --------
    public function fetch_currencies($params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchCurrencies () is not supported yet'),
        );
    }

    public function fetch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchTicker () is not supported yet'),
        );
    }

    public function fetch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchTickers () is not supported yet'),
        );
    }

    public function fetch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchOrderBook () is not supported yet'),
        );
    }

    public function fetch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(Js::boundedText(Js::toStr($this->id) . ' fetchOHLCV () is not supported yet'));
    }

    public function fetch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchTrades () is not supported yet'),
        );
    }

    public function fetch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchBalance () is not supported yet'),
        );
    }

    public function create_order($symbol, $type, $side, $amount, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' createOrder () is not supported yet'),
        );
    }

    public function cancel_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' cancelOrder () is not supported yet'),
        );
    }

    public function edit_order($id, $symbol, $type, $side, $amount = null, $price = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(Js::boundedText(Js::toStr($this->id) . ' editOrder () is not supported yet'));
    }

    public function fetch_order($id, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(Js::boundedText(Js::toStr($this->id) . ' fetchOrder () is not supported yet'));
    }

    public function fetch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchOrders () is not supported yet'),
        );
    }

    public function fetch_open_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchOpenOrders () is not supported yet'),
        );
    }

    public function fetch_closed_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchClosedOrders () is not supported yet'),
        );
    }

    public function fetch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchMyTrades () is not supported yet'),
        );
    }

    public function fetch_deposits($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchDeposits () is not supported yet'),
        );
    }

    public function fetch_withdrawals($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchWithdrawals () is not supported yet'),
        );
    }

    public function fetch_transactions($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchTransactions () is not supported yet'),
        );
    }

    public function fetch_ledger($code = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchLedger () is not supported yet'),
        );
    }

    public function fetch_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddress () is not supported yet'),
        );
    }

    public function withdraw($code, $amount, $address, $tag = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(Js::boundedText(Js::toStr($this->id) . ' withdraw () is not supported yet'));
    }

    public function fetch_time($params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(Js::boundedText(Js::toStr($this->id) . ' fetchTime () is not supported yet'));
    }

    public function fetch_status($params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchStatus () is not supported yet'),
        );
    }

    public function fetch_trading_fees($params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchTradingFees () is not supported yet'),
        );
    }

    public function cancel_all_orders($symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' cancelAllOrders () is not supported yet'),
        );
    }

    public function fetch_order_trades($id, $symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchOrderTrades () is not supported yet'),
        );
    }

    public function fetch_trading_fee($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchTradingFee () is not supported yet'),
        );
    }

    public function fetch_deposit_addresses($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchDepositAddresses () is not supported yet'),
        );
    }

    public function create_deposit_address($code, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' createDepositAddress () is not supported yet'),
        );
    }

    public function fetch_deposit_withdraw_fees($codes = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchDepositWithdrawFees () is not supported yet'),
        );
    }

    public function transfer($code, $amount, $from_account, $to_account, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(Js::boundedText(Js::toStr($this->id) . ' transfer () is not supported yet'));
    }

    public function create_market_buy_order_with_cost($symbol, $cost, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' createMarketBuyOrderWithCost () is not supported yet'),
        );
    }

    public function fetch_positions($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchPositions () is not supported yet'),
        );
    }

    public function fetch_position($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchPosition () is not supported yet'),
        );
    }

    public function fetch_funding_rate($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchFundingRate () is not supported yet'),
        );
    }

    public function fetch_funding_rates($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchFundingRates () is not supported yet'),
        );
    }

    public function fetch_funding_rate_history($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchFundingRateHistory () is not supported yet'),
        );
    }

    public function fetch_open_interest($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchOpenInterest () is not supported yet'),
        );
    }

    public function set_leverage($leverage, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' setLeverage () is not supported yet'),
        );
    }

    public function set_margin_mode($margin_mode, $symbol = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' setMarginMode () is not supported yet'),
        );
    }

    public function fetch_leverage($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' fetchLeverage () is not supported yet'),
        );
    }

    public function fetch_mark_ohlcv(
        $symbol,
        $timeframe = null,
        $since = null,
        $limit = null,
        $params = null,
    ) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // Candles of the mark price: fetchOHLCV with params['price'] = 'mark', which an exchange that sets
        // has['fetchMarkOHLCV'] maps to its own request.
        if (!(Js::get($this->has, 'fetchMarkOHLCV') === true)) {
            throw new NotSupported(
                Js::boundedText(Js::toStr($this->id) . ' fetchMarkOHLCV () is not supported yet'),
            );
        }
        return $this->fetch_ohlcv(
            $symbol,
            $timeframe,
            $since,
            $limit,
            $this->extend($params, ['price' => 'mark']),
        );
    }

    public function fetch_index_ohlcv(
        $symbol,
        $timeframe = null,
        $since = null,
        $limit = null,
        $params = null,
    ) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        // Candles of the index price: fetchOHLCV with params['price'] = 'index' (see fetchMarkOHLCV).
        if (!(Js::get($this->has, 'fetchIndexOHLCV') === true)) {
            throw new NotSupported(
                Js::boundedText(Js::toStr($this->id) . ' fetchIndexOHLCV () is not supported yet'),
            );
        }
        return $this->fetch_ohlcv(
            $symbol,
            $timeframe,
            $since,
            $limit,
            $this->extend($params, ['price' => 'index']),
        );
    }

    // --- streaming: maintained order books and bounded caches (the socket is native: watch, resolveUpdate) -----
    public function handle_message($url, $message) {
        // Override: turn one frame (parsed JSON) of the connection to url into updates with
        // this.resolveUpdate (url, value, messageHash), or errors with this.rejectUpdate (...).
        throw new NotSupported(
            Js::boundedText(
                Js::toStr($this->id) . ' handleMessage () is not implemented: it does not stream',
            ),
        );
    }

    public function resubscribe_message($url, $subscribe_hash, $message) {
        // Override: the message to send again for subscribeHash after a reconnect (a fresh signature or token
        // where the first one expires); the base sends the same one.
        return $message;
    }

    public function stream_url($key = null) {
        if ($key === null) {
            $key = 'public';
        }
        // The stream URL urls['ws'] names: a string, or a dictionary of them by key.
        $urls = $this->safe_value($this->urls, 'ws');
        if (Js::typeof($urls) === 'string') {
            return $urls;
        }
        $url = $this->safe_string($urls, $key);
        if ($url === null) {
            throw new NotSupported(
                Js::boundedText(
                    Js::toStr($this->id) . ' has no stream URL ' . Js::toStr($key) . ' in urls[\'ws\']',
                ),
            );
        }
        return $url;
    }

    public function stream_state($key, $default_value = null) {
        // What a channel keeps between frames (an order book, a cache), by its message hash; in the runtimes that
        // stream only (see checkStreaming).
        $this->check_streaming();
        return $this->safe_value($this->streams, $key, $default_value);
    }

    public function set_stream_state($key, $value) {
        $this->check_streaming();
        Js::set($this->streams, $key, $value);
        return $value;
    }

    public function new_order_book($symbol, $depth = null) {
        // An empty maintained book: levels [ price, amount ] by normalized price (bookKey; a level is replaced, never
        // changed, so views share them), the texts the exchange wrote for each (for checksums), and the keys of
        // each side in order, best first (kept sorted as levels come and go: no update sorts the book); depth:
        // the levels the exchange keeps.
        return [
            'symbol' => $symbol,
            'bids' => [],
            'asks' => [],
            'texts' => ['bids' => [], 'asks' => []],
            'order' => ['bids' => [], 'asks' => []],
            'timestamp' => null,
            'nonce' => null,
            'depth' => $depth,
        ];
    }

    public function book_level($price, $amount) {
        // A level as the book keeps it, [ price, amount ] as numbers, from what the exchange sent.
        $price_number = $this->parse_number($price);
        $amount_number = $this->parse_number($amount);
        if (($price_number === null) || ($amount_number === null)) {
            throw new BadResponse(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sent an order book level that is not a number: ') . Js::toStr(
                        $this->json([$price, $amount]),
                    ),
                ),
            );
        }
        return [$price_number, $amount_number];
    }

    public function book_key($price) {
        // The key of a level's price in a maintained book: its text after '@', so that no side is keyed '0' to 'n-1',
        // which PHP reads as a list (its levels at prices 0 to n-1 were lost there; red-team round 31).
        return Js::boundedText('@' . Js::toStr($this->number_to_string($price)));
    }

    public function set_book_level($book, $side, $price, $amount) {
        // One level of side ('bids' or 'asks') set to amount, or removed when amount is zero. Returns the book, which
        // changes in place, and so do its parts where the book helpers made them for it (bookPart; any other is
        // copied first): as a stream's state, where streams run only (see checkStreaming).
        $this->check_streaming();
        $this->check_book_side_name($side);
        $level = $this->book_level($price, $amount);
        $price_number = Js::get($level, 0);
        $amount_number = Js::get($level, 1);
        $levels = $this->book_part($book, $this->safe_dict($book, $side, []));
        $texts = $this->book_part($book, $this->safe_dict($book, 'texts', []));
        $side_texts = $this->book_part($book, $this->safe_dict($texts, $side, []));
        $order = $this->book_part($book, $this->safe_dict($book, 'order', []));
        $keys = $this->safe_list($order, $side, []);
        $key = $this->book_key($price_number);
        $known = $this->safe_value($levels, $key) !== null;
        if (Js::strictEqual($amount_number, 0)) {
            if ($known) {
                $position = $this->book_position($levels, $keys, $price_number, $side === 'bids');
                $keys = Js::concat(Js::slice($keys, 0, $position), Js::slice($keys, Js::add($position, 1)));
                Js::delete($levels, $key);
                Js::delete($side_texts, $key);
            }
        } else {
            if (!($known)) {
                $position = $this->book_position($levels, $keys, $price_number, $side === 'bids');
                $keys = Js::concat(Js::slice($keys, 0, $position), [$key], Js::slice($keys, $position));
            }
            Js::set($levels, $key, $level);
            Js::set($side_texts, $key, [$this->number_to_string($price), $this->number_to_string($amount)]);
            if (Js::greater(count($keys), $this->max_book_levels())) {
                // the worst level goes (the new one, when it is the worst)
                $worst = Js::get($keys, count($keys) - 1);
                $keys = Js::slice($keys, 0, count($keys) - 1);
                Js::delete($levels, $worst);
                Js::delete($side_texts, $worst);
            }
        }
        Js::set($texts, $side, $side_texts);
        Js::set($book, 'texts', $texts);
        Js::set($order, $side, $keys);
        Js::set($book, 'order', $order);
        Js::set($book, $side, $levels);
        return $book;
    }

    public function check_book_side_name($side) {
        if (!($side === 'bids') && !($side === 'asks')) {
            // (another key of a stream state, a ticker's or a balance's, changed in place: red-team round 75)
            throw new ExchangeError(
                Js::boundedText(
                    Js::boundedText(Js::toStr($this->id) . ' sets a level of the bids or the asks, not of ') . Js::toStr(
                        $this->json($side),
                    ),
                ),
            );
        }
    }

    public function max_book_levels() {
        // The levels a maintained book keeps per side: a hostile server's new levels (or a market's far ones, in a
        // book of no depth) would grow it without end, and each snapshot orders a whole side.
        return $this->safe_integer($this->streaming, 'maxBookLevels', 20000);
    }

    public function set_book_levels($book, $side, $levels, $price_key = null, $amount_key = null) {
        if ($price_key === null) {
            $price_key = 0;
        }
        if ($amount_key === null) {
            $amount_key = 1;
        }
        $this->check_streaming(); // (see setBookLevel)
        $this->check_book_side_name($side);
        if (Js::lessEqual(Js::length($levels), 32)) {
            for ($i = 0; Js::less($i, Js::length($levels)); $i++) {
                $book = $this->set_book_level(
                    $book,
                    $side,
                    $this->safe_value(Js::get($levels, $i), $price_key),
                    $this->safe_value(Js::get($levels, $i), $amount_key),
                );
            }
            return $book;
        }
        // Many levels (a snapshot, or a large update): each read first, so that the book changes only once every
        // level was read; then the new keys, ordered among themselves, merged into the side's kept order (setBookLevel
        // one by one inserts each new key into the ordered list, which for a whole book took time quadratic in its
        // size: 80,000 levels from a hostile server, minutes; and a copy and sort of the whole side at every frame
        // of 33 levels cost 60 ms a frame at 20,000 levels; red-team round 28).
        $read = [];
        for ($i = 0; Js::less($i, Js::length($levels)); $i++) {
            $price = $this->safe_value(Js::get($levels, $i), $price_key);
            $amount = $this->safe_value(Js::get($levels, $i), $amount_key);
            $level = $this->book_level($price, $amount);
            $read[] = [
                $this->book_key(Js::get($level, 0)),
                $level,
                [$this->number_to_string($price), $this->number_to_string($amount)],
            ];
        }
        $side_levels = $this->book_part($book, $this->safe_dict($book, $side, []));
        $texts = $this->book_part($book, $this->safe_dict($book, 'texts', []));
        $side_texts = $this->book_part($book, $this->safe_dict($texts, $side, []));
        $order = $this->book_part($book, $this->safe_dict($book, 'order', []));
        $added = [];
        $removed = false;
        for ($i = 0; $i < count($read); $i++) {
            $key = Js::get(Js::get($read, $i), 0);
            $level = Js::get(Js::get($read, $i), 1);
            if (Js::strictEqual(Js::get($level, 1), 0)) {
                $removed = $removed || ($this->safe_value($side_levels, $key) !== null);
                Js::delete($side_levels, $key);
                Js::delete($side_texts, $key);
            } else {
                if ($this->safe_value($side_levels, $key) === null) {
                    $added[] = [Js::get($level, 0), $key];
                }
                Js::set($side_levels, $key, $level);
                Js::set($side_texts, $key, Js::get(Js::get($read, $i), 2));
            }
        }
        $kept = $this->safe_list($order, $side, []);
        $keys = $this->merged_book_keys(
            $side_levels,
            $kept,
            $this->sort_by($added, 0, $side === 'bids'),
            $side === 'bids',
            $removed,
        );
        $bound = $this->max_book_levels();
        for ($j = Js::subtract(Js::length($keys), 1); Js::greaterEqual($j, $bound); $j = Js::number($j - 1)) {
            // beyond the bound, the worst levels go
            $key = Js::get($keys, $j);
            Js::delete($side_levels, $key);
            Js::delete($side_texts, $key);
        }
        Js::set($order, $side, Js::greater(Js::length($keys), $bound) ? Js::slice($keys, 0, $bound) : $keys);
        Js::set($texts, $side, $side_texts);
        Js::set($book, 'texts', $texts);
        Js::set($book, 'order', $order);
        Js::set($book, $side, $side_levels);
        return $book;
    }

    public function merged_book_keys($levels, $kept, $added, $descending, $removed) {
        // The keys of levels best first: those of kept (in order) that levels still holds, merged with those of added
        // ([ price, key ] of the new levels, best first), each key once. Where none of kept was removed, the keys
        // before the first added level and after the last go over whole.
        if (!(Js::truthy($removed)) && Js::strictEqual(Js::length($added), 0)) {
            return $kept;
        }
        $result = [];
        $placed = [];
        $i = 0;
        $j = 0;
        if (!(Js::truthy($removed))) {
            $i = $this->book_position($levels, $kept, Js::get(Js::get($added, 0), 0), $descending);
            $result = Js::slice($kept, 0, $i);
        }
        while (Js::less($i, Js::length($kept)) || Js::less($j, Js::length($added))) {
            if (!(Js::truthy($removed)) && Js::greaterEqual($j, Js::length($added))) {
                return Js::concat($result, Js::slice($kept, $i));
            }
            $kept_key = Js::less($i, Js::length($kept)) ? $this->safe_string($kept, $i) : null;
            $kept_level = $kept_key === null ? null : $this->safe_value($levels, $kept_key);
            if (($kept_key !== null) && ($kept_level === null)) {
                $i = Js::add($i, 1); // (removed)
                continue;
            }
            $take_added = ($kept_level === null) || (
                Js::less($j, Js::length($added)) && (
                    Js::truthy($descending) ? Js::greater(Js::get(Js::get($added, $j), 0), Js::get($kept_level, 0)) : Js::less(
                        Js::get(Js::get($added, $j), 0),
                        Js::get($kept_level, 0),
                    )
                )
            );
            $key = $take_added ? Js::get(Js::get($added, $j), 1) : $kept_key;
            if ($take_added) {
                $j = Js::number($j + 1);
            } else {
                $i = Js::add($i, 1);
            }
            if (($this->safe_value($levels, $key) !== null) && ($this->safe_value($placed, $key) === null)) {
                Js::setKey($placed, $key, true);
                Js::push($result, $key);
            }
        }
        return $result;
    }

    public function book_side($book, $side, $limit = null) {
        // The levels [ price, amount ] of a side best first (bids by descending price), at most limit of them.
        return $this->book_levels($this->safe_dict($book, $side, []), $book, $side, $limit);
    }

    public function book_texts($book, $side, $limit = null) {
        // bookSide as the exchange wrote the numbers: [ priceText, amountText ].
        return $this->book_levels(
            $this->safe_dict($this->safe_dict($book, 'texts', []), $side, []),
            $book,
            $side,
            $limit,
        );
    }

    public function trim_book($book) {
        // Keeps the depth best levels of each side: the exchange forgets the others (and so does its checksum). Those
        // beyond go at once: removed one by one, each copied the side's keys, a snapshot of 20,000 levels a second
        // (red-team round 27). Where streams run only (see setBookLevel).
        $this->check_streaming();
        $depth = Js::get($book, 'depth');
        if ($depth === null) {
            return $book;
        }
        $order = $this->book_part($book, $this->safe_dict($book, 'order', []));
        $texts = $this->book_part($book, $this->safe_dict($book, 'texts', []));
        $sides = ['bids', 'asks'];
        // (a depth below 0 keeps none: a server's 'book--3000000' made this loop 3 million times a frame; round 31)
        $lowest = Js::less($depth, 0) ? 0 : $depth;
        for ($i = 0; $i < count($sides); $i++) {
            $side = $sides[$i];
            $keys = $this->safe_list($order, $side, []);
            if (Js::greater(count($keys), $lowest)) {
                $levels = $this->book_part($book, $this->safe_dict($book, $side, []));
                $side_texts = $this->book_part($book, $this->safe_dict($texts, $side, []));
                $kept = count($keys);
                for ($j = count($keys) - 1; Js::greaterEqual($j, $lowest); $j = Js::number($j - 1)) {
                    $key = $this->safe_string($keys, $j);
                    Js::delete($levels, $key);
                    Js::delete($side_texts, $key);
                    $kept = $j;
                }
                Js::set($texts, $side, $side_texts);
                Js::set($order, $side, Js::slice($keys, 0, $kept));
                Js::set($book, $side, $levels);
            }
        }
        Js::set($book, 'texts', $texts);
        Js::set($book, 'order', $order);
        return $book;
    }

    public function remember_book_limit($symbol, $limit = null) {
        // The levels the callers of watchOrderBook want: the most any of them asked for (all of them, once one
        // gave no limit), so that each update copies no more of the book than that.
        $key = Js::boundedText('viewLimit:' . Js::toStr($symbol));
        $known = $this->stream_state($key, 0);
        $wanted = $limit === null ? -1 : Js::trunc($limit); // (a number of its own: see SUB-D007)
        if (Js::strictEqual($known, -1) || (!($wanted == -1) && Js::lessEqual($wanted, $known))) {
            return;
        }
        $this->set_stream_state($key, $wanted);
    }

    public function order_book_view($book, $limit = null) {
        // The unified order book of a maintained one: lists of its own (the levels in them are never changed), at
        // most limit levels a side, by default as many as the callers of watchOrderBook asked for.
        if ($limit === null) {
            $wanted = $this->stream_state(
                Js::boundedText('viewLimit:' . Js::toStr(Js::get($book, 'symbol'))),
                -1,
            );
            $limit = Js::strictEqual($wanted, -1) ? null : $wanted;
        }
        $timestamp = Js::get($book, 'timestamp');
        return [
            'symbol' => Js::get($book, 'symbol'),
            'bids' => $this->book_side($book, 'bids', $limit),
            'asks' => $this->book_side($book, 'asks', $limit),
            'timestamp' => $timestamp,
            'datetime' => $this->iso8601($timestamp),
            'nonce' => Js::get($book, 'nonce'),
        ];
    }

    public function resync_book($url, $message_hash, $reason) {
        // Drops a book that went wrong (a sequence gap, a checksum mismatch) so that a new snapshot starts it
        // again; the second time in a row before a book is right again is an error for the callers.
        $key = Js::boundedText('resyncs:' . Js::toStr($message_hash));
        $count = Js::add($this->stream_state($key, 0), 1);
        $this->set_stream_state($key, $count);
        $this->set_stream_state($message_hash, null);
        if (Js::greater($count, 1)) {
            $this->reject_update(
                $url,
                $message_hash,
                BadResponse::class,
                Js::boundedText(
                    Js::toStr($this->id) . ' ' . Js::toStr($reason) . ', again after a new snapshot',
                ),
            );
        }
    }

    public function book_is_right($message_hash) {
        // A book checked against the exchange's sequence or checksum: the run of resyncs is over.
        $this->set_stream_state(Js::boundedText('resyncs:' . Js::toStr($message_hash)), 0);
    }

    public function stream_request_id() {
        // 1, 2, 3, ...: the ids of the requests sent on streams, per exchange instance.
        $id = Js::add($this->stream_state('requestId', 0), 1);
        $this->set_stream_state('requestId', $id);
        return $id;
    }

    public function single_key($key, $value) {
        // { key: value }, for a key known only at run time.
        $result = [];
        Js::setKey($result, $key, $value);
        return $result;
    }

    public function resolve_ticker($url, $ticker) {
        // A ticker to the callers of watchTicker, and to those of watchTickers with every ticker seen so far.
        $this->resolve_tickers($url, [$ticker]);
    }

    public function resolve_tickers($url, $tickers) {
        // A frame's tickers, each to the callers of watchTicker, and to those of watchTickers at once with every ticker
        // seen so far, of the markets known (a server's tickers of symbols never subscribed grew the tickers without
        // end, and each was copied for every frame after it: 20,000 such frames took Node 80 s; and a copy for each
        // ticker of a frame, 40,000 of 2,000 markets, took it 17.6 s: red-team round 31).
        $known = [];
        $count = 0;
        for ($i = 0; Js::less($i, Js::length($tickers)); $i++) {
            $symbol = Js::get(Js::get($tickers, $i), 'symbol');
            $this->resolve_update(
                $url,
                Js::get($tickers, $i),
                Js::boundedText('ticker:' . Js::toStr($symbol)),
            );
            if ($this->safe_dict($this->markets, $symbol) !== null) {
                Js::setKey($known, $symbol, Js::get($tickers, $i));
                $count = Js::number($count + 1);
            }
        }
        if (($count == 0) || !(Js::truthy($this->is_watched($url, 'tickers')))) {
            return;
        }
        $all = $this->extend($this->stream_state('tickers', []), $known);
        $this->set_stream_state('tickers', $all);
        $this->resolve_update($url, $all, 'tickers');
    }

    public function resolve_balance($url, $accounts, $info, $timestamp = null) {
        // The stream's balance, after a frame's accounts (by currency code), to the callers of watchBalance: each
        // account parsed once, as safeBalance parses it, into a copy of the balance so far (the balance was copied
        // whole for each account a frame named), with at most maxBalanceCurrencies currencies (a hostile server's
        // invented ones grew it without end). Nothing is kept when no caller watched the balance.
        if (!(Js::truthy($this->is_watched($url, 'balance')))) {
            return;
        }
        $changed = $this->safe_balance(
            $this->extend($accounts, ['info' => $info, 'timestamp' => $timestamp]),
        );
        $previous = $this->stream_state('balance', $this->safe_balance([]));
        $result = $this->extend(
            $previous,
            [
                'info' => Js::get($changed, 'info'),
                'timestamp' => Js::get($changed, 'timestamp'),
                'datetime' => Js::get($changed, 'datetime'),
            ],
        );
        $free = $this->extend([], Js::get($previous, 'free'));
        $used = $this->extend([], Js::get($previous, 'used'));
        $total = $this->extend([], Js::get($previous, 'total'));
        $bound = $this->max_balance_currencies();
        $count = count(Js::keys($total));
        $codes = Js::keys(Js::get($changed, 'total'));
        for ($i = 0; $i < count($codes); $i++) {
            $code = $codes[$i];
            if ($this->safe_dict($previous, $code) === null) {
                // a currency new to the balance
                if (Js::greaterEqual($count, $bound)) {
                    continue;
                }
                $count = Js::number($count + 1);
            }
            $account = $this->own_value($changed, $code);
            Js::setKey($result, $code, $account);
            Js::setKey($free, $code, Js::get($account, 'free'));
            Js::setKey($used, $code, Js::get($account, 'used'));
            Js::setKey($total, $code, Js::get($account, 'total'));
        }
        $result['free'] = $free;
        $result['used'] = $used;
        $result['total'] = $total;
        $this->set_stream_state('balance', $result);
        $this->resolve_update($url, $result, 'balance');
    }

    public function max_balance_currencies() {
        return $this->safe_integer($this->streaming, 'maxBalanceCurrencies', 10000);
    }

    public function tickers_of($tickers, $symbols) {
        // The tickers of symbols among tickers (by symbol), those that have come.
        $result = [];
        for ($i = 0; Js::less($i, Js::length($symbols)); $i++) {
            $ticker = $this->safe_dict($tickers, Js::get($symbols, $i));
            if ($ticker !== null) {
                Js::setKey($result, Js::get($symbols, $i), $ticker);
            }
        }
        return $result;
    }

    public function stream_markets($symbols) {
        // The markets of watchTickers' symbols, which it needs (a subscription names them).
        if (($symbols === null) || Js::strictEqual(Js::length($symbols), 0)) {
            throw new ArgumentsRequired(
                Js::boundedText(Js::toStr($this->id) . ' watchTickers () needs a list of symbols'),
            );
        }
        $markets = [];
        for ($i = 0; Js::less($i, Js::length($symbols)); $i++) {
            $markets[] = $this->market(Js::get($symbols, $i));
        }
        return $markets;
    }

    public function limit_order_book($book, $limit = null) {
        // The book with at most limit levels a side (as it is when limit is undefined).
        if ($limit === null) {
            return $book;
        }
        return $this->extend(
            $book,
            [
                'bids' => Js::slice(Js::get($book, 'bids'), 0, $limit),
                'asks' => Js::slice(Js::get($book, 'asks'), 0, $limit),
            ],
        );
    }

    public function resolve_cached($url, $message_hash, $item) {
        // Appends item to the cache of messageHash and hands the cache to its callers. A message hash that no caller
        // watched keeps nothing: a server's trades of symbols never subscribed made a cache each, without end.
        if (!(Js::truthy($this->is_watched($url, $message_hash)))) {
            return;
        }
        $cache = $this->append_to_cache($this->stream_state($message_hash, []), $item);
        $this->set_stream_state($message_hash, $cache);
        $this->resolve_update($url, $cache, $message_hash);
    }

    public function resolve_order($url, $message_hash, $order) {
        // updateInCache on the orders of messageHash (the order's latest state), handed to its callers (nothing kept
        // for a message hash that no caller watched, as resolveCached).
        if (!(Js::truthy($this->is_watched($url, $message_hash)))) {
            return;
        }
        $orders = $this->update_in_cache($this->stream_state($message_hash, []), $order);
        $this->set_stream_state($message_hash, $orders);
        $this->resolve_update($url, $orders, $message_hash);
    }

    public function resolve_candle($url, $message_hash, $candle) {
        // appendCandle on the candles of messageHash, handed to its callers (nothing kept for a message hash that no
        // caller watched, as resolveCached).
        if (!(Js::truthy($this->is_watched($url, $message_hash)))) {
            return;
        }
        $cache = $this->append_candle($this->stream_state($message_hash, []), $candle);
        $this->set_stream_state($message_hash, $cache);
        $this->resolve_update($url, $cache, $message_hash);
    }

    public function stream_timeframe($timeframe) {
        // The exchange's name of a timeframe (this.timeframes), or BadRequest.
        $interval = $this->safe_string($this->timeframes, $timeframe);
        if ($interval === null) {
            throw new BadRequest(
                Js::boundedText(
                    Js::toStr($this->id) . ' watchOHLCV () does not support the timeframe ' . Js::toStr(
                        $timeframe,
                    ),
                ),
            );
        }
        return $interval;
    }

    public function cache_limit() {
        return $this->safe_integer($this->streaming, 'cacheLimit', 1000);
    }

    public function append_to_cache($cache, $item, $limit = null) {
        // A new list: cache then item, the oldest dropped beyond limit (the streaming cacheLimit by default).
        $bound = $limit === null ? $this->cache_limit() : $limit;
        $result = $this->array_concat($cache, [$item]);
        return Js::greater(Js::length($result), $bound) ? Js::slice(
            $result,
            Js::subtract(Js::length($result), $bound),
        ) : $result;
    }

    public function update_in_cache($cache, $item) {
        // A new list: item replaces the entry of the same id (an order's new state), or is appended; the changed
        // entry goes last, and the list is bounded like any cache.
        $id = $this->safe_string($item, 'id');
        $result = [];
        for ($i = 0; Js::less($i, Js::length($cache)); $i++) {
            if (($id === null) || !Js::strictEqual($this->safe_string(Js::get($cache, $i), 'id'), $id)) {
                $result[] = Js::get($cache, $i);
            }
        }
        return $this->append_to_cache($result, $item);
    }

    public function append_candle($cache, $candle) {
        // A candle replaces the last one of the same open time, else it is appended (bounded like any cache).
        $last = Js::subtract(Js::length($cache), 1);
        $time = Js::get($candle, 0);
        if (
            ($last >= 0) && !(Js::typeof($time) === 'object') && Js::strictEqual(
                Js::get(Js::get($cache, $last), 0),
                $time,
            )
        ) {
            return $this->array_concat(Js::slice($cache, 0, $last), [$candle]);
        }
        return $this->append_to_cache($cache, $candle);
    }

    // --- unified streaming methods (the exchanges that stream override them) ----------------------------------
    public function watch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' watchTicker () is not supported yet'),
        );
    }

    public function watch_tickers($symbols = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' watchTickers () is not supported yet'),
        );
    }

    public function watch_order_book($symbol, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' watchOrderBook () is not supported yet'),
        );
    }

    public function watch_trades($symbol, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' watchTrades () is not supported yet'),
        );
    }

    public function watch_ohlcv($symbol, $timeframe = null, $since = null, $limit = null, $params = null) {
        if ($timeframe === null) {
            $timeframe = '1m';
        }
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(Js::boundedText(Js::toStr($this->id) . ' watchOHLCV () is not supported yet'));
    }

    public function watch_balance($params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' watchBalance () is not supported yet'),
        );
    }

    public function watch_orders($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' watchOrders () is not supported yet'),
        );
    }

    public function watch_my_trades($symbol = null, $since = null, $limit = null, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' watchMyTrades () is not supported yet'),
        );
    }

    public function un_watch_ticker($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' unWatchTicker () is not supported yet'),
        );
    }

    public function un_watch_order_book($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' unWatchOrderBook () is not supported yet'),
        );
    }

    public function un_watch_trades($symbol, $params = null) {
        if ($params === null) {
            $params = [];
        }
        throw new NotSupported(
            Js::boundedText(Js::toStr($this->id) . ' unWatchTrades () is not supported yet'),
        );
    }
}
