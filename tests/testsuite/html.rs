//! HTML editions of a fixture project.

use crate::project::Project;

#[test]
fn html_is_self_contained_escaped_and_linked() {
    let p = Project::fixture("minimal");
    p.edit(
        "content/storage.toml",
        "en = \"condition | pipe\"",
        "en = \"<script>alert(1)</script><img src=x onerror=alert(2)>\"",
    );
    p.run(&["build", "--format", "html"]).assert_code(0);
    let en = p.read("out/en/whitepaper.html");
    let ja = p.read("out/ja/whitepaper.html");
    assert!(ja.contains("<html lang=\"ja\""), "lang attribute");
    assert!(en.contains("<html lang=\"en\""), "lang attribute");
    assert!(en.contains("Content-Security-Policy"), "CSP meta");
    assert!(
        !en.contains("<script"),
        "no script element reaches the page"
    );
    assert!(!en.contains("<img"), "no img element reaches the page");
    assert!(
        en.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the fact arrives as text"
    );
    assert!(en.contains("id=\"storage\""), "stable heading id");
    assert!(
        en.contains("href=\"#storage\""),
        "table of contents links the heading"
    );
    assert!(
        en.contains("../ja/whitepaper.html"),
        "link to the other language"
    );
    assert!(
        ja.contains("../en/whitepaper.html"),
        "link to the other language"
    );
    assert!(
        !en.contains("http://") && !en.contains("<link"),
        "no external resources"
    );
}

#[test]
fn project_can_override_the_stylesheet_and_layout_file_by_file() {
    let p = Project::fixture("minimal");
    p.write(
        "templates/html/style.css",
        "body { color: rebeccapurple; }\n",
    );
    p.run(&["build", "--format", "html", "--lang", "en"])
        .assert_code(0);
    let html = p.read("out/en/whitepaper.html");
    assert!(
        html.contains("rebeccapurple"),
        "the project's CSS is inlined"
    );
    assert!(html.contains("<nav"), "the built-in layout is still used");

    p.write(
        "templates/html/layout.html",
        "<!doctype html><html lang=\"{{ lang }}\"><title>{{ title }}</title><main>{{ body | safe }}</main></html>\n",
    );
    p.run(&["build", "--format", "html", "--lang", "en"])
        .assert_code(0);
    let html = p.read("out/en/whitepaper.html");
    assert!(
        html.starts_with("<!doctype html><html lang=\"en\"><title>Test Whitepaper</title><main>"),
        "{html}"
    );
    assert!(
        !html.contains("rebeccapurple"),
        "this layout does not include the CSS"
    );
}

#[test]
fn a_broken_layout_is_a_content_error_naming_the_template() {
    let p = Project::fixture("minimal");
    p.write("templates/html/layout.html", "<html>{% if %}</html>\n");
    let out = p.run(&["build", "--format", "html"]);
    out.assert_code(1);
    assert!(
        out.stderr.contains("templates/html/layout.html"),
        "{}",
        out.stderr
    );
    assert!(!p.path("out").exists(), "nothing written");
}
