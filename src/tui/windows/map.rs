//! The flow map (`m`): every flow and step, the one picked marked; Enter opens it (the
//! update decides how: back along the path, or straight to it).

use super::Overlay;
use crate::tui::action::Action;
use crate::tui::lines::Lines;
use crate::tui::state::Base;
use ratatui::style::Style;

/// The map's own state: the step picked (an index into [`rows`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Map {
    pub sel: usize,
}

/// What a key in the map asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// The pick moved (or the text scrolled): the map stays open.
    Moved,
    /// Open this step (flow, node).
    Open(usize, usize),
    Close,
    /// Not the map's key.
    Other,
}

/// The steps of the flow map, in the order shown: the flows being walked first
/// (outermost first), then the others; each flow's steps in file order.
pub fn rows(app: &Base) -> Vec<(usize, usize)> {
    let model = app.model;
    let mut order: Vec<usize> = Vec::new();
    if let Some(s) = app.session() {
        for i in s.trail_at() {
            if !order.contains(&i) {
                order.push(i);
            }
        }
    }
    let rest: Vec<usize> = (0..model.flows.len()).filter(|i| !order.contains(i)).collect();
    order.extend(rest);
    order.into_iter().flat_map(|f| (0..model.flows[f].nodes.len()).map(move |n| (f, n))).collect()
}

impl Map {
    /// The map with the current step picked (the first row on the start screen).
    pub fn new(app: &Base) -> Map {
        let here = app.here();
        Map { sel: here.and_then(|h| rows(app).iter().position(|r| *r == h)).unwrap_or(0) }
    }

    /// A key: moves the pick (`page` rows a page) or scrolls `scroll`, opens the step
    /// picked, closes.
    pub fn key(&mut self, app: &Base, a: Action, scroll: &mut usize, page: usize) -> Key {
        let rows = rows(app);
        let last = rows.len().saturating_sub(1);
        match a {
            Action::Up => self.sel = self.sel.saturating_sub(1),
            Action::Down => self.sel = (self.sel + 1).min(last),
            Action::PageUp => self.sel = self.sel.saturating_sub(page),
            Action::PageDown => self.sel = (self.sel + page).min(last),
            Action::Home => self.sel = 0,
            Action::End => self.sel = last,
            Action::ScrollUp | Action::ScrollDown => {
                super::scroll(scroll, a, page);
            }
            Action::Select => {
                return match rows.get(self.sel) {
                    Some(&(f, n)) => Key::Open(f, n),
                    None => Key::Moved,
                };
            }
            Action::Back | Action::Close | Action::Map => return Key::Close,
            _ => {
                self.visible(app, scroll);
                return Key::Other;
            }
        }
        self.visible(app, scroll);
        Key::Moved
    }

    /// Scrolls `scroll` so that the step picked shows.
    pub fn visible(&self, app: &Base, scroll: &mut usize) {
        let o = Overlay::Map(*self);
        let targets = super::targets(app, &o);
        let h = super::height(app, &o).max(1);
        if let Some(r) = targets.get(self.sel) {
            if r.start < *scroll {
                *scroll = r.start;
            } else if r.end > *scroll + h {
                *scroll = r.end.saturating_sub(h);
            }
        }
    }

    /// The map's lines into `b`; the title.
    pub fn lines(&self, app: &Base, b: &mut Lines) -> String {
        let th = b.th;
        let model = app.model;
        let here = app.here();
        let path: Vec<(usize, usize)> =
            app.session().map(|s| s.summary().path.iter().map(|p| (p.flow, p.node)).collect()).unwrap_or_default();
        b.wrapped(&app.t("tui-map-legend"), th.note);
        let mut last_flow = None;
        for (i, (f, n)) in rows(app).into_iter().enumerate() {
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
            let marks: String =
                [(here == Some((f, n)), '*'), (path.contains(&(f, n)), '+'), (raises, '!'), (outcome, '=')]
                    .iter()
                    .map(|(on, c)| if *on { *c } else { ' ' })
                    .collect();
            let label = format!("{} \u{b7} {}", app.c(&node.title), node.id);
            b.entry(self.sel == i, &format!("{marks} "), &label, Style::new());
        }
        app.t("tui-map-title")
    }
}
