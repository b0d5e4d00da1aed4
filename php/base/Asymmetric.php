<?php

// The private keys of asymmetric_jwt (NativeExchange.php): read from the texts exchanges issue them as, and used to
// sign, with openssl (ES256, RS256) and sodium (EdDSA). js/base/asymmetric.js and python/exchangekit/base/asymmetric.py
// read the same texts the same way (the shared vectors and tests/test_asymmetric_jwt.py hold the three to it): a
// text one runtime refuses, every runtime refuses, as an AuthenticationError that does not show the key.

namespace exchangekit;

final class Asymmetric {
    // The JWS algorithm names (RFC 7518, RFC 8037) -> what the key must be, as the error says it.
    public const KEY_FORMATS = [
        'ES256' => 'an EC P-256 private key in PEM: SEC1 (EC PRIVATE KEY) or PKCS#8 (PRIVATE KEY)',
        'EdDSA' => 'an Ed25519 private key: base64 of its 32-byte seed or of the 64 bytes of seed and public key, or '
            . 'PKCS#8 PEM (PRIVATE KEY)',
        'RS256' => 'an RSA private key of 2048 to 8192 bits in PEM: PKCS#1 (RSA PRIVATE KEY) or PKCS#8 (PRIVATE KEY)',
    ];
    // The PEM labels each algorithm reads, and the DER structure each label holds.
    private const PEM_LABELS = [
        'ES256' => ['EC PRIVATE KEY' => 'pkcs1ec', 'PRIVATE KEY' => 'pkcs8'],
        'EdDSA' => ['PRIVATE KEY' => 'pkcs8'],
        'RS256' => ['RSA PRIVATE KEY' => 'pkcs1', 'PRIVATE KEY' => 'pkcs8'],
    ];
    // How the DER of each structure starts inside its SEQUENCE: PKCS#8 with version 0 and an AlgorithmIdentifier,
    // SEC1 (pkcs1ec) with version 1 and the private key's OCTET STRING, PKCS#1 with version 0 and the modulus. Checked
    // here, so that a label holds its own structure in every runtime (the libraries read some structures under
    // another's label).
    private const STRUCTURES = ['pkcs8' => "\x02\x01\x00\x30", 'pkcs1ec' => "\x02\x01\x01\x04", 'pkcs1' => "\x02\x01\x00\x02"];
    // Longer texts are no key of these kinds (an RSA key of 8192 bits is some 6,400 characters of PEM): not parsed.
    public const MAX_KEY_TEXT = 16384;
    // PKCS#8 of an Ed25519 key (RFC 8410): this prefix, then the 32-byte seed.
    private const ED25519_PKCS8 = "\x30\x2e\x02\x01\x00\x30\x05\x06\x03\x2b\x65\x70\x04\x22\x04\x20";

    /** The text of a key as users paste it (see js/base/asymmetric.js), or null. */
    public static function keyText(#[\SensitiveParameter] $key): ?string {
        // (bytes, where Node counts UTF-16 code units: a key text is ASCII, and one that is not is refused either way)
        if (!is_string($key) || strlen($key) > self::MAX_KEY_TEXT) {
            return null;
        }
        $text = str_replace(['\r\n', '\n', "\r\n"], ["\n", "\n", "\n"], $key);
        return trim($text, " \t\n");
    }

    /** Standard base64, padded, as it encodes the bytes (the bits after the last byte zero), nothing else. */
    private static function base64Bytes(#[\SensitiveParameter] string $text): ?string {
        if (!preg_match('/^[A-Za-z0-9+\/]+={0,2}$/D', $text) || strlen($text) % 4 !== 0) {
            return null;
        }
        $bytes = base64_decode($text, true);
        return ($bytes !== false && base64_encode($bytes) === $text) ? $bytes : null;
    }

    /** Where the content of der starts when der is one DER SEQUENCE and nothing after it, else -1. */
    private static function sequenceContent(#[\SensitiveParameter] string $der): int {
        if (strlen($der) < 2 || ord($der[0]) !== 0x30) {
            return -1;
        }
        $length = ord($der[1]);
        $offset = 2;
        if ($length >= 0x80) {
            $count = $length - 0x80;
            if ($count < 1 || $count > 2 || strlen($der) < 2 + $count) {
                return -1;
            }
            $length = ($count === 1) ? ord($der[2]) : (ord($der[2]) * 256 + ord($der[3]));
            $offset = 2 + $count;
        }
        return ($offset + $length === strlen($der)) ? $offset : -1;
    }

    /** [label, DER] of a text that is one PEM block of one of labels holding the label's structure, or null. */
    private static function pemBlock(#[\SensitiveParameter] string $text, array $labels): ?array {
        foreach ($labels as $label => $structure) {
            $begin = "-----BEGIN $label-----";
            $end = "-----END $label-----";
            if (str_starts_with($text, $begin) && str_ends_with($text, $end) && strlen($text) >= strlen($begin) + strlen($end)) {
                $body = substr($text, strlen($begin), strlen($text) - strlen($begin) - strlen($end));
                $der = self::base64Bytes(str_replace([' ', "\t", "\n"], '', $body));
                $start = ($der === null) ? -1 : self::sequenceContent($der);
                return ($start >= 0 && substr($der, $start, 4) === self::STRUCTURES[$structure]) ? [$label, $der] : null;
            }
        }
        return null;
    }

