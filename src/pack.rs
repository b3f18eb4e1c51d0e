//! Signed content packs: guidance delivered without a new binary. A pack is a folder that
//! a person gives the tool (nothing is ever fetched): `flows/`, `locales/`, a
//! `manifest.yaml` that names every file with its SHA-256 and the guidance's version,
//! date, review-by date and origin, and `manifest.yaml.minisig`, a minisign signature of
//! the manifest. The signature is checked against the project's public key built into
//! the binary (keys/veiviser-pack.pub) and any key the caller trusts besides (a
//! service's own, from its local file, or `pack verify --trust-key FILE`); then every
//! file's hash, and that no file is missing or extra. Only bytes that were hashed are
//! used: each file is read once.

use crate::guidance::Day;
use crate::i18n::Msg;
use minisign_verify::{PublicKey, Signature};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

/// The project's public key for packs (its secret key is held by the maintainers,
/// outside the repository).
pub const PROJECT_KEY: &str = include_str!("../keys/veiviser-pack.pub");

pub const MANIFEST: &str = "manifest.yaml";
pub const SIGNATURE: &str = "manifest.yaml.minisig";
/// Most files in a pack, and the largest one: as for `--flows` and `--locales`.
const MAX_FILES: usize = 500;
const MAX_BYTES: u64 = 1 << 20;
/// Deepest folder nesting walked in a pack.
const MAX_DEPTH: usize = 4;

/// manifest.yaml.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Manifest {
    pub format: u32,
    pub version: String,
    pub date: String,
    pub review_by: String,
    pub origin: String,
    #[serde(default)]
    pub test_signed: bool,
    /// Path (with `/`) → SHA-256 in lowercase hex.
    pub files: BTreeMap<String, String>,
}

/// A pack that verified: its manifest, its dates, and every file's bytes by path.
#[derive(Debug, Clone)]
pub struct Verified {
    pub manifest: Manifest,
    pub date: Day,
    pub review_by: Day,
    pub files: Vec<(String, Vec<u8>)>,
}

/// Why a pack is refused: a message for the user (Fluent id and arguments).
pub type Refused = Msg;

fn msg(id: &'static str, path: &Path) -> Msg {
    Msg::new(id).arg("path", path.display().to_string())
}

/// The trusted keys: the project's, then `extra` (minisign public key files' text or
/// bare base64 keys). A key that does not decode is an error naming it.
pub fn keys(extra: &[(String, String)]) -> Result<Vec<PublicKey>, Refused> {
    let mut v = Vec::new();
    if let Ok(k) = PublicKey::decode(PROJECT_KEY) {
        v.push(k);
    }
    for (name, text) in extra {
        let t = text.trim();
        let k = PublicKey::decode(t).or_else(|_| PublicKey::from_base64(t));
        match k {
            Ok(k) => v.push(k),
            Err(_) => return Err(Msg::new("pack-err-key").arg("path", name.as_str())),
        }
    }
    Ok(v)
}

fn read_limited(p: &Path) -> Result<Vec<u8>, Refused> {
    let meta = std::fs::metadata(p).map_err(|e| msg("pack-err-read", p).arg("detail", e.to_string()))?;
    if meta.len() > MAX_BYTES {
        return Err(msg("pack-err-too-large", p).arg("limit", "1 MiB"));
    }
    std::fs::read(p).map_err(|e| msg("pack-err-read", p).arg("detail", e.to_string()))
}

/// A manifest path is plain: relative, `/` between parts, no `.` or `..`, letters,
/// digits, `-`, `_` and `.` only.
fn plain_path(p: &str) -> bool {
    !p.is_empty()
        && p.split('/').all(|part| {
            !part.is_empty()
                && part != "."
                && part != ".."
                && part.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        })
}

