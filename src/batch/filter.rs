//! Which files of folders and archives a batch reads, by their file name: `--include` and
//! `--exclude` globs (`*` any run of characters, `?` one character, letters matched without
//! regard to case).

/// Globs over file names that choose the files a batch reads in folders and archives.
///
/// A file is read when it matches one of the `include` globs (or there are none) and none of
/// the `exclude` globs. An archive is always opened, so that its members can be chosen, unless
/// an `exclude` glob matches it. Inputs named explicitly are not filtered.
///
/// # Example
/// ```
/// let names = ukaz::NameFilter::new(["*.txt", "*.docx"], ["draft*"]);
/// assert!(names.admits("Приказ 28.TXT", false));
/// assert!(!names.admits("draft-1.txt", false));
/// assert!(!names.admits("scan.pdf", false));
/// assert!(names.admits("2020.zip", true), "archives are opened to choose their members");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameFilter {
    include: Vec<Glob>,
    exclude: Vec<Glob>,
}

impl NameFilter {
    /// A filter from `include` and `exclude` globs.
    pub fn new<S: AsRef<str>>(include: impl IntoIterator<Item = S>, exclude: impl IntoIterator<Item = S>) -> NameFilter {
        let globs = |patterns: Vec<S>| patterns.iter().map(|p| Glob::new(p.as_ref())).collect();
        NameFilter { include: globs(include.into_iter().collect()), exclude: globs(exclude.into_iter().collect()) }
    }

    /// Whether a batch reads the file `file_name` (the last component of its path); an
    /// archive (`is_archive`) only has to escape the `exclude` globs.
    pub fn admits(&self, file_name: &str, is_archive: bool) -> bool {
        let name: Vec<char> = lowercase(file_name);
        let included = is_archive || self.include.is_empty() || self.include.iter().any(|g| g.matches(&name));
        included && !self.exclude.iter().any(|g| g.matches(&name))
    }
}

/// One glob, lowercased.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Glob(Vec<char>);

impl Glob {
    /// The glob of `pattern`, lowercased to match without regard to case.
    fn new(pattern: &str) -> Glob {
        Glob(lowercase(pattern))
    }

    /// Whether the glob matches all of `name` (lowercased): the last star seen backtracks to
    /// take one more character each time the rest fails (at worst glob length × name length,
    /// never exponential).
    fn matches(&self, name: &[char]) -> bool {
        let pattern = &self.0;
        let (mut p, mut n) = (0, 0);
        let mut last_star: Option<(usize, usize)> = None;
        while let Some(&c) = name.get(n) {
            match pattern.get(p) {
                Some('*') => {
                    last_star = Some((p, n));
                    p += 1;
                }
                Some(&g) if g == '?' || g == c => {
                    p += 1;
                    n += 1;
                }
                _ => match last_star {
                    Some((star, taken)) => {
                        last_star = Some((star, taken + 1));
                        p = star + 1;
                        n = taken + 1;
                    }
                    None => return false,
                },
            }
        }
        pattern.get(p..).unwrap_or_default().iter().all(|&g| g == '*')
    }
}

/// The chars of `text`, lowercased (`Я` → `я`, `TXT` → `txt`).
fn lowercase(text: &str) -> Vec<char> {
    text.chars().flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pattern: &str, name: &str) -> bool {
        Glob::new(pattern).matches(&lowercase(name))
    }

    #[test]
    fn stars_and_question_marks() {
        for (pattern, name) in [("*.txt", "a.txt"), ("*.txt", ".txt"), ("*", ""), ("a*b*c", "aXbYbc"), ("?.txt", "я.TXT"), ("**x", "x"), ("ПРИКАЗ*", "приказ 28-о.docx")] {
            assert!(matches(pattern, name), "{pattern} {name}");
        }
        for (pattern, name) in [("*.txt", "a.txt.bak"), ("?.txt", ".txt"), ("a*b*c", "aXbY"), ("", "a"), ("x", "")] {
            assert!(!matches(pattern, name), "{pattern} {name}");
        }
    }

    #[test]
    fn include_exclude_and_archives() {
        let names = NameFilter::new(["*.txt"], ["*черновик*"]);
        assert!(names.admits("a.txt", false));
        assert!(!names.admits("a.html", false));
        assert!(!names.admits("Черновик.txt", false));
        assert!(names.admits("a.zip", true));
        assert!(!NameFilter::new(Vec::<&str>::new(), vec!["*.zip"]).admits("a.zip", true));
        assert!(NameFilter::default().admits("anything", false));
    }
}
