use super::*;
use whitepaper_core::document::{DocMeta, Document};

const SAMPLE_JA: &str = include_str!("../../../tests/fixtures/html/sample-ja.md");
const SAMPLE_EN: &str = include_str!("../../../tests/fixtures/html/sample-en.md");

fn meta(lang: &str) -> DocMeta {
    let ja = lang == "ja";
    let pick = |j: &str, e: &str| if ja { j.to_string() } else { e.to_string() };
    DocMeta {
        title: pick(
            "ホシゾラセキュリティホワイトペーパー",
            "Hoshizora Security Whitepaper",
        ),
        subject: pick(
            "ホシゾラのクラウドサービスにおけるセキュリティへの取り組み",
            "How Hoshizora secures its cloud services",
        ),
        company: pick("株式会社ホシゾラ", "Hoshizora K.K."),
        ..DocMeta::sample(lang)
    }
}

fn doc(lang: &str, markdown: &str) -> Document {
    Document {
        edition: "whitepaper".into(),
        lang: lang.into(),
        markdown: markdown.into(),
        meta: meta(lang),
        numbered: Vec::new(),
    }
}

fn sample(lang: &str) -> String {
    let md = if lang == "ja" { SAMPLE_JA } else { SAMPLE_EN };
    render(&doc(lang, md), &Theme::builtin()).expect("render")
}

#[test]
fn escapes_facts_and_meta() {
    let md = "## 1. T {#t}\n\nA <script>alert(1)</script> and <img src=x onerror=alert(1)> fact.\n\n\
              | a | b |\n| --- | --- |\n| <script>x</script> | <b onclick=y>z</b><br>w |\n";
    let mut d = doc("en", md);
    d.meta.title = "<script>alert('t')</script>".into();
    d.meta.alternates[0].lang_name = "<img src=x onerror=alert(2)>".into();
    let html = render(&d, &Theme::builtin()).unwrap();
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<b "), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(
        html.contains("&lt;b onclick=y&gt;z&lt;/b&gt;<br>w"),
        "{html}"
    );
}

#[test]
fn only_br_passes_through() {
    assert!(is_br("<br>") && is_br("<BR/>") && is_br("<br />"));
    assert!(!is_br("<br onclick=x>") && !is_br("<bra>") && !is_br("<p>"));
    let body = render_body("a<br>b <span>c</span>\n\n<div>\nblock\n</div>\n");
    assert!(
        body.html.contains("a<br>b &lt;span&gt;c&lt;/span&gt;"),
        "{}",
        body.html
    );
    assert!(body.html.contains("&lt;div&gt;"), "{}", body.html);
    assert!(!body.html.contains("<div>"), "{}", body.html);
}

#[test]
fn unsafe_links_are_dropped() {
    let body = render_body(
        "[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](data:text/html,hi) \
         [ok](https://example.com/a) [in](#sec) ![pic](https://example.com/p.png)",
    );
    let h = &body.html;
    assert!(!h.to_ascii_lowercase().contains("javascript:"), "{h}");
    assert!(!h.contains("data:text"), "{h}");
    assert!(
        h.contains("<a href=\"https://example.com/a\">ok</a>"),
        "{h}"
    );
    assert!(h.contains("<a href=\"#sec\">in</a>"), "{h}");
    assert!(!h.contains("<img"), "remote images are never loaded: {h}");
}

#[test]
fn table_headers_have_scope_and_wrapper() {
    let html = sample("en");
    assert!(html.contains("<th scope=\"col\">Item</th>"));
    assert!(!html.contains("<th>"), "every th has a scope");
    // The matrix table (empty first header cell) gets row headers.
    assert!(
        html.contains("<th scope=\"row\">SAML authentication</th>"),
        "{html}"
    );
    // Every table is in a labelled, focusable scroll container labelled by its heading.
    assert_eq!(
        html.matches("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\"")
            .count(),
        html.matches("<table").count()
    );
    assert!(html.contains("aria-labelledby=\"storage-encryption\">"));
    // A second table under the same heading gets a distinct name.
    assert!(
        html.contains("aria-labelledby=\"backup wp-tbl-3-head\""),
        "{html}"
    );
    assert!(html.contains("<tr id=\"wp-tbl-3-head\">"));
    assert!(html.contains("<th scope=\"col\" class=\"align-center short\">Frequency</th>"));
    // Columns of short values stay on one line; long ones wrap.
    assert!(
        html.contains("<td class=\"short\" data-label=\"Encryption\">AES-256</td>"),
        "{html}"
    );
    // Each body cell carries its column's header, which a phone shows once the table reflows.
    assert!(html.contains(" data-label=\"Location\">"), "{html}");
    assert!(html.contains("<th scope=\"col\">Location</th>"), "{html}");
}

