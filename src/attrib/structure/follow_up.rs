//! Quote-only units that continue a direct attribution.
//!
//! In: every attribution of the document. Out: the same, with the content of a direct or
//! mixed attribution extended over the quote-only units that follow it in its paragraph.

use super::Found;
use crate::attrib::ctx::{Ctx, NONE};
use crate::report::AttributionKind;

/// '"We got her!" officers announced. "He's in custody."': a unit that is only a quote,
/// right after a direct attribution in the same paragraph, continues its content.
pub(super) fn extend_follow_up_quotes(c: &Ctx, out: &mut [Found]) {
    let mut has_att = vec![false; c.units.len()];
    for f in out.iter() {
        has_att[f.unit] = true;
    }
    for f in out.iter_mut() {
        let Some(r) = f.content.clone() else { continue };
        if f.kind == AttributionKind::Indirect {
            continue;
        }
        let mut u = f.unit;
        let mut end = r.end;
        while u + 1 < c.units.len() && u < f.unit + 6 {
            let next = &c.units[u + 1];
            if next.para != c.units[f.unit].para || has_att[u + 1] {
                break;
            }
            let Some(q) = c.quote_opened_at(next.start) else {
                break;
            };
            let qd = &c.quotes[q];
            let close = qd.close as usize;
            let whole = qd.close != NONE && close + 2 >= next.toks.end;
            if !whole {
                break;
            }
            end = qd.inner.end;
            u += 1;
        }
        if end > r.end {
            f.content = Some(r.start..end);
        }
    }
}
