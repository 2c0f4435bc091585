//! Markdown: the format every other one is rendered from. Facts placed into Markdown are
//! escaped here so a `|`, `*`, `_` or `<` in a fact cannot break a table or inject markup.

use std::io::Write;

/// Characters that can start or end Markdown syntax inline (CommonMark allows a backslash
/// before any ASCII punctuation, so escaping them is always safe).
const SPECIAL: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '{', '}',
];

/// Escape `text` so it renders as itself in running Markdown text, a list item or a table
/// cell. Line breaks become spaces and what would open a block at the start of a line (a list
/// marker, `1.`, a heading's `#`, a setext `=`/`-` underline, an indented code block) is
/// escaped: a fact never starts a new block, wherever a template places it.
pub fn escape(text: &str) -> String {
    let text = text.trim_start_matches([' ', '\t']);
    let mut out = String::with_capacity(text.len() + 8);
    let opens_item = |rest: &str| rest.is_empty() || rest.starts_with([' ', '\t']);
    // `1. x`, `2) x`: escape the delimiter after leading digits.
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let ordered = (1..=9).contains(&digits)
        && text[digits..].starts_with(['.', ')'])
        && opens_item(&text[digits + 1..]);
    // `- x`, `+ x`, or a line of `-`/`=` (a thematic break or setext underline).
    let bullet = text.starts_with(['-', '+']) && opens_item(&text[1..]);
    let rule = text.starts_with(['-', '='])
        && text
            .chars()
            .all(|c| c == text.as_bytes()[0] as char || c == ' ');
    if bullet || rule {
        out.push('\\');
    }
    for (i, c) in text.chars().enumerate() {
        if ordered && i == digits {
            out.push('\\');
            out.push(c);
            continue;
        }
        match c {
            '\r' => {}
            '\n' => out.push(' '),
            c if SPECIAL.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// The escape function Tera uses for `.md` templates (every `{{ }}` goes through it unless a
/// value is marked safe, such as the output of `t()`).
pub fn tera_escape(input: &str, output: &mut dyn Write) -> std::io::Result<()> {
    output.write_all(escape(input).as_bytes())
}

/// Tidy rendered template output: at most one blank line in a row, no trailing spaces, one
/// final newline. Template control tags leave blank lines behind; this keeps them out of
/// `out/` without making templates unreadable.
pub fn tidy(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut blank = 0;
    for line in markdown.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() && blank > 0 {
            out.push('\n');
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The published `.md`: the dialect as Markdown readers and forges (GitHub, GitLab) render
/// it. A heading's attribute block (`{#storage .number-section}`), which they would show as
/// text, becomes an anchor they honour (`<a id="storage"></a>`), so `[…](#storage)` still
/// leads there.
pub fn for_readers(markdown: &str) -> String {
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let parser = pulldown_cmark::Parser::new_ext(markdown, whitepaper_core::front::options())
        .into_offset_iter();
    for (ev, range) in parser {
        let pulldown_cmark::Event::Start(pulldown_cmark::Tag::Heading { id, .. }) = ev else {
            continue;
        };
        let line = &markdown[range.clone()];
        let line_end = line.find('\n').unwrap_or(line.len());
        let head = line[..line_end].trim_end();
        let Some(open) = head.rfind('{').filter(|_| head.ends_with('}')) else {
            continue;
        };
        let anchor = match id {
            Some(id) => format!(
                " <a id=\"{}\"></a>",
                id.chars()
                    .filter(|c| !matches!(c, '"' | '<' | '>' | '&') && !c.is_whitespace())
                    .collect::<String>()
            ),
            None => String::new(),
        };
        let start = range.start + head[..open].trim_end().len();
        edits.push((start..range.start + head.len(), anchor));
    }
    crate::typography::splice(markdown, edits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_for_readers_carry_an_anchor_not_an_attribute_block() {
        let md =
            "## 1. Data storage {#storage .number-section}\n\nSee [it](#storage).\n\n### Plain\n";
        assert_eq!(
            for_readers(md),
            "## 1. Data storage <a id=\"storage\"></a>\n\nSee [it](#storage).\n\n### Plain\n"
        );
    }

    #[test]
    fn escapes_table_and_markup_characters() {
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(escape("*x* _y_ [z](u)"), "\\*x\\* \\_y\\_ \\[z\\](u)");
        assert_eq!(escape("日本 東京"), "日本 東京");
        assert_eq!(escape("two\nlines"), "two lines");
    }

    #[test]
    fn escaped_text_round_trips_through_pulldown_cmark() {
        let nasty = "a | b * c _d_ <img src=x onerror=alert(1)> [l](http://x) `c` &amp; # {#id} \\";
        let md = format!("| h |\n|---|\n| {} |\n", escape(nasty));
        let parser = pulldown_cmark::Parser::new_ext(&md, pulldown_cmark::Options::all());
        let mut text = String::new();
        let mut cells = 0;
        for ev in parser {
            match ev {
                pulldown_cmark::Event::Text(t) => text.push_str(&t),
                pulldown_cmark::Event::Start(pulldown_cmark::Tag::TableCell) => cells += 1,
                pulldown_cmark::Event::Html(_) | pulldown_cmark::Event::InlineHtml(_) => {
                    panic!("raw HTML leaked")
                }
                pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { .. }) => {
                    panic!("link leaked")
                }
                _ => {}
            }
        }
        assert_eq!(cells, 2, "one header cell and one body cell");
        assert!(text.ends_with(nasty), "{text:?}");
    }

    #[test]
    fn a_fact_never_opens_a_block() {
        for nasty in [
            "1. Beta console",
            "2) x",
            "- x",
            "+ x",
            "# x",
            "> x",
            "=== x",
            "--- x",
            "    code",
        ] {
            for md in [
                format!("{}\n", escape(nasty)),
                format!("- {}\n", escape(nasty)),
                format!("Intro\n{}\n", escape(nasty)),
            ] {
                let blocks: Vec<_> = pulldown_cmark::Parser::new(&md)
                    .filter_map(|e| match e {
                        pulldown_cmark::Event::Start(t) => Some(t),
                        _ => None,
                    })
                    .filter(|t| {
                        !matches!(
                            t,
                            pulldown_cmark::Tag::Paragraph | pulldown_cmark::Tag::Item
                        )
                    })
                    .collect();
                let outer_list = md.starts_with("- ") as usize;
                assert_eq!(
                    blocks.len(),
                    outer_list,
                    "{nasty:?} opened a block in {md:?}: {blocks:?}"
                );
            }
        }
        assert_eq!(escape("1. Beta"), "1\\. Beta");
        assert_eq!(escape("Version 1. Beta"), "Version 1. Beta");
        // Only what would open a block is escaped.
        assert_eq!(escape("+9"), "+9");
        assert_eq!(escape("1.7"), "1.7");
        assert_eq!(escape("-x"), "-x");
    }

    #[test]
    fn tidy_collapses_blank_lines() {
        assert_eq!(tidy("a  \n\n\n\nb\n\n"), "a\n\nb\n");
    }
}
