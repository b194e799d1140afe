# sourcelens — build, test and evaluation entry points (see README.md and ../shared/CONTRACT.md).
SHELL := /bin/bash
CARGO ?= cargo
WASM_TARGET := wasm32-unknown-unknown
WASM_OUT := target/$(WASM_TARGET)/wasm/sourcelens.wasm
PKG := dist/pkg
EVAL_CASES ?= ../shared/eval/dev
SAMPLE := examples/sana-raqqa-2017-10-30.txt
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROME_BIN ?= /usr/bin/chromium

.PHONY: all setup build demo test fmt-check clippy test-native test-wasm test-e2e lint-extension \
        wasm extension www eval bench-accuracy gazetteer clean

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

## test-wasm: the wasm interface in headless Chromium (wasm-bindgen-test)
test-wasm:
	WASM_BINDGEN_USE_BROWSER=1 $(CARGO) test --locked --target $(WASM_TARGET) --test wasm

## wasm: the core compiled to WebAssembly + its JS glue, in dist/pkg
wasm:
	$(CARGO) build --locked --lib --target $(WASM_TARGET) --profile wasm
	rm -rf $(PKG) && mkdir -p $(PKG)
	wasm-bindgen --target web --no-typescript --out-dir $(PKG) $(WASM_OUT)

## extension: the unpacked extension in dist/extension + store zips in dist/
extension: wasm
	rm -rf dist/extension && mkdir -p dist/extension/pkg
	cp -r extension/. dist/extension/
	cp $(PKG)/sourcelens.js $(PKG)/sourcelens_bg.wasm dist/extension/pkg/
	rm -f dist/sourcelens-chrome.zip dist/sourcelens-firefox.zip
	cd dist/extension && python3 -m zipfile -c ../sourcelens-chrome.zip $$(ls -A)
	cp dist/sourcelens-chrome.zip dist/sourcelens-firefox.zip
	@echo "extension: dist/extension ($$(du -sh dist/extension | cut -f1)), wasm $$(gzip -9c dist/extension/pkg/sourcelens_bg.wasm | wc -c) bytes gzipped"

## www: the demo page in dist/www (static files)
www: wasm
	rm -rf dist/www && mkdir -p dist/www/pkg
	cp -r www/. dist/www/
	cp $(PKG)/sourcelens.js $(PKG)/sourcelens_bg.wasm dist/www/pkg/
	cp $(SAMPLE) dist/www/sample.txt

lint-extension: extension
	node tests/lint-extension.mjs dist/extension

test-e2e: extension www
	node --test --test-concurrency=1 tests/e2e/

## eval: run the release CLI on every case of $(EVAL_CASES) and score it
eval: build
	scripts/eval.sh $(EVAL_CASES)

## bench-accuracy: scores on the public benchmarks (TempEval-3, MEANTIME, GeoWebNews, LGL, ...)
bench-accuracy: build
	scripts/bench-accuracy.sh $(BENCHES)

## gazetteer: regenerate data/gazetteer.dat from its pinned PyPI sources (installed by make setup)
gazetteer:
	python3 tools/gazetteer.py > data/gazetteer.dat.tmp && mv data/gazetteer.dat.tmp data/gazetteer.dat

clean:
	rm -rf dist target/eval
