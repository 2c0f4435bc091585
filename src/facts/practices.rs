//! The practices a cloud service provider discloses, one struct per content file, in the
//! order of ISO/IEC 27017: responsibilities, storage, deletion, labelling, accounts, access,
//! passwords, cryptography, change management, backups, clocks, operations, incidents.
//!
//! Every struct is `deny_unknown_fields`; doc comments are the schema's descriptions.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{Link, yes};
use super::text::{
    DeletionGroupId, DeletionGroupRef, ProviderRef, RegionRef, ServiceRef, Term, Text, Url,
    record_link_without_url, unique_refs,
};
use super::vocabulary as v;

// ---------------------------------------------------------------------------------------------
// Responsibilities (ISO/IEC 27017 CLD.6.3.1)
// ---------------------------------------------------------------------------------------------

/// `content/responsibility.toml`: who is responsible for what.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Responsibility {
    /// The company's security measures.
    #[serde(default)]
    pub provider: Vec<ProviderDuty>,
    /// The customers' security measures.
    #[serde(default)]
    pub customer: Vec<CustomerDuty>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProviderDuty {
    /// The measure (`service-security`, `data-protection`, `infrastructure`…).
    pub duty: Term<v::ProviderDuty>,
    /// A note on it.
    pub note: Option<Text>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomerDuty {
    /// The measure (`passwords`, `accounts`, `content`…).
    pub duty: Term<v::CustomerDuty>,
    /// A note on it.
    pub note: Option<Text>,
}

// ---------------------------------------------------------------------------------------------
// Data storage locations
// ---------------------------------------------------------------------------------------------

/// `content/storage.toml`: where each service keeps customer data.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Storage {
    #[serde(default, rename(deserialize = "storage"))]
    pub list: Vec<ServiceStorage>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ServiceStorage {
    pub service: ServiceRef,
    /// Where its data is stored; several when it depends on a condition.
    #[serde(rename(deserialize = "location"))]
    pub locations: Vec<StorageLocation>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StorageLocation {
    pub provider: ProviderRef,
    #[serde(deserialize_with = "unique_refs")]
    pub regions: Vec<RegionRef>,
    /// When this location applies ("for contracts made on the Japanese site").
    pub condition: Option<Text>,
}

// ---------------------------------------------------------------------------------------------
// Data deletion (CLD.8.1.5)
// ---------------------------------------------------------------------------------------------

/// `content/deletion.toml`: when and how customer data is deleted.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Deletion {
    /// Days within which a deletion, once started, is complete.
    pub completion_days: Option<u32>,
    /// The clause of the terms of use under which a service can be suspended.
    pub terms_clause: Option<TermsClause>,
    /// The operations by which a customer ends using a service.
    #[serde(default, rename(deserialize = "procedure"))]
    pub procedures: Vec<DeletionProcedure>,
    /// The rows of the conditions-and-timing table, grouped by what is deleted.
    #[serde(default, rename(deserialize = "group"))]
    pub groups: Vec<DeletionGroup>,
    /// How long deleted data survives in backups: a worked example, for all services
    /// (`[backup_example]`) or one per group of services (`[[backup_example]]` with `services`).
    #[serde(
        default,
        rename(deserialize = "backup_example"),
        deserialize_with = "super::text::one_or_many"
    )]
    #[schemars(with = "super::text::OneOrMany<BackupExample>")]
    pub backup_examples: Vec<BackupExample>,
    /// Data that is kept when everything else is deleted.
    #[serde(default)]
    pub retained: Vec<DeletionRetained>,
    /// Deleting an account alone does not delete the data created with it.
    pub account_deletion: Option<AccountDeletion>,
    /// Data deleted at the customer's request ("the email address and name of an account").
    #[serde(default)]
    pub on_request: Vec<Text>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeletionProcedure {
    pub action: Term<v::DeletionProcedure>,
    /// The service it is carried out in, if one.
    pub service: Option<ServiceRef>,
    /// The page explaining it.
    pub url: Option<Url>,
}

