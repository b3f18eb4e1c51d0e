//! The guidance as a whole: its date, the date by which whoever signs it off must review
//! it again, and where it comes from (bundled, a folder, or a signed pack). Past the
//! review-by date every screen and export says that the guidance may be out of date; the
//! tool never stops working because of it. `--as-of DATE` shows the tool as it would be
//! on that date.

use std::time::{SystemTime, UNIX_EPOCH};

/// A calendar day, `YYYY-MM-DD`, checked (the month has that day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    /// `2027-12-31`; None for anything else (also `2027-02-30`).
    pub fn parse(s: &str) -> Option<Day> {
        let s = s.trim();
        let mut it = s.split('-');
        let (y, m, d) = (it.next()?, it.next()?, it.next()?);
        if it.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
        if !(all_digits(y) && all_digits(m) && all_digits(d)) {
            return None;
        }
        let day = Day { year: y.parse().ok()?, month: m.parse().ok()?, day: d.parse().ok()? };
        (day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= days_in_month(day.year, day.month))
            .then_some(day)
    }

    /// The day of `days` since 1970-01-01 (the proleptic Gregorian calendar; Howard
    /// Hinnant's `civil_from_days`).
    pub fn from_days(days: i64) -> Day {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Day { year: y as i32, month: m as u32, day: d as u32 }
    }

    /// Today, by the system clock (UTC). A clock before 1970 reads as 1970-01-01.
    pub fn today() -> Day {
        let secs = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Day::from_days((secs / 86_400) as i64)
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Where the guidance in use comes from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Origin {
    /// Built into the binary.
    #[default]
    Bundled,
    /// `--flows`/`--locales` folders (an author's own set).
    Folder,
    /// A signed pack: its folder, and what its manifest says of its origin.
    Pack { path: String, origin: String, test_signed: bool },
}

/// The guidance's own facts (flows/guidance.yaml, or a pack's manifest).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Guidance {
    /// When the content was signed off.
    pub date: Option<Day>,
    /// When it must be reviewed again.
    pub review_by: Option<Day>,
    pub origin: Origin,
}

impl Guidance {
    /// The guidance's version: its date and the hash of its files (the part after `+`
    /// of the set's version), or the set's version where it has no date.
    pub fn version(&self, set_version: &str) -> String {
        match (self.date, set_version.rsplit_once('+')) {
            (Some(d), Some((_, hash))) => format!("{d}+{hash}"),
            _ => set_version.to_string(),
        }
    }

    /// The review-by date when `today` is past it: the guidance may be out of date since
    /// then.
    pub fn overdue(&self, today: Day) -> Option<Day> {
        self.review_by.filter(|r| today > *r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_only_when_they_are_days() {
        assert_eq!(Day::parse("2027-12-31"), Some(Day { year: 2027, month: 12, day: 31 }));
        assert_eq!(Day::parse("2028-02-29").map(|d| d.day), Some(29));
        for bad in ["2027-02-29", "2027-13-01", "2027-1-01", "27-12-31", "2027-12-31x", "", "2027-12", "２０２７-12-31"]
        {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn days_since_1970_are_the_calendar() {
        assert_eq!(Day::from_days(0).to_string(), "1970-01-01");
        assert_eq!(Day::from_days(11_016).to_string(), "2000-02-29");
        // 2026-12-06 is day 20 793.
        assert_eq!(Day::from_days(20_793).to_string(), "2026-12-06");
        assert_eq!(Day::from_days(-1).to_string(), "1969-12-31");
    }

    #[test]
    fn overdue_only_after_the_review_by_date() {
        let g = Guidance { review_by: Day::parse("2027-12-31"), ..Guidance::default() };
        assert_eq!(g.overdue(Day::parse("2027-12-31").unwrap()), None);
        assert_eq!(g.overdue(Day::parse("2028-01-01").unwrap()), g.review_by);
        assert_eq!(Guidance::default().overdue(Day::parse("2099-01-01").unwrap()), None);
    }

    #[test]
    fn the_version_is_the_date_and_the_hash() {
        let g = Guidance { date: Day::parse("2026-12-06"), ..Guidance::default() };
        assert_eq!(g.version("0.1.0+1a2b3c4d"), "2026-12-06+1a2b3c4d");
        assert_eq!(Guidance::default().version("0.1.0+1a2b3c4d"), "0.1.0+1a2b3c4d");
    }
}
