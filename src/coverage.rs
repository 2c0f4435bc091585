//! ISO/IEC 27017 (ITU-T X.1631) coverage: the items on which a cloud service provider
//! "should provide information" to its customers, and which of them the rendered editions
//! answer. A section declares the items it answers in its template
//! (`anchor(…, answers="backup")`); it answers them only when it renders, that is, when its
//! facts exist.

use std::collections::{BTreeMap, BTreeSet};

use crate::diag::{Diagnostic, Severity};

/// A provider-disclosure item of ISO/IEC 27017.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Item {
    /// Stable id used by templates (`answers="backup"`).
    pub id: &'static str,
    /// Clause number.
    pub clause: &'static str,
    /// Clause title (what the customer is informed about).
    pub title: &'static str,
}

pub const ITEMS: &[Item] = &[
    Item {
        id: "shared-roles",
        clause: "CLD.6.3.1",
        title: "Shared roles and responsibilities within a cloud computing environment",
    },
    Item {
        id: "data-location",
        clause: "18.1.1",
        title: "Geographical locations where cloud service customer data is stored",
    },
    Item {
        id: "asset-removal",
        clause: "CLD.8.1.5",
        title: "Removal of cloud service customer assets",
    },
    Item {
        id: "labelling",
        clause: "8.2.2",
        title: "Labelling of information",
    },
    Item {
        id: "user-registration",
        clause: "9.2.1",
        title: "User registration and de-registration",
    },
    Item {
        id: "access-provisioning",
        clause: "9.2.2",
        title: "User access provisioning",
    },
    Item {
        id: "secret-authentication",
        clause: "9.2.4",
        title: "Management of secret authentication information of users",
    },
    Item {
        id: "cryptography",
        clause: "10.1.1",
        title: "Policy on the use of cryptographic controls",
    },
    Item {
        id: "documented-procedures",
        clause: "12.1.1",
        title: "Documented operating procedures",
    },
    Item {
        id: "change-management",
        clause: "12.1.2",
        title: "Change management",
    },
    Item {
        id: "backup",
        clause: "12.3.1",
        title: "Information backup",
    },
    Item {
        id: "clock-synchronisation",
        clause: "12.4.4",
        title: "Clock synchronisation",
    },
    Item {
        id: "technical-vulnerabilities",
        clause: "12.6.1",
        title: "Management of technical vulnerabilities",
    },
    Item {
        id: "secure-development",
        clause: "14.2.1",
        title: "Secure development policy",
    },
    Item {
        id: "supplier-relationships",
        clause: "15.1",
        title: "Information security in supplier relationships",
    },
    Item {
        id: "incident-management",
        clause: "16.1",
        title: "Management of information security incidents and improvements",
    },
    Item {
        id: "legislation",
        clause: "18.1.1",
        title: "Identification of applicable legislation and contractual requirements",
    },
    Item {
        id: "independent-review",
        clause: "18.2.1",
        title: "Independent review of information security",
    },
];

/// What each item is answered by: edition → heading ids.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct Coverage {
    pub answered: BTreeMap<&'static str, BTreeSet<String>>,
    pub unanswered: Vec<&'static str>,
}

impl Coverage {
    /// From the (edition, item, heading id) triples recorded while rendering.
    pub fn from_recorded(recorded: &BTreeSet<(String, String, String)>) -> Coverage {
        let mut c = Coverage::default();
        for item in ITEMS {
            let by: BTreeSet<String> = recorded
                .iter()
                .filter(|(_, i, _)| i == item.id)
                .map(|(ed, _, id)| format!("{ed}#{id}"))
                .collect();
            if by.is_empty() {
                c.unanswered.push(item.id);
            } else {
                c.answered.insert(item.id, by);
            }
        }
        c
    }

    /// One informational finding per unanswered item.
    pub fn findings(&self) -> Vec<Diagnostic> {
        self.unanswered
            .iter()
            .filter_map(|id| ITEMS.iter().find(|i| i.id == *id))
            .map(|i| Diagnostic {
                severity: Severity::Info,
                ..Diagnostic::error(
                    "iso27017-unanswered",
                    "content",
                    format!(
                        "no edition informs customers on ISO/IEC 27017 {} ({})",
                        i.clause, i.title
                    ),
                )
                .with_help(format!(
                    "add the facts of the section that answers `{}` (see docs/content-model.md, \"ISO/IEC 27017 coverage\")",
                    i.id
                ))
            })
            .collect()
    }
}
