//! What the messages say about themselves: ids, attributes, variables, references and plural
//! selectors of every `.ftl` file, with byte spans (the Fluent AST borrows from the source,
//! so an identifier's offset is its distance from the start of the file).

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::PathBuf;

use fluent_syntax::ast;

use crate::l10n::Localizer;

/// One message, term or attribute in one language.
#[derive(Debug, Clone)]
pub struct Entry {
    pub lang: String,
    pub file: PathBuf,
    /// `id`, `id.attr`, `-term`.
    pub key: String,
    pub span: Range<usize>,
    pub is_term: bool,
    /// Variables used (`$days` → `days`), selectors included.
    pub vars: BTreeSet<String>,
    /// Messages and terms referenced (`other-message`, `-term`), with where each is first.
    pub refs: BTreeMap<String, Range<usize>>,
    /// Plural-looking selects: (selector variable, variant keys, span of the selector).
    pub selects: Vec<Select>,
}

#[derive(Debug, Clone)]
pub struct Select {
    pub var: Option<String>,
    pub number_function: bool,
    pub span: Range<usize>,
    /// Each variant: its key, the variables its text uses (nested selects included), and
    /// where its key is.
    pub variants: Vec<(String, BTreeSet<String>, Range<usize>)>,
}

impl Select {
    /// The variants' keys (`one`, `other`, `ja`…).
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.variants.iter().map(|(k, _, _)| k.as_str())
    }
}

fn offset(source: &str, part: &str) -> usize {
    let base = source.as_ptr() as usize;
    let p = part.as_ptr() as usize;
    if p >= base && p <= base + source.len() {
        p - base
    } else {
        0
    }
}

/// Every entry of every language.
pub fn entries(l: &Localizer) -> Vec<Entry> {
    let mut out = Vec::new();
    for (lang, files) in &l.files {
        for f in files {
            out.extend(entries_of(lang, f));
        }
    }
    out
}

/// The entries of one file of `lang`.
fn entries_of(lang: &str, f: &crate::l10n::LocaleFile) -> Vec<Entry> {
    let mut out = Vec::new();
    let lang = lang.to_string();
    let source = f.resource.source();
    for entry in f.resource.entries() {
        let (id, value, attrs, is_term) = match entry {
            ast::Entry::Message(m) => (m.id.name, m.value.as_ref(), &m.attributes, false),
            ast::Entry::Term(t) => (t.id.name, Some(&t.value), &t.attributes, true),
            _ => continue,
        };
        let span = offset(source, id)..offset(source, id) + id.len();
        let key = if is_term {
            format!("-{id}")
        } else {
            id.to_string()
        };
        if let Some(v) = value {
            let mut e = Entry {
                lang: lang.clone(),
                file: f.path.clone(),
                key: key.clone(),
                span: span.clone(),
                is_term,
                vars: BTreeSet::new(),
                refs: BTreeMap::new(),
                selects: Vec::new(),
            };
            walk_pattern(v, source, &mut e);
            out.push(e);
        }
        for a in attrs {
            let aspan = offset(source, a.id.name)..offset(source, a.id.name) + a.id.name.len();
            let mut e = Entry {
                lang: lang.clone(),
                file: f.path.clone(),
                key: format!("{key}.{}", a.id.name),
                span: aspan,
                is_term,
                vars: BTreeSet::new(),
                refs: BTreeMap::new(),
                selects: Vec::new(),
            };
            walk_pattern(&a.value, source, &mut e);
            out.push(e);
        }
    }
    out
}

fn walk_pattern(p: &ast::Pattern<&str>, source: &str, e: &mut Entry) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expr(expression, source, e);
        }
    }
}

fn walk_expr(x: &ast::Expression<&str>, source: &str, e: &mut Entry) {
    match x {
        ast::Expression::Inline(i) => walk_inline(i, source, e),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, source, e);
            let (var, number_function, at) = match selector {
                ast::InlineExpression::VariableReference { id } => {
                    (Some(id.name.to_string()), false, id.name)
                }
                ast::InlineExpression::FunctionReference { id, arguments }
                    if id.name == "NUMBER" =>
                {
                    let var = arguments.positional.iter().find_map(|a| match a {
                        ast::InlineExpression::VariableReference { id } => {
                            Some(id.name.to_string())
                        }
                        _ => None,
                    });
                    (var, true, id.name)
                }
                _ => (None, false, ""),
            };
            let start = if at.is_empty() { 0 } else { offset(source, at) };
            let index = e.selects.len();
            e.selects.push(Select {
                var,
                number_function,
                variants: Vec::new(),
                span: start..start + at.len().max(1),
            });
            for v in variants {
                let (key, at) = match &v.key {
                    ast::VariantKey::Identifier { name } => (name.to_string(), *name),
                    ast::VariantKey::NumberLiteral { value } => (value.to_string(), *value),
                };
                // the variant's own variables: walked alone, then added to the message's
                let outer = std::mem::take(&mut e.vars);
                walk_pattern(&v.value, source, e);
                let vars = std::mem::replace(&mut e.vars, outer);
                e.vars.extend(vars.iter().cloned());
                let at_start = offset(source, at);
                e.selects[index]
                    .variants
                    .push((key, vars, at_start..at_start + at.len().max(1)));
            }
        }
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, source: &str, e: &mut Entry) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            e.vars.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            let key = match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_string(),
            };
            let at = offset(source, id.name);
            e.refs.entry(key).or_insert(at..at + id.name.len());
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            let key = match attribute {
                Some(a) => format!("-{}.{}", id.name, a.name),
                None => format!("-{}", id.name),
            };
            // the span starts at the `-` before the term's name
            let at = offset(source, id.name).saturating_sub(1);
            e.refs.entry(key).or_insert(at..at + id.name.len() + 1);
            if let Some(args) = arguments {
                for a in &args.positional {
                    walk_inline(a, source, e);
                }
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, source, e);
            }
            for a in &arguments.named {
                walk_inline(&a.value, source, e);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expr(expression, source, e),
        _ => {}
    }
}

