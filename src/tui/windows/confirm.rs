//! The questions that ask yes or no, each with its own words and what yes does: quit,
//! start again, open a teaching text in discreet mode, replace a file, print in discreet
//! mode, go back (or leave the case for a step of the map). A question's words are its
//! own by its type: there is no fall-back wording to land in.

use super::save::Save;
use crate::engine::Answer;
use crate::text;
use crate::tui::action::Action;
use crate::tui::state::{Base, Screen};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block as Boxed, Borders, Clear, Paragraph, Widget};

/// A question, with what it asks about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    /// Quit, with a case under way.
    Quit,
    /// Start again, with a case under way.
    Restart,
    /// Discreet mode is on and a teaching text (which names the topic) is about to open.
    Teaching(Teaching),
    /// The file to save to exists: replace it?
    Replace(Save),
    /// Discreet mode, `u` on the summary: print the discreet text, which stays in the
    /// terminal's scrollback?
    Print,
    /// Going back (or leaving the case for a step of the map) takes answers, duties or
    /// an outcome away: which, and yes or no.
    Back(Back),
}

/// The teaching text a question in discreet mode is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Teaching {
    /// A flow of the start screen, by id.
    Flow(String),
    /// The principles window.
    Principles,
}

/// Where a back question goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Back {
    /// Back this many steps.
    Steps(usize),
    /// Leave the case for this step of the map (flow, node).
    Leave { flow: usize, node: usize },
}

impl Confirm {
    /// The Fluent ids of the question's title and text.
    fn words(&self) -> (&'static str, &'static str) {
        match self {
            Confirm::Quit => ("tui-quit-title", "tui-quit-text"),
            Confirm::Restart => ("tui-restart-title", "tui-restart-text"),
            Confirm::Teaching(_) => ("tui-teaching-title", "tui-teaching-text"),
            Confirm::Replace(s) if s.slip() => ("tui-replace-title", "tui-replace-text-slip"),
            Confirm::Replace(s) if matches!(s.what, super::save::What::Debrief { .. }) => {
                ("tui-replace-title", "tui-replace-text-debrief")
            }
            Confirm::Replace(s) if s.what == super::save::What::Scenario => {
                ("tui-replace-title", "tui-replace-text-scenario")
            }
            Confirm::Replace(_) => ("tui-replace-title", "tui-replace-text"),
            Confirm::Print => ("tui-print-title", "tui-print-text"),
            Confirm::Back(Back::Leave { .. }) => ("tui-back-title", "tui-jump-text"),
            Confirm::Back(Back::Steps(_)) => ("tui-back-title", "tui-back-text"),
        }
    }

    /// A key: yes (`Some(true)`), no (any other key), or nothing (the mouse neither
    /// confirms nor cancels). The key that asked (q, r) says yes to its own question.
    pub fn answer(&self, a: Action) -> Option<bool> {
        match a {
            Action::Select | Action::Yes => Some(true),
            Action::Quit => Some(*self == Confirm::Quit),
            Action::Restart => Some(*self == Confirm::Restart),
            Action::Click(..) | Action::ScrollUp | Action::ScrollDown => None,
            _ => Some(false),
        }
    }

    /// The question in a box in the middle of `buf`.
    pub fn draw(&self, buf: &mut Buffer, app: &Base, th: Theme) {
        let (title, text) = self.words();
        let area = buf.area;
        let w = area.width.saturating_sub(4).min(60);
        let iw = w.saturating_sub(4) as usize;
        let path = match self {
            Confirm::Replace(s) => s.input.as_str(),
            _ => "",
        };
        let body = app.texts.fmt(app.lang, text, &[("path", path)]);
        let mut lines: Vec<Line> = text::wrap(&body, iw).into_iter().map(Line::from).collect();
        if let Confirm::Back(back) = self {
            // What goes: the answers, the duties and the outcome, a line each.
            for item in discarded(app, back.steps(app)) {
                for (i, l) in text::wrap(&item, iw.saturating_sub(2)).into_iter().enumerate() {
                    lines.push(Line::from(format!("{}{l}", if i == 0 { "- " } else { "  " })));
                }
            }
        }
        lines.push(Line::default());
        for id in ["tui-confirm-yes", "tui-confirm-no"] {
            lines.extend(text::wrap(&app.t(id), iw).into_iter().map(|l| Line::from(Span::styled(l, th.key))));
        }
        let rect = centered(area, w, lines.len() as u16 + 2);
        let block = Boxed::new()
            .borders(Borders::ALL)
            .title(Span::styled(format!(" {} ", app.t(title)), th.bold))
            .padding(ratatui::widgets::Padding::horizontal(1));
        Clear.render(rect, buf);
        Paragraph::new(lines).block(block).render(rect, buf);
    }
}

impl Back {
    /// How many steps it goes back (leaving the case: all of them).
    pub fn steps(self, app: &Base) -> usize {
        match (self, &app.screen) {
            (Back::Leave { .. }, Screen::Walk(w)) => w.session.depth(),
            (Back::Steps(n), _) => n,
            (Back::Leave { .. }, Screen::Start(_)) => 0,
        }
    }
}

fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

/// What going back `n` steps takes away: one line each, in the current language.
pub fn discarded(app: &Base, n: usize) -> Vec<String> {
    let Screen::Walk(w) = &app.screen else { return Vec::new() };
    let s = &w.session;
    let d = s.discards(n);
    let mut out = Vec::new();
    for p in d.answers.iter().filter(|p| p.answer != Answer::Continue) {
        let (_, node) = s.node_at(p.flow, p.node);
        let answer = crate::view::answer_text(app.texts, app.lang, app.discreet, node, &p.answer);
        let title = app.c(&node.title);
        out.push(app.texts.fmt(app.lang, "tui-back-answer", &[("answer", &answer), ("title", &title)]));
    }
    for id in &d.duties {
        let duty = s.model().duty(id).map_or(id.clone(), |x| app.c(&x.title));
        out.push(app.texts.fmt(app.lang, "tui-back-duty", &[("duty", &duty)]));
    }
    for (f, n) in &d.outcomes {
        let (_, node) = s.node_at(*f, *n);
        out.push(app.texts.fmt(app.lang, "tui-back-outcome", &[("outcome", &app.c(&node.title))]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::windows::save::What;

    /// Every question, one of each kind (and each wording a kind has).
    fn every() -> Vec<Confirm> {
        let save = |what| Save { input: "x.txt".into(), what };
        vec![
            Confirm::Quit,
            Confirm::Restart,
            Confirm::Teaching(Teaching::Flow("f".into())),
            Confirm::Teaching(Teaching::Principles),
            Confirm::Replace(save(What::Summary { full: false })),
            Confirm::Replace(save(What::Slip(None))),
            Confirm::Print,
            Confirm::Back(Back::Steps(1)),
            Confirm::Back(Back::Leave { flow: 0, node: 0 }),
        ]
    }

    #[test]
    fn each_question_has_its_own_words_in_both_languages() {
        let texts = crate::i18n::Texts::tool();
        let mut seen = std::collections::BTreeSet::new();
        for c in every() {
            let (title, text) = c.words();
            // The two teaching questions ask the same thing of another text: one wording.
            if !matches!(c, Confirm::Teaching(Teaching::Principles)) {
                assert!(seen.insert(text), "{c:?} borrows another question's words ({text})");
            }
            for lang in texts.langs() {
                for id in [title, text] {
                    assert!(texts.has(lang, id), "{id} is missing in {lang:?}");
                }
            }
        }
    }
}
