//! `content/controls.toml`: the company's own words on the ISO/IEC 27017 items the other areas
//! do not cover — each a list of paragraphs, each rendered as a section of the whitepaper (in
//! the standard's order) that answers its item — so that every ISO/IEC 27017 item has a place.
//! Nothing is said on an item the file leaves out.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::text::Text;

/// One field per item: the paragraphs that answer it, in every language.
#[derive(Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Controls {
    /// 5.1.1 Policies for information security, as they concern customers.
    #[serde(default)]
    pub security_policies: Vec<Text>,
    /// 6.1.1 Information security roles and responsibilities: who is responsible, and how
    /// customers reach them.
    #[serde(default)]
    pub security_roles: Vec<Text>,
    /// 6.1.3 Contact with authorities: the jurisdictions whose authorities may have a say over
    /// the company and customer data.
    #[serde(default)]
    pub authorities: Vec<Text>,
    /// 7.2.2 Information security awareness, education and training of the staff who handle
    /// customer data.
    #[serde(default)]
    pub awareness: Vec<Text>,
    /// 8.1.1 Inventory of assets: which customer data and derived data the company keeps.
    #[serde(default)]
    pub asset_inventory: Vec<Text>,
    /// 9.1.2 Access to networks and network services.
    #[serde(default)]
    pub network_access: Vec<Text>,
    /// 9.2.3 Management of privileged access rights: how administrators authenticate and how
    /// their rights are restricted.
    #[serde(default)]
    pub privileged_access: Vec<Text>,
    /// 9.4.4 Use of privileged utility programs.
    #[serde(default)]
    pub privileged_utilities: Vec<Text>,
    /// CLD.9.5.1 Segregation in virtual computing environments: how each customer's data is
    /// kept apart from the others'.
    #[serde(default)]
    pub tenant_segregation: Vec<Text>,
    /// CLD.9.5.2 Virtual machine hardening: how the machines and containers that run the
    /// services are hardened.
    #[serde(default)]
    pub vm_hardening: Vec<Text>,
    /// 10.1.2 Key management: how encryption keys are generated, kept and rotated.
    #[serde(default)]
    pub key_management: Vec<Text>,
    /// 11.2.7 Secure disposal or re-use of equipment: how storage that held customer data is
    /// wiped or destroyed.
    #[serde(default)]
    pub secure_disposal: Vec<Text>,
    /// 12.1.3 Capacity management.
    #[serde(default)]
    pub capacity: Vec<Text>,
    /// CLD.12.1.5 Administrator's operational security: the procedures for critical operations.
    #[serde(default)]
    pub admin_operations: Vec<Text>,
    /// 12.4.1 Event logging: the logs customers can obtain.
    #[serde(default)]
    pub event_logging: Vec<Text>,
    /// CLD.12.4.5 Monitoring of cloud services: what customers can monitor, and how.
    #[serde(default)]
    pub service_monitoring: Vec<Text>,
    /// 13.1.3 Segregation in networks.
    #[serde(default)]
    pub network_segregation: Vec<Text>,
    /// CLD.13.1.4 Alignment of security management for virtual and physical networks.
    #[serde(default)]
    pub network_alignment: Vec<Text>,
    /// 14.1.1 Information security requirements: the security features customers can rely on.
    #[serde(default)]
    pub security_requirements: Vec<Text>,
    /// 16.1.2 Reporting information security events: how customers report them, and how they
    /// are told.
    #[serde(default)]
    pub event_reporting: Vec<Text>,
    /// 16.1.7 Collection of evidence: how evidence about an incident is obtained.
    #[serde(default)]
    pub evidence: Vec<Text>,
    /// 18.1.2 Intellectual property rights: how complaints are handled.
    #[serde(default)]
    pub intellectual_property: Vec<Text>,
    /// 18.1.3 Protection of records.
    #[serde(default)]
    pub records: Vec<Text>,
    /// 18.1.5 Regulation of cryptographic controls: the controls that apply, for customers to
    /// check against their laws.
    #[serde(default)]
    pub crypto_regulation: Vec<Text>,
}
