//! The line builder: wrapped, styled lines with the selectable entries marked, and two
//! of them side by side (two languages, or a scenario beside its flow). Every screen and
//! window is built with it; it knows nothing of the app.

use super::page::Detail;
use super::theme::Theme;
use crate::text::{self, Block};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use std::ops::Range;

/// Builds wrapped, styled lines and remembers where the selectable entries are.
pub struct Lines {
    pub out: Vec<Line<'static>>,
    pub targets: Vec<Range<usize>>,
    /// Each entry's lines as they look selected.
    pub selected: Vec<Vec<Line<'static>>>,
    /// A place for the selected entry's note (see [`Page::detail`]).
    pub detail: Option<Detail>,
    pub width: usize,
    pub th: Theme,
    /// More air between entries (a large screen, a projector).
    pub roomy: bool,
}

impl Lines {
    pub fn new(width: usize, th: Theme) -> Lines {
        Lines {
            out: Vec::new(),
            targets: Vec::new(),
            selected: Vec::new(),
            detail: None,
            width: width.max(8),
            th,
            roomy: false,
        }
    }

    /// `left` and `right` as two columns `colw` wide with a bar between; the entries
    /// are the left column's. Each entry starts on the same row in both (the shorter
    /// side gets empty lines), so a choice sits beside its translation.
    pub fn side_by_side(&mut self, left: Lines, right: Lines, colw: usize) {
        // Cut each column where its entries start and end; with the same entries on
        // both sides the pieces pair up.
        let cuts = |l: &Lines| -> Vec<usize> {
            let mut c: Vec<usize> = l.targets.iter().flat_map(|t| [t.start, t.end]).collect();
            c.push(l.out.len());
            c
        };
        let (lc, rc) = (cuts(&left), cuts(&right));
        let pieces: Vec<(Range<usize>, Range<usize>)> = if lc.len() == rc.len() {
            let mut v = Vec::new();
            let (mut a, mut b) = (0, 0);
            for (x, y) in lc.iter().zip(&rc) {
                v.push((a..*x.max(&a), b..*y.max(&b)));
                (a, b) = (*x.max(&a), *y.max(&b));
            }
            v
        } else {
            vec![(0..left.out.len(), 0..right.out.len())]
        };
        // A row: the left line padded to the column, the bar, and the right piece `r`'s
        // line `i` if it has one.
        let note = self.th.note;
        let row = |a: Line<'static>, r: &Range<usize>, i: usize| -> Line<'static> {
            let pad = colw.saturating_sub(a.width());
            let mut spans: Vec<Span<'static>> = a.spans;
            spans.push(Span::raw(" ".repeat(pad)));
            spans.push(Span::styled(" \u{2502} ", note));
            if i < r.len() {
                spans.extend(right.out.get(r.start + i).cloned().unwrap_or_default().spans);
            }
            Line::from(spans)
        };
        let left_line = |lines: &[Line<'static>], l: &Range<usize>, i: usize| {
            lines.get(l.start + i).filter(|_| i < l.len()).cloned().unwrap_or_default()
        };
        let mut piece_starts = Vec::new();
        for (l, r) in &pieces {
            piece_starts.push(self.out.len());
            for i in 0..l.len().max(r.len()) {
                self.out.push(row(left_line(&left.out, l, i), r, i));
            }
        }
        // The entries, and their selected forms beside the same right lines: with paired
        // pieces, entry k is piece 2k+1; else as they were.
        let paired = lc.len() == rc.len();
        for (k, t) in left.targets.iter().enumerate() {
            let sel = left.selected.get(k).map(Vec::as_slice).unwrap_or_default();
            if paired {
                let start = piece_starts.get(2 * k + 1).copied().unwrap_or(0);
                let r = pieces.get(2 * k + 1).map(|p| p.1.clone()).unwrap_or_default();
                self.targets.push(start..start + t.len());
                self.selected.push((0..t.len()).map(|i| row(left_line(sel, &(0..t.len()), i), &r, i)).collect());
            } else {
                let base = piece_starts.first().copied().unwrap_or(0);
                let r = pieces.first().map(|p| p.1.clone()).unwrap_or_default();
                self.targets.push(t.start + base..t.end + base);
                self.selected.push(t.clone().zip(sel).map(|(j, a)| row(a.clone(), &r, j)).collect());
            }
        }
    }

