//! The road every command travels: a project's files → [`Loaded`] (configuration, facts,
//! messages, templates) → one [`Document`] per edition × language. `build`, `check`, `diff`,
//! `release`, `export` and `serve` all load through [`load`]; the renderers and passes take
//! the documents from here. Nothing here writes a file or knows about `check`.

use std::path::PathBuf;
use std::sync::Arc;

use crate::config::{Project, ProjectError};
use crate::diag::{Diagnostic, Sources};
use crate::facts::{self, Edition, Facts, LoadOptions};
use crate::files::Tree;
use crate::l10n::{Arg, Localizer};
use crate::template::{self, Recorder, Templates};
use whitepaper_core::date::Date;
use whitepaper_core::document::{Alternate, DocMeta, Document};

/// "Today" (UTC): the day of `SOURCE_DATE_EPOCH` when set (reproducible runs), else of the
/// clock.
pub fn today(source_date_epoch: Option<i64>) -> Date {
    let secs = source_date_epoch.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0)
    });
    Date::from_unix(secs)
}

/// `SOURCE_DATE_EPOCH`, if set (reproducible builds and runs).
pub fn source_date_epoch() -> Result<Option<i64>, String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) if !v.trim().is_empty() => v
            .trim()
            .parse::<i64>()
            .map(Some)
            .map_err(|_| format!("SOURCE_DATE_EPOCH=`{v}` is not a Unix timestamp")),
        _ => Ok(None),
    }
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

/// Everything read from a project, ready to render.
pub struct Loaded {
    pub project: Project,
    pub sources: Sources,
    pub facts: facts::Loaded,
    pub localizer: Arc<Localizer>,
    pub templates: Templates,
    pub warnings: Vec<Diagnostic>,
}

/// What loading a project found, stage by stage: facts, messages (always, with what could
/// be parsed) and templates. Every stage runs even when an earlier one failed, so one run
/// reports all problems; [`load`] (build and the other commands) stops on any of them, `check`
/// reports them all and goes on with what loaded.
pub struct Parts {
    pub project: Project,
    pub sources: Sources,
    pub facts: Result<facts::Loaded, Vec<Diagnostic>>,
    pub localizer: Arc<Localizer>,
    /// The problems of the message files (the localizer holds what could be parsed).
    pub l10n: Vec<Diagnostic>,
    pub templates: Result<Templates, Vec<Diagnostic>>,
}

/// Read every file of a project through `tree`, once: configuration, facts, messages and
/// templates (with a recorder, `t()` records each call: see [`Recorder`]). `Err` when the
/// configuration cannot be read.
pub fn load_parts(
    tree: &Tree,
    recorder: Option<Arc<Recorder>>,
) -> Result<Parts, (ProjectError, Sources)> {
    let mut sources = Sources::default();
    let project = match Project::open(tree, &mut sources) {
        Ok(p) => p,
        Err(e) => return Err((e, sources)),
    };
    let cfg = &project.config;
    let mut facts = facts::load(
        &LoadOptions {
            tree,
            languages: &cfg.languages,
            editions: &cfg.editions,
        },
        &mut sources,
    );
    // the subprocessors in effect today are the ones the editions list and a release records
    if let Ok(f) = &mut facts {
        let day = today(source_date_epoch().ok().flatten());
        f.facts.subprocessors.settle(day);
    }
    let wording = facts
        .as_ref()
        .map(|f| f.wording.clone())
        .unwrap_or_default();
    let (localizer, l10n) = Localizer::load_lenient(tree, &cfg.languages, &wording, &mut sources);
    let localizer = Arc::new(localizer);
    let (catalog, catalogs) = match &facts {
        Ok(f) => (f.catalog.clone(), f.catalogs.clone()),
        Err(_) => (
            crate::clauses::Catalog::builtin(),
            crate::coverage::Catalogs::builtin(),
        ),
    };
    let templates = Templates::load_with(
        tree,
        localizer.clone(),
        &mut sources,
        recorder,
        &catalog,
        Arc::new(catalogs),
    );
    Ok(Parts {
        project,
        sources,
        facts,
        localizer,
        l10n,
        templates,
    })
}

/// Read a project (see [`load_parts`]): everything ready to render, or every problem found.
pub fn load(tree: &Tree) -> Result<Loaded, BuildError> {
    load_with(tree, None)
}

