//! The areas of the seeds, one struct per `content/*.toml` file. Shared building blocks
//! ([`Link`]) live here; the areas themselves are split by the edition that mostly uses them.

use serde::{Deserialize, Serialize};

use super::text::Text;

pub use super::terms_areas::*;
pub use super::whitepaper_areas::*;

/// A reference to a document or page (a manual page, an announcement feed…).
/// The seeds give no URL for most of them: `url` is optional and never invented.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// What the link is called ("チームの一覧と新規作成" / "Listing and creating teams").
    pub label: Text,
    /// Kind of page, a Fluent message suffix (`manual`, `plan-selection`, `sign-up`…);
    /// renders as "(マニュアルページ)" / "(manual page)".
    pub kind: Option<String>,
    pub url: Option<String>,
    /// Languages the page exists in (for links listed as "日本語 / 英語").
    #[serde(default)]
    pub languages: Vec<String>,
}
