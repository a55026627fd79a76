//! DOCX → text: the paragraphs and tables of `word/document.xml`, with Word's automatic list
//! numbering reconstructed from `word/numbering.xml` (and paragraph styles in `styles.xml`).
//!
//! A paragraph is a line; `w:tab` a tab; `w:br`/`w:cr` a line break; a table row one line with
//! its cells separated by tabs (nested tables are flattened into their cell). A numbered
//! paragraph gets its label as the reader sees it (`1.1.`, `а)`, `•`) and a space in front.
//! Counters are kept per abstract list (`w:abstractNum`), as Word does; deeper levels restart
//! when a shallower one advances; `w:startOverride` restarts a list instance. Every part is read
//! under the size and compression-ratio [`Limits`].

use super::{encoding, read_limited, Decoded, InputError, Limits};
use crate::model::Format;
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::Reader;
use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read, Seek};

/// Word's list levels: `w:ilvl` is 0..=8.
const LEVELS: usize = 9;

/// The text of a DOCX file.
pub(super) fn to_text(name: &str, bytes: &[u8], limits: &Limits) -> Result<Decoded, InputError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| InputError::corrupt(name, "docx container", e))?;
    let document = read_part(&mut zip, name, "word/document.xml", limits)?
        .ok_or_else(|| InputError::corrupt(name, "docx container", "no word/document.xml"))?;
    let (xml, encoding, replacements) = encoding::decode_text(&document, None);
    let mut lists = Lists::default();
    if let Some(numbering) = read_part(&mut zip, name, "word/numbering.xml", limits)? {
        let text = encoding::decode_text(&numbering, None).0;
        lists.numbering = parse_numbering(&text).map_err(|e| InputError::corrupt(name, "word/numbering.xml", e))?;
    }
    if let Some(styles) = read_part(&mut zip, name, "word/styles.xml", limits)? {
        let text = encoding::decode_text(&styles, None).0;
        lists.styles = parse_styles(&text).map_err(|e| InputError::corrupt(name, "word/styles.xml", e))?;
    }
    let text = render(&xml, &mut lists).map_err(|e| InputError::corrupt(name, "word/document.xml", e))?;
    Ok(Decoded::from_markup(text, encoding, Format::Docx, replacements))
}

/// One part of the container, `None` when absent.
fn read_part<R: Read + Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
    part: &str,
    limits: &Limits,
) -> Result<Option<Vec<u8>>, InputError> {
    let full = format!("{name}/{part}");
    let file = match zip.by_name(part) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(InputError::corrupt(name, part, e)),
    };
    limits.check_member(&full, file.size(), file.compressed_size())?;
    let size = file.size();
    read_limited(file, &full, size, limits.max_size).map(Some)
}

/// One level of a list: `w:lvl`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Level {
    start: u32,
    format: String,
    text: String,
    /// `w:lvlRestart`: restart after this (1-based) level advances; `0` never restarts.
    restart: Option<usize>,
}

impl Default for Level {
    fn default() -> Level {
        Level { start: 1, format: "decimal".into(), text: String::new(), restart: None }
    }
}

/// A list instance, `w:num`: its abstract list and start overrides by level.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Num {
    abstract_id: String,
    overrides: Vec<(usize, u32)>,
}

/// `word/numbering.xml`.
#[derive(Debug, Default, PartialEq, Eq)]
struct Numbering {
    abstracts: HashMap<String, Vec<Level>>,
    nums: HashMap<String, Num>,
}

/// Numbering definitions and the running counters.
#[derive(Debug, Default)]
struct Lists {
    numbering: Numbering,
    /// Paragraph style id → (numId, ilvl) from `styles.xml`.
    styles: HashMap<String, (String, usize)>,
    counters: HashMap<String, [Option<u32>; LEVELS]>,
    started: HashSet<String>,
}

type XmlResult<T> = Result<T, quick_xml::Error>;

