//! The layout: state and size -> page. `page` lays out the current screen as lines (the
//! update function uses the same layout to scroll and to map clicks; the view draws it).
//! Every word comes from Fluent (`locales/*/ui-tui.ftl` and the content); every key from
//! [`super::keymap`]; signs are the only literals. Meaning is never in colour alone: the selection has `>`,
//! ticks have `[x]`, duties have `!` and a word.

use super::input::Action;
use super::keymap::{self, KEYMAP, Shown};
use super::state::{App, Overlay, Place, Screen, start_flows};
use crate::engine::StepKind;
use crate::text::{self, Block};
use crate::view::{ContactView, StepView, contact_details, contact_source, step_view, summary_view};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use std::ops::Range;

/// Columns left free left and right of the body.
const ML: u16 = 2;
const MR: u16 = 1;
/// The widest the text gets: on a wide terminal it stays a readable column, centred.
pub const COL: u16 = 100;

/// The text column for a terminal `width` wide: (left edge, width).
pub fn column(width: u16) -> (u16, u16) {
    let room = width.saturating_sub(ML + MR);
    if room <= COL { (ML, room) } else { ((width - COL) / 2, COL) }
}

/// The styles. With colour: a blue title bar and a yellow duty banner (the 16 ANSI
/// colours only, each with its own foreground so it reads on light and dark terminals).
/// Without: bold and reverse video only, never a colour code.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub header: Style,
    pub banner: Style,
    pub selected: Style,
    pub bold: Style,
    pub key: Style,
    pub note: Style,
}

impl Theme {
    pub fn new(color: bool) -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let strong = Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED);
        if color {
            Theme {
                header: Style::new().fg(Color::White).bg(Color::Blue).add_modifier(Modifier::BOLD),
                banner: Style::new().fg(Color::Black).bg(Color::Yellow).add_modifier(Modifier::BOLD),
                selected: strong,
                bold,
                key: bold,
                note: Style::new().add_modifier(Modifier::ITALIC),
            }
        } else {
            Theme { header: strong, banner: strong, selected: strong, bold, key: bold, note: Style::new() }
        }
    }
}

/// A key hint in the two bottom lines: the first for what this screen does, the second
/// for the keys that work everywhere. Hints are shown in their order; when a line is too
/// narrow, those with the highest `prio` number go first. Each comes from the keymap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub key: String,
    pub label: String,
    pub prio: u8,
    pub global: bool,
    /// The action the hint was asked for (its row of the keymap).
    pub action: Action,
}

/// The current screen, laid out for the current size.
#[derive(Debug, Clone)]
pub struct Page {
    pub left: String,
    pub right: String,
    /// Where the whole case is: its stages with the current one marked (only when the
    /// flow walked is the case).
    pub stages: Option<Line<'static>>,
    /// Duty banner lines, wrapped with a hanging indent.
    pub banners: Vec<String>,
    /// The body, wrapped to the body width.
    pub lines: Vec<Line<'static>>,
    /// The body lines of each selectable entry, in entry order.
    pub targets: Vec<Range<usize>>,
    pub hints: Vec<Hint>,
    /// First row of the body on the screen, and its height.
    pub body_top: u16,
    pub body_h: usize,
}

/// Builds wrapped, styled lines and remembers where the selectable entries are.
struct Lines {
    out: Vec<Line<'static>>,
    targets: Vec<Range<usize>>,
    width: usize,
    th: Theme,
}

impl Lines {
    fn new(width: usize, th: Theme) -> Lines {
        Lines { out: Vec::new(), targets: Vec::new(), width: width.max(8), th }
    }

    fn blank(&mut self) {
        if self.out.last().is_some_and(|l| l.width() > 0) {
            self.out.push(Line::default());
        }
    }

    fn wrapped(&mut self, s: &str, style: Style) {
        for l in text::wrap(s, self.width) {
            self.out.push(Line::from(Span::styled(l, style)));
        }
    }

    /// `first` before the first line, and the rest indented to line up after it.
    fn hanging(&mut self, first: &str, s: &str, style: Style) {
        let pw = text::width(first);
        let pad = " ".repeat(pw);
        for (i, l) in text::wrap(s, self.width.saturating_sub(pw)).into_iter().enumerate() {
            let pre = if i == 0 { first.to_string() } else { pad.clone() };
            self.out.push(Line::from(vec![Span::styled(pre, style), Span::styled(l, style)]));
        }
    }

