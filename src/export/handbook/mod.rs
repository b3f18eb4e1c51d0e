//! `veiviser export --format markdown|html`: the flow set as a handbook for print and
//! clinical review. [`build`] gathers, in one language, every flow and every node (title,
//! text, background, choices and where they lead, items, actions, contacts, duties raised,
//! source with section and date), the duties, the contact directory and the documents;
//! [`markdown`] and [`html`] write it, each with its own escaping. The HTML is one
//! self-contained file: inline CSS (with print rules: a page break before each flow), no
//! script, no link out of the file (source addresses are text). Exports never follow
//! discreet mode: they were asked for.

mod html;
mod markdown;

pub use html::{html, html_escape};
pub use markdown::{markdown, md_escape};

use crate::flow::model::{Kind, Str};
use crate::flow::resolved::{Body, FlowIx, Model, Node};
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
    let set = model;
    let cond = |c: &crate::flow::resolved::Condition| super::words::cond_words(texts, lang, c, &model.facts);
    let sets = |f: &crate::flow::resolved::Facts| super::words::facts_words(model, texts, lang, f);
    let duty_title = |id: &Str| set.duty(id.as_str()).map_or_else(|| id.to_string(), |d| t(&d.title));
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
        sets: sets(&n.set),
        duties: n
            .raise
            .iter()
            .map(|id| match set.duty(id.as_str()) {
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
                    sets: sets(&c.set),
                    duties: c.raise.iter().map(duty_title).collect(),
                })
                .collect();
        }
        Body::Checklist { items, next } | Body::Info { items, next } => {
            h.items = items
                .iter()
                .map(|i| HItem { label: t(&i.label), when: i.when.as_ref().map(cond), sets: sets(&i.set) })
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
                    set.contact(c.contact.as_str()).map(|x| HContact {
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
    let set = model;
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
    let duties = set.duties().map(|(_, d)| HDuty { title: t(&d.title), text: t(&d.text) }).collect::<Vec<_>>();
    let contacts: Vec<ContactView> = set
        .contacts_local_first()
        .iter()
        .filter_map(|id| set.contact(id).map(|c| view::contact_view(id, c, lang)))
        .collect();
    let contact_details = contacts.iter().map(|c| view::contact_details(texts, lang, c)).collect();
    let documents = set
        .documents()
        .map(|(id, _)| {
            let src = crate::flow::model::SourceRef { doc: id.into(), section: None };
            view::source_line(texts, lang, &view::source_view(set, texts, lang, false, Some(&src)))
        })
        .collect();
    Handbook { words, flows: hflows, duties, contacts, documents, contact_details }
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
