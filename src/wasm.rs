//! The WebAssembly interface: the only file that knows wasm-bindgen.
//!
//! ```js
//! import init, { analyze } from "./sourcelens.js";
//! await init();
//! const report = analyze(text, { published: "2017-10-30", offsets: "utf16" });
//! ```
//! One call per analysis: the text goes in, the whole Report comes back as a plain JS object
//! (serde-wasm-bindgen). Offsets default to UTF-16, the unit of JS strings and DOM ranges.

use crate::{OffsetUnit, Options};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[derive(Deserialize, Default)]
#[serde(default)]
struct JsOptions {
    /// `YYYY-MM-DD` (an ISO timestamp is accepted: its date part counts).
    published: Option<String>,
    /// "utf16" (default), "char" or "utf8".
    offsets: Option<String>,
    /// Inputs longer than this many bytes are truncated, with a warning in the Report.
    max_bytes: Option<usize>,
}

/// Analyses `text`; `options` may be `undefined`/`null` or
/// `{published?: "YYYY-MM-DD", offsets?: "utf16"|"char"|"utf8", max_bytes?: number}`.
/// Throws an `Error` with a clear message on bad options; never on any text.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let js: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsError::new(&format!("sourcelens: bad options: {e}")))?
    };
    let published = match js.published.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(p) => Some(crate::parse_published(p).map_err(|e| JsError::new(&e))?),
    };
    let offsets = match js.offsets.as_deref() {
        None => OffsetUnit::Utf16,
        Some(o) => o.parse().map_err(|e: String| JsError::new(&e))?,
    };
    let mut opts = Options {
        published,
        offsets,
        ..Options::default()
    };
    if let Some(m) = js.max_bytes {
        opts.max_bytes = m;
    }
    let report = crate::analyze(text, &opts);
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    report
        .serialize(&ser)
        .map_err(|e| JsError::new(&format!("sourcelens: cannot return the report: {e}")))
}

/// The rule registry: an array of `{id, category, description, example}`, one per id a
/// finding's `rule` can carry (a place's `rule` joins several with "+"); the sidebar shows
/// the description when a reader asks why a highlight is marked.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsError> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    crate::rules::all()
        .serialize(&ser)
        .map_err(|e| JsError::new(&format!("sourcelens: cannot return the rules: {e}")))
}

/// The crate version, for the extension's about box.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

use serde::Serialize;
