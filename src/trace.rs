//! Where each sentence comes from: a traced render marks every `t()` output with an invisible
//! mark (characters of Unicode's private use area) naming the message call; the Markdown is then
//! cut into blocks (heading, paragraph, list item, table row, note), each with the messages
//! that worded it. Facts are found in a block by their values, read from the content files
//! with their line and key. Only `explain` and `check` trace: a build never carries a mark.

use std::ops::Range;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Tag, TagEnd};

use crate::diag::Sources;

const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';
const DIGIT0: u32 = 0xE010;

/// The mark of traced call `i`.
pub fn mark(i: usize) -> String {
    let mut s = String::new();
    s.push(OPEN);
    for d in i.to_string().bytes() {
        s.push(char::from_u32(DIGIT0 + u32::from(d - b'0')).unwrap_or(OPEN));
    }
    s.push(CLOSE);
    s
}

/// `text` without its marks, and the calls they name, in order.
pub fn strip(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut marks = Vec::new();
    let mut number: Option<usize> = None;
    for c in text.chars() {
        match (c, number) {
            (OPEN, _) => number = Some(0),
            (CLOSE, Some(n)) => {
                marks.push(n);
                number = None;
            }
            (c, Some(n)) if (DIGIT0..DIGIT0 + 10).contains(&(c as u32)) => {
                number = Some(n * 10 + (c as u32 - DIGIT0) as usize)
            }
            (c, _) => out.push(c),
        }
    }
    (out, marks)
}

/// What a block of a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    TableHeader,
    TableRow,
    Note,
}

impl BlockKind {
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem => "list item",
            BlockKind::TableHeader => "table header",
            BlockKind::TableRow => "table row",
            BlockKind::Note => "note",
        }
    }
}

/// One block of a traced document: its text (marks removed) and the calls that worded it.
#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    pub calls: Vec<usize>,
}

/// Cut traced Markdown into blocks. A list item's block holds its own text, not its nested
/// items' (each is a block of its own); a paragraph inside a list item or a note belongs to it.
pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    // open blocks, innermost last; text goes to the innermost
    let mut open: Vec<(BlockKind, String)> = Vec::new();
    let close = |open: &mut Vec<(BlockKind, String)>, out: &mut Vec<Block>| {
        if let Some((kind, raw)) = open.pop() {
            let (text, calls) = strip(&raw);
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if !text.is_empty() || !calls.is_empty() {
                out.push(Block { kind, text, calls });
            }
        }
    };
    for ev in whitepaper_core::front::events(markdown) {
        match ev {
            Event::Start(Tag::Heading { .. }) => open.push((BlockKind::Heading, String::new())),
            Event::Start(Tag::TableHead) => open.push((BlockKind::TableHeader, String::new())),
            Event::Start(Tag::TableRow) => open.push((BlockKind::TableRow, String::new())),
            Event::Start(Tag::Item) => open.push((BlockKind::ListItem, String::new())),
            Event::Start(Tag::FootnoteDefinition(_)) => open.push((BlockKind::Note, String::new())),
            Event::Start(Tag::Paragraph)
                if !matches!(
                    open.last(),
                    Some((BlockKind::ListItem | BlockKind::Note, _))
                ) =>
            {
                open.push((BlockKind::Paragraph, String::new()));
            }
            Event::Start(Tag::List(_)) => {
                // a nested list ends its item's own text: keep the item open, unmarked
                if let Some((BlockKind::ListItem, _)) = open.last() {
                    close(&mut open, &mut out);
                    open.push((BlockKind::ListItem, String::new()));
                }
            }
            Event::End(TagEnd::Heading(_))
            | Event::End(TagEnd::TableRow)
            | Event::End(TagEnd::Item)
            | Event::End(TagEnd::FootnoteDefinition) => close(&mut open, &mut out),
            Event::End(TagEnd::TableHead) => close(&mut open, &mut out),
            Event::End(TagEnd::Paragraph) => {
                if let Some((BlockKind::Paragraph, _)) = open.last() {
                    close(&mut open, &mut out);
                }
            }
            Event::End(TagEnd::TableCell) => {
                if let Some((_, raw)) = open.last_mut() {
                    raw.push_str(" | ");
                }
            }
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                if let Some((_, raw)) = open.last_mut() {
                    raw.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, raw)) = open.last_mut() {
                    raw.push(' ');
                }
            }
            _ => {}
        }
    }
    while !open.is_empty() {
        close(&mut open, &mut out);
    }
    for b in &mut out {
        b.text = b.text.trim_end_matches(['|', ' ']).to_string();
    }
    out
}

