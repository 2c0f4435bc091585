//! Templates: Tera renders each edition's Markdown from the facts and the Localizer.
//!
//! `templates/<edition>.md` (plus any partials under `templates/`) are shared by all
//! languages. In templates:
//! - `t(key="id", var=…)` formats Fluent message `id` (or `id.attr`) in the current language;
//!   string variables are Markdown-escaped first, the result is trusted Markdown.
//! - `anchor(id="storage")` writes a heading id attribute `{#storage}`.
//! - `date(iso="2023-05-18")` formats a date through the Fluent message `date`.
//! - `facts` is every fact with localized texts already resolved to the current language;
//!   `services`, `providers`, `regions`, `countries` map ids to those facts;
//!   `edition` is the edition's title, version, date and revisions; `lang` the language id.
//! - Every `{{ }}` is Markdown-escaped (`.md` templates autoescape with our escape function).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use serde_json::{Map, Value as Json};
use tera::{Context, Kwargs, State, Tera};

use crate::diag::{Diagnostic, Sources, offset_of};
use crate::facts::{Facts, text::TEXT_KEY};
use crate::l10n::{Arg, Localizer};
use crate::markdown;

mod answers;

/// The loaded templates of a project.
pub struct Templates {
    tera: Tera,
    /// Template name → path relative to the project root.
    paths: BTreeMap<String, PathBuf>,
}

/// The templates a project renders with: its own `templates/*.md` files over the built-in
/// ones (see [`crate::defaults`]); the HTML theme (`templates/html/`) is not among them.
pub fn template_files(tree: &crate::files::Tree) -> Vec<crate::defaults::File> {
    crate::defaults::templates(tree)
}

impl Templates {
    /// Parse every Markdown template; syntax errors are diagnostics with line and column.
    pub fn load(
        tree: &crate::files::Tree,
        localizer: Arc<Localizer>,
        sources: &mut Sources,
    ) -> Result<Templates, Vec<Diagnostic>> {
        Self::load_with(
            tree,
            localizer,
            sources,
            None,
            &crate::clauses::Catalog::builtin(),
            Arc::new(crate::coverage::Catalogs::builtin()),
        )
    }

    /// Like [`Templates::load`]; with a recorder, `t()` records every call and renders a
    /// missing message as a placeholder instead of failing (for `check`, which must see every
    /// message a template uses, not only the first missing one).
    pub fn load_with(
        tree: &crate::files::Tree,
        localizer: Arc<Localizer>,
        sources: &mut Sources,
        recorder: Option<Arc<Recorder>>,
        catalog: &crate::clauses::Catalog,
        catalogs: Arc<crate::coverage::Catalogs>,
    ) -> Result<Templates, Vec<Diagnostic>> {
        let mut tera = Tera::new();
        tera.set_escape_fn(markdown::tera_escape);
        tera.autoescape_on([".md"]);
        let l = localizer.clone();
        tera.register_function("t", Translate(l, recorder.clone()));
        let l = localizer;
        tera.register_function(
            "date",
            move |kwargs: Kwargs, state: &State| -> tera::TeraResult<tera::Value> {
                let iso: String = kwargs.must_get("iso")?;
                let lang: String = state.get("lang")?.unwrap_or_default();
                let s = format_date(&l, &lang, &iso).map_err(tera::Error::message)?;
                Ok(tera::Value::safe_string(&markdown::escape(&s)))
            },
        );
        tera.register_function(
            "anchor",
            answers::Anchor(recorder.clone(), catalogs.clone()),
        );
        tera.register_function("coverage", answers::CoverageFn(catalogs));
        tera.register_function(
            "adopted",
            Adopted(
                catalog.ids().into_iter().map(str::to_string).collect(),
                recorder.clone(),
            ),
        );
        let mut paths = BTreeMap::new();
        let mut diags = Vec::new();
        let mut raw = Vec::new();
        for file in template_files(tree) {
            match file.read() {
                Ok(text) => {
                    sources.insert(&file.rel, &text);
                    if let Some((at, c)) = crate::files::control_char(&text) {
                        diags.push(crate::files::control_char_error(&file.rel, at, c));
                        continue;
                    }
                    raw.push((file.name.clone(), text));
                    paths.insert(file.name, file.rel);
                }
                Err(e) => diags.push(crate::files::read_error(&file.rel, &e)),
            }
        }
        let templates = Templates { tera, paths };
        let mut templates = templates;
        if let Err(e) = templates.tera.add_raw_templates(raw) {
            diags.extend(templates.diagnostics(&e, sources, None));
        }
        if !diags.is_empty() {
            return Err(diags);
        }
        Ok(templates)
    }

