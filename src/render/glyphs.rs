//! Characters of the facts the PDF fonts cannot print, reported at the fact.

use crate::diag::Diagnostic;

/// Characters of the facts the PDF fonts cannot print, reported at the fact (`check`, and
/// `build` before it makes a PDF): an emoji or a script the fonts lack would otherwise stop
/// the PDF naming only the output file.
pub fn glyphs(
    texts: &[(std::path::PathBuf, crate::facts::text::SeenText)],
    langs: &[String],
    prints: impl Fn(char) -> bool,
) -> Vec<Diagnostic> {
    use crate::facts::text::TextValue;
    let mut out = Vec::new();
    for (file, t) in texts {
        let values: Vec<(&str, &str)> = match &t.value {
            TextValue::Same(s) => vec![("", s.as_str())],
            TextValue::PerLang(m) => m
                .iter()
                .filter(|(l, _)| langs.contains(l))
                .map(|(l, s)| (l.as_str(), s.as_str()))
                .collect(),
        };
        for (lang, v) in values {
            let missing: Vec<char> = {
                let mut m: Vec<char> = v.chars().filter(|c| !prints(*c)).collect();
                m.dedup();
                m
            };
            if missing.is_empty() {
                continue;
            }
            let list = missing
                .iter()
                .take(5)
                .map(|c| format!("“{c}” (U+{:04X})", *c as u32))
                .collect::<Vec<_>>()
                .join(", ");
            let which = if lang.is_empty() {
                String::new()
            } else {
                format!(" `{lang}`")
            };
            out.push(
                Diagnostic::error(
                    "missing-glyph",
                    file,
                    format!("the PDF fonts cannot print {list} of this{which} text"),
                )
                .with_span(Some(t.span.clone()))
                .with_help(
                    "remove or replace the character, or give the project fonts that have it \
                     (fonts/regular.ttf and fonts/bold.ttf)",
                ),
            );
        }
    }
    out
}
