import haxe.io.Bytes;
import haxe.io.BytesInput;
import haxe.io.BytesOutput;
import haxe.io.BytesBuffer;

class Main {
  static function write(o:BytesOutput) {
    o.writeByte(0xFE);
    o.writeInt16(-2);
    o.writeUInt16(0xABCD);
    o.writeInt24(-70000);
    o.writeUInt24(0x123456);
    o.writeInt32(0x7F00FF01);
    o.writeFloat(-2.5);
    o.writeDouble(1e-3);
    o.writeString("str");
    o.writeInt8(-128);
  }

  static function read(i:BytesInput) {
    return ([i.readByte(), i.readInt16(), i.readUInt16(), i.readInt24(), i.readUInt24(), i.readInt32(), i.readFloat(), i.readDouble(), i.readString(3), i.readInt8()]:Array<Dynamic>).join(" ");
  }

  static function main() {
    for (be in [false, true]) {
      var o = new BytesOutput();
      o.bigEndian = be;
      write(o);
      var bytes = o.getBytes();
      Sys.println("be=" + be + " len=" + bytes.length + " " + bytes.toHex());
      var i = new BytesInput(bytes);
      i.bigEndian = be;
      Sys.println(read(i) + " pos=" + i.position + " left=" + i.length);
    }
    var i = new BytesInput(Bytes.ofString("line1\nline2\r\nline3"));
    Sys.println(i.readLine() + "|" + i.readLine() + "|" + i.readLine());
    try {
      i.readLine();
    } catch (e:haxe.io.Eof) {
      Sys.println("eof " + Std.string(e));
    }
    var i2 = new BytesInput(Bytes.ofString("a,b,c"), 1, 3);
    Sys.println(i2.readAll().toString());
    var i3 = new BytesInput(Bytes.ofString("abc\x00def\x00"));
    Sys.println(i3.readUntil(0) + " " + i3.readUntil(0));
    var i4 = new BytesInput(Bytes.ofString("0123456789"));
    i4.position = 5;
    var buf = Bytes.alloc(4);
    Sys.println(i4.readBytes(buf, 1, 3) + " " + buf.toHex() + " " + i4.position);
    i4.readFullBytes(buf, 0, 2);
    Sys.println(buf.toHex());
    try {
      i4.readFullBytes(buf, 0, 4);
    } catch (e:Dynamic) {
      Sys.println("short read: " + e);
    }
    var bb = new BytesBuffer();
    bb.addByte(1);
    bb.addString("hi");
    bb.addInt32(0x01020304);
    bb.addInt64(haxe.Int64.make(-1, 5));
    bb.addFloat(1.25);
    bb.addDouble(-8.5);
    bb.add(Bytes.ofHex("cafe"));
    bb.addBytes(Bytes.ofString("xyzw"), 1, 2);
    Sys.println(bb.length);
    Sys.println(bb.getBytes().toHex());
    var o = new BytesOutput();
    o.write(Bytes.ofString("abc"));
    o.writeFullBytes(Bytes.ofString("defgh"), 1, 3);
    o.prepare(10);
    var olen = o.length;
    Sys.println(o.getBytes().toString() + " " + olen);
    var errs = [];
    var o2 = new BytesOutput();
    for (v in [128, -129, 40000]) {
      try o2.writeInt8(v) catch (e:Dynamic) errs.push(Std.string(e));
    }
    try o2.writeInt16(40000) catch (e:Dynamic) errs.push(Std.string(e));
    try o2.writeUInt16(-1) catch (e:Dynamic) errs.push(Std.string(e));
    try o2.writeInt24(1 << 24) catch (e:Dynamic) errs.push(Std.string(e));
    Sys.println(errs.join(","));
  }
}
