//! The floor for the first-frame comparison (`benches/frame.py`): a bare ratatui program
//! that sets the terminal up as veiviser does (raw mode, alternate screen, mouse capture,
//! cursor hidden), draws a six-item menu and a key bar, moves the selection with the
//! arrow keys and quits on `q` or Esc. No flows, no Fluent: what the stack itself costs.
//! The texts are fixed English on purpose: this is a measuring stick, not part of the
//! tool, and it never reaches a user.
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::crossterm::{cursor, execute, terminal};
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{List, ListState, Paragraph};
use std::io::{self, stdout};

const CHOICES: [&str; 6] = [
    "New case: concern about human trafficking",
    "Before the conversation",
    "After the conversation",
    "Basic principles",
    "Referral and rights",
    "Duty to avert (Penal Code section 196)",
];

fn restore() {
    let _ = execute!(stdout(), event::DisableMouseCapture, terminal::LeaveAlternateScreen, cursor::Show);
    let _ = terminal::disable_raw_mode();
}

fn run() -> io::Result<()> {
    terminal::enable_raw_mode()?;
    execute!(stdout(), terminal::EnterAlternateScreen, event::EnableMouseCapture, cursor::Hide)?;
    let mut term = Terminal::new(CrosstermBackend::new(stdout()))?;
    let mut state = ListState::default().with_selected(Some(0));
    loop {
        term.draw(|f| {
            let [title, body, keys] =
                Layout::vertical([Constraint::Length(2), Constraint::Min(0), Constraint::Length(1)]).areas(f.area());
            f.render_widget(Paragraph::new(" What do you want to do?"), title);
            let items = CHOICES.iter().enumerate().map(|(i, c)| format!("{}. {c}", i + 1));
            let list = List::new(items)
                .highlight_symbol("> ")
                .highlight_style(Style::default().add_modifier(Modifier::REVERSED));
            f.render_stateful_widget(list, body, &mut state);
            f.render_widget(Line::from(" 1-6/Enter open  ↑↓ move  q quit"), keys);
        })?;
        if let Event::Key(k) = event::read()?
            && k.kind == KeyEventKind::Press
        {
            match k.code {
                KeyCode::Char('q') | KeyCode::Esc => return Ok(()),
                KeyCode::Down => state.select_next(),
                KeyCode::Up => state.select_previous(),
                _ => {}
            }
        }
    }
}

fn main() {
    let result = run();
    restore();
    if let Err(e) = result {
        eprintln!("bare-menu: {e}");
        std::process::exit(1);
    }
}
