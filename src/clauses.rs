//! Clauses: sentences of the editions that state a practice, a commitment or a contract term
//! no fact decides. They render only when the company adopts them (`content/clauses.toml`).
//!
//! The catalog is data: the built-in `templates/clauses.toml`, merged by id with a project's
//! own `templates/clauses.toml`. Each clause names the messages that word it, so `check` can
//! tell a clause's sentence from the others and a project can reword it in its own locales.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, Sources};

/// The catalog's path, in the built-in set and in a project.
pub const CATALOG_FILE: &str = "templates/clauses.toml";

/// One clause of the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    pub id: String,
    /// The edition it renders in (`whitepaper`, `supplementary-terms`, `both`, or a
    /// project's own); informative.
    pub edition: String,
    /// The Fluent messages that word it.
    pub messages: Vec<String>,
    /// What a company adopting it says, in one sentence.
    pub summary: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    #[serde(default)]
    clause: Vec<Clause>,
}

/// Every clause a project's templates may ask about, in catalog order.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub clauses: Vec<Clause>,
}

impl Catalog {
    /// The built-in catalog, merged with the project's `templates/clauses.toml` if there is one.
    pub fn load(tree: &crate::files::Tree, sources: &mut Sources) -> Result<Catalog, Diagnostic> {
        let mut catalog = Catalog::builtin();
        let rel = PathBuf::from(CATALOG_FILE);
        match tree.read_to_string(&tree.root().join(&rel)) {
            Ok(text) => {
                sources.insert(&rel, &text);
                let own = Catalog::parse(&text, &rel)?;
                for c in own.clauses {
                    match catalog.clauses.iter_mut().find(|b| b.id == c.id) {
                        Some(b) => *b = c,
                        None => catalog.clauses.push(c),
                    }
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(crate::files::read_error(&rel, &e)),
        }
        Ok(catalog)
    }

    /// The built-in catalog alone.
    pub fn builtin() -> Catalog {
        let text = crate::defaults::builtin_template(Path::new("clauses.toml")).unwrap_or("");
        Catalog::parse(text, Path::new("<built-in>/templates/clauses.toml")).unwrap_or_default()
    }

    fn parse(text: &str, rel: &Path) -> Result<Catalog, Diagnostic> {
        let file: CatalogFile =
            toml::from_str(text).map_err(|e| crate::diag::toml_error(rel, &e))?;
        let mut seen = BTreeMap::new();
        for c in &file.clause {
            if !whitepaper_core::ids::is_id(&c.id) {
                return Err(Diagnostic::error(
                    "invalid-clause",
                    rel,
                    format!(
                        "clause id `{}` is not an id (lowercase ASCII letters, digits and `-`)",
                        c.id
                    ),
                ));
            }
            if seen.insert(c.id.as_str(), ()).is_some() {
                return Err(Diagnostic::error(
                    "duplicate-id",
                    rel,
                    format!("clause `{}` is defined twice", c.id),
                ));
            }
        }
        Ok(Catalog {
            clauses: file.clause,
        })
    }

    pub fn get(&self, id: &str) -> Option<&Clause> {
        self.clauses.iter().find(|c| c.id == id)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.clauses.iter().map(|c| c.id.as_str()).collect()
    }

    /// Message id → the clauses it words (one message may word several, e.g. a definition
    /// two clauses use).
    pub fn by_message(&self) -> BTreeMap<&str, Vec<&str>> {
        let mut m: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for c in &self.clauses {
            for msg in &c.messages {
                m.entry(msg.as_str()).or_default().push(c.id.as_str());
            }
        }
        m
    }
}
