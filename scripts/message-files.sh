#!/bin/sh
# Writes the interface messages of each language but Italian (built into the app) as one file per
# message set, OUT/messages/SET/LANG.ftl (OUT: the first argument, else Trunk's staging folder),
# and the checker's messages of each language but English (built in), OUT/messages/checker/:
# the app fetches only the interface language's (src/i18n). Each language's files are joined
# in the order of their names, as build.rs joins the Italian ones.
set -eu
out="${1:-${TRUNK_STAGING_DIR:?usage: scripts/message-files.sh [OUT]}}/messages"
for set in shell app teacher; do
  mkdir -p "$out/$set"
  for dir in locales/"$set"/*/; do
    lang=$(basename "$dir")
    [ "$lang" = it ] && continue
    for file in $(LC_ALL=C ls "$dir"*.ftl); do
      cat "$file"
      echo
    done >"$out/$set/$lang.ftl"
  done
done
mkdir -p "$out/checker"
for file in locales/checker/*.ftl; do
  [ "$(basename "$file")" = en.ftl ] || cp "$file" "$out/checker/"
done