    pub fn has(&self, name: &str) -> bool {
        self.paths.contains_key(name)
    }

    /// Render `name` with `context`.
    pub fn render(
        &self,
        name: &str,
        context: &Context,
        sources: &Sources,
    ) -> Result<String, Diagnostic> {
        answers::start_render();
        self.tera.render(name, context).map_err(|e| {
            let mut d = self.diagnostics(&e, sources, Some(name));
            d.swap_remove(0)
        })
    }

    /// The project path of template `name` (`templates/whitepaper/storage.md`, or the
    /// built-in's), for messages.
    fn rel(&self, name: &str) -> PathBuf {
        self.paths
            .get(name)
            .cloned()
            .unwrap_or_else(|| PathBuf::from("templates").join(name))
    }

    /// Every diagnostic in a Tera error (never empty). Tera reports unknown functions,
    /// filters, tests, components and includes of all templates in one message of
    /// rustc-like reports (`error: …` / `--> name:line:col`): each becomes a diagnostic at
    /// its template, line and column. A circular include names the template and line of the
    /// include that closes the circle.
    /// `rendering` names the template being rendered, for an error that names none.
    fn diagnostics(
        &self,
        e: &tera::Error,
        sources: &Sources,
        rendering: Option<&str>,
    ) -> Vec<Diagnostic> {
        use tera::ErrorKind as K;
        match e.kind() {
            K::Msg(m) if m.starts_with("error: ") => {
                let found: Vec<Diagnostic> = m
                    .split("\n\nerror: ")
                    .filter_map(|report| self.report_diagnostic(report, sources))
                    .collect();
                if !found.is_empty() {
                    return found;
                }
            }
            K::CircularInclude { tpl, include_chain } => {
                let at = include_chain
                    .len()
                    .checked_sub(2)
                    .and_then(|i| include_chain.get(i))
                    .map(String::as_str)
                    .unwrap_or(tpl.as_str());
                let rel = self.rel(at);
                let span = sources.get(&rel).and_then(|text| {
                    let quoted = [format!("\"{tpl}\""), format!("'{tpl}'")];
                    quoted
                        .iter()
                        .find_map(|q| text.find(q.as_str()).map(|i| i..i + q.len()))
                });
                let chain: Vec<String> = include_chain
                    .iter()
                    .map(|n| self.rel(n).display().to_string())
                    .collect();
                return vec![
                    Diagnostic::error(
                        "template-include",
                        rel,
                        format!("`{tpl}` includes itself: {}", chain.join(" → ")),
                    )
                    .with_span(span)
                    .with_help("a template may not include itself, directly or through others"),
                ];
            }
            _ => {}
        }
        if e.to_string().contains("recursion depth for components")
            && let Some(d) = recursive_component(sources)
        {
            return vec![d];
        }
        vec![self.diagnostic(e, sources, rendering)]
    }

    /// One `error: MESSAGE` / `--> NAME:LINE:COL` report of Tera's as a diagnostic.
    fn report_diagnostic(&self, report: &str, sources: &Sources) -> Option<Diagnostic> {
        let report = report.strip_prefix("error: ").unwrap_or(report);
        let mut lines = report.lines();
        let message = lines.next()?.trim().to_string();
        let locus = lines.next()?.trim().strip_prefix("--> ")?;
        let mut parts = locus.rsplitn(3, ':');
        let col: usize = parts.next()?.parse().ok()?;
        let line: usize = parts.next()?.parse().ok()?;
        let name = parts.next()?;
        let rel = self.rel(name);
        let span = sources.get(&rel).map(|text| {
            let start = offset_of(text, line, col);
            let len = message
                .split('`')
                .nth(1)
                .map(|q| q.len().max(1))
                .unwrap_or(1);
            start..(start + len).min(text.len()).max(start)
        });
        let code = if message.starts_with("Unknown template") {
            "template-include"
        } else {
            "template-syntax"
        };
        let help = if code == "template-include" {
            "templates include only templates of the project's templates/ folder or the built-in ones"
        } else {
            "see the template functions and filters in docs/templates.md"
        };
        Some(
            Diagnostic::error(code, rel, message)
                .with_span(span)
                .with_help(help),
        )
    }

