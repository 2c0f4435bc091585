//! Phrasing that holds for any facts: generated projects (the second company with one to
//! three clouds, storage rows, procedures, NTP providers and sources, network providers,
//! transfer countries, backup examples, and certifications of each kind, some missing) are
//! built, and the text of every document is linted for what broke on other facts before:
//! "either"/「いずれか」 with one option, a bracket inside a bracket in a storage place, a
//! zone named twice, a singular word with several values (or the reverse), "the pages below"
//! with no page address, a page language no fact states, a certification worded as another
//! kind, a fact glued onto 通信.

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};

use crate::project::Project;

const CLOUDS: &[(&str, &str, &str)] = &[
    ("gcp", "Google Cloud", "Google Cloud Platform"),
    ("aws", "AWS", "Amazon Web Services"),
    ("azure", "Azure", "Microsoft Azure"),
];

#[derive(Debug, Clone)]
struct Shape {
    clouds: usize,
    /// Storage rows: how many services, and whether a region has a bracketed name and code.
    stored: usize,
    bracketed_region: bool,
    procedures: usize,
    ntp_providers: usize,
    ntp_sources: usize,
    network: usize,
    transfer: usize,
    examples: usize,
    /// Kinds of the certifications (0 certificate, 1 attestation, 2 registration), with or
    /// without a name.
    certs: Vec<(u8, bool)>,
    clock_utc: bool,
    /// The manuals' addresses are not known.
    unlinked: bool,
}

fn shape() -> impl Strategy<Value = Shape> {
    (
        (1usize..=3, 1usize..=3, any::<bool>(), 1usize..=2),
        (0usize..=2, 0usize..=2, 0usize..=3, 1usize..=3, 0usize..=2),
        proptest::collection::vec((0u8..3, any::<bool>()), 1..=3),
        (any::<bool>(), any::<bool>()),
    )
        .prop_map(
            |(
                (clouds, stored, bracketed_region, procedures),
                (ntp_providers, ntp_sources, network, transfer, examples),
                certs,
                (clock_utc, unlinked),
            )| Shape {
                clouds,
                stored,
                bracketed_region,
                procedures,
                ntp_providers: ntp_providers.min(clouds),
                ntp_sources,
                network: network.min(clouds),
                transfer,
                examples,
                certs,
                clock_utc,
                unlinked,
            },
        )
}

