// The private keys of asymmetricJwt (NativeExchange.js): read from the texts exchanges issue them as, and used to
// sign, with node:crypto. python/exchangekit/base/asymmetric.py and php/base/Asymmetric.php read the same texts
// the same way (the shared vectors and tests/test_asymmetric_jwt.py hold the three to it): a text one runtime
// refuses, every runtime refuses, as an AuthenticationError that does not show the key.
import crypto from 'node:crypto';
import { AuthenticationError } from './errors.js';
import { ownBytes, ownConcat } from './ownBytes.js';

// The JWS algorithm names (RFC 7518, RFC 8037) -> what the key must be, as the error says it.
export const KEY_FORMATS = {
    'ES256': 'an EC P-256 private key in PEM: SEC1 (EC PRIVATE KEY) or PKCS#8 (PRIVATE KEY)',
    'EdDSA': 'an Ed25519 private key: base64 of its 32-byte seed or of the 64 bytes of seed and public key, or PKCS#8 PEM (PRIVATE KEY)',
    'RS256': 'an RSA private key of 2048 to 8192 bits in PEM: PKCS#1 (RSA PRIVATE KEY) or PKCS#8 (PRIVATE KEY)',
};
// The PEM labels each algorithm reads, and the DER structure each label holds.
const PEM_LABELS = {
    'ES256': { 'EC PRIVATE KEY': 'sec1', 'PRIVATE KEY': 'pkcs8' },
    'EdDSA': { 'PRIVATE KEY': 'pkcs8' },
    'RS256': { 'RSA PRIVATE KEY': 'pkcs1', 'PRIVATE KEY': 'pkcs8' },
};
// Longer texts are no key of these kinds (an RSA key of 8192 bits is some 6,400 characters of PEM): not parsed.
export const MAX_KEY_TEXT = 16384;
// PKCS#8 of an Ed25519 key (RFC 8410): this prefix, then the 32-byte seed.
const ED25519_PKCS8 = Buffer.from ('302e020100300506032b657004220420', 'hex');
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const PEM_SPACE = /[ \t\n]/g;

export function keyText (key) {
    // The text of a key as users paste it: with its line breaks, or with them written as the two characters \n (a
    // PEM in a JSON file or an environment variable), CR LF or LF, spaces and line breaks around it ignored.
    if ((typeof key !== 'string') || (key.length > MAX_KEY_TEXT)) {
        return undefined;
    }
    const text = key.split ('\\r\\n').join ('\n').split ('\\n').join ('\n').split ('\r\n').join ('\n');
    return text.replace (/^[ \t\n]+|[ \t\n]+$/g, '');
}

function base64Bytes (text) {
    // Standard base64, padded, as it encodes the bytes (the bits after the last byte zero), nothing else: the key
    // texts exchanges issue. Otherwise undefined (each runtime's decoder let other texts through).
    if (!BASE64.test (text) || ((text.length % 4) !== 0)) {
        return undefined;
    }
    const bytes = ownBytes (text, 'base64');
    return (bytes.toString ('base64') === text) ? bytes : undefined;
}

// How the DER of each structure starts inside its SEQUENCE: PKCS#8 with version 0 and an AlgorithmIdentifier, SEC1
// with version 1 and the private key's OCTET STRING, PKCS#1 with version 0 and the modulus. Checked here, so that a
// label holds its own structure in every runtime (the libraries read some structures under another's label).
const STRUCTURES = {
    'pkcs8': Buffer.from ('02010030', 'hex'),
    'sec1': Buffer.from ('02010104', 'hex'),
    'pkcs1': Buffer.from ('02010002', 'hex'),
};

function pemBlock (text, labels) {
    // [ label, DER ] of a text that is one PEM block of one of labels (the base64 between its BEGIN and END lines,
    // spaces and line breaks left out) holding the label's structure, or undefined.
    for (const label of Object.keys (labels)) {
        const begin = '-----BEGIN ' + label + '-----';
        const end = '-----END ' + label + '-----';
        if (text.startsWith (begin) && text.endsWith (end) && (text.length >= begin.length + end.length)) {
            const der = base64Bytes (text.slice (begin.length, text.length - end.length).replace (PEM_SPACE, ''));
            const start = (der === undefined) ? -1 : sequenceContent (der);
            return ((start >= 0) && der.subarray (start, start + 4).equals (STRUCTURES[labels[label]])) ? [ label, der ] : undefined;
        }
    }
    return undefined;
}

