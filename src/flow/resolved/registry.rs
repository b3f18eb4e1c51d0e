//! What the model gives of the registries the flows name (contacts, duties, documents),
//! and of the guidance and the version: by accessors, so that nothing outside `flow/`
//! reads the raw serde set.

use super::{Contact, Document, Duty, Model};
use crate::guidance::{Day, Guidance, Origin};

impl Model {
    /// A contact of the directory (the local file's, where it has one by that id).
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.get(id)
    }
    /// Every contact, in the order of the directory file(s).
    pub fn contacts(&self) -> impl Iterator<Item = (&str, &Contact)> {
        self.contact_order.iter().filter_map(|id| Some((id.as_str(), self.contacts.get(id)?)))
    }
    /// The ids a local contact file added or replaced, in its order.
    pub fn local_contacts(&self) -> &[String] {
        &self.local_contacts
    }
    /// Every contact id for a list: the local file's first (the service's own numbers),
    /// then the rest in the directory's order.
    pub fn contacts_local_first(&self) -> Vec<&str> {
        let local = self.local_contacts.iter().map(String::as_str);
        let rest =
            self.contact_order.iter().map(String::as_str).filter(|id| !self.local_contacts.iter().any(|l| l == id));
        local.chain(rest).collect()
    }
    pub fn duty(&self, id: &str) -> Option<&Duty> {
        self.duties.get(id)
    }
    /// Every duty, by id.
    pub fn duties(&self) -> impl Iterator<Item = (&str, &Duty)> {
        self.duties.iter().map(|(id, d)| (id.as_str(), d))
    }
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.get(id)
    }
    /// Every document of sources.yaml, by id.
    pub fn documents(&self) -> impl Iterator<Item = (&str, &Document)> {
        self.documents.iter().map(|(id, d)| (id.as_str(), d))
    }
    /// The guidance's date, review-by date and origin (flows/guidance.yaml, or a pack).
    pub fn guidance(&self) -> &Guidance {
        &self.guidance
    }
    /// The guidance in use, once loaded: a pack's, or the bundled one's facts.
    pub fn set_guidance(&mut self, g: Guidance) {
        self.guidance = g;
    }
    pub fn set_guidance_origin(&mut self, origin: Origin) {
        self.guidance.origin = origin;
    }
    /// The day the review-by date is judged against (`--as-of`, else today); None in
    /// the tests' sets (never overdue).
    pub fn as_of(&self) -> Option<Day> {
        self.as_of
    }
    pub fn set_as_of(&mut self, day: Day) {
        self.as_of = Some(day);
    }
    /// The tool's version and a hash of every file the set was read from: a printout
    /// traces to the exact text behind it.
    pub fn version(&self) -> &str {
        &self.version
    }
}
