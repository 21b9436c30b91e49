import haxe.io.*;

class Main {
  static function main() {
    var text = "line one\nline two\r\nline three\nlast";
    var input = new StringInput(text);
    var lines = [];
    try {
      while (true) lines.push(input.readLine());
    } catch (e:Eof) {}
    Sys.println(lines.length + " " + lines.join("|"));
    var bi = new BytesInput(Bytes.ofString("abcdefghij"));
    Sys.println(bi.read(3).toString() + " " + bi.readString(2) + " " + bi.readUntil("h".code) + " " + bi.readAll().toString());
    var out = new BytesOutput();
    out.writeString("header:");
    out.writeInput(new StringInput("copied"), 4);
    out.writeByte(10);
    out.prepare(100);
    out.writeFullBytes(Bytes.ofString("0123456789"), 3, 4);
    Sys.println(out.length + " " + out.getBytes().toString());
    var buf = new BytesBuffer();
    for (i in 0...300) buf.addByte(i & 255);
    var b = buf.getBytes();
    Sys.println(b.length + " " + b.get(0) + " " + b.get(255) + " " + b.get(299) + " " + haxe.crypto.Md5.make(b).toHex());
    var enc = Bytes.ofString("é€😀", UTF8);
    Sys.println(enc.length + " " + enc.toHex() + " " + enc.getString(0, enc.length, UTF8));
    var big = Bytes.alloc(8);
    big.setInt32(0, -2);
    big.setInt32(4, 0x7fffffff);
    Sys.println(big.getInt32(0) + " " + big.getInt32(4) + " " + big.getUInt16(0) + " " + big.toHex());
    var cmp = [Bytes.ofString("b"), Bytes.ofString("a"), Bytes.ofString("ab"), Bytes.ofString("")];
    cmp.sort((x, y) -> x.compare(y));
    Sys.println([for (c in cmp) "[" + c.toString() + "]"].join(""));
  }
}
