#!/usr/bin/env bash
# Regenerates the nekoc outputs of test/compiler/programs with the real nekoc 2.3
# (apt-get install neko): for every foo.neko, `nekoc [flags] foo.neko` -> foo.n (flags from
# foo.nekocflags) and `nekoc -d foo.n` -> foo.dump, run from inside the directory so that
# recorded file names are bare. These programs complement test/corpus/neko with generated
# and edge-case sources (random expressions and layouts, $goto and traps, stress cases).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/programs"
command -v nekoc >/dev/null || { echo "regen-programs: nekoc not found (apt-get install neko)" >&2; exit 2; }
rm -f ./*.n ./*.dump
count=0
for src in *.neko; do
  base="${src%.neko}"
  flags=()
  if [ -f "$base.nekocflags" ]; then read -r -a flags < "$base.nekocflags" || true; fi
  env -i PATH=/usr/bin:/bin LC_ALL=C nekoc "${flags[@]}" "$src"
  env -i PATH=/usr/bin:/bin LC_ALL=C nekoc -d "$base.n"
  count=$((count + 1))
done
echo "regen-programs: $count programs"