/// A message or term that refers to one its language does not define (`{ -brand }`,
/// `{ other-message }`, `{ msg.attr }`): Fluent would print the reference's name instead.
pub fn missing_references(entries: &[Entry]) -> Vec<crate::diag::Diagnostic> {
    let defined: BTreeSet<(&str, &str)> = entries
        .iter()
        .map(|e| (e.lang.as_str(), e.key.as_str()))
        .collect();
    let mut out = Vec::new();
    for e in entries {
        for (r, span) in &e.refs {
            if defined.contains(&(e.lang.as_str(), r.as_str())) {
                continue;
            }
            let what = if r.starts_with('-') {
                "term"
            } else {
                "message"
            };
            out.push(
                crate::diag::Diagnostic::error(
                    "missing-reference",
                    &e.file,
                    format!(
                        "`{}` refers to {what} `{r}`, which language `{}` does not define",
                        e.key, e.lang
                    ),
                )
                .with_span(Some(span.clone()))
                .with_help(format!(
                    "define `{r}` in a locales/{}/*.ftl file, or fix the name",
                    e.lang
                )),
            );
        }
    }
    out
}

/// The CLDR cardinal plural categories of `lang` (e.g. `en` → one, other; `ja` → other).
pub fn plural_categories(lang: &str) -> BTreeSet<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let mut out = BTreeSet::new();
    let Ok(langid) = lang.parse::<unic_langid::LanguageIdentifier>() else {
        return out;
    };
    let Ok(rules) = PluralRules::create(langid, PluralRuleType::CARDINAL) else {
        return out;
    };
    let samples = (0..=1000u32)
        .map(f64::from)
        .chain([0.5, 1.5, 2.5, 0.1, 1.1, 1e6, 1e7]);
    for n in samples {
        if let Ok(c) = rules.select(n) {
            out.insert(match c {
                PluralCategory::ZERO => "zero",
                PluralCategory::ONE => "one",
                PluralCategory::TWO => "two",
                PluralCategory::FEW => "few",
                PluralCategory::MANY => "many",
                PluralCategory::OTHER => "other",
            });
        }
    }
    out
}

/// Every select expression of `p` (nested ones too) whose selector is a variable: (variable,
/// variant keys).
pub fn variable_selects(p: &ast::Pattern<&str>, out: &mut Vec<(String, Vec<String>)>) {
    fn expr(x: &ast::Expression<&str>, out: &mut Vec<(String, Vec<String>)>) {
        match x {
            ast::Expression::Select { selector, variants } => {
                if let ast::InlineExpression::VariableReference { id } = selector {
                    out.push((
                        id.name.to_string(),
                        variants
                            .iter()
                            .map(|v| match &v.key {
                                ast::VariantKey::Identifier { name } => name.to_string(),
                                ast::VariantKey::NumberLiteral { value } => value.to_string(),
                            })
                            .collect(),
                    ));
                }
                for v in variants {
                    variable_selects(&v.value, out);
                }
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                expr(expression, out)
            }
            ast::Expression::Inline(_) => {}
        }
    }
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr(expression, out);
        }
    }
}

/// Where each message is defined, by (language, id): its file and line (the definition in
/// effect: a project's own over the built-in one).
pub fn definitions(l: &Localizer) -> BTreeMap<(String, String), (std::path::PathBuf, usize)> {
    let mut out = BTreeMap::new();
    for (lang, files) in &l.files {
        for f in files {
            let source = f.resource.source();
            for e in entries_of(lang, f) {
                let line = crate::diag::line_col(source, e.span.start).0;
                out.insert((lang.clone(), e.key), (f.path.clone(), line));
            }
        }
    }
    out
}

/// The (language, id) of every definition a syntax error left unparsed: the id that starts
/// each piece of junk (`wp-x = { $a` → `wp-x`).
pub fn broken(l: &Localizer) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for (lang, files) in &l.files {
        for f in files {
            for e in f.resource.entries() {
                if let ast::Entry::Junk { content } = e {
                    let id: String = content
                        .trim_start()
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    if !id.is_empty() {
                        out.insert((lang.clone(), id));
                    }
                }
            }
        }
    }
    out
}