    /// Turn a Tera error into a diagnostic pointing at the template line and column.
    fn diagnostic(
        &self,
        e: &tera::Error,
        sources: &Sources,
        rendering: Option<&str>,
    ) -> Diagnostic {
        use tera::ErrorKind as K;
        let (report, code) = match e.kind() {
            K::SyntaxError(r) => (Some(r), "template-syntax"),
            K::RenderingError(r) => (Some(r), "template-render"),
            _ => (None, "template"),
        };
        let mut message = match report {
            Some(r) => r.message().to_string(),
            None => e.to_string(),
        };
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            message.push_str(": ");
            message.push_str(&s.to_string());
            source = s.source();
        }
        let Some(r) = report else {
            let file = rendering.map_or_else(|| PathBuf::from("templates"), |n| self.rel(n));
            return Diagnostic::error(code, file, message);
        };
        let rel = self.rel(r.filename());
        let span = sources.get(&rel).map(|text| {
            let s = r.span();
            let start = offset_of(text, s.start_line, s.start_col + 1);
            let end = if s.end_line == s.start_line && s.end_col > s.start_col {
                offset_of(text, s.end_line, s.end_col + 1)
            } else {
                start + 1
            };
            start..end.max(start)
        });
        Diagnostic::error(code, rel, message).with_span(span)
    }
}

/// `anchor(id="storage")` writes a heading's stable id attribute, `{#storage}` (Tera keeps
/// `{#` for its comments, so templates cannot write it literally).
/// `number="section"` asks for a generated number of that scheme (see [`crate::numbering`]);
/// `answers="backup"` (or a list) records the ISO/IEC 27017 items the heading's section
/// informs customers on (see [`crate::coverage`]).
/// The component that calls itself, where it is defined (Tera names only the edition being
/// rendered when components recurse past its depth bound).
fn recursive_component(sources: &Sources) -> Option<Diagnostic> {
    for (rel, text) in sources.iter() {
        if !(rel.starts_with("templates") || rel.starts_with(crate::defaults::BUILTIN_PREFIX)) {
            continue;
        }
        let mut rest = 0;
        while let Some(i) = text[rest..].find("{% component ") {
            let start = rest + i;
            rest = start + 1;
            let after = &text[start + "{% component ".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if name.is_empty() {
                continue;
            }
            let body_end = after.find("{% endcomponent").unwrap_or(after.len());
            let body = &after[..body_end];
            if body.contains(&format!("<{name} ")) || body.contains(&format!("<{name}/")) {
                return Some(
                    Diagnostic::error(
                        "template-render",
                        rel,
                        format!(
                            "the component `{name}` calls itself past Tera's depth bound of components"
                        ),
                    )
                    .with_span(Some(start..start + "{% component ".len() + name.len()))
                    .with_help("a component that calls itself needs a condition that ends the calls, within a few levels"),
                );
            }
        }
    }
    None
}

/// `adopted(id="…")`: whether the company adopts clause `id` (`content/clauses.toml`); an id
/// the catalog does not know is an error, so a misspelt clause never silently disappears.
struct Adopted(Vec<String>, Option<Arc<Recorder>>);

impl tera::Function<tera::TeraResult<tera::Value>> for Adopted {
    fn call(&self, kwargs: Kwargs, state: &State) -> tera::TeraResult<tera::Value> {
        let id: String = kwargs.must_get("id")?;
        if !self.0.contains(&id) {
            let near = crate::diag::closest(&id, self.0.iter().map(String::as_str))
                .map(|c| format!(" (did you mean `{c}`?)"))
                .unwrap_or_default();
            return Err(tera::Error::message(format!(
                "`{id}` is not a clause of templates/clauses.toml{near}"
            )));
        }
        if let Some(rec) = &self.1 {
            rec.clauses
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(id.clone());
        }
        let adopted: Option<tera::Value> = state.get(ADOPTED)?;
        let yes = adopted
            .as_ref()
            .and_then(|v| v.as_array())
            .is_some_and(|l| l.iter().any(|c| c.as_str() == Some(id.as_str())));
        Ok(tera::Value::from(yes))
    }
}

/// The context variable holding the ids of the adopted clauses.
const ADOPTED: &str = "clauses_adopted";

/// One `t()` call seen while rendering.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub lang: String,
    pub key: String,
    /// Variables passed, with whether each was a number.
    pub args: Vec<(String, bool)>,
    /// The string values passed (to find a fact value a select does not word).
    pub values: Vec<(String, String)>,
    /// The error formatting it gave, if any (missing message, missing variable…).
    pub error: Option<String>,
}

