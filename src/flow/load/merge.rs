//! The one merge: what each file of the flows folder, and the local contact file, adds
//! to the set. Only the loader ([`super::assemble`]) merges, whether it read the files
//! from folders or the bundled ones (the quick start too, `flow::load_embedded`).

use crate::flow::model::{ContactsFile, DutiesFile, Flow, FlowSet, GuidanceFile, SourcesFile};
use crate::guidance::Day;

/// One file of the set, read.
#[derive(Clone)]
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
