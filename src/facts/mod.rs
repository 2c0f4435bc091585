//! Facts: the typed data model of `content/**/*.toml`.
//!
//! Each area of the seeds lives in one file under `content/` and one module here. Every struct
//! is `deny_unknown_fields`; text that is itself a fact is a [`Text`] (one value per configured
//! language); references to other facts are [`Ref`]s, resolved after all files are read.
//! Sentences are *not* facts: they live in Fluent messages under `locales/`.

pub mod common;
pub mod company;
pub mod controls;
pub mod editions;
pub mod legal;
pub mod practices;
pub mod text;
pub mod vocabulary;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

pub use common::*;
pub use company::*;
pub use controls::Controls;
pub use editions::*;
pub use legal::*;
pub use practices::*;
pub use text::{Id, Ref, RefKind, SeenTerm, Term, Text, TextValue};

use crate::diag::{Diagnostic, Sources};

/// Everything under `content/`, one field per file.
#[derive(Debug, Default, Serialize)]
pub struct Facts {
    /// The `[company]` table of `whitepaper.toml`.
    pub company: Company,
    pub services: Services,
    pub infrastructure: Infrastructure,
    pub responsibility: Responsibility,
    pub storage: Storage,
    pub deletion: Deletion,
    pub labelling: Labelling,
    pub accounts: Accounts,
    pub access: Access,
    pub passwords: Passwords,
    pub encryption: Encryption,
    pub resources: Resources,
    pub backups: Backups,
    pub logs: Logs,
    pub operations: Operations,
    pub incidents: Incidents,
    pub data_protection: DataProtection,
    pub legal: Legal,
    pub certifications: Certifications,
    pub subprocessors: Subprocessors,
    pub terms: Terms,
    pub clauses: Clauses,
    pub applicability: Applicability,
    pub controls: Controls,
    /// `content/editions/<id>.toml`, keyed by edition id (given to templates as `edition`).
    #[serde(skip)]
    pub editions: BTreeMap<String, Edition>,
}

/// The content files, in the order they are read: (file under `content/`, field setter).
macro_rules! content_files {
    ($($field:ident = $file:literal),* $(,)?) => {
        /// File names under `content/` (besides `editions/<id>.toml`).
        pub const CONTENT_FILES: &[&str] = &[$($file),*];

        fn parse_area(facts: &mut Facts, file: &str, text: &str) -> Result<(), toml::de::Error> {
            match file {
                $($file => facts.$field = toml::from_str(text)?,)*
                _ => unreachable!("content_files lists every file"),
            }
            Ok(())
        }

        /// A schema reference for every content file (besides editions and vocabulary), its
        /// definitions collected in `g`.
        pub fn file_schemas(g: &mut schemars::SchemaGenerator) -> Vec<(&'static str, schemars::Schema)> {
            let facts = Facts::default();
            vec![$(($file, schema_of(g, &facts.$field))),*]
        }
    };
}

content_files! {
    services = "services.toml",
    infrastructure = "infrastructure.toml",
    responsibility = "responsibility.toml",
    storage = "storage.toml",
    deletion = "deletion.toml",
    labelling = "labelling.toml",
    accounts = "accounts.toml",
    access = "access.toml",
    passwords = "passwords.toml",
    encryption = "encryption.toml",
    resources = "resources.toml",
    backups = "backups.toml",
    logs = "logs.toml",
    operations = "operations.toml",
    incidents = "incidents.toml",
    data_protection = "data-protection.toml",
    legal = "legal.toml",
    certifications = "certifications.toml",
    subprocessors = "subprocessors.toml",
    terms = "terms.toml",
    clauses = "clauses.toml",
    applicability = "applicability.toml",
    controls = "controls.toml",
}

fn schema_of<T: schemars::JsonSchema>(
    g: &mut schemars::SchemaGenerator,
    _: &T,
) -> schemars::Schema {
    g.subschema_for::<T>()
}

/// Facts plus what the loader learned about where each one came from.
#[derive(Debug, Default)]
pub struct Loaded {
    pub facts: Facts,
    /// Every localized text seen, with its file (for `check`).
    pub texts: Vec<(PathBuf, text::SeenText)>,
    /// Every id defined, with its file.
    pub ids: Vec<(PathBuf, text::SeenRef)>,
    /// Every reference made, with its file.
    pub refs: Vec<(PathBuf, text::SeenRef)>,
    /// Every vocabulary value used, with its file.
    pub terms: Vec<(PathBuf, SeenTerm)>,
    /// Every link whose URL is not known, with its file.
    pub links_without_url: Vec<(PathBuf, text::SeenLink)>,
    /// The project's own wording (`content/vocabulary.toml`).
    pub wording: Vec<crate::facts::vocabulary::Wording>,
    /// The clauses the templates may ask about (built-in and the project's own).
    pub catalog: crate::clauses::Catalog,
    /// The disclosure catalogs (built-in and the project's own `catalogs/`).
    pub catalogs: crate::coverage::Catalogs,
    /// Problems that do not stop a build (e.g. a stray content file).
    pub warnings: Vec<Diagnostic>,
}

