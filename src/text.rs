//! Whitespace rules and text cleaning.
//!
//! Scanners treat NBSP, soft hyphen, `\r`, zero-width and other Unicode spaces as whitespace, so
//! the input is never rewritten and every offset still points into it. Output text values go
//! through [`clean`]: runs of whitespace become one space; Markdown's emphasis (`**`, `*`),
//! escapes (`1\.`), hard breaks, footnote marks (`[^2]`) and links' addresses, and HTML tags
//! are dropped; common HTML entities decoded, list bullets at line starts dropped,
//! letter-spaced words closed up (`П Р И К А З` → `ПРИКАЗ`) and words broken at a line end
//! joined (`органи-` / `заций` → `организаций`; a compound keeps its hyphen: `социально-` /
//! `психологического`, `Кабардино-` / `Балкарской`). Nothing else is rewritten.

use std::borrow::Cow;

/// Whether `c` counts as whitespace for scanners: ASCII and Unicode spaces, NBSP, `\r`, soft
/// hyphen, zero-width space and joiners, BOM.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// Whitespace or a Markdown emphasis mark (`*`): what stands around a label or a heading set in
/// bold (`**Срок:**`, `**Приложения:**`).
pub(crate) fn is_space_or_emphasis(c: char) -> bool {
    is_space(c) || c == '*'
}

/// Whether `c` is a letter, with fast paths for ASCII and Russian (the Unicode tables are slow
/// for Cyrillic).
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(c, 'А'..='я' | 'Ё' | 'ё') || c.is_alphabetic()
}

/// Whether `c` is a letter or a digit (see [`is_letter`]).
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || (!c.is_ascii() && c.is_numeric())
}

/// `c` in lower case, `ё` folded to `е`, with fast paths for ASCII and Russian.
#[inline]
pub(crate) fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'Ё' | 'ё' => 'е',
        c if c.is_ascii() || ('а'..='я').contains(&c) => c,
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// The length of the char at byte `i` of `s` and whether it is whitespace (see [`is_space`]);
/// `None` at the end or off a char boundary.
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> Option<(usize, bool)> {
    class_at(s, i).map(|(len, class)| (len, class != CharClass::Plain))
}

/// What a char is to the scanners.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CharClass {
    /// Anything but whitespace.
    Plain,
    /// Whitespace that [`clean`] keeps as a word break (see [`is_space`]).
    Space,
    /// Zero-width characters that [`clean`] drops (see [`is_invisible`]); also spaces to the
    /// scanners.
    Invisible,
}

/// The length and class of the char at byte `i` of `s`, read from its UTF-8 bytes without
/// decoding it (every Unicode space and invisible char has a known byte form); `None` at the
/// end or off a char boundary.
#[inline(always)]
pub(crate) fn class_at(s: &str, i: usize) -> Option<(usize, CharClass)> {
    let bytes = s.as_bytes();
    let lead = *bytes.get(i)?;
    Some(match byte_kind(lead) {
        ByteKind::Space => (1, CharClass::Space),
        ByteKind::Check => class_of_checked(bytes, i, lead),
        ByteKind::Plain | ByteKind::Markup => (utf8_len(lead)?, CharClass::Plain),
    })
}

/// The length of the UTF-8 char `lead` starts; `None` for a continuation byte.
#[inline(always)]
fn utf8_len(lead: u8) -> Option<usize> {
    match lead {
        0..=0x7f => Some(1),
        0x80..=0xbf => None,
        0xc0..=0xdf => Some(2),
        0xe0..=0xef => Some(3),
        _ => Some(4),
    }
}

/// [`class_at`] for a char whose lead byte is [`ByteKind::Check`].
#[inline(never)]
fn class_of_checked(bytes: &[u8], i: usize, lead: u8) -> (usize, CharClass) {
    use CharClass::{Invisible, Plain, Space};
    let tail = (bytes.get(i + 1).copied().unwrap_or(0), bytes.get(i + 2).copied().unwrap_or(0));
    let class = match (lead, tail) {
        // U+0085, U+00A0; U+00AD soft hyphen.
        (0xc2, (0x85 | 0xa0, _)) => Space,
        (0xc2, (0xad, _)) => Invisible,
        // U+1680; U+2000..U+200A, U+2028, U+2029, U+202F, U+205F; U+3000.
        (0xe1, (0x9a, 0x80)) | (0xe2, (0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf) | (0x81, 0x9f)) | (0xe3, (0x80, 0x80)) => Space,
        // U+200B..U+200D, U+2060; U+FEFF.
        (0xe2, (0x80, 0x8b..=0x8d) | (0x81, 0xa0)) | (0xef, (0xbb, 0xbf)) => Invisible,
        _ => Plain,
    };
    (utf8_len(lead).unwrap_or(1), class)
}

/// `s` in lower case, `ё` folded to `е` (see [`lower_char`]), byte by byte for ASCII and Russian.
/// With `same_len`, a char whose lower case would change its UTF-8 length stays as written, so
/// byte offsets into `s` hold in the result. Text already in lower case is borrowed, not copied;
/// otherwise the unchanged runs are copied whole and only the changed chars are pushed.
pub(crate) fn lower(s: &str, same_len: bool) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while let Some((len, lowered)) = lower_at(s, i, same_len) {
        if let Some(l) = lowered {
            let buf = out.get_or_insert_with(|| String::with_capacity(s.len()));
            buf.push_str(s.get(copied..i).unwrap_or(""));
            buf.push(l);
            copied = i + len;
        }
        i += len;
    }
    match out {
        None => Cow::Borrowed(s),
        Some(mut buf) => {
            buf.push_str(s.get(copied..).unwrap_or(""));
            Cow::Owned(buf)
        }
    }
}

/// Writes [`lower`]`(s, false)` into `buf`, for short words that need no `String`; `None` if it
/// does not fit.
pub(crate) fn lower_into<'b>(s: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let (mut i, mut n) = (0, 0);
    while let Some((len, lowered)) = lower_at(s, i, false) {
        let written = match lowered {
            Some(l) => l.encode_utf8(buf.get_mut(n..n + l.len_utf8())?).len(),
            None => {
                buf.get_mut(n..n + len)?.copy_from_slice(s.as_bytes().get(i..i + len)?);
                len
            }
        };
        i += len;
        n += written;
    }
    std::str::from_utf8(buf.get(..n)?).ok()
}

