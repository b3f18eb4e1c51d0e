//! Everything the tool writes for a reader outside the session: the flows as a graph
//! (Mermaid, DOT), the handbook (Markdown, HTML), the paths through a flow, the summary
//! and the slip as text, the slip as a page in the person's language, and the one way
//! such a text reaches a file ([`file`]). The front ends (line mode and the TUI) and the
//! `export`, `paths` and `slip` commands all take them from here.

pub mod file;
pub mod graph;
pub mod handbook;
pub mod handout;
pub mod overview;
pub mod paths;
pub mod slip;
pub mod summary;
pub mod words;

pub use file::{ExportError, Fs, RealFs, check_folder, exists, expand_home, home, temp_name, write, write_with};
