//! The second pass: pulldown-cmark events → HTML elements (headings, tables with scoped
//! header cells, notes, lists, code, links filtered, raw HTML shown as text).

use std::collections::HashMap;

use pulldown_cmark::{Alignment, CodeBlockKind, Event, LinkType, Tag, TagEnd};

use serde::Serialize;

use super::ids::IdPlan;
use whitepaper_core::chars::is_japanese;
use whitepaper_core::front::is_br;

/// One entry of the table of contents (an h2 with its h3 children).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TocEntry {
    pub id: String,
    pub text: String,
    pub children: Vec<TocEntry>,
    /// `build --since`: the section's facts changed.
    pub changed: bool,
}

struct TableState {
    alignments: Vec<Alignment>,
    /// Columns whose every cell is short: kept on one line (see [`SHORT_CELL`]).
    short: Vec<bool>,
    in_head: bool,
    cell: usize,
    row_headers: bool,
    /// The current cell's closing tag.
    cell_end: &'static str,
    /// Each column's header text: a body cell's `data-label`, which a phone shows beside
    /// the cell once the table reflows into one block per row.
    labels: Vec<String>,
}

struct HeadingState {
    level: usize,
    id: String,
    text: String,
}

pub struct Writer<'e, 'a> {
    events: &'e [Event<'a>],
    pos: usize,
    ids: IdPlan,
    pub out: String,
    pub toc: Vec<TocEntry>,
    heading_index: usize,
    heading: Option<HeadingState>,
    /// Id of the last heading written, and how many tables followed it so far.
    last_heading: Option<String>,
    tables_after_heading: usize,
    table_count: usize,
    table: Option<TableState>,
    /// For each open link: whether an `<a>` was written (unsafe targets are dropped).
    links: Vec<bool>,
    /// Open note definitions: (label, whether its marker has been written).
    notes: Vec<(String, bool)>,
    /// How many times each note has been referenced.
    ref_counts: HashMap<String, usize>,
    /// Inside an HTML block (escaped, shown as text in a paragraph).
    in_html_block: bool,
    /// Level of the last heading written (1: the page title).
    last_level: usize,
    /// What precedes a note number ("※", or nothing).
    pub note_mark: String,
}

