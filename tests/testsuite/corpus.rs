//! The corpus of broken, hostile and odd projects (`tests/corpus/*.toml`, one case per file;
//! the format is in `tests/corpus/README.md`).
//!
//! Every case starts from a fixture project with an earlier `out/` beside it, changes files,
//! runs the binary and pins: the exit code (0, 1 content, 2 tool; never a panic, an abort, a
//! signal or a hang over 60 s), the text the error names (file:line:col), and that a failed
//! run left `out/` exactly as it was. Odd-but-valid cases must build the files they list.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde::Deserialize;

use crate::project::Project;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    /// What the case is about (shown when it fails).
    about: String,
    /// `second-company` (default), `minimal` or `shipped`.
    #[serde(default)]
    base: Option<String>,
    /// The arguments of `whitepaper`.
    run: Vec<String>,
    /// The expected exit code.
    exit: i32,
    /// Texts standard error must contain (file:line:col, the diagnostic code…).
    #[serde(default)]
    stderr: Vec<String>,
    /// Texts neither standard error nor standard output may contain.
    #[serde(default)]
    never: Vec<String>,
    /// Files that must exist after a successful run (paths in the project).
    #[serde(default)]
    builds: Vec<String>,
    /// Texts (path → texts) a built file must contain.
    #[serde(default)]
    contains: BTreeMap<String, Vec<String>>,
    /// Environment variables for the run (e.g. a short `WHITEPAPER_RENDER_LIMIT`).
    #[serde(default)]
    env: BTreeMap<String, String>,
    /// Changes to the project, in order.
    #[serde(default)]
    file: Vec<Change>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Change {
    path: String,
    /// Write the whole file as a copy of this file of the repository (`locales/en/common.ftl`).
    copy: Option<String>,
    /// Write the whole file.
    text: Option<String>,
    /// Write the whole file as these bytes (hex, spaces allowed).
    hex: Option<String>,
    /// Add to the end of the file.
    append: Option<String>,
    /// Add bytes (hex) to the start of the file.
    prepend_hex: Option<String>,
    /// Replace the first `[from, to]` (the case fails if `from` is absent).
    replace: Option<[String; 2]>,
    /// Overwrite bytes at an offset: `{ at = 3473, hex = "02" }`.
    patch: Option<Patch>,
    /// Replace every `\n` with `\r\n`.
    #[serde(default)]
    crlf: bool,
    /// Append `text` this many times, with `{i}` replaced by the count.
    repeat: Option<Repeat>,
    /// Make the path a symbolic link to this target (`{outside}` is a folder outside the
    /// project holding a `secret` file).
    symlink: Option<String>,
    /// Remove the file or folder.
    #[serde(default)]
    remove: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Patch {
    at: usize,
    hex: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Repeat {
    text: String,
    times: usize,
}

const SECRET: &str = "SECRET-OUTSIDE-THE-PROJECT";
const LIMIT: Duration = Duration::from_secs(60);

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn hex(s: &str) -> Vec<u8> {
    let digits: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    digits
        .chunks(2)
        .map(|p| u8::from_str_radix(std::str::from_utf8(p).unwrap(), 16).unwrap())
        .collect()
}

fn apply(p: &Project, outside: &Path, c: &Change) -> Result<(), String> {
    let path = p.path(&c.path);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
    }
    let read = |path: &Path| std::fs::read(path).unwrap_or_default();
    if c.remove {
        if path.is_dir() {
            std::fs::remove_dir_all(&path).map_err(|e| e.to_string())?;
        } else {
            std::fs::remove_file(&path).map_err(|e| e.to_string())?;
        }
    }
    if let Some(from) = &c.copy {
        std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(from), &path)
            .map_err(|e| format!("copy {from}: {e}"))?;
    }
    if let Some(t) = &c.text {
        std::fs::write(&path, t).map_err(|e| e.to_string())?;
    }
    if let Some(h) = &c.hex {
        std::fs::write(&path, hex(h)).map_err(|e| e.to_string())?;
    }
    if let Some([from, to]) = &c.replace {
        let text = String::from_utf8(read(&path)).map_err(|e| e.to_string())?;
        if !text.contains(from.as_str()) {
            return Err(format!("{} does not contain {from:?}", c.path));
        }
        std::fs::write(&path, text.replacen(from.as_str(), to, 1)).map_err(|e| e.to_string())?;
    }
    if let Some(a) = &c.append {
        let mut b = read(&path);
        b.extend_from_slice(a.as_bytes());
        std::fs::write(&path, b).map_err(|e| e.to_string())?;
    }
    if let Some(r) = &c.repeat {
        let mut b = read(&path);
        for i in 0..r.times {
            b.extend_from_slice(r.text.replace("{i}", &i.to_string()).as_bytes());
        }
        std::fs::write(&path, b).map_err(|e| e.to_string())?;
    }
    if let Some(h) = &c.prepend_hex {
        let mut b = hex(h);
        b.extend(read(&path));
        std::fs::write(&path, b).map_err(|e| e.to_string())?;
    }
    if let Some(p) = &c.patch {
        let mut b = read(&path);
        for (i, byte) in hex(&p.hex).into_iter().enumerate() {
            if let Some(slot) = b.get_mut(p.at + i) {
                *slot = byte;
            }
        }
        std::fs::write(&path, b).map_err(|e| e.to_string())?;
    }
    if c.crlf {
        let b = read(&path);
        let text = String::from_utf8(b).map_err(|e| e.to_string())?;
        std::fs::write(&path, text.replace("\r\n", "\n").replace('\n', "\r\n"))
            .map_err(|e| e.to_string())?;
    }
    #[cfg(unix)]
    if let Some(target) = &c.symlink {
        let _ = std::fs::remove_file(&path);
        let _ = std::fs::remove_dir_all(&path);
        let target = target.replace("{outside}", &outside.display().to_string());
        std::os::unix::fs::symlink(target, &path).map_err(|e| e.to_string())?;
    }
    let _ = outside;
    Ok(())
}

