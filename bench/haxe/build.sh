#!/usr/bin/env bash
# Recompile the Haxe benchmark workloads: bench/haxe/<name>/Main.hx -> bench/haxe/<name>/out.n
# with the real haxe (4.2.5). The .n files are committed, so the benchmark runner needs no haxe.
#   bash bench/haxe/build.sh [name ...]      (all workloads when no name is given)
# Each workload's default size is in bench/haxe/<name>/bench-arg (one number).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
command -v haxe >/dev/null || { echo "build.sh: haxe not found (apt-get install haxe)" >&2; exit 2; }

if [ $# -gt 0 ]; then names=("$@"); else
  names=()
  for d in "$here"/*/; do [ -f "$d/Main.hx" ] && names+=("$(basename "$d")"); done
fi

cd "$root"
for name in "${names[@]}"; do
  haxe -neko "bench/haxe/$name/out.n" -cp "bench/haxe/$name" -main Main
  echo "built bench/haxe/$name/out.n"
done
