//! HTML → text: html5ever's tokenizer with a sink that writes lines.
//!
//! Block elements, `<p>` and `<br>` break lines, and a blank line sets a heading (`<h1>` …)
//! apart; an item of an `<ol>` starts with the number a
//! browser shows it with (`2.1.` for an item of a list nested in item 2, so the clause tree
//! keeps the nesting), an item of a `<ul>` with `- `; a `<tr>` is one line with its `<td>`/`<th>`
//! cells separated by tabs (line breaks inside a cell become spaces); runs of whitespace
//! collapse to one space outside `<pre>`; entities are decoded by the tokenizer; `<script>`,
//! `<style>`, `<title>`, `<template>` and `<noscript>` are dropped. The tokenizer alone (without
//! the tree builder) does not know that script and style hold raw text, so the sink switches
//! it into the right state, as the tree builder would.

use crate::model::Encoding;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, CharacterTokens, EndTag, StartTag, Tag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
    TokenizerOpts,
};
use std::cell::RefCell;

/// The text of an HTML page, one line per block, table rows tab-separated.
pub(crate) fn to_text(html: &str) -> String {
    let census = run(html, Census::default());
    let layout_cells = census.layout_cells();
    let writer = run(html, Writer { layout_cells: layout_cells.clone(), drop_furniture: true, carry_budget: html.len(), ..Writer::default() });
    // Furniture never closed (tag soup) would take the document with it: then nothing is dropped.
    if writer.furniture.is_none() {
        return writer.finish();
    }
    run(html, Writer { layout_cells, carry_budget: html.len(), ..Writer::default() }).finish()
}

/// Feeds `html` through the tokenizer into `handler` and returns it.
fn run<H: Handler + Default>(html: &str, handler: H) -> H {
    let sink = TextSink { out: RefCell::new(handler) };
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&queue);
    tokenizer.end();
    tokenizer.sink.out.take()
}

/// What a pass over the tokens does with them.
trait Handler {
    /// A start or end tag; the tokenizer's next state (raw text after `<script>`).
    fn tag(&mut self, tag: &Tag) -> TokenSinkResult<()>;
    /// Character data.
    fn text(&mut self, text: &str);
}

/// Skips dropped elements (`<script>`, `<style>`, …; see [`DROPPED`]): what the tokenizer does
/// next when the tag is inside one or opens one, `None` for any other tag.
fn skip_dropped(skipping: &mut Option<String>, tag: &Tag) -> Option<TokenSinkResult<()>> {
    let name: &str = &tag.name;
    if let Some(skipped) = skipping {
        if tag.kind == EndTag && skipped == name {
            *skipping = None;
        }
        return Some(TokenSinkResult::Continue);
    }
    if tag.kind == StartTag && DROPPED.contains(&name) {
        if !tag.self_closing {
            *skipping = Some(name.to_string());
        }
        return Some(raw_state(name));
    }
    None
}

/// The state the tokenizer must switch to after a dropped element's start tag, as the tree
/// builder would: its content is raw text (`<script>`, `<style>`), not markup.
fn raw_state(name: &str) -> TokenSinkResult<()> {
    match name {
        "script" => TokenSinkResult::RawData(RawKind::ScriptData),
        "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
        _ => TokenSinkResult::RawData(RawKind::Rawtext),
    }
}

/// The first pass: which table cells hold a page's layout rather than data. Old sites set the
/// whole document in one cell of a layout table (`<td class="content"><p>…</p><p>…</p>…`); such
/// a cell holds another table, or many blocks, and its blocks are lines, not one cell's text.
#[derive(Debug, Default)]
struct Census {
    /// Per cell, in document order: the blocks started directly in it, and whether it holds a
    /// table.
    cells: Vec<(u32, bool)>,
    /// The open cells (indices into `cells`), innermost last.
    open: Vec<usize>,
    /// For each open table, how many cells were open when it started.
    tables: Vec<usize>,
    /// Inside a dropped element (its name).
    skipping: Option<String>,
}

