#!/usr/bin/env bash
# Prints raw, gzip and brotli sizes of the first-load shell (what the home page downloads), of
# the learners' app (practice, progress, lessons), of the exam's module and of the teachers'
# module; with a BUDGET in bytes, fails when the gzip total of the first-load shell exceeds it, or
# when the editor's messages or the teacher page's code are found in a learners' module (learners
# must not download them).
# Usage: scripts/size.sh DIST [BUDGET]
set -euo pipefail
dist=${1:?usage: scripts/size.sh DIST [BUDGET]}
budget=${2:-}
[ -f "$dist/index.html" ] || { echo "size: $dist/index.html missing: run make build first" >&2; exit 2; }
brotli_size() {
  if command -v brotli >/dev/null; then brotli -c -q 11 "$1" | wc -c; else echo "-"; fi
}
# module NAME: the JS glue and the wasm of module NAME, as named after their content by
# scripts/hash-names.sh (or plainly, before it ran).
module() {
  local js
  js=$(cd "$dist" && ls "$1"-????????????????.js 2>/dev/null || echo "$1.js")
  echo "$js" "${js%.js}_bg.wasm"
}
# report TITLE FILE...: one line per file and a total; sets $gzip_total.
report() {
  local title=$1 raw gz br total_raw=0
  shift
  gzip_total=0
  printf '%s\n%-34s %10s %10s %10s\n' "$title" file raw gzip brotli
  for f in "$@"; do
    [ -f "$dist/$f" ] || { echo "size: $dist/$f missing" >&2; exit 2; }
    raw=$(wc -c <"$dist/$f"); gz=$(gzip -9 -c "$dist/$f" | wc -c); br=$(brotli_size "$dist/$f")
    printf '%-34s %10d %10d %10s\n' "$f" "$raw" "$gz" "$br"
    total_raw=$((total_raw + raw)); gzip_total=$((gzip_total + gz))
  done
  printf '%-34s %10d %10d\n\n' total "$total_raw" "$gzip_total"
}
report "Learners' app (practice, progress, lessons, class link; loaded on those pages)" \
  $(module sportello)
report "Exam's module (/exam and its results)" \
  $(module exam)
report "Teachers' module (/teacher, /teacher/print, /teacher/editor)" \
  $(module teacher)
report "First-load shell (home, about, settings)" \
  index.html boot.js main.css $(module shell)
if [ -n "$budget" ] && [ "$gzip_total" -gt "$budget" ]; then
  echo "size: the first-load shell is $gzip_total bytes gzip, over the budget of $budget" >&2
  exit 1
fi
for learners in sportello exam; do
  wasm=$dist/$(module $learners | cut -d' ' -f2)
  if [ -n "$budget" ] && grep -q "editor-lead" "$wasm"; then
    echo "size: $learners carries the question editor's messages: keep the editor in its module" >&2
    exit 1
  fi
  # The class link's maker names its set's file "classe-N.sportello": only the teacher page does.
  if [ -n "$budget" ] && grep -q "\.sportello" "$wasm"; then
    echo "size: $learners carries the teacher page: keep /teacher in the teachers' module" >&2
    exit 1
  fi
done
