//! `veiviser export --format mermaid|dot`: the flows as a graph. [`build`] turns the
//! resolved model into one language-bound graph (clusters of nodes, labelled edges);
//! [`mermaid`] and [`dot`] write it, each with its own escaping. Outcomes, the outcome
//! that ends the whole case, and nodes and choices that raise a duty differ by shape,
//! line style and a word in the label (never by colour alone). Exports never follow
//! discreet mode: they were asked for.

use crate::flow::cond::Cond;
use crate::flow::model::Str;
use crate::flow::resolved::{Body, Condition, FlowIx, Model, Node};
use crate::i18n::{Lang, Texts};

/// How a node is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Where a flow starts.
    Start,
    Question,
    Checklist,
    Info,
    Call,
    Outcome,
    /// An outcome that ends the whole case (`final: true`).
    Final,
    /// A flow that is called but not in this graph.
    FlowRef,
}

/// How an edge is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    Plain,
    /// A choice that raises a duty.
    Duty,
    /// Into a called flow.
    Call,
    /// Where a node whose condition fails is skipped to.
    Skip,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GNode {
    /// A safe identifier (`n3_12`), the same in both formats.
    pub id: String,
    /// The lines of the label, not yet escaped.
    pub lines: Vec<String>,
    pub shape: Shape,
    /// The node raises a duty.
    pub duty: bool,
    /// No scenario reaches this node (`export --coverage`).
    pub unreached: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GEdge {
    pub from: String,
    pub to: String,
    /// The lines of the label (none: no label), not yet escaped.
    pub lines: Vec<String>,
    pub line: Line,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    pub id: String,
    pub title: String,
    pub nodes: Vec<GNode>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Graph {
    /// The first line of the file, as a comment: the guidance version and the language.
    pub comment: String,
    pub clusters: Vec<Cluster>,
    /// Called flows outside the graph.
    pub refs: Vec<GNode>,
    pub edges: Vec<GEdge>,
}

/// Width a label line is wrapped to.
const WRAP: usize = 32;

fn node_id(f: FlowIx, n: usize) -> String {
    format!("n{f}_{n}")
}

fn start_id(f: FlowIx) -> String {
    format!("f{f}_start")
}

/// A text on one line (a label has no room for paragraphs), wrapped to [`WRAP`].
fn wrapped(s: &str) -> Vec<String> {
    let one = s.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::text::wrap(&one, WRAP)
}

/// A condition as an author writes it: `minor and not (a or b)`.
pub fn cond_text(c: &Condition, facts: &[String]) -> String {
    fn go(c: &Condition, facts: &[String], parent: u8, out: &mut String) {
        let (prec, parts): (u8, _) = match c {
            Cond::Fact(f) => {
                out.push_str(facts.get(*f).map_or("?", String::as_str));
                return;
            }
            Cond::Not(x) => {
                out.push_str("not ");
                go(x, facts, 3, out);
                return;
            }
            Cond::And(a, b) => (2, (a, b, " and ")),
            Cond::Or(a, b) => (1, (a, b, " or ")),
        };
        if prec < parent {
            out.push('(');
        }
        go(parts.0, facts, prec, out);
        out.push_str(parts.2);
        go(parts.1, facts, prec + 1, out);
        if prec < parent {
            out.push(')');
        }
    }
    let mut s = String::new();
    go(c, facts, 0, &mut s);
    s
}

/// The graph of `flows` (indexes into `model.flows`) in `lang`.
pub fn build(model: &Model, texts: &Texts, lang: Lang, flows: &[FlowIx]) -> Graph {
    let t = |id: &str| texts.get(lang, id);
    let duty_title = |id: &str| model.duty(id).map_or_else(|| id.to_string(), |d| t(&d.title));
    let duty_lines = |raise: &[Str]| -> Vec<String> {
        raise.iter().map(|d| texts.fmt(lang, "walk-duty", &[("duty", &duty_title(d))])).collect()
    };
    let facts_line = |facts: &crate::flow::resolved::Facts| -> Option<String> {
        let words = super::words::facts_words(model, texts, lang, facts);
        (!words.is_empty()).then(|| texts.fmt(lang, "ui-graph-sets", &[("facts", &words.join("; "))]))
    };
    let cond = |c: &Condition| super::words::cond_words(texts, lang, c, &model.facts);
    let mut g = Graph {
        comment: crate::view::export_version_line(texts, lang, model),
        clusters: Vec::new(),
        refs: Vec::new(),
        edges: Vec::new(),
    };
    let edge = |from: String, to: String, lines: Vec<String>, line: Line| GEdge { from, to, lines, line };
    for &fi in flows {
        let Some(flow) = model.flows.get(fi) else { continue };
        let mut nodes = vec![GNode {
            id: start_id(fi),
            lines: vec![t("ui-graph-start")],
            shape: Shape::Start,
            duty: false,
            unreached: false,
        }];
        g.edges.push(edge(start_id(fi), node_id(fi, flow.start), Vec::new(), Line::Plain));
        for (ni, n) in flow.nodes.iter().enumerate() {
            let id = node_id(fi, ni);
            nodes.push(graph_node(texts, lang, (fi, ni), n, &duty_lines, &facts_line, &cond));
            if let Some(guard) = &n.when {
                let lines = vec![t("ui-graph-otherwise")];
                g.edges.push(edge(id.clone(), node_id(fi, guard.otherwise), lines, Line::Skip));
            }
            match &n.body {
                Body::Question { choices } => {
                    for c in choices {
                        let mut lines = wrapped(&t(&c.label));
                        if let Some(w) = &c.when {
                            lines.extend(wrapped(&texts.fmt(lang, "ui-graph-when", &[("cond", &cond(w))])));
                        }
                        lines.extend(facts_line(&c.set).iter().flat_map(|l| wrapped(l)));
                        lines.extend(duty_lines(&c.raise));
                        let line = if c.raise.is_empty() { Line::Plain } else { Line::Duty };
                        g.edges.push(edge(id.clone(), node_id(fi, c.next), lines, line));
                    }
                }
                Body::Checklist { next, .. } | Body::Info { next, .. } => {
                    g.edges.push(edge(id.clone(), node_id(fi, *next), Vec::new(), Line::Plain));
                }
                Body::Call { flow: callee, at, next } => {
                    let name = model.flows.get(*callee).map(|f| t(&f.title)).unwrap_or_default();
                    let from_start = model.flows.get(*callee).is_some_and(|f| f.start == *at);
                    let target = if flows.contains(callee) {
                        if from_start { start_id(*callee) } else { node_id(*callee, *at) }
                    } else {
                        let rid = format!("r{callee}");
                        if !g.refs.iter().any(|r| r.id == rid) {
                            g.refs.push(GNode {
                                id: rid.clone(),
                                lines: wrapped(&name),
                                shape: Shape::FlowRef,
                                duty: false,
                                unreached: false,
                            });
                        }
                        rid
                    };
                    g.edges.push(edge(id.clone(), target, vec![t("ui-graph-enters")], Line::Call));
                    let after = wrapped(&texts.fmt(lang, "ui-graph-after", &[("flow", &name)]));
                    g.edges.push(edge(id.clone(), node_id(fi, *next), after, Line::Plain));
                }
                Body::Outcome { .. } => {}
            }
        }
        g.clusters.push(Cluster { id: format!("f{fi}"), title: format!("{} ({})", t(&flow.title), flow.id), nodes });
    }
    g
}

fn graph_node(
    texts: &Texts,
    lang: Lang,
    (fi, ni): (FlowIx, usize),
    n: &Node,
    duty_lines: &dyn Fn(&[Str]) -> Vec<String>,
    facts_line: &dyn Fn(&crate::flow::resolved::Facts) -> Option<String>,
    cond: &dyn Fn(&Condition) -> String,
) -> GNode {
    let mut lines = wrapped(&texts.get(lang, &n.title));
    lines.push(format!("[{}]", n.id));
    if let Some(g) = &n.when {
        lines.extend(wrapped(&texts.fmt(lang, "ui-graph-only-when", &[("cond", &cond(&g.cond))])));
    }
    lines.extend(facts_line(&n.set).iter().flat_map(|l| wrapped(l)));
    lines.extend(duty_lines(&n.raise));
    let shape = match &n.body {
        Body::Question { .. } => Shape::Question,
        Body::Checklist { .. } => Shape::Checklist,
        Body::Info { .. } => Shape::Info,
        Body::Call { .. } => Shape::Call,
        Body::Outcome { is_final: true, .. } => {
            lines.push(texts.get(lang, "ui-graph-final"));
            Shape::Final
        }
        Body::Outcome { .. } => Shape::Outcome,
    };
    GNode { id: node_id(fi, ni), lines, shape, duty: !n.raise.is_empty(), unreached: false }
}

/// A text inside a quoted Mermaid label: every character that Mermaid's grammar or its
/// HTML labels could read as syntax becomes an entity code (`#34;`), which Mermaid shows
/// as the character.
pub fn mermaid_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' | '#' | '&' | '<' | '>' | '|' | ';' | '`' | '[' | ']' | '{' | '}' | '(' | ')' | '%' | '\\' => {
                out.push_str(&format!("#{};", u32::from(c)));
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn mermaid_label(lines: &[String]) -> String {
    lines.iter().map(|l| mermaid_escape(l)).collect::<Vec<_>>().join("<br/>")
}

/// The graph as a Mermaid flowchart.
/// Marks the steps of `model` that `reached` says no scenario reaches, with `note` as
/// a last label line (the shipped scenarios' coverage drawn on the graph).
pub fn mark_unreached(g: &mut Graph, model: &Model, reached: &dyn Fn(&str, &str) -> bool, note: &str) {
    for (fi, f) in model.flows.iter().enumerate() {
        for (ni, n) in f.nodes.iter().enumerate() {
            if reached(&f.id, &n.id) {
                continue;
            }
            let id = node_id(fi, ni);
            for gn in g.clusters.iter_mut().flat_map(|c| c.nodes.iter_mut()).filter(|gn| gn.id == id) {
                gn.unreached = true;
                gn.lines.push(note.to_string());
            }
        }
    }
}

pub fn mermaid(g: &Graph) -> String {
    let mut o = String::new();
    o.push_str(&format!("%% {}\n", g.comment.replace(['\n', '\r'], " ")));
    o.push_str("flowchart TD\n");
    let node = |o: &mut String, n: &GNode, indent: &str| {
        let l = mermaid_label(&n.lines);
        let (a, b) = match n.shape {
            Shape::Start => ("((", "))"),
            Shape::Question => ("{", "}"),
            Shape::Checklist => ("[/", "/]"),
            Shape::Info => ("[", "]"),
            Shape::Call => ("[[", "]]"),
            Shape::Outcome => ("([", "])"),
            Shape::Final => ("{{", "}}"),
            Shape::FlowRef => ("[[", "]]"),
        };
        o.push_str(&format!("{indent}{}{a}\"{l}\"{b}\n", n.id));
    };
    for c in &g.clusters {
        o.push_str(&format!("  subgraph {} [\"{}\"]\n", c.id, mermaid_escape(&c.title)));
        for n in &c.nodes {
            node(&mut o, n, "    ");
        }
        o.push_str("  end\n");
    }
    for n in &g.refs {
        node(&mut o, n, "  ");
    }
    for e in &g.edges {
        let arrow = match e.line {
            Line::Plain => "-->",
            Line::Duty => "==>",
            Line::Call => "-.->",
            Line::Skip => "-.->",
        };
        if e.lines.is_empty() {
            o.push_str(&format!("  {} {arrow} {}\n", e.from, e.to));
        } else {
            o.push_str(&format!("  {} {arrow}|\"{}\"| {}\n", e.from, mermaid_label(&e.lines), e.to));
        }
    }
    o.push_str("  classDef outcome stroke-width:3px\n");
    o.push_str("  classDef final stroke-width:5px,stroke-dasharray:0\n");
    o.push_str("  classDef duty stroke-width:4px,stroke-dasharray:8 4\n");
    o.push_str("  classDef flowref stroke-dasharray:3 3\n");
    o.push_str("  classDef unreached fill:#eeeeee,color:#555555,stroke-dasharray:2 2\n");
    let unreached: Vec<&str> =
        g.clusters.iter().flat_map(|c| &c.nodes).filter(|n| n.unreached).map(|n| n.id.as_str()).collect();
    if !unreached.is_empty() {
        o.push_str(&format!("  class {} unreached\n", unreached.join(",")));
    }
    let all = g.clusters.iter().flat_map(|c| &c.nodes).chain(&g.refs);
    let mut by_class: Vec<(&str, Vec<&str>)> =
        vec![("outcome", Vec::new()), ("final", Vec::new()), ("duty", Vec::new()), ("flowref", Vec::new())];
    for n in all {
        let class = match (n.duty, n.shape) {
            (true, _) => Some(2),
            (false, Shape::Outcome) => Some(0),
            (false, Shape::Final) => Some(1),
            (false, Shape::FlowRef) => Some(3),
            _ => None,
        };
        if let Some(i) = class {
            by_class[i].1.push(&n.id);
        }
    }
    for (class, ids) in by_class {
        if !ids.is_empty() {
            o.push_str(&format!("  class {} {class}\n", ids.join(",")));
        }
    }
    o
}

/// A text inside a double-quoted DOT string: backslash and quote escaped, line breaks as
/// spaces (the writer puts in its own `\n`).
pub fn dot_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn dot_label(lines: &[String]) -> String {
    lines.iter().map(|l| dot_escape(l)).collect::<Vec<_>>().join("\\n")
}

/// The graph in Graphviz's DOT language.
pub fn dot(g: &Graph) -> String {
    let mut o = String::new();
    o.push_str(&format!("// {}\n", g.comment.replace(['\n', '\r'], " ")));
    o.push_str("digraph \"veiviser\" {\n");
    o.push_str("  graph [rankdir=TB, fontname=\"Helvetica\", fontsize=12];\n");
    o.push_str("  node [fontname=\"Helvetica\", fontsize=10, shape=box];\n");
    o.push_str("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    let node = |o: &mut String, n: &GNode, indent: &str| {
        let attrs = match n.shape {
            Shape::Start => "shape=circle, style=filled, fillcolor=\"#dddddd\"",
            Shape::Question => "shape=box, style=rounded",
            Shape::Checklist => "shape=note",
            Shape::Info => "shape=box",
            Shape::Call => "shape=component",
            Shape::Outcome => "shape=box, style=\"rounded,filled,bold\", fillcolor=\"#e6f4ea\", peripheries=2",
            Shape::Final => "shape=doubleoctagon, style=\"filled,bold\", fillcolor=\"#fde7e9\"",
            Shape::FlowRef => "shape=component, style=dashed",
        };
        let duty = if n.duty { ", penwidth=3, color=\"#b3261e\"" } else { "" };
        let grey =
            if n.unreached { ", style=\"dashed,filled\", fillcolor=\"#eeeeee\", fontcolor=\"#555555\"" } else { "" };
        o.push_str(&format!("{indent}\"{}\" [label=\"{}\", {attrs}{duty}{grey}];\n", n.id, dot_label(&n.lines)));
    };
    for c in &g.clusters {
        o.push_str(&format!("  subgraph \"cluster_{}\" {{\n", c.id));
        o.push_str(&format!("    label=\"{}\";\n    style=rounded;\n", dot_escape(&c.title)));
        for n in &c.nodes {
            node(&mut o, n, "    ");
        }
        o.push_str("  }\n");
    }
    for n in &g.refs {
        node(&mut o, n, "  ");
    }
    for e in &g.edges {
        let style = match e.line {
            Line::Plain => "",
            Line::Duty => ", penwidth=3, style=bold, color=\"#b3261e\"",
            Line::Call => ", style=dashed",
            Line::Skip => ", style=dotted",
        };
        let label = if e.lines.is_empty() { String::new() } else { format!("label=\"{}\"", dot_label(&e.lines)) };
        let sep = if label.is_empty() { style.trim_start_matches(", ").to_string() } else { format!("{label}{style}") };
        if sep.is_empty() {
            o.push_str(&format!("  \"{}\" -> \"{}\";\n", e.from, e.to));
        } else {
            o.push_str(&format!("  \"{}\" -> \"{}\" [{sep}];\n", e.from, e.to));
        }
    }
    o.push_str("}\n");
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mermaid_escape_leaves_no_syntax() {
        let e = mermaid_escape("a \"b\" <script> | [x] {y} (z); #1 & `c` %% \\");
        for bad in ['"', '<', '>', '|', '[', ']', '{', '}', '(', ')', '`', '\\'] {
            assert!(!e.contains(bad), "{bad} in {e}");
        }
        assert!(e.starts_with("a #34;b#34; #60;script#62;"), "{e}");
    }

    #[test]
    fn dot_escape_quotes_and_backslashes() {
        assert_eq!(dot_escape("a \"b\" \\n c\nd"), "a \\\"b\\\" \\\\n c d");
    }

    #[test]
    fn conditions_read_back_with_the_parentheses_they_need() {
        let facts: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        for (src, want) in [
            ("a and (b or c)", "a and (b or c)"),
            ("a or b and c", "a or b and c"),
            ("not (a or b)", "not (a or b)"),
            ("(a and b) or c", "a and b or c"),
            ("a and not b", "a and not b"),
        ] {
            let c = Cond::parse(src).unwrap_or_else(|e| panic!("{src}: {e:?}"));
            let c = c.map(&mut |n: &String| facts.iter().position(|f| f == n).unwrap_or(0));
            assert_eq!(cond_text(&c, &facts), want);
        }
    }
}
