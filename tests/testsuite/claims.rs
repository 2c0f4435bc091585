//! Every sentence from something the company wrote: clauses adopted by id, `unbacked-claim`,
//! and `explain` naming each sentence's messages and facts.

use crate::project::Project;

/// The second company declines the yearly audit, the portal and the employee, contractor and
/// marketing clauses: none of their sentences is in any of its documents.
#[test]
fn a_declined_clause_is_in_no_document() {
    let p = Project::fixture("second-company");
    p.run(&["check", "--deny-warnings"]).assert_code(0);
    p.run(&["build", "--format", "md"]).assert_code(0);
    for lang in ["en", "ja"] {
        let terms = p.read(&format!("out/{lang}/supplementary-terms.md"));
        let wp = p.read(&format!("out/{lang}/whitepaper.md"));
        let all = format!("{terms}{wp}");
        for declined in [
            "internationally recognized",
            "service portal",
            "Our employees",
            "contract out",
            "to offer our products",
            "国際的に認められた",
            "サービスポータル",
            "当社の従業員",
            "当社の製品",
            "Protecting the data users entrust to us is our responsibility",
        ] {
            assert!(!all.contains(declined), "{lang}: {declined}");
        }
    }
    // what it adopted is there
    let terms = p.read("out/en/supplementary-terms.md");
    assert!(terms.contains("Technical and organizational security measures"));
    assert!(terms.contains("Once deleted, User Data cannot be recovered"));
}

/// A fresh project publishes no clause until the team adopts one; `check` lists the choices.
#[test]
fn init_adopts_nothing_and_check_lists_the_choices() {
    let p = Project::initialized();
    p.run(&["build", "--format", "md"]).assert_code(0);
    let catalog = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/clauses.toml"),
    )
    .unwrap();
    let terms = p.read("out/en/supplementary-terms.md");
    for needle in [
        "internationally recognized",
        "service portal",
        "Our employees",
        "We comply with the data protection",
        "cannot be recovered",
        "Security Incident",
    ] {
        assert!(!terms.contains(needle), "{needle}: {terms}");
    }
    let check = p.run(&["check"]);
    let open = check.stderr.matches(":open-clause]").count();
    assert!(open >= 15, "{open} open clauses: {}", check.stderr);
    assert!(open <= catalog.matches("[[clause]]").count());
    assert!(!check.stderr.contains("unbacked-claim"), "{}", check.stderr);
    // adopting one publishes it, in both languages
    p.edit(
        "content/clauses.toml",
        "adopt = []",
        "adopt = [\"yearly-external-audit\"]",
    );
    p.run(&["build", "--format", "md"]).assert_code(0);
    assert!(
        p.read("out/en/supplementary-terms.md")
            .contains("audited every year")
    );
    assert!(
        p.read("out/ja/supplementary-terms.md")
            .contains("監査を毎年受けています")
    );
}

#[test]
fn an_unknown_clause_is_an_error_at_its_line_with_a_suggestion() {
    let p = Project::fixture("second-company");
    p.edit(
        "content/clauses.toml",
        "\"security-measures\",",
        "\"security-measure\",",
    );
    p.run(&["check"])
        .assert_code(1)
        .assert_stderr_contains("error[1:unknown-clause]: unknown clause `security-measure`")
        .assert_stderr_contains("content/clauses.toml:10:")
        .assert_stderr_contains("did you mean `security-measures`?");
    p.edit(
        "content/clauses.toml",
        "\"security-measure\",",
        "\"security-measures\", \"contractors\",",
    );
    p.run(&["check"])
        .assert_code(1)
        .assert_stderr_contains("clause `contractors` is both adopted and declined");
}

