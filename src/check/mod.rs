//! `whitepaper check`: everything that would make an edition wrong or incomplete in some
//! language, as numbered findings. It runs the same stages as a build (without writing
//! anything), renders every edition × language with a recording `t()`, and adds checks of
//! its own: message parity across languages, variables, plural categories, obsolete messages,
//! revision history, links.

mod claims;
mod facts;
mod keys;
pub mod links;
pub mod output;
mod preferred;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{Level, ProjectError};
use crate::coverage;
use crate::diag::{Diagnostic, Severity, Sources};
use crate::files::Tree;
use crate::l10n::Localizer;
use crate::messages as fluent;
use crate::pipeline::{self, render_document};
use crate::template::Recorder;

/// Messages the Rust code itself formats (page furniture), so never obsolete.
pub const BUILTIN_MESSAGES: &[&str] = &[
    "number-section",
    "number-subsection",
    "number-article",
    "number-paragraph",
    "heading-numbered",
    "lang-name",
    "version-label",
    "date",
    "date-label",
    "toc-title",
    "note-mark",
    // `whitepaper diff`
    "diff-working-tree",
    "diff-title",
    "diff-none",
    "diff-added",
    "diff-removed",
    "diff-changed",
    "diff-edition-sections",
    "diff-no-section",
    // `whitepaper release`
    "release-section",
    "release-added",
    "release-removed",
    "release-changed",
    // `build --since`
    "since-note",
    "since-mark",
    // `build --recipient`
    "recipient-stamp",
    "recipient-watermark",
];

/// Checked arguments of `whitepaper check`.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub root: PathBuf,
    /// "Today" for the future-date check, as (year, month, day): `SOURCE_DATE_EPOCH` or the
    /// clock, decided by the caller.
    pub today: whitepaper_core::date::Date,
}

/// The findings of a check, ordered and numbered (number = index + 1).
#[derive(Debug, Default)]
pub struct Report {
    pub findings: Vec<Diagnostic>,
    pub sources: Sources,
    /// ISO/IEC 27017 coverage, when every edition rendered.
    pub coverage: Option<coverage::Coverage>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }
    pub fn warnings(&self) -> usize {
        self.findings
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }
    pub fn infos(&self) -> usize {
        self.findings
            .iter()
            .filter(|d| d.severity == Severity::Info)
            .count()
    }
}

