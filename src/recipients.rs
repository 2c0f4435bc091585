//! Copies for named recipients: who a stamped PDF (`build --recipient`) was prepared for,
//! the project's append-only ledger of every such copy, and `trace`, which finds the ledger
//! entry of a copy that turned up somewhere.
//!
//! The ledger, `.whitepaper/recipients.jsonl`, holds one JSON object per line (schema
//! `whitepaper-ledger/1`, see docs/recipients.md): the recipient, the copy, the SHA-256 of its bytes, and
//! the SHA-256 of the line before it (`prev`), so an edited, reordered, truncated or
//! half-written ledger is found out. It is only ever appended to: a ledger that does not
//! read back whole, or that another build is writing, stops the build; it is never repaired
//! or rewritten by the tool.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::Digest;

use crate::diag::{Diagnostic, Sources};
use crate::l10n::{Arg, Localizer};
use crate::pipeline::BuildError;
use crate::render::artifacts::Artifact;
use whitepaper_core::document::Document;

/// The ledger, relative to the project root.
pub const LEDGER: &str = ".whitepaper/recipients.jsonl";
/// Stamped copies go under this folder of the output folder: `<dir>/<id>/<lang>/<edition>.pdf`.
pub const DIR: &str = "recipients";
/// The longest recipient name accepted.
pub const MAX_NAME: usize = 256;

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who a copy is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    /// The name as it is stamped (surrounding white space removed).
    pub name: String,
    /// The id in the ledger and the folder name of the copies.
    pub id: String,
    /// Whether the copies carry the diagonal watermark.
    pub watermark: bool,
}

impl Recipient {
    /// Check a name and an optional id; without an id, one is made from the name.
    pub fn new(name: &str, id: Option<&str>, watermark: bool) -> Result<Recipient, String> {
        let name = name.trim();
        if name.is_empty() {
            return Err("the recipient's name is empty".into());
        }
        let count = name.chars().count();
        if count > MAX_NAME {
            return Err(format!(
                "the recipient's name has {count} characters: at most {MAX_NAME} can be stamped"
            ));
        }
        if let Some(c) = name.chars().find(|&c| unprintable(c)) {
            return Err(format!(
                "the recipient's name holds U+{:04X}, a control or direction-changing character: it cannot be stamped faithfully",
                c as u32
            ));
        }
        let id = match id {
            Some(id) => {
                check_id(id)?;
                id.to_string()
            }
            None => slug(name),
        };
        Ok(Recipient {
            name: name.to_string(),
            id,
            watermark,
        })
    }
}

/// Characters a stamp must not carry: controls, line and paragraph separators, and the
/// invisible marks that reorder or hide text (a stamp that reads differently from its bytes).
fn unprintable(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// A recipient id: 1–64 of `A–Z a–z 0–9 . _ -`, starting with a letter or digit.
fn check_id(id: &str) -> Result<(), String> {
    if whitepaper_core::ids::is_recipient(id) {
        Ok(())
    } else {
        Err(format!(
            "recipient id `{id}`: use 1 to 64 letters, digits, `.`, `_` or `-`, starting with a letter or digit"
        ))
    }
}

/// An id from a name: its ASCII letters and digits, lower-cased, joined by `-`; a name with
/// other letters gets a short hash of the whole name too, so that two names differing only
/// there do not share an id (`株式会社ホシゾラ` → `r-5f1c…`).
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut out: String = out.trim_matches('-').chars().take(40).collect();
    out = out.trim_end_matches('-').to_string();
    let lossy = name
        .chars()
        .any(|c| c.is_alphanumeric() && !c.is_ascii_alphanumeric());
    if out.is_empty() || lossy {
        let hash = &sha256_hex(name.as_bytes())[..10];
        out = if out.is_empty() {
            format!("r-{hash}")
        } else {
            format!("{out}-{hash}")
        };
    }
    out
}

/// The SHA-256 of `bytes`, in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// One line of the ledger (`whitepaper-ledger/1`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The line's number, from 1.
    pub n: u64,
    pub recipient: String,
    pub id: String,
    pub edition: String,
    pub lang: String,
    /// The edition's version.
    pub version: String,
    /// The day the copy was prepared, `YYYY-MM-DD`.
    pub prepared: String,
    /// The copy's path in the output folder.
    pub file: String,
    /// SHA-256 of the copy's bytes.
    pub sha256: String,
    /// SHA-256 of the previous line (its bytes without the line feed); zeros on line 1.
    pub prev: String,
}

