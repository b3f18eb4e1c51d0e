//! One language's messages, parsed a message at a time: the first message asked for
//! indexes the language's files (the index build.rs made of the bundled ones, else a line
//! scan, [`crate::ftl_scan`]), and each message is parsed when it is first needed, with
//! the messages and terms it refers to. A start screen needs a few dozen of a language's
//! several hundred messages.

use super::{FtlText, Lang, ftl_entries, placeables};
use fluent_bundle::{FluentBundle, FluentResource};
use fluent_syntax::ast::Entry;
use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;

/// Where each entry of a language is: entry id (terms with their `-`) -> (file, start,
/// end) in the language's sources.
pub(super) enum Index {
    /// Made by build.rs for the embedded files, sorted by id: (file, length of the id,
    /// start, end); the id is where the entry starts.
    Embedded(&'static [crate::embedded::FtlEntry], Vec<&'static str>),
    /// Made by a line scan of the files.
    Scanned(HashMap<Cow<'static, str>, (usize, usize, usize), rustc_hash::FxBuildHasher>),
}

impl Index {
    fn get(&self, id: &str) -> Option<(usize, usize, usize)> {
        match self {
            Index::Embedded(t, files) => {
                let key = |&(f, n, a, _): &crate::embedded::FtlEntry| {
                    files.get(usize::from(f)).and_then(|t| t.get(a as usize..a as usize + usize::from(n))).unwrap_or("")
                };
                let i = t.binary_search_by(|e| key(e).cmp(id)).ok()?;
                t.get(i).map(|&(f, _, a, b)| (usize::from(f), a as usize, b as usize))
            }
            Index::Scanned(m) => m.get(id).copied(),
        }
    }
}

/// One language's messages. Nothing is parsed up front: the first message asked for
/// indexes the files (a line scan: where each entry starts and ends), and each message
/// is parsed when it is first needed, with the messages and terms it refers to. A start
/// screen needs a few dozen of the language's several hundred messages.
pub(super) struct Locale {
    pub(super) lang: Lang,
    pub(super) sources: Vec<FtlText>,
    /// Entry id (terms with their `-`) -> (file, start, end) in `sources`.
    index: OnceCell<Index>,
    /// The entries parsed so far.
    bundle: OnceCell<RefCell<FluentBundle<FluentResource>>>,
    /// The ids looked for so far (found or not): each is parsed once at most.
    tried: RefCell<rustc_hash::FxHashSet<Box<str>>>,
}

impl Locale {
    pub(super) fn new(lang: Lang, sources: Vec<FtlText>) -> Locale {
        Locale { lang, sources, index: OnceCell::new(), bundle: OnceCell::new(), tried: RefCell::default() }
    }