/// Records `t()` calls and the ISO/IEC 27017 items sections answer (see
/// [`Templates::load_with`]).
#[derive(Debug, Default)]
pub struct Recorder {
    pub calls: std::sync::Mutex<Vec<Call>>,
    /// (edition, item id, heading id) for every `anchor(answers=…)` rendered.
    pub answered: std::sync::Mutex<std::collections::BTreeSet<(String, String, String)>>,
    /// Every clause a template asked about with `adopted(id=…)`.
    pub clauses: std::sync::Mutex<std::collections::BTreeSet<String>>,
    /// While set, `t()` marks its output with where it came from (see [`crate::trace`]).
    pub tracing: std::sync::atomic::AtomicBool,
    /// The messages marked while tracing; a mark holds an index into this list.
    pub traced: std::sync::Mutex<Vec<Traced>>,
}

/// One `t()` call marked while tracing.
#[derive(Debug, Clone, PartialEq)]
pub struct Traced {
    pub key: String,
    pub lang: String,
    /// The fact the template names as what states this sentence (`because="backups.same_region"`),
    /// and whether that fact holds (is present, true, non-empty) for this company.
    pub because: Option<(String, bool)>,
}

/// The `t()` template function.
struct Translate(Arc<Localizer>, Option<Arc<Recorder>>);

