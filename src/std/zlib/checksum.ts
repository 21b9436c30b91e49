// The checksums and size bound of zlib that pako does not export: adler32, crc32 (the
// reflected 0xEDB88320 polynomial), deflateBound for neko's streams (deflateInit defaults).

let crcTable: Uint32Array | null = null;

function table(): Uint32Array {
  if (crcTable) return crcTable;
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  crcTable = t;
  return t;
}

/** zlib crc32(crc, buf, len): the running CRC-32 after bytes[pos, pos+len). Unsigned result. */
export function crc32(crc: number, bytes: Uint8Array, pos: number, len: number): number {
  const t = table();
  let c = ~crc >>> 0;
  for (let i = pos, end = pos + len; i < end; i++) c = t[(c ^ bytes[i]) & 255] ^ (c >>> 8);
  return ~c >>> 0;
}

/** zlib adler32(adler, buf, len). Unsigned result. */
export function adler32(adler: number, bytes: Uint8Array, pos: number, len: number): number {
  let a = adler & 0xffff;
  let b = (adler >>> 16) & 0xffff;
  let i = pos;
  const end = pos + len;
  while (i < end) {
    // 5552 bytes keep the sums below 2^32 between reductions, as zlib's NMAX
    const stop = Math.min(end, i + 5552);
    for (; i < stop; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * zlib 1.2.13 deflateBound for a zlib-wrapped stream with windowBits 15 and memLevel 8 (what
 * deflateInit makes): the tight bound, plus 4 once the stream has started (a dictionary id may
 * be written). sourceLen is a C unsigned long: a negative int wraps to a huge value; the
 * result is returned as C would, truncated to 32 bits.
 */
export function deflateBound(sourceLen: number, started: boolean): number {
  const n = BigInt.asUintN(64, BigInt(sourceLen));
  const wraplen = 6n + (started ? 4n : 0n);
  const r = n + (n >> 12n) + (n >> 14n) + (n >> 25n) + 13n - 6n + wraplen;
  return Number(BigInt.asIntN(32, r));
}
