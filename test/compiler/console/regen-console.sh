#!/usr/bin/env bash
# Regenerate the goldens of the nekoc -console cases with the real nekoc 2.3: every <name>.in
# is fed to `nekoc -console` on stdin (from this directory) -> <name>.stdout/.stderr/.exit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v nekoc >/dev/null || { echo "regen-console: nekoc not found (apt-get install neko)" >&2; exit 2; }
env -i PATH=/usr/bin:/bin LC_ALL=C nekoc ld.neko
for f in *.in; do
  n="${f%.in}"
  set +e
  env -i PATH=/usr/bin:/bin LC_ALL=C nekoc -console <"$f" >"$n.stdout" 2>"$n.stderr"
  echo "$?" >"$n.exit"
  set -e
done
echo "regen-console: $(ls *.in | wc -l) cases"
