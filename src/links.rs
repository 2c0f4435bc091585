//! One link filter for every format and for the facts: what a link may point to.
//!
//! A fact's URL is checked when it is read (`facts::text::Url`, an error at its file:line);
//! the HTML and PDF renderers and `check` pass every Markdown link destination through
//! [`target`] as well, so a link with any other scheme (`javascript:`, `data:`, `file:`…)
//! never becomes a link in any output, whatever a template or message writes.

/// The URL schemes that become links.
pub const SCHEMES: &[&str] = &["https", "http", "mailto"];

/// Where a Markdown link leads, once filtered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// `#id`: a heading of the same document.
    Anchor(String),
    /// An absolute URL with an allowed scheme, or a relative reference.
    External(String),
}

/// Filter a link destination: `None` when it must not be a link.
pub fn target(dest: &str) -> Option<Target> {
    let d = dest.trim();
    if d.is_empty() || d.chars().any(|c| c.is_control()) {
        return None;
    }
    if let Some(id) = d.strip_prefix('#') {
        return Some(Target::Anchor(id.to_string()));
    }
    match d.find([':', '/', '?', '#']) {
        Some(i) if d.as_bytes()[i] == b':' => {
            let scheme = d[..i].to_ascii_lowercase();
            SCHEMES
                .contains(&scheme.as_str())
                .then(|| Target::External(d.to_string()))
        }
        // No scheme: a relative reference (it cannot run anything).
        _ => Some(Target::External(d.to_string())),
    }
}

/// Check a URL given as a fact: absolute, allowed scheme, a host for web URLs. Returns the
/// normalized form (characters that could end a Markdown link or start markup are
/// percent-encoded).
pub fn check_url(s: &str) -> Result<String, String> {
    let u = url::Url::parse(s.trim()).map_err(|e| format!("invalid URL `{s}`: {e}"))?;
    if !SCHEMES.contains(&u.scheme()) {
        return Err(format!(
            "invalid URL `{s}`: only {} links are allowed",
            SCHEMES.join(", ")
        ));
    }
    if u.scheme() != "mailto" && u.host_str().is_none_or(str::is_empty) {
        return Err(format!("invalid URL `{s}`: it has no host"));
    }
    let out = u.as_str().replace('(', "%28").replace(')', "%29");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_allowed_schemes_are_links() {
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>",
            "file:///etc/passwd",
            "vbscript:x",
        ] {
            assert_eq!(target(bad), None, "{bad:?}");
            assert!(check_url(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            target("https://example.com/a"),
            Some(Target::External("https://example.com/a".into()))
        );
        assert_eq!(target("#storage"), Some(Target::Anchor("storage".into())));
        assert_eq!(
            target("../en/whitepaper.html"),
            Some(Target::External("../en/whitepaper.html".into()))
        );
    }

    #[test]
    fn fact_urls_are_normalized_so_they_cannot_break_out() {
        assert_eq!(
            check_url("https://example.com/a b<img src=x onerror=alert(1)>").unwrap(),
            "https://example.com/a%20b%3Cimg%20src=x%20onerror=alert%281%29%3E"
        );
        assert!(check_url("https://").is_err());
        assert!(check_url("mailto:security@example.com").is_ok());
        assert!(check_url("example.com").is_err(), "relative");
    }
}
