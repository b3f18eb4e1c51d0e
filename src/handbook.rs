//! `veiviser export --format markdown|html`: the flow set as a handbook for print and
//! clinical review. [`build`] gathers, in one language, every flow and every node (title,
//! text, background, choices and where they lead, items, actions, contacts, duties raised,
//! source with section and date), the duties, the contact directory and the documents;
//! [`markdown`] and [`html`] write it, each with its own escaping. The HTML is one
//! self-contained file: inline CSS (with print rules: a page break before each flow), no
//! script, no link out of the file (source addresses are text). Exports never follow
//! discreet mode: they were asked for.

use crate::flow::model::{Kind, Str};
use crate::flow::resolved::{Body, FlowIx, Model, Node};
use crate::graph::cond_text;
use crate::i18n::{Lang, Texts};
use crate::text::{Block, blocks};
use crate::view::{self, ContactView};

/// A choice and where it leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HChoice {
    pub label: String,
    /// Title and id of the next node.
    pub to: (String, String),
    pub when: Option<String>,
    pub sets: Vec<String>,
    /// Duty titles.
    pub duties: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HItem {
    pub label: String,
    pub when: Option<String>,
    pub sets: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HAction {
    /// The group's name (now, today, follow-up).
    pub group: String,
    pub text: String,
    pub when: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HContact {
    pub contact: ContactView,
    pub when: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HDuty {
    pub title: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HNode {
    pub id: String,
    /// The kind, in words.
    pub kind: String,
    pub title: String,
    pub text: Vec<Block>,
    pub why: Vec<Block>,
    /// The node's condition, and the node it is skipped to when it fails (title, id).
    pub when: Option<(String, (String, String))>,
    pub sets: Vec<String>,
    pub duties: Vec<HDuty>,
    pub choices: Vec<HChoice>,
    pub items: Vec<HItem>,
    /// The node after this one (checklist, info, call).
    pub next: Option<(String, String)>,
    /// The flow a call goes into (title, id).
    pub call: Option<(String, String)>,
    pub actions: Vec<HAction>,
    pub contacts: Vec<HContact>,
    /// An outcome.
    pub outcome: bool,
    /// An outcome that ends the whole case.
    pub is_final: bool,
    /// The source line (document, section, date).
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HFlow {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub nodes: Vec<HNode>,
}

/// Every word the writers need besides the content: headings and labels in the language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    pub title: String,
    pub version: String,
    pub intro: String,
    pub contents: String,
    pub why: String,
    pub only_when: String,
    pub choices: String,
    pub items: String,
    pub next: String,
    pub call: String,
    pub actions: String,
    pub contacts: String,
    pub duties_raised: String,
    pub sets: String,
    pub when: String,
    pub is_final: String,
    pub duties: String,
    pub directory: String,
    pub documents: String,
    pub lang: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handbook {
    pub words: Words,
    pub flows: Vec<HFlow>,
    pub duties: Vec<HDuty>,
    pub contacts: Vec<ContactView>,
    /// Each document in one line (name, dates, file or "public source").
    pub documents: Vec<String>,
    /// The contact lines under each contact's name, in the same order as `contacts`.
    pub contact_details: Vec<Vec<String>>,
}

fn node_ref(model: &Model, texts: &Texts, lang: Lang, fi: FlowIx, ni: usize) -> (String, String) {
    model
        .flows
        .get(fi)
        .and_then(|f| f.nodes.get(ni))
        .map(|n| (texts.get(lang, &n.title), n.id.to_string()))
        .unwrap_or_default()
}

fn hnode(model: &Model, texts: &Texts, lang: Lang, fi: FlowIx, n: &Node) -> HNode {
    let t = |id: &str| texts.get(lang, id);
    let set = &model.set;
    let cond = |c: &crate::flow::resolved::Condition| cond_text(c, &model.facts);
    let duty_title = |id: &Str| set.duties.get(id.as_str()).map_or_else(|| id.to_string(), |d| t(&d.title));
    let flow = &model.flows[fi];
    let mut h = HNode {
        id: n.id.to_string(),
        kind: t(match n.body.kind() {
            Kind::Question => "ui-kind-question",
            Kind::Checklist => "ui-kind-checklist",
            Kind::Info => "ui-kind-info",
            Kind::Call => "ui-kind-call",
            Kind::Outcome => "ui-kind-outcome",
        }),
        title: t(&n.title),
        text: n.text.as_deref().map(|x| blocks(&t(x))).unwrap_or_default(),
        why: n.why.as_deref().map(|x| blocks(&t(x))).unwrap_or_default(),
        when: n.when.as_ref().map(|g| (cond(&g.cond), node_ref(model, texts, lang, fi, g.otherwise))),
        sets: model.fact_names(&n.set),
        duties: n
            .raise
            .iter()
            .map(|id| match set.duties.get(id.as_str()) {
                Some(d) => HDuty { title: t(&d.title), text: t(&d.text) },
                None => HDuty { title: id.to_string(), text: String::new() },
            })
            .collect(),
        choices: Vec::new(),
        items: Vec::new(),
        next: None,
        call: None,
        actions: Vec::new(),
        contacts: Vec::new(),
        outcome: false,
        is_final: false,
        source: view::source_line(texts, lang, &view::source_view(set, texts, lang, false, flow.source_of(n))),
    };
    match &n.body {
        Body::Question { choices } => {
            h.choices = choices
                .iter()
                .map(|c| HChoice {
                    label: t(&c.label),
                    to: node_ref(model, texts, lang, fi, c.next),
                    when: c.when.as_ref().map(cond),
                    sets: model.fact_names(&c.set),
                    duties: c.raise.iter().map(duty_title).collect(),
                })
                .collect();
        }
        Body::Checklist { items, next } | Body::Info { items, next } => {
            h.items = items
                .iter()
                .map(|i| HItem { label: t(&i.label), when: i.when.as_ref().map(cond), sets: model.fact_names(&i.set) })
                .collect();
            h.next = Some(node_ref(model, texts, lang, fi, *next));
        }
        Body::Call { flow: callee, next, .. } => {
            h.call = model.flows.get(*callee).map(|f| (t(&f.title), f.id.clone()));
            h.next = Some(node_ref(model, texts, lang, fi, *next));
        }
        Body::Outcome { actions, contacts, is_final, .. } => {
            h.outcome = true;
            h.is_final = *is_final;
            h.actions = actions
                .iter()
                .map(|a| HAction {
                    group: t(&format!("ui-group-{}", a.group.as_str())),
                    text: t(&a.text),
                    when: a.when.as_ref().map(cond),
                })
                .collect();
            h.contacts = contacts
                .iter()
                .filter_map(|c| {
                    set.contacts.get(c.contact.as_str()).map(|x| HContact {
                        contact: view::contact_view(&c.contact, x, lang),
                        when: c.when.as_ref().map(cond),
                    })
                })
                .collect();
        }
    }
    h
}

/// The handbook of `flows` (indexes into `model.flows`) in `lang`.
pub fn build(model: &Model, texts: &Texts, lang: Lang, flows: &[FlowIx]) -> Handbook {
    let t = |id: &str| texts.get(lang, id);
    let set = &model.set;
    let words = Words {
        title: t("ui-hb-title"),
        version: crate::view::export_version_line(texts, lang, set),
        intro: t("ui-hb-intro"),
        contents: t("ui-hb-contents"),
        why: t("ui-hb-why"),
        only_when: t("ui-hb-only-when"),
        choices: t("ui-hb-choices"),
        items: t("ui-hb-items"),
        next: t("ui-hb-next"),
        call: t("ui-hb-call"),
        actions: t("ui-hb-actions"),
        contacts: t("ui-hb-contacts"),
        duties_raised: t("ui-hb-duties-raised"),
        sets: t("ui-hb-sets"),
        when: t("ui-hb-when"),
        is_final: t("ui-hb-final"),
        duties: t("ui-hb-duties"),
        directory: t("ui-hb-directory"),
        documents: t("ui-hb-documents"),
        lang: lang.code().to_string(),
    };
    let hflows = flows
        .iter()
        .filter_map(|&fi| {
            let f = model.flows.get(fi)?;
            Some(HFlow {
                id: f.id.clone(),
                title: t(&f.title),
                description: f.description.as_deref().map(t),
                nodes: f.nodes.iter().map(|n| hnode(model, texts, lang, fi, n)).collect(),
            })
        })
        .collect();
    let duties = set.duties.values().map(|d| HDuty { title: t(&d.title), text: t(&d.text) }).collect::<Vec<_>>();
    let contacts: Vec<ContactView> = set
        .contacts_local_first()
        .iter()
        .filter_map(|id| set.contacts.get(*id).map(|c| view::contact_view(id, c, lang)))
        .collect();
    let contact_details = contacts.iter().map(|c| view::contact_details(texts, lang, c)).collect();
    let documents = set
        .documents
        .keys()
        .map(|id| {
            let src = crate::flow::model::SourceRef { doc: id.as_str().into(), section: None };
            view::source_line(texts, lang, &view::source_view(set, texts, lang, false, Some(&src)))
        })
        .collect();
    Handbook { words, flows: hflows, duties, contacts, documents, contact_details }
}

// ---------------------------------------------------------------- Markdown

/// Text for Markdown, on one line: every character that Markdown (or the HTML it may
/// carry) could read as inline syntax is escaped with a backslash, and so is a first
/// character that would start a heading, a list, a quote or a rule.
pub fn md_escape(s: &str) -> String {
    let one = s.replace(['\n', '\r'], " ");
    let one = one.trim();
    let mut out = String::with_capacity(one.len() + 8);
    let digits = one.chars().take_while(char::is_ascii_digit).count();
    for (i, c) in one.chars().enumerate() {
        let inline = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!');
        let block_start =
            (i == 0 && matches!(c, '#' | '+' | '-' | '=')) || (i == digits && digits > 0 && matches!(c, '.' | ')'));
        if inline || block_start {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// An identifier or a condition as code (they are made of letters, digits, `-`, spaces
/// and parentheses; anything else is escaped as text).
fn md_code(s: &str) -> String {
    if s.chars().all(|c| c.is_ascii_alphanumeric() || " -()_".contains(c)) && !s.is_empty() {
        format!("`{s}`")
    } else {
        md_escape(s)
    }
}

fn md_blocks(o: &mut String, bs: &[Block], indent: &str) {
    for b in bs {
        match b {
            Block::Text(s) => o.push_str(&format!("{indent}{}\n", md_escape(s))),
            Block::Bullet(s) => o.push_str(&format!("{indent}- {}\n", md_escape(strip_bullet(s)))),
            Block::Gap => o.push_str(&format!("{}\n", indent.trim_end())),
        }
    }
    o.push('\n');
}

/// A list item without its dash or bullet (the writer puts its own).
fn strip_bullet(s: &str) -> &str {
    let t = s.trim_start();
    for p in ["- ", "– ", "— ", "• ", "* ", "· "] {
        if let Some(r) = t.strip_prefix(p) {
            return r.trim_start();
        }
    }
    t
}

fn md_extras(w: &Words, when: &Option<String>, sets: &[String], duties: &[String]) -> String {
    let mut s = String::new();
    if let Some(c) = when {
        s.push_str(&format!(" ({} {})", md_escape(&w.when), md_code(c)));
    }
    if !sets.is_empty() {
        let f: Vec<String> = sets.iter().map(|x| md_code(x)).collect();
        s.push_str(&format!(" ({} {})", md_escape(&w.sets), f.join(", ")));
    }
    for d in duties {
        s.push_str(&format!(" **{}**", md_escape(d)));
    }
    s
}

/// The handbook as Markdown (CommonMark).
pub fn markdown(h: &Handbook) -> String {
    let w = &h.words;
    let mut o = String::new();
    o.push_str(&format!("<!-- {} -->\n\n", w.version.replace("--", "- -")));
    o.push_str(&format!("# {}\n\n{}\n\n{}\n\n", md_escape(&w.title), md_escape(&w.version), md_escape(&w.intro)));
    o.push_str(&format!("## {}\n\n", md_escape(&w.contents)));
    for (i, f) in h.flows.iter().enumerate() {
        o.push_str(&format!("{}. {} ({})\n", i + 1, md_escape(&f.title), md_code(&f.id)));
    }
    o.push('\n');
    for (i, f) in h.flows.iter().enumerate() {
        o.push_str(&format!("## {}. {} ({})\n\n", i + 1, md_escape(&f.title), md_code(&f.id)));
        if let Some(d) = &f.description {
            o.push_str(&format!("*{}*\n\n", md_escape(d)));
        }
        for (j, n) in f.nodes.iter().enumerate() {
            o.push_str(&format!(
                "### {}.{} {} ({}, {})\n\n",
                i + 1,
                j + 1,
                md_escape(&n.title),
                md_code(&n.id),
                md_escape(&n.kind)
            ));
            if let Some((c, (title, id))) = &n.when {
                o.push_str(&format!(
                    "*{}* {} → {} ({})\n\n",
                    md_escape(&w.only_when),
                    md_code(c),
                    md_escape(title),
                    md_code(id)
                ));
            }
            if !n.text.is_empty() {
                md_blocks(&mut o, &n.text, "");
            }
            if !n.why.is_empty() {
                o.push_str(&format!("> **{}**\n>\n", md_escape(&w.why)));
                md_blocks(&mut o, &n.why, "> ");
            }
            if !n.sets.is_empty() {
                let f: Vec<String> = n.sets.iter().map(|x| md_code(x)).collect();
                o.push_str(&format!("{} {}\n\n", md_escape(&w.sets), f.join(", ")));
            }
            if !n.duties.is_empty() {
                o.push_str(&format!("**{}**\n\n", md_escape(&w.duties_raised)));
                for d in &n.duties {
                    o.push_str(&format!("- **{}**: {}\n", md_escape(&d.title), md_escape(&d.text)));
                }
                o.push('\n');
            }
            if !n.choices.is_empty() {
                o.push_str(&format!("**{}**\n\n", md_escape(&w.choices)));
                for c in &n.choices {
                    o.push_str(&format!(
                        "- {} → {} ({}){}\n",
                        md_escape(&c.label),
                        md_escape(&c.to.0),
                        md_code(&c.to.1),
                        md_extras(w, &c.when, &c.sets, &c.duties)
                    ));
                }
                o.push('\n');
            }
            if !n.items.is_empty() {
                o.push_str(&format!("**{}**\n\n", md_escape(&w.items)));
                for it in &n.items {
                    o.push_str(&format!(
                        "- \\[ \\] {}{}\n",
                        md_escape(&it.label),
                        md_extras(w, &it.when, &it.sets, &[])
                    ));
                }
                o.push('\n');
            }
            if let Some((title, id)) = &n.call {
                o.push_str(&format!("**{}** {} ({})\n\n", md_escape(&w.call), md_escape(title), md_code(id)));
            }
            if let Some((title, id)) = &n.next {
                o.push_str(&format!("**{}** {} ({})\n\n", md_escape(&w.next), md_escape(title), md_code(id)));
            }
            if !n.actions.is_empty() {
                o.push_str(&format!("**{}**\n\n", md_escape(&w.actions)));
                for a in &n.actions {
                    o.push_str(&format!(
                        "- *{}*: {}{}\n",
                        md_escape(&a.group),
                        md_escape(&a.text),
                        md_extras(w, &a.when, &[], &[])
                    ));
                }
                o.push('\n');
            }
            if !n.contacts.is_empty() {
                o.push_str(&format!("**{}**\n\n", md_escape(&w.contacts)));
                for c in &n.contacts {
                    let phone = c.contact.phone.as_deref().map(|p| format!(", {}", md_escape(p))).unwrap_or_default();
                    o.push_str(&format!(
                        "- {}{}{}\n",
                        md_escape(&c.contact.name),
                        phone,
                        md_extras(w, &c.when, &[], &[])
                    ));
                }
                o.push('\n');
            }
            if n.is_final {
                o.push_str(&format!("**{}**\n\n", md_escape(&w.is_final)));
            }
            o.push_str(&format!("*{}*\n\n", md_escape(&n.source)));
        }
    }
    o.push_str(&format!("## {}\n\n", md_escape(&w.duties)));
    for d in &h.duties {
        o.push_str(&format!("- **{}**: {}\n", md_escape(&d.title), md_escape(&d.text)));
    }
    o.push_str(&format!("\n## {}\n\n", md_escape(&w.directory)));
    for (c, lines) in h.contacts.iter().zip(&h.contact_details) {
        o.push_str(&format!("- **{}**\n", md_escape(&c.name)));
        for l in lines {
            o.push_str(&format!("  - {}\n", md_escape(l)));
        }
    }
    o.push_str(&format!("\n## {}\n\n", md_escape(&w.documents)));
    for d in &h.documents {
        o.push_str(&format!("- {}\n", md_escape(d)));
    }
    o
}

// ---------------------------------------------------------------- HTML

/// Text for HTML (content and attribute values alike).
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn html_blocks(o: &mut String, bs: &[Block]) {
    let mut in_list = false;
    for b in bs {
        match b {
            Block::Bullet(s) => {
                if !in_list {
                    o.push_str("<ul>\n");
                    in_list = true;
                }
                o.push_str(&format!("<li>{}</li>\n", html_escape(strip_bullet(s))));
            }
            Block::Text(s) => {
                if in_list {
                    o.push_str("</ul>\n");
                    in_list = false;
                }
                o.push_str(&format!("<p>{}</p>\n", html_escape(s)));
            }
            Block::Gap => {}
        }
    }
    if in_list {
        o.push_str("</ul>\n");
    }
}

fn html_extras(w: &Words, when: &Option<String>, sets: &[String], duties: &[String]) -> String {
    let mut s = String::new();
    if let Some(c) = when {
        s.push_str(&format!(" <span class=\"cond\">({} <code>{}</code>)</span>", html_escape(&w.when), html_escape(c)));
    }
    if !sets.is_empty() {
        let f: Vec<String> = sets.iter().map(|x| format!("<code>{}</code>", html_escape(x))).collect();
        s.push_str(&format!(" <span class=\"sets\">({} {})</span>", html_escape(&w.sets), f.join(", ")));
    }
    for d in duties {
        s.push_str(&format!(" <strong class=\"duty\">{}</strong>", html_escape(d)));
    }
    s
}

const CSS: &str = "body{font-family:Georgia,'Times New Roman',serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.45;color:#111;background:#fff}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif;line-height:1.2}
h2{border-bottom:2px solid #111;padding-bottom:.2em;margin-top:2em}
h3{margin:1.5em 0 .4em}
code{font-family:'DejaVu Sans Mono',Menlo,monospace;font-size:.9em}
.id,.kind{font-weight:normal;font-size:.8em;color:#444}
.node{border-left:3px solid #999;padding-left:.8em;margin-bottom:1.2em}
.node.outcome{border-left:6px double #111}
.node.raises{border-left:6px solid #b3261e}
.why{border:1px solid #bbb;padding:.3em .8em;margin:.6em 0;background:#f6f6f6}
.duty{color:#b3261e}
.label{font-weight:bold}
.source{font-size:.85em;color:#333;font-style:italic}
.version{font-size:.9em}
ul{margin:.3em 0 .6em}
@media print{body{max-width:none;margin:0;font-size:11pt}section.flow{break-before:page;page-break-before:always}.node{break-inside:avoid;page-break-inside:avoid}h2,h3{break-after:avoid;page-break-after:avoid}.why{background:none}a{color:inherit;text-decoration:none}}";

/// The handbook as one self-contained HTML file.
pub fn html(h: &Handbook) -> String {
    let w = &h.words;
    let e = html_escape;
    let mut o = String::new();
    o.push_str("<!DOCTYPE html>\n");
    o.push_str(&format!("<!-- {} -->\n", w.version.replace("--", "- -")));
    o.push_str(&format!("<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", e(&w.lang)));
    o.push_str(&format!("<meta name=\"generator\" content=\"{}\">\n", e(&w.version)));
    o.push_str(&format!("<title>{}</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n", e(&w.title)));
    o.push_str(&format!(
        "<header>\n<h1>{}</h1>\n<p class=\"version\">{}</p>\n<p>{}</p>\n",
        e(&w.title),
        e(&w.version),
        e(&w.intro)
    ));
    o.push_str(&format!("<nav>\n<h2>{}</h2>\n<ol>\n", e(&w.contents)));
    for f in &h.flows {
        o.push_str(&format!("<li><a href=\"#flow-{}\">{}</a> <code>{}</code></li>\n", e(&f.id), e(&f.title), e(&f.id)));
    }
    o.push_str("</ol>\n</nav>\n</header>\n<main>\n");
    for (i, f) in h.flows.iter().enumerate() {
        o.push_str(&format!("<section class=\"flow\" id=\"flow-{}\">\n", e(&f.id)));
        o.push_str(&format!(
            "<h2>{}. {} <span class=\"id\"><code>{}</code></span></h2>\n",
            i + 1,
            e(&f.title),
            e(&f.id)
        ));
        if let Some(d) = &f.description {
            o.push_str(&format!("<p><em>{}</em></p>\n", e(d)));
        }
        for (j, n) in f.nodes.iter().enumerate() {
            let mut class = String::from("node");
            if n.outcome {
                class.push_str(" outcome");
            }
            if !n.duties.is_empty() {
                class.push_str(" raises");
            }
            o.push_str(&format!("<article class=\"{class}\" id=\"node-{}-{}\">\n", e(&f.id), e(&n.id)));
            o.push_str(&format!(
                "<h3>{}.{} {} <span class=\"id\"><code>{}</code></span> <span class=\"kind\">({})</span></h3>\n",
                i + 1,
                j + 1,
                e(&n.title),
                e(&n.id),
                e(&n.kind)
            ));
            if let Some((c, (title, id))) = &n.when {
                o.push_str(&format!(
                    "<p><em>{}</em> <code>{}</code> → {} <code>{}</code></p>\n",
                    e(&w.only_when),
                    e(c),
                    e(title),
                    e(id)
                ));
            }
            html_blocks(&mut o, &n.text);
            if !n.why.is_empty() {
                o.push_str(&format!("<div class=\"why\">\n<p class=\"label\">{}</p>\n", e(&w.why)));
                html_blocks(&mut o, &n.why);
                o.push_str("</div>\n");
            }
            if !n.sets.is_empty() {
                let f: Vec<String> = n.sets.iter().map(|x| format!("<code>{}</code>", e(x))).collect();
                o.push_str(&format!("<p>{} {}</p>\n", e(&w.sets), f.join(", ")));
            }
            if !n.duties.is_empty() {
                o.push_str(&format!("<p class=\"label duty\">{}</p>\n<ul>\n", e(&w.duties_raised)));
                for d in &n.duties {
                    o.push_str(&format!("<li><strong class=\"duty\">{}</strong>: {}</li>\n", e(&d.title), e(&d.text)));
                }
                o.push_str("</ul>\n");
            }
            if !n.choices.is_empty() {
                o.push_str(&format!("<p class=\"label\">{}</p>\n<ul>\n", e(&w.choices)));
                for c in &n.choices {
                    o.push_str(&format!(
                        "<li>{} → {} <code>{}</code>{}</li>\n",
                        e(&c.label),
                        e(&c.to.0),
                        e(&c.to.1),
                        html_extras(w, &c.when, &c.sets, &c.duties)
                    ));
                }
                o.push_str("</ul>\n");
            }
            if !n.items.is_empty() {
                o.push_str(&format!("<p class=\"label\">{}</p>\n<ul>\n", e(&w.items)));
                for it in &n.items {
                    o.push_str(&format!("<li>☐ {}{}</li>\n", e(&it.label), html_extras(w, &it.when, &it.sets, &[])));
                }
                o.push_str("</ul>\n");
            }
            if let Some((title, id)) = &n.call {
                o.push_str(&format!(
                    "<p><span class=\"label\">{}</span> <a href=\"#flow-{}\">{}</a> <code>{}</code></p>\n",
                    e(&w.call),
                    e(id),
                    e(title),
                    e(id)
                ));
            }
            if let Some((title, id)) = &n.next {
                o.push_str(&format!(
                    "<p><span class=\"label\">{}</span> {} <code>{}</code></p>\n",
                    e(&w.next),
                    e(title),
                    e(id)
                ));
            }
            if !n.actions.is_empty() {
                o.push_str(&format!("<p class=\"label\">{}</p>\n<ul>\n", e(&w.actions)));
                for a in &n.actions {
                    o.push_str(&format!(
                        "<li><em>{}</em>: {}{}</li>\n",
                        e(&a.group),
                        e(&a.text),
                        html_extras(w, &a.when, &[], &[])
                    ));
                }
                o.push_str("</ul>\n");
            }
            if !n.contacts.is_empty() {
                o.push_str(&format!("<p class=\"label\">{}</p>\n<ul>\n", e(&w.contacts)));
                for c in &n.contacts {
                    let phone = c.contact.phone.as_deref().map(|p| format!(", {}", e(p))).unwrap_or_default();
                    o.push_str(&format!(
                        "<li>{}{}{}</li>\n",
                        e(&c.contact.name),
                        phone,
                        html_extras(w, &c.when, &[], &[])
                    ));
                }
                o.push_str("</ul>\n");
            }
            if n.is_final {
                o.push_str(&format!("<p><strong>{}</strong></p>\n", e(&w.is_final)));
            }
            o.push_str(&format!("<p class=\"source\">{}</p>\n</article>\n", e(&n.source)));
        }
        o.push_str("</section>\n");
    }
    o.push_str(&format!("<section class=\"flow\" id=\"duties\">\n<h2>{}</h2>\n<ul>\n", e(&w.duties)));
    for d in &h.duties {
        o.push_str(&format!("<li><strong class=\"duty\">{}</strong>: {}</li>\n", e(&d.title), e(&d.text)));
    }
    o.push_str("</ul>\n</section>\n");
    o.push_str(&format!("<section class=\"flow\" id=\"contacts\">\n<h2>{}</h2>\n", e(&w.directory)));
    for (c, lines) in h.contacts.iter().zip(&h.contact_details) {
        o.push_str(&format!("<h3>{}</h3>\n<ul>\n", e(&c.name)));
        for l in lines {
            o.push_str(&format!("<li>{}</li>\n", e(l)));
        }
        o.push_str("</ul>\n");
    }
    o.push_str("</section>\n");
    o.push_str(&format!("<section id=\"documents\">\n<h2>{}</h2>\n<ul>\n", e(&w.documents)));
    for d in &h.documents {
        o.push_str(&format!("<li>{}</li>\n", e(d)));
    }
    o.push_str("</ul>\n</section>\n</main>\n</body>\n</html>\n");
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escape_leaves_no_tag() {
        assert_eq!(
            html_escape("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn md_escape_leaves_no_markup() {
        let e = md_escape("# <b>x</b> [a](b) *c* | d\n- e");
        assert_eq!(e, "\\# \\<b\\>x\\</b\\> \\[a\\](b) \\*c\\* \\| d - e");
        assert_eq!(md_escape("12. May"), "12\\. May");
        assert_eq!(md_escape("- item"), "\\- item");
    }
}
