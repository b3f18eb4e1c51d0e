//! The exports (`export --format mermaid|dot|markdown|html`), `paths` and `schema`,
//! through the real binary. Each format is checked by the real tool where it is
//! installed (Graphviz `dot`; Mermaid's parser under node, from tools/mermaid-check;
//! Python's html.parser), and structurally here in any case; a hostile fixture
//! (tests/fixtures/hostile: `<script>`, quotes, pipes, brackets, braces, `#`, `;`,
//! backslashes and line breaks in titles, texts, labels, a duty and a contact) must come
//! out escaped in each format.

mod common;

use assert_cmd::Command;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use veiviser::i18n::Lang;

fn veiviser() -> Command {
    let mut c = Command::cargo_bin("veiviser").unwrap();
    c.env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG").env("NO_COLOR", "1");
    c
}

fn with_fixture(name: &str) -> Command {
    let mut c = veiviser();
    let dir = common::fixture(name);
    c.arg("--flows").arg(dir.join("flows")).arg("--locales").arg(dir.join("locales"));
    c
}

/// Runs and returns standard output; fails the test on a non-zero exit.
fn run(mut c: Command, args: &[&str]) -> String {
    let out = c.args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The guidance version the exports name: the bundled guidance's date and the hash of
/// its files.
fn bundled_version() -> String {
    let model = common::bundled().model;
    model.guidance().version(model.version())
}

fn tool(name: &str) -> bool {
    std::process::Command::new(name).arg("--version").output().is_ok_and(|o| o.status.success())
}

fn write_temp(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

// ---------------------------------------------------------------- graphs

/// Every node a Mermaid flowchart draws is declared once, every edge joins declared
/// nodes, and no label holds a character that Mermaid's grammar would read as syntax.
fn mermaid_structure(text: &str) {
    let mut lines = text.lines();
    assert!(lines.next().is_some_and(|l| l.starts_with("%% veiviser")), "version comment first");
    assert_eq!(lines.next(), Some("flowchart TD"));
    let mut declared = BTreeSet::new();
    let mut edges = Vec::new();
    for l in lines {
        let t = l.trim();
        if t.starts_with("subgraph ") || t == "end" || t.starts_with("classDef ") || t.starts_with("class ") {
            continue;
        }
        if let Some((from, rest)) = t.split_once(' ')
            && (rest.starts_with("-->") || rest.starts_with("==>") || rest.starts_with("-.->"))
        {
            edges.push((from.to_string(), rest.rsplit(' ').next().unwrap_or_default().to_string()));
            let label = rest.split('|').nth(1).unwrap_or("");
            assert!(label.is_empty() || (label.starts_with('"') && label.ends_with('"')), "{t}");
            let inner = without_entities(&label.trim_matches('"').replace("<br/>", ""));
            assert!(!inner.contains(['"', '<', '>', '[', ']', '|', ';', '#'].as_ref()), "unescaped: {t}");
            continue;
        }
        let id: String = t.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        assert!(!id.is_empty(), "not a node, edge or statement: {t}");
        assert!(declared.insert(id.clone()), "{id} declared twice");
        let q = t.find('"').unwrap_or(0);
        let r = t.rfind('"').unwrap_or(0);
        assert!(q < r, "label in quotes: {t}");
        let label = without_entities(&t[q + 1..r].replace("<br/>", ""));
        assert!(
            !label.contains(['"', '<', '>', '[', ']', '{', '}', '|', '(', ')', ';', '#'].as_ref()),
            "unescaped: {t}"
        );
    }
    assert!(!edges.is_empty());
    for (a, b) in edges {
        assert!(declared.contains(&a) && declared.contains(&b), "edge {a} -> {b} to an undeclared node");
    }
}

/// `s` without Mermaid's entity codes (`#60;`).
fn without_entities(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('#') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        let digits = tail.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && tail[digits..].starts_with(';') {
            rest = &tail[digits + 1..];
        } else {
            out.push('#');
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

/// Mermaid's own parser, where tools/mermaid-check is installed.
fn mermaid_parses(text: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/mermaid-check");
    if !dir.join("node_modules/mermaid").is_dir() || !tool("node") {
        eprintln!(
            "NOTICE: Mermaid's parser is not installed (npm ci --prefix tools/mermaid-check): checked structurally only"
        );
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let p = write_temp(tmp.path(), "g.mmd", text);
    let out = std::process::Command::new("node").arg(dir.join("check.mjs")).arg(&p).output().unwrap();
    assert!(out.status.success(), "Mermaid does not parse it: {}\n{text}", String::from_utf8_lossy(&out.stderr));
}

/// Graphviz renders it, where `dot` is installed; the picture holds no raw tag.
fn dot_renders(text: &str) {
    if !std::process::Command::new("dot").arg("-V").output().is_ok_and(|o| o.status.success()) {
        eprintln!("NOTICE: Graphviz `dot` is not installed: the DOT export is checked structurally only");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let p = write_temp(tmp.path(), "g.dot", text);
    let out = std::process::Command::new("dot").arg("-Tsvg").arg(&p).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && stderr.trim().is_empty(), "dot: {stderr}\n{text}");
    let svg = String::from_utf8_lossy(&out.stdout);
    assert!(svg.contains("<svg") && !svg.to_lowercase().contains("<script"), "{svg}");
}

fn dot_structure(text: &str) {
    assert!(text.starts_with("// veiviser"), "version comment first");
    assert!(text.contains("digraph \"veiviser\" {") && text.trim_end().ends_with('}'));
    // Every quote inside a string is escaped: the unescaped quotes pair up on each line.
    for l in text.lines().filter(|l| !l.starts_with("//")) {
        let unescaped = l.replace("\\\\", "").replace("\\\"", "").matches('"').count();
        assert_eq!(unescaped % 2, 0, "{l}");
    }
}

#[test]
fn mermaid_of_the_bundled_flows_parses_and_marks_outcomes_and_duties() {
    let version = bundled_version();
    for lang in ["nb", "en"] {
        let m = run(veiviser(), &["export", "--format", "mermaid", "--lang", lang]);
        assert!(m.lines().next().is_some_and(|l| l.contains(&version)), "version in the first line");
        mermaid_structure(&m);
        // Outcomes, the final ones, duty nodes and duty edges are drawn differently.
        assert!(m.contains("class ") && m.contains(" outcome\n") && m.contains(" final\n") && m.contains(" duty\n"));
        assert!(m.contains("==>|"), "a choice that raises a duty is a thick edge");
        assert!(m.contains("-.->|"), "calls are dotted edges");
        mermaid_parses(&m);
    }
    let one = run(veiviser(), &["export", "--format", "mermaid", "--flow", "outcomes", "--lang", "en"]);
    mermaid_structure(&one);
    assert_eq!(one.matches("subgraph ").count(), 1, "one flow");
    assert!(one.contains("[[\"Duty to avert"), "a flow called from it, outside the graph, as a box");
    mermaid_parses(&one);
}

#[test]
fn dot_of_the_bundled_flows_renders() {
    let version = bundled_version();
    let d = run(veiviser(), &["export", "--format", "dot", "--lang", "en"]);
    assert!(d.lines().next().is_some_and(|l| l.contains(&version)), "version in the first line");
    dot_structure(&d);
    assert!(d.contains("shape=doubleoctagon") && d.contains("peripheries=2"), "outcomes and final outcomes");
    assert!(d.contains("penwidth=3, style=bold"), "duty edges");
    assert!(d.contains("-> \"f") && d.contains("style=dashed"), "a call goes into the called flow's start");
    assert!(d.contains("label=\"") && d.contains("\\nwhen the person"), "conditions on edges, in words");
    dot_renders(&d);
}

#[test]
fn hostile_text_is_escaped_in_both_graphs() {
    let m = run(with_fixture("hostile"), &["export", "--format", "mermaid", "--lang", "en"]);
    mermaid_structure(&m);
    assert!(m.contains("#60;script#62;") && !m.contains("<script"), "{m}");
    mermaid_parses(&m);
    let d = run(with_fixture("hostile"), &["export", "--format", "dot", "--lang", "en"]);
    dot_structure(&d);
    assert!(d.contains("alert(\\\"x\\\")") && d.contains(" \\\\ 'n'"), "{d}");
    dot_renders(&d);
}

// ---------------------------------------------------------------- handbook

#[test]
fn the_markdown_handbook_has_every_node_title_and_the_version() {
    let c = common::bundled();
    for code in ["nb", "en"] {
        let md = run(veiviser(), &["export", "--format", "markdown", "--lang", code]);
        let lang = Lang::of(code);
        assert!(md.contains(&bundled_version()));
        let mut missing = Vec::new();
        for f in &c.model.flows {
            for n in &f.nodes {
                let title = veiviser::export::handbook::md_escape(&c.texts.get(lang, &n.title));
                if !md.contains(&format!(" {title} (`{}`", n.id)) {
                    missing.push(format!("{}/{}: {title}", f.id, n.id));
                }
            }
        }
        assert!(missing.is_empty(), "{code}: node titles missing: {missing:#?}");
        // Sources with their dates, and the contact directory with its source addresses.
        let dated = if code == "nb" { "sist endret" } else { "last changed" };
        assert!(md.contains(dated), "source dates");
        assert!(md.contains("helsedirektoratet.no"), "source addresses as text");
    }
}

#[test]
fn markdown_escapes_hostile_text() {
    let md = run(with_fixture("hostile"), &["export", "--format", "markdown", "--lang", "en"]);
    // Every `<` is escaped (the version comment on the first line aside).
    for l in md.lines().skip(1) {
        let raw = l.match_indices('<').filter(|(i, _)| !l[..*i].ends_with('\\')).count();
        assert_eq!(raw, 0, "an unescaped < in: {l}");
    }
    assert!(md.contains("\\<script\\>alert(1)\\</script\\>"), "{md}");
    // A line of the text that looked like a heading is not one.
    assert!(!md.lines().any(|l| l.starts_with("# not")), "{md}");
}

/// Python's html.parser: tags balance (void elements aside), nothing is a script, a
/// style sheet from outside or a link out of the file.
const HTML_CHECK: &str = r##"
import sys
from html.parser import HTMLParser
VOID = {"meta", "br", "hr", "img", "link", "input"}
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.text = [], [], []
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "object", "embed", "link", "img"):
            self.errors.append("forbidden tag " + tag)
        for k, v in attrs:
            if k.startswith("on") or (k in ("href", "src") and v and not v.startswith("#")):
                self.errors.append("attribute %s=%s" % (k, v))
        if tag not in VOID:
            self.stack.append(tag)
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append("</%s> closes %s" % (tag, self.stack[-1:] or "nothing"))
        else:
            self.stack.pop()
    def handle_data(self, d):
        self.text.append(d)
p = P()
p.feed(open(sys.argv[1], encoding="utf-8").read())
p.close()
if p.stack:
    p.errors.append("unclosed: %s" % p.stack)
for e in p.errors:
    print(e)
sys.exit(1 if p.errors else 0)
"##;

fn html_well_formed(html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.trim_end().ends_with("</html>"));
    if !tool("python3") {
        eprintln!("NOTICE: python3 is not installed: the HTML is checked by its outline only");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let p = write_temp(tmp.path(), "h.html", html);
    let out = std::process::Command::new("python3").arg("-c").arg(HTML_CHECK).arg(&p).output().unwrap();
    assert!(
        out.status.success(),
        "html.parser: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_html_handbook_is_one_well_formed_file_that_prints() {
    let c = common::bundled();
    let html = run(veiviser(), &["export", "--format", "html", "--lang", "en"]);
    html_well_formed(&html);
    assert!(html.contains(&bundled_version()));
    assert!(html.contains("<style>") && html.contains("@media print") && html.contains("page-break-before:always"));
    assert!(!html.to_lowercase().contains("<script") && !html.contains("<link"), "self-contained, no script");
    for f in &c.model.flows {
        assert!(html.contains(&format!("<section class=\"flow\" id=\"flow-{}\">", f.id)), "{}", f.id);
    }
}

#[test]
fn html_escapes_hostile_text() {
    let html = run(with_fixture("hostile"), &["export", "--format", "html", "--lang", "en"]);
    html_well_formed(&html);
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script") && !lower.contains("<img") && !lower.contains("<i>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
    assert!(html.contains("&lt;script&gt;The helpline&lt;/script&gt; &amp; &quot;co&quot;"), "contact names too");
}

#[test]
fn exports_ignore_discreet_mode() {
    let plain = run(veiviser(), &["export", "--format", "markdown", "--lang", "en"]);
    let discreet = run(veiviser(), &["--discreet", "export", "--format", "markdown", "--lang", "en"]);
    assert_eq!(plain, discreet);
    assert!(plain.to_lowercase().contains("trafficking"), "the full words");
}

// ---------------------------------------------------------------- output, errors

#[test]
fn output_writes_a_private_file_and_never_replaces_one() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("graph.dot");
    let out = veiviser().args(["export", "--format", "dot", "--lang", "en", "--output"]).arg(&p).output().unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "nothing on standard output");
    assert!(String::from_utf8_lossy(&out.stderr).contains("Written to"));
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.starts_with("// veiviser"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let again = veiviser().args(["export", "--format", "html", "--lang", "en", "--output"]).arg(&p).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), text, "left as it was");
}

#[test]
fn an_unknown_flow_or_format_cannot_run() {
    let out = veiviser().args(["export", "--format", "dot", "--flow", "nope", "--lang", "en"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no flow called nope"));
    let out = veiviser().args(["export", "--format", "pdf"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = veiviser().args(["paths", "--flow", "nope", "--lang", "nb"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_for_the_new_commands_in_both_languages() {
    let nb = run(veiviser(), &["export", "--help", "--lang", "nb"]);
    assert!(nb.contains("Eksporter flytene") && nb.contains("--output"), "{nb}");
    let en = run(veiviser(), &["paths", "--help", "--lang", "en"]);
    assert!(en.contains("Every path to every outcome") && en.contains("--max"), "{en}");
    let top = run(veiviser(), &["--help", "--lang", "en"]);
    assert!(top.contains("export") && top.contains("paths") && top.contains("schema"), "{top}");
}

// ---------------------------------------------------------------- paths, schema

#[test]
fn paths_of_the_mini_case_count_and_list_every_outcome() {
    let text = run(with_fixture("mini"), &["paths", "--flow", "case", "--lang", "en"]);
    // Emergency: one way (yes at once). Done: age (2) x crime (2, or 3 for a child) x
    // the interpreter ticked or not (it sets a fact that a condition tests? no: only an
    // action's, so it changes no path) = 5.
    assert!(text.contains("== Emergency [triage/emergency]: one path"), "{text}");
    assert!(text.contains("== Done [case/done]: 5 paths"), "{text}");
    assert!(text.contains("6 paths in all, to 2 outcomes."), "{text}");
    assert!(text.contains("    Acute danger? → Yes\n"), "{text}");
    assert!(text.contains("  … and 2 more (--max shows more)"), "{text}");
    assert!(text.contains("! DUTY: Duty to report"), "duties on the path");
    assert!(text.contains("Outcomes on the way: Triage done; Reported"), "{text}");
    let one = run(with_fixture("mini"), &["paths", "--flow", "case", "--max", "1", "--lang", "nb"]);
    assert!(one.contains("… og 4 til"), "{one}");
    assert!(one.contains(common::mini().model.version()), "the version");
}

#[test]
fn paths_of_the_bundled_set_stay_bounded() {
    let text = run(veiviser(), &["paths", "--lang", "en"]);
    // Every headline outcome of the conversation is reached from the case.
    for id in
        ["outcomes/strengthened", "outcomes/lessened", "outcomes/no-help", "outcomes/wants-help", "outcomes/unclear"]
    {
        assert!(text.contains(&format!("[{id}]")), "{id}");
    }
    let listed = text.matches("  Path ").count();
    assert!(listed <= 3 * 40, "at most --max paths per outcome: {listed}");
    assert!(text.lines().count() < 2000);
}

#[test]
fn schema_prints_the_committed_schema() {
    let s = run(veiviser(), &["schema"]);
    let committed = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("flows/schema.json")).unwrap();
    assert_eq!(s, committed);
}

#[test]
fn coverage_greys_out_the_steps_no_scenario_reaches() {
    let plain = run(veiviser(), &["export", "--format", "mermaid", "--lang", "en"]);
    let bundled = run(veiviser(), &["export", "--format", "mermaid", "--lang", "en", "--coverage"]);
    let applied = |t: &str| t.lines().any(|l| l.trim_start().starts_with("class ") && l.ends_with(" unreached"));
    // Mermaid writes the brackets as entities.
    let note = "#40;no scenario reaches this#41;";
    assert!(!applied(&plain) && !plain.contains(note), "no marks without --coverage");
    // The scenarios shipped reach every step of the bundled flows: nothing is marked.
    let scen = run(veiviser(), &["scenario", "check", "--coverage", "--lang", "en"]);
    assert!(!scen.contains("not reached"), "{scen}");
    assert!(!applied(&bundled) && !bundled.contains(note), "{bundled}");
    // On other flows (the small fixture set) they reach the first step only: the rest
    // is marked.
    let mini = common::fixture("mini");
    let on_mini = |format: &str| {
        let mut cmd = veiviser();
        cmd.arg("--flows").arg(mini.join("flows")).arg("--locales").arg(mini.join("locales"));
        run(cmd, &["export", "--format", format, "--lang", "en", "--coverage"])
    };
    let marked = on_mini("mermaid");
    assert!(marked.contains(note), "a step no scenario reaches is marked");
    assert!(applied(&marked), "the unreached class is applied:\n{marked}");
    let unreached = marked.lines().find(|l| l.trim_start().starts_with("class ") && l.ends_with(" unreached"));
    assert!(unreached.is_some_and(|l| !l.contains("n0_0,") && !l.contains(" n0_0 ")), "{unreached:?}");
    mermaid_structure(&marked);
    mermaid_parses(&marked);
    let dot = on_mini("dot");
    assert!(dot.contains("fillcolor=\"#eeeeee\""), "greyed in DOT too");
    dot_structure(&dot);
    dot_renders(&dot);
}

// ---------------------------------------------------------------- for a class (issue 25)

/// Every condition of the bundled flows that joins facts (`and`, `or`, `not`), as written.
fn written_conditions() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("flows")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().and_then(|x| x.to_str()) != Some("yaml") {
            continue;
        }
        for l in std::fs::read_to_string(&p).unwrap().lines() {
            let Some(c) = l.trim().strip_prefix("when: ") else { continue };
            let c = c.trim();
            if [" and ", " or ", "not "].iter().any(|op| c.contains(op)) {
                out.insert(c.to_string());
            }
        }
    }
    out
}

#[test]
fn no_export_shows_a_condition_as_code() {
    let conds = written_conditions();
    assert!(conds.len() > 20 && conds.contains("minor and not avert-met"), "{conds:?}");
    let formats: [&[&str]; 6] = [
        &["--format", "dot"],
        &["--format", "mermaid"],
        &["--format", "markdown"],
        &["--format", "html"],
        &["--format", "handout"],
        &["--format", "dot", "--overview"],
    ];
    for lang in ["en", "nb"] {
        for f in formats {
            let mut args = vec!["export", "--lang", lang];
            args.extend_from_slice(f);
            let out = run(veiviser(), &args);
            // A graph's label lines are wrapped: read it as one line.
            let flat = out.replace("\\n", " ").replace("<br/>", " ");
            for c in &conds {
                assert!(!flat.contains(c.as_str()), "{lang} {f:?}: the condition `{c}` as code");
            }
            assert!(!flat.contains("minor and not") && !flat.contains("and not avert"), "{lang} {f:?}");
            // What an answer records is in words too.
            assert!(!flat.contains("sets: ") && !flat.contains("setter: "), "{lang} {f:?}");
        }
    }
    // The words are there instead.
    let md = run(veiviser(), &["export", "--format", "markdown", "--lang", "en"]);
    assert!(md.contains("only when the person may be under 18 and the duty to avert has not been found to apply"));
    let nb = run(veiviser(), &["export", "--format", "markdown", "--lang", "nb"]);
    assert!(nb.contains("bare når personen kan være under 18 og avvergingsplikten ikke er funnet å gjelde"));
}

/// Every fact of the bundled set has its phrase and its negation in both languages, and
/// none names the topic: conditions in words may show in discreet mode too.
#[test]
fn every_fact_has_words_that_name_no_topic() {
    let c = common::bundled();
    assert!(c.model.facts.len() > 50);
    for lang in [Lang::of("nb"), Lang::of("en")] {
        for f in &c.model.facts {
            let id = format!("fact-{f}");
            assert!(c.texts.has(lang, &id), "{id} in {}", lang.code());
            let not = c.texts.attr(lang, &id, "not").unwrap_or_else(|| panic!("{id}.not in {}", lang.code()));
            for s in [c.texts.get(lang, &id), not] {
                assert!(!veiviser::view::names_topic(lang, &s), "{id}: {s}");
            }
        }
    }
}

#[test]
fn the_overview_graph_is_small_and_has_every_stage() {
    let c = common::bundled();
    for lang in [Lang::of("en"), Lang::of("nb")] {
        let d = run(veiviser(), &["export", "--format", "dot", "--overview", "--lang", lang.code()]);
        dot_structure(&d);
        dot_renders(&d);
        let case = c.model.case_flow().unwrap();
        let stages: BTreeSet<&str> = case.nodes.iter().filter_map(|n| n.stage.as_deref()).collect();
        assert!(stages.len() >= 6);
        for s in &stages {
            let name = c.texts.get(lang, s).to_uppercase();
            assert!(d.contains(&format!("\"{name}\\n")), "{s} ({name}) in\n{d}");
        }
        // The side flows with their duties; the preparation from the start screen.
        for f in ["child-track", "avert"] {
            let title = c.texts.get(lang, &c.model.flow(f).unwrap().title);
            let first_line = title.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
            assert!(d.replace("\\n", " ").contains(&first_line), "{f}: {first_line}");
        }
        let before = c.texts.get(lang, &c.model.flow("before").unwrap().title);
        assert!(d.contains(&before));
        let nodes = d.lines().filter(|l| l.contains(" [label=") && !l.contains("->")).count();
        let edges = d.lines().filter(|l| l.contains("->")).count();
        assert!(nodes <= 15 && edges <= 20, "small enough to project: {nodes} nodes, {edges} edges");
        let m = run(veiviser(), &["export", "--format", "mermaid", "--overview", "--lang", lang.code()]);
        mermaid_structure(&m);
        mermaid_parses(&m);
    }
    // For graphs only; and the whole flow set stays one graph.
    let out = veiviser().args(["export", "--format", "html", "--overview", "--lang", "en"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--overview is for graphs only"));
}

#[test]
fn the_handout_is_well_formed_in_both_languages_with_a_card_for_every_scenario() {
    let c = common::bundled();
    let langs = veiviser::i18n::embedded_langs();
    let (scenarios, bad) = veiviser::scenario::load_embedded(&langs);
    assert!(bad.is_empty() && scenarios.len() >= 13);
    let e = veiviser::export::handbook::html_escape;
    for lang in [Lang::of("en"), Lang::of("nb")] {
        let t = |id: &str| c.texts.get(lang, id);
        let html = run(veiviser(), &["export", "--format", "handout", "--lang", lang.code()]);
        html_well_formed(&html);
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())));
        assert!(html.contains(&bundled_version()));
        assert!(html.contains("@media print") && html.contains("break-before:page"));
        assert!(!html.to_lowercase().contains("<script") && !html.contains("<link") && !html.contains("url("));
        // The page at a glance: the stages, the duties with their thresholds, the advice.
        assert!(html.contains(&e(&t("handout-glance"))));
        for (_, d) in c.model.duties() {
            assert!(html.contains(&e(&t(&d.title))), "{}", d.title);
        }
        assert!(
            html.contains(&e(&t("handout-threshold-avert"))) && html.contains(&e(&t("handout-threshold-report-cws")))
        );
        let advice: Vec<_> = c.model.contacts().filter(|(_, x)| x.advice).collect();
        assert!(advice.len() >= 2);
        for (id, x) in advice {
            let v = veiviser::view::contact_view(id, x, lang);
            assert!(html.contains(&e(&v.name)), "{id}");
            // The number exactly as the directory gives it.
            if let Some(p) = &x.phone {
                assert!(html.contains(&e(p)), "{id}: {p}");
            }
        }
        let outcomes = c.model.flow("outcomes").unwrap();
        let which = outcomes.nodes.iter().find(|n| n.id.as_str() == "which").unwrap();
        for ch in which.choices() {
            assert!(html.contains(&e(&t(&ch.label))), "outcome {}", ch.key);
        }
        // A card for every scenario, its answers after it, on a page of their own.
        for s in &scenarios {
            let card = html.find(&format!("<section class=\"card\" id=\"card-{}\">", s.id)).expect("card");
            let answers = html.find(&format!("<section class=\"answers\" id=\"answers-{}\">", s.id)).expect("answers");
            assert!(card < answers, "{}", s.id);
            assert!(html[card..answers].contains(&e(s.title(lang))), "{}", s.id);
            let first_line = s.text(lang).split_whitespace().take(6).collect::<Vec<_>>().join(" ");
            assert!(html[card..answers].contains(&e(&first_line)), "{}: {first_line}", s.id);
            for p in s.teaching(lang).into_iter().filter(|p| !p.starts_with("TODO")) {
                assert!(html[answers..].contains(&e(p)), "{}: teaching point", s.id);
            }
        }
        assert!(html.contains(".card{break-before:page") && html.contains(".answers{break-before:page"));
    }
    // The expected answer of the first question of a known case, in words.
    let html = run(veiviser(), &["export", "--format", "handout", "--lang", "en"]);
    let at = html.find("id=\"answers-adult-declines\"").unwrap();
    assert!(html[at..].contains("<strong>No, no acute danger</strong>"));
    // Never discreet (asked for), and never over a file.
    let discreet = run(veiviser(), &["--discreet", "export", "--format", "handout", "--lang", "en"]);
    assert_eq!(discreet, html);
    let tmp = tempfile::tempdir().unwrap();
    let p = write_temp(tmp.path(), "handout.html", "mine");
    let out = veiviser().args(["export", "--format", "handout", "--lang", "en", "--output"]).arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "mine");
}
