//! Random action sequences on the TUI's update function, on the bundled flows: every
//! key action, clicks anywhere, the wheel, resizes to small, odd and zero sizes, saves
//! that succeed, fail or find the file there; each state drawn with ratatui's
//! TestBackend. Never a panic.
//!
//! Input: bytes 0 and 1 the first size, byte 2 the language and colour; then one action
//! per byte (some take the next one or two bytes as arguments).
#![no_main]

#[path = "../../tests/fuzz_support/mod.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::tui(data));
