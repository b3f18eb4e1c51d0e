//! The shape of the code: no module of `src/` uses one that uses it back, directly or
//! through others (a parent and its own child modules aside). Read from the source text:
//! every `crate::…` and `super::…` path outside comments and `#[cfg(test)]` modules.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn modules(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            modules(&p, root, out);
            continue;
        }
        if p.extension().and_then(|e| e.to_str()) != Some("rs") {
            continue;
        }
        let rel = p.strip_prefix(root).unwrap().with_extension("");
        let mut parts: Vec<String> = rel.iter().map(|s| s.to_string_lossy().into_owned()).collect();
        if parts.last().is_some_and(|l| l == "mod") {
            parts.pop();
        }
        let name = if parts == ["lib"] || parts == ["main"] {
            "crate".to_string()
        } else {
            format!("crate::{}", parts.join("::"))
        };
        let text = std::fs::read_to_string(&p).unwrap();
        // Without comments and without the unit tests at the end of a file.
        let code: String = text
            .lines()
            .take_while(|l| !l.trim_start().starts_with("#[cfg(test)]"))
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        out.insert(name, code);
    }
}

/// Every path `crate::a::b…` or `super::x…` in `code`, with `use p::{a, b}` spread out.
fn paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    for start in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(i) = code[from..].find(start) {
            let at = from + i;
            from = at + start.len();
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
                continue;
            }
            let rest = &code[at..];
            let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':')).unwrap_or(rest.len());
            let path = rest[..end].trim_end_matches(':').to_string();
            if rest[end..].starts_with('{') {
                let group = &rest[end + 1..rest[end..].find('}').map_or(end + 1, |j| end + j)];
                for item in group.split(',') {
                    let item = item.trim().split([' ', ':']).next().unwrap_or("");
                    if !item.is_empty() && item != "self" {
                        out.push(format!("{path}::{item}"));
                    }
                }
            }
            out.push(path);
        }
    }
    out
}

fn resolve(from: &str, path: &str, mods: &BTreeMap<String, String>) -> Option<String> {
    let mut segs: Vec<&str> = path.split("::").collect();
    if segs[0] == "super" {
        let mut base: Vec<&str> = from.split("::").collect();
        base.pop();
        base.extend(&segs[1..]);
        segs = base;
    }
    (1..=segs.len()).rev().map(|k| segs[..k].join("::")).find(|m| mods.contains_key(m))
}

#[test]
fn no_module_uses_one_that_uses_it_back() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut mods = BTreeMap::new();
    modules(&root, &root, &mut mods);
    assert!(mods.len() > 20, "read the modules: {:?}", mods.keys());
    let mut deps: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (name, code) in &mods {
        let d = deps.entry(name).or_default();
        for p in paths(code) {
            if let Some(t) = resolve(name, &p, &mods)
                && t != *name
                && t != "crate"
                && !name.starts_with(&format!("{t}::"))
            {
                d.insert(t);
            }
        }
    }
    // A cycle: a module that reaches itself.
    let mut cycles = Vec::new();
    for start in deps.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<(String, Vec<String>)> =
            deps[start].iter().map(|d| (d.clone(), vec![start.to_string(), d.clone()])).collect();
        while let Some((m, path)) = stack.pop() {
            if m == *start {
                cycles.push(path.join(" -> "));
                break;
            }
            if !seen.insert(m.clone()) {
                continue;
            }
            for d in deps.get(m.as_str()).into_iter().flatten() {
                let mut p = path.clone();
                p.push(d.clone());
                stack.push((d.clone(), p));
            }
        }
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
    // The check sees dependencies at all (so an empty result means something).
    assert!(deps["crate::tui::update::walk"].contains("crate::tui::pages"), "{:?}", deps["crate::tui::update::walk"]);
    assert!(deps["crate::engine"].contains("crate::flow::resolved"), "{:?}", deps["crate::engine"]);
}

/// Files of `src/` allowed over the limit for now (none since issue 24). A file listed
/// here that is no longer over the limit fails the test too, so the list cannot go stale.
const LONG_FOR_NOW: &[&str] = &[];

/// The most lines a file of `src/` may have: a file longer than this holds more than one
/// thing, and is split by what it does.
const MAX_LINES: usize = 600;

#[test]
fn no_file_of_src_is_over_600_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &root, &mut files);
    let seen = files.len();
    let long: Vec<(String, usize)> = files
        .into_iter()
        .map(|(rel, text)| (rel, text.lines().count()))
        .filter(|(_, lines)| *lines > MAX_LINES)
        .collect();
    assert!(seen > 40, "read the files of src/: {seen}");
    let over: Vec<_> = long.iter().filter(|(f, _)| !LONG_FOR_NOW.contains(&f.as_str())).collect();
    assert!(over.is_empty(), "over {MAX_LINES} lines: {over:?}");
    let stale: Vec<_> = LONG_FOR_NOW.iter().filter(|f| !long.iter().any(|(l, _)| l == *f)).collect();
    assert!(stale.is_empty(), "no longer over {MAX_LINES} lines, take them off LONG_FOR_NOW: {stale:?}");
}

/// Every `.rs` file under `dir`, with its path relative to `root` (`/` between parts).
fn rust_files(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, root, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            out.push((rel, std::fs::read_to_string(&p).unwrap()));
        }
    }
}

/// Where `text` reaches into a model's raw serde set: `model.set`, `model().set` (a
/// method such as `set_guidance` is no field). The lines, 1-based.
fn raw_set_reads(text: &str) -> Vec<usize> {
    let mut at = Vec::new();
    for (i, line) in text.lines().enumerate() {
        for (j, _) in line.match_indices(".set") {
            let after = line[j + 4..].chars().next();
            if after.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let before = line[..j].trim_end_matches("()");
            if before.ends_with("model") {
                at.push(i + 1);
            }
        }
    }
    at
}

/// The resolved model is complete (issue 24): nothing outside `flow/` reaches into the
/// raw serde set the loader made. What the rest needs (contacts, duties, documents, the
/// guidance and the version) the model gives by its own accessors.
#[test]
fn nothing_outside_flow_reaches_into_the_raw_set() {
    assert_eq!(raw_set_reads("let g = &c.model.set.guidance;"), [1]);
    assert_eq!(raw_set_reads("x\nlet set = &s.model().set;"), [2]);
    assert_eq!(raw_set_reads("c.model.set_as_of(day); c.set.x; model.settings"), Vec::<usize>::new());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &root, &mut files);
    assert!(files.len() > 40, "read the files of src/: {}", files.len());
    let found: Vec<String> = files
        .iter()
        .filter(|(rel, _)| !rel.starts_with("flow/"))
        .flat_map(|(rel, text)| raw_set_reads(text).into_iter().map(move |l| format!("src/{rel}:{l}")))
        .collect();
    assert!(found.is_empty(), "the raw set read outside src/flow/: {found:?}");
}
