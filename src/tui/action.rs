//! What the user can ask for ([`Action`]) and which layer of keys holds ([`Context`]):
//! the vocabulary the keymap, the input reader, the update and the layout share.

/// What the user asked for, independent of the key that asked (which key is which:
/// [`super::keymap::KEYMAP`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The selection up.
    Up,
    /// The selection down.
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    /// The choice (or checklist item, or action) with that number.
    Pick(usize),
    /// Answer with the selection, or go on.
    Select,
    /// Tick or untick.
    Toggle,
    /// One step back (undoes the last answer).
    Back,
    /// Closes a window, an overlay or a question; never undoes an answer.
    Close,
    /// Start again.
    Restart,
    /// Quit (asks first when a case is under way).
    Quit,
    /// Quit at once, whatever is on the screen.
    ForceQuit,
    /// The other language.
    Lang,
    /// The basic principles.
    Principles,
    /// The source of the step.
    Source,
    /// Every contact of the directory.
    Contacts,
    /// Every key.
    Help,
    /// The background of this step.
    Why,
    /// Discreet mode on or off.
    Discreet,
    /// The flow map (every flow and step; jump to one).
    Map,
    /// Two languages side by side, on or off.
    SideBySide,
    /// The trainer view (ids, conditions, facts, which answer raised which duty).
    Trainer,
    /// On the summary: the discreet slip for the person.
    Slip,
    /// On the summary: save it to a file.
    Save,
    /// On the summary: quit, and print it as plain text after the screen is restored.
    Print,
    /// Teaching mode: show the answer the guidance expects at this decision.
    Reveal,
    /// On the summary: write the case walked as a scenario file (trainers).
    Record,
    /// What if: leave the scenario for a free walk from this step; again, back to the
    /// scenario where it was left.
    WhatIf,
    /// A character typed into a text field (the file name of an export).
    Char(char),
    /// Quick-hide.
    Hide,
    /// Redraw the whole screen.
    Redraw,
    /// Ctrl-Z: give the terminal back and stop, as a shell job does; `fg` brings the
    /// session back as it was (Unix; elsewhere nothing).
    Suspend,
    /// Yes, in a question that asks yes or no.
    Yes,
    /// No, in a question that asks yes or no.
    No,
    /// Any other key: it brings a hidden screen back, and it closes a question.
    OtherKey,
    /// A left click at a cell (column, row).
    Click(u16, u16),
    /// Mouse wheel.
    ScrollUp,
    ScrollDown,
    /// The terminal's new size (columns, rows).
    Resize(u16, u16),
}

impl Action {
    /// Came from the keyboard (not the mouse, not a resize).
    pub fn is_key(self) -> bool {
        !matches!(self, Action::Click(..) | Action::ScrollUp | Action::ScrollDown | Action::Resize(..))
    }
}

/// Which layer of the keymap holds: in a yes/no question `j` is "ja", elsewhere it moves
/// down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Normal,
    Confirm,
    /// A text field has the keyboard: characters are typed, not keys.
    Text,
}
