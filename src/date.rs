//! Calendar dates (proleptic Gregorian), ages and "today" in China Standard
//! Time — the day a filing is judged on unless the caller passes `asOf`.
//!
//! ```
//! use beian_check::Date;
//! let birth = Date::parse_iso("2008-11-23").unwrap();
//! assert_eq!(birth.age_on(Date::from_ymd(2026, 11, 22).unwrap()), Some(17)); // the day before the birthday
//! assert_eq!(birth.age_on(Date::from_ymd(2026, 11, 23).unwrap()), Some(18));
//! assert_eq!(Date::parse_iso("2026-02-29"), None);
//! assert_eq!(Date::parse_compact(b"19491231").map(|d| d.to_string()).as_deref(), Some("1949-12-31"));
//! ```

use serde::{Serialize, Serializer};
use std::fmt;

/// A valid calendar date between 0001-01-01 and 9999-12-31.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// True in leap years of the Gregorian calendar.
pub fn is_leap_year(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date, or `None` when it does not exist (e.g. 2023-02-29).
    ///
    /// ```
    /// use beian_check::Date;
    /// assert!(Date::from_ymd(2024, 2, 29).is_some());
    /// assert!(Date::from_ymd(2023, 2, 29).is_none());
    /// ```
    pub fn from_ymd(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    ///
    /// ```
    /// use beian_check::Date;
    /// assert_eq!(Date::parse_iso("2026-11-22"), Date::from_ymd(2026, 11, 22));
    /// assert_eq!(Date::parse_iso("2026-11-31"), None);
    /// assert_eq!(Date::parse_iso("2026-1-2"), None);
    /// ```
    pub fn parse_iso(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = parse_digits(&b[0..4])?;
        let month = parse_digits(&b[5..7])?;
        let day = parse_digits(&b[8..10])?;
        Date::from_ymd(year as u16, month as u8, day as u8)
    }

    /// Parses exactly `YYYYMMDD`, the form inside identity numbers.
    pub fn parse_compact(digits: &[u8]) -> Option<Date> {
        if digits.len() != 8 {
            return None;
        }
        let year = parse_digits(&digits[0..4])?;
        let month = parse_digits(&digits[4..6])?;
        let day = parse_digits(&digits[6..8])?;
        Date::from_ymd(year as u16, month as u8, day as u8)
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }
    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }
    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Age in completed years on `on`: one year older exactly on the
    /// birthday; someone born on 29 February turns a year older on 1 March in
    /// common years. `None` when `on` is before the birth.
    ///
    /// ```
    /// use beian_check::Date;
    /// let born = Date::from_ymd(2008, 11, 22).unwrap();
    /// assert_eq!(born.age_on(Date::from_ymd(2026, 11, 22).unwrap()), Some(18));
    /// assert_eq!(born.age_on(Date::from_ymd(2026, 11, 21).unwrap()), Some(17));
    /// ```
    pub fn age_on(self, on: Date) -> Option<u16> {
        if on < self {
            return None;
        }
        let before_birthday = (on.month, on.day) < (self.month, self.day);
        Some(on.year - self.year - u16::from(before_birthday))
    }

    /// The date `days` days after 1970-01-01 (negative: before), if in range.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        // Howard Hinnant's civil_from_days.
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::from_ymd(u16::try_from(year).ok()?, month as u8, day as u8)
    }

    /// Today in China Standard Time (UTC+8), the time zone the filing
    /// administrators work in.
    pub fn today() -> Date {
        const CST_OFFSET_MS: f64 = 8.0 * 3_600_000.0;
        let days = ((unix_time_ms() + CST_OFFSET_MS) / 86_400_000.0).floor() as i64;
        Date::from_days_since_epoch(days).unwrap_or(Date { year: 1970, month: 1, day: 1 })
    }
}

fn parse_digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |acc, &b| b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0')))
}

#[cfg(not(target_arch = "wasm32"))]
fn unix_time_ms() -> f64 {
    use std::time::{SystemTime, UNIX_EPOCH};
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_millis() as f64)
}

#[cfg(target_arch = "wasm32")]
fn unix_time_ms() -> f64 {
    // wasm32-unknown-unknown has no clock of its own; ask the host.
    js_sys::Date::now()
}

impl Date {
    /// `YYYY-MM-DD` in a buffer on the stack (no formatting machinery, no
    /// allocation: a result's birth date is written on every call).
    fn iso_bytes(self) -> [u8; 10] {
        let digit = |n: u16| b'0' + (n % 10) as u8;
        let (y, m, d) = (self.year, u16::from(self.month), u16::from(self.day));
        [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(d / 10),
            digit(d),
        ]
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(std::str::from_utf8(&self.iso_bytes()).unwrap_or_default())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(std::str::from_utf8(&self.iso_bytes()).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u16, m: u8, day: u8) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        assert!(is_leap_year(2000) && is_leap_year(2024) && is_leap_year(1904));
        assert!(!is_leap_year(1900) && !is_leap_year(2100) && !is_leap_year(2023));
        assert!(Date::from_ymd(1900, 2, 29).is_none());
        assert!(Date::from_ymd(2000, 2, 29).is_some());
    }

    #[test]
    fn impossible_dates_are_rejected() {
        for (y, m, day) in [(2026, 0, 1), (2026, 13, 1), (2026, 4, 31), (2026, 1, 0), (0, 1, 1)] {
            assert!(Date::from_ymd(y, m, day).is_none(), "{y}-{m}-{day}");
        }
        assert_eq!(Date::parse_compact(b"19491231"), Some(d(1949, 12, 31)));
        assert_eq!(Date::parse_compact(b"1949123X"), None);
        assert_eq!(Date::parse_iso("2026-11-22x"), None);
        assert_eq!(Date::parse_iso("２026-11-22"), None);
    }

    #[test]
    fn age_turns_on_the_birthday_and_leap_day_birthdays_on_march_first() {
        let born = d(2008, 11, 22);
        assert_eq!(born.age_on(d(2026, 11, 21)), Some(17));
        assert_eq!(born.age_on(d(2026, 11, 22)), Some(18));
        assert_eq!(born.age_on(d(2008, 11, 22)), Some(0));
        assert_eq!(born.age_on(d(2008, 11, 21)), None);
        let leap = d(2008, 2, 29);
        assert_eq!(leap.age_on(d(2026, 2, 28)), Some(17));
        assert_eq!(leap.age_on(d(2026, 3, 1)), Some(18));
        assert_eq!(leap.age_on(d(2028, 2, 29)), Some(20));
    }

    #[test]
    fn epoch_days_convert_both_ways_across_eras() {
        assert_eq!(Date::from_days_since_epoch(0), Some(d(1970, 1, 1)));
        assert_eq!(Date::from_days_since_epoch(-1), Some(d(1969, 12, 31)));
        assert_eq!(Date::from_days_since_epoch(11_016), Some(d(2000, 2, 29)));
        assert_eq!(Date::from_days_since_epoch(20_414), Some(d(2025, 11, 22)));
        assert_eq!(Date::from_days_since_epoch(-25_567), Some(d(1900, 1, 1)));
    }

    #[test]
    fn today_is_a_plausible_date() {
        assert!(Date::today() > d(2024, 1, 1));
    }

    #[test]
    fn displays_and_serializes_as_iso() {
        assert_eq!(d(1949, 1, 5).to_string(), "1949-01-05");
        assert_eq!(serde_json::to_string(&d(1949, 1, 5)).unwrap(), "\"1949-01-05\"");
    }
}
