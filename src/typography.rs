//! The language's typographic conventions, applied once to the rendered Markdown so that the
//! `.md`, the HTML and the PDF read alike, whatever the facts and messages were typed with.
//!
//! Only running text is touched (the text of paragraphs, headings, list items and table
//! cells, as the one Markdown front-end reads it): never link destinations, code, heading ids,
//! raw HTML or escaped characters.
//!
//! - Japanese (JLReq): parentheses around or beside Japanese text are full-width (`（…）`),
//!   Western quotes become `「…」`, a colon after Japanese text is `：`, no Western space sits
//!   beside a full-width bracket, `、。` or `：`, and a note reference stands before the `。` it annotates (`…です※1。`).
//! - English: apostrophes and quotes are typographic (`User’s`, `“…”`).

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use whitepaper_core::chars::is_japanese;

/// The conventions of a language, by its primary subtag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conventions {
    Japanese,
    English,
    /// Leave the text as written.
    None,
}

impl Conventions {
    pub fn of(lang: &str) -> Conventions {
        match lang.split(['-', '_']).next().unwrap_or("") {
            "ja" => Conventions::Japanese,
            "en" => Conventions::English,
            _ => Conventions::None,
        }
    }
}

/// One character of running text: rewritable when it came from a text event whose source is
/// exactly its text, opaque otherwise (code, a note reference, an escaped character…).
#[derive(Debug, Clone, Copy)]
struct Ch {
    c: char,
    /// The index of the text segment it belongs to, if rewritable.
    seg: Option<usize>,
}

/// A rewritable text segment: its source range and its new text.
struct Segment {
    range: Range<usize>,
    text: Vec<Option<char>>,
}

/// A run of inline content (one paragraph, heading, item or cell).
#[derive(Default)]
struct Run {
    chars: Vec<Ch>,
    /// Note references that directly follow a segment ending in `。`: (segment, reference).
    notes_after_stop: Vec<(usize, Range<usize>)>,
}

const OPAQUE: char = '\u{FFFC}';
/// Where `**`, `*` or `~~` stands: transparent to context, but a space beside it stays.
const DELIMITER: char = '\u{FFFF}';