/// Run one case; `Err` says what went wrong.
fn run_case(name: &str, case: &Case) -> Result<(), String> {
    let p = match case.base.as_deref().unwrap_or("second-company") {
        "shipped" => Project::shipped(),
        base => Project::fixture(base),
    };
    let outside = tempfile::tempdir().map_err(|e| e.to_string())?;
    std::fs::write(outside.path().join("secret"), format!("{SECRET}\n")).unwrap();
    // an earlier build's out/: a failed run must leave it as it is
    p.write("out/earlier.txt", "an earlier build\n");
    p.write("out/en/whitepaper.md", "# An earlier whitepaper\n");
    let before = p.snapshot_out();
    for c in &case.file {
        apply(&p, outside.path(), c)?;
    }

    let mut child = Command::new(env!("CARGO_BIN_EXE_whitepaper"))
        .args(&case.run)
        .current_dir(p.dir.path())
        .env("NO_COLOR", "1")
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("WHITEPAPER_RENDER_LIMIT")
        .env_remove("WHITEPAPER_MEMORY_LIMIT")
        .envs(&case.env)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    // drain both pipes while waiting, so a chatty run never blocks on a full pipe
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = so.read_to_end(&mut s);
        s
    });
    let t_err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = se.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "still running after {} s (a hang)",
                LIMIT.as_secs()
            ));
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let stdout = String::from_utf8_lossy(&t_out.join().unwrap()).into_owned();
    let stderr = String::from_utf8_lossy(&t_err.join().unwrap()).into_owned();
    let show = || {
        let cut: String = stderr.chars().take(3000).collect();
        format!("\n--- stderr ---\n{cut}")
    };
    let Some(code) = status.code() else {
        return Err(format!("killed by a signal ({status}){}", show()));
    };
    if stderr.contains("panicked") || code == 101 {
        return Err(format!("panicked (exit {code}){}", show()));
    }
    if code != case.exit {
        return Err(format!("exit {code}, expected {}{}", case.exit, show()));
    }
    for s in &case.stderr {
        if !stderr.contains(s.as_str()) {
            return Err(format!("stderr lacks {s:?}{}", show()));
        }
    }
    for s in case.never.iter().map(String::as_str).chain([SECRET]) {
        if stderr.contains(s) || stdout.contains(s) {
            return Err(format!("the output shows {s:?}{}", show()));
        }
    }
    if stderr.contains('\u{1b}') || stderr.contains('\u{7}') {
        return Err(format!("stderr carries a raw control character{}", show()));
    }
    let after = p.snapshot_out();
    if code != 0 && after != before {
        let names: Vec<_> = after.iter().map(|(p, _)| p.display().to_string()).collect();
        return Err(format!("a failed run changed out/: now {names:?}"));
    }
    for (path, bytes) in &after {
        if bytes.windows(SECRET.len()).any(|w| w == SECRET.as_bytes()) {
            return Err(format!(
                "{} publishes a file from outside the project",
                path.display()
            ));
        }
    }
    for (path, bytes) in &after {
        for link in links(path, bytes) {
            let scheme = link
                .split(':')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase();
            if link.contains(':') && !["https", "http", "mailto"].contains(&scheme.trim()) {
                return Err(format!("{} links to {link:?}", path.display()));
            }
        }
    }
    for b in &case.builds {
        if !p.path(b).is_file() {
            return Err(format!("{b} was not built{}", show()));
        }
    }
    for (path, texts) in &case.contains {
        let text = std::fs::read_to_string(p.path(path)).map_err(|e| format!("{path}: {e}"))?;
        for t in texts {
            if !text.contains(t.as_str()) {
                return Err(format!("{path} lacks {t:?}"));
            }
        }
    }
    // nothing beside out/ but what the fixture had: no staging folders, no locks left
    for name in p.top_level() {
        if name.contains("whitepaper-staging") || name.contains("whitepaper-previous") {
            return Err(format!("left {name} beside out/"));
        }
    }
    let _ = name;
    Ok(())
}

