//! `veiviser export --format handout`: a handout for a class, as one HTML page to print,
//! in one language. First the whole case at a glance, in words, on one page: the stages
//! of a case (the case flow's `stage` names) with the questions each asks and their
//! answers, the two duties with their thresholds, and where to get advice (the contacts
//! marked `advice: true`, with their numbers as the directory gives them). Then a card
//! per training scenario: its setting, the case text and the questions it comes to, and
//! on a page of its own, the answers the guidance expects (with the scenario's feedback
//! on each), where they lead, and the scenario's teaching points. Placeholders (`TODO`)
//! are left out. Every word from the
//! flows, the scenarios or Fluent; escaped as the HTML handbook escapes; self-contained
//! (inline CSS, no script, no link out of the file). Like every export it was asked for,
//! so it never follows discreet mode.

use super::handbook::html_escape as e;
use crate::engine::Answer;
use crate::flow::resolved::{Body, FlowIx, Model, Node};
use crate::i18n::{Lang, Texts};
use crate::scenario::{Given, Scenario};

/// Questions with more answers than this are listed by their title alone on the page at
/// a glance (the residence status has eight): the page must stay one page.
const MAX_CHOICES_SHOWN: usize = 5;

const CSS: &str = "body{font-family:Georgia,'Times New Roman',serif;max-width:50em;margin:2em auto;padding:0 1em;line-height:1.4;color:#111;background:#fff}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif;line-height:1.2}
h1{font-size:1.5em;margin:.2em 0}
h2{font-size:1.2em;border-bottom:2px solid #111;padding-bottom:.15em;margin:1.2em 0 .5em}
h3{font-size:1em;margin:.8em 0 .2em}
.version,.note{font-size:.85em;color:#333}
.glance{columns:2;column-gap:2em}
.glance section{break-inside:avoid;page-break-inside:avoid}
.stage{margin:0 0 .5em}
.stage .name{font-family:Helvetica,Arial,sans-serif;font-weight:bold;text-transform:uppercase;font-size:.85em}
.answers-list{font-size:.85em;color:#222;margin:.1em 0 .3em 1em}
.when{font-style:italic}
.duty{border-left:5px solid #b3261e;padding-left:.6em;margin:.4em 0}
.duty strong{color:#b3261e}
.card{break-before:page;page-break-before:always}
.case-text{border:1px solid #999;padding:.5em .9em;background:#f6f6f6}
.answers{break-before:page;page-break-before:always}
.why{font-size:.9em;color:#222}
.setting{font-style:italic}
ol li,ul li{margin:.15em 0}
@media print{body{max-width:none;margin:0;font-size:10pt}.case-text{background:none}.glance-page{font-size:9.5pt}h2,h3{break-after:avoid;page-break-after:avoid}}";

/// The title of node `node` of flow `flow`, by ids.
fn node_of<'m>(model: &'m Model, flow: &str, node: &str) -> Option<(FlowIx, &'m Node)> {
    let fi = model.flow_index(flow)?;
    model.flows[fi].nodes.iter().find(|n| n.id.as_str() == node).map(|n| (fi, n))
}

/// The handout in `lang`: the page at a glance, then a card per scenario.
pub fn handout(model: &Model, texts: &Texts, lang: Lang, scenarios: &[Scenario]) -> String {
    let t = |id: &str| texts.get(lang, id);
    let version = crate::view::export_version_line(texts, lang, model);
    let mut o = String::new();
    o.push_str("<!DOCTYPE html>\n");
    o.push_str(&format!("<!-- {} -->\n", version.replace("--", "- -")));
    o.push_str(&format!("<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n", e(lang.code())));
    o.push_str(&format!("<meta name=\"generator\" content=\"{}\">\n", e(&version)));
    o.push_str(&format!("<title>{}</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n", e(&t("handout-title"))));
    o.push_str("<main>\n<section class=\"glance-page\" id=\"glance\">\n");
    o.push_str(&format!("<h1>{}</h1>\n", e(&t("handout-glance"))));
    o.push_str(&format!("<p class=\"version\">{}</p>\n", e(&version)));
    o.push_str(&format!("<p class=\"note\">{}</p>\n<div class=\"glance\">\n", e(&t("handout-intro"))));
    glance_stages(&mut o, model, texts, lang);
    glance_duties(&mut o, model, texts, lang);
    glance_advice(&mut o, model, texts, lang);
    o.push_str("</div>\n</section>\n");
    for (i, s) in scenarios.iter().enumerate() {
        card(&mut o, model, texts, lang, i + 1, s);
    }
    o.push_str("</main>\n</body>\n</html>\n");
    o
}

/// The stages of the case, each with what it asks.
fn glance_stages(o: &mut String, model: &Model, texts: &Texts, lang: Lang) {
    let t = |id: &str| texts.get(lang, id);
    let Some(case) = model.case_flow() else { return };
    o.push_str(&format!("<section id=\"stages\">\n<h2>{}</h2>\n", e(&t("handout-stages"))));
    let mut seen: Vec<&str> = Vec::new();
    for n in &case.nodes {
        let Some(stage) = n.stage.as_deref() else { continue };
        if seen.contains(&stage) {
            continue;
        }
        seen.push(stage);
        o.push_str(&format!(
            "<div class=\"stage\">\n<p><span class=\"name\">{}</span>: {}",
            e(&t(stage)),
            e(&t(&n.title))
        ));
        if let Some(g) = &n.when {
            let cond = super::words::cond_words(texts, lang, &g.cond, &model.facts);
            o.push_str(&format!(
                " <span class=\"when\">({})</span>",
                e(&texts.fmt(lang, "ui-graph-only-when", &[("cond", &cond)]))
            ));
        }
        // What the stage is, in a line (the flow's description), and what it asks: the
        // questions of the flow it goes into (a question of the case itself is its title).
        let nodes: Vec<&Node> = match &n.body {
            Body::Call { flow, .. } => {
                let f = model.flows.get(*flow);
                if let Some(d) = f.and_then(|f| f.description.as_deref()) {
                    o.push_str(&format!(". {}", e(&t(d))));
                }
                f.map(|f| f.nodes.iter().collect()).unwrap_or_default()
            }
            _ => Vec::new(),
        };
        o.push_str("</p>\n");
        let mut asked: Vec<String> = Vec::new();
        let mut list = String::new();
        for q in nodes {
            let Body::Question { choices } = &q.body else { continue };
            let title = t(&q.title);
            if asked.contains(&title) {
                continue;
            }
            list.push_str(&format!("<li>{}", e(&title)));
            if choices.len() <= MAX_CHOICES_SHOWN {
                let labels: Vec<String> = choices.iter().map(|c| e(&t(&c.label))).collect();
                list.push_str(&format!("<div class=\"answers-list\">{}</div>", labels.join(" · ")));
            }
            list.push_str("</li>\n");
            asked.push(title);
        }
        if !list.is_empty() {
            o.push_str(&format!("<ul>\n{list}</ul>\n"));
        }
        o.push_str("</div>\n");
    }
    o.push_str("</section>\n");
}

/// The duties: each one's title and its threshold in a sentence (`handout-threshold-<id>`;
/// a duty without one: its text).
fn glance_duties(o: &mut String, model: &Model, texts: &Texts, lang: Lang) {
    let t = |id: &str| texts.get(lang, id);
    o.push_str(&format!("<section id=\"duties\">\n<h2>{}</h2>\n", e(&t("handout-duties"))));
    for (id, d) in model.duties() {
        o.push_str(&format!("<div class=\"duty\">\n<p><strong>{}</strong></p>\n", e(&t(&d.title))));
        // A threshold in words where the handout has one for this duty.
        let threshold = format!("handout-threshold-{id}");
        if texts.has(lang, &threshold) {
            o.push_str(&format!("<p>{}</p>\n</div>\n", e(&t(&threshold))));
        } else {
            o.push_str(&format!("<p>{}</p>\n</div>\n", e(&t(&d.text))));
        }
    }
    o.push_str("</section>\n");
}

/// Where to get advice: the contacts marked `advice: true`, local ones first, with the
/// number, hours and what they do as the directory gives them.
fn glance_advice(o: &mut String, model: &Model, texts: &Texts, lang: Lang) {
    let set = model;
    let ids: Vec<&str> =
        set.contacts_local_first().into_iter().filter(|id| set.contact(id).is_some_and(|c| c.advice)).collect();
    if ids.is_empty() {
        return;
    }
    o.push_str(&format!("<section id=\"advice\">\n<h2>{}</h2>\n<ul>\n", e(&texts.get(lang, "handout-advice"))));
    for id in ids {
        let Some(c) = set.contact(id) else { continue };
        let v = crate::view::contact_view(id, c, lang);
        o.push_str(&format!("<li><strong>{}</strong>", e(&v.name)));
        if let Some(p) = &v.phone {
            let pid = if v.national { "ui-contact-phone-national" } else { "ui-contact-phone" };
            o.push_str(&format!("<br>{}", e(&texts.fmt(lang, pid, &[("phone", p)]))));
        }
        if let Some(h) = &v.hours {
            o.push_str(&format!("<br>{}", e(&texts.fmt(lang, "ui-contact-hours", &[("hours", h)]))));
        }
        if !v.what.is_empty() {
            o.push_str(&format!("<br><span class=\"note\">{}</span>", e(&v.what)));
        }
        o.push_str("</li>\n");
    }
    o.push_str("</ul>\n</section>\n");
}

/// The answers of `s` that ask something: its questions and checklists, with the node.
fn asked<'a, 'm>(model: &'m Model, s: &'a Scenario) -> Vec<(&'a Given, FlowIx, &'m Node)> {
    s.answers
        .iter()
        .filter(|g| !matches!(g.answer, Answer::Continue))
        .filter_map(|g| node_of(model, &g.at.flow, &g.at.node).map(|(fi, n)| (g, fi, n)))
        .filter(|(_, _, n)| matches!(n.body, Body::Question { .. } | Body::Checklist { .. }))
        .collect()
}

/// One scenario's card: the case and its questions; then, on a page of its own, the
/// answers the guidance expects and where the case leads.
fn card(o: &mut String, model: &Model, texts: &Texts, lang: Lang, number: usize, s: &Scenario) {
    let t = |id: &str| texts.get(lang, id);
    let n = number.to_string();
    let title = s.title(lang);
    o.push_str(&format!("<section class=\"card\" id=\"card-{}\">\n", e(&s.id)));
    o.push_str(&format!("<h2>{}</h2>\n", e(&texts.fmt(lang, "handout-case", &[("n", &n), ("title", title)]))));
    if let Some(setting) = s.setting {
        let name = t(&setting.label_id());
        o.push_str(&format!(
            "<p class=\"setting\">{}</p>\n",
            e(&texts.fmt(lang, "handout-setting", &[("setting", &name)]))
        ));
    }
    o.push_str("<div class=\"case-text\">\n");
    for para in s.text(lang).split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        o.push_str(&format!("<p>{}</p>\n", e(para)));
    }
    o.push_str("</div>\n");
    let asked = asked(model, s);
    o.push_str(&format!("<h3>{}</h3>\n<ol class=\"questions\">\n", e(&t("handout-questions"))));
    for (_, _, node) in &asked {
        o.push_str(&format!("<li>{}</li>\n", e(&t(&node.title))));
    }
    o.push_str("</ol>\n</section>\n");
    o.push_str(&format!("<section class=\"answers\" id=\"answers-{}\">\n", e(&s.id)));
    o.push_str(&format!(
        "<h2>{}</h2>\n<ol class=\"expected\">\n",
        e(&texts.fmt(lang, "handout-answers", &[("n", &n), ("title", title)]))
    ));
    for (g, _, node) in &asked {
        let given = match (&g.answer, &node.body) {
            (Answer::Choose(k), Body::Question { choices }) => {
                choices.iter().find(|c| c.key.as_str() == k.as_str()).map(|c| t(&c.label)).unwrap_or_default()
            }
            (Answer::Tick(keys), Body::Checklist { items, .. }) if !keys.is_empty() => {
                let labels: Vec<String> = items
                    .iter()
                    .filter(|i| keys.iter().any(|k| k.as_str() == i.key.as_str()))
                    .map(|i| t(&i.label))
                    .collect();
                texts.fmt(lang, "handout-ticked", &[("items", &labels.join("; "))])
            }
            _ => t("handout-ticked-none"),
        };
        o.push_str(&format!("<li><span class=\"q\">{}</span><br><strong>{}</strong>", e(&t(&node.title)), e(&given)));
        // Why, from the scenario's feedback on the expected answer (not a placeholder).
        let key = match &g.answer {
            Answer::Choose(k) => Some(k.as_str()),
            Answer::Tick(_) | Answer::Continue => None,
        };
        if let Some(why) = g.feedback_for(key, lang).filter(|w| !crate::scenario::is_placeholder(w)) {
            o.push_str(&format!("<br><span class=\"why\">{}</span>", e(why)));
        }
        o.push_str("</li>\n");
    }
    o.push_str("</ol>\n");
    // Where the guidance leads: the outcome, and the duties (or that none applies).
    let x = &s.expect;
    if let Some((_, outcome)) = node_of(model, &x.outcome.flow, &x.outcome.node) {
        o.push_str(&format!("<p>{}</p>\n", e(&texts.fmt(lang, "handout-outcome", &[("outcome", &t(&outcome.title))]))));
    }
    if x.duties.is_empty() {
        o.push_str(&format!("<p>{}</p>\n", e(&t("handout-no-duty"))));
    } else {
        let titles: Vec<String> =
            x.duties.iter().map(|d| model.duty(d.as_str()).map_or_else(|| d.clone(), |d| t(&d.title))).collect();
        o.push_str(&format!(
            "<p>{}</p>\n",
            e(&texts.fmt(lang, "handout-duties-raised", &[("duties", &titles.join("; "))]))
        ));
    }
    // The teaching points (not placeholders).
    let points: Vec<&str> = s.teaching(lang).into_iter().filter(|p| !crate::scenario::is_placeholder(p)).collect();
    if !points.is_empty() {
        o.push_str(&format!("<h3>{}</h3>\n<ul class=\"teaching\">\n", e(&t("handout-teaching"))));
        for p in points {
            o.push_str(&format!("<li>{}</li>\n", e(p)));
        }
        o.push_str("</ul>\n");
    }
    o.push_str("</section>\n");
}
