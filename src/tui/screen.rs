//! The terminal's screen as last written, a row at a time, each row with what it shows
//! (a [`Row`] from the view): a frame writes only the rows whose tag changed, and of
//! those only the cells that changed. ratatui's own `Terminal` compares every cell of
//! every frame; a move of the selection changes the rows of two entries. A screen with a
//! window or a notice on it is drawn whole and compared row by row, as `Terminal` would.

use super::state::App;
use super::view::{self, Row};
use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::{Rect, Size};
use std::io;

pub struct Screen<B: Backend> {
    backend: B,
    area: Rect,
    /// What each row of the terminal shows now.
    rows: Vec<Buffer>,
    /// What drew each row (None: a whole frame, compare it next time).
    tags: Vec<Option<Row>>,
}

/// The longest run of unchanged cells written rather than moved over.
const GAP: u16 = 6;

/// Written one after the other, `a` needs no change of colour or attribute after `b`.
fn same_look(a: &Cell, b: &Cell) -> bool {
    (a.fg, a.bg, a.underline_color, a.modifier) == (b.fg, b.bg, b.underline_color, b.modifier)
}

fn io_err(e: impl std::error::Error + Send + Sync + 'static) -> io::Error {
    io::Error::other(e)
}

impl<B: Backend> Screen<B>
where
    B::Error: Send + Sync + 'static,
{
    /// A screen as big as the terminal, taken to be blank.
    pub fn new(backend: B) -> io::Result<Screen<B>> {
        let size = backend.size().map_err(io_err)?;
        let mut s = Screen { backend, area: Rect::default(), rows: Vec::new(), tags: Vec::new() };
        s.forget(Rect::new(0, 0, size.width, size.height));
        Ok(s)
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    pub fn backend_mut(&mut self) -> &mut B {
        &mut self.backend
    }

    /// The terminal's size now.
    pub fn size(&self) -> io::Result<Size> {
        self.backend.size().map_err(io_err)
    }

    /// Takes the terminal to be blank, at `area`.
    fn forget(&mut self, area: Rect) {
        self.area = area;
        self.rows = (0..area.height).map(|y| Buffer::empty(Rect::new(0, y, area.width, 1))).collect();
        self.tags = vec![None; area.height as usize];
    }

    /// Clears the terminal (at a new size, or to redraw all of it).
    pub fn clear(&mut self, size: Size) -> io::Result<()> {
        self.backend.clear().map_err(io_err)?;
        self.forget(Rect::new(0, 0, size.width, size.height));
        Ok(())
    }

    /// Writes the frame for `app`: the rows that changed, in one write. A terminal of
    /// another size than the last frame's is cleared first (and drawn whole).
    pub fn draw(&mut self, app: &App) -> io::Result<()> {
        let size = self.size()?;
        if (size.width, size.height) != (self.area.width, self.area.height) {
            self.clear(size)?;
        }
        let area = self.area;
        let mut changed: Vec<(u16, u16, Cell)> = Vec::new();
        match view::rows(app, area) {
            Some((page, tags)) => {
                for (y, tag) in (0..area.height).zip(tags) {
                    let i = y as usize;
                    if self.tags.get(i) == Some(&Some(tag)) {
                        continue;
                    }
                    let mut row = Buffer::empty(Rect::new(0, y, area.width, 1));
                    view::draw_row(app, &page, tag, &mut row);
                    self.put(i, row, Some(tag), &mut changed);
                }
            }
            None => {
                let mut whole = Buffer::empty(area);
                view::render_buf(&mut whole, app);
                let w = area.width as usize;
                for y in 0..area.height {
                    let i = y as usize;
                    let content = whole.content.get(i * w..(i + 1) * w).map(<[Cell]>::to_vec).unwrap_or_default();
                    self.put(i, Buffer { area: Rect::new(0, y, area.width, 1), content }, None, &mut changed);
                }
            }
        }
        self.backend.draw(changed.iter().map(|(x, y, c)| (*x, *y, c))).map_err(io_err)?;
        self.backend.flush().map_err(io_err)
    }

    /// Row `i` is `row` now: what changed goes to `changed`. A short run of unchanged
    /// cells between two changes goes too when it looks like the cell before it: writing
    /// a few spaces costs fewer bytes than moving the cursor over them (`ESC [ y ; x H`),
    /// and needs no change of colour.
    fn put(&mut self, i: usize, row: Buffer, tag: Option<Row>, changed: &mut Vec<(u16, u16, Cell)>) {
        if let Some(old) = self.rows.get_mut(i) {
            let mut last: Option<(u16, &Cell)> = None;
            for (x, y, c) in old.diff(&row) {
                if let Some((lx, lc)) = last {
                    // Where the cursor is after the last cell written.
                    let at = lx.saturating_add(crate::text::width(lc.symbol()).clamp(1, 2) as u16);
                    let gap = x.saturating_sub(at);
                    if (1..=GAP).contains(&gap) {
                        let between = (at..x).filter_map(|gx| row.cell((gx, y)).map(|gc| (gx, gc)));
                        let cells: Vec<(u16, &Cell)> = between.collect();
                        let plain = cells.len() == gap as usize
                            && cells.iter().all(|(_, gc)| {
                                gc.diff_option == CellDiffOption::None && gc.symbol().len() == 1 && same_look(gc, lc)
                            });
                        if plain {
                            changed.extend(cells.into_iter().map(|(gx, gc)| (gx, y, gc.clone())));
                        }
                    }
                }
                changed.push((x, y, c.clone()));
                last = Some((x, c));
            }
            *old = row;
        }
        if let Some(t) = self.tags.get_mut(i) {
            *t = tag;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::backend::TestBackend;
    use ratatui::style::{Modifier, Style};

    /// What `put` writes for a row that was blank and now holds `spans` (text, bold).
    fn written(spans: &[(&str, bool)]) -> Vec<u16> {
        let mut s = Screen::new(TestBackend::new(40, 2)).unwrap();
        let mut row = Buffer::empty(Rect::new(0, 0, 40, 1));
        let mut x = 0;
        for (t, bold) in spans {
            let style = if *bold { Style::new().add_modifier(Modifier::BOLD) } else { Style::new() };
            row.set_string(x, 0, t, style);
            x += t.len() as u16;
        }
        let mut changed = Vec::new();
        s.put(0, row, None, &mut changed);
        changed.iter().map(|(x, ..)| *x).collect()
    }

    #[test]
    fn a_short_gap_is_written_not_moved_over_if_it_looks_the_same() {
        // "ab" and "cd" two blanks apart: the blanks go too, no cursor move is needed.
        assert_eq!(written(&[("ab  cd", false)]), vec![0, 1, 2, 3, 4, 5]);
        // Too long a gap: moved over.
        assert_eq!(written(&[("ab", false), ("       ", false), ("cd", false)]), vec![0, 1, 9, 10]);
        // A gap that looks otherwise than the cell before it (bold, then plain blanks):
        // moved over, so that no attribute has to change for it.
        assert_eq!(written(&[("ab", true), ("  ", false), ("cd", true)]), vec![0, 1, 4, 5]);
    }
}
