//! The message keys templates name literally (`t(key="wp-storage-title")`), with where each
//! is: a message so named is used, and an undefined one is reported at its template's line.

use std::path::PathBuf;

use crate::diag::Sources;

/// `key="literal"` arguments in templates, with where they are.
pub fn literal_keys(
    files: &[crate::defaults::File],
    sources: &Sources,
) -> Vec<(String, PathBuf, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    for rel in files.iter().map(|f| &f.rel) {
        let Some(text) = sources.get(rel) else {
            continue;
        };
        let mut rest = 0;
        while let Some(i) = text[rest..].find("key") {
            let start = rest + i;
            rest = start + 3;
            let after = text[rest..].trim_start();
            let Some(after_eq) = after.strip_prefix('=') else {
                continue;
            };
            let after_eq = after_eq.trim_start();
            let Some(q) = after_eq.chars().next().filter(|c| *c == '"' || *c == '\'') else {
                continue;
            };
            let body = &after_eq[1..];
            let Some(end) = body.find(q) else { continue };
            let key = &body[..end];
            let tail = body[end + 1..].trim_start();
            if tail.starts_with('~') || key.is_empty() {
                continue; // a key built from facts: recorded when rendered
            }
            let kstart = text.len() - body.len();
            out.push((key.to_string(), rel.clone(), kstart..kstart + key.len()));
        }
    }
    out
}
