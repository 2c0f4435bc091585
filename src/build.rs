//! The build pipeline: project → facts → localizer → documents → artifacts → `out/`.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::config::{Format, Project, ProjectError};
use crate::diag::{Diagnostic, Sources};
use crate::facts::{self, Edition, Facts, LoadOptions};
use crate::l10n::{Arg, Localizer};
use crate::template::{self, Templates};
use whitepaper_core::document::{Alternate, DocMeta, Document};

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
    pub since: Option<crate::diff::Side>,
    /// `--recipient`: write stamped PDF copies for this recipient under
    /// `out/recipients/<id>/` (and list them in the ledger) instead of the editions.
    pub recipient: Option<crate::recipients::Recipient>,
}

/// One output file, in memory until the whole build has succeeded.
#[derive(Debug, Clone)]
pub struct Artifact {
    /// Path relative to the output folder: `<lang>/<edition>.<ext>`,
    /// `.well-known/security.txt`.
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// "Today" (UTC): the day of `SOURCE_DATE_EPOCH` when set (reproducible runs), else of the
/// clock.
pub fn today(source_date_epoch: Option<i64>) -> (u16, u8, u8) {
    let secs = source_date_epoch.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0)
    });
    crate::check::civil_date(secs)
}

/// Why a build stopped.
#[derive(Debug)]
pub enum BuildError {
    /// The project's files have problems (exit 1). Sources let `main` show the lines.
    Content {
        sources: Box<Sources>,
        diagnostics: Vec<Diagnostic>,
    },
    /// The tool could not run: bad arguments, I/O (exit 2).
    Tool(anyhow::Error),
}

