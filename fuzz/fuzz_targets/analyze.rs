//! `make fuzz`: arbitrary bytes (as lossy UTF-8) through `analyze` in every offset unit;
//! every span must be the slice of the text it claims.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sourcelens::{OffsetUnit, Options, analyze, parse_published};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let published = if data.first().is_some_and(|b| b & 1 == 1) {
        parse_published("2017-10-30").ok()
    } else {
        None
    };
    let r = analyze(&text, &Options { published, ..Options::default() });
    for s in r.spans() {
        assert_eq!(&text[s.start..s.end], s.text);
    }
    let r16 = analyze(&text, &Options { published, offsets: OffsetUnit::Utf16, ..Options::default() });
    assert_eq!(r16.attributions.len(), r.attributions.len());
});
