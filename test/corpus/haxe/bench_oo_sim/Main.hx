// oo_sim: class-heavy OO simulation: interfaces, inheritance, virtual calls, many small
// objects (Vec allocated per step), arrays of objects. Size: number of steps (Sys.args()[0]).

interface Entity {
  function step(dt:Float):Void;
  function energy():Float;
  function kind():Int;
  function alive():Bool;
}

class Vec {
  public var x:Float;
  public var y:Float;
  public inline function new(x:Float, y:Float) {
    this.x = x;
    this.y = y;
  }
  public function add(o:Vec):Vec return new Vec(x + o.x, y + o.y);
  public function scale(k:Float):Vec return new Vec(x * k, y * k);
  public function dot(o:Vec):Float return x * o.x + y * o.y;
  public function len2():Float return x * x + y * y;
}

class Rng {
  var s:Int;
  public function new(seed:Int) s = seed;
  public function next():Int {
    s = (s * 1103515245 + 12345) & 0x3FFFFFFF;
    return s >> 4;
  }
  public function float():Float return (next() & 0xFFFF) / 65536.0;
  public function int(n:Int):Int return next() % n;
}

class Body implements Entity {
  public var pos:Vec;
  public var vel:Vec;
  public var mass:Float;
  public var age:Int;
  public var hp:Int;

  public function new(pos:Vec, vel:Vec, mass:Float) {
    this.pos = pos;
    this.vel = vel;
    this.mass = mass;
    age = 0;
    hp = 100;
  }
  public function step(dt:Float):Void {
    pos = pos.add(vel.scale(dt));
    bounce();
    age++;
  }
  function bounce():Void {
    if (pos.x < 0) { pos.x = -pos.x; vel.x = -vel.x; hp--; }
    if (pos.x > 100) { pos.x = 200 - pos.x; vel.x = -vel.x; hp--; }
    if (pos.y < 0) { pos.y = -pos.y; vel.y = -vel.y; hp--; }
    if (pos.y > 100) { pos.y = 200 - pos.y; vel.y = -vel.y; hp--; }
  }
  public function energy():Float return 0.5 * mass * vel.len2();
  public function kind():Int return 0;
  public function alive():Bool return hp > 0;
}

class Particle extends Body {
  public function new(pos:Vec, vel:Vec) super(pos, vel, 1.0);
  override public function kind():Int return 1;
}

class Heavy extends Body {
  var drag:Float;
  public function new(pos:Vec, vel:Vec, m:Float) {
    super(pos, vel, m);
    drag = 0.999;
  }
  override public function step(dt:Float):Void {
    vel = vel.scale(drag);
    vel.y += 0.05 * dt; // gravity
    super.step(dt);
  }
  override public function kind():Int return 2;
}

class Spinner extends Particle {
  var phase:Int;
  public function new(pos:Vec, vel:Vec, phase:Int) {
    super(pos, vel);
    this.phase = phase;
  }
  override public function step(dt:Float):Void {
    phase = (phase + 1) & 7;
    // rotate the velocity by 90 degrees every 8 steps
    if (phase == 0) vel = new Vec(-vel.y, vel.x);
    super.step(dt);
  }
  override public function kind():Int return 3;
  override public function energy():Float return super.energy() + phase * 0.125;
}

class Decay extends Body {
  var life:Int;
  public function new(pos:Vec, vel:Vec, life:Int) {
    super(pos, vel, 0.25);
    this.life = life;
  }
  override public function step(dt:Float):Void {
    super.step(dt);
    life--;
  }
  override public function alive():Bool return life > 0 && super.alive();
  override public function kind():Int return 4;
}

class World {
  public var ents:Array<Entity>;
  public var rng:Rng;
  public var spawned:Int;
  public var died:Int;
  public var collisions:Int;

  public function new(seed:Int) {
    ents = [];
    rng = new Rng(seed);
    spawned = died = collisions = 0;
  }

  public function spawn():Void {
    var p = new Vec(rng.float() * 100, rng.float() * 100);
    var v = new Vec(rng.float() * 4 - 2, rng.float() * 4 - 2);
    var e:Entity = switch (rng.int(4)) {
      case 0: new Particle(p, v);
      case 1: new Heavy(p, v, 1 + rng.float() * 9);
      case 2: new Spinner(p, v, rng.int(8));
      default: new Decay(p, v, 20 + rng.int(200));
    };
    ents.push(e);
    spawned++;
  }

  public function step(dt:Float):Void {
    for (e in ents) e.step(dt);
    // cheap grid-cell collisions: bodies in the same 10x10 cell exchange velocities
    var cells = new Map<Int, Body>();
    for (e in ents) {
      var b:Body = cast e;
      var key = Std.int(b.pos.x / 10) * 16 + Std.int(b.pos.y / 10);
      var o = cells.get(key);
      if (o == null) cells.set(key, b) else {
        var rel = new Vec(o.vel.x - b.vel.x, o.vel.y - b.vel.y);
        if (rel.dot(new Vec(o.pos.x - b.pos.x, o.pos.y - b.pos.y)) < 0) {
          var t = b.vel;
          b.vel = o.vel;
          o.vel = t;
          collisions++;
        }
        cells.set(key, b);
      }
    }
    var keep:Array<Entity> = [];
    for (e in ents) if (e.alive()) keep.push(e) else died++;
    ents = keep;
  }
}

class Main {
  static function main() {
    var args = Sys.args();
    var steps = args.length > 0 ? Std.parseInt(args[0]) : 100;
    var w = new World(42);
    for (i in 0...200) w.spawn();
    var counts = [0, 0, 0, 0, 0];
    var ageSum = 0;
    for (s in 0...steps) {
      w.step(0.1);
      while (w.ents.length < 200) w.spawn();
      if (s % 50 == 0) {
        for (e in w.ents) {
          counts[e.kind()]++;
          ageSum += cast(e, Body).age;
        }
      }
    }
    var en = 0.0;
    for (e in w.ents) en += e.energy();
    Sys.println("entities " + w.ents.length + " spawned " + w.spawned + " died " + w.died);
    Sys.println("collisions " + w.collisions + " kinds " + counts.join(",") + " ages " + ageSum);
    Sys.println("energy " + Math.round(en * 1000));
  }
}