impl tera::Function<tera::TeraResult<tera::Value>> for Translate {
    fn call(&self, kwargs: Kwargs, state: &State) -> tera::TeraResult<tera::Value> {
        let key: String = kwargs.must_get("key")?;
        let lang: String = state.get("lang")?.unwrap_or_default();
        // `because="area.field"`: the fact that states this sentence, for `explain` and
        // `check` (never a variable of the message)
        let because: Option<String> = kwargs.get("because")?;
        let mut args = Vec::new();
        for (k, v) in kwargs.iter() {
            let k = k.to_string();
            if k == "key" || k == "because" {
                continue;
            }
            let arg = if let Some(n) = v.as_f64() {
                Arg::Num(n)
            } else if let Some(s) = v.as_str() {
                Arg::Str(if v.is_safe() {
                    s.to_string()
                } else {
                    markdown::escape(s)
                })
            } else if v.is_none() || v.is_undefined() {
                continue;
            } else {
                Arg::Str(markdown::escape(&v.to_string()))
            };
            args.push((k, arg));
        }
        let args: Vec<(&str, Arg)> = args.iter().map(|(k, a)| (k.as_str(), a.clone())).collect();
        let result = self.0.format(&lang, &key, &args);
        let mark = match &self.1 {
            Some(rec) if rec.tracing.load(std::sync::atomic::Ordering::Relaxed) => {
                let because = match because {
                    Some(path) => {
                        let holds = because_value(state, &path)?;
                        Some((path, holds))
                    }
                    None => None,
                };
                let mut traced = rec.traced.lock().unwrap_or_else(|e| e.into_inner());
                traced.push(Traced {
                    key: key.clone(),
                    lang: lang.clone(),
                    because,
                });
                crate::trace::mark(traced.len() - 1)
            }
            _ => String::new(),
        };
        let result = result.map(|s| mark + &s);
        if let Some(rec) = &self.1 {
            let call = Call {
                lang,
                key: key.clone(),
                args: args
                    .iter()
                    .map(|(k, a)| (k.to_string(), matches!(a, Arg::Num(_))))
                    .collect(),
                values: args
                    .iter()
                    .filter_map(|(k, a)| match a {
                        Arg::Str(s) => Some((k.to_string(), s.clone())),
                        Arg::Num(_) => None,
                    })
                    .collect(),
                error: result.as_ref().err().cloned(),
            };
            rec.calls
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(call);
            return Ok(tera::Value::safe_string(
                &result.unwrap_or_else(|_| format!("[{key}]")),
            ));
        }
        let s = result.map_err(tera::Error::message)?;
        Ok(tera::Value::safe_string(&s))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// Whether the fact at `path` (`backups.same_region`, dotted, under `facts`) holds: present
/// and not false, zero, empty or none.
fn fact_holds(facts: &tera::Value, path: &str) -> bool {
    facts
        .get_from_path(path)
        .is_some_and(tera::Value::is_truthy)
}

/// The value `because=` names: under `facts`, or the edition's own facts (`edition.appendix`).
fn because_value(state: &State, path: &str) -> tera::TeraResult<bool> {
    Ok(match path.strip_prefix("edition.") {
        Some(rest) => {
            let edition: Option<tera::Value> = state.get("edition")?;
            edition.as_ref().is_some_and(|e| fact_holds(e, rest))
        }
        None => {
            let facts: Option<tera::Value> = state.get("facts")?;
            facts.as_ref().is_some_and(|f| fact_holds(f, path))
        }
    })
}

/// Format an ISO date (`YYYY-MM-DD`) with the language's `date` message.
pub fn format_date(l: &Localizer, lang: &str, iso: &str) -> Result<String, String> {
    let date = whitepaper_core::date::Date::parse(iso)
        .ok_or_else(|| format!("`{iso}` is not a date (YYYY-MM-DD)"))?;
    l.format(
        lang,
        "date",
        &[
            ("year", Arg::Num(f64::from(date.year))),
            ("month", Arg::Num(f64::from(date.month))),
            ("day", Arg::Num(f64::from(date.day))),
        ],
    )
}

/// The texts of a serialized text fact (`{"$text": {"ja": …, "en": …}}`, or `{"*": …}`
/// for one string in every language), if `value` is one.
pub fn text_fact(value: &Json) -> Option<&Map<String, Json>> {
    match value {
        Json::Object(m) if m.len() == 1 => m.get(TEXT_KEY)?.as_object(),
        _ => None,
    }
}

/// A text fact's text in `lang` (or the one for every language).
pub fn text_in<'a>(texts: &'a Map<String, Json>, lang: &str) -> Option<&'a Json> {
    texts.get(lang).or_else(|| texts.get("*"))
}

/// Resolve every localized text in `value` to `lang`.
pub fn localize(value: &Json, lang: &str) -> Json {
    match value {
        Json::Object(m) => {
            if let Some(texts) = text_fact(value) {
                return text_in(texts, lang)
                    .cloned()
                    .unwrap_or(Json::String(String::new()));
            }
            Json::Object(
                m.iter()
                    .map(|(k, v)| (k.clone(), localize(v, lang)))
                    .collect(),
            )
        }
        Json::Array(a) => Json::Array(a.iter().map(|v| localize(v, lang)).collect()),
        v => v.clone(),
    }
}

/// Index a localized list of facts by their `id` field.
fn by_id(list: &Json) -> Json {
    let mut m = Map::new();
    if let Json::Array(items) = list {
        for it in items {
            if let Some(id) = it.get("id").and_then(Json::as_str) {
                m.insert(id.to_string(), it.clone());
            }
        }
    }
    Json::Object(m)
}

/// The facts as templates see them in one language.
pub fn facts_context(facts_json: &Json, lang: &str) -> Context {
    let facts = localize(facts_json, lang);
    let mut ctx = Context::new();
    ctx.insert("services", &by_id(&facts["services"]["list"]));
    ctx.insert("providers", &by_id(&facts["infrastructure"]["providers"]));
    ctx.insert("regions", &by_id(&facts["infrastructure"]["regions"]));
    ctx.insert("countries", &by_id(&facts["infrastructure"]["countries"]));
    ctx.insert("certifications", &by_id(&facts["certifications"]["list"]));
    ctx.insert(ADOPTED, &facts["clauses"]["adopt"]);
    ctx.insert("facts", &facts);
    ctx.insert("lang", lang);
    ctx
}

/// Serialize the facts once (every language's context is derived from this).
pub fn facts_json(facts: &Facts) -> Json {
    serde_json::to_value(facts).unwrap_or(Json::Null)
}
