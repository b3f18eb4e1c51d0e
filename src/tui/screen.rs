//! The terminal's screen as last written, a row at a time, each row with what it shows
//! (a [`Row`] from the view): a frame writes only the rows whose tag changed, and of
//! those only the cells that changed. ratatui's own `Terminal` compares every cell of
//! every frame; a move of the selection changes the rows of two entries. A screen with a
//! window or a notice on it is drawn whole and compared row by row, as `Terminal` would.
//!
//! Kept because the key-press target needs it: with ratatui's `Terminal` in its place
//! (a fixed viewport at the app's size), a key press took 0.234 ms to the changed screen
//! against `dialog --menu`'s 0.183 ms (1.28 times dialog's); with this screen 0.169 ms
//! (0.92) (issue 24: medians of seven interleaved rounds of 40 moves, 80x24).

use super::app::App;
use super::view::{self, Row};
use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::layout::{Rect, Size};
use std::io;

/// Clone for a backend that is (the fuzz target starts each run from a screen drawn once).
#[derive(Clone)]
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

/// A cell one column wide that ratatui's diff compares plainly: a space or a printable
/// ASCII character (checked without a width lookup), or any other one column wide, with
/// no diff option.
#[allow(deprecated)] // `skip`: ratatui's own diff still honours it.
fn narrow(c: &Cell) -> bool {
    let plain = c.diff_option == CellDiffOption::None && !c.skip;
    plain
        && match c.symbol().as_bytes() {
            [b] => b.is_ascii_graphic() || *b == b' ',
            _ => c.cell_width() == 1,
        }
}

/// The columns where `new` differs from `old` (one row each, as wide): where
/// `Buffer::diff` gives a cell. Where every cell of both rows is [`narrow`] (most rows)
/// that is every cell that is not equal, found in one pass; ratatui's diff (which minds
/// wide characters and their trailing columns) takes the rest.
fn diff(old: &Buffer, new: &Buffer) -> Vec<u16> {
    let (o, n) = (&old.content, &new.content);
    if old.area != new.area || !o.iter().chain(n).all(narrow) {
        return old.diff(new).into_iter().map(|(x, ..)| x).collect();
    }
    n.iter().zip(o).zip(new.area.x..).filter(|((a, b), _)| a != b).map(|(_, x)| x).collect()
}

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

    /// The terminal's size now (asked of the terminal).
    pub fn size(&self) -> io::Result<Size> {
        self.backend.size().map_err(io_err)
    }

    /// The size the screen was last drawn or cleared at (or found at the start).
    pub fn known_size(&self) -> Size {
        self.area.as_size()
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

    /// Writes the frame for `app` at the size it was laid out for (`app.width` by
    /// `app.height`): the rows that changed, in one write. At another size than the last
    /// frame's the terminal is cleared first (and drawn whole). It asks the terminal
    /// nothing: the caller compares the terminal's size with the app's (after the frame
    /// is out, so that a key's frame waits for no system call but the write).
    pub fn draw(&mut self, app: &App) -> io::Result<()> {
        if (app.width, app.height) != (self.area.width, self.area.height) {
            self.clear(Size::new(app.width, app.height))?;
        }
        let area = self.area;
        let mut changed: Vec<(u16, u16)> = Vec::new();
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
        let rows = &self.rows;
        let cells = changed.iter().filter_map(|&(x, y)| Some((x, y, rows.get(usize::from(y))?.cell((x, y))?)));
        self.backend.draw(cells).map_err(io_err)?;
        self.backend.flush().map_err(io_err)
    }

    /// Row `i` is `row` now: where it changed goes to `changed` (the cells are read from
    /// the rows once all are put). A short run of unchanged cells between two changes
    /// goes too when it looks like the cell before it: writing a few spaces costs fewer
    /// bytes than moving the cursor over them (`ESC [ y ; x H`), and needs no change of
    /// colour.
    fn put(&mut self, i: usize, row: Buffer, tag: Option<Row>, changed: &mut Vec<(u16, u16)>) {
        if let Some(old) = self.rows.get_mut(i) {
            let (x0, y) = (row.area.x, row.area.y);
            let at_x = |x: u16| row.content.get(usize::from(x.saturating_sub(x0)));
            let mut last: Option<(u16, &Cell)> = None;
            for x in diff(old, &row) {
                if let Some((lx, lc)) = last {
                    // Where the cursor is after the last cell written.
                    let at = lx.saturating_add(columns(lc));
                    let gap = x.saturating_sub(at);
                    let between = || row.content.get(usize::from(at - x0)..usize::from(x - x0));
                    let plain = (1..=GAP).contains(&gap)
                        && between().is_some_and(|cells| {
                            cells.iter().all(|gc| {
                                gc.diff_option == CellDiffOption::None && gc.symbol().len() == 1 && same_look(gc, lc)
                            })
                        });
                    if plain {
                        changed.extend((at..x).map(|gx| (gx, y)));
                    }
                }
                changed.push((x, y));
                last = at_x(x).map(|c| (x, c));
            }
            *old = row;
        }
        if let Some(t) = self.tags.get_mut(i) {
            *t = tag;
        }
    }
}

/// The columns the terminal moves on after writing `c` (1 or 2).
fn columns(c: &Cell) -> u16 {
    match c.symbol().len() {
        1 => 1,
        _ => crate::text::width(c.symbol()).clamp(1, 2) as u16,
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
        changed.iter().map(|(x, _)| *x).collect()
    }

    /// A row 12 wide drawn from pieces (text, style): ASCII, Norwegian letters, a
    /// combining accent, wide characters and an emoji with VS16, reversed or on a colour.
    fn row_of(pieces: &[(usize, usize)]) -> Buffer {
        const TEXT: [&str; 8] = ["ab", "  ", "æøå", "e\u{301}x", "中文", "❤\u{fe0f}", "→ z", "q"];
        let styles = [
            Style::new(),
            Style::new().add_modifier(Modifier::REVERSED),
            Style::new().bg(ratatui::style::Color::Blue),
            Style::new().add_modifier(Modifier::BOLD),
        ];
        let mut row = Buffer::empty(Rect::new(0, 3, 12, 1));
        let mut x = 0u16;
        for (t, st) in pieces {
            if x >= 12 {
                break;
            }
            let (nx, _) = row.set_stringn(x, 3, TEXT[t % TEXT.len()], usize::from(12 - x), styles[st % styles.len()]);
            x = nx;
        }
        row
    }

    #[test]
    fn the_quick_diff_finds_what_ratatuis_diff_finds() {
        use proptest::prelude::*;
        let pieces = || proptest::collection::vec((0usize..8, 0usize..4), 0..8);
        let mut runner = proptest::test_runner::TestRunner::default();
        let quick = std::cell::Cell::new(0);
        runner
            .run(&(pieces(), pieces()), |(a, b)| {
                let (old, new) = (row_of(&a), row_of(&b));
                let all = old.content.iter().chain(&new.content);
                quick.set(quick.get() + usize::from(all.clone().all(narrow)));
                let want: Vec<u16> = old.diff(&new).into_iter().map(|(x, ..)| x).collect();
                prop_assert_eq!(diff(&old, &new), want);
                Ok(())
            })
            .unwrap();
        // Both ways were taken.
        assert!(quick.get() > 10, "{} quick", quick.get());
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
