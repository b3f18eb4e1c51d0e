//! What build.rs and the loader share: build.rs includes this file (`#[path]`), so the
//! bundled files it prepares are normalised and fingerprinted by the same code as the
//! files the loader reads at run time. Nothing here may use the rest of the crate.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// NFC, so that an `ø` typed two ways is one letter. Positions refer to this text.
pub fn nfc(s: String) -> String {
    if s.is_ascii() || is_nfc_quick(s.chars()) == IsNormalized::Yes {
        return s;
    }
    s.nfc().collect()
}

/// FNV-1a over every (name, text), in name order, folded to 32 bits: the part after the
/// `+` of a set's version (`flow::version`).
pub fn fingerprint<N: AsRef<str>, T: AsRef<str>>(files: &mut [(N, T)]) -> u32 {
    files.sort_by(|a, b| a.0.as_ref().cmp(b.0.as_ref()));
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (name, text) in files.iter() {
        for b in name.as_ref().bytes().chain([0u8]).chain(text.as_ref().bytes()).chain([0u8]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    ((h >> 32) ^ (h & 0xffff_ffff)) as u32
}