    /**
     * The 32-byte seed of an Ed25519 key text, or null. The 64-byte form (seed, then public key) must hold the public
     * key of its seed: a signature with another one would not verify, and each library used another half.
     */
    private static function ed25519Seed(#[\SensitiveParameter] string $text): ?string {
        if (str_starts_with($text, '-----BEGIN ')) {
            $block = self::pemBlock($text, self::PEM_LABELS['EdDSA']);
            if ($block === null || strlen($block[1]) !== 48 || substr($block[1], 0, 16) !== self::ED25519_PKCS8) {
                return null;
            }
            return substr($block[1], 16);
        }
        $bytes = self::base64Bytes($text);
        if ($bytes === null || (strlen($bytes) !== 32 && strlen($bytes) !== 64)) {
            return null;
        }
        $seed = substr($bytes, 0, 32);
        if (strlen($bytes) === 64
                && sodium_crypto_sign_publickey(sodium_crypto_sign_seed_keypair($seed)) !== substr($bytes, 32)) {
            return null;
        }
        return $seed;
    }

    /** The openssl key of a PEM key text, or null when the text is not a key of the algorithm. */
    private static function opensslKey(string $algorithm, #[\SensitiveParameter] string $text) {
        $block = self::pemBlock($text, self::PEM_LABELS[$algorithm]);
        if ($block === null) {
            return null;
        }
        [$label, $der] = $block;
        $pem = "-----BEGIN $label-----\n" . chunk_split(base64_encode($der), 64, "\n") . "-----END $label-----\n";
        $key = openssl_pkey_get_private($pem);
        while (openssl_error_string() !== false) {
            // (openssl's queue of errors, emptied: a later call would read them as its own)
        }
        $details = ($key === false) ? false : openssl_pkey_get_details($key);
        if ($details === false) {
            return null;
        }
        if ($algorithm === 'ES256') {
            $curve = $details['ec']['curve_name'] ?? null;
            return ($details['type'] === OPENSSL_KEYTYPE_EC && $curve === 'prime256v1') ? $key : null;
        }
        $bits = $details['bits'] ?? 0;
        return ($details['type'] === OPENSSL_KEYTYPE_RSA && $bits >= 2048 && $bits <= 8192) ? $key : null;
    }

    /** The r || s of an ECDSA signature in DER (SEQUENCE of two INTEGERs), each of 32 bytes (RFC 7518 3.4). */
    private static function rawEcdsa(string $der): string {
        $offset = self::sequenceContent($der);
        $raw = '';
        for ($i = 0; $i < 2; $i++) {
            if ($offset < 0 || $offset + 2 > strlen($der) || ord($der[$offset]) !== 0x02) {
                throw new ExchangeError('asymmetricJwt: openssl gave an ECDSA signature that is not DER');
            }
            $length = ord($der[$offset + 1]);
            $integer = ltrim(substr($der, $offset + 2, $length), "\x00");
            if ($length > 33 || strlen($integer) > 32) {
                throw new ExchangeError('asymmetricJwt: openssl gave an ECDSA signature that is not DER');
            }
            $raw .= str_pad($integer, 32, "\x00", STR_PAD_LEFT);
            $offset += 2 + $length;
        }
        return $raw;
    }

    /**
     * The JWS signature of message with the key text: ES256 as r || s (64 bytes, RFC 7518 3.4, not DER), EdDSA
     * (RFC 8032), RS256 (RSASSA-PKCS1-v1_5 with SHA-256). A text that is not such a key is an AuthenticationError
     * that names what it must be and never shows it.
     */
    public static function signature(string $exchangeId, string $algorithm, #[\SensitiveParameter] $key, string $message): string {
        $text = self::keyText($key);
        $refused = new AuthenticationError("$exchangeId asymmetricJwt: the key is not " . self::KEY_FORMATS[$algorithm]
            . ' (the key is not shown)');
        if ($text === null) {
            throw $refused;
        }
        if ($algorithm === 'EdDSA') {
            $seed = self::ed25519Seed($text);
            if ($seed === null) {
                throw $refused;
            }
            return sodium_crypto_sign_detached($message, sodium_crypto_sign_secretkey(sodium_crypto_sign_seed_keypair($seed)));
        }
        $signingKey = self::opensslKey($algorithm, $text);
        if ($signingKey === null || !openssl_sign($message, $signature, $signingKey, OPENSSL_ALGO_SHA256)) {
            while (openssl_error_string() !== false) {
            }
            throw $refused;
        }
        return ($algorithm === 'ES256') ? self::rawEcdsa($signature) : $signature;
    }
}
