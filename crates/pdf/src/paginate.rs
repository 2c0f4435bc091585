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

    fn put(pages: &mut [Vec<Cmd>], it: &Item, scale: f32, y: &mut f32, at_top: &mut bool) {
        let before = if *at_top { 0.0 } else { it.before * scale };
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
            put(pages, &h, 1.0, y, at_top);
        }
    }

    let mut i = 0;
    while i < items.len() {
        // a keep-together group
        let mut j = i;
        while j + 1 < items.len() && items[j].keep && j - i < 12 {
            j += 1;
        }
        // the share of its inner spacing a group keeps (below 1: tightened to stay on the page)
        let mut spacing = 1.0;
        if j > i && !at_top {
            let h: f32 = items[i..=j].iter().map(|it| it.before + it.h).sum();
            // a group a few points too tall for the page foot (a heading, its first lines and
            // their note) gives up some of the space between its items rather than leave a
            // quarter page empty: at most a third of it
            let inner: f32 = items[i + 1..=j].iter().map(|it| it.before).sum();
            let over = y + h - bottom;
            if over > 0.0
                && over <= inner / 3.0
                && items[i + 1..=j].iter().all(|it| it.header.is_none())
            {
                spacing = 1.0 - over / inner;
            } else if y + h > bottom && h - items[i].before <= avail {
                pages.push(Vec::new());
                y = top;
                at_top = true;
                // a table's last rows kept together start the page with the header too
                put_header(&mut pages, &items[i], &mut y, &mut at_top);
            }
        }
        for (k, it) in items[i..=j].iter().enumerate() {
            let squeeze = if k > 0 { spacing } else { 1.0 };
            let before = if at_top { 0.0 } else { it.before * squeeze };
            if !at_top && y + before + it.h > bottom + 0.01 {
                pages.push(Vec::new());
                y = top;
                at_top = true;
                put_header(&mut pages, it, &mut y, &mut at_top);
            }
            put(&mut pages, it, squeeze, &mut y, &mut at_top);
        }
        i = j + 1;
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(h: f32, before: f32, keep: bool) -> Item {
        Item {
            h,
            before,
            keep,
            ..Default::default()
        }
    }

    /// How many pages the items take.
    fn pages_of(items: &[Item], top: f32, bottom: f32) -> usize {
        paginate(items, top, bottom).len()
    }

    #[test]
    fn a_group_a_few_points_too_tall_tightens_its_spacing_rather_than_move() {
        // a filler, then a heading kept with two lines: 4 pt over the page foot, 30 pt of
        // spacing inside the group
        let group = |over: f32| {
            vec![
                item(20.0 + over, 0.0, false),
                item(20.0, 10.0, true),
                item(10.0, 20.0, true),
                item(10.0, 10.0, false),
            ]
        };
        // 100 pt page: filler (20 + over) + the group (10+20 + 20+10 + 10+10)
        assert_eq!(pages_of(&group(4.0), 0.0, 100.0), 1, "tightened");
        // too far over (more than a third of the inner spacing): the group moves
        assert_eq!(pages_of(&group(15.0), 0.0, 100.0), 2, "moved");
    }
}