/// A stamped copy to list in the ledger.
pub struct StampedCopy<'a> {
    pub edition: &'a str,
    pub lang: &'a str,
    /// The edition's version.
    pub version: &'a str,
    /// Its path in the output folder, `/`-separated.
    pub file: String,
    pub bytes: &'a [u8],
}

/// The ledger, read whole and checked; held locked while open for appending.
pub struct Ledger {
    path: PathBuf,
    file: Option<fs::File>,
    /// The entries, in order (entry `n` is line `n`).
    pub entries: Vec<Entry>,
    /// The SHA-256 of the last line (what the next line's `prev` must be).
    last: String,
}

impl Ledger {
    /// Open for appending: created if missing, locked against other builds (a ledger in use
    /// is an error, not a wait), then read back whole and checked.
    pub fn open(root: &Path) -> Result<Ledger, BuildError> {
        let path = root.join(LEDGER);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| tool(&path, "cannot create the folder of", e))?;
        }
        let mut file = fs::OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(&path)
            .map_err(|e| tool(&path, "cannot open", e))?;
        let bytes = lock_and_read(&mut file, &path, false)?;
        let mut ledger = Ledger::parse(path, bytes)?;
        ledger.file = Some(file);
        Ok(ledger)
    }

    /// Read for `trace`: the whole ledger, checked (an empty one when there is none).
    pub fn read(root: &Path) -> Result<Ledger, BuildError> {
        let path = root.join(LEDGER);
        let mut file = match fs::File::open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ledger::parse(path, Vec::new());
            }
            Err(e) => return Err(tool(&path, "cannot open", e)),
        };
        let bytes = lock_and_read(&mut file, &path, true)?;
        Ledger::parse(path, bytes)
    }

    fn parse(path: PathBuf, bytes: Vec<u8>) -> Result<Ledger, BuildError> {
        let rel = PathBuf::from(LEDGER);
        let text = String::from_utf8(bytes).map_err(|e| {
            corrupt(
                &rel,
                "",
                Diagnostic::error(
                    "ledger",
                    &rel,
                    format!(
                        "the ledger is not UTF-8 (byte {}): it is damaged",
                        e.utf8_error().valid_up_to()
                    ),
                ),
            )
        })?;
        let mut entries = Vec::new();
        let mut last = GENESIS.to_string();
        let mut at = 0;
        for (i, line) in text.split_inclusive('\n').enumerate() {
            let start = at;
            at += line.len();
            let Some(body) = line.strip_suffix('\n') else {
                return Err(corrupt(
                    &rel,
                    &text,
                    Diagnostic::error(
                        "ledger",
                        &rel,
                        "the last line is cut short: a write to the ledger was interrupted",
                    )
                    .with_span(Some(start..at)),
                ));
            };
            let entry: Entry = serde_json::from_str(body).map_err(|e| {
                let mut col = e.column().saturating_sub(1).min(body.len());
                while !body.is_char_boundary(col) {
                    col -= 1;
                }
                let pos = start + col;
                corrupt(
                    &rel,
                    &text,
                    Diagnostic::error(
                        "ledger",
                        &rel,
                        format!("line {} is not a ledger entry: {e}", i + 1),
                    )
                    .with_span(Some(pos..(pos + 1).min(start + body.len()).max(pos))),
                )
            })?;
            let expected = i as u64 + 1;
            let problem = if entry.n != expected {
                Some(format!(
                    "line {expected} says it is entry {}: lines were removed, added or reordered",
                    entry.n
                ))
            } else if entry.prev != last {
                Some(format!(
                    "line {expected} does not follow from line {}: the ledger was edited",
                    i
                ))
            } else {
                None
            };
            if let Some(p) = problem {
                return Err(corrupt(
                    &rel,
                    &text,
                    Diagnostic::error("ledger", &rel, p).with_span(Some(start..start + body.len())),
                ));
            }
            last = sha256_hex(body.as_bytes());
            entries.push(entry);
        }
        Ok(Ledger {
            path,
            file: None,
            entries,
            last,
        })
    }

    /// The entry of the copy whose bytes hash to `sha256`.
    pub fn by_hash(&self, sha256: &str) -> Vec<&Entry> {
        self.entries.iter().filter(|e| e.sha256 == sha256).collect()
    }

    /// Refuse an id already given to another name.
    pub fn check_recipient(&self, r: &Recipient) -> Result<(), BuildError> {
        if let Some(e) = self
            .entries
            .iter()
            .find(|e| e.id == r.id && e.recipient != r.name)
        {
            return Err(BuildError::Tool(anyhow::anyhow!(
                "recipient id `{}` is “{}” in the ledger (entry {}), not “{}”: give this recipient another --recipient-id",
                r.id,
                e.recipient,
                e.n,
                r.name
            )));
        }
        Ok(())
    }

    /// Append one line per copy (numbered and chained), and flush them to disk.
    pub fn append(
        &mut self,
        r: &Recipient,
        prepared: &str,
        copies: &[StampedCopy<'_>],
    ) -> Result<Vec<Entry>, BuildError> {
        let mut text = String::new();
        let mut added = Vec::new();
        let mut last = self.last.clone();
        for (k, c) in copies.iter().enumerate() {
            let entry = Entry {
                n: (self.entries.len() + k + 1) as u64,
                recipient: r.name.clone(),
                id: r.id.clone(),
                edition: c.edition.to_string(),
                lang: c.lang.to_string(),
                version: c.version.to_string(),
                prepared: prepared.to_string(),
                file: c.file.clone(),
                sha256: sha256_hex(c.bytes),
                prev: last,
            };
            let line = serde_json::to_string(&entry)
                .map_err(|e| BuildError::Tool(anyhow::anyhow!("ledger entry: {e}")))?;
            last = sha256_hex(line.as_bytes());
            text.push_str(&line);
            text.push('\n');
            added.push(entry);
        }
        let path = self.path.clone();
        let file = self
            .file
            .as_mut()
            .ok_or_else(|| BuildError::Tool(anyhow::anyhow!("the ledger is open for reading")))?;
        // one write of whole lines, then to disk: a killed build leaves whole entries, or a
        // cut line the next build reports
        file.write_all(text.as_bytes())
            .and_then(|()| file.sync_data())
            .map_err(|e| tool(&path, "cannot append to", e))?;
        self.entries.extend(added.iter().cloned());
        self.last = last;
        Ok(added)
    }
}

