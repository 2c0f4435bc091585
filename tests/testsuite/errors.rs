//! Broken projects: exit 1 with a rustc-like message naming file, line and column; `out/`
//! untouched. Exit 2 for tool failures.

use crate::project::Project;

/// Build once (good), break the project, build again: the second build must fail with
/// `code`, and leave `out/` exactly as the first build left it. Returns stderr.
fn break_and_build(edit: impl FnOnce(&Project)) -> String {
    let p = Project::fixture("minimal");
    p.run(&["build"]).assert_code(0);
    let before = p.snapshot_out();
    edit(&p);
    let out = p.run(&["build"]);
    out.assert_code(1);
    assert_eq!(before, p.snapshot_out(), "a failed build changed out/");
    assert!(out.stderr.contains("nothing was written"), "{}", out.stderr);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    out.stderr
}

#[test]
fn toml_syntax_error() {
    let err = break_and_build(|p| {
        p.edit(
            "content/storage.toml",
            "service = \"beta\"",
            "service = \"beta",
        )
    });
    insta::assert_snapshot!(err);
}

#[test]
fn unknown_field() {
    let err = break_and_build(|p| {
        p.edit(
            "content/services.toml",
            "name = \"Alpha\"",
            "name = \"Alpha\"\ncolour = \"red\"",
        )
    });
    assert!(err.contains("content/services.toml:4:1"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn wrong_type() {
    let err = break_and_build(|p| {
        p.edit(
            "content/editions/whitepaper.toml",
            "date = 2020-01-02",
            "date = \"yesterday\"",
        )
    });
    assert!(err.contains("content/editions/whitepaper.toml:"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn unknown_service_reference() {
    let err = break_and_build(|p| {
        p.edit(
            "content/storage.toml",
            "service = \"beta\"",
            "service = \"gamma\"",
        )
    });
    assert!(err.contains("content/storage.toml:6:11"), "{err}");
    assert!(err.contains("expected one of: alpha, beta"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn missing_language_in_a_fact() {
    let err = break_and_build(|p| {
        p.edit(
            "content/services.toml",
            "en = \"Beta console\"",
            "fr = \"Console bêta\"",
        )
    });
    assert!(err.contains("has no `en` version"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn template_syntax_error() {
    let err = break_and_build(|p| p.edit("templates/whitepaper.md", "{% endfor %}", "{% endfo %}"));
    assert!(err.contains("templates/whitepaper.md:"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn missing_fluent_message() {
    let err = break_and_build(|p| p.edit("locales/en/main.ftl", "col-service = Service\n", ""));
    assert!(err.contains("templates/whitepaper.md:5:"), "{err}");
    assert!(
        err.contains("message `col-service` is missing in language `en`"),
        "{err}"
    );
    insta::assert_snapshot!(err);
}

#[test]
fn fluent_syntax_error() {
    let err = break_and_build(|p| {
        p.edit(
            "locales/ja/main.ftl",
            "col-service = サービス名",
            "col-service = { サービス名",
        )
    });
    assert!(err.contains("locales/ja/main.ftl:"), "{err}");
    insta::assert_snapshot!(err);
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let err = break_and_build(|p| {
        p.edit(
            "content/storage.toml",
            "service = \"beta\"",
            "service = \"gamma\"",
        );
        p.edit(
            "content/services.toml",
            "en = \"Beta console\"",
            "fr = \"x\"",
        );
    });
    assert!(
        err.contains("unknown service `gamma`") && err.contains("no `en` version"),
        "{err}"
    );
    assert!(err.contains("2 error(s)"), "{err}");
}

#[test]
fn missing_config_is_a_tool_error() {
    let p = Project::fixture("minimal");
    std::fs::remove_file(p.path("whitepaper.toml")).unwrap();
    let out = p.run(&["build"]);
    out.assert_code(2);
    assert!(out.stderr.contains("whitepaper.toml"), "{}", out.stderr);
}

#[test]
fn unwritable_output_is_a_tool_error_and_keeps_old_files() {
    let p = Project::fixture("minimal");
    p.run(&["build"]).assert_code(0);
    // out/en is a file, not a folder: writing en/ fails, ja/ must not be replaced half-way.
    p.edit("content/editions/whitepaper.toml", "初版", "初版(改)");
    let before_ja = p.read("out/ja/whitepaper.md");
    std::fs::remove_dir_all(p.path("out/en")).unwrap();
    std::fs::write(p.path("out/en"), "not a folder").unwrap();
    let out = p.run(&["build"]);
    out.assert_code(2);
    assert_eq!(before_ja, p.read("out/ja/whitepaper.md"));
}

#[test]
fn company_facts_in_the_config_are_checked_like_content() {
    let err = break_and_build(|p| {
        p.edit(
            "whitepaper.toml",
            "name = { ja = \"株式会社テスト\", en = \"Test Inc.\" }",
            "name = { ja = \"株式会社テスト\" }",
        )
    });
    assert!(err.contains("whitepaper.toml:6:8"), "{err}");
    assert!(err.contains("this text has no `en` version"), "{err}");
}

#[test]
fn stray_content_file_is_a_warning_not_a_failure() {
    let p = Project::fixture("minimal");
    p.write("content/company.toml", "name = \"x\"\n");
    let out = p.run(&["build"]);
    out.assert_code(0);
    assert!(
        out.stderr.contains("content/company.toml"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("not read by any edition"),
        "{}",
        out.stderr
    );
}

#[test]
fn config_errors_point_at_the_entry() {
    let err = break_and_build(|p| {
        p.edit(
            "whitepaper.toml",
            "languages = [\"ja\", \"en\"]",
            "languages = [\"ja\", \"en\", \"ja\"]",
        )
    });
    assert!(err.contains("language `ja` is listed twice"), "{err}");
    assert!(err.contains("whitepaper.toml:1:26"), "{err}");
}

#[test]
fn the_same_id_twice_in_one_list_is_an_error_at_the_list() {
    for (file, from, to) in [
        (
            "content/subprocessors.toml",
            "service = [{ subprocessor = \"gcp\" }, { subprocessor = \"mailer\" }]",
            "service = [{ subprocessor = \"gcp\" }, { subprocessor = \"gcp\" }]",
        ),
        (
            "content/subprocessors.toml",
            "countries = [\"jp\", \"sg\"]",
            "countries = [\"jp\", \"sg\", \"jp\"]",
        ),
    ] {
        let p = Project::fixture("second-company");
        p.edit(file, from, to);
        let line = p.read(file).lines().position(|l| l.contains(to)).unwrap() + 1;
        for args in [&["check"][..], &["build"]] {
            let out = p.run(args);
            out.assert_code(1);
            out.assert_stderr_contains("duplicate-ref")
                .assert_stderr_contains("is listed twice")
                .assert_stderr_contains(&format!("{file}:{line}:"));
        }
        assert!(!p.path("out").exists());
    }
}
