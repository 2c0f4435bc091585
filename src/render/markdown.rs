//! Markdown: the format every other one is rendered from. Facts placed into Markdown are
//! escaped here so a `|`, `*`, `_` or `<` in a fact cannot break a table or inject markup.

use std::io::Write;

/// Characters that can start or end Markdown syntax inline (CommonMark allows a backslash
/// before any ASCII punctuation, so escaping them is always safe).
const SPECIAL: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#', '{', '}',
];

/// Escape `text` so it renders as itself in running Markdown text, a list item or a table
/// cell. Line breaks become spaces: a fact never starts a new block.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn tidy_collapses_blank_lines() {
        assert_eq!(tidy("a  \n\n\n\nb\n\n"), "a\n\nb\n");
    }
}