    /// A content text: paragraphs and list items as the writer meant them.
    fn body(&mut self, s: &str) {
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
    /// tick box), the label wrapped with a hanging indent, and an optional note under it.
    fn entry(&mut self, selected: bool, prefix: &str, label: &str, label_style: Style, note: Option<&str>) {
        let start = self.out.len();
        let first = format!("{}{prefix}", if selected { "> " } else { "  " });
        let pw = text::width(&first);
        let lw = self.width.saturating_sub(pw).max(4);
        let style = if selected { self.th.selected } else { label_style };
        for (i, l) in text::wrap(label, lw).into_iter().enumerate() {
            let pre = if i == 0 { first.clone() } else { " ".repeat(pw) };
            let fill = lw.saturating_sub(text::width(&l));
            let mut spans =
                vec![Span::styled(pre, if selected { style } else { Style::new() }), Span::styled(l, style)];
            if selected {
                spans.push(Span::styled(" ".repeat(fill), style));
            }
            self.out.push(Line::from(spans));
        }
        if let Some(n) = note.filter(|n| !n.is_empty()) {
            for l in text::wrap(n, lw) {
                self.out.push(Line::from(vec![Span::raw(" ".repeat(pw)), Span::styled(l, self.th.note)]));
            }
        }
        self.targets.push(start..self.out.len());
    }
}

/// A key as the screen writes it.
pub(super) fn shown(app: &App, s: Shown) -> String {
    match s {
        Shown::Sign(k) => k.to_string(),
        Shown::Ftl(id) => app.t(id),
    }
}

/// The hint of the key for `a`, as the keymap has it.
pub(super) fn hint(app: &App, a: Action) -> Option<Hint> {
    keymap::hint_of(a).map(|h| Hint {
        key: shown(app, h.key),
        label: app.t(h.label),
        prio: h.prio,
        global: h.global,
        action: a,
    })
}

/// The same with this screen's label (`None`: the keymap's) and priority.
pub(super) fn hint_as(app: &App, a: Action, label: Option<&str>, prio: u8) -> Option<Hint> {
    hint(app, a).map(|h| Hint { label: label.map_or(h.label, |l| app.t(l)), prio, ..h })
}

/// The hints every screen ends with.
pub(super) fn common_hints(app: &App, h: &mut Vec<Hint>, walking: bool) {
    h.extend(hint(app, Action::Principles));
    h.extend(hint(app, Action::Source));
    h.extend(hint(app, Action::Contacts));
    if walking {
        h.extend(hint(app, Action::Restart));
    }
    // `l`: the next language's name, in that language.
    let next = app.texts.next_lang(app.lang);
    h.extend(hint(app, Action::Lang).map(|d| Hint { label: app.texts.get(next, "tui-key-lang"), ..d }));
    let discreet = hint(app, Action::Discreet);
    h.extend(if app.discreet {
        discreet.map(|d| Hint { label: app.t("tui-key-discreet-off"), ..d })
    } else {
        discreet
    });
    h.extend(hint(app, Action::Hide));
    h.extend(hint(app, Action::Help));
    h.extend(hint(app, Action::Quit));
}

fn start_page(app: &App, b: &mut Lines) -> Vec<Hint> {
    let th = b.th;
    // A local contact directory left out: said first, before anything else.
    if let Some(path) = &app.local_ignored {
        let msg = crate::view::local_notice(app.texts, app.lang, path);
        b.hanging("! ", &msg, th.bold);
        b.blank();
    }
    b.wrapped(&app.t("tui-start-title"), th.bold);
    b.blank();
    b.body(&app.c("tui-start-intro"));
    // Which guidance this is, first, so that it shows without scrolling; each step shows
    // the date of its own source.
    b.wrapped(&app.texts.fmt(app.lang, "tui-start-version", &[("version", &app.model.set.version)]), Style::new());
    b.blank();
    let flows = start_flows(app.model);
    if flows.is_empty() {
        b.wrapped(&app.t("tui-start-no-flows"), Style::new());
    }
    for (i, f) in flows.iter().enumerate() {
        let note = f.description.as_deref().map(|d| app.c(d));
        b.entry(app.ui().sel == Some(i), &format!("{}. ", i + 1), &app.c(&f.title), th.bold, note.as_deref());
    }
    let mut h: Vec<Hint> =
        [hint_as(app, Action::Pick(1), Some("tui-key-open"), 0), hint_as(app, Action::Down, None, 2)]
            .into_iter()
            .flatten()
            .collect();
    common_hints(app, &mut h, false);
    h
}

fn outcome_lists(app: &App, b: &mut Lines, actions: &[String], contacts: &[ContactView]) {
    let th = b.th;
    if !actions.is_empty() {
        b.blank();
        b.wrapped(&app.t("tui-actions"), th.bold);
        for a in actions {
            b.hanging("- ", a, Style::new());
        }
    }
    contact_list(app, b, contacts);
}

fn contact_list(app: &App, b: &mut Lines, contacts: &[ContactView]) {
    let th = b.th;
    if contacts.is_empty() {
        return;
    }
    b.blank();
    b.wrapped(&app.t("tui-contacts"), th.bold);
    contact_entries(app, b, contacts);
}

/// Each contact: the name, phone, web, what it is for, and where the entry comes from.
fn contact_entries(app: &App, b: &mut Lines, contacts: &[ContactView]) {
    let th = b.th;
    for c in contacts {
        b.hanging("- ", &c.name, th.bold);
        let source = contact_source(app.texts, app.lang, c);
        let details = contact_details(app.texts, app.lang, c);
        let n = details.len() - source.len().min(details.len());
        for (i, l) in details.iter().enumerate() {
            b.hanging("  ", l, if i < n { Style::new() } else { th.note });
        }
    }
}

/// The contacts overlay (`t`): every contact of the directory, those of a local contact
/// file first (the service's own numbers), then the bundled ones in their order.
fn all_contacts_lines(app: &App, b: &mut Lines) {
    b.body(&app.t("tui-contacts-intro"));
    b.blank();
    let ids = app.model.set.contacts_local_first();
    let all: Vec<ContactView> = crate::view::contact_views(&app.model.set, app.lang, app.discreet, &ids);
    if all.is_empty() {
        b.body(&app.t("tui-contacts-none"));
    }
    for (i, c) in all.iter().enumerate() {
        if i > 0 {
            b.blank();
        }
        contact_entries(app, b, std::slice::from_ref(c));
    }
}

fn step_page(app: &App, v: &StepView, b: &mut Lines) -> Vec<Hint> {
    let th = b.th;
    let ui = app.ui();
    b.wrapped(&v.title, th.bold);
    if !v.body.is_empty() {
        b.blank();
        b.body(&v.body);
    }

    let mut h = Vec::new();
    match app.place() {
        Place::Question => {
            b.blank();
            for (i, c) in v.choices.iter().enumerate() {
                b.entry(ui.sel == Some(i), &format!("{}. ", i + 1), &c.label, Style::new(), None);
            }
            h.extend(hint(app, Action::Pick(1)));
            h.extend(hint(app, Action::Down));
        }
        Place::Checklist => {
            b.blank();
            for (i, it) in v.items.iter().enumerate() {
                let mark = if ui.ticks.contains(&it.key) { "[x]" } else { "[ ]" };
                b.entry(ui.sel == Some(i), &format!("{mark} {}. ", i + 1), &it.label, Style::new(), None);
            }
            b.blank();
            b.entry(ui.sel == Some(v.items.len()), "", &app.t("tui-continue"), th.bold, None);
            h.extend(hint(app, Action::Toggle));
            h.extend(hint(app, Action::Down));
            h.extend(hint_as(app, Action::Select, None, 1));
        }
        _ => {
            if v.kind == StepKind::Outcome {
                outcome_lists(app, b, &v.actions, &v.contacts);
            }
            b.blank();
            b.entry(true, "", &app.t("tui-continue"), th.bold, None);
            h.extend(hint(app, Action::Select));
        }
    }
    // Where it comes from, last and quiet.
    if !v.source.document.is_empty() {
        b.blank();
        b.wrapped(&crate::view::source_line(app.texts, app.lang, &v.source), th.note);
    }
    if v.why.is_some() {
        h.extend(hint(app, Action::Why));
    }
    h.extend(hint(app, Action::Back));
    h.extend(hint(app, Action::PageDown));
    common_hints(app, &mut h, true);
    h
}

fn summary_page(app: &App, v: &StepView, b: &mut Lines) -> Vec<Hint> {
    let th = b.th;
    let Screen::Walk(w) = &app.screen else { return Vec::new() };
    let s = summary_view(&w.session, app.texts, app.lang);
    let title = s.outcome.as_ref().map_or(v.title.clone(), |o| o.title.clone());
    b.wrapped(&app.texts.fmt(app.lang, "tui-summary-outcome", &[("outcome", &title)]), th.bold);
    if !v.body.is_empty() {
        b.blank();
        b.body(&v.body);
    }
    // The duties in force first, then what to do: as the plain text and an export.
    b.blank();
    b.wrapped(&app.t("tui-duties"), th.bold);
    if s.duties.is_empty() {
        b.hanging("  ", &app.t("tui-no-duties"), Style::new());
    }
    for d in &s.duties {
        b.hanging("! ", &app.texts.fmt(app.lang, "tui-duty", &[("duty", &d.title)]), th.bold);
        if !d.text.is_empty() {
            b.hanging("  ", &d.text, Style::new());
        }
    }
    if s.actions.is_empty() {
        b.blank();
        b.wrapped(&app.t("tui-actions"), th.bold);
        b.hanging("  ", &app.t("tui-no-actions"), Style::new());
    }
    // Now, today, follow-up: numbered on through the groups (the numbers pick them).
    let mut i = 0;
    for g in &s.groups {
        b.blank();
        b.wrapped(&g.title, th.bold);
        for a in &g.actions {
            let mark = if w.ui.ticks.contains(&i.to_string()) { "[x]" } else { "[ ]" };
            b.entry(w.ui.sel == Some(i), &format!("{mark} {}. ", i + 1), a, Style::new(), None);
            i += 1;
        }
    }
    contact_list(app, b, &s.contacts);
    b.blank();
    b.wrapped(&app.t("tui-path"), th.bold);
    let nw = s.path.len().to_string().len();
    for (i, p) in s.path.iter().enumerate() {
        let line = if p.answer.is_empty() {
            p.title.clone()
        } else {
            app.texts.fmt(app.lang, "tui-path-answer", &[("title", &p.title), ("answer", &p.answer)])
        };
        b.hanging(&format!("  {:>nw$}. ", i + 1), &line, Style::new());
    }
    b.blank();
    b.wrapped(&app.texts.fmt(app.lang, "ui-version", &[("version", &s.version)]), th.note);
    let mut h: Vec<Hint> = [
        hint(app, Action::Save),
        hint(app, Action::Print),
        hint_as(app, Action::Toggle, None, 2),
        hint(app, Action::Down),
        hint(app, Action::Back),
        hint(app, Action::PageDown),
    ]
    .into_iter()
    .flatten()
    .collect();
    common_hints(app, &mut h, true);
    h
}

/// The stages of the case: the root flow's nodes in file order by their titles, the
/// current one in brackets and reverse video (a sign and a style, never colour alone).
/// When the titles do not fit, the others shrink to their numbers.
pub(super) fn stage_line(app: &App, s: &crate::engine::Session, width: usize, th: Theme) -> Line<'static> {
    // Each stage by its short name (`stage`), else its title.
    let titles: Vec<String> = s.root().nodes.iter().map(|n| app.c(n.stage.as_deref().unwrap_or(&n.title))).collect();
    let cur = s.root_node();
    let sep = " \u{203a} ";
    let mark = |t: &str| format!("[{t}]");
    // 0: every title; 1: the current one and its neighbours by title, the rest by number;
    // 2: the current one by title, the rest by number.
    let build = |level: usize| -> Vec<(String, bool)> {
        titles
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let near = level == 0 || (level == 1 && i.abs_diff(cur) == 1);
                if i == cur {
                    (mark(&if level == 0 { t.clone() } else { format!("{} {t}", i + 1) }), true)
                } else if near {
                    (t.clone(), false)
                } else {
                    ((i + 1).to_string(), false)
                }
            })
            .collect()
    };
    let len = |v: &[(String, bool)]| {
        v.iter().map(|(t, _)| text::width(t)).sum::<usize>() + v.len().saturating_sub(1) * text::width(sep)
    };
    let mut parts = build(0);
    for level in 1..=2 {
        if len(&parts) > width {
            parts = build(level);
        }
    }
    if len(&parts) > width {
        // Still too wide: the current stage alone, cut at a word boundary.
        let t = format!("{}/{} {}", cur + 1, titles.len(), titles.get(cur).cloned().unwrap_or_default());
        parts = vec![(format!("[{}]", text::truncate_words(&t, width.saturating_sub(2))), true)];
    }
    let mut spans = Vec::new();
    for (i, (t, current)) in parts.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(sep));
        }
        spans.push(if current { Span::styled(t, th.selected) } else { Span::raw(t) });
    }
    Line::from(spans)
}

