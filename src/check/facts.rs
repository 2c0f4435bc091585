//! Checks of facts beyond their schema: revision history order, stated versions, dates.

use crate::diag::Diagnostic;
use crate::facts::Facts;

/// A version as numbers to compare ("1.10" is greater than "1.9"); `None` when it is not
/// numbers joined by dots.
pub fn version_key(v: &str) -> Option<Vec<u64>> {
    v.split('.').map(|p| p.parse().ok()).collect()
}

/// Revision history strictly increasing in version and date; the edition's stated version is
/// its latest revision; no date after `today`.
pub fn revisions(facts: &Facts, editions: &[String], today: (u16, u8, u8)) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for id in editions {
        let Some(ed) = facts.editions.get(id) else {
            continue;
        };
        let file = format!("content/editions/{id}.toml");
        let mut prev: Option<(&crate::facts::Revision, Vec<u64>)> = None;
        for r in &ed.revisions {
            let v = r.version.get_ref();
            let Some(key) = version_key(v) else {
                out.push(
                    Diagnostic::error(
                        "revision-version",
                        &file,
                        format!("`{v}` is not a version number"),
                    )
                    .with_span(Some(r.version.span()))
                    .with_help("use numbers separated by dots, e.g. 1.7"),
                );
                continue;
            };
            if let Some((p, pkey)) = &prev {
                if key <= *pkey {
                    out.push(
                        Diagnostic::error(
                            "revision-order",
                            &file,
                            format!("version {v} does not come after {}", p.version.get_ref()),
                        )
                        .with_span(Some(r.version.span()))
                        .with_help("list revisions oldest first, each with a higher version"),
                    );
                }
                if let (Some(d), Some(pd)) = (r.ymd(), p.ymd())
                    && d <= pd
                {
                    out.push(
                        Diagnostic::error(
                            "revision-order",
                            &file,
                            format!(
                                "revision {v} is dated on or before revision {}",
                                p.version.get_ref()
                            ),
                        )
                        .with_span(r.date.as_ref().map(|s| s.span())),
                    );
                }
            }
            if let Some(d) = r.ymd()
                && d > today
            {
                out.push(
                        Diagnostic::error(
                            "future-date",
                            &file,
                            format!(
                                "revision {v} is dated {:04}-{:02}-{:02}, after today ({:04}-{:02}-{:02})",
                                d.0, d.1, d.2, today.0, today.1, today.2
                            ),
                        )
                        .with_span(r.date.as_ref().map(|s| s.span()))
                        .with_help("today is SOURCE_DATE_EPOCH when set, else the clock"),
                    );
            }
            prev = Some((r, key));
        }
        match ed.latest() {
            Some(last) if last.version.get_ref() != ed.version.get_ref() => out.push(
                Diagnostic::error(
                    "stated-version",
                    &file,
                    format!(
                        "the edition states version {} but its latest revision is {}",
                        ed.version.get_ref(),
                        last.version.get_ref()
                    ),
                )
                .with_span(Some(ed.version.span()))
                .with_help("update `version`, or add the revision"),
            ),
            None => out.push(
                Diagnostic::warning(
                    "no-revisions",
                    &file,
                    "this edition has no revision history",
                )
                .with_span(Some(ed.version.span())),
            ),
            _ => {}
        }
    }
    out
}

/// Days since 1970-01-01 of a date (proleptic Gregorian; Howard Hinnant's days-from-civil).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Where a date that ends something (a certification's validity, security.txt's review date)
/// stands on `today`, given `warn_days` of notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    /// Before today: it has lapsed.
    Passed,
    /// Today or within `warn_days`: in this many days.
    Soon(i64),
    /// Further ahead: in this many days.
    Later(i64),
}

/// See [`Deadline`].
pub fn deadline(until: toml::value::Date, today: (u16, u8, u8), warn_days: u32) -> Deadline {
    let now = days_from_civil(today.0.into(), today.1.into(), today.2.into());
    let end = days_from_civil(until.year.into(), until.month.into(), until.day.into());
    match end - now {
        left if left < 0 => Deadline::Passed,
        left if left <= i64::from(warn_days) => Deadline::Soon(left),
        left => Deadline::Later(left),
    }
}

/// Certifications whose validity has ended (`expired`, an error) or ends within
/// `warn_days` (`expires-soon`, a warning), compared with `today`.
pub fn expiries(facts: &Facts, today: (u16, u8, u8), warn_days: u32) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in &facts.certifications.list {
        let Some(until) = c.validity.as_ref().and_then(|v| v.until.date) else {
            continue;
        };
        let d = match deadline(until, today, warn_days) {
            Deadline::Passed => Diagnostic::error(
                "expired",
                "content/certifications.toml",
                format!(
                    "the certification `{}` was valid until {until}: it has lapsed",
                    c.id.id
                ),
            )
            .with_help("renew it and update `validity`, or remove the certification"),
            Deadline::Soon(left) => Diagnostic::warning(
                "expires-soon",
                "content/certifications.toml",
                format!(
                    "the certification `{}` is valid until {until}, in {left} day(s)",
                    c.id.id
                ),
            )
            .with_help(
                "renew it before then; `[check] expiry_warning_days` sets how early this warns",
            ),
            Deadline::Later(_) => continue,
        };
        out.push(d.with_span(Some(c.id.span.clone())));
    }
    out
}

/// (year, month, day) of a Unix timestamp (UTC).
pub fn civil_date(secs: i64) -> (u16, u8, u8) {
    // Howard Hinnant's days-from-civil inverse.
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as u16, m as u8, d as u8)
}

/// Characters of the facts the PDF fonts cannot print, reported at the fact (`check`, and
/// `build` before it makes a PDF): an emoji or a script the fonts lack would otherwise stop
/// the PDF naming only the output file.
pub fn glyphs(
    texts: &[(std::path::PathBuf, crate::facts::text::SeenText)],
    langs: &[String],
    prints: impl Fn(char) -> bool,
) -> Vec<Diagnostic> {
    use crate::facts::text::TextValue;
    let mut out = Vec::new();
    for (file, t) in texts {
        let values: Vec<(&str, &str)> = match &t.value {
            TextValue::Same(s) => vec![("", s.as_str())],
            TextValue::PerLang(m) => m
                .iter()
                .filter(|(l, _)| langs.contains(l))
                .map(|(l, s)| (l.as_str(), s.as_str()))
                .collect(),
        };
        for (lang, v) in values {
            let missing: Vec<char> = {
                let mut m: Vec<char> = v.chars().filter(|c| !prints(*c)).collect();
                m.dedup();
                m
            };
            if missing.is_empty() {
                continue;
            }
            let list = missing
                .iter()
                .take(5)
                .map(|c| format!("“{c}” (U+{:04X})", *c as u32))
                .collect::<Vec<_>>()
                .join(", ");
            let which = if lang.is_empty() {
                String::new()
            } else {
                format!(" `{lang}`")
            };
            out.push(
                Diagnostic::error(
                    "missing-glyph",
                    file,
                    format!("the PDF fonts cannot print {list} of this{which} text"),
                )
                .with_span(Some(t.span.clone()))
                .with_help(
                    "remove or replace the character, or give the project fonts that have it \
                     (fonts/regular.ttf and fonts/bold.ttf)",
                ),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn civil_dates() {
        assert_eq!(super::civil_date(0), (1970, 1, 1));
        assert_eq!(super::civil_date(1_684_368_000), (2023, 5, 18));
        assert_eq!(super::civil_date(951_782_400), (2000, 2, 29));
    }
}