fn ids(n: usize) -> String {
    CLOUDS[..n]
        .iter()
        .map(|c| format!("\"{}\"", c.0))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Write the shape's facts over the second company's.
fn write(p: &Project, s: &Shape) {
    let mut infra = String::new();
    for (id, name, full) in CLOUDS {
        infra +=
            &format!("[[provider]]\nid = \"{id}\"\nname = \"{name}\"\nfull_name = \"{full}\"\n\n");
    }
    for (id, ja, en, in_text) in [
        ("jp", "日本", "Japan", None),
        ("sg", "シンガポール", "Singapore", None),
        ("us", "米国", "United States", Some("the United States")),
        ("de", "ドイツ", "Germany", None),
    ] {
        infra +=
            &format!("[[country]]\nid = \"{id}\"\nname = {{ ja = \"{ja}\", en = \"{en}\" }}\n");
        if let Some(t) = in_text {
            infra += &format!("in_text = {{ ja = \"{ja}\", en = \"{t}\" }}\n");
        }
        infra.push('\n');
    }
    infra += "[[region]]\nid = \"tokyo\"\ncountry = \"jp\"\nname = { ja = \"東京\", en = \"Tokyo\" }\ncode = \"asia-northeast1\"\n\n";
    infra += "[[region]]\nid = \"osaka\"\ncountry = \"jp\"\nname = { ja = \"大阪\", en = \"Osaka\" }\n\n";
    infra += "[[region]]\nid = \"virginia\"\ncountry = \"us\"\nname = { ja = \"米国東部（バージニア州）\", en = \"East US (Virginia)\" }\ncode = \"eastus\"\n\n";
    p.write("content/infrastructure.toml", &infra);

    let services = ["chat", "forms", "console"];
    let mut storage = String::new();
    for (i, svc) in services[..s.stored].iter().enumerate() {
        let cloud = CLOUDS[i % s.clouds].0;
        let region = if s.bracketed_region && i == 0 {
            "\"virginia\""
        } else if i % 2 == 0 {
            "\"tokyo\", \"osaka\""
        } else {
            "\"tokyo\""
        };
        storage += &format!(
            "[[storage]]\nservice = \"{svc}\"\nlocation = [{{ provider = \"{cloud}\", regions = [{region}] }}]\n\n"
        );
    }
    p.write("content/storage.toml", &storage);

    let deletion = p.read("content/deletion.toml");
    let start = deletion.find("[[procedure]]").unwrap();
    let end = deletion.find("[[group]]").unwrap();
    let mut mid =
        String::from("[[procedure]]\naction = \"delete-workspace\"\nservice = \"console\"\n\n");
    if s.procedures > 1 {
        mid += "[[procedure]]\naction = \"delete-workspace\"\nservice = \"chat\"\n\n";
    }
    match s.examples {
        0 => {}
        1 => mid += "[backup_example]\nper_day = 1\nkept = 1\n\n",
        _ => {
            mid += "[[backup_example]]\nservices = [\"chat\"]\nper_day = 2\nkept = 14\n\n";
            mid += "[[backup_example]]\nservices = [\"forms\", \"console\"]\nper_day = 1\nkept = 1\n\n";
        }
    }
    p.write(
        "content/deletion.toml",
        &format!("{}{mid}{}", &deletion[..start], &deletion[end..]),
    );

    p.write(
        "content/backups.toml",
        &format!(
            "snapshot_providers = [{}]\nsame_region = true\n\n[[policy]]\nid = \"backups-all\"\nservices = [\"chat\", \"forms\", \"console\"]\nitem = [{{ scope = {{ ja = \"データベース\", en = \"Databases\" }}, per_day = 1, kept = 1 }}]\n",
            ids(s.clouds)
        ),
    );
    let sources = ["time.google.com", "time.aws.com"][..s.ntp_sources]
        .iter()
        .map(|x| format!("\"{x}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let clock = if s.clock_utc {
        "[[clock]]\nname = \"UTC\"\nutc_offset = 0\n"
    } else {
        "[[clock]]\nname = \"JST\"\nutc_offset = 9\n"
    };
    p.write(
        "content/logs.toml",
        &format!(
            "ntp_providers = [{}]\nntp_sources = [{sources}]\nproviders = [{}]\naccess_log_fields = [\"IP\"]\n\n{clock}",
            ids(s.ntp_providers),
            ids(s.clouds)
        ),
    );
    let countries = ["\"sg\"", "\"us\"", "\"de\""][..s.transfer].join(", ");
    let terms = p.read("content/terms.toml");
    let terms: String = terms
        .lines()
        .filter(|l| !l.starts_with("transfer_countries") && !l.starts_with("network_providers"))
        .map(|l| format!("{l}\n"))
        .collect();
    p.write(
        "content/terms.toml",
        &format!(
            "transfer_countries = [{countries}]\nnetwork_providers = [{}]\n{terms}",
            ids(s.network)
        ),
    );
    let mut certs = String::new();
    for (i, (kind, named)) in s.certs.iter().enumerate() {
        let (kind, standard, name) = match kind {
            0 => ("certificate", "ISO/IEC 27001", "ISMS certification"),
            1 => ("attestation", "SOC 2 Type II", "SOC 2 report"),
            _ => ("registration", "ISMAP", "ISMAP Cloud Service List"),
        };
        certs += &format!(
            "[[certification]]\nid = \"cert-{i}\"\nstandard = \"{standard}\"\nkind = \"{kind}\"\nbody = {{ ja = \"審査機関（本部）\", en = \"Example Body (HQ)\" }}\n"
        );
        if *named {
            certs += &format!("name = \"{name}\"\n");
        }
        certs.push('\n');
    }
    p.write("content/certifications.toml", &certs);
    // the legal section lists every certification
    let legal = p.read("content/legal.toml");
    let legal: String = legal
        .lines()
        .filter(|l| !l.starts_with("certifications"))
        .map(|l| format!("{l}\n"))
        .collect();
    p.write("content/legal.toml", &legal);
    if s.unlinked {
        let r = p.read("content/resources.toml");
        let r: String = r
            .lines()
            .filter(|l| !l.starts_with("url"))
            .map(|l| format!("{l}\n"))
            .collect();
        p.write("content/resources.toml", &r);
    }
}

/// What must never be read in a document built from `s`.
fn lint(s: &Shape, lang: &str, text: &str) -> Vec<String> {
    let mut bad = Vec::new();
    let mut no = |cond: bool, what: &str| {
        if cond {
            bad.push(what.to_string());
        }
    };
    let lines: Vec<&str> = text.lines().collect();
    if lang == "en" {
        no(
            s.procedures == 1 && text.contains("means either"),
            "“either” with one option",
        );
        no(text.contains("UTC (UTC"), "a zone named twice");
        for unit in ["days", "backups", "copies", "hours", "times"] {
            no(text.contains(&format!(" 1 {unit}")), "a plural after 1");
        }
        let storage_clouds = s.clouds.min(s.stored);
        no(
            storage_clouds > 1 && text.contains("cloud vendor shown"),
            "“vendor” with several",
        );
        no(
            storage_clouds == 1 && text.contains("cloud vendors shown"),
            "“vendors” with one",
        );
        no(
            s.ntp_providers > 1 && text.contains("NTP service provided"),
            "one NTP service, several providers",
        );
        no(
            s.ntp_providers == 0 && s.ntp_sources > 1 && text.contains("NTP server "),
            "one NTP server, several sources",
        );
        no(
            s.clouds > 1 && text.contains("All backups use the snapshot feature"),
            "one snapshot feature, several providers",
        );
        no(
            s.network > 1 && text.contains("which is highly reliable"),
            "“which is” after several providers",
        );
        no(
            text.contains("including the following:"),
            "a list after “the following:” in running text",
        );
        no(
            text.contains("including United States") || text.contains("and United States,"),
            "a country without its article",
        );
        no(
            text.contains("Contact page (in"),
            "a page language no fact states",
        );
        no(
            text.contains("from AICPA") || text.contains("hold SOC 2"),
            "an attestation worded as held",
        );
        no(text.contains("hold ISMAP"), "a registration worded as held");
        no(
            s.unlinked
                && text.contains("manuals available to users can be read on the pages below"),
            "“the pages below” with pages that have no address",
        );
    } else {
        no(
            s.procedures == 1 && text.contains("いずれかの操作"),
            "「いずれか」 with one option",
        );
        no(text.contains("UTC（UTC"), "a zone named twice");
        no(
            text.contains("以降通信") || text.contains("通信によって暗号化"),
            "a fact glued onto 通信",
        );
        no(
            s.unlinked && text.contains("下記リンク先より閲覧"),
            "「下記のリンク先」 with pages that have no address",
        );
        no(
            text.contains("お問い合わせページ（"),
            "a page language no fact states",
        );
    }
    // the storage table: no bracket inside a bracket, no country twice
    for l in lines
        .iter()
        .filter(|l| l.starts_with("| Hoshizora") || l.starts_with("| ホシゾラ"))
    {
        let mut depth = 0i32;
        let mut nested = false;
        for c in l.chars() {
            match c {
                '(' | '（' => {
                    depth += 1;
                    nested |= depth > 1;
                }
                ')' | '）' => depth -= 1,
                _ => {}
            }
        }
        no(nested, "a bracket inside a bracket in a storage place");
        no(l.contains("米国 米国"), "the country twice");
    }
    bad
}

proptest! {
    #![proptest_config(Config {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(10),
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..Config::default()
    })]

    #[test]
    fn phrasing_holds_for_generated_facts(s in shape()) {
        let p = Project::fixture("second-company");
        write(&p, &s);
        let check = p.run(&["check"]);
        prop_assert!(!check.stderr.contains("error["), "{:?}\n{}", s, check.stderr);
        prop_assert!(!check.stderr.contains("unbacked-claim"), "{:?}\n{}", s, check.stderr);
        p.run(&["build", "--format", "md"]).assert_code(0);
        for lang in ["en", "ja"] {
            for ed in ["whitepaper", "supplementary-terms"] {
                let text = p.read(&format!("out/{lang}/{ed}.md"));
                let bad = lint(&s, lang, &text);
                prop_assert!(bad.is_empty(), "{:?} {lang} {ed}: {:?}", s, bad);
            }
        }
    }
}
