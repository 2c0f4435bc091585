//! The Localizer: one Fluent bundle per configured language, from `locales/<lang>/*.ftl`.
//!
//! Sentences live here, never in Rust or templates. Bidi isolation marks are switched off
//! (`set_use_isolating(false)`) so U+2068/U+2069 never reach Markdown, HTML or PDF, and a
//! missing message is an error, never a placeholder.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::diag::{Diagnostic, Sources};
use crate::facts::text::SeenTerm;
use crate::facts::vocabulary::Wording;
use crate::files::Tree;

/// One `.ftl` file, parsed.
pub struct LocaleFile {
    /// Path relative to the project root, e.g. `locales/ja/whitepaper.ftl`, or
    /// `<built-in>/locales/ja/whitepaper.ftl`.
    pub path: PathBuf,
    pub resource: Arc<FluentResource>,
    /// A built-in file the project did not replace.
    pub builtin: bool,
}

/// A text as a Fluent pattern: continuation lines indented.
fn indent(text: &str) -> String {
    text.trim().replace('\n', "\n    ")
}

/// Every configured language's messages.
pub struct Localizer {
    bundles: BTreeMap<String, FluentBundle<Arc<FluentResource>>>,
    /// The files of each language, in load order.
    pub files: BTreeMap<String, Vec<LocaleFile>>,
}

/// A value passed to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl Localizer {
    /// Load `locales/<lang>/*.ftl` for every language. Syntax errors and messages defined
    /// twice are diagnostics; all files are read before giving up.
    pub fn load(
        tree: &Tree,
        languages: &[String],
        wording: &[Wording],
        sources: &mut Sources,
    ) -> Result<Localizer, Vec<Diagnostic>> {
        let (l, diags) = Self::load_lenient(tree, languages, wording, sources);
        if diags.is_empty() { Ok(l) } else { Err(diags) }
    }

    /// Like [`Localizer::load`], but always returns what could be loaded (the parsable
    /// entries of every file) together with the problems found, for `check`.
    pub fn load_lenient(
        tree: &Tree,
        languages: &[String],
        wording: &[Wording],
        sources: &mut Sources,
    ) -> (Localizer, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let mut bundles = BTreeMap::new();
        let mut all_files = BTreeMap::new();
        for lang in languages {
            if let Some((bundle, files)) = load_language(tree, lang, wording, sources, &mut diags) {
                bundles.insert(lang.clone(), bundle);
                all_files.insert(lang.clone(), files);
            }
        }
        (
            Localizer {
                bundles,
                files: all_files,
            },
            diags,
        )
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.bundles.keys().map(String::as_str)
    }

    pub fn has(&self, lang: &str, id: &str) -> bool {
        let (msg, attr) = split_key(id);
        self.bundles
            .get(lang)
            .and_then(|b| b.get_message(msg))
            .is_some_and(|m| match attr {
                Some(a) => m.get_attribute(a).is_some(),
                None => m.value().is_some(),
            })
    }

    /// The pattern of message `key` (`id` or `id.attribute`) in `lang`, as the bundle has it
    /// (the project's wording from content included).
    pub fn pattern(&self, lang: &str, key: &str) -> Option<&fluent_syntax::ast::Pattern<&str>> {
        let (id, attr) = split_key(key);
        let msg = self.bundles.get(lang)?.get_message(id)?;
        match attr {
            Some(a) => msg.get_attribute(a).map(|a| a.value()),
            None => msg.value(),
        }
    }

    /// Format message `key` (`id` or `id.attribute`) in `lang`.
    pub fn format(&self, lang: &str, key: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        let bundle = self
            .bundles
            .get(lang)
            .ok_or_else(|| format!("`{lang}` is not a configured language"))?;
        let (id, attr) = split_key(key);
        let msg = bundle
            .get_message(id)
            .ok_or_else(|| format!("message `{id}` is missing in language `{lang}`"))?;
        let pattern = match attr {
            Some(a) => msg
                .get_attribute(a)
                .map(|a| a.value())
                .ok_or_else(|| format!("attribute `{key}` is missing in language `{lang}`"))?,
            None => msg
                .value()
                .ok_or_else(|| format!("message `{id}` has no value in language `{lang}`"))?,
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fargs.set(*k, FluentValue::from(s.as_str())),
                Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        if let Some(e) = errors.first() {
            return Err(format!("message `{key}` in language `{lang}`: {e}"));
        }
        Ok(out.into_owned())
    }
}