/// A clause of the terms of use ("article 9, paragraph 1").
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TermsClause {
    pub article: u32,
    pub paragraph: Option<u32>,
}

/// One target of deletion and the rules that delete it.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeletionGroup {
    /// Stable id (referred to by `account_deletion`).
    pub id: DeletionGroupId,
    /// What is deleted (`plans`, `other-plans`, `account`, `audit-log`…).
    pub target: Term<v::DeletionTarget>,
    /// The services the target belongs to, in the order they are named.
    #[serde(default, deserialize_with = "unique_refs")]
    pub services: Vec<ServiceRef>,
    /// The plans concerned, where not all of the services' plans.
    pub plans: Option<Text>,
    #[serde(default, rename(deserialize = "rule"))]
    pub rules: Vec<DeletionRule>,
}

/// One row: a condition and the steps that follow it.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeletionRule {
    pub trigger: Term<v::DeletionTrigger>,
    /// The service the condition is stated for, where it names one.
    pub service: Option<ServiceRef>,
    /// A period, in months, that the condition names (a retention period).
    pub months: Option<u32>,
    /// What happens, in order; the last step starts the deletion.
    #[serde(rename(deserialize = "step"))]
    pub steps: Vec<DeletionStep>,
}

/// An action taken a number of days after an event. Several `after` entries are
/// alternatives (each for the case it `applies_to`).
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeletionStep {
    pub action: Term<v::DeletionAction>,
    pub after: Vec<Delay>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Delay {
    /// Days after `from`; 0 means at the event itself.
    pub days: u32,
    pub from: Term<v::DeletionEvent>,
    /// The case this alternative is for.
    pub applies_to: Option<Text>,
}

/// With backups taken `per_day` times a day and `kept` kept, data survives `kept / per_day`
/// days after its deletion.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BackupExample {
    /// The services it holds for (none: every service).
    #[serde(default, deserialize_with = "unique_refs")]
    pub services: Vec<ServiceRef>,
    /// Backups taken per day.
    pub per_day: u32,
    /// Backups kept.
    pub kept: u32,
}

/// Data kept after deletion.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeletionRetained {
    /// The service the data belongs to, if one.
    pub service: Option<ServiceRef>,
    pub data: Text,
    pub link: Option<Link>,
}

/// Deleting one of `accounts` leaves the data created with it in `keeps`; that data goes by
/// the table's rules other than those of `except_groups`.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountDeletion {
    pub accounts: Vec<AccountOf>,
    pub keeps: Vec<KeptData>,
    /// Ids of deletion groups whose rules do not delete that data.
    #[serde(default, deserialize_with = "unique_refs")]
    pub except_groups: Vec<DeletionGroupRef>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountOf {
    /// `account` (the account of all services), `managed-account`, `service-account`…
    pub account: Term<v::AccountType>,
    /// The service, for a service's own accounts.
    pub service: Option<ServiceRef>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeptData {
    pub service: ServiceRef,
    /// A deletion group whose plans are an exception (their data goes with the account).
    pub except_group: Option<DeletionGroupRef>,
}

// ---------------------------------------------------------------------------------------------
// Labelling (8.2.2)
// ---------------------------------------------------------------------------------------------

/// `content/labelling.toml`: the features customers group and label their data with.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Labelling {
    #[serde(default, rename(deserialize = "group"))]
    pub groups: Vec<FeatureGroup>,
}

