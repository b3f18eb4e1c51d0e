//! Writing a text the user asked for (the summary) to a file they named: created
//! owner-only (0600 on Unix), written whole to a temporary file beside it and then put in
//! place, so that a reader never sees half a file. Nothing is written unless asked for.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum ExportError {
    /// The file exists and replacing it was not allowed.
    Exists(PathBuf),
    /// Anything else, with the system's words.
    Io(PathBuf, io::Error),
}

impl ExportError {
    /// The Fluent id of the message, and its `path` and `detail` arguments.
    pub fn message(&self) -> (&'static str, String, String) {
        match self {
            ExportError::Exists(p) => ("export-err-exists", p.display().to_string(), String::new()),
            ExportError::Io(p, e) => ("export-err-io", p.display().to_string(), e.to_string()),
        }
    }
}

fn create_private(path: &Path) -> io::Result<File> {
    let mut o = OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path)
}

/// A temporary file beside `path` that did not exist before.
fn temp_beside(path: &Path) -> io::Result<(PathBuf, File)> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let base = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    for n in 0..100u32 {
        let tmp = dir.join(format!(".{base}.{}.{n}.tmp", std::process::id()));
        match create_private(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(io::ErrorKind::AlreadyExists, "no free temporary name"))
}

/// Writes `text` to `path`. With `replace` false an existing file is never touched.
pub fn write(path: &Path, text: &str, replace: bool) -> Result<(), ExportError> {
    let err = |e: io::Error| ExportError::Io(path.to_path_buf(), e);
    if !replace && fs::symlink_metadata(path).is_ok() {
        return Err(ExportError::Exists(path.to_path_buf()));
    }
    let (tmp, mut f) = temp_beside(path).map_err(err)?;
    let written = f.write_all(text.as_bytes()).and_then(|()| f.sync_all());
    drop(f);
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(err(e));
    }
    let placed = if replace {
        fs::rename(&tmp, path)
    } else {
        // A hard link fails if the name exists: no race with a file made meanwhile.
        let r = fs::hard_link(&tmp, path);
        let _ = fs::remove_file(&tmp);
        match r {
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                return Err(ExportError::Exists(path.to_path_buf()));
            }
            other => other,
        }
    };
    placed.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        err(e)
    })
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
