//! Bytes of an article file (or standard input) → text, in whatever charset it was saved.
//!
//! In: the raw bytes and whether the input is HTML (by its name, or by its first bytes).
//! Out: the decoded text, or one clear error for binary or undecodable input (never
//! mojibake). The order of evidence, as browsers do it (WHATWG Encoding Standard, with
//! `encoding_rs`):
//! 1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
//! 2. text that is valid UTF-8 is UTF-8 — kept byte for byte, a UTF-8 BOM included, so the
//!    offsets of a UTF-8 file are what they always were (and a page re-encoded to UTF-8
//!    whose `<meta>` still names its old charset is not turned into mojibake);
//! 3. for HTML, the charset its head declares: `<meta charset="…">` or
//!    `<meta http-equiv="Content-Type" content="text/html; charset=…">`;
//! 4. else a guess by `chardetng` (Firefox's detector), accepted only when it decodes
//!    without errors.
//!
//! Input with NUL bytes or many control characters is binary, not text.

use encoding_rs::Encoding;
use regex::bytes::Regex;
use std::sync::OnceLock;

/// How far into a page to look for its `<meta>` charset (browsers look at 1,024 bytes; saved
/// pages often carry longer heads before it).
const PRESCAN_BYTES: usize = 4096;

/// Does this start like an HTML document? (On bytes, before decoding; ASCII-compatible
/// charsets only, which is what a page declaring its charset in a `<meta>` is.)
pub fn looks_like_html_bytes(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    let head = &bytes[start..bytes.len().min(start + 512)];
    let lower = head.to_ascii_lowercase();
    lower.starts_with(b"<!doctype html")
        || lower.starts_with(b"<html")
        || lower.windows(5).any(|w| w == b"<body")
}

/// The charset a page declares in a `<meta>` of its first [`PRESCAN_BYTES`].
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    static META: OnceLock<Regex> = OnceLock::new();
    let re = META.get_or_init(|| {
        // both forms name it as charset=LABEL inside a <meta ...> tag
        Regex::new(r#"(?i-u)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)"#)
            .expect("valid regex")
    });
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let label = re.captures(head)?.get(1)?.as_bytes();
    let enc = Encoding::for_label(label)?;
    // a page cannot declare itself UTF-16 in ASCII bytes: the standard reads it as UTF-8
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        return Some(encoding_rs::UTF_8);
    }
    // "replacement" (ISO-2022-KR and such) decodes to nothing useful
    (enc != encoding_rs::REPLACEMENT).then_some(enc)
}

/// The text of an article file. Errors are short and say why, without the input's name.
pub fn decode(bytes: Vec<u8>, html: bool) -> Result<String, String> {
    if let Some((enc, bom_len)) = Encoding::for_bom(&bytes) {
        if enc == encoding_rs::UTF_8 {
            return utf8(bytes);
        }
        return decode_with(enc, &bytes[bom_len..], "its byte order mark");
    }
    if bytes.contains(&0) {
        return Err(binary());
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return check_text(text),
        Err(e) => e.into_bytes(),
    };
    if html || looks_like_html_bytes(&bytes) {
        if let Some(enc) = declared_charset(&bytes) {
            return decode_with(enc, &bytes, "its <meta> charset");
        }
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(&bytes, true);
    let (enc, confident) = detector.guess_assess(None, false);
    let decoded = decode_with(enc, &bytes, "a guess (no charset declared)")?;
    if !confident && !mostly_letters(&decoded) {
        return Err(binary());
    }
    Ok(decoded)
}

fn utf8(bytes: Vec<u8>) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(text) => check_text(text),
        Err(e) => Err(format!(
            "not valid UTF-8 despite its byte order mark (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )),
    }
}

fn decode_with(enc: &'static Encoding, bytes: &[u8], why: &str) -> Result<String, String> {
    match enc.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => check_text(text.into_owned()),
        None => Err(format!(
            "cannot be decoded as {} (the charset from {why}): invalid byte sequence at offset {}",
            enc.name(),
            first_error(enc, bytes)
        )),
    }
}

/// Where decoding first fails (for the message).
fn first_error(enc: &'static Encoding, bytes: &[u8]) -> usize {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(bytes.len() * 3 + 16);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            read.saturating_sub(usize::from(bad) + usize::from(after))
        }
        _ => read,
    }
}

fn binary() -> String {
    "not text: binary data (NUL bytes or control characters), neither plain text nor HTML"
        .to_string()
}

/// Text has few control characters; binary data decoded in a single-byte charset has many.
fn check_text(text: String) -> Result<String, String> {
    let total = text.chars().count().max(1);
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if text.contains('\0') || controls * 100 > total {
        return Err(binary());
    }
    Ok(text)
}

/// A weak guess is kept only for text that reads as text: mostly letters, digits, spaces
/// and punctuation.
fn mostly_letters(text: &str) -> bool {
    let total = text.chars().count().max(1);
    let odd = text
        .chars()
        .filter(|c| !(c.is_alphanumeric() || c.is_whitespace() || c.is_ascii_punctuation()))
        .count();
    odd * 10 < total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charsets() {
        let page = |meta: &str| format!("<!doctype html><html><head>{meta}</head><body>x</body>");
        for (meta, want) in [
            (r#"<meta charset="windows-1252">"#, "windows-1252"),
            (r#"<meta charset=iso-8859-1>"#, "windows-1252"),
            (r#"<META CHARSET='Shift_JIS'>"#, "Shift_JIS"),
            (
                r#"<meta http-equiv="Content-Type" content="text/html; charset=gbk">"#,
                "GBK",
            ),
            (r#"<meta charset="utf-16">"#, "UTF-8"),
        ] {
            let got = declared_charset(page(meta).as_bytes()).map(|e| e.name());
            assert_eq!(got, Some(want), "{meta}");
        }
        assert_eq!(declared_charset(page("<meta name=x>").as_bytes()), None);
        assert_eq!(
            declared_charset(page(r#"<meta charset="klingon">"#).as_bytes()),
            None
        );
    }

    #[test]
    fn decoding() {
        // windows-1252 curly quotes and é, declared
        let mut page = b"<html><head><meta charset=\"windows-1252\"></head><body>".to_vec();
        page.extend_from_slice(b"\x93Caf\xe9,\x94 he said.</body></html>");
        let text = decode(page, true).unwrap();
        assert!(text.contains("“Café,” he said."), "{text}");
        // valid UTF-8 wins over a stale declaration
        let page = "<html><head><meta charset=\"iso-8859-1\"></head><body>Café</body>";
        assert!(
            decode(page.as_bytes().to_vec(), true)
                .unwrap()
                .contains("Café")
        );
        // UTF-16 with a BOM
        let mut utf16 = vec![0xff, 0xfe];
        utf16.extend("Zürich said".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(utf16, false).unwrap(), "Zürich said");
        // a UTF-8 BOM is kept (offsets unchanged)
        assert_eq!(
            decode(b"\xef\xbb\xbfHi".to_vec(), false).unwrap(),
            "\u{feff}Hi"
        );
        // binary
        for bin in [
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
            (1u8..=255).cycle().take(4000).collect(),
        ] {
            let e = decode(bin, false).unwrap_err();
            assert!(e.contains("binary"), "{e}");
        }
        // a declared Shift_JIS page that is not Shift_JIS
        let mut bad = b"<html><head><meta charset=\"shift_jis\"></head><body>".to_vec();
        bad.extend_from_slice(b"\x82\xa0ok\x85\xff</body>");
        let e = decode(bad, true).unwrap_err();
        assert!(e.contains("Shift_JIS") && e.contains("offset"), "{e}");
    }
}
