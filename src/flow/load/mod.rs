//! The one loader: files (embedded or from folders) -> model, with positions. Every
//! YAML file goes through [`super::yaml`]: serde_yaml deserialises; positions come from
//! saphyr-parser's events ([`pos`]), only for a file that needs a place, so a clean set
//! is parsed once.
//!
//! Limits: see [`MAX_FILE_BYTES`], [`MAX_FILES`] (checked before parsing), and those of
//! [`super::yaml`].

mod controls;
mod input;
mod merge;
mod one_line;
pub(crate) mod shared;
mod yaml_file;

pub use input::{CannotRun, Input, RawFile, default_contacts_path};

use super::model::{ContactsFile, DutiesFile, Flow, FlowSet, GuidanceFile, SourcesFile};
use super::yaml::{self, PosIndex, YamlError, from_yaml, pos};
use crate::diag::{Diag, FileId, Files};
use crate::i18n::{FtlFile, FtlText, Lang};
use controls::scan_controls;
use merge::Part as Merged;
use one_line::one_line_contacts;
use shared::nfc;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use yaml_file::yaml;

/// Largest file read, flow or locale.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

/// Most files read from one folder.
pub const MAX_FILES: usize = 500;

/// Most languages (folders of a `--locales` folder).
pub const MAX_LANGS: usize = 50;

/// flows/guidance.yaml into the set: both dates must be days, and the review-by date
/// after the date the guidance was signed off.
/// (Its dates go into the set by [`merge::add`].)
fn guidance_file(loaded: &mut Loaded, id: FileId, g: &GuidanceFile) {
    use crate::guidance::Day;
    let at = |loaded: &Loaded, key: &str| loaded.positions(id).and_then(|p| p.best(key));
    let date = Day::parse(&g.date.0);
    let review_by = Day::parse(&g.review_by.0);
    for (key, day, text) in [("date", date, &g.date.0), ("review-by", review_by, &g.review_by.0)] {
        if day.is_none() {
            let d = Diag::error("check-guidance-day").arg("key", key).arg("value", text.as_str());
            let span = at(loaded, key);
            loaded.diags.push(d.at(id, span));
        }
    }
    if let (Some(d), Some(r)) = (date, review_by)
        && r <= d
    {
        let span = at(loaded, "review-by");
        loaded.diags.push(Diag::error("check-guidance-review-by").at(id, span));
    }
}

/// The result of loading: the model as far as it parsed, the files (for rendering),
/// positions, and what went wrong so far.
#[derive(Debug, Default)]
pub struct Loaded {
    pub files: Files,
    pub set: FlowSet,
    /// The file each flow of `set.flows` came from.
    pub flow_files: Vec<FileId>,
    pub sources_file: Option<FileId>,
    pub duties_file: Option<FileId>,
    /// The file each contact came from (the local file wins).
    pub contact_files: HashMap<String, FileId>,
    /// The local contact directory, if one was read.
    pub local_contacts_file: Option<FileId>,
    /// The position index of each YAML file, built when first asked for (shared with the
    /// file's [`Read`] and its clones: the index is the text's).
    pos: HashMap<FileId, Arc<OnceLock<PosIndex>>>,
    pub ftl: Vec<(FileId, FtlFile)>,
    pub diags: Vec<Diag>,
}

impl Loaded {
    /// Where things stand in a YAML file (None for other files): built on the first
    /// call, from the file's text, by [`PosIndex::scan`].
    pub fn positions(&self, id: FileId) -> Option<&PosIndex> {
        let cell = self.pos.get(&id)?;
        Some(cell.get_or_init(|| PosIndex::scan(self.files.get(id).map_or("", |f| &*f.text))))
    }
}

/// Checks size, encoding and emptiness: the text (empty for a file too large, lossy for
/// one that is not UTF-8), and what is wrong with it.
fn text_of(id: FileId, bytes: Vec<u8>) -> (String, Option<Diag>) {
    if bytes.len() > MAX_FILE_BYTES {
        // At 1:1 of the file (nothing of it is shown), so that the output names a line.
        let d = Diag::error("check-file-too-large").arg("limit", MAX_FILE_BYTES).at(id, Some(0..0));
        return (String::new(), Some(d));
    }
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            // A byte order mark (Windows Notepad writes one) is no part of the text.
            if s.starts_with('\u{feff}') {
                s.drain(..'\u{feff}'.len_utf8());
            }
            let meaningful = s.lines().any(|l| {
                let t = l.trim();
                !t.is_empty() && !t.starts_with('#') && t != "---"
            });
            let empty = (!meaningful).then(|| Diag::error("check-empty-file").at(id, Some(0..0)));
            (s, empty)
        }
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            // The lossy text agrees with the bytes up to the first bad one.
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            (lossy, Some(Diag::error("check-not-utf8").at(id, Some(valid..valid + 1))))
        }
    }
}

