//! The open content model: a second company adopts the tool with facts alone; vocabulary
//! values need wording; built-in editions are overridable file by file; numbering follows
//! the document's structure; the schema documents it all.

use crate::project::{Project, fixtures};

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

const OTHER_COMPANIES: &[&str] = &["nulab", "backlog", "cacoo", "typetalk", "ヌーラボ"];

#[test]
fn a_second_company_builds_every_edition_from_facts_alone() {
    let p = Project::fixture("second-company");
    assert!(!p.path("templates").exists() && !p.path("locales").exists());
    let check = p.run(&["check", "--deny-warnings"]);
    check.assert_code(0);
    // no problem; the only notes are catalog items it neither answers nor declares
    assert!(check.stderr.contains("check passed:"), "{}", check.stderr);
    for l in check
        .stderr
        .lines()
        .filter(|l| l.starts_with("note[") || l.starts_with("warning[") || l.starts_with("error["))
    {
        assert!(
            l.contains(":iso27017-unanswered]") || l.contains(":unanswered-item]"),
            "{l}"
        );
    }
    // the seven cloud-specific items of ISO/IEC 27017: answered or declared not applicable
    let json = p.run(&["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let items = v["coverage"][0]["items"].as_array().unwrap();
    let cld: Vec<_> = items
        .iter()
        .filter(|i| i["cloud_specific"] == true)
        .collect();
    assert_eq!(cld.len(), 7);
    for i in cld {
        assert_ne!(i["state"], "unanswered", "{i}");
    }
    p.run(&["build"]).assert_code(0);
    // Its own facts, in every format and language.
    let facts: &[&str] = &[
        "SOC 2 Type II",
        "ISMAP",
        "C25-0000-1",
        "AES-256",
        "time.google.com",
        "asia-northeast1",
        "Hoshizora Chat",
        "Postmark",
        "48",
    ];
    for lang in ["ja", "en"] {
        let md = p.read(&format!("out/{lang}/whitepaper.md"));
        let html = p.read(&format!("out/{lang}/whitepaper.html"));
        let pdf = p.pdf_text(&format!("out/{lang}/whitepaper.pdf"));
        for f in facts {
            assert!(md.contains(f), "{lang} md lacks {f}");
            assert!(html.contains(f), "{lang} html lacks {f}");
            assert!(pdf.contains(&squeeze(f)), "{lang} pdf lacks {f}");
        }
        for ed in ["whitepaper", "supplementary-terms"] {
            let md = p.read(&format!("out/{lang}/{ed}.md")).to_lowercase();
            for other in OTHER_COMPANIES {
                assert!(!md.contains(other), "{lang} {ed} mentions {other}");
            }
        }
    }
    let ja = p.read("out/ja/whitepaper.md");
    assert!(ja.contains("東京地方裁判所"), "court of jurisdiction");
    assert!(
        ja.contains("2025年4月1日～2026年3月31日"),
        "SOC 2 report period"
    );
    assert!(
        ja.contains("すべてのサービスで、保管されるすべてのデータをAES-256で暗号化しています。")
    );
    // A zone named after UTC, once: not "UTC（UTC+0）".
    assert!(
        ja.contains("サーバーの時間であるUTCで取得"),
        "UTC-only logs"
    );
    assert!(!ja.contains("UTC（UTC+0）"), "UTC twice");
    // Its own vocabulary, worded in its content/vocabulary.toml.
    assert!(ja.contains("ワークスペースの削除から14日経過後"));
    // No claim it does not make: it has no trial or suspension rule.
    assert!(!ja.contains("トライアルの期間が満了"), "{ja}");
    // Nothing renders as a row of dashes in its whitepaper.
    assert!(!ja.contains("| — | —"));
    // All 23 sections, numbered 1–23: the 19 of the seeds' areas, three in its own words on
    // cloud-specific items, and the items that do not apply (the appendix is not numbered).
    let numbered: Vec<u32> = ja
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
        .filter_map(|h| h.split('.').next()?.parse().ok())
        .collect();
    assert_eq!(numbered, (1..=23).collect::<Vec<_>>());
}

#[test]
fn the_shipped_facts_alone_build_the_same_editions() {
    let full = Project::shipped();
    full.run(&["build", "--format", "md"]).assert_code(0);
    let bare = Project::shipped_content_only();
    bare.run(&["build", "--format", "md"]).assert_code(0);
    bare.run(&["check", "--deny-warnings"]).assert_code(0);
    for lang in ["ja", "en"] {
        for ed in ["whitepaper", "supplementary-terms"] {
            let rel = format!("out/{lang}/{ed}.md");
            assert_eq!(full.read(&rel), bare.read(&rel), "{rel}");
        }
    }
}

#[test]
fn a_value_without_wording_is_reported_at_the_fact() {
    let p = Project::fixture("second-company");
    p.edit(
        "content/operations.toml",
        "frequency = \"weekly\"",
        "frequency = \"fortnightly\"",
    );
    let out = p.run(&["check"]);
    out.assert_code(1);
    out.assert_stderr_contains("scan-frequency `fortnightly` has no wording in `ja`, `en`");
    out.assert_stderr_contains("content/operations.toml:13:13");
    // The build refuses too, and names the same place.
    let b = p.run(&["build"]);
    b.assert_code(1);
    b.assert_stderr_contains("content/operations.toml:13:13");
    // Worded in content, it builds.
    let vocab = p.read("content/vocabulary.toml");
    p.write(
        "content/vocabulary.toml",
        &format!("{vocab}\n[scan-frequency]\nfortnightly = {{ ja = \"隔週\", en = \"every other week\" }}\n"),
    );
    p.run(&["check", "--deny-warnings"]).assert_code(0);
    p.run(&["build", "--format", "md"]).assert_code(0);
    assert!(p.read("out/en/whitepaper.md").contains("every other week"));
}

#[test]
fn a_select_variant_a_fact_reaches_cannot_silently_fall_through() {
    let p = Project::shipped();
    p.edit("locales/ja/common.ftl", "    [ja] 日本語\n", "");
    let out = p.run(&["check"]);
    out.assert_code(1);
    out.assert_stderr_contains("`language-name` in `ja` has no variant for `ja` (`$lang`): the default variant's wording would be used");
    assert!(
        out.stderr.contains("content/operations.toml:"),
        "names the fact: {}",
        out.stderr
    );
}

#[test]
fn bad_fluent_in_content_wording_is_reported_at_the_content_file() {
    let p = Project::fixture("second-company");
    p.edit(
        "content/vocabulary.toml",
        "workspace-deleted = { ja = \"ワークスペースが削除されたこと\"",
        "workspace-deleted = { ja = \"ワークスペースが{ 削除されたこと\"",
    );
    let out = p.run(&["check"]);
    out.assert_code(1);
    out.assert_stderr_contains(
        "the `ja` wording of `deletion-trigger-workspace-deleted` is not valid Fluent",
    );
    out.assert_stderr_contains("content/vocabulary.toml:7:");
}

#[test]
fn removing_a_section_renumbers_everything_after_it() {
    let p = Project::shipped();
    std::fs::remove_file(p.path("content/logs.toml")).unwrap();
    p.run(&["build"]).assert_code(0);
    for lang in ["ja", "en"] {
        let md = p.read(&format!("out/{lang}/whitepaper.md"));
        let numbered: Vec<(u32, String)> = md
            .lines()
            .filter_map(|l| l.strip_prefix("## "))
            .filter_map(|h| {
                let (n, rest) = h.split_once(". ")?;
                Some((n.parse().ok()?, rest.to_string()))
            })
            .collect();
        assert_eq!(numbered.len(), 18, "{lang}: {numbered:?}");
        assert_eq!(
            numbered.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
            (1..=18).collect::<Vec<_>>()
        );
        let twelve = &numbered[11].1;
        assert!(
            twelve.starts_with("脆弱性管理") || twelve.starts_with("Vulnerability"),
            "{lang}: section 12 is now vulnerability management: {twelve}"
        );
        // The HTML headings and table of contents, and the PDF's text (contents page
        // included), carry the new numbers.
        let html = p.read(&format!("out/{lang}/whitepaper.html"));
        let pdf = p.pdf_text(&format!("out/{lang}/whitepaper.pdf"));
        let heading = format!("12. {}", twelve.split(" <a id=").next().unwrap());
        assert!(
            html.matches(&heading).count() >= 2,
            "{lang} html: heading and contents"
        );
        assert!(
            pdf.matches(&squeeze(&heading)).count() >= 2,
            "{lang} pdf: heading and contents"
        );
        let last = html
            .split("id=\"cloud-services\"")
            .nth(1)
            .and_then(|rest| rest.split('<').next())
            .unwrap_or_default();
        assert!(
            last.contains("18. "),
            "{lang}: the last section is now 18: {last}"
        );
        // The supplementary terms lose their logs article; the next one moves up.
        let st = p.read(&format!("out/{lang}/supplementary-terms.md"));
        assert!(
            st.contains("### 第6条（本サービスで収集する情報の預託先）")
                || st.contains("### Article 6. Where information"),
            "{lang}: {st}"
        );
    }
    // `check` says which ISO/IEC 27017 item the content no longer answers.
    let out = p.run(&["check", "--format", "json"]);
    out.assert_code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let items = v["coverage"][0]["items"].as_array().unwrap();
    let clock = items.iter().find(|i| i["clause"] == "12.4.4").unwrap();
    assert_eq!(clock["state"], "unanswered", "{v}");
    assert_eq!(clock["id"], "clock-synchronisation");
    let unanswered: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            f["code"] == "iso27017-unanswered" && f["message"].as_str().unwrap().contains("12.4.4")
        })
        .collect();
    assert_eq!(unanswered.len(), 1, "{v}");
    assert_eq!(unanswered[0]["severity"], "info");
}

