//! `whitepaper.toml`: the project's languages, editions, formats and output folder.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, Sources};

pub const CONFIG_FILE: &str = "whitepaper.toml";

/// An output format.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Deserialize,
    Serialize,
    clap::ValueEnum,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Markdown (`.md`)
    Md,
    /// Self-contained HTML (`.html`)
    Html,
    /// Typeset PDF (`.pdf`)
    Pdf,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }
}

/// The project configuration.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Language ids, each with `locales/<lang>/` (`ja`, `en`).
    pub languages: Vec<String>,
    /// Edition ids, each with `templates/<edition>.md` and `content/editions/<edition>.toml`.
    pub editions: Vec<String>,
    /// Formats built by default.
    #[serde(default = "default_formats")]
    pub formats: Vec<Format>,
    /// Output folder, relative to the project root.
    #[serde(default = "default_out")]
    pub out_dir: PathBuf,
    /// The company: `name`, `short_name` (localized), `country` (governing law), `contact_url`,
    /// `contact_lang`. Checked by the facts loader like any content file.
    #[serde(default)]
    #[schemars(with = "crate::facts::company::Company")]
    pub company: toml::Table,
    /// `whitepaper check` settings.
    #[serde(default)]
    pub check: CheckConfig,
    /// `whitepaper site` settings: the trust center.
    #[serde(default)]
    pub site: SiteConfig,
    /// The PDF standard: every PDF is tagged (PDF/UA-1, `ua-1`, the default); `a-2b`
    /// additionally makes it PDF/A-2b (archival: sRGB output intent, XMP identification).
    #[serde(default)]
    pub pdf_standard: PdfStandard,
}

/// What the PDFs conform to (see [`Config::pdf_standard`]).
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Deserialize,
    Serialize,
    schemars::JsonSchema,
    clap::ValueEnum,
)]
pub enum PdfStandard {
    /// Tagged PDF, PDF/UA-1.
    #[default]
    #[serde(rename = "ua-1")]
    #[value(name = "ua-1")]
    Ua1,
    /// PDF/UA-1 and PDF/A-2b.
    #[serde(rename = "a-2b")]
    #[value(name = "a-2b")]
    A2b,
}

/// Severity overrides for `check`, by finding code: `severity = { obsolete-message = "error" }`.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckConfig {
    #[serde(default)]
    pub severity: BTreeMap<String, Level>,
    /// How many days before a certification's validity ends, or security.txt's `review_by`
    /// comes, `check` starts warning (`expires-soon`); once it has passed, `expired` is an
    /// error. Default 60.
    #[serde(default)]
    pub expiry_warning_days: Option<u32>,
}

/// The trust center (`whitepaper site`).
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// Where the site is published (`https://trust.example.com/`): its feeds' ids and links
    /// are made from it (an https or http address only). Without it, ids are
    /// `urn:whitepaper:…` names, as stable.
    #[serde(default)]
    pub url: Option<String>,
    /// The days of notice the contracts promise before a new subprocessor takes effect:
    /// `check` warns when one is announced closer to its `effective` day than this.
    #[serde(default)]
    pub subprocessor_notice_days: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Allow,
    Info,
    Warning,
    Error,
}

fn default_formats() -> Vec<Format> {
    vec![Format::Md, Format::Html, Format::Pdf]
}

fn default_out() -> PathBuf {
    PathBuf::from("out")
}

/// A project: its root folder and configuration.
#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
    /// Every file of the project is read through it.
    pub tree: crate::files::Tree,
    pub config: Config,
}

/// Why a project could not be opened.
#[derive(Debug)]
pub enum ProjectError {
    /// The file could not be read (a tool failure: exit 2).
    Io(anyhow::Error),
    /// The file is not a valid configuration (a content problem: exit 1).
    Invalid(Vec<Diagnostic>),
}

impl Project {
    /// Read and check `whitepaper.toml` in `root`.
    pub fn open(tree: &crate::files::Tree, sources: &mut Sources) -> Result<Project, ProjectError> {
        let root = tree.root();
        let path = root.join(CONFIG_FILE);
        let rel = PathBuf::from(CONFIG_FILE);
        let text = tree.read_to_string(&path).map_err(|e| {
            if crate::files::is_outside(&e) || crate::files::is_not_utf8(&e) {
                ProjectError::Invalid(vec![crate::files::read_error(&rel, &e)])
            } else {
                ProjectError::Io(anyhow::anyhow!(
                    "cannot read {}: {e} (is {} a whitepaper project?)",
                    path.display(),
                    root.display()
                ))
            }
        })?;
        sources.insert(&rel, &text);
        let config: Config = toml::from_str(&text)
            .map_err(|e| ProjectError::Invalid(vec![crate::diag::toml_error(&rel, &e)]))?;
        // The same lists again, with where each entry is, for the diagnostics below.
        #[derive(Deserialize)]
        struct Lists {
            languages: Vec<toml::Spanned<String>>,
            editions: Vec<toml::Spanned<String>>,
        }
        let lists: Lists = toml::from_str(&text)
            .map_err(|e| ProjectError::Invalid(vec![crate::diag::toml_error(&rel, &e)]))?;
        let mut diags = Vec::new();
        let id_ok = whitepaper_core::ids::is_name;
        for (what, list) in [("language", &lists.languages), ("edition", &lists.editions)] {
            if list.is_empty() {
                let at = text
                    .find(&format!("{what}s"))
                    .map(|i| i..i + what.len() + 1);
                diags.push(
                    Diagnostic::error("config", &rel, format!("no {what} is configured"))
                        .with_span(at),
                );
            }
            for (i, id) in list.iter().enumerate() {
                let span = Some(id.span());
                if !id_ok(id.get_ref()) {
                    diags.push(
                        Diagnostic::error(
                            "config",
                            &rel,
                            format!("invalid {what} id `{}`", id.get_ref()),
                        )
                        .with_span(span.clone())
                        .with_help("use ASCII letters, digits and `-`"),
                    );
                }
                if list[..i].iter().any(|o| o.get_ref() == id.get_ref()) {
                    diags.push(
                        Diagnostic::error(
                            "config",
                            &rel,
                            format!("{what} `{}` is listed twice", id.get_ref()),
                        )
                        .with_span(span),
                    );
                }
            }
        }
        // `[check.severity]` names codes: one the tool never reports is a typo.
        #[derive(Deserialize)]
        struct Severities {
            #[serde(default)]
            check: Option<SeverityTable>,
        }
        #[derive(Deserialize)]
        struct SeverityTable {
            #[serde(default)]
            severity: BTreeMap<toml::Spanned<String>, toml::Value>,
        }
        if let Ok(Severities { check: Some(t) }) = toml::from_str::<Severities>(&text) {
            for code in t.severity.keys() {
                if !crate::diag::CODES.contains(&code.get_ref().as_str()) {
                    let close =
                        crate::diag::closest(code.get_ref(), crate::diag::CODES.iter().copied())
                            .map(|c| format!("did you mean `{c}`? "))
                            .unwrap_or_default();
                    diags.push(
                        Diagnostic::error(
                            "config",
                            &rel,
                            format!("`{}` is not a finding code of `check`", code.get_ref()),
                        )
                        .with_span(Some(code.span()))
                        .with_help(format!("{close}the codes are listed in docs/commands.md")),
                    );
                }
            }
        }
        if !diags.is_empty() {
            return Err(ProjectError::Invalid(diags));
        }
        Ok(Project {
            root: root.to_path_buf(),
            tree: tree.clone(),
            config,
        })
    }
}
