class Main {
  static function main() {
    var t = new haxe.Template("Hi ::name::, you have ::count:: ::if (count == 1)::message::else::messages::end::.
::foreach items::- ::name:: costs ::price::::if highlight:: (!)::end::
::end::Total: ::total:: $$upper(::name::) ::(count * 2)::");
    var out = t.execute({
      name: "ann",
      count: 3,
      items: [{name: "tea", price: 2.5, highlight: false}, {name: "cake", price: 4, highlight: true}],
      total: 6.5
    }, {upper: function(resolve:String->Dynamic, s:String) return s.toUpperCase()});
    Sys.println(out);
    var t2 = new haxe.Template("::foreach list::[::__current__::]::end:: ::if (a && !b)::yes::elseif c::c::else::no::end::");
    Sys.println(t2.execute({list: [1, 2, 3], a: true, b: false, c: true}));
    try {
      new haxe.Template("::if x::unterminated").execute({x: true});
    } catch (e:Dynamic) {
      Sys.println("error: " + e);
    }
  }
}
