//! Embeds flows/ and locales/ into the binary: generates a list of include_str! calls so
//! that every file is there at run time and a change to any of them rebuilds. Every
//! folder under locales/ is a language.
//!
//! Only what must happen at build time for a quick start happens here, with the
//! program's own code (`#[path]`): each flows file also as JSON (after NFC, as the loader
//! normalises), which the loader reads in place of the YAML for a bundled file
//! (serde_json reads it far faster, into the same types; `flow::load`, `Ahead::Json`);
//! the bundled set's version (the loader's hash over the same names and texts); and
//! where each Fluent entry is. Nothing is merged or checked here: the bundled set goes
//! through the one loader and merge at run time, as `--flows` does. The tests check that
//! the JSON reads as the YAML does and that the version is the one the loader computes.
use std::fmt::Write as _;
use std::path::Path;

// The same line scan the program uses for files it reads at run time.
#[path = "src/ftl_scan.rs"]
mod ftl_scan;
// The loader's NFC and version hash.
#[path = "src/flow/load/shared.rs"]
mod shared;

/// The default language: its folder comes first (the order the files were always read in).
const DEFAULT_LANG: &str = "nb";

fn files(dir: &Path, ext: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().and_then(|e| e.to_str()).is_some_and(|e| ext.contains(&e)))
                .filter_map(|p| p.file_name().and_then(|n| n.to_str()).map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// The folders under `dir`: the default language first, then by name.
fn languages(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .filter_map(|p| p.file_name().and_then(|n| n.to_str()).map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    v.sort_by_key(|l| (l != DEFAULT_LANG, l.clone()));
    v
}

fn fail(msg: String) -> ! {
    println!("cargo:warning={msg}");
    std::process::exit(1);
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| fail(format!("cannot read {}: {e}", p.display())))
}

/// What `flow::version` computes, with the same hash.
fn version(mut files: Vec<(String, String)>) -> String {
    let pkg = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    format!("{pkg}+{:08x}", shared::fingerprint(&mut files))
}

/// The YAML as JSON, or None where it does not parse (the loader then reads the YAML,
/// and reports why).
fn to_json(text: &str) -> Option<String> {
    let v: serde_yaml::Value = serde_yaml::from_str(text).ok()?;
    serde_json::to_string(&v).ok()
}

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let root = Path::new(&root);
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let out_dir = Path::new(&out_dir);
    let mut out = String::new();
    // (name as the loader names it, NFC text): what the version hashes.
    let mut hashed: Vec<(String, String)> = Vec::new();
    let mut locales_nfc = true;
    println!("cargo:rerun-if-changed=flows");
    println!("cargo:rerun-if-changed=locales");
    out.push_str(
        "/// A bundled flows file as built in: (name, text, JSON), compressed.\n\
         pub type PackedFlows = (&'static str, &'static [u8], Option<&'static [u8]>);\n\
         /// The bundled files of the flows folder: (file name, text in NFC, the text as JSON,\n\
         /// None for a file that is not valid YAML: the loader then says why), each compressed\n\
         /// with LZ4 (`flows()` unpacks them).\n\
         pub static FLOWS_PACKED: &[PackedFlows] = &[\n",
    );
    for f in files(&root.join("flows"), &["yaml", "yml"]) {
        let p = root.join("flows").join(&f);
        println!("cargo:rerun-if-changed={}", p.display());
        let raw = read(&p);
        let text = shared::nfc(raw.clone());
        // The text as built in is in NFC (the quick start takes it as it is): the file
        // itself, or its normal form written next to the JSON.
        // Built in compressed: the text in NFC, and its JSON.
        let packed = |name: String, text: &str| {
            let p = out_dir.join(name);
            if let Err(e) = std::fs::write(&p, lz4_flex::block::compress_prepend_size(text.as_bytes())) {
                fail(format!("cannot write {}: {e}", p.display()));
            }
            format!("include_bytes!({:?})", p.display().to_string())
        };
        let built_in = packed(format!("{f}.lz4"), &text);
        let json = match to_json(&text) {
            Some(j) => format!("Some({})", packed(format!("{f}.json.lz4"), &j)),
            None => "None".to_string(),
        };
        let _ = writeln!(out, "    ({f:?}, {built_in}, {json}),");
        hashed.push((format!("flows/{f}"), text));
    }
    out.push_str(
        "];\n/// The bundled locale files: (language, file name, text compressed with LZ4;\n\
         /// `locales()` unpacks them).\npub static LOCALES_PACKED: &[(&str, &str, &[u8])] = &[\n",
    );
    let packed_dir = out_dir.join("locales");
    if let Err(e) = std::fs::create_dir_all(&packed_dir) {
        fail(format!("cannot create {}: {e}", packed_dir.display()));
    }
    let mut index = String::from(
        "/// Where an entry is: (the language's file, length of the id, start, end).\n\
         pub type FtlEntry = (u16, u16, u32, u32);\n",
    );
    index.push_str(
        "/// Where each entry (message, term) of each bundled language is, by id; a later\n\
         /// entry with the same id replaces an earlier one, as when the files are added in\n\
         /// order. The id is where the entry starts (numbers, not strings: a table of\n\
         /// strings would need a relocation each). (`i18n::Locale`.)\n\
         pub static FTL_INDEX: &[(&str, &[FtlEntry])] = &[\n",
    );
    for lang in languages(&root.join("locales")) {
        println!("cargo:rerun-if-changed=locales/{lang}");
        let mut entries: std::collections::BTreeMap<String, (usize, usize, usize)> = Default::default();
        for (i, f) in files(&root.join("locales").join(&lang), &["ftl"]).into_iter().enumerate() {
            let p = root.join("locales").join(&lang).join(&f);
            println!("cargo:rerun-if-changed={}", p.display());
            let text = read(&p);
            let packed = packed_dir.join(format!("{lang}-{f}.lz4"));
            if let Err(e) = std::fs::write(&packed, lz4_flex::block::compress_prepend_size(text.as_bytes())) {
                fail(format!("cannot write {}: {e}", packed.display()));
            }
            let _ = writeln!(out, "    ({lang:?}, {f:?}, include_bytes!({:?})),", packed.display().to_string());
            for (id, r) in ftl_scan::ftl_entries(&text) {
                entries.insert(id.to_string(), (i, r.start, r.end));
            }
            let normal = shared::nfc(text.clone());
            locales_nfc &= normal == text;
            hashed.push((format!("locales/{lang}/{f}"), normal));
        }
        let _ = write!(index, "    ({lang:?}, &[");
        for (id, (i, a, b)) in &entries {
            let _ = write!(index, "({i}, {}, {a}, {b}), ", id.len());
        }
        index.push_str("]),\n");
    }
    out.push_str("];\n");
    out.push_str(&index);
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "/// The bundled set's version, as `flow::version` computes it from the files above.\n\
         pub static VERSION: &str = {:?};",
        version(hashed)
    );
    let _ = writeln!(
        out,
        "/// Every text of LOCALES is in NFC already (the loader need not normalise it).\n\
         pub static LOCALES_NFC: bool = {locales_nfc};"
    );
    let dest = out_dir.join("embedded.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        fail(format!("cannot write {}: {e}", dest.display()));
    }
    scenarios(root, out_dir);
}

