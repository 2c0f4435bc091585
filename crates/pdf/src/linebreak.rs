//! Line-break opportunities: UAX #14 (via `unicode-linebreak`) with Japanese kinsoku
//! shori on top; the character classes the JLReq spacing rules need are
//! `whitepaper_core::chars`.

use unicode_linebreak::{BreakOpportunity, linebreaks};

pub use whitepaper_core::chars::{
    is_closing, is_emergency_break_after, is_ja_letter, is_katakana, is_latin_alnum, is_opening,
    is_wide, no_line_end, no_line_start,
};

/// May the line break *before* a character?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Brk {
    No,
    Allowed,
    /// Only when nothing else on the line can break: a space a typesetter ties with a
    /// non-breaking space ("ISO/IEC 27001", "10 days").
    Tie,
}

/// Break opportunities for `chars`: entry `i` tells whether a line may break before
/// `chars[i]` (entry 0 is always `No`). Mandatory breaks (newlines) are not reported:
/// the caller handles hard breaks itself.
pub fn opportunities(chars: &[char]) -> Vec<Brk> {
    let text: String = chars.iter().collect();
    // byte offset → char index
    let mut byte_to_char = vec![usize::MAX; text.len() + 1];
    let mut b = 0;
    for (i, c) in chars.iter().enumerate() {
        byte_to_char[b] = i;
        b += c.len_utf8();
    }
    byte_to_char[b] = chars.len();
    let mut out = vec![Brk::No; chars.len()];
    for (pos, op) in linebreaks(&text) {
        let i = byte_to_char[pos];
        if i == 0 || i >= chars.len() || i == usize::MAX {
            continue;
        }
        if matches!(op, BreakOpportunity::Allowed | BreakOpportunity::Mandatory) {
            out[i] = Brk::Allowed;
        }
    }
    for i in 1..chars.len() {
        let (a, b) = (chars[i - 1], chars[i]);
        if out[i] == Brk::Allowed && (no_line_start(b) || no_line_end(a)) {
            out[i] = Brk::No;
        }
        // Between two wide characters a break is always possible unless kinsoku forbids
        // it (UAX #14 already says so for ideographs; this also covers ambiguous ones
        // such as ※ and circled digits).
        if out[i] == Brk::No && is_wide(a) && is_wide(b) && !no_line_start(b) && !no_line_end(a) {
            out[i] = Brk::Allowed;
        }
    }
    keep_together(chars, &mut out);
    out
}

/// Units that follow a number and stay with it ("13か月", "24時間").
const UNITS: &[[char; 2]] = &[
    ['か', '月'],
    ['ヶ', '月'],
    ['カ', '月'],
    ['ヵ', '月'],
    ['ケ', '月'],
    ['箇', '月'],
    ['時', '間'],
    ['日', '間'],
    ['週', '間'],
    ['年', '間'],
    ['分', '間'],
    ['秒', '間'],
    ['回', '分'],
    ['日', '分'],
    ['営', '業'],
];

/// What may follow a number as its unit or counter: an ideograph (日, 月, 条, 回…) or the
/// small ke and ka of "か月".
fn is_counter(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
        || matches!(c, 'か' | 'ヶ' | 'カ' | 'ヵ' | 'ケ')
}

/// An identifier or a number up to this many characters is never split ("JIP-ISMS517-1.0",
/// "27001:2013"); a longer token (a URL) keeps its breaks after `/` and the like.
const SHORT_TOKEN: usize = 24;