#[test]
fn heading_ids_and_toc() {
    let html = sample("ja");
    assert!(
        html.contains("<h2 id=\"storage\">2. データの保管</h2>"),
        "{html}"
    );
    assert!(html.contains("<h3 id=\"storage-encryption\">2.1 保管場所と暗号化</h3>"));
    assert!(html.contains("<h4 id=\"offboarding\">"));
    assert!(html.contains("<a href=\"#storage\">2. データの保管</a>"));
    assert!(html.contains("<a href=\"#storage-encryption\">2.1 保管場所と暗号化</a>"));
    // h4 is not in the TOC.
    assert!(!html.contains("<a href=\"#offboarding\">"));
    assert!(html.contains("<nav class=\"toc\" id=\"wp-toc\" aria-labelledby=\"wp-toc-title\">"));
    assert!(html.contains(">目次</h2>"));

    let body = render_body(SAMPLE_EN);
    let ids: Vec<&str> = body.toc.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "introduction",
            "storage",
            "access",
            "vulnerability",
            "contact"
        ]
    );
    assert_eq!(body.toc[1].children.len(), 2);
    assert_eq!(body.toc[1].children[0].text, "2.1 Location and encryption");
}

#[test]
fn duplicate_and_missing_heading_ids_are_made_unique() {
    let body = render_body("## A {#x}\n\n## B {#x}\n\n## C\n\n## D {#wp-main}\n");
    let ids: Vec<&str> = body.toc.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["x", "x-2", "wp-sec-1", "wp-main-2"]);
}

#[test]
fn notes_are_linked_both_ways() {
    let html = sample("ja");
    assert!(html.contains(
        "<sup class=\"note-ref\"><a href=\"#wp-note-region\" id=\"wp-ref-region\">※1</a></sup>"
    ));
    assert!(html.contains("<div class=\"note\" role=\"note\" id=\"wp-note-region\">\n<p><a class=\"note-mark\" href=\"#wp-ref-region\">※1</a> "), "{html}");
    // Second reference to the same note gets its own id and the same number.
    assert!(
        html.contains("<a href=\"#wp-note-mfa\" id=\"wp-ref-mfa-2\">※2</a>"),
        "{html}"
    );
    // The note stays where it was written: after the paragraph that references it.
    let p = html.find("id=\"wp-ref-region\"").unwrap();
    let n = html.find("id=\"wp-note-region\"").unwrap();
    let h = html.find("id=\"storage-encryption\"").unwrap();
    assert!(p < n && n < h);
}

#[test]
fn header_alternates_and_metadata() {
    let html = sample("ja");
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"ja\""),
        "{}",
        &html[..200]
    );
    assert!(html.contains("<title>ホシゾラセキュリティホワイトペーパー</title>"));
    assert!(
        html.contains("<a href=\"../en/whitepaper.html\" hreflang=\"en\" lang=\"en\">English</a>")
    );
    assert!(html.contains("<time datetime=\"2023-05-18\">2023年5月18日</time>"));
    assert!(html.contains("1.7版"));
    assert!(html.contains("最終改定日"));
    assert!(html.contains("<h1 class=\"doc-title\">ホシゾラセキュリティホワイトペーパー</h1>"));
}

#[test]
fn csp_and_no_external_resources() {
    for lang in ["ja", "en"] {
        let html = sample(lang);
        assert!(html.contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
        ), "{}", &html[..600]);
        let lower = html.to_ascii_lowercase();
        for bad in [
            "<link",
            "<script",
            "<iframe",
            "<object",
            "<embed",
            "@import",
            "url(",
            "src=\"http",
            "srcset",
        ] {
            assert!(!lower.contains(bad), "{lang}: found {bad}");
        }
        assert!(lower.contains("<style>"));
    }
}

#[test]
fn css_cannot_close_style_element() {
    let theme = Theme {
        layout: Theme::builtin().layout,
        css: "a{}</STYLE><script>x</script>".into(),
    };
    let html = render(&doc("en", "## 1. A {#a}\n"), &theme).unwrap();
    assert!(!html.to_ascii_lowercase().contains("</style><script>"));
}

#[test]
fn template_errors_carry_position() {
    let theme = Theme {
        layout: "<p>\n  {{ title }\n</p>".into(),
        css: String::new(),
    };
    match render(&doc("en", "x"), &theme) {
        Err(HtmlError::Template {
            file,
            line,
            column,
            message,
        }) => {
            assert_eq!(file, LAYOUT_FILE);
            assert_eq!(line, 2, "{message}");
            assert!(column >= 1, "{column}");
        }
        other => panic!("expected a template error, got {other:?}"),
    }
    let theme = Theme {
        layout: "ok\n{{ nope.field }}".into(),
        css: String::new(),
    };
    match render(&doc("en", "x"), &theme) {
        Err(HtmlError::Template { line, column, .. }) => assert_eq!((line, column), (2, 4)),
        other => panic!("expected a rendering error, got {other:?}"),
    }
}

#[test]
fn rendering_is_deterministic() {
    assert_eq!(sample("ja"), sample("ja"));
    assert_eq!(sample("en"), sample("en"));
}

#[test]
fn cjk_soft_breaks_do_not_become_spaces() {
    let body = render_body("日本語の\n文章です。\nAnd English\ntext.");
    assert!(
        body.html.contains("日本語の文章です。\nAnd English\ntext."),
        "{}",
        body.html
    );
}

