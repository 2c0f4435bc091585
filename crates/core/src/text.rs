//! Small text helpers shared by every stage.

/// `text` safe to print on a terminal: every control character but line breaks and tabs
/// becomes `?` (one per byte, so byte offsets into it stay valid).
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && !matches!(c, '\n' | '\t' | '\r') {
                "?".repeat(c.len_utf8())
            } else {
                c.to_string()
            }
        })
        .collect()
}