impl<'e, 'a> Writer<'e, 'a> {
    pub fn new(events: &'e [Event<'a>], ids: IdPlan) -> Self {
        Writer {
            events,
            pos: 0,
            ids,
            out: String::with_capacity(16 * 1024),
            toc: Vec::new(),
            heading_index: 0,
            heading: None,
            last_heading: None,
            tables_after_heading: 0,
            table_count: 0,
            table: None,
            links: Vec::new(),
            notes: Vec::new(),
            ref_counts: HashMap::new(),
            in_html_block: false,
            last_level: 1,
            note_mark: "※".to_string(),
        }
    }

    pub fn run(&mut self) {
        while self.pos < self.events.len() {
            let ev = &self.events[self.pos];
            self.pos += 1;
            match ev {
                Event::Start(tag) => self.start(tag),
                Event::End(tag) => self.end(*tag),
                Event::Text(t) => self.text(t),
                Event::Code(t) => {
                    self.heading_text(t);
                    self.out.push_str("<code>");
                    whitepaper_core::escape::html_into(&mut self.out, t);
                    self.out.push_str("</code>");
                }
                Event::InlineMath(t) | Event::DisplayMath(t) => self.text(t),
                Event::Html(t) | Event::InlineHtml(t) => self.raw_html(t),
                Event::FootnoteReference(label) => self.note_ref(label),
                Event::SoftBreak => {
                    if !self.cjk_around_break() {
                        self.out.push('\n');
                    }
                }
                Event::HardBreak => self.out.push_str("<br>\n"),
                Event::Rule => self.out.push_str("<hr>\n"),
                Event::TaskListMarker(done) => {
                    self.out.push_str(if *done { "☑ " } else { "☐ " });
                }
            }
        }
        // Close anything a malformed stream left open (pulldown-cmark always balances, but
        // stay well-formed regardless).
        while let Some((_, _)) = self.notes.pop() {
            self.out.push_str("</div>\n");
        }
    }

    fn start(&mut self, tag: &Tag<'a>) {
        match tag {
            Tag::Paragraph => {
                self.out.push_str("<p>");
                self.note_marker();
            }
            Tag::Heading { level, .. } => {
                let id = self
                    .ids
                    .headings
                    .get(self.heading_index)
                    .cloned()
                    .unwrap_or_else(|| format!("wp-sec-x{}", self.heading_index));
                self.heading_index += 1;
                // The page title is the h1: body headings start at h2 and never skip a
                // level (an outline with gaps is invalid HTML and confuses screen readers).
                let level = (*level as usize).clamp(2, self.last_level + 1);
                self.last_level = level;
                self.out.push_str(&format!("<h{level} id=\""));
                whitepaper_core::escape::html_into(&mut self.out, &id);
                self.out.push_str("\">");
                self.heading = Some(HeadingState {
                    level,
                    id,
                    text: String::new(),
                });
            }
            Tag::BlockQuote(_) => self.out.push_str("<blockquote>\n"),
            Tag::CodeBlock(kind) => {
                self.out.push_str("<pre><code");
                if let CodeBlockKind::Fenced(info) = kind {
                    let lang = info.split_whitespace().next().unwrap_or("");
                    let lang = sanitize_class(lang);
                    if !lang.is_empty() {
                        self.out.push_str(" class=\"language-");
                        self.out.push_str(&lang);
                        self.out.push('"');
                    }
                }
                self.out.push('>');
            }
            Tag::HtmlBlock => {
                self.in_html_block = true;
                self.out.push_str("<p class=\"raw\">");
            }
            Tag::List(Some(1)) => self.out.push_str("<ol>\n"),
            Tag::List(Some(start)) => self.out.push_str(&format!("<ol start=\"{start}\">\n")),
            Tag::List(None) => self.out.push_str("<ul>\n"),
            Tag::Item => self.out.push_str("<li>"),
            Tag::FootnoteDefinition(label) => self.note_start(label),
            Tag::DefinitionList => self.out.push_str("<dl>\n"),
            Tag::DefinitionListTitle => self.out.push_str("<dt>"),
            Tag::DefinitionListDefinition => self.out.push_str("<dd>"),
            Tag::Table(alignments) => self.table_start(alignments),
            Tag::TableHead => {
                let row_headers = self.first_header_cell_empty();
                if let Some(t) = self.table.as_mut() {
                    t.in_head = true;
                    t.cell = 0;
                    t.row_headers = row_headers;
                }
                self.out.push_str("<thead>\n<tr");
                if self.tables_after_heading > 1 {
                    self.out
                        .push_str(&format!(" id=\"wp-tbl-{}-head\"", self.table_count));
                }
                self.out.push_str(">\n");
            }
            Tag::TableRow => {
                if let Some(t) = self.table.as_mut() {
                    t.cell = 0;
                }
                self.out.push_str("<tr>\n");
            }
            Tag::TableCell => self.cell_start(),
            Tag::Emphasis => self.out.push_str("<em>"),
            Tag::Strong => self.out.push_str("<strong>"),
            Tag::Strikethrough => self.out.push_str("<del>"),
            Tag::Superscript => self.out.push_str("<sup>"),
            Tag::Subscript => self.out.push_str("<sub>"),
            Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            } => self.link_start(*link_type, dest_url, title),
            Tag::Image {
                dest_url, title, ..
            } => self.image(dest_url, title),
            Tag::MetadataBlock(_) => self.skip_to_end(),
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => self.out.push_str("</p>\n"),
            TagEnd::Heading(_) => {
                if let Some(h) = self.heading.take() {
                    self.out.push_str(&format!("</h{}>\n", h.level));
                    let text = collapse_ws(&h.text);
                    match h.level {
                        2 => self.toc.push(TocEntry {
                            id: h.id.clone(),
                            text,
                            children: vec![],
                            changed: false,
                        }),
                        3 => {
                            let entry = TocEntry {
                                id: h.id.clone(),
                                text,
                                children: vec![],
                                changed: false,
                            };
                            match self.toc.last_mut() {
                                Some(parent) => parent.children.push(entry),
                                None => self.toc.push(entry),
                            }
                        }
                        _ => {}
                    }
                    self.last_heading = Some(h.id);
                    self.tables_after_heading = 0;
                }
            }
            TagEnd::BlockQuote(_) => self.out.push_str("</blockquote>\n"),
            TagEnd::CodeBlock => self.out.push_str("</code></pre>\n"),
            TagEnd::HtmlBlock => {
                self.in_html_block = false;
                trim_trailing_newlines(&mut self.out);
                self.out.push_str("</p>\n");
            }
            TagEnd::List(ordered) => {
                self.out
                    .push_str(if ordered { "</ol>\n" } else { "</ul>\n" });
            }
            TagEnd::Item => self.out.push_str("</li>\n"),
            TagEnd::FootnoteDefinition => {
                if let Some((label, marked)) = self.notes.pop() {
                    if !marked {
                        // A note with no paragraph: still show its marker.
                        self.out.push_str("<p>");
                        self.write_note_marker(&label);
                        self.out.push_str("</p>\n");
                    }
                    self.out.push_str("</div>\n");
                }
            }
            TagEnd::DefinitionList => self.out.push_str("</dl>\n"),
            TagEnd::DefinitionListTitle => self.out.push_str("</dt>\n"),
            TagEnd::DefinitionListDefinition => self.out.push_str("</dd>\n"),
            TagEnd::Table => {
                self.out.push_str("</tbody>\n</table>\n</div>\n");
                self.table = None;
            }
            TagEnd::TableHead => {
                if let Some(t) = self.table.as_mut() {
                    t.in_head = false;
                }
                self.out.push_str("</tr>\n</thead>\n<tbody>\n");
            }
            TagEnd::TableRow => self.out.push_str("</tr>\n"),
            TagEnd::TableCell => {
                let end = self.table.as_ref().map(|t| t.cell_end).unwrap_or("</td>");
                self.out.push_str(end);
                self.out.push('\n');
                if let Some(t) = self.table.as_mut() {
                    t.cell += 1;
                }
            }
            TagEnd::Emphasis => self.out.push_str("</em>"),
            TagEnd::Strong => self.out.push_str("</strong>"),
            TagEnd::Strikethrough => self.out.push_str("</del>"),
            TagEnd::Superscript => self.out.push_str("</sup>"),
            TagEnd::Subscript => self.out.push_str("</sub>"),
            TagEnd::Link => {
                if self.links.pop().unwrap_or(false) {
                    self.out.push_str("</a>");
                }
            }
            TagEnd::Image | TagEnd::MetadataBlock(_) => {}
        }
    }

    fn text(&mut self, t: &str) {
        self.heading_text(t);
        whitepaper_core::escape::html_into(&mut self.out, t);
    }

    fn heading_text(&mut self, t: &str) {
        if let Some(h) = self.heading.as_mut() {
            h.text.push_str(t);
        }
    }

    /// Raw HTML from the Markdown: `<br>` is a line break, anything else is shown as text.
    fn raw_html(&mut self, t: &str) {
        if is_br(t) {
            self.out.push_str("<br>");
            return;
        }
        if self.in_html_block {
            // Line structure of a block is kept as line breaks.
            let mut lines = t.split_inclusive('\n').peekable();
            while let Some(line) = lines.next() {
                let (content, nl) = match line.strip_suffix('\n') {
                    Some(c) => (c, true),
                    None => (line, false),
                };
                whitepaper_core::escape::html_into(&mut self.out, content);
                if nl && (lines.peek().is_some() || self.next_is_html()) {
                    self.out.push_str("<br>\n");
                } else if nl {
                    self.out.push('\n');
                }
            }
        } else {
            self.text(t);
        }
    }

    fn next_is_html(&self) -> bool {
        matches!(self.events.get(self.pos), Some(Event::Html(_)))
    }

    // --- tables -------------------------------------------------------------------------

    fn table_start(&mut self, alignments: &[Alignment]) {
        self.table_count += 1;
        self.tables_after_heading += 1;
        let n = self.table_count;
        let labelledby = match &self.last_heading {
            Some(h) if self.tables_after_heading > 1 => Some(format!("{h} wp-tbl-{n}-head")),
            Some(h) => Some(h.clone()),
            None => None,
        };
        match &labelledby {
            Some(l) => {
                self.out.push_str(
                    "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"",
                );
                whitepaper_core::escape::html_into(&mut self.out, l);
                self.out.push_str("\">\n<table aria-labelledby=\"");
                whitepaper_core::escape::html_into(&mut self.out, l);
                self.out.push_str("\">\n");
            }
            None => {
                // No heading before the table: the header row names it.
                let l = format!("wp-tbl-{n}-head");
                self.out.push_str(&format!(
                    "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{l}\">\n<table aria-labelledby=\"{l}\">\n"
                ));
                // Make sure the header row carries that id.
                self.tables_after_heading = 2;
            }
        }
        let short = self.short_columns(alignments.len());
        let labels = self.header_labels(alignments.len());
        self.table = Some(TableState {
            alignments: alignments.to_vec(),
            short,
            in_head: false,
            cell: 0,
            row_headers: false,
            cell_end: "</td>",
            labels,
        });
    }

    /// The plain text of each header cell of the table starting at the current position.
    fn header_labels(&self, columns: usize) -> Vec<String> {
        let mut labels = vec![String::new(); columns];
        let mut col = 0;
        for ev in &self.events[self.pos..] {
            match ev {
                Event::End(TagEnd::TableHead) | Event::End(TagEnd::Table) => break,
                Event::End(TagEnd::TableCell) => col += 1,
                Event::Text(t) | Event::Code(t) => {
                    if let Some(l) = labels.get_mut(col) {
                        l.push_str(t);
                    }
                }
                _ => {}
            }
        }
        labels.iter().map(|l| l.trim().to_string()).collect()
    }

    /// Looks ahead over the table starting at the current position: which columns hold only
    /// short text (each line at most [`SHORT_CELL`] columns wide, CJK counting double)?
    fn short_columns(&self, columns: usize) -> Vec<bool> {
        let mut widest = vec![0usize; columns];
        let (mut col, mut line) = (0usize, 0usize);
        for ev in &self.events[self.pos..] {
            match ev {
                Event::End(TagEnd::Table) => break,
                Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => col = 0,
                Event::Start(Tag::TableCell) => line = 0,
                Event::End(TagEnd::TableCell) => col += 1,
                Event::Text(t) | Event::Code(t) => {
                    line += display_width(t);
                    if let Some(w) = widest.get_mut(col) {
                        *w = (*w).max(line);
                    }
                }
                Event::InlineHtml(h) if is_br(h) => line = 0,
                Event::HardBreak => line = 0,
                _ => {}
            }
        }
        widest.into_iter().map(|w| w <= SHORT_CELL).collect()
    }

    /// Looks ahead from just after `Start(TableHead)`: is the first header cell empty?
    fn first_header_cell_empty(&self) -> bool {
        let mut i = self.pos;
        // Optional TableRow wrapper (pulldown-cmark emits cells directly inside TableHead).
        if matches!(self.events.get(i), Some(Event::Start(Tag::TableRow))) {
            i += 1;
        }
        if !matches!(self.events.get(i), Some(Event::Start(Tag::TableCell))) {
            return false;
        }
        i += 1;
        loop {
            match self.events.get(i) {
                Some(Event::End(TagEnd::TableCell)) => return true,
                Some(Event::Text(t)) if t.trim().is_empty() => i += 1,
                _ => return false,
            }
        }
    }

    fn cell_start(&mut self) {
        let Some(t) = self.table.as_mut() else {
            self.out.push_str("<td>");
            return;
        };
        let align = match t.alignments.get(t.cell) {
            Some(Alignment::Center) => "align-center",
            Some(Alignment::Right) => "align-right",
            Some(Alignment::Left) => "align-left",
            _ => "",
        };
        let short = if t.short.get(t.cell).copied().unwrap_or(false) {
            "short"
        } else {
            ""
        };
        let class = match (align, short) {
            ("", "") => String::new(),
            (a, "") => format!(" class=\"{a}\""),
            ("", s) => format!(" class=\"{s}\""),
            (a, s) => format!(" class=\"{a} {s}\""),
        };
        let (open, end) = if t.in_head {
            if t.cell == 0 && t.row_headers {
                ("<td", "</td>")
            } else {
                ("<th scope=\"col\"", "</th>")
            }
        } else if t.cell == 0 && t.row_headers {
            ("<th scope=\"row\"", "</th>")
        } else {
            ("<td", "</td>")
        };
        t.cell_end = end;
        self.out.push_str(open);
        self.out.push_str(&class);
        if !t.in_head
            && let Some(label) = t.labels.get(t.cell).filter(|l| !l.is_empty())
        {
            self.out.push_str(" data-label=\"");
            whitepaper_core::escape::html_into(&mut self.out, label);
            self.out.push('"');
        }
        self.out.push('>');
    }

    // --- links and images ---------------------------------------------------------------

    fn link_start(&mut self, link_type: LinkType, dest: &str, title: &str) {
        let Some(href) = safe_href(dest) else {
            self.links.push(false);
            return;
        };
        self.out.push_str("<a href=\"");
        whitepaper_core::escape::html_into(&mut self.out, &href);
        self.out.push('"');
        if !title.is_empty() {
            self.out.push_str(" title=\"");
            whitepaper_core::escape::html_into(&mut self.out, title);
            self.out.push('"');
        }
        if matches!(link_type, LinkType::Autolink | LinkType::Email) || self.link_text_is(dest) {
            // The text already shows the address: print no second copy.
            self.out.push_str(" class=\"bare\"");
        }
        self.out.push('>');
        self.links.push(true);
    }

    /// Whether the link starting at the current position has exactly `dest` as its text.
    fn link_text_is(&self, dest: &str) -> bool {
        matches!(
            (self.events.get(self.pos), self.events.get(self.pos + 1)),
            (Some(Event::Text(t)), Some(Event::End(TagEnd::Link))) if t.as_ref() == dest
        )
    }

    fn image(&mut self, dest: &str, title: &str) {
        // Collect the alt text and skip to the end of the image.
        let mut alt = String::new();
        let mut depth = 0usize;
        while self.pos < self.events.len() {
            let ev = &self.events[self.pos];
            self.pos += 1;
            match ev {
                Event::Start(_) => depth += 1,
                Event::End(TagEnd::Image) if depth == 0 => break,
                Event::End(_) => depth = depth.saturating_sub(1),
                Event::Text(t) | Event::Code(t) => alt.push_str(t),
                _ => {}
            }
        }
        let is_data_image = dest
            .get(..11)
            .is_some_and(|p| p.eq_ignore_ascii_case("data:image/"));
        if is_data_image {
            self.out.push_str("<img src=\"");
            whitepaper_core::escape::html_into(&mut self.out, dest);
            self.out.push_str("\" alt=\"");
            whitepaper_core::escape::html_into(&mut self.out, &alt);
            self.out.push('"');
            if !title.is_empty() {
                self.out.push_str(" title=\"");
                whitepaper_core::escape::html_into(&mut self.out, title);
                self.out.push('"');
            }
            self.out.push('>');
        } else if let Some(href) = safe_href(dest).filter(|_| self.links.iter().all(|l| !l)) {
            // Never load remote images: link to them instead.
            self.out.push_str("<a href=\"");
            whitepaper_core::escape::html_into(&mut self.out, &href);
            self.out.push_str("\">");
            whitepaper_core::escape::html_into(
                &mut self.out,
                if alt.is_empty() { dest } else { &alt },
            );
            self.out.push_str("</a>");
        } else {
            whitepaper_core::escape::html_into(&mut self.out, &alt);
        }
    }

    fn skip_to_end(&mut self) {
        let mut depth = 0usize;
        while self.pos < self.events.len() {
            let ev = &self.events[self.pos];
            self.pos += 1;
            match ev {
                Event::Start(_) => depth += 1,
                Event::End(_) if depth == 0 => break,
                Event::End(_) => depth -= 1,
                _ => {}
            }
        }
    }

    // --- notes --------------------------------------------------------------------------

    fn note_ref(&mut self, label: &str) {
        let Some(ids) = self.ids.notes.get(label).cloned() else {
            self.text(&format!("[^{label}]"));
            return;
        };
        let count = self.ref_counts.entry(label.to_string()).or_insert(0);
        *count += 1;
        let ref_id = if *count == 1 {
            ids.ref_id.clone()
        } else {
            format!("{}-{}", ids.ref_id, count)
        };
        // A word joiner keeps the mark on the line of the word it annotates.
        self.out
            .push_str("&#x2060;<sup class=\"note-ref\"><a href=\"#");
        whitepaper_core::escape::html_into(&mut self.out, &ids.note_id);
        self.out.push_str("\" id=\"");
        whitepaper_core::escape::html_into(&mut self.out, &ref_id);
        self.out
            .push_str(&format!("\">{}{}</a></sup>", self.note_mark, ids.number));
    }

    fn note_start(&mut self, label: &str) {
        let note_id = self
            .ids
            .notes
            .get(label)
            .map(|n| n.note_id.clone())
            .unwrap_or_else(|| format!("wp-note-x{}", self.pos));
        self.out.push_str("<div class=\"note\" role=\"note\" id=\"");
        whitepaper_core::escape::html_into(&mut self.out, &note_id);
        self.out.push_str("\">\n");
        self.notes.push((label.to_string(), false));
    }

    /// At the start of a paragraph: if it is the first of a note, write the note's marker.
    fn note_marker(&mut self) {
        let Some((label, marked)) = self.notes.last_mut() else {
            return;
        };
        if *marked {
            return;
        }
        *marked = true;
        let label = label.clone();
        self.write_note_marker(&label);
    }

    fn write_note_marker(&mut self, label: &str) {
        let Some(ids) = self.ids.notes.get(label).cloned() else {
            return;
        };
        if self.ref_counts.contains_key(label) || self.referenced_later(label) {
            self.out.push_str("<a class=\"note-mark\" href=\"#");
            whitepaper_core::escape::html_into(&mut self.out, &ids.ref_id);
            self.out
                .push_str(&format!("\">{}{}</a> ", self.note_mark, ids.number));
        } else {
            self.out.push_str(&format!(
                "<span class=\"note-mark\">{}{}</span> ",
                self.note_mark, ids.number
            ));
        }
    }

    fn referenced_later(&self, label: &str) -> bool {
        self.events[self.pos..]
            .iter()
            .any(|e| matches!(e, Event::FootnoteReference(l) if l.as_ref() == label))
    }

    // --- helpers ------------------------------------------------------------------------

    /// A soft line break between two CJK characters is dropped (it would show as a space).
    fn cjk_around_break(&self) -> bool {
        let before = self.pos.checked_sub(2).and_then(|i| self.events.get(i));
        let after = self.events.get(self.pos);
        let last = match before {
            Some(Event::Text(t)) => t.chars().last(),
            _ => None,
        };
        let first = match after {
            Some(Event::Text(t)) => t.chars().next(),
            _ => None,
        };
        matches!((last, first), (Some(a), Some(b)) if is_japanese(a) && is_japanese(b))
    }
}

/// A table column whose cells are all at most this wide (in half-width columns, CJK and
/// full-width characters counting two) is kept on one line: dates, versions, short labels.
const SHORT_CELL: usize = 18;

/// Approximate display width: East Asian wide characters count two columns.
fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            if whitepaper_core::chars::is_japanese(c) {
                2
            } else {
                1
            }
        })
        .sum()
}

/// Link targets we keep: fragments, relative paths and http(s)/mailto/tel URLs.
/// The `href` of a Markdown link, through the one link filter of every format.
pub fn safe_href(dest: &str) -> Option<String> {
    match whitepaper_core::links::target(dest)? {
        whitepaper_core::links::Target::Anchor(id) => Some(format!("#{id}")),
        whitepaper_core::links::Target::External(url) => Some(url),
    }
}

fn sanitize_class(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '+'))
        .collect()
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn trim_trailing_newlines(s: &mut String) {
    while s.ends_with('\n') {
        s.pop();
    }
}
