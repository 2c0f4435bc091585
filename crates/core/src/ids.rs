//! The id rules, each defined once. An id names something across files and languages, so it
//! is plain ASCII; what else it may hold depends on where it appears.

/// A fact or vocabulary id (`cloud-a`, `trial-expired`): lowercase letters, digits and `-`.
/// It becomes part of message ids (`deletion-trigger-trial-expired`) and anchors.
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The JSON Schema pattern of [`is_id`].
pub const ID_PATTERN: &str = "^[a-z0-9-]+$";

/// A heading anchor a template names (`{#storage}`, `anchor(id=…)`): letters, digits, `-`
/// and `_` (HTML ids and PDF destinations take them as they are).
pub fn is_anchor(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A language or edition of `whitepaper.toml` (`ja`, `en-US`, `supplementary-terms`):
/// letters, digits and `-` (it becomes a folder and a file name).
pub fn is_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// A recipient id (`acme-corp`, `acme.co_2`): 1–64 letters, digits, `.`, `_` and `-`,
/// starting with a letter or digit (it becomes a folder name).
pub fn is_recipient(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.starts_with(|c: char| c.is_ascii_alphanumeric())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_takes_what_its_place_allows() {
        assert!(is_id("cloud-a2") && !is_id("Cloud") && !is_id("a_b") && !is_id(""));
        assert!(is_anchor("data_storage-2") && !is_anchor("a b") && !is_anchor("#x"));
        assert!(is_name("en-US") && !is_name("en_US") && !is_name(""));
        assert!(
            is_recipient("acme.co_2") && !is_recipient(".acme") && !is_recipient(&"a".repeat(65))
        );
    }
}