/// Every file under `dir`, as paths with `/` relative to it (links are not followed).
fn walk(dir: &Path, rel: &str, depth: usize, out: &mut Vec<String>) -> Result<(), Refused> {
    if depth > MAX_DEPTH {
        return Err(msg("pack-err-too-deep", dir));
    }
    let rd = std::fs::read_dir(dir).map_err(|e| msg("pack-err-read", dir).arg("detail", e.to_string()))?;
    for entry in rd {
        let entry = entry.map_err(|e| msg("pack-err-read", dir).arg("detail", e.to_string()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = if rel.is_empty() { name.clone() } else { format!("{rel}/{name}") };
        let ft = entry.file_type().map_err(|e| msg("pack-err-read", &entry.path()).arg("detail", e.to_string()))?;
        if ft.is_dir() {
            walk(&entry.path(), &path, depth + 1, out)?;
        } else {
            out.push(path);
            if out.len() > MAX_FILES {
                return Err(msg("pack-err-too-many", dir).arg("limit", MAX_FILES.to_string()));
            }
        }
    }
    Ok(())
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Verifies the pack in folder `dir` with `keys`: the signature, then every file.
pub fn verify(dir: &Path, keys: &[PublicKey]) -> Result<Verified, Refused> {
    if !dir.is_dir() {
        return Err(msg("pack-err-not-dir", dir));
    }
    let manifest_path = dir.join(MANIFEST);
    if !manifest_path.is_file() {
        return Err(msg("pack-err-no-manifest", dir));
    }
    let sig_path = dir.join(SIGNATURE);
    if !sig_path.is_file() {
        return Err(msg("pack-err-no-signature", dir));
    }
    let manifest_bytes = read_limited(&manifest_path)?;
    let sig_bytes = read_limited(&sig_path)?;
    let sig = std::str::from_utf8(&sig_bytes)
        .ok()
        .and_then(|s| Signature::decode(s).ok())
        .ok_or_else(|| msg("pack-err-signature-form", dir))?;
    if !keys.iter().any(|k| k.verify(&manifest_bytes, &sig, false).is_ok()) {
        return Err(msg("pack-err-signature", dir));
    }
    // Signed: now its words are the signer's.
    use crate::flow::yaml::{Refused as Guarded, YamlError};
    let text =
        std::str::from_utf8(&manifest_bytes).map_err(|e| msg("pack-err-manifest", dir).arg("detail", e.to_string()))?;
    let manifest: Manifest = match crate::flow::yaml::from_yaml(text, MAX_BYTES as usize, None) {
        Ok(m) => m,
        Err(YamlError::Yaml(e)) => return Err(msg("pack-err-manifest", dir).arg("detail", e.to_string())),
        Err(YamlError::Refused(Guarded::TooLarge { .. })) => {
            return Err(msg("pack-err-too-large", &manifest_path).arg("limit", "1 MiB"));
        }
        Err(YamlError::Refused(Guarded::TooDeep { .. })) => return Err(msg("pack-err-too-deep", &manifest_path)),
    };
    if manifest.format != 1 {
        return Err(msg("pack-err-format", dir).arg("format", manifest.format.to_string()));
    }
    let day = |key: &str, v: &str| {
        Day::parse(v).ok_or_else(|| msg("pack-err-manifest", dir).arg("detail", format!("{key}: {v}")))
    };
    let date = day("date", &manifest.date)?;
    let review_by = day("review-by", &manifest.review_by)?;
    if let Some(bad) = manifest.files.keys().find(|p| !plain_path(p)) {
        return Err(msg("pack-err-manifest", dir).arg("detail", bad.clone()));
    }
    let mut found = Vec::new();
    walk(dir, "", 0, &mut found)?;
    found.retain(|p| p != MANIFEST && p != SIGNATURE);
    found.sort();
    if let Some(extra) = found.iter().find(|p| !manifest.files.contains_key(*p)) {
        return Err(msg("pack-err-extra", dir).arg("file", extra.clone()));
    }
    let mut files = Vec::with_capacity(manifest.files.len());
    for (rel, want) in &manifest.files {
        if !found.contains(rel) {
            return Err(msg("pack-err-missing", dir).arg("file", rel.clone()));
        }
        let bytes = read_limited(&dir.join(rel))?;
        if !sha256_hex(&bytes).eq_ignore_ascii_case(want.trim()) {
            return Err(msg("pack-err-hash", dir).arg("file", rel.clone()));
        }
        files.push((rel.clone(), bytes));
    }
    Ok(Verified { manifest, date, review_by, files })
}

/// A service's own public key from its local file: the value of a top-level
/// `trust-key:` line (a minisign public key in base64), read without parsing the YAML
/// (the file is checked as a whole later; this must come before the pack is loaded).
pub fn local_trust_key(local_file: &str) -> Option<String> {
    local_file.lines().find_map(|l| {
        let v = l.strip_prefix("trust-key:")?.trim();
        let v = v.trim_matches(|c| c == '"' || c == '\'').trim();
        (!v.is_empty()).then(|| v.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_project_key_decodes() {
        assert!(PublicKey::decode(PROJECT_KEY).is_ok());
        assert_eq!(keys(&[]).map(|k| k.len()).ok(), Some(1));
        assert!(keys(&[("x.pub".into(), "not a key".into())]).is_err());
    }

    #[test]
    fn manifest_paths_are_plain() {
        for ok in ["flows/case.yaml", "locales/nb/case.ftl"] {
            assert!(plain_path(ok), "{ok}");
        }
        for bad in ["", "/etc/passwd", "../x", "flows/../x", "flows//x", "a\\b", "flows/./x", "flows/x y"] {
            assert!(!plain_path(bad), "{bad}");
        }
    }

    #[test]
    fn the_trust_key_line_is_read_alone() {
        let f = "setting: health\ntrust-key: \"RWRabc\"\ncontacts: {}\n";
        assert_eq!(local_trust_key(f).as_deref(), Some("RWRabc"));
        assert_eq!(local_trust_key("contacts: {}\n"), None);
    }

    #[test]
    fn sha256_is_the_standard_one() {
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
