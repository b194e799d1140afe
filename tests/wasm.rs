//! The wasm interface, run in headless Chromium by wasm-bindgen-test (`make test-wasm`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("property")
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o.into()
}

const SAMPLE: &str = include_str!("../examples/sana-raqqa-2017-10-30.txt");

#[wasm_bindgen_test]
fn analyze_returns_a_plain_report_object() {
    let r =
        sourcelens::wasm::analyze(SAMPLE, options(&[("published", "2017-10-30".into())])).unwrap();
    assert_eq!(get(&r, "offsets").as_string().as_deref(), Some("utf16"));
    assert_eq!(
        get(&r, "published").as_string().as_deref(),
        Some("2017-10-30")
    );
    let dates = Array::from(&get(&r, "dates"));
    let values: Vec<String> = dates
        .iter()
        .filter_map(|d| get(&d, "value").as_string())
        .collect();
    assert!(values.contains(&"2017-10-29".to_string()), "{values:?}");
    assert!(Array::from(&get(&r, "attributions")).length() > 0);
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_the_js_string() {
    // emoji (surrogate pairs), combining marks and RTL text before the findings
    let text = "👩‍👩‍👧 Café\u{301} مرحبا 🇸🇾\n\nThe minister said on Sunday that Damascus was calm.";
    let r =
        sourcelens::wasm::analyze(text, options(&[("published", "2020-01-06".into())])).unwrap();
    let js = js_sys::JsString::from(text);
    let mut checked = 0;
    for key in ["dates", "places"] {
        for item in Array::from(&get(&r, key)).iter() {
            let start = get(&item, "start").as_f64().unwrap() as u32;
            let end = get(&item, "end").as_f64().unwrap() as u32;
            let slice: String = js.substring(start, end).into();
            assert_eq!(Some(slice), get(&item, "text").as_string());
            checked += 1;
        }
    }
    for a in Array::from(&get(&r, "attributions")).iter() {
        let cue = get(&a, "cue");
        let slice: String = js
            .substring(
                get(&cue, "start").as_f64().unwrap() as u32,
                get(&cue, "end").as_f64().unwrap() as u32,
            )
            .into();
        assert_eq!(slice, "said");
        checked += 1;
    }
    assert!(
        checked >= 3,
        "expected a date, a place and a cue, checked {checked}"
    );
}

#[wasm_bindgen_test]
fn bad_options_throw_clear_errors() {
    let e = sourcelens::wasm::analyze("x", options(&[("published", "30/10/2017".into())]));
    assert!(e.is_err());
    let e = sourcelens::wasm::analyze("x", options(&[("offsets", "bytes".into())]));
    assert!(e.is_err());
    let e = sourcelens::wasm::analyze("x", options(&[("published", 5.into())]));
    assert!(e.is_err());
    assert!(sourcelens::wasm::analyze("", JsValue::UNDEFINED).is_ok());
}

#[wasm_bindgen_test]
fn rules_returns_the_registry_with_every_finding_rule() {
    let rules = Array::from(&sourcelens::wasm::rules().unwrap());
    assert_eq!(rules.length() as usize, sourcelens::rules::all().len());
    let ids: Vec<String> = rules
        .iter()
        .filter_map(|r| get(&r, "id").as_string())
        .collect();
    for key in ["category", "description", "example"] {
        assert!(get(&rules.get(0), key).as_string().is_some(), "{key}");
    }
    let r = sourcelens::wasm::analyze(SAMPLE, JsValue::UNDEFINED).unwrap();
    for a in Array::from(&get(&r, "attributions")).iter() {
        let rule = get(&a, "rule").as_string().unwrap();
        assert!(ids.contains(&rule), "{rule}");
    }
}
