//! Two versions of the facts compared as data (their JSON), generically over the content
//! model: lists whose entries carry an `id` are matched by id, lists of plain values as sets,
//! other lists by position, and a text in every language (`{ ja = …, en = … }`) is one
//! value. No area has code of its own: a new area, field or list is compared like the others.
//! Also how a value or a path in the facts is named for people ([`show`], [`path_label`]).

use std::collections::BTreeMap;

use serde_json::{Map, Value as Json};

/// A section of an edition: its anchor and its heading (with its number) per language.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionRef {
    pub edition: String,
    pub id: String,
    pub heading: BTreeMap<String, String>,
    /// Its place in the edition (with the newer facts; a section that is gone comes after).
    pub order: usize,
}

/// One change of the facts.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub kind: Kind,
    pub path: Vec<Seg>,
    /// The value before (not for `Added`).
    pub from: Option<Json>,
    /// The value after (not for `Removed`).
    pub to: Option<Json>,
    /// What the path reads as, per language (`backups › policies › nightly › items › 1 (Database) › kept`).
    pub label: BTreeMap<String, String>,
    /// The same from the innermost entry on, by its name (`Shared files › kept`).
    pub short: BTreeMap<String, String>,
    pub sections: Vec<SectionRef>,
}

/// One step of a path into the facts.
#[derive(Debug, Clone, PartialEq)]
pub enum Seg {
    /// A table's field.
    Key(String),
    /// The entry of a list with this `id`.
    Id(String),
    /// The entry of a list at this position (lists whose entries have no id).
    Index(usize),
    /// A value of a list of plain values (a set: `services = ["a", "b"]`).
    Value(Json),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Added,
    Removed,
    Changed,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Changed => "changed",
        }
    }
}

/// A text fact (see [`crate::template::text_fact`]).
pub fn is_text(v: &Json) -> bool {
    crate::template::text_fact(v).is_some()
}

/// A text fact in `lang`.
pub fn text_in(v: &Json, lang: &str) -> Option<String> {
    crate::template::text_fact(v)
        .and_then(|t| crate::template::text_in(t, lang))
        .and_then(Json::as_str)
        .map(str::to_string)
}

