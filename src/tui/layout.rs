//! The layout: state and size -> page. `page` lays out the current screen as lines (the
//! update function uses the same layout to scroll and to map clicks; the view draws it).
//! Every word comes from Fluent (`locales/*/ui-tui.ftl` and the content); every key from
//! [`super::keymap`]; signs are the only literals. Meaning is never in colour alone: the selection has `>`,
//! ticks have `[x]`, duties have `!` and a word.

use super::input::Action;
use super::keymap::{self, KEYMAP, Shown};
use super::state::{App, Overlay, Place, Screen, start_flows};
use crate::engine::StepKind;
use crate::i18n::Lang;
use crate::text::{self, Block};
use crate::view::{ContactView, StepView, contact_details, contact_source, step_view, summary_view};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use std::ops::Range;
use std::rc::Rc;

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

pub use super::page::{Hint, Page};

/// Builds wrapped, styled lines and remembers where the selectable entries are.
struct Lines {
    out: Vec<Line<'static>>,
    targets: Vec<Range<usize>>,
    /// Each entry's lines as they look selected.
    selected: Vec<Vec<Line<'static>>>,
    /// A place for the selected entry's note (see [`Page::detail`]).
    detail: Option<super::page::Detail>,
    width: usize,
    th: Theme,
    /// More air between entries (a large screen, a projector).
    roomy: bool,
}

