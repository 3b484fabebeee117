#!/usr/bin/env bash
# Prints raw, gzip and brotli sizes of the first-load shell (what the home page downloads), of
# the full app (loaded by the learners' other pages) and of the teachers' module; with a BUDGET in
# bytes, fails when the gzip total of the first-load shell exceeds it, or when the editor's
# messages or the teacher page's code are found in the full app (learners must not download them).
# Usage: scripts/size.sh DIST [BUDGET]
set -euo pipefail
dist=${1:?usage: scripts/size.sh DIST [BUDGET]}
budget=${2:-}
[ -f "$dist/index.html" ] || { echo "size: $dist/index.html missing: run make build first" >&2; exit 2; }
brotli_size() {
  if command -v brotli >/dev/null; then brotli -c -q 11 "$1" | wc -c; else echo "-"; fi
}
# report TITLE FILE...: one line per file and a total; sets $gzip_total.
report() {
  local title=$1 raw gz br total_raw=0
  shift
  gzip_total=0
  printf '%s\n%-26s %10s %10s %10s\n' "$title" file raw gzip brotli
  for f in "$@"; do
    [ -f "$dist/$f" ] || { echo "size: $dist/$f missing" >&2; exit 2; }
    raw=$(wc -c <"$dist/$f"); gz=$(gzip -9 -c "$dist/$f" | wc -c); br=$(brotli_size "$dist/$f")
    printf '%-26s %10d %10d %10s\n' "$f" "$raw" "$gz" "$br"
    total_raw=$((total_raw + raw)); gzip_total=$((gzip_total + gz))
  done
  printf '%-26s %10d %10d\n\n' total "$total_raw" "$gzip_total"
}
report "Full app (exam, practice, progress, lessons, class link; loaded on those pages)" \
  sportello.js sportello_bg.wasm
report "Teachers' module (/teacher, /teacher/print, /teacher/editor)" \
  teacher.js teacher_bg.wasm
report "First-load shell (home, about, settings)" \
  index.html boot.js main.css shell.js shell_bg.wasm
if [ -n "$budget" ] && [ "$gzip_total" -gt "$budget" ]; then
  echo "size: the first-load shell is $gzip_total bytes gzip, over the budget of $budget" >&2
  exit 1
fi
if [ -n "$budget" ] && grep -q "editor-lead" "$dist/sportello_bg.wasm"; then
  echo "size: the full app carries the question editor's messages: keep the editor in its module" >&2
  exit 1
fi
# The class link's maker names its set's file "classe-N.sportello": only the teacher page does.
if [ -n "$budget" ] && grep -q "\.sportello" "$dist/sportello_bg.wasm"; then
  echo "size: the full app carries the teacher page: keep /teacher in the teachers' module" >&2
  exit 1
fi
