//! `whitepaper diff` and `whitepaper release`: changes found in the facts of two versions
//! (git revisions or folders), named with the sections they show in, and drafted into the
//! revision history.

use std::process::Command;

use crate::project::Project;

fn git(p: &Project, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=test", "-c", "user.email=test@example.com"])
        .args(args)
        .current_dir(p.dir.path())
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn edit(p: &Project, rel: &str, from: &str, to: &str) {
    let path = p.path(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} has no `{from}`");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// The shipped facts in a git repository, committed, then three facts changed: a backup's
/// copies kept, a subprocessor's name, a region added to a service's storage.
fn changed_repository() -> Project {
    let p = Project::shipped_content_only();
    git(&p, &["init", "-q"]);
    git(&p, &["add", "-A"]);
    git(&p, &["commit", "-q", "-m", "released"]);
    edit(
        &p,
        "content/backups.toml",
        "per_day = 2, kept = 60",
        "per_day = 2, kept = 14",
    );
    edit(
        &p,
        "content/subprocessors.toml",
        "name = \"PagerDuty\"",
        "name = \"PagerDuty Operations Cloud\"",
    );
    edit(
        &p,
        "content/storage.toml",
        "regions = [\"us-california\"]",
        "regions = [\"us-california\", \"us-oregon\"]",
    );
    p
}

/// `release --edition whitepaper --from HEAD` with `extra` arguments.
fn release_whitepaper(p: &Project, extra: &[&str]) -> crate::project::Output {
    let mut args = vec!["release", "--edition", "whitepaper", "--from", "HEAD"];
    args.extend_from_slice(extra);
    p.run(&args)
}

fn change_lines(text: &str) -> usize {
    text.lines().filter(|l| l.starts_with("- ")).count()
}

#[test]
fn diff_from_head_says_the_three_changes_in_each_language_with_their_sections() {
    let p = changed_repository();
    let out = p.run(&["diff", "--from", "HEAD"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let (ja, en) = out
        .stdout
        .split_once("\n\n")
        .expect("one block per language");
    assert_eq!(change_lines(ja), 3, "{ja}");
    assert_eq!(change_lines(en), 3, "{en}");
    assert!(
        en.starts_with("3 changes in the facts from HEAD to the working tree"),
        "{en}"
    );
    assert!(
        en.contains("Shared files, Git and Subversion) › kept: 60 → 14"),
        "{en}"
    );
    assert!(
        en.contains("› name: PagerDuty → PagerDuty Operations Cloud"),
        "{en}"
    );
    assert!(en.contains("› regions: us-oregon"), "{en}");
    // the sections, with their generated numbers, in each edition that shows the change
    assert!(en.contains(": 11. Backups"), "{en}");
    assert!(en.contains(": Article 5. Backups"), "{en}");
    assert!(en.contains(": 2. Data storage locations"), "{en}");
    assert!(en.contains(": 19. External cloud services"), "{en}");
    assert!(ja.contains("：11. バックアップの状況"), "{ja}");
    assert!(ja.contains("変更：") && ja.contains("追加："), "{ja}");
    // a few lines, not a text diff
    assert!(out.stdout.lines().count() < 25, "{}", out.stdout);

    let md = p.run(&[
        "diff", "--from", "HEAD", "--format", "markdown", "--lang", "en",
    ]);
    assert_eq!(md.code, 0, "{}", md.stderr);
    assert!(
        md.stdout.starts_with("## 3 changes in the facts"),
        "{}",
        md.stdout
    );
    assert_eq!(change_lines(&md.stdout), 3);

    let json = p.run(&["diff", "--from", "HEAD", "--format", "json"]);
    assert_eq!(json.code, 0, "{}", json.stderr);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(v["schema"], "whitepaper-diff/1");
    assert_eq!(v["from"]["git"], "HEAD");
    let changes = v["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 3);
    let kept = changes
        .iter()
        .find(|c| c["path"].as_array().unwrap().last() == Some(&serde_json::json!("kept")))
        .expect("the backup change");
    assert_eq!(
        (
            kept["kind"].as_str(),
            kept["from"].as_i64(),
            kept["to"].as_i64()
        ),
        (Some("changed"), Some(60), Some(14))
    );
    let editions: Vec<&str> = kept["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["edition"].as_str().unwrap())
        .collect();
    assert!(editions.contains(&"whitepaper") && editions.contains(&"supplementary-terms"));
    assert!(kept["sections"][0]["heading"]["en"].as_str().is_some());

    // git read the revision without touching the working tree
    assert!(
        std::fs::read_to_string(p.path("content/backups.toml"))
            .unwrap()
            .contains("kept = 14")
    );
}

#[test]
fn release_drafts_the_entry_in_every_language_and_refuses_what_it_should() {
    let p = changed_repository();
    let edition = p.path("content/editions/whitepaper.toml");
    let before = std::fs::read_to_string(&edition).unwrap();

    let lower = release_whitepaper(&p, &["--version", "1.5"]);
    assert_eq!(lower.code, 1, "{}", lower.stderr);
    assert!(
        lower
            .stderr
            .contains("not greater than the last revision, 1.7"),
        "{}",
        lower.stderr
    );
    let early = release_whitepaper(&p, &["--date", "2020-01-01"]);
    assert_eq!(early.code, 1, "{}", early.stderr);
    assert!(
        early.stderr.contains("before the last revision"),
        "{}",
        early.stderr
    );
    assert_eq!(
        std::fs::read_to_string(&edition).unwrap(),
        before,
        "refused: nothing written"
    );

    let out = release_whitepaper(&p, &["--date", "2026-12-01"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.assert_stdout_contains("released whitepaper 1.8 (2026-12-01)");
    assert!(p.path(".whitepaper/releases/whitepaper.json").is_file());

    let build = p.run(&["build", "--format", "md"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    let en = std::fs::read_to_string(p.path("out/en/whitepaper.md")).unwrap();
    let ja = std::fs::read_to_string(p.path("out/ja/whitepaper.md")).unwrap();
    assert!(en.contains("Version 1.8"), "the stated version follows");
    let row = en
        .lines()
        .find(|l| l.starts_with("| 1.8 |"))
        .expect("the 1.8 revision");
    assert!(
        row.contains("11\\. Backups: Shared files, Git and Subversion › kept 60 → 14"),
        "{row}"
    );
    assert!(row.contains("2\\. Data storage locations: added"), "{row}");
    let row = ja
        .lines()
        .find(|l| l.starts_with("| 1.8 |"))
        .expect("the 1.8 revision");
    assert!(
        row.contains(
            "11\\. バックアップの状況：共有ファイル、Git、Subversion › kept を 60 から 14 に変更"
        ),
        "{row}"
    );
    assert_eq!(
        p.run(&["check", "--deny-warnings"]).code,
        0,
        "the released project checks clean"
    );

    // the next diff and release start at the release: nothing changed, nothing written
    let after = std::fs::read_to_string(&edition).unwrap();
    let again = p.run(&["release", "--edition", "whitepaper"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stderr.contains("nothing written"), "{}", again.stderr);
    assert_eq!(std::fs::read_to_string(&edition).unwrap(), after);
    let diff = p.run(&["diff", "--lang", "en"]);
    assert_eq!(diff.code, 0, "{}", diff.stderr);
    assert!(
        diff.stdout
            .starts_with("No fact changed from whitepaper 1.8"),
        "{}",
        diff.stdout
    );

    // the other edition still starts at the tag-less repository's HEAD when asked
    let st = p.run(&[
        "release",
        "--edition",
        "supplementary-terms",
        "--from",
        "HEAD",
        "--date",
        "2026-12-01",
    ]);
    assert_eq!(st.code, 0, "{}", st.stderr);
    st.assert_stdout_contains("Article 5. Backups");
}

#[test]
fn diff_between_folders_works_for_any_company() {
    let old = Project::fixture("second-company");
    let new = Project::fixture("second-company");
    edit(
        &new,
        "content/subprocessors.toml",
        "name = \"Postmark\"",
        "name = \"Postmark Mail\"",
    );
    let out = new.run(&[
        "diff",
        "--from",
        old.dir.path().to_str().unwrap(),
        "--lang",
        "en",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let changes = v["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{}", out.stdout);
    assert_eq!(changes[0]["from"], "Postmark");
    assert_eq!(changes[0]["to"], "Postmark Mail");
    assert!(
        !changes[0]["sections"].as_array().unwrap().is_empty(),
        "{}",
        out.stdout
    );
}

#[test]
fn a_revision_that_names_nothing_is_a_clear_error() {
    let p = changed_repository();
    let out = p.run(&["diff", "--from", "no-such-revision"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("`no-such-revision` names no commit"),
        "{}",
        out.stderr
    );
    let out = p.run(&["diff", "--from", "--output=x"]);
    assert_ne!(out.code, 0);
    let none = Project::shipped_content_only();
    let out = none.run(&["diff"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("pass --from REV"), "{}", out.stderr);
}

#[test]
fn build_since_marks_exactly_the_touched_sections_and_leaves_the_canonical_build_alone() {
    let p = changed_repository();
    let canonical = p.run(&["build", "--out", "canonical"]);
    assert_eq!(canonical.code, 0, "{}", canonical.stderr);
    let marked = p.run(&["build", "--since", "HEAD", "--out", "review"]);
    assert_eq!(marked.code, 0, "{}", marked.stderr);

    // HTML: a wrapper per changed section, its heading first; the contents flag the same
    let html = std::fs::read_to_string(p.path("review/en/whitepaper.html")).unwrap();
    let wrapped: Vec<&str> = html
        .match_indices("<div class=\"wp-changed\">\n<h")
        .map(|(at, _)| {
            let rest = &html[at..];
            let id = &rest[rest.find(" id=\"").unwrap() + 5..];
            &id[..id.find('"').unwrap()]
        })
        .collect();
    assert_eq!(
        wrapped,
        ["storage", "backups", "cloud-services"],
        "{wrapped:?}"
    );
    assert_eq!(
        html.matches("<span class=\"wp-changed-mark\">changed</span>")
            .count(),
        3
    );
    assert!(html.contains("marks the sections whose facts changed since HEAD"));
    let st = std::fs::read_to_string(p.path("review/ja/supplementary-terms.html")).unwrap();
    assert_eq!(
        st.matches("<div class=\"wp-changed\">").count(),
        1,
        "Article 5 alone"
    );

    // PDF: the note in the contents, the bars beside the sections (as artifacts)
    let text = p.pdf_text("review/en/whitepaper.pdf");
    assert!(
        text.contains("Abarinthemarginmarksthesectionswhosefactschangedsince"),
        "{text}"
    );
    let ja = p.pdf_text("review/ja/whitepaper.pdf");
    assert!(ja.contains("余白の線は"), "{ja}");

    // without the flag nothing of it, and the canonical files are what a plain build makes
    let plain = std::fs::read_to_string(p.path("canonical/en/whitepaper.html")).unwrap();
    assert!(!plain.contains("wp-changed"));
    let again = p.run(&["build", "--out", "canonical-2"]);
    assert_eq!(again.code, 0);
    for f in [
        "en/whitepaper.pdf",
        "ja/whitepaper.html",
        "ja/supplementary-terms.md",
    ] {
        assert_eq!(
            std::fs::read(p.path(&format!("canonical/{f}"))).unwrap(),
            std::fs::read(p.path(&format!("canonical-2/{f}"))).unwrap(),
            "{f} is byte-identical"
        );
    }
}

#[test]
fn a_project_in_a_subfolder_of_its_repository_is_read_at_the_revision() {
    let p = Project::fixture("second-company");
    let sub = p.path("security");
    std::fs::create_dir(&sub).unwrap();
    for e in std::fs::read_dir(p.dir.path()).unwrap() {
        let e = e.unwrap();
        if e.file_name() != "security" {
            std::fs::rename(e.path(), sub.join(e.file_name())).unwrap();
        }
    }
    git(&p, &["init", "-q"]);
    git(&p, &["add", "-A"]);
    git(&p, &["commit", "-q", "-m", "first"]);
    edit(
        &p,
        "security/content/subprocessors.toml",
        "name = \"Postmark\"",
        "name = \"Postmark Mail\"",
    );
    let out = p.run(&[
        "diff", "--root", "security", "--from", "HEAD", "--lang", "en",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("One change in the facts from HEAD"),
        "{}",
        out.stdout
    );
    out.assert_stdout_contains("name: Postmark → Postmark Mail");
}
