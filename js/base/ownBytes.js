// Bytes in memory of their own. Buffer.from and Buffer.concat put what is short (under 4 KiB) in the process's
// shared pool of small buffers, whose whole is any pooled Buffer's `buffer`: a credential, or its decoded form,
// copied there would stay beside every other pooled Buffer after the call (red-team round 54 read a secret so).
// Buffer.alloc takes memory of its own and zeroes it.

export function ownBytes (text, encoding = 'utf8') {
    const bytes = Buffer.alloc (Buffer.byteLength (text, encoding));
    return bytes.subarray (0, bytes.write (text, encoding));
}

export function ownConcat (parts) {
    const bytes = Buffer.alloc (parts.reduce ((total, part) => total + part.length, 0));
    let offset = 0;
    for (const part of parts) {
        bytes.set (part, offset);
        offset += part.length;
    }
    return bytes;
}

// A view of bytes as a Buffer, to read them without a copy.
export function bufferView (bytes) {
    return Buffer.from (bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
