//! `content/editions/<edition>.toml`: an edition's title, version and revision history.
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::text::Text;
use whitepaper_core::date::Date;

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Edition {
    /// Title of the edition ("Example Security Whitepaper").
    pub title: Text,
    /// One-line description (PDF subject, HTML description).
    pub subject: Text,
    /// The version this edition states; must be its latest revision.
    #[schemars(with = "String")]
    pub version: toml::Spanned<String>,
    #[serde(default, rename(deserialize = "revision"))]
    pub revisions: Vec<Revision>,
    /// Disclosure catalogs (`iso-27017`, `iso-27018`, a project's own) whose every item this
    /// edition maps, in an appendix, to the section that answers it.
    #[serde(default)]
    pub appendix: Vec<String>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    #[schemars(with = "String")]
    pub version: toml::Spanned<String>,
    /// A TOML date (`2023-05-18`); absent where the source gives none.
    #[schemars(with = "Option<String>")]
    pub date: Option<toml::Spanned<toml::value::Datetime>>,
    /// What changed, one entry per change.
    #[serde(default)]
    pub changes: Vec<Text>,
}

impl Edition {
    /// The latest revision (the last one listed).
    pub fn latest(&self) -> Option<&Revision> {
        self.revisions.last()
    }
}

impl Revision {
    /// The revision date.
    pub fn date(&self) -> Option<Date> {
        Some(super::common::day(self.date.as_ref()?.get_ref().date?))
    }
}

/// A version as numbers to compare ("1.10" is greater than "1.9"); `None` when it is not
/// numbers joined by dots.
pub fn version_key(v: &str) -> Option<Vec<u64>> {
    v.split('.').map(|p| p.parse().ok()).collect()
}
