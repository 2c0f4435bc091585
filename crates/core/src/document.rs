//! The rendered Markdown of one edition in one language, with the metadata every output
//! format needs. This is the hand-off point between the template stage and the format
//! renderers (`render::markdown`, `render::html` and the `whitepaper-pdf` crate).

/// One edition × language, rendered to Markdown.
///
/// Markdown dialect produced by the templates (what renderers must understand):
/// - CommonMark + GFM tables, strikethrough, footnotes (`[^id]` / `[^id]: text`) and heading
///   attributes (`## 2. Data storage {#storage}`): every heading carries a stable `{#id}`,
///   identical in all languages.
/// - Footnotes are the seed's "※" notes: the definition follows the block that references it.
/// - Inside a table cell, `<br>` (raw inline HTML) is a line break; no other raw HTML is used.
/// - Internal links are `[text](#id)`; external links are absolute `https://` URLs.
#[derive(Debug, Clone)]
pub struct Document {
    /// Edition id, e.g. `whitepaper` or `supplementary-terms`.
    pub edition: String,
    /// Language id, e.g. `ja` or `en`.
    pub lang: String,
    /// The Markdown body (starts at the first numbered section; no title block).
    pub markdown: String,
    pub meta: DocMeta,
    /// The anchors of the headings that carry a generated number.
    pub numbered: Vec<String>,
}

/// Everything around the body: titles, version, dates and the localized labels a renderer
/// needs for page furniture. All strings are already localized and plain text (not Markdown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocMeta {
    /// BCP 47 language tag for `<html lang>` and PDF `/Lang`, e.g. `ja` / `en`.
    pub lang: String,
    /// Name of this language in itself ("日本語", "English").
    pub lang_name: String,
    /// Edition title, e.g. "Example セキュリティホワイトペーパー" / "Example Security Whitepaper".
    pub title: String,
    /// One-line description for PDF `/Subject` and HTML `<meta name=description>`.
    pub subject: String,
    /// Company name as published, e.g. "株式会社エグザンプル" / "Example Inc.".
    pub company: String,
    /// Bare version number of the latest revision, e.g. "1.7".
    pub version: String,
    /// Localized version label, e.g. "1.7版" / "Version 1.7".
    pub version_label: String,
    /// Date of the latest revision, localized: "2023年5月18日" / "May 18, 2023".
    pub date: String,
    /// The same date as ISO 8601 `YYYY-MM-DD` (for PDF metadata and `<time datetime>`).
    pub date_iso: String,
    /// Localized label before the date, e.g. "最終改定日" / "Last revised".
    pub date_label: String,
    /// Heading of the table of contents: "目次" / "Contents".
    pub toc_title: String,
    /// What precedes a note's number in its marks: "※" in Japanese, nothing in English
    /// (the number is a superscript).
    pub note_mark: String,
    /// File metadata timestamp (`SOURCE_DATE_EPOCH`, UTC) as `YYYYMMDDHHMMSS`, when set;
    /// otherwise renderers date their metadata from `date_iso`, never from the clock.
    pub timestamp: Option<String>,
    /// The same edition in the other configured languages.
    pub alternates: Vec<Alternate>,
    /// The PDF is also PDF/A-2b (`pdf_standard = "a-2b"` in `whitepaper.toml`).
    pub pdf_a: bool,
    /// `build --since REV`: the sections to mark as changed, for reviewers.
    pub since: Option<Since>,
    /// `build --recipient`: the copy is stamped for a named recipient.
    pub stamp: Option<Stamp>,
}

/// Who a stamped copy (`build --recipient`) was prepared for, and when; the words are in
/// the document's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// The recipient's name, exactly as given.
    pub recipient: String,
    /// The recipient's id in the ledger.
    pub id: String,
    /// The day the copy was prepared, `YYYY-MM-DD`.
    pub date_iso: String,
    /// The line under every page's footer: "Prepared for ACME Corp (acme-corp) on …".
    pub footer: String,
    /// The faint diagonal mark across every page (`--watermark`).
    pub watermark: Option<String>,
}

/// The sections whose facts changed since a version (`build --since`), and how the marks
/// are explained, in the document's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Since {
    /// The anchors of the changed sections.
    pub changed: Vec<String>,
    /// The anchors of every section as `diff` cuts them, in order (a changed section's
    /// mark ends where the next one starts).
    pub sections: Vec<String>,
    /// The contents' note: "A bar in the margin marks … changed since HEAD."
    pub note: String,
    /// The short mark beside a changed entry of the contents ("changed").
    pub mark: String,
}

/// A link to the same edition in another language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternate {
    /// Language id, e.g. `en`.
    pub lang: String,
    /// That language's name in itself, e.g. "English" (the link text).
    pub lang_name: String,
    /// Path of that language's file of the same format relative to this file's folder,
    /// without extension, e.g. `../en/whitepaper` (renderers append `.html` / `.pdf`).
    pub href_stem: String,
}

impl DocMeta {
    /// A complete `DocMeta` for a fictitious company in `ja` or `en` (any other tag gets the
    /// English labels): for renderer tests and examples, which need metadata without a project.
    #[doc(hidden)]
    pub fn sample(lang: &str) -> DocMeta {
        let ja = lang == "ja";
        let pick = |j: &str, e: &str| if ja { j.to_string() } else { e.to_string() };
        let other = if ja { "en" } else { "ja" };
        DocMeta {
            lang: lang.into(),
            lang_name: pick("日本語", "English"),
            title: pick(
                "サンプルセキュリティホワイトペーパー",
                "Sample Security Whitepaper",
            ),
            subject: pick("サンプル社のセキュリティ", "Security at Sample Inc."),
            company: pick("株式会社サンプル", "Sample Inc."),
            version: "1.7".into(),
            version_label: pick("1.7版", "Version 1.7"),
            date: pick("2023年5月18日", "May 18, 2023"),
            date_iso: "2023-05-18".into(),
            date_label: pick("最終改定日", "Last revised"),
            toc_title: pick("目次", "Contents"),
            note_mark: pick("※", ""),
            timestamp: None,
            alternates: vec![Alternate {
                lang: other.into(),
                lang_name: if ja {
                    "English".into()
                } else {
                    "日本語".into()
                },
                href_stem: format!("../{other}/whitepaper"),
            }],
            pdf_a: false,
            since: None,
            stamp: None,
        }
    }
}
