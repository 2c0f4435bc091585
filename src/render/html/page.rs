//! The page around the body: the layout (Tera) with the stylesheet inlined, the contents,
//! the links to the other languages, `build --since` marks, and the Content-Security-Policy.

use serde::Serialize;

use whitepaper_core::document::Document;

use super::body::{Body, render_body_with};
use super::writer::TocEntry;
use super::writer::safe_href;

/// Template name used for the layout; also the `file` of [`HtmlError::Template`]. It is the
/// layout's path relative to the project (the built-in default lives at the same path in
/// this repository).
pub const LAYOUT_FILE: &str = "templates/html/layout.html";
/// Path of the stylesheet, relative to the project.
pub const STYLE_FILE: &str = "templates/html/style.css";

const BUILTIN_LAYOUT: &str = include_str!("../../../templates/html/layout.html");
const BUILTIN_CSS: &str = include_str!("../../../templates/html/style.css");

/// The page furniture: a Tera layout template and the stylesheet inlined into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Tera template source of the page (see `templates/html/layout.html` for the variables).
    pub layout: String,
    /// CSS text, inlined into a `<style>` element.
    pub css: String,
}

impl Theme {
    /// The layout and stylesheet embedded in the binary.
    pub fn builtin() -> Theme {
        Theme {
            layout: BUILTIN_LAYOUT.to_string(),
            css: BUILTIN_CSS.to_string(),
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::builtin()
    }
}

/// Why an HTML file could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum HtmlError {
    /// The layout template has a syntax error, or failed while rendering (unknown variable,
    /// bad filter argument, …). `line` and `column` are 1-based positions in the template.
    #[error("{file}:{line}:{column}: {message}")]
    Template {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Any other template engine failure, without a position in the template.
    #[error("{file}: {message}")]
    TemplateOther { file: String, message: String },
}

impl HtmlError {
    fn from_tera(err: tera::Error) -> HtmlError {
        match err.kind() {
            tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
                let span = report.span();
                let file = if report.filename().is_empty() {
                    LAYOUT_FILE.to_string()
                } else {
                    report.filename().to_string()
                };
                HtmlError::Template {
                    file,
                    line: span.start_line.max(1),
                    column: span.start_col + 1,
                    message: report.message().to_string(),
                }
            }
            other => HtmlError::TemplateOther {
                file: LAYOUT_FILE.to_string(),
                message: other.to_string(),
            },
        }
    }
}

#[derive(Debug, Serialize)]
struct AlternateCtx<'a> {
    lang: &'a str,
    lang_name: &'a str,
    href: String,
}

/// Renders one edition × language into a complete HTML document. Pure: the same inputs give
/// the same bytes.
pub fn render(doc: &Document, theme: &Theme) -> Result<String, HtmlError> {
    let mut body = render_body_with(&doc.markdown, &doc.meta.note_mark);
    if let Some(since) = &doc.meta.since {
        mark_changed(&mut body, since);
    }
    let meta = &doc.meta;
    let lang = if meta.lang.is_empty() {
        doc.lang.as_str()
    } else {
        meta.lang.as_str()
    };

    let alternates: Vec<AlternateCtx<'_>> = meta
        .alternates
        .iter()
        .map(|a| AlternateCtx {
            lang: &a.lang,
            lang_name: &a.lang_name,
            href: safe_href(&format!("{}.html", a.href_stem)).unwrap_or_else(|| "#".into()),
        })
        .collect();

    let mut ctx = tera::Context::new();
    ctx.insert("edition", &doc.edition);
    ctx.insert("lang", lang);
    ctx.insert("lang_name", &meta.lang_name);
    ctx.insert("title", &meta.title);
    ctx.insert("subject", &meta.subject);
    ctx.insert("company", &meta.company);
    ctx.insert("version", &meta.version);
    ctx.insert("version_label", &meta.version_label);
    ctx.insert("date", &meta.date);
    ctx.insert("date_iso", &meta.date_iso);
    ctx.insert("date_label", &meta.date_label);
    ctx.insert("toc_title", &meta.toc_title);
    ctx.insert("alternates", &alternates);
    ctx.insert("toc", &body.toc);
    let since = doc.meta.since.as_ref();
    ctx.insert("since_note", since.map_or("", |s| s.note.as_str()));
    ctx.insert("since_mark", since.map_or("", |s| s.mark.as_str()));
    ctx.insert("body", &body.html);
    let css = match since {
        Some(_) => format!("{}\n{SINCE_CSS}", theme.css),
        None => theme.css.clone(),
    };
    ctx.insert("css", &sanitize_css(&css));
    ctx.insert("csp", CSP);

    let mut tera = tera::Tera::new();
    tera.autoescape_on([".html"]);
    tera.add_raw_template(LAYOUT_FILE, &theme.layout)
        .map_err(HtmlError::from_tera)?;
    tera.render(LAYOUT_FILE, &ctx).map_err(HtmlError::from_tera)
}

