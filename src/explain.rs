//! `whitepaper explain`: for each block of the built documents containing a text, the
//! messages that worded it (file and line), the facts that filled it (file, line and key),
//! the facts its template names as what states it, and the clauses it belongs to — so a
//! reviewer can confirm every sentence against its source.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;

use crate::pipeline::BuildError;
use crate::pipeline::{self, Loaded};
use crate::template::{Recorder, Traced};
use crate::trace::{self, Block, BlockKind, FactValue};

/// Where a sentence came from.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Explained {
    pub edition: String,
    pub lang: String,
    pub kind: &'static str,
    pub text: String,
    pub messages: Vec<Source>,
    pub facts: Vec<Source>,
    /// Facts the template names as what states the sentence (`because=`).
    pub stated_by: Vec<Source>,
    /// Clauses of `content/clauses.toml` the sentence belongs to.
    pub clauses: Vec<Source>,
}

/// One source: what (a message id, a fact's key, a clause id) and where (`file:line`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Source {
    pub what: String,
    pub file: PathBuf,
    pub line: usize,
    /// The fact's value, for facts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// Everything one traced render of a project needs to name sources.
pub struct Tracer {
    pub loaded: Loaded,
    pub recorder: Arc<Recorder>,
    facts_json: serde_json::Value,
    values: Vec<FactValue>,
    messages: BTreeMap<(String, String), (PathBuf, usize)>,
}

impl Tracer {
    pub fn load(tree: &crate::files::Tree) -> Result<Tracer, BuildError> {
        let recorder = Arc::new(Recorder::default());
        let loaded = pipeline::load_with(tree, Some(recorder.clone()))?;
        let facts_json = crate::template::facts_json(&loaded.facts.facts);
        let values = trace::fact_values(&loaded.sources);
        let messages = crate::messages::definitions(&loaded.localizer);
        Ok(Tracer {
            loaded,
            recorder,
            facts_json,
            values,
            messages,
        })
    }

    /// An error naming what is configured when `edition` or `lang` is not.
    pub fn scope(&self, edition: Option<&str>, lang: Option<&str>) -> Result<(), String> {
        let cfg = &self.loaded.project.config;
        for (given, known, what) in [
            (edition, &cfg.editions, "edition"),
            (lang, &cfg.languages, "language"),
        ] {
            if let Some(g) = given
                && !known.iter().any(|k| k == g)
            {
                return Err(format!(
                    "`{g}` is not a configured {what} (whitepaper.toml: {})",
                    known.join(", ")
                ));
            }
        }
        Ok(())
    }

    /// The blocks of one edition in one language, with the calls their marks name.
    pub fn blocks(
        &self,
        edition: &str,
        lang: &str,
    ) -> Result<(Vec<Block>, Vec<Traced>), crate::diag::Diagnostic> {
        self.recorder
            .traced
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
        let blocks = pipeline::render_traced(
            &self.loaded,
            &self.recorder,
            &self.facts_json,
            edition,
            lang,
        )?;
        let traced = self
            .recorder
            .traced
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        Ok((blocks, traced))
    }

    /// The facts whose values appear in `text`.
    pub fn facts_in(&self, text: &str) -> Vec<&FactValue> {
        self.values
            .iter()
            .filter(|v| trace::appears(text, &v.value))
            .collect()
    }

    /// Name every source of `block`.
    pub fn explain(
        &self,
        edition: &str,
        lang: &str,
        block: &Block,
        traced: &[Traced],
    ) -> Explained {
        let mut messages = Vec::new();
        let mut stated_by = Vec::new();
        let mut clause_ids = Vec::new();
        let mut terms = Vec::new();
        let by_message = self.loaded.facts.catalog.by_message();
        for &i in &block.calls {
            let Some(t) = traced.get(i) else { continue };
            let (file, line) = self
                .messages
                .get(&(t.lang.clone(), t.key.clone()))
                .cloned()
                .unwrap_or_else(|| (PathBuf::from(format!("locales/{}", t.lang)), 0));
            let m = Source {
                what: t.key.clone(),
                file,
                line,
                value: None,
            };
            if !messages.contains(&m) {
                messages.push(m);
            }
            if let Some((path, _)) = &t.because {
                let s = self.locate_path(path);
                if !stated_by.contains(&s) {
                    stated_by.push(s);
                }
            }
            if let Some((vocabulary, id)) = term_of(&t.key)
                && let Some((file, seen)) = self
                    .loaded
                    .facts
                    .terms
                    .iter()
                    .find(|(_, s)| s.vocabulary == vocabulary && s.id == id)
            {
                let line = self
                    .loaded
                    .sources
                    .get(file)
                    .map_or(0, |text| trace::line_of(text, &seen.span));
                let s = Source {
                    what: format!("{vocabulary} value"),
                    file: file.clone(),
                    line,
                    value: Some(id.to_string()),
                };
                if !terms.contains(&s) {
                    terms.push(s);
                }
            }
            for c in by_message.get(t.key.as_str()).into_iter().flatten() {
                if !clause_ids.contains(c) {
                    clause_ids.push(*c);
                }
            }
        }
        let text = crate::typography::plain(&block.text, lang);
        let mut facts: Vec<Source> = self
            .facts_in(&block.text)
            .into_iter()
            .map(|v| Source {
                what: v.path.clone(),
                file: v.file.clone(),
                line: v.line,
                value: Some(v.value.clone()),
            })
            .collect();
        facts.extend(terms);
        let clauses = clause_ids
            .into_iter()
            .map(|id| {
                let c = &self.loaded.facts.facts.clauses;
                let at = c.adopt.iter().find(|x| x.id == id).map(|x| x.span.clone());
                let file = PathBuf::from("content/clauses.toml");
                let line = match (at, self.loaded.sources.get(&file)) {
                    (Some(span), Some(text)) => trace::line_of(text, &span),
                    _ => 0,
                };
                Source {
                    what: id.to_string(),
                    file,
                    line,
                    value: None,
                }
            })
            .collect();
        Explained {
            edition: edition.to_string(),
            lang: lang.to_string(),
            kind: block.kind.name(),
            text,
            messages,
            facts,
            stated_by,
            clauses,
        }
    }

