//! Pieces every content file shares: links to pages, dates, periods.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::text::{Term, Text, Url, record_link_without_url};
use super::vocabulary as v;

pub fn yes() -> bool {
    true
}

/// A page: a manual, a sign-up page, a registration record. Most pages of a seed document
/// have no known URL: `url` is optional and never invented; a link without one renders as its
/// label, and `check` reports it (`link-without-url`).
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, from = "RawLink")]
pub struct Link {
    /// What the link is called.
    pub label: Text,
    /// The kind of page (`manual`, `plan-selection`, `sign-up`…).
    pub kind: Option<Term<v::LinkKind>>,
    /// The page's address (`https://…`).
    pub url: Option<Url>,
    /// The languages the page exists in (`["ja", "en"]`).
    #[serde(default)]
    pub languages: Vec<String>,
}

/// [`Link`] as written; converting records a missing URL.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawLink {
    /// What the link is called.
    label: Text,
    /// The kind of page (`manual`, `plan-selection`, `sign-up`…).
    kind: Option<Term<v::LinkKind>>,
    /// The page's address (`https://…`); `check` reports a link without one.
    url: Option<Url>,
    /// The languages the page exists in (`["ja", "en"]`).
    #[serde(default)]
    languages: Vec<String>,
}

impl From<RawLink> for Link {
    fn from(r: RawLink) -> Link {
        if r.url.is_none() {
            record_link_without_url(r.label.span.clone());
        }
        Link {
            label: r.label,
            kind: r.kind,
            url: r.url,
            languages: r.languages,
        }
    }
}

/// A date (`2024-04-01`).
pub type Date = toml::value::Datetime;

/// A TOML date as a calendar [`Date`](whitepaper_core::date::Date) (TOML has refused a day the
/// calendar lacks).
pub fn day(d: toml::value::Date) -> whitepaper_core::date::Date {
    whitepaper_core::date::Date {
        year: d.year,
        month: d.month,
        day: d.day,
    }
}

/// Templates see dates as `YYYY-MM-DD` strings.
pub fn iso_date<S: serde::Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&d.to_string())
}

/// A period between two dates, both included.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day (`2024-01-01`).
    #[schemars(with = "String")]
    #[serde(serialize_with = "iso_date")]
    pub from: Date,
    /// Last day (`2024-12-31`).
    #[schemars(with = "String")]
    #[serde(serialize_with = "iso_date")]
    pub until: Date,
}