/// `build --since` only (the canonical build is untouched): the change bars and marks.
const SINCE_CSS: &str = "/* build --since: the sections whose facts changed, for reviewers */
.wp-changed { border-left: 3px solid #b34700; padding-left: 0.8rem; margin-left: -1.1rem; }
.wp-changed-note, .wp-changed-mark, .wp-changed-legend { color: #8f3900; font-size: 0.85em; }
.wp-changed-note { margin: -0.4em 0 0.6em; font-weight: 600; }
.wp-changed-legend { border-left: 3px solid #b34700; padding-left: 0.5rem; }
";

/// `build --since`: each changed section (from its heading to the next section's) in a
/// `<div class="wp-changed">` the stylesheet gives a bar in the margin, its heading followed
/// by the mark in words, and its contents entries flagged.
fn mark_changed(body: &mut Body, since: &whitepaper_core::document::Since) {
    fn flag(entries: &mut [TocEntry], changed: &[String]) {
        for e in entries {
            e.changed = changed.contains(&e.id);
            flag(&mut e.children, changed);
        }
    }
    flag(&mut body.toc, &since.changed);
    let html = &body.html;
    // where each section's heading starts
    let mut starts: Vec<(usize, &String)> = since
        .sections
        .iter()
        .filter_map(|id| {
            let attr = format!(" id=\"{}\"", whitepaper_core::escape::html(id));
            html.match_indices(&attr)
                .find(|(at, _)| {
                    at.checked_sub(3)
                        .and_then(|from| html.get(from..*at))
                        .is_some_and(|open| {
                            open.starts_with("<h") && open.as_bytes()[2].is_ascii_digit()
                        })
                })
                .map(|(at, _)| (at - 3, id))
        })
        .collect();
    starts.sort();
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for (k, (at, id)) in starts.iter().enumerate() {
        if !since.changed.contains(id) {
            continue;
        }
        let end = starts.get(k + 1).map_or(html.len(), |n| n.0);
        edits.push((*at..*at, "<div class=\"wp-changed\">\n".to_string()));
        if let Some(close) = html[*at..end]
            .find("</h")
            .and_then(|c| html[*at + c..end].find('>').map(|g| *at + c + g + 1))
        {
            edits.push((
                close..close,
                format!(
                    "\n<p class=\"wp-changed-note\">{}</p>",
                    whitepaper_core::escape::html(&since.mark)
                ),
            ));
        }
        edits.push((end..end, "</div>\n".to_string()));
    }
    edits.sort_by_key(|e| e.0.start);
    body.html = crate::typography::splice(html, edits);
}

/// The Content-Security-Policy the layout puts in a `<meta http-equiv>`: no scripts, no
/// external loads; inline styles and `data:` images only.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
font-src data:; base-uri 'none'; form-action 'none'";

/// Keeps a stylesheet from closing its `<style>` element early.
fn sanitize_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let lower = css.to_ascii_lowercase();
    let mut last = 0;
    for (i, _) in lower.match_indices("</style") {
        out.push_str(&css[last..i]);
        out.push_str("<\\/style");
        last = i + "</style".len();
    }
    out.push_str(&css[last..]);
    out
}

// ---------------------------------------------------------------------------------------------
// Id planning (first pass)

// ---------------------------------------------------------------------------------------------
// Writer (second pass)