/// The scenarios shipped, each compressed (raw deflate): their texts, feedback on every
/// choice in two languages, are 400 KB as written and a tenth of the binary; compressed
/// about a quarter of that. `scenario::embedded` inflates them when first asked.
fn scenarios(root: &Path, out_dir: &Path) {
    println!("cargo:rerun-if-changed=scenarios");
    let dir = out_dir.join("scenarios");
    if let Err(e) = std::fs::create_dir_all(&dir) {
        fail(format!("cannot create {}: {e}", dir.display()));
    }
    let mut out = String::from(
        "/// The scenarios shipped: (file name, the file compressed with raw deflate).\n\
         pub static DEFLATED: &[(&str, &[u8])] = &[\n",
    );
    for f in files(&root.join("scenarios"), &["yaml"]) {
        let p = root.join("scenarios").join(&f);
        println!("cargo:rerun-if-changed={}", p.display());
        let packed = miniz_oxide::deflate::compress_to_vec(read(&p).as_bytes(), 10);
        let dest = dir.join(format!("{f}.deflate"));
        if let Err(e) = std::fs::write(&dest, packed) {
            fail(format!("cannot write {}: {e}", dest.display()));
        }
        let _ = writeln!(out, "    (\"scenarios/{f}\", include_bytes!({:?})),", dest.display().to_string());
    }
    out.push_str("];\n");
    let dest = out_dir.join("scenarios.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        fail(format!("cannot write {}: {e}", dest.display()));
    }
}
