//! `anchor(…, answers=…)`: a heading's id, number scheme and the catalog items its section
//! answers; `coverage(catalog=…)`: those items so far in this render, for an appendix that
//! maps each item to the section that answers it.

use std::cell::RefCell;
use std::sync::Arc;

use tera::{Kwargs, State};

use super::Recorder;
use crate::coverage::Catalogs;

thread_local! {
    /// (`catalog:item`, heading id) of every `anchor(answers=…)` of the render running on this
    /// thread (one render runs on one thread from start to end).
    static ANSWERED: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Forget the answers of the last render on this thread (called when a render starts).
pub fn start_render() {
    ANSWERED.with(|a| a.borrow_mut().clear());
}

pub struct Anchor(pub Option<Arc<Recorder>>, pub Arc<Catalogs>);

impl tera::Function<tera::TeraResult<tera::Value>> for Anchor {
    fn call(&self, kwargs: Kwargs, state: &State) -> tera::TeraResult<tera::Value> {
        let id: String = kwargs.must_get("id")?;
        if !whitepaper_core::ids::is_anchor(&id) {
            return Err(tera::Error::message(format!(
                "invalid anchor id `{id}`: use ASCII letters, digits, `-` and `_`"
            )));
        }
        let number: Option<String> = kwargs.get("number")?;
        if let Some(n) = &number
            && !whitepaper_core::ids::is_anchor(n)
        {
            return Err(tera::Error::message(format!(
                "invalid numbering scheme `{n}`: use ASCII letters, digits, `-` and `_`"
            )));
        }
        if let Some(v) = kwargs.get::<tera::Value>("answers")? {
            let items: Vec<String> = match v.as_str() {
                Some(s) => vec![s.to_string()],
                None => v
                    .as_array()
                    .map(|l| {
                        l.iter()
                            .filter_map(|x| x.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default(),
            };
            let mut keys = Vec::new();
            for item in &items {
                let Some((c, i)) = self.1.resolve(item) else {
                    let near = crate::diag::closest(
                        item,
                        self.1
                            .references()
                            .iter()
                            .map(String::as_str)
                            .collect::<Vec<_>>(),
                    )
                    .map(|c| format!(" (did you mean `{c}`?)"))
                    .unwrap_or_default();
                    return Err(tera::Error::message(format!(
                        "`{item}` is not an item of a catalog{near}: an ISO/IEC 27017 item by its id, another catalog's as `<catalog>:<id>` (catalogs/*.toml)"
                    )));
                };
                keys.push(format!("{}:{}", c.id, i.id));
            }
            ANSWERED.with(|a| {
                a.borrow_mut()
                    .extend(keys.iter().map(|k| (k.clone(), id.clone())))
            });
            if let Some(rec) = &self.0 {
                let edition: String = state.get("edition_id")?.unwrap_or_default();
                let mut answered = rec.answered.lock().unwrap_or_else(|e| e.into_inner());
                for key in keys {
                    answered.insert((edition.clone(), key, id.clone()));
                }
            }
        }
        Ok(tera::Value::safe_string(&match number {
            Some(n) => format!("{{#{id} .number-{n}}}"),
            None => format!("{{#{id}}}"),
        }))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// `coverage(catalog="iso-27017")`: the catalog's name and every item, in order, as
/// `{name, items: [{clause, title, cloud_specific, sections, reason}]}` — the heading ids of the sections
/// rendered so far that answer it, or the company's reason it does not apply (in the language
/// being rendered), or neither.
pub struct CoverageFn(pub Arc<Catalogs>);

impl tera::Function<tera::TeraResult<tera::Value>> for CoverageFn {
    fn call(&self, kwargs: Kwargs, state: &State) -> tera::TeraResult<tera::Value> {
        let id: String = kwargs.must_get("catalog")?;
        let Some(catalog) = self.0.get(&id) else {
            return Err(tera::Error::message(format!(
                "no catalog `{id}` (catalogs: {})",
                self.0
                    .list
                    .iter()
                    .map(|c| c.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        };
        let lang: String = state.get("lang")?.unwrap_or_default();
        let facts: Option<tera::Value> = state.get("facts")?;
        let declared: Vec<(String, String)> = facts
            .as_ref()
            .and_then(|f| f.get_from_path("applicability.not_applicable"))
            .and_then(|v| v.as_array())
            .map(|l| {
                l.iter()
                    .filter_map(|d| {
                        let item = d.get_from_path("item")?.as_str()?.to_string();
                        let reason = d.get_from_path("reason")?.as_str()?.to_string();
                        Some((item, reason))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let answered = ANSWERED.with(|a| a.borrow().clone());
        let mut items = Vec::new();
        for item in &catalog.items {
            let key = format!("{}:{}", catalog.id, item.id);
            let sections: Vec<String> = answered
                .iter()
                .filter(|(k, _)| *k == key)
                .map(|(_, h)| h.clone())
                .collect();
            let reason = declared
                .iter()
                .find(|(r, _)| {
                    self.0
                        .resolve(r)
                        .is_some_and(|(c, i)| c.id == catalog.id && i.id == item.id)
                })
                .map(|(_, reason)| reason.clone());
            items.push(serde_json::json!({
                "clause": item.clause,
                "title": item.title_in(&lang),
                "cloud_specific": item.cloud_specific,
                "sections": sections,
                "reason": reason,
            }));
        }
        Ok(tera::Value::from_serializable(&serde_json::json!({
            "name": catalog.name_in(&lang),
            "items": items,
        })))
    }
}
