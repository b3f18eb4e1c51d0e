//! Keys -> actions: every key of the issue, press only (releases and repeats, which
//! crossterm reports on some platforms, are dropped), mouse, resize.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use veiviser::tui::input::{Action, Context, event};

fn key_ev(code: KeyCode, mods: KeyModifiers, kind: KeyEventKind) -> Event {
    Event::Key(KeyEvent::new_with_kind(code, mods, kind))
}

fn press(code: KeyCode) -> Option<Action> {
    event(&key_ev(code, KeyModifiers::NONE, KeyEventKind::Press), Context::Normal)
}

fn ch(c: char) -> Option<Action> {
    press(KeyCode::Char(c))
}

#[test]
fn every_key_of_the_walk_through() {
    use Action::*;
    for (i, c) in "123456789".chars().enumerate() {
        assert_eq!(ch(c), Some(Pick(i + 1)));
    }
    // 0 is "no" or "none of these", on every question.
    assert_eq!(ch('0'), Some(Pick(0)));
    assert_eq!(press(KeyCode::Up), Some(Up));
    assert_eq!(press(KeyCode::Down), Some(Down));
    // No vim keys: j is "ja" in a question, and neither j nor k moves.
    assert_eq!(ch('k'), Some(OtherKey));
    assert_eq!(ch('j'), Some(OtherKey));
    assert_eq!(ch('h'), Some(Why));
    assert_eq!(press(KeyCode::Tab), Some(Down));
    assert_eq!(press(KeyCode::BackTab), Some(Up));
    assert_eq!(press(KeyCode::Enter), Some(Select));
    assert_eq!(ch(' '), Some(Toggle));
    assert_eq!(press(KeyCode::Backspace), Some(Back));
    assert_eq!(press(KeyCode::Left), Some(Back));
    assert_eq!(press(KeyCode::Esc), Some(Close), "Esc closes; it never goes back");
    assert_eq!(press(KeyCode::PageUp), Some(PageUp));
    assert_eq!(press(KeyCode::PageDown), Some(PageDown));
    assert_eq!(press(KeyCode::Home), Some(Home));
    assert_eq!(press(KeyCode::End), Some(End));
    assert_eq!(ch('r'), Some(Restart));
    assert_eq!(ch('q'), Some(Quit));
    assert_eq!(ch('l'), Some(Lang));
    assert_eq!(ch('p'), Some(Principles));
    assert_eq!(ch('s'), Some(Source));
    assert_eq!(ch('?'), Some(Help));
    assert_eq!(ch('x'), Some(Hide));
    assert_eq!(ch('t'), Some(Contacts));
    assert_eq!(ch('a'), Some(Reveal));
    assert_eq!(ch('o'), Some(WhatIf));
    assert_eq!(ch('f'), Some(Record));
    assert_eq!(ch('b'), Some(OtherKey));
    assert_eq!(press(KeyCode::Right), Some(OtherKey));
    assert_eq!(press(KeyCode::F(12)), Some(OtherKey));
}

#[test]
fn caps_lock_changes_nothing() {
    assert_eq!(
        event(&key_ev(KeyCode::Char('Q'), KeyModifiers::SHIFT, KeyEventKind::Press), Context::Normal),
        Some(Action::Quit)
    );
    assert_eq!(ch('X'), Some(Action::Hide));
    assert_eq!(ch('L'), Some(Action::Lang));
}

#[test]
fn ctrl_c_quits_and_ctrl_l_redraws() {
    let ctrl = |c| event(&key_ev(KeyCode::Char(c), KeyModifiers::CONTROL, KeyEventKind::Press), Context::Normal);
    assert_eq!(ctrl('c'), Some(Action::ForceQuit));
    assert_eq!(ctrl('l'), Some(Action::Redraw));
    // Ctrl with any other letter is not that letter's action.
    assert_eq!(ctrl('q'), Some(Action::OtherKey));
    assert_eq!(ctrl('x'), Some(Action::OtherKey));
    // Ctrl-C in a yes/no question too.
    let ev = key_ev(KeyCode::Char('c'), KeyModifiers::CONTROL, KeyEventKind::Press);
    assert_eq!(event(&ev, Context::Confirm), Some(Action::ForceQuit));
    // Alt-letters are not the letters.
    let ev = key_ev(KeyCode::Char('q'), KeyModifiers::ALT, KeyEventKind::Press);
    assert_eq!(event(&ev, Context::Normal), Some(Action::OtherKey));
}