impl Loaded {
    /// Keep what deserializing file `rel` recorded (texts, ids, references), for checks.
    fn absorb(&mut self, rel: &Path, seen: text::Collector) {
        self.texts
            .extend(seen.texts.into_iter().map(|t| (rel.to_path_buf(), t)));
        self.ids
            .extend(seen.ids.into_iter().map(|t| (rel.to_path_buf(), t)));
        self.refs
            .extend(seen.refs.into_iter().map(|t| (rel.to_path_buf(), t)));
        self.terms
            .extend(seen.terms.into_iter().map(|t| (rel.to_path_buf(), t)));
        self.links_without_url.extend(
            seen.links_without_url
                .into_iter()
                .map(|t| (rel.to_path_buf(), t)),
        );
    }
}

/// What the loader needs to know about the project.
pub struct LoadOptions<'a> {
    /// The project's files; they are named relative to its root in diagnostics.
    pub tree: &'a crate::files::Tree,
    pub languages: &'a [String],
    pub editions: &'a [String],
}

/// Read and check `content/`. Returns the facts, or every problem found (all files are read
/// before giving up, so one run reports everything).
pub fn load(opts: &LoadOptions, sources: &mut Sources) -> Result<Loaded, Vec<Diagnostic>> {
    let mut loaded = Loaded::default();
    let mut diags = Vec::new();
    let content = opts.tree.root().join("content");
    if !opts.tree.exists(&content) || opts.tree.is_file(&content) {
        return Err(vec![
            Diagnostic::error(
                "missing-content",
                "content",
                format!("no `content/` folder in {}", opts.tree.root().display()),
            )
            .with_help("run `whitepaper` in a project folder or pass `--root DIR`"),
        ]);
    }
    let mut files: Vec<(PathBuf, Option<String>)> = CONTENT_FILES
        .iter()
        .map(|f| (PathBuf::from("content").join(f), None))
        .collect();
    for ed in opts.editions {
        files.push((
            PathBuf::from("content/editions").join(format!("{ed}.toml")),
            Some(ed.clone()),
        ));
    }
    let mut known: BTreeSet<PathBuf> = files.iter().map(|(p, _)| p.clone()).collect();
    known.insert(PathBuf::from(vocabulary::FILE));
    let (found, outside) = stray_files(&content, opts.tree);
    diags.extend(outside);
    for stray in found {
        if !known.contains(&stray) {
            diags.push(
                Diagnostic::warning("unknown-file", &stray, "this content file is not read by any edition")
                    .with_help(format!(
                        "content files are: {}, vocabulary.toml, and editions/<edition>.toml for each configured edition",
                        CONTENT_FILES.join(", ")
                    )),
            );
        }
    }
    let mut parse_failed = false;
    // The company is configured in whitepaper.toml (already read by `Project::open`).
    let config_rel = PathBuf::from(crate::config::CONFIG_FILE);
    if let Some(config_text) = sources.get(&config_rel).map(str::to_string) {
        #[derive(serde::Deserialize)]
        struct CompanySection {
            #[serde(default)]
            company: Company,
        }
        text::drain_collector();
        let parsed = toml::from_str::<CompanySection>(&config_text);
        let seen = text::drain_collector();
        match parsed {
            Ok(c) => {
                loaded.facts.company = c.company;
                loaded.absorb(&config_rel, seen);
            }
            Err(e) => {
                parse_failed = true;
                diags.push(crate::diag::toml_error(&config_rel, &e));
            }
        }
    }
    for (rel, edition) in files {
        let path = opts.tree.root().join(&rel);
        let text = match opts.tree.read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if edition.is_some() {
                    diags.push(
                        Diagnostic::error("missing-file", &rel, "this edition has no facts file")
                            .with_help("every edition in whitepaper.toml needs content/editions/<edition>.toml with its title, version and revisions"),
                    );
                }
                continue;
            }
            Err(e) => {
                diags.push(crate::files::read_error(&rel, &e));
                continue;
            }
        };
        sources.insert(&rel, &text);
        text::drain_collector();
        let file_name = rel
            .file_name()
            .and_then(|f| f.to_str())
            .unwrap_or_default()
            .to_string();
        let parsed = match &edition {
            Some(id) => toml::from_str::<Edition>(&text).map(|e| {
                loaded.facts.editions.insert(id.clone(), e);
            }),
            None => parse_area(&mut loaded.facts, &file_name, &text),
        };
        let seen = text::drain_collector();
        match parsed {
            Ok(()) => {
                loaded.absorb(&rel, seen);
            }
            Err(e) => {
                parse_failed = true;
                diags.push(crate::diag::toml_error(&rel, &e))
            }
        }
    }
    let vocab_rel = PathBuf::from(vocabulary::FILE);
    match opts.tree.read_to_string(&opts.tree.root().join(&vocab_rel)) {
        Ok(text) => {
            sources.insert(&vocab_rel, &text);
            text::drain_collector();
            let parsed = vocabulary::parse(&text, &vocab_rel);
            let seen = text::drain_collector();
            match parsed {
                Ok((wording, d)) => {
                    loaded.wording = wording;
                    diags.extend(d);
                    loaded.absorb(&vocab_rel, seen);
                }
                Err(e) => {
                    parse_failed = true;
                    diags.push(crate::diag::toml_error(&vocab_rel, &e));
                }
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => diags.push(crate::files::read_error(&vocab_rel, &e)),
    }
    match crate::clauses::Catalog::load(opts.tree, sources) {
        Ok(catalog) => loaded.catalog = catalog,
        Err(d) => diags.push(d),
    }
    diags.extend(validate(&loaded, opts, sources, !parse_failed));
    diags.extend(validate_clauses(&loaded));
    let (catalogs, d) = crate::coverage::Catalogs::load(opts.tree, sources);
    diags.extend(d);
    loaded.catalogs = catalogs;
    diags.extend(validate_applicability(&loaded));
    if diags
        .iter()
        .any(|d| d.severity == crate::diag::Severity::Error)
    {
        return Err(diags);
    }
    loaded.warnings = diags;
    Ok(loaded)
}

/// Every `.toml` under `content/` (relative to the root), and the diagnostics of those that
/// resolve outside the project.
fn stray_files(content: &Path, tree: &crate::files::Tree) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let root = tree.root();
    let mut files = Vec::new();
    let mut diags = Vec::new();
    for (p, checked) in tree.walk(content, "toml", None) {
        let rel = p.strip_prefix(root).unwrap_or(&p).to_path_buf();
        match checked {
            Ok(_) => files.push(rel),
            Err(e) => diags.push(crate::files::read_error(&rel, &e)),
        }
    }
    (files, diags)
}