/// The length of the char at byte `i` of `s` and its lower case if that differs (see
/// [`lower`]); `None` at the end.
#[inline]
fn lower_at(s: &str, i: usize, same_len: bool) -> Option<(usize, Option<char>)> {
    let bytes = s.as_bytes();
    let b = *bytes.get(i)?;
    let next = bytes.get(i + 1).copied().unwrap_or(0);
    let shifted = |from: u8, to: char| char::from_u32(to as u32 + u32::from(next - from));
    Some(match (b, next) {
        (b'A'..=b'Z', _) => (1, Some(char::from(b.to_ascii_lowercase()))),
        (0..=0x7f, _) => (1, None),
        // Ё and ё fold to е.
        (0xd0, 0x81) | (0xd1, 0x91) => (2, Some('е')),
        // А..Я, Ѐ..Џ.
        (0xd0, 0x90..=0xaf) => (2, shifted(0x90, 'а')),
        (0xd0, 0x80..=0x8f) => (2, shifted(0x80, 'ѐ')),
        // а..п, р..я, ѐ..џ: already lower case.
        (0xd0, 0xb0..=0xbf) | (0xd1, 0x80..=0x9f) => (2, None),
        _ => {
            let c = s.get(i..)?.chars().next()?;
            let l = lower_char(c);
            let changed = l != c && !(same_len && l.len_utf8() != c.len_utf8());
            (c.len_utf8(), changed.then_some(l))
        }
    })
}

/// Characters that occupy no width and carry no letter: soft hyphen, zero-width space and
/// joiners, BOM, word joiner. Dropped entirely by [`clean`].
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}')
}

/// The byte range of `text[start..end]` without leading and trailing whitespace.
pub(crate) fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let Some(slice) = text.get(start..end) else {
        return (start, start);
    };
    let lead = slice.len() - slice.trim_start_matches(is_space).len();
    let trimmed = slice.trim_end_matches(is_space);
    if trimmed.len() <= lead {
        return (start + lead, start + lead);
    }
    (start + lead, start + trimmed.len())
}

/// Whether `s` holds nothing but whitespace.
pub(crate) fn is_blank(s: &str) -> bool {
    s.chars().all(is_space)
}

/// Whether `s` opens more parentheses than it closes: text after it is inside `(…)`.
pub(crate) fn unclosed_parenthesis(s: &str) -> bool {
    s.matches('(').count() > s.matches(')').count()
}

/// Whether `s` opens more guillemets than it closes: text after it is inside `«…»`.
pub(crate) fn unclosed_guillemet(s: &str) -> bool {
    s.matches('«').count() > s.matches('»').count()
}

/// `s` without a sentence's final stop; the dot of an initial (`М.Н.`) or an abbreviation
/// (`г.`) stays.
pub(crate) fn without_final_stop(s: &str) -> &str {
    let Some(body) = s.strip_suffix('.') else { return s };
    let last_word = body.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if last_word.chars().count() <= 1 {
        s
    } else {
        body
    }
}

/// `2`, `14`, `1203`: one to `max_digits` ASCII digits and nothing else, as page and row
/// numbers are written.
pub(crate) fn is_small_number(s: &str, max_digits: usize) -> bool {
    (1..=max_digits).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// List bullets dropped at the start of a line.
pub(crate) fn is_bullet(c: char) -> bool {
    // U+F0B7 and U+F0A7: the Symbol and Wingdings bullets of word processors, as text exported
    // from them keeps them.
    matches!(c, '-' | '–' | '—' | '•' | '·' | '▪' | '●' | '◦' | '‒' | '■' | '\u{f0b7}' | '\u{f0a7}')
}

/// Whether `c` parts the columns of a table written in text: `|`, or a box-drawing character
/// with an upright stroke (`│ ║ ├ ┼ ┤ ┌ ┬ …`), with which legal databases (КонсультантПлюс,
/// Гарант) draw tables in their text exports as others draw them with `|` and `+`; or the
/// broken bar `¦`, with which the same exports in windows-1251, which has no box-drawing
/// characters, draw them.
pub(crate) fn is_column_bar(c: char) -> bool {
    matches!(c, '|' | '¦') || ('\u{2500}'..='\u{257f}').contains(&c) && !is_box_horizontal(c)
}

/// How many column bars ([`is_column_bar`]) `s` holds. Most lines hold neither a `|`, nor the lead
/// byte of a box-drawing character, nor a `¦`, and are told so from their bytes alone.
pub(crate) fn column_bars(s: &str) -> usize {
    if memchr::memchr2(b'|', 0xe2, s.as_bytes()).is_none() && !s.contains('¦') {
        return 0;
    }
    s.matches(is_column_bar).count()
}

/// `+----+----+`, `|----|----|`, `|:---|`, `├────┼────┤`: a table's rule, not a row — only rule
/// strokes (`- = + :` and box-drawing characters), column bars and spaces, and some horizontal
/// stroke among them.
pub(crate) fn is_table_rule(line: &str) -> bool {
    let t = line.trim_matches(is_space);
    let stroke = |c: char| matches!(c, '-' | '=') || is_box_horizontal(c);
    let drawn = |c: char| stroke(c) || matches!(c, '+' | ':') || is_column_bar(c) || is_space(c);
    t.contains(stroke) && t.chars().all(drawn)
}

/// The box-drawing characters that are a horizontal stroke only (`─ ━ ═ ┄ ╌ …`).
fn is_box_horizontal(c: char) -> bool {
    matches!(c, '─' | '━' | '┄' | '┅' | '┈' | '┉' | '╌' | '╍' | '═' | '╴' | '╶' | '╸' | '╺' | '╼' | '╾')
}

/// The byte ranges of `line` between the characters `is_separator` takes, in order, as
/// `str::split` gives the pieces (before the first separator and after the last included).
pub(crate) fn split_ranges<'a>(line: &'a str, is_separator: impl Fn(char) -> bool + 'a) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut at = 0;
    let separators = line.match_indices(move |c: char| is_separator(c)).map(|(i, sep)| (i, i + sep.len()));
    separators.map(Some).chain(std::iter::once(None)).map(move |sep| {
        let (end, next) = sep.unwrap_or((line.len(), line.len()));
        let piece = (at, end);
        at = next;
        piece
    })
}

/// A list item's mark: a bullet ([`is_bullet`]), or Markdown's `*` (`*   довести …`, as a page
/// saved by a reading-mode extension writes a list). Not `+`, which marks a month in a plan's
/// grid of months as often as it opens an item.
pub(crate) fn is_list_mark(c: char) -> bool {
    is_bullet(c) || c == '*'
}