/// Writes the rendered fixtures for the browser checks and for looking at them:
/// `WHITEPAPER_HTML_SAMPLE_DIR=/tmp/wp cargo test --lib render::html::tests::write_samples`
/// writes `/tmp/wp/{ja,en}/whitepaper.html`.
/// Everything the dialect allows and a few things it doesn't, for the browser checks.
const STRESS: &str = r#"| Before any heading | x |
| --- | --- |
| a | b |

## 1. Lists and quotes {#lists}

1. one
2. two
   - nested *em* **strong** ~~del~~ `code`
   - <https://example.com/auto> and <mail@example.com>

3. loose item

   second paragraph

> quoted text with a note[^q]
>
> - list in quote

[^q]: Note inside a quote's paragraph.

```rust
fn main() { println!("<b>not bold</b>"); }
```

---

![inline data image](data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==) and ![remote](https://example.com/x.png)

##### 1.0.0.1 Deep heading {#deep}

###### Deeper

## 2. Notes with several paragraphs {#notes}

Text[^long] and text again[^long].

[^long]: First paragraph of the note.

    Second paragraph of the note.

[^unused]: A note nobody references.

### 2.1 <em>raw</em> in a heading {#raw-heading}

| Left | Centre | Right |
| :--- | :---: | ---: |
| `a|b` | x<br/>y | z<BR> |
"#;

#[test]
fn stress_document_is_balanced() {
    let html = render_body(STRESS).html;
    for tag in [
        "p",
        "ul",
        "ol",
        "li",
        "table",
        "div",
        "blockquote",
        "em",
        "strong",
        "a",
        "sup",
    ] {
        let open =
            html.matches(&format!("<{tag}>")).count() + html.matches(&format!("<{tag} ")).count();
        let close = html.matches(&format!("</{tag}>")).count();
        assert_eq!(open, close, "<{tag}> unbalanced in:\n{html}");
    }
    assert!(html.contains("<img src=\"data:image/gif;base64,"), "{html}");
    assert!(
        html.contains("<a href=\"https://example.com/x.png\">remote</a>"),
        "{html}"
    );
    assert!(html.contains("&lt;em&gt;raw&lt;/em&gt;"), "{html}");
    assert!(
        html.contains("<span class=\"note-mark\">※3</span>"),
        "{html}"
    );
    // A table before any heading is named by its own header row.
    assert!(
        html.starts_with(
            "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"wp-tbl-1-head\">"
        ),
        "{html}"
    );
    assert!(html.contains("<tr id=\"wp-tbl-1-head\">"), "{html}");
    // h5 after h2 becomes h3, and h6 after it h4.
    assert!(html.contains("<h3 id=\"deep\">"), "{html}");
    assert!(html.contains("<h4 id=\"wp-sec-1\">Deeper</h4>"), "{html}");
    let body = render_body("# Top {#top}\n\n#### Sub {#sub}\n");
    assert_eq!(body.toc.len(), 1);
    assert_eq!(body.toc[0].children[0].id, "sub");
}

#[test]
fn write_samples() {
    let Ok(dir) = std::env::var("WHITEPAPER_HTML_SAMPLE_DIR") else {
        return;
    };
    for lang in ["ja", "en"] {
        let path = std::path::Path::new(&dir).join(lang);
        std::fs::create_dir_all(&path).unwrap();
        std::fs::write(path.join("whitepaper.html"), sample(lang)).unwrap();
    }
    let path = std::path::Path::new(&dir).join("en");
    let html = render(&doc("en", STRESS), &Theme::builtin()).unwrap();
    std::fs::write(path.join("stress.html"), html).unwrap();
}

#[test]
fn project_theme_overrides_layout_and_css() {
    let theme = Theme {
        layout: "<!DOCTYPE html><html lang=\"{{ lang }}\"><title>{{ title }}</title>\
                 <style>{{ css | safe }}</style>{{ body | safe }}"
            .into(),
        css: "body{color:#123}".into(),
    };
    let html = render(&doc("en", "## 1. A {#a}\n\nx <b>\n"), &theme).unwrap();
    assert_eq!(
        html,
        "<!DOCTYPE html><html lang=\"en\"><title>Hoshizora Security Whitepaper</title>\
         <style>body{color:#123}</style><h2 id=\"a\">1. A</h2>\n<p>x &lt;b&gt;</p>\n"
    );
}

#[test]
fn no_toc_or_language_links_when_there_are_none() {
    let mut d = doc("ja", "本文のみ。\n");
    d.meta.alternates.clear();
    let html = render(&d, &Theme::builtin()).unwrap();
    assert!(!html.contains("<nav"), "{html}");
    assert!(!html.contains("hreflang"), "{html}");
    assert!(html.contains("<p>本文のみ。</p>"));
}

#[test]
fn template_error_display_names_file_and_position() {
    let theme = Theme {
        layout: "{% if %}".into(),
        css: String::new(),
    };
    let err = render(&doc("en", "x"), &theme).unwrap_err();
    let text = err.to_string();
    assert!(text.starts_with("templates/html/layout.html:1:"), "{text}");
}

#[test]
fn fixture_body_snapshot() {
    insta::assert_snapshot!("sample_ja_body", render_body(SAMPLE_JA).html);
}