/// The features of one service, or of all services (`service` absent).
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FeatureGroup {
    /// Heading id.
    pub id: String,
    pub service: Option<ServiceRef>,
    #[serde(default, rename(deserialize = "feature"))]
    pub features: Vec<LabellingFeature>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LabellingFeature {
    /// Heading id.
    pub id: String,
    pub name: Text,
    /// A plan or service that does not have the feature.
    pub except: Option<ServiceRef>,
    /// The only plan or service that has it.
    pub only: Option<ServiceRef>,
    /// What the feature lets users do.
    pub description: Text,
    #[serde(default, rename(deserialize = "link"))]
    pub links: Vec<Link>,
}

// ---------------------------------------------------------------------------------------------
// User registration and removal (9.2.1)
// ---------------------------------------------------------------------------------------------

/// `content/accounts.toml`: registering and removing users.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Accounts {
    /// What the account users sign in with is called ("Example account"); the messages say
    /// "account" without it.
    pub name: Option<Text>,
    /// The procedures below apply to all services except this one.
    pub except: Option<ServiceRef>,
    /// Registration, removal, invitation…, each a subsection.
    #[serde(default, rename(deserialize = "procedure"))]
    pub procedures: Vec<AccountProcedure>,
    /// Services with users of their own.
    #[serde(default, rename(deserialize = "service"))]
    pub services: Vec<ServiceAccounts>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountProcedure {
    /// Heading id.
    pub id: String,
    /// Which procedure (`registration`, `deletion`, `invitation`, `removal`…): its title.
    pub kind: Term<v::AccountProcedure>,
    /// What the company says about it, paragraph by paragraph.
    pub text: Vec<Text>,
    /// Notes on the text.
    #[serde(default)]
    pub notes: Vec<Text>,
    #[serde(default, rename(deserialize = "link"))]
    pub links: Vec<Link>,
    /// Where each service's free trial is applied for.
    #[serde(default, rename(deserialize = "trial"))]
    pub trials: Vec<TrialSignUp>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, from = "RawTrialSignUp")]
pub struct TrialSignUp {
    pub service: ServiceRef,
    pub kind: Term<v::LinkKind>,
    /// The sign-up page.
    pub url: Option<Url>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawTrialSignUp {
    service: ServiceRef,
    /// The kind of page (`plan-selection`, `sign-up`…).
    kind: Term<v::LinkKind>,
    /// The sign-up page; `check` reports a trial without one.
    url: Option<Url>,
}

impl From<RawTrialSignUp> for TrialSignUp {
    fn from(r: RawTrialSignUp) -> TrialSignUp {
        if r.url.is_none() {
            record_link_without_url(r.service.span.clone());
        }
        TrialSignUp {
            service: r.service,
            kind: r.kind,
            url: r.url,
        }
    }
}

/// A service with its own kind of user.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ServiceAccounts {
    pub service: ServiceRef,
    pub kind: Term<v::ServiceAccount>,
    /// Who registers and deletes those users.
    pub managed_by: Term<v::AccountManager>,
    /// Whether the plan subscribed to limits them.
    #[serde(default)]
    pub plan_limited: bool,
    /// Audit logs of account activity can be kept, depending on the plan.
    #[serde(default)]
    pub audit_log: bool,
    #[serde(default, rename(deserialize = "link"))]
    pub links: Vec<Link>,
}

// ---------------------------------------------------------------------------------------------
// Access rights (9.2.2)
// ---------------------------------------------------------------------------------------------

/// `content/access.toml`: the access rights customers set.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Access {
    #[serde(default, rename(deserialize = "scope"))]
    pub scopes: Vec<AccessScope>,
}

