//! The committed gazetteer (data/gazetteer.dat) is exactly what its generator
//! (tools/gazetteer.py, `make gazetteer`) makes from its pinned PyPI sources, which
//! `make setup` installs. Set SOURCELENS_SKIP_GAZETTEER_CHECK=1 to skip on a machine
//! without them.

use std::process::Command;

#[test]
fn committed_gazetteer_is_what_the_generator_makes() {
    if std::env::var_os("SOURCELENS_SKIP_GAZETTEER_CHECK").is_some() {
        eprintln!("skipped: SOURCELENS_SKIP_GAZETTEER_CHECK is set");
        return;
    }
    let out = Command::new("python3")
        .arg("tools/gazetteer.py")
        .output()
        .expect("python3 runs (make setup installs the generator's sources)");
    assert!(
        out.status.success(),
        "tools/gazetteer.py failed (run make setup): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let committed = std::fs::read("data/gazetteer.dat").expect("data/gazetteer.dat");
    if out.stdout != committed {
        let fresh = String::from_utf8_lossy(&out.stdout);
        let old = String::from_utf8_lossy(&committed);
        let first = fresh
            .lines()
            .zip(old.lines())
            .position(|(a, b)| a != b)
            .map_or(fresh.lines().count().min(old.lines().count()), |i| i);
        panic!(
            "data/gazetteer.dat differs from a fresh `make gazetteer` (first at line {}: {:?} vs {:?}); regenerate and commit it",
            first + 1,
            fresh.lines().nth(first),
            old.lines().nth(first)
        );
    }
}
