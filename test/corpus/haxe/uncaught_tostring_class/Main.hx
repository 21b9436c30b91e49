class HttpError {
  public var code:Int;
  public function new(c) code = c;
  public function toString() return "HttpError(" + code + ")";
}

class Main {
  static function main() {
    Sys.println("start");
    var e = new HttpError(503);
    Sys.println(Std.string(e));
    throw e;
  }
}
