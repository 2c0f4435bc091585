//! Areas used mostly by the supplementary terms for privacy and security.

use serde::{Deserialize, Serialize};

use super::text::{CertificationId, CertificationRef, CountryRef, ProviderRef, Text};

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
    /// The certification that must be held first ("ISO/IEC 27001:2013").
    pub prerequisite: Option<Text>,
    /// Its Japanese Industrial Standard equivalent ("JIS Q 27001:2014").
    pub prerequisite_jis: Option<Text>,
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
    /// Lowercase id, so that deposits can refer to it (`subprocessor = "aws"`); the
    /// supplementary-terms template reports a deposit naming an unknown id.
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
    /// The name the terms knew it by, where it has since been renamed ("G Suite").
    pub former_name: Option<Text>,
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

/// `content/terms.toml`: facts specific to the supplementary terms for privacy and security.
/// Their sentences are Fluent messages (`locales/*/supplementary-terms.ftl`).
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    /// Kinds of file given as examples of the User's Data ("テキストファイル" / "text files").
    #[serde(default)]
    pub user_data_examples: Vec<Text>,
    /// Countries the User's Data may be transferred to, besides any other country where the
    /// company, its affiliates or contractors have facilities.
    #[serde(default)]
    pub transfer_countries: Vec<CountryRef>,
    /// Services the company may contract out, given as examples ("support for users").
    #[serde(default)]
    pub contracted_work_examples: Vec<Text>,
    #[serde(default)]
    pub incidents: IncidentTerms,
    #[serde(default)]
    pub audit: AuditTerms,
    #[serde(default)]
    pub encryption: EncryptionTerms,
    #[serde(default)]
    pub logs: LogTerms,
}

/// Security incidents: what they are not, and how soon users are told.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentTerms {
    /// Hours within which the user's administrator is notified of a security incident.
    pub notice_hours: Option<u32>,
    /// Means of notification named in the terms ("電子メール" / "email").
    #[serde(default)]
    pub notice_means: Vec<Text>,
    /// Events that are not security incidents (unsuccessful attempts and the like).
    #[serde(default)]
    pub non_incident_examples: Vec<Text>,
}

/// The standards the security system is built on.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AuditTerms {
    /// The family of standards ("ISO/IEC 27000").
    pub standard_series: Option<Text>,
    /// The certified standards (ids in `content/certifications.toml`).
    #[serde(default)]
    pub certifications: Vec<CertificationRef>,
}

/// Encryption of data in transit on the infrastructure.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EncryptionTerms {
    /// The infrastructure provider whose protected paths are used.
    pub provider: Option<ProviderRef>,
    #[serde(default, rename(deserialize = "protocol"))]
    pub protocols: Vec<Protocol>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Protocol {
    /// Fluent message suffix for what it does (`tls` → `st-encryption-tls`).
    pub id: String,
    /// Short name ("TLS/SSL").
    pub name: String,
    /// Full name as the terms give it ("Secure Sockets Layer").
    pub full_name: Text,
}

/// Logs and their protection.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LogTerms {
    /// Where logs are stored.
    pub provider: Option<ProviderRef>,
    /// Fields recorded in the access log ("IP", "URL", time).
    #[serde(default)]
    pub access_log_fields: Vec<Text>,
    /// How long logs are kept, a Fluent message suffix (`indefinite`).
    pub retention: Option<String>,
}
