//! A project folder as it was at a git revision, read from git objects: `git ls-tree` lists
//! the folder's tree, `git cat-file --batch` hands over every blob in one process. No
//! checkout, no temporary folder, no `tar`.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Stdio};

/// A file of the tree.
#[derive(Debug)]
pub enum Entry {
    /// Its bytes (a symbolic link's are its target's, when that is a file of the tree).
    Blob(Vec<u8>),
    /// A symbolic link leading outside the project: where it leads.
    Outside(PathBuf),
}

/// Run git in `dir`; its standard output, or an error with what git said.
pub fn git(dir: &Path, args: &[&str]) -> anyhow::Result<Vec<u8>> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| anyhow::anyhow!("cannot run git: {e}"))?;
    if !out.status.success() {
        anyhow::bail!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(out.stdout)
}

/// The files of the project folder `root` at revision `rev`, by path relative to `root`.
pub fn read_tree(root: &Path, rev: &str) -> anyhow::Result<BTreeMap<PathBuf, Entry>> {
    if rev.starts_with('-') {
        anyhow::bail!("`{rev}` is not a git revision");
    }
    // the project's folder in the repository ("" at the top)
    let prefix = String::from_utf8_lossy(&git(root, &["rev-parse", "--show-prefix"])?)
        .trim()
        .to_string();
    let commit = String::from_utf8_lossy(
        &git(
            root,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                &format!("{rev}^{{commit}}"),
            ],
        )
        .map_err(|_| {
            anyhow::anyhow!(
                "`{rev}` names no commit of the repository at {}",
                root.display()
            )
        })?,
    )
    .trim()
    .to_string();
    let tree = if prefix.is_empty() {
        commit
    } else {
        format!("{commit}:{}", prefix.trim_end_matches('/'))
    };
    // mode, type, object and path of every file, NUL-terminated (paths as they are)
    let listing = git(root, &["ls-tree", "-r", "-z", "--full-tree", &tree])?;
    let mut files: Vec<(PathBuf, String, bool)> = Vec::new();
    for record in listing.split(|&b| b == 0).filter(|r| !r.is_empty()) {
        let record = String::from_utf8_lossy(record);
        let Some((meta, path)) = record.split_once('\t') else {
            continue;
        };
        let mut meta = meta.split(' ');
        let (Some(mode), Some(kind), Some(object)) = (meta.next(), meta.next(), meta.next()) else {
            continue;
        };
        if kind == "blob" {
            files.push((PathBuf::from(path), object.to_string(), mode == "120000"));
        }
    }
    let blobs = cat_blobs(root, files.iter().map(|(_, o, _)| o.as_str()))?;
    let mut raw: BTreeMap<PathBuf, (Vec<u8>, bool)> = BTreeMap::new();
    for ((path, _, link), bytes) in files.into_iter().zip(blobs) {
        raw.insert(path, (bytes, link));
    }
    // links first, to the file they lead to; then every file's bytes moved, a link's copied
    let targets: Vec<(PathBuf, Result<PathBuf, PathBuf>)> = raw
        .iter()
        .filter(|(_, (_, link))| *link)
        .map(|(p, _)| (p.clone(), resolve(root, &raw, p)))
        .collect();
    let mut tree: BTreeMap<PathBuf, Entry> = BTreeMap::new();
    for (path, target) in targets {
        let entry = match target {
            Ok(file) => Entry::Blob(raw[&file].0.clone()),
            Err(outside) => Entry::Outside(outside),
        };
        tree.insert(path, entry);
    }
    for (path, (bytes, link)) in raw {
        if !link {
            tree.insert(path, Entry::Blob(bytes));
        }
    }
    Ok(tree)
}

/// Where a symbolic link leads, followed inside the tree as the folder would on disk (up to
/// 40 links): a file of the tree, or `Err` with where it leads outside.
fn resolve(
    root: &Path,
    raw: &BTreeMap<PathBuf, (Vec<u8>, bool)>,
    path: &Path,
) -> Result<PathBuf, PathBuf> {
    let mut at = path.to_path_buf();
    for _ in 0..40 {
        let Some((bytes, link)) = raw.get(&at) else {
            return Err(root.join(&at));
        };
        if !link {
            return Ok(at);
        }
        let target = PathBuf::from(String::from_utf8_lossy(bytes).into_owned());
        let joined = at.parent().unwrap_or(Path::new("")).join(&target);
        let mut inside = PathBuf::new();
        for c in joined.components() {
            match c {
                Component::Normal(n) => inside.push(n),
                Component::CurDir => {}
                Component::ParentDir if inside.pop() => {}
                _ => {
                    return Err(if target.is_absolute() {
                        target
                    } else {
                        root.join(at.parent().unwrap_or(Path::new("")))
                            .join(&target)
                    });
                }
            }
        }
        at = inside;
    }
    Err(root.join(path))
}

/// The contents of the blobs `objects`, in order, from one `git cat-file --batch`.
fn cat_blobs<'a>(
    root: &Path,
    objects: impl Iterator<Item = &'a str>,
) -> anyhow::Result<Vec<Vec<u8>>> {
    let objects: Vec<&str> = objects.collect();
    let mut child = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| anyhow::anyhow!("cannot run git: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped");
    let request: String = objects.iter().map(|o| format!("{o}\n")).collect();
    // write from another thread: git answers while it reads, and a full pipe would stall both
    let writer = std::thread::spawn(move || stdin.write_all(request.as_bytes()));
    let mut out = Vec::new();
    child.stdout.take().expect("piped").read_to_end(&mut out)?;
    let _ = writer.join();
    if !child.wait()?.success() {
        anyhow::bail!("git cat-file could not read the revision's files");
    }
    let mut blobs = Vec::with_capacity(objects.len());
    let mut rest = &out[..];
    for object in &objects {
        let nl = rest
            .iter()
            .position(|&b| b == b'\n')
            .ok_or_else(|| anyhow::anyhow!("git cat-file: no header for {object}"))?;
        let header = String::from_utf8_lossy(&rest[..nl]).into_owned();
        let size: usize = header
            .rsplit(' ')
            .next()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| anyhow::anyhow!("git cat-file: `{header}`"))?;
        let body = rest
            .get(nl + 1..nl + 1 + size)
            .ok_or_else(|| anyhow::anyhow!("git cat-file: {object} cut short"))?;
        blobs.push(body.to_vec());
        rest = rest.get(nl + 2 + size..).unwrap_or_default();
    }
    Ok(blobs)
}
