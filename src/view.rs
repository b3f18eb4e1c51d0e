//! Localised views of the current step and of the summary, shared by the line modes and
//! the TUI: the engine speaks in ids, this turns them into text in the language asked for.

use crate::engine::{Answer, Session, Step, StepKind, Summary};
use crate::flow::model::{Contact, Group, LangText, SourceRef};
use crate::flow::resolved::Model;
use crate::flow::resolved::Node;
use crate::i18n::{Lang, Texts};
use crate::safe;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Labelled {
    pub key: String,
    pub label: String,
    /// The number that answers or ticks it, fixed by the flow file: the same on the
    /// screen, in `walk --plain` and in `walk --json` (0: "no" or "none of these").
    pub number: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DutyView {
    pub id: String,
    pub title: String,
    pub text: String,
}

/// A contact in one language. In `walk --json`: `id`, `name`, `what`, `phone`, `email`,
/// `web`, `hours` (those three only when there are any), `source` (the source's name, a
/// string), `source_url`, `dated` (the date the source gives) and `checked` (a local
/// entry's date of checking), each only when there is one.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ContactView {
    pub id: String,
    pub name: String,
    pub what: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The number is national and fixed (no "check the number locally").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub national: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dated: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checked: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, Default)]
pub struct SourceView {
    pub document: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// For a report: the time its content describes ("as of 2020").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// The seed file behind the document: an internal name, for authors only, never in
    /// `walk --json` (which names public sources only).
    #[serde(skip)]
    pub file: Option<String>,
    pub external: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct StepView {
    pub flow: String,
    pub node: String,
    pub kind: StepKind,
    pub title: String,
    pub body: String,
    /// Why this step matters: shown on request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    pub choices: Vec<Labelled>,
    pub items: Vec<Labelled>,
    /// Keys of items already known from earlier answers: shown ticked.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub known: Vec<String>,
    pub actions: Vec<String>,
    pub contacts: Vec<ContactView>,
    pub duties: Vec<DutyView>,
    pub source: SourceView,
    /// Flow titles from the outermost flow in.
    pub trail: Vec<String>,
    pub is_end: bool,
    /// Where the walk stands: the stage of the case and the step number of about how
    /// many.
    pub progress: Progress,
    /// The guidance is past its review-by date: said on every step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overdue: Option<String>,
}

/// The progress line: the stage of the case (when the whole case is walked), and step
/// `step` of about `about`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Progress {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    pub step: usize,
    /// About how many steps in all (0 until [`step_view_about`] walks ahead).
    pub about: usize,
}

/// [`step_view`] with the estimate of how many steps the walk takes (a walk ahead, so
/// only where it is shown).
pub fn step_view_about(session: &Session, texts: &Texts, lang: Lang) -> StepView {
    let mut v = step_view(session, texts, lang);
    v.progress.about = session.steps_about();
    v
}