/// Whether `s` starts with a bullet item: a list mark ([`is_list_mark`]), then whitespace (`-
/// создать …`, `*   довести …`).
pub(crate) fn starts_bullet_item(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_list_mark) && chars.next().is_some_and(is_space)
}

/// Cleans a text value for output (see the module docs).
///
/// # Example
/// ```text
/// clean("**П Р И К А З Ы В А Ю:**")      == "ПРИКАЗЫВАЮ:"
/// clean("- создать\u{a0} рабочую\nгруппу;") == "создать рабочую группу;"
/// ```
pub(crate) fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    clean_into(s, &mut out);
    out
}

/// Appends [`clean`]`(s)` to `out`, after one space if both are non-empty.
fn clean_into(s: &str, out: &mut String) {
    let mark = out.len();
    if clean_plain(s, out).is_none() {
        out.truncate(mark);
        let full = clean_full(s);
        if !out.is_empty() && !full.is_empty() {
            out.push(' ');
        }
        out.push_str(&full);
    }
}

/// [`clean`] for text that may hold markup, invisible characters or letter-spacing.
fn clean_full(s: &str) -> String {
    let stripped = strip_markup(s);
    let tokens = tokenize(&stripped);
    join_tokens(&tokens)
}

/// [`clean_into`] in one pass for the common text with no markup, invisible characters or
/// letter-spacing; `None` (with `out` part-written) when the text has any of them and needs the
/// full treatment. Words one ASCII space apart are copied as one run.
fn clean_plain(s: &str, out: &mut String) -> Option<()> {
    let bytes = s.as_bytes();
    let mut join = PlainJoin { src: s, out, singles: 0, run: None };
    let (mut gap, mut line_start) = (0usize, true);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if byte_kind(b) == ByteKind::Markup {
            return None;
        }
        match class_at(s, i)? {
            (_, CharClass::Invisible) => return None,
            (len, CharClass::Space) => {
                gap += 1;
                line_start |= b == b'\n';
                i += len;
            }
            (_, CharClass::Plain) => {
                let end = token_end(s, i)?;
                join.push(i, end, gap, line_start)?;
                (gap, line_start, i) = (0, false, end);
            }
        }
    }
    join.flush()
}

/// Where the token starting at `start` ends (at whitespace or the end of `s`); `None` when it
/// holds markup or an invisible char.
#[inline]
fn token_end(s: &str, start: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        let step = WORD_STEP[usize::from(b)];
        if step > 0 {
            i += usize::from(step);
            continue;
        }
        // Whitespace, markup or a char to check.
        if byte_kind(b) == ByteKind::Markup {
            return None;
        }
        match class_at(s, i)? {
            (len, CharClass::Plain) => i += len,
            (_, CharClass::Space) => break,
            (_, CharClass::Invisible) => return None,
        }
    }
    Some(i)
}

/// How far a byte of a word moves [`token_end`] on: 2 over a Russian letter, 1 over any other
/// byte that is neither whitespace, markup nor the lead of a char to check; 0 to look closer.
static WORD_STEP: [u8; 256] = word_steps();

const fn word_steps() -> [u8; 256] {
    let mut steps = [1u8; 256];
    let mut b = 0;
    while b < 256 {
        steps[b] = match b as u8 {
            0xd0 | 0xd1 => 2,
            b if matches!(byte_kind(b), ByteKind::Plain) => 1,
            _ => 0,
        };
        b += 1;
    }
    steps
}

/// What one byte of UTF-8 tells [`clean_plain`] on its own.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteKind {
    /// Part of a word: ASCII, a continuation byte, or the lead of a char that is never a space.
    Plain,
    /// ASCII whitespace.
    Space,
    /// `*`, `<`, `&`: markup that needs the full pass.
    Markup,
    /// The lead of a char that may be a Unicode space or invisible: ask [`class_at`].
    Check,
}

#[inline(always)]
const fn byte_kind(b: u8) -> ByteKind {
    match b {
        b' ' | b'\t'..=b'\r' => ByteKind::Space,
        b'*' | b'<' | b'&' | b'\\' | b'[' => ByteKind::Markup,
        0xc2 | 0xe1..=0xe3 | 0xef => ByteKind::Check,
        _ => ByteKind::Plain,
    }
}

/// The output of [`clean_plain`]: the text written so far, the run of source words not yet
/// copied, and the length of the current run of single letters.
struct PlainJoin<'s, 'o> {
    src: &'s str,
    out: &'o mut String,
    singles: usize,
    /// Source range of the words taken but not yet copied: one ASCII space apart, so copied as
    /// they stand.
    run: Option<(usize, usize)>,
}

impl PlainJoin<'_, '_> {
    /// Takes the token `src[start..end]` as [`push_token`] and [`join_tokens`] would; `None`
    /// when three single letters in a row might be letter-spacing.
    fn push(&mut self, start: usize, end: usize, gap: usize, line_start: bool) -> Option<()> {
        let token = self.src.get(start..end)?;
        let mut chars = token.chars();
        if line_start && chars.next().is_some_and(is_list_mark) && chars.next().is_none() {
            return Some(());
        }
        let last_end = self.run.map(|(_, e)| e);
        if line_start && last_end.is_some_and(|e| breaks_word(self.src.get(..e).unwrap_or(""), token)) {
            return None;
        }
        self.count_singles(token, gap)?;
        match self.run {
            Some((run_start, run_end)) if run_end + 1 == start && self.src.as_bytes().get(run_end) == Some(&b' ') => {
                self.run = Some((run_start, end));
            }
            _ => {
                self.flush()?;
                self.run = Some((start, end));
            }
        }
        Some(())
    }

    /// Counts `token` into the run of single letters; `None` at the third in a row.
    fn count_singles(&mut self, token: &str, gap: usize) -> Option<()> {
        match single_letter(token) {
            Some((_, last)) => {
                if self.singles > 0 && gap != 1 {
                    self.singles = 0;
                }
                self.singles += 1;
                if self.singles >= 3 {
                    return None;
                }
                if last {
                    self.singles = 0;
                }
            }
            None => self.singles = 0,
        }
        Some(())
    }

    /// Copies the pending run to the output, after one space if the output is not empty.
    fn flush(&mut self) -> Option<()> {
        if let Some((start, end)) = self.run.take() {
            if !self.out.is_empty() {
                self.out.push(' ');
            }
            self.out.push_str(self.src.get(start..end)?);
        }
        Some(())
    }
}