/// A template that renders a claim with nothing behind it, or a clause's wording without its
/// adoption, is found.
#[test]
fn a_claim_with_nothing_behind_it_is_found() {
    let p = Project::fixture("second-company");
    // a sentence the template states on no fact
    std::fs::create_dir_all(p.path("templates/whitepaper")).unwrap();
    let built_in = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/whitepaper/backups.md"),
    )
    .unwrap();
    p.write(
        "templates/whitepaper/backups.md",
        &built_in.replace(
            "{%- if b.whole_service_only %}",
            "- {{ t(key=\"wp-backups-whole-service\") }}\n{%- if b.whole_service_only %}",
        ),
    );
    p.run(&["check"])
        .assert_code(0)
        .assert_stderr_contains(":unbacked-claim]: `wp-backups-whole-service`")
        .assert_stderr_contains("バックアップデータは、サービス全体の復旧を目的としており");
    // the same sentence named as stated by a fact the company does not state
    p.write(
        "templates/whitepaper/backups.md",
        &built_in.replace(
            "{%- if b.whole_service_only %}",
            "- {{ t(key=\"wp-backups-whole-service\", because=\"backups.whole_service_only\") }}\n{%- if b.whole_service_only %}",
        ),
    );
    p.run(&["check"])
        .assert_stderr_contains(":unbacked-claim]: `wp-backups-whole-service`");
    // a declined clause's wording rendered without asking
    p.write(
        "templates/whitepaper/backups.md",
        &built_in.replace(
            "{%- if b.whole_service_only %}",
            "- {{ t(key=\"wp-protection-responsibility\") }}\n{%- if b.whole_service_only %}",
        ),
    );
    p.run(&["check"]).assert_stderr_contains(
        "renders in the whitepaper, but its clause `data-protection-responsibility` is not adopted",
    );
}

/// The shipped project: every sentence has something behind it.
#[test]
fn the_shipped_project_has_no_unbacked_claim() {
    let p = Project::shipped();
    let out = p.run(&["check"]);
    assert!(!out.stderr.contains("unbacked-claim"), "{}", out.stderr);
    assert!(!out.stderr.contains("open-clause"), "{}", out.stderr);
}

#[test]
fn explain_names_the_message_and_the_fact_of_a_sentence() {
    let p = Project::shipped();
    let out = p.run(&[
        "explain",
        "--edition",
        "whitepaper",
        "--lang",
        "en",
        "recorded in server time",
    ]);
    out.assert_code(0)
        .assert_stdout_contains("whitepaper (en), list item:")
        .assert_stdout_contains("locales/en/whitepaper.ftl:")
        .assert_stdout_contains("wp-logs-zones")
        .assert_stdout_contains("content/logs.toml:11  [[clock]] name = \"GMT\"");
    let out = p.run(&[
        "explain",
        "--lang",
        "ja",
        "--format",
        "json",
        "サーバーの時間",
    ]);
    out.assert_code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["schema"], "whitepaper-explain/1");
    let b = &v["blocks"][0];
    assert_eq!(b["lang"], "ja");
    assert!(
        b["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["what"] == "wp-logs-zones"
                && m["file"] == "locales/ja/whitepaper.ftl"
                && m["line"].as_u64().unwrap() > 0)
    );
    assert!(
        b["facts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["file"] == "content/logs.toml" && f["value"] == "JST")
    );
    // a sentence stated by a fact that is not a value in it, and one of an adopted clause
    p.run(&[
        "explain",
        "--lang",
        "en",
        "same region as the data it copies",
    ])
    .assert_code(0)
    .assert_stdout_contains("stated because of:")
    .assert_stdout_contains("content/backups.toml:")
    .assert_stdout_contains("backups.same_region");
    p.run(&["explain", "--lang", "en", "cannot be recovered"])
        .assert_code(0)
        .assert_stdout_contains("clause adopted:")
        .assert_stdout_contains("content/clauses.toml:");
    // nothing found, a bad language
    p.run(&["explain", "no such sentence anywhere"])
        .assert_code(1);
    p.run(&["explain", "--lang", "fr", "x"])
        .assert_code(2)
        .assert_stderr_contains("`fr` is not a configured language");
}
