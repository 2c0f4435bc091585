//! Areas used mostly by the supplementary terms for privacy and security.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::areas::Link;
#[allow(unused_imports)]
use super::text::{CertificationId, CertificationRef, CountryRef, ServiceRef, Text};

macro_rules! empty_areas {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Default, Deserialize, Serialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {}
    )*};
}

empty_areas! {
    /// `content/certifications.toml`
    Certifications,
    /// `content/subprocessors.toml`
    Subprocessors,
    /// `content/terms.toml`
    Terms,
}
