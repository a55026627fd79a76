//! HTML → text: html5ever's tokenizer with a sink that writes lines.
//!
//! Block elements, `<p>` and `<br>` break lines; an item of an `<ol>` starts with the number a
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
    let sink = TextSink { out: RefCell::new(Writer::default()) };
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&queue);
    tokenizer.end();
    let writer = tokenizer.sink.out.take();
    writer.finish()
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

struct TextSink {
    out: RefCell<Writer>,
}

impl TokenSink for TextSink {
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
    /// Open `<td>`/`<th>` elements.
    cells: usize,
    /// Cells started on the current row.
    cell_index: usize,
    /// A space is due before the next word.
    space: bool,
    /// Open `<ol>` and `<ul>` lists, innermost last.
    lists: Vec<List>,
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

impl Writer {
    fn tag(&mut self, tag: &Tag) -> TokenSinkResult<()> {
        let name: &str = &tag.name;
        if let Some(skipped) = &self.skipping {
            if tag.kind == EndTag && skipped == name {
                self.skipping = None;
            }
            return TokenSinkResult::Continue;
        }
        match (tag.kind, name) {
            (StartTag, _) if DROPPED.contains(&name) => {
                if !tag.self_closing {
                    self.skipping = Some(name.to_string());
                }
                return match name {
                    "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                    "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
                    _ => TokenSinkResult::RawData(RawKind::Rawtext),
                };
            }
            (StartTag, "br") => self.line_break(true),
            (_, "tr") => {
                self.line_break(false);
                self.cell_index = 0;
            }
            (StartTag, "td" | "th") => self.start_cell(),
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
            (EndTag, "td" | "th") => self.cells = self.cells.saturating_sub(1),
            (StartTag, "pre") => {
                self.line_break(false);
                self.pre += 1;
            }
            (EndTag, "pre") => {
                self.pre = self.pre.saturating_sub(1);
                self.line_break(false);
            }
            _ if BLOCKS.contains(&name) => self.line_break(false),
            _ => {}
        }
        TokenSinkResult::Continue
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
        self.cells += 1;
        self.space = false;
    }

    /// Ends the current line; `always` also when it is empty (`<br><br>` leaves a blank line).
    /// Inside a table cell a break is a space, so the row stays one line.
    fn line_break(&mut self, always: bool) {
        if self.cells > 0 {
            self.space = true;
            return;
        }
        self.trim_line_end();
        if always || !(self.text.is_empty() || self.text.ends_with('\n')) {
            self.text.push('\n');
        }
        self.space = false;
    }

    fn trim_line_end(&mut self) {
        let kept = self.text.trim_end_matches([' ', '\t']).len();
        if self.cells == 0 || !self.text.ends_with('\t') {
            self.text.truncate(kept);
        }
    }

    fn text(&mut self, text: &str) {
        if self.skipping.is_some() {
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

    fn finish(mut self) -> String {
        self.lists.clear();
        self.cells = 0;
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
    fn meta_charset_in_both_forms() {
        assert_eq!(meta_charset(b"<meta charset=\"windows-1251\">"), Some(Encoding::Windows1251));
        let http_equiv = b"<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=koi8-r'>";
        assert_eq!(meta_charset(http_equiv), Some(Encoding::Koi8R));
        assert_eq!(meta_charset(b"<meta charset=iso-8859-1>"), None);
        assert_eq!(meta_charset(b"<p>no meta</p>"), None);
    }
}
