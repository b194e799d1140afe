//! Attribution quality on articles written for these tests in sixteen styles (wire,
//! tabloid, broadsheet, state agency, local news, explainer, US politics, court report,
//! sport, business, science, feature, celebrity, diplomacy, crime, weather): `tests/corpus/attrib/<id>/{article.txt,gold.json}`,
//! annotated by the rules of `shared/eval/FORMAT.md`. Scored like `shared/eval/score.py`:
//! cues and sources matched one-to-one by span overlap, speaker accuracy by normalised
//! containment, content token F1 on matched cues.

use crate::support::analyze::report_with;
use crate::support::corpus::cases;
use crate::support::fixtures::ATTRIB_CORPUS;
use crate::support::score::AttributionTally;
use sourcelens::OffsetUnit;

#[test]
fn own_articles_in_sixteen_styles() {
    let cases = cases(ATTRIB_CORPUS);
    assert!(cases.len() >= 16, "{} cases", cases.len());
    let mut t = AttributionTally::default();
    for case in &cases {
        let r = report_with(&case.text, None, OffsetUnit::Char);
        let case_f1 = t.add(case, &r);
        assert!(
            case_f1 >= 0.75,
            "{}: cue F1 {case_f1:.3}",
            case.dir.display()
        );
    }
    let cue_f1 = t.cue_f1();
    let src_f1 = t.source_f1();
    let spk = t.speaker_accuracy();
    let con = t.content_f1();
    eprintln!("cues F1 {cue_f1:.3}, sources F1 {src_f1:.3}, speaker {spk:.3}, content {con:.3}");
    assert!(cue_f1 >= 0.92, "cue F1 {cue_f1:.3}");
    assert!(src_f1 >= 0.90, "source F1 {src_f1:.3}");
    assert!(spk >= 0.88, "speaker accuracy {spk:.3}");
    assert!(con >= 0.90, "content token F1 {con:.3}");
}