    pub(super) fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            // The embedded files as they are: the index build.rs made of them.
            let embedded = crate::embedded::locales().iter().filter(|(code, ..)| Lang::parse(code) == Some(self.lang));
            let same = self.sources.len() == embedded.clone().count()
                && self
                    .sources
                    .iter()
                    .zip(embedded)
                    .all(|(s, (_, _, e))| matches!(s, FtlText::Static(t) if std::ptr::eq(*t, *e)));
            if let Some((_, t)) =
                crate::embedded::FTL_INDEX.iter().find(|(code, _)| same && Lang::parse(code) == Some(self.lang))
            {
                let files =
                    self.sources.iter().filter_map(|s| if let FtlText::Static(t) = s { Some(*t) } else { None });
                return Index::Embedded(t, files.collect());
            }
            let mut index = HashMap::default();
            for (i, text) in self.sources.iter().enumerate() {
                // A later entry with the same id replaces an earlier one, as a later file
                // replaces an earlier one. The embedded texts lend their ids.
                for (id, range) in ftl_entries(text) {
                    let id = match text {
                        FtlText::Static(t) => Cow::Borrowed(&t[range.start..range.start + id.len()]),
                        FtlText::Shared(_) => Cow::Owned(id.to_string()),
                    };
                    index.insert(id, (i, range.start, range.end));
                }
            }
            Index::Scanned(index)
        })
    }

    pub(super) fn bundle(&self) -> &RefCell<FluentBundle<FluentResource>> {
        self.bundle.get_or_init(|| {
            let mut b = FluentBundle::new(vec![self.lang.langid()]);
            b.set_use_isolating(false);
            // Only fails if a function of the same name exists; this bundle is new.
            let _ = b.add_builtins();
            RefCell::new(b)
        })
    }

    /// Parses entry `id` into the bundle if it is not there yet, and what it refers to.
    pub(super) fn load(&self, id: &str) {
        let mut todo = vec![id.to_string()];
        while let Some(id) = todo.pop() {
            if !self.tried.borrow_mut().insert(id.as_str().into()) {
                continue;
            }
            let Some((file, start, end)) = self.index().get(&id) else { continue };
            let Some(text) = self.sources.get(file).and_then(|t| t.get(start..end)) else { continue };
            // An entry with a syntax error adds what parsed; the checker reports the rest.
            let res = match FluentResource::try_new(text.to_string()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for e in res.entries() {
                let (value, attributes) = match e {
                    Entry::Message(m) => (m.value.as_ref(), &m.attributes),
                    Entry::Term(t) => (Some(&t.value), &t.attributes),
                    _ => continue,
                };
                for p in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
                    todo.extend(placeables(p).into_iter().filter(|r| !r.starts_with('$')));
                }
            }
            self.bundle().borrow_mut().add_resource_overriding(res);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::*;
    use super::*;
    use std::collections::BTreeSet;

    const EN: Lang = Lang::of("en");

    #[test]
    fn entries_are_found_where_fluent_finds_them() {
        let text = "\u{feff}# A comment\nhello = Hi\n    there\n\n    again\n.attr = at the margin\n-term = T\n    .x = y\nsel = { $n ->\n[one] one\n   *[other] many\n}\n## Section\nnot an entry\nlast={ -term }";
        let got: Vec<(&str, &str)> = ftl_entries(text).into_iter().map(|(id, r)| (id, &text[r])).collect();
        assert_eq!(
            got,
            vec![
                ("hello", "hello = Hi\n    there\n\n    again\n.attr = at the margin\n"),
                ("-term", "-term = T\n    .x = y\n"),
                ("sel", "sel = { $n ->\n[one] one\n   *[other] many\n}\n"),
                ("last", "last={ -term }"),
            ]
        );
        let t = Texts::with(&[FtlFile { lang: EN, name: "x.ftl".into(), text: text.into() }]);
        assert_eq!(t.get(EN, "last"), "T", "a term is loaded with the message that uses it");
        assert_eq!(t.fmt_n(EN, "sel", "n", 1), "one");
        assert_eq!(t.fmt_n(EN, "sel", "n", 5), "many");
        assert_eq!(t.get(EN, "hello"), "Hi\nthere\n\nagain");
    }

    #[test]
    fn the_embedded_files_come_with_the_index_a_scan_would_make() {
        let t = Texts::build(embedded_ftl());
        for loc in &t.locales {
            let Index::Embedded(table, _) = loc.index() else { panic!("{}: scanned at run time", loc.lang) };
            let mut scanned: HashMap<&str, (usize, usize, usize)> = HashMap::new();
            for (i, text) in loc.sources.iter().enumerate() {
                for (id, r) in ftl_entries(text) {
                    scanned.insert(id, (i, r.start, r.end));
                }
            }
            assert_eq!(table.len(), scanned.len(), "{}", loc.lang);
            for (id, at) in &scanned {
                assert_eq!(loc.index().get(id), Some(*at), "{} {id}", loc.lang);
            }
        }
        // A text that is not the embedded one (a --locales folder, NFC applied) is scanned.
        let own: Vec<FtlFile> =
            embedded_ftl().into_iter().map(|f| FtlFile { text: f.text.to_string().into(), ..f }).collect();
        let t = Texts::build(own);
        assert!(t.locales.iter().all(|l| matches!(l.index(), Index::Scanned(_))));
        assert_eq!(
            t.get(Lang::DEFAULT, "tui-app-title"),
            Texts::build(embedded_ftl()).get(Lang::DEFAULT, "tui-app-title")
        );
    }

    #[test]
    fn parsing_a_message_at_a_time_gives_what_parsing_every_file_gives() {
        // Every embedded language, every message and attribute: formatted from the lazy
        // index, and from one bundle of every file parsed whole.
        let files = embedded_ftl();
        // With the index build.rs made, and with one scanned at run time.
        let owned: Vec<FtlFile> =
            files.iter().cloned().map(|f| FtlFile { text: f.text.to_string().into(), ..f }).collect();
        for (lazy, lang) in [Texts::build(files.clone()), Texts::build(owned)]
            .iter()
            .flat_map(|t| t.langs().into_iter().map(move |l| (t, l)))
        {
            let mut eager = FluentBundle::new(vec![lang.langid()]);
            eager.set_use_isolating(false);
            let _ = eager.add_builtins();
            let mut whole: BTreeSet<String> = BTreeSet::new();
            let mut indexed: BTreeSet<String> = BTreeSet::new();
            for f in files.iter().filter(|f| f.lang == lang) {
                let res =
                    FluentResource::try_new(f.text.to_string()).unwrap_or_else(|(_, e)| panic!("{}: {e:?}", f.name));
                for e in res.entries() {
                    match e {
                        Entry::Message(m) => whole.insert(m.id.name.to_string()),
                        Entry::Term(t) => whole.insert(format!("-{}", t.id.name)),
                        _ => false,
                    };
                }
                indexed.extend(ftl_entries(&f.text).into_iter().map(|(id, _)| id.to_string()));
                eager.add_resource_overriding(res);
            }
            assert_eq!(indexed, whole, "{lang}: the index finds every entry, and nothing else");
            let mut n = 0;
            for id in whole.iter().filter(|id| !id.starts_with('-')) {
                let m = eager.get_message(id).unwrap_or_else(|| panic!("{lang} {id}"));
                let fmt = |p| {
                    let s = eager.format_pattern(p, None, &mut Vec::new());
                    crate::safe::visible(&s.replace(['\u{2068}', '\u{2069}'], "")).into_owned()
                };
                if let Some(v) = m.value() {
                    assert_eq!(lazy.get(lang, id), fmt(v), "{lang} {id}");
                    n += 1;
                }
                if let Some(a) = m.get_attribute("discreet") {
                    assert_eq!(lazy.pick(lang, id, true), fmt(a.value()), "{lang} {id}.discreet");
                }
            }
            assert!(n > 500, "{lang}: {n} messages compared");
        }
    }
}
