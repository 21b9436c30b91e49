// int_math: 32-bit integer bit operations (wrapping multiply, shifts, rotations, popcount)
// and haxe.Int64 arithmetic (xorshift64*, FNV-1a 64, multiply/divide/compare).
// Size: number of iterations (Sys.args()[0]).

import haxe.Int64;

class Main {
  static inline function rotl(x:Int, r:Int):Int return (x << r) | (x >>> (32 - r));

  static function popcount(x:Int):Int {
    x = x - ((x >>> 1) & 0x55555555);
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    x = (x + (x >>> 4)) & 0x0F0F0F0F;
    return (x * 0x01010101) >>> 24;
  }

  // murmur3-style 32-bit mixing
  static function mix32(h:Int, k:Int):Int {
    k *= 0xcc9e2d51;
    k = rotl(k, 15);
    k *= 0x1b873593;
    h ^= k;
    h = rotl(h, 13);
    return h * 5 + 0xe6546b64;
  }

  static function fmix32(h:Int):Int {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  static function gcd(a:Int, b:Int):Int {
    while (b != 0) {
      var t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  static function main() {
    var args = Sys.args();
    var n = args.length > 0 ? Std.parseInt(args[0]) : 1000;

    // 32-bit part
    var h = 0x12345678;
    var pop = 0, g = 0, shifts = 0;
    for (i in 0...n) {
      h = mix32(h, i);
      pop += popcount(h);
      shifts ^= (h >> (i & 31)) + (h << (i & 15)) - (h >>> 7);
      if ((i & 7) == 0) g += gcd((h & 0xFFFFF) + 1, (i & 0xFFFF) + 1);
    }
    var f = fmix32(h);

    // Int64 part (about one eighth of the iterations: Int64 is a boxed pair on neko)
    var m = n >> 3;
    var x = Int64.make(0x9E3779B9, 0x7F4A7C15);
    var fnv = Int64.make(0xcbf29ce4, 0x84222325);
    var prime = Int64.make(0x100, 0x000001b3);
    var mulc = Int64.make(0x2545F491, 0x4F6CDD1D);
    var acc = Int64.ofInt(0);
    var negs = 0, divs = Int64.ofInt(0);
    for (i in 0...m) {
      // xorshift64*
      x = Int64.xor(x, Int64.ushr(x, 12));
      x = Int64.xor(x, Int64.shl(x, 25));
      x = Int64.xor(x, Int64.ushr(x, 27));
      var r = Int64.mul(x, mulc);
      if (Int64.isNeg(r)) negs++;
      acc = Int64.add(acc, Int64.ushr(r, 3));
      // FNV-1a over the low byte
      fnv = Int64.xor(fnv, Int64.ofInt(r.low & 0xFF));
      fnv = Int64.mul(fnv, prime);
      if ((i & 15) == 0) {
        var d = Int64.make(0, (i & 0xFFFF) + 3);
        divs = Int64.add(divs, Int64.div(Int64.ushr(r, 1), d));
        if (Int64.compare(Int64.mod(Int64.ushr(r, 1), d), Int64.ofInt(1)) > 0) negs += 2;
      }
    }

    Sys.println("hash32 " + h + " fmix " + f + " pop " + pop + " shifts " + shifts + " gcd " + g);
    Sys.println("x " + Int64.toStr(x) + " acc " + Int64.toStr(acc) + " negs " + negs);
    Sys.println("fnv " + Int64.toStr(fnv) + " divs " + Int64.toStr(divs));
  }
}
