//! The company, its services and the infrastructure they run on.
use serde::{Deserialize, Serialize};

use super::text::{CountryId, CountryRef, ProviderId, RegionId, ServiceId, ServiceRef, Text};

/// The `[company]` table of `whitepaper.toml`.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Company {
    /// Name as published ("株式会社ヌーラボ").
    pub name: Option<Text>,
    /// Short name used in running text ("当社" is a sentence, not this): "ヌーラボ" / "Nulab".
    pub short_name: Option<Text>,
    /// Country whose law governs contracts.
    pub country: Option<CountryRef>,
    /// Public contact page for security enquiries.
    pub contact_url: Option<String>,
    /// Language of that page, if it exists in one language only.
    pub contact_lang: Option<String>,
}

/// `content/services.toml`: `[[service]]` entries.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Services {
    #[serde(default, rename(deserialize = "service"))]
    pub list: Vec<Service>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: ServiceId,
    /// The one spelling of the service's name.
    pub name: Text,
    /// A plan or variant of another service (Backlog's classic plan).
    pub parent: Option<ServiceRef>,
    /// Whether the service is among the ones the company provides (its responsibility).
    #[serde(default = "yes")]
    pub provided: bool,
}

fn yes() -> bool {
    true
}

/// `content/infrastructure.toml`: cloud providers, regions and countries.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Infrastructure {
    #[serde(default, rename(deserialize = "provider"))]
    pub providers: Vec<Provider>,
    #[serde(default, rename(deserialize = "region"))]
    pub regions: Vec<Region>,
    #[serde(default, rename(deserialize = "country"))]
    pub countries: Vec<Country>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub id: ProviderId,
    /// Short name ("AWS").
    pub name: Text,
    /// Full name ("Amazon Web Services").
    pub full_name: Option<Text>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: RegionId,
    pub country: CountryRef,
    /// The place within the country ("東京" / "Tokyo").
    pub name: Text,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub id: CountryId,
    pub name: Text,
}
