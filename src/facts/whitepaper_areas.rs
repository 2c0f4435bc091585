//! Areas used mostly by the security whitepaper (sections 2–17 of the seed; sections 18 and 19
//! render from `certifications.toml` and `subprocessors.toml`, see `terms_areas`).
//!
//! Sentences are not here: they are Fluent messages (`locales/*/whitepaper.ftl`). These
//! structs hold what the sentences are about — services, plans, numbers of days, roles, links —
//! so that a figure is written once and both languages say the same thing.

use serde::{Deserialize, Serialize};

use super::areas::Link;
use super::text::{CertificationRef, CountryRef, ProviderRef, RegionRef, ServiceRef, Text};

/// `content/storage.toml`: where each service keeps customer data.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Storage {
    #[serde(default, rename(deserialize = "storage"))]
    pub list: Vec<ServiceStorage>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceStorage {
    pub service: ServiceRef,
    #[serde(rename(deserialize = "location"))]
    pub locations: Vec<StorageLocation>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StorageLocation {
    pub provider: ProviderRef,
    pub regions: Vec<RegionRef>,
    /// When this location applies ("日本語サイトからのお申込みの場合").
    pub condition: Option<Text>,
}

// ---------------------------------------------------------------------------------------------
// 3. Deletion
// ---------------------------------------------------------------------------------------------

/// `content/deletion.toml`: when and how user data is deleted (section 3).
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Deletion {
    /// Days within which a deletion, once started, is complete (10).
    pub completion_days: u32,
    /// The "service termination procedures" that trigger deletion (footnote of the intro).
    #[serde(default, rename(deserialize = "procedure"))]
    pub procedures: Vec<DeletionProcedure>,
    /// The clause of the terms of use under which a service can be suspended.
    pub suspension_clause: TermsClause,
    /// How long audit logs are kept, in months (13); the matching rule counts it in days.
    pub audit_log_retention_months: u32,
    /// The rows of the "conditions and timing" table, grouped by what is deleted.
    #[serde(default, rename(deserialize = "group"))]
    pub groups: Vec<DeletionGroup>,
    /// Backup copies outlive a deletion: the worked example of the footnote.
    pub backup_example: BackupExample,
    /// Data that is kept when everything else is deleted.
    #[serde(default)]
    pub retained: Vec<DeletionRetained>,
    /// Deleting an account alone does not delete the data created with it in these services.
    #[serde(default)]
    pub account_deletion_keeps: Vec<KeptData>,
    /// The accounts whose deletion leaves that data in place, besides the Nulab account and
    /// managed accounts: a service's own accounts (Backlog's classic plan).
    #[serde(default)]
    pub account_services: Vec<ServiceRef>,
}

/// An operation a customer performs in a service ("組織の削除", "解約手続").
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DeletionProcedure {
    pub action: DeletionProcedureKind,
    /// The service it is performed in; none for the Nulab account.
    pub service: Option<ServiceRef>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeletionProcedureKind {
    /// "組織の削除" in the Nulab account.
    DeleteOrganization,
    /// "解約手続" (Backlog classic plan).
    Cancel,
}

/// A clause of the company's terms of use (article 9, paragraph 1).
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TermsClause {
    pub article: u32,
    pub paragraph: u32,
}

/// One target of deletion and the rules that delete it.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DeletionGroup {
    /// Stable id (referenced by [`KeptData::except_group`]).
    pub id: String,
    pub target: DeletionTarget,
    /// The services the target belongs to (plans), in the order they are named.
    #[serde(default)]
    pub services: Vec<ServiceRef>,
    /// The plans concerned, where not all of the service's plans
    /// ("プラスプランおよび2019年11月26日以前申込のフリープラン").
    pub plans: Option<Text>,
    #[serde(default, rename(deserialize = "rule"))]
    pub rules: Vec<DeletionRule>,
}

/// What a group deletes.
#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeletionTarget {
    /// The data of the services' plans (those in `plans`, or all of them).
    Plans,
    /// The data of every plan of the services not covered by an earlier group.
    OtherPlans,
    /// The data of a Nulab account.
    NulabAccount,
    /// The data of a managed account (Nulab Pass).
    ManagedAccount,
    /// Audit logs (Nulab Pass).
    AuditLog,
}

