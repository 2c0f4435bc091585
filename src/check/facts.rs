//! Checks of facts beyond their schema: revision history order, stated versions, dates.

use crate::diag::Diagnostic;
use crate::facts::Facts;
use crate::facts::editions::version_key;
use whitepaper_core::date::{Date, Deadline};

/// Revision history strictly increasing in version and date; the edition's stated version is
/// its latest revision; no date after `today`.
pub fn revisions(facts: &Facts, editions: &[String], today: Date) -> Vec<Diagnostic> {
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
                if let (Some(d), Some(pd)) = (r.date(), p.date())
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
            if let Some(d) = r.date()
                && d > today
            {
                out.push(
                    Diagnostic::error(
                        "future-date",
                        &file,
                        format!("revision {v} is dated {d}, after today ({today})",),
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

/// Certifications whose validity has ended (`expired`, an error) or ends within
/// `warn_days` (`expires-soon`, a warning), compared with `today`.
pub fn expiries(facts: &Facts, today: Date, warn_days: u32) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for c in &facts.certifications.list {
        let Some(until) = c.validity.as_ref().and_then(|v| v.until.date) else {
            continue;
        };
        let d = match crate::facts::day(until).deadline(today, warn_days) {
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

/// A subprocessor announced closer to its `effective` day than the contracts' notice period
/// (`[site] subprocessor_notice_days`): `subprocessor-notice`, at the subprocessor. The
/// announcement is its `announced` day, else today (the day the change is being made).
pub fn subprocessor_notices(facts: &Facts, today: Date, notice_days: u32) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for s in &facts.subprocessors.written {
        let [effective, until, announced] = s.days();
        if let (Some(e), Some(u)) = (effective, until)
            && u <= e
        {
            out.push(
                Diagnostic::error(
                    "subprocessor-dates",
                    "content/subprocessors.toml",
                    format!(
                        "subprocessor `{}` ends ({u}) before it takes effect ({e})",
                        s.id.id
                    ),
                )
                .with_span(Some(s.id.span.clone())),
            );
        }
        // only a change still ahead: a promise kept or broken in the past is history
        let Some(effective) = effective.filter(|e| *e > today) else {
            continue;
        };
        let from = announced.unwrap_or(today);
        if from > effective {
            continue;
        }
        let notice = effective.days() - from.days();
        if notice < i64::from(notice_days) {
            out.push(
                Diagnostic::warning(
                    "subprocessor-notice",
                    "content/subprocessors.toml",
                    format!(
                        "subprocessor `{}` takes effect on {effective}, {notice} day(s) after it \
                         is announced ({from}): the contracts promise {notice_days} days' notice",
                        s.id.id
                    ),
                )
                .with_span(Some(s.id.span.clone()))
                .with_help(format!(
                    "move `effective` to {} or later, or set `announced` to the day customers \
                     were told",
                    from.add_days(i64::from(notice_days))
                )),
            );
        }
    }
    out
}