/// One value written in a content file, where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactValue {
    pub file: PathBuf,
    pub line: usize,
    /// The table and key it is under: `[[clock]] name`, `company.name`.
    pub path: String,
    pub value: String,
}

/// Every string and number written in `content/**.toml` and `whitepaper.toml`'s `[company]`,
/// except ids (lowercase words: they name facts, they are not stated).
pub fn fact_values(sources: &Sources) -> Vec<FactValue> {
    let mut out = Vec::new();
    for (file, text) in sources.iter() {
        let config = file == Path::new(crate::config::CONFIG_FILE);
        if !(file.starts_with("content") || config) || file.extension().is_none_or(|e| e != "toml")
        {
            continue;
        }
        let mut table = String::new();
        let mut key = String::new();
        for (n, line) in text.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with('#') {
                continue;
            }
            let header = trimmed.split('#').next().unwrap_or_default().trim();
            if header.starts_with('[') && header.ends_with(']') && !header.contains(['=', '"', '{'])
            {
                table = header.to_string();
                continue;
            }
            if config && !table.starts_with("[company") {
                continue;
            }
            if let Some((k, _)) = trimmed.split_once('=')
                && is_key(k.trim())
            {
                key = k.trim().to_string();
            }
            for (at, value) in literals(line) {
                if is_stated(&value) {
                    let inner = inner_key(&line[..at]);
                    let path = match inner {
                        Some(i) if i != key && !is_language(&i) => format!("{table} {key}.{i}"),
                        _ => format!("{table} {key}"),
                    };
                    out.push(FactValue {
                        file: file.to_path_buf(),
                        line: n + 1,
                        path: path.trim().to_string(),
                        value,
                    });
                }
            }
        }
    }
    out
}

fn is_key(k: &str) -> bool {
    !k.is_empty()
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')
}

fn is_language(k: &str) -> bool {
    k.len() <= 3 && k.chars().all(|c| c.is_ascii_lowercase())
}

/// The last key written before a value, languages skipped (`item = [{ scope = { ja = ` →
/// `scope`).
fn inner_key(before: &str) -> Option<String> {
    let mut last = None;
    let mut rest = before;
    while let Some(eq) = rest.find('=') {
        let k = rest[..eq].trim_end();
        let start = k
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .map_or(0, |i| i + 1);
        let k = &k[start..];
        if !k.is_empty() && !is_language(k) {
            last = Some(k.to_string());
        }
        rest = &rest[eq + 1..];
    }
    last
}

