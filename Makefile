# sourcelens — build, test and evaluation entry points (see README.md and ../shared/CONTRACT.md).
SHELL := /bin/bash
CARGO ?= cargo
WASM_TARGET := wasm32-unknown-unknown
WASM_OUT := target/$(WASM_TARGET)/wasm/sourcelens.wasm
PKG := dist/pkg
# the read-only shared folder beside the repository (eval cases, scorer, public benchmarks)
export SHARED ?= $(abspath ../shared)
EVAL_CASES ?= $(SHARED)/eval/dev
OWN_CASES := tests/articles
SAMPLE := examples/sana-raqqa-2017-10-30.txt
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROME_BIN ?= /usr/bin/chromium

.PHONY: all setup build demo test fmt-check clippy test-native test-wasm test-e2e lint-extension \
        wasm extension screenshots www eval bench-accuracy bench bench-throughput bench-browser bench-compare fuzz gazetteer clean

all: build extension www

## setup: install every tool the build and tests need (idempotent)
setup:
	scripts/setup.sh

## build: the release CLI, target/release/sourcelens
build:
	$(CARGO) build --release --locked

## demo: the CLI's summary of the bundled sample article
demo: build
	target/release/sourcelens analyze --format text --published 2017-10-30 $(SAMPLE)

## test: everything CI checks
test: fmt-check clippy test-native test-wasm extension www lint-extension test-e2e

fmt-check:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --locked --all-targets -- -D warnings
	$(CARGO) clippy --locked --lib --target $(WASM_TARGET) -- -D warnings

test-native:
	$(CARGO) test --locked
	python3 tests/articles/validate.py >/dev/null

## test-wasm: the wasm interface in headless Chromium (wasm-bindgen-test)
test-wasm:
	WASM_BINDGEN_USE_BROWSER=1 $(CARGO) test --locked --target $(WASM_TARGET) --test wasm

## wasm: the core compiled to WebAssembly + its JS glue, in dist/pkg
wasm:
	$(CARGO) build --locked --lib --target $(WASM_TARGET) --profile wasm
	rm -rf $(PKG) && mkdir -p $(PKG)
	wasm-bindgen --target web --no-typescript --out-dir $(PKG) $(WASM_OUT)

## extension: the unpacked extension in dist/extension + store zips in dist/
## (extension/build/build.mjs: copies extension/, vendors Readability, renders the world map)
extension: wasm
	node extension/build/build.mjs --out dist/extension --pkg $(PKG) --stage dist
	rm -f dist/sourcelens-chrome.zip dist/sourcelens-firefox.zip
	cd dist/.stage-chrome && python3 -m zipfile -c ../sourcelens-chrome.zip $$(ls -A)
	cd dist/.stage-firefox && python3 -m zipfile -c ../sourcelens-firefox.zip $$(ls -A)
	rm -rf dist/.stage-chrome dist/.stage-firefox
	@echo "extension: dist/extension ($$(du -sh dist/extension | cut -f1)), zip $$(wc -c < dist/sourcelens-chrome.zip) bytes, wasm $$(gzip -9c dist/extension/pkg/sourcelens_bg.wasm | wc -c) bytes gzipped"

## screenshots: the sidebar on the sample article (for the README) and the store screenshots
## (1280x800, real pages), into docs/screenshots/
screenshots: extension www
	node tests/e2e/screenshots.mjs docs/screenshots
	node tests/e2e/store-screenshots.mjs docs/screenshots
	node tests/e2e/www-screenshot.mjs docs/screenshots

## www: the demo page in dist/www (static files; serve the folder with any static server).
## The sidebar, highlighter, exports (ui.js, worldmap.js, highlight CSS) and the article
## extraction (extract.js + Readability) are the extension's own files, copied here.
WWW := dist/www
READABILITY := node_modules/@mozilla/readability
www: wasm
	rm -rf $(WWW) && mkdir -p $(WWW)/pkg $(WWW)/vendor
	cp www/index.html www/app.js www/worker.js www/style.css www/extract-frame.html www/extract-frame.js $(WWW)/
	node extension/build/build.mjs --ui-only $(WWW)
	cp extension/extract.js $(WWW)/
	cp extension/icons/icon-32.png $(WWW)/icon.png
	cp $(READABILITY)/Readability.js $(WWW)/vendor/Readability.js
	cp $(READABILITY)/LICENSE.md $(WWW)/vendor/Readability.LICENSE.md
	cp $(PKG)/sourcelens.js $(PKG)/sourcelens_bg.wasm $(WWW)/pkg/
	cp $(SAMPLE) $(WWW)/sample.txt
	@echo "www: $(WWW) ($$(du -sh $(WWW) | cut -f1)); serve it, e.g. python3 -m http.server -d $(WWW)"

lint-extension: extension
	node tests/lint-extension.mjs --self-test
	node tests/lint-extension.mjs --i18n extension
	node tests/lint-extension.mjs dist/extension dist/sourcelens-firefox.zip

test-e2e: extension www
	node --test --test-concurrency=1 tests/e2e/

## eval: run the release CLI on every case of $(EVAL_CASES) (the shared dev set) and on our
## own annotated articles (tests/articles), and print the scorer's tables
eval: build
	scripts/eval.sh $(EVAL_CASES)
	@echo
	@echo "== own articles ($(OWN_CASES))"
	scripts/eval.sh $(OWN_CASES)

## bench-accuracy: scores on the public benchmarks (TempEval-3, MEANTIME, GeoWebNews, LGL, ...)
bench-accuracy: build
	scripts/bench-accuracy.sh $(BENCHES)

## bench: criterion benchmarks of the core (MB/s on the sample, a long article, 1 KB..10 MB)
bench:
	$(CARGO) bench --bench analyze

## bench-browser: wasm analyze() in headless Chromium (15k-character article, median of many
## runs; cold start separately), the extension on 5 MB pages (longest main-thread task), gzip
## sizes of the wasm and the extension zip -> docs/benchmarks.md. Reported, not asserted.
bench-browser: extension
	node scripts/bench-browser.mjs

## bench-compare: sourcelens (wasm in node) vs chrono-node + compromise on the same texts,
## per-character throughput and ratio -> docs/benchmarks.md. Reported, not asserted.
bench-compare: wasm
	node scripts/bench-compare.mjs

## fuzz: a short cargo-fuzz run (nightly toolchain; not part of CI). FUZZ_SECONDS=60 by default
FUZZ_SECONDS ?= 60
fuzz:
	rustup toolchain list | grep -q nightly || rustup toolchain install nightly --profile minimal
	cargo +nightly fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz
	cd fuzz && cargo +nightly fuzz run analyze -- -max_total_time=$(FUZZ_SECONDS) -max_len=20000

## bench-throughput: batch CLI speed over the public benchmarks (MB/s, articles/s, peak
## memory; 1x-64x the corpus; 1 vs 2 threads). SCALES="1 4" REPS=1 for a quick run.
bench-throughput:
	scripts/bench-throughput.sh

## gazetteer: regenerate data/gazetteer.dat from its pinned PyPI sources (installed by make setup)
gazetteer:
	python3 tools/gazetteer.py > data/gazetteer.dat.tmp && mv data/gazetteer.dat.tmp data/gazetteer.dat

clean:
	rm -rf dist target/eval
