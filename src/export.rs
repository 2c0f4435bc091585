//! `whitepaper export`: the facts, machine-readable, for a trust-center page or a security
//! questionnaire. JSON (schema `whitepaper-export/1`) of every area or of one, or CSV of one
//! list (RFC 4180), generically over the content model: a new area or field is exported
//! like the others.

use serde_json::{Value as Json, json};

use crate::pipeline::Loaded;

/// Why an export could not be made (a bad `--what`): the message says what would do.
#[derive(Debug)]
pub struct ExportError(pub String);

/// The value `what` names: `area` or `area.field…` (no `what`: every area).
fn select<'a>(facts: &'a Json, what: Option<&str>) -> Result<&'a Json, ExportError> {
    let Some(what) = what else { return Ok(facts) };
    let mut v = facts;
    let mut walked = Vec::new();
    for part in what.split('.') {
        v = match v.get(part) {
            Some(next) => next,
            None => {
                let here = if walked.is_empty() {
                    "the facts".to_string()
                } else {
                    format!("`{}`", walked.join("."))
                };
                let keys: Vec<&str> = v
                    .as_object()
                    .map(|m| m.keys().map(String::as_str).collect())
                    .unwrap_or_default();
                return Err(ExportError(format!(
                    "{here} has no `{part}`; it has: {}",
                    keys.join(", ")
                )));
            }
        };
        walked.push(part);
    }
    Ok(v)
}

/// JSON: `{ "schema": "whitepaper-export/1", "company", "languages", "what", "facts" }`;
/// texts are strings (one for every language) or tables of languages, as in the content
/// files.
pub fn to_json(loaded: &Loaded, what: Option<&str>) -> Result<Json, ExportError> {
    let facts = crate::changes::facts_value(loaded);
    let data = select(&facts, what)?;
    Ok(json!({
        "schema": "whitepaper-export/1",
        "company": crate::compare::plain(&facts["company"]["name"]),
        "languages": loaded.project.config.languages,
        "what": what.unwrap_or(""),
        "facts": crate::compare::plain(data),
    }))
}

/// The list `what` names, as entries: the value itself when it is a list, or the one list
/// of an area (`list` when it has several).
fn rows<'a>(facts: &'a Json, what: &str) -> Result<&'a Vec<Json>, ExportError> {
    let v = select(facts, Some(what))?;
    if let Json::Array(l) = v {
        return Ok(l);
    }
    let lists: Vec<(&String, &Vec<Json>)> = v
        .as_object()
        .map(|m| {
            m.iter()
                .filter_map(|(k, v)| v.as_array().map(|l| (k, l)))
                .filter(|(_, l)| l.iter().all(Json::is_object))
                .collect()
        })
        .unwrap_or_default();
    match lists.as_slice() {
        [(_, l)] => Ok(l),
        many => match many.iter().find(|(k, _)| k.as_str() == "list") {
            Some((_, l)) => Ok(l),
            None => Err(ExportError(format!(
                "`{what}` is not one list; name one of its lists: {}",
                many.iter()
                    .map(|(k, _)| format!("{what}.{k}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        },
    }
}

/// One entry as columns: a text gives a column per language (`name.ja`, `name.en`), a
/// table its fields (`retention.days`), a list of values one cell (`a; b`), a list of
/// tables one cell of JSON.
fn flatten(prefix: &str, v: &Json, languages: &[String], out: &mut Vec<(String, String)>) {
    let key = |k: &str| {
        if prefix.is_empty() {
            k.to_string()
        } else {
            format!("{prefix}.{k}")
        }
    };
    match v {
        Json::Object(_) if crate::template::text_fact(v).is_some() => {
            for lang in languages {
                let text = crate::compare::show(v, lang);
                out.push((key(lang), text));
            }
        }
        Json::Object(m) => {
            for (k, v) in m {
                flatten(&key(k), v, languages, out);
            }
        }
        Json::Array(l) if l.iter().all(|e| !e.is_object() && !e.is_array()) => {
            out.push((
                prefix.to_string(),
                l.iter()
                    .map(|e| crate::compare::show(e, ""))
                    .collect::<Vec<_>>()
                    .join("; "),
            ));
        }
        Json::Array(_) => out.push((
            prefix.to_string(),
            serde_json::to_string(&crate::compare::plain(v)).unwrap_or_default(),
        )),
        Json::Null => out.push((prefix.to_string(), String::new())),
        other => out.push((prefix.to_string(), crate::compare::show(other, ""))),
    }
}

/// A CSV cell (RFC 4180): quoted when it holds a quote, comma or line break; a cell a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) starts with `'`.
fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains(['"', ',', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// CSV of the list `what` names: a header row, one row per entry, CRLF line ends.
pub fn to_csv(loaded: &Loaded, what: &str) -> Result<String, ExportError> {
    let facts = crate::changes::facts_value(loaded);
    let entries = rows(&facts, what)?;
    let languages = &loaded.project.config.languages;
    let flat: Vec<Vec<(String, String)>> = entries
        .iter()
        .map(|e| {
            let mut out = Vec::new();
            flatten("", e, languages, &mut out);
            out
        })
        .collect();
    let mut columns: Vec<String> = Vec::new();
    for row in &flat {
        for (k, _) in row {
            if !columns.contains(k) {
                columns.push(k.clone());
            }
        }
    }
    // the id first, as in the content files
    if let Some(i) = columns.iter().position(|c| c == "id") {
        let id = columns.remove(i);
        columns.insert(0, id);
    }
    let mut out = String::new();
    let line = |cells: Vec<String>| cells.join(",") + "\r\n";
    out.push_str(&line(columns.iter().map(|c| cell(c)).collect()));
    for row in &flat {
        let m: std::collections::HashMap<&str, &str> =
            row.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        out.push_str(&line(
            columns
                .iter()
                .map(|c| cell(m.get(c.as_str()).copied().unwrap_or_default()))
                .collect(),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_per_rfc_4180_and_never_run_as_formulas() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a, b"), "\"a, b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(cell("東京, 日本"), "\"東京, 日本\"");
    }

    #[test]
    fn entries_flatten_to_columns() {
        let langs = vec!["ja".to_string(), "en".to_string()];
        let e = json!({ "id": "x", "name": { "$text": { "*": "X" } },
            "function": { "$text": { "ja": "機能", "en": "Function" } },
            "regions": ["a", "b"], "kept": 14, "deposit": { "days": 30 } });
        let mut out = Vec::new();
        flatten("", &e, &langs, &mut out);
        let mut keys: Vec<&str> = out.iter().map(|(k, _)| k.as_str()).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "deposit.days",
                "function.en",
                "function.ja",
                "id",
                "kept",
                "name.en",
                "name.ja",
                "regions"
            ]
        );
        assert!(out.contains(&("regions".into(), "a; b".into())));
        assert!(out.contains(&("name.en".into(), "X".into())));
    }
}
