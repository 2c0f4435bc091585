//! `whitepaper`: security facts → security whitepaper editions (Markdown, HTML, PDF).
//!
//! The pipeline (see ARCHITECTURE.md): [`config::Project`] → [`facts::Facts`] →
//! [`l10n::Localizer`] → [`document::Document`] (via [`template`]) → [`build::Artifact`] →
//! `out/`, written all or nothing.
pub mod build;
pub mod changes;
pub mod check;
pub mod clauses;
pub mod compare;
pub mod config;
pub mod coverage;
pub mod defaults;
pub mod diag;
pub mod diff;
pub mod explain;
pub mod export;
pub mod facts;
pub mod files;
pub mod http;
pub mod init;
pub mod l10n;
pub mod limits;
pub mod markdown;
pub mod markup;
pub mod messages;
pub mod numbering;
pub mod pipeline;
pub mod publish;
pub mod recipients;
pub mod release;
pub mod render;
pub mod schema;
pub mod security_txt;
pub mod serve;
pub mod site;
pub mod template;
pub mod trace;
pub mod typography;