/// Run every check. `Err` only when the tool could not run (exit 2).
pub fn check(opts: &CheckOptions) -> anyhow::Result<Report> {
    let _watchdog = crate::limits::arm(crate::limits::time_limit());
    let recorder = Arc::new(Recorder::default());
    let parts = match pipeline::load_parts(&Tree::disk(&opts.root), Some(recorder.clone())) {
        Ok(p) => p,
        Err((ProjectError::Io(e), _)) => return Err(e),
        Err((ProjectError::Invalid(d), sources)) => return Ok(finish(d, sources, None)),
    };
    let pipeline::Parts {
        project,
        mut sources,
        facts: loaded_facts,
        localizer,
        l10n,
        templates,
    } = parts;
    let cfg = &project.config;
    let mut diags = l10n;
    let wording = loaded_facts
        .as_ref()
        .map(|f| f.wording.clone())
        .unwrap_or_default();
    let terms_seen = loaded_facts
        .as_ref()
        .map(|f| f.terms.clone())
        .unwrap_or_default();
    if let Ok(f) = &loaded_facts {
        diags.extend(f.links_without_url.iter().map(|(file, l)| {
            Diagnostic::warning(
                "link-without-url",
                file,
                "this link has no URL: it renders as its label, and promises no page",
            )
            .with_span(Some(l.span.clone()))
            .with_help(
                "add `url = \"https://…\"` once the page's address is known (never a guessed one)",
            )
        }));
        diags.extend(crate::l10n::check_terms(
            &f.terms,
            &localizer,
            &cfg.languages,
        ));
        let (tree, langs) = (&project.tree, &cfg.languages);
        diags.extend(preferred::findings(
            tree,
            &localizer,
            &f.texts,
            langs,
            &mut sources,
        ));
    }
    let entries = fluent::entries(&localizer);
    diags.extend(parity(
        &entries,
        &cfg.languages,
        &fluent::broken(&localizer),
    ));
    diags.extend(variable_parity(&entries));
    diags.extend(variant_parity(&entries));
    diags.extend(plurals(&entries));
    diags.extend(fluent::missing_references(&entries));

    let templates = match templates {
        Ok(t) => Some(t),
        Err(d) => {
            diags.extend(d);
            None
        }
    };
    let mut rendered_all = false;
    // the catalogs, the items declared not applicable and the appendices, for coverage
    let appendix: Vec<String> = loaded_facts
        .as_ref()
        .map(|f| {
            f.facts
                .editions
                .values()
                .flat_map(|e| e.appendix.iter().cloned())
                .collect()
        })
        .unwrap_or_default();
    let (catalogs, declared) = match &loaded_facts {
        Ok(f) => (
            f.catalogs.clone(),
            f.facts
                .applicability
                .not_applicable
                .iter()
                .map(|n| {
                    let reason = cfg
                        .languages
                        .iter()
                        .map(|l| (l.clone(), n.reason.get(l).unwrap_or_default().to_string()))
                        .collect();
                    (n.item.id.clone(), reason)
                })
                .collect::<Vec<_>>(),
        ),
        Err(_) => (coverage::Catalogs::builtin(), Vec::new()),
    };
    match loaded_facts {
        Err(d) => diags.extend(d),
        Ok(facts) => {
            diags.extend(facts.warnings.iter().cloned());
            diags.extend(facts::revisions(&facts.facts, &cfg.editions, opts.today));
            let warn_days = cfg.check.expiry_warning_days.unwrap_or(60);
            diags.extend(facts::expiries(&facts.facts, opts.today, warn_days));
            let notice = cfg.site.subprocessor_notice_days.unwrap_or(0);
            diags.extend(facts::subprocessor_notices(
                &facts.facts,
                opts.today,
                notice,
            ));
            diags.extend(crate::security_txt::findings(
                &facts.facts,
                opts.today,
                warn_days,
            ));
            // glyph coverage from the fonts' cmaps (loading the PDF fonts whole is slow)
            match crate::render::with_pdf_coverage(&project.tree, |prints| {
                crate::render::glyphs::glyphs(&facts.texts, &cfg.languages, prints)
            }) {
                Ok(missing) => diags.extend(missing),
                Err(d) => diags.push(d),
            }
            if let Some(templates) = templates {
                let loaded = pipeline::Loaded {
                    project: project.clone(),
                    sources: sources.clone(),
                    facts,
                    localizer: localizer.clone(),
                    templates,
                    warnings: Vec::new(),
                };
                let json = crate::template::facts_json(&loaded.facts.facts);

                rendered_all = true;
                for ed in &cfg.editions {
                    if !loaded.templates.has(&format!("{ed}.md")) {
                        diags.push(Diagnostic::error(
                            "missing-template",
                            format!("templates/{ed}.md"),
                            format!("edition `{ed}` has no template"),
                        ));
                        rendered_all = false;
                        continue;
                    }
                    for lang in &cfg.languages {
                        match render_document(&loaded, &json, ed, lang, None) {
                            Ok(doc) => {
                                diags.extend(links::check(&doc));
                                for f in links::duplicate_anchors(
                                    &doc,
                                    &loaded.facts.ids,
                                    &loaded.sources,
                                ) {
                                    if !diags.contains(&f) {
                                        diags.push(f);
                                    }
                                }
                                for f in crate::markup::unsafe_markup(&doc, &loaded.sources) {
                                    if !diags.contains(&f) {
                                        diags.push(f);
                                    }
                                }
                            }
                            Err(d) => {
                                rendered_all = false;
                                diags.push(d)
                            }
                        }
                    }
                }
                let asked = recorder
                    .clauses
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .clone();
                diags.extend(crate::facts::open_clauses(&loaded.facts, &asked));
            }
        }
    }
    let calls = std::mem::take(&mut *recorder.calls.lock().unwrap_or_else(|e| e.into_inner()));
    let coverage = rendered_all.then(|| {
        coverage::Coverage::from_recorded(
            &catalogs,
            &recorder.answered.lock().unwrap_or_else(|e| e.into_inner()),
            &declared,
            &appendix,
        )
    });
    if let Some(c) = &coverage {
        diags.extend(c.findings());
    }
    diags.extend(select_fallthrough(
        &calls,
        &localizer,
        &terms_seen,
        &sources,
    ));
    diags.extend(formatting_errors(&calls, &localizer, &entries, &wording));
    diags.extend(crate::facts::vocabulary::unused_wording(
        &wording,
        &terms_seen,
    ));
    diags.extend(used_messages(
        &calls,
        &entries,
        &localizer,
        &terms_seen,
        &project.tree,
        &sources,
        rendered_all,
    ));
    diags.extend(crate::init::placeholders(&sources));
    // sentences with nothing the company wrote behind them: only once everything renders
    if rendered_all
        && !diags
            .iter()
            .any(|d| d.severity == crate::diag::Severity::Error)
        && let Ok(tracer) = crate::explain::Tracer::load(&project.tree)
    {
        diags.extend(claims::unbacked(&tracer));
    }
    let mut report = finish(diags, sources, Some(&cfg.check.severity));
    report.coverage = coverage;
    Ok(report)
}

