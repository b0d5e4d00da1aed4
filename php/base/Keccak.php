<?php

// Keccak-256 as Ethereum uses it (the original padding 0x01, not SHA-3's 0x06): PHP's hash() has SHA-3
// only. Lanes are PHP's signed 64-bit integers; shifts mask what the sign would smear.

namespace exchangekit;

final class Keccak {
    private const ROUND_CONSTANTS = [
        '0000000000000001', '0000000000008082', '800000000000808a', '8000000080008000', '000000000000808b',
        '0000000080000001', '8000000080008081', '8000000000008009', '000000000000008a', '0000000000000088',
        '0000000080008009', '000000008000000a', '000000008000808b', '800000000000008b', '8000000000008089',
        '8000000000008003', '8000000000008002', '8000000000000080', '000000000000800a', '800000008000000a',
        '8000000080008081', '8000000000008080', '0000000080000001', '8000000080008008',
    ];
    // Rotation of lane (x, y), indexed x + 5 * y.
    private const ROTATIONS = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];
    private const RATE = 136;

    private static function rotate(int $value, int $shift): int {
        return $shift === 0 ? $value : (($value << $shift) | (($value >> (64 - $shift)) & ((1 << $shift) - 1)));
    }

    private static function permute(array &$state): void {
        foreach (self::ROUND_CONSTANTS as $hex) {
            $columns = [];
            for ($x = 0; $x < 5; $x++) {
                $columns[$x] = $state[$x] ^ $state[$x + 5] ^ $state[$x + 10] ^ $state[$x + 15] ^ $state[$x + 20];
            }
            for ($x = 0; $x < 5; $x++) {
                $d = $columns[($x + 4) % 5] ^ self::rotate($columns[($x + 1) % 5], 1);
                for ($y = 0; $y < 25; $y += 5) {
                    $state[$x + $y] ^= $d;
                }
            }
            $moved = array_fill(0, 25, 0);
            for ($x = 0; $x < 5; $x++) {
                for ($y = 0; $y < 5; $y++) {
                    $moved[$y + 5 * ((2 * $x + 3 * $y) % 5)] = self::rotate($state[$x + 5 * $y], self::ROTATIONS[$x + 5 * $y]);
                }
            }
            for ($i = 0; $i < 25; $i++) {
                $row = $i - $i % 5;
                $state[$i] = $moved[$i] ^ (~$moved[$row + ($i + 1) % 5] & $moved[$row + ($i + 2) % 5]);
            }
            $state[0] ^= unpack('J', hex2bin($hex))[1];
        }
    }

    public static function keccak256(string $message): string {
        $padded = $message . str_repeat("\0", self::RATE - strlen($message) % self::RATE);
        $padded[strlen($message)] = chr(ord($padded[strlen($message)]) ^ 0x01);
        $last = strlen($padded) - 1;
        $padded[$last] = chr(ord($padded[$last]) ^ 0x80);
        $state = array_fill(0, 25, 0);
        for ($offset = 0; $offset < strlen($padded); $offset += self::RATE) {
            for ($i = 0; $i < self::RATE / 8; $i++) {
                $state[$i] ^= unpack('P', substr($padded, $offset + $i * 8, 8))[1];
            }
            self::permute($state);
        }
        return pack('P4', $state[0], $state[1], $state[2], $state[3]);
    }
}