/// One row: a condition and the steps that follow it.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DeletionRule {
    /// The event that starts the rule.
    pub trigger: DeletionTrigger,
    /// The service the condition is stated for, where it names one ("Nulab Passについて").
    pub service: Option<ServiceRef>,
    /// What happens, in order; the last step starts the deletion.
    #[serde(rename(deserialize = "step"))]
    pub steps: Vec<DeletionStep>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeletionTrigger {
    /// The cancellation procedure has been carried out.
    Cancelled,
    /// A trial ended without a formal order.
    TrialExpired,
    /// Suspended under the terms of use (late payment and the like).
    Suspended,
    /// The contract period ended.
    ContractExpired,
    /// The Nulab account was deleted.
    AccountDeleted,
    /// The organization was deleted.
    OrganizationDeleted,
    /// The organization or a managed account was deleted (whichever happens).
    OrganizationOrManagedAccountDeleted,
    /// The audit-log retention period elapsed.
    RetentionExpired,
}

/// One step: an action taken a number of days after an event. Several `after` entries are
/// alternatives (each for the case it `applies_to`, or for the event it counts from).
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DeletionStep {
    pub action: DeletionAction,
    pub after: Vec<Delay>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeletionAction {
    /// The space's cancellation procedure is carried out (Backlog classic plan).
    CancelSpace,
    /// The system deletes the organization automatically.
    DeleteOrganization,
    /// Deletion of the data starts (and completes within `completion_days`).
    StartDeletion,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Delay {
    /// Days after `from`; 0 means at the event itself.
    pub days: u32,
    pub from: DeletionEvent,
    /// The spaces or plans this alternative is for ("有料プランのスペース").
    pub applies_to: Option<Text>,
}

/// The event a delay counts from.
#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeletionEvent {
    /// The end of the current contract period.
    CurrentContractEnd,
    /// The date the contract period expired.
    ContractEnd,
    /// The date the trial period expired.
    TrialEnd,
    /// The date the cancellation procedure was carried out.
    Cancellation,
    /// The organization was deleted.
    OrganizationDeletion,
    /// The Nulab account was deleted.
    AccountDeletion,
    /// The managed account was deleted.
    ManagedAccountDeletion,
    /// The audit log was stored.
    LogStored,
}

/// "1日1回取得しているバックアップの保持回数が30回の場合": copies per day and copies kept;
/// data remains `kept / per_day` days after deletion.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BackupExample {
    pub per_day: u32,
    pub kept: u32,
}

/// Data kept after deletion ("BacklogのスペースID").
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DeletionRetained {
    /// The service the data belongs to, if one.
    pub service: Option<ServiceRef>,
    pub data: Text,
}

/// A service whose data survives the deletion of the account that created it.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KeptData {
    pub service: ServiceRef,
    /// A deletion group whose plans are an exception (their data goes with the account).
    pub except_group: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 4. Labelling
// ---------------------------------------------------------------------------------------------

/// `content/labelling.toml`: the features that group data (section 4).
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Labelling {
    #[serde(default, rename(deserialize = "group"))]
    pub groups: Vec<FeatureGroup>,
}

