//! Problems in the user's files are data: [`Diagnostic`]s are collected by every stage and
//! printed once, rustc-style, by `main` (drawn by `codespan-reporting`).

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Styles, StylesWriter, termcolor::Ansi};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Information (`check` reports it, never fails on it).
    Info,
    Warning,
    Error,
}

/// One problem in a user's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable machine-readable code, e.g. `toml-syntax`, `unknown-ref`, `missing-message`.
    pub code: &'static str,
    /// Path relative to the project root where possible.
    pub file: PathBuf,
    /// Byte range in the file, if known.
    pub span: Option<Range<usize>>,
    pub message: String,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.into(),
            span: None,
            message: message.into(),
            help: None,
        }
    }
    pub fn warning(
        code: &'static str,
        file: impl Into<PathBuf>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Self::error(code, file, message)
        }
    }
    pub fn info(code: &'static str, file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Info,
            ..Self::error(code, file, message)
        }
    }
    pub fn with_span(mut self, span: Option<Range<usize>>) -> Self {
        self.span = span;
        self
    }
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// The text of every user file read so far, so diagnostics can show the source line.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    files: BTreeMap<PathBuf, String>,
}

impl Sources {
    pub fn insert(&mut self, path: &Path, text: &str) {
        self.files.insert(path.to_path_buf(), text.to_string());
    }
    pub fn get(&self, path: &Path) -> Option<&str> {
        self.files.get(path).map(String::as_str)
    }
    /// Every file, in path order.
    pub fn iter(&self) -> impl Iterator<Item = (&Path, &str)> {
        self.files.iter().map(|(p, t)| (p.as_path(), t.as_str()))
    }
    /// 1-based (line, column) of a byte offset, column counted in characters.
    pub fn line_col(&self, path: &Path, offset: usize) -> Option<(usize, usize)> {
        let text = self.get(path)?;
        Some(line_col(text, offset))
    }
}

/// 1-based (line, column) of a byte offset in `text`, column counted in characters.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Byte offset of a 1-based (line, column-in-chars) position.
pub fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.char_indices()
                    .nth(col.saturating_sub(1))
                    .map_or(l.trim_end_matches('\n').len(), |(b, _)| b);
        }
        offset += l.len();
    }
    text.len()
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub use whitepaper_core::text::printable;