/// Lock the ledger (shared to read, exclusive to append; held until the file is closed),
/// then read it whole. Another run holding it is an error, not a wait.
fn lock_and_read(file: &mut fs::File, path: &Path, shared: bool) -> Result<Vec<u8>, BuildError> {
    let locked = if shared {
        file.try_lock_shared()
    } else {
        file.try_lock()
    };
    match locked {
        Ok(()) => {}
        Err(fs::TryLockError::WouldBlock) => return Err(busy(path)),
        Err(fs::TryLockError::Error(e)) => return Err(tool(path, "cannot lock", e)),
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(|e| tool(path, "cannot read", e))?;
    Ok(bytes)
}

fn tool(path: &Path, what: &str, e: std::io::Error) -> BuildError {
    BuildError::Tool(anyhow::anyhow!("{what} the ledger {}: {e}", path.display()))
}

fn busy(path: &Path) -> BuildError {
    BuildError::Tool(anyhow::anyhow!(
        "the ledger {} is in use by another whitepaper run: try again when it has finished",
        path.display()
    ))
}

fn corrupt(rel: &Path, text: &str, d: Diagnostic) -> BuildError {
    let mut sources = Sources::default();
    sources.insert(rel, text);
    BuildError::Content {
        sources: Box::new(sources),
        diagnostics: vec![d.with_help(
            "the ledger is never repaired or rewritten by whitepaper: restore it from version control",
        )],
    }
}

/// What `trace` found out about a file.
#[derive(Debug)]
pub enum Trace {
    /// The file is, byte for byte, a copy the ledger lists.
    Copy(Entry),
    /// The file is not a listed copy byte for byte (it was altered: re-saved, printed to
    /// PDF, cut), but it carries a recipient's stamp; `entries` are the ledger's copies for
    /// that recipient (empty: the stamp names no recipient this ledger knows).
    Stamped {
        recipient: String,
        id: String,
        prepared: Option<String>,
        /// Where the stamp was read: the PDF's metadata, its text, or (a file no PDF reader
        /// opens) its remaining bytes.
        from: &'static str,
        entries: Vec<Entry>,
    },
    /// Neither: not a stamped copy, or one stripped of every stamp.
    NotStamped,
}

/// Find the ledger entry of `file`: by its SHA-256, else by the stamp in its metadata, its
/// text, or (a damaged file) its raw bytes.
pub fn trace(root: &Path, file: &Path) -> Result<Trace, BuildError> {
    let bytes = fs::read(file)
        .map_err(|e| BuildError::Tool(anyhow::anyhow!("cannot read {}: {e}", file.display())))?;
    let ledger = Ledger::read(root)?;
    // the file may come from anywhere: reading it is bounded in time and memory like a build
    let _watchdog = crate::limits::arm(crate::limits::time_limit());
    crate::limits::stage(format!("reading {}", file.display()));
    let hash = sha256_hex(&bytes);
    if let Some(e) = ledger.by_hash(&hash).first() {
        return Ok(Trace::Copy((*e).clone()));
    }
    let entries_of = |id: &str, prepared: Option<&str>| -> Vec<Entry> {
        ledger
            .entries
            .iter()
            .filter(|e| e.id == id && prepared.is_none_or(|p| p == e.prepared))
            .cloned()
            .collect()
    };
    let doc = whitepaper_core::panic::catch_panic(|| lopdf::Document::load_mem(&bytes).ok())
        .ok()
        .flatten();
    if let Some(doc) = &doc {
        // the metadata
        let info = doc
            .trailer
            .get(b"Info")
            .and_then(|o| doc.dereference(o).map(|(_, o)| o))
            .and_then(|o| o.as_dict())
            .ok();
        let field = |key: &[u8]| -> Option<String> {
            info.and_then(|d| d.get(key).ok())
                .and_then(|o| lopdf::decode_text_string(o).ok())
                .filter(|s| !s.is_empty())
        };
        if let (Some(recipient), Some(id)) = (field(b"Recipient"), field(b"RecipientID")) {
            let prepared = field(b"Prepared");
            let mut entries = entries_of(&id, prepared.as_deref());
            // the copies in the document's language, when the catalog still says it
            let lang = doc
                .catalog()
                .ok()
                .and_then(|c| c.get(b"Lang").ok())
                .and_then(|o| lopdf::decode_text_string(o).ok());
            if let Some(lang) = lang
                && entries.iter().any(|e| e.lang == lang)
            {
                entries.retain(|e| e.lang == lang);
            }
            return Ok(Trace::Stamped {
                recipient,
                id,
                prepared,
                from: "metadata",
                entries,
            });
        }
        // the text of its pages: a stamp names the recipient and its id
        let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
        // bounded: the file may come from anywhere
        let text = whitepaper_core::panic::catch_panic(|| {
            doc.extract_text_with_limit(&pages, 64 << 20)
                .unwrap_or_default()
        })
        .unwrap_or_default();
        let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        if let Some(found) = by_text(&ledger, &squeezed, "text") {
            return Ok(found);
        }
    }
    // a file no PDF reader opens (cut short, damaged): the ids in its bytes, and in every
    // compressed stream that still inflates (the metadata sits in one)
    if let Some(found) = by_text(&ledger, &readable(&bytes), "remaining bytes") {
        return Ok(found);
    }
    Ok(Trace::NotStamped)
}

/// The bytes of a damaged PDF as text: as they are, then each `stream … endstream` inflated
/// as far as it goes (at most 64 MiB in all: the file may come from anywhere).
fn readable(bytes: &[u8]) -> String {
    use std::io::Read as _;
    let mut out = String::from_utf8_lossy(bytes).into_owned();
    let mut budget: u64 = 64 << 20;
    let mut at = 0;
    while let Some(k) = find(&bytes[at..], b"stream") {
        let mut start = at + k + b"stream".len();
        at = start;
        if bytes[..start - b"stream".len()].ends_with(b"end") {
            continue;
        }
        while bytes.get(start).is_some_and(|b| *b == b'\r' || *b == b'\n') {
            start += 1;
        }
        let end = find(&bytes[start..], b"endstream").map_or(bytes.len(), |e| start + e);
        let mut text = Vec::new();
        let mut z = flate2::read::ZlibDecoder::new(&bytes[start..end]).take(budget);
        // a cut stream inflates as far as its bytes go
        let _ = z.read_to_end(&mut text);
        budget = budget.saturating_sub(text.len() as u64);
        out.push_str(&String::from_utf8_lossy(&text));
        if budget == 0 {
            break;
        }
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The recipient of the ledger whose name and id both occur in `text` (white space removed
/// from names, as the stamp may wrap); the longest name wins.
fn by_text(ledger: &Ledger, text: &str, from: &'static str) -> Option<Trace> {
    let mut best: Option<&Entry> = None;
    for e in &ledger.entries {
        let name: String = e.recipient.chars().filter(|c| !c.is_whitespace()).collect();
        let hit = text.contains(&format!("({})", e.id))
            || text.contains(&format!("（{}）", e.id))
            || (text.contains(&name) && text.contains(&e.id));
        if hit && best.is_none_or(|b| b.recipient.len() < e.recipient.len()) {
            best = Some(e);
        }
    }
    best.map(|b| Trace::Stamped {
        recipient: b.recipient.clone(),
        id: b.id.clone(),
        prepared: None,
        from,
        entries: ledger
            .entries
            .iter()
            .filter(|e| e.id == b.id)
            .cloned()
            .collect(),
    })
}

/// The stamp of a recipient's copy in `lang`.
pub fn stamp(
    l: &Localizer,
    r: &Recipient,
    lang: &str,
    date_iso: &str,
) -> Result<whitepaper_core::document::Stamp, Diagnostic> {
    let missing = |e: String| {
        Diagnostic::error("missing-message", format!("locales/{lang}"), e)
            .with_help("a recipient's copy needs `recipient-stamp` (and `recipient-watermark` for --watermark) in every language")
    };
    let date = crate::template::format_date(l, lang, date_iso).map_err(missing)?;
    let args = [
        ("recipient", Arg::Str(r.name.clone())),
        ("id", Arg::Str(r.id.clone())),
        ("date", Arg::Str(date)),
    ];
    Ok(whitepaper_core::document::Stamp {
        recipient: r.name.clone(),
        id: r.id.clone(),
        date_iso: date_iso.to_string(),
        footer: l.format(lang, "recipient-stamp", &args).map_err(missing)?,
        watermark: if r.watermark {
            Some(
                l.format(lang, "recipient-watermark", &args)
                    .map_err(missing)?,
            )
        } else {
            None
        },
    })
}

/// `build --recipient`: list the stamped copies in the ledger, then publish them under
/// `out/recipients/<id>/`, leaving every other file of `out/` as it was. The ledger is
/// written first: a copy that exists is always listed (a listed copy whose publishing
/// failed stays listed: the ledger is never rewritten).
pub fn publish_copies(
    root: &Path,
    r: &Recipient,
    docs: &[Document],
    artifacts: Vec<Artifact>,
    out_dir: &Path,
) -> Result<(Vec<Artifact>, Vec<PathBuf>), BuildError> {
    crate::publish::guard_out_dir(root, out_dir)?;
    let base = Path::new(DIR).join(&r.id);
    // each copy beside the document it is of (the artifacts are the documents' PDFs)
    let copies: Vec<(&Document, Artifact)> = artifacts
        .into_iter()
        .filter_map(|a| {
            let doc = docs
                .iter()
                .find(|d| a.path == PathBuf::from(&d.lang).join(format!("{}.pdf", d.edition)))?;
            Some((
                doc,
                Artifact {
                    path: base.join(&a.path),
                    bytes: a.bytes,
                },
            ))
        })
        .collect();
    let mut ledger = Ledger::open(root)?;
    ledger.check_recipient(r)?;
    let date_iso = docs
        .first()
        .and_then(|d| d.meta.stamp.as_ref())
        .map(|s| s.date_iso.clone())
        .unwrap_or_default();
    let listed: Vec<StampedCopy<'_>> = copies
        .iter()
        .map(|(d, a)| StampedCopy {
            edition: &d.edition,
            lang: &d.lang,
            version: &d.meta.version,
            file: a.path.to_string_lossy().replace('\\', "/"),
            bytes: &a.bytes,
        })
        .collect();
    ledger.append(r, &date_iso, &listed)?;
    let published: Vec<Artifact> = copies.into_iter().map(|(_, a)| a).collect();
    let left = crate::publish::publish(out_dir, &published).map_err(|e| {
        BuildError::Tool(e.context(format!(
            "the copies are listed in {} but were not written",
            LEDGER
        )))
    })?;
    Ok((published, left))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked_and_ids_made_from_them() {
        let r = Recipient::new("  ACME Corp ", None, false).unwrap();
        assert_eq!((r.name.as_str(), r.id.as_str()), ("ACME Corp", "acme-corp"));
        let r = Recipient::new("O'Reilly & Söhne <GmbH>", None, false).unwrap();
        assert!(r.id.starts_with("o-reilly-s-hne-gmbh-"), "{}", r.id);
        let r = Recipient::new("株式会社ホシゾラ", None, false).unwrap();
        assert!(r.id.starts_with("r-") && r.id.len() == 12, "{}", r.id);
        assert_ne!(
            slug("Müller GmbH"),
            slug("Mëller GmbH"),
            "names differing only in a non-ASCII letter get different ids"
        );
        assert!(Recipient::new("a".repeat(200).as_str(), None, false).is_ok());
        for bad in ["", "   ", "ACME\nCorp", "ACME\u{202E}Corp", "x\u{0}"] {
            assert!(Recipient::new(bad, None, false).is_err(), "{bad:?}");
        }
        assert!(Recipient::new(&"a".repeat(MAX_NAME + 1), None, false).is_err());
        for bad in ["../x", ".hidden", "a/b", "", "ä", &"x".repeat(65)] {
            assert!(Recipient::new("ACME", Some(bad), false).is_err(), "{bad:?}");
        }
        assert_eq!(
            Recipient::new("ACME", Some("acme-2026.q4_x"), false)
                .unwrap()
                .id,
            "acme-2026.q4_x"
        );
    }

    fn write_ledger(dir: &Path, n: usize) -> Vec<Entry> {
        let mut l = Ledger::open(dir).unwrap();
        let r = Recipient::new("ACME Corp", None, false).unwrap();
        let copies: Vec<StampedCopy<'_>> = (0..n)
            .map(|i| StampedCopy {
                edition: "whitepaper",
                lang: "en",
                version: "1.7",
                file: format!("recipients/acme-corp/en/{i}.pdf"),
                bytes: b"pdf",
            })
            .collect();
        l.append(&r, "2026-12-01", &copies).unwrap()
    }

    #[test]
    fn the_ledger_chains_its_lines_and_refuses_any_edit() {
        let dir = tempfile::tempdir().unwrap();
        write_ledger(dir.path(), 2);
        write_ledger(dir.path(), 1);
        let l = Ledger::read(dir.path()).unwrap();
        assert_eq!(l.entries.len(), 3);
        assert_eq!(l.entries[2].n, 3);
        assert_eq!(l.entries[0].prev, GENESIS);
        let path = dir.path().join(LEDGER);
        let text = fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let line_of = |e: BuildError| match e {
            BuildError::Content { diagnostics, .. } => diagnostics[0].message.clone(),
            BuildError::Tool(e) => panic!("{e}"),
        };
        // an edited entry: the next line no longer follows
        fs::write(&path, text.replace("ACME Corp", "ACME Inc.")).unwrap();
        let e = line_of(Ledger::read(dir.path()).err().unwrap());
        assert!(e.contains("line 2 does not follow"), "{e}");
        // a removed line
        fs::write(&path, format!("{}\n{}\n", lines[0], lines[2])).unwrap();
        let e = line_of(Ledger::read(dir.path()).err().unwrap());
        assert!(e.contains("line 2 says it is entry 3"), "{e}");
        // a cut last line, and not JSON
        fs::write(&path, &text[..text.len() - 5]).unwrap();
        let e = line_of(Ledger::open(dir.path()).err().unwrap());
        assert!(e.contains("cut short"), "{e}");
        fs::write(&path, "{\"n\": 1,\n").unwrap();
        let e = line_of(Ledger::read(dir.path()).err().unwrap());
        assert!(e.contains("line 1 is not a ledger entry"), "{e}");
        // nothing was rewritten by the failed opens
        assert_eq!(fs::read_to_string(&path).unwrap(), "{\"n\": 1,\n");
    }

    #[test]
    fn a_ledger_in_use_is_an_error_not_a_wait() {
        let dir = tempfile::tempdir().unwrap();
        let _held = Ledger::open(dir.path()).unwrap();
        let e = Ledger::open(dir.path()).err().unwrap();
        assert!(
            matches!(&e, BuildError::Tool(t) if t.to_string().contains("in use")),
            "{e:?}"
        );
    }
}