/// The current screen laid out for `app.width` x `app.height`.
pub fn page(app: &App) -> Page {
    let th = Theme::new(app.color);
    let w = app.width as usize;
    let (_, cw) = column(app.width);
    let mut b = Lines::new(cw as usize, th);
    let stages = match &app.screen {
        Screen::Walk(walk) if walk.session.root().case => Some(stage_line(app, &walk.session, cw as usize, th)),
        _ => None,
    };
    let (left, right, duties, hints) = match &app.screen {
        Screen::Start(_) => (app.t("tui-app-title"), String::new(), Vec::new(), start_page(app, &mut b)),
        Screen::Walk(walk) => {
            let v = step_view(&walk.session, app.texts, app.lang);
            let finished = walk.session.is_finished();
            let hints = if finished { summary_page(app, &v, &mut b) } else { step_page(app, &v, &mut b) };
            let right = if finished {
                app.t("tui-summary")
            } else {
                app.texts.fmt(app.lang, "tui-step", &[("n", &(walk.session.depth() + 1).to_string())])
            };
            let duties = v.duties.iter().map(|d| app.texts.fmt(app.lang, "tui-duty", &[("duty", &d.title)])).collect();
            (v.trail.join(" \u{203a} "), right, duties, hints)
        }
    };
    let mut banners: Vec<String> = Vec::new();
    let bw = (cw as usize).min(w.saturating_sub(2));
    for d in &duties {
        // `! ` first, and the rest of a long duty hanging under its text.
        for (i, l) in text::wrap(d, bw.saturating_sub(2)).into_iter().enumerate() {
            banners.push(format!("{}{l}", if i == 0 { "! " } else { "  " }));
        }
    }
    // The banners never take more than a third of the screen (at 50 x 15: five lines).
    let cap = (app.height as usize / 3).max(1);
    if banners.len() > cap {
        banners.truncate(cap);
        if let Some(last) = banners.last_mut() {
            *last = text::truncate_words(&format!("{last} ..."), bw);
        }
    }
    let body_top = 2 + banners.len() as u16 + u16::from(stages.is_some());
    // Below the body: a line for "more below", then two lines of key hints.
    let body_h = (app.height as usize).saturating_sub(body_top as usize + 3);
    let mut hints = hints;
    if b.out.len() <= body_h {
        hints.retain(|h| h.action != Action::PageDown);
    }
    Page { left, right, stages, banners, lines: b.out, targets: b.targets, hints, body_top, body_h }
}