/// Render diagnostics like rustc, with the source line and a caret; numbered `[n:code]`.
/// `color` adds ANSI colour (only `main` decides: a terminal and no `NO_COLOR`).
pub fn render(sources: &Sources, diags: &[Diagnostic], color: bool) -> String {
    let mut files = SimpleFiles::new();
    let mut ids = BTreeMap::new();
    let config = term::Config::default();
    let styles = Styles::default();
    let mut out = Vec::new();
    for (n, d) in diags.iter().enumerate() {
        let name = d.file.display().to_string();
        let mut cs = match d.severity {
            Severity::Error => CsDiagnostic::error(),
            Severity::Warning => CsDiagnostic::warning(),
            Severity::Info => CsDiagnostic::note(),
        }
        .with_code(format!("{}:{}", n + 1, d.code))
        .with_message(printable(&d.message));
        let mut notes = Vec::new();
        match (sources.get(&d.file), &d.span) {
            (Some(text), Some(span)) => {
                let id = *ids
                    .entry(d.file.clone())
                    .or_insert_with(|| files.add(name.clone(), printable(text)));
                let start = floor_char_boundary(text, span.start.min(text.len()));
                let end = floor_char_boundary(text, span.end.min(text.len())).max(start);
                cs = cs.with_labels(vec![Label::primary(id, start..end)]);
            }
            _ => notes.push(format!("in {name}")),
        }
        if let Some(help) = &d.help {
            notes.push(format!("help: {}", printable(help)));
        }
        cs = cs.with_notes(notes);
        let result = if color {
            let mut w = StylesWriter::new(Ansi::new(&mut out), &styles);
            term::emit_to_write_style(&mut w, &config, &files, &cs)
        } else {
            term::emit_to_io_write(&mut out, &config, &files, &cs)
        };
        if result.is_err() {
            out.extend_from_slice(format!("{}: {name}: {}\n", d.code, d.message).as_bytes());
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Every finding code the tool reports: what `[check.severity]` in `whitepaper.toml` may name
/// (a test keeps this list in step with the source).
pub const CODES: &[&str] = &[
    "bad-url",
    "broken-anchor",
    "broken-reference",
    "catalog",
    "clause-adopted-and-declined",
    "config",
    "control-character",
    "disallowed-link",
    "dropped-variable",
    "duplicate-id",
    "duplicate-message",
    "duplicate-anchor",
    "duplicate-clause",
    "duplicate-ref",
    "empty-text",
    "fluent",
    "fluent-syntax",
    "font",
    "future-date",
    "html-template",
    "invalid-id",
    "invalid-clause",
    "invalid-url",
    "io",
    "expired",
    "expires-soon",
    "iso27017-unanswered",
    "ledger",
    "leftover",
    "link-without-url",
    "message-error",
    "missing-content",
    "missing-field",
    "missing-file",
    "missing-glyph",
    "missing-locale",
    "missing-localized-fact",
    "missing-message",
    "missing-reference",
    "missing-template",
    "missing-wording",
    "no-revisions",
    "nesting",
    "not-utf8",
    "obsolete-message",
    "open-clause",
    "outside-project",
    "pdf",
    "raw-html",
    "placeholder",
    "plural-categories",
    "release",
    "render-limit",
    "revision-order",
    "revision-version",
    "security-txt",
    "select-fallthrough",
    "stated-version",
    "template",
    "template-include",
    "template-render",
    "template-syntax",
    "unbacked-claim",
    "non-preferred-term",
    "subprocessor-notice",
    "subprocessor-dates",
    "preferred-terms",
    "toml",
    "undefined-message",
    "unanswered-item",
    "unknown-item",
    "unknown-clause",
    "unknown-field",
    "unknown-file",
    "unknown-language",
    "unknown-ref",
    "unknown-variable",
    "unknown-vocabulary",
    "unused-wording",
    "wrong-type",
];

/// A TOML or schema error, as a diagnostic pointing into the file.
pub fn toml_error(rel: &Path, e: &toml::de::Error) -> Diagnostic {
    let message = e.message().trim().replace('\n', " ");
    let (code, help) = if message.starts_with("unknown field") {
        ("unknown-field", "remove the field or fix its spelling")
    } else if message.starts_with("missing field") {
        ("missing-field", "add the field")
    } else if message.starts_with("invalid URL") {
        (
            "invalid-url",
            "give an absolute https://, http:// or mailto: URL, or leave `url` out",
        )
    } else if message.contains("is listed twice") {
        ("duplicate-ref", "name each one once")
    } else if message.starts_with("invalid type") || message.starts_with("unknown variant") {
        (
            "wrong-type",
            "see the content reference, docs/content-reference.md",
        )
    } else {
        (
            "toml",
            "see the content reference, docs/content-reference.md",
        )
    };
    Diagnostic::error(code, rel, message)
        .with_span(e.span())
        .with_help(help)
}

/// The first of `candidates` one typo from `word` (a letter changed, added or dropped, or two
/// swapped), for a "did you mean" help.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates.into_iter().find(|c| {
        c.chars().count().abs_diff(word.chars().count()) <= 1 && strsim::levenshtein(c, word) <= 2
    })
}

#[cfg(test)]
mod codes_tests {
    /// Every code written in the source, as a literal after `Diagnostic::error(` and the like
    /// or in a `("code", …)` pair, is in [`super::CODES`].
    #[test]
    fn every_code_in_the_source_is_listed() {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    out.push(p);
                }
            }
        }
        let mut files = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let mut missing = Vec::new();
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            // (this test's own markers are not codes)
            let text = text.split("mod codes_tests").next().unwrap();
            for marker in [
                "Diagnostic::error(",
                "Diagnostic::warning(",
                "Diagnostic::info(",
            ] {
                for (at, _) in text.match_indices(marker) {
                    let rest = text[at + marker.len()..].trim_start();
                    if let Some(lit) = rest.strip_prefix('"') {
                        let code = &lit[..lit.find('"').unwrap()];
                        if !super::CODES.contains(&code) {
                            missing.push(format!("{}: {code}", f.display()));
                        }
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "codes missing from diag::CODES: {missing:?}"
        );
    }
}
