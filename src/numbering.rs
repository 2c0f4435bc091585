//! Generated numbering: section, article and paragraph numbers come from the document's
//! structure, never from message text. Templates mark a heading with the numbering scheme it
//! takes (`anchor(id="storage", number="section")` writes `{#storage .number-section}`); this
//! pass, run on the rendered Markdown, counts the headings, asks the language for the number's
//! form (Fluent `number-<scheme>` with `$n` and `$path`, joined to the title by
//! `heading-numbered`), and fills every empty cross-reference `[](#id)` with the numbered title
//! of heading `id`. Removing a section renumbers everything after it, in every format, since
//! contents, outline and PDF bookmarks are all read from these headings.

use std::collections::BTreeMap;

/// How numbers are worded in the document's language.
pub trait NumberFormat {
    /// The number of a heading of `scheme`: `n` at its level, `path` with the numbers of the
    /// numbered headings above it ("1.2").
    fn number(&self, scheme: &str, n: u32, path: &str) -> Result<String, String>;
    /// A numbered heading's text.
    fn heading(&self, number: &str, title: &str) -> Result<String, String>;
}

/// A problem found while numbering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberingError {
    Message(String),
    /// `[](#id)` names no heading of the document.
    UnknownTarget(String),
}

struct Heading<'a> {
    level: usize,
    title: &'a str,
    /// The attribute block's contents, without the braces.
    attrs: Option<&'a str>,
}

fn parse_heading(line: &str) -> Option<Heading<'_>> {
    let level = line.bytes().take_while(|b| *b == b'#').count();
    if !(1..=6).contains(&level) || !line[level..].starts_with(' ') {
        return None;
    }
    let rest = line[level..].trim();
    let (title, attrs) = match rest
        .strip_suffix('}')
        .and_then(|r| r.rfind('{').map(|i| (r, i)))
    {
        Some((r, i)) => (r[..i].trim_end(), Some(&r[i + 1..])),
        None => (rest, None),
    };
    Some(Heading {
        level,
        title,
        attrs,
    })
}

fn fence(line: &str) -> Option<&str> {
    let t = line.trim_start();
    if t.starts_with("```") {
        Some("```")
    } else if t.starts_with("~~~") {
        Some("~~~")
    } else {
        None
    }
}

/// Number the headings of `markdown` and resolve its cross-references.
pub fn apply(markdown: &str, fmt: &dyn NumberFormat) -> Result<String, NumberingError> {
    apply_listing(markdown, fmt).map(|(text, _)| text)
}

/// [`apply`], and the anchors of the headings it numbered (in document order).
pub fn apply_listing(
    markdown: &str,
    fmt: &dyn NumberFormat,
) -> Result<(String, Vec<String>), NumberingError> {
    let mut numbered = Vec::new();
    let mut out = String::with_capacity(markdown.len() + 256);
    let mut counts = [0u32; 7];
    let mut numbers: [Option<u32>; 7] = [None; 7];
    let mut titles: BTreeMap<String, String> = BTreeMap::new();
    let mut in_fence: Option<&str> = None;
    for line in markdown.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let eol = &line[body.len()..];
        if let Some(f) = in_fence {
            if body.trim_start().starts_with(f) {
                in_fence = None;
            }
            out.push_str(line);
            continue;
        }
        if let Some(f) = fence(body) {
            in_fence = Some(f);
            out.push_str(line);
            continue;
        }
        let Some(h) = parse_heading(body) else {
            out.push_str(line);
            continue;
        };
        for l in h.level + 1..7 {
            counts[l] = 0;
            numbers[l] = None;
        }
        let mut id = None;
        let mut scheme = None;
        let mut kept = Vec::new();
        for a in h.attrs.unwrap_or_default().split_whitespace() {
            if let Some(s) = a.strip_prefix(".number-") {
                scheme = Some(s);
            } else {
                if let Some(i) = a.strip_prefix('#') {
                    id = Some(i);
                }
                kept.push(a);
            }
        }
        let text = match scheme {
            Some(s) => {
                counts[h.level] += 1;
                let n = counts[h.level];
                numbers[h.level] = Some(n);
                let path: Vec<String> = numbers[1..=h.level]
                    .iter()
                    .flatten()
                    .map(u32::to_string)
                    .collect();
                let number = fmt
                    .number(s, n, &path.join("."))
                    .map_err(NumberingError::Message)?;
                fmt.heading(&number, h.title)
                    .map_err(NumberingError::Message)?
            }
            None => {
                numbers[h.level] = None;
                h.title.to_string()
            }
        };
        if let Some(id) = id {
            titles.insert(id.to_string(), text.clone());
            if scheme.is_some() {
                numbered.push(id.to_string());
            }
        }
        out.push_str(&"#".repeat(h.level));
        out.push(' ');
        out.push_str(&text);
        if !kept.is_empty() {
            out.push_str(" {");
            out.push_str(&kept.join(" "));
            out.push('}');
        }
        out.push_str(eol);
    }
    Ok((resolve_references(&out, &titles)?, numbered))
}