/// The entry under a click at (column, row), if any.
pub fn entry_at(app: &App, x: u16, y: u16) -> Option<usize> {
    let p = page(app);
    if y < p.body_top || (y - p.body_top) as usize >= p.body_h || x >= app.width {
        return None;
    }
    let line = app.ui().scroll + (y - p.body_top) as usize;
    p.targets.iter().position(|r| r.contains(&line))
}

/// The overlay's frame: below the title bar, above the last line of key hints, and no
/// taller than its text needs.
pub(super) fn overlay_rect(app: &App, lines: usize) -> Rect {
    let max = app.height.saturating_sub(2);
    let h = (lines.saturating_add(2)).min(max as usize) as u16;
    let w = app.width.saturating_sub(2).min(COL + 6);
    Rect::new((app.width - w) / 2, 1, w, h.max(3.min(max)))
}

/// Rows of text inside the open overlay.
pub fn overlay_height(app: &App) -> usize {
    overlay_rect(app, overlay_lines(app)).height.saturating_sub(2) as usize
}

pub(super) fn overlay_width(app: &App) -> usize {
    app.width.saturating_sub(2).min(COL + 6).saturating_sub(4) as usize
}

/// The open overlay's title and lines.
pub fn overlay_content(app: &App) -> (String, Vec<Line<'static>>) {
    let th = Theme::new(app.color);
    let mut b = Lines::new(overlay_width(app), th);
    let title = match app.overlay {
        Some(Overlay::Help) => {
            help_lines(app, &mut b);
            app.t("tui-help-title")
        }
        Some(Overlay::Principles) => principles_lines(app, &mut b),
        Some(Overlay::Contacts) => {
            all_contacts_lines(app, &mut b);
            app.t("tui-contacts-title")
        }
        Some(Overlay::Why) => {
            if let Some(w) = app.session().and_then(|s| step_view(s, app.texts, app.lang).why) {
                b.body(&w);
            }
            app.t("tui-why-title")
        }
        Some(Overlay::SavePath) => {
            b.body(&app.t("tui-save-text"));
            b.blank();
            b.wrapped(&format!("> {}_", app.input), th.bold);
            b.blank();
            b.body(&app.t("tui-save-keys"));
            app.t("tui-save-title")
        }
        Some(Overlay::Source) => {
            source_lines(app, &mut b);
            app.t(if matches!(app.screen, Screen::Start(_)) { "tui-sources-title" } else { "tui-source-title" })
        }
        _ => String::new(),
    };
    (title, b.out)
}

