//! `whitepaper export`: the facts as JSON and CSV, for trust-center pages and questionnaires.

use crate::project::Project;

#[test]
fn json_export_names_every_external_cloud_service() {
    let p = Project::shipped_content_only();
    let out = p.run(&["export"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(v["schema"], "whitepaper-export/1");
    assert_eq!(v["languages"], serde_json::json!(["ja", "en"]));
    let list = v["facts"]["subprocessors"]["list"].as_array().unwrap();
    assert_eq!(
        list.len(),
        18,
        "the whitepaper's 18 external cloud services"
    );
    assert!(
        list.iter()
            .all(|s| s["name"].is_string() && s["id"].is_string())
    );
    assert!(!p.path("out").exists(), "export writes no files");
}

#[test]
fn csv_of_subprocessors_has_a_header_and_one_row_each() {
    let p = Project::shipped_content_only();
    let out = p.run(&["export", "--format", "csv", "--what", "subprocessors"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let lines: Vec<&str> = out.stdout.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + 18, "{}", out.stdout);
    assert!(lines[0].starts_with("id,"), "{}", lines[0]);
    assert!(
        lines[0].contains("name.ja") && lines[0].contains("function.en"),
        "{}",
        lines[0]
    );
    // a comma inside a value is quoted (RFC 4180)
    out.assert_stdout_contains("\"Amazon Web Services, Inc.\"");

    let bad = p.run(&["export", "--format", "csv"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("--what"), "{}", bad.stderr);
    let bad = p.run(&["export", "--what", "subprocessors.nope"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("`subprocessors` has no `nope`; it has: "),
        "{}",
        bad.stderr
    );
}

#[test]
fn any_company_exports_its_lists() {
    let p = Project::fixture("second-company");
    let out = p.run(&["export", "--format", "csv", "--what", "subprocessors"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.assert_stdout_contains("Postmark");
}
