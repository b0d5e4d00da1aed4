"""The three readers of a chunked body (ChunkedBody of python/exchangekit/base/response_body.py and of
js/base/responseBody.js, and php/base/ResponseBody.php) read the same bytes alike, however they are cut: each is fed seeded bodies, well framed
and mutated at one byte (replaced, inserted or deleted), whole and in seeded pieces, and says whether the body was
malformed, whether it ended, and (Python and JavaScript) how many bytes were the body's, or (PHP, which decodes
the chunks itself) the data of the chunks. test_body_framing holds the runtimes to whole responses; this holds the
twins to each other at the edges a few rows cannot reach.
"""

from __future__ import annotations

import base64
import json
import os
import random
import subprocess

from tests.base_runners import SOURCE_TREE

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CASES = 1500
# bytes a mutation puts in: those the grammar reads, and a few it never does
ALPHABET = b"0123456789abcdefABCDEFxX+- \t;=\"\\\r\n:\x00\x01\x7f\x80\xe9"
NODE = """
import { readFileSync } from 'node:fs';
import { ChunkedBody } from './js/base/responseBody.js';
const cases = JSON.parse (readFileSync (0, 'utf8'));
const results = cases.map (([ body, cuts ]) => {
    const bytes = Buffer.from (body, 'base64');
    const reader = new ChunkedBody ();
    let taken = 0;
    let start = 0;
    for (const cut of [ ...cuts, bytes.length ]) {
        const piece = bytes.subarray (start, cut);
        taken += reader.feed (piece);
        start = cut;
    }
    return [ reader.malformed, reader.done, taken ];
});
process.stdout.write (JSON.stringify (results));
"""
PHP = r"""
require 'php/base/autoload.php';  // (ResponseBody reads ResponseHead's FRAMING_NAME)
$results = [];
foreach (json_decode(stream_get_contents(STDIN), true) as [$body, $cuts]) {
    $bytes = base64_decode($body);
    $reader = new exchangekit\ResponseBody();
    $data = '';
    $start = 0;
    foreach ([...$cuts, strlen($bytes)] as $cut) {
        $data .= $reader->feed(substr($bytes, $start, $cut - $start));
        $start = $cut;
    }
    $results[] = [$reader->malformed, $reader->done(), base64_encode($data)];
}
echo json_encode($results);
"""


def bodies(seed: int) -> list[bytes]:
    """Well-framed chunked bodies of a few chunks, extensions and trailers, each mutated at one byte or not."""
    generator = random.Random(seed)
    result = []
    for _ in range(CASES):
        body = b""
        for _ in range(generator.randint(0, 3)):
            data = bytes(generator.choice(b"[]{}0123456789,\r\n") for _ in range(generator.randint(1, 12)))
            size = b"%x" % len(data) if generator.random() < 0.8 else b"%X" % len(data)
            zeros = b"0" * generator.choice([0, 0, 0, 1, 16 - len(size), 17 - len(size)])
            if generator.random() < 0.05:  # (a size at 2^63 - 1 or past it, whose data never all comes)
                zeros, size = b"", generator.choice([b"7fffffffffffffff", b"8000000000000000", b"FFFFFFFFFFFFFFFF"])
            extension = generator.choice([b"", b"", b";a", b";a=b", b';q="x \\" y"'])
            body += zeros + size + extension + b"\r\n" + data + b"\r\n"
        body += b"0" + generator.choice([b"", b";z"]) + b"\r\n"
        names = [b"X-%d" % n for n in range(generator.choice([0, 0, 1, 2]))]
        if names and generator.random() < 0.2:  # (a framing field's name, which no trailer may have)
            names[-1] = generator.choice([b"Content-Length", b"content-length", b"Transfer-Encoding"])
        body += b"".join(name + b": 1\r\n" for name in names)
        body += b"\r\n" + generator.choice([b"", b"", b"HTTP/1.1 200 OK\r\n"])  # (and, maybe, what follows it)
        kind = generator.choice(["kept", "replaced", "inserted", "deleted"])
        at = generator.randrange(len(body))
        if kind == "replaced":
            body = body[:at] + bytes([generator.choice(ALPHABET)]) + body[at + 1:]
        elif kind == "inserted":
            body = body[:at] + bytes([generator.choice(ALPHABET)]) + body[at:]
        elif kind == "deleted":
            body = body[:at] + body[at + 1:]
        result.append(body)
    return result


def cuts(body: bytes, generator: random.Random) -> list[int]:
    """Where a body is cut into pieces: nowhere, at every byte, or at a few seeded places."""
    choice = generator.choice(["whole", "bytes", "some"])
    if choice == "whole":
        return []
    if choice == "bytes":
        return list(range(1, len(body)))
    return sorted(generator.sample(range(1, len(body)), min(len(body) - 1, 3))) if len(body) > 1 else []


def python_results(cases: list) -> list:
    from exchangekit.base.response_body import ChunkedBody  # (the source tree's, on sys.path below)

    results = []
    for body, pieces in cases:
        reader = ChunkedBody()
        taken, start = 0, 0
        for cut in [*pieces, len(body)]:
            taken += reader.feed(body[start:cut])
            start = cut
        results.append([reader.malformed, reader.done, taken])
    return results


def chunks_of(body: bytes) -> bytes:
    """The data of a well-framed body's chunks (read after ChunkedBody found it so)."""
    data, position = b"", 0
    while True:
        line_end = body.index(b"\r\n", position)
        size = int(body[position:line_end].split(b";")[0], 16)
        if size == 0:
            return data
        data += body[line_end + 2:line_end + 2 + size]
        position = line_end + 2 + size + 2


def run(command: list[str], cases: list) -> list:
    payload = json.dumps([[base64.b64encode(body).decode(), pieces] for body, pieces in cases])
    completed = subprocess.run(command, input=payload, capture_output=True, text=True, cwd=ROOT, timeout=300,
                               env=SOURCE_TREE.environment(), check=True)
    return json.loads(completed.stdout)


def test_the_three_readers_of_a_chunked_body_agree(monkeypatch):
    monkeypatch.syspath_prepend(os.path.join(ROOT, "python"))
    generator = random.Random(49)
    cases = [(body, cuts(body, generator)) for body in bodies(49)]
    python = python_results(cases)
    node = run(["node", "--input-type=module", "-e", NODE], cases)
    php = run(["php", "-r", PHP], cases)
    kinds = {"malformed": 0, "done": 0}
    for (body, pieces), (malformed, done, taken), node_result, (php_malformed, php_done, php_data) in zip(
            cases, python, node, php):
        assert node_result == [malformed, done, taken], (body, pieces)
        assert [php_malformed, php_done] == [malformed, done], (body, pieces)
        if done and not malformed:
            assert base64.b64decode(php_data) == chunks_of(body[:taken]), (body, pieces)
        kinds["malformed"] += malformed
        kinds["done"] += done and not malformed
    assert kinds["malformed"] > CASES // 5 and kinds["done"] > CASES // 3, kinds  # (both kinds, in numbers)
