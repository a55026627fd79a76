//! Clause numbers (`I.`, `1.`, `1.2.`, `3)`, `а)`) and the relations between them.

use std::fmt;

/// A clause number as the document writes it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum ClauseNumber {
    /// A Roman numeral, `I.`, `II.`: a section (in protocols, a question) over the dotted
    /// clauses that follow it.
    Roman(u16),
    /// `Статья 1.`: an article of a decision written as a law is (parts `1.`, `2.` numbered
    /// afresh in each, items `1)` under them), a section as a Roman numeral is.
    Article(u16),
    /// Dotted decimal: `1.`, `1.2.1.` — absolute; its prefix names its parent.
    Dotted(Vec<u16>),
    /// `1)`, `2)` — local to the clause it follows.
    Paren(u16),
    /// `а)`, `б)` — local to the clause it follows.
    Letter(char),
}

/// Numbering styles: clauses of the same style at the same place are siblings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// `I.`
    Roman,
    /// `Статья 1.`
    Article,
    /// Dotted decimal with this many components.
    Dotted(usize),
    /// `1)`.
    Paren,
    /// `а)`.
    Letter,
}

impl ClauseNumber {
    /// The numbering style.
    pub fn style(&self) -> Style {
        match self {
            ClauseNumber::Roman(_) => Style::Roman,
            ClauseNumber::Article(_) => Style::Article,
            ClauseNumber::Dotted(parts) => Style::Dotted(parts.len()),
            ClauseNumber::Paren(_) => Style::Paren,
            ClauseNumber::Letter(_) => Style::Letter,
        }
    }

    /// For a dotted number, its components.
    pub fn dotted(&self) -> Option<&[u16]> {
        match self {
            ClauseNumber::Dotted(parts) => Some(parts),
            _ => None,
        }
    }

    /// Whether `self` is the direct parent number of `child` (`1.2` of `1.2.3`, `II` of `1` and
    /// of `2.1`).
    pub fn is_parent_of(&self, child: &ClauseNumber) -> bool {
        match (self, child.dotted()) {
            (ClauseNumber::Roman(n), Some(c)) => c.len() == 1 || c.len() == 2 && c.first() == Some(n),
            (ClauseNumber::Article(_), Some(c)) => c.len() == 1,
            (ClauseNumber::Dotted(p), Some(c)) => c.len() == p.len() + 1 && c.starts_with(p),
            // `1)` over `1.1)`, `1.2)`.
            (ClauseNumber::Paren(n), Some(c)) => c.len() == 2 && c.first() == Some(n),
            _ => false,
        }
    }

    /// Whether `self` is the number that follows `prev` among siblings (`1.3` after `1.2`).
    pub fn is_next_after(&self, prev: &ClauseNumber) -> bool {
        match (self, prev) {
            (ClauseNumber::Dotted(a), ClauseNumber::Dotted(b)) => {
                a.len() == b.len()
                    && a.split_last().zip(b.split_last()).is_some_and(|((la, ha), (lb, hb))| {
                        ha == hb && u32::from(*la) == u32::from(*lb) + 1
                    })
            }
            (ClauseNumber::Roman(a), ClauseNumber::Roman(b))
            | (ClauseNumber::Article(a), ClauseNumber::Article(b))
            | (ClauseNumber::Paren(a), ClauseNumber::Paren(b)) => {
                u32::from(*a) == u32::from(*b) + 1
            }
            (ClauseNumber::Letter(a), ClauseNumber::Letter(b)) => next_letter(*b) == Some(*a),
            _ => false,
        }
    }

    /// Whether `self` is a plausible first number among its siblings (`1.`, `2.1`, `1)`, `а)`).
    pub fn is_first(&self) -> bool {
        match self {
            ClauseNumber::Dotted(parts) => parts.last() == Some(&1),
            ClauseNumber::Roman(n) | ClauseNumber::Article(n) | ClauseNumber::Paren(n) => *n == 1,
            ClauseNumber::Letter(c) => *c == 'а',
        }
    }