/// The features of one service, or of all services (`service` absent).
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FeatureGroup {
    /// Heading id.
    pub id: String,
    pub service: Option<ServiceRef>,
    #[serde(default, rename(deserialize = "feature"))]
    pub features: Vec<LabellingFeature>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LabellingFeature {
    /// Heading id.
    pub id: String,
    /// "チーム機能" / "Teams".
    pub name: Text,
    /// A plan that does not have the feature ("Backlogクラシックプラン除く").
    pub except: Option<ServiceRef>,
    /// The only plan that has it ("Backlogクラシックプランのみ").
    pub only: Option<ServiceRef>,
    /// What the feature lets users do.
    pub description: Text,
    #[serde(default, rename(deserialize = "link"))]
    pub links: Vec<Link>,
}

// ---------------------------------------------------------------------------------------------
// 5. Accounts
// ---------------------------------------------------------------------------------------------

/// `content/accounts.toml`: registering and removing users (section 5).
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Accounts {
    /// Common to all services, except the plan named here (Backlog classic plan).
    pub common_except: Option<ServiceRef>,
    /// Registration: creating a Nulab account.
    #[serde(default)]
    pub registration: Vec<Link>,
    /// Where each service's free trial is applied for.
    #[serde(default, rename(deserialize = "trial"))]
    pub trials: Vec<TrialSignUp>,
    /// Deleting a Nulab account (only its owner can).
    #[serde(default)]
    pub deletion: Vec<Link>,
    /// Inviting users to an organization.
    #[serde(default)]
    pub invitation: Vec<Link>,
    /// Services with their own users, and how those are managed.
    #[serde(default, rename(deserialize = "service"))]
    pub services: Vec<ServiceAccounts>,
}

/// "Backlog無料トライアル申し込み (プラン選択ページ)".
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TrialSignUp {
    pub service: ServiceRef,
    /// Kind of page (a `wp-link-kind` variant).
    pub kind: TrialPage,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TrialPage {
    PlanSelection,
    SignUp,
}

/// A service with its own kind of user.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceAccounts {
    pub service: ServiceRef,
    pub kind: ServiceAccountKind,
    /// Who registers and deletes those users.
    pub managed_by: AccountManager,
    /// Whether the plan subscribed to limits them.
    #[serde(default)]
    pub plan_limited: bool,
    /// Audit logs of account activity, depending on the plan.
    #[serde(default)]
    pub audit_log: bool,
    #[serde(default, rename(deserialize = "link"))]
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceAccountKind {
    /// Users that exist only inside the service (Backlog classic plan).
    Local,
    /// Managed accounts signing in through the customer's IdP (Nulab Pass).
    Managed,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccountManager {
    /// Users with the invitation permission.
    Inviters,
    /// Administrators.
    Administrators,
}

// ---------------------------------------------------------------------------------------------
// 6. Access
// ---------------------------------------------------------------------------------------------

/// `content/access.toml`: access rights users can set (section 6).
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Access {
    #[serde(default, rename(deserialize = "scope"))]
    pub scopes: Vec<AccessScope>,
}

/// Access control of one service, or of all services (`service` absent).
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AccessScope {
    /// Heading id.
    pub id: String,
    pub service: Option<ServiceRef>,
    /// A plan not covered (all services except the Backlog classic plan).
    pub except: Option<ServiceRef>,
    /// What access is set on.
    pub subject: AccessSubject,
    /// The roles that can be given.
    #[serde(default, rename(deserialize = "role"))]
    pub roles: Vec<AccessRole>,
    /// Administrators choose which members may use the service.
    #[serde(default)]
    pub admin_selects_members: bool,
    /// …and which members join its topics.
    #[serde(default)]
    pub admin_selects_topic_members: bool,
    #[serde(default, rename(deserialize = "link"))]
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccessSubject {
    /// Nulab accounts and teams in an organization.
    Organization,
    /// Projects and the information in them (Backlog).
    Project,
    /// The service's own account and team management (Backlog classic plan).
    AccountTeam,
    /// Folders in an organization (Cacoo).
    Folder,
    /// Topics, following the organization's roles (Typetalk).
    Topic,
    /// Recorded audit logs (Nulab Pass).
    AuditLog,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AccessRole {
    pub name: Text,
    /// Permissions that can be added to the role ("メンバー招待権限").
    #[serde(default)]
    pub extra_permissions: Vec<Text>,
}

// ---------------------------------------------------------------------------------------------
// 7. Passwords
// ---------------------------------------------------------------------------------------------

/// `content/passwords.toml`: how passwords are issued and changed (section 7).
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Passwords {
    #[serde(default, rename(deserialize = "scheme"))]
    pub schemes: Vec<PasswordScheme>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PasswordScheme {
    /// Heading id.
    pub id: String,
    /// The service with its own accounts; none for the Nulab account.
    pub service: Option<ServiceRef>,
    pub initial: InitialPassword,
    /// Whether the service stores passwords at all.
    #[serde(default = "yes")]
    pub stores_passwords: bool,
    #[serde(default)]
    pub initial_links: Vec<Link>,
    #[serde(default)]
    pub change_links: Vec<Link>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum InitialPassword {
    /// Users choose their password when they register.
    UserChosen,
    /// Generated when an administrator adds the user, and emailed to the new account.
    GeneratedAndEmailed,
    /// The customer's identity provider's ID and password are used.
    IdentityProvider,
}

// ---------------------------------------------------------------------------------------------
// 8. Encryption
// ---------------------------------------------------------------------------------------------

/// `content/encryption.toml` (section 8).
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Encryption {
    /// Examples of user information stored in databases ("氏名", "メールアドレス").
    #[serde(default)]
    pub user_info_examples: Vec<Text>,
    /// Whether those fields are encrypted one by one (they are not; access rights protect them).
    #[serde(default)]
    pub user_info_encrypted: bool,
    /// Passwords are stored hashed (irreversibly encrypted).
    #[serde(default)]
    pub passwords_hashed: bool,
    /// The protocol encrypting traffic between customers and the services ("SSL").
    pub transport: Option<Text>,
    /// Services whose database files are encrypted.
    #[serde(default)]
    pub database_encrypted: Vec<ServiceRef>,
}

// ---------------------------------------------------------------------------------------------
// 9, 10. Announcements and manuals
// ---------------------------------------------------------------------------------------------

/// A page about a service, named by kind ("Backlogリリース情報"), in one or more languages.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceResource {
    /// None: the company's page for all services.
    pub service: Option<ServiceRef>,
    pub kind: ResourceKind,
    /// The languages the page exists in; the seed gives no URL (its links are `#`).
    pub languages: Vec<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResourceKind {
    /// The company's updates to all its services.
    Updates,
    Announcements,
    Maintenance,
    Releases,
    Twitter,
    UserGuide,
    Tutorial,
    Support,
}

/// `content/resources.toml`: manuals (section 10).
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Resources {
    #[serde(default, rename(deserialize = "manual"))]
    pub manuals: Vec<ServiceResource>,
}

// ---------------------------------------------------------------------------------------------
// 11. Backups
// ---------------------------------------------------------------------------------------------

/// `content/backups.toml` (section 11).
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Backups {
    /// Whose snapshot feature takes every backup.
    pub snapshot_provider: Option<ProviderRef>,
    /// Backups are kept in the provider's highly available, highly durable storage.
    #[serde(default)]
    pub durable_storage: bool,
    /// Backups restore whole services only, never one customer's data.
    #[serde(default)]
    pub whole_service_only: bool,
    /// Backups stay in the region the data is stored in (section 2).
    #[serde(default)]
    pub same_region: bool,
    #[serde(default, rename(deserialize = "policy"))]
    pub policies: Vec<BackupPlan>,
}

/// The backups of one or more services (Nulab Apps admin console and Nulab Pass share one).
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BackupPlan {
    /// Heading id.
    pub id: String,
    pub services: Vec<ServiceRef>,
    #[serde(rename(deserialize = "item"))]
    pub items: Vec<BackupItem>,
    /// Where the same is published.
    pub see_also: Option<Link>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BackupItem {
    /// What is backed up ("データベース (課題、wikiなど)").
    pub scope: Text,
    /// Backups taken per day.
    pub per_day: Option<u32>,
    /// Backups kept.
    pub kept: Option<u32>,
    /// Why it is not backed up, if it is not.
    pub excluded: Option<BackupExclusion>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BackupExclusion {
    /// Kept in highly available, highly durable storage: loss is considered practically
    /// impossible.
    DurableStorage,
}

// ---------------------------------------------------------------------------------------------
// 12. Logs
// ---------------------------------------------------------------------------------------------

/// `content/logs.toml` (section 12).
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Logs {
    /// Time zones logs are recorded in (the servers' clocks).
    #[serde(default, rename(deserialize = "clock"))]
    pub clocks: Vec<LogClock>,
    /// Whose NTP service the clocks are synchronized with.
    pub ntp_provider: Option<ProviderRef>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LogClock {
    /// "GMT", "JST".
    pub name: String,
    /// Offset from UTC in hours.
    pub utc_offset: i32,
}

// ---------------------------------------------------------------------------------------------
// 9, 13, 14. Operations
// ---------------------------------------------------------------------------------------------

/// `content/operations.toml`: change management, vulnerability management, development.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Operations {
    /// Where changes and maintenance are announced (section 9).
    #[serde(default, rename(deserialize = "feed"))]
    pub feeds: Vec<ServiceResource>,
    /// Channels used in addition when a change has a large impact.
    #[serde(default)]
    pub major_change_channels: Vec<ChangeChannel>,
    /// Automated vulnerability scanning (section 13).
    #[serde(default, rename(deserialize = "scan"))]
    pub scans: Vec<VulnerabilityScan>,
    /// What development teams collect vulnerability information about ("OS", "ミドルウェア").
    #[serde(default)]
    pub watched_components: Vec<Text>,
    /// Patches are verified in a test environment before they are applied.
    #[serde(default)]
    pub patches_tested: bool,
    /// Secure development practices (section 14).
    #[serde(default)]
    pub development_practices: Vec<DevelopmentPractice>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeChannel {
    /// Each service's dashboard.
    Dashboard,
    Newsletter,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DevelopmentPractice {
    /// Code reviews check that basic vulnerabilities are dealt with.
    CodeReview,
    /// Libraries installed on servers are checked for old versions and known vulnerabilities.
    LibraryCheck,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VulnerabilityScan {
    pub service: ServiceRef,
    pub frequency: ScanFrequency,
    /// Whether the scan covers only part of the service.
    #[serde(default)]
    pub partial: bool,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ScanFrequency {
    Daily,
}

// ---------------------------------------------------------------------------------------------
// 15. Incidents
// ---------------------------------------------------------------------------------------------

/// `content/incidents.toml` (section 15). The contact page is `company.contact_url`.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Incidents {
    /// Means of notifying the user's administrators ("電子メール" / "email").
    #[serde(default)]
    pub channels: Vec<Text>,
    /// Where the details are set out (the supplementary terms).
    pub details: Option<Link>,
}

// ---------------------------------------------------------------------------------------------
// 16. Data protection
// ---------------------------------------------------------------------------------------------

/// `content/data-protection.toml` (section 16).
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DataProtection {
    /// Who can access user data.
    pub access: DataAccess,
    /// Log data is user data and protected the same way.
    #[serde(default)]
    pub includes_logs: bool,
    /// Examples of lawful requests the company may answer without the user's permission
    /// ("裁判所からの証拠提出命令").
    #[serde(default)]
    pub lawful_request_examples: Vec<Text>,
}

#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DataAccess {
    /// Only some members of each service's development team.
    #[default]
    ServiceTeamMembers,
}

// ---------------------------------------------------------------------------------------------
// 17, 18. Legal
// ---------------------------------------------------------------------------------------------

/// `content/legal.toml`: governing law and the certifications the whitepaper lists.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Legal {
    /// Country whose law governs the contract.
    pub governing_law: Option<CountryRef>,
    /// Certifications listed in section 18, in order (`content/certifications.toml`).
    #[serde(default)]
    pub certifications: Vec<CertificationRef>,
    /// The certification whose registered scope is quoted.
    pub scope_of: Option<CertificationRef>,
}
