//! The serde types of the flow format (flows/README.md). Every text is a Fluent id.
//! Kind-specific keys are all optional here; the checker says which belong to which kind,
//! with positions, which serde's tagged enums would not give.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// A node's string: an id, a Fluent id, a key or a condition.
pub type Str = String;

/// Where a node's guidance comes from: a document of `sources.yaml` and a section
/// (a Fluent id naming the section or principle).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub doc: Str,
    pub section: Option<Str>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Question,
    Checklist,
    Info,
    Call,
    Outcome,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Question => "question",
            Kind::Checklist => "checklist",
            Kind::Info => "info",
            Kind::Call => "call",
            Kind::Outcome => "outcome",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub key: Str,
    pub label: Str,
    pub next: Str,
    #[serde(default)]
    pub set: Vec<Str>,
    #[serde(default)]
    pub raise: Vec<Str>,
    pub when: Option<Str>,
    /// The choice that means "no" or "none of these": its number is 0 on every question,
    /// so that the digit never changes meaning (the others are numbered 1, 2, ... by
    /// their place in the file, whether or not they are shown).
    #[serde(default)]
    pub none: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub key: Str,
    pub label: Str,
    #[serde(default)]
    pub set: Vec<Str>,
    pub when: Option<Str>,
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub text: Str,
    pub when: Option<Str>,
    /// When to do it, for the summary's grouping (default: today).
    #[serde(default)]
    pub group: Group,
    /// First in its group on the summary, before the actions of outcomes reached
    /// earlier: the emergency calls (flows/REVIEW.md, item 15).
    #[serde(default)]
    pub first: bool,
    /// What a legal duty requires (the report, the notice under section 196): in its
    /// group after the emergency calls and before every other action, so that optional
    /// advice never stands above it.
    #[serde(default)]
    pub duty: bool,
}

/// When an action is due: the summary lists "now", then "today", then "follow-up", then
/// "in the patient journal", then "good to know" (information for the person or the worker, not a task).
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Group {
    Now,
    #[default]
    Today,
    Later,
    /// What goes in the patient journal, and what does not.
    Journal,
    Info,
}