/// Cleans each piece and joins the non-empty results with one space.
pub(crate) fn clean_join<'a>(pieces: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for piece in pieces {
        out.reserve(piece.len() + 1);
        if out.ends_with('-') {
            push_after_hyphen(&mut out, &clean(piece));
        } else if let Some((dash, rest)) = range_dash(&out, piece) {
            out.push(' ');
            out.push(dash);
            clean_into(rest, &mut out);
        } else {
            clean_into(piece, &mut out);
        }
    }
    out
}

/// `октябрь 2024 г.` / `- март 2025 г.`: a dash opening a piece between two dates (a month, a
/// year, a day's figures) joins a range, no bullet; the dash and the rest of the piece.
fn range_dash<'p>(before: &str, piece: &'p str) -> Option<(char, &'p str)> {
    let found = opens_with_range_dash(piece)?;
    // After `;`, `:` or `,` a dash opens the next item of a list.
    let before = before.trim_end_matches(is_space);
    let last = before.rsplit(is_space).next().filter(|_| !before.ends_with([';', ':', ',']))?;
    names_date(last).then_some(found)
}

/// `- март 2025 г.`, `– ноябрь)`: a piece opening with a dash, a space and a date (the end of a
/// range wrapped onto its own line): the dash and the rest of the piece.
pub(crate) fn opens_with_range_dash(piece: &str) -> Option<(char, &str)> {
    let mut chars = piece.trim_start_matches(is_space).chars();
    let dash = chars.next().filter(|c| matches!(c, '-' | '–' | '—'))?;
    let rest = chars.as_str();
    let next = rest.strip_prefix(is_space)?.trim_start_matches(is_space).split(is_space).next()?;
    names_date(next).then_some((dash, rest))
}

/// The byte ranges of `text` between its commas and semicolons outside parentheses and quotes
/// (`управление (Шувалов А.В., Петров И.И.), главы …` and `Министерство (Рудакова Н.В.,
/// Шестакова Е.П.)` have two parts and one), as lists of addressees and responsible cells part
/// them.
pub(crate) fn parts_outside_brackets(text: &str) -> Vec<(usize, usize)> {
    // `МАУ «Дом культуры «Мечта»`: one `»` may close all the names opened.
    let one_closes_all = unclosed_guillemet(text);
    let mut parts = Vec::new();
    let (mut depth, mut guillemets, mut from) = (0usize, 0usize, 0);
    for (i, c) in text.char_indices() {
        match c {
            '(' | '“' | '„' => depth += 1,
            ')' | '”' => depth = depth.saturating_sub(1),
            '«' => guillemets += 1,
            '»' if one_closes_all => guillemets = 0,
            '»' => guillemets = guillemets.saturating_sub(1),
            ',' | ';' if depth == 0 && guillemets == 0 => {
                parts.push((from, i));
                from = i + 1;
            }
            _ => {}
        }
    }
    parts.push((from, text.len()));
    parts
}

/// Whether a word names a date or a part of one: a date or a year in figures (`01.10.2024`,
/// `2025`; not a bare count, `1`), a month, `г.`, `года`.
fn names_date(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !is_letter(c) && !c.is_ascii_digit());
    let figures = word.len() - word.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let dated = figures > 0 && (figures >= 4 || word.contains(['.', '/']));
    dated || matches!(word, "г" | "года" | "гг") || crate::lexicon::month(&crate::lexicon::lower(word)).is_some()
}

/// Drops `**`, HTML tags and invisible characters; decodes common entities. Tags become a
/// space so words on either side stay apart; a line break stays a line break.
fn strip_markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let (skip, emit): (usize, Option<&str>) = match c {
            // Emphasis, bold or not (`**Срок:**`, `*решила*`).
            '*' => (1, None),
            // A Markdown escape (`1\.`, `\"Успех\"`) and a hard break (`\` ending a line).
            '\\' if rest.get(1..).and_then(|r| r.chars().next()).is_none_or(|n| n.is_ascii_punctuation() || is_space(n)) => (1, None),
            // A footnote's mark (`[^2]`).
            '[' => match (footnote_mark_len(rest), markdown_link(rest)) {
                (Some(n), _) => (n, None),
                // `[официальные сайты](https://…)`: the link's words.
                (None, Some((words, n))) => (n, Some(words)),
                (None, None) => (1, Some("[")),
            },
            // `<*>`, a legal text's footnote mark, stays.
            '<' if rest.starts_with("<*>") => (3, Some("<*>")),
            '<' => match tag_len(rest) {
                Some(n) => (n, Some(" ")),
                None => (1, Some("<")),
            },
            '&' => match entity(rest) {
                Some((n, text)) => (n, Some(text)),
                None => (1, Some("&")),
            },
            c if is_invisible(c) => (c.len_utf8(), None),
            c => {
                out.push(c);
                (c.len_utf8(), None)
            }
        };
        if let Some(text) = emit {
            out.push_str(text);
        }
        rest = rest.get(skip..).unwrap_or("");
    }
    out
}

/// Length of a Markdown footnote mark at the start of `s` (`[^2]`, `[^note]`).
fn footnote_mark_len(s: &str) -> Option<usize> {
    let inner = s.strip_prefix("[^")?;
    let close = inner.find(']').filter(|&i| i > 0 && i <= FOOTNOTE_LABEL_BYTES)?;
    inner.get(..close)?.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_').then_some(close + 3)
}

/// A Markdown link at the start of `s` (`[текст](https://…)`): its words and its length. The
/// words stand on one line; the address has no space.
fn markdown_link(s: &str) -> Option<(&str, usize)> {
    let close = s.get(..s.len().min(LINK_WORDS_BYTES))?.find(']')?;
    let words = s.get(1..close).filter(|w| !w.contains('\n'))?;
    let after = s.get(close + 1..)?.strip_prefix('(')?;
    let end = after.get(..after.len().min(LINK_ADDRESS_BYTES))?.find(')')?;
    let address = after.get(..end)?;
    (!address.is_empty() && !address.contains(is_space)).then_some((words, close + 2 + end + 1))
}

/// Longest words of a Markdown link [`markdown_link`] reads.
const LINK_WORDS_BYTES: usize = 300;

/// Longest address of a Markdown link [`markdown_link`] reads.
const LINK_ADDRESS_BYTES: usize = 400;

/// Longest label of a footnote mark.
const FOOTNOTE_LABEL_BYTES: usize = 16;

