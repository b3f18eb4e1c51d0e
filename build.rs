//! Embeds flows/ and locales/ into the binary: generates a list of include_str! calls so
//! that every file is there at run time and a change to any of them rebuilds.
use std::fmt::Write as _;
use std::path::Path;

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

fn main() {
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let root = Path::new(&root);
    let mut out = String::new();
    println!("cargo:rerun-if-changed=flows");
    println!("cargo:rerun-if-changed=locales");
    out.push_str("/// The bundled flow files: (file name, text).\npub static FLOWS: &[(&str, &str)] = &[\n");
    for f in files(&root.join("flows"), &["yaml", "yml"]) {
        let p = root.join("flows").join(&f);
        println!("cargo:rerun-if-changed={}", p.display());
        let _ = writeln!(out, "    ({f:?}, include_str!({:?})),", p.display().to_string());
    }
    out.push_str("];\n/// The bundled locale files: (language, file name, text).\npub static LOCALES: &[(&str, &str, &str)] = &[\n");
    for lang in ["nb", "en"] {
        println!("cargo:rerun-if-changed=locales/{lang}");
        for f in files(&root.join("locales").join(lang), &["ftl"]) {
            let p = root.join("locales").join(lang).join(&f);
            println!("cargo:rerun-if-changed={}", p.display());
            let _ = writeln!(out, "    ({lang:?}, {f:?}, include_str!({:?})),", p.display().to_string());
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("embedded.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
        std::process::exit(1);
    }
}