impl Group {
    pub const ALL: [Group; 5] = [Group::Now, Group::Today, Group::Later, Group::Journal, Group::Info];
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Now => "now",
            Group::Today => "today",
            Group::Later => "later",
            Group::Journal => "journal",
            Group::Info => "info",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactUse {
    pub contact: Str,
    pub when: Option<Str>,
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Node {
    pub kind: Kind,
    pub title: Str,
    pub text: Option<Str>,
    pub source: Option<SourceRef>,
    pub when: Option<Str>,
    /// Fluent id: why this step matters, shown on request (the step itself says what to
    /// ask or do now).
    pub why: Option<Str>,
    /// Fluent id: a short name for this node as a stage of the case (the nodes of the
    /// `case: true` flow), for the stage line.
    pub stage: Option<Str>,
    #[serde(default)]
    pub set: Vec<Str>,
    #[serde(default)]
    pub raise: Vec<Str>,
    pub next: Option<Str>,
    // question
    pub choices: Option<Vec<Choice>>,
    // checklist
    pub items: Option<Vec<Item>>,
    // call
    pub flow: Option<Str>,
    /// A node of the called flow to enter at instead of its `start` (a second look that
    /// needs not ask again what the first asked).
    pub at: Option<Str>,
    // outcome
    pub actions: Option<Vec<Action>>,
    pub contacts: Option<Vec<ContactUse>>,
    #[serde(rename = "final")]
    pub is_final: Option<bool>,
    /// This outcome heads the case summary (the conversation's real outcome).
    pub headline: Option<bool>,
    /// An outcome inside a called flow that speaks only on the summary: the walk records
    /// it and goes on without stopping on it (one consultation: no screen that only
    /// repeats what the summary will say).
    pub quiet: Option<bool>,
    /// A question whose answer a service may give once in its local file (`setting:`
    /// there names one of its choices): the facts of that choice hold from the start.
    pub setting: Option<bool>,
}

impl Node {
    pub fn choices(&self) -> &[Choice] {
        self.choices.as_deref().unwrap_or(&[])
    }
    pub fn items(&self) -> &[Item] {
        self.items.as_deref().unwrap_or(&[])
    }
    pub fn actions(&self) -> &[Action] {
        self.actions.as_deref().unwrap_or(&[])
    }
    pub fn contacts(&self) -> &[ContactUse] {
        self.contacts.as_deref().unwrap_or(&[])
    }
    pub fn is_final(&self) -> bool {
        self.is_final.unwrap_or(false)
    }
    pub fn is_headline(&self) -> bool {
        self.headline.unwrap_or(false)
    }
    pub fn is_quiet(&self) -> bool {
        self.quiet.unwrap_or(false)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Flow {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub source: Option<SourceRef>,
    pub start: String,
    pub menu: Option<u32>,
    #[serde(default)]
    pub case: bool,
    /// A teaching flow (full text, the topic named): discreet mode warns before it opens.
    #[serde(default)]
    pub teaching: bool,
    /// In file order (the order matters for reference flows shown as a list).
    #[serde(deserialize_with = "ordered::deserialize")]
    #[cfg_attr(test, schemars(with = "BTreeMap<String, Node>"))]
    pub nodes: Vec<(Str, Node)>,
}

impl Flow {
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|(k, _)| k == id).map(|(_, n)| n)
    }
    /// The node's source, or the flow's.
    pub fn source_of<'a>(&'a self, node: &'a Node) -> Option<&'a SourceRef> {
        node.source.as_ref().or(self.source.as_ref())
    }
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Duty {
    pub title: String,
    pub text: String,
    pub source: Option<SourceRef>,
}

/// flows/guidance.yaml: the guidance as a whole, signed off on `date`, to be reviewed
/// again by `review-by` (past it, every screen says the guidance may be out of date).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct GuidanceFile {
    pub date: Date,
    pub review_by: Date,
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DutiesFile {
    #[serde(deserialize_with = "ordered::deserialize")]
    #[cfg_attr(test, schemars(with = "BTreeMap<String, Duty>"))]
    pub duties: Vec<(String, Duty)>,
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub title: String,
    pub file: Option<String>,
    /// Date of the last professional change, as written (YYYY-MM-DD).
    pub updated: Option<Date>,
    /// For a report: the time its content describes (shown as "as of 2020").
    pub as_of: Option<Date>,
    #[serde(default)]
    pub external: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(deserialize_with = "ordered::deserialize")]
    #[cfg_attr(test, schemars(with = "BTreeMap<String, Document>"))]
    pub documents: Vec<(String, Document)>,
}

/// Text per language, for data that lives outside the locales (contacts): a map from
/// language code (a folder of `locales/`) to text. The checker says which codes are
/// languages and which languages lack a text (the default language's is shown then).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct LangText(pub BTreeMap<String, String>);

impl<'de> Deserialize<'de> for LangText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = LangText;
            // The loader turns this phrase into the user's words (`check-expect-bitext`).
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text per language")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<LangText, A::Error> {
                let mut out = BTreeMap::new();
                while let Some((k, v)) = m.next_entry::<String, String>()? {
                    out.insert(k, v);
                }
                Ok(LangText(out))
            }
        }
        d.deserialize_map(V)
    }
}

impl LangText {
    /// The text for `lang`, else for its fallbacks, else none.
    pub fn get(&self, lang: crate::i18n::Lang) -> Option<&str> {
        lang.fallbacks().into_iter().find_map(|l| self.own(l))
    }
    /// The text `lang` itself has (not empty).
    pub fn own(&self, lang: crate::i18n::Lang) -> Option<&str> {
        self.0.get(lang.code()).map(String::as_str).filter(|s| !s.trim().is_empty())
    }
}

/// Where a contact's facts come from: the page's name per language (keys are language
/// codes) and its address (`url`).
#[derive(Debug, Clone, Deserialize, Default)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
pub struct SourceText {
    pub url: Option<String>,
    #[serde(flatten)]
    pub name: LangText,
}