/// Length of an HTML tag at the start of `s` (`<p>`, `</p>`, `<ul style="…">`, `<br/>`).
pub(crate) fn tag_len(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let first = *bytes.get(1)?;
    if !(first.is_ascii_alphabetic() || first == b'/' || first == b'!') {
        return None;
    }
    let window = s.get(1..s.len().min(400)).or_else(|| s.get(1..))?;
    let close = 1 + window.find(['>', '\n', '<'].as_slice())?;
    (bytes.get(close) == Some(&b'>')).then_some(close + 1)
}

/// The pieces of `s` between HTML line breaks (`<br>`, `<br/>`, `<BR />`), as table cells
/// converted from HTML keep a cell's line breaks; `s` itself when it has none.
pub(crate) fn split_at_line_breaks(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let text = rest?;
        let mut from = 0;
        while let Some(at) = text.get(from..).and_then(|t| t.find('<')).map(|i| from + i) {
            let tag = text.get(at..).unwrap_or("");
            if let Some(len) = tag_len(tag).filter(|&len| is_line_break_tag(tag.get(..len).unwrap_or(""))) {
                rest = text.get(at + len..);
                return text.get(..at);
            }
            from = at + 1;
        }
        rest = None;
        Some(text)
    })
}

/// Whether an HTML tag (`<br/>`) is a line break.
fn is_line_break_tag(tag: &str) -> bool {
    let name = tag.trim_start_matches('<').trim_end_matches('>').trim_end_matches(['/', ' ']);
    name.eq_ignore_ascii_case("br")
}

/// An HTML entity at the start of `s`: its length and replacement text.
fn entity(s: &str) -> Option<(usize, &'static str)> {
    const NAMED: &[(&str, &str)] = &[
        ("&nbsp;", " "),
        ("&laquo;", "«"),
        ("&raquo;", "»"),
        ("&quot;", "\""),
        ("&amp;", "&"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&ndash;", "–"),
        ("&mdash;", "—"),
        ("&#171;", "«"),
        ("&#187;", "»"),
        ("&#160;", " "),
    ];
    NAMED.iter().find(|(name, _)| s.starts_with(name)).map(|&(name, text)| (name.len(), text))
}

/// A word of the cleaned text and the whitespace before it.
struct Token<'a> {
    text: &'a str,
    /// Number of whitespace chars before the token (0 for the first).
    gap: usize,
    /// A line break stands before the token.
    line_start: bool,
}

/// Splits on whitespace, keeping gap widths (needed to close letter-spacing) and dropping
/// bullets that start a line.
fn tokenize(s: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let (mut gap, mut line_start) = (0usize, true);
    let mut start = None;
    for (i, c) in s.char_indices() {
        if is_space(c) {
            if let Some(st) = start.take() {
                push_token(&mut tokens, s.get(st..i).unwrap_or(""), gap, line_start);
                gap = 0;
                line_start = false;
            }
            gap += 1;
            line_start |= c == '\n';
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        push_token(&mut tokens, s.get(st..).unwrap_or(""), gap, line_start);
    }
    tokens
}

fn push_token<'a>(tokens: &mut Vec<Token<'a>>, text: &'a str, gap: usize, line_start: bool) {
    let mut chars = text.chars();
    let is_lone_bullet = chars.next().is_some_and(is_list_mark) && chars.next().is_none();
    if line_start && is_lone_bullet {
        return;
    }
    tokens.push(Token { text, gap, line_start });
}

