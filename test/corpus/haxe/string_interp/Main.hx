class P {
  public var name = "pt";
  public function new() {}
  public function toString() return "P<" + name + ">";
}

class Main {
  static function main() {
    var x = 5, y = 2.5, s = "str", b = true, n:Null<Int> = null;
    Sys.println('x=$x y=$y s=$s b=$b n=$n');
    Sys.println('expr ${x * 2} ${y + x} ${s.toUpperCase()} ${b ? "yes" : "no"} ${[1, 2, 3].length}');
    Sys.println('dollar $$ and $$x and ${"$"}');
    Sys.println('nested ${'inner ${x + 1}'}');
    Sys.println('obj ${new P()} ${{a: 1}} ${[new P()]}');
    Sys.println("no interp $x in double quotes");
    var arr = [1.0, 1.5, -0.0, 1e20, 1 / 3];
    Sys.println('floats $arr');
    Sys.println('$x$y$s');
    Sys.println('call ${Std.string(Math.max(x, 10))} ${Math.PI}');
    var multi = 'line1
line2 $x';
    Sys.println(multi);
    Sys.println('escapes \t|\\|\'|"|\x41|\u00e9|\n.');
    Sys.println("concat " + 1 + 2 + " " + (1 + 2) + " " + null + " " + 1.0 + " " + true + " " + 'c');
    var sb = new StringBuf();
    sb.add('a$x');
    sb.add(null);
    sb.add([1]);
    Sys.println(sb.toString() + " " + sb.length);
    Sys.println('${x}px ${-x} ${x - -1} ${x++} ${x}');
  }
}
