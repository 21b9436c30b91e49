// MD5 (RFC 1321) and SHA-1 (FIPS 180-1) over bytes, written for the std primitives
// make_md5 and make_sha1. MD5 is incremental because make_md5 feeds it piece by piece.

const MD5_S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = new Int32Array(64);
for (let i = 0; i < 64; i++) MD5_K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0;

export class Md5 {
  private readonly h = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476]);
  private readonly block = new Uint8Array(64);
  private readonly words = new Int32Array(16);
  private fill = 0;
  /** Total length in bytes (a double: exact far beyond any string neko can hold). */
  private total = 0;

  update(data: Uint8Array): void {
    this.total += data.length;
    let i = 0;
    while (i < data.length) {
      const n = Math.min(64 - this.fill, data.length - i);
      this.block.set(data.subarray(i, i + n), this.fill);
      this.fill += n;
      i += n;
      if (this.fill === 64) {
        this.compress();
        this.fill = 0;
      }
    }
  }

  /** Feed a 32-bit value as 4 little-endian bytes. */
  updateUint32(v: number): void {
    this.update(new Uint8Array([v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255]));
  }

  digest(): Uint8Array {
    const bits = this.total * 8;
    const padLen = this.fill < 56 ? 56 - this.fill : 120 - this.fill;
    const pad = new Uint8Array(padLen + 8);
    pad[0] = 0x80;
    const lo = bits % 4294967296, hi = Math.floor(bits / 4294967296);
    for (let i = 0; i < 4; i++) {
      pad[padLen + i] = (lo >>> (8 * i)) & 255;
      pad[padLen + 4 + i] = (hi >>> (8 * i)) & 255;
    }
    const total = this.total;
    this.update(pad);
    this.total = total;
    const out = new Uint8Array(16);
    for (let i = 0; i < 16; i++) out[i] = (this.h[i >> 2] >>> (8 * (i & 3))) & 255;
    return out;
  }

  private compress(): void {
    const w = this.words, b = this.block;
    for (let i = 0; i < 16; i++) w[i] = b[4 * i] | (b[4 * i + 1] << 8) | (b[4 * i + 2] << 16) | (b[4 * i + 3] << 24);
    let a = this.h[0], bb = this.h[1], c = this.h[2], d = this.h[3];
    for (let i = 0; i < 64; i++) {
      let f: number, g: number;
      if (i < 16) {
        f = (bb & c) | (~bb & d);
        g = i;
      } else if (i < 32) {
        f = (d & bb) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (i < 48) {
        f = bb ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (bb | ~d);
        g = (7 * i) & 15;
      }
      const s = MD5_S[(i >> 4) * 4 + (i & 3)];
      const t = (a + f + MD5_K[i] + w[g]) | 0;
      a = d;
      d = c;
      c = bb;
      bb = (bb + ((t << s) | (t >>> (32 - s)))) | 0;
    }
    this.h[0] = (this.h[0] + a) | 0;
    this.h[1] = (this.h[1] + bb) | 0;
    this.h[2] = (this.h[2] + c) | 0;
    this.h[3] = (this.h[3] + d) | 0;
  }
}

export function md5(data: Uint8Array): Uint8Array {
  const m = new Md5();
  m.update(data);
  return m.digest();
}

export function sha1(data: Uint8Array): Uint8Array {
  const h = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0]);
  const n = data.length;
  const blocks = Math.floor((n + 8) / 64) + 1;
  const msg = new Uint8Array(blocks * 64);
  msg.set(data);
  msg[n] = 0x80;
  const bits = n * 8;
  const view = new DataView(msg.buffer);
  view.setUint32(msg.length - 8, Math.floor(bits / 4294967296));
  view.setUint32(msg.length - 4, bits >>> 0);
  const w = new Int32Array(80);
  for (let blk = 0; blk < blocks; blk++) {
    for (let i = 0; i < 16; i++) w[i] = view.getInt32(blk * 64 + 4 * i);
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
      w[i] = (x << 1) | (x >>> 31);
    }
    let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (let i = 0; i < 80; i++) {
      let f: number, k: number;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc | 0;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6 | 0;
      }
      const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
  }
  const out = new Uint8Array(20);
  const ov = new DataView(out.buffer);
  for (let i = 0; i < 5; i++) ov.setInt32(4 * i, h[i]);
  return out;
}