    /// How far `self` runs ahead of the successor of `prev` (0 when it is the successor);
    /// `None` when they cannot be compared or `self` does not come later.
    pub fn skip_after(&self, prev: &ClauseNumber) -> Option<u32> {
        let (a, b) = match (self, prev) {
            (ClauseNumber::Dotted(a), ClauseNumber::Dotted(b))
                if a.len() == b.len() && a.split_last().map(|s| s.1) == b.split_last().map(|s| s.1) =>
            {
                (u32::from(*a.last()?), u32::from(*b.last()?))
            }
            (ClauseNumber::Roman(a), ClauseNumber::Roman(b))
            | (ClauseNumber::Article(a), ClauseNumber::Article(b))
            | (ClauseNumber::Paren(a), ClauseNumber::Paren(b)) => {
                (u32::from(*a), u32::from(*b))
            }
            (ClauseNumber::Letter(a), ClauseNumber::Letter(b)) => (letter_index(*a)?, letter_index(*b)?),
            _ => return None,
        };
        a.checked_sub(b + 1)
    }
}

/// The lettered item after `c` in the Russian alphabet as used for lists (no ё, й, ъ, ы, ь).
fn next_letter(c: char) -> Option<char> {
    const LETTERS: &str = "абвгдежзиклмнопрстуфхцчшщэюя";
    let mut it = LETTERS.chars().skip_while(|&l| l != c);
    it.next()?;
    it.next()
}

/// The position of a list letter in the alphabet used for lists.
fn letter_index(c: char) -> Option<u32> {
    const LETTERS: &str = "абвгдежзиклмнопрстуфхцчшщэюя";
    LETTERS.chars().position(|l| l == c).and_then(|i| u32::try_from(i).ok())
}

/// `n` in Roman numerals (`14` → `XIV`), at most 64 chars.
pub(crate) fn roman(mut n: u32) -> String {
    const DIGITS: [(u32, &str); 13] =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut out = String::new();
    for (value, digits) in DIGITS {
        while n >= value && out.len() < 64 {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

impl fmt::Display for ClauseNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClauseNumber::Roman(n) => f.write_str(&roman(u32::from(*n))),
            ClauseNumber::Article(n) => write!(f, "Статья {n}"),
            ClauseNumber::Dotted(parts) => {
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    write!(f, "{p}")?;
                }
                Ok(())
            }
            ClauseNumber::Paren(n) => write!(f, "{n})"),
            ClauseNumber::Letter(c) => write!(f, "{c})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(parts: &[u16]) -> ClauseNumber {
        ClauseNumber::Dotted(parts.to_vec())
    }

    #[test]
    fn relations() {
        assert!(d(&[1, 2]).is_parent_of(&d(&[1, 2, 3])));
        assert!(!d(&[1, 1]).is_parent_of(&d(&[1, 2, 3])));
        assert!(d(&[1, 3]).is_next_after(&d(&[1, 2])));
        assert!(!d(&[1, 1, 4]).is_next_after(&d(&[1, 2, 3])));
        assert!(ClauseNumber::Letter('б').is_next_after(&ClauseNumber::Letter('а')));
        assert_eq!(d(&[1, 4]).skip_after(&d(&[1, 2])), Some(1));
        assert_eq!(d(&[1, 1]).skip_after(&d(&[1, 2])), None);
        assert_eq!(d(&[1, 2, 1]).to_string(), "1.2.1");
        assert!(ClauseNumber::Roman(2).is_parent_of(&d(&[1])) && !ClauseNumber::Roman(2).is_parent_of(&d(&[1, 1])));
        assert!(ClauseNumber::Roman(2).is_parent_of(&d(&[2, 1])) && !ClauseNumber::Roman(2).is_parent_of(&d(&[2, 1, 1])));
        assert!(ClauseNumber::Roman(2).is_next_after(&ClauseNumber::Roman(1)));
        assert_eq!(ClauseNumber::Roman(14).to_string(), "XIV");
        assert!(ClauseNumber::Article(2).is_parent_of(&d(&[1])) && !ClauseNumber::Article(2).is_parent_of(&d(&[2, 1])));
        assert!(ClauseNumber::Article(3).is_next_after(&ClauseNumber::Article(2)));
        assert_eq!(ClauseNumber::Article(4).to_string(), "Статья 4");
    }
}