/// "Stage: Conversation. Step 5 of about 14." in `lang`.
pub fn progress_line(texts: &Texts, lang: Lang, p: &Progress) -> String {
    let (n, m) = (p.step.to_string(), p.about.to_string());
    match &p.stage {
        Some(st) => texts.fmt(lang, "ui-progress-stage", &[("stage", st), ("n", &n), ("about", &m)]),
        None => texts.fmt(lang, "ui-progress", &[("n", &n), ("about", &m)]),
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PathView {
    pub flow: String,
    pub node: String,
    pub title: String,
    pub answer: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct OutcomeView {
    pub flow: String,
    pub node: String,
    pub title: String,
}

/// The summary's actions due at one time.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct GroupView {
    #[serde(skip)]
    pub group: Group,
    pub title: String,
    pub actions: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SummaryView {
    /// What came of the case: the last outcome marked `headline`, else where it ended.
    pub outcome: Option<OutcomeView>,
    pub duties: Vec<DutyView>,
    /// Every action once, "now" first, then "today", then "follow-up".
    pub actions: Vec<String>,
    /// The same actions by group (for the screen and the plain text; JSON keeps the flat
    /// list).
    #[serde(skip)]
    pub groups: Vec<GroupView>,
    /// The guidance in use: its version (date and hash), origin and review-by date.
    pub version: String,
    /// The guidance is past its review-by date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overdue: Option<String>,
    pub contacts: Vec<ContactView>,
    pub path: Vec<PathView>,
    pub facts: Vec<String>,
}

pub fn source_view(set: &Model, texts: &Texts, lang: Lang, discreet: bool, s: Option<&SourceRef>) -> SourceView {
    let Some(s) = s else { return SourceView::default() };
    let doc = set.document(s.doc.as_str());
    SourceView {
        document: doc.map_or_else(|| s.doc.to_string(), |d| texts.pick(lang, &d.title, discreet)),
        section: s.section.as_ref().map(|x| texts.pick(lang, x, discreet)),
        updated: doc.and_then(|d| d.updated.as_ref()).map(|d| d.0.clone()),
        as_of: doc.and_then(|d| d.as_of.as_ref()).map(|d| d.0.clone()),
        file: doc.and_then(|d| d.file.as_deref()).map(|f| safe::visible(f).into_owned()),
        external: doc.is_some_and(|d| d.external),
    }
}

/// A contact in `lang`. Contacts are the one text that does not come through Fluent (and
/// may come from a local file): made visible here, where it enters the views.
pub fn contact_view(id: &str, c: &Contact, lang: Lang) -> ContactView {
    let show = |s: &str| safe::one_line(s.trim()).into_owned();
    // The language's own text, else its fallback's (the checker warns of the gap).
    let bi = |t: &LangText| t.get(lang).map(show);
    let opt = |s: &Option<String>| s.as_deref().map(show).filter(|s| !s.is_empty());
    let src = c.source.clone().unwrap_or_default();
    ContactView {
        id: id.to_string(),
        name: bi(&c.name).unwrap_or_else(|| id.to_string()),
        what: bi(&c.what).unwrap_or_default(),
        phone: opt(&c.phone),
        national: c.national,
        email: opt(&c.email),
        web: opt(&c.web),
        hours: c.hours.as_ref().and_then(bi).filter(|s| !s.is_empty()),
        source: bi(&src.name).unwrap_or_default(),
        source_url: opt(&src.url),
        dated: c.dated.as_ref().map(|d| show(&d.0)),
        checked: c.checked.as_ref().map(|d| show(&d.0)),
    }
}

/// The contacts by id. In discreet mode only the name, phone, web and hours: a
/// description, an address or a source may name the topic, and the name and the number
/// are what the worker needs in the room (the full entries are behind `t` and in an
/// export).
pub fn contact_views(set: &Model, lang: Lang, discreet: bool, ids: &[&str]) -> Vec<ContactView> {
    ids.iter()
        .filter_map(|id| set.contact(id).map(|c| contact_view(id, c, lang)))
        // A contact whose very name names the topic is left out in discreet mode (the
        // full directory is one key away with discreet mode off, and in an export).
        .filter(|c| !(discreet && names_topic(lang, &c.name)))
        .map(|mut c| {
            if discreet {
                // A web address can name the topic too (`.../ofre-for-menneskehandel`).
                c.web = c.web.filter(|w| !names_topic(lang, w));
                c.what.clear();
                c.email = None;
                c.source.clear();
                c.source_url = None;
                c.dated = None;
                c.checked = None;
            }
            c
        })
        .collect()
}

/// Words that name the topic to someone reading over a shoulder, in any language the
/// tool speaks: stems found anywhere, in a word or a web address.
const TOPIC_STEMS: [&str; 9] =
    ["traffick", "victim", "exploit", "coerc", "forced marriage", "forced labour", "menneskehandel", "utnytt", "tvang"];

/// Norwegian words for a victim, found as whole words only ("offentlig" is no victim,
/// and in English "offer" is no victim either): in Norwegian text, and in a web address
/// in any text (`…/ofre-for-menneskehandel`).
const TOPIC_WORDS: [&str; 6] = ["offer", "ofre", "offeret", "ofrene", "offerets", "ofrenes"];

/// Whether `s`, a text in `lang`, names the topic (discreet mode shows no such text; the
/// tests hold the content's discreet forms to the same words).
pub fn names_topic(lang: Lang, s: &str) -> bool {
    let t = s.to_lowercase();
    let victim = |w: &str| w.split(|c: char| !c.is_alphanumeric()).any(|w| TOPIC_WORDS.contains(&w));
    TOPIC_STEMS.iter().any(|w| t.contains(w))
        || t.replace(['-', '_'], " ").contains("forced labor")
        || (lang.code() == "nb" && victim(&t))
        || t.split_whitespace().filter(|w| w.contains('/') || w.contains("www.") || w.contains(".no")).any(victim)
}

/// The lines under a contact's name, in `lang`: how to reach it (a phone number with
/// "check the number locally", unless it is a national one), the hours, what it does, and where that comes from.
/// Shared by the line mode and the TUI.
pub fn contact_details(texts: &Texts, lang: Lang, c: &ContactView) -> Vec<String> {
    let mut v = Vec::new();
    if let Some(p) = &c.phone {
        let id = if c.national { "ui-contact-phone-national" } else { "ui-contact-phone" };
        v.push(texts.fmt(lang, id, &[("phone", p)]));
    }
    if let Some(e) = &c.email {
        v.push(texts.fmt(lang, "ui-contact-email", &[("email", e)]));
    }
    if let Some(w) = &c.web {
        v.push(texts.fmt(lang, "ui-contact-web", &[("web", w)]));
    }
    if let Some(h) = &c.hours {
        v.push(texts.fmt(lang, "ui-contact-hours", &[("hours", h)]));
    }
    if !c.what.is_empty() {
        v.push(c.what.clone());
    }
    v.extend(contact_source(texts, lang, c));
    v
}

/// Where a contact's facts come from: the source (with its address) and the dates.
pub fn contact_source(texts: &Texts, lang: Lang, c: &ContactView) -> Vec<String> {
    let mut v = Vec::new();
    if !c.source.is_empty() {
        v.push(match &c.source_url {
            Some(u) => texts.fmt(lang, "ui-contact-source-url", &[("source", &c.source), ("url", u)]),
            None => texts.fmt(lang, "ui-contact-source", &[("source", &c.source)]),
        });
    }
    if let Some(d) = &c.dated {
        v.push(texts.fmt(lang, "ui-contact-dated", &[("date", d)]));
    }
    if let Some(d) = &c.checked {
        v.push(texts.fmt(lang, "ui-contact-checked", &[("date", d)]));
    }
    v
}

fn duties(set: &Model, texts: &Texts, lang: Lang, discreet: bool, ids: &[String]) -> Vec<DutyView> {
    ids.iter()
        .map(|id| match set.duty(id) {
            Some(d) => DutyView {
                id: id.clone(),
                title: texts.pick(lang, &d.title, discreet),
                text: texts.pick(lang, &d.text, discreet),
            },
            None => DutyView { id: id.clone(), title: id.clone(), text: String::new() },
        })
        .collect()
}

/// How the guidance's origin reads.
pub fn origin_text(texts: &Texts, lang: Lang, o: &crate::guidance::Origin) -> String {
    match o {
        crate::guidance::Origin::Bundled => texts.get(lang, "guidance-origin-bundled"),
        crate::guidance::Origin::Folder => texts.get(lang, "guidance-origin-folder"),
        crate::guidance::Origin::Pack { path, origin, test_signed } => {
            let id = if *test_signed { "guidance-origin-pack-test" } else { "guidance-origin-pack" };
            texts.fmt(lang, id, &[("path", path), ("origin", origin)])
        }
    }
}

/// The guidance in use as one line's part: its version (date and hash), origin and
/// review-by date (`2026-12-06+1a2b3c4d (bundled), review by 2027-12-31`).
pub fn guidance_text(texts: &Texts, lang: Lang, set: &Model) -> String {
    let g = set.guidance();
    let v = g.version(set.version());
    let origin = origin_text(texts, lang, &g.origin);
    match g.review_by {
        Some(r) => {
            texts.fmt(lang, "guidance-short", &[("version", &v), ("origin", &origin), ("review", &r.to_string())])
        }
        None => texts.fmt(lang, "guidance-short-undated", &[("version", &v), ("origin", &origin)]),
    }
}

/// "The guidance may be out of date", when the day the program judges by (`--as-of`,
/// else today) is past the review-by date; None otherwise (and for a set the program
/// did not date, as in the tests' own loads).
pub fn overdue_text(texts: &Texts, lang: Lang, set: &Model) -> Option<String> {
    let since = set.guidance().overdue(set.as_of()?)?;
    Some(texts.fmt(lang, "guidance-overdue", &[("date", &since.to_string())]))
}

/// The version line of an export (the handbook, a graph, the flows as text): the
/// guidance in use, the language, and "may be out of date" past the review-by date.
pub fn export_version_line(texts: &Texts, lang: Lang, set: &Model) -> String {
    let v = guidance_text(texts, lang, set);
    let mut line = texts.fmt(lang, "ui-export-version", &[("version", &v), ("lang", lang.code())]);
    if let Some(o) = overdue_text(texts, lang, set) {
        line.push(' ');
        line.push_str(&o);
    }
    line
}

pub fn step_view(session: &Session, texts: &Texts, lang: Lang) -> StepView {
    let set = session.model();
    let step: Step = session.step();
    let discreet = session.discreet();
    let t = |id: &str| texts.pick(lang, id, discreet);
    StepView {
        flow: step.flow.id.clone(),
        node: step.node_id.to_string(),
        kind: step.kind,
        title: t(&step.node.title),
        body: step.node.text.as_deref().map(t).unwrap_or_default(),
        why: step.node.why.as_deref().map(t),
        choices: step
            .choices
            .iter()
            .map(|c| Labelled { key: c.key.to_string(), label: t(&c.label), number: c.number })
            .collect(),
        items: step
            .items
            .iter()
            .map(|c| Labelled { key: c.key.to_string(), label: t(&c.label), number: c.number })
            .collect(),
        known: step.known.iter().map(|k| k.to_string()).collect(),
        actions: step.actions.iter().map(|a| t(&a.text)).collect(),
        contacts: contact_views(set, lang, discreet, &step.contacts),
        duties: duties(set, texts, lang, discreet, session.duties()),
        source: source_view(set, texts, lang, discreet, step.flow.source_of(step.node)),
        trail: step.trail.iter().map(|f| t(&f.title)).collect(),
        is_end: step.is_end,
        overdue: overdue_text(texts, lang, set),
        progress: Progress {
            stage: Some(session.root())
                .filter(|r| r.case)
                .and_then(|r| r.nodes.get(session.root_node()))
                .map(|n| t(n.stage.as_deref().unwrap_or(&n.title))),
            step: session.depth() + 1,
            // Walked out ahead only where it is shown (the line modes: [`with_about`]).
            about: 0,
        },
    }
}

/// The text of an answer as the user saw it.
pub fn answer_text(texts: &Texts, lang: Lang, discreet: bool, n: &Node, a: &Answer) -> String {
    match a {
        Answer::Choose(k) => {
            n.choices().iter().find(|c| &c.key == k).map(|c| texts.pick(lang, &c.label, discreet)).unwrap_or_default()
        }
        Answer::Tick(keys) if keys.is_empty() => texts.get(lang, "ui-ticked-none"),
        Answer::Tick(keys) => keys
            .iter()
            .filter_map(|k| n.items().iter().find(|i| &i.key == k).map(|i| texts.pick(lang, &i.label, discreet)))
            .collect::<Vec<_>>()
            .join("; "),
        Answer::Continue => String::new(),
    }
}

pub fn summary_view(session: &Session, texts: &Texts, lang: Lang) -> SummaryView {
    let discreet = session.discreet();
    let set = session.model();
    let s: Summary = session.summary();
    let title_of = |n: &Node| texts.pick(lang, &n.title, discreet);
    // Each action once (by id, and by text: two ids may say the same), in its group:
    // those marked first (the emergency calls), then a legal duty's actions, then the
    // rest, each in the order reached.
    let mut seen_ids: Vec<&str> = Vec::new();
    let mut seen_texts: Vec<String> = Vec::new();
    let mut by_group: Vec<(Group, u8, String)> = Vec::new();
    let mut contact_ids: Vec<&str> = Vec::new();
    for r in &s.outcomes {
        for a in &r.actions {
            if seen_ids.contains(&a.text.as_str()) {
                continue;
            }
            seen_ids.push(&a.text);
            let text = texts.pick(lang, &a.text, discreet);
            if seen_texts.contains(&text) {
                continue;
            }
            seen_texts.push(text.clone());
            let rank = if a.first {
                0
            } else if a.duty {
                1
            } else {
                2
            };
            by_group.push((a.group, rank, text));
        }
        for c in &r.contacts {
            if !contact_ids.contains(c) {
                contact_ids.push(c);
            }
        }
    }
    let groups: Vec<GroupView> = Group::ALL
        .iter()
        .map(|g| GroupView {
            group: *g,
            title: texts.get(lang, &format!("ui-group-{}", g.as_str())),
            actions: [0u8, 1, 2]
                .iter()
                .flat_map(|rank| by_group.iter().filter(move |(x, r, _)| x == g && r == rank))
                .map(|(.., t)| t.clone())
                .collect(),
        })
        .filter(|g| !g.actions.is_empty())
        .collect();
    let headline = s.outcomes.iter().rev().find(|r| r.headline).or_else(|| s.outcomes.last().filter(|_| s.finished));
    SummaryView {
        outcome: headline.map(|r| OutcomeView {
            flow: r.flow.id.clone(),
            node: r.node.id.to_string(),
            title: title_of(r.node),
        }),
        duties: duties(set, texts, lang, discreet, &s.duties),
        actions: groups.iter().flat_map(|g| g.actions.iter().cloned()).collect(),
        groups,
        version: guidance_text(texts, lang, set),
        overdue: overdue_text(texts, lang, set),
        contacts: contact_views(set, lang, discreet, &contact_ids),
        path: s
            .path
            .iter()
            .map(|p| {
                let (flow, node) = session.node_at(p.flow, p.node);
                PathView {
                    flow: flow.id.clone(),
                    node: node.id.to_string(),
                    title: title_of(node),
                    answer: answer_text(texts, lang, discreet, node, &p.answer),
                }
            })
            .collect(),
        facts: s.facts.clone(),
    }
}

/// A step's source in one line: document, section and its date (or "as of" for a report).
pub fn source_line(texts: &Texts, lang: Lang, src: &SourceView) -> String {
    if let Some(y) = &src.as_of {
        let doc = match &src.section {
            Some(sec) => format!("{}, {sec}", src.document),
            None => src.document.clone(),
        };
        return texts.fmt(lang, "ui-source-as-of", &[("doc", &doc), ("date", y)]);
    }
    match (&src.section, &src.updated) {
        (Some(sec), Some(d)) => {
            texts.fmt(lang, "ui-source-dated", &[("doc", &src.document), ("section", sec), ("date", d)])
        }
        (Some(sec), None) => texts.fmt(lang, "ui-source", &[("doc", &src.document), ("section", sec)]),
        (None, Some(d)) => texts.fmt(lang, "ui-source-doc-dated", &[("doc", &src.document), ("date", d)]),
        (None, None) => texts.fmt(lang, "ui-source-doc", &[("doc", &src.document)]),
    }
}

/// The notice for a local contact file at `path` that was left out. The path is quoted
/// as a shell word, so that the command in it can be pasted as it is.
pub fn local_notice(texts: &Texts, lang: Lang, path: &str) -> String {
    texts.fmt(lang, "ui-local-contacts-ignored", &[("path", &shell_word(path))])
}

/// What the user is told when the local contact file was loaded with its invisible or
/// layout-breaking characters shown as U+FFFD.
pub fn local_cleaned_notice(texts: &Texts, lang: Lang, path: &str) -> String {
    texts.fmt(lang, "ui-local-contacts-cleaned", &[("path", &shell_word(path))])
}

/// `s` as one word for the shell at hand: a POSIX shell, or on Windows PowerShell (the
/// shell Windows Terminal opens). As it is when it is plain, else in single quotes.
pub fn shell_word(s: &str) -> String {
    shell_word_for(s, cfg!(windows))
}

fn shell_word_for(s: &str, powershell: bool) -> String {
    if powershell {
        // PowerShell: `,` `@` `$` `;` and spaces mean something; in single quotes only a
        // single quote does (the typographic ones too), written twice.
        let plain = !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "\\/._-:".contains(c));
        if plain {
            return s.to_string();
        }
        let mut out = String::from("'");
        for c in s.chars() {
            if matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}') {
                out.push(c);
            }
            out.push(c);
        }
        out.push('\'');
        return out;
    }
    let plain = !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "/._-+:,=@%".contains(c));
    if plain { s.to_string() } else { format!("'{}'", s.replace('\'', "'\\''")) }
}

