//! The preview's HTTP side (`whitepaper serve`): which file a request path names (never one
//! outside the served folder), content types, and writing a response. A small HTTP/1.1
//! server on `std::net`, enough for a preview on the author's own machine, and no server
//! crate's dependency tree.

use std::io::Write;
use std::net::TcpStream;
use std::path::{Component, Path, PathBuf};

pub enum Resolved {
    File(PathBuf),
    Refused,
    Missing,
}

/// The file a request path names inside `out`, decoded; anything that would leave it
/// (`..`, encoded or not, a backslash, an absolute or NUL-bearing path, a link out) is
/// refused.
pub fn resolve(out: &Path, path: &str) -> Resolved {
    let Some(decoded) = percent_decode(path) else {
        return Resolved::Refused;
    };
    if decoded.contains('\0') || decoded.contains('\\') || !decoded.starts_with('/') {
        return Resolved::Refused;
    }
    let rel = Path::new(decoded.trim_start_matches('/'));
    if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Resolved::Refused;
    }
    let file = out.join(rel);
    let (Ok(real), Ok(base)) = (std::fs::canonicalize(&file), std::fs::canonicalize(out)) else {
        return Resolved::Missing;
    };
    if !real.starts_with(&base) {
        return Resolved::Refused;
    }
    if real.is_file() {
        Resolved::File(real)
    } else {
        Resolved::Missing
    }
}

/// `%xx`-decode a request path; `None` for a malformed escape or bytes that are not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

pub fn content_type(ext: &str) -> &'static str {
    match ext {
        "pdf" => "application/pdf",
        "md" => "text/markdown; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "css" => "text/css",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "atom" => "application/atom+xml",
        _ => "application/octet-stream",
    }
}

pub fn respond(
    stream: &mut TcpStream,
    code: u16,
    kind: &str,
    body: &[u8],
    method: &str,
) -> std::io::Result<()> {
    let reason = match code {
        200 => "OK",
        403 => "Forbidden",
        404 => "Not Found",
        _ => "Method Not Allowed",
    };
    let head = format!(
        "HTTP/1.1 {code} {reason}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_inside_the_output_are_served() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir_all(out.join("en")).unwrap();
        std::fs::write(out.join("en/whitepaper.html"), "<html>").unwrap();
        std::fs::write(dir.path().join("whitepaper.toml"), "secret").unwrap();
        assert!(matches!(
            resolve(&out, "/en/whitepaper.html"),
            Resolved::File(_)
        ));
        assert!(matches!(
            resolve(&out, "/en/wh%69tepaper.html"),
            Resolved::File(_)
        ));
        for bad in [
            "/../whitepaper.toml",
            "/%2e%2e/whitepaper.toml",
            "/%2E%2E%2Fwhitepaper.toml",
            "/en/../../whitepaper.toml",
            "/..%5cwhitepaper.toml",
            "/en/%00",
            "/%zz",
            "whitepaper.toml",
        ] {
            assert!(matches!(resolve(&out, bad), Resolved::Refused), "{bad}");
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("whitepaper.toml"), out.join("link"))
                .unwrap();
            assert!(matches!(resolve(&out, "/link"), Resolved::Refused));
        }
        assert!(matches!(resolve(&out, "/en/nope.html"), Resolved::Missing));
        assert!(!matches!(resolve(&out, "//etc/passwd"), Resolved::File(_)));
    }
}
