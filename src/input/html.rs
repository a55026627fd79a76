//! HTML → text: html5ever's tokenizer with a sink that writes lines.
//!
//! Block elements, `<p>` and `<br>` break lines; a `<tr>` is one line with its `<td>`/`<th>`
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
}

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
    fn meta_charset_in_both_forms() {
        assert_eq!(meta_charset(b"<meta charset=\"windows-1251\">"), Some(Encoding::Windows1251));
        let http_equiv = b"<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=koi8-r'>";
        assert_eq!(meta_charset(http_equiv), Some(Encoding::Koi8R));
        assert_eq!(meta_charset(b"<meta charset=iso-8859-1>"), None);
        assert_eq!(meta_charset(b"<p>no meta</p>"), None);
    }
}