#[cfg(test)]
mod tests {
    use super::{shell_word, shell_word_for};

    #[test]
    fn a_path_in_a_notice_can_be_pasted_into_a_shell() {
        assert_eq!(
            shell_word("/home/kari/.config/veiviser/contacts.yaml"),
            "/home/kari/.config/veiviser/contacts.yaml"
        );
        assert_eq!(shell_word("/tmp/my contacts.yaml"), "'/tmp/my contacts.yaml'");
        assert_eq!(shell_word("/tmp/kari's.yaml"), "'/tmp/kari'\\''s.yaml'");
        assert_eq!(shell_word("/tmp/$(rm -rf ~)"), "'/tmp/$(rm -rf ~)'");
    }

    #[test]
    fn on_windows_a_path_in_a_notice_can_be_pasted_into_powershell() {
        let p = r"C:\Users\Kari\AppData\Roaming\veiviser\contacts.yaml";
        assert_eq!(shell_word_for(p, true), p);
        assert_eq!(shell_word_for(r"C:\Users\Kari Nordmann\c.yaml", true), r"'C:\Users\Kari Nordmann\c.yaml'");
        assert_eq!(shell_word_for(r"C:\Users\O'Brien\c.yaml", true), r"'C:\Users\O''Brien\c.yaml'");
        assert_eq!(shell_word_for(r"C:\a,b\$(x)@y", true), r"'C:\a,b\$(x)@y'");
        assert_eq!(shell_word_for("C:\\O\u{2019}Neil\\c.yaml", true), "'C:\\O\u{2019}\u{2019}Neil\\c.yaml'");
        // The POSIX rule is the other one, whatever the platform the test runs on.
        assert_eq!(shell_word_for("/tmp/kari's.yaml", false), "'/tmp/kari'\\''s.yaml'");
    }
}
