//! Unit tests of inline and block layout and pagination.

use super::*;
use crate::fonts::Fonts;
use crate::linebreak::no_line_end;
use crate::linebreak::{is_emergency_break_after, no_line_start};
use crate::page::{Cmd, Item, TEXT};
use crate::paginate::paginate;

fn fonts() -> &'static Fonts {
    use std::sync::OnceLock;
    static F: OnceLock<Fonts> = OnceLock::new();
    F.get_or_init(|| Fonts::builtin().unwrap())
}

fn base() -> Base {
    Base {
        size: 10.0,
        weight: Weight::Regular,
        color: TEXT,
    }
}

/// A paragraph of plain text in the body style.
fn plain_para(text: &str) -> Para {
    Para::new(
        fonts(),
        &[Inl::Text(text.into(), IStyle::default())],
        base(),
        "t",
    )
    .unwrap()
}

fn line_texts(text: &str, w: f32) -> Vec<String> {
    let p = plain_para(text);
    p.lines(w, w)
        .iter()
        .map(|l| p.atoms[l.start..l.end].iter().map(|a| a.ch).collect())
        .collect()
}

#[test]
fn kinsoku_holds_at_many_widths() {
    let text = "当社は、お客様のデータ（個人情報を含む）を「安全」に保管します。キャッシュやバックアップ・ログについても、同様の管理を行っています！ちょっと待ってください？はい。";
    for w in (60..300).step_by(7) {
        let lines = line_texts(text, w as f32);
        assert_eq!(lines.concat(), text.to_string());
        for l in &lines {
            let first = l.chars().next().unwrap();
            let last = l.chars().last().unwrap();
            assert!(
                !no_line_start(first),
                "line starts with {first}: {l:?} (w={w})"
            );
            assert!(!no_line_end(last), "line ends with {last}: {l:?} (w={w})");
        }
    }
}

#[test]
fn headings_keep_with_the_next_block() {
    let filler = Item {
        h: 100.0,
        ..Default::default()
    };
    let heading = Item {
        h: 20.0,
        keep: true,
        cmds: vec![Cmd::Anchor {
            id: "h".into(),
            y: 0.0,
        }],
        ..Default::default()
    };
    let line = Item {
        h: 17.0,
        ..Default::default()
    };
    // 7 × 100 = 700 of 720: the heading would fit, the heading + line would not
    let mut items = vec![filler; 7];
    items.push(heading);
    items.push(line);
    let pages = paginate(&items, 0.0, 720.0);
    assert_eq!(pages.len(), 2);
    assert!(
        matches!(pages[1].first(), Some(Cmd::Anchor { y, .. }) if *y == 0.0),
        "{:?}",
        pages[1]
    );
}

#[test]
fn no_lone_character_on_the_last_line() {
    let text = "当社が提供するサービスで利用しているコンポーネントに対する脆弱性パッチが公開された場合は速やかに適用します。";
    for w in (80..300).step_by(3) {
        let lines = line_texts(text, w as f32);
        assert_eq!(lines.concat(), text);
        let last = lines.last().unwrap();
        if lines.len() > 1 {
            assert!(
                last.chars().filter(|c| !no_line_start(*c)).count() >= 2,
                "w={w}: {lines:?}"
            );
        }
    }
}

#[test]
fn latin_words_not_split_and_urls_break() {
    let lines = line_texts(
        "The quick brown fox jumps over the lazy dog again and again",
        90.0,
    );
    for l in &lines {
        for w in l.split(' ') {
            assert!(
                "The quick brown fox jumps over the lazy dog again and again"
                    .split(' ')
                    .any(|x| x == w),
                "{w}"
            );
        }
    }
    let lines = line_texts(
        "see https://example.com/some/very/long/path/that/does/not/fit/in/a/line.html",
        80.0,
    );
    assert!(lines.len() > 2);
    for l in &lines[1..lines.len() - 1] {
        let last = l.chars().last().unwrap();
        assert!(is_emergency_break_after(last) || last == 'e', "{l:?}");
    }
}

