//! Scores computed like `shared/eval/score.py`: spans matched one-to-one by overlap, speaker
//! accuracy by normalised containment, content token F1 on matched cues. Spans are in code
//! points, as in `gold.json` (analyse with `OffsetUnit::Char`).

use super::corpus::Case;
use serde_json::Value;
use sourcelens::Report;
use std::collections::HashMap;

/// A span in code points, `start..end`.
#[derive(Clone, Debug, PartialEq)]
pub struct CharSpan {
    pub start: usize,
    pub end: usize,
}

impl CharSpan {
    /// The span of a gold object `{"start", "end"?, "text"}` (`end` defaults to `start` +
    /// the text's length in code points); `None` for JSON null or a malformed span.
    pub fn from_gold(v: &Value) -> Option<CharSpan> {
        let start = v.get("start")?.as_u64()? as usize;
        let end = match v.get("end").and_then(Value::as_u64) {
            Some(e) => e as usize,
            None => start + v.get("text")?.as_str()?.chars().count(),
        };
        Some(CharSpan { start, end })
    }

    pub fn of(span: &sourcelens::Span) -> CharSpan {
        CharSpan {
            start: span.start,
            end: span.end,
        }
    }

    /// The text it covers in `text`.
    pub fn slice(&self, text: &str) -> String {
        text.chars()
            .skip(self.start)
            .take(self.end - self.start)
            .collect()
    }
}

/// One-to-one greedy matching of overlapping spans, best overlap ratio (overlap / union)
/// first: pairs of (index in `predicted`, index in `gold`).
pub fn match_one_to_one(predicted: &[CharSpan], gold: &[CharSpan]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, a) in predicted.iter().enumerate() {
        for (j, b) in gold.iter().enumerate() {
            let overlap = a.end.min(b.end) as i64 - a.start.max(b.start) as i64;
            if overlap > 0 {
                let union = (a.end.max(b.end) - a.start.min(b.start)) as f64;
                pairs.push((-(overlap as f64) / union, i, j));
            }
        }
    }
    pairs.sort_by(|x, y| x.partial_cmp(y).unwrap());
    let mut used_predicted = vec![false; predicted.len()];
    let mut used_gold = vec![false; gold.len()];
    let mut out = Vec::new();
    for (_, i, j) in pairs {
        if !used_predicted[i] && !used_gold[j] {
            used_predicted[i] = true;
            used_gold[j] = true;
            out.push((i, j));
        }
    }
    out
}

/// Lowercased alphanumeric words.
pub fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// A speaker's words without a leading "the".
fn normalised_speaker(s: &str) -> String {
    let mut w = words(s);
    if w.first().map(String::as_str) == Some("the") {
        w.remove(0);
    }
    w.join(" ")
}

/// Both absent, or one normalised name contains the other on word boundaries.
pub fn speaker_matches(predicted: Option<&str>, gold: Option<&str>) -> bool {
    match (predicted, gold) {
        (None, None) => true,
        (Some(p), Some(g)) => {
            let (p, g) = (normalised_speaker(p), normalised_speaker(g));
            if p.is_empty() || g.is_empty() {
                return p == g;
            }
            format!(" {g} ").contains(&format!(" {p} "))
                || format!(" {p} ").contains(&format!(" {g} "))
        }
        _ => false,
    }
}

/// Token F1 of two texts (bags of [`words`]); 1 when both are empty.
pub fn token_f1(predicted: &str, gold: &str) -> f64 {
    let (p, g) = (words(predicted), words(gold));
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
    let (precision, recall) = (
        common as f64 / p.len() as f64,
        common as f64 / g.len() as f64,
    );
    2.0 * precision * recall / (precision + recall)
}

/// F1 from counts (0 when nothing is right).
pub fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
    if tp == 0 {
        return 0.0;
    }
    let (p, r) = (tp as f64 / (tp + fp) as f64, tp as f64 / (tp + fn_) as f64);
    2.0 * p * r / (p + r)
}

/// The spans without repeats (several attributions may share one source span).
fn distinct(spans: Vec<CharSpan>) -> Vec<CharSpan> {
    let mut out: Vec<CharSpan> = Vec::new();
    for s in spans {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// Attribution counts summed over cases.
#[derive(Default)]
pub struct AttributionTally {
    pub cue_tp: usize,
    pub cue_fp: usize,
    pub cue_fn: usize,
    pub source_tp: usize,
    pub source_fp: usize,
    pub source_fn: usize,
    /// Speaker right or wrong, per matched cue.
    pub speaker: Vec<bool>,
    /// Content token F1, per matched cue.
    pub content: Vec<f64>,
}

impl AttributionTally {
    pub fn cue_f1(&self) -> f64 {
        f1(self.cue_tp, self.cue_fp, self.cue_fn)
    }

    pub fn source_f1(&self) -> f64 {
        f1(self.source_tp, self.source_fp, self.source_fn)
    }

    /// The share of matched cues whose speaker matches.
    pub fn speaker_accuracy(&self) -> f64 {
        self.speaker.iter().filter(|&&b| b).count() as f64 / self.speaker.len() as f64
    }

    /// The mean content token F1 over matched cues.
    pub fn content_f1(&self) -> f64 {
        self.content.iter().sum::<f64>() / self.content.len() as f64
    }

    /// Adds the attributions of `r` (the Report of `case.text` in code points) scored against
    /// the case's gold; returns the case's own cue F1.
    pub fn add(&mut self, case: &Case, r: &Report) -> f64 {
        let gold = case.gold["attributions"].as_array().unwrap();
        let gold_cues: Vec<CharSpan> = gold
            .iter()
            .map(|a| CharSpan::from_gold(&a["cue"]).unwrap())
            .collect();
        let cues: Vec<CharSpan> = r
            .attributions
            .iter()
            .map(|a| CharSpan::of(&a.cue))
            .collect();
        let matched = match_one_to_one(&cues, &gold_cues);
        self.cue_tp += matched.len();
        self.cue_fp += cues.len() - matched.len();
        self.cue_fn += gold_cues.len() - matched.len();
        for &(i, j) in &matched {
            let (a, g) = (&r.attributions[i], &gold[j]);
            self.speaker
                .push(speaker_matches(a.speaker.as_deref(), g["speaker"].as_str()));
            let gold_content = CharSpan::from_gold(&g["content"])
                .map(|s| s.slice(&case.text))
                .unwrap_or_default();
            let content = a
                .content
                .as_ref()
                .map(|c| c.text.clone())
                .unwrap_or_default();
            self.content.push(token_f1(&content, &gold_content));
        }
        let gold_sources = distinct(
            gold.iter()
                .filter_map(|a| CharSpan::from_gold(&a["source"]))
                .collect(),
        );
        let sources = distinct(
            r.attributions
                .iter()
                .filter_map(|a| a.source.as_ref())
                .map(CharSpan::of)
                .collect(),
        );
        let matched_sources = match_one_to_one(&sources, &gold_sources);
        self.source_tp += matched_sources.len();
        self.source_fp += sources.len() - matched_sources.len();
        self.source_fn += gold_sources.len() - matched_sources.len();
        f1(
            matched.len(),
            cues.len() - matched.len(),
            gold_cues.len() - matched.len(),
        )
    }
}
