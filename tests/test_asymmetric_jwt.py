"""asymmetricJwt's ES256 across the runtimes. An ECDSA signature takes a random k, so no vector can hold it (the shared
vectors in tests/vectors/base/crypto.json hold EdDSA and RS256, which are deterministic, byte for byte): here each
runtime signs, the header and the claims must be the same text in every one, and every runtime's signature must verify
under the public key in every runtime (Node's node:crypto, PHP's openssl, Python's cryptography) as a JWS ES256
signature: r || s, 64 bytes, not DER. Also: the key texts users paste (SEC1, PKCS#8, with the line breaks written \\n),
a refused key's message that shows none of it, and Python's import of cryptography only when a key is used."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys

import pytest

from tests.base_runners import ROOT, RUNTIMES, run_calls

# A P-256 test key (made with `openssl ecparam -name prime256v1 -genkey -noout`), its PKCS#8 form
# (`openssl pkcs8 -topk8 -nocrypt`) and its public key (`openssl ec -pubout`). It signs nothing but these tests.
EC_SEC1 = """-----BEGIN EC PRIVATE KEY-----
MHcCAQEEILgmLAkHqv6GgNKzn7C04+XhQfIpHCZOIXfd2C32HXwEoAoGCCqGSM49
AwEHoUQDQgAEdoEkJpkJLg5LdqkzEASw/BZ06U6k8as9eykpqXrK5g2DuIuTiLzR
rZTNbShrS5AQJ+YQNqFGo0o8PZ1iuSctyQ==
-----END EC PRIVATE KEY-----
"""
EC_PKCS8 = """-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQguCYsCQeq/oaA0rOf
sLTj5eFB8ikcJk4hd93YLfYdfAShRANCAAR2gSQmmQkuDkt2qTMQBLD8FnTpTqTx
qz17KSmpesrmDYO4i5OIvNGtlM1tKGtLkBAn5hA2oUajSjw9nWK5Jy3J
-----END PRIVATE KEY-----
"""
EC_PUBLIC = """-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEdoEkJpkJLg5LdqkzEASw/BZ06U6k
8as9eykpqXrK5g2DuIuTiLzRrZTNbShrS5AQJ+YQNqFGo0o8PZ1iuSctyQ==
-----END PUBLIC KEY-----
"""
# As Coinbase's key files and its documentation write the key in JSON: the line breaks as the two characters \n.
EC_ESCAPED = EC_SEC1.replace("\n", "\\n")
PAYLOAD = {"sub": "organizations/fake-org/apiKeys/fake-key", "iss": "cdp", "nbf": 1700000000, "exp": 1700000120,
           "uri": "GET api.coinbase.com/api/v3/brokerage/accounts"}
HEADER = {"kid": "organizations/fake-org/apiKeys/fake-key", "nonce": "7d5b1d2e4f0a4c3b9a8e2b6c0f1e3d4a"}
KEYS = [EC_SEC1, EC_PKCS8, EC_ESCAPED]


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# header.payload as RFC 7515 builds them, written here without the library: alg and typ first, then the fields given.
SIGNED_TEXT = b64url(json.dumps({"alg": "ES256", "typ": "JWT", **HEADER}, separators=(",", ":")).encode()) + "." + \
    b64url(json.dumps(PAYLOAD, separators=(",", ":")).encode())

_tokens: dict[str, list] = {}


def tokens(runtime: str) -> list:
    """Each runtime's outcome of asymmetricJwt with each form of the key, computed once."""
    if runtime not in _tokens:
        calls = [["asymmetricJwt", [PAYLOAD, key, "ES256", HEADER]] for key in KEYS]
        _tokens[runtime] = run_calls(runtime, {"calls": calls})[0]
    return _tokens[runtime]