#[test]
fn soft_breaks_join_cjk_and_space_latin() {
    let inl = vec![
        Inl::Text("日本語の".into(), IStyle::default()),
        Inl::Soft,
        Inl::Text("文章".into(), IStyle::default()),
        Inl::Text(" and".into(), IStyle::default()),
        Inl::Soft,
        Inl::Text("English".into(), IStyle::default()),
    ];
    let p = Para::new(fonts(), &inl, base(), "t").unwrap();
    let s: String = p.atoms.iter().map(|a| a.ch).collect();
    assert_eq!(s, "日本語の文章 and English");
}

#[test]
fn jlreq_spacing_and_compression() {
    let p = Para::new(
        fonts(),
        &[Inl::Text("日本語Webと「引用」。".into(), IStyle::default())],
        base(),
        "t",
    )
    .unwrap();
    let w = |c: char| p.atoms.iter().find(|a| a.ch == c).unwrap().clone();
    assert!((w('W').gap - 2.5).abs() < 0.01);
    assert!((w('と').gap - 2.5).abs() < 0.01);
    assert!(
        (w('」').adv - 5.0).abs() < 0.01,
        "」 before 。 is half-width"
    );
    assert!((w('。').adv - 10.0).abs() < 0.01);
}

#[test]
fn justified_lines_fill_the_measure() {
    let text = "当社は、お客様のデータを安全に保管するため、複数の対策を講じています。暗号化、アクセス制御、監査ログの取得などを継続的に実施しています。";
    let p = plain_para(text);
    let lines = p.lines(155.0, 155.0);
    for l in &lines[..lines.len() - 1] {
        let cmds = p.render(l, 0.0, 10.0, 155.0, true, Align::Left);
        let mut last_x = 0.0f32;
        let mut last_adv = 0.0;
        for c in &cmds {
            if let Cmd::Text { glyphs, .. } = c {
                for (ch, x) in glyphs {
                    last_x = *x;
                    last_adv = p.atoms.iter().find(|a| a.ch == *ch).unwrap().adv;
                }
            }
        }
        assert!(
            (last_x + last_adv - 155.0).abs() < 0.6,
            "line ends at {}",
            last_x + last_adv
        );
    }
}

/// The glyph positions of a rendered line.
fn glyph_xs(cmds: &[Cmd]) -> Vec<(char, f32)> {
    cmds.iter()
        .filter_map(|c| match c {
            Cmd::Text { glyphs, .. } => Some(glyphs.clone()),
            _ => None,
        })
        .flatten()
        .collect()
}

#[test]
fn loose_english_lines_are_hyphenated_and_fit() {
    let text = "We comply with the data protection and privacy laws that apply generally to the provision of the services, notwithstanding unforeseeable circumstances.";
    let p = plain_para(text);
    let mut hyphenated = 0;
    for w in (148..480).step_by(7) {
        let w = w as f32;
        let lines = p.lines(w, w);
        for (i, l) in lines.iter().enumerate() {
            let xs = glyph_xs(&p.render(l, 0.0, 10.0, w, true, Align::Left));
            let (ch, x) = *xs.last().unwrap();
            let adv = fonts().face(Weight::Regular).advance(ch) * 10.0 / 1000.0;
            assert!(x + adv <= w + 0.05, "line {i} overflows at {w}");
            if l.hyphen {
                hyphenated += 1;
                assert!(p.atoms[l.end - 1].ch.is_ascii_lowercase());
                assert!(p.atoms[l.end].ch.is_ascii_lowercase(), "inside a word");
                let xs = glyph_xs(&p.render(l, 0.0, 10.0, w, true, Align::Left));
                assert_eq!(xs.last().map(|g| g.0), Some('-'), "the hyphen is drawn");
            }
            // two hyphens in a row only where a narrow measure (six or seven spaces a line)
            // leaves nothing else but a hole
            assert!(
                w < 300.0 || i + 1 == lines.len() || !(l.hyphen && lines[i + 1].hyphen),
                "two hyphens in a row at {w}"
            );
        }
    }
    assert!(hyphenated > 0, "some width needs a hyphen");
    // Names and identifiers are never hyphenated.
    let p = plain_para("Kumotalk Ledgerly JIP-ISMS517-1.0 https://example.com/administration");
    assert!(!p.hyph.iter().any(|h| *h));
}

