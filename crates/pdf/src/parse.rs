//! Markdown (the whitepaper dialect) → a small block tree the layout works on.

use pulldown_cmark::{Alignment, CodeBlockKind, Event, Tag, TagEnd};

/// Where a link goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A heading id in this document (`#id` without the `#`).
    Internal(String),
    /// An external URI.
    External(String),
}

/// Inline formatting.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IStyle {
    pub bold: bool,
    pub code: bool,
    pub strike: bool,
    /// Footnote reference mark ("※1"), set smaller and raised.
    pub sup: bool,
    pub link: Option<Target>,
}

/// Inline content.
#[derive(Debug, Clone, PartialEq)]
pub enum Inl {
    Text(String, IStyle),
    /// A soft line break in the source: joins CJK with nothing, Latin with a space.
    Soft,
    /// A forced line break (hard break or `<br>`).
    Hard,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading {
        level: u8,
        id: String,
        inl: Vec<Inl>,
    },
    Para(Vec<Inl>),
    List {
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    Quote(Vec<Block>),
    Code(String),
    Table {
        aligns: Vec<Align>,
        head: Vec<Vec<Inl>>,
        rows: Vec<Vec<Vec<Inl>>>,
    },
    /// A footnote definition, rendered in place as a small "※n" note (`mark` is what
    /// precedes the number in the document's language).
    Note {
        num: usize,
        mark: String,
        blocks: Vec<Block>,
    },
    Rule,
}

/// Plain text of inline content (for outlines, the contents page and error context).
pub fn plain(inl: &[Inl]) -> String {
    let mut s = String::new();
    for i in inl {
        match i {
            Inl::Text(t, _) => s.push_str(t),
            Inl::Soft | Inl::Hard => s.push(' '),
        }
    }
    s.trim().to_string()
}

/// Plain text of a block tree (error context).
pub fn plain_blocks(blocks: &[Block]) -> String {
    let mut s = String::new();
    for b in blocks {
        match b {
            Block::Heading { inl, .. } | Block::Para(inl) => s.push_str(&plain(inl)),
            Block::List { items, .. } => {
                for it in items {
                    s.push_str(&plain_blocks(it));
                }
            }
            Block::Quote(bs) | Block::Note { blocks: bs, .. } => s.push_str(&plain_blocks(bs)),
            Block::Code(c) => s.push_str(c),
            _ => {}
        }
        s.push(' ');
    }
    s
}

enum BlocksKind {
    Root,
    Quote,
    Item,
    Note(usize),
}

enum InlKind {
    Para { implicit: bool },
    Heading { level: u8, id: String },
    Cell,
}

enum Frame {
    Blocks(BlocksKind, Vec<Block>),
    List(Option<u64>, Vec<Vec<Block>>),
    Inline(InlKind, Vec<Inl>),
    Table {
        aligns: Vec<Align>,
        head: Vec<Vec<Inl>>,
        rows: Vec<Vec<Vec<Inl>>>,
        row: Vec<Vec<Inl>>,
    },
    Code(String),
}

fn add_block(stack: &mut [Frame], b: Block) {
    if let Some(Frame::Blocks(_, v)) = stack.last_mut() {
        v.push(b);
    }
}

/// Close an implicit paragraph (inline content directly inside a tight list item).
fn close_implicit(stack: &mut Vec<Frame>) {
    if let Some(Frame::Inline(InlKind::Para { implicit: true }, _)) = stack.last()
        && let Some(Frame::Inline(_, inl)) = stack.pop()
    {
        add_block(stack, Block::Para(inl));
    }
}

fn sink(stack: &mut Vec<Frame>) -> Option<&mut Vec<Inl>> {
    if matches!(stack.last(), Some(Frame::Blocks(..))) {
        stack.push(Frame::Inline(InlKind::Para { implicit: true }, Vec::new()));
    }
    match stack.last_mut() {
        Some(Frame::Inline(_, v)) => Some(v),
        _ => None,
    }
}

fn push_text(stack: &mut Vec<Frame>, text: &str, st: &IStyle) {
    if let Some(Frame::Code(s)) = stack.last_mut() {
        s.push_str(text);
        return;
    }
    if let Some(v) = sink(stack) {
        v.push(Inl::Text(text.to_string(), st.clone()));
    }
}

/// Parse the whitepaper Markdown dialect.
#[cfg(test)]
pub fn parse(md: &str) -> Vec<Block> {
    parse_with(md, "※")
}

/// Like [`parse`], with the language's note mark before each note number.
pub fn parse_with(md: &str, note_mark: &str) -> Vec<Block> {
    let events = whitepaper_core::front::events(md);
    let notes = whitepaper_core::front::NotePlan::new(&events);
    let number = |label: &str| notes.number(label);

    let mut stack: Vec<Frame> = vec![Frame::Blocks(BlocksKind::Root, Vec::new())];
    let mut st = IStyle::default();
    let mut bold = 0u32;
    let mut strike = 0u32;
    let mut links: Vec<Option<Target>> = Vec::new();

    for ev in events {
        match ev {
            Event::Start(tag) => {
                match &tag {
                    Tag::Paragraph
                    | Tag::Heading { .. }
                    | Tag::BlockQuote(_)
                    | Tag::CodeBlock(_)
                    | Tag::List(_)
                    | Tag::Table(_)
                    | Tag::FootnoteDefinition(_) => close_implicit(&mut stack),
                    _ => {}
                }
                match tag {
                    Tag::Paragraph => {
                        stack.push(Frame::Inline(InlKind::Para { implicit: false }, Vec::new()))
                    }
                    Tag::Heading { level, id, .. } => {
                        let level = level as u8;
                        let id = id.map(|s| s.to_string()).unwrap_or_default();
                        stack.push(Frame::Inline(InlKind::Heading { level, id }, Vec::new()));
                    }
                    Tag::BlockQuote(_) => stack.push(Frame::Blocks(BlocksKind::Quote, Vec::new())),
                    Tag::CodeBlock(_k) => {
                        let _: Option<CodeBlockKind> = None;
                        stack.push(Frame::Code(String::new()))
                    }
                    Tag::List(start) => stack.push(Frame::List(start, Vec::new())),
                    Tag::Item => stack.push(Frame::Blocks(BlocksKind::Item, Vec::new())),
                    Tag::FootnoteDefinition(label) => {
                        let n = number(&label).unwrap_or(0);
                        stack.push(Frame::Blocks(BlocksKind::Note(n), Vec::new()))
                    }
                    Tag::Table(al) => stack.push(Frame::Table {
                        aligns: al
                            .iter()
                            .map(|a| match a {
                                Alignment::Center => Align::Center,
                                Alignment::Right => Align::Right,
                                _ => Align::Left,
                            })
                            .collect(),
                        head: Vec::new(),
                        rows: Vec::new(),
                        row: Vec::new(),
                    }),
                    Tag::TableHead | Tag::TableRow => {
                        if let Some(Frame::Table { row, .. }) = stack.last_mut() {
                            row.clear();
                        }
                    }
                    Tag::TableCell => stack.push(Frame::Inline(InlKind::Cell, Vec::new())),
                    Tag::Strong => {
                        bold += 1;
                        st.bold = true;
                    }
                    Tag::Strikethrough => {
                        strike += 1;
                        st.strike = true;
                    }
                    Tag::Link { dest_url, .. } => {
                        // The one link filter of every format: a disallowed scheme is text.
                        let t = whitepaper_core::links::target(&dest_url).map(|t| match t {
                            whitepaper_core::links::Target::Anchor(id) => Target::Internal(id),
                            whitepaper_core::links::Target::External(url) => Target::External(url),
                        });
                        links.push(st.link.take());
                        st.link = t;
                    }
                    _ => {}
                }
            }
            Event::End(tag) => match tag {
                TagEnd::Paragraph => {
                    if let Some(Frame::Inline(_, inl)) = stack.pop() {
                        add_block(&mut stack, Block::Para(inl));
                    }
                }
                TagEnd::Heading(_) => {
                    if let Some(Frame::Inline(InlKind::Heading { level, id }, inl)) = stack.pop() {
                        add_block(&mut stack, Block::Heading { level, id, inl });
                    }
                }
                TagEnd::BlockQuote(_) => {
                    close_implicit(&mut stack);
                    if let Some(Frame::Blocks(_, bs)) = stack.pop() {
                        add_block(&mut stack, Block::Quote(bs));
                    }
                }
                TagEnd::CodeBlock => {
                    if let Some(Frame::Code(s)) = stack.pop() {
                        add_block(
                            &mut stack,
                            Block::Code(s.trim_end_matches('\n').to_string()),
                        );
                    }
                }
                TagEnd::List(_) => {
                    close_implicit(&mut stack);
                    if let Some(Frame::List(start, items)) = stack.pop() {
                        add_block(&mut stack, Block::List { start, items });
                    }
                }
                TagEnd::Item => {
                    close_implicit(&mut stack);
                    if let Some(Frame::Blocks(_, bs)) = stack.pop()
                        && let Some(Frame::List(_, items)) = stack.last_mut()
                    {
                        items.push(bs);
                    }
                }
                TagEnd::FootnoteDefinition => {
                    close_implicit(&mut stack);
                    if let Some(Frame::Blocks(BlocksKind::Note(num), blocks)) = stack.pop() {
                        add_block(
                            &mut stack,
                            Block::Note {
                                num,
                                mark: note_mark.to_string(),
                                blocks,
                            },
                        );
                    }
                }
                TagEnd::TableCell => {
                    if let Some(Frame::Inline(_, inl)) = stack.pop()
                        && let Some(Frame::Table { row, .. }) = stack.last_mut()
                    {
                        row.push(inl);
                    }
                }
                TagEnd::TableHead => {
                    if let Some(Frame::Table { head, row, .. }) = stack.last_mut() {
                        *head = std::mem::take(row);
                    }
                }
                TagEnd::TableRow => {
                    if let Some(Frame::Table { rows, row, .. }) = stack.last_mut() {
                        rows.push(std::mem::take(row));
                    }
                }
                TagEnd::Table => {
                    if let Some(Frame::Table {
                        aligns, head, rows, ..
                    }) = stack.pop()
                    {
                        add_block(&mut stack, Block::Table { aligns, head, rows });
                    }
                }
                TagEnd::Strong => {
                    bold = bold.saturating_sub(1);
                    st.bold = bold > 0;
                }
                TagEnd::Strikethrough => {
                    strike = strike.saturating_sub(1);
                    st.strike = strike > 0;
                }
                TagEnd::Link => {
                    st.link = links.pop().flatten();
                }
                _ => {}
            },
            Event::Text(t) => push_text(&mut stack, &t, &st),
            Event::Code(t) => {
                let mut c = st.clone();
                c.code = true;
                push_text(&mut stack, &t, &c);
            }
            Event::SoftBreak => {
                if let Some(v) = sink(&mut stack) {
                    v.push(Inl::Soft);
                }
            }
            Event::HardBreak => {
                if let Some(v) = sink(&mut stack) {
                    v.push(Inl::Hard);
                }
            }
            Event::InlineHtml(h) | Event::Html(h) => {
                let t = h.trim().to_ascii_lowercase();
                if t.starts_with("<br")
                    && let Some(v) = sink(&mut stack)
                {
                    v.push(Inl::Hard);
                }
            }
            Event::FootnoteReference(label) => match number(&label) {
                Some(n) => {
                    let mut s = st.clone();
                    s.sup = true;
                    push_text(&mut stack, &format!("{note_mark}{n}"), &s);
                }
                // A reference to no note reads as what was written.
                None => push_text(&mut stack, &format!("[^{label}]"), &st),
            },
            Event::Rule => {
                close_implicit(&mut stack);
                add_block(&mut stack, Block::Rule);
            }
            Event::TaskListMarker(done) => {
                push_text(&mut stack, if done { "☑ " } else { "☐ " }, &st)
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => push_text(&mut stack, &t, &st),
        }
    }
    while stack.len() > 1 {
        close_implicit(&mut stack);
        if stack.len() > 1 {
            // Unbalanced input cannot come from pulldown-cmark; drop the frame defensively.
            stack.pop();
        }
    }
    match stack.pop() {
        Some(Frame::Blocks(_, bs)) => bs,
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dialect() {
        let md = "## 1. 概要 {#overview}\n\n本文です[^a]。\n続き\n\n[^a]: 注記です。\n\n- 項目1\n  - 入れ子\n- **太字** [リンク](#overview)\n\n| A | B |\n|---|---|\n| x<br>y | z |\n";
        let b = parse(md);
        assert!(matches!(&b[0], Block::Heading { level: 2, id, .. } if id == "overview"));
        match &b[1] {
            Block::Para(inl) => {
                assert!(
                    inl.iter()
                        .any(|i| matches!(i, Inl::Text(t, s) if t == "※1" && s.sup))
                );
                assert!(inl.contains(&Inl::Soft));
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(&b[2], Block::Note { num: 1, .. }));
        match &b[3] {
            Block::List { items, .. } => {
                assert_eq!(items.len(), 2);
                assert!(matches!(items[0][1], Block::List { .. }));
            }
            other => panic!("{other:?}"),
        }
        match &b[4] {
            Block::Table { head, rows, .. } => {
                assert_eq!(head.len(), 2);
                assert_eq!(rows.len(), 1);
                assert!(rows[0][0].contains(&Inl::Hard));
            }
            other => panic!("{other:?}"),
        }
    }
}