/// Applies the conventions of `lang` to a rendered Markdown text.
pub fn apply(markdown: &str, lang: &str) -> String {
    let conv = Conventions::of(lang);
    if conv == Conventions::None {
        return markdown.to_string();
    }
    let mut segments: Vec<Segment> = Vec::new();
    let mut runs: Vec<Run> = Vec::new();
    let mut run = Run::default();
    let mut depth_code = 0usize;
    let flush = |run: &mut Run, runs: &mut Vec<Run>| {
        if !run.chars.is_empty() {
            runs.push(std::mem::take(run));
        }
    };
    let events = Parser::new_ext(markdown, whitepaper_core::front::options()).into_offset_iter();
    for (ev, range) in events {
        match ev {
            Event::Text(t) if depth_code == 0 => {
                let src = &markdown[range.clone()];
                if src == t.as_ref() {
                    let seg = segments.len();
                    segments.push(Segment {
                        range,
                        text: t.chars().map(Some).collect(),
                    });
                    run.chars
                        .extend(t.chars().map(|c| Ch { c, seg: Some(seg) }));
                } else {
                    run.chars.extend(t.chars().map(|c| Ch { c, seg: None }));
                }
            }
            Event::FootnoteReference(_) => {
                if let Some(last) = run.chars.last()
                    && last.c == '。'
                    && let Some(seg) = last.seg
                    && segments[seg].range.end == range.start
                {
                    run.notes_after_stop.push((seg, range));
                }
                run.chars.push(Ch {
                    c: OPAQUE,
                    seg: None,
                });
            }
            Event::Code(_) | Event::InlineHtml(_) | Event::InlineMath(_) => run.chars.push(Ch {
                c: OPAQUE,
                seg: None,
            }),
            Event::SoftBreak | Event::HardBreak => run.chars.push(Ch { c: ' ', seg: None }),
            // Emphasis delimiters: a space beside them decides whether they open or close.
            Event::Start(Tag::Strong | Tag::Emphasis | Tag::Strikethrough)
            | Event::End(TagEnd::Strong | TagEnd::Emphasis | TagEnd::Strikethrough) => {
                run.chars.push(Ch {
                    c: DELIMITER,
                    seg: None,
                })
            }
            Event::Start(Tag::CodeBlock(_)) => depth_code += 1,
            Event::End(TagEnd::CodeBlock) => depth_code = depth_code.saturating_sub(1),
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::TableCell
                | Tag::Item
                | Tag::FootnoteDefinition(_)
                | Tag::BlockQuote(_),
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::TableCell
                | TagEnd::Item
                | TagEnd::FootnoteDefinition
                | TagEnd::BlockQuote(_),
            ) => flush(&mut run, &mut runs),
            _ => {}
        }
    }
    flush(&mut run, &mut runs);

    let mut moves: Vec<(usize, Range<usize>)> = Vec::new();
    for run in &mut runs {
        let mut chars: Vec<Option<char>> = run.chars.iter().map(|c| Some(c.c)).collect();
        match conv {
            Conventions::Japanese => {
                japanese(&mut chars);
                for (seg, r) in &run.notes_after_stop {
                    moves.push((*seg, r.clone()));
                }
            }
            Conventions::English => english(&mut chars),
            Conventions::None => {}
        }
        // Write the changes back into their segments (opaque characters never change).
        let mut at_in_seg: Vec<(usize, usize)> = Vec::new();
        let mut counters: std::collections::HashMap<usize, usize> = Default::default();
        for ch in &run.chars {
            if let Some(seg) = ch.seg {
                let n = counters.entry(seg).or_insert(0);
                at_in_seg.push((seg, *n));
                *n += 1;
            } else {
                at_in_seg.push((usize::MAX, 0));
            }
        }
        for (i, new) in chars.into_iter().enumerate() {
            let (seg, k) = at_in_seg[i];
            if seg != usize::MAX {
                segments[seg].text[k] = new;
            }
        }
    }

    // Edits, applied from the end: each segment's new text, and each "。" moved after its note.
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    // the first move of each segment
    let mut moved: std::collections::HashMap<&Range<usize>, &Range<usize>> =
        std::collections::HashMap::new();
    for (s, note) in &moves {
        moved.entry(&segments[*s].range).or_insert(note);
    }
    for seg in &segments {
        let mut text: String = seg.text.iter().flatten().collect();
        if let Some(note) = moved.get(&seg.range)
            && text.ends_with('。')
        {
            text.pop();
            edits.push((note.end..note.end, "。".to_string()));
        }
        if text != markdown[seg.range.clone()] {
            edits.push((seg.range.clone(), text));
        }
    }
    // in one pass, in order (an insertion before a replacement that starts where it does);
    // replacing each range in place moved the rest of the text every time
    edits.sort_by(|a, b| a.0.start.cmp(&b.0.start).then(a.0.end.cmp(&b.0.end)));
    splice(markdown, edits)
}

/// `text` with each range replaced by its string, in one pass: `edits` sorted by start
/// (an insertion, an empty range, goes before a replacement that starts where it does), not
/// overlapping (an overlapping edit is cut to what follows the one before it).
pub fn splice(text: &str, edits: impl IntoIterator<Item = (Range<usize>, String)>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (range, new) in edits {
        out.push_str(&text[at..range.start.max(at)]);
        out.push_str(&new);
        at = range.end.max(at);
    }
    out.push_str(&text[at..]);
    out
}

/// Applies the conventions of `lang` to a plain text (a title, a name): every character is
/// running text.
pub fn plain(text: &str, lang: &str) -> String {
    let mut chars: Vec<Option<char>> = text.chars().map(Some).collect();
    match Conventions::of(lang) {
        Conventions::Japanese => japanese(&mut chars),
        Conventions::English => english(&mut chars),
        Conventions::None => return text.to_string(),
    }
    chars.into_iter().flatten().collect()
}

/// Brackets and stops that carry their own space in Japanese text: no Western space beside.
fn opens_fullwidth(c: char) -> bool {
    matches!(c, '（' | '「' | '『' | '［' | '【' | '〔')
}
fn closes_fullwidth(c: char) -> bool {
    matches!(
        c,
        '）' | '」' | '』' | '］' | '】' | '〕' | '、' | '。' | '，' | '．' | '：'
    )
}

