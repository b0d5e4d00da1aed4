"""The private keys of asymmetric_jwt (native_exchange.py): read from the texts exchanges issue them as, and used to
sign, with the cryptography package. js/base/asymmetric.js and php/base/Asymmetric.php read the same texts the same
way (the shared vectors and tests/test_asymmetric_jwt.py hold the three to it): a text one runtime refuses, every
runtime refuses, as an AuthenticationError that does not show the key.

cryptography is imported when a key is first used, so that importing exchangekit does not load it."""

from __future__ import annotations

import base64
import binascii
import re

from exchangekit.base.errors import AuthenticationError, NotSupported

# The JWS algorithm names (RFC 7518, RFC 8037) -> what the key must be, as the error says it.
KEY_FORMATS = {
    "ES256": "an EC P-256 private key in PEM: SEC1 (EC PRIVATE KEY) or PKCS#8 (PRIVATE KEY)",
    "EdDSA": "an Ed25519 private key: base64 of its 32-byte seed or of the 64 bytes of seed and public key, or "
             "PKCS#8 PEM (PRIVATE KEY)",
    "RS256": "an RSA private key of 2048 to 8192 bits in PEM: PKCS#1 (RSA PRIVATE KEY) or PKCS#8 (PRIVATE KEY)",
}
# The PEM labels each algorithm reads, and the DER structure each label holds.
PEM_LABELS = {
    "ES256": {"EC PRIVATE KEY": "sec1", "PRIVATE KEY": "pkcs8"},
    "EdDSA": {"PRIVATE KEY": "pkcs8"},
    "RS256": {"RSA PRIVATE KEY": "pkcs1", "PRIVATE KEY": "pkcs8"},
}
# How the DER of each structure starts inside its SEQUENCE: PKCS#8 with version 0 and an AlgorithmIdentifier, SEC1
# with version 1 and the private key's OCTET STRING, PKCS#1 with version 0 and the modulus. Checked here, so that a
# label holds its own structure in every runtime (the libraries read some structures under another's label).
STRUCTURES = {"pkcs8": bytes.fromhex("02010030"), "sec1": bytes.fromhex("02010104"), "pkcs1": bytes.fromhex("02010002")}
# Longer texts are no key of these kinds (an RSA key of 8192 bits is some 6,400 characters of PEM): not parsed.
MAX_KEY_TEXT = 16384
# PKCS#8 of an Ed25519 key (RFC 8410): this prefix, then the 32-byte seed.
ED25519_PKCS8 = bytes.fromhex("302e020100300506032b657004220420")
BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")
PEM_SPACE = re.compile(r"[ \t\n]")


def key_text(key) -> str | None:
    """The text of a key as users paste it: with its line breaks, or with them written as the two characters \\n (a
    PEM in a JSON file or an environment variable), CR LF or LF, spaces and line breaks around it ignored."""
    if not isinstance(key, str) or len(key) > MAX_KEY_TEXT:
        return None
    return key.replace("\\r\\n", "\n").replace("\\n", "\n").replace("\r\n", "\n").strip(" \t\n")


def _base64_bytes(text: str) -> bytes | None:
    """Standard base64, padded, as it encodes the bytes (the bits after the last byte zero), nothing else."""
    if not BASE64.fullmatch(text) or len(text) % 4:
        return None
    try:
        data = base64.b64decode(text, validate=True)
    except binascii.Error:
        return None
    return data if base64.b64encode(data).decode("ascii") == text else None


def _sequence_content(der: bytes) -> int:
    """Where the content of der starts when der is one DER SEQUENCE and nothing after it (its length in the short form
    or in one or two bytes), else -1."""
    if len(der) < 2 or der[0] != 0x30:
        return -1
    length, offset = der[1], 2
    if length >= 0x80:
        count = length - 0x80
        if count < 1 or count > 2 or len(der) < 2 + count:
            return -1
        length = der[2] if count == 1 else der[2] * 256 + der[3]
        offset = 2 + count
    return offset if offset + length == len(der) else -1