impl From<anyhow::Error> for BuildError {
    fn from(e: anyhow::Error) -> Self {
        BuildError::Tool(e)
    }
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

/// Everything read from a project, ready to render.
pub struct Loaded {
    pub project: Project,
    pub sources: Sources,
    pub facts: facts::Loaded,
    pub localizer: Arc<Localizer>,
    pub templates: Templates,
    pub warnings: Vec<Diagnostic>,
}

/// Read a project: configuration, facts, messages and templates. Every stage runs even when
/// an earlier one failed, so one run reports all problems.
pub fn load(root: &Path) -> Result<Loaded, BuildError> {
    let mut sources = Sources::default();
    let project = match Project::open(root, &mut sources) {
        Ok(p) => p,
        Err(ProjectError::Io(e)) => return Err(BuildError::Tool(e)),
        Err(ProjectError::Invalid(d)) => {
            return Err(BuildError::Content {
                sources: Box::new(sources),
                diagnostics: d,
            });
        }
    };
    let cfg = &project.config;
    let mut diags = Vec::new();
    let facts = facts::load(
        &LoadOptions {
            root,
            languages: &cfg.languages,
            editions: &cfg.editions,
        },
        &mut sources,
    );
    let wording = facts
        .as_ref()
        .map(|f| f.wording.clone())
        .unwrap_or_default();
    let localizer = Localizer::load(root, &cfg.languages, &wording, &mut sources);
    let localizer = match localizer {
        Ok(l) => {
            if let Ok(f) = &facts {
                diags.extend(crate::l10n::check_terms(&f.terms, &l, &cfg.languages));
            }
            // a reference to an undefined message or term, named at its .ftl line (Fluent
            // itself would only say so when the message is formatted, naming no file)
            diags.extend(crate::check::fluent::missing_references(
                &crate::check::fluent::entries(&l),
            ));
            Some(Arc::new(l))
        }
        Err(d) => {
            diags.extend(d);
            None
        }
    };
    let templates = match &localizer {
        Some(l) => match Templates::load(root, l.clone(), &mut sources) {
            Ok(t) => Some(t),
            Err(d) => {
                diags.extend(d);
                None
            }
        },
        None => None,
    };
    for ed in &cfg.editions {
        if let Some(t) = &templates
            && !t.has(&format!("{ed}.md"))
        {
            diags.push(
                Diagnostic::error(
                    "missing-template",
                    format!("templates/{ed}.md"),
                    format!("edition `{ed}` has no template"),
                )
                .with_help("every edition in whitepaper.toml needs templates/<edition>.md"),
            );
        }
    }
    let facts = match facts {
        Ok(f) => Some(f),
        Err(d) => {
            diags.splice(0..0, d);
            None
        }
    };
    match (facts, localizer, templates) {
        (Some(facts), Some(localizer), Some(templates)) if diags.is_empty() => {
            let warnings = facts.warnings.clone();
            Ok(Loaded {
                project,
                sources,
                facts,
                localizer,
                templates,
                warnings,
            })
        }
        _ => {
            let (errors, warnings): (Vec<_>, Vec<_>) = diags
                .into_iter()
                .partition(|d| d.severity == crate::diag::Severity::Error);
            let mut all = errors;
            all.extend(warnings);
            Err(BuildError::Content {
                sources: Box::new(sources),
                diagnostics: all,
            })
        }
    }
}

/// Render one edition in one language to Markdown.
/// `YYYYMMDDHHMMSS` (UTC) of a Unix timestamp.
fn timestamp(secs: i64) -> String {
    let (y, m, d) = crate::check::civil_date(secs);
    let t = secs.rem_euclid(86_400);
    format!(
        "{y:04}{m:02}{d:02}{:02}{:02}{:02}",
        t / 3600,
        t % 3600 / 60,
        t % 60
    )
}

/// Render one edition in one language to Markdown. `source_date_epoch` only dates file
/// metadata (see [`DocMeta::timestamp`]).
pub fn render_document(
    loaded: &Loaded,
    facts_json: &serde_json::Value,
    edition: &str,
    lang: &str,
    source_date_epoch: Option<i64>,
) -> Result<Document, Diagnostic> {
    crate::limits::stage(format!("templates/{edition}.md ({lang})"));
    let cfg = &loaded.project.config;
    let facts: &Facts = &loaded.facts.facts;
    let ed = facts.editions.get(edition).ok_or_else(|| {
        Diagnostic::error(
            "missing-file",
            format!("content/editions/{edition}.toml"),
            "this edition has no facts file",
        )
    })?;
    let l = &loaded.localizer;
    let msg = |key: &str, args: &[(&str, Arg)]| {
        l.format(lang, key, args).map_err(|e| {
            Diagnostic::error("missing-message", format!("locales/{lang}"), e)
                .with_help(format!("add `{key} = …` to a file in locales/{lang}/"))
        })
    };
    let edition_ctx = edition_context(ed, edition, lang, l)
        .map_err(|e| Diagnostic::error("missing-message", format!("locales/{lang}"), e))?;
    let mut ctx = template::facts_context(facts_json, lang);
    ctx.insert("edition", &edition_ctx);
    ctx.insert("edition_id", edition);
    ctx.insert("languages", &cfg.languages);
    let body = loaded
        .templates
        .render(&format!("{edition}.md"), &ctx, &loaded.sources)?;
    let markdown = crate::render::markdown::tidy(&body);
    let (markdown, numbered) = crate::numbering::apply_listing(&markdown, &LangNumbers { l, lang }).map_err(|e| {
        let template = PathBuf::from("templates").join(format!("{edition}.md"));
        match e {
            crate::numbering::NumberingError::Message(m) => {
                Diagnostic::error("missing-message", format!("locales/{lang}"), m)
                    .with_help("numbers need `number-<scheme>` and `heading-numbered` in every language")
            }
            crate::numbering::NumberingError::UnknownTarget(id) => Diagnostic::error(
                "broken-reference",
                template,
                format!("a cross-reference `[](#{id})` names no heading of the `{lang}` {edition}"),
            )
            .with_help("the section it points to did not render: its facts are missing, or the id is misspelt"),
        }
    })?;
    let markdown = crate::typography::apply(&markdown, lang);
    let text = |t: &Option<facts::Text>| {
        t.as_ref()
            .and_then(|t| t.get(lang))
            .unwrap_or_default()
            .to_string()
    };
    let meta = DocMeta {
        lang: lang.to_string(),
        lang_name: msg("lang-name", &[])?,
        title: crate::typography::plain(ed.title.get(lang).unwrap_or_default(), lang),
        subject: crate::typography::plain(ed.subject.get(lang).unwrap_or_default(), lang),
        company: crate::typography::plain(&text(&facts.company.name), lang),
        version: ed.version.get_ref().clone(),
        version_label: msg(
            "version-label",
            &[("version", Arg::Str(ed.version.get_ref().clone()))],
        )?,
        date: edition_ctx.date.clone(),
        date_iso: edition_ctx.date_iso.clone(),
        date_label: msg("date-label", &[])?,
        toc_title: msg("toc-title", &[])?,
        note_mark: msg("note-mark", &[])?,
        timestamp: source_date_epoch.map(timestamp),
        alternates: cfg
            .languages
            .iter()
            .filter(|o| *o != lang)
            .map(|o| {
                Ok(Alternate {
                    lang: o.clone(),
                    lang_name: l.format(o, "lang-name", &[]).map_err(|e| {
                        Diagnostic::error("missing-message", format!("locales/{o}"), e)
                    })?,
                    href_stem: format!("../{o}/{edition}"),
                })
            })
            .collect::<Result<_, Diagnostic>>()?,
        pdf_a: cfg.pdf_standard == crate::config::PdfStandard::A2b,
        since: None,
        stamp: None,
    };
    Ok(Document {
        edition: edition.to_string(),
        lang: lang.to_string(),
        markdown,
        meta,
        numbered,
    })
}

/// Number forms from the document language's messages.
struct LangNumbers<'a> {
    l: &'a Localizer,
    lang: &'a str,
}