/// Access control of one service, or of all services (`service` absent).
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccessScope {
    /// Heading id.
    pub id: String,
    pub service: Option<ServiceRef>,
    /// All services except this one (with `service` absent).
    pub except: Option<ServiceRef>,
    /// What access is set on.
    pub subject: Term<v::AccessSubject>,
    /// The roles that can be given.
    #[serde(default, rename(deserialize = "role"))]
    pub roles: Vec<AccessRole>,
    /// Further statements, paragraph by paragraph.
    #[serde(default)]
    pub text: Vec<Text>,
    #[serde(default, rename(deserialize = "link"))]
    pub links: Vec<Link>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccessRole {
    pub name: Text,
    /// Permissions that can be added to the role.
    #[serde(default)]
    pub extra_permissions: Vec<Text>,
}

// ---------------------------------------------------------------------------------------------
// Secret authentication information (9.2.4)
// ---------------------------------------------------------------------------------------------

/// `content/passwords.toml`: how passwords are issued and changed.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Passwords {
    #[serde(default, rename(deserialize = "scheme"))]
    pub schemes: Vec<PasswordScheme>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordScheme {
    /// Heading id.
    pub id: String,
    /// The service with its own accounts; absent for the account of all services.
    pub service: Option<ServiceRef>,
    /// How the initial password is issued.
    pub initial: Term<v::PasswordIssue>,
    /// Whether the service stores passwords at all.
    #[serde(default = "yes")]
    pub stores_passwords: bool,
    #[serde(default)]
    pub initial_links: Vec<Link>,
    #[serde(default)]
    pub change_links: Vec<Link>,
}

// ---------------------------------------------------------------------------------------------
// Cryptography (10.1.1)
// ---------------------------------------------------------------------------------------------

/// `content/encryption.toml`.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Encryption {
    /// Examples of user information stored in databases ("name", "email address").
    #[serde(default)]
    pub user_info_examples: Vec<Text>,
    /// Whether those fields are encrypted one by one.
    pub user_info_encrypted: Option<bool>,
    /// Passwords are stored hashed.
    #[serde(default)]
    pub passwords_hashed: bool,
    /// The protocol encrypting traffic between customers and the services ("TLS 1.2 or later").
    pub transport: Option<Text>,
    /// Encryption at rest.
    #[serde(default)]
    pub at_rest: Vec<AtRest>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AtRest {
    /// What is encrypted (`database-files`, `all-data`…).
    pub covers: Term<v::EncryptedData>,
    /// The algorithm ("AES-256").
    pub algorithm: Option<String>,
    /// The services concerned; empty: every service provided.
    #[serde(default, deserialize_with = "unique_refs")]
    pub services: Vec<ServiceRef>,
}

// ---------------------------------------------------------------------------------------------
// Change management (12.1.2) and documented procedures (12.1.1)
// ---------------------------------------------------------------------------------------------

/// A page about a service, named by its kind ("release notes"), in one or more languages.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields, from = "RawServiceResource")]
pub struct ServiceResource {
    /// Absent: the company's page for all its services.
    pub service: Option<ServiceRef>,
    pub kind: Term<v::Resource>,
    /// The languages the page exists in.
    #[serde(default)]
    pub languages: Vec<String>,
    /// The page's address.
    pub url: Option<Url>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawServiceResource {
    /// Absent: the company's page for all its services.
    service: Option<ServiceRef>,
    /// What the page is (`releases`, `user-guide`…).
    kind: Term<v::Resource>,
    /// The languages the page exists in.
    #[serde(default)]
    languages: Vec<String>,
    /// The page's address; `check` reports a page without one.
    url: Option<Url>,
}

impl From<RawServiceResource> for ServiceResource {
    fn from(r: RawServiceResource) -> ServiceResource {
        if r.url.is_none() {
            record_link_without_url(r.kind.span.clone());
        }
        ServiceResource {
            service: r.service,
            kind: r.kind,
            languages: r.languages,
            url: r.url,
        }
    }
}

/// `content/resources.toml`: manuals customers can read.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Resources {
    #[serde(default, rename(deserialize = "manual"))]
    pub manuals: Vec<ServiceResource>,
}

// ---------------------------------------------------------------------------------------------
// Backups (12.3.1)
// ---------------------------------------------------------------------------------------------

/// `content/backups.toml`.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Backups {
    /// Whose snapshot feature takes the backups (one provider or several).
    #[serde(default, deserialize_with = "unique_refs")]
    pub snapshot_providers: Vec<ProviderRef>,
    /// Backups are kept in the provider's highly available, highly durable storage.
    #[serde(default)]
    pub durable_storage: bool,
    /// Backups restore whole services only, never one customer's data.
    #[serde(default)]
    pub whole_service_only: bool,
    /// Backups stay in the region the data is stored in.
    #[serde(default)]
    pub same_region: bool,
    #[serde(default, rename(deserialize = "policy"))]
    pub policies: Vec<BackupPlan>,
}

