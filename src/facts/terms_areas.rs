//! Areas used mostly by the supplementary terms for privacy and security.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::areas::Link;
#[allow(unused_imports)]
use super::text::{CertificationId, CertificationRef, CountryRef, ServiceRef, Text};

/// `content/certifications.toml`: the certifications the company holds.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Certifications {
    #[serde(default, rename(deserialize = "certification"))]
    pub list: Vec<Certification>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Certification {
    pub id: CertificationId,
    /// The standard certified against ("ISO/IEC 27001").
    pub standard: Text,
    /// What the certification is called ("ISMS認証" / "ISMS certification").
    pub name: Option<Text>,
    /// The body that runs the scheme ("情報マネジメントシステム認定センター (ISMS-AC)").
    pub body: Option<Text>,
    /// The certification scheme ("ISMS適合性評価制度" / "ISMS conformity assessment scheme").
    pub scheme: Option<Text>,
    /// The public registration page; never invented.
    pub registration_url: Option<String>,
    /// The registered scope, where the source states it.
    pub scope: Option<Text>,
    /// What the standard or certification is, as the source explains it.
    pub description: Option<Text>,
    /// The certification that must be held first ("JIS Q 27001:2014 (ISO/IEC 27001:2013)").
    pub prerequisite: Option<Text>,
    /// The guideline whose requirements must be met ("ISO/IEC 27017:2015").
    pub guideline: Option<Text>,
    /// The certification criteria published for the scheme.
    pub criteria: Option<Criteria>,
    /// The standard this one builds on ("ISO/IEC 27002").
    pub basis: Option<Text>,
}

/// A published set of certification criteria ("JIP-ISMS517-1.0" by JIPDEC).
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Criteria {
    /// Document number ("JIP-ISMS517-1.0").
    pub code: String,
    /// Document title.
    pub title: Text,
    /// Who publishes it ("JIPDEC").
    pub publisher: Text,
}

/// `content/subprocessors.toml`: external cloud services used to run the company's services,
/// and where the information collected in them is deposited.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Subprocessors {
    #[serde(default, rename(deserialize = "subprocessor"))]
    pub list: Vec<Subprocessor>,
    /// The services information collected in the company's services is deposited with, by category.
    #[serde(default, rename(deserialize = "deposit"))]
    pub deposits: Vec<DepositCategory>,
    /// Countries where that information is deposited.
    #[serde(default, rename(deserialize = "deposit_country"))]
    pub deposit_countries: Vec<DepositCountry>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Subprocessor {
    /// Lowercase id, so that deposits can refer to it (`subprocessor = "aws"`).
    pub id: String,
    /// The one spelling of the service's name ("Google Workspace").
    pub name: Text,
    /// What it is used for ("インフラ構築、運用" / "Infrastructure build and operation").
    pub function: Text,
    /// The company that runs it ("Google LLC").
    pub company: Text,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DepositCategory {
    /// Kind of use, a Fluent message suffix (`development`, `support`).
    pub category: String,
    #[serde(rename(deserialize = "service"))]
    pub services: Vec<DepositService>,
}

/// One service information is deposited with: a subprocessor by id, or a name of its own
/// where the subprocessor list does not have it (one spelling either way).
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DepositService {
    /// Id of a `[[subprocessor]]` entry.
    pub subprocessor: Option<String>,
    /// Name, only for a service not in the subprocessor list.
    pub name: Option<Text>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DepositCountry {
    pub country: CountryRef,
    /// Whether information deposited there is subject to that country's law (the note
    /// "information deposited in the USA is subject to US law").
    #[serde(default)]
    pub local_law_applies: bool,
}

macro_rules! empty_areas {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Default, Deserialize, Serialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {}
    )*};
}

empty_areas! {
    /// `content/terms.toml`
    Terms,
}
