//! The one door for a project's files: every file a command reads from a project —
//! configuration, content, templates, messages, theme, fonts — goes through a [`Tree`].
//!
//! A tree is a folder on disk, or a git revision of the project read straight from git
//! objects (`diff`, `release` and `build --since` compare with one; no checkout, no temporary
//! folder). Links are resolved, and a file or folder that resolves outside the project root
//! is refused with an error naming both paths — a template that is a link to `/etc/passwd`
//! is never read, and a `templates/` that links to `/` is never walked.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use crate::diag::Diagnostic;
use git::Entry;

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

/// The error of reading or walking a path that resolves to `resolved`, outside the project.
pub fn outside(resolved: PathBuf) -> io::Error {
    io::Error::other(OutsideProject { resolved })
}

fn canonical_root(root: &Path) -> io::Result<PathBuf> {
    std::fs::canonicalize(root)
}

/// `path` (inside `root`), resolved, if it stays inside the project.
fn contained(root: &Path, path: &Path) -> io::Result<PathBuf> {
    let root = canonical_root(root)?;
    let resolved = std::fs::canonicalize(path)?;
    if resolved.starts_with(&root) {
        Ok(resolved)
    } else {
        Err(outside(resolved))
    }
}

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

/// A project file's text: UTF-8, a byte order mark skipped; otherwise an error saying where
/// the first byte that is not UTF-8 is.
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

/// Where a project's files come from. Paths given to it are absolute (`root` joined with the
/// file's path in the project), as they are for a folder, so diagnostics name a file the
/// same way whichever tree it came from.
#[derive(Debug, Clone)]
pub struct Tree {
    root: PathBuf,
    source: Source,
}

#[derive(Debug, Clone)]
enum Source {
    /// The folder `root` on disk.
    Disk,
    /// The files of a git revision, by path relative to `root`; a symbolic link's entry is
    /// its target resolved inside the tree, or where it leads outside.
    Git(Arc<BTreeMap<PathBuf, Entry>>),
}

impl Tree {
    /// The project folder `root` on disk.
    pub fn disk(root: impl Into<PathBuf>) -> Tree {
        Tree {
            root: root.into(),
            source: Source::Disk,
        }
    }

    /// The project folder `root` as it was at git revision `rev` of the repository holding
    /// it, read from git objects.
    pub fn git(root: &Path, rev: &str) -> anyhow::Result<Tree> {
        Ok(Tree {
            root: root.to_path_buf(),
            source: Source::Git(Arc::new(git::read_tree(root, rev)?)),
        })
    }

    /// The project folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A file's bytes.
    pub fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        match &self.source {
            Source::Disk => std::fs::read(contained(&self.root, path)?),
            Source::Git(files) => match files.get(&self.relative(path)?) {
                Some(Entry::Blob(b)) => Ok(b.clone()),
                Some(Entry::Outside(resolved)) => Err(outside(resolved.clone())),
                None => Err(io::ErrorKind::NotFound.into()),
            },
        }
    }

    /// A file's text (UTF-8; a byte-order mark is skipped).
    pub fn read_to_string(&self, path: &Path) -> io::Result<String> {
        decode(self.read(path)?)
    }

    /// Whether `path` is a file of the project (inside it or not).
    pub fn is_file(&self, path: &Path) -> bool {
        match &self.source {
            Source::Disk => path.is_file(),
            Source::Git(files) => self
                .relative(path)
                .is_ok_and(|rel| files.contains_key(&rel)),
        }
    }

    /// Whether `path` exists in the project (a file or a folder).
    pub fn exists(&self, path: &Path) -> bool {
        match &self.source {
            Source::Disk => path.exists(),
            Source::Git(files) => self.relative(path).is_ok_and(|rel| {
                rel.as_os_str().is_empty() || files.keys().any(|k| k.starts_with(&rel))
            }),
        }
    }

    /// The files with extension `ext` under `base` (a project folder), recursively, in order,
    /// without following links out of the project or round a cycle; `skip` leaves out one
    /// folder. Entries that resolve outside the project come with their error, so the caller
    /// names them.
    pub fn walk(&self, base: &Path, ext: &str, skip: Option<&Path>) -> Vec<Found> {
        match &self.source {
            Source::Disk => walk_disk(&self.root, base, ext, skip),
            Source::Git(files) => {
                let Ok(base_rel) = self.relative(base) else {
                    return Vec::new();
                };
                // a folder to skip that is not in the project skips nothing
                let skip_rel = skip
                    .and_then(|s| self.relative(s).ok())
                    .filter(|s| !s.as_os_str().is_empty());
                files
                    .iter()
                    .filter(|(rel, _)| {
                        rel.starts_with(&base_rel)
                            && rel.extension().is_some_and(|x| x == ext)
                            && !skip_rel.as_ref().is_some_and(|s| rel.starts_with(s))
                    })
                    .map(|(rel, entry)| {
                        let p = self.root.join(rel);
                        let checked = match entry {
                            Entry::Blob(_) => Ok(p.clone()),
                            Entry::Outside(resolved) => Err(outside(resolved.clone())),
                        };
                        (p, checked)
                    })
                    .collect()
            }
        }
    }

    /// `path` relative to the project folder (a path that leaves it is not in a git tree).
    fn relative(&self, path: &Path) -> io::Result<PathBuf> {
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        let mut out = PathBuf::new();
        for c in rel.components() {
            match c {
                Component::Normal(n) => out.push(n),
                Component::CurDir => {}
                _ => return Err(io::ErrorKind::NotFound.into()),
            }
        }
        Ok(out)
    }
}

/// A file found under a project folder: its path, or why it is refused.
pub type Found = (PathBuf, Result<PathBuf, io::Error>);

/// The files with extension `ext` under `base` (a project folder), recursively, without
/// following links out of the project or round a cycle. Entries that resolve outside the
/// project are returned with their error, so the caller names them.
fn walk_disk(root: &Path, base: &Path, ext: &str, skip: Option<&Path>) -> Vec<Found> {
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
            out.push((dir, Err(outside(resolved))));
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

pub mod git;

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn read_to_string(root: &Path, path: &Path) -> io::Result<String> {
        Tree::disk(root).read_to_string(path)
    }

    fn walk(root: &Path, base: &Path, ext: &str, skip: Option<&Path>) -> Vec<Found> {
        Tree::disk(root).walk(base, ext, skip)
    }

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
