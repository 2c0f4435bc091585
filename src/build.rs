//! `whitepaper build`: load → documents → passes (`--since` marks, `--recipient` stamps) →
//! artifacts → `out/`, written all or nothing.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::config::Format;
use crate::diag::{Diagnostic, Sources};
use crate::files::Tree;
use crate::pipeline::{BuildError, Loaded, load, render_document, today};
use crate::render::artifacts::Artifact;
use crate::template;
use whitepaper_core::document::Document;

/// Checked arguments of `whitepaper build`.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Output folder; default: the project's `out_dir`.
    pub out: Option<PathBuf>,
    /// Narrowing: empty means all configured.
    pub langs: Vec<String>,
    pub editions: Vec<String>,
    pub formats: Vec<Format>,
    /// `SOURCE_DATE_EPOCH`: the timestamp written into file metadata, when set.
    pub source_date_epoch: Option<i64>,
    /// The PDF standard, over `pdf_standard` of whitepaper.toml.
    pub pdf_standard: Option<crate::config::PdfStandard>,
    /// `--since REV`: mark the sections whose facts changed since that version (HTML and
    /// PDF), for reviewers. The canonical build has none.
    pub since: Option<crate::changes::Side>,
    /// `--recipient`: write stamped PDF copies for this recipient under
    /// `out/recipients/<id>/` (and list them in the ledger) instead of the editions.
    pub recipient: Option<crate::recipients::Recipient>,
}

/// What a successful build wrote.
#[derive(Debug)]
pub struct BuildReport {
    pub out_dir: PathBuf,
    pub artifacts: Vec<(PathBuf, usize)>,
    pub elapsed: std::time::Duration,
    pub warnings: Vec<Diagnostic>,
    pub sources: Sources,
}

/// Check a narrowing list against what is configured.
fn narrow(asked: &[String], configured: &[String], what: &str) -> anyhow::Result<Vec<String>> {
    if asked.is_empty() {
        return Ok(configured.to_vec());
    }
    for a in asked {
        if !configured.contains(a) {
            anyhow::bail!(
                "unknown {what} `{a}`: configured {what}s are {}",
                configured.join(", ")
            );
        }
    }
    Ok(configured
        .iter()
        .filter(|c| asked.contains(c))
        .cloned()
        .collect())
}

/// Build: render everything in memory, then write it all at once. A failure anywhere leaves
/// the output folder exactly as it was.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, BuildError> {
    let start = Instant::now();
    // Loading and rendering are bounded in time; publishing is not interrupted.
    let watchdog = crate::limits::arm(crate::limits::time_limit());
    let tree = Tree::disk(&opts.root);
    let (loaded, docs, mut artifacts) = render_all(opts, &tree)?;
    let cfg = &loaded.project.config;
    let content = |d: Vec<Diagnostic>, sources: &Sources| BuildError::Content {
        sources: Box::new(sources.clone()),
        diagnostics: d,
    };
    let out_dir = opts
        .out
        .clone()
        .unwrap_or_else(|| opts.root.join(&cfg.out_dir));
    let (published, left) = match &opts.recipient {
        // the recipient pass: stamped copies under out/recipients/<id>/, listed in the ledger
        Some(r) => {
            drop(watchdog);
            crate::recipients::publish_copies(&opts.root, r, &docs, artifacts, &out_dir)?
        }
        None => {
            let day = today(opts.source_date_epoch);
            artifacts.extend(
                crate::security_txt::artifact(&loaded.facts.facts, &cfg.languages, day)
                    .map_err(|d| content(vec![d], &loaded.sources))?,
            );
            drop(watchdog);
            crate::publish::guard_out_dir(&opts.root, &out_dir)?;
            let left = crate::publish::publish(&out_dir, &artifacts)?;
            (artifacts, left)
        }
    };
    let mut warnings = loaded.warnings;
    warnings.extend(crate::publish::leftover_warnings(&left));
    Ok(BuildReport {
        artifacts: published
            .iter()
            .map(|a| (out_dir.join(&a.path), a.bytes.len()))
            .collect(),
        out_dir,
        elapsed: start.elapsed(),
        warnings,
        sources: loaded.sources,
    })
}

