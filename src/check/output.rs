//! Machine-readable check output: JSON (schema `whitepaper-check/3`) and GitHub annotations.

use serde::Serialize;

use super::Report;
use crate::diag::Severity;

/// JSON schema version; bump on any incompatible change.
pub const SCHEMA: &str = "whitepaper-check/3";

#[derive(Serialize)]
struct JsonReport<'a> {
    schema: &'static str,
    errors: usize,
    warnings: usize,
    infos: usize,
    findings: Vec<JsonFinding<'a>>,
    /// Per disclosure catalog (ISO/IEC 27017, ISO/IEC 27018, the project's own): every item
    /// answered, declared not applicable, or unanswered.
    coverage: Option<Vec<JsonCatalog<'a>>>,
}

#[derive(Serialize)]
struct JsonCatalog<'a> {
    id: &'a str,
    name: &'a str,
    source: &'a str,
    answered: usize,
    not_applicable: usize,
    unanswered: usize,
    /// Every item, in the catalog's order, with its state: `answered` (with the sections,
    /// `edition#heading-id`), `not-applicable` (with the reason per language) or `unanswered`.
    items: Vec<JsonItem<'a>>,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: &'a str,
    clause: &'a str,
    title: &'a std::collections::BTreeMap<String, String>,
    cloud_specific: bool,
    #[serde(flatten)]
    state: &'a crate::coverage::State,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    number: usize,
    severity: Severity,
    code: &'a str,
    file: String,
    /// 1-based; null when the finding has no position.
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    message: &'a str,
    help: Option<&'a str>,
}

/// 1-based (line, column).
type Position = Option<(usize, usize)>;

/// Start and end of a finding, if it has a span.
fn positions(report: &Report, d: &crate::diag::Diagnostic) -> (Position, Position) {
    match &d.span {
        Some(s) => (
            report.sources.line_col(&d.file, s.start),
            report.sources.line_col(&d.file, s.end),
        ),
        None => (None, None),
    }
}

pub fn json(report: &Report) -> String {
    let findings = report
        .findings
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let (start, end) = positions(report, d);
            JsonFinding {
                number: i + 1,
                severity: d.severity,
                code: d.code,
                file: d.file.display().to_string().replace('\\', "/"),
                line: start.map(|p| p.0),
                column: start.map(|p| p.1),
                end_line: end.map(|p| p.0),
                end_column: end.map(|p| p.1),
                message: &d.message,
                help: d.help.as_deref(),
            }
        })
        .collect();
    let r = JsonReport {
        schema: SCHEMA,
        errors: report.errors(),
        warnings: report.warnings(),
        infos: report.infos(),
        findings,
        coverage: report.coverage.as_ref().map(|c| {
            c.catalogs
                .iter()
                .map(|cat| {
                    use crate::coverage::State;
                    JsonCatalog {
                        id: &cat.id,
                        name: &cat.name,
                        source: &cat.source,
                        answered: cat.count(|s| matches!(s, State::Answered { .. })),
                        not_applicable: cat.count(|s| matches!(s, State::NotApplicable { .. })),
                        unanswered: cat.count(|s| *s == State::Unanswered),
                        items: cat
                            .items
                            .iter()
                            .map(|(i, state)| JsonItem {
                                id: &i.id,
                                clause: &i.clause,
                                title: &i.title,
                                cloud_specific: i.cloud_specific,
                                state,
                            })
                            .collect(),
                    }
                })
                .collect()
        }),
    };
    serde_json::to_string_pretty(&r).unwrap_or_default()
}

/// `::error file=…,line=…,col=…,title=…::message` lines.
pub fn github(report: &Report) -> String {
    let esc_data = |s: &str| {
        s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A")
    };
    let esc_prop = |s: &str| esc_data(s).replace(':', "%3A").replace(',', "%2C");
    let mut out = String::new();
    for (i, d) in report.findings.iter().enumerate() {
        let level = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut props = vec![format!("file={}", esc_prop(&d.file.display().to_string()))];
        let (start, end) = positions(report, d);
        if let Some((l, c)) = start {
            props.push(format!("line={l}"));
            props.push(format!("col={c}"));
        }
        if let Some((l, c)) = end {
            props.push(format!("endLine={l}"));
            props.push(format!("endColumn={c}"));
        }
        props.push(format!(
            "title={}",
            esc_prop(&format!("[{}] {}", i + 1, d.code))
        ));
        let mut msg = crate::diag::printable(&d.message);
        if let Some(h) = &d.help {
            msg.push_str("\nhelp: ");
            msg.push_str(&crate::diag::printable(h));
        }
        out.push_str(&format!(
            "::{level} {}::{}\n",
            props.join(","),
            esc_data(&msg)
        ));
    }
    out
}
