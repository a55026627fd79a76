//! A plain calendar date (proleptic Gregorian), with the arithmetic deadlines need.
//!
//! Kept small on purpose: days in a month, last day of a month, adding days. Serialised as
//! ISO 8601 `YYYY-MM-DD`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// Years a document may plausibly name; anything outside is not read as a year.
pub(crate) const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// A calendar date.
///
/// # Example
/// ```
/// let date: ukaz::Date = "2021-02-28".parse()?;
/// assert_eq!(date.add_days(1).to_string(), "2021-03-01");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The date, if `month` is 1–12 and `day` exists in that month of `year`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let month = u8::try_from(month).ok()?;
        let day = u8::try_from(day).ok()?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The first day of `month` in `year`.
    pub fn first_of_month(year: i32, month: u32) -> Option<Date> {
        Date::new(year, month, 1)
    }

    /// The last day of `month` in `year`.
    pub fn last_of_month(year: i32, month: u32) -> Option<Date> {
        let m = u8::try_from(month).ok()?;
        Date::new(year, month, u32::from(days_in_month(year, m)))
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// The date `days` calendar days later (earlier if negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_day_number(self.day_number() + days)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub(crate) fn weekday(self) -> i64 {
        // 1970-01-01 was a Thursday.
        (self.day_number() + 3).rem_euclid(7)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    fn day_number(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date of a day number (inverse of `day_number`, Hinnant's `civil_from_days`).
    fn from_day_number(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }
}

/// Whether `year` is a leap year.
pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1–12) of `year`; 0 for an invalid month.
pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Error returned when a string is not an ISO `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected a date as YYYY-MM-DD, found «{0}»")]
pub struct DateParseError(String);

impl FromStr for Date {
    type Err = DateParseError;

    fn from_str(s: &str) -> Result<Date, DateParseError> {
        let err = || DateParseError(s.to_string());
        let mut parts = s.splitn(3, '-');
        let mut next = || parts.next().and_then(|p| p.parse::<u32>().ok()).ok_or_else(err);
        let (y, m, d) = (next()?, next()?, next()?);
        let year = i32::try_from(y).map_err(|_| err())?;
        Date::new(year, m, d).ok_or_else(err)
    }
}

impl Date {
    /// `YYYY-MM-DD` as bytes, for years 0–9999 (the rest go through [`fmt::Display`]).
    fn iso_bytes(self) -> Option<[u8; 10]> {
        let year = u16::try_from(self.year).ok().filter(|&y| y <= 9999)?;
        let digit = |n: u16| b'0' + (n % 10) as u8;
        let (m, d) = (u16::from(self.month), u16::from(self.day));
        Some([digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), b'-', digit(m / 10), digit(m), b'-', digit(d / 10), digit(d)])
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.iso_bytes() {
            Some(bytes) => serializer.serialize_str(std::str::from_utf8(&bytes).map_err(serde::ser::Error::custom)?),
            None => serializer.collect_str(self),
        }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_ends() {
        assert_eq!(Date::last_of_month(2021, 2).map(|d| d.to_string()), Some("2021-02-28".into()));
        assert_eq!(Date::last_of_month(2020, 2).map(|d| d.to_string()), Some("2020-02-29".into()));
        assert_eq!(Date::new(2021, 4, 31), None);
    }

    #[test]
    fn add_days_crosses_years() {
        let d = Date::new(2020, 12, 25).unwrap_or(Date { year: 0, month: 1, day: 1 });
        assert_eq!(d.add_days(10).to_string(), "2021-01-04");
        assert_eq!(d.add_days(-25).to_string(), "2020-11-30");
    }

    proptest::proptest! {
        #[test]
        fn day_numbers_round_trip(n in -100_000i64..200_000) {
            let d = Date::from_day_number(n);
            proptest::prop_assert_eq!(d.day_number(), n);
            proptest::prop_assert_eq!(d.to_string().parse::<Date>().ok(), Some(d));
            let json = serde_json::to_string(&d).unwrap_or_default();
            proptest::prop_assert_eq!(json, format!("\"{d}\""));
        }
    }
}
