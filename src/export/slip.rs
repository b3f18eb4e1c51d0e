//! The slip in the person's language (issue 22): one self-contained, printable HTML page
//! with a neutral heading and the fixed slip's contacts (the directory's contacts marked
//! `slip: true`, in its order). Only the heading and a short label for each contact are
//! translated, in `locales/slip.yaml` (built in); the numbers, the web addresses and
//! "24/7" come from the contacts and are the same in every language. The screen that
//! offers it stays nb/en; every translation but nb and en is not yet checked by a native
//! speaker (flows/REVIEW.md), and the save dialog says so.

use crate::flow::resolved::Model;
use crate::i18n::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The built-in translations of the slip.
const DATA: &str = include_str!("../../locales/slip.yaml");

/// One language of the slip.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlipLang {
    /// The language's key (`ar`, `prs`, `kmr`).
    pub code: String,
    /// The HTML `lang` attribute (`fa-AF` for Dari).
    pub lang: String,
    /// Written right to left (Arabic, Dari, Pashto).
    #[serde(default)]
    pub rtl: bool,
    /// The heading.
    pub title: String,
    /// A short label for each contact, by the contact's id.
    pub labels: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SlipFile {
    languages: Vec<SlipLang>,
}

/// The languages of the slip, in the order the TUI offers them. The built-in file is
/// checked by the tests; were it broken, there would be none.
pub fn languages() -> &'static [SlipLang] {
    static L: OnceLock<Vec<SlipLang>> = OnceLock::new();
    L.get_or_init(|| {
        crate::flow::yaml::from_yaml::<SlipFile>(DATA, 1 << 20, None).map(|f| f.languages).unwrap_or_default()
    })
}

/// The language with key `code`.
pub fn language(code: &str) -> Option<&'static SlipLang> {
    languages().iter().find(|l| l.code == code)
}

/// Whether a native speaker has checked the translation: only the tool's own languages.
pub fn checked(code: &str) -> bool {
    matches!(code, "nb" | "en")
}

/// The ids of the fixed slip's contacts: the directory's contacts marked `slip: true`, in
/// the directory's order, the same whatever the case.
pub fn slip_contacts(set: &Model) -> Vec<&str> {
    set.contacts().filter(|(_, k)| k.slip).map(|(id, _)| id).collect()
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            // Persian and Pashto spelling needs the zero-width non-joiner: written as an
            // entity, so the file holds no invisible character (src/safe.rs).
            '\u{200c}' => o.push_str("&zwnj;"),
            '\u{200d}' => o.push_str("&zwj;"),
            c if crate::safe::is_unsafe(c) => {}
            c => o.push(c),
        }
    }
    o
}

const STYLE: &str = "body{font-family:sans-serif;font-size:20pt;line-height:1.4;margin:1.5em;color:#000;background:#fff}\
h1{font-size:24pt;margin:0 0 .8em}\
ul{list-style:none;padding:0;margin:0}\
li{margin:0 0 .9em}\
.n{font-size:26pt;font-weight:bold;white-space:nowrap}\
.x{white-space:nowrap}\
@media print{body{margin:1cm}}";

/// The slip as one HTML page in `sl`: the heading, then for each contact its label (the
/// translation's; a contact a local file added has none, and shows its English name,
/// left out if it names the topic), its number, "24/7" where it is open day and night,
/// and its web address. Numbers, addresses and "24/7" are set left to right, also in a
/// right-to-left page, so that no digit group is reordered.
pub fn html(set: &Model, sl: &SlipLang) -> String {
    let dir = if sl.rtl { "rtl" } else { "ltr" };
    let mut o = String::new();
    o.push_str("<!DOCTYPE html>\n");
    o.push_str(&format!("<html lang=\"{}\" dir=\"{dir}\">\n", esc(&sl.lang)));
    o.push_str("<head>\n<meta charset=\"utf-8\">\n");
    o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    o.push_str(&format!("<title>{}</title>\n<style>{STYLE}</style>\n</head>\n", esc(&sl.title)));
    o.push_str(&format!("<body>\n<h1>{}</h1>\n<ul>\n", esc(&sl.title)));
    let en = Lang::of("en");
    for id in slip_contacts(set) {
        let Some(c) = set.contact(id) else { continue };
        let label = match sl.labels.get(id) {
            Some(l) => l.clone(),
            None => match crate::view::contact_views(set, en, true, &[id]).into_iter().next() {
                Some(v) => v.name,
                None => continue,
            },
        };
        o.push_str(&format!("<li><div>{}</div>", esc(&label)));
        let mut line = Vec::new();
        if let Some(p) = c.phone.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
            line.push(format!("<bdi class=\"n\" dir=\"ltr\">{}</bdi>", esc(p)));
        }
        if c.day_and_night {
            line.push("<bdi class=\"x\" dir=\"ltr\">24/7</bdi>".to_string());
        }
        if let Some(w) = c.web.as_deref().map(str::trim).filter(|w| !w.is_empty() && !crate::view::names_topic(en, w)) {
            line.push(format!("<bdi class=\"x\" dir=\"ltr\">{}</bdi>", esc(w)));
        }
        if !line.is_empty() {
            o.push_str(&format!("<div>{}</div>", line.join(" &nbsp; ")));
        }
        o.push_str("</li>\n");
    }
    o.push_str("</ul>\n</body>\n</html>\n");
    o
}