/// The gaps (pt) between the visible glyphs of a rendered line, with the glyphs around them.
fn gaps(p: &Para, xs: &[(char, f32)]) -> Vec<(char, char, f32)> {
    xs.windows(2)
        .map(|pair| {
            let ((a, xa), (b, xb)) = (pair[0], pair[1]);
            let adv = p.atoms.iter().find(|t| t.ch == a).unwrap().adv;
            (a, b, xb - xa - adv)
        })
        .collect()
}

#[test]
fn japanese_letters_are_spread_by_a_tenth_of_an_em_at_most_and_never_on_a_short_line() {
    // A long identifier that cannot break leaves the line before it short: that line is set
    // with its natural spacing, never spread and short at once.
    let text = "当社は、クラウドセキュリティ認証を取得しています。JIP-ISMS517-1.0-EXTENDED-IDENTIFIERを参照してください。";
    let p = plain_para(text);
    for w in (150..300).step_by(5) {
        let w = w as f32;
        let lines = p.lines(w, w);
        for (i, l) in lines.iter().enumerate() {
            let xs = glyph_xs(&p.render(l, 0.0, 10.0, w, true, Align::Left));
            let spread = gaps(&p, &xs)
                .into_iter()
                .filter(|(a, b, _)| is_ja_letter(*a) && is_ja_letter(*b))
                .map(|g| g.2)
                .fold(0.0f32, f32::max);
            assert!(
                spread <= 0.1 * base().size + 0.01,
                "spread by {spread} at width {w}"
            );
            let (ch, x) = *xs.last().unwrap();
            let end = x + p.atoms.iter().find(|t| t.ch == ch).unwrap().adv;
            let last = i + 1 == lines.len();
            assert!(
                spread < 0.01 || last || (end - w).abs() < 0.6,
                "line {i} spread by {spread} yet ends at {end} of {w}"
            );
        }
    }
}

#[test]
fn english_word_spaces_stay_within_half_an_em() {
    let text = "We hold ISMS certification under the ISMS Conformity Assessment Scheme operated by the Information Management System Accreditation Center, and we are audited every year by an internationally recognized third-party auditor so that our policies and procedures for security, privacy, integrity and compliance are kept.";
    let p = plain_para(text);
    for w in (180..480).step_by(9) {
        let w = w as f32;
        let lines = p.lines(w, w);
        for l in &lines[..lines.len() - 1] {
            let xs = glyph_xs(&p.render(l, 0.0, 10.0, w, true, Align::Left));
            for (a, b, gap) in gaps(&p, &xs) {
                assert!(
                    gap <= 0.5 * base().size + 0.01,
                    "{a}␣{b}: {gap} pt at width {w}"
                );
            }
        }
        // no lone short word on the last line
        let last = lines.last().unwrap();
        assert!(
            p.atoms[last.start..last.end].iter().any(|a| a.space) || last.width > 0.2 * w,
            "a lone word at width {w}"
        );
    }
}

#[test]
fn punctuation_is_pushed_in_before_letters_are_spread() {
    // At a width where the line is a fraction of an em too narrow for its last character,
    // the blank halves of 、 and 「」 give way and the character stays on the line.
    let text = "当社は、「暗号化」と「アクセス制御」により、データを保護します。以上です。";
    let p = plain_para(text);
    let natural = p.max_width();
    let lines = p.lines(natural - 8.0, natural - 8.0);
    assert_eq!(lines.len(), 1, "pushed in, not broken");
    let xs = glyph_xs(&p.render(&lines[0], 0.0, 10.0, natural - 8.0, true, Align::Left));
    let (ch, x) = *xs.last().unwrap();
    assert!(x + p.atoms.iter().find(|t| t.ch == ch).unwrap().adv <= natural - 8.0 + 5.01);
}

#[test]
fn missing_glyph_is_reported() {
    let e = Para::new(
        fonts(),
        &[Inl::Text("abc\u{10FFFD}".into(), IStyle::default())],
        base(),
        "My heading",
    )
    .err()
    .unwrap();
    let msg = e.to_string();
    assert!(
        msg.contains("U+10FFFD") && msg.contains("My heading"),
        "{msg}"
    );
}
