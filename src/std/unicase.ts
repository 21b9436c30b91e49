// Case mappings of neko's unicode_lower / unicode_upper (neko libs/std/unicase.c, built from
// UnicodeData.txt): the simple lower/upper mapping of every code point that has one.
// Encoded as runs "gap delta [count step]" in base 36: gap from the previous run's last code
// point, delta from code point to its mapping, `count` code points `step` apart.

const LOWER_RUNS =
  "1t w q 1,2u w n 1,2 w 7 1,y 1 o 2,2 -5j,2 1 3 2,3 1 8 2,3 1 n 2,2 -3d,1 1 3 2,4 5u,1 1 2 2,2 5q,1 " +
  "1,2 5p 2 1,1 1,3 27,1 5m,1 5n,1 1,2 5p,1 5r,2 5v,1 5t,1 1,4 5v,1 5x,2 5y,1 1 3 2,2 62,1 1,2 62,3 1,2" +
  " 62,1 1,2 61 2 1,1 1 2 2,2 63,1 1 2 4,8 2,1 1,2 2,1 1,2 2,1 1 9 2,3 1 9 2,3 2,1 1 2 2,2 -2p,1 -1k,1 " +
  "1 k 2,2 -3m,2 1 9 2,8 8bv,1 1,2 -4j,1 8bs,3 1,2 -5f,1 1x,1 1z,1 1 5 2,82 1 2 2,4 1,9 38,7 12,2 11 3 " +
  "1,2 1s,2 1r 2 1,2 w h 1,2 w 9 1,10 8,9 1 c 2,6 -1o,3 1,2 -7,1 1,3 -3m 3 1,1 28 g 1,1 w w 1,1d 1 h " +
  "2,a 1 r 2,2 f,1 1 7 2,3 1 1c 2,3 1c 12 1,28a 5ls 12 1,2 5ls 2 6,2lv 1 23 2,a -5vj,2 1 1c 2,a -8 8 " +
  "1,9 -8 6 1,b -8 8 1,9 -8 8 1,9 -8 6 1,c -8 4 2,9 -8 8 1,p -8 8 1,9 -8 8 1,9 -8 8 1,9 -8 2 1,1 -22 2 " +
  "1,1 -9,c -2e 4 1,1 -9,c -8 2 1,1 -2s 2 1,d -8 2 1,1 -34 2 1,1 -7,c -3k 2 1,1 -3i 2 1,1 -9,8a -5st,4 " +
  "-6gv,1 -6di,7 s,1a g g 1,k 1,mr q q 1,1f5 1c 1b 1,1e 1,2 -8af,1 -2xy,1 -89z,3 1 3 2,2 -8bg,1 -8al,1 " +
  "-8bj,1 -8bi,2 1 2 3,9 -8cf 2 1,1 1 1e 2,9 1 2 2,5 1 2 nym,2 1 m 2,k 1 e 2,3s 1 7 2,4 1 v 2,b 1 2 2,2" +
  " -r9g,1 1 5 2,5 1,2 -wmg,3 1 2 2,4 1 a 2,2 -wn8,1 -wnj,1 -wnf,1 -wn5,3 -wlu,1 -wmi,h9s w q 1,xy 14 " +
  "14 1,41l w w 1" +
  "";

const UPPER_RUNS =
  "2p -w q 1,1n kn,17 -w n 1,2 -w 7 1,1 3d,2 -1 o 2,2 -6g,2 -1 3 2,3 -1 8 2,3 -1 n 2,3 -1 3 2,1 -8c,1 " +
  "5f,3 -1 2 2,3 -1 2 4,6 -1,3 2p,4 -1,1 4j,4 3m,3 -1 3 2,3 -1 2 5,3 -1 2 4,2 -1 2 3,4 -1,2 1k,5 1,1 " +
  "0,1 -1,1 1,1 0,1 -1,1 1,1 0,1 -1 9 2,1 -27,2 -1 9 2,2 1,1 0,1 -1 2 2,4 -1 k 2,4 -1 9 2,9 -1,3 8cf 2 " +
  "1,2 -1 2 5,2 -1 4 2,1 8bj,1 8bg,1 8bi,1 -5u,1 -5q,2 -5p 2 1,2 -5m,2 -5n,1 wnj,4 -5p,1 wnf,2 -5r,2 " +
  "wmg,1 wn8,2 -5t,1 -5v,2 8af,1 wn5,3 -5v,2 8al,1 -5x,3 -5y,8 89z,3 -62 2 3,4 wmi,1 -62,1 -1x,1 -61 2 " +
  "1,1 -1z,6 -63,c wlu,4n 2c,18 -1 2 2,4 -1,4 3m 3 1,1b -12,1 -11 3 1,2 -w h 1,1 -v,1 -w 9 1,1 -1s,1 " +
  "-1r 2 1,2 -1q,1 -1l,4 -1b,1 -1i,1 -8,2 -1 c 2,1 -2e,1 -28,1 7,1 -38,2 -2o,3 -1 2 3,1h -w w 1,1 -28 g" +
  " 1,2 -1 h 2,a -1 r 2,3 -1 7 2,1 -f,2 -1 1c 2,1e -1c 12 1,4qb r9g,4 2xy,3o -1 23 2,6 -1n,6 -1 1c 2,1 " +
  "8 8 1,9 8 6 1,b 8 8 1,9 8 8 1,9 8 6 1,c 8 4 2,9 8 8 1,9 22 2 1,1 2e 4 1,1 2s 2 1,1 3k 2 1,1 34 2 1,1" +
  " 3i 2 1,3 8 8 1,9 8 8 1,9 8 8 1,9 8 2 1,2 9,b -5k5,5 9,d 8 2 1,f 8 2 1,4 7,e 9,9n -s,y -g g 1,5 " +
  "-1,ng -q q 1,1fr -1c 1b 1,3 -1,4 -8bv,1 -8bs,2 -1 3 2,7 -1 2 3,b -1 1e 2,9 -1 2 2,5 -1,d -5ls 12 1,2" +
  " -5ls 2 6,nx0 -1 n 2,k -1 e 2,3s -1 7 2,4 -1 v 2,b -1 2 2,3 -1 5 2,5 -1 2 5,2 -1 2 4,2 -1 9 2,haw -w" +
  " q 1,y6 -14 14 1,41d -w w 1" +
  "";

function decode(runs: string): Map<number, number> {
  const m = new Map<number, number>();
  let prev = 0;
  for (const run of runs.split(",")) {
    const f = run.split(" ").map((x) => parseInt(x, 36));
    const first = prev + f[0];
    const count = f.length > 2 ? f[2] : 1;
    const step = f.length > 3 ? f[3] : 1;
    for (let k = 0; k < count; k++) m.set(first + k * step, first + k * step + f[1]);
    prev = first + (count - 1) * step;
  }
  return m;
}

let lower: Map<number, number> | null = null;
let upper: Map<number, number> | null = null;

/** The lowercase mapping of c, or c itself. */
export function toLowerCode(c: number): number {
  return (lower ??= decode(LOWER_RUNS)).get(c) ?? c;
}

/** The uppercase mapping of c, or c itself. */
export function toUpperCode(c: number): number {
  return (upper ??= decode(UPPER_RUNS)).get(c) ?? c;
}