/// Keeps the first of equal keys in a map read in file order; true if there were any
/// (the position scan then says where both stand).
fn first_of_each<K: AsRef<str> + Clone + Eq + std::hash::Hash, V>(v: &mut Vec<(K, V)>) -> bool {
    let mut seen = HashSet::with_capacity(v.len());
    if v.iter().all(|(k, _)| seen.insert(k.as_ref())) {
        return false;
    }
    let mut seen = HashSet::with_capacity(v.len());
    v.retain(|(k, _)| seen.insert(k.clone()));
    true
}

fn contacts_dups(c: &mut ContactsFile) -> bool {
    first_of_each(&mut c.contacts)
}

/// Whether a flow file may be parsed on its own, before the merge: one that the byte
/// tests let straight through to serde_yaml, as [`yaml`] would.
fn may_parse_ahead(text: &str) -> bool {
    yaml::plain_enough(text)
}

/// What a worker parsed of a file of the flows folder before the merge.
enum Ahead {
    /// serde_yaml's reading of a flow file that [`may_parse_ahead`].
    Yaml(Result<Flow, serde_yaml::Error>),
    /// A bundled file read by [`load_bundled`], from the JSON build.rs made of this very
    /// text (after NFC, as here): serde_json reads it many times faster than serde_yaml
    /// reads the YAML, into the same types (a test checks that the set is the same).
    Json(Merged),
}

/// A bundled file's JSON read as the part `kind` is; None if it does not read (the YAML
/// is then parsed, and says why).
fn from_json(kind: FlowsFile, json: &str) -> Option<Merged> {
    Some(match kind {
        FlowsFile::Sources => Merged::Sources(serde_json::from_str(json).ok()?),
        FlowsFile::Duties => Merged::Duties(serde_json::from_str(json).ok()?),
        FlowsFile::Guidance => Merged::Guidance(serde_json::from_str(json).ok()?),
        FlowsFile::Flow => Merged::Flow(serde_json::from_str(json).ok()?),
        FlowsFile::Contacts => Merged::Contacts { file: serde_json::from_str(json).ok()?, local: false },
    })
}

/// What was read ahead as `T` (`pick` takes it out of its part), for [`yaml`].
fn ahead<T>(a: Option<Ahead>, pick: fn(Merged) -> Option<T>) -> Option<Result<T, serde_yaml::Error>> {
    match a? {
        Ahead::Yaml(_) => None,
        Ahead::Json(p) => pick(p).map(Ok),
    }
}

/// A file of the flows folder: a flow, or one of the registries (known by their names).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum FlowsFile {
    Flow,
    Sources,
    Duties,
    Contacts,
    Guidance,
}

impl FlowsFile {
    /// What a file of the flows folder is, by its name (a path or a bare name).
    pub(super) fn of(name: &str) -> FlowsFile {
        match name.rsplit(['/', '\\']).next().unwrap_or(name) {
            "sources.yaml" | "sources.yml" => FlowsFile::Sources,
            "duties.yaml" | "duties.yml" => FlowsFile::Duties,
            "contacts.yaml" | "contacts.yml" => FlowsFile::Contacts,
            "guidance.yaml" | "guidance.yml" => FlowsFile::Guidance,
            _ => FlowsFile::Flow,
        }
    }
}

/// Which part of the input a file is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    /// In the flows folder.
    Flows(FlowsFile),
    /// The local contact directory.
    Local,
    Locale(Lang),
}

/// What a worker made of one file on its own, before the merge: the text the checker
/// sees, what is wrong with the file as bytes, and the flow parsed ahead.
pub struct Read {
    part: Part,
    name: String,
    text: Arc<str>,
    /// Too large, not UTF-8, or empty.
    refused: Option<Diag>,
    /// The unsafe characters of the raw text.
    controls: Vec<Diag>,
    /// What was parsed ahead, if anything.
    parsed: Option<Ahead>,
    /// Where an .ftl file nests too deep for Fluent's recursive parser.
    too_deep: Option<usize>,
    /// The position index of the text, once built (by the first load that needs it).
    pos: Arc<OnceLock<PosIndex>>,
}

