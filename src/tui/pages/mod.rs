//! The screens, each laid out as a [`Page`] for the current size: the start
//! ([`start`]), a step ([`step`]) and the summary ([`summary`]), with the bars and
//! banners every screen has; the page kept between key presses that cannot change it
//! ([`cached`]) and the entry under a click ([`entry_at`]). Every word comes from Fluent
//! (`locales/*/ui-tui.ftl` and the content); every key from [`super::keymap`]; signs are
//! the only literals.

pub mod contacts;
pub mod start;
pub mod step;
pub mod summary;

use super::action::Action;
use super::lines::Lines;
use super::page::Page;
use super::state::{Base, Screen};
use super::theme::{Theme, column};
use crate::i18n::Lang;
use crate::text;
use crate::view::{StepView, step_view};
use std::rc::Rc;

/// The app in one language: the page is built through this, so that the second column
/// of two languages side by side is the same page in the next language.
pub struct In<'x, 'a> {
    app: &'x Base<'a>,
    pub lang: Lang,
}

impl<'x, 'a> In<'x, 'a> {
    pub fn new(app: &'x Base<'a>) -> Self {
        In { app, lang: app.lang }
    }
    pub fn t(&self, id: &str) -> String {
        self.app.texts.get(self.lang, id)
    }
}

impl<'a> std::ops::Deref for In<'_, 'a> {
    type Target = Base<'a>;
    fn deref(&self) -> &Base<'a> {
        self.app
    }
}

/// The right of the title bar, with a lasting mark when discreet mode is on (its
/// message fades; this stays).
fn discreet_mark(app: &Base, right: String) -> String {
    match (app.discreet, right.is_empty()) {
        (false, _) => right,
        (true, true) => app.t("tui-discreet-mark"),
        (true, false) => {
            app.texts.fmt(app.lang, "tui-bar-discreet", &[("mark", &app.t("tui-discreet-mark")), ("right", &right)])
        }
    }
}

/// The current screen laid out for `app.width` x `app.height`.
pub fn page(app: &Base) -> Page {
    let th = Theme::new(app.color);
    let w = app.width as usize;
    let (_, cw) = column(app.width);
    let mut b = Lines::new(cw as usize, th);
    // A large screen (a projector at 100 x 30 and more): air between the entries.
    b.roomy = app.width >= 100 && app.height >= 30;
    let stages = match &app.screen {
        Screen::Walk(walk) if walk.session.root().case => Some(step::stage_line(app, &walk.session, cw as usize, th)),
        _ => None,
    };
    let (left, right, duties, hints) = match &app.screen {
        Screen::Start(_) => {
            (app.t("tui-app-title"), discreet_mark(app, String::new()), Vec::new(), start::page(app, &mut b))
        }
        Screen::Walk(walk) => {
            let v = step_view(&walk.session, app.texts, app.lang);
            let finished = walk.session.is_finished();
            let build = |cx: &In, v: &StepView, b: &mut Lines| {
                if let Some(facts) = &walk.direct {
                    let note = if facts.is_empty() {
                        cx.t("tui-direct-none")
                    } else {
                        let words: Vec<String> = facts
                            .iter()
                            .map(|f| crate::export::words::fact_words(cx.texts, cx.lang, f, false))
                            .collect();
                        cx.texts.fmt(cx.lang, "tui-direct", &[("facts", &words.join("; "))])
                    };
                    b.wrapped(&note, th.note);
                    b.blank();
                }
                if finished { summary::page(cx, v, b) } else { step::page(cx, v, b) }
            };
            let other = app.texts.next_lang(app.lang);
            let hints = if let Some(p) = app.player.as_ref().filter(|_| cw >= 40) {
                let teach = p.teach.is_some();
                let mut hints = if app.side_by_side && other != app.lang {
                    // Two languages side by side: in each column the step, then the case.
                    let colw = (cw as usize - 3) / 2;
                    let mut left = Lines::new(colw, th);
                    left.roomy = b.roomy;
                    let hints = build(&In::new(app), &v, &mut left);
                    left.blank();
                    step::player_panel(&In::new(app), p, &mut left);
                    let mut right = Lines::new(colw, th);
                    right.roomy = b.roomy;
                    let cx = In { app, lang: other };
                    build(&cx, &step_view(&walk.session, app.texts, other), &mut right);
                    right.blank();
                    step::player_panel(&cx, p, &mut right);
                    b.side_by_side(left, right, colw);
                    hints
                } else if cw >= 74 {
                    // The flow on the left, the case beside it (in teaching mode half and
                    // half: the case is read more than once).
                    let lw = if teach { (cw as usize - 3) / 2 } else { (cw as usize - 3) * 3 / 5 };
                    let mut left = Lines::new(lw, th);
                    left.roomy = b.roomy && teach;
                    let hints = build(&In::new(app), &v, &mut left);
                    let mut right = Lines::new(cw as usize - 3 - lw, th);
                    step::player_panel(&In::new(app), p, &mut right);
                    b.side_by_side(left, right, lw);
                    hints
                } else {
                    // A narrow screen: one column, the step first (the question and its
                    // answers stay in sight), the case under it.
                    let hints = build(&In::new(app), &v, &mut b);
                    b.blank();
                    step::player_panel(&In::new(app), p, &mut b);
                    hints
                };
                step::player_hints(app, p, &mut hints);
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
    // What if: off the scenario's script, said first for as long as it lasts.
    if app.aside.is_some() {
        for (i, l) in text::wrap(&app.t("tui-whatif-banner"), bw.saturating_sub(2)).into_iter().enumerate() {
            banners.push(format!("{}{l}", if i == 0 { "? " } else { "  " }));
        }
    }
    // Past the review-by date: under the header of every screen (the start, each step,
    // the summary), as the duties are.
    let overdue = crate::view::overdue_text(app.texts, app.lang, app.model);
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
/// the scroll position has changed since (the update says when: [`super::app::App::update`]),
/// else laid out anew. A move of the selection then lays nothing out.
pub fn cached(app: &Base) -> Rc<Page> {
    if let Some(p) = app.page.get() {
        // The tests run the debug build: every page kept is checked against a new one.
        debug_assert_eq!(*p, page(app));
        return p;
    }
    let p = Rc::new(page(app));
    app.page.put(&p);
    p
}

/// The entry under a click at (column, row), if any.
pub fn entry_at(app: &Base, x: u16, y: u16) -> Option<usize> {
    let p = cached(app);
    if y < p.body_top || (y - p.body_top) as usize >= p.body_h || x >= app.width {
        return None;
    }
    let line = app.ui().scroll + (y - p.body_top) as usize;
    p.targets.iter().position(|r| r.contains(&line))
}
