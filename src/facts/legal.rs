//! Data protection, governing law, certifications, subprocessors, and the supplementary
//! terms' own facts.
//!
//! Every struct is `deny_unknown_fields`; doc comments are the schema's descriptions.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Date, Period, day};
use super::text::{
    CertificationId, CertificationRef, CountryRef, ProviderRef, SubprocessorId, SubprocessorRef,
    Term, Text, Url, unique_refs, unique_refs_opt,
};
use super::vocabulary as v;

// ---------------------------------------------------------------------------------------------
// Data protection, law (18.1.1), certifications (18.2.1), subprocessors (15.1)
// ---------------------------------------------------------------------------------------------

/// `content/data-protection.toml`.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataProtection {
    /// Who can access customer data.
    pub access: Option<Term<v::DataAccess>>,
    /// Log data counts as customer data and is protected the same way.
    #[serde(default)]
    pub includes_logs: bool,
    /// Examples of lawful requests the company may answer without the customer's permission.
    #[serde(default)]
    pub lawful_request_examples: Vec<Text>,
}

/// `content/legal.toml`.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Legal {
    /// The country whose law governs the contract (default: the company's country).
    pub governing_law: Option<CountryRef>,
    /// The court with exclusive jurisdiction ("Tokyo District Court").
    pub court: Option<Text>,
    /// The certifications the whitepaper lists, in order (all, when absent).
    #[serde(default, deserialize_with = "unique_refs_opt")]
    pub certifications: Option<Vec<CertificationRef>>,
}

/// `content/certifications.toml`: certifications, attestations and registrations held.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Certifications {
    #[serde(default, rename(deserialize = "certification"))]
    pub list: Vec<Certification>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Certification {
    pub id: CertificationId,
    /// The standard or framework ("ISO/IEC 27001", "SOC 2 Type II", "ISMAP").
    pub standard: Text,
    /// What the company holds: a `certificate` (issued by a certification body, `body`), an
    /// `attestation` report (by an auditor, `body`, under a framework, `scheme`, for a
    /// `report_period`) or a `registration` (in a list, `name`, with a `registration_number`).
    /// Without it the editions say only that the company holds it.
    pub kind: Option<CertificationKind>,
    /// What the certification is called ("ISMS certification").
    pub name: Option<Text>,
    /// The body that runs the scheme or certified the company.
    pub body: Option<Text>,
    /// The certification scheme ("ISMS conformity assessment scheme").
    pub scheme: Option<Text>,
    /// The registration or certificate number.
    pub registration_number: Option<String>,
    /// The public registration page; never invented.
    pub registration_url: Option<Url>,
    /// The registered scope.
    pub scope: Option<Text>,
    /// The period the certificate or registration is valid for.
    pub validity: Option<Period>,
    /// The period an attestation report covers (SOC 2 Type II).
    pub report_period: Option<Period>,
    /// What the standard is: a short definition.
    pub description: Option<Text>,
    /// The company's explanation of it, paragraph by paragraph.
    #[serde(default)]
    pub details: Vec<Text>,
    /// What it achieves, point by point.
    #[serde(default)]
    pub points: Vec<Text>,
}

/// `content/applicability.toml`: the catalog items (ISO/IEC 27017, ISO/IEC 27018, a project's
/// own) that do not apply to the company's services, each with its reason. Coverage counts them
/// apart from the items answered, and the whitepaper states them.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Applicability {
    #[serde(default, rename(deserialize = "not_applicable"))]
    pub not_applicable: Vec<NotApplicable>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NotApplicable {
    /// The item: its id in ISO/IEC 27017 (`vm-hardening`), or `<catalog>:<id>`
    /// (`iso-27018:hardcopy-disposal`); `whitepaper check --format json` lists them all.
    pub item: ItemRef,
    /// Why it does not apply ("The IaaS provider hardens the hosts; we run no customer VMs").
    pub reason: Text,
}

/// An item of a disclosure catalog, by reference (`vm-hardening`, `iso-27018:confidentiality`).
pub type ItemRef = Named<ItemKind>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemKind;

impl NameKind for ItemKind {
    fn check(_: &str) -> Result<(), String> {
        Ok(()) // resolved against the catalogs once they are read
    }
    fn schema() -> schemars::Schema {
        let refs = crate::coverage::Catalogs::builtin().references();
        schemars::json_schema!({
            "type": "string",
            "description": "A catalog item: an ISO/IEC 27017 item by its id, or `<catalog>:<id>` for another catalog (built-in or the project's own catalogs/*.toml).",
            "examples": refs,
            "x-kind": "catalog item"
        })
    }
}

/// What kind of evidence a certification is; each is worded as what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CertificationKind {
    /// A certificate issued by a certification body (ISO/IEC 27001).
    Certificate,
    /// An auditor's attestation report under a framework, for a period (SOC 2 Type II).
    Attestation,
    /// A registration in a list, with a number (ISMAP).
    Registration,
}

