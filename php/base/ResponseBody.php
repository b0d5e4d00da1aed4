<?php

// A response's chunked body framed as every runtime reads it (red-team round 49), the twin of Python's ChunkedBody
// (python/exchangekit/base/response_body.py, which says where the runtimes differed). curl framed chunks its own way:
// it read `0x3` as a last chunk of 0, `3\x00`, `3 ` and `3;` as 3, a bare LF after a chunk's data, and trailers of any
// form. NativeExchange::fetch therefore turns curl's transfer decoding off (curl then hands on the raw bytes of the
// body, trailers and what follows the end included, and no trailers to the header function) and reads them here:
//
// - a chunk-size line is 1 to 16 hex digits of a size below 2^63 (curl refused a larger one, where the others waited
//   for its data), then extensions `;name` or `;name=value` (a token, or a quoted string),
//   ended by CR LF, with no space anywhere; the chunk's data is followed by CR LF;
// - the trailers after the last chunk are header lines (a token, a colon, a value without control characters but
//   tabs, CR LF), none of them Content-Length or Transfer-Encoding, 99 at most, of 65,536 bytes at most in all; every line of the framing is at most 4,000 bytes before
//   its CR LF (curl refuses a trailer line of 4,096);
// - what arrives after the empty line that ends the trailers is dropped.

namespace exchangekit;

final class ResponseBody {
    public const MALFORMED = "a response's chunked body is not framed as every runtime reads it (chunk sizes of 1 to "
        . '16 hex digits, extensions of tokens, trailers as header lines, lines of 4,000 bytes at most ended by CR LF)';
    private const MAX_LINE = 4000;  // bytes of a framing line before its CR LF
    private const MAX_TRAILER_LINES = 99;
    private const MAX_TRAILERS = 65536;  // bytes of the trailer lines, their CR LF left out
    private const TOKEN = '[!#$%&\'*+\-.^_`|~0-9A-Za-z]++';
    private const QUOTED = '"(?:[\t \x21\x23-\x5b\x5d-\x7e\x80-\xff]|\\\\[\t \x21-\x7e\x80-\xff])*+"';
    // (bytes, not UTF-8: no u flag; possessive, so that a line of 4,000 bytes is read without backtracking)
    private const SIZE_LINE = '/^([0-9A-Fa-f]{1,16})(?:;' . self::TOKEN . '(?:=(?:' . self::TOKEN . '|' . self::QUOTED
        . '))?+)*+\r\n\z/';
    // as the lines of a head (python/exchangekit/base/response_head.py, _FIELD_LINE)
    private const TRAILER_LINE = '/^' . self::TOKEN . ':[^\x00-\x08\x0a-\x1f\x7f]*+\r\n\z/';
    private const NO_BODY_STATUSES = [204, 304];

    private const SIZE = 0;
    private const DATA = 1;
    private const DATA_END = 2;
    private const TRAILERS = 3;
    private const DONE = 4;

    public bool $malformed = false;  // a byte was framed otherwise: nothing more is read
    private int $state = self::SIZE;
    private string $line = '';  // a line not yet ended
    private int $left = 0;  // the bytes of the chunk's data not yet read, or of the CR LF after it
    private int $trailer_lines = 0;
    private int $trailer_bytes = 0;

    /** Whether a response of this status to this method has a body (one of length 0 maybe), whatever its head says. */
    public static function has_body(int $status, string $method): bool {
        return !(strtoupper($method) === 'HEAD' || ($status >= 100 && $status < 200)
            || in_array($status, self::NO_BODY_STATUSES, true));
    }

    /** The body was read to the empty line that ends its trailers. */
    public function done(): bool {
        return $this->state === self::DONE;
    }

    /**
     * Reads the next bytes of the body as they arrive; the chunks' data among them (none of what follows the end).
     * Once malformed, it reads nothing more.
     */
    public function feed(string $data): string {
        $chunks = '';
        $position = 0;
        $end = strlen($data);
        while ($position < $end && !$this->malformed && $this->state !== self::DONE) {
            if ($this->state === self::DATA) {
                $taken = min($this->left, $end - $position);
                $chunks .= substr($data, $position, $taken);
                $position += $taken;
                $this->left -= $taken;
                if ($this->left === 0) {
                    [$this->state, $this->left] = [self::DATA_END, 2];
                }
            } elseif ($this->state === self::DATA_END) {
                $this->malformed = $data[$position] !== "\r\n"[2 - $this->left];
                $position++;
                $this->left--;
                if ($this->left === 0) {
                    $this->state = self::SIZE;
                }
            } else {
                // a line's end, if it comes within MAX_LINE bytes and its CR LF
                $ended = strpos($data, "\n", $position);
                if ($ended === false || strlen($this->line) + $ended - $position + 1 > self::MAX_LINE + 2) {
                    // (no more than one byte past the bound is kept: a CR may still end the line there)
                    $this->line .= substr($data, $position, self::MAX_LINE + 2 - strlen($this->line));
                    $this->malformed = $ended !== false || strlen($this->line) > self::MAX_LINE + 1;
                    break;
                }
                $this->line .= substr($data, $position, $ended + 1 - $position);
                $position = $ended + 1;
                $this->read_line($this->line);
                $this->line = '';
            }
        }
        return $this->malformed ? '' : $chunks;
    }

    private function read_line(string $line): void {
        if ($this->state === self::SIZE) {
            $digits = preg_match(self::SIZE_LINE, $line, $size) ? ltrim($size[1], '0') : null;
            if ($digits === null || (strlen($digits) === 16 && $digits[0] >= '8')) {  // (or a size past 2^63 - 1)
                $this->malformed = true;
            } elseif ($digits === '') {  // the last chunk
                $this->state = self::TRAILERS;
            } else {
                [$this->state, $this->left] = [self::DATA, hexdec($digits)];  // (an int: below 2^63)
            }
        } elseif ($line === "\r\n") {
            $this->state = self::DONE;
        } else {
            $this->trailer_lines++;
            $this->trailer_bytes += strlen($line) - 2;
            $this->malformed = !preg_match(self::TRAILER_LINE, $line) || $this->trailer_lines > self::MAX_TRAILER_LINES
                || $this->trailer_bytes > self::MAX_TRAILERS
                || preg_match(ResponseHead::FRAMING_NAME, $line);
        }
    }
}