/// What typesetters never split: a number from its unit or its prefix ("13か月", "第1条"),
/// an identifier ("JIP-ISMS517-1.0", "ISO/IEC"), and the words a non-breaking space would tie
/// ("ISO/IEC 27001", "Article 9", "10 days").
fn keep_together(chars: &[char], out: &mut [Brk]) {
    let n = chars.len();
    for i in 1..n {
        let (a, b) = (chars[i - 1], chars[i]);
        if (a.is_ascii_digit() && is_counter(b)) || (a == '第' && b.is_ascii_digit()) {
            out[i] = Brk::No;
        }
        if i >= 2 && chars[i - 2].is_ascii_digit() && UNITS.contains(&[a, b]) {
            out[i] = Brk::No;
        }
    }
    // Tokens: runs of characters that are neither spaces nor wide.
    let token_at = |i: usize| !chars[i].is_whitespace() && !is_wide(chars[i]);
    let mut tokens: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        if !token_at(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && token_at(i) {
            i += 1;
        }
        tokens.push((start, i));
    }
    for &(s, e) in &tokens {
        let token = &chars[s..e];
        // A compound of lower-case words ("third-party") may break after its hyphen.
        let compound = token
            .iter()
            .all(|c| c.is_ascii_lowercase() || matches!(c, '-' | ',' | '.' | ';' | ':'));
        if e - s <= SHORT_TOKEN && !compound {
            for b in out.iter_mut().take(e).skip(s + 1) {
                *b = Brk::No;
            }
        }
    }
    // Ties at a single space between two tokens.
    for w in tokens.windows(2) {
        let ((ps, pe), (ns, ne)) = (w[0], w[1]);
        if ns != pe + 1 || chars[pe] != ' ' {
            continue;
        }
        let (prev, next) = (&chars[ps..pe], &chars[ns..ne]);
        // a number ends with a digit: "2015," ends a clause ("…:2015, together with")
        let number = |t: &[char]| {
            t.first().is_some_and(char::is_ascii_digit)
                && t.last().is_some_and(char::is_ascii_digit)
                && t.iter()
                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ':'))
        };
        let label =
            |t: &[char]| t.first().is_some_and(char::is_ascii_uppercase) || t.contains(&'/');
        let word = |t: &[char]| t.first().is_some_and(|c| c.is_alphabetic());
        let tie = (next.first().is_some_and(char::is_ascii_digit) && label(prev))
            || (number(prev) && word(next));
        if tie && prev.len() <= SHORT_TOKEN && next.len() <= SHORT_TOKEN && out[ns] == Brk::Allowed
        {
            out[ns] = Brk::Tie;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use whitepaper_core::chars::is_small_kana;

    fn allowed(s: &str) -> Vec<usize> {
        let chars: Vec<char> = s.chars().collect();
        opportunities(&chars)
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == Brk::Allowed)
            .map(|(i, _)| i)
            .collect()
    }

    #[test]
    fn kinsoku_never_breaks_before_closing_or_small_kana() {
        let s = "データは、「暗号化」されています。ちょっとキャッシュ（一時保存）ー・：；！？";
        let chars: Vec<char> = s.chars().collect();
        let ops = opportunities(&chars);
        for (i, b) in ops.iter().enumerate() {
            if *b == Brk::Allowed {
                assert!(
                    !no_line_start(chars[i]),
                    "break before {:?} at {i}",
                    chars[i]
                );
                assert!(
                    !no_line_end(chars[i - 1]),
                    "break after {:?} at {i}",
                    chars[i - 1]
                );
            }
        }
        // plain kana/kanji boundaries are breakable: 暗|号
        let i = chars.iter().position(|c| *c == '号').unwrap();
        assert_eq!(ops[i], Brk::Allowed);
    }

    #[test]
    fn small_kana_and_prolonged_mark_stay_attached() {
        let chars: Vec<char> = "キャッシュサーバー".chars().collect();
        let ops = opportunities(&chars);
        for (i, c) in chars.iter().enumerate() {
            if is_small_kana(*c) || *c == 'ー' {
                assert_eq!(ops[i], Brk::No, "{c}");
            }
        }
    }

    #[test]
    fn opening_brackets_do_not_end_lines() {
        let chars: Vec<char> = "あ「い」う（え）".chars().collect();
        let ops = opportunities(&chars);
        assert_eq!(ops[2], Brk::No); // 「|い
        assert_eq!(ops[6], Brk::No); // （|え
        assert_eq!(ops[3], Brk::No); // い|」
        assert_eq!(ops[1], Brk::Allowed); // あ|「
    }

    #[test]
    fn latin_words_are_not_split() {
        let v = allowed("hello world security");
        assert_eq!(v, vec![6, 12]);
    }

    #[test]
    fn numbers_units_identifiers_and_ties_stay_together() {
        let none_inside = |s: &str, piece: &str| {
            let chars: Vec<char> = s.chars().collect();
            let ops = opportunities(&chars);
            let at = s.find(piece).unwrap();
            let from = s[..at].chars().count();
            let len = piece.chars().count();
            for (k, op) in ops.iter().enumerate().take(from + len).skip(from + 1) {
                assert_ne!(*op, Brk::Allowed, "{piece:?} may break at {k} in {s:?}");
            }
        };
        none_inside("保持期間は13か月です", "13か月");
        none_inside("保持期間は24ヶ月です", "24ヶ月");
        none_inside("24時間以内に", "24時間");
        none_inside("本規約第9条に", "第9条");
        none_inside("基準JIP-ISMS517-1.0を", "JIP-ISMS517-1.0");
        none_inside("規格ISO/IEC 27001:2013の", "ISO/IEC 27001:2013");
        none_inside("under Article 9, Paragraph 1 of", "Article 9");
        none_inside("within 10 days of", "10 days");
        // Ordinary breaks remain, after a number that ends a clause too.
        let s = "with ISO/IEC 27017:2015, together with";
        let after_comma = s.find(", t").unwrap() + 2;
        assert!(allowed(s).contains(&after_comma), "{:?}", allowed(s));
        let v = allowed("third-party services");
        assert!(v.contains(&6), "{v:?}");
        let v = allowed("we keep it for many days");
        assert_eq!(v.len(), 5);
    }

    #[test]
    fn urls_break_after_slashes() {
        let v = allowed("https://example.com/path/to/page");
        let chars: Vec<char> = "https://example.com/path/to/page".chars().collect();
        assert!(!v.is_empty());
        for i in v {
            assert_eq!(chars[i - 1], '/');
        }
    }

    #[test]
    fn classes() {
        assert!(is_wide('あ') && is_wide('漢') && is_wide('、') && is_wide('※'));
        assert!(!is_wide('a') && !is_wide('1'));
        assert!(is_ja_letter('ア') && !is_ja_letter('、'));
        assert!(is_latin_alnum('A') && is_latin_alnum('9') && !is_latin_alnum('あ'));
    }
}
