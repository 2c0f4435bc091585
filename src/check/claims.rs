//! `unbacked-claim`: a block of an edition whose built-in wording states something about the
//! company with nothing the company wrote behind it — no fact value in it, no fact its
//! template names as what states it (`because=`), no clause the company adopted.

use crate::diag::Diagnostic;
use crate::explain::{Tracer, is_term, states};

/// Messages that join or frame other words and state nothing themselves.
fn connective(key: &str) -> bool {
    key.starts_with("list-")
        || matches!(
            key,
            "sentence-sep" | "period" | "date" | "language-name" | "link-languages" | "note-mark"
        )
}

/// Whether a message is worded as the tool words it: built in, and not reworded by the project
/// (a company's own wording is something the company wrote).
fn builtin(lang: &str, key: &str, tracer: &Tracer) -> bool {
    let Some(ours) = crate::defaults::builtin_message_source(lang, key) else {
        return false;
    };
    let theirs = tracer.loaded.localizer.files.get(lang).and_then(|files| {
        files
            .iter()
            .rev()
            .find_map(|f| crate::defaults::message_source(f.resource.source(), key))
    });
    theirs.is_none_or(|t| t == ours)
}

/// Every block of every edition and language that states a claim with nothing behind it, and
/// every block worded by a clause the company has not adopted.
pub fn unbacked(tracer: &Tracer) -> Vec<Diagnostic> {
    let cfg = &tracer.loaded.project.config;
    let catalog = &tracer.loaded.facts.catalog;
    let by_message = catalog.by_message();
    let clauses = &tracer.loaded.facts.facts.clauses;
    let definitions = crate::messages::definitions(&tracer.loaded.localizer);
    let mut out: Vec<Diagnostic> = Vec::new();
    // whether a message is worded as built in, once per message (it reads the message files)
    let mut is_builtin: std::collections::HashMap<(String, String), bool> = Default::default();
    for ed in &cfg.editions {
        for lang in &cfg.languages {
            let Ok((blocks, traced)) = tracer.blocks(ed, lang) else {
                continue; // the build's own error is reported elsewhere
            };
            for b in blocks.iter().filter(|b| states(b.kind)) {
                let calls: Vec<_> = b.calls.iter().filter_map(|&i| traced.get(i)).collect();
                let worded: Vec<_> = calls
                    .iter()
                    .filter(|t| {
                        !connective(&t.key)
                            && *is_builtin
                                .entry((t.lang.clone(), t.key.clone()))
                                .or_insert_with(|| builtin(&t.lang, &t.key, tracer))
                    })
                    .collect();
                let Some(first) = worded.first() else {
                    continue;
                };
                let at = |key: &str| {
                    definitions
                        .get(&(lang.clone(), key.to_string()))
                        .cloned()
                        .unwrap_or_else(|| (format!("locales/{lang}").into(), 0))
                };
                let excerpt: String = b.text.chars().take(80).collect();
                // a clause's wording renders only when the clause is adopted
                let mut unadopted = None;
                let mut in_clause = false;
                for t in &worded {
                    if let Some(ids) = by_message.get(t.key.as_str()) {
                        in_clause = true;
                        if !ids.iter().any(|id| clauses.adopts(id)) {
                            unadopted = Some((t.key.clone(), ids.join("`, `")));
                        }
                    }
                }
                if let Some((key, ids)) = unadopted {
                    let (file, line) = at(&key);
                    out.push(
                        Diagnostic::warning(
                            "unbacked-claim",
                            file,
                            format!(
                                "`{key}` (line {line}) renders in the {ed}, but its clause `{ids}` is not adopted: “{excerpt}”"
                            ),
                        )
                        .with_help("the template must ask `adopted(id=…)` before it renders a clause's wording"),
                    );
                    out.dedup_by(|a, b| a.message == b.message);
                    continue;
                }
                let facts = !tracer.facts_in(&b.text).is_empty();
                let stated = calls.iter().any(|t| {
                    t.because.as_ref().is_some_and(|(_, holds)| *holds) || is_term(&t.key)
                });
                if in_clause || facts || stated {
                    continue;
                }
                let (file, line) = at(&first.key);
                let d = Diagnostic::warning(
                    "unbacked-claim",
                    file,
                    format!(
                        "`{}` (line {line}) states something in the {ed} with no fact or adopted clause behind it: “{excerpt}”",
                        first.key
                    ),
                )
                .with_help("render it only from a fact and name that fact, t(key=…, because=\"area.field\"), or make it a clause the company adopts (templates/clauses.toml)");
                // once per message and edition, in the first language it shows in
                let key = format!("`{}` (", first.key);
                if !out.iter().any(|o| {
                    o.message.starts_with(&key) && o.message.contains(&format!(" the {ed}"))
                }) {
                    out.push(d);
                }
            }
        }
    }
    out
}
