// CRC-32 (IEEE 802.3, the polynomial of zlib and of the exchanges' order book checksums), table-driven.

const TABLE = new Uint32Array (256);
for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
        c = (c & 1) ? (0xedb88320 ^ (c >>> 1)) : (c >>> 1);
    }
    TABLE[n] = c >>> 0;
}

export default function crc32 (bytes) {
    let crc = 0xffffffff;
    for (const byte of bytes) {
        crc = TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    }
    return (crc ^ 0xffffffff) >>> 0;
}
