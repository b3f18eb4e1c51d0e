//! The pure view: state -> frame. Draws the page of the screen ([`super::pages`]) and the
//! window over it ([`super::windows`]).
//! Every word comes from Fluent (`locales/*/ui-tui.ftl` and the content); every key from
//! [`super::keymap`]; signs are the only literals. Meaning is never in colour alone: the
//! selection has `>`, ticks have `[x]`, duties have `!` and a word.

use super::action::Action;
use super::app::App;
use super::hints::{self, hint, hint_as};
use super::page::{Hint, Page};
use super::pages::cached;
use super::state::{MIN_H, MIN_W};
use super::theme::{Theme, column};
use super::windows::{self, Overlay};
use crate::text;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block as Boxed, Borders, Clear, Paragraph, Widget};
use std::rc::Rc;

fn draw_hidden(buf: &mut Buffer, app: &App) {
    let area = buf.area;
    let lines = vec![
        Line::from(Span::styled(format!(" {}", app.t("tui-hidden-title")), Style::new().add_modifier(Modifier::BOLD))),
        Line::default(),
        Line::from(format!(" {}", app.t("tui-hidden-text"))),
    ];
    Paragraph::new(lines).render(area, buf);
}

fn draw_too_small(buf: &mut Buffer, app: &App) {
    let area = buf.area;
    let msg = app.texts.fmt(
        app.lang,
        "tui-too-small",
        &[
            ("w", &MIN_W.to_string()),
            ("h", &MIN_H.to_string()),
            ("cw", &area.width.to_string()),
            ("ch", &area.height.to_string()),
        ],
    );
    let w = area.width.saturating_sub(2).max(1) as usize;
    let mut lines: Vec<Line> = text::wrap(&msg, w).into_iter().map(Line::from).collect();
    lines.push(Line::default());
    lines.extend(text::wrap(&app.t("tui-too-small-quit"), w).into_iter().map(Line::from));
    let top = (area.height as usize).saturating_sub(lines.len()) / 2;
    let rect = Rect::new(
        area.x + 1,
        area.y + top as u16,
        area.width.saturating_sub(1),
        area.height.saturating_sub(top as u16),
    );
    Paragraph::new(lines).render(rect, buf);
}

fn more_note(app: &App, scroll: usize, total: usize, h: usize) -> Option<String> {
    let (above, below) = more(scroll, total, h);
    more_text(app, above, below)
}

/// Whether there is text above and below what `h` rows from `scroll` show of `total`.
fn more(scroll: usize, total: usize, h: usize) -> (bool, bool) {
    (scroll > 0, scroll + h < total)
}

fn more_text(app: &App, above: bool, below: bool) -> Option<String> {
    // A text to read: Enter shows the rest before it goes on.
    let reading = app.overlay.is_none() && app.place() == crate::tui::state::Place::Continue;
    match (above, below) {
        (true, true) if reading => Some(app.t("tui-more-both-enter")),
        (false, true) if reading => Some(app.t("tui-more-below-enter")),
        (true, true) => Some(app.t("tui-more-both")),
        (false, true) => Some(app.t("tui-more-below")),
        (true, false) => Some(app.t("tui-more-above")),
        (false, false) => None,
    }
}

fn draw_overlay(buf: &mut Buffer, app: &App, o: &Overlay, th: Theme) {
    let (title, lines) = windows::content(app, o);
    let rect = windows::rect(app, lines.len());
    let h = rect.height.saturating_sub(2) as usize;
    let scroll = app.overlay_scroll.min(lines.len().saturating_sub(h));
    let mut block = Boxed::new()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {} ", text::truncate(&title, rect.width.saturating_sub(4) as usize)), th.bold))
        .padding(ratatui::widgets::Padding::horizontal(1));
    let note = more_note(app, scroll, lines.len(), h);
    let esc = hint(app, Action::Close).map(|h| h.key).unwrap_or_default();
    let close = format!(" {esc} {} ", app.t("tui-key-close"));
    let bottom = match note {
        Some(n) => format!(" {n} \u{2500}{close}"),
        None => close,
    };
    block = block.title_bottom(Line::from(Span::styled(bottom, th.note)).right_aligned());
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(h).collect();
    Clear.render(rect, buf);
    Paragraph::new(shown).block(block).render(rect, buf);
}

/// Draws the whole screen for `app` into a frame. Reads the state, changes nothing.
pub fn render(f: &mut Frame, app: &App) {
    render_buf(f.buffer_mut(), app);
}

/// What a row of a plain screen (no window, no notice) shows: rows with the same tag
/// have the same cells, so [`super::screen`] writes a row only when its tag changes.
/// The number is the page's ([`Page::id`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// Row `y` of the page's bars and key hints.
    Chrome(u64, u16),
    /// A body line (None: below the text), and the selected entry whose look it takes
    /// (its selected form or its note; None: the same whatever is selected).
    Body(u64, Option<usize>, Option<usize>),
    /// The row that says there is more above or below (row `y` of the bars under it).
    More(u64, u16, bool, bool),
}