/// A cell holding this many blocks or more (`<p>`, `<div>`, headings, lists) is a layout cell.
const LAYOUT_CELL_BLOCKS: u32 = 8;

impl Census {
    fn layout_cells(&self) -> Vec<bool> {
        self.cells.iter().map(|&(blocks, table)| table || blocks >= LAYOUT_CELL_BLOCKS).collect()
    }

    fn close_row_cells(&mut self) {
        let base = self.tables.last().copied().unwrap_or(0);
        self.open.truncate(base);
    }
}

impl Handler for Census {
    fn tag(&mut self, tag: &Tag) -> TokenSinkResult<()> {
        if let Some(next) = skip_dropped(&mut self.skipping, tag) {
            return next;
        }
        let name: &str = &tag.name;
        let innermost = self.open.last().copied();
        match (tag.kind, name) {
            (StartTag, "table") => {
                if let Some(cell) = innermost.and_then(|c| self.cells.get_mut(c)) {
                    cell.1 = true;
                }
                self.tables.push(self.open.len());
            }
            (EndTag, "table") => {
                let base = self.tables.pop().unwrap_or(0);
                self.open.truncate(base);
            }
            (_, "tr") | (EndTag, "td" | "th") => self.close_row_cells(),
            (StartTag, "td" | "th") => {
                self.close_row_cells();
                self.open.push(self.cells.len());
                self.cells.push((0, false));
            }
            (StartTag, "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "ol" | "blockquote") => {
                if let Some(cell) = innermost.and_then(|c| self.cells.get_mut(c)) {
                    cell.0 = cell.0.saturating_add(1);
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }

    fn text(&mut self, _text: &str) {}
}

/// An `<ol start="3">`'s first number; 1 when missing or unreadable.
fn start_attribute(tag: &Tag) -> u32 {
    let start = tag.attrs.iter().find(|a| &*a.name.local == "start").and_then(|a| a.value.trim().parse().ok());
    start.unwrap_or(1)
}

/// The encoding a `<meta charset=…>` or `<meta http-equiv … content="…; charset=…">` in the
/// first 4 KiB names, if ukaz reads it.
pub(crate) fn meta_charset(bytes: &[u8]) -> Option<Encoding> {
    let head = bytes.get(..4096).unwrap_or(bytes).to_ascii_lowercase();
    let at = head.windows(8).position(|w| w == b"charset=")? + 8;
    let value = head.get(at..)?;
    let value = value.strip_prefix(b"\"").or_else(|| value.strip_prefix(b"'")).unwrap_or(value);
    let end = value.iter().position(|b| matches!(b, b'"' | b'\'' | b';' | b'>' | b' ' | b'/')).unwrap_or(value.len());
    let label = value.get(..end)?;
    super::encoding::from_whatwg(encoding_rs::Encoding::for_label(label)?)
}

struct TextSink<H> {
    out: RefCell<H>,
}

impl<H: Handler> TokenSink for TextSink<H> {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut out = self.out.borrow_mut();
        match token {
            CharacterTokens(text) => out.text(&text),
            TagToken(tag) => return out.tag(&tag),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Accumulates the text and the state of the element stack that matters.
#[derive(Debug, Default)]
struct Writer {
    text: String,
    /// Inside an element whose content is dropped (its name).
    skipping: Option<String>,
    /// Open `<pre>` elements.
    pre: usize,
    /// Open `<td>`/`<th>` elements, innermost last: whether each is a layout cell.
    open_cells: Vec<bool>,
    /// For each open table, how many cells were open when it started.
    tables: Vec<usize>,
    /// Which cells, in document order, are layout cells (see [`Census`]).
    layout_cells: Vec<bool>,
    /// Cells started so far.
    cells_seen: usize,
    /// Inside page furniture a site wraps around the document (`<nav>`, a `breadcrumb`
    /// block): its element name and how many of that name are open inside it.
    furniture: Option<(String, u32)>,
    /// Whether furniture is dropped.
    drop_furniture: bool,
    /// Inside a site's breadcrumb (its element name and how many of that name are open), whose
    /// steps are written on one line, one ` / ` apart, as a text copy shows them.
    breadcrumb: Option<(String, u32)>,
    /// The breadcrumb's steps read so far.
    steps: Vec<String>,
    /// Inside hidden text (`<span style="display:none">`, as Word saves its hidden text): its
    /// element name and how many of that name are open inside it.
    hidden: Option<(String, u32)>,
    /// Cells started on the current row.
    cell_index: usize,
    /// A space is due before the next word.
    space: bool,
    /// Open `<ol>` and `<ul>` lists, innermost last.
    lists: Vec<List>,
    /// For each open table, the cells its `rowspan`s carry down.
    spans: Vec<RowSpans>,
    /// Bytes the carried cells may still add to the text: no more than the page's own length,
    /// so that a hostile page cannot multiply wide spanning cells by many rows.
    carry_budget: usize,
}

/// The cells of one table that a `rowspan` carries into the rows below (a plan's responsible
/// written once for three rows): each such row gets the cell's text in its column, so its cells
/// keep their columns.
#[derive(Debug, Default)]
struct RowSpans {
    /// The cells carried down.
    carried: Vec<Carried>,
    /// The column the row's next cell takes (a `colspan` takes several).
    column: usize,
    /// The open data cell: where its text starts, its column and its `rowspan`.
    open: Option<(usize, usize, u32)>,
    /// Whether the current row has a cell.
    row_open: bool,
}

/// A cell a `rowspan` carries down.
#[derive(Debug)]
struct Carried {
    /// Its column.
    column: usize,
    /// The rows still to fill, its own row included until that row ends.
    rows: u32,
    /// Its text.
    text: String,
    /// Whether it was written in the current row.
    written: bool,
}

/// The longest text a `rowspan` carries down; a longer cell is carried as an empty one, so that a
/// hostile page cannot multiply a large cell by many rows.
const MAX_CARRIED_TEXT: usize = 500;

/// The most rows a `rowspan` is honoured for (the HTML standard's own limit is 65,534).
const MAX_ROWSPAN: u32 = 1000;

/// A numeric attribute of a cell (`rowspan`, `colspan`), at least 1.
fn span_attribute(tag: &Tag, name: &str) -> u32 {
    let value = tag.attrs.iter().find(|a| &*a.name.local == name).and_then(|a| a.value.trim().parse::<u32>().ok());
    value.unwrap_or(1).clamp(1, MAX_ROWSPAN)
}

/// An open list: ordered (`<ol>`, its items numbered) or not (`<ul>`, its items bulleted).
#[derive(Debug, Clone, Copy)]
struct List {
    ordered: bool,
    /// The number of the current item (`start - 1` before the first).
    count: u32,
}

/// How many enclosing ordered lists an item's number names (`2.1.` for an item of a list inside
/// item 2): deeper lists add no more parts.
const MAX_NUMBER_PARTS: usize = 8;

const BLOCKS: &[&str] = &[
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody",
    "tfoot", "caption", "blockquote", "pre", "section", "article", "header", "footer", "nav", "aside", "main",
    "address", "center", "form", "fieldset", "figure", "figcaption", "hr", "body", "html",
];

const DROPPED: &[&str] = &["script", "style", "title", "template", "noscript", "textarea"];

/// Elements that hold a site's furniture, not the document: its head (title, logo, contacts),
/// menus, sidebars, the page's foot.
const FURNITURE_ELEMENTS: &[&str] = &["header", "nav", "footer", "aside"];

/// Parts of a `class` or `id` (see [`has_class`]) that mark a site's furniture: menus,
/// sidebars, share buttons, pagers, the skip link and text for screen readers. (A post's meta
/// line, author, date and views, is kept: it dates the item; so is the breadcrumb, on one line,
/// which tells a news item from an act.)
const FURNITURE_CLASSES: &[&str] = &["header", "logo", "menu", "sidebar", "share", "pager", "pagination", "footer", "navbar", "skip", "screen"];

/// Whether a start tag's style hides it (`display:none`, Word's `mso-hide:all`).
fn is_hidden(tag: &Tag) -> bool {
    tag.attrs.iter().any(|a| {
        &*a.name.local == "style" && {
            let style: String = a.value.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
            style.contains("display:none") || style.contains("mso-hide:all")
        }
    })
}

/// Whether a start tag opens a site's furniture.
fn opens_furniture(tag: &Tag) -> bool {
    // `<header class="entry-header">`: an article's own head, its headline and date.
    let article_head = has_class(tag, &["entry", "post", "article"]) && has_class(tag, &["header", "title", "meta"]);
    !article_head && (FURNITURE_ELEMENTS.contains(&&*tag.name) || has_class(tag, FURNITURE_CLASSES))
}

/// Whether a tag's `class` or `id` has one of `names` as a part (split at `-`, `_` and spaces,
/// lower case, an `s` of the plural allowed).
fn has_class(tag: &Tag, names: &[&str]) -> bool {
    let named = |part: &str| names.iter().any(|f| part.strip_prefix(f).is_some_and(|rest| rest.is_empty() || rest == "s"));
    tag.attrs.iter().any(|a| {
        matches!(&*a.name.local, "class" | "id") && a.value.to_ascii_lowercase().split(|c: char| c.is_ascii_whitespace() || matches!(c, '-' | '_')).any(named)
    })
}

/// A tag inside an element whose text is skipped (hidden text, a site's furniture), `open` being
/// that element's name and how many of its kind are open: `None` when no element is skipped,
/// else whether this tag closes it. The cells inside are counted, as the first pass counted them.
fn skipped_inside(open: &mut Option<(String, u32)>, tag: &Tag, cells_seen: &mut usize) -> Option<bool> {
    let (name, depth) = open.as_mut()?;
    if tag.kind == StartTag && matches!(&*tag.name, "td" | "th") {
        *cells_seen += 1;
    }
    if *name == *tag.name && !tag.self_closing {
        match tag.kind {
            StartTag => *depth += 1,
            EndTag => *depth = depth.saturating_sub(1),
        }
    }
    let closed = *depth == 0;
    if closed {
        *open = None;
    }
    Some(closed)
}

impl Handler for Writer {
    fn tag(&mut self, tag: &Tag) -> TokenSinkResult<()> {
        if let Some(next) = skip_dropped(&mut self.skipping, tag) {
            return next;
        }
        let name: &str = &tag.name;
        if skipped_inside(&mut self.hidden, tag, &mut self.cells_seen).is_some() {
            return TokenSinkResult::Continue;
        }
        if tag.kind == StartTag && !tag.self_closing && is_hidden(tag) && !matches!(name, "html" | "body" | "td" | "th" | "tr" | "table") {
            self.hidden = Some((name.to_string(), 1));
            return TokenSinkResult::Continue;
        }
        if let Some(closed) = skipped_inside(&mut self.furniture, tag, &mut self.cells_seen) {
            if closed {
                self.line_break(false);
            }
            return TokenSinkResult::Continue;
        }
        if let Some(closed) = skipped_inside(&mut self.breadcrumb, tag, &mut self.cells_seen) {
            if closed {
                self.write_breadcrumb();
            }
            return TokenSinkResult::Continue;
        }
        match (tag.kind, name) {
            (StartTag, _) if self.drop_furniture && !tag.self_closing && has_class(tag, &["breadcrumb"]) => {
                if matches!(name, "td" | "th") {
                    self.cells_seen += 1;
                }
                self.breadcrumb = Some((name.to_string(), 1));
            }
            (StartTag, _) if self.drop_furniture && !tag.self_closing && !matches!(name, "html" | "body") && opens_furniture(tag) => {
                if matches!(name, "td" | "th") {
                    self.cells_seen += 1;
                }
                self.furniture = Some((name.to_string(), 1));
            }
            (StartTag, "br") => self.line_break(true),
            // `<time>31.08.2023</time><time>04.09.2023</time>`: stamps set side by side.
            (_, "time") => self.space = true,
            (StartTag, "table") => {
                self.line_break(false);
                self.tables.push(self.open_cells.len());
                self.spans.push(RowSpans::default());
            }
            (EndTag, "table") => {
                self.finish_row();
                self.spans.pop();
                let base = self.tables.pop().unwrap_or(0);
                self.open_cells.truncate(base);
                self.line_break(false);
            }
            (_, "tr") => {
                self.finish_row();
                self.close_row_cells();
                self.line_break(false);
                self.cell_index = 0;
            }
            (StartTag, "td" | "th") => {
                self.close_row_cells();
                let layout = self.layout_cells.get(self.cells_seen).copied().unwrap_or(false);
                self.cells_seen += 1;
                if layout {
                    self.line_break(false);
                    self.open_cells.push(true);
                } else {
                    self.close_spanned_cell();
                    self.write_carried(false);
                    self.start_cell();
                    self.open_spanned_cell(tag);
                }
            }
            (StartTag, "ol" | "ul") => {
                self.line_break(false);
                let count = if name == "ol" { start_attribute(tag).saturating_sub(1) } else { 0 };
                self.lists.push(List { ordered: name == "ol", count });
            }
            (EndTag, "ol" | "ul") => {
                self.lists.pop();
                self.line_break(false);
            }
            (StartTag, "li") => self.start_item(),
            (EndTag, "td" | "th") => {
                self.close_spanned_cell();
                let layout = self.open_cells.last() == Some(&true);
                self.close_row_cells();
                if layout {
                    self.line_break(false);
                }
            }
            (StartTag, "pre") => {
                self.line_break(false);
                self.pre += 1;
            }
            (EndTag, "pre") => {
                self.pre = self.pre.saturating_sub(1);
                self.line_break(false);
            }
            // A heading is a paragraph of its own: a blank line sets it apart from the text around,
            // as a browser's margins do (the headline ends there).
            (_, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") => self.paragraph_break(),
            _ if BLOCKS.contains(&name) => self.line_break(false),
            _ => {}
        }
        TokenSinkResult::Continue
    }

    fn text(&mut self, text: &str) {
        if self.skipping.is_some() || self.furniture.is_some() || self.hidden.is_some() {
            return;
        }
        if self.breadcrumb.is_some() {
            // The marks between the steps (`»`, `/`, `→`) are the writer's own.
            let is_mark = |w: &str| w.chars().all(|c| matches!(c, '/' | '»' | '>' | '→' | '›' | '|' | '-' | '–'));
            let mut step: Vec<&str> = Vec::new();
            for word in text.split_whitespace().chain([""]) {
                if word.is_empty() || is_mark(word) {
                    if !step.is_empty() {
                        self.steps.push(std::mem::take(&mut step).join(" "));
                    }
                } else {
                    step.push(word);
                }
            }
            return;
        }
        if self.pre > 0 {
            self.text.push_str(text);
            return;
        }
        for (i, word) in text.split([' ', '\t', '\n', '\r', '\u{c}']).enumerate() {
            if i > 0 {
                self.space = true;
            }
            if word.is_empty() {
                continue;
            }
            let at_line_start = self.text.is_empty() || self.text.ends_with(['\n', '\t']);
            if self.space && !at_line_start {
                self.text.push(' ');
            }
            self.space = false;
            self.text.push_str(word);
        }
    }
}

impl Writer {
    /// Whether the innermost open cell is a data cell, whose breaks are spaces.
    fn in_data_cell(&self) -> bool {
        self.open_cells.last() == Some(&false)
    }

    /// Closes the cells of the current table's row (a new `<td>` closes the one before it, and
    /// `<tr>` all of them, whether or not their end tags were written).
    fn close_row_cells(&mut self) {
        let base = self.tables.last().copied().unwrap_or(0);
        self.open_cells.truncate(base);
    }

    /// A list item starts a line with the number a browser would show (`1.`; `2.1.` inside item
    /// 2 of an outer ordered list, so the text keeps the nesting) or a bullet (`- `).
    fn start_item(&mut self) {
        self.line_break(false);
        let Some(list) = self.lists.last_mut() else { return };
        let marker = if list.ordered {
            list.count = list.count.saturating_add(1);
            let parts: Vec<String> = self.lists.iter().rev().take(MAX_NUMBER_PARTS).filter(|l| l.ordered).map(|l| l.count.to_string()).collect();
            let path: Vec<&str> = parts.iter().rev().map(String::as_str).collect();
            format!("{}.", path.join("."))
        } else {
            "-".to_string()
        };
        self.text(&marker);
        self.space = true;
    }

    fn start_cell(&mut self) {
        if self.cell_index > 0 {
            self.trim_line_end();
            self.text.push('\t');
        }
        self.cell_index += 1;
        self.open_cells.push(false);
        self.space = false;
    }

    /// Notes a data cell just started: its column, and where its text starts if it spans rows.
    fn open_spanned_cell(&mut self, tag: &Tag) {
        let start = self.text.len();
        let Some(spans) = self.spans.last_mut() else { return };
        let rows = span_attribute(tag, "rowspan");
        spans.open = Some((start, spans.column, rows));
        spans.row_open = true;
        spans.column = spans.column.saturating_add(span_attribute(tag, "colspan") as usize);
    }

    /// Closes the open data cell; one that spans rows is carried into the rows below.
    fn close_spanned_cell(&mut self) {
        let Some(spans) = self.spans.last_mut() else { return };
        let Some((start, column, rows)) = spans.open.take() else { return };
        if rows > 1 {
            let text = self.text.get(start..).unwrap_or("").trim_matches([' ', '\t', '\n']);
            // A row number spanning rows makes them one item: the rows below go on with it.
            let text = if column > 0 && text.len() <= MAX_CARRIED_TEXT { text.to_string() } else { String::new() };
            // Its own row counts as written: the rows below are to fill.
            spans.carried.push(Carried { column, rows, text, written: true });
        }
    }

    /// Writes the carried cells due before the row's next cell, or, at the row's end (`all`), the
    /// rest of them.
    fn write_carried(&mut self, all: bool) {
        loop {
            let Some(spans) = self.spans.last_mut() else { return };
            let column = spans.column;
            let due = spans.carried.iter_mut().filter(|c| !c.written && (all || c.column <= column)).min_by_key(|c| c.column);
            let Some(cell) = due else { return };
            let Some(budget) = self.carry_budget.checked_sub(cell.text.len() + 1) else {
                spans.carried.clear();
                return;
            };
            self.carry_budget = budget;
            cell.written = true;
            let text = cell.text.clone();
            spans.column = column.max(cell.column) + 1;
            spans.row_open = true;
            if self.cell_index > 0 {
                self.trim_line_end();
                self.text.push('\t');
            }
            self.cell_index += 1;
            self.text.push_str(&text);
        }
    }

    /// Ends a table's row: its open cell is closed and the carried cells after its last are
    /// written, if the row had any cell; each carried cell written has a row less to fill.
    fn finish_row(&mut self) {
        self.close_spanned_cell();
        if self.spans.last().is_some_and(|s| s.row_open) {
            self.write_carried(true);
        }
        if let Some(spans) = self.spans.last_mut() {
            for cell in spans.carried.iter_mut().filter(|c| c.written) {
                cell.rows = cell.rows.saturating_sub(1);
                cell.written = false;
            }
            spans.carried.retain(|c| c.rows > 0);
            spans.column = 0;
            spans.row_open = false;
        }
    }

    /// Ends the current line; `always` also when it is empty (`<br><br>` leaves a blank line).
    /// Inside a table cell a break is a space, so the row stays one line.
    fn line_break(&mut self, always: bool) {
        if self.in_data_cell() {
            self.space = true;
            return;
        }
        self.trim_line_end();
        if always || !(self.text.is_empty() || self.text.ends_with('\n')) {
            self.text.push('\n');
        }
        self.space = false;
    }

    /// Ends the current line and leaves one blank line after it (outside a table cell), unless the
    /// text is empty or ends with one already.
    fn paragraph_break(&mut self) {
        self.line_break(false);
        if !self.in_data_cell() && !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }

    fn trim_line_end(&mut self) {
        let kept = self.text.trim_end_matches([' ', '\t']).len();
        if !self.in_data_cell() || !self.text.ends_with('\t') {
            self.text.truncate(kept);
        }
    }

    /// Writes the breadcrumb's steps on a line of their own.
    fn write_breadcrumb(&mut self) {
        self.line_break(false);
        let steps = std::mem::take(&mut self.steps);
        if !steps.is_empty() {
            self.text.push_str(&steps.join(" / "));
            self.line_break(false);
        }
    }

    fn finish(mut self) -> String {
        self.lists.clear();
        self.open_cells.clear();
        self.line_break(false);
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_breaks_tables_entities_and_dropped_elements() {
        let html = "<html><head><title>Заголовок</title><style>p{color:red}</style>\
            <script>if (a<b) { document.write('<p>x</p>') }</script></head><body>\
            <h1>ПРИКАЗ</h1><p>от 20&nbsp;октября 2020&#160;г.<br>№ 798</p>\
            <div>1.   Утвердить\n план &laquo;мероприятий&raquo;.</div>\
            <table><tr><th>№</th><th>Мероприятие</th></tr>\
            <tr><td>1</td><td><p>Разместить</p><p>план</p></td><td>до 01.11.2020</td></tr></table>\
            <pre>  a\n  b</pre>Конец</body></html>";
        insta::assert_snapshot!(to_text(html), @r"
        ПРИКАЗ

        от 20 октября 2020 г.
        № 798
        1. Утвердить план «мероприятий».
        №	Мероприятие
        1	Разместить план	до 01.11.2020
          a
          b
        Конец
        ");
    }

    #[test]
    fn hidden_text_is_no_text() {
        let html = "<p class=MsoNormal>Срок: до 1 марта 2021 г.<span style='display: none;mso-hide:all'>до <b>1</b> <span>января</span> 2021 г.</span> Видно.</p>\
            <table><tr><td>1</td><td>план<span style=\"DISPLAY:NONE\">скрыто</span></td></tr></table>";
        assert_eq!(to_text(html), "Срок: до 1 марта 2021 г. Видно.\n1\tплан\n");
    }

    #[test]
    fn a_layout_cell_s_blocks_are_lines_and_a_site_s_furniture_is_dropped_its_breadcrumb_kept() {
        let paragraphs: String = (1..=8).map(|k| format!("<p>{k}. Пункт {k}.</p>")).collect();
        let html = format!(
            "<body><header><div class=\"site-title\">Сайт района</div></header><nav><ul><li>Главная</li></ul></nav>\
             <div class=\"breadcrumbs\">Главная » Документы</div><table><tr><td class=\"left-menu\">Меню</td>\
             <td class=\"content\"><p>РЕШЕНИЕ</p>{paragraphs}<table><tr><td>1</td><td><p>Сделать</p><p>план</p></td></tr>\
             <tr><td>2</td><td>Отчет</td></tr></table></td></tr></table><footer>© 2022</footer></body>"
        );
        // An article's own head is no site's; stamps side by side stay apart.
        let post = "<article><header class=\"entry-header\"><h1>Итоги ГИА</h1><div class=\"entry-meta\"><time>31.08.2023</time><time>04.09.2023</time></div></header><p>Текст.</p></article>";
        assert_eq!(to_text(post), "Итоги ГИА\n\n31.08.2023 04.09.2023\nТекст.\n");
        // A breadcrumb's steps on one line, however the page lists them.
        let crumbs = "<ol class=\"breadcrumb\"><li><a href=\"/\">Главная</a></li><li>→</li><li><a>Новости</a></li></ol><h1>Коллегия</h1>";
        assert_eq!(to_text(crumbs), "Главная / Новости\n\nКоллегия\n\n");
        // An element of furniture never closed keeps everything.
        assert_eq!(to_text("<div class=\"menu\"><p>ПРИКАЗ</p><p>1. Утвердить.</p>"), "ПРИКАЗ\n1. Утвердить.\n");
        insta::assert_snapshot!(to_text(&html), @r"
        Главная / Документы
        РЕШЕНИЕ
        1. Пункт 1.
        2. Пункт 2.
        3. Пункт 3.
        4. Пункт 4.
        5. Пункт 5.
        6. Пункт 6.
        7. Пункт 7.
        8. Пункт 8.
        1	Сделать план
        2	Отчет
        ");
    }

    #[test]
    fn list_items_are_numbered_as_a_browser_shows_them() {
        let html = "<p>ПРИКАЗЫВАЮ:</p><ol><li>Утвердить план.</li><li>Отделу:<ol><li>обеспечить;</li>\
            <li>провести.</li></ol></li><li>Контроль оставляю.</li></ol><ol start=\"5\"><li>Пятый</li></ol>\
            <ul><li>пункт</li></ul>";
        insta::assert_snapshot!(to_text(html), @r"
        ПРИКАЗЫВАЮ:
        1. Утвердить план.
        2. Отделу:
        2.1. обеспечить;
        2.2. провести.
        3. Контроль оставляю.
        5. Пятый
        - пункт
        ");
    }

    #[test]
    fn cells_spanning_rows_are_carried_down() {
        let html = "<table><tr><td>1.2.</td><td>Обновить</td><td>до 30 сентября</td><td rowspan=\"2\">руководители ОО</td></tr>\
            <tr><td>1.3.</td><td>Скорректировать</td><td>октябрь</td></tr>\
            <tr><td>2.4.</td><td>Организовать</td><td rowspan=\"2\">в течение года</td><td rowspan=\"2\">руководители</td></tr>\
            <tr><td>2.5.</td><td>Провести</td></tr>\
            <tr><td colspan=\"4\">3. Работа</td></tr><tr><td rowspan=\"2\">3.1.</td><td>Рассмотреть</td><td>май</td><td>УО</td></tr>\
            <tr><td>Обсудить</td><td>июнь</td><td>ОО</td></tr></table>";
        // A row number spanning two rows makes the second row go on with the first.
        insta::assert_snapshot!(to_text(html), @r"
        1.2.	Обновить	до 30 сентября	руководители ОО
        1.3.	Скорректировать	октябрь	руководители ОО
        2.4.	Организовать	в течение года	руководители
        2.5.	Провести	в течение года	руководители
        3. Работа
        3.1.	Рассмотреть	май	УО
        	Обсудить	июнь	ОО
        ");
    }

    #[test]
    fn carried_cells_add_no_more_than_the_page_s_length() {
        let cell = format!("<td rowspan=\"1000\">{}</td>", "я".repeat(200));
        let html = format!("<table><tr><td>1</td>{}</tr>{}</table>", cell.repeat(200), "<tr><td>x</td></tr>".repeat(1000));
        assert!(to_text(&html).len() <= 2 * html.len(), "the text grows at most by the page's length");
    }

    #[test]
    fn meta_charset_in_both_forms() {
        assert_eq!(meta_charset(b"<meta charset=\"windows-1251\">"), Some(Encoding::Windows1251));
        let http_equiv = b"<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=koi8-r'>";
        assert_eq!(meta_charset(http_equiv), Some(Encoding::Koi8R));
        assert_eq!(meta_charset(b"<meta charset=iso-8859-1>"), None);
        assert_eq!(meta_charset(b"<p>no meta</p>"), None);
    }
}
