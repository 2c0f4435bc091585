//! Areas used mostly by the security whitepaper (sections 2–17 of the seed).

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::areas::Link;
#[allow(unused_imports)]
use super::text::{ProviderRef, RegionRef, ServiceRef, Text};

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

macro_rules! empty_areas {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Default, Deserialize, Serialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {}
    )*};
}

empty_areas! {
    /// `content/deletion.toml`
    Deletion,
    /// `content/labelling.toml`
    Labelling,
    /// `content/accounts.toml`
    Accounts,
    /// `content/access.toml`
    Access,
    /// `content/passwords.toml`
    Passwords,
    /// `content/encryption.toml`
    Encryption,
    /// `content/resources.toml`
    Resources,
    /// `content/backups.toml`
    Backups,
    /// `content/logs.toml`
    Logs,
    /// `content/operations.toml`
    Operations,
    /// `content/incidents.toml`
    Incidents,
    /// `content/data-protection.toml`
    DataProtection,
    /// `content/legal.toml`
    Legal,
}