/// The rows of the screen for `app` at `area` when it is plain: the page, and what
/// each row shows. None for anything else (a window, a notice, the hidden or the too
/// small screen), which [`render_buf`] draws whole.
pub fn rows(app: &App, area: Rect) -> Option<(Rc<Page>, Vec<Row>)> {
    let noticed = app.message.is_some() || app.notice.is_some();
    if app.hidden || area.width < MIN_W || area.height < MIN_H || app.overlay.is_some() || noticed {
        return None;
    }
    if area.x != 0 || area.y != 0 {
        return None;
    }
    let th = Theme::new(app.color);
    let p = cached(app);
    p.chrome(area, |b| {
        draw_bars(b, &p, th);
        draw_keys(b, app, &p, th, None);
    })?;
    let scroll = app.ui().scroll.min(p.lines.len().saturating_sub(p.body_h));
    let sel = app.ui().sel;
    let (above, below) = more(scroll, p.lines.len(), p.body_h);
    let body = (p.body_top as usize)..(p.body_top as usize + p.body_h);
    let tags = (0..area.height)
        .map(|y| {
            if body.contains(&(y as usize)) {
                let i = scroll + (y as usize - body.start);
                let i = (i < p.lines.len()).then_some(i);
                Row::Body(p.id, i, i.and_then(|i| p.shows(i, sel)))
            } else if y == area.height - 3 {
                Row::More(p.id, y, above, below)
            } else {
                Row::Chrome(p.id, y)
            }
        })
        .collect();
    Some((p, tags))
}

/// Draws what `tag` says into `row`, a buffer one row high at the row's place.
pub fn draw_row(app: &App, p: &Page, tag: Row, row: &mut Buffer) {
    let area = row.area;
    let w = area.width as usize;
    let (cx, cw) = column(area.width);
    let chrome = |row: &mut Buffer, y: u16| {
        let y = y as usize;
        if let Some(from) = p.chrome.get().and_then(|c| c.content.get(y * w..(y + 1) * w)) {
            row.content.clone_from_slice(from);
        }
    };
    match tag {
        Row::Chrome(_, y) => chrome(row, y),
        Row::More(_, y, above, below) => {
            chrome(row, y);
            if let Some(n) = more_text(app, above, below) {
                let th = Theme::new(app.color);
                Paragraph::new(Line::from(Span::styled(n, th.note)).right_aligned())
                    .render(Rect::new(cx, area.y, cw, 1), row);
            }
        }
        Row::Body(_, None, _) => {}
        Row::Body(_, Some(i), shows) => {
            // Copied from what the page has drawn once: its body, or the selected entry's
            // form; drawn here only if the page has not (a selected entry's note).
            let n = (cw as usize).min(w.saturating_sub(cx as usize));
            let drawn = match shows {
                Some(s) => {
                    let t = p.targets.get(s).filter(|t| t.contains(&i));
                    t.and_then(|t| Some((p.drawn_selected(s, cw)?, i - t.start)))
                }
                None => p.drawn_line(i, cw).map(|d| (d, 0)),
            };
            let from = drawn.and_then(|(d, r)| d.content.get(r * d.area.width as usize..)?.get(..n));
            match (from, row.content.get_mut(cx as usize..cx as usize + n)) {
                (Some(from), Some(to)) => to.clone_from_slice(from),
                _ => {
                    if let Some(line) = p.line(i, shows) {
                        row.set_line(cx, area.y, line, cw.min(area.width.saturating_sub(cx)));
                    }
                }
            }
        }
    }
}

