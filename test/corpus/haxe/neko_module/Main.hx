import neko.vm.Module;
import neko.vm.Loader;

class Main {
  static var counter = 0;

  static function main() {
    if (Reflect.field(Loader.local().l, "childMark") == true) {
      counter += 100;
      Sys.println("child module runs, counter=" + counter);
      return;
    }
    counter++;
    var local = Module.local();
    Sys.println("local: " + local.name + " globals>0=" + (local.globalsCount() > 0) + " code>0=" + (local.codeSize() > 0));
    var loader = Loader.local();
    var m = Module.readPath("out", ["./"], loader);
    Sys.println("read: name=" + m.name + " same size=" + (m.codeSize() == local.codeSize()) + " same globals=" + (m.globalsCount() == local.globalsCount()));
    m.name = "copy";
    Sys.println("renamed: " + m.name + " " + m);
    var names = Module.readGlobalsNames(sys.io.File.read("out.n"));
    Sys.println("globals names: " + names.length + " == " + m.globalsCount());
    Reflect.setField(loader.l, "childMark", true);
    var r = m.execute();
    Sys.println("executed, result " + r + ", counter here=" + counter);
    var exp = m.exportsTable();
    Sys.println("exports has __module: " + (Reflect.field(exp, "__module") != null));
    // from bytes and from an input
    var bytes = sys.io.File.getBytes("out.n");
    var m2 = Module.readBytes(bytes, loader);
    Sys.println("from bytes: '" + m2.name + "' " + (m2.codeSize() == m.codeSize()));
    var m3 = Module.read(new haxe.io.BytesInput(bytes), loader);
    Sys.println("from input: '" + m3.name + "' " + (m3.globalsCount() == m.globalsCount()));
    // errors
    sys.io.File.saveContent("bad.n", "NEKO this is not a module");
    for (f in [function() Module.readPath("bad", ["./"], loader), function() Module.readPath("missing", ["./"], loader),
        function() Module.readBytes(haxe.io.Bytes.ofString("garbage"), loader), function() m.getGlobal(100000)]) {
      try {
        f();
        Sys.println("no error");
      } catch (e:Dynamic) {
        Sys.println("error: " + e);
      }
    }
    sys.FileSystem.deleteFile("bad.n");
  }
}
