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

/// An absolute URL, parsed (RFC 3986, `fluent-uri`) and normalized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Absolute {
    /// The normalized URL: scheme and host in lower case, characters that may not appear in
    /// a URL (spaces, `<`, `>`, quotes, non-ASCII…) and `(`, `)` percent-encoded, and an empty
    /// web path written `/`.
    pub url: String,
    pub scheme: String,
    /// The host (empty when there is no authority, as in `mailto:`).
    pub host: String,
}

/// Parse an absolute URL. Characters a URL may not contain are percent-encoded first (as a
/// browser does), so only a malformed structure (no scheme, a bad port…) is an error.
pub fn parse(s: &str) -> Result<Absolute, String> {
    let encoded = encode(s.trim());
    let uri = fluent_uri::Uri::parse(encoded.as_str())
        .map_err(|e| format!("invalid URL `{s}`: {e}"))?
        .normalize();
    let scheme = uri.scheme().as_str().to_string();
    let authority = uri.authority();
    let host = authority.as_ref().map_or("", |a| a.host()).to_string();
    let mut url = uri.as_str().to_string();
    if let Some(a) = authority
        && uri.path().as_str().is_empty()
        && matches!(scheme.as_str(), "https" | "http")
    {
        url.insert(scheme.len() + "://".len() + a.as_str().len(), '/');
    }
    Ok(Absolute { url, scheme, host })
}

/// Percent-encode every byte that RFC 3986 does not allow in a URL, `(` and `)` (they end a
/// Markdown link) and a `%` that does not start an escape.
fn encode(s: &str) -> String {
    const KEEP: &[u8] = b"-._~:/?#@!$&'*+,;=";
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        let escape = c == b'%'
            && b.len() > i + 2
            && b[i + 1].is_ascii_hexdigit()
            && b[i + 2].is_ascii_hexdigit();
        if c.is_ascii_alphanumeric() || KEEP.contains(&c) || escape {
            out.push(c as char);
        } else {
            out.push_str(&format!("%{c:02X}"));
        }
    }
    out
}

/// Check a URL given as a fact: absolute, allowed scheme, a host for web URLs. Returns the
/// normalized form (see [`Absolute::url`]).
pub fn check_url(s: &str) -> Result<String, String> {
    let u = parse(s)?;
    if !SCHEMES.contains(&u.scheme.as_str()) {
        return Err(format!(
            "invalid URL `{s}`: only {} links are allowed",
            SCHEMES.join(", ")
        ));
    }
    if u.scheme != "mailto" && u.host.is_empty() {
        return Err(format!("invalid URL `{s}`: it has no host"));
    }
    Ok(u.url)
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
        assert_eq!(
            check_url("HTTPS://Status.Example.COM").unwrap(),
            "https://status.example.com/"
        );
        assert_eq!(
            check_url("https://example.com?q=1#a").unwrap(),
            "https://example.com/?q=1#a"
        );
        assert_eq!(
            check_url("https://example.com/データ 100%").unwrap(),
            "https://example.com/%E3%83%87%E3%83%BC%E3%82%BF%20100%25"
        );
        assert_eq!(
            check_url("https://example.com/a%2fb").unwrap(),
            "https://example.com/a%2Fb"
        );
        assert!(check_url("https://example.com:port/").is_err());
    }
}
