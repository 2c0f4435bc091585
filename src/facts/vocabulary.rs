//! Vocabularies: the open sets of values content uses by id (a deletion trigger, a scan
//! frequency…). Nothing in Rust knows their values: a value's wording is the Fluent message
//! `<vocabulary>-<id>`, built in for common values, and given by a project for its own in
//! `content/vocabulary.toml` (or in its own `locales/<lang>/*.ftl`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use super::text::{SeenTerm, Text, Vocabulary};
use crate::diag::Diagnostic;

macro_rules! vocabularies {
    ($($marker:ident => $name:literal, $about:literal;)*) => {
        $(
            #[derive(Debug, Clone, PartialEq, Eq)]
            pub struct $marker;
            impl Vocabulary for $marker {
                const NAME: &'static str = $name;
                const ABOUT: &'static str = $about;
                fn builtin_values() -> Vec<String> {
                    builtin_values($name)
                }
            }
        )*
        /// Every vocabulary: (name, what its values are).
        pub const ALL: &[(&str, &str)] = &[$(($name, $about)),*];
    };
}

vocabularies! {
    ProviderDuty => "provider-duty", "a security measure the company is responsible for";
    CustomerDuty => "customer-duty", "a security measure customers are responsible for";
    DeletionProcedure => "deletion-procedure", "an operation by which a customer ends using a service";
    DeletionTarget => "deletion-target", "what a group of deletion rules deletes";
    DeletionTrigger => "deletion-trigger", "the condition under which data is deleted";
    DeletionEvent => "deletion-event", "the event a deletion delay is counted from";
    DeletionAction => "deletion-action", "a step taken once a deletion condition is met";
    AccountType => "account-type", "a kind of account whose deletion is described";
    AccountProcedure => "account-procedure", "a procedure of user registration and removal";
    ServiceAccount => "service-account", "a kind of user that exists only inside one service";
    AccountManager => "account-manager", "who registers and removes a service's own users";
    AccessSubject => "access-subject", "what customers set access rights on";
    PasswordIssue => "password-issue", "how initial passwords (secret authentication information) are issued";
    EncryptedData => "encrypted-data", "what is encrypted at rest";
    Resource => "resource", "a kind of page where changes are announced or the service is explained";
    LinkKind => "link-kind", "the kind of page a link leads to";
    ChangeChannel => "change-channel", "a channel used to announce changes with a large impact";
    BackupExclusion => "backup-exclusion", "why data is not backed up";
    ScanFrequency => "scan-frequency", "how often vulnerability scans run";
    DevelopmentPractice => "development-practice", "a secure development practice";
    DataAccess => "data-access", "who can access customer data";
    DepositCategory => "deposit-category", "what information deposited with a subprocessor is used for";
    Protocol => "protocol", "what an encryption protocol does";
    LogRetention => "log-retention", "how long logs are kept";
}

/// The values of a vocabulary that have built-in wording (from the built-in messages of the
/// first built-in language).
pub fn builtin_values(vocabulary: &str) -> Vec<String> {
    static IDS: OnceLock<Vec<String>> = OnceLock::new();
    let ids = IDS.get_or_init(crate::defaults::builtin_message_ids);
    let prefix = format!("{vocabulary}-");
    ids.iter()
        .filter_map(|id| id.strip_prefix(&prefix))
        .filter(|v| {
            // `account-type-x` must not count as a value of a vocabulary named `account`.
            !ALL.iter().any(|(n, _)| {
                n.len() > vocabulary.len()
                    && n.starts_with(&prefix)
                    && format!("{vocabulary}-{v}").starts_with(&format!("{n}-"))
            })
        })
        .map(str::to_string)
        .collect()
}

/// `content/vocabulary.toml`: `[<vocabulary>] <id> = { ja = "…", en = "…" }` words a value;
/// `[message] <message-id> = { … }` replaces any built-in message. A wording is a Fluent
/// pattern: `{ $service }` places a fact the template passes.
pub const FILE: &str = "content/vocabulary.toml";

/// A message whose wording the project gives in `content/vocabulary.toml`.
#[derive(Debug, Clone)]
pub struct Wording {
    /// Message id (`deletion-trigger-cancelled`).
    pub id: String,
    pub text: Text,
    pub file: PathBuf,
    /// The vocabulary value it words, if it is one (not a `[message]`).
    pub value: Option<(String, String)>,
}

/// Read the wording file (already in `text`), recording the messages it defines.
pub fn parse(text: &str, rel: &Path) -> Result<(Vec<Wording>, Vec<Diagnostic>), toml::de::Error> {
    let table: BTreeMap<toml::Spanned<String>, BTreeMap<String, Text>> = toml::from_str(text)?;
    let mut out = Vec::new();
    let mut diags = Vec::new();
    for (vocab, values) in table {
        let name = vocab.get_ref().as_str();
        if name != "message" && !ALL.iter().any(|(n, _)| *n == name) {
            diags.push(
                Diagnostic::error(
                    "unknown-vocabulary",
                    rel,
                    format!("`{name}` is not a vocabulary"),
                )
                .with_span(Some(vocab.span()))
                .with_help(format!(
                    "vocabularies: {}; or [message] to reword any message",
                    ALL.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
                )),
            );
            continue;
        }
        for (id, text) in values {
            let valid = whitepaper_core::ids::is_id(&id);
            if !valid {
                diags.push(
                    Diagnostic::error(
                        "invalid-id",
                        rel,
                        format!("`{id}` is not a valid id in [{name}]"),
                    )
                    .with_span(Some(text.span.clone()))
                    .with_help("ids are lowercase ASCII letters, digits and `-`"),
                );
                continue;
            }
            let (message, value) = if name == "message" {
                (id, None)
            } else {
                (format!("{name}-{id}"), Some((name.to_string(), id)))
            };
            out.push(Wording {
                id: message,
                text,
                file: rel.to_path_buf(),
                value,
            });
        }
    }
    Ok((out, diags))
}

/// Wording of a vocabulary value no fact uses (a typo in the id, or a value since removed).
pub fn unused_wording(wording: &[Wording], terms: &[(PathBuf, SeenTerm)]) -> Vec<Diagnostic> {
    wording
        .iter()
        .filter_map(|w| {
            let (vocab, id) = w.value.as_ref()?;
            let used = terms
                .iter()
                .any(|(_, t)| t.vocabulary == vocab && &t.id == id);
            (!used).then(|| {
                Diagnostic::warning(
                    "unused-wording",
                    &w.file,
                    format!("no fact uses the {vocab} `{id}` worded here"),
                )
                .with_span(Some(w.text.span.clone()))
                .with_help(format!(
                    "remove it, or check the spelling of the {vocab} values in content/"
                ))
            })
        })
        .collect()
}