/// The backups of one or more services.
#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BackupPlan {
    /// Heading id.
    pub id: String,
    #[serde(deserialize_with = "unique_refs")]
    pub services: Vec<ServiceRef>,
    /// Whether the backups include the accounts of all services.
    #[serde(default)]
    pub includes_accounts: bool,
    #[serde(rename(deserialize = "item"))]
    pub items: Vec<BackupItem>,
    /// Where the same is published.
    pub see_also: Option<Link>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BackupItem {
    /// What is backed up ("database").
    pub scope: Text,
    /// Backups taken per day.
    pub per_day: Option<u32>,
    /// Backups kept.
    pub kept: Option<u32>,
    /// Why it is not backed up, if it is not.
    pub excluded: Option<Term<v::BackupExclusion>>,
}

// ---------------------------------------------------------------------------------------------
// Clock synchronisation (12.4.4)
// ---------------------------------------------------------------------------------------------

/// `content/logs.toml`.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Logs {
    /// The time zones logs are recorded in.
    #[serde(default, rename(deserialize = "clock"))]
    pub clocks: Vec<LogClock>,
    /// Whose NTP services the clocks are synchronized with.
    #[serde(default, deserialize_with = "unique_refs")]
    pub ntp_providers: Vec<ProviderRef>,
    /// The NTP sources by name ("time.google.com").
    #[serde(default)]
    pub ntp_sources: Vec<String>,
    /// Where logs are stored (supplementary terms).
    #[serde(default, deserialize_with = "unique_refs")]
    pub providers: Vec<ProviderRef>,
    /// Fields recorded in the access log ("IP", "URL").
    #[serde(default)]
    pub access_log_fields: Vec<Text>,
    /// How long logs are kept (`indefinite`…).
    pub retention: Option<Term<v::LogRetention>>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LogClock {
    /// "UTC", "JST".
    pub name: String,
    /// Offset from UTC in hours.
    pub utc_offset: i32,
}

// ---------------------------------------------------------------------------------------------
// Operations: change management, vulnerabilities (12.6.1), secure development (14.2.1)
// ---------------------------------------------------------------------------------------------

/// `content/operations.toml`.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Operations {
    /// Where changes and maintenance are announced.
    #[serde(default, rename(deserialize = "feed"))]
    pub feeds: Vec<ServiceResource>,
    /// Channels used in addition when a change has a large impact.
    #[serde(default)]
    pub major_change_channels: Vec<Term<v::ChangeChannel>>,
    /// Automated vulnerability scanning.
    #[serde(default, rename(deserialize = "scan"))]
    pub scans: Vec<VulnerabilityScan>,
    /// What vulnerability information is collected about ("OS", "middleware").
    #[serde(default)]
    pub watched_components: Vec<Text>,
    /// Patches are verified in a test environment before they are applied.
    #[serde(default)]
    pub patches_tested: bool,
    /// Secure development practices.
    #[serde(default)]
    pub development_practices: Vec<Term<v::DevelopmentPractice>>,
}

#[derive(Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VulnerabilityScan {
    pub service: ServiceRef,
    pub frequency: Term<v::ScanFrequency>,
    /// Whether the scan covers only part of the service.
    #[serde(default)]
    pub partial: bool,
}

// ---------------------------------------------------------------------------------------------
// Incidents (16.1)
// ---------------------------------------------------------------------------------------------

/// `content/incidents.toml`. The contact page is `company.contact_url`.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Incidents {
    /// Hours within which customers' administrators are notified of a security incident.
    pub notice_hours: Option<u32>,
    /// Means of notifying customers' administrators ("email").
    #[serde(default)]
    pub channels: Vec<Text>,
    /// Events that are not security incidents (unsuccessful attempts and the like).
    #[serde(default)]
    pub non_incident_examples: Vec<Text>,
    /// Where the details are set out.
    pub details: Option<Link>,
}
