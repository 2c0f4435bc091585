//! `whitepaper schema`: the JSON Schema of a project's files, generated from the content model
//! (`schemars` reads the same types and doc comments the loader uses), and the Markdown
//! reference of every file, field and vocabulary (`docs/content-reference.md`).

use std::path::Path;

use schemars::SchemaGenerator;
use serde_json::{Map, Value as Json, json};

use crate::facts::{self, Edition, vocabulary};

/// The files a project has, each with its schema (a `$ref` into the bundle's `$defs`).
fn files(g: &mut SchemaGenerator) -> Vec<(String, Json)> {
    let mut out = vec![(
        "whitepaper.toml".to_string(),
        g.subschema_for::<crate::config::Config>().to_value(),
    )];
    for (file, s) in facts::file_schemas(g) {
        out.push((format!("content/{file}"), s.to_value()));
    }
    out.push((
        "content/editions/<edition>.toml".to_string(),
        g.subschema_for::<Edition>().to_value(),
    ));
    out.push((vocabulary::FILE.to_string(), vocabulary_schema(g)));
    out
}

fn vocabulary_schema(g: &mut SchemaGenerator) -> Json {
    let text = g.subschema_for::<facts::Text>().to_value();
    let mut props = Map::new();
    for (name, about) in vocabulary::ALL {
        let builtin = vocabulary::builtin_values(name);
        props.insert(
            name.to_string(),
            json!({
                "description": format!("Wording of `{name}` values ({about}), by id. Built in: {}.", if builtin.is_empty() { "none".to_string() } else { builtin.join(", ") }),
                "type": "object",
                "propertyNames": { "pattern": "^[a-z0-9-]+$" },
                "additionalProperties": text.clone(),
            }),
        );
    }
    props.insert(
        "message".to_string(),
        json!({
            "description": "Any message, by id, in the project's own words (replaces the built-in message).",
            "type": "object",
            "additionalProperties": text,
        }),
    );
    json!({
        "description": "The project's own wording of vocabulary values: `[<vocabulary>] <id> = { ja = \"…\", en = \"…\" }`. A wording is a Fluent pattern: `{ $service }` places a fact.",
        "type": "object",
        "properties": props,
        "additionalProperties": false,
    })
}

/// One JSON Schema for the whole project: an object keyed by file path, each file's schema
/// under `properties`, shared types under `$defs`.
pub fn bundle() -> Json {
    let mut g = SchemaGenerator::default();
    let files = files(&mut g);
    let defs: Map<String, Json> = g.take_definitions(true);
    let mut props = Map::new();
    for (f, s) in files {
        props.insert(f, s);
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "whitepaper project",
        "description": "The files of a whitepaper project, keyed by path. Validate one file against `properties[<path>]`, or write one schema per file with `whitepaper schema --out DIR`.",
        "type": "object",
        "properties": props,
        "$defs": defs,
    })
}

/// One standalone schema per file, for editors (taplo / Even Better TOML): `(file name, schema)`.
pub fn per_file() -> Vec<(String, Json)> {
    let b = bundle();
    let defs = b["$defs"].clone();
    let mut out = Vec::new();
    if let Some(props) = b["properties"].as_object() {
        for (path, s) in props {
            let mut schema = json!({
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "title": path,
                "$defs": defs.clone(),
            });
            if let (Some(o), Some(so)) = (schema.as_object_mut(), s.as_object()) {
                for (k, v) in so {
                    o.insert(k.clone(), v.clone());
                }
            }
            let name = Path::new(path)
                .file_name()
                .map(|f| f.to_string_lossy().replace("<edition>", "edition"))
                .unwrap_or_default()
                .replace(".toml", ".schema.json");
            out.push((name, schema));
        }
    }
    out
}

fn resolve<'a>(defs: &'a Json, s: &'a Json) -> &'a Json {
    match s.get("$ref").and_then(Json::as_str) {
        Some(r) => r
            .strip_prefix("#/$defs/")
            .and_then(|n| defs.get(n))
            .map(|d| resolve(defs, d))
            .unwrap_or(s),
        None => s,
    }
}

fn first_sentence(s: &str) -> String {
    let s = s.replace('\n', " ");
    s.replace('|', "\\|")
}

/// The kind of value a schema describes, in a word or two.
fn kind(defs: &Json, s: &Json) -> String {
    if let Some(k) = s.get("x-kind").and_then(Json::as_str) {
        return k.to_string();
    }
    if let Some(r) = s.get("$ref").and_then(Json::as_str) {
        if r.ends_with("/Text") {
            return "text".into();
        }
        return kind(defs, resolve(defs, s));
    }
    if let Some(inner) = single_alternative(s) {
        return kind(defs, inner);
    }
    let desc = s
        .get("description")
        .and_then(Json::as_str)
        .unwrap_or_default();
    if let Some(rest) = desc.strip_prefix("A `") {
        return format!("`{}` value", rest.split('`').next().unwrap_or_default());
    }
    if desc.starts_with("The id of this") {
        return "id".into();
    }
    if let Some(rest) = desc.strip_prefix("The id of a ") {
        return format!("{} id", rest.split(' ').next().unwrap_or_default());
    }
    let ty = match s.get("type") {
        Some(Json::Array(a)) => a
            .iter()
            .filter_map(Json::as_str)
            .find(|t| *t != "null")
            .unwrap_or("value")
            .to_string(),
        Some(Json::String(t)) => t.clone(),
        _ => {
            if s.get("enum").is_some() {
                "one of the values".into()
            } else {
                "value".into()
            }
        }
    };
    match ty.as_str() {
        "array" => {
            let items = s.get("items").cloned().unwrap_or(Json::Null);
            let ik = kind(defs, &items);
            if ik == "table" {
                "list of tables".into()
            } else {
                format!("list of {ik}")
            }
        }
        "object" => "table".into(),
        "integer" => "integer".into(),
        "boolean" => "true/false".into(),
        "string" => {
            if let Some(e) = s.get("enum").and_then(Json::as_array) {
                e.iter()
                    .filter_map(Json::as_str)
                    .map(|v| format!("`{v}`"))
                    .collect::<Vec<_>>()
                    .join(" / ")
            } else {
                "string".into()
            }
        }
        t => t.into(),
    }
}

