import haxe.io.*;

class Main {
  static function main() {
    var u8 = new UInt8Array(8);
    for (i in 0...8) u8[i] = i * 40;
    Sys.println(u8.length + " " + [for (i in 0...8) u8[i]] + " " + u8.view.byteLength);
    u8[0] = 300;
    u8[1] = -1;
    Sys.println(u8[0] + " " + u8[1]);
    var sub = u8.sub(2, 3);
    Sys.println([for (i in 0...sub.length) sub[i]]);
    var u16 = UInt16Array.fromArray([1, 65535, 65536, -1]);
    Sys.println([for (i in 0...u16.length) u16[i]] + " " + u16.view.buffer.toHex());
    var i32 = Int32Array.fromArray([1, -1, 0x7FFFFFFF]);
    Sys.println([for (i in 0...i32.length) i32[i]] + " " + i32.view.buffer.toHex());
    var f32 = Float32Array.fromArray([1.5, 0.1, -2]);
    Sys.println([for (i in 0...f32.length) f32[i]] + " " + f32.view.buffer.toHex());
    var f64 = Float64Array.fromArray([Math.PI, -0.0, 1e300]);
    Sys.println([for (i in 0...f64.length) f64[i]] + " " + f64.view.buffer.toHex());
    var buf = Bytes.alloc(16);
    var view = UInt32Array.fromBytes(buf, 4, 2);
    view[0] = 0xDEADBEEF;
    view[1] = 1;
    Sys.println(buf.toHex() + " " + view[0] + " " + view.length);
    var abv = ArrayBufferView.fromBytes(Bytes.ofString("abcdef"), 1, 3);
    Sys.println(abv.byteOffset + " " + abv.byteLength + " " + abv.buffer.toString());
    var sub2 = abv.sub(1, 1);
    Sys.println(sub2.byteOffset + " " + sub2.byteLength);
  }
}