impl Clone for Read {
    /// A flow that serde_yaml refused ahead is left to be parsed again by `yaml`
    /// (its error is not `Clone`), which gives the same findings: only a text that
    /// [`may_parse_ahead`] is parsed ahead, and for such a text `yaml` goes straight
    /// to serde_yaml.
    fn clone(&self) -> Read {
        Read {
            part: self.part,
            name: self.name.clone(),
            text: self.text.clone(),
            refused: self.refused.clone(),
            controls: self.controls.clone(),
            parsed: match &self.parsed {
                Some(Ahead::Yaml(Ok(f))) => Some(Ahead::Yaml(Ok(f.clone()))),
                Some(Ahead::Json(p)) => Some(Ahead::Json(p.clone())),
                Some(Ahead::Yaml(Err(_))) | None => None,
            },
            too_deep: self.too_deep,
            pos: Arc::clone(&self.pos),
        }
    }
}

impl Input {
    /// Every file read on its own, in the order [`assemble`] takes them and [`load`]
    /// gives them their ids: the flows, the local contact file, the locales. Reading is
    /// most of a small set's load; a caller that loads many sets differing in one file
    /// (the `check` fuzz target) reads the others once and assembles clones of them.
    pub fn read(self) -> Vec<Read> {
        let Input { flows, locales, local_contacts } = self;
        let mut jobs: Vec<(RawFile, Part)> = flows
            .into_iter()
            .map(|f| {
                let p = Part::Flows(FlowsFile::of(&f.name));
                (f, p)
            })
            .collect();
        jobs.extend(local_contacts.map(|f| (f, Part::Local)));
        jobs.extend(locales.into_iter().map(|(lang, f)| (f, Part::Locale(lang))));
        // A small set is read on this thread: starting threads would cost more than reading.
        let total: usize = jobs.iter().map(|(f, _)| f.bytes.len()).sum();
        if total < PAR_MIN_BYTES {
            jobs.into_iter().enumerate().map(|(id, (raw, part))| read(id, raw, part, None)).collect()
        } else {
            par_map(jobs, |id, (raw, part)| read(id, raw, part, None))
        }
    }
}

/// The bundled files of the flows folder, for the quick start (`flow::load_embedded`):
/// read, merged and held as [`load`] reads and merges a folder's files, with one
/// difference: each file is parsed from the JSON build.rs made of it, and the scans that
/// only find faults are left out (the raw scan for control characters, the byte tests
/// and the position scan they may call for). The bundled set has no fault to find: the
/// tests and `veiviser check` in CI check it, and it cannot change after the build
/// (docs/architecture.md, "The quick start"). A file without JSON (one that was not valid
/// YAML) is read as [`load`] reads it, and says why. One thread: the files are small.
pub fn load_bundled() -> Loaded {
    let reads = crate::embedded::flows()
        .iter()
        .enumerate()
        .map(|(id, (name, text, json))| {
            let raw = RawFile { name: format!("flows/{name}"), bytes: text.as_bytes().into() };
            read(id, raw, Part::Flows(FlowsFile::of(name)), *json)
        })
        .collect();
    assemble(reads)
}

/// One file read: `json` is the JSON build.rs made of it, for a bundled file that
/// [`load_bundled`] reads.
fn read(id: FileId, raw: RawFile, part: Part, json: Option<&'static str>) -> Read {
    let (text, refused) = text_of(id, raw.bytes.into_owned());
    let mut r = Read {
        part,
        name: raw.name,
        text: Arc::from(""),
        refused,
        controls: Vec::new(),
        parsed: None,
        too_deep: None,
        pos: Arc::default(),
    };
    if r.refused.is_some() {
        r.text = text.into();
        return r;
    }
    // A bundled file read from its JSON ([`load_bundled`]): its text is in NFC already
    // (build.rs built it in so), and the scans that only find faults are left out.
    if let Part::Flows(kind) = part
        && let Some(p) = json.and_then(|j| from_json(kind, j))
    {
        r.parsed = Some(Ahead::Json(p));
        r.text = text.into();
        return r;
    }
    let text = nfc(text);
    scan_controls(&mut r.controls, id, &text, matches!(part, Part::Locale(_)));
    match part {
        // Refused before Fluent's recursive parser sees it (it would overflow).
        Part::Locale(_) => r.too_deep = crate::i18n::ftl_too_deep(&text, pos::MAX_DEPTH),
        Part::Flows(FlowsFile::Flow) if may_parse_ahead(&text) => {
            // Refused by the guard (it cannot be: the tests of `may_parse_ahead` are
            // its own): left to `yaml`, which says why.
            r.parsed = match from_yaml::<Flow>(&text, MAX_FILE_BYTES, None) {
                Ok(f) => Some(Ahead::Yaml(Ok(f))),
                Err(YamlError::Yaml(e)) => Some(Ahead::Yaml(Err(e))),
                Err(YamlError::Refused(_)) => None,
            };
        }
        _ => {}
    }
    r.text = text.into();
    r
}

