//! Disclosure catalogs and coverage: the items a company's documents should inform customers
//! on — ISO/IEC 27017 (ITU-T X.1631) for the whitepaper, ISO/IEC 27018 for the supplementary
//! terms, or a project's own checklist — and, per item, whether a rendered section answers it,
//! the company declared it not applicable (with its reason), or nothing does.
//!
//! Catalogs are data: the built-in `catalogs/*.toml`, and a project's own `catalogs/*.toml`
//! (one with a built-in's name replaces it; any other adds a catalog). A section declares the
//! items it answers in its template (`anchor(…, answers="backup")`, or
//! `answers="iso-27018:breach-notification"` for a catalog other than the default); it answers
//! them only when it renders, that is, when its facts exist.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, Severity, Sources};

/// One catalog: where it comes from and its items, in the order of its source.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub id: String,
    /// Its name per language ("ISO/IEC 27017").
    pub name: BTreeMap<String, String>,
    /// The public source its ids and titles come from.
    pub source: String,
    /// Templates name this catalog's items by their id alone.
    #[serde(default)]
    pub default: bool,
    #[serde(rename = "item")]
    pub items: Vec<Item>,
    /// The project's own file (not the built-in one).
    #[serde(skip)]
    pub own: bool,
}

/// One item a document should inform customers on.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable id (`backup`).
    pub id: String,
    /// Clause number in the source (`12.3.1`, `CLD.9.5.1`).
    pub clause: String,
    /// A control added for cloud services (ISO/IEC 27017's CLD controls).
    #[serde(default)]
    pub cloud_specific: bool,
    /// The clause heading, per language.
    pub title: BTreeMap<String, String>,
    /// What to make known, in one line of our own, per language.
    pub summary: BTreeMap<String, String>,
}

impl Item {
    /// The title in `lang`, or in English, or any.
    pub fn title_in(&self, lang: &str) -> &str {
        in_lang(&self.title, lang)
    }
}

impl Catalog {
    pub fn name_in(&self, lang: &str) -> &str {
        in_lang(&self.name, lang)
    }
}

fn in_lang<'a>(m: &'a BTreeMap<String, String>, lang: &str) -> &'a str {
    m.get(lang)
        .or_else(|| m.get("en"))
        .or_else(|| m.values().next())
        .map_or("", String::as_str)
}

/// Every catalog of a project.
#[derive(Debug, Clone, Default)]
pub struct Catalogs {
    pub list: Vec<Catalog>,
}

impl Catalogs {
    /// The built-in catalogs alone.
    pub fn builtin() -> Catalogs {
        let mut list: Vec<Catalog> = crate::defaults::catalogs()
            .into_iter()
            .filter_map(|(_, text)| toml::from_str(text).ok())
            .collect();
        list.sort_by_key(|c: &Catalog| (!c.default, c.id.clone()));
        Catalogs { list }
    }

    /// The built-in catalogs and the project's `catalogs/*.toml` (a file with a built-in's
    /// name replaces it).
    pub fn load(tree: &crate::files::Tree, sources: &mut Sources) -> (Catalogs, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let mut by_file: BTreeMap<String, Catalog> = crate::defaults::catalogs()
            .into_iter()
            .filter_map(|(name, text)| Some((name, toml::from_str(text).ok()?)))
            .collect();
        let base = tree.root().join("catalogs");
        for (path, checked) in tree.walk(&base, "toml", None) {
            let rel = path
                .strip_prefix(tree.root())
                .unwrap_or(&path)
                .to_path_buf();
            let name = path
                .strip_prefix(&base)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let text = match checked.and_then(|resolved| tree.read_to_string(&resolved)) {
                Ok(t) => t,
                Err(e) => {
                    diags.push(crate::files::read_error(&rel, &e));
                    continue;
                }
            };
            sources.insert(&rel, &text);
            match toml::from_str::<Catalog>(&text) {
                Ok(mut c) => match validate(&c, &rel) {
                    Some(d) => diags.push(d),
                    None => {
                        c.own = true;
                        by_file.insert(name, c);
                    }
                },
                Err(e) => diags.push(crate::diag::toml_error(&rel, &e)),
            }
        }
        let mut list: Vec<Catalog> = by_file.into_values().collect();
        list.sort_by_key(|c| (!c.default, c.id.clone()));
        let defaults = list.iter().filter(|c| c.default).count();
        if defaults > 1 {
            diags.push(Diagnostic::error(
                "catalog",
                "catalogs",
                format!("{defaults} catalogs say `default = true`: one at most"),
            ));
        }
        let mut seen = BTreeSet::new();
        for c in &list {
            if !seen.insert(c.id.clone()) {
                diags.push(Diagnostic::error(
                    "catalog",
                    "catalogs",
                    format!("two catalogs have the id `{}`", c.id),
                ));
            }
        }
        (Catalogs { list }, diags)
    }

    pub fn get(&self, id: &str) -> Option<&Catalog> {
        self.list.iter().find(|c| c.id == id)
    }

    /// `backup` (an item of the default catalog) or `iso-27018:breach-notification` →
    /// (catalog, item), if both exist.
    pub fn resolve(&self, reference: &str) -> Option<(&Catalog, &Item)> {
        let (catalog, item) = match reference.split_once(':') {
            Some((c, i)) => (self.get(c)?, i),
            None => (self.list.iter().find(|c| c.default)?, reference),
        };
        Some((catalog, catalog.items.iter().find(|i| i.id == item)?))
    }

