//! What to load: the bundled files, or the files of the folders named, and the local
//! contact file; read with the limits of [`super::MAX_FILE_BYTES`] and
//! [`super::MAX_FILES`] before anything parses them.

use super::{MAX_FILE_BYTES, MAX_FILES, MAX_LANGS};
use crate::i18n::{FtlText, Lang};
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// Why the tool cannot run at all (exit 2), as a tool-message id and its argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CannotRun {
    pub msg: &'static str,
    pub path: String,
    pub detail: String,
}

impl CannotRun {
    /// What it means to a user, as a Fluent id and its arguments.
    pub fn message(&self) -> crate::i18n::Msg {
        crate::i18n::Msg::new(self.msg).arg("path", self.path.as_str()).arg("detail", self.detail.as_str())
    }

    fn new(msg: &'static str, path: &Path, detail: impl ToString) -> CannotRun {
        CannotRun { msg, path: path.display().to_string(), detail: detail.to_string() }
    }
}

/// One raw input file: a display name and its bytes (the bundled files' borrowed from
/// the binary: a start on the bundled set copies none of them out of a file).
#[derive(Debug, Clone)]
pub struct RawFile {
    pub name: String,
    pub bytes: Cow<'static, [u8]>,
}

/// What to load.
#[derive(Debug, Clone, Default)]
pub struct Input {
    pub flows: Vec<RawFile>,
    pub locales: Vec<(Lang, RawFile)>,
    /// A local contact directory that adds to or overrides the bundled one.
    pub local_contacts: Option<RawFile>,
}

impl Input {
    /// The bundled files of the flows folder.
    pub fn embedded_flows() -> Vec<RawFile> {
        crate::embedded::flows()
            .iter()
            .map(|(name, text, _)| RawFile { name: format!("flows/{name}"), bytes: Cow::Borrowed(text.as_bytes()) })
            .collect()
    }

    pub fn embedded() -> Input {
        let flows = Input::embedded_flows();
        let locales = crate::i18n::embedded_ftl()
            .into_iter()
            .map(|f| {
                let bytes = match f.text {
                    FtlText::Static(t) => Cow::Borrowed(t.as_bytes()),
                    FtlText::Shared(t) => Cow::Owned(t.as_bytes().to_vec()),
                };
                (f.lang, RawFile { name: f.name, bytes })
            })
            .collect();
        Input { flows, locales, local_contacts: None }
    }

    /// Embedded, with either part replaced by a folder.
    pub fn from_dirs(flows: Option<&Path>, locales: Option<&Path>) -> Result<Input, CannotRun> {
        let mut input = Input::embedded();
        if let Some(dir) = flows {
            input.flows = read_dir(dir, &["yaml", "yml"])?;
        }
        if let Some(dir) = locales {
            // Each folder named by a language tag is a language; the default's must be
            // there (it is the reference the others are compared with).
            let reference = dir.join(Lang::DEFAULT.code());
            if !reference.is_dir() {
                return Err(CannotRun::new("cli-err-no-locale-dir", &reference, ""));
            }
            let rd = std::fs::read_dir(dir).map_err(|e| CannotRun::new("cli-err-read", dir, e))?;
            let mut langs: Vec<(Lang, PathBuf)> = rd
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .filter_map(|p| Some((Lang::parse(p.file_name()?.to_str()?)?, p)))
                .collect();
            langs.sort_by_key(|(l, _)| (*l != Lang::DEFAULT, *l));
            if langs.len() > MAX_LANGS {
                return Err(CannotRun::new("cli-err-too-many-langs", dir, MAX_LANGS));
            }
            let mut all = Vec::new();
            for (lang, sub) in langs {
                all.extend(read_dir(&sub, &["ftl"])?.into_iter().map(|f| (lang, f)));
            }
            input.locales = all;
        }
        Ok(input)
    }

    /// Reads the local contact file, if `path` is given (it must exist) or if the
    /// default one exists.
    pub fn with_local_contacts(mut self, path: Option<&Path>) -> Result<Input, CannotRun> {
        let (p, must) = match path {
            Some(p) => (Some(p.to_path_buf()), true),
            None => (default_contacts_path(), false),
        };
        if let Some(p) = p {
            if p.is_file() {
                let bytes = read_file(&p)?;
                self.local_contacts = Some(RawFile { name: p.display().to_string(), bytes: bytes.into() });
            } else if must {
                return Err(CannotRun::new("cli-err-no-file", &p, ""));
            }
        }
        Ok(self)
    }
}

impl Input {
    /// Like [`Input::with_local_contacts`], for the commands that walk: a local file that
    /// is missing (when named) or cannot be read is left out, and its path returned.
    pub fn with_local_contacts_or_skip(self, path: Option<&Path>) -> (Input, Option<String>) {
        let p = match path {
            Some(p) => Some(p.to_path_buf()),
            None => default_contacts_path().filter(|p| p.exists()),
        };
        let Some(p) = p else { return (self, None) };
        let fallback = self.clone();
        match self.with_local_contacts(Some(&p)) {
            Ok(i) => (i, None),
            Err(_) => (fallback, Some(p.display().to_string())),
        }
    }
}