/// A message or term defined twice: points at the later definition, in `f`.
fn duplicate(f: &LocaleFile, is_term: bool, id: &str, lang: &str) -> Diagnostic {
    let source = f.resource.source();
    let needle = if is_term {
        format!("-{id}")
    } else {
        id.to_string()
    };
    let span = source
        .match_indices(&needle)
        .map(|(i, _)| i)
        .filter(|&i| {
            (i == 0 || source.as_bytes()[i - 1] == b'\n')
                && source[i + needle.len()..].trim_start().starts_with('=')
        })
        .last()
        .map(|i| i..i + needle.len());
    Diagnostic::error(
        "duplicate-message",
        &f.path,
        format!(
            "{} `{id}` is defined twice in language `{lang}`",
            if is_term { "term" } else { "message" }
        ),
    )
    .with_span(span)
    .with_help("each message id must be unique across the project's files of a language")
}

fn split_key(key: &str) -> (&str, Option<&str>) {
    match key.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (key, None),
    }
}

type Bundle = FluentBundle<Arc<FluentResource>>;

fn load_language(
    tree: &Tree,
    lang: &str,
    wording: &[Wording],
    sources: &mut Sources,
    diags: &mut Vec<Diagnostic>,
) -> Option<(Bundle, Vec<LocaleFile>)> {
    let Ok(langid) = lang.parse::<LanguageIdentifier>() else {
        diags.push(Diagnostic::error(
            "config",
            crate::config::CONFIG_FILE,
            format!("`{lang}` is not a BCP 47 language tag"),
        ));
        return None;
    };
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let dir = PathBuf::from("locales").join(lang);
    let located = crate::defaults::locales(tree, lang);
    if located.is_empty() {
        diags.push(
            Diagnostic::error(
                "missing-locale",
                &dir,
                format!("no messages for language `{lang}`"),
            )
            .with_help(format!(
                "built-in messages exist for {}; for another language create {}/<name>.ftl with every message",
                crate::defaults::builtin_languages().join(", "),
                dir.display()
            )),
        );
        return None;
    }
    let mut files = Vec::new();
    for file in located {
        let rel = file.rel.clone();
        let text = match file.read() {
            Ok(t) => t,
            Err(e) => {
                diags.push(crate::files::read_error(&rel, &e));
                continue;
            }
        };
        sources.insert(&rel, &text);
        if let Some((at, c)) = crate::files::control_char(&text) {
            diags.push(crate::files::control_char_error(&rel, at, c));
            continue;
        }
        if let Some(at) = too_deeply_nested(&text) {
            diags.push(nesting_error(&rel, Some(at..at + 1)));
            continue;
        }
        let resource = match FluentResource::try_new(text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    diags.push(
                        Diagnostic::error(
                            "fluent-syntax",
                            &rel,
                            format!("Fluent syntax error: {}", e.kind),
                        )
                        .with_span(Some(e.pos.clone())),
                    );
                }
                r
            }
        };
        files.push(LocaleFile {
            path: rel,
            resource: Arc::new(resource),
            builtin: file.is_builtin(),
        });
    }
    // Built-in files first; then the project's, whose messages replace built-in ones of the
    // same id (a project file of the same name as a built-in one replaces it whole). Within
    // each group an id defined twice is an error.
    let mut project_ids = std::collections::BTreeMap::new();
    for f in files.iter().filter(|f| f.builtin) {
        if let Err(errors) = bundle.add_resource(f.resource.clone()) {
            for e in errors {
                if let FluentError::Overriding { kind, id } = e {
                    let is_term = kind.to_string() == "term";
                    diags.push(duplicate(f, is_term, &id, lang));
                }
            }
        }
    }
    for f in files.iter().filter(|f| !f.builtin) {
        for entry in f.resource.entries() {
            let (is_term, id) = match entry {
                fluent_syntax::ast::Entry::Message(m) => (false, m.id.name),
                fluent_syntax::ast::Entry::Term(t) => (true, t.id.name),
                _ => continue,
            };
            if project_ids
                .insert((is_term, id.to_string()), f.path.clone())
                .is_some()
            {
                diags.push(duplicate(f, is_term, id, lang));
            }
        }
        bundle.add_resource_overriding(f.resource.clone());
    }
    // The project's own wording from content/vocabulary.toml: added last, replacing any
    // message of the same id.
    for w in wording {
        let Some(text) = w.text.get(lang) else {
            continue; // the loader reports the missing language
        };
        let source = format!("{} = {}\n", w.id, indent(text));
        if too_deeply_nested(&source).is_some() {
            diags.push(nesting_error(&w.file, None));
            continue;
        }
        match FluentResource::try_new(source) {
            Ok(r) => bundle.add_resource_overriding(Arc::new(r)),
            Err((_, errors)) => {
                for e in errors {
                    diags.push(
                        Diagnostic::error(
                            "fluent-syntax",
                            &w.file,
                            format!(
                                "the `{lang}` wording of `{}` is not valid Fluent: {}",
                                w.id, e.kind
                            ),
                        )
                        .with_span(Some(w.text.span.clone()))
                        .with_help("write `{ $name }` for a fact, `{\"{\"}` for a literal brace"),
                    );
                }
            }
        }
    }
    if bundle.add_builtins().is_err() {
        diags.push(Diagnostic::error(
            "fluent",
            &dir,
            "cannot add Fluent built-in functions",
        ));
    }
    Some((bundle, files))
}

