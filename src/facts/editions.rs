//! `content/editions/<edition>.toml`: an edition's title, version and revision history.
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::text::Text;

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
    /// The revision date as (year, month, day).
    pub fn ymd(&self) -> Option<(u16, u8, u8)> {
        let d = self.date.as_ref()?.get_ref().date?;
        Some((d.year, d.month, d.day))
    }
}
