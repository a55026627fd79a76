//! Period columns a schedule marks: `I кв. | II кв. | III кв. | IV кв.` or `янв | фев | … | дек`
//! in the header, `X` or `+` in a row's cells. The row's term is the periods marked, written as a
//! term of months (`январь – март, июль – сентябрь 2024 года`) for the term grammar to read:
//! consecutive marks make one period, gaps a list.

use crate::lexicon;

/// What one period column stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Month,
    Quarter,
}

/// A table's period columns: `count` consecutive columns from `first`, naming consecutive
/// periods of `unit` from `first_period` (a month 1–12, a quarter 1–4), in `year` when the
/// header's caption names one (`Срок исполнения (2024 год)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct MarkColumns {
    pub first: usize,
    pub count: usize,
    pub unit: Unit,
    pub first_period: u32,
    pub year: Option<i32>,
}

impl MarkColumns {
    /// Whether column `i` is one of the period columns.
    pub fn holds(&self, i: usize) -> bool {
        (self.first..self.first + self.count).contains(&i)
    }
}

/// The period a header cell (lower case) names: `янв`, `январь`, `I кв.`, `II квартал`; a bare
/// Roman numeral `I`–`IV` when the header names quarters elsewhere (`quarters_named`).
pub(super) fn period_of(cell: &str, quarters_named: bool) -> Option<(Unit, u32)> {
    let cell = cell.trim_end_matches('.');
    if let Some(m) = lexicon::month(cell) {
        return Some((Unit::Month, m));
    }
    let (numeral, rest) = cell.split_once(' ').unwrap_or((cell, ""));
    let quarter = match numeral {
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        _ => return None,
    };
    let rest = rest.trim_end_matches('.');
    (matches!(rest, "кв" | "квартал") || rest.is_empty() && quarters_named).then_some((Unit::Quarter, quarter))
}

/// The longest run of header cells `(column, unit, period)` in consecutive columns naming
/// consecutive periods of one unit (months wrap from December to January), of two or more.
pub(super) fn mark_columns(cells: &[(usize, Unit, u32)], year: Option<i32>) -> Option<MarkColumns> {
    let next_period = |unit: Unit, p: u32| match unit {
        Unit::Month => p % 12 + 1,
        Unit::Quarter => p + 1,
    };
    let mut best: Option<MarkColumns> = None;
    let mut run: Option<MarkColumns> = None;
    let mut last: Option<(usize, Unit, u32)> = None;
    for &(col, unit, period) in cells {
        let continues = last.is_some_and(|(c, u, p)| col == c + 1 && unit == u && period == next_period(u, p));
        run = match run {
            Some(r) if continues => Some(MarkColumns { count: r.count + 1, ..r }),
            _ => Some(MarkColumns { first: col, count: 1, unit, first_period: period, year }),
        };
        if run.is_some_and(|r| r.count >= 2 && best.is_none_or(|b| r.count > b.count)) {
            best = run;
        }
        last = Some((col, unit, period));
    }
    best
}

/// Whether a cell marks its period: `X`, `Х`, `+`, `V`, `✓`, `*` (one or a few of them).
pub(super) fn is_mark(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty() && text.chars().count() <= 3 && text.chars().all(|c| matches!(c, 'X' | 'x' | 'Х' | 'х' | '+' | 'V' | 'v' | '✓' | '✔' | '*' | '×'))
}

const MONTHS: [&str; 12] = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

/// The term the marked columns (offsets from the first period column, ascending) write: each run
/// of consecutive marks a range of months, runs listed with commas, the caption's year after.
pub(super) fn term_text(columns: &MarkColumns, marked: &[usize]) -> Option<String> {
    let month_name = |m: u32| MONTHS.get(((m + 11) % 12) as usize).copied().unwrap_or("");
    // The months a period column spans.
    let months = |offset: usize| -> (u32, u32) {
        let period = columns.first_period + offset as u32;
        match columns.unit {
            Unit::Month => {
                let m = (period - 1) % 12 + 1;
                (m, m)
            }
            Unit::Quarter => (period * 3 - 2, period * 3),
        }
    };
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for &offset in marked {
        match runs.last_mut() {
            Some(run) if run.1 + 1 == offset => run.1 = offset,
            _ => runs.push((offset, offset)),
        }
    }
    let written: Vec<String> = runs
        .iter()
        .map(|&(a, b)| {
            let (from, to) = (months(a).0, months(b).1);
            if from == to { month_name(from).to_string() } else { format!("{} – {}", month_name(from), month_name(to)) }
        })
        .collect();
    if written.is_empty() {
        return None;
    }
    let year = columns.year.map(|y| format!(" {y} года")).unwrap_or_default();
    Some(format!("{}{year}", written.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_cells_name_months_and_quarters() {
        assert_eq!(period_of("янв", false), Some((Unit::Month, 1)));
        assert_eq!(period_of("iii кв.", false), Some((Unit::Quarter, 3)));
        assert_eq!(period_of("iv", true), Some((Unit::Quarter, 4)));
        assert_eq!(period_of("iv", false), None);
        assert_eq!(period_of("срок", true), None);
    }

    #[test]
    fn marked_periods_are_written_as_months() {
        let quarters = MarkColumns { first: 2, count: 4, unit: Unit::Quarter, first_period: 1, year: Some(2024) };
        assert_eq!(term_text(&quarters, &[0, 2]).as_deref(), Some("январь – март, июль – сентябрь 2024 года"));
        assert_eq!(term_text(&quarters, &[0, 1, 2, 3]).as_deref(), Some("январь – декабрь 2024 года"));
        let school_year = MarkColumns { first: 2, count: 10, unit: Unit::Month, first_period: 9, year: None };
        assert_eq!(term_text(&school_year, &[3, 4]).as_deref(), Some("декабрь – январь"));
        assert_eq!(term_text(&school_year, &[]), None);
    }

    #[test]
    fn the_longest_run_of_consecutive_periods() {
        let cells = [(2, Unit::Month, 9), (3, Unit::Month, 10), (4, Unit::Month, 11), (5, Unit::Month, 12), (6, Unit::Month, 1)];
        assert_eq!(mark_columns(&cells, None).map(|m| (m.first, m.count, m.first_period)), Some((2, 5, 9)));
        assert_eq!(mark_columns(&[(2, Unit::Month, 3)], None), None);
        assert!(is_mark(" X ") && is_mark("+") && !is_mark("Комитет") && !is_mark(""));
    }
}
