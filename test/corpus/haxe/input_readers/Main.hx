import haxe.io.*;

class CountingInput extends Input {
  var data:Bytes;
  var pos = 0;
  public var reads = 0;
  public function new(s:String) data = Bytes.ofString(s);
  override public function readByte():Int {
    reads++;
    if (pos >= data.length) throw new Eof();
    return data.get(pos++);
  }
}

class UpperOutput extends Output {
  public var buf = new StringBuf();
  public function new() {}
  override public function writeByte(c:Int) {
    buf.addChar(c >= 97 && c <= 122 ? c - 32 : c);
  }
}

class Main {
  static function main() {
    var ci = new CountingInput("first\r\nsecond\rthird\n\nlast");
    Sys.println(ci.readLine() + "|" + ci.readLine() + "|" + ci.readLine() + "|" + ci.readLine() + "|" + ci.readLine());
    try ci.readLine() catch (e:Eof) Sys.println("eof after " + ci.reads + " reads");
    var c2 = new CountingInput("abcdefghij");
    Sys.println(c2.readString(3) + " " + c2.read(2).toString() + " " + c2.readUntil("h".code) + " " + c2.readAll().toString());
    var c3 = new CountingInput("\x01\x02\x03\x04\x05\x06\x07\x08");
    c3.bigEndian = true;
    Sys.println(c3.readInt32() + " " + c3.readUInt16() + " " + c3.readInt8() + " " + c3.readByte());
    var uo = new UpperOutput();
    uo.writeString("hello, World");
    uo.writeInt16(0x4142);
    uo.write(Bytes.ofString("xyz"));
    uo.writeFullBytes(Bytes.ofString("123456"), 2, 3);
    Sys.println(uo.buf.toString());
    var si = new StringInput("string input\nline2");
    Sys.println(si.readLine() + " / " + si.readAll().toString());
    var bi = new BytesInput(Bytes.ofString("xy"));
    var out = new BytesOutput();
    out.writeInput(bi, 1);
    Sys.println(out.getBytes().toString());
    var bi2 = new BytesInput(Bytes.ofString("0123456789"));
    var dst = Bytes.alloc(10);
    Sys.println(bi2.readBytes(dst, 0, 20 > 10 ? 10 : 20) + " " + dst.toString());
    try {
      new CountingInput("ab").readFullBytes(Bytes.alloc(4), 0, 4);
    } catch (e:Eof) {
      Sys.println("readFullBytes Eof");
    }
    try {
      new BytesInput(Bytes.alloc(2)).readBytes(Bytes.alloc(1), 0, 5);
    } catch (e:Dynamic) {
      Sys.println("bounds: " + e);
    }
  }
}
