<?php

// The heads of one response as curl hands their lines to CURLOPT_HEADERFUNCTION, read as Node's parser and Python's
// HeadReader (python/exchangekit/base/response_head.py) read them: each head a status line (HTTP/1.0 or 1.1, a space,
// three digits, then a space and the reason or nothing, ended by CR LF), header lines, and an empty line. Interim
// heads (1xx but 101) come first; their header lines are checked as the final head's are (curl read a bare LF ending,
// a folded line, a name that is no token there), then dropped. A chunked body's trailers are no lines of a head: curl
// hands them on with the body's raw bytes (its transfer decoding is off), which ResponseBody reads.

namespace exchangekit;

final class ResponseHead {
    private const STATUS_LINE = '/^HTTP\/1\.[01] ([0-9]{3})(?: ([^\r\n]*))?\r\n\z/';

    public string $reason = '';  // the reason phrase of the head being read, then of the final head (bytes)
    public int $status = 0;  // the status code of the head being read, then of the final head
    public bool $interim = false;  // the head being read is an interim one
    public bool $final = false;  // the final head was read to its end: what follows is the body
    public bool $chunked = false;  // the final head has a Transfer-Encoding line (one of chunked, once framed)
    private bool $status_next = true;
    private array $lines = [];  // the header lines of the head being read, then of the final head
    private int $lengths = 0;  // the Content-Length lines of the final head

    /** @param \Closure $read_headers the headers of a head's header lines (a list), or null when one is malformed */
    public function __construct(private \Closure $read_headers) {
    }

    /**
     * Reads one line; false when it is malformed (a status line that is none, or an interim head's line). curl hands
     * on no line after the final head (the trailers go with the body); one would be no line of a head, and is dropped.
     */
    public function read(string $line): bool {
        if ($this->final) {
            return true;
        }
        if ($this->status_next) {
            if (!preg_match(self::STATUS_LINE, $line, $match)) {
                return false;
            }
            $this->status = (int) $match[1];
            $this->interim = $match[1][0] === '1' && $match[1] !== '101';
            $this->reason = $match[2] ?? '';
            $this->status_next = false;
            $this->lines = [];
        } elseif ($line === "\r\n") {
            if ($this->interim && ($this->read_headers)($this->lines) === null) {
                return false;
            }
            $this->status_next = $this->interim;
            $this->final = !$this->interim;
        } else {
            $this->lines[] = $line;
        }
        return true;
    }

    /**
     * Whether a line of the final head leaves its framing one that Node's parser reads: at most one Content-Length, of
     * digits (leading zeros too) up to 2^64 - 1, and none with Transfer-Encoding; at most one Transfer-Encoding, of
     * `chunked` in any case (spaces and tabs before it, spaces after it). curl read '+2', '2, 2', two lines and one
     * with Transfer-Encoding, and took a value past a double's range for 0; it decoded `gzip, chunked`, `chunked\t`
     * and `chunked,` as chunked, and two lines of it (red-team round 49). Python's requests read some of them
     * otherwise: python/exchangekit/base/response_head.py, badly_framed and chunked, which this mirrors.
     */
    public function framed(string $line): bool {
        if (strncasecmp($line, 'Transfer-Encoding:', 18) === 0) {
            // (a second line fails below; Node's parser reads a tab after the value as another coding)
            $value = rtrim(ltrim(substr($line, 18), " \t"), "\r\n");
            if ($this->chunked || strcasecmp(rtrim($value, ' '), 'chunked') !== 0) {
                return false;
            }
            $this->chunked = true;
        } elseif (strncasecmp($line, 'Content-Length:', 15) === 0) {
            $this->lengths++;
            // (spaces and tabs before the digits, spaces after them: Node's parser fails a tab there)
            $value = rtrim(rtrim(ltrim(substr($line, 15), " \t"), "\r\n"), ' ');
            $digits = ltrim($value, '0');  // (20 digits at most, compared as texts of one length: no overflow)
            if (!preg_match('/^[0-9]+$/D', $value) || strlen($digits) > 20
                    || (strlen($digits) === 20 && strcmp($digits, '18446744073709551615') > 0)) {
                return false;
            }
        }
        return $this->lengths === 0 || ($this->lengths === 1 && !$this->chunked);
    }

    /** The final head's headers, once the response was read; null when a line of it is malformed. */
    public function headers(): ?array {
        return $this->final ? ($this->read_headers)($this->lines) : null;
    }
}
