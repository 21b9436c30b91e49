import haxe.xml.Access;

class Main {
  static function main() {
    var src = '<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE catalog>
<catalog xmlns:x="urn:x" version="2">
  <book id="b1" lang="en"><title>Haxe &amp; Neko</title><price cur="EUR">12.50</price></book>
  <book id="b2"><title><![CDATA[<raw> & stuff]]></title><empty/></book>
  <x:ns attr=\'single "quoted"\'>text &lt;escaped&gt; &#65;&#x42; &quot;</x:ns>
</catalog>';
    var x = Xml.parse(src);
    for (n in x) Sys.println(n.nodeType + "");
    var root = x.firstElement();
    Sys.println(root.nodeName + " " + root.get("version") + " " + root.get("missing") + " " + root.exists("xmlns:x"));
    var attrs = [for (a in root.attributes()) a];
    Sys.println(attrs.join(","));
    for (b in root.elementsNamed("book")) {
      var t = b.elementsNamed("title").next();
      Sys.println(b.get("id") + " title=" + t.firstChild().nodeValue + " type=" + t.firstChild().nodeType);
    }
    for (e in root.elements()) Sys.println("elem " + e.nodeName);
    var ns = root.elementsNamed("x:ns").next();
    Sys.println(ns.get("attr") + " | " + ns.firstChild().nodeValue);
    Sys.println(x.toString());
    var acc = new Access(root);
    Sys.println(acc.node.book.att.id + " " + acc.nodes.book.length + " " + acc.node.book.node.title.innerData + " " + acc.hasNode.magazine + " " + acc.has.version);
    Sys.println(acc.node.book.node.price.att.cur + " " + Std.parseFloat(acc.node.book.node.price.innerData));
    try {
      acc.node.magazine;
    } catch (e:Dynamic) {
      Sys.println("access error: " + e);
    }
    var doc = Xml.createDocument();
    var el = Xml.createElement("root");
    el.set("a", "1 < 2 & \"q\"");
    el.addChild(Xml.createPCData("hello <world>"));
    var child = Xml.createElement("child");
    child.addChild(Xml.createCData("cdata ]] here"));
    el.addChild(child);
    el.addChild(Xml.createProcessingInstruction("pi data"));
    doc.addChild(Xml.createDocType("html"));
    doc.addChild(el);
    Sys.println(doc.toString());
    Sys.println(haxe.xml.Printer.print(doc, true));
    Sys.println(haxe.xml.Printer.print(Xml.parse("<a><b>t</b><c/></a>"), true));
    el.remove("a");
    el.removeChild(child);
    Sys.println(el.toString());
    for (bad in ["<a>", "<a></b>", "<a b=c/>", "text only", "<a>&bogus;</a>", "</a>", "<a b='1' b='2'/>"]) {
      try {
        var p = Xml.parse(bad);
        Sys.println("parsed: " + p.toString());
      } catch (e:Dynamic) {
        Sys.println("error: " + Std.string(e));
      }
    }
    try {
      haxe.xml.Parser.parse("<a><b></a>", true);
    } catch (e:haxe.xml.Parser.XmlParserException) {
      Sys.println("strict: " + e.message + " line " + e.lineNumber + " pos " + e.positionAtLine);
    }
    var strict = haxe.xml.Parser.parse("<p>&amp;&lt;&nbsp;</p>", false);
    Sys.println(strict.toString());
  }
}
