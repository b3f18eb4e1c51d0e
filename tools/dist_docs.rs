//! What `tools/dist.sh` puts beside the binary, made from the program's own definitions
//! (an example program, so that clap_complete and clap_mangen stay out of the binary):
//!
//! - `dist-docs docs DIR [DATE]`: shell completions (bash, zsh, fish, PowerShell) and man
//!   pages from the clap command of `veiviser::cli::command`, with its help texts from
//!   Fluent: English in `DIR/completions` and `DIR/man/*.1`, Norwegian (nb) in
//!   `DIR/completions/nb` and `DIR/man/*.nb.1`. DATE goes in the man pages' title line.
//! - `dist-docs third-party LABEL=METADATA.json[,TREE.txt] ...`: the crates built into
//!   the release binary (normal dependencies, not build scripts, procedural macros or
//!   test crates), read from `cargo metadata --filter-platform TARGET` output, one file
//!   per target, and kept to those `cargo tree -e normal,no-proc-macro --target TARGET
//!   --prefix none -f '{p}'` lists where that is given; with name, version and licence,
//!   and the texts a licence other than MIT or Apache-2.0 asks to be passed on
//!   (Markdown, on standard output).
use clap::Command;
use clap_complete::Shell;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use veiviser::i18n::{Lang, Texts};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let r = match args.first().map(String::as_str) {
        Some("docs") if args.len() >= 2 => docs(Path::new(&args[1]), args.get(2).map(String::as_str).unwrap_or("")),
        Some("third-party") if args.len() >= 2 => third_party(&args[1..]).map(|text| print!("{text}")),
        _ => Err("usage: dist-docs docs DIR [DATE] | dist-docs third-party LABEL=METADATA.json[,TREE.txt] ...".into()),
    };
    if let Err(e) = r {
        eprintln!("dist-docs: {e}");
        std::process::exit(2);
    }
}

pub type Res = Result<(), String>;

fn write(path: &Path, bytes: &[u8]) -> Res {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// The command with every word in `code`.
fn command(texts: &Texts, code: &str) -> Result<Command, String> {
    let lang = Lang::parse(code).ok_or_else(|| format!("no language {code}"))?;
    if !texts.langs().contains(&lang) {
        return Err(format!("the tool's texts have no {code}"));
    }
    Ok(veiviser::cli::command(texts, lang))
}

/// Man's section headings are English in clap_mangen; the Norwegian page gets
/// Norwegian ones (the option and command headings come from Fluent already). Every
/// heading in capitals, as man pages have them.
fn headings(roff: String, nb: bool) -> String {
    const HEADINGS: [(&str, &str); 6] = [
        ("NAME", "NAVN"),
        ("SYNOPSIS", "OVERSIKT"),
        ("DESCRIPTION", "BESKRIVELSE"),
        ("EXTRA", "MER"),
        ("VERSION", "VERSJON"),
        ("AUTHORS", "FORFATTERE"),
    ];
    roff.lines()
        .map(|l| {
            let Some(h) = l.strip_prefix(".SH ") else { return format!("{l}\n") };
            let h = if nb { HEADINGS.iter().find(|(en, _)| h == *en).map_or(h, |(_, nb)| nb) } else { h };
            format!(".SH {}\n", h.to_uppercase())
        })
        .collect()
}

/// A man page for `cmd` and one for each subcommand (`veiviser-walk`,
/// `veiviser-scenario-check`), named `NAME.1` or `NAME.nb.1`.
fn man_pages(cmd: &Command, dir: &Path, suffix: &str, date: &str, nb: bool) -> Res {
    let mut cmd = cmd.clone();
    cmd.build();
    let mut todo = vec![cmd];
    while let Some(c) = todo.pop() {
        todo.extend(c.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
        let name = c.get_display_name().unwrap_or_else(|| c.get_name()).to_string();
        let man = clap_mangen::Man::new(c).date(date).manual("veiviser");
        let mut out = Vec::new();
        man.render(&mut out).map_err(|e| e.to_string())?;
        let text = String::from_utf8(out).map_err(|e| e.to_string())?;
        let text = headings(text, nb);
        write(&dir.join(format!("{name}{suffix}.1")), text.as_bytes())?;
    }
    Ok(())
}

fn completions(cmd: &Command, dir: &Path, shells: &[Shell]) -> Res {
    for &shell in shells {
        let mut c = cmd.clone();
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut c, "veiviser", &mut out);
        let name = match shell {
            Shell::Bash => "veiviser.bash",
            Shell::Zsh => "_veiviser",
            Shell::Fish => "veiviser.fish",
            Shell::PowerShell => "_veiviser.ps1",
            _ => return Err(format!("no file name for {shell}")),
        };
        write(&dir.join(name), &out)?;
    }
    Ok(())
}

/// Completions and man pages, both languages, under `dir`.
pub fn docs(dir: &Path, date: &str) -> Res {
    let texts = Texts::tool();
    let en = command(&texts, "en")?;
    let nb = command(&texts, "nb")?;
    completions(&en, &dir.join("completions"), &[Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell])?;
    // Bash shows no descriptions: one file serves both languages.
    completions(&nb, &dir.join("completions").join("nb"), &[Shell::Zsh, Shell::Fish, Shell::PowerShell])?;
    man_pages(&en, &dir.join("man"), "", date, false)?;
    man_pages(&nb, &dir.join("man"), ".nb", date, true)?;
    Ok(())
}

/// One crate as the table lists it.
#[derive(Default)]
struct Krate {
    version: String,
    licence: String,
    dir: PathBuf,
    on: BTreeSet<String>,
}

/// The crates in the binary for one target: from the root along normal dependencies,
/// not into procedural macros (they run in the compiler; nothing of them is linked).
fn in_binary(meta: &Value) -> Result<Vec<&Value>, String> {
    let pkgs: BTreeMap<&str, &Value> =
        meta["packages"].as_array().ok_or("no packages")?.iter().filter_map(|p| Some((p["id"].as_str()?, p))).collect();
    let nodes: BTreeMap<&str, &Value> = meta["resolve"]["nodes"]
        .as_array()
        .ok_or("no resolve")?
        .iter()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let root = meta["resolve"]["root"].as_str().ok_or("no root package")?;
    let proc_macro = |id: &str| {
        pkgs.get(id).and_then(|p| p["targets"].as_array()).is_some_and(|ts| {
            ts.iter().any(|t| t["kind"].as_array().is_some_and(|k| k.iter().any(|k| k == "proc-macro")))
        })
    };
    let mut seen = BTreeSet::new();
    let mut todo = vec![root];
    while let Some(id) = todo.pop() {
        if !seen.insert(id) {
            continue;
        }
        for d in nodes.get(id).and_then(|n| n["deps"].as_array()).into_iter().flatten() {
            let normal = d["dep_kinds"].as_array().is_some_and(|ks| ks.iter().any(|k| k["kind"].is_null()));
            if let Some(pkg) = d["pkg"].as_str()
                && normal
                && !proc_macro(pkg)
            {
                todo.push(pkg);
            }
        }
    }
    seen.remove(root);
    Ok(seen.into_iter().filter_map(|id| pkgs.get(id).copied()).collect())
}

/// The licence files of a crate that a licence other than MIT or Apache-2.0 asks for
/// (the Unicode data licence, zlib): where the crate's expression leaves no choice of
/// MIT or Apache-2.0 alone.
fn other_licence_texts(k: &Krate) -> Vec<(String, String)> {
    let needs_other = k.licence.contains("Unicode") || (k.licence.contains("Zlib") && !k.licence.contains("MIT"));
    if !needs_other {
        return Vec::new();
    }
    let mut files: Vec<(String, String)> = std::fs::read_dir(&k.dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let up = name.to_uppercase();
            let licence_file = up.starts_with("LICENSE") || up.starts_with("LICENCE") || up.starts_with("COPYING");
            let other = !up.contains("MIT") && !up.contains("APACHE");
            if licence_file && other { std::fs::read_to_string(e.path()).ok().map(|t| (name, t)) } else { None }
        })
        .collect();
    files.sort();
    files
}