/// [`load`], with `t()` recording into `recorder` (for [`render_traced`]).
pub fn load_with(tree: &Tree, recorder: Option<Arc<Recorder>>) -> Result<Loaded, BuildError> {
    let parts = match load_parts(tree, recorder) {
        Ok(p) => p,
        Err((ProjectError::Io(e), _)) => return Err(BuildError::Tool(e)),
        Err((ProjectError::Invalid(d), sources)) => {
            return Err(BuildError::Content {
                sources: Box::new(sources),
                diagnostics: d,
            });
        }
    };
    let Parts {
        project,
        sources,
        facts,
        localizer,
        l10n,
        templates,
    } = parts;
    let cfg = &project.config;
    let mut diags = Vec::new();
    // messages that did not all parse stop here: the templates are not looked at
    let templates = if l10n.is_empty() {
        if let Ok(f) = &facts {
            diags.extend(crate::l10n::check_terms(
                &f.terms,
                &localizer,
                &cfg.languages,
            ));
        }
        // a reference to an undefined message or term, named at its .ftl line (Fluent
        // itself would only say so when the message is formatted, naming no file)
        diags.extend(crate::messages::missing_references(
            &crate::messages::entries(&localizer),
        ));
        match templates {
            Ok(t) => Some(t),
            Err(d) => {
                diags.extend(d);
                None
            }
        }
    } else {
        diags.extend(l10n);
        None
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
    match (facts, templates) {
        (Some(facts), Some(templates)) if diags.is_empty() => {
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

/// The edition's template rendered in `lang`: the Markdown before numbering and typography.
fn render_template(
    loaded: &Loaded,
    facts_json: &serde_json::Value,
    edition: &str,
    lang: &str,
    edition_ctx: &EditionContext,
) -> Result<String, Diagnostic> {
    let mut ctx = template::facts_context(facts_json, lang);
    ctx.insert("edition", edition_ctx);
    ctx.insert("edition_id", edition);
    ctx.insert("languages", &loaded.project.config.languages);
    loaded
        .templates
        .render(&format!("{edition}.md"), &ctx, &loaded.sources)
}

/// One edition in one language rendered with every `t()` output marked (see
/// [`crate::trace`]), cut into blocks; the marks index `recorder.traced`. `loaded` must have
/// been read with `recorder` ([`load_with`]).
pub fn render_traced(
    loaded: &Loaded,
    recorder: &Recorder,
    facts_json: &serde_json::Value,
    edition: &str,
    lang: &str,
) -> Result<Vec<crate::trace::Block>, Diagnostic> {
    let (_, edition_ctx) = edition_of(loaded, edition, lang)?;
    recorder
        .tracing
        .store(true, std::sync::atomic::Ordering::Relaxed);
    let body = render_template(loaded, facts_json, edition, lang, &edition_ctx);
    recorder
        .tracing
        .store(false, std::sync::atomic::Ordering::Relaxed);
    Ok(crate::trace::blocks(&crate::markdown::tidy(&body?)))
}

/// An edition's facts and its template context in `lang`.
fn edition_of<'a>(
    loaded: &'a Loaded,
    edition: &str,
    lang: &str,
) -> Result<(&'a Edition, EditionContext), Diagnostic> {
    let ed = loaded.facts.facts.editions.get(edition).ok_or_else(|| {
        Diagnostic::error(
            "missing-file",
            format!("content/editions/{edition}.toml"),
            "this edition has no facts file",
        )
    })?;
    let ctx = edition_context(ed, edition, lang, &loaded.localizer)
        .map_err(|e| Diagnostic::error("missing-message", format!("locales/{lang}"), e))?;
    Ok((ed, ctx))
}

/// `YYYYMMDDHHMMSS` (UTC) of a Unix timestamp.
fn timestamp(secs: i64) -> String {
    let d = Date::from_unix(secs);
    let t = secs.rem_euclid(86_400);
    format!(
        "{:04}{:02}{:02}{:02}{:02}{:02}",
        d.year,
        d.month,
        d.day,
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
    let (ed, edition_ctx) = edition_of(loaded, edition, lang)?;
    let l = &loaded.localizer;
    let msg = |key: &str, args: &[(&str, Arg)]| {
        l.format(lang, key, args).map_err(|e| {
            Diagnostic::error("missing-message", format!("locales/{lang}"), e)
                .with_help(format!("add `{key} = …` to a file in locales/{lang}/"))
        })
    };
    let body = render_template(loaded, facts_json, edition, lang, &edition_ctx)?;
    let markdown = crate::markdown::tidy(&body);
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
    let doc = Document {
        edition: edition.to_string(),
        lang: lang.to_string(),
        markdown,
        meta,
        numbered,
    };
    // blocks nested thousands deep would exhaust a renderer's stack: an error at the line
    // that wrote them
    match crate::markup::too_deep(&doc, &loaded.sources) {
        Some(d) => Err(d),
        None => Ok(doc),
    }
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
    /// The catalogs the edition's appendix maps.
    pub appendix: Vec<String>,
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
            let date_iso = r.date().map(|d| d.to_string()).unwrap_or_default();
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
        appendix: ed.appendix.clone(),
    })
}
