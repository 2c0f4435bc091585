//! Publishing a build into `out/`, all or nothing, even when killed.
//!
//! The new build is staged in a sibling folder (`.<out>.whitepaper-staging-<pid>`) that holds
//! the whole new `out/`: the files this build made, and hard links to every other file already
//! there (a build of one language keeps the other's files). Staged files are flushed to disk,
//! then the staging folder and `out/` change places in one step (`renameat2(RENAME_EXCHANGE)`
//! on Linux; elsewhere two renames, during which `out/` is briefly absent but never mixed), and
//! the previous build is removed. At every instant a reader of `out/` sees the complete old
//! build or the complete new one.
//!
//! A lock file beside `out/` (`.<out>.whitepaper-lock`) serializes builds into the same
//! folder: two started together publish one after the other, each complete. Whatever a killed
//! build left behind (staging folders, the previous build, temporary files of older versions)
//! is removed by the next build, under the lock.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::pipeline::BuildError;
use crate::render::artifacts::Artifact;

const STAGING: &str = "whitepaper-staging-";
const PREVIOUS: &str = "whitepaper-previous-";

/// Publishing replaces the output folder whole: never the project itself or a folder that
/// holds it.
pub fn guard_out_dir(root: &Path, out_dir: &Path) -> Result<(), BuildError> {
    if let (Ok(root), Ok(out)) = (
        std::fs::canonicalize(root),
        std::path::absolute(out_dir).and_then(|o| std::fs::canonicalize(&o).or(Ok(o))),
    ) && root.starts_with(&out)
    {
        return Err(BuildError::Tool(anyhow::anyhow!(
            "the output folder {} is the project folder or holds it: choose a folder of its own (e.g. out/)",
            out_dir.display()
        )));
    }
    Ok(())
}

/// Publish `artifacts` (paths relative to `out_dir`) into `out_dir`. Returns the folders
/// beside `out/` that could not be removed (a file in them is immutable, or the disk refused):
/// the build is published, and the caller says so; the next build tries again.
pub fn publish(out_dir: &Path, artifacts: &[Artifact]) -> anyhow::Result<Vec<PathBuf>> {
    let (parent, name) = split(out_dir)?;
    fs::create_dir_all(&parent).with_context(|| format!("cannot create {}", parent.display()))?;
    let _lock = lock(&parent, &name)?;
    let mut left = clean_leftovers(&parent, &name);

    let staging = parent.join(format!(".{name}.{STAGING}{}", std::process::id()));
    let out = parent.join(&name);
    let result =
        stage(&out, &staging, artifacts).and_then(|()| switch(&out, &staging, &parent, &name));
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    left.extend(result?);
    left.sort();
    left.dedup();
    Ok(left)
}

/// A warning for each folder a build could not remove beside the output folder.
pub fn leftover_warnings(left: &[PathBuf]) -> Vec<crate::diag::Diagnostic> {
    left.iter()
        .map(|p| {
            crate::diag::Diagnostic::warning(
                "leftover",
                p,
                "the build was published, but this folder an earlier build left could not be removed",
            )
            .with_help(
                "remove it by hand (a file in it may be immutable or read-only); every build tries again",
            )
        })
        .collect()
}

/// Remove an output folder with everything builds keep beside it (the lock, and what a
/// stopped build left): for a temporary output folder, when done with it.
pub fn remove(out_dir: &Path) {
    if let Ok((parent, name)) = split(out_dir) {
        let _ = clean_leftovers(&parent, &name);
        let _ = fs::remove_file(parent.join(format!(".{name}.whitepaper-lock")));
        let _ = fs::remove_dir_all(parent.join(&name));
    }
}

/// The folder that holds `out_dir`, and its name (`out_dir` may be a link to a folder: the
/// folder it leads to is replaced, not the link).
fn split(out_dir: &Path) -> anyhow::Result<(PathBuf, String)> {
    let resolved = match fs::canonicalize(out_dir) {
        Ok(p) => p,
        Err(_) => {
            let abs = std::path::absolute(out_dir)
                .with_context(|| format!("cannot resolve {}", out_dir.display()))?;
            abs.components().collect()
        }
    };
    if resolved.exists() && !resolved.is_dir() {
        anyhow::bail!("{} is not a folder", out_dir.display());
    }
    let name = resolved
        .file_name()
        .and_then(|n| n.to_str())
        .with_context(|| format!("{} cannot be an output folder", out_dir.display()))?
        .to_string();
    let parent = resolved
        .parent()
        .with_context(|| format!("{} cannot be an output folder", out_dir.display()))?
        .to_path_buf();
    Ok((parent, name))
}