pub fn overlay_lines(app: &App) -> usize {
    overlay_content(app).1.len()
}

/// Every key, with what it does: the keymap's rows, the same list as the README.
pub fn help_rows(app: &App) -> Vec<(String, String)> {
    KEYMAP.iter().map(|r| (shown(app, r.shown), app.t(r.help))).collect()
}

fn help_lines(app: &App, b: &mut Lines) {
    let th = b.th;
    let rows = help_rows(app);
    let kw = rows.iter().map(|(k, _)| text::width(k)).max().unwrap_or(0).min(b.width / 3) + 2;
    for (k, d) in rows {
        let key = text::truncate(&k, kw - 2);
        let pad = " ".repeat(kw - text::width(&key));
        for (i, l) in text::wrap(&d, b.width.saturating_sub(kw)).into_iter().enumerate() {
            let first = if i == 0 { Span::styled(format!("{key}{pad}"), th.key) } else { Span::raw(" ".repeat(kw)) };
            b.out.push(Line::from(vec![first, Span::raw(l)]));
        }
    }
    b.blank();
    b.body(&app.t("tui-help-note"));
}

fn principles_lines(app: &App, b: &mut Lines) -> String {
    let th = b.th;
    let Some(f) = app.model.flow("principles") else {
        b.body(&app.t("tui-principles-missing"));
        return app.t("tui-principles-title");
    };
    for node in &f.nodes {
        b.blank();
        b.wrapped(&app.c(&node.title), th.bold);
        if let Some(t) = &node.text {
            b.body(&app.c(t));
        }
    }
    if b.out.first().is_some_and(|l| l.width() == 0) {
        b.out.remove(0);
    }
    app.t(&f.title)
}

