//! Attribution quality on articles written for these tests in sixteen styles (wire,
//! tabloid, broadsheet, state agency, local news, explainer, US politics, court report,
//! sport, business, science, feature, celebrity, diplomacy, crime, weather): `tests/corpus/attrib/<id>/{article.txt,gold.json}`,
//! annotated by the rules of `shared/eval/FORMAT.md`. Scored like `shared/eval/score.py`:
//! cues and sources matched one-to-one by span overlap, speaker accuracy by normalised
//! containment, content token F1 on matched cues.

use serde_json::Value;
use sourcelens::{OffsetUnit, Options, analyze};
use std::collections::HashMap;

#[derive(Clone)]
struct Span2 {
    s: usize,
    e: usize,
}

fn span(v: &Value) -> Option<Span2> {
    let s = v.get("start")?.as_u64()? as usize;
    let e = match v.get("end").and_then(Value::as_u64) {
        Some(e) => e as usize,
        None => s + v.get("text")?.as_str()?.chars().count(),
    };
    Some(Span2 { s, e })
}

/// One-to-one greedy matching of overlapping spans, best overlap ratio first.
fn matching(p: &[Span2], g: &[Span2]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, a) in p.iter().enumerate() {
        for (j, b) in g.iter().enumerate() {
            let ov = a.e.min(b.e) as i64 - a.s.max(b.s) as i64;
            if ov > 0 {
                let union = (a.e.max(b.e) - a.s.min(b.s)) as f64;
                pairs.push((-(ov as f64) / union, i, j));
            }
        }
    }
    pairs.sort_by(|x, y| x.partial_cmp(y).unwrap());
    let (mut up, mut ug) = (vec![false; p.len()], vec![false; g.len()]);
    let mut out = Vec::new();
    for (_, i, j) in pairs {
        if !up[i] && !ug[j] {
            up[i] = true;
            ug[j] = true;
            out.push((i, j));
        }
    }
    out
}

fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn norm_speaker(s: &str) -> String {
    let mut w = words(s);
    if w.first().map(String::as_str) == Some("the") {
        w.remove(0);
    }
    w.join(" ")
}

fn speaker_ok(p: Option<&str>, g: Option<&str>) -> bool {
    match (p, g) {
        (None, None) => true,
        (Some(p), Some(g)) => {
            let (p, g) = (norm_speaker(p), norm_speaker(g));
            if p.is_empty() || g.is_empty() {
                return p == g;
            }
            format!(" {g} ").contains(&format!(" {p} "))
                || format!(" {p} ").contains(&format!(" {g} "))
        }
        _ => false,
    }
}

fn token_f1(p: &str, g: &str) -> f64 {
    let (p, g) = (words(p), words(g));
    let mut count: HashMap<&str, i64> = HashMap::new();
    for w in &g {
        *count.entry(w).or_default() += 1;
    }
    let mut common = 0;
    for w in &p {
        if let Some(n) = count.get_mut(w.as_str()) {
            if *n > 0 {
                *n -= 1;
                common += 1;
            }
        }
    }
    if common == 0 {
        return if p.is_empty() && g.is_empty() {
            1.0
        } else {
            0.0
        };
    }
    let (pr, rc) = (
        common as f64 / p.len() as f64,
        common as f64 / g.len() as f64,
    );
    2.0 * pr * rc / (pr + rc)
}

fn slice(text: &str, s: &Span2) -> String {
    text.chars().skip(s.s).take(s.e - s.s).collect()
}

#[derive(Default)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
    src_tp: usize,
    src_fp: usize,
    src_fn: usize,
    speaker: Vec<bool>,
    content: Vec<f64>,
}

fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
    if tp == 0 {
        return 0.0;
    }
    let (p, r) = (tp as f64 / (tp + fp) as f64, tp as f64 / (tp + fn_) as f64);
    2.0 * p * r / (p + r)
}

fn dedup(v: Vec<Span2>) -> Vec<Span2> {
    let mut out: Vec<Span2> = Vec::new();
    for s in v {
        if !out.iter().any(|o| o.s == s.s && o.e == s.e) {
            out.push(s);
        }
    }
    out
}

fn score_case(dir: &std::path::Path, t: &mut Tally) -> f64 {
    let text = std::fs::read_to_string(dir.join("article.txt")).unwrap();
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("gold.json")).unwrap()).unwrap();
    let r = analyze(
        &text,
        &Options {
            offsets: OffsetUnit::Char,
            ..Options::default()
        },
    );
    let ga = gold["attributions"].as_array().unwrap();
    let gcue: Vec<Span2> = ga.iter().map(|a| span(&a["cue"]).unwrap()).collect();
    let pcue: Vec<Span2> = r
        .attributions
        .iter()
        .map(|a| Span2 {
            s: a.cue.start,
            e: a.cue.end,
        })
        .collect();
    let m = matching(&pcue, &gcue);
    t.tp += m.len();
    t.fp += pcue.len() - m.len();
    t.fn_ += gcue.len() - m.len();
    for &(i, j) in &m {
        let pa = &r.attributions[i];
        let g = &ga[j];
        t.speaker
            .push(speaker_ok(pa.speaker.as_deref(), g["speaker"].as_str()));
        let gc = span(&g["content"])
            .map(|s| slice(&text, &s))
            .unwrap_or_default();
        let pc = pa
            .content
            .as_ref()
            .map(|c| c.text.clone())
            .unwrap_or_default();
        t.content.push(token_f1(&pc, &gc));
    }
    let gsrc = dedup(ga.iter().filter_map(|a| span(&a["source"])).collect());
    let psrc = dedup(
        r.attributions
            .iter()
            .filter_map(|a| a.source.as_ref())
            .map(|s| Span2 {
                s: s.start,
                e: s.end,
            })
            .collect(),
    );
    let ms = matching(&psrc, &gsrc);
    t.src_tp += ms.len();
    t.src_fp += psrc.len() - ms.len();
    t.src_fn += gsrc.len() - ms.len();
    f1(m.len(), pcue.len() - m.len(), gcue.len() - m.len())
}

#[test]
fn own_articles_in_sixteen_styles() {
    let mut dirs: Vec<_> = std::fs::read_dir("tests/corpus/attrib")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("gold.json").is_file())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 16, "{} cases", dirs.len());
    let mut t = Tally::default();
    for d in &dirs {
        let case_f1 = score_case(d, &mut t);
        assert!(case_f1 >= 0.75, "{}: cue F1 {case_f1:.3}", d.display());
    }
    let cue_f1 = f1(t.tp, t.fp, t.fn_);
    let src_f1 = f1(t.src_tp, t.src_fp, t.src_fn);
    let spk = t.speaker.iter().filter(|&&b| b).count() as f64 / t.speaker.len() as f64;
    let con = t.content.iter().sum::<f64>() / t.content.len() as f64;
    eprintln!("cues F1 {cue_f1:.3}, sources F1 {src_f1:.3}, speaker {spk:.3}, content {con:.3}");
    assert!(cue_f1 >= 0.92, "cue F1 {cue_f1:.3}");
    assert!(src_f1 >= 0.90, "source F1 {src_f1:.3}");
    assert!(spk >= 0.88, "speaker accuracy {spk:.3}");
    assert!(con >= 0.90, "content token F1 {con:.3}");
}
