//! One term per concept: `locales/<lang>/preferred-terms.toml` names, for each concept, the term
//! a language uses and the variants it does not (a project's own file replaces the built-in
//! one). `check` warns (`non-preferred-term`) at every message and every localized fact that
//! uses a variant, at its line and column, so that both editions say the same thing the same
//! way. A quoted official text (a registered scope, a standard's title) keeps its own words:
//! a fact whose line carries the comment `# verbatim` is not checked.

use std::path::Path;

use serde::Deserialize;

use crate::diag::{Diagnostic, Sources};
use crate::facts::text::{SeenText, TextValue};
use crate::files::Tree;
use crate::l10n::Localizer;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct List {
    #[serde(default)]
    term: Vec<Term>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    /// The term this language uses.
    #[serde(rename = "use")]
    preferred: String,
    /// The variants `check` warns about.
    not: Vec<String>,
}

/// A variant and the term to use instead, both as matched: ASCII case folded, the typographic
/// apostrophe as a straight one (folding keeps byte offsets: both are done char by char on
/// ASCII-length-preserving forms).
struct Rule {
    variant: String,
    preferred: String,
}

/// Every finding for every language that has a list.
pub fn findings(
    tree: &Tree,
    localizer: &Localizer,
    texts: &[(std::path::PathBuf, SeenText)],
    languages: &[String],
    sources: &mut Sources,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for lang in languages {
        let Some(file) = crate::defaults::preferred_terms(tree, lang) else {
            continue;
        };
        let text = match file.read() {
            Ok(t) => t,
            Err(e) => {
                out.push(Diagnostic::error(
                    "preferred-terms",
                    &file.rel,
                    format!("cannot read the list of preferred terms: {e}"),
                ));
                continue;
            }
        };
        sources.insert(&file.rel, &text);
        let list: List = match toml::from_str(&text) {
            Ok(l) => l,
            Err(e) => {
                out.push(
                    Diagnostic::error("preferred-terms", &file.rel, e.message().to_string())
                        .with_span(e.span()),
                );
                continue;
            }
        };
        let rules: Vec<Rule> = list
            .term
            .iter()
            .flat_map(|t| {
                t.not.iter().map(|v| Rule {
                    variant: fold(v),
                    preferred: t.preferred.clone(),
                })
            })
            .filter(|r| !r.variant.is_empty())
            .collect();
        if rules.is_empty() {
            continue;
        }
        for f in localizer.files.get(lang).into_iter().flatten() {
            let source = f.resource.source();
            for (at, rule) in scan_messages(source, &rules) {
                out.push(finding(&f.path, at, rule, "message"));
            }
        }
        for (path, seen) in texts {
            let value = match &seen.value {
                TextValue::PerLang(m) => m.get(lang).map(String::as_str),
                TextValue::Same(_) => None,
            };
            let Some(value) = value else { continue };
            let Some(file_text) = sources.get(path) else {
                continue;
            };
            if verbatim(file_text, seen.span.clone()) {
                continue;
            }
            // the value as written sits inside the fact's span: find it there, else report
            // at the fact
            let span_text = file_text.get(seen.span.clone()).unwrap_or("");
            for (at, rule) in matches(value, &rules) {
                let inner = fold(span_text)
                    .find(&fold(&value[at..at + rule.variant.len()]))
                    .map(|k| seen.span.start + k);
                let start = inner.unwrap_or(seen.span.start);
                out.push(finding(
                    path,
                    start..start + rule.variant.len(),
                    rule,
                    "fact",
                ));
            }
        }
    }
    out
}

fn finding(path: &Path, span: std::ops::Range<usize>, rule: &Rule, what: &str) -> Diagnostic {
    Diagnostic::warning(
        "non-preferred-term",
        path,
        format!(
            "this {what} says “{}” where the preferred term is “{}”",
            rule.variant, rule.preferred
        ),
    )
    .with_span(Some(span))
    .with_help(
        "one term per concept, in both editions: use the preferred term (the list is \
         locales/<lang>/preferred-terms.toml); a quoted official text keeps its words with \
         `# verbatim` on its line",
    )
}

