#!/usr/bin/env bash
# Regenerate the golden outputs of the Neko conformance corpus with the real
# neko 2.3 toolchain (nekoc + neko).
#
# For every test/corpus/neko/*.neko (helpers included, i.e. _*.neko):
#   nekoc [flags] foo.neko -> foo.n   (compilation failure aborts the script)
#       flags: optional per-test file foo.nekocflags (one line, e.g. "-version 2";
#       bytecode version 2 is needed to get the Loop opcode and MakeArray2)
#   nekoc -d foo.n      -> foo.dump   (bytecode dump golden)
# For every non-underscore program:
#   neko foo.n $(cat foo.args)  < /dev/null   (10 s timeout, fixed env)
#   -> foo.stdout, foo.stderr, foo.exit (decimal exit code + "\n")
#
# Everything runs from inside test/corpus/neko so recorded file names are bare.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="$here/neko"
cd "$dir"

command -v nekoc >/dev/null || { echo "regen-neko: nekoc not found (apt-get install neko)" >&2; exit 2; }
command -v neko >/dev/null || { echo "regen-neko: neko not found (apt-get install neko)" >&2; exit 2; }

ENVCMD=(env -i PATH=/usr/bin:/bin LC_ALL=C)

shopt -s nullglob
sources=( *.neko )
if [ ${#sources[@]} -eq 0 ]; then
  echo "regen-neko: no sources in $dir" >&2
  exit 2
fi

# 0. drop generated files whose source is gone
for gen in *.n *.dump *.stdout *.stderr *.exit; do
  [ -f "${gen%.*}.neko" ] || rm -f "$gen"
done

# 1. compile everything (helpers included) before any program runs
for src in "${sources[@]}"; do
  base="${src%.neko}"
  flags=()
  if [ -f "$base.nekocflags" ]; then
    read -r -a flags < "$base.nekocflags" || true
  fi
  if ! "${ENVCMD[@]}" nekoc "${flags[@]}" "$src" >/dev/null 2>"/tmp/regen-neko.$$.err"; then
    echo "regen-neko: compilation of $src failed:" >&2
    cat "/tmp/regen-neko.$$.err" >&2
    rm -f "/tmp/regen-neko.$$.err"
    exit 1
  fi
  if ! "${ENVCMD[@]}" nekoc -d "$base.n" >/dev/null 2>"/tmp/regen-neko.$$.err"; then
    echo "regen-neko: dump of $base.n failed:" >&2
    cat "/tmp/regen-neko.$$.err" >&2
    rm -f "/tmp/regen-neko.$$.err"
    exit 1
  fi
done
rm -f "/tmp/regen-neko.$$.err"

# 2. run every non-helper program
count=0
for src in *.neko; do
  case "$src" in _*) continue ;; esac
  base="${src%.neko}"
  args=()
  if [ -f "$base.args" ]; then
    read -r -a args < "$base.args" || true
  fi
  set +e
  "${ENVCMD[@]}" timeout 10 neko "$base.n" "${args[@]}" </dev/null >"$base.stdout" 2>"$base.stderr"
  rc=$?
  set -e
  echo "$rc" > "$base.exit"
  count=$((count + 1))
done

echo "regen-neko: compiled ${#sources[@]} sources, ran $count programs"
