//! The condition parser on arbitrary text: an error with a place inside the text, or a
//! condition that evaluates on any facts and names only facts that are in the text.
#![no_main]

#[path = "../../tests/fuzz_support/mod.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::cond(data));
