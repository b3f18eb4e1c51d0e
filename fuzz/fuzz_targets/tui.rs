//! Short action sequences on the TUI's update function, from one of the states built
//! once per process (the start screen, questions, a checklist, the summary, the save
//! dialog, every window, the hidden screen, small, wide and too-small sizes, both
//! languages): every key action, Ctrl-Z, pastes, clicks anywhere, the wheel, resizes,
//! saves that succeed, fail or find the file there; then one draw, whole and through the
//! screen that writes only changed rows, which must agree; and the page an update kept
//! is the page the state lays out. Never a panic.
//!
//! Input: byte 0 the state; then up to six actions, one a byte (some take the next one
//! or two bytes as arguments).
#![no_main]

#[path = "../../tests/fuzz_support/mod.rs"]
mod harness;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::tui(data));