/// The string literals (`"…"`) and numbers of one TOML line, with where each starts.
fn literals(line: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let bytes: Vec<(usize, char)> = line.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (at, c) = bytes[i];
        match c {
            '#' => break,
            '"' => {
                let mut s = String::new();
                i += 1;
                while i < bytes.len() && bytes[i].1 != '"' {
                    if bytes[i].1 == '\\' && i + 1 < bytes.len() {
                        i += 1;
                    }
                    s.push(bytes[i].1);
                    i += 1;
                }
                out.push((at, s));
            }
            c if c.is_ascii_digit() && (i == 0 || !bytes[i - 1].1.is_ascii_alphanumeric()) => {
                let mut s = String::new();
                while i < bytes.len() && bytes[i].1.is_ascii_digit() {
                    s.push(bytes[i].1);
                    i += 1;
                }
                // a date or a version is not one number
                if i < bytes.len() && matches!(bytes[i].1, '-' | '.' | ':') {
                    while i < bytes.len() && !matches!(bytes[i].1, ',' | ' ' | '}' | ']') {
                        i += 1;
                    }
                    continue;
                }
                out.push((at, s));
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Whether a value is stated in documents: text (not an id) or a number of two digits or more.
fn is_stated(v: &str) -> bool {
    if v.chars().all(|c| c.is_ascii_digit()) {
        return v.len() >= 2;
    }
    v.chars().count() >= 2 && !whitepaper_core::ids::is_id(v)
}

/// Whether `value` appears in `text` as a whole: a number not inside a longer one, a short
/// Latin word (`IP`, `URL`) not inside a longer word (`IPsec`).
pub fn appears(text: &str, value: &str) -> bool {
    let digits = value.chars().all(|c| c.is_ascii_digit());
    let short_word = value.len() < 4 && value.chars().all(|c| c.is_ascii_alphanumeric());
    if !digits && !short_word {
        return text.contains(value);
    }
    let joins = |c: char| {
        if digits {
            c.is_ascii_digit()
        } else {
            c.is_ascii_alphanumeric()
        }
    };
    text.match_indices(value).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + value.len()..].chars().next();
        !before.is_some_and(joins) && !after.is_some_and(joins)
    })
}

/// The line of byte `span.start` in `text` (1-based).
pub fn line_of(text: &str, span: &Range<usize>) -> usize {
    crate::diag::line_col(text, span.start).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_round_trip_and_vanish() {
        let s = format!("{}Logs {}are{}", mark(0), mark(12), mark(305));
        assert_eq!(strip(&s), ("Logs are".to_string(), vec![0, 12, 305]));
    }

    #[test]
    fn blocks_hold_their_own_text() {
        let md = format!(
            "# T\n\n{}Intro.\n\n- {}One\n    - Two\n- Three\n\n| A | B |\n| --- | --- |\n| {}x | y |\n",
            mark(1),
            mark(2),
            mark(3)
        );
        let b = blocks(&md);
        let kinds: Vec<_> = b.iter().map(|b| (b.kind, b.text.as_str())).collect();
        assert_eq!(
            kinds,
            vec![
                (BlockKind::Heading, "T"),
                (BlockKind::Paragraph, "Intro."),
                (BlockKind::ListItem, "One"),
                (BlockKind::ListItem, "Two"),
                (BlockKind::ListItem, "Three"),
                (BlockKind::TableHeader, "A | B"),
                (BlockKind::TableRow, "x | y"),
            ]
        );
        assert_eq!(b[2].calls, vec![2]);
        assert_eq!(b[6].calls, vec![3]);
    }

    #[test]
    fn values_come_with_their_line_and_key() {
        let mut s = Sources::default();
        s.insert(
            Path::new("content/logs.toml"),
            "# clocks\nntp_sources = [\"time.google.com\"]\n\n[[clock]]\nname = \"GMT\"\nutc_offset = 0\n\n[[x]]\nitem = [{ scope = { ja = \"データ\", en = \"Data\" }, per_day = 12, kept = 14 }]\nid = \"backups-all\"\nfrom = 2025-04-01\n",
        );
        let v: Vec<(usize, String, String)> = fact_values(&s)
            .into_iter()
            .map(|f| (f.line, f.path, f.value))
            .collect();
        assert_eq!(
            v,
            vec![
                (2, "ntp_sources".into(), "time.google.com".into()),
                (5, "[[clock]] name".into(), "GMT".into()),
                (9, "[[x]] item.scope".into(), "データ".into()),
                (9, "[[x]] item.scope".into(), "Data".into()),
                (9, "[[x]] item.per_day".into(), "12".into()),
                (9, "[[x]] item.kept".into(), "14".into()),
            ]
        );
        assert!(appears("kept 14 days", "14"));
        assert!(!appears("kept 140 days", "14"));
        assert!(appears("Access logs record: IP and time.", "IP"));
        assert!(!appears("Internet Protocol Security (IPsec)", "IP"));
        assert!(appears("IPアドレス", "IP"));
    }
}