impl crate::numbering::NumberFormat for LangNumbers<'_> {
    fn number(&self, scheme: &str, n: u32, path: &str) -> Result<String, String> {
        self.l.format(
            self.lang,
            &format!("number-{scheme}"),
            &[
                ("n", Arg::Num(n as f64)),
                ("path", Arg::Str(path.to_string())),
            ],
        )
    }
    fn heading(&self, number: &str, title: &str) -> Result<String, String> {
        self.l.format(
            self.lang,
            "heading-numbered",
            &[
                ("number", Arg::Str(number.to_string())),
                ("title", Arg::Str(title.to_string())),
            ],
        )
    }
}

/// What templates see as `edition`.
#[derive(Debug, serde::Serialize)]
pub struct EditionContext {
    pub id: String,
    pub title: String,
    pub version: String,
    /// Latest revision date, localized (empty if the source gives none).
    pub date: String,
    pub date_iso: String,
    pub revisions: Vec<RevisionContext>,
}

#[derive(Debug, serde::Serialize)]
pub struct RevisionContext {
    pub version: String,
    pub date: String,
    pub date_iso: String,
    pub changes: Vec<String>,
}

fn edition_context(
    ed: &Edition,
    id: &str,
    lang: &str,
    l: &Localizer,
) -> Result<EditionContext, String> {
    let revisions = ed
        .revisions
        .iter()
        .map(|r| {
            let date_iso = r
                .ymd()
                .map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
                .unwrap_or_default();
            let date = if date_iso.is_empty() {
                String::new()
            } else {
                template::format_date(l, lang, &date_iso)?
            };
            Ok(RevisionContext {
                version: r.version.get_ref().clone(),
                date,
                date_iso,
                changes: r
                    .changes
                    .iter()
                    .map(|c| c.get(lang).unwrap_or_default().to_string())
                    .collect(),
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let (date, date_iso) = revisions
        .last()
        .map(|r| (r.date.clone(), r.date_iso.clone()))
        .unwrap_or_default();
    Ok(EditionContext {
        id: id.to_string(),
        title: ed.title.get(lang).unwrap_or_default().to_string(),
        version: ed.version.get_ref().clone(),
        date,
        date_iso,
        revisions,
    })
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
    // The PDF fonts are parsed beside loading and templates (a project without PDFs just
    // drops them): they were a tenth of the build, on the one core, before any rendering.
    let early_fonts = (opts.formats.is_empty() || opts.formats.contains(&Format::Pdf)).then(|| {
        let root = opts.root.clone();
        std::thread::spawn(move || crate::render::pdf_fonts(&root))
    });
    let mut loaded = load(&opts.root)?;
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
    let rendered = on_all_cores(&pairs, &order, |(ed, lang)| {
        render_document(&loaded, &facts_json, ed, lang, opts.source_date_epoch)
    });
    for result in rendered {
        match result {
            Ok(mut d) => {
                if let Some(std) = opts.pdf_standard {
                    d.meta.pdf_a = std == crate::config::PdfStandard::A2b;
                }
                for f in crate::check::links::unsafe_markup(&d, &loaded.sources) {
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
        mark_changes(&loaded, side, &opts.root, &mut docs)?;
    }
    if diags.is_empty()
        && let Some(r) = &opts.recipient
    {
        // one clear error for a name the fonts cannot print, not one per copy
        let unprintable = crate::render::with_pdf_coverage(&opts.root, |prints| {
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
        let date_iso = {
            let (y, m, d) = today(opts.source_date_epoch);
            format!("{y:04}-{m:02}-{d:02}")
        };
        for d in docs.iter_mut() {
            match stamp(&loaded.localizer, r, &d.lang, &date_iso) {
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
    // A project's own HTML layout can fail to render: show its lines in diagnostics.
    let layout = PathBuf::from(crate::render::html::LAYOUT_FILE);
    if let Ok(text) = crate::project_fs::read_to_string(&opts.root, &opts.root.join(&layout)) {
        loaded.sources.insert(&layout, &text);
    }
    let mut artifacts = render_artifacts(&loaded, &docs, &formats, early_fonts).map_err(|d| {
        BuildError::Content {
            sources: Box::new(loaded.sources.clone()),
            diagnostics: d,
        }
    })?;
    let out_dir = opts
        .out
        .clone()
        .unwrap_or_else(|| opts.root.join(&cfg.out_dir));
    if let Some(r) = &opts.recipient {
        drop(watchdog);
        return publish_copies(opts, &loaded, r, &docs, artifacts, out_dir, start);
    }
    let security_txt = crate::security_txt::render(
        &loaded.facts.facts,
        &cfg.languages,
        today(opts.source_date_epoch),
    )
    .map_err(|d| BuildError::Content {
        sources: Box::new(loaded.sources.clone()),
        diagnostics: vec![d],
    })?;
    if let Some(text) = security_txt {
        artifacts.push(Artifact {
            path: PathBuf::from(crate::security_txt::PATH),
            bytes: text.into_bytes(),
        });
    }
    drop(watchdog);
    guard_out_dir(&opts.root, &out_dir)?;
    crate::publish::publish(&out_dir, &artifacts)?;
    Ok(BuildReport {
        artifacts: artifacts
            .iter()
            .map(|a| (out_dir.join(&a.path), a.bytes.len()))
            .collect(),
        out_dir,
        elapsed: start.elapsed(),
        warnings: loaded.warnings,
        sources: loaded.sources,
    })
}

/// Publishing replaces the output folder whole: never the project itself or a folder that
/// holds it.
fn guard_out_dir(root: &Path, out_dir: &Path) -> Result<(), BuildError> {
    if let (Ok(root), Ok(out)) = (
        std::fs::canonicalize(root),
        std::path::absolute(out_dir).and_then(|o| std::fs::canonicalize(&o).or(Ok(o))),
    ) && root.starts_with(&out)
    {
        return Err(BuildError::Tool(anyhow::anyhow!(
            "the output folder {} is the project folder or holds it: choose a folder of its own (e.g. out/)",
            out_dir.display()
        )));
    }
    Ok(())
}

/// The stamp of a recipient's copy in `lang`.
fn stamp(
    l: &Localizer,
    r: &crate::recipients::Recipient,
    lang: &str,
    date_iso: &str,
) -> Result<whitepaper_core::document::Stamp, Diagnostic> {
    let missing = |e: String| {
        Diagnostic::error("missing-message", format!("locales/{lang}"), e)
            .with_help("a recipient's copy needs `recipient-stamp` (and `recipient-watermark` for --watermark) in every language")
    };
    let date = template::format_date(l, lang, date_iso).map_err(missing)?;
    let args = [
        ("recipient", Arg::Str(r.name.clone())),
        ("id", Arg::Str(r.id.clone())),
        ("date", Arg::Str(date)),
    ];
    Ok(whitepaper_core::document::Stamp {
        recipient: r.name.clone(),
        id: r.id.clone(),
        date_iso: date_iso.to_string(),
        footer: l.format(lang, "recipient-stamp", &args).map_err(missing)?,
        watermark: if r.watermark {
            Some(
                l.format(lang, "recipient-watermark", &args)
                    .map_err(missing)?,
            )
        } else {
            None
        },
    })
}

/// `build --recipient`: list the stamped copies in the ledger, then publish them under
/// `out/recipients/<id>/`, leaving every other file of `out/` as it was. The ledger is
/// written first: a copy that exists is always listed (a listed copy whose publishing
/// failed stays listed: the ledger is never rewritten).
fn publish_copies(
    opts: &BuildOptions,
    loaded: &Loaded,
    r: &crate::recipients::Recipient,
    docs: &[Document],
    artifacts: Vec<Artifact>,
    out_dir: PathBuf,
    start: Instant,
) -> Result<BuildReport, BuildError> {
    guard_out_dir(&opts.root, &out_dir)?;
    let base = Path::new(crate::recipients::DIR).join(&r.id);
    // each copy beside the document it is of (the artifacts are the documents' PDFs)
    let copies: Vec<(&Document, Artifact)> = artifacts
        .into_iter()
        .filter_map(|a| {
            let doc = docs
                .iter()
                .find(|d| a.path == PathBuf::from(&d.lang).join(format!("{}.pdf", d.edition)))?;
            Some((
                doc,
                Artifact {
                    path: base.join(&a.path),
                    bytes: a.bytes,
                },
            ))
        })
        .collect();
    let mut ledger = crate::recipients::Ledger::open(&opts.root)?;
    ledger.check_recipient(r)?;
    let date_iso = docs
        .first()
        .and_then(|d| d.meta.stamp.as_ref())
        .map(|s| s.date_iso.clone())
        .unwrap_or_default();
    let listed: Vec<crate::recipients::StampedCopy<'_>> = copies
        .iter()
        .map(|(d, a)| crate::recipients::StampedCopy {
            edition: &d.edition,
            lang: &d.lang,
            version: &d.meta.version,
            file: a.path.to_string_lossy().replace('\\', "/"),
            bytes: &a.bytes,
        })
        .collect();
    ledger.append(r, &date_iso, &listed)?;
    let published: Vec<Artifact> = copies.into_iter().map(|(_, a)| a).collect();
    crate::publish::publish(&out_dir, &published).map_err(|e| {
        BuildError::Tool(e.context(format!(
            "the copies are listed in {} but were not written",
            crate::recipients::LEDGER
        )))
    })?;
    Ok(BuildReport {
        artifacts: published
            .iter()
            .map(|a| (out_dir.join(&a.path), a.bytes.len()))
            .collect(),
        out_dir,
        elapsed: start.elapsed(),
        warnings: loaded.warnings.clone(),
        sources: loaded.sources.clone(),
    })
}

/// `build --since`: each document's sections whose facts changed since `side`, with the
/// words that explain the marks in its language.
fn mark_changes(
    loaded: &Loaded,
    side: &crate::diff::Side,
    root: &Path,
    docs: &mut [Document],
) -> Result<(), BuildError> {
    let old = crate::diff::facts_of(root, side)?;
    let report = crate::diff::diff_facts(loaded, side.clone(), crate::diff::Side::WorkTree, &old)?;
    let rev = side.label();
    for d in docs.iter_mut() {
        let msg = |key: &str| {
            loaded
                .localizer
                .format(&d.lang, key, &[("rev", Arg::Str(rev.clone()))])
                .map_err(|e| BuildError::Content {
                    sources: Box::default(),
                    diagnostics: vec![Diagnostic::error(
                        "missing-message",
                        format!("locales/{}", d.lang),
                        e,
                    )],
                })
        };
        let mut changed: Vec<String> = Vec::new();
        for c in &report.changes {
            for s in c.sections.iter().filter(|s| s.edition == d.edition) {
                if !changed.contains(&s.id) {
                    changed.push(s.id.clone());
                }
            }
        }
        d.meta.since = Some(whitepaper_core::document::Since {
            sections: crate::diff::section_ids(d),
            changed,
            note: msg("since-note")?,
            mark: msg("since-mark")?,
        });
    }
    Ok(())
}

/// The `.md` edition: the document, opened by its title, version and date (the HTML and PDF
/// show them on their cover and header instead).
pub fn markdown_file(doc: &Document) -> String {
    let m = &doc.meta;
    let mut head = format!(
        "# {}\n\n{}",
        crate::render::markdown::escape(&m.title),
        m.version_label
    );
    if !m.date.is_empty() {
        head.push_str(&format!(" · {} {}", m.date_label, m.date));
    }
    format!(
        "{head}\n\n{}",
        crate::render::markdown::for_readers(&doc.markdown)
    )
}

/// `f` of each job, on all cores, taken in `order`; the results in the jobs' own order
/// (so output, and which of two equal errors is reported, never depends on timing).
fn on_all_cores<J: Sync, R: Send>(
    jobs: &[J],
    order: &[usize],
    f: impl Fn(&J) -> R + Sync,
) -> Vec<R> {
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(jobs.len())
        .max(1);
    if workers == 1 {
        return jobs.iter().map(f).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let slots: Vec<std::sync::Mutex<Option<R>>> =
        jobs.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                while let Some(&i) =
                    order.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                {
                    let r = f(&jobs[i]);
                    *slots[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(r);
                }
            });
        }
    });
    slots
        .into_iter()
        .map(|m| {
            m.into_inner()
                .unwrap_or_else(|e| e.into_inner())
                .expect("every job ran")
        })
        .collect()
}

/// Render each document in each format.
///
/// `early_fonts`: the PDF fonts, being parsed since the build began (see [`build`]); read
/// here when it is `None`.
pub fn render_artifacts(
    loaded: &Loaded,
    docs: &[Document],
    formats: &[Format],
    early_fonts: Option<std::thread::JoinHandle<Result<whitepaper_pdf::Fonts, Diagnostic>>>,
) -> Result<Vec<Artifact>, Vec<Diagnostic>> {
    let mut out = Vec::new();
    let mut diags = Vec::new();
    let theme = if formats.contains(&Format::Html) {
        match crate::render::html_theme(&loaded.project.root) {
            Ok(t) => Some(t),
            Err(d) => return Err(vec![d]),
        }
    } else {
        None
    };
    let fonts = if formats.contains(&Format::Pdf) {
        let fonts = match early_fonts {
            Some(thread) => thread.join().unwrap_or_else(|_| {
                Err(Diagnostic::error("pdf", "fonts", "the font loader stopped"))
            }),
            None => crate::render::pdf_fonts(&loaded.project.root),
        };
        match fonts {
            Ok(f) => Some(f),
            Err(d) => return Err(vec![d]),
        }
    } else {
        None
    };
    if let Some(fonts) = &fonts {
        let mut langs: Vec<String> = docs.iter().map(|d| d.lang.clone()).collect();
        langs.sort();
        langs.dedup();
        let missing = crate::check::facts::glyphs(&loaded.facts.texts, &langs, |c| fonts.prints(c));
        if !missing.is_empty() {
            return Err(missing);
        }
    }
    // Every artifact is independent: render them on all cores, then collect them in order
    // (so the output, and which of two equal errors is reported, never depends on timing).
    let jobs: Vec<(&Document, Format)> = docs
        .iter()
        .flat_map(|d| formats.iter().map(move |&f| (d, f)))
        .collect();
    let render_one = |(doc, format): (&Document, Format)| {
        let path = PathBuf::from(&doc.lang).join(format!("{}.{}", doc.edition, format.extension()));
        crate::limits::stage(path.display().to_string());
        let bytes = match format {
            Format::Md => Ok(markdown_file(doc).into_bytes()),
            Format::Html => {
                crate::render::html_bytes(doc, theme.as_ref().expect("theme loaded for html"))
            }
            Format::Pdf => {
                let bytes =
                    crate::render::pdf_bytes(doc, fonts.as_ref().expect("fonts loaded for pdf"));
                crate::limits::release_free();
                bytes
            }
        };
        bytes.map(|bytes| Artifact { path, bytes })
    };
    // The slowest jobs (PDFs) first, so no core idles at the end; among them the longest
    // document, then the shortest, the second longest, …: the end of a long one (writing,
    // its heap at its fullest) meets the start of the next (layout), not the end of another
    // long one, and the cores still finish together.
    let mut pdfs: Vec<usize> = (0..jobs.len())
        .filter(|&i| jobs[i].1 == Format::Pdf)
        .collect();
    pdfs.sort_by_key(|&i| std::cmp::Reverse(jobs[i].0.markdown.len()));
    let mut order = Vec::with_capacity(jobs.len());
    let (mut lo, mut hi) = (0, pdfs.len());
    while lo < hi {
        order.push(pdfs[lo]);
        lo += 1;
        if lo < hi {
            hi -= 1;
            order.push(pdfs[hi]);
        }
    }
    order.extend((0..jobs.len()).filter(|&i| jobs[i].1 != Format::Pdf));
    let results = on_all_cores(&jobs, &order, |&j| render_one(j));
    for r in results {
        match r {
            Ok(a) => out.push(a),
            Err(d) if !diags.contains(&d) => diags.push(d),
            Err(_) => {} // the same problem in another language
        }
    }
    if diags.is_empty() {
        Ok(out)
    } else {
        Err(diags)
    }
}
