<?php

// The heads of one response as curl hands their lines to CURLOPT_HEADERFUNCTION, read as Node's parser and Python's
// HeadReader (python/exchangekit/base/response_head.py) read them: each head a status line (HTTP/1.0 or 1.1, a space,
// three digits, then a space and the reason or nothing, ended by CR LF), header lines, and an empty line. Interim
// heads (1xx but 101) come first; their header lines are checked as the final head's are (curl read a bare LF ending,
// a folded line, a name that is no token there), then dropped. A chunked body's trailers are no lines of a head: curl
// hands them on with the body's raw bytes (its transfer decoding is off), which ResponseBody reads.
//
// The heads are held to what HeadLines reads, too (red-team round 50): an interim head to the final head's bounds,
// without a Content-Length, a Transfer-Encoding or a Connection (or Proxy-Connection) that says close, and not of
// HTTP/1.0 (Node's parser and aiohttp's failed those, and curl read them on); every line of 8,190 bytes at most before
// its CR LF; and a response's heads, interim ones included, of 131,072 bytes at most in all, which curl counts to 300
// KiB before it fails the transfer with an error of its own (the others read on past it).

namespace exchangekit;

final class ResponseHead {
    // (as response_head.py's _STATUS_LINE: a code of 100 to 999, a reason without a control character but tabs)
    private const STATUS_LINE = '/^HTTP\/1\.([01]) ([1-9][0-9]{2})(?: ([^\x00-\x08\x0a-\x1f\x7f]*))?\r\n\z/';
    // the header names an interim head may not have, nor a chunked body's trailer (ResponseBody), and those that may
    // not say close in an interim head
    public const FRAMING_NAME = '/^(?:content-length|transfer-encoding):/i';
    private const CONNECTION = '/^(?:connection|proxy-connection):/i';
    private const MAX_HEAD_LINE_BYTES = 8190;  // bytes of a line of a head before its CR LF (aiohttp's bound)
    private const MAX_HEADS = 131072;  // bytes of a response's heads in all, CR LF included
    public const NOT_INTERIM = 'an interim (1xx) response head is of HTTP/1.0, or has a Content-Length, a '
        . 'Transfer-Encoding, or a Connection or Proxy-Connection that says close (HTTP clients read such a head '
        . 'apart)';

    public string $reason = '';  // the reason phrase of the head being read, then of the final head (bytes)
    public int $status = 0;  // the status code of the head being read, then of the final head
    public bool $interim = false;  // the head being read is an interim one
    public bool $final = false;  // the final head was read to its end: what follows is the body
    public bool $chunked = false;  // the final head has a Transfer-Encoding line (one of chunked, once framed)
    public bool $misframed = false;  // the line refused was an interim head's framing (NOT_INTERIM), not malformed
    private bool $status_next = true;
    private array $lines = [];  // the header lines of the head being read, then of the final head
    private int $lengths = 0;  // the Content-Length lines of the final head
    private int $bytes = 0;  // the bytes of the heads' lines read

    /** @param \Closure $read_headers the headers of a head's header lines (a list), or null when one is malformed */
    public function __construct(private \Closure $read_headers) {
    }

    /**
     * Reads one line; false when it is refused: malformed (a status line that is none, an interim head's line, a line
     * or the heads past their bounds), or an interim head's framing ($misframed). curl hands on no line after the
     * final head (the trailers go with the body); one would be no line of a head, and is dropped.
     */
    public function read(string $line): bool {
        if ($this->final) {
            return true;
        }
        $this->bytes += strlen($line);
        if ($this->bytes > self::MAX_HEADS || strlen($line) > self::MAX_HEAD_LINE_BYTES + 2) {
            return false;
        }
        if ($this->status_next) {
            if (!preg_match(self::STATUS_LINE, $line, $match)) {
                return false;
            }
            $this->status = (int) $match[2];
            $this->interim = $match[2][0] === '1' && $match[2] !== '101';
            $this->reason = $match[3] ?? '';
            $this->status_next = false;
            $this->lines = [];
            if ($this->interim && strlen($this->reason) > NativeExchange::MAX_HEAD_LINE) {  // (the final one's: fetch)
                return false;
            }
            // (one of HTTP/1.0: Node's parser and aiohttp's took it for the connection's last response)
            return !$this->interim || $match[1] === '1' || $this->misframed();
        } elseif ($line === "\r\n") {
            if ($this->interim && ($this->read_headers)($this->lines) === null) {
                return false;
            }
            $this->status_next = $this->interim;
            $this->final = !$this->interim;
        } else {
            $this->lines[] = $line;
            // (a Connection value that holds close anywhere: Node's parser and aiohttp's read it among other tokens)
            if ($this->interim && (preg_match(self::FRAMING_NAME, $line)
                    || preg_match(self::CONNECTION, $line) && stripos($line, 'close', strpos($line, ':')) !== false)) {
                return $this->misframed();
            }
        }
        return true;
    }

    private function misframed(): bool {
        $this->misframed = true;
        return false;
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
