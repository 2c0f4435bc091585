//! `whitepaper site`: a static trust center from the same facts, deployable to any static host.
//!
//! ```text
//! <out>/index.html                 the languages to choose from (no script)
//! <out>/<lang>/index.html          the company, its certifications, the editions to download,
//!                                  the security contact
//! <out>/<lang>/subprocessors.html  current, announced and leaving subprocessors
//! <out>/<lang>/changes.html        every release with its changes; what changed since the last
//! <out>/<lang>/changes.atom        releases and subprocessor announcements (Atom, stable ids)
//! <out>/<lang>/<edition>.{html,pdf,md}   the editions, as `build` makes them
//! <out>/subprocessors.json         machine-readable (`whitepaper-subprocessors/1`)
//! <out>/.well-known/security.txt
//! ```
//!
//! The pages are Markdown templates (`templates/site/*.md`, overridable like every template)
//! set in the editions' HTML layout; every date comes from the facts and the release records,
//! never the clock, so two runs are byte-identical.

mod data;
mod feed;

use std::path::{Path, PathBuf};

use crate::build::BuildOptions;
use crate::diag::{Diagnostic, Sources};
use crate::files::Tree;
use crate::pipeline::{BuildError, Loaded, today};
use crate::render::artifacts::Artifact;
use whitepaper_core::document::{Alternate, Document};

pub use data::SUBPROCESSORS_SCHEMA;

/// The pages of each language, by template name.
const PAGES: &[&str] = &["index", "subprocessors", "changes"];

#[derive(Debug, Clone, Default)]
pub struct SiteOptions {
    pub root: PathBuf,
    /// Default: `<out_dir>/site`.
    pub out: Option<PathBuf>,
    pub source_date_epoch: Option<i64>,
}

#[derive(Debug)]
pub struct SiteReport {
    pub out_dir: PathBuf,
    pub files: Vec<(PathBuf, usize)>,
    pub warnings: Vec<Diagnostic>,
    pub sources: Sources,
}

/// [`site`] with "today" from `SOURCE_DATE_EPOCH` or the clock (the command).
pub fn site_here(root: PathBuf, out: Option<PathBuf>) -> Result<SiteReport, BuildError> {
    let source_date_epoch =
        crate::pipeline::source_date_epoch().map_err(|e| BuildError::Tool(anyhow::anyhow!(e)))?;
    site(&SiteOptions {
        root,
        out,
        source_date_epoch,
    })
}

/// Build the trust center in memory, then write it all at once (like `build`).
pub fn site(opts: &SiteOptions) -> Result<SiteReport, BuildError> {
    let watchdog = crate::limits::arm(crate::limits::time_limit());
    let tree = Tree::disk(&opts.root);
    let (loaded, docs, files) = crate::build::render_all(
        &BuildOptions {
            root: opts.root.clone(),
            source_date_epoch: opts.source_date_epoch,
            ..Default::default()
        },
        &tree,
    )?;
    let content = |d: Vec<Diagnostic>, loaded: &Loaded| BuildError::Content {
        sources: Box::new(loaded.sources.clone()),
        diagnostics: d,
    };
    let day = today(opts.source_date_epoch);
    let cfg = &loaded.project.config;
    let mut files = files;
    files.extend(
        crate::security_txt::artifact(&loaded.facts.facts, &cfg.languages, day)
            .map_err(|d| content(vec![d], &loaded))?,
    );
    let unreleased = data::unreleased(&opts.root, &loaded)?;
    let theme = crate::render::html_theme(&tree).map_err(|d| content(vec![d], &loaded))?;
    let facts_json = crate::template::facts_json(&loaded.facts.facts);
    let mut pages = Vec::new();
    for lang in &cfg.languages {
        let site = data::context(&loaded, &files, lang, day, &unreleased)
            .map_err(|d| content(vec![d], &loaded))?;
        let Some(model) = docs.iter().find(|d| &d.lang == lang) else {
            continue;
        };
        for page in PAGES {
            let doc = page_document(&loaded, &facts_json, &site, model, lang, page)
                .map_err(|d| content(vec![d], &loaded))?;
            let html =
                crate::render::html_bytes(&doc, &theme).map_err(|d| content(vec![d], &loaded))?;
            pages.push(Artifact {
                path: Path::new(lang).join(format!("{page}.html")),
                bytes: html,
            });
        }
        pages.push(Artifact {
            path: Path::new(lang).join("changes.atom"),
            bytes: feed::atom(&loaded, &site, lang).into_bytes(),
        });
    }
    pages.push(choose_language(&loaded, &docs, &theme).map_err(|d| content(vec![d], &loaded))?);
    pages.push(Artifact {
        path: PathBuf::from("subprocessors.json"),
        bytes: data::subprocessors_json(&loaded, day).into_bytes(),
    });
    files.extend(pages);
    let out_dir = opts
        .out
        .clone()
        .unwrap_or_else(|| opts.root.join(&loaded.project.config.out_dir).join("site"));
    drop(watchdog);
    crate::publish::guard_out_dir(&opts.root, &out_dir)?;
    let left = crate::publish::publish(&out_dir, &files)?;
    let mut warnings = loaded.warnings;
    warnings.extend(crate::publish::leftover_warnings(&left));
    Ok(SiteReport {
        files: files
            .iter()
            .map(|a| (out_dir.join(&a.path), a.bytes.len()))
            .collect(),
        out_dir,
        warnings,
        sources: loaded.sources,
    })
}