/// `content/subprocessors.toml`: external services used to run the company's services, and
/// where the information collected in them is deposited.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subprocessors {
    #[serde(default, rename(deserialize = "subprocessor"))]
    pub list: Vec<Subprocessor>,
    /// The services information collected in the company's services is deposited with.
    #[serde(default, rename(deserialize = "deposit"))]
    pub deposits: Vec<DepositCategory>,
    /// Countries where that information is deposited.
    #[serde(default, rename(deserialize = "deposit_country"))]
    pub deposit_countries: Vec<DepositCountry>,
    /// Every subprocessor as written, announced and leaving ones included: after loading,
    /// `list` keeps only those in effect today (what the editions list and a release records),
    /// the trust center shows them all ([`Subprocessors::settle`]).
    #[serde(skip)]
    #[schemars(skip)]
    pub written: Vec<Subprocessor>,
}

/// Where a subprocessor stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Announced: it takes effect on its `effective` day, later.
    Announced,
    /// In effect: the editions list it.
    Current,
    /// Gone: its `until` day has come.
    Left,
}

impl Standing {
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Announced => "announced",
            Standing::Current => "current",
            Standing::Left => "left",
        }
    }
}

impl Subprocessors {
    /// Keep in `list` the subprocessors in effect on `today` (all of them in `written`), and
    /// drop from the deposits the services of a subprocessor not in effect.
    pub fn settle(&mut self, today: whitepaper_core::date::Date) {
        self.written = std::mem::take(&mut self.list);
        let (current, gone): (Vec<&Subprocessor>, Vec<&Subprocessor>) = self
            .written
            .iter()
            .partition(|s| s.standing(today) == Standing::Current);
        let gone: Vec<&str> = gone.iter().map(|s| s.id.id.as_str()).collect();
        let current: Vec<Subprocessor> = current.into_iter().cloned().collect();
        for d in &mut self.deposits {
            d.services.retain(|x| {
                x.subprocessor
                    .as_ref()
                    .is_none_or(|r| !gone.contains(&r.id.as_str()))
            });
        }
        self.deposits.retain(|d| !d.services.is_empty());
        self.list = current;
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Subprocessor {
    pub id: SubprocessorId,
    /// The one spelling of the service's name.
    pub name: Text,
    /// What it is used for.
    pub function: Option<Text>,
    /// The company that runs it.
    pub company: Option<Text>,
    /// Where it processes data.
    #[serde(default, deserialize_with = "unique_refs")]
    pub countries: Vec<CountryRef>,
    /// The day it starts processing data (`2027-02-01`). Before that day it is announced — on
    /// the trust center's subprocessors page and in its feed — and no edition lists it.
    #[schemars(with = "Option<String>")]
    #[serde(default, serialize_with = "iso_date_opt")]
    pub effective: Option<Date>,
    /// The last day before it stops: from this day no edition lists it.
    #[schemars(with = "Option<String>")]
    #[serde(default, serialize_with = "iso_date_opt")]
    pub until: Option<Date>,
    /// The day the change was announced to customers: the date of its feed entry, and what
    /// `check` measures the contract's notice period from (`[site] subprocessor_notice_days`).
    #[schemars(with = "Option<String>")]
    #[serde(default, serialize_with = "iso_date_opt")]
    pub announced: Option<Date>,
}

impl Subprocessor {
    /// Where it stands on `today`.
    pub fn standing(&self, today: whitepaper_core::date::Date) -> Standing {
        let [effective, until, _] = self.days();
        if until.is_some_and(|u| u <= today) {
            Standing::Left
        } else if effective.is_some_and(|e| e > today) {
            Standing::Announced
        } else {
            Standing::Current
        }
    }

    /// `effective`, `until` and `announced` as calendar days.
    pub fn days(&self) -> [Option<whitepaper_core::date::Date>; 3] {
        let on = |d: &Option<Date>| d.as_ref().and_then(|d| d.date).map(day);
        [on(&self.effective), on(&self.until), on(&self.announced)]
    }
}

/// Templates see an optional date as a `YYYY-MM-DD` string.
fn iso_date_opt<S: serde::Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&d.to_string()),
        None => s.serialize_none(),
    }
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DepositCategory {
    /// What the information is used for (`development`, `support`…).
    pub category: Term<v::DepositCategory>,
    #[serde(rename(deserialize = "service"), deserialize_with = "unique_deposits")]
    pub services: Vec<DepositService>,
}

/// One subprocessor appears once in a deposit category.
fn unique_deposits<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Vec<DepositService>, D::Error> {
    let v = Vec::<DepositService>::deserialize(d)?;
    for (i, s) in v.iter().enumerate() {
        if let Some(r) = &s.subprocessor
            && v[..i]
                .iter()
                .any(|o| o.subprocessor.as_ref().is_some_and(|p| p.id == r.id))
        {
            return Err(serde::de::Error::custom(format!(
                "subprocessor `{}` is listed twice in this list",
                r.id
            )));
        }
    }
    Ok(v)
}

