//! Output formats: each renders a [`whitepaper_core::document::Document`] into bytes. Markdown is the
//! source of the others; HTML and PDF are rendered from it.
pub mod artifacts;
pub mod glyphs;
pub mod html;

use std::path::Path;

use crate::diag::Diagnostic;
use crate::files::Tree;
use whitepaper_core::document::Document;
use whitepaper_pdf as pdf;

/// The HTML theme: the built-in layout and CSS, each replaceable by a project file
/// (`templates/html/layout.html`, `templates/html/style.css`), read from inside the project only.
pub fn html_theme(tree: &Tree) -> Result<html::Theme, Diagnostic> {
    let mut theme = html::Theme::builtin();
    let own = |rel: &str| -> Result<Option<String>, Diagnostic> {
        match tree.read_to_string(&tree.root().join(rel)) {
            Ok(t) => Ok(Some(t)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(crate::files::read_error(Path::new(rel), &e)),
        }
    };
    if let Some(layout) = own("templates/html/layout.html")? {
        theme.layout = layout;
    }
    if let Some(css) = own("templates/html/style.css")? {
        theme.css = css;
    }
    Ok(theme)
}

pub fn html_bytes(doc: &Document, theme: &html::Theme) -> Result<Vec<u8>, Diagnostic> {
    html::render(doc, theme)
        .map(String::into_bytes)
        .map_err(|e| match e {
            html::HtmlError::Template {
                line,
                column,
                message,
                ..
            } => {
                let start = crate::diag::offset_of(&theme.layout, line, column);
                Diagnostic::error("html-template", html::LAYOUT_FILE, message)
                    .with_span(Some(start..(start + 1).min(theme.layout.len())))
            }
            e => Diagnostic::error("html-template", html::LAYOUT_FILE, e.to_string()),
        })
}

/// The PDF fonts: built in, or the project's `fonts/regular.ttf` and `fonts/bold.ttf`.
pub fn pdf_fonts(tree: &Tree) -> Result<pdf::Fonts, Diagnostic> {
    guarded("fonts", || pdf_fonts_unguarded(tree))
}

/// Run `f` with what the PDF fonts can print (`check`'s glyph coverage): the project's
/// fonts/regular.ttf and bold.ttf, or the built-in ones, read from their cmaps only.
pub fn with_pdf_coverage<T>(
    tree: &Tree,
    f: impl FnOnce(&dyn Fn(char) -> bool) -> T,
) -> Result<T, Diagnostic> {
    guarded("fonts", || match project_fonts(tree)? {
        Some((r, b)) => {
            let c = pdf::Coverage::parse(&r, &b).map_err(|e| font_diagnostic(e, true))?;
            Ok(f(&|ch| c.prints(ch)))
        }
        None => {
            let c = pdf::Coverage::builtin().map_err(|e| font_diagnostic(e, false))?;
            Ok(f(&|ch| c.prints(ch)))
        }
    })
}

fn pdf_fonts_unguarded(tree: &Tree) -> Result<pdf::Fonts, Diagnostic> {
    match project_fonts(tree)? {
        Some((r, b)) => pdf::Fonts::from_bytes(r, b).map_err(|e| font_diagnostic(e, true)),
        None => pdf::Fonts::builtin().map_err(|e| font_diagnostic(e, false)),
    }
}

/// The bytes of a regular and a bold font file.
type FontFiles = (Vec<u8>, Vec<u8>);

/// The project's own fonts (fonts/regular.ttf and fonts/bold.ttf, read from inside the
/// project), or `None` for the built-in ones.
fn project_fonts(tree: &Tree) -> Result<Option<FontFiles>, Diagnostic> {
    let root = tree.root();
    let regular = root.join("fonts/regular.ttf");
    let bold = root.join("fonts/bold.ttf");
    if !(tree.exists(&regular) || tree.exists(&bold)) {
        return Ok(None);
    }
    let read = |p: &Path| {
        tree.read(p)
            .map_err(|e| crate::files::read_error(p.strip_prefix(root).unwrap_or(p), &e))
    };
    Ok(Some((read(&regular)?, read(&bold)?)))
}

/// A font that cannot be used, named by its file (`own`: the project's fonts).
fn font_diagnostic(e: pdf::PdfError, own: bool) -> Diagnostic {
    let message = e.to_string();
    let message = message
        .strip_prefix("font: ")
        .unwrap_or(&message)
        .to_string();
    let file = if message.starts_with("bold") && own {
        "fonts/bold.ttf"
    } else if message.starts_with("regular") && own {
        "fonts/regular.ttf"
    } else {
        "fonts"
    };
    Diagnostic::error("font", file, message)
        .with_help("fonts/regular.ttf and fonts/bold.ttf must be TrueType or OpenType fonts")
}

/// Run `f`, turning a panic inside a library (a font or text that trips the PDF engine) into
/// an error on `file` instead of a crash.
fn guarded<T>(file: &str, f: impl FnOnce() -> Result<T, Diagnostic>) -> Result<T, Diagnostic> {
    whitepaper_core::panic::catch_panic(f).unwrap_or_else(|why| {
        Err(Diagnostic::error(
            "pdf",
            file,
            format!("the PDF engine failed: {}", crate::diag::printable(&why)),
        )
        .with_help(
            "a damaged font, or text the engine cannot set; the other formats are unaffected",
        ))
    })
}

pub fn pdf_bytes(doc: &Document, fonts: &pdf::Fonts) -> Result<Vec<u8>, Diagnostic> {
    let file = format!("{}/{}.pdf", doc.lang, doc.edition);
    guarded(&file, || pdf_bytes_unguarded(doc, fonts))
}

fn pdf_bytes_unguarded(doc: &Document, fonts: &pdf::Fonts) -> Result<Vec<u8>, Diagnostic> {
    pdf::render(doc, fonts).map_err(|e| {
        Diagnostic::error(
            "pdf",
            format!("{}/{}.pdf", doc.lang, doc.edition),
            e.to_string(),
        )
        .with_help("the text comes from the facts and messages of this edition and language")
    })
}
