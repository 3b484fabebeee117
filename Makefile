# Sportello: `make serve` runs the app, `make test` runs every test. Both install what is missing.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/.tools/bin:$(PATH)
export CARGO_TERM_COLOR ?= never
WASM := --target wasm32-unknown-unknown
# Gzip budget for the first-load shell (html + js + wasm + css), in bytes. Raised by 1,000 when
# boot.js began to say "Opening the page…" in ten languages while a module downloads, and the
# language page began to hand the focus to the page it opens; lowered by 10,000 when the shell
# stopped carrying the messages of all ten languages (src/i18n), raised by 1,000 when boot.js
# began to ask for the learner's messages while the module downloads (0.2 s off /exam's LCP).
SIZE_BUDGET_GZIP := 252000

.PHONY: setup setup-test serve build size size-check fmt-check lint test-native test-web test-e2e test

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

## Serve the app at http://127.0.0.1:8080 (rebuilds on change).
serve: setup
	trunk serve --release

## Release build into dist/: boot.js without its comment lines (which every first visit would
## download), the modules named after their content (scripts/hash-names.sh), a 404.html copy of
## index.html so static hosts serve deep links, the service workers that keep the app for offline
## use (all of it: workbox-config.cjs; only what is used: workbox-light.cjs), and .gz and .br
## copies of every text and wasm file for hosts that serve precompressed files.
build: setup
	trunk build --release
	sed -i '/^ *\/\//d' dist/boot.js
	scripts/hash-names.sh dist
	cp dist/index.html dist/404.html
	node_modules/.bin/workbox generateSW workbox-config.cjs
	node_modules/.bin/workbox generateSW workbox-light.cjs
	scripts/precompress.sh dist

## Print raw / gzip / brotli sizes of each module, then what a first visit of each page downloads
## from a gzip-serving host, measured in headless Chromium (tests/e2e/tests/weight.rs).
size: setup-test
	@scripts/size.sh dist
	@cargo test --quiet -p sportello-e2e --test weight -- --nocapture

size-check:
	@scripts/size.sh dist $(SIZE_BUDGET_GZIP)

fmt-check:
	cargo fmt --all -- --check

lint:
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p sportello -p sportello-core --all-targets $(WASM) -- -D warnings

## Tests that need no browser: the core, the interface messages of every locale, the style sheets,
## the guides' pages.
test-native:
	cargo test -p sportello-core
	cargo test -p sportello --test locales --test style
	cargo test -p sportello-guide

## Component tests in headless Chromium (wasm-bindgen-test-runner drives chromedriver). The
## runner leaves each browser profile behind (the tests' wasm in its cache), so the browsers get a
## temporary folder of their own, removed afterwards.
test-web: setup-test
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  TMPDIR=$$tmp CHROMEDRIVER=$$(command -v chromedriver) cargo test -p sportello $(WASM)

## End-to-end tests: the release dist/ in headless Chromium through WebDriver.
test-e2e: setup-test
	cargo test -p sportello-e2e --tests

test: setup-test fmt-check lint test-native test-web build size-check test-e2e
	@echo "make test: all checks passed"