/// ASCII case folded, the typographic apostrophe as a straight one.
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '’' => '\'',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Every variant in `text`: (byte offset in `text`, rule). Offsets are found on the folded
/// text and mapped back char by char.
fn matches<'a>(text: &str, rules: &'a [Rule]) -> Vec<(usize, &'a Rule)> {
    let folded = fold(text);
    // byte offset in the folded text → in the original
    let mut back = Vec::with_capacity(folded.len() + 1);
    for (i, c) in text.char_indices() {
        let n = if c == '’' { 1 } else { c.len_utf8() };
        back.extend(std::iter::repeat_n(i, n));
    }
    back.push(text.len());
    let mut out = Vec::new();
    for r in rules {
        let mut from = 0;
        while let Some(k) = folded[from..].find(&r.variant) {
            let at = from + k;
            out.push((back[at], r));
            from = at + r.variant.len();
        }
    }
    out.sort_by_key(|(at, _)| *at);
    out
}

/// The variants in a Fluent file's message text (comments and identifiers skipped).
fn scan_messages<'a>(source: &str, rules: &'a [Rule]) -> Vec<(std::ops::Range<usize>, &'a Rule)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let body_from = if trimmed.starts_with('#') {
            None
        } else if !line.starts_with([' ', '\t']) {
            // `key = text`: the text after the first `=`
            line.find('=').map(|k| k + 1)
        } else {
            Some(0)
        };
        if let Some(from) = body_from {
            for (at, r) in matches(&line[from..], rules) {
                let start = offset + from + at;
                let len = line[from + at..]
                    .char_indices()
                    .scan(0usize, |n, (_, c)| {
                        *n += if c == '’' { 1 } else { c.len_utf8() };
                        Some((*n, c.len_utf8()))
                    })
                    .take_while(|(n, _)| *n <= r.variant.len())
                    .map(|(_, l)| l)
                    .sum::<usize>();
                out.push((start..start + len, r));
            }
        }
        offset += line.len();
    }
    out
}

/// Whether a line of the fact at `span` (an inline value, or a table of one string per
/// language) carries the comment `# verbatim`.
fn verbatim(text: &str, span: std::ops::Range<usize>) -> bool {
    let start = text[..span.start.min(text.len())]
        .rfind('\n')
        .map_or(0, |k| k + 1);
    let end = span.end.min(text.len());
    let end = text[end..].find('\n').map_or(text.len(), |k| end + k);
    text[start..end].lines().any(|l| {
        // the comment after the last closing quote of the line
        let tail = l.rsplit_once('"').map_or(l, |(_, t)| t);
        tail.split_once('#')
            .is_some_and(|(_, c)| c.trim().starts_with("verbatim"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Vec<Rule> {
        vec![
            Rule {
                variant: fold("及び"),
                preferred: "および".into(),
            },
            Rule {
                variant: fold("User's Data"),
                preferred: "user data".into(),
            },
        ]
    }

    #[test]
    fn finds_variants_in_messages_at_their_place() {
        let src = "# 及び in a comment\nst-a = 利用者登録及び削除\nst-b = The User’s Data is kept.\n    and user's data again\n";
        let r = rules();
        let found = scan_messages(src, &r);
        let words: Vec<&str> = found.iter().map(|(s, _)| &src[s.clone()]).collect();
        assert_eq!(words, vec!["及び", "User’s Data", "user's data"]);
    }

    #[test]
    fn verbatim_facts_are_skipped() {
        let t = "scope = { ja = \"保守及び\" } # verbatim: the registered scope\nother = 1\n";
        assert!(verbatim(t, 8..28));
        assert!(!verbatim(t, t.len() - 10..t.len() - 1));
    }
}