/// An exclusive lock on `.<name>.whitepaper-lock` beside the output folder, held until the
/// returned file is dropped.
fn lock(parent: &Path, name: &str) -> anyhow::Result<fs::File> {
    let path = parent.join(format!(".{name}.whitepaper-lock"));
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .with_context(|| format!("cannot open the lock {}", path.display()))?;
    file.lock()
        .with_context(|| format!("cannot lock {}", path.display()))?;
    Ok(file)
}

/// Remove what a killed build left: staging folders and previous builds beside `out/`, and
/// the per-file temporary files (`.whitepaper-*`) older versions wrote inside it. Returns the
/// folders that could not be removed.
fn clean_leftovers(parent: &Path, name: &str) -> Vec<PathBuf> {
    let mut left = Vec::new();
    let prefix = format!(".{name}.");
    if let Ok(entries) = fs::read_dir(parent) {
        for e in entries.flatten() {
            let file_name = e.file_name();
            let Some(n) = file_name.to_str() else {
                continue;
            };
            if let Some(rest) = n.strip_prefix(&prefix)
                && (rest.starts_with(STAGING) || rest.starts_with(PREVIOUS))
            {
                let _ = fs::remove_dir_all(e.path());
                if e.path().exists() {
                    left.push(e.path());
                }
            }
        }
    }
    remove_temp_files(&parent.join(name), 0);
    left
}

fn remove_temp_files(dir: &Path, depth: usize) {
    if depth > 8 {
        return;
    }
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let Ok(ft) = e.file_type() else { continue };
        let name = e.file_name();
        if ft.is_dir() {
            remove_temp_files(&e.path(), depth + 1);
        } else if ft.is_file() && name.to_str().is_some_and(|n| n.starts_with(".whitepaper-")) {
            let _ = fs::remove_file(e.path());
        }
    }
}

/// Fill `staging` with the new `out/`: links to the current files this build does not
/// replace, and the new files, all flushed to disk.
fn stage(out: &Path, staging: &Path, artifacts: &[Artifact]) -> anyhow::Result<()> {
    let _ = fs::remove_dir_all(staging);
    fs::create_dir(staging).with_context(|| format!("cannot create {}", staging.display()))?;
    let replaced: std::collections::HashSet<PathBuf> =
        artifacts.iter().map(|a| a.path.clone()).collect();
    if out.is_dir() {
        carry_over(out, staging, Path::new(""), &replaced, 0)?;
    }
    for a in artifacts {
        if let Some(dir) = staging.join(&a.path).parent() {
            fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
    }
    // The files are written and flushed on several threads: a flush mostly waits for the
    // disk, and the file system commits flushes that wait together at once (one after the
    // other, the flushes were most of a build's publishing time).
    in_parallel(artifacts, |a| {
        let mut f = fs::File::create(staging.join(&a.path))
            .with_context(|| format!("cannot write {}", out.join(&a.path).display()))?;
        f.write_all(&a.bytes)
            .and_then(|()| f.sync_all())
            .with_context(|| format!("cannot write {}", out.join(&a.path).display()))
    })?;
    sync_dirs(staging);
    Ok(())
}

/// Hard-link (or copy, where links are not possible) what `out/` holds into the staging
/// folder, except the files being replaced.
fn carry_over(
    from: &Path,
    to: &Path,
    rel: &Path,
    replaced: &std::collections::HashSet<PathBuf>,
    depth: usize,
) -> anyhow::Result<()> {
    if depth > 32 {
        anyhow::bail!("{} is nested too deeply", from.display());
    }
    for e in fs::read_dir(from).with_context(|| format!("cannot read {}", from.display()))? {
        let e = e.with_context(|| format!("cannot read {}", from.display()))?;
        let name = e.file_name();
        let rel = rel.join(&name);
        if replaced.contains(&rel) {
            continue;
        }
        let src = e.path();
        let dst = to.join(&name);
        let ft = e.file_type()?;
        if ft.is_dir() {
            fs::create_dir(&dst).with_context(|| format!("cannot create {}", dst.display()))?;
            carry_over(&src, &dst, &rel, replaced, depth + 1)?;
        } else if ft.is_symlink() {
            #[cfg(unix)]
            {
                let target = fs::read_link(&src)?;
                std::os::unix::fs::symlink(target, &dst)
                    .with_context(|| format!("cannot keep {}", src.display()))?;
            }
        } else if name.to_str().is_some_and(|n| n.starts_with(".whitepaper-")) {
            // a temporary file of an older version: not carried over
        } else if fs::hard_link(&src, &dst).is_err() {
            fs::copy(&src, &dst).with_context(|| format!("cannot keep {}", src.display()))?;
        }
    }
    Ok(())
}

/// Flush the staging folder's directory entries (best effort: not every platform can).
fn sync_dirs(dir: &Path) {
    fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
        if let Ok(entries) = fs::read_dir(dir) {
            for e in entries.flatten() {
                if e.file_type().is_ok_and(|t| t.is_dir()) {
                    collect(&e.path(), out);
                }
            }
        }
        out.push(dir.to_path_buf());
    }
    let mut dirs = Vec::new();
    collect(dir, &mut dirs);
    let _ = in_parallel(&dirs, |d| {
        if let Ok(d) = fs::File::open(d) {
            let _ = d.sync_all();
        }
        Ok(())
    });
}

