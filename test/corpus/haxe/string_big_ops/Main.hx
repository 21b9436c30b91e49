class Main {
  static function main() {
    var sb = new StringBuf();
    for (i in 0...100000) sb.add(String.fromCharCode(97 + i % 26));
    var s = sb.toString();
    Sys.println(s.length + " " + s.substr(99990) + " " + s.indexOf("xyz") + " " + s.lastIndexOf("abc") + " " + haxe.crypto.Md5.encode(s));
    var parts = s.split("z");
    Sys.println(parts.length + " " + parts[0] + " " + parts[parts.length - 1]);
    var joined = parts.join("Z");
    Sys.println(joined.length + " " + joined.charAt(25) + " " + StringTools.replace(s, "abc", "").length);
    var acc = "";
    for (i in 0...2000) acc += i;
    Sys.println(acc.length + " " + acc.substr(0, 20) + " " + haxe.crypto.Sha1.encode(acc));
    var up = s.toUpperCase();
    Sys.println(up.substr(0, 30) + " " + (up.toLowerCase() == s));
    var cmp = 0;
    for (i in 0...1000) if (s.charCodeAt(i) < s.charCodeAt(i + 1)) cmp++;
    Sys.println(cmp);
    var b = haxe.io.Bytes.ofString(s);
    Sys.println(b.length + " " + haxe.crypto.Crc32.make(b) + " " + haxe.crypto.Base64.encode(b.sub(0, 30)));
    var repeated = StringTools.lpad("", "ab", 1001);
    Sys.println(repeated.length + " " + StringTools.trim("   " + repeated + "   ").length);
  }
}
