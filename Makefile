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

.PHONY: all setup build demo test check fmt-check clippy clippy-native clippy-wasm test-native \
        test-unit test-golden golden-update data-lint test-integration test-wasm test-e2e lint-extension \
        wasm extension screenshots www eval eval-polnear bench-accuracy bench bench-throughput bench-browser bench-compare fuzz gazetteer clean \
        wheel py-venv test-python cli-debug bench-python clippy-python

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
test: fmt-check clippy test-native test-python test-wasm extension www lint-extension test-e2e

## check: the quick loop before every commit (native only: no browser, no wasm; about a
## minute on a warm build): formatting, clippy, unit tests, golden snapshots, data lint and
## the native integration tests. `make test` is what CI runs.
check: fmt-check clippy-native test-unit test-golden data-lint test-integration

fmt-check:
	$(CARGO) fmt --all -- --check

clippy: clippy-native clippy-wasm clippy-python

clippy-native:
	$(CARGO) clippy --locked --all-targets -- -D warnings

clippy-wasm:
	$(CARGO) clippy --locked --lib --target $(WASM_TARGET) -- -D warnings

## clippy-python: the PyO3 binding (python/, a workspace member)
clippy-python:
	$(CARGO) clippy --locked -p sourcelens-python -- -D warnings

## test-native: every native cargo test (unit, integration, golden, data, doc tests) and the
## annotation files of tests/articles
test-native:
	$(CARGO) test --locked
	python3 tests/articles/validate.py >/dev/null
	python3 -m unittest discover -s tests/tools -p 'test_*.py'

## test-unit: the unit tests beside the code (library and CLI)
test-unit:
	$(CARGO) test --locked --lib --bins

## test-golden: the snapshots of tests/golden/<kind>/ (sample, articles, attrib-corpus, pages)
test-golden:
	$(CARGO) test --locked --test golden

## golden-update: rewrite the snapshots after an intended change; review `git diff tests/golden`
golden-update:
	INSTA_UPDATE=always $(CARGO) test --locked --test golden

## data-lint: data/ sorted, unique, the gazetteer as generated; tests/articles annotations valid
data-lint:
	$(CARGO) test --locked --test data
	python3 tests/articles/validate.py >/dev/null

## test-integration: the native integration tests but golden and data (attribution, dates,
## places, Report properties, CLI, and any test binary added later): tests/<binary>/main.rs or
## tests/<binary>.rs, helpers in tests/support/
INTEGRATION := $(filter-out golden data wasm support,$(basename $(notdir $(wildcard tests/*.rs))) \
                 $(patsubst tests/%/main.rs,%,$(wildcard tests/*/main.rs)))
test-integration:
	$(CARGO) test --locked $(addprefix --test ,$(INTEGRATION))

## wheel: the Python package, one abi3 manylinux wheel for CPython >= 3.9, into dist/wheels/
## (maturin, from python/: the PyO3 binding python/src/lib.rs and python/sourcelens/).
## Linked by zig (PyPI ziglang) against glibc 2.17: manylinux2014, for any Linux of the last
## decade (cluster nodes included); WHEEL_ZIG= builds for this machine's glibc instead.
WHEEL_ZIG ?= 1
PYTHON ?= python3
WHEELS := dist/wheels
PY_VENV := target/py-venv
wheel:
	rm -f $(WHEELS)/sourcelens-*.whl
	cd python && maturin build --release --locked --quiet $(if $(WHEEL_ZIG),--zig --compatibility manylinux2014) -o ../$(WHEELS)
	@echo "wheel: $$(ls $(WHEELS)/sourcelens-*.whl) ($$(wc -c < $$(ls $(WHEELS)/sourcelens-*.whl)) bytes)"

cli-debug:
	$(CARGO) build --locked --bin sourcelens

## py-venv: a fresh venv (seeing the test tools make setup installed) with the wheel
## installed offline, as a user would: pip install --no-index dist/wheels/sourcelens-*.whl
py-venv: wheel
	rm -rf $(PY_VENV) && $(PYTHON) -m venv --system-site-packages $(PY_VENV)
	$(PY_VENV)/bin/python -m pip install -q --no-index --no-deps --disable-pip-version-check $(WHEELS)/sourcelens-*.whl

## bench-python: analyze_batch vs the CLI on the LGL benchmark texts (MB/s, 1 and 2 threads),
## and the Spark job on 10,000 records in local[2]. Reported, not asserted.
bench-python: py-venv build
	$(PY_VENV)/bin/python scripts/bench_python.py

## test-python: the wheel installed offline (--no-index) into a fresh venv, then the pytest
## suite tests/python (against the CLI; the dev set of $(SHARED) when present; Spark local[1])
test-python: py-venv cli-debug
	cd tests/python && SOURCELENS_BIN=$(abspath target/debug/sourcelens) ../../$(PY_VENV)/bin/python -m pytest -q -p no:cacheprovider .

## test-wasm: the wasm interface in headless Chromium (wasm-bindgen-test)
test-wasm:
	WASM_BINDGEN_USE_BROWSER=1 $(CARGO) test --locked --target $(WASM_TARGET) --test wasm

## the tools `make setup` installs, checked before the targets that need them: a missing one
## stops the build with one line (instead of a compiler or node error)
comma := ,
MISSING_SETUP = $(subst $() $(),$(comma) ,$(strip \
  $(if $(filter $(WASM_TARGET),$(shell rustup target list --installed 2>/dev/null)),,rustup-target-$(WASM_TARGET)) \
  $(if $(shell command -v wasm-bindgen 2>/dev/null),,wasm-bindgen) \
  $(if $(shell command -v node 2>/dev/null),,node) \
  $(if $(wildcard node_modules/@mozilla/readability/Readability.js),,node_modules)))
need-setup = $(if $(MISSING_SETUP),$(error $(1) needs what `make setup` installs (missing: $(MISSING_SETUP)); run `make setup` first))

## wasm: the core compiled to WebAssembly + its JS glue, in dist/pkg
wasm:
	$(call need-setup,make $(firstword $(MAKECMDGOALS) wasm))
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

## eval-polnear: PolNeAR speech attributions (US political news; not part of CI). Skipped with a
## message when POLNEAR_GIT (the git dir of a fetched networkdynamics/PolNeAR) is unset; else
## converts train/dev into target/polnear/ once, runs the release CLI, prints score.py's table
## for $(POLNEAR_SPLITS) and tools/attrib_errors.py (misses and false alarms by class) on dev.
## POLNEAR_SPLITS="train dev" scores both; ATTRIB_SPLITS, ATTRIB_EXAMPLES=N: see the script.
## The test split is never converted or read.
POLNEAR_SPLITS ?= dev
eval-polnear:
	@POLNEAR_SPLITS="$(POLNEAR_SPLITS)" scripts/eval-polnear.sh

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