fn neighbour(chars: &[Option<char>], from: usize, step: isize) -> Option<char> {
    let mut i = from as isize + step;
    while i >= 0 && (i as usize) < chars.len() {
        match chars[i as usize] {
            Some(' ') | Some(DELIMITER) | None => i += step,
            Some(c) => return Some(c),
        }
    }
    None
}

fn japanese(chars: &mut [Option<char>]) {
    // Parentheses: a pair is full-width when Japanese is inside it or on either side of it.
    let mut open: Vec<usize> = Vec::new();
    let mut pairs: Vec<(Option<usize>, Option<usize>)> = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        match c {
            Some('(') => open.push(i),
            Some(')') => pairs.push((open.pop(), Some(i))),
            _ => {}
        }
    }
    pairs.extend(open.into_iter().map(|o| (Some(o), None)));
    for (o, c) in pairs {
        let from = o.unwrap_or(0);
        let to = c.unwrap_or(chars.len().saturating_sub(1));
        let inside = chars[from..=to].iter().flatten().any(|&c| is_japanese(c));
        let before = o
            .and_then(|o| neighbour(chars, o, -1))
            .is_some_and(is_japanese);
        let after = c
            .and_then(|c| neighbour(chars, c, 1))
            .is_some_and(is_japanese);
        if inside || before || after {
            if let Some(o) = o {
                chars[o] = Some('（');
            }
            if let Some(c) = c {
                chars[c] = Some('）');
            }
        }
    }
    // Quotes: “…” (and "…" around Japanese) are 「…」.
    let mut open_quote = false;
    for i in 0..chars.len() {
        match chars[i] {
            Some('“') => chars[i] = Some('「'),
            Some('”') => chars[i] = Some('」'),
            Some('"') => {
                if !open_quote {
                    let close = chars[i + 1..].iter().position(|c| *c == Some('"'));
                    if let Some(k) = close
                        && chars[i + 1..i + 1 + k]
                            .iter()
                            .flatten()
                            .any(|&c| is_japanese(c))
                    {
                        chars[i] = Some('「');
                        chars[i + 1 + k] = Some('」');
                    } else {
                        open_quote = close.is_some();
                    }
                } else {
                    open_quote = false;
                }
            }
            _ => {}
        }
    }
    // A colon after Japanese text is full-width: "削除: マニュアルを変更" → "削除：マニュアルを変更"
    // (never between digits or in "https:": the character before must be Japanese).
    for i in 0..chars.len() {
        if chars[i] != Some(':') {
            continue;
        }
        let prev = i.checked_sub(1).and_then(|p| chars[p]);
        let next = chars.get(i + 1).copied().flatten();
        if prev.is_some_and(is_japanese) && next.is_none_or(|c| c == ' ' || is_japanese(c)) {
            chars[i] = Some('：');
        }
    }
    // No Western space beside a full-width bracket, stop or colon.
    for i in 0..chars.len() {
        if chars[i] != Some(' ') {
            continue;
        }
        let prev = i.checked_sub(1).and_then(|p| chars[p]);
        let next = chars.get(i + 1).copied().flatten();
        if prev == Some(DELIMITER) || next == Some(DELIMITER) {
            continue;
        }
        let beside = prev.is_some_and(|c| opens_fullwidth(c) || closes_fullwidth(c))
            || next.is_some_and(|c| opens_fullwidth(c) || closes_fullwidth(c));
        if beside {
            chars[i] = None;
        }
    }
}