#[test]
fn project_files_override_the_built_in_ones_file_by_file() {
    let p = Project::fixture("second-company");
    p.write(
        "templates/whitepaper/storage.md",
        "## {{ t(key=\"wp-storage-title\") }} {{ anchor(id=\"storage\", number=\"section\", answers=\"data-location\") }}\n\nOur own storage section.\n",
    );
    p.write(
        "locales/ja/ours.ftl",
        "wp-storage-title = データの保管場所\n",
    );
    p.run(&["check", "--deny-warnings"]).assert_code(0);
    p.run(&["build", "--format", "md"]).assert_code(0);
    let ja = p.read("out/ja/whitepaper.md");
    assert!(
        ja.contains("## 2. データの保管場所 <a id=\"storage\"></a>\n\nOur own storage section."),
        "{ja}"
    );
    // The rest is still the built-in edition.
    assert!(ja.contains("## 3. データの削除"));
    assert!(
        p.read("out/en/whitepaper.md")
            .contains("## 2. Data storage locations")
    );
}

#[test]
fn no_company_is_named_in_the_tool_or_its_built_in_editions() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![
        root.join("src"),
        root.join("templates"),
        root.join("locales"),
    ];
    let mut found = Vec::new();
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&p) else {
                continue;
            };
            let lower = text.to_lowercase();
            for name in OTHER_COMPANIES {
                if lower.contains(name) {
                    found.push(format!("{} mentions {name}", p.display()));
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_schema_is_json_schema_and_the_readme_carries_its_reference() {
    let p = Project::fixture("second-company");
    let out = p.run(&["schema"]);
    out.assert_code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
    for file in [
        "whitepaper.toml",
        "content/services.toml",
        "content/deletion.toml",
        "content/certifications.toml",
        "content/vocabulary.toml",
        "content/editions/<edition>.toml",
    ] {
        assert!(v["properties"][file].is_object(), "{file}");
    }
    let cert = &v["$defs"]["Certification"]["properties"];
    for field in [
        "registration_number",
        "body",
        "scope",
        "validity",
        "report_period",
    ] {
        assert!(cert[field].is_object(), "certification.{field}");
    }
    // One schema per file for editors.
    p.run(&["schema", "--out", "schemas"]).assert_code(0);
    assert!(p.path("schemas/deletion.schema.json").exists());
    // The guide's content reference is the generated one, word for word.
    let reference = p.run(&["schema", "--reference"]).stdout;
    let page = std::fs::read_to_string(fixtures().join("../../docs/content-reference.md")).unwrap();
    assert!(
        page.contains(reference.trim()),
        "docs/content-reference.md is stale: run .ci/update-reference.sh"
    );
}

#[test]
fn check_catches_what_the_build_would_fail_on_in_content_wording() {
    let p = Project::fixture("second-company");
    p.edit(
        "content/vocabulary.toml",
        "workspace-deleted = { ja = \"ワークスペースが削除されたこと\"",
        "workspace-deleted = { ja = \"ワークスペース{ $owner }が削除されたこと\"",
    );
    let out = p.run(&["check"]);
    out.assert_code(1);
    out.assert_stderr_contains("error[1:message-error]: message `deletion-trigger-workspace-deleted` in language `ja`: Resolver error: Unknown variable: $owner");
    out.assert_stderr_contains("content/vocabulary.toml:7:21");
    out.assert_stderr_contains("variables the template passes");
    p.run(&["build"]).assert_code(1);
}

#[test]
fn wording_no_fact_uses_is_a_warning() {
    let p = Project::fixture("second-company");
    p.edit(
        "content/vocabulary.toml",
        "[deletion-trigger]\n",
        "[deletion-trigger]\nworkspace-removed = { ja = \"削除\", en = \"Removed\" }\n",
    );
    let out = p.run(&["check", "--deny-warnings"]);
    out.assert_code(1);
    out.assert_stderr_contains("no fact uses the deletion-trigger `workspace-removed` worded here");
    p.run(&["check"]).assert_code(0);
}

#[test]
fn no_cell_or_row_is_a_placeholder() {
    for p in [Project::shipped(), Project::fixture("second-company")] {
        p.run(&["build", "--format", "md"]).assert_code(0);
        for lang in ["ja", "en"] {
            for ed in ["whitepaper", "supplementary-terms"] {
                let md = p.read(&format!("out/{lang}/{ed}.md"));
                for line in md.lines().filter(|l| l.starts_with('|')) {
                    let cells: Vec<&str> =
                        line.trim_matches('|').split('|').map(str::trim).collect();
                    assert!(
                        !cells.iter().any(|c| *c == "—" || *c == "-" || c.is_empty()),
                        "{lang} {ed}: a placeholder or empty cell: {line}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_deleted_wording_of_a_value_in_use_fails_check_at_its_first_fact() {
    // The old failure: a Japanese deletion condition silently fell back to another's wording.
    let p = Project::shipped();
    let ja = p.read("locales/ja/vocabulary.ftl");
    let line = ja
        .lines()
        .find(|l| l.starts_with("deletion-trigger-suspended = "))
        .unwrap()
        .to_string();
    p.edit("locales/ja/vocabulary.ftl", &format!("{line}\n"), "");
    let out = p.run(&["check"]);
    out.assert_code(1);
    out.assert_stderr_contains(
        "deletion-trigger `suspended` has no wording in `ja` (used 4 times; this is the first)",
    );
    let at = p
        .read("content/deletion.toml")
        .lines()
        .position(|l| l.trim() == "trigger = \"suspended\"")
        .unwrap()
        + 1;
    out.assert_stderr_contains(&format!("content/deletion.toml:{at}:13"));
    assert_eq!(
        out.stderr.matches("missing-wording").count(),
        1,
        "one finding for the value, with its count of uses: {}",
        out.stderr
    );
    p.run(&["build"]).assert_code(1);
}

#[test]
fn a_fact_that_looks_like_markdown_renders_as_its_text() {
    let p = Project::fixture("second-company");
    p.edit(
        "content/services.toml",
        "name = \"Hoshizora Forms\"",
        "name = \"1. Beta console\"",
    );
    p.edit(
        "content/deletion.toml",
        "data = { ja = \"請求書および領収書\", en = \"Invoices and receipts\" }",
        "data = \"# x\"",
    );
    p.run(&["build"]).assert_code(0);
    for lang in ["ja", "en"] {
        let html = p.read(&format!("out/{lang}/whitepaper.html"));
        assert!(html.contains("1. Beta console"), "{lang}");
        assert!(
            !html.contains(">Beta console"),
            "{lang}: a fact became a numbered list"
        );
        assert!(
            html.contains("<li># x</li>"),
            "{lang}: a fact became a heading"
        );
        let pdf = p.pdf_text(&format!("out/{lang}/whitepaper.pdf"));
        assert!(pdf.contains("1.Betaconsole"), "{lang} pdf");
        let md = p.read(&format!("out/{lang}/whitepaper.md"));
        assert!(md.contains("- \\# x"), "{lang} md");
    }
}

#[test]
fn a_script_link_never_reaches_any_output() {
    // In a fact: refused when read, at the fact.
    let p = Project::fixture("second-company");
    p.edit(
        "content/resources.toml",
        "url = \"https://hoshizora.example/help\"",
        "url = \"javascript:alert(1)\"",
    );
    for cmd in [&["check"][..], &["build"][..]] {
        let out = p.run(cmd);
        out.assert_code(1);
        out.assert_stderr_contains("error[1:invalid-url]: invalid URL `javascript:alert(1)`: only https, http, mailto links are allowed");
        out.assert_stderr_contains("content/resources.toml:5:7");
    }
    // In a project's own message: `check` and `build` refuse it, naming the message's line
    // (the renderers also filter every link: see the HTML and PDF unit tests).
    let p = Project::fixture("second-company");
    p.write(
        "locales/en/ours.ftl",
        "wp-manuals-intro = See [our manuals](javascript:alert(1)) and [Java](JAVASCRIPT:void(0)).\n",
    );
    for cmd in [&["check"][..], &["build"][..]] {
        let out = p.run(cmd);
        out.assert_code(1);
        out.assert_stderr_contains("disallowed-link");
        out.assert_stderr_contains("locales/en/ours.ftl:1:");
    }
    assert!(!p.path("out").exists(), "nothing was written");
}

#[test]
fn a_link_without_url_is_its_label_and_a_finding_at_the_fact() {
    let p = Project::fixture("second-company");
    p.edit(
        "content/passwords.toml",
        ", url = \"https://hoshizora.example/help/password\"",
        "",
    );
    let out = p.run(&["check", "--deny-warnings"]);
    out.assert_code(1);
    out.assert_stderr_contains("warning[1:link-without-url]");
    out.assert_stderr_contains("content/passwords.toml:4:27");
    p.run(&["build", "--format", "md"]).assert_code(0);
    let md = p.read("out/ja/whitepaper.md");
    assert!(md.contains("\n- パスワードの変更\n"), "{md}");
    assert!(
        !md.contains("パスワードの変更 (マニュアルページ)"),
        "no marker promises a page"
    );
}

#[test]
fn note_marks_are_the_languages_own() {
    let p = Project::fixture("second-company");
    p.run(&["build", "--format", "html,pdf"]).assert_code(0);
    let ja = p.read("out/ja/whitepaper.html");
    assert!(ja.contains(">※1</a></sup>"), "ja html");
    assert!(p.pdf_text("out/ja/whitepaper.pdf").contains("※1"), "ja pdf");
    let en = p.read("out/en/whitepaper.html");
    let body = &en[en.find("<body").unwrap()..];
    assert!(
        !body.contains('※') && body.contains(">1</a></sup>"),
        "en html"
    );
    assert!(!p.pdf_text("out/en/whitepaper.pdf").contains('※'), "en pdf");
}

#[test]
fn html_and_pdf_number_a_note_defined_before_its_reference_alike() {
    let p = Project::fixture("minimal");
    let t = p.read("templates/whitepaper.md");
    p.write(
        "templates/whitepaper.md",
        &format!(
            "[^late]: Defined first, referenced second.\n\nFirst[^early] and second[^late].\n\n[^early]: Defined last, referenced first.\n\n{t}"
        ),
    );
    p.run(&["build", "--lang", "en", "--format", "html,pdf"])
        .assert_code(0);
    let html = p.read("out/en/whitepaper.html");
    let num = |label: &str| {
        let at = html
            .find(&format!("id=\"wp-note-{label}\""))
            .unwrap_or_else(|| panic!("note {label}: {html}"));
        let mark = &html[at..];
        let mark = &mark[mark.find("note-mark").unwrap()..];
        let mark = &mark[mark.find('>').unwrap() + 1..];
        mark[..mark.find('<').unwrap()].to_string()
    };
    assert_eq!(num("early"), "1", "first referenced, first numbered");
    assert_eq!(num("late"), "2");
    let pdf = p.pdf_text("out/en/whitepaper.pdf");
    let first = pdf.find("First1").expect("pdf: First¹");
    let second = pdf.find("second2").expect("pdf: second²");
    assert!(first < second);
    let early = pdf
        .find("1Definedlast")
        .expect("pdf: note 1 is the early one");
    let late = pdf
        .find("2Definedfirst")
        .expect("pdf: note 2 is the late one");
    assert!(
        first < early && early < late,
        "the notes follow the paragraph that cites them, in the order they are cited"
    );
}