/// Joins tokens with single spaces, closing letter-spaced runs (`П Р И К А З`).
fn join_tokens(tokens: &[Token<'_>]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while let Some(token) = tokens.get(i) {
        let run = letter_run(tokens, i);
        if token.line_start && breaks_word(&out, token.text) {
            join_broken_word(&mut out, token.text);
            i += 1;
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if run > 1 {
            let closed: String = tokens.get(i..i + run).unwrap_or(&[]).iter().map(|t| t.text).collect();
            push_closed_up(&mut out, &closed);
            i += run;
        } else {
            out.push_str(token.text);
            i += 1;
        }
    }
    out
}

/// Appends a letter-spaced run closed up (`РЕШЕНИЕКОЛЛЕГИИ` from `Р Е Ш Е Н И Е К О Л Л Е Г И
/// И`). A copy that squeezed the wider gap between the words to one space leaves words the
/// dictionary lacks run together: they are parted again where the dictionary knows every piece
/// (`РЕШЕНИЕ КОЛЛЕГИИ`).
fn push_closed_up(out: &mut String, closed: &str) {
    let letters_end = closed.trim_end_matches(|c: char| !is_letter(c)).len();
    let (word, tail) = closed.split_at(letters_end);
    match known_words_in(word) {
        Some(cuts) => {
            let mut from = 0;
            for cut in cuts {
                out.push_str(word.get(from..cut).unwrap_or(""));
                out.push(' ');
                from = cut;
            }
            out.push_str(word.get(from..).unwrap_or(""));
        }
        None => out.push_str(word),
    }
    out.push_str(tail);
}

/// Where a run of letters the dictionary lacks parts into the fewest words it knows, each of
/// three letters or more: the byte offsets of the cuts, or `None` when it is a word or no parting
/// is all known words.
fn known_words_in(word: &str) -> Option<Vec<usize>> {
    const MIN_LETTERS: usize = 3;
    let lower = crate::lexicon::lower(word);
    let bounds: Vec<usize> = lower.char_indices().map(|(at, _)| at).chain([lower.len()]).collect();
    let letters = bounds.len() - 1;
    if letters < 2 * MIN_LETTERS || crate::morph::is_known(&lower) {
        return None;
    }
    // best[k]: the fewest words the first k letters part into, with the cut before the last.
    let mut best: Vec<Option<(usize, usize)>> = vec![None; letters + 1];
    if let Some(first) = best.first_mut() {
        *first = Some((0, 0));
    }
    for end in MIN_LETTERS..=letters {
        let fewest = (0..=end - MIN_LETTERS)
            .filter_map(|start| {
                let (words, _) = best.get(start).copied().flatten()?;
                let piece = lower.get(*bounds.get(start)?..*bounds.get(end)?)?;
                crate::morph::is_known(piece).then_some((words + 1, start))
            })
            .min();
        if let Some(slot) = best.get_mut(end) {
            *slot = fewest;
        }
    }
    let mut cuts = Vec::new();
    let mut end = letters;
    while end > 0 {
        let (_, start) = best.get(end).copied().flatten()?;
        if start > 0 {
            cuts.push(*bounds.get(start)?);
        }
        end = start;
    }
    cuts.reverse();
    (!cuts.is_empty()).then_some(cuts)
}

/// Appends a cleaned piece to cleaned text as [`clean_join`] joins pieces: after one space, or
/// joined to a word broken at the line end (`финансово-` / `экономического`); empty pieces are
/// skipped.
pub(crate) fn push_cleaned(out: &mut String, cleaned: &str) {
    if cleaned.is_empty() {
        return;
    }
    if out.ends_with('-') {
        push_after_hyphen(out, cleaned);
    } else {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(cleaned);
    }
}

/// Appends a cleaned piece to text that ends in `-`: joined to it if that is a word broken at
/// the line end (`органи-` / `заций`), else after a space.
fn push_after_hyphen(out: &mut String, cleaned: &str) {
    if breaks_word(out, cleaned) {
        join_broken_word(out, cleaned);
    } else if !cleaned.is_empty() {
        out.push(' ');
        out.push_str(cleaned);
    }
}

/// Whether `s` holds a word broken at a line end (`ежене-` / `дельно`), which [`clean`] joins:
/// a hyphen after a letter, then whitespace with a line break, then a lower-case letter.
pub(crate) fn has_broken_word(s: &str) -> bool {
    memchr::memchr_iter(b'\n', s.as_bytes()).any(|nl| {
        let (before, after) = (s.get(..nl).unwrap_or(""), s.get(nl..).unwrap_or(""));
        breaks_word(before.trim_end_matches(is_space), after.trim_start_matches(is_space))
    })
}

/// Whether `before` ends in a word broken at the line end (`органи-`) that `next` goes on in
/// lower case (`заций`): a hyphen right after a letter, a lower-case letter after the break; or
/// a compound broken at its hyphen before a capital or a figure (`Кабардино-` / `Балкарской`,
/// `ВПР-` / `2023`).
pub(crate) fn breaks_word(before: &str, next: &str) -> bool {
    let Some(stem) = before.strip_suffix('-') else { return false };
    let (Some(last), Some(first)) = (stem.chars().next_back(), next.chars().next()) else { return false };
    let broken = is_letter(last) && is_letter(first) && first.is_lowercase();
    broken || is_alnum(last) && (is_letter(first) && first.is_uppercase() || first.is_ascii_digit())
}

/// Joins a word broken at a line end: with the hyphen before a capital or a figure, or when the
/// dictionary spells the word so
/// (`жилищно-` `коммунального`), else without it when the whole is a word of the
/// dictionary (`органи-` `заций` → `организаций`) or its pieces are no compound's
/// (`Нижегород-` `стата` → `Нижегородстата`, a name the dictionary lacks), else keeping it
/// (`социально-` `психологического` → `социально-психологического`, `медико-` `социальной`, `из-`
/// `за` → `из-за`): a compound joins a word, or a stem ending in its linking vowel, to a word.
fn join_broken_word(out: &mut String, next: &str) {
    // `Кабардино-` / `Балкарской`: a capital or a figure goes on with a compound, hyphen kept.
    if next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        out.push_str(next);
        return;
    }
    let body = out.strip_suffix('-').unwrap_or(out);
    let head_start = body.char_indices().rev().take_while(|&(_, c)| is_letter(c)).last().map_or(body.len(), |(i, _)| i);
    let head = lower(body.get(head_start..).unwrap_or(""), true).into_owned();
    let tail = lower(&next.chars().take_while(|&c| is_letter(c)).collect::<String>(), true).into_owned();
    let known = crate::morph::is_known;
    // The dictionary spells some compounds both ways (`жилищно-коммунального`,
    // `жилищнокоммунального`): written with the hyphen, it wins.
    // A stem's linking vowel joins a word, not a bare ending (`послерейсо-` / `вых`).
    let linked = head.ends_with(['о', 'е']) && tail.chars().count() > 3;
    // `Шин-` / `гак-Куль`: a name's fragment in capitals goes on in lower case only when broken
    // (each part of a hyphenated name is capitalised), unless it links a compound (`Научно-` /
    // `методический`).
    let name_fragment = body.get(head_start..).is_some_and(|h| h.starts_with(char::is_uppercase)) && !linked;
    let compound = known(&format!("{head}-{tail}")) || !name_fragment && known(&tail) && (known(&head) || linked) && !known(&format!("{head}{tail}"));
    if !compound {
        out.pop();
    }
    out.push_str(next);
}

/// Length of the letter-spaced run starting at `tokens[i]`: single letters one space apart,
/// at least three in capitals or four in lower case; 1 if there is none.
fn letter_run(tokens: &[Token<'_>], i: usize) -> usize {
    let mut n = 0;
    let mut upper = true;
    while let Some(t) = tokens.get(i + n) {
        if n > 0 && t.gap != 1 {
            break;
        }
        let Some((letter, last)) = single_letter(t.text) else { break };
        upper &= letter.is_uppercase();
        n += 1;
        if last {
            break;
        }
    }
    let needed = if upper { 3 } else { 4 };
    if n >= needed {
        n
    } else {
        1
    }
}

/// If `token` is one letter, optionally followed by closing punctuation: the letter, and
/// whether punctuation ends the run there.
pub(crate) fn single_letter(token: &str) -> Option<(char, bool)> {
    // Most tokens are words: a second char outside `:,;!` rules them out without decoding.
    let bytes = token.as_bytes();
    let first_len = utf8_len(*bytes.first()?)?;
    if bytes.get(first_len).is_some_and(|b| !matches!(b, b':' | b',' | b';' | b'!')) {
        return None;
    }
    single_letter_decoded(token)
}

/// [`single_letter`], char by char.
fn single_letter_decoded(token: &str) -> Option<(char, bool)> {
    let mut chars = token.chars();
    let letter = chars.next().filter(|&c| is_letter(c))?;
    let rest = chars.as_str();
    if rest.is_empty() {
        return Some((letter, false));
    }
    rest.chars().all(|c| matches!(c, ':' | ',' | ';' | '!')).then_some((letter, true))
}

/// Runs of non-space text separated by two or more spaces (or a tab): `(start, end)` in bytes.
pub(crate) fn segments(line: &str) -> Segments<'_> {
    Segments { line, at: 0, pending: None }
}