fn source_lines(app: &App, b: &mut Lines) {
    let th = b.th;
    match &app.screen {
        Screen::Start(_) => {
            b.wrapped(&app.t("tui-sources-all"), th.bold);
            // The newest first; those without a date last, by name.
            let mut docs: Vec<_> = app.model.set.documents.values().map(|d| (app.c(&d.title), d)).collect();
            docs.sort_by(|(ta, a), (tb, b)| {
                b.updated.as_ref().map(|d| &d.0).cmp(&a.updated.as_ref().map(|d| &d.0)).then(ta.cmp(tb))
            });
            for (_, d) in docs {
                let title = app.c(&d.title);
                let line = match (&d.as_of, &d.updated) {
                    (Some(y), _) => {
                        app.texts.fmt(app.lang, "tui-sources-doc-as-of", &[("doc", &title), ("date", &y.0)])
                    }
                    (None, Some(date)) => {
                        app.texts.fmt(app.lang, "tui-sources-doc-dated", &[("doc", &title), ("date", &date.0)])
                    }
                    (None, None) => app.texts.fmt(app.lang, "tui-sources-doc", &[("doc", &title)]),
                };
                b.hanging("- ", &line, Style::new());
            }
        }
        Screen::Walk(w) => {
            let v = step_view(&w.session, app.texts, app.lang);
            b.wrapped(&app.texts.fmt(app.lang, "tui-source-step", &[("step", &v.title)]), th.bold);
            b.blank();
            let s = &v.source;
            if s.document.is_empty() {
                b.body(&app.t("tui-source-none"));
                return;
            }
            b.body(&app.texts.fmt(app.lang, "tui-source-document", &[("doc", &s.document)]));
            if let Some(sec) = &s.section {
                b.body(&app.texts.fmt(app.lang, "tui-source-section", &[("section", sec)]));
            }
            match (&s.as_of, &s.updated) {
                (Some(y), _) => b.body(&app.texts.fmt(app.lang, "tui-source-as-of", &[("date", y)])),
                (None, Some(d)) => b.body(&app.texts.fmt(app.lang, "tui-source-date", &[("date", d)])),
                (None, None) => b.body(&app.t("tui-source-no-date")),
            }
            if s.external {
                b.blank();
                b.body(&app.t("tui-source-external"));
            }
        }
    }
}