def _pem_block(text: str, labels: dict) -> bytes | None:
    """The DER of a text that is one PEM block of one of labels holding the label's structure, or None."""
    for label, structure in labels.items():
        begin, end = f"-----BEGIN {label}-----", f"-----END {label}-----"
        if text.startswith(begin) and text.endswith(end) and len(text) >= len(begin) + len(end):
            der = _base64_bytes(PEM_SPACE.sub("", text[len(begin):len(text) - len(end)]))
            start = -1 if der is None else _sequence_content(der)
            return der if start >= 0 and der[start:start + 4] == STRUCTURES[structure] else None
    return None


def _cryptography():
    try:
        from cryptography.exceptions import UnsupportedAlgorithm
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa, utils
    except ImportError:  # (a dependency of the package: only a broken install lacks it)
        raise NotSupported("asymmetric_jwt needs the cryptography package: pip install cryptography") from None
    return UnsupportedAlgorithm, hashes, serialization, ec, ed25519, padding, rsa, utils


def _ed25519_seed(text: str) -> bytes | None:
    """The 32-byte seed of an Ed25519 key text, or None. The 64-byte form (seed, then public key) must hold the public
    key of its seed: a signature with another one would not verify, and each library used another half."""
    if text.startswith("-----BEGIN "):
        der = _pem_block(text, PEM_LABELS["EdDSA"])
        if der is None or len(der) != 48 or der[:16] != ED25519_PKCS8:
            return None
        return der[16:]
    data = _base64_bytes(text)
    if data is None or len(data) not in (32, 64):
        return None
    if len(data) == 64:
        *_, serialization, _ec, ed25519, _padding, _rsa, _utils = _cryptography()
        public = ed25519.Ed25519PrivateKey.from_private_bytes(data[:32]).public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        if public != data[32:]:
            return None
    return data[:32]


def _private_key(algorithm: str, text: str):
    """The cryptography key of a key text, or None when the text is not a key of the algorithm."""
    unsupported, _hashes, serialization, ec, ed25519, _padding, rsa, _utils = _cryptography()
    if algorithm == "EdDSA":
        seed = _ed25519_seed(text)
        return None if seed is None else ed25519.Ed25519PrivateKey.from_private_bytes(seed)
    der = _pem_block(text, PEM_LABELS[algorithm])
    if der is None:
        return None
    try:
        key = serialization.load_der_private_key(der, password=None)
    except (ValueError, TypeError, unsupported):
        return None
    if algorithm == "ES256":
        return key if isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name == "secp256r1" else None
    return key if isinstance(key, rsa.RSAPrivateKey) and 2048 <= key.key_size <= 8192 else None


def asymmetric_signature(exchange_id: str, algorithm: str, key, message: bytes) -> bytes:
    """The JWS signature of message with the key text: ES256 as r || s (64 bytes, RFC 7518 3.4, not DER), EdDSA
    (RFC 8032), RS256 (RSASSA-PKCS1-v1_5 with SHA-256). A text that is not such a key is an AuthenticationError that
    names what it must be and never shows it."""
    text = key_text(key)
    signing_key = None if text is None else _private_key(algorithm, text)
    if signing_key is None:
        raise AuthenticationError(f"{exchange_id} asymmetricJwt: the key is not {KEY_FORMATS[algorithm]} (the key is "
                                  "not shown)")
    _unsupported, hashes, _serialization, ec, _ed25519, padding, _rsa, utils = _cryptography()
    if algorithm == "ES256":
        r, s = utils.decode_dss_signature(signing_key.sign(message, ec.ECDSA(hashes.SHA256())))
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")
    if algorithm == "EdDSA":
        return signing_key.sign(message)
    return signing_key.sign(message, padding.PKCS1v15(), hashes.SHA256())
