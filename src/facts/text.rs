//! Localized text and references between facts.
//!
//! Both types register themselves, with their byte span, in a per-thread [`Collector`] while a
//! file is deserialized. The loader drains it after each file, so that every localized field
//! can be checked for every configured language and every reference resolved against the
//! ids that exist — without each fact struct writing its own validation code.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// Key under which a [`Text`] serializes, so the template stage can find and resolve it.
pub const TEXT_KEY: &str = "$text";

/// A fact that is itself text: either one string for every language (`"Acme Cloud"`) or one
/// string per language (`{ ja = "日本 東京", en = "Tokyo, Japan" }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub value: TextValue,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextValue {
    Same(String),
    PerLang(BTreeMap<String, String>),
}

impl Text {
    /// The text in `lang` (falls back to nothing: a missing language is a `check` error that
    /// the loader already reported).
    pub fn get(&self, lang: &str) -> Option<&str> {
        match &self.value {
            TextValue::Same(s) => Some(s),
            TextValue::PerLang(m) => m.get(lang).map(String::as_str),
        }
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(1))?;
        match &self.value {
            TextValue::Same(v) => map.serialize_entry(TEXT_KEY, &BTreeMap::from([("*", v)]))?,
            TextValue::PerLang(m) => map.serialize_entry(TEXT_KEY, m)?,
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = toml::Spanned::<TextRepr>::deserialize(d)?;
        let span = spanned.span();
        let value = spanned.into_inner().0;
        COLLECTOR.with(|c| {
            c.borrow_mut().texts.push(SeenText {
                span: span.clone(),
                value: value.clone(),
            })
        });
        Ok(Text { value, span })
    }
}

struct TextRepr(TextValue);

/// Text is printed into documents and terminals: no control characters but line breaks and
/// tabs (a NUL, an ESC sequence or a BEL never reaches an output or a diagnostic).
fn no_control<E: de::Error>(v: &str) -> Result<(), E> {
    match v
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
    {
        Some(c) => Err(E::custom(format!(
            "control character U+{:04X} in text: remove it",
            c as u32
        ))),
        None => Ok(()),
    }
}

impl<'de> Deserialize<'de> for TextRepr {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = TextRepr;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, or a table of one string per language such as { ja = \"…\", en = \"…\" }")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<TextRepr, E> {
                no_control(v)?;
                Ok(TextRepr(TextValue::Same(v.to_string())))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<TextRepr, A::Error> {
                let mut m = BTreeMap::new();
                while let Some((k, v)) = a.next_entry::<String, String>()? {
                    no_control(&v)?;
                    if m.insert(k.clone(), v).is_some() {
                        return Err(de::Error::custom(format!("language `{k}` given twice")));
                    }
                }
                Ok(TextRepr(TextValue::PerLang(m)))
            }
        }
        d.deserialize_any(V)
    }
}

/// The kinds of thing a fact can refer to by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RefKind {
    Service,
    Provider,
    Region,
    Country,
    Certification,
    Subprocessor,
    DeletionGroup,
}

impl RefKind {
    pub fn name(self) -> &'static str {
        match self {
            RefKind::Service => "service",
            RefKind::Provider => "provider",
            RefKind::Region => "region",
            RefKind::Country => "country",
            RefKind::Certification => "certification",
            RefKind::Subprocessor => "subprocessor",
            RefKind::DeletionGroup => "deletion group",
        }
    }

    /// The content file that defines the facts of this kind.
    pub fn file(self) -> &'static str {
        match self {
            RefKind::Service => "content/services.toml",
            RefKind::Provider | RefKind::Region | RefKind::Country => "content/infrastructure.toml",
            RefKind::Certification => "content/certifications.toml",
            RefKind::Subprocessor => "content/subprocessors.toml",
            RefKind::DeletionGroup => "content/deletion.toml",
        }
    }
}

/// A reference by id to another fact of kind `K` (e.g. `service = "chat"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ref<K: RefKindMarker> {
    pub id: String,
    pub span: Range<usize>,
    _kind: std::marker::PhantomData<K>,
}

pub trait RefKindMarker: fmt::Debug + Clone + PartialEq + Eq {
    const KIND: RefKind;
}

macro_rules! ref_kinds {
    ($($marker:ident => $kind:ident),* $(,)?) => {$(
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $marker;
        impl RefKindMarker for $marker { const KIND: RefKind = RefKind::$kind; }
    )*};
}
ref_kinds!(ServiceK => Service, ProviderK => Provider, RegionK => Region, CountryK => Country, CertificationK => Certification, SubprocessorK => Subprocessor, DeletionGroupK => DeletionGroup);

pub type ServiceRef = Ref<ServiceK>;
pub type ProviderRef = Ref<ProviderK>;
pub type RegionRef = Ref<RegionK>;
pub type CountryRef = Ref<CountryK>;
pub type CertificationRef = Ref<CertificationK>;
pub type SubprocessorRef = Ref<SubprocessorK>;
pub type DeletionGroupRef = Ref<DeletionGroupK>;

