//! `whitepaper check`: findings, exit codes, output formats.

use crate::project::Project;

#[test]
fn clean_project_passes() {
    let p = Project::fixture("minimal");
    let out = p.run(&["check", "--deny-warnings"]);
    out.assert_code(0);
    assert!(out.stderr.contains("check passed"), "{}", out.stderr);
}

#[test]
fn renamed_message_is_missing_and_obsolete() {
    let p = Project::fixture("minimal");
    p.edit(
        "locales/ja/main.ftl",
        "col-location = 保管場所",
        "col-place = 保管場所",
    );
    let out = p.run(&["check"]);
    out.assert_code(1);
    insta::assert_snapshot!(out.stderr);
    let e = &out.stderr;
    assert!(
        e.contains("message `col-location` is missing in language `ja`"),
        "{e}"
    );
    assert!(e.contains("in locales/ja/main.ftl"), "{e}");
    assert!(
        e.contains("message `col-place` is not used by any template"),
        "{e}"
    );
}

#[test]
fn dropped_variable_is_a_warning_and_fails_with_deny_warnings() {
    let p = Project::fixture("minimal");
    p.edit(
        "locales/ja/main.ftl",
        "storage-intro = { $count }件の",
        "storage-intro = すべての",
    );
    p.run(&["check"]).assert_code(0);
    let out = p.run(&["check", "--deny-warnings"]);
    out.assert_code(1);
    assert!(
        out.stderr
            .contains("does not use `$count`, which its `en` translation uses"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("locales/ja/main.ftl:7:1"),
        "{}",
        out.stderr
    );
}

#[test]
fn severity_is_configurable() {
    let p = Project::fixture("minimal");
    p.edit(
        "locales/ja/main.ftl",
        "storage-intro = { $count }件の",
        "storage-intro = すべての",
    );
    p.edit(
        "whitepaper.toml",
        "[check.severity]",
        "[check.severity]\ndropped-variable = \"error\"",
    );
    p.run(&["check"]).assert_code(1);
    p.edit("whitepaper.toml", "= \"error\"", "= \"allow\"");
    p.run(&["check", "--deny-warnings"]).assert_code(0);
}

#[test]
fn an_unknown_severity_code_is_a_config_error_at_its_line() {
    let p = Project::fixture("minimal");
    p.edit(
        "whitepaper.toml",
        "[check.severity]",
        "[check.severity]\nobsolete-mesage = \"error\"",
    );
    let line = p
        .read("whitepaper.toml")
        .lines()
        .position(|l| l.starts_with("obsolete-mesage"))
        .unwrap()
        + 1;
    for args in [&["check"][..], &["build"], &["check", "--format", "json"]] {
        let out = p.run(args);
        out.assert_code(1);
        let all = format!("{}{}", out.stdout, out.stderr);
        assert!(all.contains("obsolete-mesage"), "{args:?}: {all}");
        if args.len() == 1 {
            out.assert_stderr_contains(&format!("whitepaper.toml:{line}:1"))
                .assert_stderr_contains("did you mean `obsolete-message`?");
        }
    }
}

#[test]
fn missing_plural_category() {
    let p = Project::fixture("minimal");
    p.edit(
        "locales/en/main.ftl",
        "    [one] The data of { $count } service is stored here.\n",
        "    [two] The data of two services.\n",
    );
    let out = p.run(&["check", "--deny-warnings"]);
    out.assert_code(1);
    assert!(
        out.stderr
            .contains("without the `one` plural category that `en` needs"),
        "{}",
        out.stderr
    );
}

#[test]
fn message_used_by_a_template_but_defined_nowhere() {
    let p = Project::fixture("minimal");
    p.edit(
        "templates/whitepaper.md",
        "t(key=\"col-service\")",
        "t(key=\"col-servce\")",
    );
    let out = p.run(&["check"]);
    out.assert_code(1);
    assert!(
        out.stderr
            .contains("template uses message `col-servce`, which no language defines"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("templates/whitepaper.md:5:"),
        "{}",
        out.stderr
    );
}

#[test]
fn variable_never_passed() {
    let p = Project::fixture("minimal");
    p.edit(
        "locales/en/main.ftl",
        "col-service = Service",
        "col-service = Service { $kind }",
    );
    let out = p.run(&["check"]);
    out.assert_code(1);
    assert!(
        out.stderr
            .contains("`col-service` uses `$kind`, which no template passes"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("check found 1 error(s)"),
        "reported once: {}",
        out.stderr
    );
}

#[test]
fn revision_history_problems() {
    let p = Project::fixture("minimal");
    p.edit(
        "content/editions/whitepaper.toml",
        "version = \"1.1\"\ndate = 2021-12-24",
        "version = \"1.0\"\ndate = 2019-12-24",
    );
    let out = p.run(&["check"]);
    out.assert_code(1);
    let e = &out.stderr;
    assert!(e.contains("version 1.0 does not come after 1.0"), "{e}");
    assert!(e.contains("is dated on or before revision 1.0"), "{e}");
    assert!(
        e.contains("the edition states version 1.1 but its latest revision is 1.0"),
        "{e}"
    );
}

#[test]
fn future_dates_against_source_date_epoch() {
    let p = Project::fixture("minimal");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_whitepaper"))
        .args(["check"])
        .current_dir(p.dir.path())
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1600000000") // 2020-09-13
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(
        e.contains("revision 1.1 is dated 2021-12-24, after today (2020-09-13)"),
        "{e}"
    );
}

#[test]
fn broken_anchor_and_bad_url() {
    let p = Project::fixture("minimal");
    p.edit(
        "locales/en/main.ftl",
        "col-location = Location",
        "col-location = Location, see [storage](#storge) and [site](https//example)",
    );
    let out = p.run(&["check"]);
    out.assert_code(1);
    assert!(
        out.stderr
            .contains("link to `#storge` in the `en` whitepaper has no heading with that id"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("`https//example`"), "{}", out.stderr);
}

#[test]
fn json_output_parses_and_is_versioned() {
    let p = Project::fixture("minimal");
    p.edit(
        "locales/ja/main.ftl",
        "col-location = 保管場所",
        "col-place = 保管場所",
    );
    let out = p.run(&["check", "--format", "json"]);
    out.assert_code(1);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("valid JSON");
    assert_eq!(v["schema"], "whitepaper-check/3");
    assert_eq!(v["errors"], 2);
    let f = &v["findings"][0];
    assert_eq!(f["number"], 1);
    assert_eq!(f["code"], "missing-message");
    let obsolete = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "obsolete-message")
        .unwrap();
    assert_eq!(obsolete["file"], "locales/ja/main.ftl");
    assert_eq!(obsolete["line"], 9);
    assert_eq!(obsolete["column"], 1);
}

#[test]
fn github_annotations() {
    let p = Project::fixture("minimal");
    p.edit(
        "locales/ja/main.ftl",
        "col-location = 保管場所",
        "col-place = 保管場所",
    );
    let out = p.run(&["check", "--format", "github"]);
    out.assert_code(1);
    assert!(
        out.stdout
            .contains("::warning file=locales/ja/main.ftl,line=9,col=1,"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .lines()
            .all(|l| l.starts_with("::error ") || l.starts_with("::warning ")),
        "{}",
        out.stdout
    );
}

#[test]
fn schema_errors_are_findings() {
    let p = Project::fixture("minimal");
    p.edit(
        "content/services.toml",
        "name = \"Alpha\"",
        "nme = \"Alpha\"",
    );
    let out = p.run(&["check"]);
    out.assert_code(1);
    assert!(
        out.stderr.contains("content/services.toml:3:1"),
        "{}",
        out.stderr
    );
}

#[test]
fn fluent_syntax_error_is_a_finding_and_the_rest_is_still_checked() {
    let p = Project::fixture("minimal");
    p.edit(
        "locales/ja/main.ftl",
        "col-service = サービス名",
        "col-service = { サービス名",
    );
    p.edit(
        "locales/en/main.ftl",
        "revisions-title = Revision history",
        "revisions-title = Revision history\nextra = only English",
    );
    let out = p.run(&["check"]);
    out.assert_code(1);
    assert!(out.stderr.contains("Fluent syntax error"), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("message `extra` is missing in language `ja`"),
        "{}",
        out.stderr
    );
}

/// `tests/fixtures/compare-locales/compare-locales.json` is what Mozilla's compare-locales
/// (PyPI `compare-locales`, en as reference) reports on that fixture; `.ci/run` regenerates it
/// and fails if it changed. Everything it reports as missing or obsolete, `check` reports too.
#[test]
fn reports_everything_compare_locales_reports() {
    let p = Project::fixture("compare-locales");
    let out = p.run(&["check", "--format", "json"]);
    out.assert_code(1);
    let ours: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let messages: Vec<String> = ours["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {}",
                f["code"].as_str().unwrap(),
                f["message"].as_str().unwrap()
            )
        })
        .collect();
    let has = |needle: &str| messages.iter().any(|m| m.contains(needle));
    let theirs: serde_json::Value = serde_json::from_str(&p.read("compare-locales.json")).unwrap();
    let mut compared = 0;
    for (file, items) in theirs[0]["details"].as_object().unwrap() {
        assert_eq!(file, "ja/main.ftl");
        for item in items.as_array().unwrap() {
            compared += 1;
            if let Some(id) = item["missingEntity"].as_str() {
                assert!(
                    has(&format!("`{id}` is missing in language `ja`")),
                    "missing {id}: {messages:#?}"
                );
            } else if let Some(id) = item["obsoleteEntity"].as_str() {
                assert!(
                    has(&format!(
                        "missing-message message `{id}` is missing in language `en`"
                    )),
                    "{id}: {messages:#?}"
                );
                assert!(
                    has(&format!("obsolete-message message `{id}` is not used")),
                    "{id}: {messages:#?}"
                );
            } else if let Some(err) = item["error"].as_str() {
                // "Missing attribute: short at line 5, column 1 for toc-title"
                let attr = err
                    .strip_prefix("Missing attribute: ")
                    .unwrap()
                    .split(' ')
                    .next()
                    .unwrap();
                let msg = err.rsplit(" for ").next().unwrap();
                assert!(
                    has(&format!("`{msg}.{attr}` is missing in language `ja`")),
                    "{err}: {messages:#?}"
                );
            } else {
                panic!("unexpected compare-locales item {item}");
            }
        }
    }
    assert_eq!(compared, 6, "the fixture exercises six differences");
}

#[test]
fn template_reference_to_a_fact_that_does_not_exist() {
    let p = Project::fixture("minimal");
    p.edit(
        "templates/whitepaper.md",
        "{{ services[s.service].name }}",
        "{{ services[s.service].nme }}",
    );
    let out = p.run(&["check"]);
    out.assert_code(1);
    assert!(
        out.stderr.contains("templates/whitepaper.md:8:26"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("undefined"), "{}", out.stderr);
    assert!(
        out.stderr.contains("1 error(s)"),
        "once, not once per language: {}",
        out.stderr
    );
}

#[test]
fn message_key_built_from_facts_that_no_language_defines() {
    let p = Project::fixture("minimal");
    p.edit(
        "templates/whitepaper.md",
        "| {{ services[s.service].name }} |",
        "| {{ t(key=\"service-\" ~ s.service) }} |",
    );
    p.edit(
        "locales/ja/main.ftl",
        "col-service = サービス名",
        "col-service = サービス名\nservice-alpha = アルファ",
    );
    p.edit(
        "locales/en/main.ftl",
        "col-service = Service",
        "col-service = Service\nservice-alpha = Alpha",
    );
    let out = p.run(&["check"]);
    out.assert_code(1);
    assert!(
        out.stderr
            .contains("template uses message `service-beta`, which no language defines"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("`service-alpha`"), "{}", out.stderr);
}

#[test]
fn selector_without_a_default_variant() {
    let p = Project::fixture("minimal");
    p.edit(
        "locales/en/main.ftl",
        "   *[other] The data of { $count } services",
        "    [other] The data of { $count } services",
    );
    let out = p.run(&["check"]);
    out.assert_code(1);
    assert!(
        out.stderr.contains("must have a default variant"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("locales/en/main.ftl:14:"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_lapsed_certification_fails_check_and_one_about_to_lapse_warns() {
    let p = Project::fixture("second-company");
    let file = p.path("content/certifications.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let with_until = |until: &str| {
        text.replace(
            "validity = { from = 2025-06-01, until = 2028-05-31 }",
            &format!("validity = {{ from = 2025-06-01, until = {until} }}"),
        )
    };
    let run = |epoch: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_whitepaper"))
            .args(["check", "--deny-warnings"])
            .current_dir(p.dir.path())
            .env("NO_COLOR", "1")
            .env("SOURCE_DATE_EPOCH", epoch)
            .output()
            .unwrap()
    };
    // lapsed on 2026-05-31, checked on 2026-09-13 (SOURCE_DATE_EPOCH 1789300000)
    std::fs::write(&file, with_until("2026-05-31")).unwrap();
    let out = run("1789300000");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("error[1:expired]: the certification `ismap` was valid until 2026-05-31"),
        "{stderr}"
    );
    assert!(stderr.contains("content/certifications.toml:"), "{stderr}");
    // ending in 30 days: a warning (fails --deny-warnings), 60 days ahead by default
    std::fs::write(&file, with_until("2026-10-13")).unwrap();
    let out = run("1789300000");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("expires-soon"), "{stderr}");
    assert!(stderr.contains("in 30 day(s)"), "{stderr}");
    // a year ahead: nothing
    std::fs::write(&file, with_until("2027-09-13")).unwrap();
    let out = run("1789300000");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_variant_that_drops_a_variable_its_siblings_use() {
    let p = Project::fixture("minimal");
    p.edit(
        "locales/en/main.ftl",
        "    [one] The data of { $count } service is stored here.\n",
        "    [one] The data of { $count } service is stored in { $where }.\n",
    );
    let out = p.run(&["check"]);
    out.assert_stderr_contains(
        "the variant [other] of `storage-intro` in `en` does not use `$where`, which [one] uses",
    )
    .assert_stderr_contains("locales/en/main.ftl:13:");
    // the selector itself may be dropped: `[one]` can say "a service"
    let p = Project::fixture("minimal");
    p.edit(
        "locales/en/main.ftl",
        "    [one] The data of { $count } service is stored here.\n",
        "    [one] The data of a single service is stored here.\n",
    );
    let out = p.run(&["check", "--deny-warnings"]);
    assert!(!out.stderr.contains("the variant [one]"), "{}", out.stderr);
}

#[test]
fn a_fact_id_that_is_also_a_sections_anchor_is_reported_once_at_the_fact() {
    let p = Project::fixture("second-company");
    p.edit(
        "content/access.toml",
        "id = \"access-all\"",
        "id = \"access\"",
    );
    let out = p.run(&["check", "--deny-warnings"]);
    out.assert_code(1)
        .assert_stderr_contains(
            "the id `access` is also a section's anchor: two headings get `#access`",
        )
        .assert_stderr_contains("content/access.toml:2:7");
    // one finding, whatever the number of languages and documents it shows in
    assert_eq!(
        out.stderr.matches("duplicate-anchor").count(),
        1,
        "{}",
        out.stderr
    );
    // a fresh project's sample ids collide with no section
    let p = Project::fixture("minimal");
    p.run(&["init", "new"]).assert_code(0);
    let check = p.run(&["check", "--root", "new"]);
    assert!(
        !check.stderr.contains("duplicate-anchor"),
        "{}",
        check.stderr
    );
}

#[test]
fn a_value_without_wording_is_one_finding_with_its_count_of_uses() {
    let p = Project::fixture("second-company");
    let text = p.read("content/operations.toml");
    let uses = text.matches("frequency = \"weekly\"").count();
    assert!(uses > 1, "the fixture uses the value more than once");
    p.write(
        "content/operations.toml",
        &text.replace("frequency = \"weekly\"", "frequency = \"fortnightly\""),
    );
    let out = p.run(&["check"]);
    out.assert_code(1).assert_stderr_contains(&format!(
        "scan-frequency `fortnightly` has no wording in `ja`, `en` (used {uses} times; this is the first)"
    ));
    assert_eq!(
        out.stderr.matches("missing-wording").count(),
        1,
        "{}",
        out.stderr
    );
}

#[test]
fn a_fact_value_reaching_a_select_through_a_template_loop_falls_through_to_a_finding() {
    // `language-name` over a page's `languages` (a list in the resources partial): a
    // Japanese wording without `[en]` would show Japanese readers "en"
    let p = Project::fixture("second-company");
    p.write(
        "locales/ja/own.ftl",
        "language-name = { $lang ->\n    [ja] 日本語\n   *[other] { $lang }\n}\n",
    );
    p.run(&["check"]).assert_code(1).assert_stderr_contains(
        "`language-name` in `ja` has no variant for `en` (`$lang`): the default variant's wording would be used",
    );
}

/// One syntax error is one finding: the message it breaks is not also "missing" there.
#[test]
fn a_syntax_error_is_reported_once() {
    let p = Project::fixture("second-company");
    p.write("locales/en/extra.ftl", "wp-extra = { $a \n");
    p.write("locales/ja/extra.ftl", "wp-extra = ok\n");
    let out = p.run(&["check"]);
    out.assert_code(1)
        .assert_stderr_contains("error[1:fluent-syntax]");
    assert!(!out.stderr.contains("missing-message"), "{}", out.stderr);
    assert_eq!(out.stderr.matches("error[").count(), 1, "{}", out.stderr);
}