/// Placeables nested deeper than this (`{ { { … } } }`) are refused before parsing: the
/// Fluent parser is recursive, and a hostile file would overflow its stack.
pub const MAX_PLACEABLE_DEPTH: usize = 32;

/// The byte offset of the first `{` nested deeper than [`MAX_PLACEABLE_DEPTH`], if any.
/// String literals inside placeables (`{ "{" }`) and comment lines are skipped.
pub fn too_deeply_nested(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    let mut line_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        if line_start && depth == 0 && b == b'#' {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        line_start = b == b'\n';
        match b {
            b'{' => {
                depth += 1;
                if depth > MAX_PLACEABLE_DEPTH {
                    return Some(i);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            b'"' if depth > 0 => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn nesting_error(rel: &std::path::Path, span: Option<std::ops::Range<usize>>) -> Diagnostic {
    Diagnostic::error(
        "fluent-syntax",
        rel,
        format!("placeables are nested more than {MAX_PLACEABLE_DEPTH} deep"),
    )
    .with_span(span)
    .with_help("a message needs a few levels at most: simplify it")
}

/// Every vocabulary value used in content must have wording in every language.
pub fn check_terms(
    terms: &[(PathBuf, SeenTerm)],
    localizer: &Localizer,
    languages: &[String],
) -> Vec<Diagnostic> {
    // one finding per value, at its first use, with the count of its uses
    let mut uses: BTreeMap<String, usize> = BTreeMap::new();
    for (_, t) in terms {
        *uses.entry(t.message()).or_default() += 1;
    }
    let mut out = Vec::new();
    let mut reported = std::collections::BTreeSet::new();
    for (file, t) in terms {
        let message = t.message();
        if !reported.insert(message.clone()) {
            continue;
        }
        let used = uses.get(&message).copied().unwrap_or(1);
        let missing: Vec<&str> = languages
            .iter()
            .filter(|l| !localizer.has(l, &message))
            .map(String::as_str)
            .collect();
        if missing.is_empty() {
            continue;
        }
        let builtin = crate::facts::vocabulary::builtin_values(t.vocabulary);
        out.push(
            Diagnostic::error(
                "missing-wording",
                file,
                format!(
                    "{} `{}` has no wording in {}{}",
                    t.vocabulary,
                    t.id,
                    missing
                        .iter()
                        .map(|l| format!("`{l}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    if used > 1 {
                        format!(" (used {used} times; this is the first)")
                    } else {
                        String::new()
                    }
                ),
            )
            .with_span(Some(t.span.clone()))
            .with_help(format!(
                "word it in {}: [{}] {} = {{ {} }}, or define the message `{message}`{}",
                crate::facts::vocabulary::FILE,
                t.vocabulary,
                t.id,
                missing
                    .iter()
                    .map(|l| format!("{l} = \"…\""))
                    .collect::<Vec<_>>()
                    .join(", "),
                if builtin.is_empty() {
                    String::new()
                } else {
                    format!("; built-in values: {}", builtin.join(", "))
                }
            )),
        );
    }
    out
}

#[cfg(test)]
mod nesting_tests {
    use super::*;

    #[test]
    fn deep_placeables_are_found_strings_and_comments_skipped() {
        assert_eq!(too_deeply_nested("a = { $x } and { -t }\n"), None);
        let deep = format!("a = {}x{}\n", "{ ".repeat(40), " }".repeat(40));
        assert_eq!(too_deeply_nested(&deep), Some(4 + 2 * 32));
        assert_eq!(
            too_deeply_nested(&format!("# {}\nb = c\n", "{".repeat(50))),
            None
        );
        assert_eq!(
            too_deeply_nested(&format!("a = {{ \"{}\" }}\n", "{".repeat(50))),
            None
        );
    }
}
