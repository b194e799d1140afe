//! `PLACES_DEBUG=1`: a line per document, then every candidate with its byte span, rule,
//! evidence, hint, reason and first senses (the chosen one starred) on stderr, for tuning
//! (`tools/place_errors.py` reads it).
//!
//! In: the resolved candidates. Out: lines on stderr.

use super::candidate::Cand;
use super::gazetteer::Gazetteer;
use super::resolve::prior;

pub fn print(text: &str, g: &Gazetteer, cands: &[Cand]) {
    // one line per document first (tools/place_errors.py aligns documents by it)
    eprintln!("DBGDOC bytes={}", text.len());
    for c in cands {
        let senses: Vec<String> = c
            .senses
            .iter()
            .take(6)
            .map(|s| {
                let e = &g.entries[s.entry as usize];
                format!(
                    "{}/{}/{:?}/{}{}",
                    e.name,
                    e.country,
                    e.kind,
                    prior(e, s.form),
                    if Some(s.entry) == c.choice { "*" } else { "" }
                )
            })
            .collect();
        eprintln!(
            "DBG {:?} @{}..{} rule={} ev={} hint={:?} rej={:?} unk={:?} senses={}",
            &text[c.start..c.end],
            c.start,
            c.end,
            c.rule,
            c.evidence,
            c.hint,
            c.reject,
            c.unknown,
            senses.join(" ")
        );
    }
}
