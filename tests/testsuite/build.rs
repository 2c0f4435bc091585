//! Building fixture projects.

use crate::project::Project;

#[test]
fn builds_every_language_to_the_default_layout() {
    let p = Project::fixture("minimal");
    let out = p.run(&["build"]);
    out.assert_code(0);
    assert!(out.stderr.contains("built 2 files"), "{}", out.stderr);
    let ja = p.read("out/ja/whitepaper.md");
    let en = p.read("out/en/whitepaper.md");
    insta::assert_snapshot!("minimal_ja", ja);
    insta::assert_snapshot!("minimal_en", en);
}

#[test]
fn facts_are_escaped_in_markdown() {
    let p = Project::fixture("minimal");
    p.edit(
        "content/storage.toml",
        "en = \"condition | pipe\"",
        "en = \"<script>alert(1)</script> *bold* _x_ [l](http://e.test)\"",
    );
    p.run(&["build", "--lang", "en"]).assert_code(0);
    let md = p.read("out/en/whitepaper.md");
    assert!(
        md.contains(r"\<script\>alert(1)\</script\> \*bold\* \_x\_ \[l\](http://e.test)"),
        "{md}"
    );
    // the pipe in the ja fact stays inside its cell
    p.run(&["build", "--lang", "ja"]).assert_code(0);
    assert!(p.read("out/ja/whitepaper.md").contains(r"条件 \| 表"));
}

#[test]
fn no_bidi_isolation_marks_reach_output() {
    let p = Project::fixture("minimal");
    p.run(&["build"]).assert_code(0);
    for f in ["out/ja/whitepaper.md", "out/en/whitepaper.md"] {
        let text = p.read(f);
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "{f} has U+2068/U+2069"
        );
    }
}

#[test]
fn narrowing_flags_and_out_dir() {
    let p = Project::fixture("minimal");
    p.run(&[
        "build",
        "--lang",
        "en",
        "--format",
        "md",
        "--out",
        "elsewhere",
    ])
    .assert_code(0);
    assert!(p.path("elsewhere/en/whitepaper.md").exists());
    assert!(!p.path("elsewhere/ja").exists());
    assert!(!p.path("out").exists());
}

#[test]
fn root_flag_picks_the_project() {
    let p = Project::fixture("minimal");
    let root = p.dir.path().to_str().unwrap().to_string();
    let elsewhere = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_whitepaper"))
        .args(["build", "--root", &root])
        .current_dir(elsewhere.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(p.path("out/ja/whitepaper.md").exists());
}

#[test]
fn unknown_narrowing_is_a_usage_error() {
    let p = Project::fixture("minimal");
    let out = p.run(&["build", "--lang", "fr"]);
    out.assert_code(2);
    assert!(
        out.stderr.contains("unknown language `fr`"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("ja, en"), "{}", out.stderr);
}

#[test]
fn rebuilding_is_byte_identical() {
    let p = Project::fixture("minimal");
    p.run(&["build"]).assert_code(0);
    let first = p.snapshot_out();
    p.run(&["build"]).assert_code(0);
    assert_eq!(first, p.snapshot_out());
}

#[test]
fn a_leftover_that_cannot_be_removed_is_named_and_tried_again() {
    let p = Project::fixture("second-company");
    p.run(&["build", "--format", "md"]).assert_code(0);
    let stuck = p.path(".out.whitepaper-previous-4242");
    std::fs::create_dir_all(&stuck).unwrap();
    std::fs::write(stuck.join("pinned"), "x").unwrap();
    // an immutable file (root on ext4 and most file systems); elsewhere there is nothing to test
    let pinned = stuck.join("pinned");
    let chattr = |flag: &str| {
        std::process::Command::new("chattr")
            .arg(flag)
            .arg(&pinned)
            .status()
            .is_ok_and(|s| s.success())
    };
    if !chattr("+i") || std::fs::remove_file(&pinned).is_ok() {
        eprintln!("no immutable files here: skipped");
        return;
    }
    for _ in 0..2 {
        let out = p.run(&["build", "--format", "md"]);
        let _ = chattr("-i");
        out.assert_code(0)
            .assert_stderr_contains("leftover")
            .assert_stderr_contains(".out.whitepaper-previous-4242");
        assert!(
            p.path("out/en/whitepaper.md").is_file(),
            "published all the same"
        );
        chattr("+i");
    }
    chattr("-i");
    let out = p.run(&["build", "--format", "md"]);
    out.assert_code(0);
    assert!(!out.stderr.contains("leftover"), "{}", out.stderr);
    assert!(!stuck.exists(), "removed once it could be");
}
