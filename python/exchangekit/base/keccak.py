"""Keccak-256 as Ethereum uses it (the original padding 0x01, not SHA-3's 0x06): hashlib has SHA-3 only."""

from __future__ import annotations

ROUND_CONSTANTS = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000, 0x000000000000808B,
    0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008A, 0x0000000000000088,
    0x0000000080008009, 0x000000008000000A, 0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
    0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
]
# Rotation of lane (x, y), indexed x + 5 * y.
ROTATIONS = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14]
MASK = (1 << 64) - 1
RATE = 136  # bytes absorbed per block for a 256-bit output


def _rotate(value: int, shift: int) -> int:
    return ((value << shift) | (value >> (64 - shift))) & MASK if shift else value


def _permute(state: list[int]) -> None:
    for constant in ROUND_CONSTANTS:
        columns = [state[x] ^ state[x + 5] ^ state[x + 10] ^ state[x + 15] ^ state[x + 20] for x in range(5)]
        for x in range(5):
            d = columns[(x + 4) % 5] ^ _rotate(columns[(x + 1) % 5], 1)
            for y in range(0, 25, 5):
                state[x + y] ^= d
        moved = [0] * 25
        for x in range(5):
            for y in range(5):
                moved[y + 5 * ((2 * x + 3 * y) % 5)] = _rotate(state[x + 5 * y], ROTATIONS[x + 5 * y])
        for i in range(25):
            row = i - i % 5
            state[i] = moved[i] ^ ((~moved[row + (i + 1) % 5] & MASK) & moved[row + (i + 2) % 5])
        state[0] ^= constant


def keccak256(message: bytes) -> bytes:
    padded = bytearray(message) + bytearray(RATE - len(message) % RATE)
    padded[len(message)] ^= 0x01
    padded[-1] ^= 0x80
    state = [0] * 25
    for offset in range(0, len(padded), RATE):
        for i in range(RATE // 8):
            state[i] ^= int.from_bytes(padded[offset + i * 8:offset + i * 8 + 8], "little")
        _permute(state)
    return b"".join(lane.to_bytes(8, "little") for lane in state[:4])