/// One page of the site in `lang`: `templates/site/<page>.md` with the facts and `site`, set
/// as a document whose header is the site's (`model`: an edition in that language, for the
/// language's labels).
fn page_document(
    loaded: &Loaded,
    facts_json: &serde_json::Value,
    site: &serde_json::Value,
    model: &Document,
    lang: &str,
    page: &str,
) -> Result<Document, Diagnostic> {
    let mut ctx = crate::template::facts_context(facts_json, lang);
    ctx.insert("site", site);
    ctx.insert("page", page);
    ctx.insert("languages", &loaded.project.config.languages);
    let body = loaded
        .templates
        .render(&format!("site/{page}.md"), &ctx, &loaded.sources)?;
    let markdown = crate::typography::apply(&crate::markdown::tidy(&body), lang);
    let company = site["company"].as_str().unwrap_or_default();
    let msg = |key: &str| site_message(loaded, lang, key, company);
    let mut doc = site_document(model, msg(&format!("site-{page}-title"))?, markdown);
    let meta = &mut doc.meta;
    meta.subject = msg("site-subject")?;
    meta.date = site["updated"].as_str().unwrap_or_default().to_string();
    meta.date_iso = site["updated_iso"].as_str().unwrap_or_default().to_string();
    meta.date_label = msg("site-updated")?;
    meta.alternates = model
        .meta
        .alternates
        .iter()
        .map(|a| Alternate {
            href_stem: format!("../{}/{page}", a.lang),
            ..a.clone()
        })
        .collect();
    Ok(doc)
}

/// A page of the site in `model`'s language, with `model`'s labels and none of an edition's
/// version, dates, alternates, change marks or stamp.
fn site_document(model: &Document, title: String, markdown: String) -> Document {
    let mut meta = model.meta.clone();
    meta.title = title;
    meta.subject = String::new();
    meta.version = String::new();
    meta.version_label = String::new();
    meta.date = String::new();
    meta.date_iso = String::new();
    meta.alternates = Vec::new();
    meta.since = None;
    meta.stamp = None;
    Document {
        edition: "site".into(),
        lang: model.lang.clone(),
        markdown,
        meta,
        numbered: Vec::new(),
    }
}

/// `index.html` at the top: each language's trust center, by its name, in the first
/// language's layout (no redirect, no script).
fn choose_language(
    loaded: &Loaded,
    docs: &[Document],
    theme: &crate::render::html::Theme,
) -> Result<Artifact, Diagnostic> {
    let cfg = &loaded.project.config;
    let first = &cfg.languages[0];
    let model = docs.iter().find(|d| &d.lang == first).ok_or_else(|| {
        Diagnostic::error("missing-template", "whitepaper.toml", "no edition renders")
    })?;
    let mut markdown = String::new();
    for lang in &cfg.languages {
        let Some(doc) = docs.iter().find(|d| &d.lang == lang) else {
            continue;
        };
        let title = site_message(loaded, lang, "site-index-title", &doc.meta.company)?;
        markdown.push_str(&format!(
            "- [{}]({lang}/index.html) — {}\n",
            crate::markdown::escape(&doc.meta.lang_name),
            crate::markdown::escape(&title)
        ));
    }
    let title = site_message(loaded, first, "site-index-title", &model.meta.company)?;
    let doc = site_document(model, title, markdown);
    let html = crate::render::html_bytes(&doc, theme)?;
    Ok(Artifact {
        path: PathBuf::from("index.html"),
        bytes: html,
    })
}

/// The site's message `key` in `lang`, with the company's name in that language.
fn site_message(
    loaded: &Loaded,
    lang: &str,
    key: &str,
    company: &str,
) -> Result<String, Diagnostic> {
    let args = [("company", crate::l10n::Arg::Str(company.to_string()))];
    loaded
        .localizer
        .format(lang, key, &args)
        .map_err(|e| Diagnostic::error("missing-message", format!("locales/{lang}"), e))
}