# Verifiers, one per runtime, each with its own library: JSON [[signed text, base64url signature], ...] on stdin, JSON
# [true/false, ...] out. PHP's openssl_verify takes DER, so its verifier writes r || s as a DER SEQUENCE itself.
VERIFIERS = {
    "node": ["node", "-e", """
const crypto = require ('node:crypto');
let input = '';
process.stdin.on ('data', (chunk) => { input += chunk; });
process.stdin.on ('end', () => {
    const [ publicKey, pairs ] = JSON.parse (input);
    console.log (JSON.stringify (pairs.map (([ text, signature ]) => crypto.verify ('sha256', Buffer.from (text),
        { 'key': publicKey, 'dsaEncoding': 'ieee-p1363' }, Buffer.from (signature, 'base64url')))));
});
"""],
    "php": ["php", "-r", r"""
[$publicKey, $pairs] = json_decode(stream_get_contents(STDIN), true);
$integer = function (string $bytes): string {
    $bytes = ltrim($bytes, "\x00");
    if ($bytes === '' || ord($bytes[0]) >= 0x80) {
        $bytes = "\x00" . $bytes;
    }
    return "\x02" . chr(strlen($bytes)) . $bytes;
};
$results = [];
foreach ($pairs as [$text, $signature]) {
    $raw = base64_decode(strtr($signature, '-_', '+/'));
    $body = $integer(substr($raw, 0, 32)) . $integer(substr($raw, 32, 32));
    $results[] = strlen($raw) === 64 && openssl_verify($text, "\x30" . chr(strlen($body)) . $body, $publicKey, OPENSSL_ALGO_SHA256) === 1;
}
echo json_encode($results), "\n";
"""],
    "python": [sys.executable, "-c", """
import base64, json, sys
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, utils
public_key, pairs = json.load(sys.stdin)
key = serialization.load_pem_public_key(public_key.encode())
results = []
for text, signature in pairs:
    raw = base64.urlsafe_b64decode(signature + '=' * (-len(signature) % 4))
    try:
        der = utils.encode_dss_signature(int.from_bytes(raw[:32], 'big'), int.from_bytes(raw[32:], 'big'))
        key.verify(der, text.encode(), ec.ECDSA(hashes.SHA256()))
        results.append(len(raw) == 64)
    except InvalidSignature:
        results.append(False)
print(json.dumps(results))
"""],
}


def verified(verifier: str, pairs: list[list[str]]) -> list[bool]:
    completed = subprocess.run(VERIFIERS[verifier], input=json.dumps([EC_PUBLIC, pairs]), capture_output=True,
                               text=True, timeout=120, cwd=ROOT, check=True)
    return json.loads(completed.stdout)


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_es256_header_and_claims_are_the_same_text_in_every_runtime(runtime):
    for key, outcome in zip(KEYS, tokens(runtime)):
        assert "throws" not in outcome, f"{key[:30]}...: {outcome}"
        text, _, signature = outcome["ok"].rpartition(".")
        assert text == SIGNED_TEXT
        assert len(unb64url(signature)) == 64  # r || s, not DER (70 to 72 bytes)


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_header_fields_named_by_numbers_keep_their_names(runtime):
    # JavaScript writes integer keys first, in their order; PHP's array_merge renumbered them ('1' and '7' became '0'
    # and '1': another token was signed; red-team round 44)
    header = {"kid": "k", "7": "seven", "1": "one"}
    outcome = run_calls(runtime, {"calls": [["asymmetricJwt", [PAYLOAD, KEYS[0], "ES256", header]]]})[0][0]
    head = json.loads(unb64url(outcome["ok"].split(".")[0]))
    assert list(head.items()) == [("1", "one"), ("7", "seven"), ("alg", "ES256"), ("typ", "JWT"), ("kid", "k")]


