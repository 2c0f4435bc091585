//! Pagination: flow [`Item`]s onto pages, keeping headings with what follows and repeating
//! a table's header rows on every page it continues on.

use crate::page::{Cmd, Item};
use crate::tags::Tags;

/// Flow items onto pages between `top` and `bottom`. Returns the commands of each page
/// (absolute, top-down y).
pub fn paginate(items: &[Item], top: f32, bottom: f32) -> Vec<Vec<Cmd>> {
    let mut pages: Vec<Vec<Cmd>> = vec![Vec::new()];
    let mut y = top;
    let mut at_top = true;
    let avail = bottom - top;

    fn put(pages: &mut [Vec<Cmd>], it: &Item, y: &mut f32, at_top: &mut bool) {
        let before = if *at_top { 0.0 } else { it.before };
        *y += before;
        let page = pages.last_mut().unwrap();
        for c in &it.cmds {
            let mut c = c.clone();
            c.shift(*y);
            page.push(c);
        }
        *y += it.h;
        *at_top = false;
    }

    /// The header rows of the table `it` continues, repeated at the top of a new page.
    fn put_header(pages: &mut [Vec<Cmd>], it: &Item, y: &mut f32, at_top: &mut bool) {
        for h in it.header.iter().flat_map(|hdr| hdr.iter()) {
            // a repeated header is pagination furniture: it was read once
            let mut h = h.clone();
            Tags::artifact(&mut h.cmds);
            put(pages, &h, y, at_top);
        }
    }

    let mut i = 0;
    while i < items.len() {
        // a keep-together group
        let mut j = i;
        while j + 1 < items.len() && items[j].keep && j - i < 12 {
            j += 1;
        }
        if j > i && !at_top {
            let h: f32 = items[i..=j].iter().map(|it| it.before + it.h).sum();
            if y + h > bottom && h - items[i].before <= avail {
                pages.push(Vec::new());
                y = top;
                at_top = true;
                // a table's last rows kept together start the page with the header too
                put_header(&mut pages, &items[i], &mut y, &mut at_top);
            }
        }
        for it in &items[i..=j] {
            let before = if at_top { 0.0 } else { it.before };
            if !at_top && y + before + it.h > bottom + 0.01 {
                pages.push(Vec::new());
                y = top;
                at_top = true;
                put_header(&mut pages, it, &mut y, &mut at_top);
            }
            put(&mut pages, it, &mut y, &mut at_top);
        }
        i = j + 1;
    }
    pages
}
