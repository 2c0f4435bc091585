//! File access within the project: every file a build or check reads from a project goes
//! through here. Links are resolved, and a file or folder that resolves outside the project
//! root is refused with an error naming both paths — a template that is a link to
//! `/etc/passwd` is never read, and a `templates/` that links to `/` is never walked.

use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// The error of a path that resolves outside the project.
#[derive(Debug)]
pub struct OutsideProject {
    pub resolved: PathBuf,
}

impl std::fmt::Display for OutsideProject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "it resolves to {}, outside the project",
            self.resolved.display()
        )
    }
}

impl std::error::Error for OutsideProject {}

fn canonical_root(root: &Path) -> io::Result<PathBuf> {
    std::fs::canonicalize(root)
}

/// `path` (inside `root`), resolved, if it stays inside the project.
pub fn contained(root: &Path, path: &Path) -> io::Result<PathBuf> {
    let root = canonical_root(root)?;
    let resolved = std::fs::canonicalize(path)?;
    if resolved.starts_with(&root) {
        Ok(resolved)
    } else {
        Err(io::Error::other(OutsideProject { resolved }))
    }
}

/// Read a project file as text (a UTF-8 byte-order mark is skipped).
pub fn read_to_string(root: &Path, path: &Path) -> io::Result<String> {
    let p = contained(root, path)?;
    decode(std::fs::read(p)?)
}

/// A project file's text: UTF-8, a byte order mark skipped; otherwise an error saying where
/// the first byte that is not UTF-8 is.
/// The first control character of `text` other than line breaks and tabs (a NUL, ESC or BEL
/// in a template or message would reach the documents and terminals), with its offset.
pub fn control_char(text: &str) -> Option<(usize, char)> {
    text.char_indices()
        .find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
}

/// The error for [`control_char`]'s find in file `rel`.
pub fn control_char_error(rel: &Path, at: usize, c: char) -> crate::diag::Diagnostic {
    crate::diag::Diagnostic::error(
        "control-character",
        rel,
        format!("control character U+{:04X}: remove it", c as u32),
    )
    .with_span(Some(at..at + c.len_utf8()))
    .with_help("templates and messages hold text, line breaks and tabs only")
}

pub fn decode(bytes: Vec<u8>) -> io::Result<String> {
    let bytes = match bytes.strip_prefix("\u{feff}".as_bytes()) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let before = String::from_utf8_lossy(&bytes[..valid]);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        io::Error::new(
            io::ErrorKind::InvalidData,
            NotUtf8 {
                line,
                column,
                byte: bytes[valid],
            },
        )
    })
}

/// A file that is not UTF-8, and where.
#[derive(Debug)]
pub struct NotUtf8 {
    pub line: usize,
    pub column: usize,
    pub byte: u8,
}

impl std::fmt::Display for NotUtf8 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "not UTF-8: byte 0x{:02X} at line {}, column {}",
            self.byte, self.line, self.column
        )
    }
}

impl std::error::Error for NotUtf8 {}

/// Whether an I/O error is a file that is not UTF-8 (a content problem, not the tool's).
pub fn is_not_utf8(e: &io::Error) -> bool {
    e.get_ref()
        .is_some_and(|inner| inner.downcast_ref::<NotUtf8>().is_some())
}

/// Read a project file's bytes.
pub fn read(root: &Path, path: &Path) -> io::Result<Vec<u8>> {
    std::fs::read(contained(root, path)?)
}

/// Whether an I/O error is a refusal to leave the project.
pub fn is_outside(e: &io::Error) -> bool {
    e.get_ref()
        .is_some_and(|inner| inner.downcast_ref::<OutsideProject>().is_some())
}

/// A diagnostic for a file that could not be read.
pub fn read_error(rel: &Path, e: &io::Error) -> Diagnostic {
    if is_outside(e) {
        Diagnostic::error("outside-project", rel, format!("not read: {e}"))
            .with_help("templates, messages, content, themes and fonts are read only from inside the project folder")
    } else if let Some(n) = e.get_ref().and_then(|i| i.downcast_ref::<NotUtf8>()) {
        Diagnostic::error(
            "not-utf8",
            rel,
            format!("{}:{}:{}: {n}", rel.display(), n.line, n.column),
        )
        .with_help("save the file as UTF-8")
    } else {
        Diagnostic::error("io", rel, format!("cannot read: {e}"))
    }
}

/// A file found under a project folder: its path, or why it is refused.
pub type Found = (PathBuf, Result<PathBuf, io::Error>);

/// The files with extension `ext` under `base` (a project folder), recursively, without
/// following links out of the project or round a cycle. Entries that resolve outside the
/// project are returned with their error, so the caller names them.
pub fn walk(root: &Path, base: &Path, ext: &str, skip: Option<&Path>) -> Vec<Found> {
    let mut out = Vec::new();
    let Ok(croot) = canonical_root(root) else {
        return out;
    };
    let mut visited = BTreeSet::new();
    let mut stack = vec![(base.to_path_buf(), 0usize)];
    while let Some((dir, depth)) = stack.pop() {
        let Ok(resolved) = std::fs::canonicalize(&dir) else {
            continue;
        };
        if !resolved.starts_with(&croot) {
            out.push((dir, Err(io::Error::other(OutsideProject { resolved }))));
            continue;
        }
        if depth > 32 || !visited.insert(resolved) {
            continue;
        }
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut entries: Vec<PathBuf> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if skip.is_some_and(|s| p == s) {
                continue;
            }
            if p.is_dir() {
                stack.push((p, depth + 1));
            } else if p.extension().is_some_and(|x| x == ext) {
                let checked = contained(root, &p);
                out.push((p, checked));
            }
        }
    }
    out
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_out_of_the_project_are_refused_and_cycles_end() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret.md"), "secret").unwrap();
        let root = tempfile::tempdir().unwrap();
        let t = root.path().join("templates");
        std::fs::create_dir_all(&t).unwrap();
        std::fs::write(t.join("ok.md"), "ok").unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret.md"), t.join("evil.md")).unwrap();
        std::os::unix::fs::symlink(outside.path(), t.join("away")).unwrap();
        std::os::unix::fs::symlink(&t, t.join("loop")).unwrap();
        let found = walk(root.path(), &t, "md", None);
        let ok: Vec<_> = found.iter().filter(|(_, r)| r.is_ok()).collect();
        let refused: Vec<_> = found.iter().filter(|(_, r)| r.is_err()).collect();
        assert_eq!(ok.len(), 1, "{found:?}");
        assert_eq!(refused.len(), 2, "{found:?}");
        assert!(
            refused
                .iter()
                .all(|(_, r)| is_outside(r.as_ref().unwrap_err()))
        );
        let e = read_to_string(root.path(), &t.join("evil.md")).unwrap_err();
        assert!(is_outside(&e), "{e}");
        assert!(e.to_string().contains("outside the project"), "{e}");
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let root = tempfile::tempdir().unwrap();
        std::fs::write(root.path().join("a.ftl"), "\u{feff}x = y\n").unwrap();
        assert_eq!(
            read_to_string(root.path(), &root.path().join("a.ftl")).unwrap(),
            "x = y\n"
        );
    }
}
