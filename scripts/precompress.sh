#!/usr/bin/env bash
# Writes a gzip (.gz) and a brotli (.br) copy beside every text or wasm file of DIST, for static
# hosts that serve precompressed files (nginx gzip_static/brotli_static, Caddy precompressed,
# Netlify and others compress by themselves). Copies are rewritten only when older than their
# file. Usage: scripts/precompress.sh DIST
set -euo pipefail
dist=${1:?usage: scripts/precompress.sh DIST}
command -v brotli >/dev/null || { echo "precompress: brotli missing: run scripts/setup.sh" >&2; exit 2; }
count=0
while IFS= read -r -d '' f; do
  if [ ! -f "$f.gz" ] || [ "$f" -nt "$f.gz" ]; then
    gzip -9 -n -c "$f" >"$f.gz"
    count=$((count + 1))
  fi
  if [ ! -f "$f.br" ] || [ "$f" -nt "$f.br" ]; then
    brotli -q 11 -f -o "$f.br" "$f"
  fi
done < <(find "$dist" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \
  -o -name '*.ron' -o -name '*.ftl' -o -name '*.json' -o -name '*.svg' -o -name '*.txt' -o -name '*.webmanifest' \) -print0)
echo "precompress: $count file(s) compressed in $dist"