/// A subprocessor by id, or a name of its own where the subprocessor list does not have it.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DepositService {
    pub subprocessor: Option<SubprocessorRef>,
    /// Name, only for a service not in the subprocessor list.
    pub name: Option<Text>,
    /// The name it had when the terms were written, where it has since been renamed.
    pub former_name: Option<Text>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DepositCountry {
    pub country: CountryRef,
    /// Information deposited there is subject to that country's law.
    #[serde(default)]
    pub local_law_applies: bool,
}

// ---------------------------------------------------------------------------------------------
// The supplementary terms
// ---------------------------------------------------------------------------------------------

/// `content/terms.toml`: facts the supplementary terms state.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    /// Kinds of file given as examples of the User's Data ("text files").
    #[serde(default)]
    pub user_data_examples: Vec<Text>,
    /// Countries the User's Data may be transferred to.
    #[serde(default, deserialize_with = "unique_refs")]
    pub transfer_countries: Vec<CountryRef>,
    /// Services the company may contract out, as examples ("support for users").
    #[serde(default)]
    pub contracted_work_examples: Vec<Text>,
    /// The family of standards the security system is built on ("ISO/IEC 27000").
    pub standard_series: Option<Text>,
    /// The certified standards it is built on.
    #[serde(default, deserialize_with = "unique_refs")]
    pub standards: Vec<CertificationRef>,
    /// The infrastructure providers whose protected network paths carry data.
    #[serde(default, deserialize_with = "unique_refs")]
    pub network_providers: Vec<ProviderRef>,
    /// Encryption protocols used on them.
    #[serde(default, rename(deserialize = "protocol"))]
    pub protocols: Vec<ProtocolUse>,
}

/// `content/clauses.toml`: which clauses of the built-in editions the company adopts — the
/// sentences that state a practice, commitment or contract term no other fact decides
/// (catalog: `templates/clauses.toml`, listed under "Clauses" below). A clause neither
/// adopted nor declined is a choice still open (`check` lists it); none renders until adopted.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Clauses {
    /// Clauses the company's editions state, by id.
    #[serde(default)]
    pub adopt: Vec<ClauseId>,
    /// Clauses the company has decided not to state, by id (so `check` stops listing them).
    #[serde(default)]
    pub decline: Vec<ClauseId>,
}

impl Clauses {
    pub fn adopts(&self, id: &str) -> bool {
        self.adopt.iter().any(|c| c.id == id)
    }
}

/// A clause of the catalog, by id (`"yearly-external-audit"`).
pub type ClauseId = Named<ClauseKind>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClauseKind;

impl NameKind for ClauseKind {
    fn check(id: &str) -> Result<(), String> {
        if whitepaper_core::ids::is_id(id) {
            Ok(())
        } else {
            Err(format!(
                "invalid clause `{id}`: clause ids are lowercase ASCII letters, digits and `-`"
            ))
        }
    }
    fn schema() -> schemars::Schema {
        let ids: Vec<String> = crate::clauses::Catalog::builtin()
            .clauses
            .into_iter()
            .map(|c| c.id)
            .collect();
        schemars::json_schema!({
            "type": "string",
            "pattern": whitepaper_core::ids::ID_PATTERN,
            "description": format!(
                "A clause id: one of the built-in clauses ({}) or one of the project's own templates/clauses.toml.",
                ids.join(", ")
            ),
            "examples": ids,
            "x-kind": "clause id"
        })
    }
}

/// What a [`Named`] names: how its text is checked when read, and its schema.
pub trait NameKind {
    fn check(id: &str) -> Result<(), String>;
    fn schema() -> schemars::Schema;
}

/// A name of something outside the facts (a clause, a catalog item), with where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named<K> {
    pub id: String,
    pub span: std::ops::Range<usize>,
    _kind: std::marker::PhantomData<K>,
}

impl<K> Serialize for Named<K> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.id)
    }
}

impl<'de, K: NameKind> Deserialize<'de> for Named<K> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = toml::Spanned::<String>::deserialize(d)?;
        let span = spanned.span();
        let id = spanned.into_inner();
        K::check(&id).map_err(serde::de::Error::custom)?;
        Ok(Named {
            id,
            span,
            _kind: std::marker::PhantomData,
        })
    }
}

impl<K: NameKind> JsonSchema for Named<K> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Named".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        K::schema()
    }
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProtocolUse {
    /// What it does (`tls`, `ipsec`).
    pub id: Term<v::Protocol>,
    /// Short name ("TLS/SSL").
    pub name: String,
    /// Full name ("Secure Sockets Layer").
    pub full_name: Text,
}