/// A list of references in which each id appears once (`deserialize_with`): naming the same
/// subprocessor, country or service twice in one list is a slip, reported at the list.
pub fn unique_refs<'de, D, K>(d: D) -> Result<Vec<Ref<K>>, D::Error>
where
    D: Deserializer<'de>,
    K: RefKindMarker,
    Ref<K>: Deserialize<'de>,
{
    let v = Vec::<Ref<K>>::deserialize(d)?;
    for (i, r) in v.iter().enumerate() {
        if v[..i].iter().any(|o| o.id == r.id) {
            return Err(de::Error::custom(format!(
                "{} `{}` is listed twice in this list",
                K::KIND.name(),
                r.id
            )));
        }
    }
    Ok(v)
}

/// The schema of a field read by [`one_or_many`]: one table, or an array of them.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

/// One table or an array of tables (`[x]` or `[[x]]`): a list either way. (Not an untagged
/// enum: that would buffer the values and lose the spans facts keep.)
pub fn one_or_many<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct V<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a table or an array of tables")
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Vec<T>, A::Error> {
            Vec::<T>::deserialize(de::value::SeqAccessDeserializer::new(seq))
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Vec<T>, A::Error> {
            Ok(vec![T::deserialize(
                de::value::MapAccessDeserializer::new(map),
            )?])
        }
    }
    d.deserialize_any(V(std::marker::PhantomData))
}

/// [`unique_refs`] for an optional list.
pub fn unique_refs_opt<'de, D, K>(d: D) -> Result<Option<Vec<Ref<K>>>, D::Error>
where
    D: Deserializer<'de>,
    K: RefKindMarker,
    Ref<K>: Deserialize<'de>,
{
    unique_refs(d).map(Some)
}

impl<K: RefKindMarker> Serialize for Ref<K> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.id)
    }
}

impl<'de, K: RefKindMarker> Deserialize<'de> for Ref<K> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = toml::Spanned::<String>::deserialize(d)?;
        let span = spanned.span();
        let id = spanned.into_inner();
        COLLECTOR.with(|c| {
            c.borrow_mut().refs.push(SeenRef {
                kind: K::KIND,
                id: id.clone(),
                span: span.clone(),
            })
        });
        Ok(Ref {
            id,
            span,
            _kind: std::marker::PhantomData,
        })
    }
}

/// An id that defines a fact others can refer to (`id = "chat"` in a `[[service]]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Id<K: RefKindMarker> {
    pub id: String,
    pub span: Range<usize>,
    _kind: std::marker::PhantomData<K>,
}

pub type ServiceId = Id<ServiceK>;
pub type ProviderId = Id<ProviderK>;
pub type RegionId = Id<RegionK>;
pub type CountryId = Id<CountryK>;
pub type CertificationId = Id<CertificationK>;
pub type SubprocessorId = Id<SubprocessorK>;
pub type DeletionGroupId = Id<DeletionGroupK>;

impl<K: RefKindMarker> Serialize for Id<K> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.id)
    }
}

impl<'de, K: RefKindMarker> Deserialize<'de> for Id<K> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = toml::Spanned::<String>::deserialize(d)?;
        let span = spanned.span();
        let id = spanned.into_inner();
        if !whitepaper_core::ids::is_id(&id) {
            return Err(de::Error::custom(format!(
                "invalid id `{id}`: ids are lowercase ASCII letters, digits and `-`"
            )));
        }
        COLLECTOR.with(|c| {
            c.borrow_mut().ids.push(SeenRef {
                kind: K::KIND,
                id: id.clone(),
                span: span.clone(),
            })
        });
        Ok(Id {
            id,
            span,
            _kind: std::marker::PhantomData,
        })
    }
}

/// A vocabulary: a set of values content uses by id, whose wording is the Fluent message
/// `<vocabulary>-<id>` (built in, in the project's `locales/`, or in `content/vocabulary.toml`).
pub trait Vocabulary: fmt::Debug + Clone + PartialEq + Eq {
    /// The vocabulary's name (`deletion-trigger`), the prefix of its messages.
    const NAME: &'static str;
    /// What its values are, for the schema and the content reference.
    const ABOUT: &'static str;
    /// The values that have built-in wording.
    fn builtin_values() -> Vec<String>;
}

/// A value of vocabulary `V` (`trigger = "trial-expired"`): any id; `check` reports one that
/// has no wording in some language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term<V: Vocabulary> {
    pub id: String,
    pub span: Range<usize>,
    _v: std::marker::PhantomData<V>,
}

impl<V: Vocabulary> Term<V> {
    /// The message that words this value.
    pub fn message(&self) -> String {
        format!("{}-{}", V::NAME, self.id)
    }
}

impl<V: Vocabulary> Serialize for Term<V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.id)
    }
}