/// An entry of the contact directory. Only what is true: where the facts come from
/// (`source`) and the date that source itself gives (`dated`); `checked` is for a local
/// directory whose service really checked the entry (the bundled one must not use it).
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: LangText,
    pub what: LangText,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub web: Option<String>,
    /// Opening hours.
    pub hours: Option<LangText>,
    pub source: Option<SourceText>,
    /// The date the source gives (where its page shows one).
    pub dated: Option<Date>,
    /// Local directories only: when the local service checked this entry.
    pub checked: Option<Date>,
    /// The person may be given this contact on the discreet slip (a service for them,
    /// not for the worker).
    #[serde(default)]
    pub slip: bool,
    /// A national number fixed by law or nationwide (112, 113, 116 117, 116 111, 02800):
    /// shown without "check the number locally".
    #[serde(default)]
    pub national: bool,
    /// Open day and night, as the contact's source says: the slip in the person's
    /// language shows "24/7", the same in every language (src/slip.rs).
    #[serde(default)]
    pub day_and_night: bool,
    /// Gives advice to professionals (case advice, for the worker): listed under "where
    /// to get advice" on the handout for a class (`export --format handout`).
    #[serde(default)]
    pub advice: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactsFile {
    #[serde(default, deserialize_with = "ordered::deserialize")]
    #[cfg_attr(test, schemars(with = "BTreeMap<String, Contact>"))]
    pub contacts: Vec<(String, Contact)>,
    /// A local file only: where the service works, as the key of a choice of the question
    /// marked `setting: true` (the case walk then does not ask it).
    pub setting: Option<String>,
}

/// A date as the files write it: `2026-11` or `2021-01-06`, kept as text after a
/// shape check (YAML would otherwise read `2026-11` as a string and `2021` as a number).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[cfg_attr(test, schemars(schema_with = "date_schema"))]
pub struct Date(pub String);

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // `as_of: 2020` reads as a number in YAML: take it as the year.
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = String;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date (YYYY-MM-DD, YYYY-MM or YYYY)")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
                Ok(v.to_string())
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<String, E> {
                Ok(v.to_string())
            }
        }
        let s = d.deserialize_any(V)?;
        let ok = {
            let parts: Vec<&str> = s.split('-').collect();
            let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
            match parts[..] {
                [y] => digits(y, 4),
                [y, m] => digits(y, 4) && digits(m, 2),
                [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
                _ => false,
            }
        };
        if ok {
            Ok(Date(s))
        } else {
            Err(serde::de::Error::custom(format_args!("`{s}` is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")))
        }
    }
}

/// In the schema: a date as text, or a year as a number (`as_of: 2020`).
#[cfg(test)]
fn date_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "description": "A date: YYYY-MM-DD, YYYY-MM or YYYY",
        "anyOf": [
            {"type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"},
            {"type": "integer", "minimum": 1000, "maximum": 9999}
        ]
    })
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A map read in file order, every entry kept: the loader keeps the first of equal keys
/// and has the position scan report the second, with both places.
mod ordered {
    use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
    use std::fmt;
    use std::marker::PhantomData;

    pub fn deserialize<'de, D, K, V>(d: D) -> Result<Vec<(K, V)>, D::Error>
    where
        D: Deserializer<'de>,
        K: Deserialize<'de>,
        V: Deserialize<'de>,
    {
        struct V2<K, V>(PhantomData<(K, V)>);
        impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for V2<K, V> {
            type Value = Vec<(K, V)>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::with_capacity(m.size_hint().unwrap_or(0));
                while let Some(kv) = m.next_entry::<K, V>()? {
                    out.push(kv);
                }
                Ok(out)
            }
        }
        d.deserialize_map(V2(PhantomData))
    }
}

/// Everything loaded, before or after checking.
#[derive(Debug, Clone, Default)]
pub struct FlowSet {
    pub flows: Vec<Flow>,
    pub duties: BTreeMap<String, Duty>,
    pub documents: BTreeMap<String, Document>,
    pub contacts: BTreeMap<String, Contact>,
    /// Contact ids in the order of the directory file(s).
    pub contact_order: Vec<String>,
    /// The ids a local contact file added or replaced, in its order.
    pub local_contacts: Vec<String>,
    /// The local file's `setting`: a choice key of the question marked `setting: true`.
    pub local_setting: Option<String>,
    /// The guidance's date, review-by date and origin (flows/guidance.yaml, or a pack).
    pub guidance: crate::guidance::Guidance,
    /// The day the review-by date is judged against (`--as-of`, else today), set by
    /// the program once loaded; None in the tests' sets (never overdue).
    pub as_of: Option<crate::guidance::Day>,
    /// The tool's version and a hash of every file the set was read from: a printout
    /// traces to the exact text behind it.
    pub version: String,
}

impl FlowSet {
    pub fn flow(&self, id: &str) -> Option<&Flow> {
        self.flows.iter().find(|f| f.id == id)
    }
    pub fn flow_index(&self, id: &str) -> Option<usize> {
        self.flows.iter().position(|f| f.id == id)
    }
}
