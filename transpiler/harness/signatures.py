"""Random signatures in the requests a fixture case sends: an ES256 JSON Web Token (asymmetricJwt) is signed with a
random k, so the same call sends another Authorization header every time, in every runtime. Comparing the header
with a fixture, or one runtime's with Node's, would fail on the signature alone; leaving the header out would test
nothing of it.

So every header value that ends in a compact JWS whose protected header says alg ES256 is replaced, as a runner's
outcome is read (run.run_cases), by {"$jws": <the value without its signature>, "signature": "verified"} when the
signature verifies under the public key of the case's config secret (read here with the cryptography package,
independently of the library that signed), or "signature": "does not verify ..." when it does not. A fixture states
the header so, and every check that compares requests (the fixture's, Node's against the others', the unified
params' probes) compares the header and the claims exactly and the signature by its verification. Only ES256 is
read so: a deterministic signature (HMAC, EdDSA, RS256) stays a text that the fixture states whole. Exchange code
cannot write such a value: a header value it sends is a string, and a tag only comes from here."""

from __future__ import annotations

import base64
import binascii
import json
import re

JWS_TAG = "$jws"
VERIFIED = "verified"
NOT_VERIFIED = "does not verify with the public key of the config's secret"
# <anything><header>.<payload>.<signature>, each part base64url; the anything is a scheme such as 'Bearer '.
COMPACT_JWS = re.compile(r"(?P<signed>(?:.*[^A-Za-z0-9_.-])?(?P<header>[A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+)\.(?P<signature>[A-Za-z0-9_-]+)",
                         re.DOTALL)


def _base64url(text: str) -> bytes | None:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return None


def _jws_algorithm(header: str) -> str | None:
    data = _base64url(header)
    try:
        value = json.loads(data) if data is not None else None
    except (ValueError, UnicodeDecodeError):
        return None
    return value.get("alg") if isinstance(value, dict) else None


def _verifies(secret, signed: str, signature: str) -> bool:
    """Whether signature (base64url of r || s) is an ES256 signature of the JWS's signing input (its header and
    payload, without what comes before them) under the public key of secret (a P-256 key in PEM)."""
    from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, utils

    raw = _base64url(signature)
    if not isinstance(secret, str) or raw is None or len(raw) != 64:
        return False
    text = secret.replace("\\n", "\n").strip()
    try:
        key = serialization.load_pem_private_key(text.encode("utf-8"), password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        return False
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        return False
    der = utils.encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    try:
        key.public_key().verify(der, signed.encode("utf-8"), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True


def tagged(value, secret):
    """A header value as the fixtures compare it: the tag of an ES256 JWS, or the value as it is."""
    if not isinstance(value, str):
        return value
    match = COMPACT_JWS.fullmatch(value)
    if match is None or _jws_algorithm(match["header"]) != "ES256":
        return value
    signed = match["signed"]
    signing_input = signed[match.start("header"):]
    verdict = VERIFIED if _verifies(secret, signing_input, match["signature"]) else NOT_VERIFIED
    return {JWS_TAG: signed, "signature": verdict}


def with_verified_signatures(runner_input: dict, outcomes: list[dict]) -> list[dict]:
    """Each outcome of a runner with the ES256 JWS of its requests' headers tagged (see the module's documentation),
    verified with the secret of its case's config."""
    for case, outcome in zip(runner_input["cases"], outcomes):
        if not isinstance(outcome, dict):
            continue
        secret = (case.get("config") or {}).get("secret")
        for request in outcome.get("requests") or []:
            headers = request.get("headers") if isinstance(request, dict) else None
            if isinstance(headers, dict):
                for name, value in headers.items():
                    headers[name] = tagged(value, secret)
    return outcomes
