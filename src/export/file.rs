//! Writing a text the user asked for (the summary) to a file they named: created
//! owner-only (0600 on Unix), never over an existing file unless asked, and never left
//! half-written after a failure.
//!
//! A new file is created under its own name with `create_new` (`O_EXCL`: no race with a
//! file made meanwhile, and a symbolic link there is refused, never followed), written,
//! synced, and removed again if any of that fails. No hard link and no temporary name:
//! FAT and exFAT USB sticks and many network shares have no hard links (`link()` fails
//! with EPERM there), and a temporary name longer than the final one failed for a long
//! but legal name. Replacing a file (the TUI, after the user said yes) writes a
//! temporary file beside it and renames it over the old one, so the old file stays
//! whole until the new one is; that temporary name is short (at most 13 bytes,
//! [`temp_name`]), so it is never too long where the final name is not.

use crate::i18n::Msg;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum ExportError {
    /// The file exists and replacing it was not allowed.
    Exists(PathBuf),
    /// The folder the file is to go in is not there.
    NoFolder(PathBuf),
    /// Anything else, with the system's words.
    Io(PathBuf, io::Error),
}

impl ExportError {
    /// What to tell the user: each path once, and the system's words.
    pub fn msg(&self) -> Msg {
        let shown = |p: &Path| p.display().to_string();
        match self {
            ExportError::Exists(p) => Msg::new("export-err-exists").arg("path", shown(p)),
            ExportError::NoFolder(p) => Msg::new("export-err-no-folder").arg("path", shown(p)),
            // What the system says, in the chosen language where there are words for it;
            // else its own words (with its error number).
            ExportError::Io(p, e) => {
                let id = match e.kind() {
                    io::ErrorKind::PermissionDenied => "export-err-permission",
                    io::ErrorKind::IsADirectory => "export-err-is-folder",
                    io::ErrorKind::NotADirectory | io::ErrorKind::NotFound => "export-err-no-folder",
                    io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => "export-err-full",
                    io::ErrorKind::ReadOnlyFilesystem => "export-err-read-only",
                    io::ErrorKind::InvalidFilename | io::ErrorKind::InvalidInput => "export-err-bad-name",
                    _ => "export-err-io",
                };
                Msg::new(id).arg("path", shown(p)).arg("detail", e.to_string())
            }
        }
    }
}

/// What an export does to the file system. [`RealFs`] is the one the tool uses; the
/// seam is there so that a test can stand in for a file system the test machine does
/// not have: one with no hard links and no permissions (FAT, exFAT, a network share),
/// or one that fills up half-way through a file (tests/hostile.rs).
pub trait Fs {
    /// Creates `path`, which must not exist, for writing (owner-only where the file
    /// system has permissions).
    fn create_new(&self, path: &Path) -> io::Result<File>;
    /// Writes all of `bytes` to `file` and makes it durable.
    fn write_all(&self, file: &mut File, bytes: &[u8]) -> io::Result<()> {
        file.write_all(bytes)?;
        file.sync_all()
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }
    fn remove(&self, path: &Path) -> io::Result<()> {
        fs::remove_file(path)
    }
    /// Not used by an export (see the module's notes): a stand-in for FAT refuses it,
    /// so that a test notices if one ever is.
    fn hard_link(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::hard_link(from, to)
    }
}

/// The file system as it is.
pub struct RealFs;

impl Fs for RealFs {
    fn create_new(&self, path: &Path) -> io::Result<File> {
        let mut o = OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(0o600);
        }
        o.open(path)
    }
}

/// A file name as typed in the save dialog: `~` or `~/…` at its start is the home
/// folder (`home`), as a shell would read it; anything else is as typed.
pub fn expand_home(typed: &str, home: Option<&Path>) -> PathBuf {
    match (typed.strip_prefix('~'), home) {
        (Some(""), Some(h)) => h.to_path_buf(),
        (Some(rest), Some(h)) if rest.starts_with('/') || rest.starts_with(std::path::MAIN_SEPARATOR) => {
            h.join(rest.trim_start_matches(['/', std::path::MAIN_SEPARATOR]))
        }
        _ => PathBuf::from(typed),
    }
}

/// The home folder, for [`expand_home`]: `HOME` (on Windows `USERPROFILE`), if set.
pub fn home() -> Option<PathBuf> {
    let var = if cfg!(windows) { "USERPROFILE" } else { "HOME" };
    std::env::var_os(var).filter(|h| !h.is_empty()).map(PathBuf::from)
}

/// The folder `path` is in (`.` for a bare name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The `n`th temporary name: `.vv` and at most 10 more bytes, whatever the final name.
pub fn temp_name(n: u32) -> String {
    format!(".vv{:04x}{}.tmp", std::process::id() & 0xffff, n % 100)
}

/// A temporary file beside `path` that did not exist before.
fn temp_beside(fs: &dyn Fs, path: &Path) -> io::Result<(PathBuf, File)> {
    let dir = folder_of(path);
    for n in 0..100u32 {
        let tmp = dir.join(temp_name(n));
        match fs.create_new(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(io::ErrorKind::AlreadyExists, "no free temporary name"))
}

/// Writes `text` to `path`. With `replace` false an existing file is never touched.
pub fn write(path: &Path, text: &str, replace: bool) -> Result<(), ExportError> {
    write_with(&RealFs, path, text, replace)
}

/// [`write`] on the file system `fs`.
pub fn write_with(fs: &dyn Fs, path: &Path, text: &str, replace: bool) -> Result<(), ExportError> {
    let err = |e: io::Error| ExportError::Io(path.to_path_buf(), e);
    if !replace {
        let mut f = match fs.create_new(path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                return Err(ExportError::Exists(path.to_path_buf()));
            }
            Err(e) => return Err(err(e)),
        };
        // The file is ours (`create_new` made it): on a failure it goes again.
        let written = fs.write_all(&mut f, text.as_bytes());
        drop(f);
        return written.map_err(|e| {
            let _ = fs.remove(path);
            err(e)
        });
    }
    let (tmp, mut f) = temp_beside(fs, path).map_err(err)?;
    let written = fs.write_all(&mut f, text.as_bytes());
    drop(f);
    let placed = written.and_then(|()| fs.rename(&tmp, path));
    placed.map_err(|e| {
        let _ = fs.remove(&tmp);
        err(e)
    })
}

/// Whether a file can be made at `path` (which is not there yet): its folder is there,
/// and a file can be created in it (a temporary one, removed at once: the only sure test
/// on a read-only stick or a network share). For `walk --export`, before the walk.
pub fn check_folder(path: &Path) -> Result<(), ExportError> {
    let dir = folder_of(path);
    if !dir.is_dir() {
        return Err(ExportError::NoFolder(path.to_path_buf()));
    }
    let (tmp, f) = temp_beside(&RealFs, path).map_err(|e| ExportError::Io(path.to_path_buf(), e))?;
    drop(f);
    let _ = fs::remove_file(&tmp);
    Ok(())
}

/// True when something is at `path` already.
pub fn exists(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_owner_only_and_never_replaces_unless_asked() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.txt");
        write(&p, "one", false).unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "one");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600);
        }
        assert!(matches!(write(&p, "two", false), Err(ExportError::Exists(_))));
        assert_eq!(fs::read_to_string(&p).unwrap(), "one");
        write(&p, "three", true).unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "three");
        // No temporary file left behind.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_folder_is_an_error_with_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("nope").join("s.txt");
        match write(&p, "x", false) {
            Err(ExportError::Io(q, _)) => assert_eq!(q, p),
            other => panic!("{other:?}"),
        }
    }
}
