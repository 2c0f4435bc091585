//! Built-in defaults: the company-neutral templates and messages of both editions, embedded
//! in the binary (the repository's `templates/` and `locales/`). A project's own file with
//! the same path replaces the built-in one; a project file with a new name is added.
//!
//! Lookup order, for every file under `templates/` and `locales/<lang>/`:
//! 1. `<project>/templates/<name>` or `<project>/locales/<lang>/<name>`;
//! 2. the built-in file of that name.
//!
//! Built-in files are named `<built-in>/templates/…` in diagnostics.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

static TEMPLATES: Dir = include_dir!("$CARGO_MANIFEST_DIR/templates");
static LOCALES: Dir = include_dir!("$CARGO_MANIFEST_DIR/locales");
static CATALOGS: Dir = include_dir!("$CARGO_MANIFEST_DIR/catalogs");

/// The prefix of built-in files' paths in diagnostics.
pub const BUILTIN_PREFIX: &str = "<built-in>";

/// One file of the merged set.
#[derive(Debug, Clone)]
pub struct File {
    /// Name relative to its folder (`whitepaper/storage.md`, `whitepaper.ftl`).
    pub name: String,
    /// Path shown in diagnostics: relative to the project root, or `<built-in>/…`.
    pub rel: PathBuf,
    /// Where to read it from: a project file, or the embedded text.
    pub origin: Origin,
}

#[derive(Debug, Clone)]
pub enum Origin {
    /// The project's file (resolved), read through the project's tree when it is used.
    Project(PathBuf, crate::files::Tree),
    BuiltIn(&'static str),
    /// A project path that resolves outside the project (refused when read).
    Outside(PathBuf),
}

impl File {
    pub fn is_builtin(&self) -> bool {
        matches!(self.origin, Origin::BuiltIn(_))
    }

    pub fn read(&self) -> std::io::Result<String> {
        match &self.origin {
            Origin::Project(resolved, tree) => tree.read_to_string(resolved),
            Origin::BuiltIn(s) => Ok((*s).to_string()),
            Origin::Outside(resolved) => Err(crate::files::outside(resolved.clone())),
        }
    }
}

fn embedded(
    dir: &'static Dir<'static>,
    sub: &str,
    ext: &str,
    skip: Option<&str>,
) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    let start = if sub.is_empty() {
        Some(dir)
    } else {
        dir.get_dir(sub)
    };
    let Some(start) = start else { return out };
    let mut stack = vec![start];
    while let Some(d) = stack.pop() {
        for e in d.entries() {
            match e {
                include_dir::DirEntry::Dir(sd) => {
                    if skip.is_none_or(|s| sd.path() != Path::new(s)) {
                        stack.push(sd);
                    }
                }
                include_dir::DirEntry::File(f) => {
                    if f.path().extension().is_some_and(|x| x == ext)
                        && let Some(text) = f.contents_utf8()
                    {
                        let name = f
                            .path()
                            .strip_prefix(sub)
                            .unwrap_or(f.path())
                            .to_string_lossy()
                            .replace('\\', "/");
                        out.push((name, text));
                    }
                }
            }
        }
    }
    out
}

fn project(
    tree: &crate::files::Tree,
    base: &Path,
    ext: &str,
    skip: Option<&Path>,
) -> Vec<(String, Origin)> {
    tree.walk(base, ext, skip)
        .into_iter()
        .map(|(p, checked)| {
            let name = p
                .strip_prefix(base)
                .unwrap_or(&p)
                .to_string_lossy()
                .replace('\\', "/");
            let origin = match checked {
                Ok(resolved) => Origin::Project(resolved, tree.clone()),
                Err(e) => Origin::Outside(
                    e.get_ref()
                        .and_then(|i| i.downcast_ref::<crate::files::OutsideProject>())
                        .map(|o| o.resolved.clone())
                        .unwrap_or_default(),
                ),
            };
            (name, origin)
        })
        .collect()
}