    /// Every reference a template or a declaration may use, for messages.
    pub fn references(&self) -> Vec<String> {
        let mut out = Vec::new();
        for c in &self.list {
            for i in &c.items {
                out.push(if c.default {
                    i.id.clone()
                } else {
                    format!("{}:{}", c.id, i.id)
                });
            }
        }
        out
    }
}

fn validate(c: &Catalog, rel: &Path) -> Option<Diagnostic> {
    if !whitepaper_core::ids::is_id(&c.id) {
        return Some(Diagnostic::error(
            "catalog",
            rel,
            format!(
                "catalog id `{}` is not an id (lowercase ASCII letters, digits and `-`)",
                c.id
            ),
        ));
    }
    let mut seen = BTreeSet::new();
    for i in &c.items {
        if !whitepaper_core::ids::is_id(&i.id) {
            return Some(Diagnostic::error(
                "catalog",
                rel,
                format!(
                    "item id `{}` is not an id (lowercase ASCII letters, digits and `-`)",
                    i.id
                ),
            ));
        }
        if !seen.insert(&i.id) {
            return Some(Diagnostic::error(
                "catalog",
                rel,
                format!("item `{}` is listed twice", i.id),
            ));
        }
    }
    None
}

/// Where an item stands.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum State {
    /// Sections that answer it (`edition#heading-id`).
    Answered {
        sections: Vec<String>,
    },
    /// The company's reason, per language.
    NotApplicable {
        reason: BTreeMap<String, String>,
    },
    Unanswered,
}

/// One catalog's items, each with its state.
#[derive(Debug, Clone, Serialize)]
pub struct CatalogCoverage {
    pub id: String,
    pub name: String,
    pub source: String,
    pub items: Vec<(Item, State)>,
}

impl CatalogCoverage {
    pub fn count(&self, f: impl Fn(&State) -> bool) -> usize {
        self.items.iter().filter(|(_, s)| f(s)).count()
    }
}

/// Every catalog's coverage.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Coverage {
    pub catalogs: Vec<CatalogCoverage>,
}

/// A declaration that an item does not apply: (reference, reason per language, file, span).
pub type Declaration = (String, BTreeMap<String, String>);

impl Coverage {
    /// From the (edition, `catalog:item`, heading id) triples recorded while rendering, and the
    /// project's declarations of items that do not apply. A catalog is reported when it is the
    /// default one, the project's own, named in an edition's appendix (`appendix`), or
    /// answered by some section: a built-in catalog no template of the project speaks to is
    /// left out.
    pub fn from_recorded(
        catalogs: &Catalogs,
        recorded: &BTreeSet<(String, String, String)>,
        not_applicable: &[Declaration],
        appendix: &[String],
    ) -> Coverage {
        let mut out = Coverage::default();
        let speaks_to = |c: &Catalog| {
            c.default
                || c.own
                || appendix.contains(&c.id)
                || recorded
                    .iter()
                    .any(|(_, i, _)| i.starts_with(&format!("{}:", c.id)))
        };
        for c in catalogs.list.iter().filter(|c| speaks_to(c)) {
            let mut items = Vec::new();
            for item in &c.items {
                let key = format!("{}:{}", c.id, item.id);
                let sections: Vec<String> = recorded
                    .iter()
                    .filter(|(_, i, _)| *i == key)
                    .map(|(ed, _, id)| format!("{ed}#{id}"))
                    .collect();
                let declared = not_applicable.iter().find(|(r, _)| {
                    catalogs
                        .resolve(r)
                        .is_some_and(|(rc, ri)| rc.id == c.id && ri.id == item.id)
                });
                let state = match (sections.is_empty(), declared) {
                    (false, _) => State::Answered { sections },
                    (true, Some((_, reason))) => State::NotApplicable {
                        reason: reason.clone(),
                    },
                    (true, None) => State::Unanswered,
                };
                items.push((item.clone(), state));
            }
            out.catalogs.push(CatalogCoverage {
                id: c.id.clone(),
                name: c.name_in("en").to_string(),
                source: c.source.clone(),
                items,
            });
        }
        out
    }

    /// One informational finding per unanswered item (`iso27017-unanswered` for ISO/IEC
    /// 27017, `unanswered-item` for the other catalogs).
    pub fn findings(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for c in &self.catalogs {
            for (i, s) in &c.items {
                if *s != State::Unanswered {
                    continue;
                }
                let code = if c.id == "iso-27017" {
                    "iso27017-unanswered"
                } else {
                    "unanswered-item"
                };
                out.push(Diagnostic {
                    severity: Severity::Info,
                    ..Diagnostic::error(
                        code,
                        PathBuf::from("content"),
                        format!(
                            "no edition informs customers on {} {} ({})",
                            c.name,
                            i.clause,
                            i.title_in("en")
                        ),
                    )
                    .with_help(format!(
                        "add the facts of a section that answers `{}`, or declare it not applicable with your reason in content/applicability.toml (docs/coverage.md)",
                        if c.id == "iso-27017" { i.id.clone() } else { format!("{}:{}", c.id, i.id) }
                    ))
                });
            }
        }
        out
    }

    /// One line per catalog: "ISO/IEC 27017: 20 of 43 items answered, 2 not applicable, 21
    /// unanswered".
    pub fn summary(&self) -> Vec<String> {
        self.catalogs
            .iter()
            .map(|c| {
                let answered = c.count(|s| matches!(s, State::Answered { .. }));
                let na = c.count(|s| matches!(s, State::NotApplicable { .. }));
                let open = c.count(|s| *s == State::Unanswered);
                format!(
                    "{}: {answered} of {} items answered, {na} declared not applicable, {open} unanswered",
                    c.name,
                    c.items.len()
                )
            })
            .collect()
    }
}
