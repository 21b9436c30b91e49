class Main {
  static function dump(x:Xml, indent:String) {
    switch (x.nodeType) {
      case Element:
        var atts = [for (a in x.attributes()) a];
        atts.sort(Reflect.compare);
        Sys.println(indent + "<" + x.nodeName + " " + atts.map(a -> a + "=" + x.get(a)).join(" ") + ">");
        for (c in x) dump(c, indent + "  ");
      case PCData:
        Sys.println(indent + "pcdata [" + StringTools.trim(x.nodeValue) + "]");
      case CData:
        Sys.println(indent + "cdata [" + x.nodeValue + "]");
      case Comment:
        Sys.println(indent + "comment [" + x.nodeValue + "]");
      case DocType:
        Sys.println(indent + "doctype [" + x.nodeValue + "]");
      case ProcessingInstruction:
        Sys.println(indent + "pi [" + x.nodeValue + "]");
      case Document:
        for (c in x) dump(c, indent);
    }
  }

  static function main() {
    var src = '<?xml version="1.0"?><!DOCTYPE note><root a="1" b=\'two\'><item id="x">text &amp; more</item><empty/><![CDATA[<raw>]]><n:ns xmlns:n="u">v</n:ns></root>';
    var x = Xml.parse(src);
    dump(Xml.parse("<a><!-- a comment --><b/></a>"), "");
    dump(x, "");
    Sys.println(x.toString());
    var root = x.firstElement();
    Sys.println(root.nodeName + " " + root.get("a") + " " + root.exists("c") + " " + [for (e in root.elements()) e.nodeName].join(","));
    Sys.println([for (e in root.elementsNamed("item")) e.firstChild().nodeValue].join(","));
    var doc = Xml.createDocument();
    var el = Xml.createElement("made");
    el.set("k", "v<\"&>");
    el.addChild(Xml.createPCData("a < b"));
    el.addChild(Xml.createCData("c"));
    doc.addChild(el);
    Sys.println(doc.toString());
    var acc = new haxe.xml.Access(root);
    Sys.println(acc.node.item.att.id + " " + acc.hasNode.empty + " " + acc.nodes.item.length);
    try {
      Xml.parse("<a><b></a>");
    } catch (e:Dynamic) {
      Sys.println("error: " + e);
    }
  }
}
