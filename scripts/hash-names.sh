#!/usr/bin/env bash
# Names each WebAssembly module of DIST after its content — sportello.js and sportello_bg.wasm
# become sportello-<hash>.js and sportello-<hash>_bg.wasm, the hash of both files together — and
# writes the names into boot.js (its `const hashed = {};` line), so that a returning visitor never
# runs an old glue with a new wasm: a new build is new files, which a host may let browsers keep
# for good. Usage: scripts/hash-names.sh DIST
set -euo pipefail
dist=${1:?usage: scripts/hash-names.sh DIST}
names=""
for module in sportello exam shell teacher; do
  js=$dist/$module.js
  wasm=$dist/${module}_bg.wasm
  [ -f "$js" ] && [ -f "$wasm" ] || { echo "hash-names: $js or $wasm missing" >&2; exit 2; }
  hash=$(cat "$js" "$wasm" | sha256sum | cut -c1-16)
  mv "$js" "$dist/$module-$hash.js"
  mv "$wasm" "$dist/$module-${hash}_bg.wasm"
  names+="${names:+,}\"$module\":\"$module-$hash\""
done
grep -q '^const hashed = {};$' "$dist/boot.js" \
  || { echo "hash-names: $dist/boot.js has no 'const hashed = {};' line" >&2; exit 2; }
sed -i "s/^const hashed = {};\$/const hashed = {$names};/" "$dist/boot.js"
echo "hash-names: $names"
