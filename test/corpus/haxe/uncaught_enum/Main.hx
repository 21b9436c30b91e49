enum Failure {
  Timeout(ms:Int);
  Refused(host:String, port:Int);
}

class Main {
  static function connect(h:String) {
    throw Refused(h, 8080);
  }
  static function main() {
    try connect("a") catch (e:Failure) Sys.println("caught " + e);
    Sys.println("again");
    connect("example.org");
  }
}