fn merge(
    folder: &Path,
    builtin: Vec<(String, &'static str)>,
    own: Vec<(String, Origin)>,
) -> Vec<File> {
    let mut files: std::collections::BTreeMap<String, File> = builtin
        .into_iter()
        .map(|(name, text)| {
            let rel = Path::new(BUILTIN_PREFIX).join(folder).join(&name);
            (
                name.clone(),
                File {
                    name,
                    rel,
                    origin: Origin::BuiltIn(text),
                },
            )
        })
        .collect();
    for (name, origin) in own {
        let rel = folder.join(&name);
        files.insert(name.clone(), File { name, rel, origin });
    }
    files.into_values().collect()
}

/// The Markdown templates (`*.md` under `templates/`, minus the HTML theme in `templates/html/`).
pub fn templates(tree: &crate::files::Tree) -> Vec<File> {
    let base = tree.root().join("templates");
    merge(
        Path::new("templates"),
        embedded(&TEMPLATES, "", "md", Some("html")),
        project(tree, &base, "md", Some(&base.join("html"))),
    )
}

/// The message files of one language (`locales/<lang>/*.ftl`).
pub fn locales(tree: &crate::files::Tree, lang: &str) -> Vec<File> {
    let folder = Path::new("locales").join(lang);
    merge(
        &folder,
        embedded(&LOCALES, lang, "ftl", None),
        project(tree, &tree.root().join(&folder), "ftl", None),
    )
}

/// A language's list of preferred terms (`locales/<lang>/preferred-terms.toml`): the
/// project's, or the built-in one.
pub fn preferred_terms(tree: &crate::files::Tree, lang: &str) -> Option<File> {
    let folder = Path::new("locales").join(lang);
    merge(
        &folder,
        embedded(&LOCALES, lang, "toml", None),
        project(tree, &tree.root().join(&folder), "toml", None),
    )
    .into_iter()
    .find(|f| f.name == "preferred-terms.toml")
}

/// The languages that have built-in messages.
pub fn builtin_languages() -> Vec<String> {
    LOCALES
        .dirs()
        .filter_map(|d| d.path().file_name()?.to_str().map(str::to_string))
        .collect()
}

/// The ids of the messages of the built-in files (of every built-in language).
pub fn builtin_message_ids() -> Vec<String> {
    let mut ids = std::collections::BTreeSet::new();
    for lang in builtin_languages() {
        for (_, text) in embedded(&LOCALES, &lang, "ftl", None) {
            let res = match fluent_bundle::FluentResource::try_new(text.to_string()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for e in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = e {
                    ids.insert(m.id.name.to_string());
                }
            }
        }
    }
    ids.into_iter().collect()
}

/// The text of a built-in file under `templates/` (`clauses.toml`), if there is one.
pub fn builtin_template(name: &Path) -> Option<&'static str> {
    TEMPLATES.get_file(name)?.contents_utf8()
}

/// The source of built-in message `id` in `lang` as written (`id = …` and its indented
/// continuation lines), for the reference.
pub fn builtin_message_source(lang: &str, id: &str) -> Option<String> {
    embedded(&LOCALES, lang, "ftl", None)
        .into_iter()
        .find_map(|(_, text)| message_source(text, id))
}

/// The source of message `id` in the Fluent file `text`, its lines joined by spaces.
pub fn message_source(text: &str, id: &str) -> Option<String> {
    let head = format!("{id} =");
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if let Some(rest) = line.strip_prefix(&head) {
            let mut out = rest.trim().to_string();
            for more in lines.by_ref() {
                if !more.starts_with(' ') {
                    break;
                }
                out.push(' ');
                out.push_str(more.trim());
            }
            return Some(out);
        }
    }
    None
}

/// The built-in disclosure catalogs (`catalogs/*.toml`): (file name, text).
pub fn catalogs() -> Vec<(String, &'static str)> {
    embedded(&CATALOGS, "", "toml", None)
}
