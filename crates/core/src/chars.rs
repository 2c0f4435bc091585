//! Character classes, each defined once: what counts as Japanese text, East Asian wide,
//! a Japanese letter, Latin, and the JLReq line-breaking (kinsoku) classes. Every stage
//! and renderer asks here.

/// Characters set in a full-width (Japanese) context: kana, ideographs, CJK punctuation and
/// full-width forms.
pub fn is_japanese(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F     // CJK punctuation
        | 0x3040..=0x30FF   // kana
        | 0x31F0..=0x31FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0xFF00..=0xFFEF   // full-width forms
        | 0x20000..=0x2FFFF)
}

/// Characters that must not start a line (行頭禁則).
pub fn no_line_start(c: char) -> bool {
    is_closing(c)
        || matches!(
            c,
            '〟' | '’'
                | '”'
                | 'ー'
                | '・'
                | '：'
                | '；'
                | '！'
                | '？'
                | '‐'
                | '゠'
                | '–'
                | '〜'
                | '～'
                | 'ゝ'
                | 'ゞ'
                | 'ヽ'
                | 'ヾ'
                | '々'
                | '〻'
                | '％'
                | ')'
                | ']'
                | '}'
                | ','
                | '.'
                | ':'
                | ';'
                | '!'
                | '?'
                | '%'
        )
        || is_small_kana(c)
}

/// Characters that must not end a line (行末禁則).
pub fn no_line_end(c: char) -> bool {
    matches!(
        c,
        '（' | '「'
            | '『'
            | '【'
            | '〔'
            | '〈'
            | '《'
            | '［'
            | '｛'
            | '〘'
            | '〖'
            | '〝'
            | '‘'
            | '“'
            | '('
            | '['
            | '{'
    )
}

/// Small kana (拗音・促音), which never start a line.
pub fn is_small_kana(c: char) -> bool {
    matches!(
        c,
        'ぁ' | 'ぃ'
            | 'ぅ'
            | 'ぇ'
            | 'ぉ'
            | 'っ'
            | 'ゃ'
            | 'ゅ'
            | 'ょ'
            | 'ゎ'
            | 'ゕ'
            | 'ゖ'
            | 'ァ'
            | 'ィ'
            | 'ゥ'
            | 'ェ'
            | 'ォ'
            | 'ッ'
            | 'ャ'
            | 'ュ'
            | 'ョ'
            | 'ヮ'
            | 'ヵ'
            | 'ヶ'
    ) || ('\u{31F0}'..='\u{31FF}').contains(&c)
}

/// Full-width (East Asian wide) characters: kana, ideographs, CJK punctuation,
/// full-width forms. Soft line breaks next to them join without a space.
pub fn is_wide(c: char) -> bool {
    let u = c as u32;
    matches!(u,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
        || c == '※'
        || ('\u{2460}'..='\u{24FF}').contains(&c)
}

/// Japanese letters (kana and ideographs, not punctuation): the JLReq quarter-em space
/// goes between these and Latin letters or digits.
pub fn is_ja_letter(c: char) -> bool {
    let u = c as u32;
    matches!(u, 0x3041..=0x309F | 0x30A0..=0x30FA | 0x30FC..=0x30FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFD | 0x3005 | 0x3006 | 0x31F0..=0x31FF)
}

/// Latin letters and digits (including accented Latin), for the JLReq quarter-em space.
pub fn is_latin_alnum(c: char) -> bool {
    c.is_ascii_alphanumeric() || (c.is_alphanumeric() && (c as u32) < 0x2000)
}

/// Full-width closing punctuation whose right half is blank (、。」 …).
pub fn is_closing(c: char) -> bool {
    matches!(
        c,
        '、' | '。'
            | '，'
            | '．'
            | '）'
            | '」'
            | '』'
            | '】'
            | '〕'
            | '〉'
            | '》'
            | '］'
            | '｝'
            | '〙'
            | '〗'
    )
}

/// Full-width opening brackets whose left half is blank (「（ …).
pub fn is_opening(c: char) -> bool {
    matches!(
        c,
        '（' | '「' | '『' | '【' | '〔' | '〈' | '《' | '［' | '｛' | '〘' | '〖'
    )
}

/// Katakana that belong to one word ("クラシックプラン"): a table prefers not to split them.
pub fn is_katakana(c: char) -> bool {
    matches!(c as u32, 0x30A1..=0x30FA | 0x30FC | 0x31F0..=0x31FF | 0xFF66..=0xFF9F)
}

/// Where a word that is wider than the whole line may be split (URLs, paths): after
/// one of these characters.
pub fn is_emergency_break_after(c: char) -> bool {
    matches!(
        c,
        '/' | '.' | '-' | '_' | '?' | '&' | '=' | '#' | ':' | ',' | ';' | '~' | '+'
    )
}
