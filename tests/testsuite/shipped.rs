//! The shipped content: every seed fact in both languages of each edition, snapshots of the
//! generated Markdown, and a clean `check`.

use std::sync::OnceLock;

use crate::project::Project;

/// The shipped project built once in every format (shared by the tests of this module).
fn built() -> &'static Project {
    static P: OnceLock<Project> = OnceLock::new();
    P.get_or_init(|| {
        let p = Project::shipped();
        p.run(&["build"]).assert_code(0);
        p
    })
}

fn md(lang: &str, edition: &str) -> String {
    fold(&built().read(&format!("out/{lang}/{edition}.md")))
}

/// Facts compared modulo typography: the Japanese full-width parentheses and the English
/// typographic apostrophe are how a seed's "(" and "'" are set (`src/typography.rs`).
fn fold(s: &str) -> String {
    s.replace('（', "(").replace('）', ")").replace('’', "'")
}

/// The text a reader of the HTML sees: tags dropped, entities decoded.
fn html_text(lang: &str, edition: &str) -> String {
    let html = built().read(&format!("out/{lang}/{edition}.html"));
    let body = &html[html.find("<body").unwrap_or(0)..];
    let mut text = String::with_capacity(body.len());
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    fold(&text)
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// The text of the PDF, parsed back with lopdf, without white space (a table cell may wrap
/// a name over two lines).
fn pdf_text(lang: &str, edition: &str) -> String {
    let doc = lopdf::Document::load(built().path(&format!("out/{lang}/{edition}.pdf"))).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap();
    fold(&text).chars().filter(|c| !c.is_whitespace()).collect()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every probe of an edition, found in the HTML and the PDF of both languages.
fn assert_in_html_and_pdf(edition: &str, both: &[&str], pairs: &[(&str, &str)]) {
    for lang in ["ja", "en"] {
        let html = html_text(lang, edition);
        let pdf = pdf_text(lang, edition);
        assert!(
            pdf.chars().count() > 3000,
            "{lang} {edition}.pdf: text extracts ({})",
            pdf.len()
        );
        assert!(!pdf.contains("Cacao"), "sanity: a typo is not found");
        let own = pairs
            .iter()
            .map(|(j, e)| if lang == "ja" { *j } else { *e });
        for probe in both.iter().copied().chain(own) {
            assert!(html.contains(probe), "{lang} {edition}.html lacks {probe}");
            assert!(
                pdf.contains(&squeeze(probe)),
                "{lang} {edition}.pdf lacks {probe}"
            );
        }
    }
}

#[test]
fn every_seed_fact_reaches_the_html_and_the_pdf() {
    assert_in_html_and_pdf("whitepaper", WHITEPAPER_BOTH, WHITEPAPER_PAIRS);
    assert_in_html_and_pdf("supplementary-terms", TERMS_BOTH, TERMS_PAIRS);
}

/// Facts spelled the same in every language.
const WHITEPAPER_BOTH: &[&str] = &[
    "Backlog",
    "Cacoo",
    "Typetalk",
    "Nulab Pass",
    "AWS",
    "180",
    "90",
    "30",
    "10",
    "400",
    "13",
    "14",
    "60",
    "2019",
    "2023",
    "NTP",
    "ISMS-AC",
    "SAML",
    "https://isms.jp/lst/ind/CR_IS_x0020_656556.html",
    "https://isms.jp/isms-clc/lst/ind/CR_CLOUD_x0020_681700.html",
    "https://nulab.com/ja/contact/",
    "Amazon Web Service",
    "Amazon Web Services, Inc.",
    "Google Cloud Platform",
    "Google LLC",
    "PagerDuty",
    "PagerDuty, Inc.",
    "mackerel",
    "Intercom",
    "Intercom, Inc.",
    "GoToMeeting",
    "LogMeIn, Inc.",
    "Google Workspace",
    "Zendesk",
    "Zendesk, Inc.",
    "Stripe",
    "Stripe, Inc.",
    "PAY.JP",
    "PAY, Inc.",
    "PayPal",
    "PayPal Holdings Inc.",
    "MaxMind",
    "MaxMind, Inc.",
    "Twilio",
    "Twilio Inc.",
    "Mixpanel",
    "Mixpanel, Inc.",
    "Mailchimp",
    "The Rocket Science Group, LLC",
    "SendGrid",
    "SendGrid, Inc.",
    "Marketo",
    "Adobe Inc.",
    "Salesforce",
    "salesforce.com Co.,Ltd.",
    "1.0",
    "1.1",
    "1.2",
    "1.3",
    "1.4",
    "1.5",
    "1.6",
    "1.7",
    "Git",
    "Subversion",
];

/// (ja, en) pairs: the same fact in each language.
const WHITEPAPER_PAIRS: &[(&str, &str)] = &[
    ("東京", "Tokyo"),
    ("オレゴン州", "Oregon"),
    ("バージニア州", "Virginia"),
    ("カリフォルニア州", "California"),
    ("2019年2月25日", "February 25, 2019"),
    ("2019年6月14日", "June 14, 2019"),
    ("2019年10月9日", "October 9, 2019"),
    ("2019年12月6日", "December 6, 2019"),
    ("2021年7月19日", "July 19, 2021"),
    ("2021年12月24日", "December 24, 2021"),
    ("GMT(UTC+0)", "GMT (UTC+0)"),
    ("JST(UTC+9)", "JST (UTC+9)"),
    ("2022年9月26日", "September 26, 2022"),
    ("2023年5月18日", "May 18, 2023"),
    ("2019年11月26日", "November 26, 2019"),
    ("株式会社ヌーラボ", "Nulab"),
    ("株式会社はてな", "Hatena"),
    ("日本法", "Japan"),
];

#[test]
fn whitepaper_has_every_seed_fact_in_both_languages() {
    for lang in ["ja", "en"] {
        let text = md(lang, "whitepaper");
        let missing: Vec<&str> = WHITEPAPER_BOTH
            .iter()
            .copied()
            .filter(|f| !text.contains(f))
            .collect();
        assert!(missing.is_empty(), "{lang} whitepaper lacks {missing:?}");
    }
    let (ja, en) = (md("ja", "whitepaper"), md("en", "whitepaper"));
    for (j, e) in WHITEPAPER_PAIRS {
        assert!(ja.contains(j), "ja whitepaper lacks {j}");
        assert!(en.contains(e), "en whitepaper lacks {e}");
    }
}

#[test]
fn whitepaper_has_the_seed_sections_in_order() {
    for lang in ["ja", "en"] {
        let text = md(lang, "whitepaper");
        let numbered: Vec<u32> = text
            .lines()
            .filter_map(|l| l.strip_prefix("## "))
            .filter_map(|h| h.split('.').next()?.parse().ok())
            .collect();
        assert_eq!(
            numbered,
            (1..=19).collect::<Vec<_>>(),
            "{lang}: numbered h2 sections"
        );
    }
}

#[test]
fn typos_of_the_seed_are_gone() {
    for lang in ["ja", "en"] {
        for ed in ["whitepaper", "supplementary-terms"] {
            let text = md(lang, ed);
            for typo in ["Cacao", "Cacool"] {
                assert!(!text.contains(typo), "{lang} {ed} contains {typo}");
            }
        }
    }
}

/// Facts of the English supplementary terms, spelled the same in every language.
const TERMS_BOTH: &[&str] = &[
    "ISO/IEC 27001",
    "ISO/IEC 27017",
    "ISO/IEC 27018",
    "JIS Q 27001:2014",
    "ISO/IEC 27001:2013",
    "ISO/IEC 27017:2015",
    "JIP-ISMS517-1.0",
    "JIPDEC",
    "ISO/IEC 27002",
    "72",
    "TLS/SSL",
    "IPsec",
    "IP",
    "URL",
    "Amazon Web Services",
    "PayPal",
    "Google Analytics",
    "Mixpanel",
    "Intercom",
    "Stripe",
    "PAY.JP",
    "Mailchimp",
    "E-VE!",
    "Backlog",
    "Cacoo",
    "Typetalk",
    "3",
];

const TERMS_PAIRS: &[(&str, &str)] = &[("日本", "Japan"), ("米国", "USA")];

#[test]
fn supplementary_terms_have_every_seed_fact_in_both_languages() {
    for lang in ["ja", "en"] {
        let text = md(lang, "supplementary-terms");
        let missing: Vec<&str> = TERMS_BOTH
            .iter()
            .copied()
            .filter(|f| !text.contains(f))
            .collect();
        assert!(
            missing.is_empty(),
            "{lang} supplementary terms lack {missing:?}"
        );
    }
    let (ja, en) = (
        md("ja", "supplementary-terms"),
        md("en", "supplementary-terms"),
    );
    for (j, e) in TERMS_PAIRS {
        assert!(ja.contains(j), "ja supplementary terms lack {j}");
        assert!(en.contains(e), "en supplementary terms lack {e}");
    }
}

#[test]
fn gfm_tables_parse_as_tables() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    for lang in ["ja", "en"] {
        let text = md(lang, "whitepaper");
        let tables = Parser::new_ext(
            &text,
            Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES | Options::ENABLE_FOOTNOTES,
        )
        .filter(|e| matches!(e, Event::Start(Tag::Table(_))))
        .count();
        assert!(
            tables >= 4,
            "{lang}: storage, deletion, subprocessors and revisions are tables ({tables})"
        );
    }
}

#[test]
fn shipped_markdown_snapshots() {
    for lang in ["ja", "en"] {
        for ed in ["whitepaper", "supplementary-terms"] {
            let md = built().read(&format!("out/{lang}/{ed}.md"));
            insta::assert_snapshot!(format!("shipped_{lang}_{ed}"), md);
        }
    }
}

#[test]
fn shipped_content_checks_clean() {
    let out = Project::shipped().run(&["check", "--deny-warnings"]);
    out.assert_code(0);
}

/// Heading ids of an edition in a language, in document order: the published `.md` carries
/// each as an anchor in its heading (`## 1. Title <a id="id"></a>`).
fn heading_ids(lang: &str, edition: &str) -> Vec<String> {
    md(lang, edition)
        .lines()
        .filter(|l| l.starts_with('#'))
        .filter_map(|l| l.split("<a id=\"").nth(1)?.split('"').next())
        .map(str::to_string)
        .collect()
}

#[test]
fn heading_ids_are_the_same_in_every_language_and_documented() {
    let readme = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/heading-anchors.md"
    ))
    .unwrap();
    for ed in ["whitepaper", "supplementary-terms"] {
        let ja = heading_ids("ja", ed);
        assert!(ja.len() > 10, "{ed}: every heading has an id");
        assert_eq!(ja, heading_ids("en", ed), "{ed}: ja and en heading ids");
        let undocumented: Vec<&String> = ja
            .iter()
            .filter(|id| !readme.contains(&format!("| `#{id}` |")))
            .collect();
        assert!(
            undocumented.is_empty(),
            "docs/heading-anchors.md lacks {undocumented:?}"
        );
    }
}