    /// Where `area.field` (a `because=` path) is written: its file, and the line of its key.
    fn locate_path(&self, path: &str) -> Source {
        let area = path.split('.').next().unwrap_or_default();
        let key = path
            .rsplit('.')
            .find(|p| !p.chars().all(|c| c.is_ascii_digit()))
            .unwrap_or(area);
        let file = if area == "company" {
            PathBuf::from(crate::config::CONFIG_FILE)
        } else {
            PathBuf::from(format!("content/{}.toml", area.replace('_', "-")))
        };
        let line = self
            .loaded
            .sources
            .get(&file)
            .and_then(|text| {
                text.lines().position(|l| {
                    let l = l.trim_start();
                    l.strip_prefix(key)
                        .is_some_and(|r| r.trim_start().starts_with('='))
                        || l.starts_with(&format!("[[{key}]]"))
                        || l.starts_with(&format!("[{key}]"))
                })
            })
            .map_or(0, |i| i + 1);
        Source {
            what: path.to_string(),
            file,
            line,
            value: None,
        }
    }
}

/// Every block of the project's editions (or `edition`) in its languages (or `lang`) whose text
/// contains `needle` (spaces and case as the reader sees them: compared after collapsing
/// whitespace).
pub fn explain(
    tracer: &Tracer,
    edition: Option<&str>,
    lang: Option<&str>,
    needle: &str,
) -> Result<Vec<Explained>, crate::diag::Diagnostic> {
    let cfg = &tracer.loaded.project.config;
    let needle = needle.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    for ed in cfg
        .editions
        .iter()
        .filter(|e| edition.is_none_or(|x| x == *e))
    {
        for l in cfg
            .languages
            .iter()
            .filter(|x| lang.is_none_or(|y| y == *x))
        {
            let (blocks, traced) = tracer.blocks(ed, l)?;
            for b in &blocks {
                let plain = crate::typography::plain(&b.text, l);
                if b.text.contains(&needle) || plain.contains(&needle) {
                    out.push(tracer.explain(ed, l, b, &traced));
                }
            }
        }
    }
    Ok(out)
}

/// `explain`'s report for tools (schema `whitepaper-explain/1`).
pub fn json(found: &[Explained]) -> String {
    let v = serde_json::json!({ "schema": "whitepaper-explain/1", "blocks": found });
    format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default())
}

/// `explain`'s report for people.
pub fn human(found: &[Explained]) -> String {
    let mut s = String::new();
    for e in found {
        s.push_str(&format!(
            "{} ({}), {}:\n  {}\n",
            e.edition, e.lang, e.kind, e.text
        ));
        let mut section = |title: &str, list: &[Source]| {
            if list.is_empty() {
                return;
            }
            s.push_str(&format!("  {title}:\n"));
            for x in list {
                let at = format!("{}:{}", x.file.display(), x.line);
                match &x.value {
                    Some(v) => s.push_str(&format!("    {at}  {} = {v:?}\n", x.what)),
                    None => s.push_str(&format!("    {at}  {}\n", x.what)),
                }
            }
        };
        section("worded by", &e.messages);
        section("filled from", &e.facts);
        section("stated because of", &e.stated_by);
        section("clause adopted", &e.clauses);
        s.push('\n');
    }
    s
}

/// A vocabulary value's wording (`customer-duty-passwords`): the value is a fact the company
/// wrote. Returns the vocabulary and the value.
pub fn term_of(key: &str) -> Option<(&'static str, &str)> {
    // the longest vocabulary name that prefixes the key (`account-type-x` is not `account`'s)
    crate::facts::vocabulary::ALL
        .iter()
        .filter_map(|(name, _)| {
            let rest = key.strip_prefix(name)?.strip_prefix('-')?;
            Some((*name, rest))
        })
        .max_by_key(|(name, _)| name.len())
}

pub fn is_term(key: &str) -> bool {
    term_of(key).is_some()
}

/// Whether a block is a sentence about the company (headings and table headers are labels).
pub fn states(kind: BlockKind) -> bool {
    !matches!(kind, BlockKind::Heading | BlockKind::TableHeader)
}