impl<'de, V: Vocabulary> Deserialize<'de> for Term<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = toml::Spanned::<String>::deserialize(d)?;
        let span = spanned.span();
        let id = spanned.into_inner();
        if !whitepaper_core::ids::is_id(&id) {
            return Err(de::Error::custom(format!(
                "invalid {} `{id}`: vocabulary values are lowercase ASCII letters, digits and `-`",
                V::NAME
            )));
        }
        COLLECTOR.with(|c| {
            c.borrow_mut().terms.push(SeenTerm {
                vocabulary: V::NAME,
                id: id.clone(),
                span: span.clone(),
            })
        });
        Ok(Term {
            id,
            span,
            _v: std::marker::PhantomData,
        })
    }
}

/// A URL given as a fact (`url = "https://…"`): checked when read (an allowed scheme, see
/// [`whitepaper_core::links`]), kept normalized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url {
    pub url: String,
    pub span: Range<usize>,
}

impl Serialize for Url {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.url)
    }
}

impl<'de> Deserialize<'de> for Url {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let spanned = toml::Spanned::<String>::deserialize(d)?;
        let span = spanned.span();
        let url =
            whitepaper_core::links::check_url(spanned.get_ref()).map_err(de::Error::custom)?;
        Ok(Url { url, span })
    }
}

/// A link whose URL is not known, seen in a file (at its label).
#[derive(Debug, Clone)]
pub struct SeenLink {
    pub span: Range<usize>,
}

/// Record a link without a URL (for `check`'s `link-without-url`).
pub fn record_link_without_url(span: Range<usize>) {
    COLLECTOR.with(|c| c.borrow_mut().links_without_url.push(SeenLink { span }));
}

/// A vocabulary value seen in a file.
#[derive(Debug, Clone)]
pub struct SeenTerm {
    pub vocabulary: &'static str,
    pub id: String,
    pub span: Range<usize>,
}

impl SeenTerm {
    pub fn message(&self) -> String {
        format!("{}-{}", self.vocabulary, self.id)
    }
}

#[derive(Debug, Clone)]
pub struct SeenText {
    pub span: Range<usize>,
    pub value: TextValue,
}

#[derive(Debug, Clone)]
pub struct SeenRef {
    pub kind: RefKind,
    pub id: String,
    pub span: Range<usize>,
}

/// What one file's deserialization saw: its localized texts, references and ids.
#[derive(Debug, Default)]
pub struct Collector {
    pub texts: Vec<SeenText>,
    pub refs: Vec<SeenRef>,
    pub ids: Vec<SeenRef>,
    pub terms: Vec<SeenTerm>,
    pub links_without_url: Vec<SeenLink>,
}

thread_local! {
    static COLLECTOR: RefCell<Collector> = RefCell::new(Collector::default());
}

/// Take what has been collected on this thread since the last call.
pub fn drain_collector() -> Collector {
    COLLECTOR.with(|c| std::mem::take(&mut *c.borrow_mut()))
}

// -------------------------------------------------------------------------------------------
// JSON Schema (`whitepaper schema`): how these types look in a TOML file.
// -------------------------------------------------------------------------------------------

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Localized text: one string for every language, or a table with one string per configured language ({ ja = \"…\", en = \"…\" }).",
            "x-kind": "text",
            "anyOf": [
                { "type": "string", "minLength": 1 },
                {
                    "type": "object",
                    "additionalProperties": { "type": "string", "minLength": 1 },
                    "propertyNames": { "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]+)*$" },
                    "minProperties": 1
                }
            ]
        })
    }
}

use whitepaper_core::ids::ID_PATTERN;

/// An id-shaped string: what Ref, Id and Term look like in a file.
fn id_schema(description: String, kind: String) -> Schema {
    json_schema!({
        "type": "string",
        "pattern": ID_PATTERN,
        "description": description,
        "x-kind": kind
    })
}

impl<K: RefKindMarker> JsonSchema for Ref<K> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        format!("{}Ref", K::KIND.name()).into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        id_schema(
            format!("The id of a {} defined in the content.", K::KIND.name()),
            format!("{} id", K::KIND.name()),
        )
    }
}

impl<K: RefKindMarker> JsonSchema for Id<K> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        format!("{}Id", K::KIND.name()).into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let kind = K::KIND.name();
        id_schema(
            format!(
                "The id of this {kind}: lowercase letters, digits and `-`, unique among {kind}s."
            ),
            "id".to_string(),
        )
    }
}

impl JsonSchema for Url {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "Url".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "uri",
            "pattern": "^(https?://[^/]+|mailto:)",
            "description": "An absolute https, http or mailto URL; never invented.",
            "x-kind": "URL"
        })
    }
}

impl<V: Vocabulary> JsonSchema for Term<V> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        format!("{}Term", V::NAME).into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let builtin = V::builtin_values();
        json_schema!({
            "type": "string",
            "pattern": ID_PATTERN,
            "description": format!(
                "A `{}` value: {}. Built-in wording exists for: {}. Any other id is yours to word in content/vocabulary.toml ([{}]).",
                V::NAME, V::ABOUT,
                if builtin.is_empty() { "none".to_string() } else { builtin.join(", ") },
                V::NAME
            ),
            "examples": builtin,
            "x-kind": format!("`{}` value", V::NAME)
        })
    }
}
