//! Load and check a flow set from arbitrary bytes: the small valid set of
//! tests/fixtures/mini with one flow file and/or one Fluent file (or the local contact
//! file) replaced by the input. Only the replaced files are read a run; the others were
//! read once per process (`load::assemble` puts the set together as loading it whole
//! would). Then, as the program does: render the findings (codespan must cope with any
//! position; those that touch a replaced file, or all of them when bit 4 of byte 0 is
//! set), and where the check is clean, resolve the set and start every flow (a clean
//! check promises both work).
//!
//! Input: byte 0 picks what is replaced (`harness::check_input`); the rest is split at
//! the first 0xFF (never in UTF-8): before it the YAML, after it (if there) the Fluent
//! text.
#![no_main]

#[path = "../../tests/fuzz_support/mod.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::check(data));