impl Lines {
    fn new(width: usize, th: Theme) -> Lines {
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
    fn side_by_side(&mut self, left: Lines, right: Lines, colw: usize) {
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
    /// tick box), and the label wrapped with a hanging indent.
    /// `selected`: drawn selected here; its selected form is kept either way.
    fn entry(&mut self, selected: bool, prefix: &str, label: &str, label_style: Style) {
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
    fn details(&mut self, prefix: &str, notes: &[Option<String>]) {
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
        self.detail = Some(super::page::Detail { at: start..start + h, lines });
    }
}

/// The app in one language: the page is built through this, so that the second column
/// of two languages side by side is the same page in the next language.
pub(super) struct In<'x, 'a> {
    app: &'x App<'a>,
    pub lang: Lang,
}

impl<'x, 'a> In<'x, 'a> {
    fn new(app: &'x App<'a>) -> Self {
        In { app, lang: app.lang }
    }
    fn t(&self, id: &str) -> String {
        self.app.texts.get(self.lang, id)
    }
}

impl<'a> std::ops::Deref for In<'_, 'a> {
    type Target = App<'a>;
    fn deref(&self) -> &App<'a> {
        self.app
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
    if let Some(path) = &app.local_cleaned {
        let msg = crate::view::local_cleaned_notice(app.texts, app.lang, path);
        b.hanging("! ", &msg, th.bold);
        b.blank();
    }
    // A content pack that was refused: the bundled guidance is in use, and why.
    if let Some(why) = &app.pack_refused {
        b.hanging("! ", why, th.bold);
        b.blank();
    }
    b.wrapped(&app.t("tui-start-title"), th.bold);
    b.blank();
    b.body(&app.c("tui-start-intro"));
    // Which guidance this is, first, so that it shows without scrolling; each step shows
    // the date of its own source.
    let version = crate::view::guidance_text(app.texts, app.lang, &app.model.set);
    b.wrapped(&app.texts.fmt(app.lang, "tui-start-version", &[("version", &version)]), Style::new());
    b.blank();
    let flows = start_flows(app.model);
    if flows.is_empty() {
        b.wrapped(&app.t("tui-start-no-flows"), Style::new());
    }
    for (i, f) in flows.iter().enumerate() {
        b.entry(false, &format!("{}. ", i + 1), &app.c(&f.title), th.bold);
    }
    let notes: Vec<Option<String>> = flows.iter().map(|f| f.description.as_deref().map(|d| app.c(d))).collect();
    b.details(&format!("{}. ", flows.len()), &notes);
    let mut h: Vec<Hint> =
        [hint_as(app, Action::Pick(1), Some("tui-key-open"), 0), hint_as(app, Action::Down, None, 2)]
            .into_iter()
            .flatten()
            .collect();
    common_hints(app, &mut h, false);
    h
}

fn outcome_lists(app: &In, b: &mut Lines, actions: &[String], contacts: &[ContactView]) {
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

fn contact_list(app: &In, b: &mut Lines, contacts: &[ContactView]) {
    let th = b.th;
    if contacts.is_empty() {
        return;
    }
    b.blank();
    b.wrapped(&app.t("tui-contacts"), th.bold);
    contact_entries(app, b, contacts);
}

/// Each contact: the name, phone, web, what it is for, and where the entry comes from.
fn contact_entries(app: &In, b: &mut Lines, contacts: &[ContactView]) {
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
        contact_entries(&In::new(app), b, std::slice::from_ref(c));
    }
}

fn step_page(app: &In, v: &StepView, b: &mut Lines) -> Vec<Hint> {
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
            // The number each choice has in its flow file: 0 for "no" or "none".
            for c in &v.choices {
                b.entry(false, &format!("{}. ", c.number), &c.label, Style::new());
            }
            h.extend(hint(app, Action::Pick(1)));
            h.extend(hint(app, Action::Down));
        }
        Place::Checklist => {
            b.blank();
            let nw = v.items.iter().map(|it| it.number).max().unwrap_or(0).to_string().len();
            for it in &v.items {
                let mark = if ui.ticks.contains(&it.key) { "[x]" } else { "[ ]" };
                b.entry(false, &format!("{mark} {:>nw$}. ", it.number), &it.label, Style::new());
            }
            b.blank();
            b.entry(false, "", &app.t("tui-continue"), th.bold);
            h.extend(hint(app, Action::Toggle));
            h.extend(hint(app, Action::Down));
            h.extend(hint_as(app, Action::Select, None, 1));
        }
        _ => {
            if v.kind == StepKind::Outcome {
                outcome_lists(app, b, &v.actions, &v.contacts);
            }
            // An info's points: a list to read, nothing to tick.
            if v.kind == StepKind::Info && !v.items.is_empty() {
                b.blank();
                for it in &v.items {
                    b.hanging("- ", &it.label, Style::new());
                }
            }
            b.blank();
            b.entry(true, "", &app.t("tui-continue"), th.bold);
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

fn summary_page(app: &In, v: &StepView, b: &mut Lines) -> Vec<Hint> {
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
            b.entry(false, &format!("{mark} {}. ", i + 1), a, Style::new());
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
    // The slip, save and print always show (a nurse must find them at 80 columns).
    let mut h: Vec<Hint> = [
        hint_as(app, Action::Slip, None, 0),
        hint(app, Action::Save),
        hint_as(app, Action::Print, None, 0),
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
    // Each stage by its short name (`stage`), else its title; neighbouring nodes of the
    // same stage (triage and the age asked after an emergency) are one stage.
    let mut titles: Vec<String> = Vec::new();
    let mut group = Vec::new();
    for n in &s.root().nodes {
        let t = app.c(n.stage.as_deref().unwrap_or(&n.title));
        if titles.last() != Some(&t) {
            titles.push(t);
        }
        group.push(titles.len() - 1);
    }
    let cur = group.get(s.root_node()).copied().unwrap_or(0);
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

/// The right of the title bar, with a lasting mark when discreet mode is on (its
/// message fades; this stays).
fn discreet_mark(app: &App, right: String) -> String {
    match (app.discreet, right.is_empty()) {
        (false, _) => right,
        (true, true) => app.t("tui-discreet-mark"),
        (true, false) => {
            app.texts.fmt(app.lang, "tui-bar-discreet", &[("mark", &app.t("tui-discreet-mark")), ("right", &right)])
        }
    }
}

/// The current screen laid out for `app.width` x `app.height`.
pub fn page(app: &App) -> Page {
    let th = Theme::new(app.color);
    let w = app.width as usize;
    let (_, cw) = column(app.width);
    let mut b = Lines::new(cw as usize, th);
    // A large screen (a projector at 100 x 30 and more): air between the entries.
    b.roomy = app.width >= 100 && app.height >= 30;
    let stages = match &app.screen {
        Screen::Walk(walk) if walk.session.root().case => Some(stage_line(app, &walk.session, cw as usize, th)),
        _ => None,
    };
    let (left, right, duties, hints) = match &app.screen {
        Screen::Start(_) => {
            (app.t("tui-app-title"), discreet_mark(app, String::new()), Vec::new(), start_page(app, &mut b))
        }
        Screen::Walk(walk) => {
            let v = step_view(&walk.session, app.texts, app.lang);
            let finished = walk.session.is_finished();
            let build = |cx: &In, v: &StepView, b: &mut Lines| {
                if let Some(facts) = &walk.direct {
                    let note = if facts.is_empty() {
                        cx.t("tui-direct-none")
                    } else {
                        cx.texts.fmt(cx.lang, "tui-direct", &[("facts", &facts.join(", "))])
                    };
                    b.wrapped(&note, th.note);
                    b.blank();
                }
                if finished { summary_page(cx, v, b) } else { step_page(cx, v, b) }
            };
            let other = app.texts.next_lang(app.lang);
            let hints = if let Some(p) = app.player.as_ref().filter(|_| cw >= 40) {
                // A scenario: the flow on the left, the case beside it.
                let lw = (cw as usize - 3) * 3 / 5;
                let mut left = Lines::new(lw, th);
                let mut hints = build(&In::new(app), &v, &mut left);
                hints.retain(|h| !matches!(h.action, Action::Pick(_) | Action::Down | Action::Toggle));
                let mut right = Lines::new(cw as usize - 3 - lw, th);
                player_panel(app, p, &mut right);
                b.side_by_side(left, right, lw);
                hints
            } else if app.side_by_side && other != app.lang && cw >= 40 {
                // Two columns: this language, a bar, the next; the entries are this
                // language's (the keys and clicks act on them).
                let colw = (cw as usize - 3) / 2;
                let mut left = Lines::new(colw, th);
                left.roomy = b.roomy;
                let hints = build(&In::new(app), &v, &mut left);
                let mut right = Lines::new(colw, th);
                right.roomy = b.roomy;
                let v2 = step_view(&walk.session, app.texts, other);
                build(&In { app, lang: other }, &v2, &mut right);
                b.side_by_side(left, right, colw);
                hints
            } else {
                build(&In::new(app), &v, &mut b)
            };
            let right = if finished {
                app.t("tui-summary")
            } else {
                app.texts.fmt(app.lang, "tui-step", &[("n", &(walk.session.depth() + 1).to_string())])
            };
            let right = discreet_mark(app, right);
            let duties = v.duties.iter().map(|d| app.texts.fmt(app.lang, "tui-duty", &[("duty", &d.title)])).collect();
            (v.trail.join(" \u{203a} "), right, duties, hints)
        }
    };
    let mut banners: Vec<String> = Vec::new();
    let bw = (cw as usize).min(w.saturating_sub(2));
    // Past the review-by date: under the header of every screen (the start, each step,
    // the summary), as the duties are.
    let overdue = crate::view::overdue_text(app.texts, app.lang, &app.model.set);
    for d in duties.iter().chain(overdue.iter()) {
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
    let (entries, lines) = (b.targets.len(), b.out.len());
    Page {
        id: super::page::next_id(),
        left,
        right,
        stages,
        banners,
        lines: b.out,
        targets: b.targets,
        selected: b.selected,
        detail: b.detail,
        hints,
        body_top,
        body_h,
        drawn: (0..lines).map(|_| Default::default()).collect(),
        drawn_selected: (0..entries).map(|_| Default::default()).collect(),
        chrome: Default::default(),
    }
}

/// The page for the current state: the one laid out last, while only the selection or
/// the scroll position has changed since (the update says when: [`App::update`]), else
/// laid out anew. A move of the selection then lays nothing out.
pub fn cached(app: &App) -> Rc<Page> {
    if let Some(p) = app.page.borrow().as_ref().filter(|_| app.keep_page.get()) {
        // The tests run the debug build: every page kept is checked against a new one.
        debug_assert_eq!(**p, page(app));
        return Rc::clone(p);
    }
    let p = Rc::new(page(app));
    if app.keep_page.get() {
        *app.page.borrow_mut() = Some(Rc::clone(&p));
    }
    p
}

/// The entry under a click at (column, row), if any.
pub fn entry_at(app: &App, x: u16, y: u16) -> Option<usize> {
    let p = cached(app);
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
    let (title, b) = overlay_build(app);
    (title, b.out)
}

/// The lines of each selectable entry of the open overlay (the steps of the map).
pub fn overlay_targets(app: &App) -> Vec<Range<usize>> {
    overlay_build(app).1.targets
}

fn overlay_build(app: &App) -> (String, Lines) {
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
            b.body(&app.t(if app.saving_slip { "tui-save-slip-text" } else { "tui-save-text" }));
            b.blank();
            b.wrapped(&format!("> {}_", app.input), th.bold);
            if app.saving_slip
                && let (Some(l), Some(name)) = (app.slip_lang(), app.slip_lang_name())
                && !crate::export::slip::checked(&l.code)
            {
                // A translated slip: not yet checked by a native speaker, said before it is
                // written.
                b.blank();
                b.hanging("! ", &app.texts.fmt(app.lang, "tui-save-slip-unchecked", &[("lang", &name)]), th.bold);
            }
            if app.discreet && !app.saving_slip {
                // Discreet mode: the file gets the discreet text unless the full one is
                // chosen here.
                b.blank();
                b.wrapped(&app.t(if app.save_full { "tui-save-full" } else { "tui-save-discreet" }), Style::new());
            }
            if let Some(m) = &app.message {
                // What went wrong with the last try: the name stays, to mend.
                b.blank();
                b.hanging("! ", m, th.bold);
            }
            b.blank();
            b.body(&app.t("tui-save-keys"));
            app.t(if app.saving_slip { "tui-save-slip-title" } else { "tui-save-title" })
        }
        Some(Overlay::Source) => {
            source_lines(app, &mut b);
            app.t(if matches!(app.screen, Screen::Start(_)) { "tui-sources-title" } else { "tui-source-title" })
        }
        Some(Overlay::Map) => {
            map_lines(app, &mut b);
            app.t("tui-map-title")
        }
        Some(Overlay::Trainer) => {
            trainer_lines(app, &mut b);
            app.t("tui-trainer-title")
        }
        Some(Overlay::Slip) => {
            // First: ROSA's own material in the person's language goes before this slip.
            b.wrapped(&app.t("tui-slip-rosa-first"), th.note);
            b.blank();
            let slip = app.slip_text().unwrap_or_default();
            for l in slip.lines() {
                b.wrapped(l, Style::new());
            }
            if slip.lines().count() <= 2 {
                b.wrapped(&app.t("tui-slip-empty"), th.note);
            }
            b.blank();
            b.wrapped(&app.t("tui-slip-keys"), th.note);
            b.blank();
            match app.slip_lang_name() {
                Some(name) => b.wrapped(&app.texts.fmt(app.lang, "tui-slip-person-lang", &[("lang", &name)]), th.bold),
                None => b.wrapped(&app.t("tui-slip-person-none"), th.note),
            }
            app.t("tui-slip-title")
        }
        Some(
            Overlay::ConfirmQuit
            | Overlay::ConfirmRestart
            | Overlay::ConfirmTeaching
            | Overlay::ConfirmReplace
            | Overlay::ConfirmPrint
            | Overlay::ConfirmBack,
        )
        | None => String::new(),
    };
    (title, b)
}

/// The steps of the flow map, in the order shown: the flows being walked first
/// (outermost first), then the others; each flow's steps in file order.
pub fn map_rows(app: &App) -> Vec<(usize, usize)> {
    let model = app.model;
    let mut order: Vec<usize> = Vec::new();
    if let Some(s) = app.session() {
        for f in s.step().trail {
            if let Some(i) = model.flow_index(&f.id)
                && !order.contains(&i)
            {
                order.push(i);
            }
        }
    }
    let rest: Vec<usize> = (0..model.flows.len()).filter(|i| !order.contains(i)).collect();
    order.extend(rest);
    order.into_iter().flat_map(|f| (0..model.flows[f].nodes.len()).map(move |n| (f, n))).collect()
}

/// The scenario beside the flow: its title and case text, where the play is, and the
/// answer the next key gives.
fn player_panel(app: &App, p: &crate::tui::state::Player, b: &mut Lines) {
    let th = b.th;
    b.wrapped(p.scenario.title(app.lang), th.bold);
    b.blank();
    b.body(p.scenario.text(app.lang));
    b.blank();
    let n = p.sessions.len().saturating_sub(1);
    let (at, n) = ((p.at + 1).to_string(), (n + 1).to_string());
    b.wrapped(&app.texts.fmt(app.lang, "tui-play-at", &[("at", &at), ("n", &n)]), th.note);
    match (p.answers.get(p.at), p.sessions.get(p.at)) {
        (Some(a), Some(s)) => {
            let words = crate::view::answer_text(app.texts, app.lang, app.discreet, s.step().node, a);
            let words = if words.is_empty() { app.t("tui-play-continue") } else { words };
            b.wrapped(&app.texts.fmt(app.lang, "tui-play-next", &[("answer", &words)]), th.bold);
        }
        _ => b.wrapped(&app.t("tui-play-done"), th.bold),
    }
    b.wrapped(&app.t("tui-play-keys"), th.note);
}

/// Where the walk is (flow and node numbers), if walking.
fn here(app: &App) -> Option<(usize, usize)> {
    let s = app.session()?;
    let st = s.step();
    let f = app.model.flow_index(&st.flow.id)?;
    let n = st.flow.nodes.iter().position(|n| n.id == st.node.id)?;
    Some((f, n))
}

fn map_lines(app: &App, b: &mut Lines) {
    let th = b.th;
    let model = app.model;
    let here = here(app);
    let path: Vec<(usize, usize)> =
        app.session().map(|s| s.summary().path.iter().map(|p| (p.flow, p.node)).collect()).unwrap_or_default();
    b.wrapped(&app.t("tui-map-legend"), th.note);
    let mut last_flow = None;
    for (i, (f, n)) in map_rows(app).into_iter().enumerate() {
        let flow = &model.flows[f];
        if last_flow != Some(f) {
            b.blank();
            let head = app.texts.fmt(app.lang, "tui-map-flow", &[("title", &app.c(&flow.title)), ("id", &flow.id)]);
            b.wrapped(&head, th.bold);
            last_flow = Some(f);
        }
        let node = &flow.nodes[n];
        let raises = !node.raise.is_empty() || node.choices().iter().any(|c| !c.raise.is_empty());
        let outcome = matches!(node.body, crate::flow::resolved::Body::Outcome { .. });
        let marks: String = [(here == Some((f, n)), '*'), (path.contains(&(f, n)), '+'), (raises, '!'), (outcome, '=')]
            .iter()
            .map(|(on, c)| if *on { *c } else { ' ' })
            .collect();
        let label = format!("{} \u{b7} {}", app.c(&node.title), node.id);
        b.entry(app.map_sel == i, &format!("{marks} "), &label, Style::new());
    }
}

fn trainer_lines(app: &App, b: &mut Lines) {
    let th = b.th;
    let Some(s) = app.session() else { return };
    let model = s.model();
    let st = s.step();
    let t = |id: &str, args: &[(&str, &str)]| app.texts.fmt(app.lang, id, args);
    let (fi, ni) = here(app).unwrap_or((0, 0));
    let raw = model.set.flows.get(fi).and_then(|f| f.nodes.get(ni)).map(|(_, n)| n);
    let head = t("tui-trainer-node", &[("flow", &st.flow.id), ("node", &st.node.id), ("kind", st.kind.as_str())]);
    b.wrapped(&head, th.bold);
    match raw.and_then(|n| n.when.as_deref()) {
        Some(c) => b.wrapped(&t("tui-trainer-when", &[("cond", c)]), Style::new()),
        None => b.wrapped(&app.t("tui-trainer-no-when"), Style::new()),
    }
    let conds = raw
        .map(|n| {
            let c = n.choices().iter().map(|c| (&c.key, &c.when));
            c.chain(n.items().iter().map(|i| (&i.key, &i.when))).collect::<Vec<_>>()
        })
        .unwrap_or_default();
    for (key, when) in conds {
        if let Some(w) = when {
            b.hanging("  ", &t("tui-trainer-choice-when", &[("key", key), ("cond", w)]), Style::new());
        }
    }
    let facts: Vec<String> = s.facts().into_iter().collect();
    b.blank();
    if facts.is_empty() {
        b.wrapped(&app.t("tui-trainer-no-facts"), Style::new());
    } else {
        b.wrapped(&t("tui-trainer-facts", &[("facts", &facts.join(", "))]), Style::new());
    }
    let sum = s.summary();
    b.blank();
    b.wrapped(&app.t("tui-trainer-path"), th.bold);
    for p in &sum.path {
        let (flow, node) = s.node_at(p.flow, p.node);
        let answer = match &p.answer {
            crate::engine::Answer::Choose(k) => k.clone(),
            crate::engine::Answer::Tick(keys) => format!("[{}]", keys.join(", ")),
            crate::engine::Answer::Continue => "\u{2192}".to_string(),
        };
        let mut line = t("tui-trainer-answer", &[("flow", &flow.id), ("node", &node.id), ("answer", &answer)]);
        if !p.raised.is_empty() {
            line = format!("{line}  ! {}", t("tui-trainer-raised", &[("duties", &p.raised.join(", "))]));
        }
        b.hanging("  ", &line, if p.raised.is_empty() { Style::new() } else { th.bold });
    }
    if !sum.outcomes.is_empty() {
        let o: Vec<String> = sum.outcomes.iter().map(|o| format!("{}/{}", o.flow.id, o.node.id)).collect();
        b.blank();
        b.wrapped(&t("tui-trainer-reached", &[("outcomes", &o.join(", "))]), Style::new());
    }
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
    // The keys of the screen under the window first, then those that work everywhere,
    // then the rest: each row once, in groups with a heading.
    let hints = page(app).hints;
    let mut seen: Vec<usize> = Vec::new();
    let mut group = |global: Option<bool>| -> Vec<usize> {
        let mut v = Vec::new();
        match global {
            Some(g) => {
                for h in hints.iter().filter(|h| h.global == g) {
                    if let Some(i) = KEYMAP.iter().position(|r| r.binds.iter().any(|b| b.action == h.action))
                        && !seen.contains(&i)
                    {
                        seen.push(i);
                        v.push(i);
                    }
                }
            }
            None => v.extend((0..KEYMAP.len()).filter(|i| !seen.contains(i))),
        }
        v
    };
    let groups = [
        ("tui-help-here", group(Some(false))),
        ("tui-help-everywhere", group(Some(true))),
        ("tui-help-other", group(None)),
    ];
    let rows = help_rows(app);
    let kw = rows.iter().map(|(k, _)| text::width(k)).max().unwrap_or(0).min(b.width / 3) + 2;
    for (head, idx) in groups {
        if idx.is_empty() {
            continue;
        }
        b.blank();
        b.wrapped(&app.t(head), th.bold);
        for i in idx {
            let Some((k, d)) = rows.get(i) else { continue };
            let key = text::truncate(k, kw - 2);
            let pad = " ".repeat(kw - text::width(&key));
            for (j, l) in text::wrap(d, b.width.saturating_sub(kw)).into_iter().enumerate() {
                let first =
                    if j == 0 { Span::styled(format!("{key}{pad}"), th.key) } else { Span::raw(" ".repeat(kw)) };
                b.out.push(Line::from(vec![first, Span::raw(l)]));
            }
        }
    }
    if b.out.first().is_some_and(|l| l.width() == 0) {
        b.out.remove(0);
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
