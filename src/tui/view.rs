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
    match (above, below) {
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

/// Draws the whole screen for `app` into `buf`. Reads the state, changes nothing.
pub fn render_buf(buf: &mut Buffer, app: &App) {
    let area = buf.area;
    let th = Theme::new(app.color);
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
