//! The one merge: what each file of the flows folder, and the local contact file, adds
//! to the set. The loader merges the files it reads through here, and so does the quick
//! start on the bundled set (`flow::load_embedded`, from the JSON build.rs made of the
//! same files): the same rules, written once.

use super::FlowsFile;
use crate::flow::model::{ContactsFile, DutiesFile, Flow, FlowSet, GuidanceFile, SourcesFile};
use crate::guidance::Day;

/// One file of the set, read.
pub(crate) enum Part {
    Sources(SourcesFile),
    Duties(DutiesFile),
    Guidance(GuidanceFile),
    Flow(Flow),
    /// A contact directory: the bundled one, or (`local`) the service's own.
    Contacts {
        file: ContactsFile,
        local: bool,
    },
}

impl Part {
    /// A bundled file as build.rs wrote it (JSON), by its name; None if it does not read.
    pub(crate) fn from_json(name: &str, json: &str) -> Option<Part> {
        Some(match FlowsFile::of(name) {
            FlowsFile::Sources => Part::Sources(serde_json::from_str(json).ok()?),
            FlowsFile::Duties => Part::Duties(serde_json::from_str(json).ok()?),
            FlowsFile::Guidance => Part::Guidance(serde_json::from_str(json).ok()?),
            FlowsFile::Flow => Part::Flow(serde_json::from_str(json).ok()?),
            FlowsFile::Contacts => Part::Contacts { file: serde_json::from_str(json).ok()?, local: false },
        })
    }
}

/// Adds `part` to `set`: documents and duties added to, flows in file order, the
/// guidance's dates (a date that is no day is none), contacts in the order first named
/// (a later file's contact replaces an earlier one's: the local file wins; where the
/// service works comes from the local file only).
pub(crate) fn add(set: &mut FlowSet, part: Part) {
    match part {
        Part::Sources(s) => set.documents.extend(s.documents),
        Part::Duties(d) => set.duties.extend(d.duties),
        Part::Guidance(g) => {
            set.guidance.date = Day::parse(&g.date.0);
            set.guidance.review_by = Day::parse(&g.review_by.0);
        }
        Part::Flow(f) => set.flows.push(f),
        Part::Contacts { file, local } => {
            if local {
                set.local_setting = file.setting;
            }
            for (cid, c) in file.contacts {
                if !set.contact_order.contains(&cid) {
                    set.contact_order.push(cid.clone());
                }
                if local && !set.local_contacts.contains(&cid) {
                    set.local_contacts.push(cid.clone());
                }
                set.contacts.insert(cid, c);
            }
        }
    }
}
