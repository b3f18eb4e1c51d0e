//! The line protocol of `walk --plain` and `walk --json` on the bundled flows: any
//! input lines, never a panic; the walk ends (done, quit, end of input, or an I/O error
//! for a line that is not UTF-8); in JSON mode every line written is one JSON object
//! with a `type`; in plain mode nothing written holds a control character.
//!
//! Input: byte 0 picks the mode and the language, byte 1 the flow (of every bundled
//! flow), byte 2 the width of plain text (20 to 100, as the program clamps it); the rest is what the user types.
#![no_main]

#[path = "../../tests/fuzz_support/mod.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::walk(data));