/// Everything a build writes, rendered in memory: the project loaded, its documents, and
/// their files (`<lang>/<edition>.<ext>`, not yet security.txt). `build` publishes them;
/// `site` publishes them inside the trust center.
pub fn render_all(
    opts: &BuildOptions,
    tree: &Tree,
) -> Result<(Loaded, Vec<Document>, Vec<Artifact>), BuildError> {
    // The PDF fonts are parsed beside loading and templates (a project without PDFs just
    // drops them): they were a tenth of the build, on the one core, before any rendering.
    let early_fonts = (opts.formats.is_empty() || opts.formats.contains(&Format::Pdf)).then(|| {
        let tree = tree.clone();
        std::thread::spawn(move || crate::render::pdf_fonts(&tree))
    });
    let mut loaded = load(tree)?;
    let cfg = &loaded.project.config;
    let langs = narrow(&opts.langs, &cfg.languages, "language")?;
    let editions = narrow(&opts.editions, &cfg.editions, "edition")?;
    let formats = if opts.recipient.is_some() {
        if opts.formats.iter().any(|f| *f != Format::Pdf) {
            return Err(BuildError::Tool(anyhow::anyhow!(
                "a recipient's copies are PDFs: drop --format, or give --format pdf"
            )));
        }
        vec![Format::Pdf]
    } else if opts.formats.is_empty() {
        cfg.formats.clone()
    } else {
        opts.formats.clone()
    };
    let facts_json = template::facts_json(&loaded.facts.facts);

    let mut diags = Vec::new();
    let mut docs = Vec::new();
    let pairs: Vec<(&String, &String)> = editions
        .iter()
        .flat_map(|ed| langs.iter().map(move |lang| (ed, lang)))
        .collect();
    let order: Vec<usize> = (0..pairs.len()).collect();
    let rendered = whitepaper_core::pool::on_all_cores(&pairs, &order, |(ed, lang)| {
        render_document(&loaded, &facts_json, ed, lang, opts.source_date_epoch)
    });
    for result in rendered {
        match result {
            Ok(mut d) => {
                if let Some(std) = opts.pdf_standard {
                    d.meta.pdf_a = std == crate::config::PdfStandard::A2b;
                }
                for f in crate::markup::unsafe_markup(&d, &loaded.sources) {
                    if !diags.contains(&f) {
                        diags.push(f);
                    }
                }
                docs.push(d)
            }
            Err(d) if !diags.contains(&d) => diags.push(d),
            Err(_) => {} // the same problem in another edition
        }
    }
    if diags.is_empty()
        && let Some(side) = &opts.since
    {
        crate::changes::mark_changes(&loaded, side, &opts.root, &mut docs)?;
    }
    if diags.is_empty()
        && let Some(r) = &opts.recipient
    {
        // one clear error for a name the fonts cannot print, not one per copy
        let unprintable = crate::render::with_pdf_coverage(tree, |prints| {
            r.name.chars().find(|&c| !c.is_whitespace() && !prints(c))
        })
        .map_err(|d| BuildError::Content {
            sources: Box::new(loaded.sources.clone()),
            diagnostics: vec![d],
        })?;
        if let Some(c) = unprintable {
            return Err(BuildError::Tool(anyhow::anyhow!(
                "the PDF fonts have no glyph for {c:?} (U+{:04X}) in the recipient's name: it cannot be stamped",
                c as u32
            )));
        }
        let date_iso = today(opts.source_date_epoch).to_string();
        for d in docs.iter_mut() {
            match crate::recipients::stamp(&loaded.localizer, r, &d.lang, &date_iso) {
                Ok(s) => d.meta.stamp = Some(s),
                Err(e) if !diags.contains(&e) => diags.push(e),
                Err(_) => {}
            }
        }
    }
    if !diags.is_empty() {
        return Err(BuildError::Content {
            sources: Box::new(loaded.sources),
            diagnostics: diags,
        });
    }
    let content = |d: Vec<Diagnostic>, sources: &Sources| BuildError::Content {
        sources: Box::new(sources.clone()),
        diagnostics: d,
    };
    // The HTML theme, read once; a project's own layout can fail to render: its lines are
    // shown in diagnostics.
    let theme = if formats.contains(&Format::Html) {
        let theme =
            crate::render::html_theme(tree).map_err(|d| content(vec![d], &loaded.sources))?;
        if theme.layout != crate::render::html::Theme::builtin().layout {
            loaded
                .sources
                .insert(Path::new(crate::render::html::LAYOUT_FILE), &theme.layout);
        }
        Some(theme)
    } else {
        None
    };
    let artifacts =
        crate::render::artifacts::render_artifacts(&loaded, &docs, &formats, theme, early_fonts)
            .map_err(|d| content(d, &loaded.sources))?;
    Ok((loaded, docs, artifacts))
}
