// string_parse: string building and parsing: StringBuf, concatenation, substr/indexOf/split,
// Std.parseInt/parseFloat, charCodeAt, StringTools. Size: number of records (Sys.args()[0]).

class Main {
  static var seed = 12345;

  static function rnd(n:Int):Int {
    seed = (seed * 1103515245 + 12345) & 0x3FFFFFFF;
    return (seed >> 8) % n;
  }

  static var words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"];

  static function makeRecord(i:Int):String {
    var b = new StringBuf();
    b.add("id=");
    b.add(i);
    b.add(";name=");
    b.add(words[rnd(words.length)]);
    b.addChar("_".code);
    b.add(rnd(1000));
    b.add(";price=");
    b.add(rnd(100000) / 100);
    b.add(";qty=");
    b.add(rnd(50) - 10);
    b.add(";tags=");
    var nt = 1 + rnd(4);
    for (t in 0...nt) {
      if (t > 0) b.add(",");
      b.add(words[rnd(words.length)].substr(0, 2 + rnd(3)));
    }
    b.add(";hex=0x");
    b.add(StringTools.hex(rnd(65536), 4));
    return b.toString();
  }

  static function main() {
    var args = Sys.args();
    var n = args.length > 0 ? Std.parseInt(args[0]) : 1000;

    var idSum = 0, qtySum = 0, hexSum = 0, tagCount = 0, nameHash = 0, bad = 0;
    var priceSum = 0.0;
    var longest = "";
    var nlines = 0, bytes = 0;
    // documents of up to 500 records (keeps the live heap small): build, then parse back
    var i = 0;
    while (i < n) {
      var doc = new StringBuf();
      var end = i + 500 < n ? i + 500 : n;
      while (i < end) {
        doc.add(makeRecord(i));
        doc.add("\n");
        i++;
      }
      var text = doc.toString();
      bytes += text.length;
      var lines = text.split("\n");
      nlines += lines.length - 1;
      for (line in lines) {
        if (line.length == 0) continue;
        var fields = line.split(";");
        for (f in fields) {
          var eq = f.indexOf("=");
          if (eq < 0) { bad++; continue; }
          var key = f.substr(0, eq);
          var val = f.substring(eq + 1);
          switch (key) {
            case "id": idSum += Std.parseInt(val);
            case "name":
              var us = val.lastIndexOf("_");
              var w = val.substr(0, us);
              for (k in 0...w.length) nameHash = (nameHash * 31 + w.charCodeAt(k)) & 0xFFFFFF;
              nameHash = (nameHash + Std.parseInt(val.substr(us + 1))) & 0xFFFFFF;
              if (w.length > longest.length) longest = w;
            case "price": priceSum += Std.parseFloat(val);
            case "qty": qtySum += Std.parseInt(val);
            case "tags":
              for (t in val.split(",")) {
                tagCount++;
                if (StringTools.startsWith(t, "ka")) tagCount += 10;
              }
            case "hex": hexSum += Std.parseInt(val);
            default: bad++;
          }
        }
      }
    }

    // concatenation-heavy pass: build and scan a csv by +=
    var csv = "";
    var lim = n < 2000 ? n : 2000;
    for (i in 0...lim) csv += i + (i % 10 == 9 ? "\n" : ",");
    var rows = 0, cells = 0, digits = 0;
    var pos = 0;
    while (true) {
      var nl = csv.indexOf("\n", pos);
      if (nl < 0) break;
      rows++;
      var row = csv.substr(pos, nl - pos);
      for (c in row.split(",")) {
        cells++;
        for (k in 0...c.length) if (c.charCodeAt(k) >= "0".code && c.charCodeAt(k) <= "9".code) digits++;
      }
      pos = nl + 1;
    }
    var up = StringTools.replace(longest.toUpperCase(), "L", "l");

    Sys.println("lines " + nlines + " bytes " + bytes + " bad " + bad);
    Sys.println("ids " + idSum + " qty " + qtySum + " hex " + hexSum + " tags " + tagCount);
    Sys.println("names " + nameHash + " longest " + up + " price " + Math.round(priceSum));
    Sys.println("csv " + csv.length + " rows " + rows + " cells " + cells + " digits " + digits);
  }
}