/// The value of the attribute whose local name is `key` (`w:val` → `val`).
fn attr(e: &BytesStart<'_>, key: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == key)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

fn val(e: &BytesStart<'_>) -> Option<String> {
    attr(e, b"val")
}

fn number(e: &BytesStart<'_>) -> Option<u32> {
    val(e).and_then(|v| v.trim().parse().ok())
}

fn level_index(e: &BytesStart<'_>, key: &[u8]) -> Option<usize> {
    attr(e, key).and_then(|v| v.trim().parse().ok()).filter(|&l: &usize| l < LEVELS)
}

fn parse_numbering(xml: &str) -> XmlResult<Numbering> {
    let mut reader = Reader::from_str(xml);
    let mut numbering = Numbering::default();
    let mut abstract_id: Option<String> = None;
    let mut level: Option<(usize, Level)> = None;
    let mut num: Option<(String, Num)> = None;
    let mut override_level: Option<usize> = None;
    loop {
        let (e, is_end) = match reader.read_event()? {
            Event::Start(e) | Event::Empty(e) => (e.into_owned(), false),
            Event::End(e) => (BytesStart::new(String::from_utf8_lossy(e.local_name().as_ref()).into_owned()), true),
            Event::Eof => break,
            _ => continue,
        };
        let local = e.local_name();
        match (local.as_ref(), is_end) {
            (b"abstractNum", false) => abstract_id = attr(&e, b"abstractNumId"),
            (b"abstractNum", true) => abstract_id = None,
            (b"lvl", false) if num.is_none() => level = level_index(&e, b"ilvl").map(|l| (l, Level::default())),
            (b"lvl", true) => {
                if let (Some(id), Some((index, lvl))) = (&abstract_id, level.take()) {
                    let levels = numbering.abstracts.entry(id.clone()).or_default();
                    if levels.len() <= index {
                        levels.resize(index + 1, Level::default());
                    }
                    if let Some(slot) = levels.get_mut(index) {
                        *slot = lvl;
                    }
                }
            }
            (b"start", false) => set_level(&mut level, |l| l.start = number(&e).unwrap_or(1)),
            (b"numFmt", false) => set_level(&mut level, |l| l.format = val(&e).unwrap_or_default()),
            (b"lvlText", false) => set_level(&mut level, |l| l.text = val(&e).unwrap_or_default()),
            (b"lvlRestart", false) => set_level(&mut level, |l| l.restart = number(&e).map(|n| n as usize)),
            (b"num", false) => num = attr(&e, b"numId").map(|id| (id, Num::default())),
            (b"num", true) => {
                if let Some((id, n)) = num.take() {
                    numbering.nums.insert(id, n);
                }
            }
            (b"abstractNumId", false) => {
                if let Some((_, n)) = &mut num {
                    n.abstract_id = val(&e).unwrap_or_default();
                }
            }
            (b"lvlOverride", false) => override_level = level_index(&e, b"ilvl"),
            (b"startOverride", false) => {
                if let (Some((_, n)), Some(l), Some(start)) = (&mut num, override_level, number(&e)) {
                    n.overrides.push((l, start));
                }
            }
            _ => {}
        }
    }
    Ok(numbering)
}

fn set_level(level: &mut Option<(usize, Level)>, set: impl FnOnce(&mut Level)) {
    if let Some((_, l)) = level {
        set(l);
    }
}

/// Paragraph styles that carry numbering: style id → (numId, ilvl).
fn parse_styles(xml: &str) -> XmlResult<HashMap<String, (String, usize)>> {
    let mut reader = Reader::from_str(xml);
    let mut styles = HashMap::new();
    let mut style: Option<String> = None;
    let mut num: (Option<String>, usize) = (None, 0);
    loop {
        match reader.read_event()? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"style" => {
                    style = attr(&e, b"styleId");
                    num = (None, 0);
                }
                b"numId" => num.0 = val(&e),
                b"ilvl" => num.1 = level_index(&e, b"val").unwrap_or(0),
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == b"style" => {
                if let (Some(id), (Some(num_id), ilvl)) = (style.take(), num.clone()) {
                    styles.insert(id, (num_id, ilvl));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(styles)
}

impl Lists {
    /// The label of the next paragraph of list `num_id` at level `ilvl`, advancing the counters.
    fn next_label(&mut self, num_id: &str, ilvl: usize) -> Option<String> {
        let num = self.numbering.nums.get(num_id)?;
        let levels = self.numbering.abstracts.get(&num.abstract_id)?;
        let counters = self.counters.entry(num.abstract_id.clone()).or_insert([None; LEVELS]);
        if self.started.insert(num_id.to_string()) {
            for &(l, _) in &num.overrides {
                if let Some(c) = counters.get_mut(l) {
                    *c = None;
                }
            }
        }
        let start = |l: usize| {
            let by_override = num.overrides.iter().find(|(o, _)| *o == l).map(|&(_, s)| s);
            by_override.or_else(|| levels.get(l).map(|v| v.start)).unwrap_or(1)
        };
        let current = counters.get(ilvl).copied().flatten();
        if let Some(c) = counters.get_mut(ilvl) {
            *c = Some(current.map_or(start(ilvl), |n| n.saturating_add(1)));
        }
        for deeper in ilvl + 1..LEVELS {
            let restart = levels.get(deeper).and_then(|l| l.restart);
            if restart.is_none_or(|r| r != 0 && r > ilvl) {
                if let Some(c) = counters.get_mut(deeper) {
                    *c = None;
                }
            }
        }
        let level = levels.get(ilvl)?;
        let counters = *counters;
        let value = |l: usize| counters.get(l).copied().flatten().unwrap_or_else(|| start(l));
        let label = render_label(level, levels, value);
        (!label.is_empty()).then_some(label)
    }
}

/// `%1.%2.` with each `%n` replaced by level n's counter in level n's format.
fn render_label(level: &Level, levels: &[Level], value: impl Fn(usize) -> u32) -> String {
    match level.format.as_str() {
        "bullet" => return "•".to_string(),
        "none" => return String::new(),
        _ => {}
    }
    let mut out = String::new();
    let mut chars = level.text.chars().peekable();
    while let Some(c) = chars.next() {
        let digit = chars.peek().and_then(|d| d.to_digit(10)).filter(|d| (1..=9).contains(d));
        match (c, digit) {
            ('%', Some(d)) => {
                chars.next();
                let l = d as usize - 1;
                let format = levels.get(l).map_or("decimal", |v| v.format.as_str());
                out.push_str(&format_number(value(l), format));
            }
            _ => out.push(c),
        }
    }
    out
}

/// A counter in a `w:numFmt`.
fn format_number(n: u32, format: &str) -> String {
    const RUSSIAN: [char; 28] = [
        'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т', 'у', 'ф', 'х', 'ц',
        'ч', 'ш', 'щ', 'э', 'ю', 'я',
    ];
    const LATIN: [char; 26] = [
        'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v',
        'w', 'x', 'y', 'z',
    ];
    match format {
        "lowerLetter" => letters(n, &LATIN),
        "upperLetter" => letters(n, &LATIN).to_uppercase(),
        "russianLower" => letters(n, &RUSSIAN),
        "russianUpper" => letters(n, &RUSSIAN).to_uppercase(),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" => format!("{n:02}"),
        _ => n.to_string(),
    }
}

/// Word's letter numbering: a…z, then aa…zz, aaa… (the letter repeated).
fn letters(n: u32, alphabet: &[char]) -> String {
    let len = alphabet.len() as u32;
    let Some(index) = n.checked_sub(1) else { return String::new() };
    let letter = alphabet.get((index % len) as usize).copied().unwrap_or('?');
    std::iter::repeat_n(letter, (index / len + 1).min(16) as usize).collect()
}

fn roman(n: u32) -> String {
    crate::tree::numbering::roman(n)
}

/// A paragraph being read.
#[derive(Debug, Default)]
struct Para {
    text: String,
    num_id: Option<String>,
    ilvl: Option<usize>,
    style: Option<String>,
}

/// A table being read: the cells of the current row.
#[derive(Debug, Default)]
struct TableFrame {
    /// The cells of the current row, each its paragraphs joined by `\n`.
    row: Vec<String>,
    cell: String,
    /// The rows of a table opening the document, kept until its end (see [`Body::end_table`]).
    head_rows: Option<Vec<Vec<String>>>,
    /// How the current cell is merged with the ones above it (`w:vMerge`).
    merge: Merge,
    /// For each column, the text of the cell a vertical merge started there, carried down into
    /// the rows it spans (a plan's `Срок` merged over several rows).
    carried: Vec<Option<String>>,
}

/// A cell's part in a vertical merge.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Merge {
    /// No merge.
    #[default]
    None,
    /// `<w:vMerge w:val="restart"/>`: the merge starts here.
    Restart,
    /// `<w:vMerge/>`: the cell goes on with the one above.
    Continue,
}

/// The longest text a vertical merge carries down (as the HTML reader carries a `rowspan`'s); a
/// longer cell is carried as an empty one, so that many merged cells cannot multiply the output
/// (each continuing cell takes some 40 bytes of XML).
const MAX_CARRIED_TEXT: usize = 200;

impl TableFrame {
    /// Ends the current cell: a merge's text is kept for its column, or given to a cell that
    /// continues one.
    fn end_cell(&mut self) {
        let column = self.row.len();
        let mut cell = std::mem::take(&mut self.cell);
        match std::mem::take(&mut self.merge) {
            Merge::Restart => {
                if self.carried.len() <= column {
                    self.carried.resize(column + 1, None);
                }
                if let Some(slot) = self.carried.get_mut(column) {
                    *slot = Some(if cell.len() <= MAX_CARRIED_TEXT { cell.clone() } else { String::new() });
                }
            }
            Merge::Continue if cell.trim().is_empty() => {
                if let Some(Some(text)) = self.carried.get(column) {
                    cell = text.clone();
                }
            }
            Merge::Continue => {}
            Merge::None => {
                if let Some(slot) = self.carried.get_mut(column) {
                    *slot = None;
                }
            }
        }
        self.row.push(cell);
    }
}

/// The fewest paragraphs in one cell that make a table opening the document a letterhead.
const MIN_LETTERHEAD_LINES: usize = 3;

/// The most rows a letterhead laid out as a table has.
const MAX_LETTERHEAD_ROWS: usize = 2;

/// A cell's paragraphs that hold text.
fn paragraphs(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('\n').filter(|p| !p.is_empty())
}

/// The cells of a row, each its paragraphs joined by spaces.
fn one_line_cells(cells: &[String]) -> Vec<String> {
    cells.iter().map(|c| paragraphs(c).collect::<Vec<_>>().join(" ")).collect()
}

/// The writer state while walking `document.xml`.
#[derive(Debug, Default)]
struct Body {
    out: String,
    paras: Vec<Para>,
    tables: Vec<TableFrame>,
    in_text: bool,
    in_run: usize,
    /// The current run is hidden text (`<w:vanish/>` in its properties), which Word neither
    /// shows nor prints.
    hidden_run: bool,
    /// Inside `mc:Fallback` (a copy of content already read from `mc:Choice`).
    fallback: usize,
}

impl Body {
    /// Writes a finished line: into the open table cell, else the output.
    fn emit(&mut self, line: &str) {
        match self.tables.last_mut() {
            Some(table) => {
                if !table.cell.is_empty() {
                    table.cell.push('\n');
                }
                table.cell.push_str(&line.replace(['\n', '\t'], " "));
            }
            None => {
                self.out.push_str(line);
                self.out.push('\n');
            }
        }
    }

    fn end_paragraph(&mut self, lists: &mut Lists) {
        let Some(para) = self.paras.pop() else { return };
        let styled = para.style.as_ref().and_then(|s| lists.styles.get(s)).cloned();
        let num_id = para.num_id.clone().or_else(|| styled.as_ref().map(|(n, _)| n.clone()));
        let ilvl = para.ilvl.or_else(|| styled.as_ref().map(|&(_, l)| l)).unwrap_or(0);
        let label = num_id.filter(|n| n != "0").and_then(|n| lists.next_label(&n, ilvl));
        match label {
            Some(label) => self.emit(&format!("{label} {}", para.text)),
            None => self.emit(&para.text),
        }
    }

    /// Ends a row: its cells are written on one line, tab-separated, each cell's paragraphs
    /// joined by spaces; a nested table's row goes into the outer cell. The rows of a table
    /// opening the document wait for its end (see [`Body::end_table`]).
    fn end_row(&mut self) {
        let at_head = self.tables.len() == 1 && self.out.trim().is_empty();
        let Some(table) = self.tables.last_mut() else { return };
        let cells = std::mem::take(&mut table.row);
        if at_head || table.head_rows.is_some() {
            table.head_rows.get_or_insert_with(Vec::new).push(cells);
            return;
        }
        let row = one_line_cells(&cells);
        if self.tables.len() == 1 {
            self.out.push_str(&row.join("\t"));
            self.out.push('\n');
        } else if let Some(outer) = self.tables.len().checked_sub(2).and_then(|i| self.tables.get_mut(i)) {
            if !outer.cell.is_empty() {
                outer.cell.push('\n');
            }
            outer.cell.push_str(&row.join(" "));
        }
    }

    /// Ends a table. A table that opens the document, of a row or two, with a cell of several
    /// paragraphs, is a letterhead laid out in columns (the body's name in Russian and in a state
    /// language, the act's type, date, number and place one under another): its cells are
    /// written one after another, a paragraph a line and a blank line between cells, as a printed
    /// letterhead reads. Any other table opening the document is written row by row.
    fn end_table(&mut self) {
        let Some(table) = self.tables.pop() else { return };
        let Some(rows) = table.head_rows else { return };
        let letterhead = rows.len() <= MAX_LETTERHEAD_ROWS
            && rows.iter().flatten().any(|c| paragraphs(c).count() >= MIN_LETTERHEAD_LINES);
        for cells in rows {
            if letterhead {
                for cell in cells.iter().filter(|c| paragraphs(c).next().is_some()) {
                    self.out.push_str(cell.trim_end_matches('\n'));
                    self.out.push_str("\n\n");
                }
            } else {
                self.out.push_str(&one_line_cells(&cells).join("\t"));
                self.out.push('\n');
            }
        }
    }

    fn push_text(&mut self, text: &str) {
        if self.hidden_run {
            return;
        }
        if let Some(para) = self.paras.last_mut() {
            para.text.push_str(text);
        }
    }

    fn start(&mut self, e: &BytesStart<'_>, empty: bool, lists: &mut Lists) {
        let local = e.local_name();
        match local.as_ref() {
            b"Fallback" if !empty => self.fallback += 1,
            _ if self.fallback > 0 => {}
            b"p" => {
                self.paras.push(Para::default());
                if empty {
                    self.end_paragraph(lists);
                }
            }
            b"r" if !empty => self.in_run += 1,
            b"t" if !empty => self.in_text = true,
            b"tab" if self.in_run > 0 => self.push_text("\t"),
            b"br" | b"cr" if self.in_run > 0 => self.push_text("\n"),
            b"noBreakHyphen" if self.in_run > 0 => self.push_text("-"),
            b"vanish" if self.in_run > 0 => self.hidden_run = !matches!(val(e).as_deref(), Some("0" | "false" | "off")),
            b"pStyle" => self.set_para(|p| p.style = val(e)),
            b"numId" => self.set_para(|p| p.num_id = val(e)),
            b"ilvl" => self.set_para(|p| p.ilvl = level_index(e, b"val")),
            b"tbl" if !empty => self.tables.push(TableFrame::default()),
            b"vMerge" => {
                let restart = val(e).is_some_and(|v| v == "restart");
                if let Some(table) = self.tables.last_mut() {
                    table.merge = if restart { Merge::Restart } else { Merge::Continue };
                }
            }
            _ => {}
        }
    }

    fn set_para(&mut self, set: impl FnOnce(&mut Para)) {
        if let Some(p) = self.paras.last_mut() {
            set(p);
        }
    }

    fn end(&mut self, local: &[u8], lists: &mut Lists) {
        match local {
            b"Fallback" => self.fallback = self.fallback.saturating_sub(1),
            _ if self.fallback > 0 => {}
            b"p" => self.end_paragraph(lists),
            b"r" => {
                self.in_run = self.in_run.saturating_sub(1);
                self.hidden_run = false;
            }
            b"t" => self.in_text = false,
            b"tc" => {
                if let Some(table) = self.tables.last_mut() {
                    table.end_cell();
                }
            }
            b"tr" => self.end_row(),
            b"tbl" => self.end_table(),
            _ => {}
        }
    }

    fn reference(&mut self, r: &BytesRef<'_>) {
        let resolved = match r.resolve_char_ref() {
            Ok(Some(c)) => Some(c.to_string()),
            _ => r.decode().ok().and_then(|name| quick_xml::escape::resolve_predefined_entity(&name)).map(str::to_string),
        };
        if let Some(text) = resolved {
            self.push_text(&text);
        }
    }
}

/// Walks `document.xml` and writes its text.
fn render(xml: &str, lists: &mut Lists) -> XmlResult<String> {
    let mut reader = Reader::from_str(xml);
    let mut body = Body::default();
    loop {
        match reader.read_event()? {
            Event::Start(e) => body.start(&e, false, lists),
            Event::Empty(e) => body.start(&e, true, lists),
            Event::End(e) => body.end(e.local_name().as_ref(), lists),
            Event::Text(t) if body.in_text && body.fallback == 0 => body.push_text(&t.decode()?),
            Event::CData(t) if body.in_text && body.fallback == 0 => body.push_text(&t.decode()?),
            Event::GeneralRef(r) if body.in_text && body.fallback == 0 => body.reference(&r),
            Event::Eof => break,
            _ => {}
        }
    }
    while !body.paras.is_empty() {
        body.end_paragraph(lists);
    }
    Ok(body.out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBERING: &str = r#"<w:numbering xmlns:w="w">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%3)"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="2">
        <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="0"/>
        <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
    </w:numbering>"#;

    fn para(num: Option<(&str, usize)>, text: &str) -> String {
        let ppr = num.map_or(String::new(), |(id, l)| {
            format!(r#"<w:pPr><w:numPr><w:ilvl w:val="{l}"/><w:numId w:val="{id}"/></w:numPr></w:pPr>"#)
        });
        format!(r#"<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
    }

    fn text_of(body: &str, styles: &str) -> String {
        let mut lists = Lists {
            numbering: parse_numbering(NUMBERING).unwrap_or_default(),
            styles: parse_styles(styles).unwrap_or_default(),
            ..Lists::default()
        };
        let xml = format!(r#"<w:document xmlns:w="w"><w:body>{body}</w:body></w:document>"#);
        render(&xml, &mut lists).unwrap_or_else(|e| format!("error: {e}"))
    }

    #[test]
    fn automatic_numbering_is_written_into_the_text() {
        let body = [
            para(None, "ПРИКАЗЫВАЮ:"),
            para(Some(("1", 0)), "Утвердить план."),
            para(Some(("1", 1)), "Отделу &amp; управлению:"),
            para(Some(("1", 2)), "разместить;"),
            para(Some(("1", 2)), "опубликовать."),
            para(Some(("1", 1)), "Второй подпункт."),
            para(Some(("1", 0)), "Контроль оставляю за собой."),
            para(Some(("1", 1)), "Подпункт после сброса."),
            para(Some(("2", 0)), "пункт списка"),
            para(Some(("3", 0)), "Раздел"),
            para(Some(("4", 0)), "Новый список."),
            para(Some(("0", 0)), "Без номера"),
        ]
        .concat();
        insta::assert_snapshot!(text_of(&body, ""), @r"
        ПРИКАЗЫВАЮ:
        1. Утвердить план.
        1.1. Отделу & управлению:
        а) разместить;
        б) опубликовать.
        1.2. Второй подпункт.
        2. Контроль оставляю за собой.
        2.1. Подпункт после сброса.
        • пункт списка
        III. Раздел
        1. Новый список.
        Без номера
        ");
    }

    #[test]
    fn hidden_text_is_no_text() {
        let body = r#"<w:p><w:r><w:t>Срок: до 1 марта 2021 г.</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>до 1 января 2021 г.</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t> Видно.</w:t></w:r></w:p>"#;
        assert_eq!(text_of(body, ""), "Срок: до 1 марта 2021 г. Видно.\n");
    }

    #[test]
    fn a_vertically_merged_cell_carries_its_text_down() {
        let cell = |t: &str, merge: &str| format!("<w:tc><w:tcPr>{merge}</w:tcPr>{}</w:tc>", para(None, t));
        let (restart, go_on) = (r#"<w:vMerge w:val="restart"/>"#, "<w:vMerge/>");
        let body = format!(
            "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
            cell("2.4", ""),
            cell("в течение 2024 года", restart),
            cell("2.5", ""),
            cell("", go_on),
            cell("2.6", ""),
            cell("май", ""),
        );
        assert_eq!(text_of(&body, ""), "2.4	в течение 2024 года
2.5	в течение 2024 года
2.6	май
");
    }

    #[test]
    fn tables_tabs_breaks_and_style_numbering() {
        let cell = |t: &str| format!("<w:tc>{}</w:tc>", para(None, t));
        let body = format!(
            r#"<w:tbl><w:tr>{}{}</w:tr><w:tr>{}<w:tc>{}{}</w:tc></w:tr></w:tbl>
            <w:p><w:pPr><w:pStyle w:val="List1"/></w:pPr><w:r><w:t>по стилю</w:t><w:tab/><w:t>таб</w:t><w:br/><w:t>строка</w:t></w:r></w:p>
            <w:p/>"#,
            cell("№"),
            cell("Мероприятие"),
            cell("1"),
            para(None, "Разместить"),
            para(None, "план"),
        );
        let styles = r#"<w:styles><w:style w:styleId="List1"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style></w:styles>"#;
        assert_eq!(text_of(&body, styles), "№\tМероприятие\n1\tРазместить план\nIII. по стилю\tтаб\nстрока\n\n");
    }

    #[test]
    fn a_letterhead_table_opening_the_document_is_read_a_paragraph_a_line() {
        let cell = |paras: &[&str]| format!("<w:tc>{}</w:tc>", paras.iter().map(|t| para(None, t)).collect::<String>());
        let letterhead = format!(
            "<w:p/><w:tbl><w:tr>{}{}{}</w:tr></w:tbl>",
            cell(&["Чăваш Республикин", "вĕренÿ управленийĕ", "", "ХУШУ"]),
            cell(&[""]),
            cell(&["Управление образования", "Новочебоксарска", "", "П Р И К А З", "18.04.2022 № 186"]),
        );
        let plan = format!(
            "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
            cell(&["№"]),
            cell(&["Мероприятие"]),
            cell(&["1"]),
            cell(&["Провести", "проверку", "школ"]),
            cell(&["2"]),
            cell(&["Отчитаться"]),
        );
        assert_eq!(
            text_of(&format!("{letterhead}{plan}"), ""),
            "\nЧăваш Республикин\nвĕренÿ управленийĕ\n\nХУШУ\n\nУправление образования\nНовочебоксарска\n\nП Р И К А З\n18.04.2022 № 186\n\n№\tМероприятие\n1\tПровести проверку школ\n2\tОтчитаться\n"
        );
        assert_eq!(
            text_of(&plan, ""),
            "№\tМероприятие\n1\tПровести проверку школ\n2\tОтчитаться\n",
            "a plan opening the document keeps its rows"
        );
    }

    #[test]
    fn number_formats() {
        assert_eq!(format_number(4, "lowerRoman"), "iv");
        assert_eq!(format_number(28, "lowerLetter"), "bb");
        assert_eq!(format_number(29, "russianUpper"), "АА");
        assert_eq!(format_number(7, "decimalZero"), "07");
        assert_eq!(format_number(0, "lowerLetter"), "");
    }
}