/// The clauses the templates ask about (`asked`) that the company has neither adopted nor
/// declined: choices still open (`info`; none of them renders until it is adopted).
pub fn open_clauses(loaded: &Loaded, asked: &BTreeSet<String>) -> Vec<Diagnostic> {
    let c = &loaded.facts.clauses;
    loaded
        .catalog
        .clauses
        .iter()
        .filter(|k| asked.contains(&k.id))
        .filter(|k| !c.adopt.iter().chain(&c.decline).any(|x| x.id == k.id))
        .map(|k| {
            Diagnostic::info(
                "open-clause",
                "content/clauses.toml",
                format!("clause `{}` is neither adopted nor declined: {}", k.id, k.summary),
            )
            .with_help(format!(
                "add \"{}\" to `adopt` to state it in your editions (worded by {}), or to `decline`",
                k.id,
                k.messages.join(", ")
            ))
        })
        .collect()
}

/// Every item declared not applicable is in a catalog, once.
fn validate_applicability(loaded: &Loaded) -> Vec<Diagnostic> {
    let file = Path::new("content/applicability.toml");
    let refs = loaded.catalogs.references();
    let mut diags = Vec::new();
    let mut seen = BTreeSet::new();
    for na in &loaded.facts.applicability.not_applicable {
        match loaded.catalogs.resolve(&na.item.id) {
            None => {
                let near = crate::diag::closest(&na.item.id, refs.iter().map(String::as_str))
                    .map(|c| format!("did you mean `{c}`? "))
                    .unwrap_or_default();
                diags.push(
                    Diagnostic::error("unknown-item", file, format!("no catalog has the item `{}`", na.item.id))
                        .with_span(Some(na.item.span.clone()))
                        .with_help(format!("{near}an ISO/IEC 27017 item by its id, another catalog's as `<catalog>:<id>`; `whitepaper check --format json` lists them")),
                );
            }
            Some((c, i)) => {
                if !seen.insert((c.id.clone(), i.id.clone())) {
                    diags.push(
                        Diagnostic::error(
                            "duplicate-id",
                            file,
                            format!("item `{}` is declared not applicable twice", na.item.id),
                        )
                        .with_span(Some(na.item.span.clone())),
                    );
                }
            }
        }
    }
    diags
}