/// `f` on every job, spread over the processor's cores (this thread is one of them),
/// the results in the jobs' order. Most of a large set's check is serde_yaml and
/// Fluent's parser on its files, and the files do not depend on each other.
pub(crate) fn par_map<J: Send, R: Send>(jobs: Vec<J>, f: impl Fn(usize, J) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(jobs.len());
    if threads < 2 {
        return jobs.into_iter().enumerate().map(|(i, j)| f(i, j)).collect();
    }
    let jobs: Vec<Mutex<Option<J>>> = jobs.into_iter().map(|j| Mutex::new(Some(j))).collect();
    let next = AtomicUsize::new(0);
    // Each worker takes the next job not taken, so a slow file holds up no other.
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(slot) = jobs.get(i) else { break };
            if let Some(job) = slot.lock().map_or(None, |mut j| j.take()) {
                done.push((i, f(i, job)));
            }
        }
        done
    };
    let mut done = std::thread::scope(|s| {
        let others: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
        let mut done = work();
        for h in others {
            match h.join() {
                Ok(d) => done.extend(d),
                // A bug: the panic goes on, as it would have on this thread.
                Err(p) => std::panic::resume_unwind(p),
            }
        }
        done
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// Below this many bytes in all, the files are read one after the other.
pub(crate) const PAR_MIN_BYTES: usize = 64 * 1024;

pub fn load(input: Input) -> Loaded {
    assemble(input.read())
}

/// The files read ([`Input::read`], of one input or of several: a file read is the same
/// wherever it is) put together into one set, in this order: file `i` gets id `i`.
pub fn assemble(reads: Vec<Read>) -> Loaded {
    let mut loaded = Loaded::default();
    let mut contact_sources: Vec<(FileId, ContactsFile)> = Vec::new();
    // Each file in its turn: the checker sorts the findings by file and place.
    for mut r in reads {
        let id = loaded.files.add(r.name.as_str(), r.text.clone());
        // Read as the file of another id, perhaps (the findings of a read are its own).
        for d in r.refused.iter_mut().chain(&mut r.controls) {
            d.file = d.file.map(|_| id);
        }
        if r.part == Part::Local {
            loaded.local_contacts_file = Some(id);
        }
        match (r.refused, r.part) {
            // An empty .ftl file is allowed (a language may have nothing in one file).
            (Some(d), Part::Locale(_)) if d.msg == "check-empty-file" => continue,
            (Some(d), _) => {
                loaded.diags.push(d);
                continue;
            }
            (None, _) => {}
        }
        if matches!(r.part, Part::Flows(_) | Part::Local) {
            loaded.pos.insert(id, Arc::clone(&r.pos));
        }
        let controls = !r.controls.is_empty();
        loaded.diags.extend(r.controls);
        let text = &*r.text;
        match r.part {
            Part::Flows(FlowsFile::Sources) => {
                let dups = |s: &mut SourcesFile| first_of_each(&mut s.documents);
                let parsed = ahead(r.parsed, |p| if let Merged::Sources(s) = p { Some(s) } else { None });
                if let Some(s) = yaml(&mut loaded, id, text, controls, dups, parsed) {
                    loaded.sources_file = Some(id);
                    merge::add(&mut loaded.set, Merged::Sources(s));
                }
            }
            Part::Flows(FlowsFile::Duties) => {
                let dups = |d: &mut DutiesFile| first_of_each(&mut d.duties);
                let parsed = ahead(r.parsed, |p| if let Merged::Duties(d) = p { Some(d) } else { None });
                if let Some(d) = yaml(&mut loaded, id, text, controls, dups, parsed) {
                    loaded.duties_file = Some(id);
                    merge::add(&mut loaded.set, Merged::Duties(d));
                }
            }
            Part::Flows(FlowsFile::Guidance) => {
                let parsed = ahead(r.parsed, |p| if let Merged::Guidance(g) = p { Some(g) } else { None });
                if let Some(g) = yaml::<GuidanceFile>(&mut loaded, id, text, controls, |_| false, parsed) {
                    guidance_file(&mut loaded, id, &g);
                    merge::add(&mut loaded.set, Merged::Guidance(g));
                }
            }
            Part::Flows(FlowsFile::Flow) => {
                let dups = |f: &mut Flow| first_of_each(&mut f.nodes);
                let parsed = match r.parsed {
                    Some(Ahead::Yaml(p)) => Some(p),
                    a => ahead(a, |p| if let Merged::Flow(f) = p { Some(f) } else { None }),
                };
                if let Some(f) = yaml(&mut loaded, id, text, controls, dups, parsed) {
                    merge::add(&mut loaded.set, Merged::Flow(f));
                    loaded.flow_files.push(id);
                }
            }
            Part::Flows(FlowsFile::Contacts) | Part::Local => {
                let parsed = ahead(r.parsed, |p| if let Merged::Contacts { file, .. } = p { Some(file) } else { None });
                if let Some(mut c) = yaml(&mut loaded, id, text, controls, contacts_dups, parsed) {
                    one_line_contacts(&mut loaded, id, text, &mut c);
                    contact_sources.push((id, c));
                }
            }
            Part::Locale(lang) => match r.too_deep {
                Some(at) => {
                    let d = Diag::error("check-too-deep").arg("limit", pos::MAX_DEPTH);
                    loaded.diags.push(d.at(id, Some(at..at + 1)));
                }
                None => loaded.ftl.push((id, FtlFile { lang, name: r.name, text: FtlText::Shared(r.text) })),
            },
        }
    }
    for (id, file) in contact_sources {
        let local = Some(id) == loaded.local_contacts_file;
        if !local && file.setting.is_some() {
            // Where the service works is the service's own: never in the bundled set.
            let p = loaded.positions(id).and_then(|x| x.key_or_best("setting"));
            loaded.diags.push(Diag::error("check-setting-not-local").at(id, p));
        }
        for (cid, _) in &file.contacts {
            loaded.contact_files.insert(cid.clone(), id);
        }
        merge::add(&mut loaded.set, Merged::Contacts { file, local });
    }
    loaded
}

#[cfg(test)]
mod tests {
    use super::{Ahead, Input, load_bundled, par_map};

    /// The quick start reads every bundled file from its JSON (none falls back to the
    /// YAML), and finds nothing.
    #[test]
    fn every_bundled_flows_file_is_read_from_its_json() {
        let reads: Vec<_> = crate::embedded::flows()
            .iter()
            .enumerate()
            .map(|(id, (name, text, json))| {
                let raw = super::RawFile { name: name.to_string(), bytes: text.as_bytes().into() };
                super::read(id, raw, super::Part::Flows(super::FlowsFile::of(name)), *json)
            })
            .collect();
        assert_eq!(reads.len(), Input::embedded_flows().len());
        assert!(reads.len() >= 10);
        for r in &reads {
            assert!(matches!(r.parsed, Some(Ahead::Json(_))), "{} is not read from JSON", r.name);
        }
        let loaded = load_bundled();
        assert!(loaded.diags.is_empty(), "{:?}", loaded.diags);
        assert_eq!(loaded.files.files.len(), reads.len());
        // Their texts are in NFC as built in (the quick start does not normalise them).
        for (name, text, _) in crate::embedded::flows() {
            assert_eq!(super::nfc(text.to_string()), *text, "{name}");
        }
    }

    #[test]
    fn the_files_read_side_by_side_come_back_in_their_order() {
        // The first job waits (up to 5 s) until another thread has run a job, so later
        // jobs finish first, elsewhere.
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let ran: std::sync::Mutex<Vec<std::thread::ThreadId>> = std::sync::Mutex::default();
        let jobs: Vec<u64> = (0..40).collect();
        let out = par_map(jobs, |i, j| {
            let me = std::thread::current().id();
            let t = std::time::Instant::now();
            let others = || ran.lock().map_or(true, |r| r.iter().any(|&t| t != me));
            while j == 0 && cores > 1 && !others() && t.elapsed().as_secs() < 5 {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            if let Ok(mut r) = ran.lock() {
                r.push(me);
            }
            (i, j * 10, me)
        });
        let order: Vec<(usize, u64)> = out.iter().map(|&(i, v, _)| (i, v)).collect();
        assert_eq!(order, (0..40).map(|i| (i as usize, i * 10)).collect::<Vec<_>>());
        let threads: std::collections::HashSet<_> = out.iter().map(|&(_, _, t)| t).collect();
        assert_eq!(threads.len() > 1, cores > 1, "{} threads on {cores} cores", threads.len());
        assert!(par_map(Vec::<u8>::new(), |_, j| j).is_empty());
    }
}
