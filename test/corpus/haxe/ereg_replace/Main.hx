class Main {
  static function main() {
    var s = "The quick brown fox jumps over the lazy dog";
    Sys.println(~/o/.replace(s, "0"));
    Sys.println(~/o/g.replace(s, "0"));
    Sys.println(~/(\w+) (\w+)/.replace(s, "$2 $1"));
    Sys.println(~/(\w+) (\w+)/g.replace(s, "$2 $1"));
    Sys.println(~/(\w+)/g.replace("a b", "[$1|$0|$2|$9|$$|$x|$]"));
    Sys.println(~/z/g.replace(s, "!"));
    Sys.println(~/^/g.replace("abc", "-"));
    Sys.println(~/$/g.replace("abc", "-"));
    Sys.println(~/x*/g.replace("abc", "-"));
    Sys.println(~/b*/g.replace("abbc", "-"));
    Sys.println(~/\s+/g.replace("  a \t b\n\nc  ", " "));
    Sys.println(~/(a)|(b)/g.replace("abc", "[$1$2]"));

    Sys.println(~/,/.split("a,b,c"));
    Sys.println(~/,/g.split("a,b,c"));
    Sys.println(~/,/g.split(",a,,b,"));
    Sys.println(~/\s*;\s*/g.split("x ; y;z  ;  "));
    Sys.println(~/x/g.split(""));
    Sys.println(~/x/g.split("abc"));
    Sys.println(~//g.split("abc"));
    Sys.println(~/b*/g.split("abbcb"));
    Sys.println(~/(-)/g.split("1-2-3"));

    Sys.println(~/\d+/g.map("a1b22c333", r -> "<" + r.matched(0).length + ">"));
    Sys.println(~/\d+/.map("a1b22c333", r -> "<" + r.matched(0) + ">"));
    Sys.println(~/(\w)(\w)?/g.map("abcde", r -> (r.matched(2) == null ? "_" : r.matched(2)) + r.matched(1)));
    Sys.println(~/x*/g.map("abc", r -> "[" + r.matched(0) + "]"));
    Sys.println(~/\b/g.map("hi there", r -> "|"));
    Sys.println(~/[aeiou]/g.map("education", r -> r.matched(0).toUpperCase()));
    Sys.println(~/(\w+)@(\w+)/g.map("a@b c@d", r -> r.matched(2) + "@" + r.matched(1) + "(" + r.matchedLeft().length + "," + r.matchedRight().length + ")"));
    var count = 0;
    ~/./g.map("hello", r -> {
      count++;
      return "";
    });
    Sys.println("count " + count);

    Sys.println(StringTools.replace("a.b.c", ".", "-"));
    var t = new haxe.Template("::foreach rows::<::name::=::value::>::end::");
    Sys.println(t.execute({rows: [({name: "a", value: "1"}), ({name: "b", value: "two"})]}));
    Sys.println(~/(?i)HELLO/.replace("say hello", "bye"));
  }
}