/// Two entries that differ at most in their `id` and `name`: one entry renamed.
pub fn same_but_name(a: &Json, b: &Json) -> bool {
    let (Some(a), Some(b)) = (a.as_object(), b.as_object()) else {
        return false;
    };
    let rest = |m: &Map<String, Json>| -> Vec<(String, Json)> {
        m.iter()
            .filter(|(k, _)| *k != "id" && *k != "name")
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    !rest(a).is_empty() && rest(a) == rest(b)
}

pub fn id_of(v: &Json) -> Option<&str> {
    v.get("id").and_then(Json::as_str)
}

pub fn compare(path: &mut Vec<Seg>, old: &Json, new: &Json, out: &mut Vec<Change>) {
    if old == new {
        return;
    }
    let change = |kind, path: &[Seg], from: Option<&Json>, to: Option<&Json>| Change {
        kind,
        path: path.to_vec(),
        from: from.cloned(),
        to: to.cloned(),
        label: BTreeMap::new(),
        short: BTreeMap::new(),
        sections: Vec::new(),
    };
    match (old, new) {
        (Json::Object(a), Json::Object(b)) if !is_text(old) && !is_text(new) => {
            for (k, va) in a {
                path.push(Seg::Key(k.clone()));
                match b.get(k) {
                    Some(vb) => compare(path, va, vb, out),
                    None if !va.is_null() => out.push(change(Kind::Removed, path, Some(va), None)),
                    None => {}
                }
                path.pop();
            }
            for (k, vb) in b {
                if !a.contains_key(k) && !vb.is_null() {
                    path.push(Seg::Key(k.clone()));
                    out.push(change(Kind::Added, path, None, Some(vb)));
                    path.pop();
                }
            }
        }
        (Json::Array(a), Json::Array(b)) => {
            let with_ids = |l: &[Json]| l.iter().all(|e| id_of(e).is_some());
            let plain = |l: &[Json]| l.iter().all(|e| !e.is_object() && !e.is_array());
            if !a.is_empty() && !b.is_empty() && with_ids(a) && with_ids(b)
                || (a.is_empty() && with_ids(b) && !b.is_empty())
                || (b.is_empty() && with_ids(a) && !a.is_empty())
            {
                let gone: Vec<&Json> = a
                    .iter()
                    .filter(|ea| !b.iter().any(|eb| id_of(eb) == id_of(ea)))
                    .collect();
                let new_ones: Vec<&Json> = b
                    .iter()
                    .filter(|eb| !a.iter().any(|ea| id_of(ea) == id_of(eb)))
                    .collect();
                // an entry whose id changed with its name, nothing else: renamed, not one
                // removed and another added
                let mut renamed: Vec<(&Json, &Json)> = Vec::new();
                for ea in &gone {
                    if let Some(eb) = new_ones.iter().find(|eb| {
                        same_but_name(ea, eb) && !renamed.iter().any(|r| std::ptr::eq(r.1, **eb))
                    }) {
                        renamed.push((ea, eb));
                    }
                }
                for ea in a {
                    let id = id_of(ea).unwrap_or_default();
                    path.push(Seg::Id(id.to_string()));
                    match b.iter().find(|eb| id_of(eb) == Some(id)) {
                        Some(eb) => compare(path, ea, eb, out),
                        None => match renamed.iter().find(|r| std::ptr::eq(r.0, ea)) {
                            Some((_, eb)) => {
                                out.push(change(Kind::Changed, path, Some(ea), Some(eb)))
                            }
                            None => out.push(change(Kind::Removed, path, Some(ea), None)),
                        },
                    }
                    path.pop();
                }
                for eb in b {
                    let id = id_of(eb).unwrap_or_default();
                    if !a.iter().any(|ea| id_of(ea) == Some(id))
                        && !renamed.iter().any(|r| std::ptr::eq(r.1, eb))
                    {
                        path.push(Seg::Id(id.to_string()));
                        out.push(change(Kind::Added, path, None, Some(eb)));
                        path.pop();
                    }
                }
            } else if plain(a) && plain(b) {
                for ea in a.iter().filter(|e| !b.contains(e)) {
                    path.push(Seg::Value(ea.clone()));
                    out.push(change(Kind::Removed, path, Some(ea), None));
                    path.pop();
                }
                for eb in b.iter().filter(|e| !a.contains(e)) {
                    path.push(Seg::Value(eb.clone()));
                    out.push(change(Kind::Added, path, None, Some(eb)));
                    path.pop();
                }
            } else {
                for i in 0..a.len().max(b.len()) {
                    path.push(Seg::Index(i));
                    match (a.get(i), b.get(i)) {
                        (Some(ea), Some(eb)) => compare(path, ea, eb, out),
                        (Some(ea), None) => out.push(change(Kind::Removed, path, Some(ea), None)),
                        (None, Some(eb)) => out.push(change(Kind::Added, path, None, Some(eb))),
                        (None, None) => {}
                    }
                    path.pop();
                }
            }
        }
        _ => out.push(change(Kind::Changed, path, Some(old), Some(new))),
    }
}

/// The value at `path`, if it is there.
pub fn at<'a>(root: &'a Json, path: &[Seg]) -> Option<&'a Json> {
    let mut v = root;
    for seg in path {
        v = match (seg, v) {
            (Seg::Key(k), Json::Object(m)) => m.get(k)?,
            (Seg::Id(id), Json::Array(l)) => l.iter().find(|e| id_of(e) == Some(id))?,
            (Seg::Index(i), Json::Array(l)) => l.get(*i)?,
            (Seg::Value(x), Json::Array(l)) => l.iter().find(|e| *e == x)?,
            _ => return None,
        };
    }
    Some(v)
}