/// A message that exists but cannot be formatted with what the template passes (a variable
/// the template does not give, a bad function call): the build would fail on it. Reported at
/// the message's definition, in a locale file or in `content/vocabulary.toml`.
fn formatting_errors(
    calls: &[crate::template::Call],
    localizer: &Localizer,
    entries: &[fluent::Entry],
    wording: &[crate::facts::vocabulary::Wording],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for c in calls {
        let Some(error) = &c.error else { continue };
        if !localizer.has(&c.lang, &c.key) || !seen.insert((c.lang.clone(), c.key.clone())) {
            continue; // undefined messages are reported by `used_messages`
        }
        let (file, span) = match wording.iter().rev().find(|w| w.id == c.key) {
            Some(w) => (w.file.clone(), Some(w.text.span.clone())),
            None => match entries
                .iter()
                .rev()
                .find(|e| e.key == c.key && e.lang == c.lang)
            {
                // A variable no template passes is `used_messages`' `unknown-variable`.
                Some(_) if error.contains("Unknown variable") => continue,
                Some(e) => (e.file.clone(), Some(e.span.clone())),
                None => (PathBuf::from("locales").join(&c.lang), None),
            },
        };
        out.push(
            Diagnostic::error("message-error", file, error.clone())
                .with_span(span)
                .with_help(format!(
                    "variables the template passes to `{}`: {}",
                    c.key,
                    if c.args.is_empty() {
                        "none".to_string()
                    } else {
                        c.args
                            .iter()
                            .map(|(a, _)| format!("${a}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                )),
        );
    }
    out
}

/// A fact value that reaches a Fluent select expression without a variant of its own would
/// silently take the default variant's wording: every such value is an error, reported at
/// the fact (`*[other]` is never a catch-all for fact values).
fn select_fallthrough(
    calls: &[crate::template::Call],
    localizer: &Localizer,
    terms: &[(PathBuf, crate::facts::SeenTerm)],
    sources: &Sources,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    // Where a value is written in content: a vocabulary value, or else the first TOML string
    // with that text.
    let locate = |value: &str| -> (PathBuf, Option<std::ops::Range<usize>>) {
        if let Some((f, t)) = terms.iter().find(|(_, t)| t.id == value) {
            return (f.clone(), Some(t.span.clone()));
        }
        let quoted = format!("\"{value}\"");
        for (file, text) in sources.iter() {
            if (file.starts_with("content") || file == Path::new(crate::config::CONFIG_FILE))
                && let Some(i) = text.find(&quoted)
            {
                return (file.to_path_buf(), Some(i..i + quoted.len()));
            }
        }
        (PathBuf::from("content"), None)
    };
    for c in calls {
        let Some(pattern) = localizer.pattern(&c.lang, &c.key) else {
            continue;
        };
        let mut selects = Vec::new();
        fluent::variable_selects(pattern, &mut selects);
        for (var, keys) in selects {
            let Some((_, value)) = c.values.iter().find(|(k, _)| *k == var) else {
                continue;
            };
            if keys.iter().any(|k| k == value)
                || !seen.insert((c.lang.clone(), c.key.clone(), var.clone(), value.clone()))
            {
                continue;
            }
            let (file, span) = locate(value);
            out.push(
                Diagnostic::error(
                    "select-fallthrough",
                    file,
                    format!(
                        "`{}` in `{}` has no variant for `{value}` (`${var}`): the default variant's wording would be used",
                        c.key, c.lang
                    ),
                )
                .with_span(span)
                .with_help(format!(
                    "add `[{value}] …` to the select on `${var}` of `{}` in locales/{}/ (variants: {})",
                    c.key,
                    c.lang,
                    keys.join(", ")
                )),
            );
        }
    }
    out
}

/// Apply configured severities, sort by file and position, drop exact duplicates.
fn finish(
    diags: Vec<Diagnostic>,
    sources: Sources,
    levels: Option<&BTreeMap<String, Level>>,
) -> Report {
    let mut findings: Vec<Diagnostic> = diags
        .into_iter()
        .filter_map(|mut d| {
            match levels.and_then(|l| l.get(d.code)) {
                Some(Level::Allow) => return None,
                Some(Level::Info) => d.severity = Severity::Info,
                Some(Level::Warning) => d.severity = Severity::Warning,
                Some(Level::Error) => d.severity = Severity::Error,
                None => {}
            }
            Some(d)
        })
        .collect();
    // problems in file order, then the notes (coverage, open choices)
    findings.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            (
                d.severity == Severity::Info,
                d.file.clone(),
                d.span.as_ref().map(|s| s.start),
                d.message.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
    findings.dedup();
    Report {
        findings,
        sources,
        coverage: None,
    }
}

/// Every message and attribute must exist in every language: compared across all of them,
/// not only against one reference.
fn parity(
    entries: &[fluent::Entry],
    languages: &[String],
    broken: &BTreeSet<(String, String)>,
) -> Vec<Diagnostic> {
    let mut by_key: BTreeMap<&str, BTreeMap<&str, &fluent::Entry>> = BTreeMap::new();
    for e in entries {
        by_key
            .entry(&e.key)
            .or_default()
            .entry(&e.lang)
            .or_insert(e);
    }
    let mut out = Vec::new();
    for (key, langs) in &by_key {
        let (_, first) = langs.iter().next().expect("non-empty");
        for lang in languages {
            // a definition its syntax error already reports is not missing as well
            if langs.contains_key(lang.as_str())
                || broken.contains(&(lang.clone(), key.to_string()))
            {
                continue;
            }
            let file = Path::new("locales")
                .join(lang)
                .join(first.file.file_name().unwrap_or_default());
            let what = if key.contains('.') {
                "attribute"
            } else if first.is_term {
                "term"
            } else {
                "message"
            };
            out.push(
                Diagnostic::error(
                    "missing-message",
                    file,
                    format!("{what} `{key}` is missing in language `{lang}`"),
                )
                .with_help(format!(
                    "it is defined in {} ({}); translate it here",
                    langs.keys().copied().collect::<Vec<_>>().join(", "),
                    first.file.display()
                )),
            );
        }
    }
    out
}

/// A translation that drops a variable its twin in another language uses (a number of days,
/// a count): the fact would silently vanish from one language.
fn variable_parity(entries: &[fluent::Entry]) -> Vec<Diagnostic> {
    let mut by_key: BTreeMap<&str, Vec<&fluent::Entry>> = BTreeMap::new();
    for e in entries {
        by_key.entry(&e.key).or_default().push(e);
    }
    let mut out = Vec::new();
    for group in by_key.values() {
        for e in group {
            for other in group.iter().filter(|o| o.lang != e.lang) {
                // a variable that only chooses a variant there (an English plural) need not
                // appear here
                let chooses_only = |v: &String| {
                    other.selects.iter().any(|s| s.var.as_ref() == Some(v))
                        && !other
                            .selects
                            .iter()
                            .any(|s| s.variants.iter().any(|(_, vars, _)| vars.contains(v)))
                };
                for v in other.vars.difference(&e.vars).filter(|v| !chooses_only(v)) {
                    out.push(
                        Diagnostic::warning(
                            "dropped-variable",
                            &e.file,
                            format!("`{}` in `{}` does not use `${v}`, which its `{}` translation uses", e.key, e.lang, other.lang),
                        )
                        .with_span(Some(e.span.clone()))
                        .with_help(format!("place `{{ ${v} }}` in the `{}` text so the fact appears in every language", e.lang)),
                    );
                }
            }
        }
    }
    out
}

/// A variant of a select that drops a variable its sibling variants use: the fact vanishes
/// from the text exactly when that variant is chosen (the selector itself aside: `[one]`
/// may say "a day" where `[other]` says "{ $days } days").
fn variant_parity(entries: &[fluent::Entry]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for e in entries {
        for s in &e.selects {
            for (key, vars, span) in &s.variants {
                let mut dropped: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
                for (other, other_vars, _) in s.variants.iter().filter(|(k, _, _)| k != key) {
                    for v in other_vars.difference(vars) {
                        if s.var.as_deref() != Some(v.as_str()) {
                            dropped.entry(v).or_default().push(other);
                        }
                    }
                }
                for (v, siblings) in dropped {
                    let siblings: Vec<String> = siblings.iter().map(|k| format!("[{k}]")).collect();
                    out.push(
                        Diagnostic::warning(
                            "dropped-variable",
                            &e.file,
                            format!(
                                "the variant [{key}] of `{}` in `{}` does not use `${v}`, which {} use{}",
                                e.key,
                                e.lang,
                                siblings.join(", "),
                                if siblings.len() == 1 { "s" } else { "" }
                            ),
                        )
                        .with_span(Some(span.clone()))
                        .with_help(format!(
                            "place `{{ ${v} }}` in the [{key}] text too, or word the variants so none needs it"
                        )),
                    );
                }
            }
        }
    }
    out
}

/// A plural select must have every CLDR category its language needs.
fn plurals(entries: &[fluent::Entry]) -> Vec<Diagnostic> {
    const CATS: &[&str] = &["zero", "one", "two", "few", "many", "other"];
    let mut out = Vec::new();
    let mut cache: BTreeMap<&str, BTreeSet<&'static str>> = BTreeMap::new();
    for e in entries {
        for s in &e.selects {
            let is_plural =
                s.number_function || s.keys().any(|k| CATS.contains(&k) && k != "other");
            if !is_plural {
                continue;
            }
            let needed = cache
                .entry(&e.lang)
                .or_insert_with(|| fluent::plural_categories(&e.lang));
            let missing: Vec<&str> = needed
                .iter()
                .copied()
                .filter(|c| !s.keys().any(|k| k == *c))
                .collect();
            if !missing.is_empty() {
                out.push(
                    Diagnostic::warning(
                        "plural-categories",
                        &e.file,
                        format!(
                            "`{}` selects on {} without the `{}` plural categor{} that `{}` needs",
                            e.key,
                            s.var
                                .as_deref()
                                .map(|v| format!("`${v}`"))
                                .unwrap_or_else(|| "a number".into()),
                            missing.join("`, `"),
                            if missing.len() == 1 { "y" } else { "ies" },
                            e.lang
                        ),
                    )
                    .with_span(Some(s.span.clone()))
                    .with_help(format!(
                        "add the variant{} [{}]",
                        if missing.len() == 1 { "" } else { "s" },
                        missing.join("], [")
                    )),
                );
            }
        }
    }
    out
}

/// Messages templates use but no language defines; variables messages need but are never
/// passed; and messages nothing uses (obsolete).
fn used_messages(
    calls: &[crate::template::Call],
    entries: &[fluent::Entry],
    localizer: &Localizer,
    terms: &[(PathBuf, crate::facts::SeenTerm)],
    tree: &Tree,
    sources: &Sources,
    rendered_all: bool,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let defined: BTreeSet<&str> = entries.iter().map(|e| e.key.as_str()).collect();
    let mut used: BTreeSet<String> = BUILTIN_MESSAGES.iter().map(|s| s.to_string()).collect();
    let template_files = crate::template::template_files(tree);
    let literal_keys = keys::literal_keys(&template_files, sources);
    for (key, _, _) in &literal_keys {
        used.insert(key.clone());
    }
    let mut passed: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut reported = BTreeSet::new();
    for c in calls {
        used.insert(c.key.clone());
        passed
            .entry(&c.key)
            .or_default()
            .extend(c.args.iter().map(|(k, _)| k.as_str()));
        if !defined.contains(c.key.as_str())
            && !localizer.has(&c.lang, &c.key)
            // a vocabulary value without wording is reported at the fact (missing-wording)
            && !terms.iter().any(|(_, t)| t.message() == c.key)
            && reported.insert(c.key.clone())
        {
            let at = literal_keys.iter().find(|(k, _, _)| *k == c.key);
            let (file, span) = match at {
                Some((_, f, s)) => (f.clone(), Some(s.clone())),
                None => (PathBuf::from("templates"), None),
            };
            out.push(
                Diagnostic::error("undefined-message", file, format!("template uses message `{}`, which no language defines", c.key))
                    .with_span(span)
                    .with_help(if at.is_none() {
                        "the key is built from facts (e.g. one message per service or trigger); define it in every language".to_string()
                    } else {
                        "define it in every language's .ftl files".to_string()
                    }),
            );
        }
    }
    for e in entries {
        if let Some(args) = passed.get(e.key.as_str()) {
            for v in e.vars.iter().filter(|v| !args.contains(v.as_str())) {
                out.push(
                    Diagnostic::error(
                        "unknown-variable",
                        &e.file,
                        format!("`{}` uses `${v}`, which no template passes", e.key),
                    )
                    .with_span(Some(e.span.clone()))
                    .with_help(format!(
                        "variables passed: {}",
                        if args.is_empty() {
                            "none".to_string()
                        } else {
                            args.iter()
                                .map(|a| format!("${a}"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        }
                    )),
                );
            }
        }
        used.extend(e.refs.keys().cloned());
    }
    if rendered_all {
        // Built-in messages serve every project: one that this project's content does not
        // use is not obsolete (e.g. the wording of a vocabulary value it does not use).
        let builtin: BTreeSet<String> =
            crate::defaults::builtin_message_ids().into_iter().collect();
        let used_ids: BTreeSet<&str> = used
            .iter()
            .map(|k| k.split('.').next().unwrap_or(k))
            .collect();
        for e in entries {
            let id = e.key.split('.').next().unwrap_or(&e.key);
            if !used_ids.contains(id) && !e.key.contains('.') && !builtin.contains(id) {
                out.push(
                    Diagnostic::warning(
                        "obsolete-message",
                        &e.file,
                        format!(
                            "{} `{}` is not used by any template",
                            if e.is_term { "term" } else { "message" },
                            e.key
                        ),
                    )
                    .with_span(Some(e.span.clone()))
                    .with_help("remove it, or use it in a template"),
                );
            }
        }
    }
    out
}