#[test]
fn only_presses_count() {
    for kind in [KeyEventKind::Release, KeyEventKind::Repeat] {
        for code in [KeyCode::Char('q'), KeyCode::Char('x'), KeyCode::Enter, KeyCode::Char('1'), KeyCode::Esc] {
            assert_eq!(event(&key_ev(code, KeyModifiers::NONE, kind), Context::Normal), None, "{kind:?} {code:?}");
        }
        let c = key_ev(KeyCode::Char('c'), KeyModifiers::CONTROL, kind);
        assert_eq!(event(&c, Context::Normal), None);
    }
}

#[test]
fn in_a_yes_no_question_j_and_y_mean_yes_and_n_no() {
    let conf = |c: char| event(&key_ev(KeyCode::Char(c), KeyModifiers::NONE, KeyEventKind::Press), Context::Confirm);
    assert_eq!(conf('j'), Some(Action::Yes));
    assert_eq!(conf('J'), Some(Action::Yes));
    assert_eq!(conf('y'), Some(Action::Yes));
    assert_eq!(conf('n'), Some(Action::No));
    assert_eq!(conf('q'), Some(Action::Quit));
    assert_eq!(conf('x'), Some(Action::Hide));
    assert_eq!(ch('y'), Some(Action::OtherKey));
    assert_eq!(ch('n'), Some(Action::OtherKey));
}

#[test]
fn mouse_clicks_and_wheel_and_resizes() {
    let m = |kind| Event::Mouse(MouseEvent { kind, column: 7, row: 3, modifiers: KeyModifiers::NONE });
    assert_eq!(event(&m(MouseEventKind::Down(MouseButton::Left)), Context::Normal), Some(Action::Click(7, 3)));
    assert_eq!(event(&m(MouseEventKind::ScrollUp), Context::Normal), Some(Action::ScrollUp));
    assert_eq!(event(&m(MouseEventKind::ScrollDown), Context::Normal), Some(Action::ScrollDown));
    assert_eq!(event(&m(MouseEventKind::Moved), Context::Normal), None);
    assert_eq!(event(&m(MouseEventKind::Up(MouseButton::Left)), Context::Normal), None);
    assert_eq!(event(&m(MouseEventKind::Down(MouseButton::Right)), Context::Normal), None);
    assert_eq!(event(&Event::Resize(100, 30), Context::Normal), Some(Action::Resize(100, 30)));
    assert_eq!(event(&Event::FocusLost, Context::Normal), None);
    assert!(!Action::Click(1, 1).is_key());
    assert!(!Action::Resize(1, 1).is_key());
    assert!(Action::OtherKey.is_key());
}

#[test]
fn why_discreet_save_print_and_typing_a_file_name() {
    use Action::*;
    assert_eq!(ch('w'), Some(Why));
    assert_eq!(ch('h'), Some(Why), "h for hvorfor");
    assert_eq!(ch('d'), Some(Discreet));
    assert_eq!(ch('e'), Some(Save));
    assert_eq!(ch('u'), Some(Print));
    // In a text field, letters (and `q`, `x`, digits) are typed; Enter, Backspace and Esc
    // keep their meaning.
    let text = |code| event(&key_ev(code, KeyModifiers::NONE, KeyEventKind::Press), Context::Text);
    for c in ['q', 'x', '7', '/', '.', 'Æ'] {
        assert_eq!(text(KeyCode::Char(c)), Some(Char(c)));
    }
    assert_eq!(text(KeyCode::Enter), Some(Select));
    assert_eq!(text(KeyCode::Backspace), Some(Back));
    assert_eq!(text(KeyCode::Esc), Some(Close));
    // Ctrl-C still quits at once.
    let ctrl_c = event(&key_ev(KeyCode::Char('c'), KeyModifiers::CONTROL, KeyEventKind::Press), Context::Text);
    assert_eq!(ctrl_c, Some(ForceQuit));
}
