import haxe.ds.Vector;

class Main {
  static function main() {
    var v = new Vector<Int>(5);
    Sys.println(v.length + " " + v[0] + " " + v.toArray());
    for (i in 0...v.length) v[i] = i * 10;
    Sys.println(v.toArray() + " " + v.get(2));
    var w = new Vector<Int>(8);
    Vector.blit(v, 1, w, 2, 3);
    Sys.println(w.toArray());
    Vector.blit(w, 2, w, 3, 4);
    Sys.println(w.toArray());
    var c = v.copy();
    c[0] = 99;
    Sys.println(v[0] + " " + c[0]);
    var fa = Vector.fromArrayCopy([3, 1, 2]);
    Sys.println(fa.join("|") + " " + fa.length);
    var mapped = fa.map(function(x) return "n" + x);
    Sys.println(mapped.toArray().join(","));
    fa.sort(function(a, b) return a - b);
    Sys.println(fa.toArray());
    var fd = Vector.fromData(neko.NativeArray.ofArrayCopy(["x", "y"]));
    Sys.println(fd.length + " " + fd[1]);
    var sv = new Vector<String>(3);
    Sys.println(sv.toArray() + " " + sv[2]);
    var fv = new Vector<Float>(2);
    fv[1] = 1.5;
    Sys.println(fv.toArray());
    var total = 0;
    for (i in 0...v.length) total += v[i];
    Sys.println(total);
    var big = new Vector<Int>(100000);
    big[99999] = 1;
    Sys.println(big.length + " " + big[99999] + " " + big[50000]);
    try {
      v[10] = 1;
      Sys.println("no error " + v.length);
    } catch (e:Dynamic) {
      Sys.println("error " + e);
    }
  }
}
