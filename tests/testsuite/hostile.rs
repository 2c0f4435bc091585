//! Hostile projects: nothing outside the project is ever read or published.

#![cfg(unix)]

use std::os::unix::fs::symlink;

use crate::project::Project;

fn secret() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("passwd"), "root:x:0:0:SECRET-LINE\n").unwrap();
    d
}

#[track_caller]
fn refused(p: &Project, args: &[&str], path: &str) {
    let out = p.run(args);
    out.assert_code(1);
    out.assert_stderr_contains("outside-project");
    assert!(out.stderr.contains(path), "names {path}: {}", out.stderr);
    assert!(
        !out.stderr.contains("SECRET-LINE"),
        "the outside file's text is shown: {}",
        out.stderr
    );
}

#[test]
fn a_template_linked_out_of_the_project_is_refused() {
    let s = secret();
    let p = Project::fixture("second-company");
    std::fs::create_dir_all(p.path("templates/whitepaper")).unwrap();
    symlink(
        s.path().join("passwd"),
        p.path("templates/whitepaper/storage.md"),
    )
    .unwrap();
    refused(&p, &["check"], "templates/whitepaper/storage.md");
    refused(&p, &["build"], "templates/whitepaper/storage.md");
    assert!(!p.path("out").exists(), "nothing written");
}

#[test]
fn a_templates_folder_linked_to_the_root_neither_hangs_nor_leaks() {
    let p = Project::fixture("second-company");
    symlink("/", p.path("templates")).unwrap();
    refused(&p, &["check"], "templates");
    refused(&p, &["build"], "templates");
}

#[test]
fn content_locales_theme_fonts_and_config_linked_out_are_refused() {
    let s = secret();
    let p = Project::fixture("second-company");
    std::fs::remove_file(p.path("content/legal.toml")).unwrap();
    symlink(s.path().join("passwd"), p.path("content/legal.toml")).unwrap();
    refused(&p, &["check"], "content/legal.toml");

    let p = Project::fixture("second-company");
    std::fs::create_dir_all(p.path("locales/ja")).unwrap();
    symlink(s.path().join("passwd"), p.path("locales/ja/x.ftl")).unwrap();
    refused(&p, &["build"], "locales/ja/x.ftl");

    let p = Project::fixture("second-company");
    std::fs::create_dir_all(p.path("templates/html")).unwrap();
    symlink(s.path().join("passwd"), p.path("templates/html/style.css")).unwrap();
    refused(
        &p,
        &["build", "--format", "html"],
        "templates/html/style.css",
    );

    let p = Project::fixture("second-company");
    std::fs::create_dir_all(p.path("fonts")).unwrap();
    symlink(s.path().join("passwd"), p.path("fonts/regular.ttf")).unwrap();
    refused(&p, &["build", "--format", "pdf"], "fonts/regular.ttf");

    let p = Project::fixture("second-company");
    std::fs::remove_file(p.path("whitepaper.toml")).unwrap();
    symlink(s.path().join("passwd"), p.path("whitepaper.toml")).unwrap();
    refused(&p, &["check"], "whitepaper.toml");
}

#[test]
fn links_within_the_project_are_followed() {
    let p = Project::fixture("second-company");
    std::fs::rename(p.path("content/legal.toml"), p.path("legal-source.toml")).unwrap();
    symlink(p.path("legal-source.toml"), p.path("content/legal.toml")).unwrap();
    p.run(&["check", "--deny-warnings"]).assert_code(0);
}

#[test]
fn a_byte_order_mark_is_valid_input_everywhere() {
    let p = Project::fixture("second-company");
    for f in [
        "whitepaper.toml",
        "content/services.toml",
        "content/vocabulary.toml",
    ] {
        let text = p.read(f);
        p.write(f, &format!("\u{feff}{text}"));
    }
    p.write(
        "locales/ja/ours.ftl",
        "\u{feff}wp-manuals-intro = マニュアル一覧\n",
    );
    p.write(
        "templates/whitepaper/manuals-note.md",
        "\u{feff}unused partial\n",
    );
    p.run(&["check", "--deny-warnings"]).assert_code(0);
    p.run(&["build", "--format", "md"]).assert_code(0);
    let md = p.read("out/ja/whitepaper.md");
    assert!(md.contains("マニュアル一覧"), "{md}");
    assert!(!md.contains('\u{feff}'));
}

#[test]
fn control_characters_in_a_fact_are_an_error_never_echoed() {
    let p = Project::fixture("second-company");
    p.edit(
        "content/services.toml",
        "name = \"Hoshizora Chat\"",
        "name = \"Hoshizora\\u001b[31mChat\\u0007\"",
    );
    let out = p.run(&["check"]);
    out.assert_code(1);
    out.assert_stderr_contains("control character U+001B in text");
    out.assert_stderr_contains("content/services.toml:3:8");
    // A raw ESC byte in a file is not echoed to the terminal either.
    let p = Project::fixture("second-company");
    p.edit(
        "content/services.toml",
        "name = \"Hoshizora Chat\"",
        "name = \"Hoshizora\u{1b}[31mChat\"",
    );
    let out = p.run(&["build"]);
    out.assert_code(1);
    assert!(!out.stderr.contains('\u{1b}'), "{:?}", out.stderr);
}