fn rows(defs: &Json, s: &Json, prefix: &str, out: &mut Vec<String>, depth: usize) {
    let s = resolve(defs, s);
    let Some(props) = s.get("properties").and_then(Json::as_object) else {
        return;
    };
    let required: Vec<&str> = s
        .get("required")
        .and_then(Json::as_array)
        .map(|r| r.iter().filter_map(Json::as_str).collect())
        .unwrap_or_default();
    for (name, p) in props {
        let path = format!("{prefix}{name}");
        let desc = p
            .get("description")
            .and_then(Json::as_str)
            .or_else(|| resolve(defs, p).get("description").and_then(Json::as_str))
            .unwrap_or_default();
        let k = kind(defs, p);
        let desc = if desc.starts_with("Localized text:") || desc.starts_with("The id of a ") {
            ""
        } else {
            desc
        };
        out.push(format!(
            "| `{path}` | {k} | {} | {} |",
            if required.contains(&name.as_str()) {
                "yes"
            } else {
                ""
            },
            first_sentence(desc)
        ));
        if depth < 6 {
            let inner = resolve(defs, p);
            let item = unwrap_optional(defs, inner);
            if k.starts_with("list of tables") {
                if let Some(items) = item.get("items") {
                    rows(defs, items, &format!("{path}[]."), out, depth + 1);
                }
            } else if k == "table" && item.get("properties").is_some() {
                rows(defs, item, &format!("{path}."), out, depth + 1);
            }
        }
    }
}

/// `T` of an optional `T` (`anyOf: [T, null]`), if `s` is one.
fn single_alternative(s: &Json) -> Option<&Json> {
    ["anyOf", "oneOf"].iter().find_map(|key| {
        let alts = s.get(*key)?.as_array()?;
        let mut non_null = alts
            .iter()
            .filter(|a| a.get("type") != Some(&json!("null")));
        match (non_null.next(), non_null.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    })
}

fn unwrap_optional<'a>(defs: &'a Json, s: &'a Json) -> &'a Json {
    single_alternative(s).map_or(s, |inner| resolve(defs, inner))
}

/// The Markdown reference of every file, field and vocabulary (`docs/content-reference.md`,
/// kept true by a test).
pub fn reference() -> String {
    let b = bundle();
    let defs = &b["$defs"];
    let mut out = String::new();
    out.push_str("<!-- generated by `whitepaper schema --reference`; do not edit by hand -->\n");
    if let Some(props) = b["properties"].as_object() {
        for (path, s) in props {
            if path == vocabulary::FILE {
                continue;
            }
            let resolved = resolve(defs, s);
            out.push_str(&format!("\n## `{path}`\n\n"));
            if let Some(d) = resolved.get("description").and_then(Json::as_str) {
                out.push_str(&d.replace('\n', " "));
                out.push_str("\n\n");
            }
            let mut r = Vec::new();
            rows(defs, s, "", &mut r, 0);
            out.push_str("| field | kind | required | what it is |\n|---|---|---|---|\n");
            for row in r {
                out.push_str(&row);
                out.push('\n');
            }
        }
    }
    out.push_str(&format!("\n## Vocabularies (`{}`)\n\n", vocabulary::FILE));
    out.push_str("A vocabulary value is an id; its wording is the message `<vocabulary>-<id>`. Values with built-in wording are listed; any other id needs wording in `content/vocabulary.toml` (or a message in `locales/<lang>/`), and `check` reports one that has none.\n\n");
    out.push_str("| vocabulary | what its values are | built-in values |\n|---|---|---|\n");
    for (name, about) in vocabulary::ALL {
        let builtin = vocabulary::builtin_values(name);
        out.push_str(&format!(
            "| `{name}` | {about} | {} |\n",
            builtin
                .iter()
                .map(|v| format!("`{v}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    out.push_str(&format!(
        "\n## Clauses (`{}`)\n\n",
        crate::clauses::CATALOG_FILE
    ));
    out.push_str("A clause is a sentence of the built-in editions that states a practice, a commitment or a contract term no fact decides. It renders only when `content/clauses.toml` adopts it; `check` lists the clauses a project's templates ask about that it has neither adopted nor declined. To reword an adopted clause, define its messages in your own `locales/<lang>/*.ftl`. Built-in English wording:\n\n");
    out.push_str("| clause | edition | what adopting it says | messages (built-in English wording) |\n|---|---|---|---|\n");
    for c in crate::clauses::Catalog::builtin().clauses {
        let wording: Vec<String> = c
            .messages
            .iter()
            .map(|m| {
                let text = crate::defaults::builtin_message_source("en", m).unwrap_or_default();
                format!("`{m}`: {}", text.replace('|', "\\|"))
            })
            .collect();
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            c.id,
            c.edition,
            c.summary,
            wording.join("<br>")
        ));
    }
    out.push_str("<!-- end of the generated reference -->\n");
    out
}