/// Every clause adopted or declined is in the catalog, and none is both.
fn validate_clauses(loaded: &Loaded) -> Vec<Diagnostic> {
    let file = Path::new("content/clauses.toml");
    let clauses = &loaded.facts.clauses;
    let known = loaded.catalog.ids();
    let mut diags = Vec::new();
    let mut seen = BTreeSet::new();
    for c in clauses.adopt.iter().chain(&clauses.decline) {
        if loaded.catalog.get(&c.id).is_none() {
            let help = match crate::diag::closest(&c.id, known.iter().copied()) {
                Some(near) => format!(
                    "did you mean `{near}`? The clauses are listed in docs/content-reference.md (Clauses)"
                ),
                None => "the clauses are listed in docs/content-reference.md (Clauses)".to_string(),
            };
            diags.push(
                Diagnostic::error("unknown-clause", file, format!("unknown clause `{}`", c.id))
                    .with_span(Some(c.span.clone()))
                    .with_help(help),
            );
        } else if !seen.insert(c.id.as_str()) {
            let adopted = clauses.adopts(&c.id);
            let declined = clauses.decline.iter().any(|d| d.id == c.id);
            diags.push(if adopted && declined {
                Diagnostic::error(
                    "clause-adopted-and-declined",
                    file,
                    format!("clause `{}` is both adopted and declined", c.id),
                )
                .with_span(Some(c.span.clone()))
                .with_help("keep it in one list: `adopt` to state it, `decline` not to")
            } else {
                Diagnostic::warning(
                    "duplicate-clause",
                    file,
                    format!("clause `{}` is listed twice", c.id),
                )
                .with_span(Some(c.span.clone()))
            });
        }
    }
    diags
}

/// Cross-file checks: duplicate ids, unknown references, localized texts missing a language.
/// References are only checked when every file parsed: ids in a broken file are unknown,
/// and reporting each reference to them would bury the one real error.
fn validate(
    loaded: &Loaded,
    opts: &LoadOptions,
    sources: &Sources,
    check_refs: bool,
) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut defined: BTreeMap<(RefKind, &str), &PathBuf> = BTreeMap::new();
    for (file, id) in &loaded.ids {
        if let Some(first) = defined.insert((id.kind, id.id.as_str()), file) {
            diags.push(
                Diagnostic::error(
                    "duplicate-id",
                    file,
                    format!("{} id `{}` is defined twice", id.kind.name(), id.id),
                )
                .with_span(Some(id.span.clone()))
                .with_help(format!("the first definition is in {}", first.display())),
            );
        }
    }
    for (file, r) in loaded.refs.iter().filter(|_| check_refs) {
        if !defined.contains_key(&(r.kind, r.id.as_str())) {
            let known: Vec<&str> = defined
                .keys()
                .filter(|(k, _)| *k == r.kind)
                .map(|(_, id)| *id)
                .collect();
            diags.push(
                Diagnostic::error(
                    "unknown-ref",
                    file,
                    format!("unknown {} `{}`", r.kind.name(), r.id),
                )
                .with_span(Some(r.span.clone()))
                .with_help(if known.is_empty() {
                    // say where they would be, and why there are none
                    let file = r.kind.file();
                    let why = match sources.get(Path::new(file)) {
                        _ if !opts.tree.is_file(&opts.tree.root().join(file)) => "is missing",
                        Some(text) if text.trim().is_empty() => "is empty",
                        _ => "defines none",
                    };
                    format!("no {} is defined: {file} {why}", r.kind.name())
                } else {
                    format!("expected one of: {}", known.join(", "))
                }),
            );
        }
    }
    for (file, t) in &loaded.texts {
        match &t.value {
            TextValue::Same(s) if s.trim().is_empty() => diags.push(
                Diagnostic::error("empty-text", file, "this text is empty")
                    .with_span(Some(t.span.clone())),
            ),
            TextValue::Same(_) => {}
            TextValue::PerLang(m) => {
                for lang in opts.languages {
                    match m.get(lang) {
                        None => diags.push(
                            Diagnostic::error(
                                "missing-localized-fact",
                                file,
                                format!("this text has no `{lang}` version"),
                            )
                            .with_span(Some(t.span.clone()))
                            .with_help(format!(
                                "add `{lang} = \"…\"`: every configured language needs every fact"
                            )),
                        ),
                        Some(s) if s.trim().is_empty() => diags.push(
                            Diagnostic::error(
                                "empty-text",
                                file,
                                format!("the `{lang}` text is empty"),
                            )
                            .with_span(Some(t.span.clone())),
                        ),
                        Some(_) => {}
                    }
                }
                for lang in m.keys() {
                    if !opts.languages.contains(lang) {
                        diags.push(
                            Diagnostic::warning(
                                "unknown-language",
                                file,
                                format!("`{lang}` is not a configured language"),
                            )
                            .with_span(Some(t.span.clone()))
                            .with_help(format!(
                                "languages in whitepaper.toml: {}",
                                opts.languages.join(", ")
                            )),
                        );
                    }
                }
            }
        }
    }
    diags
}
