#!/usr/bin/env bash
# Regenerate the goldens of the std primitive programs (test/std/programs/*.neko) with the
# real neko 2.3: nekoc foo.neko -> foo.n, then neko foo.n -> foo.stdout, foo.stderr, foo.exit.
# Runs in a fixed environment (TZ=UTC, C locale) from inside the directory.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/programs"
command -v nekoc >/dev/null || { echo "regen-std: nekoc not found (apt-get install neko)" >&2; exit 2; }
ENVCMD=(env -i PATH=/usr/bin:/bin LC_ALL=C TZ=UTC)
for gen in *.n *.stdout *.stderr *.exit; do
  [ -e "$gen" ] || continue
  [ -f "${gen%.*}.neko" ] || rm -f "$gen"
done
count=0
for src in *.neko; do
  base="${src%.neko}"
  "${ENVCMD[@]}" nekoc "$src" >/dev/null
  set +e
  "${ENVCMD[@]}" timeout 20 neko "$base.n" </dev/null >"$base.stdout" 2>"$base.stderr"
  echo "$?" >"$base.exit"
  set -e
  count=$((count + 1))
done
echo "regen-std: ran $count programs"