/// The third-party list (Markdown) for `LABEL=METADATA.json[,TREE.txt]` specs.
pub fn third_party(specs: &[String]) -> Result<String, String> {
    let mut all: BTreeMap<String, Krate> = BTreeMap::new();
    for spec in specs {
        let (label, files) = spec.split_once('=').ok_or_else(|| format!("{spec}: not LABEL=FILE[,TREE]"))?;
        let (file, tree) = match files.split_once(',') {
            Some((f, t)) => (f, Some(std::fs::read_to_string(t).map_err(|e| format!("{t}: {e}"))?)),
            None => (files, None),
        };
        // `cargo tree -e normal,no-proc-macro --prefix none -f '{p}'`: the crates as the
        // feature resolver builds them for the target (cargo metadata also lists
        // optional crates that only the tests' features switch on).
        let built: Option<BTreeSet<String>> =
            tree.map(|t| t.lines().map(|l| l.split(" (").next().unwrap_or(l).trim().to_string()).collect());
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        let meta: Value = serde_json::from_str(&text).map_err(|e| format!("{file}: {e}"))?;
        for p in in_binary(&meta)? {
            let name = p["name"].as_str().unwrap_or("?");
            let version = p["version"].as_str().unwrap_or("?");
            if built.as_ref().is_some_and(|b| !b.contains(&format!("{name} v{version}"))) {
                continue;
            }
            let k = all.entry(format!("{name} {version}")).or_default();
            k.version = version.to_string();
            k.licence = p["license"]
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| format!("see {}", p["license_file"].as_str().unwrap_or("the crate's licence file")));
            k.dir = Path::new(p["manifest_path"].as_str().unwrap_or(""))
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default();
            k.on.insert(label.to_string());
        }
    }
    let labels: BTreeSet<&str> = specs.iter().filter_map(|s| s.split_once('=').map(|(l, _)| l)).collect();
    let mut out = String::new();
    out.push_str("# Third-party crates in the veiviser binary\n\n");
    out.push_str(
        "Generated by `tools/dist.sh` from `cargo metadata` (the Rust crates linked into the\n\
         release binary; build scripts, procedural macros and test crates are not in it).\n\
         Where a crate offers a choice, veiviser takes it under MIT or Apache-2.0, whose texts\n\
         are in LICENSE-MIT and LICENSE-APACHE. Every crate comes from crates.io, where its\n\
         own licence files and copyright notices are.\n\n",
    );
    out.push_str("| crate | version | licence | in |\n| --- | --- | --- | --- |\n");
    for (key, k) in &all {
        let name = key.split(' ').next().unwrap_or(key);
        let on: Vec<&str> = k.on.iter().map(String::as_str).collect();
        let on = if on.len() == labels.len() { "all".to_string() } else { on.join(", ") };
        out.push_str(&format!("| {name} | {} | {} | {on} |\n", k.version, k.licence));
    }
    let mut texts = String::new();
    for (key, k) in &all {
        for (file, text) in other_licence_texts(k) {
            texts.push_str(&format!("\n## {key}: {file}\n\n```text\n{}\n```\n", text.trim_end()));
        }
    }
    if !texts.is_empty() {
        out.push_str("\nLicence texts other than MIT and Apache-2.0 that crates above carry:\n");
        out.push_str(&texts);
    }
    Ok(out)
}
