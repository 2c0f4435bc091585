//! One escaper per output markup: HTML (text and double-quoted attributes) and XML (the PDF's
//! XMP metadata). Markdown has its own, in the Markdown renderer, as it escapes syntax rather
//! than characters.

/// `s` as HTML text or a double-quoted attribute value: `& < > " '` as references.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    html_into(&mut out, s);
    out
}

/// [`html`], appended to `out`.
pub fn html_into(out: &mut String, s: &str) {
    markup_into(out, s, true);
}

/// `s` as XML character data or a double-quoted attribute value: `& < > "` as entities (an
/// apostrophe stays, as XMP writers leave it).
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    markup_into(&mut out, s, false);
    out
}

fn markup_into(out: &mut String, s: &str, apostrophe: bool) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' if apostrophe => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_characters_become_references() {
        let s = r#"A & B <c> "d" 'e'"#;
        assert_eq!(
            super::html(s),
            "A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39;"
        );
        assert_eq!(super::xml(s), "A &amp; B &lt;c&gt; &quot;d&quot; 'e'");
    }
}