/// Put the staging folder in the place of `out/` in one step, then remove the old build;
/// what could not be removed is returned.
fn switch(out: &Path, staging: &Path, parent: &Path, name: &str) -> anyhow::Result<Vec<PathBuf>> {
    let previous = parent.join(format!(".{name}.{PREVIOUS}{}", std::process::id()));
    if !out.exists() {
        fs::rename(staging, out).with_context(|| format!("cannot create {}", out.display()))?;
    } else if exchange(staging, out).is_ok() {
        // `staging` now holds the previous build.
        fs::rename(staging, &previous).ok();
    } else {
        fs::rename(out, &previous).with_context(|| format!("cannot replace {}", out.display()))?;
        if let Err(e) = fs::rename(staging, out) {
            // put the old build back
            let _ = fs::rename(&previous, out);
            return Err(e).with_context(|| format!("cannot replace {}", out.display()));
        }
    }
    if let Ok(d) = fs::File::open(parent) {
        let _ = d.sync_all();
    }
    let _ = fs::remove_dir_all(&previous);
    let _ = fs::remove_dir_all(staging);
    Ok([previous, staging.to_path_buf()]
        .into_iter()
        .filter(|p| p.exists())
        .collect())
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(std::io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

/// Run `f` on every item, on up to 16 threads (the writes wait on the disk together); the
/// first error in the items' order, if any.
fn in_parallel<T: Sync>(
    items: &[T],
    f: impl Fn(&T) -> anyhow::Result<()> + Sync,
) -> anyhow::Result<()> {
    let order: Vec<usize> = (0..items.len()).collect();
    whitepaper_core::pool::on_threads(16, items, &order, f)
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn art(path: &str, text: &str) -> Artifact {
        Artifact {
            path: PathBuf::from(path),
            bytes: text.as_bytes().to_vec(),
        }
    }

    fn read(p: &Path) -> String {
        fs::read_to_string(p).unwrap()
    }

    #[test]
    fn a_partial_build_keeps_the_other_files_and_leaves_nothing_behind() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("out");
        publish(&out, &[art("ja/a.md", "ja 1"), art("en/a.md", "en 1")]).unwrap();
        std::fs::write(out.join("mine.txt"), "kept").unwrap();
        publish(&out, &[art("ja/a.md", "ja 2")]).unwrap();
        assert_eq!(read(&out.join("ja/a.md")), "ja 2");
        assert_eq!(read(&out.join("en/a.md")), "en 1");
        assert_eq!(read(&out.join("mine.txt")), "kept");
        let mut beside: Vec<String> = fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        beside.sort();
        assert_eq!(beside, [".out.whitepaper-lock", "out"]);
    }

    #[test]
    fn leftovers_of_a_killed_build_are_cleaned() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("out");
        publish(&out, &[art("ja/a.md", "old")]).unwrap();
        fs::create_dir_all(d.path().join(".out.whitepaper-staging-99/ja")).unwrap();
        fs::write(d.path().join(".out.whitepaper-staging-99/ja/a.md"), "half").unwrap();
        fs::create_dir_all(d.path().join(".out.whitepaper-previous-98")).unwrap();
        fs::write(out.join("ja/.whitepaper-x1y2"), "temp").unwrap();
        publish(&out, &[art("en/a.md", "new")]).unwrap();
        assert!(!d.path().join(".out.whitepaper-staging-99").exists());
        assert!(!d.path().join(".out.whitepaper-previous-98").exists());
        assert!(!out.join("ja/.whitepaper-x1y2").exists());
        assert_eq!(read(&out.join("ja/a.md")), "old");
    }

    #[test]
    fn an_output_folder_that_is_a_link_keeps_its_link() {
        let d = tempfile::tempdir().unwrap();
        let real = d.path().join("real-out");
        fs::create_dir(&real).unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&real, d.path().join("out")).unwrap();
            publish(&d.path().join("out"), &[art("a.md", "x")]).unwrap();
            assert!(
                fs::symlink_metadata(d.path().join("out"))
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
            assert_eq!(read(&real.join("a.md")), "x");
        }
    }

    #[test]
    fn a_file_where_the_folder_should_be_is_an_error() {
        let d = tempfile::tempdir().unwrap();
        fs::write(d.path().join("out"), "not a folder").unwrap();
        assert!(publish(&d.path().join("out"), &[art("a.md", "x")]).is_err());
        assert_eq!(read(&d.path().join("out")), "not a folder");
    }
}
