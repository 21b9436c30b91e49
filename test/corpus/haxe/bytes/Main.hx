import haxe.io.Bytes;
import haxe.io.BytesBuffer;
import haxe.io.BytesOutput;
import haxe.io.BytesInput;

class Main {
  static function main() {
    var b = Bytes.alloc(16);
    for (i in 0...16) b.set(i, i * 17);
    Sys.println(b.toHex());
    b.setInt32(0, 0x12345678);
    b.setUInt16(4, 0xBEEF);
    b.setFloat(8, 1.5);
    Sys.println(b.toHex() + " " + b.getInt32(0) + " " + b.getUInt16(4) + " " + b.getFloat(8) + " " + b.get(15));
    b.setDouble(8, Math.PI);
    Sys.println(b.getDouble(8) + " " + b.toHex());
    b.setInt64(0, haxe.Int64.make(0x01020304, 0x05060708));
    Sys.println(b.getInt64(0) + " " + b.sub(0, 8).toHex());
    var s = Bytes.ofString("héllo wörld");
    Sys.println(s.length + " " + s.toString() + " " + s.getString(1, 2) + " " + s.sub(7, 5).toString());
    var h = Bytes.ofHex("deadBEEF00");
    Sys.println(h.toHex() + " " + h.length);
    var c = Bytes.alloc(5);
    c.fill(0, 5, 65);
    c.blit(1, s, 0, 3);
    Sys.println(c.toString() + " " + c.compare(Bytes.ofString("AhéA")) + " " + Bytes.ofString("abc").compare(Bytes.ofString("abd")));
    var bb = new BytesBuffer();
    bb.addByte(1);
    bb.addString("xyz");
    bb.addInt32(-2);
    bb.addInt64(haxe.Int64.make(1, 2));
    bb.addFloat(0.25);
    bb.addDouble(-1e100);
    bb.add(Bytes.ofString("!"));
    bb.addBytes(Bytes.ofString("0123456789"), 2, 3);
    var out = bb.getBytes();
    Sys.println(out.length + " " + out.toHex());
    var o = new BytesOutput();
    o.bigEndian = true;
    o.writeInt16(-300);
    o.writeInt32(123456789);
    o.writeFloat(3.5);
    o.writeDouble(2.25);
    o.writeString("end");
    o.bigEndian = false;
    o.writeUInt24(0x123456);
    o.writeInt8(-5);
    var ob = o.getBytes();
    Sys.println(ob.toHex());
    var inp = new BytesInput(ob);
    inp.bigEndian = true;
    Sys.println(inp.readInt16() + " " + inp.readInt32() + " " + inp.readFloat() + " " + inp.readDouble() + " " + inp.readString(3));
    inp.bigEndian = false;
    Sys.println(inp.readUInt24() + " " + inp.readInt8() + " " + inp.position + "/" + inp.length);
    try {
      inp.readByte();
    } catch (e:haxe.io.Eof) {
      Sys.println("eof");
    }
    try {
      b.get(100);
      Sys.println("no error on get(100): " + b.get(100));
    } catch (e:Dynamic) {
      Sys.println("error " + e);
    }
    try {
      b.blit(10, b, 0, 100);
    } catch (e:Dynamic) {
      Sys.println("blit error " + e);
    }
    var f32 = haxe.io.FPHelper.floatToI32(1.0);
    var d64 = haxe.io.FPHelper.doubleToI64(1.0);
    Sys.println(f32 + " " + haxe.io.FPHelper.i32ToFloat(0x40490fdb) + " " + d64 + " " + haxe.io.FPHelper.i64ToDouble(0, 0x3ff00000));
  }
}