/// Every link target of a built file: Markdown link destinations, HTML `href`/`src`
/// attributes, PDF URI actions.
fn links(path: &Path, bytes: &[u8]) -> Vec<String> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    let text = String::from_utf8_lossy(bytes);
    match ext {
        "md" => pulldown_cmark::Parser::new(&text)
            .filter_map(|ev| match ev {
                pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { dest_url, .. })
                | pulldown_cmark::Event::Start(pulldown_cmark::Tag::Image { dest_url, .. }) => {
                    Some(dest_url.to_string())
                }
                _ => None,
            })
            .collect(),
        "html" => {
            let mut v = Vec::new();
            for attr in ["href=\"", "src=\"", "action=\""] {
                for (i, _) in text.match_indices(attr) {
                    let rest = &text[i + attr.len()..];
                    v.push(rest[..rest.find('"').unwrap_or(rest.len())].to_string());
                }
            }
            v
        }
        "pdf" => {
            let doc = lopdf::Document::load_mem(bytes).expect("a built PDF parses");
            let mut v = Vec::new();
            for (_, pid) in doc.get_pages() {
                let Ok(page) = doc.get_dictionary(pid) else {
                    continue;
                };
                let Ok(annots) = page.get(b"Annots").and_then(|a| a.as_array()) else {
                    continue;
                };
                for a in annots {
                    let d = match a {
                        lopdf::Object::Reference(r) => doc.get_dictionary(*r).ok(),
                        o => o.as_dict().ok(),
                    };
                    let uri = d
                        .and_then(|d| d.get(b"A").ok())
                        .and_then(|a| match a {
                            lopdf::Object::Reference(r) => doc.get_dictionary(*r).ok(),
                            o => o.as_dict().ok(),
                        })
                        .and_then(|a| a.get(b"URI").ok())
                        .and_then(|u| u.as_str().ok());
                    if let Some(u) = uri {
                        v.push(String::from_utf8_lossy(u).into_owned());
                    }
                }
            }
            v
        }
        _ => Vec::new(),
    }
}

fn cases() -> Vec<(String, Case)> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(corpus_dir()).unwrap() {
        let path = e.unwrap().path();
        if path.extension().is_some_and(|x| x == "toml") {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let case: Case =
                toml::from_str(&text).unwrap_or_else(|e| panic!("tests/corpus/{name}.toml: {e}"));
            v.push((name, case));
        }
    }
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

#[test]
fn every_case_of_the_corpus_exits_as_pinned_and_leaves_out_as_it_was() {
    let mut cases = cases();
    assert!(cases.len() >= 60, "the corpus has {} cases", cases.len());
    // `CORPUS_CASE=name` runs the cases whose name contains it (while writing one)
    if let Ok(only) = std::env::var("CORPUS_CASE") {
        cases.retain(|(name, _)| name.contains(only.as_str()));
    }
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(4);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some((name, case)) = cases.get(i) else {
                        break;
                    };
                    if let Err(e) = run_case(name, case) {
                        failures
                            .lock()
                            .unwrap()
                            .push(format!("tests/corpus/{name}.toml ({}): {e}", case.about));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {} corpus cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}
