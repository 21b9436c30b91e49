import haxe.EnumFlags;

enum Perm {
  Read;
  Write;
  Exec;
  Admin;
}

class Main {
  static function main() {
    var f = new EnumFlags<Perm>();
    Sys.println(f.toInt() + " " + f.has(Read));
    f.set(Read);
    f.set(Exec);
    Sys.println(f.toInt() + " " + f.has(Read) + " " + f.has(Write) + " " + f.has(Exec));
    f.unset(Read);
    f.unset(Admin);
    Sys.println(f.toInt());
    var g = EnumFlags.ofInt(15);
    Sys.println(g.has(Admin) + " " + g.toInt());
    var h:EnumFlags<Perm> = EnumFlags.ofInt(0);
    h.set(Admin);
    h.set(Write);
    Sys.println(h.toInt() + " " + [for (p in haxe.EnumTools.createAll(Perm)) p + "=" + h.has(p)].join(","));
    Sys.println(haxe.EnumTools.EnumValueTools.getIndex(Admin) + " " + Type.enumIndex(Write));
  }
}
