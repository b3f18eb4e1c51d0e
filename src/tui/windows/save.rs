//! The save dialog (`s` on the summary or the slip): a file name to type, and what the
//! file gets: the summary (in discreet mode the discreet text, unless the full one is
//! chosen here) or the slip (as a page in the person's language when one is chosen).

use crate::tui::action::Action;
use crate::tui::lines::Lines;
use crate::tui::state::Base;
use ratatui::style::Style;

/// Most characters the file name field holds (a path on Linux is at most 4096 bytes): a
/// paste or a held key stops there.
pub const MAX_INPUT_CHARS: usize = 1024;

/// What a save writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    /// The summary; `full`: the full text even in discreet mode (chosen in the dialog).
    Summary { full: bool },
    /// The case walked, as a scenario file with placeholders (trainers; never in
    /// discreet mode).
    Scenario,
    /// The slip: as a page in the person's language (an index into
    /// [`crate::export::slip::languages`]), or as text in the screen's (None).
    Slip(Option<usize>),
    /// Teaching mode's debrief; `full`: the flows' full texts even in discreet mode.
    Debrief { full: bool },
}

/// The dialog's own state: the name typed, and what it saves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Save {
    pub input: String,
    pub what: What,
}

/// What a key in the dialog asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Typed, erased, or the text chosen: the dialog stays.
    Edited,
    Close,
    /// Save to the name typed.
    Save,
    /// Enter with no name: say so.
    NoName,
    /// Not the dialog's key.
    Other,
}

impl Save {
    /// The dialog for `what`, with a suggested name that identifies no one.
    pub fn new(app: &Base, what: What) -> Save {
        let name = match what {
            What::Summary { .. } => "tui-save-name",
            What::Slip(Some(_)) => "tui-save-slip-html-name",
            What::Slip(None) => "tui-save-slip-name",
            What::Debrief { .. } => "tui-save-debrief-name",
            What::Scenario => "tui-save-scenario-name",
        };
        Save { input: app.t(name), what }
    }

    /// The file name as typed, without the blanks around it.
    pub fn path(&self) -> &str {
        self.input.trim()
    }

    /// The slip, not the summary.
    pub fn slip(&self) -> bool {
        matches!(self.what, What::Slip(_))
    }

    /// A key: type, erase, choose the text (discreet mode), save, close.
    pub fn key(&mut self, a: Action, discreet: bool) -> Key {
        match a {
            Action::Char(c) if !c.is_control() && self.input.chars().count() < MAX_INPUT_CHARS => self.input.push(c),
            Action::Back => {
                self.input.pop();
            }
            Action::Close => return Key::Close,
            // Discreet mode: which text the file gets, the discreet one or the full one.
            Action::Up | Action::Down if discreet => match &mut self.what {
                What::Summary { full } | What::Debrief { full } => *full = !*full,
                What::Slip(_) | What::Scenario => return Key::Other,
            },
            Action::Select if !self.path().is_empty() => return Key::Save,
            Action::Select => return Key::NoName,
            _ => return Key::Other,
        }
        Key::Edited
    }

    /// A paste: typed as far as [`MAX_INPUT_CHARS`] allows, without its line breaks and
    /// other control or invisible characters (a newline in a paste must not save at
    /// once). False if nothing of it was typed.
    pub fn paste(&mut self, text: &str) -> bool {
        let room = MAX_INPUT_CHARS.saturating_sub(self.input.chars().count());
        let keep = |c: &char| !c.is_control() && !crate::safe::is_unsafe(*c) && !crate::safe::is_line_break(*c);
        let typed: String = text.chars().filter(keep).take(room).collect();
        self.input.push_str(&typed);
        !typed.is_empty()
    }

    /// What the file gets, when the case is done.
    pub fn text(&self, app: &Base) -> Option<String> {
        match self.what {
            What::Slip(Some(_)) => app.slip_html(),
            What::Slip(None) => app.slip_text(),
            What::Summary { full } => app.summary_text_as(app.discreet && !full),
            What::Debrief { full } => crate::tui::teach::debrief_text(app, app.discreet && !full),
            // The id from the file name, as `walk --record` does.
            What::Scenario if !app.discreet => app.session().filter(|s| s.is_finished()).and_then(|s| {
                let id = crate::scenario::record::id_from_file(self.path());
                crate::scenario::record::record(s, app.texts, &id).ok()
            }),
            What::Scenario => None,
        }
    }

    /// The dialog's lines into `b`; its title.
    pub fn lines(&self, app: &Base, b: &mut Lines) -> String {
        let th = b.th;
        let slip = self.slip();
        let debrief = matches!(self.what, What::Debrief { .. });
        let scenario = self.what == What::Scenario;
        b.body(&app.t(match (slip, debrief, scenario) {
            (true, _, _) => "tui-save-slip-text",
            (_, true, _) => "tui-save-debrief-text",
            (_, _, true) => "tui-save-scenario-text",
            _ => "tui-save-text",
        }));
        b.blank();
        b.wrapped(&format!("> {}_", self.input), th.bold);
        if let What::Slip(Some(i)) = self.what
            && let Some(l) = crate::export::slip::languages().get(i)
            && !crate::export::slip::checked(&l.code)
        {
            // A translated slip: not yet checked by a native speaker, said before it is
            // written.
            let name = app.t(&format!("slip-lang-{}", l.code));
            b.blank();
            b.hanging("! ", &app.texts.fmt(app.lang, "tui-save-slip-unchecked", &[("lang", &name)]), th.bold);
        }
        if let (true, What::Summary { full } | What::Debrief { full }) = (app.discreet, self.what) {
            // Discreet mode: the file gets the discreet text unless the full one is
            // chosen here.
            b.blank();
            b.wrapped(&app.t(if full { "tui-save-full" } else { "tui-save-discreet" }), Style::new());
        }
        if let Some(m) = &app.message {
            // What went wrong with the last try: the name stays, to mend.
            b.blank();
            b.hanging("! ", m, th.bold);
        }
        b.blank();
        b.body(&app.t("tui-save-keys"));
        app.t(match (slip, debrief, scenario) {
            (true, _, _) => "tui-save-slip-title",
            (_, true, _) => "tui-save-debrief-title",
            (_, _, true) => "tui-save-scenario-title",
            _ => "tui-save-title",
        })
    }
}
