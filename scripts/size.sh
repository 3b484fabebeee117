#!/usr/bin/env bash
# Prints raw, gzip and brotli sizes of the first-load files in DIST; with a BUDGET (bytes), fails
# when their gzip total exceeds it.  Usage: scripts/size.sh DIST [BUDGET]
set -euo pipefail
dist=${1:?usage: scripts/size.sh DIST [BUDGET]}
budget=${2:-}
[ -f "$dist/index.html" ] || { echo "size: $dist/index.html missing: run make build first" >&2; exit 2; }
files=("$dist/index.html" "$dist/boot.js" "$dist"/*.js "$dist"/*.wasm "$dist"/*.css)
mapfile -t files < <(printf '%s\n' "${files[@]}" | sort -u)
brotli_size() {
  if command -v brotli >/dev/null; then brotli -c -q 11 "$1" | wc -c
  else python3 -c 'import sys
try:
    import brotli
except ImportError:
    print("-"); sys.exit()
print(len(brotli.compress(open(sys.argv[1], "rb").read())))' "$1" 2>/dev/null || echo "-"
  fi
}
total_raw=0; total_gz=0
printf '%-28s %10s %10s %10s\n' file raw gzip brotli
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f"); gz=$(gzip -9 -c "$f" | wc -c); br=$(brotli_size "$f")
  printf '%-28s %10d %10d %10s\n' "${f#"$dist"/}" "$raw" "$gz" "$br"
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
done
printf '%-28s %10d %10d\n' total "$total_raw" "$total_gz"
if [ -n "$budget" ] && [ "$total_gz" -gt "$budget" ]; then
  echo "size: first load is $total_gz bytes gzip, over the budget of $budget" >&2
  exit 1
fi
