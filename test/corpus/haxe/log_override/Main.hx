class Main {
  static var logged:Array<String> = [];

  static function main() {
    var orig = haxe.Log.trace;
    haxe.Log.trace = function(v:Dynamic, ?infos:haxe.PosInfos) {
      logged.push(infos.fileName + ":" + infos.lineNumber + " " + infos.className + "." + infos.methodName + " " + v + (infos.customParams != null ? " +" + infos.customParams.length : ""));
    };
    trace("one");
    trace("two", 3, 4);
    inner();
    haxe.Log.trace = orig;
    trace("restored");
    for (l in logged) Sys.println(l);
    haxe.Log.trace = function(v, ?i) Sys.println("custom> " + v);
    trace({x: 1});
    trace(null);
  }

  static function inner() {
    trace("inner " + pos());
  }

  static function pos(?p:haxe.PosInfos) return p.methodName + "@" + p.lineNumber;
}
