#!/usr/bin/env bash
# Regenerate the Haxe conformance corpus with the real haxe 4.2.5 and neko 2.3.
#
# Every test/corpus/haxe/<name>/ holds a Main.hx (and optionally `haxeflags`, one line of
# extra compiler flags, and `args`, the program's arguments). For each:
#   haxe -neko out.n -main Main [flags]        (run inside the folder)
#   neko out.n [args] < /dev/null              (20 s timeout, env -i, TZ=UTC, C locale)
#   -> out.stdout, out.stderr, out.exit (decimal exit code + "\n")
# Only the given folders are rebuilt when names are passed as arguments.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="$here/haxe"
command -v haxe >/dev/null || { echo "regen-haxe: haxe not found (apt-get install haxe)" >&2; exit 2; }
command -v neko >/dev/null || { echo "regen-haxe: neko not found (apt-get install neko)" >&2; exit 2; }

ENVCMD=(env -i PATH=/usr/bin:/bin LC_ALL=C TZ=UTC HOME=/tmp)

if [ $# -gt 0 ]; then names=("$@"); else
  names=()
  for d in "$dir"/*/; do [ -f "$d/Main.hx" ] && names+=("$(basename "$d")"); done
fi

count=0
for name in "${names[@]}"; do
  cd "$dir/$name"
  flags=()
  [ -f haxeflags ] && read -r -a flags < haxeflags
  rm -f out.n out.stdout out.stderr out.exit
  if ! "${ENVCMD[@]}" haxe -neko out.n -main Main "${flags[@]}" >/dev/null 2>/tmp/regen-haxe.$$.err; then
    echo "regen-haxe: compilation of $name failed:" >&2
    cat /tmp/regen-haxe.$$.err >&2
    rm -f /tmp/regen-haxe.$$.err
    exit 1
  fi
  args=()
  [ -f args ] && read -r -a args < args
  set +e
  "${ENVCMD[@]}" timeout 20 neko out.n "${args[@]}" </dev/null >out.stdout 2>out.stderr
  echo "$?" >out.exit
  set -e
  count=$((count + 1))
done
rm -f /tmp/regen-haxe.$$.err
echo "regen-haxe: compiled and ran $count programs"