/// `old` with one change made.
pub fn apply(old: &Json, change: &Change) -> Json {
    let mut v = old.clone();
    let Some((last, parent)) = change.path.split_last() else {
        return change.to.clone().unwrap_or(Json::Null);
    };
    let mut cur = &mut v;
    for seg in parent {
        let next = match (seg, cur) {
            (Seg::Key(k), Json::Object(m)) => m.get_mut(k),
            (Seg::Id(id), Json::Array(l)) => l.iter_mut().find(|e| id_of(e) == Some(id)),
            (Seg::Index(i), Json::Array(l)) => l.get_mut(*i),
            (Seg::Value(x), Json::Array(l)) => l.iter_mut().find(|e| *e == x),
            _ => None,
        };
        let Some(next) = next else { return v };
        cur = next;
    }
    match (last, cur, &change.to) {
        (Seg::Key(k), Json::Object(m), Some(to)) => {
            m.insert(k.clone(), to.clone());
        }
        (Seg::Key(k), Json::Object(m), None) => {
            m.remove(k);
        }
        (Seg::Id(id), Json::Array(l), to) => {
            let pos = l.iter().position(|e| id_of(e) == Some(id));
            match (pos, to) {
                (Some(p), Some(to)) => l[p] = to.clone(),
                (Some(p), None) => {
                    l.remove(p);
                }
                (None, Some(to)) => l.push(to.clone()),
                (None, None) => {}
            }
        }
        (Seg::Index(i), Json::Array(l), to) => match to {
            Some(to) if *i < l.len() => l[*i] = to.clone(),
            Some(to) => l.push(to.clone()),
            None if *i < l.len() => {
                l.remove(*i);
            }
            None => {}
        },
        (Seg::Value(x), Json::Array(l), to) => match to {
            Some(to) => l.push(to.clone()),
            None => l.retain(|e| e != x),
        },
        _ => {}
    }
    v
}

/// A value as the content files write it: a text is a string (the same in every language)
/// or a table of languages, not the `$text` wrapper the facts serialize it in.
pub fn plain(v: &Json) -> Json {
    match v {
        Json::Object(_) if let Some(t) = crate::template::text_fact(v) => match t.get("*") {
            Some(same) if t.len() == 1 => same.clone(),
            _ => Json::Object(t.clone()),
        },
        Json::Object(m) => Json::Object(m.iter().map(|(k, v)| (k.clone(), plain(v))).collect()),
        Json::Array(l) => Json::Array(l.iter().map(plain).collect()),
        other => other.clone(),
    }
}

/// A value as a reader sees it in `lang`: a text in that language, a list joined, an entry
/// by its name.
pub fn show(v: &Json, lang: &str) -> String {
    if let Some(t) = text_in(v, lang) {
        return t;
    }
    match v {
        Json::String(s) => s.clone(),
        Json::Null => "—".into(),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) => n.to_string(),
        Json::Array(l) => l
            .iter()
            .map(|e| show(e, lang))
            .collect::<Vec<_>>()
            .join(", "),
        Json::Object(m) => entry_name(m, lang)
            .or_else(|| id_of(v).map(str::to_string))
            .unwrap_or_else(|| serde_json::to_string(v).unwrap_or_default()),
    }
}

/// What an entry is called: its `name`, `label` or `title`; else its first text; else its
/// first plain string (often the id of what it is about: `service = "…"`).
pub fn entry_name(m: &Map<String, Json>, lang: &str) -> Option<String> {
    let text = |v: &Json| text_in(v, lang).or_else(|| v.as_str().map(str::to_string));
    ["name", "label", "title"]
        .iter()
        .find_map(|k| m.get(*k).and_then(text))
        .or_else(|| m.values().find_map(|v| text_in(v, lang)))
        .or_else(|| {
            m.iter()
                .filter(|(k, _)| k.as_str() != "id")
                .find_map(|(_, v)| v.as_str().map(str::to_string))
        })
}

