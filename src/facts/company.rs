//! The company (`[company]` of `whitepaper.toml`), its services and the infrastructure they
//! run on (`content/services.toml`, `content/infrastructure.toml`).
//!
//! Every struct is `deny_unknown_fields`; doc comments are the schema's descriptions.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Date, yes};
use super::text::{CountryId, CountryRef, ProviderId, RegionId, ServiceId, ServiceRef, Text, Url};

// ---------------------------------------------------------------------------------------------
// The company, its services and the infrastructure they run on
// ---------------------------------------------------------------------------------------------

/// The `[company]` table of `whitepaper.toml`.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Company {
    /// Name as published ("Example Corporation").
    pub name: Option<Text>,
    /// Short name used in running text ("Example").
    pub short_name: Option<Text>,
    /// The country whose law governs contracts, unless `content/legal.toml` says otherwise.
    pub country: Option<CountryRef>,
    /// Public contact page for security enquiries.
    pub contact_url: Option<Url>,
    /// The language of that page, if it exists in one language only.
    pub contact_lang: Option<String>,
    /// `out/.well-known/security.txt` (RFC 9116), written by every build when a contact is
    /// known (`contact` here, else `contact_url`).
    pub security_txt: Option<SecurityTxt>,
}

/// The `[company.security_txt]` table: where to report vulnerabilities (RFC 9116).
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SecurityTxt {
    /// Write `out/.well-known/security.txt` (default `true`).
    #[serde(default = "yes")]
    pub publish: bool,
    /// Where to report, most preferred first: `mailto:` or `https://` URIs (default: the
    /// company's `contact_url`).
    #[serde(default)]
    pub contact: Vec<Url>,
    /// The day the file must be reviewed by: its `Expires` (the end of that day, UTC).
    /// `check` warns `[check] expiry_warning_days` ahead and fails once it has passed.
    /// Without it, `Expires` is 364 days after the build date (SOURCE_DATE_EPOCH or today).
    #[schemars(with = "Option<String>")]
    #[serde(default, serialize_with = "iso_date_opt")]
    pub review_by: Option<toml::Spanned<Date>>,
    /// Where the file is published (`https://example.com/.well-known/security.txt`).
    pub canonical: Option<Url>,
    /// The vulnerability disclosure policy.
    pub policy: Option<Url>,
    /// The key to encrypt reports with.
    pub encryption: Option<Url>,
    /// The page thanking reporters.
    pub acknowledgments: Option<Url>,
    /// Security jobs.
    pub hiring: Option<Url>,
    /// Languages reports may be written in (default: the company's `contact_lang`, else the
    /// project's languages).
    pub preferred_languages: Option<Vec<String>>,
}

fn iso_date_opt<S: serde::Serializer>(
    d: &Option<toml::Spanned<Date>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&d.get_ref().to_string()),
        None => s.serialize_none(),
    }
}

/// `content/services.toml`: the services the documents are about.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Services {
    /// One entry per service, plan or console, in the order they are named.
    #[serde(default, rename(deserialize = "service"))]
    pub list: Vec<Service>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: ServiceId,
    /// The one spelling of the service's name.
    pub name: Text,
    /// The service this one is a plan or variant of.
    pub parent: Option<ServiceRef>,
    /// Whether the company provides it (and is responsible for its security).
    #[serde(default = "yes")]
    pub provided: bool,
    /// What the service is, as a note where the services are listed.
    pub note: Option<Text>,
}

/// `content/infrastructure.toml`: cloud providers, regions and countries.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Infrastructure {
    #[serde(default, rename(deserialize = "provider"))]
    pub providers: Vec<Provider>,
    #[serde(default, rename(deserialize = "region"))]
    pub regions: Vec<Region>,
    #[serde(default, rename(deserialize = "country"))]
    pub countries: Vec<Country>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub id: ProviderId,
    /// Short name ("GCP").
    pub name: Text,
    /// Full name ("Google Cloud Platform").
    pub full_name: Option<Text>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: RegionId,
    pub country: CountryRef,
    /// The place within the country ("Tokyo").
    pub name: Text,
    /// The provider's code for the region ("asia-northeast1").
    pub code: Option<String>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub id: CountryId,
    /// The name in tables and lists ("USA").
    pub name: Text,
    /// The name in running text, where it differs ("the USA", "the Netherlands").
    pub in_text: Option<Text>,
}
