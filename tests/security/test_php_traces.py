"""PHP's stack traces show the arguments of every call: with its built-in defaults (zend.exception_ignore_args Off,
strings up to 15 characters) an exception below hmac, jwt, asymmetric_jwt or totp (an unknown digest or algorithm, which a file
chooses) printed the signing key in the trace that an uncaught exception or a logger writes out. The key parameters
of the native layer are #[\\SensitiveParameter]. So is the data of hash (red-team round 24): a digest of a signing key
is a key (SUB-B009), and `this.hash (this.encode (this.secret), 'md6', 'hex')`, which the checker passed, showed the
secret's first 15 characters in the trace of the unknown algorithm. SUB-B009 now carries a key through a digest of an
algorithm of this.hash's only. The signed request that fetch sends is no argument a trace shows either (round 58)."""

from __future__ import annotations

import socket
import subprocess

from tests.base_runners import ROOT
from tests.http_server import RawServer
from tests.checking import rules_of

SECRET = "SECRET-xyz789"  # 13 characters: shown whole where a trace shows arguments
SCRIPT = """require 'php/base/autoload.php';
$exchange = new \\exchangekit\\Exchange(['secret' => '%(secret)s', 'twofa' => 'NOT-BASE32']);
$calls = [
    fn () => $exchange->hmac($exchange->encode('x'), $exchange->encode($exchange->secret), 'sha256', 'nope'),
    fn () => $exchange->hmac('x', $exchange->hash($exchange->encode($exchange->secret), 'md6', 'hex')),
    fn () => $exchange->hmac('x', $exchange->base16_to_binary('%(hex)s'), 'md4'),
    fn () => $exchange->jwt(['a' => 1], $exchange->secret, 'md5'),
    fn () => $exchange->totp($exchange->twofa),
    fn () => $exchange->asymmetric_jwt(['a' => 1], $exchange->secret, 'ES256'),
    fn () => $exchange->asymmetric_jwt(['a' => 1], "-----BEGIN PRIVATE KEY-----\n%(secret)s\n-----END PRIVATE KEY-----", 'EdDSA'),
];
foreach ($calls as $call) {
    try {
        $call();
        echo "no error\\n";
    } catch (\\Throwable $error) {
        echo $error, "\\n";
    }
}""" % {"secret": SECRET, "hex": SECRET.encode().hex()[:14]}


def test_no_trace_shows_a_signing_key():
    output = subprocess.run(["php", "-d", "zend.exception_ignore_args=0", "-d", "zend.exception_string_param_max_len=15",
                             "-r", SCRIPT], capture_output=True, text=True, cwd=ROOT, timeout=60, check=True).stdout
    assert "no error" not in output and output.count("SensitiveParameterValue") >= 7, output
    for shown in (SECRET, "NOT-BASE32", SECRET.encode().hex()[:14], SECRET[:7]):
        assert shown not in output, output


def test_a_key_digested_by_an_unknown_algorithm_is_refused():
    head = ("import Exchange from './base/Exchange.js';\n\nexport default class example extends Exchange {\n"
            "    run () {\n        return this.hmac (this.encode ('x'), this.hash (this.encode (this.secret), '%s', "
            "'hex'), 'sha256', 'hex');\n    }\n}\n")
    assert "SUB-B009" in rules_of(head % "md6")
    assert rules_of(head % "md5") == set()


REQUEST_SCRIPT = """require 'php/base/autoload.php';
require 'php/btcbox.php';
$exchange = new \\exchangekit\\btcbox(['apiKey' => 'APIKEY-0123456789', 'secret' => '%(secret)s', 'timeout' => 1000,
    'urls' => ['api' => ['public' => '%(origin)s', 'private' => '%(origin)s']]]);
$exchange->set_markets([]);
try {
    $exchange->fetch_balance();
    echo "no error\\n";
} catch (\\Throwable $error) {
    echo $error, "\\n", print_r($error, true), "\\n";
}"""
ARGUMENTS = ["-d", "zend.exception_ignore_args=0", "-d", "zend.exception_string_param_max_len=1000000"]


class ErrorAnswers(RawServer):
    """Answers every request with btcbox's error for a nonce it refuses."""

    def answer(self, connection: socket.socket, data: bytes) -> None:
        body = b'{"result":false,"code":"104"}'
        connection.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/json\r\n"
                           b"Content-Length: %d\r\n\r\n%s" % (len(body), body))


def test_no_trace_shows_the_signed_request():
    # (btcbox posts key=<apiKey>&nonce=...&signature=... to a port where nothing listens: the connection is refused in
    # fetch, whose frame held the URL and the body; red-team round 58)
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        origin = "http://127.0.0.1:%d" % unused.getsockname()[1]
    script = REQUEST_SCRIPT % {"secret": SECRET, "origin": origin}
    output = subprocess.run(["php", *ARGUMENTS, "-r", script], capture_output=True, text=True, cwd=ROOT, timeout=60,
                            check=True).stdout
    assert "no error" not in output and "->fetch(Object(SensitiveParameterValue)" in output, output
    assert "APIKEY" not in output and "'key=" not in output, output


def test_no_trace_of_an_error_answer_shows_the_signed_request():
    # (the frames of handle_rest_response and handle_errors, below which an exchange raises its error for an answer,
    # held the signed request's headers and body: the API key, a passphrase, Basic credentials; red-team round 59)
    server = ErrorAnswers()
    try:
        output = subprocess.run(["php", *ARGUMENTS, "-r", REQUEST_SCRIPT % {"secret": SECRET, "origin": server.url}],
                                capture_output=True, text=True, cwd=ROOT, timeout=60, check=True).stdout
    finally:
        server.socket.close()
    assert "no error" not in output and "->handle_errors(" in output and "->handle_rest_response(" in output, output
    assert "APIKEY" not in output and "key=" not in output and "signature=" not in output, output