/// The path in words: `backups › policies › Nightly (nightly) › items › 1 (Database) › kept`.
/// `short`: from the innermost entry on, named without its id or position.
pub fn path_label(old: &Json, new: &Json, path: &[Seg], lang: &str, short: bool) -> String {
    let mut parts = Vec::new();
    let from = if short {
        path.iter()
            .rposition(|p| matches!(p, Seg::Id(_) | Seg::Index(_)))
            .unwrap_or(0)
    } else {
        0
    };
    for (k, seg) in path.iter().enumerate().skip(from) {
        let here = at(new, &path[..=k]).or_else(|| at(old, &path[..=k]));
        let name = here
            .and_then(Json::as_object)
            .and_then(|m| entry_name(m, lang));
        parts.push(match seg {
            Seg::Key(key) => key.clone(),
            Seg::Id(id) => match name {
                Some(n) if short => n,
                Some(n) if n != *id => format!("{n} ({id})"),
                _ => id.clone(),
            },
            Seg::Index(i) => match name {
                Some(n) if short => n,
                Some(n) => format!("{} ({n})", i + 1),
                None => format!("{}", i + 1),
            },
            Seg::Value(v) => show(v, lang),
        });
    }
    parts.join(" › ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn changes(old: Json, new: Json) -> Vec<Change> {
        let mut out = Vec::new();
        compare(&mut Vec::new(), &old, &new, &mut out);
        out
    }

    #[test]
    fn lists_with_ids_match_by_id_and_plain_lists_as_sets() {
        let old = json!({ "area": { "list": [
            { "id": "a", "name": { "$text": { "*": "A" } }, "regions": ["x"] },
            { "id": "b", "kept": 30 },
        ] } });
        let new = json!({ "area": { "list": [
            { "id": "b", "kept": 14 },
            { "id": "c", "name": { "$text": { "*": "C" } } },
            { "id": "a", "name": { "$text": { "*": "A2" } }, "regions": ["x", "y"] },
        ] } });
        let c = changes(old.clone(), new.clone());
        let kinds: Vec<(Kind, &Seg)> = c.iter().map(|c| (c.kind, c.path.last().unwrap())).collect();
        assert_eq!(
            kinds,
            vec![
                (Kind::Changed, &Seg::Key("name".into())),
                (Kind::Added, &Seg::Value(json!("y"))),
                (Kind::Changed, &Seg::Key("kept".into())),
                (Kind::Added, &Seg::Id("c".into())),
            ],
            "reordering is no change; a text is one value"
        );
        // each change applies alone to the old facts
        for ch in &c {
            let after = apply(&old, ch);
            assert_eq!(changes(old.clone(), after).len(), 1, "{ch:?}");
        }
        assert_eq!(
            show(&json!({ "$text": { "ja": "東京", "en": "Tokyo" } }), "en"),
            "Tokyo"
        );
        assert_eq!(plain(&json!({ "$text": { "*": "A" } })), json!("A"));
    }

    #[test]
    fn an_entry_renamed_with_its_id_is_one_change() {
        let old = json!({ "list": [{ "id": "pd", "name": "PD", "function": "ops" }] });
        let new = json!({ "list": [{ "id": "pd-cloud", "name": "PD Cloud", "function": "ops" }] });
        let c = changes(old.clone(), new.clone());
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].kind, Kind::Changed);
        assert_eq!(c[0].path.last(), Some(&Seg::Id("pd".into())));
        assert_eq!(apply(&old, &c[0]), new);
        // another function too: removed and added
        let other =
            json!({ "list": [{ "id": "pd-cloud", "name": "PD Cloud", "function": "mail" }] });
        assert_eq!(changes(old, other).len(), 2);
    }
}