#[test]
fn a_build_killed_at_any_moment_leaves_the_old_or_the_new_out_never_a_mixture() {
    let p = Project::fixture("second-company");
    let args = ["build", "--format", "md,html"];
    p.run(&args).assert_code(0);
    let old = p.snapshot_out();
    p.edit("content/services.toml", "Hoshizora Chat", "Hoshizora Talk");
    // What the new build publishes, built aside.
    let q = Project::fixture("second-company");
    q.edit("content/services.toml", "Hoshizora Chat", "Hoshizora Talk");
    q.run(&args).assert_code(0);
    let new = q.snapshot_out();
    assert_ne!(old, new);
    let mut seen_old = 0;
    for step in 0..16u64 {
        let mut child = p.spawn(&args);
        std::thread::sleep(std::time::Duration::from_millis(step * 7));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let now = p.snapshot_out();
        assert!(
            now == old || now == new,
            "killed after {} ms: out/ is a mixture",
            step * 7
        );
        if now == old {
            seen_old += 1;
        }
    }
    assert!(seen_old > 0, "some kill landed before the switch");
    p.run(&args).assert_code(0);
    assert_eq!(p.snapshot_out(), new);
    let beside: Vec<String> = p
        .top_level()
        .into_iter()
        .filter(|n| n.contains("whitepaper-") && !n.ends_with("whitepaper-lock"))
        .collect();
    assert!(beside.is_empty(), "left behind: {beside:?}");
}

#[test]
fn two_builds_started_together_publish_one_after_the_other() {
    let p = Project::fixture("second-company");
    let args = ["build", "--format", "md,html"];
    p.run(&args).assert_code(0);
    let expected = p.snapshot_out();
    let children: Vec<_> = (0..3).map(|_| p.spawn(&args)).collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    assert_eq!(p.snapshot_out(), expected);
}

#[test]
fn deeply_nested_fluent_placeables_are_an_error_not_a_crash() {
    let p = Project::fixture("second-company");
    std::fs::create_dir_all(p.path("locales/en")).unwrap();
    let deep = format!(
        "ok = fine\ndeep = {}x{}\n",
        "{ ".repeat(20_000),
        " }".repeat(20_000)
    );
    p.write("locales/en/deep.ftl", &deep);
    for args in [&["check"][..], &["build"]] {
        let out = p.run(args);
        out.assert_code(1);
        out.assert_stderr_contains("locales/en/deep.ftl:2:")
            .assert_stderr_contains("nested more than 32 deep");
    }
    assert!(!p.path("out").exists());
}

#[test]
fn a_template_that_never_ends_stops_with_an_error_naming_it() {
    let p = Project::fixture("second-company");
    std::fs::create_dir_all(p.path("templates/whitepaper")).unwrap();
    p.write(
        "templates/whitepaper/storage.md",
        "{% for i in range(end=100000) %}{% for j in range(end=100000) %}{% for k in range(end=100000) %}{% endfor %}{% endfor %}{% endfor %}\n",
    );
    let started = std::time::Instant::now();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_whitepaper"))
        .arg("build")
        .current_dir(p.path(""))
        .env("WHITEPAPER_RENDER_LIMIT", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("render-limit"), "{stderr}");
    assert!(stderr.contains("templates/whitepaper.md"), "{stderr}");
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    assert!(!p.path("out").exists(), "nothing published");
}

#[test]
fn the_project_folder_is_never_an_output_folder() {
    let p = Project::fixture("second-company");
    for out in [".", ".."] {
        let o = p.run(&["build", "--format", "md", "--out", out]);
        o.assert_code(2);
        o.assert_stderr_contains("is the project folder or holds it");
    }
    assert!(p.path("content/services.toml").exists());
}

#[test]
fn a_file_that_is_not_utf8_is_named_with_its_line_and_column() {
    for (rel, prefix) in [
        ("content/services.toml", "# services\n# ok\nx"),
        ("locales/en/extra.ftl", "a = b\n\nx"),
        ("templates/whitepaper/storage.md", "Storage\n\nx"),
        ("whitepaper.toml", "# config\n\nx"),
    ] {
        let p = Project::fixture("second-company");
        let path = p.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let mut bytes = prefix.as_bytes().to_vec();
        bytes.extend([0xFF, 0xFE, b'\n']);
        std::fs::write(&path, bytes).unwrap();
        for args in [&["check"][..], &["build"]] {
            let out = p.run(args);
            out.assert_code(1);
            out.assert_stderr_contains("not-utf8")
                .assert_stderr_contains(&format!("{rel}:3:2"));
        }
    }
}

#[test]
fn a_broken_font_override_is_named() {
    let p = Project::fixture("second-company");
    std::fs::create_dir_all(p.path("fonts")).unwrap();
    let good = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/fonts/NotoSansJP-Regular.ttf"
    ))
    .unwrap();
    std::fs::write(p.path("fonts/regular.ttf"), &good).unwrap();
    // A bold font cut short, as a failed download leaves it.
    std::fs::write(p.path("fonts/bold.ttf"), &good[..4096]).unwrap();
    let out = p.run(&["build", "--format", "pdf"]);
    out.assert_code(1);
    out.assert_stderr_contains("fonts/bold.ttf");
    assert!(!p.path("out").exists());
}
