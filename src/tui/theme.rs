//! The look: the styles, and the text column every screen and window shares. Meaning is
//! never in colour alone: the selection has `>`, ticks have `[x]`, duties have `!` and a
//! word.

use ratatui::style::{Color, Modifier, Style};

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