/// Draws the whole screen for `app` into `buf`. Reads the state, changes nothing.
pub fn render_buf(buf: &mut Buffer, app: &App) {
    let area = buf.area;
    let th = Theme::new(app.color);
    if let Some((p, tags)) = rows(app, area) {
        let w = area.width as usize;
        for (y, tag) in (0..area.height).zip(tags) {
            let mut row = Buffer::empty(Rect::new(0, y, area.width, 1));
            draw_row(app, &p, tag, &mut row);
            let y = y as usize;
            buf.content[y * w..(y + 1) * w].clone_from_slice(&row.content);
        }
        return;
    }
    if app.hidden {
        draw_hidden(buf, app);
        return;
    }
    if area.width < MIN_W || area.height < MIN_H {
        draw_too_small(buf, app);
        return;
    }
    let p = cached(app);
    let notice = app.message.clone().or_else(|| app.notice.map(|id| app.t(id))).filter(|_| app.overlay.is_none());
    let noticed = notice.is_some();
    draw_bars(buf, &p, th);
    draw_keys(buf, app, &p, th, notice);
    let (cx, cw) = column(area.width);
    let scroll = app.ui().scroll.min(p.lines.len().saturating_sub(p.body_h));
    // The body, the selected entry in its selected form.
    let sel = app.ui().sel;
    for (row, i) in (scroll..p.lines.len()).take(p.body_h).enumerate() {
        let y = p.body_top.saturating_add(row as u16);
        if y >= area.bottom() || cx >= area.right() {
            break;
        }
        if let Some(line) = p.line(i, sel) {
            buf.set_line(cx, y, line, cw.min(area.right() - cx));
        }
    }
    // (A notice takes this row.)
    if let Some(n) = more_note(app, scroll, p.lines.len(), p.body_h).filter(|_| !noticed) {
        let r = Rect::new(cx, area.height - 3, cw, 1);
        Paragraph::new(Line::from(Span::styled(n, th.note)).right_aligned()).render(r, buf);
    }
    match &app.overlay {
        Some(Overlay::Confirm(c)) => c.draw(buf, app, th),
        Some(o) => draw_overlay(buf, app, o, th),
        None => {}
    }
}

/// The title bar (where we are on the left, the step on the right), the stages of the
/// case and the duty banners.
fn draw_bars(buf: &mut Buffer, p: &Page, th: Theme) {
    let area = buf.area;
    let w = area.width as usize;
    let right = text::truncate_words(&p.right, w / 3);
    let lw = w.saturating_sub(text::width(&right) + 3);
    // The breadcrumb loses its start first (where you are matters most), at a word.
    let left = text::truncate_start_words(&p.left, lw);
    let gap = w.saturating_sub(text::width(&left) + text::width(&right) + 2);
    let bar = format!(" {left}{}{right} ", " ".repeat(gap));
    Paragraph::new(Line::from(Span::styled(bar, th.header))).render(Rect::new(0, 0, area.width, 1), buf);
    let (cx, cw) = column(area.width);
    let mut row = 1;
    if let Some(st) = &p.stages {
        Paragraph::new(st.clone()).render(Rect::new(cx, row, cw, 1), buf);
        row += 1;
    }
    // The banner's colour runs the full width; its text starts where the column does.
    let bx = cx.saturating_sub(1);
    for b in &p.banners {
        let fill = w.saturating_sub(text::width(b) + bx as usize);
        let line = Line::from(Span::styled(format!("{}{b}{}", " ".repeat(bx as usize), " ".repeat(fill)), th.banner));
        Paragraph::new(line).render(Rect::new(0, row, area.width, 1), buf);
        row += 1;
    }
}

/// The two lines of key hints, or a notice in place of this screen's keys.
fn draw_keys(buf: &mut Buffer, app: &App, p: &Page, th: Theme, notice: Option<String>) {
    let area = buf.area;
    let (cx, cw) = column(area.width);
    let (mut local, global): (Vec<Hint>, Vec<Hint>) = p.hints.iter().cloned().partition(|h| !h.global);
    match &app.overlay {
        // A question: its own keys are in its box; nothing else applies.
        Some(Overlay::Confirm(_)) => local.clear(),
        Some(o) => {
            local = hint(app, Action::Close).into_iter().collect();
            if windows::line_count(app, o) > windows::height(app, o) {
                // In a window the arrows scroll too: both keys, one hint.
                let arrows = hint(app, Action::Down).map(|h| h.key);
                local.extend(
                    hint_as(app, Action::PageDown, None, 1)
                        .map(|h| Hint { key: arrows.map_or(h.key.clone(), |a| format!("{a} {}", h.key)), ..h }),
                );
            }
        }
        None => {}
    }
    // The hints line up with the text column (at most its width plus a margin).
    let hx = cx.saturating_sub(1).max(1);
    let hw = (cw + 2).min(area.width.saturating_sub(hx + 1));
    match notice {
        // What Enter needs, or what came of a save: in place of this screen's keys, until
        // the next key. Two rows: the one for "more below" and the one for this screen's
        // keys.
        Some(msg) => {
            let w = hw;
            let mut rows = text::wrap(&msg, w as usize);
            if rows.len() > 2 {
                let rest = rows.split_off(1).join(" ");
                rows.push(text::truncate(&rest, w as usize));
            }
            let lines: Vec<Line> = rows.into_iter().map(|l| Line::from(Span::styled(l, th.bold))).collect();
            let r = Rect::new(hx, area.height - 3, w, 2);
            Clear.render(r, buf);
            Paragraph::new(lines).render(r, buf);
        }
        None => hints::draw(buf, Rect::new(hx, area.height - 2, hw, 1), &local, th),
    }
    hints::draw(buf, Rect::new(hx, area.height - 1, hw, 1), &global, th);
}