/// Fill `[](#id)` with the title of heading `id`.
fn resolve_references(
    markdown: &str,
    titles: &BTreeMap<String, String>,
) -> Result<String, NumberingError> {
    const OPEN: &str = "[](#";
    let mut out = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(i) = rest.find(OPEN) {
        let after = &rest[i + OPEN.len()..];
        let Some(end) = after.find(')') else { break };
        let id = &after[..end];
        let title = titles
            .get(id)
            .ok_or_else(|| NumberingError::UnknownTarget(id.to_string()))?;
        out.push_str(&rest[..i]);
        out.push('[');
        out.push_str(title);
        out.push_str("](#");
        out.push_str(id);
        out.push(')');
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fmt;
    impl NumberFormat for Fmt {
        fn number(&self, scheme: &str, n: u32, path: &str) -> Result<String, String> {
            Ok(match scheme {
                "section" => format!("{n}."),
                "subsection" => path.to_string(),
                "article" => format!("Article {n}."),
                "paragraph" => format!("({n})"),
                s => return Err(format!("no scheme {s}")),
            })
        }
        fn heading(&self, number: &str, title: &str) -> Result<String, String> {
            Ok(format!("{number} {title}"))
        }
    }

    #[test]
    fn numbers_follow_the_structure() {
        let md = "## A {#a .number-section}\n\n### A1 {#a1 .number-subsection}\n\n### A2 {.number-subsection}\n\n## B {#b .number-section}\n\n### Art {#art .number-article}\n\n#### P {.number-paragraph}\n\n#### Q {.number-paragraph}\n\n### Art2 {.number-article}\n\n#### P2 {.number-paragraph}\n\n## History {#h}\n\nSee [](#b) and [](#a1).\n";
        let got = apply(md, &Fmt).unwrap();
        assert_eq!(
            got,
            "## 1. A {#a}\n\n### 1.1 A1 {#a1}\n\n### 1.2 A2\n\n## 2. B {#b}\n\n### Article 1. Art {#art}\n\n#### (1) P\n\n#### (2) Q\n\n### Article 2. Art2\n\n#### (1) P2\n\n## History {#h}\n\nSee [2. B](#b) and [1.1 A1](#a1).\n"
        );
    }

    #[test]
    fn a_removed_section_renumbers_the_rest() {
        let md = "## B {#b .number-section}\n\n## C {#c .number-section}\n\n[](#c)\n";
        assert_eq!(
            apply(md, &Fmt).unwrap(),
            "## 1. B {#b}\n\n## 2. C {#c}\n\n[2. C](#c)\n"
        );
    }

    #[test]
    fn code_is_left_alone_and_unknown_references_are_errors() {
        let md = "```\n## not {.number-section}\n```\n";
        assert_eq!(apply(md, &Fmt).unwrap(), md);
        assert_eq!(
            apply("[](#nowhere)\n", &Fmt),
            Err(NumberingError::UnknownTarget("nowhere".into()))
        );
    }
}