function sequenceContent (der) {
    // Where the content of der starts when der is one DER SEQUENCE and nothing after it (its length in the short form
    // or in one or two bytes), else -1.
    if ((der.length < 2) || (der[0] !== 0x30)) {
        return -1;
    }
    let length = der[1];
    let offset = 2;
    if (length >= 0x80) {
        const count = length - 0x80;
        if ((count < 1) || (count > 2) || (der.length < 2 + count)) {
            return -1;
        }
        length = (count === 1) ? der[2] : (der[2] * 256 + der[3]);
        offset = 2 + count;
    }
    return (offset + length === der.length) ? offset : -1;
}

function ed25519Seed (text) {
    // The 32-byte seed of an Ed25519 key text, or undefined. The 64-byte form (seed, then public key) must hold the
    // public key of its seed: a signature with another one would not verify, and each library used another half.
    if (text.startsWith ('-----BEGIN ')) {
        const block = pemBlock (text, PEM_LABELS['EdDSA']);
        if ((block === undefined) || (block[1].length !== 48) || !block[1].subarray (0, 16).equals (ED25519_PKCS8)) {
            return undefined;
        }
        return block[1].subarray (16);
    }
    const bytes = base64Bytes (text);
    if ((bytes === undefined) || ((bytes.length !== 32) && (bytes.length !== 64))) {
        return undefined;
    }
    const seed = bytes.subarray (0, 32);
    if (bytes.length === 64) {
        const publicKey = crypto.createPublicKey (ed25519Key (seed)).export ({ 'format': 'der', 'type': 'spki' }).subarray (-32);
        if (!publicKey.equals (bytes.subarray (32))) {
            return undefined;
        }
    }
    return seed;
}

function ed25519Key (seed) {
    return crypto.createPrivateKey ({ 'key': ownConcat ([ ED25519_PKCS8, seed ]), 'format': 'der', 'type': 'pkcs8' });
}

function privateKey (algorithm, text) {
    // The node:crypto key of a key text, or undefined when the text is not a key of the algorithm.
    if (algorithm === 'EdDSA') {
        const seed = ed25519Seed (text);
        return (seed === undefined) ? undefined : ed25519Key (seed);
    }
    const block = pemBlock (text, PEM_LABELS[algorithm]);
    if (block === undefined) {
        return undefined;
    }
    let key = undefined;
    try {
        key = crypto.createPrivateKey ({ 'key': block[1], 'format': 'der', 'type': PEM_LABELS[algorithm][block[0]] });
    } catch (error) {
        return undefined;
    }
    const details = key.asymmetricKeyDetails;
    if (algorithm === 'ES256') {
        return ((key.asymmetricKeyType === 'ec') && (details.namedCurve === 'prime256v1')) ? key : undefined;
    }
    return ((key.asymmetricKeyType === 'rsa') && (details.modulusLength >= 2048) && (details.modulusLength <= 8192)) ? key : undefined;
}

export function asymmetricSignature (exchangeId, algorithm, key, message) {
    // The JWS signature of message (bytes) with the key text: ES256 as r || s (64 bytes, RFC 7518 3.4, not DER),
    // EdDSA (RFC 8032), RS256 (RSASSA-PKCS1-v1_5 with SHA-256). A text that is not such a key is an
    // AuthenticationError that names what it must be and never shows it.
    const text = keyText (key);
    const signingKey = (text === undefined) ? undefined : privateKey (algorithm, text);
    if (signingKey === undefined) {
        throw new AuthenticationError (exchangeId + ' asymmetricJwt: the key is not ' + KEY_FORMATS[algorithm] + ' (the key is not shown)');
    }
    if (algorithm === 'ES256') {
        return crypto.sign ('sha256', message, { 'key': signingKey, 'dsaEncoding': 'ieee-p1363' });
    }
    return crypto.sign ((algorithm === 'EdDSA') ? null : 'sha256', message, signingKey);
}
