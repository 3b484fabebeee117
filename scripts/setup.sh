#!/usr/bin/env bash
# Installs the pinned tools Sportello needs, idempotently: what is already there is skipped.
#   scripts/setup.sh build   wasm32 target, trunk, wasm-bindgen-cli, wasm-opt (npm binaryen), Workbox, axe-core,
#                            brotli
#   scripts/setup.sh test    the same, plus Chromium and ChromeDriver for browser tests
# Tools are built once per machine into a cache (~/.cache/sportello-tools/NAME-VERSION) and linked
# into the project-local .tools/bin, so a fresh clone on a warm machine sets up in seconds.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
AXE_VERSION=4.14.1
WORKBOX_VERSION=7.4.1
CACHE=${SPORTELLO_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sportello-tools}
BIN=$ROOT/.tools/bin
mkdir -p "$BIN" "$CACHE"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: ERROR: %s\n' "$*" >&2; exit 1; }

# apt_install PACKAGE...: Debian packages, as root or through sudo.
apt_install() {
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  say "installing $* (Debian packages)"
  $sudo apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null \
    || die "apt-get install $* failed"
}

command -v cargo >/dev/null || die "cargo not found: install Rust with rustup first (https://rustup.rs)"

# wasm-bindgen-cli must equal the wasm-bindgen crate version in Cargo.lock.
lock_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}
[ -f Cargo.lock ] || cargo generate-lockfile --offline 2>/dev/null || cargo generate-lockfile
WASM_BINDGEN_VERSION=$(lock_version wasm-bindgen)
[ -n "$WASM_BINDGEN_VERSION" ] || die "wasm-bindgen not found in Cargo.lock"

# 1. The wasm32 target.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown || die "rustup could not add wasm32-unknown-unknown"
fi

# cargo_tool NAME CRATE VERSION [--locked]: a crate's binary at an exact version, built once per machine.
cargo_tool() {
  local name=$1 crate=$2 version=$3 locked=${4:-}
  local dir=$CACHE/$crate-$version
  if [ ! -x "$dir/bin/$name" ]; then
    say "building $crate $version (once per machine, a few minutes)"
    cargo install "$crate" --version "$version" $locked --root "$dir" --quiet \
      || die "cargo install $crate $version failed"
  fi
  local exe
  for exe in "$dir"/bin/*; do ln -sf "$exe" "$BIN/$(basename "$exe")"; done
  "$BIN/$name" --version | grep -q "$version" || die "$BIN/$name is not version $version"
}

# 2. Trunk (--locked works for it). 3. wasm-bindgen-cli (its lockfile pins a crate the registry
#    lacks, so it is installed without --locked).
cargo_tool trunk trunk "$TRUNK_VERSION" --locked
cargo_tool wasm-bindgen wasm-bindgen-cli "$WASM_BINDGEN_VERSION"

# 4. wasm-opt from npm binaryen (Debian's binaryen 108 produces broken modules), Workbox for the
#    service worker `make build` writes, and axe-core for the end-to-end accessibility tests: all
#    pinned in package.json and package-lock.json.
npm_version() {
  sed -n 's/^[[:space:]]*"version": "\(.*\)",$/\1/p' "node_modules/$1/package.json" 2>/dev/null | head -1
}
if ! node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}" \
  || [ "$(npm_version axe-core)" != "$AXE_VERSION" ] || [ ! -f node_modules/axe-core/axe.min.js ] \
  || [ "$(npm_version workbox-cli)" != "$WORKBOX_VERSION" ] || [ ! -x node_modules/.bin/workbox ]; then
  command -v npm >/dev/null || apt_install nodejs npm
  say "installing binaryen $BINARYEN_VERSION, Workbox $WORKBOX_VERSION and axe-core $AXE_VERSION from npm"
  npm ci --no-audit --no-fund --loglevel=error || die "npm ci failed"
fi
ln -sf "$ROOT/node_modules/.bin/wasm-opt" "$BIN/wasm-opt"

# 5. brotli, for the precompressed copies `make build` writes (and the size report); for the
#    browser tests also Chromium, ChromeDriver, an emoji font (pictures in screenshots) and
#    poppler-utils (pdftotext reads a printed test). All Debian packages.
packages=(brotli)
[ "${1:-build}" != test ] || packages+=(chromium chromium-driver fonts-noto-color-emoji poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
[ "${1:-build}" != test ] || chromedriver --version >/dev/null || die "chromedriver does not run"
say "tools ready in $BIN"
