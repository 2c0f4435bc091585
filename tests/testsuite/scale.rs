//! The content generator used by the benchmarks (`tests/support/scale.rs`) makes valid
//! projects: every list of facts repeated, references kept, names distinct, revisions rising.

#[path = "../support/scale.rs"]
mod generator;

use crate::project::{Project, fixtures};

/// A project generated `n` times larger than `from`, in a folder of its own.
fn scaled(from: &std::path::Path, n: usize) -> (Project, usize) {
    let p = Project {
        dir: tempfile::tempdir().unwrap(),
    };
    let root = p.path("project");
    let entries = generator::scale_project(from, &root, n).unwrap();
    for e in std::fs::read_dir(&root).unwrap() {
        let e = e.unwrap();
        std::fs::rename(e.path(), p.path(&e.file_name().to_string_lossy())).unwrap();
    }
    std::fs::remove_dir(&root).unwrap();
    (p, entries)
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn three_times_the_shipped_content_checks_clean_and_builds_three_times_the_facts() {
    let shipped = Project::shipped();
    let (p, entries) = scaled(shipped.dir.path(), 3);
    let (_, one) = scaled(shipped.dir.path(), 1);
    // every list three times as long, but those keyed by vocabulary terms (protocols)
    assert!(
        entries > 2 * one && entries < 3 * one,
        "{entries} from {one}"
    );

    let check = p.run(&["check", "--deny-warnings"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let build = p.run(&["build", "--format", "md"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let base = shipped.run(&["build", "--format", "md"]);
    assert_eq!(base.code, 0, "{}", base.stderr);
    for lang in ["ja", "en"] {
        let big = p.read(&format!("out/{lang}/whitepaper.md"));
        let small = shipped.read(&format!("out/{lang}/whitepaper.md"));
        // every subprocessor three times: the original, (1) and (2)
        for copy in ["| Amazon Web Services (1) |", "| Amazon Web Services (2) |"] {
            assert_eq!(count(&big, copy), 1, "{lang}: {copy}");
        }
        assert_eq!(
            count(&big, "| Amazon Web Services"),
            3 * count(&small, "| Amazon Web Services"),
            "{lang}"
        );
        assert!(
            count(&big, "|") > 2 * count(&small, "|"),
            "{lang}: tables grew"
        );
        assert!(
            big.len() > 2 * small.len(),
            "{lang}: {} vs {}",
            big.len(),
            small.len()
        );
    }
    // eight revisions become 24: 16 earlier ones, 0.1 … 0.16
    let history = p.read("content/editions/whitepaper.toml");
    assert_eq!(count(&history, "[[revision]]"), 24, "{history}");
    assert!(history.contains("version = \"0.16\""));
}

#[test]
fn the_second_company_scales_too() {
    let (p, _) = scaled(&fixtures().join("second-company"), 2);
    let check = p.run(&["check", "--deny-warnings"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        generator::scale_project(&fixtures().join("second-company"), p.dir.path(), 2).is_err(),
        "never writes into an existing folder"
    );
}