/// Where the local contact file is looked for: on Windows `%APPDATA%\veiviser\contacts.yaml`
/// (else `%USERPROFILE%\AppData\Roaming\veiviser\contacts.yaml`); elsewhere
/// `$XDG_CONFIG_HOME/veiviser/contacts.yaml`, else `~/.config/veiviser/contacts.yaml`.
pub fn default_contacts_path() -> Option<PathBuf> {
    contacts_path_in(cfg!(windows), |k| std::env::var_os(k))
}

/// The rule of [`default_contacts_path`] apart from the platform and the environment, so
/// that both branches are tested on every platform.
fn contacts_path_in(windows: bool, var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Option<PathBuf> {
    let var = |k: &str| var(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    let base = if windows {
        var("APPDATA").or_else(|| var("USERPROFILE").map(|h| h.join("AppData").join("Roaming")))?
    } else {
        var("XDG_CONFIG_HOME").or_else(|| var("HOME").map(|h| h.join(".config")))?
    };
    Some(base.join("veiviser").join("contacts.yaml"))
}

fn read_file(p: &Path) -> Result<Vec<u8>, CannotRun> {
    let meta = std::fs::metadata(p).map_err(|e| CannotRun::new("cli-err-read", p, e))?;
    if meta.len() > MAX_FILE_BYTES as u64 {
        // Read only the limit: the checker reports the size; nothing huge is held.
        use std::io::Read;
        let f = std::fs::File::open(p).map_err(|e| CannotRun::new("cli-err-read", p, e))?;
        let mut buf = Vec::new();
        f.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut buf).map_err(|e| CannotRun::new("cli-err-read", p, e))?;
        return Ok(buf);
    }
    std::fs::read(p).map_err(|e| CannotRun::new("cli-err-read", p, e))
}

fn read_dir(dir: &Path, exts: &[&str]) -> Result<Vec<RawFile>, CannotRun> {
    if !dir.exists() {
        return Err(CannotRun::new("cli-err-no-dir", dir, ""));
    }
    if !dir.is_dir() {
        return Err(CannotRun::new("cli-err-not-dir", dir, ""));
    }
    let rd = std::fs::read_dir(dir).map_err(|e| CannotRun::new("cli-err-read", dir, e))?;
    let mut paths = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| CannotRun::new("cli-err-read", dir, e))?;
        let p = entry.path();
        let ext_ok = p.extension().and_then(|e| e.to_str()).is_some_and(|e| exts.contains(&e));
        if ext_ok && p.is_file() {
            paths.push(p);
            if paths.len() > MAX_FILES {
                return Err(CannotRun::new("cli-err-too-many-files", dir, MAX_FILES));
            }
        }
    }
    paths.sort();
    paths.into_iter().map(|p| Ok(RawFile { name: p.display().to_string(), bytes: read_file(&p)?.into() })).collect()
}

#[cfg(test)]
mod tests {
    use super::contacts_path_in;
    use std::path::{Path, PathBuf};

    fn path(windows: bool, env: &[(&str, &str)]) -> Option<PathBuf> {
        contacts_path_in(windows, |k| env.iter().find(|(n, _)| *n == k).map(|(_, v)| v.into()))
    }

    fn under(base: &str) -> PathBuf {
        Path::new(base).join("veiviser").join("contacts.yaml")
    }

    #[test]
    fn the_local_contacts_file_on_windows_is_in_appdata() {
        let appdata = r"C:\Users\Kari\AppData\Roaming";
        let all = [("APPDATA", appdata), ("USERPROFILE", r"C:\Users\Kari"), ("HOME", "/h"), ("XDG_CONFIG_HOME", "/x")];
        assert_eq!(path(true, &all), Some(under(appdata)));
        // Without APPDATA, the same folder found from the profile.
        let profile = path(true, &[("USERPROFILE", r"C:\Users\Kari"), ("APPDATA", "")]).unwrap();
        assert_eq!(
            profile,
            Path::new(r"C:\Users\Kari").join("AppData").join("Roaming").join("veiviser").join("contacts.yaml")
        );
        // The Unix names mean nothing on Windows.
        assert_eq!(path(true, &[("HOME", "/h"), ("XDG_CONFIG_HOME", "/x")]), None);
    }

    #[test]
    fn the_local_contacts_file_elsewhere_follows_xdg() {
        let all = [("APPDATA", r"C:\A"), ("HOME", "/home/kari"), ("XDG_CONFIG_HOME", "/cfg")];
        assert_eq!(path(false, &all), Some(under("/cfg")));
        assert_eq!(path(false, &[("HOME", "/home/kari"), ("XDG_CONFIG_HOME", "")]), Some(under("/home/kari/.config")));
        assert_eq!(path(false, &[("APPDATA", r"C:\A")]), None);
        assert_eq!(path(false, &[]), None);
    }
}