/// Whether a byte may start a whitespace char ([`is_space`]): ASCII up
/// to the space, or a lead byte other than Cyrillic's (NBSP, the U+2000 spaces, zero-width
/// chars, BOM). Every other byte is inside a word, so words are skipped byte by byte without
/// decoding.
fn may_start_space(b: u8) -> bool {
    b <= b' ' || (b >= 0xc0 && !matches!(b, 0xd0 | 0xd1))
}

/// The iterator of [`segments`].
pub(crate) struct Segments<'a> {
    line: &'a str,
    /// Byte offset of the next char to read.
    at: usize,
    /// The first word of the next segment (start, end), seen while ending the previous one.
    pending: Option<(usize, usize)>,
}

impl Iterator for Segments<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let mut current = self.pending.take();
        let mut gap = 0;
        let bytes = self.line.as_bytes();
        while let Some(&b) = bytes.get(self.at) {
            let i = self.at;
            let mut end = i + 1;
            if may_start_space(b) {
                let Some((len, space)) = char_at(self.line, i) else { break };
                end = i + len;
                if space {
                    self.at = end;
                    gap += if b == b'\t' { 2 } else { 1 };
                    continue;
                }
            }
            // A word: this char and the bytes after it up to one that may start a space.
            while bytes.get(end).is_some_and(|&b| !may_start_space(b)) {
                end += 1;
            }
            self.at = end;
            match current.as_mut() {
                Some(seg) if gap >= 2 => {
                    self.pending = Some((i, end));
                    return Some(*seg);
                }
                Some(seg) => seg.1 = end,
                None => current = Some((i, end)),
            }
            gap = 0;
        }
        current
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_markup_and_spacing() {
        assert_eq!(clean("**П Р И К А З Ы В А Ю:**"), "ПРИКАЗЫВАЮ:");
        assert_eq!(clean("Р Е Ш Е Н И Е  К О Л Л Е Г И И"), "РЕШЕНИЕ КОЛЛЕГИИ");
        // One space between the words as between the letters: the dictionary parts them.
        assert_eq!(clean("**Р Е Ш Е Н И Е К О Л Л Е Г И И**"), "РЕШЕНИЕ КОЛЛЕГИИ");
        assert_eq!(clean("к о л л е г и я р е ш и л а:"), "коллегия решила:");
        assert_eq!(clean("- создать\u{a0} рабочую\nгруппу;"), "создать рабочую группу;");
        assert_eq!(clean("<p>1) Анализ</p> <ul style=\"x\"> - член"), "1) Анализ - член");
        assert_eq!(clean("в г. Усинске (далее - План)"), "в г. Усинске (далее - План)");
        assert_eq!(clean("сопро\u{ad}вождение &laquo;ЕГЭ&raquo;"), "сопровождение «ЕГЭ»");
        assert_eq!(clean("А. Б. Иванов и с в"), "А. Б. Иванов и с в");
        assert_eq!(clean("a < b"), "a < b");
        // What a Markdown converter writes: emphasis, escapes, a hard break, a footnote's mark.
        assert_eq!(clean("*Срок: постоянно*"), "Срок: постоянно");
        assert_eq!(clean("\\\"Успех каждого ребенка\\\"[^2] \\- стажировки,\\\nМинистр"), "\"Успех каждого ребенка\" - стажировки, Министр");
        assert_eq!(clean("C:\\Users\\kuzmina [1]"), "C:\\Users\\kuzmina [1]");
        assert_eq!(clean("<*> Приложение не приводится."), "<*> Приложение не приводится.");
        assert_eq!(clean("через [официальные сайты](https://uobr.ru/gia) и [1] [а] (б)"), "через официальные сайты и [1] [а] (б)");
    }

    #[test]
    fn a_dash_between_dates_on_two_pieces_joins_a_range() {
        assert_eq!(clean_join(["октябрь 2024 г.", "- март 2025 г."]), "октябрь 2024 г. - март 2025 г.");
        assert_eq!(clean_join(["России (октябрь", "– ноябрь)"]), "России (октябрь – ноябрь)");
        // After a semicolon, or before no date, the dash opens an item.
        assert_eq!(clean_join(["с 9.00 до 17.00;", "– 29, 30 декабря"]), "с 9.00 до 17.00; 29, 30 декабря");
        assert_eq!(clean_join(["до 1 марта 2024 г.", "- представить отчет"]), "до 1 марта 2024 г. представить отчет");
    }

    #[test]
    fn box_drawing_parts_columns_and_draws_rules() {
        assert!("|│║├┼┤┌┬┐└┴┘╔╦╗╠╬╣".chars().all(is_column_bar));
        assert!(!"─═━-+ a".chars().any(is_column_bar));
        assert_eq!([column_bars("а | б │ в"), column_bars("а | б — в"), column_bars("абв"), column_bars("¦1.1. ¦Разработка ¦до 01.03.2023 ¦")], [2, 1, 0, 4]);
        assert!(is_table_rule("├────┼──────┤"));
        assert!(is_table_rule("┌────┬──────┐"));
        assert!(is_table_rule("+----+------+"));
        assert!(is_table_rule("|:---|---|"));
        assert!(!is_table_rule("│    │      │"));
        assert!(!is_table_rule("│1.  │Анализ│"));
        let line = "│1.  │Мониторинг│";
        let pieces: Vec<&str> = split_ranges(line, is_column_bar).filter_map(|(a, b)| line.get(a..b)).collect();
        assert_eq!(pieces, ["", "1.  ", "Мониторинг", ""]);
    }

    #[test]
    fn html_line_breaks_part_a_text() {
        let parts = |s| split_at_line_breaks(s).collect::<Vec<_>>();
        assert_eq!(parts("ГБУЗ «А»<br>ГБУЗ «Б»<BR />ИМО"), ["ГБУЗ «А»", "ГБУЗ «Б»", "ИМО"]);
        assert_eq!(parts("<b>ООО</b> <br/>"), ["<b>ООО</b> ", ""]);
        assert_eq!(parts("a < b"), ["a < b"]);
    }

    #[test]
    fn words_broken_at_a_line_end_are_joined() {
        assert_eq!(clean("общеобразовательных органи-\nзаций обеспечить"), "общеобразовательных организаций обеспечить");
        assert_eq!(clean("проведение социально-\nпсихологического тестирования"), "проведение социально-психологического тестирования");
        assert_eq!(clean("предрейсовых и послерейсо-\nвых осмотров"), "предрейсовых и послерейсовых осмотров");
        assert_eq!(clean("медико-\nсоциальной экспертизы"), "медико-социальной экспертизы");
        assert_eq!(clean("министерства жилищно-\nкоммунального хозяйства и топливно-\nэнергетического комплекса"), "министерства жилищно-коммунального хозяйства и топливно-энергетического комплекса");
        assert_eq!(clean("обще-\nобразовательных и дело-\nпроизводства"), "общеобразовательных и делопроизводства");
        // A name the dictionary lacks, broken at the line end, is one word.
        assert_eq!(clean("на сайте Нижегород-\nстата и Росприрод-\nнадзора"), "на сайте Нижегородстата и Росприроднадзора");
        assert_eq!(clean("обучаю-\nщихся, и из-\nза"), "обучающихся, и из-за");
        // A place's name broken after a capitalised fragment.
        assert_eq!(clean("МОБУ СОШ с. Шин-\nгак-Куль и с. Шар-\nлык"), "МОБУ СОШ с. Шингак-Куль и с. Шарлык");
        // A compound broken at its hyphen before a capital or a figure keeps the hyphen.
        assert_eq!(clean("Петров-\nВодкин"), "Петров-Водкин");
        assert_eq!(clean("в Кабардино-\nБалкарской Республике провести ВПР-\n2023"), "в Кабардино-Балкарской Республике провести ВПР-2023");
        // Not at a line end, or a word's ending after a figure: as written.
        assert_eq!(clean("органи- заций"), "органи- заций");
        assert_eq!(clean("2020-\nго"), "2020- го");
        assert_eq!(clean_join(["Руководителям органи-", "заций обеспечить"]), "Руководителям организаций обеспечить");
        assert!(has_broken_word("представлять ежене- \r\n  дельно"));
        assert!(!has_broken_word("органи- заций"));
        assert!(has_broken_word("Петров-\nВодкин"));
        assert!(!has_broken_word("2020-\nго"));
    }

    #[test]
    fn byte_classes_agree_with_the_char_predicates() {
        for c in (0..=0x10_ffffu32).filter_map(char::from_u32) {
            let s = format!("{c}x");
            let expected = if is_invisible(c) {
                CharClass::Invisible
            } else if is_space(c) {
                CharClass::Space
            } else {
                CharClass::Plain
            };
            assert_eq!(class_at(&s, 0), Some((c.len_utf8(), expected)), "U+{:04X}", c as u32);
        }
        assert_eq!(class_at("ё", 1), None);
    }

    #[test]
    fn plain_pass_agrees_with_the_full_pass() {
        for s in ["- а б в г", "А Б\n- В Г", "Иванов И. И.", "а  б в г д", "1) x\n\n— y", "П Р И:", "a b: c d e", "органи-\nзаций", "а -\nб"] {
            let full = join_tokens(&tokenize(&strip_markup(s)));
            assert_eq!(clean(s), full, "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn lower_agrees_with_lower_char(s in "\\PC{0,24}") {
            let by_char: String = s.chars().map(lower_char).collect();
            proptest::prop_assert_eq!(lower(&s, false), by_char);
            let same = lower(&s, true);
            proptest::prop_assert_eq!(same.len(), s.len());
        }

        #[test]
        fn lower_agrees_on_cyrillic(s in "[\u{400}-\u{4ff}A-Za-z ]{0,24}") {
            let by_char: String = s.chars().map(lower_char).collect();
            proptest::prop_assert_eq!(lower(&s, false), by_char);
        }

        #[test]
        fn plain_pass_agrees_on_any_spacing(s in "[ААБабёЁ1. :,!\\-–\n\t\r\u{a0}\u{ad}\u{200b}\u{2003}\u{3000}\u{feff}é«№*<&]{0,24}") {
            proptest::prop_assert_eq!(clean(&s), clean_full(&s));
        }

        #[test]
        fn join_is_the_non_empty_pieces_cleaned(pieces in proptest::collection::vec("[Аа1 .\\-\u{a0}*<>&]{0,8}", 0..5)) {
            // Cleaned one by one and joined with a space, but for words broken at a piece's end and
            // a dash that continues a range of dates.
            let expected = pieces.iter().filter(|p| !clean(p).is_empty()).fold(String::new(), |mut acc, p| {
                let c = clean(p);
                if acc.is_empty() {
                    acc = c;
                } else if let Some((dash, rest)) = range_dash(&acc, p).filter(|_| !acc.ends_with('-')) {
                    acc.push(' ');
                    acc.push(dash);
                    acc.push(' ');
                    acc.push_str(&clean(rest));
                } else if acc.ends_with('-') {
                    push_after_hyphen(&mut acc, &c);
                } else {
                    acc.push(' ');
                    acc.push_str(&c);
                }
                acc
            });
            proptest::prop_assert_eq!(clean_join(pieces.iter().map(String::as_str)), expected);
        }
    }

    #[test]
    fn trims_unicode_spaces() {
        let text = "\u{a0}\r текст\u{ad} \r";
        let (s, e) = trim_range(text, 0, text.len());
        assert_eq!(text.get(s..e), Some("текст"));
        assert_eq!(trim_range("   ", 0, 3), (3, 3));
    }

    /// The segments as first written: char by char.
    fn reference_segments(line: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let (mut current, mut gap): (Option<(usize, usize)>, usize) = (None, 0);
        let mut at = 0;
        while let Some((len, space)) = char_at(line, at) {
            let (i, end) = (at, at + len);
            at = end;
            if space {
                gap += if line.as_bytes().get(i) == Some(&b'\t') { 2 } else { 1 };
                continue;
            }
            match current.as_mut() {
                Some(seg) if gap >= 2 => {
                    out.push(*seg);
                    current = Some((i, end));
                }
                Some(seg) => seg.1 = end,
                None => current = Some((i, end)),
            }
            gap = 0;
        }
        out.extend(current);
        out
    }

    proptest::proptest! {
        #[test]
        fn segments_agree_with_the_char_by_char_reading(s in "([ \t\u{a0}\u{2003}\u{200b}\u{feff}\r]{0,3}[a-zА-яё0-9.«—№|é]{0,4}){0,12}") {
            proptest::prop_assert_eq!(segments(&s).collect::<Vec<_>>(), reference_segments(&s));
        }

        #[test]
        fn segments_agree_on_any_text(s in "\\PC{0,40}") {
            proptest::prop_assert_eq!(segments(&s).collect::<Vec<_>>(), reference_segments(&s));
        }
    }
}
