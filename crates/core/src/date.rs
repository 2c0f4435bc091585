//! A calendar date (proleptic Gregorian, UTC): one parser, one formatter, the arithmetic
//! every stage needs (days between dates, a day of a Unix timestamp, deadlines).

use std::fmt;

/// A valid calendar day. Ordered by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// The day, if the calendar has it (`2023-02-29` has none).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// `YYYY-MM-DD`, exactly (four, two and two digits), of a day the calendar has.
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u16> {
            let s = &text[r];
            s.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| s.parse().ok())?
        };
        Date::new(
            num(0..4)?,
            u8::try_from(num(5..7)?).ok()?,
            u8::try_from(num(8..10)?).ok()?,
        )
    }

    /// The day (UTC) of a Unix timestamp.
    pub fn from_unix(secs: i64) -> Date {
        Date::from_days(secs.div_euclid(86_400))
    }

    /// The day `days` after 1970-01-01 (Howard Hinnant's civil-from-days).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date {
            year: y as u16,
            month: m as u8,
            day: d as u8,
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    pub fn days(self) -> i64 {
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `n` days later (earlier for a negative `n`).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// Where this date, which ends something (a certification's validity, security.txt's
    /// review date), stands on `today`, given `warn_days` of notice.
    pub fn deadline(self, today: Date, warn_days: u32) -> Deadline {
        match self.days() - today.days() {
            left if left < 0 => Deadline::Passed,
            left if left <= i64::from(warn_days) => Deadline::Soon(left),
            left => Deadline::Later(left),
        }
    }
}

/// `YYYY-MM-DD`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// See [`Date::deadline`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    /// Before today: it has lapsed.
    Passed,
    /// Today or within the notice: in this many days.
    Soon(i64),
    /// Further ahead: in this many days.
    Later(i64),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_of_unix_timestamps() {
        assert_eq!(Date::from_unix(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix(1_684_368_000).to_string(), "2023-05-18");
        assert_eq!(Date::from_unix(951_782_400).to_string(), "2000-02-29");
        assert_eq!(Date::from_unix(-1).to_string(), "1969-12-31");
    }

    #[test]
    fn parse_is_strict_and_round_trips() {
        for ok in ["2023-05-18", "2000-02-29", "1999-12-31", "0001-01-01"] {
            assert_eq!(Date::parse(ok).map(|d| d.to_string()).as_deref(), Some(ok));
        }
        for bad in [
            "2023-13-45",
            "2023-02-29",
            "1900-02-29",
            "2023-5-18",
            "2023-05-18T00:00",
            "20230518",
            "２０２３-05-18",
            "2023-04-31",
            "",
            "+023-05-18",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn arithmetic_and_deadlines() {
        let d = Date::parse("2024-02-28").unwrap();
        assert_eq!(d.add_days(1).to_string(), "2024-02-29");
        assert_eq!(d.add_days(2).to_string(), "2024-03-01");
        assert_eq!(d.add_days(-59).to_string(), "2023-12-31");
        for n in [-700_000, -1, 0, 1, 19_000, 2_000_000] {
            assert_eq!(Date::from_days(n).days(), n);
        }
        let today = Date::parse("2026-12-03").unwrap();
        assert_eq!(today.add_days(-1).deadline(today, 30), Deadline::Passed);
        assert_eq!(today.deadline(today, 30), Deadline::Soon(0));
        assert_eq!(today.add_days(30).deadline(today, 30), Deadline::Soon(30));
        assert_eq!(today.add_days(31).deadline(today, 30), Deadline::Later(31));
    }
}