fn english(chars: &mut [Option<char>]) {
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let mut open = false;
    for i in 0..chars.len() {
        let prev = i.checked_sub(1).and_then(|p| chars[p]);
        let next = chars.get(i + 1).copied().flatten();
        match chars[i] {
            // User's, don't; users' (after a plural s).
            Some('\'') if letter(prev) && (letter(next) || prev == Some('s')) => {
                chars[i] = Some('’')
            }
            // "… not even by Example K.K.." (a name ending in an abbreviation, then the
            // sentence's full stop): one stop; an ellipsis stays
            Some('.')
                if prev == Some('.')
                    && letter(i.checked_sub(2).and_then(|p| chars[p]))
                    && next != Some('.') =>
            {
                chars[i] = None
            }
            Some('"') => {
                let opening = !open
                    && (prev.is_none_or(|c| c.is_whitespace() || "([{/—–-".contains(c)))
                    && next.is_some_and(|c| !c.is_whitespace());
                chars[i] = Some(if opening { '“' } else { '”' });
                open = opening;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splice_replaces_and_inserts_in_one_pass() {
        let edits = vec![
            (0..0, "<".to_string()),
            (0..3, "ABC".to_string()),
            (4..4, "!".to_string()),
            (6..9, String::new()),
        ];
        assert_eq!(splice("abc de fgh ij", edits), "<ABC !deh ij");
        assert_eq!(splice("same", Vec::new()), "same");
        // an overlapping edit never panics: it is cut to what follows the one before
        assert_eq!(
            splice("abcdef", vec![(0..4, "X".into()), (2..5, "Y".into())]),
            "XYf"
        );
    }

    #[test]
    fn japanese_brackets_quotes_spaces_and_note_marks() {
        let md = "株式会社エグザンプル (以下「当社」といいます。) は、サービス (Alpha、Beta) のセキュリティ対策です。IdP (Identity Provider) を使います。\n";
        assert_eq!(
            apply(md, "ja"),
            "株式会社エグザンプル（以下「当社」といいます。）は、サービス（Alpha、Beta）のセキュリティ対策です。IdP（Identity Provider）を使います。\n"
        );
        assert_eq!(
            apply("共通アカウントの“組織の削除”\n", "ja"),
            "共通アカウントの「組織の削除」\n"
        );
        assert_eq!(
            apply("管理できます。[^a]\n\n[^a]: 注記。\n", "ja"),
            "管理できます[^a]。\n\n[^a]: 注記。\n"
        );
        // A heading number and an enumeration label.
        assert_eq!(
            apply("## 第1条 (定義) {#def}\n", "ja"),
            "## 第1条（定義） {#def}\n"
        );
        assert_eq!(apply("- (a) 通知すること\n", "ja"), "- （a）通知すること\n");
        // A colon after Japanese text; never in a time, a standard's number or a URL.
        assert_eq!(
            apply("5. 利用者登録及び削除: マニュアルを変更\n", "ja"),
            "5. 利用者登録及び削除：マニュアルを変更\n"
        );
        assert_eq!(
            apply(
                "データベース (毎日): 1 日 1 回、10:00 と ISO/IEC 27001:2013\n",
                "ja"
            ),
            "データベース（毎日）：1 日 1 回、10:00 と ISO/IEC 27001:2013\n"
        );
    }

    #[test]
    fn never_touches_links_code_or_english_parentheses() {
        let md = "[ラベル](https://example.com/a_(b)) と `(code)` と Article 3(2)(c) (see below)\n";
        let out = apply(md, "ja");
        assert!(out.contains("](https://example.com/a_(b))"), "{out}");
        assert!(out.contains("`(code)`"), "{out}");
        assert!(out.contains("Article 3(2)(c) (see below)"), "{out}");
    }

    #[test]
    fn english_apostrophes_and_quotes() {
        assert_eq!(
            apply(
                "The User's data, the users' rights, \"user\" and \"User\".\n",
                "en"
            ),
            "The User’s data, the users’ rights, “user” and “User”.\n"
        );
        assert_eq!(apply("`don't` [x](#a'b)\n", "en"), "`don't` [x](#a'b)\n");
        assert_eq!(
            apply("not even by Example K.K.. Wait... and so on.\n", "en"),
            "not even by Example K.K. Wait... and so on.\n"
        );
    }

    #[test]
    fn plain_text_titles() {
        assert_eq!(
            plain("Supplementary Terms in Example's Services", "en"),
            "Supplementary Terms in Example’s Services"
        );
        assert_eq!(plain("規約 (第3版)", "ja"), "規約（第3版）");
    }

    #[test]
    fn other_languages_are_left_as_written() {
        let md = "Le \"texte\" (ici)\n";
        assert_eq!(apply(md, "fr"), md);
    }
}