    pub fn blank(&mut self) {
        if self.out.last().is_some_and(|l| l.width() > 0) {
            self.out.push(Line::default());
        }
    }

    pub fn wrapped(&mut self, s: &str, style: Style) {
        for l in text::wrap(s, self.width) {
            self.out.push(Line::from(Span::styled(l, style)));
        }
    }

    /// `first` before the first line, and the rest indented to line up after it.
    pub fn hanging(&mut self, first: &str, s: &str, style: Style) {
        let pw = text::width(first);
        let pad = " ".repeat(pw);
        for (i, l) in text::wrap(s, self.width.saturating_sub(pw)).into_iter().enumerate() {
            let pre = if i == 0 { first.to_string() } else { pad.clone() };
            self.out.push(Line::from(vec![Span::styled(pre, style), Span::styled(l, style)]));
        }
    }

    /// A content text: paragraphs and list items as the writer meant them.
    pub fn body(&mut self, s: &str) {
        for b in text::blocks(s) {
            match b {
                Block::Text(t) => self.wrapped(&t, Style::new()),
                Block::Bullet(t) => {
                    // Hang the rest of the item under its text, after the sign.
                    let (sign, rest) = t.split_once(' ').unwrap_or(("", t.as_str()));
                    self.hanging(&format!("{sign} "), rest.trim_start(), Style::new());
                }
                Block::Gap => self.out.push(Line::default()),
            }
        }
    }

    /// A selectable entry: `>` and reverse video when selected, `prefix` (a number, a
    /// tick box), and the label wrapped with a hanging indent.
    /// `selected`: drawn selected here; its selected form is kept either way.
    pub fn entry(&mut self, selected: bool, prefix: &str, label: &str, label_style: Style) {
        let start = self.out.len();
        let pw = text::width(prefix) + 2;
        let lw = self.width.saturating_sub(pw).max(4);
        let rows = text::wrap(label, lw);
        let form = |sel: bool| -> Vec<Line<'static>> {
            let style = if sel { self.th.selected } else { label_style };
            let mut out = Vec::with_capacity(rows.len());
            for (i, l) in rows.iter().enumerate() {
                let pre = if i > 0 {
                    " ".repeat(pw)
                } else if sel {
                    format!("> {prefix}")
                } else {
                    format!("  {prefix}")
                };
                let fill = lw.saturating_sub(text::width(l));
                let mut spans =
                    vec![Span::styled(pre, if sel { style } else { Style::new() }), Span::styled(l.clone(), style)];
                if sel {
                    spans.push(Span::styled(" ".repeat(fill), style));
                }
                out.push(Line::from(spans));
            }
            out
        };
        let sel = form(true);
        self.out.extend(if selected { sel.clone() } else { form(false) });
        self.selected.push(sel);
        self.targets.push(start..self.out.len());
        if self.roomy {
            self.out.push(Line::default());
        }
    }

    /// Under the entries, after a blank line: room for the note of the selected entry
    /// (`notes`, one per entry, in entry order), indented like the entries' labels after
    /// `prefix`. Only the selected entry's note is shown, so the entries themselves stay
    /// one line each and a menu fits on a small screen.
    pub fn details(&mut self, prefix: &str, notes: &[Option<String>]) {
        let pw = text::width(prefix) + 2;
        let lw = self.width.saturating_sub(pw).max(4);
        let note = self.th.note;
        let lines: Vec<Vec<Line<'static>>> = notes
            .iter()
            .map(|n| {
                let wrapped = n.as_deref().filter(|n| !n.is_empty()).map(|n| text::wrap(n, lw)).unwrap_or_default();
                wrapped
                    .into_iter()
                    .map(|l| Line::from(vec![Span::raw(" ".repeat(pw)), Span::styled(l, note)]))
                    .collect()
            })
            .collect();
        let h = lines.iter().map(Vec::len).max().unwrap_or(0);
        if h == 0 {
            return;
        }
        self.blank();
        let start = self.out.len();
        self.out.extend(std::iter::repeat_n(Line::default(), h));
        self.detail = Some(Detail { at: start..start + h, lines });
    }
}