@pytest.mark.parametrize("verifier", sorted(VERIFIERS))
def test_es256_signatures_of_every_runtime_verify_in_every_runtime(verifier):
    pairs = [list(outcome["ok"].rpartition(".")[::2]) for runtime in RUNTIMES for outcome in tokens(runtime)]
    assert verified(verifier, pairs) == [True] * len(pairs)
    # and the verifier is no rubber stamp: another text, or another signature's r with this s, does not verify
    text, signature = pairs[0]
    other = unb64url(pairs[1][1])[:32] + unb64url(signature)[32:]
    assert verified(verifier, [[text + "x", signature], [text, b64url(other)]]) == [False, False]


REFUSED_KEYS = {
    "the public key": EC_PUBLIC,
    "a key cut short": EC_SEC1[:150] + "\n-----END EC PRIVATE KEY-----",
    "the base64 of the key without its lines": "".join(EC_SEC1.split("\n")[1:-2]),
    "the key under an RSA key's label": EC_SEC1.replace("EC PRIVATE", "RSA PRIVATE"),
}


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_a_refused_key_is_an_authentication_error_that_shows_none_of_it(runtime):
    calls = [["asymmetricJwt", [PAYLOAD, key, "ES256", HEADER]] for key in REFUSED_KEYS.values()]
    for (name, key), outcome in zip(REFUSED_KEYS.items(), run_calls(runtime, {"calls": calls})[0]):
        assert outcome.get("throws") == "AuthenticationError", f"{name}: {outcome}"
        assert "asymmetricJwt: the key is not an EC P-256 private key" in outcome["message"]
        for line in key.replace("\\n", "\n").split("\n"):
            if len(line) >= 8 and not line.startswith("-----"):
                assert line not in outcome["message"], name


def test_python_imports_cryptography_only_when_a_key_is_used():
    code = ("import sys, exchangekit, exchangekit.async_support; exchange = exchangekit.kraken({}); "
            "before = 'cryptography' in sys.modules; exchange.asymmetric_jwt({'a': 1}, sys.argv[1], 'ES256'); "
            "print(before, 'cryptography' in sys.modules)")
    completed = subprocess.run([sys.executable, "-c", code, EC_SEC1], capture_output=True, text=True, timeout=120,
                               env={**os.environ, "PYTHONPATH": os.path.join(ROOT, "python")}, check=True)
    assert completed.stdout.split() == ["False", "True"]


def test_the_fixture_harness_tags_an_es256_token_by_its_verification():
    """transpiler.harness.signatures: what the fixtures and the comparisons between runtimes see of an ES256 token."""
    from transpiler.harness.signatures import JWS_TAG, NOT_VERIFIED, VERIFIED, tagged, with_verified_signatures

    token = tokens("js")[0]["ok"]
    text, _, signature = token.rpartition(".")
    assert tagged("Bearer " + token, EC_SEC1) == {JWS_TAG: "Bearer " + text, "signature": VERIFIED}
    assert tagged(token, EC_ESCAPED) == {JWS_TAG: text, "signature": VERIFIED}
    forged = b64url(bytes(64))
    for value, secret in (("Bearer " + text + "." + forged, EC_SEC1), ("Bearer " + token, EC_PUBLIC),
                          ("Bearer " + token, None), ("Bearer " + text + "x." + signature, EC_SEC1)):
        assert tagged(value, secret)["signature"] == NOT_VERIFIED, value
    # a deterministic signature, or no token, stays the text the fixture states whole
    hs256 = "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhIjoxfQ.c2lnbmF0dXJl"
    for value in (hs256, "Bearer not.a-token", "application/json", None, {"$jws": "x", "signature": VERIFIED}):
        assert tagged(value, EC_SEC1) == value
    played = {"cases": [{"config": {"secret": EC_SEC1}}]}
    outcomes = [{"requests": [{"headers": {"Authorization": "Bearer " + token, "Content-Type": "application/json"}}]}]
    assert with_verified_signatures(played, outcomes)[0]["requests"][0]["headers"] == {
        "Authorization": {JWS_TAG: "Bearer " + text, "signature": VERIFIED}, "Content-Type": "application/json"}
