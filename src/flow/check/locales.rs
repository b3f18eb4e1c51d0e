//! The checks of the locales: every Fluent file read (syntax, duplicates, messages
//! without a value), messages that refer to themselves, and each locale compared with the
//! reference (the same messages, the same placeables).

use super::{Ctx, FluentRef};
use crate::diag::{Diag, FileId};
use crate::i18n::{Lang, placeables};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;

/// One message of one locale (16 bytes, and as many with `Option`: a set of 100 000
/// nodes has 600 000): where it stands, what it refers to (an entry of
/// [`Messages::ph_ranges`], 0 for nothing), and whether it is one of the tool's own.
#[derive(Clone, Copy)]
pub(super) struct Message {
    start: u32,
    end: u32,
    ph: u32,
    file: u16,
    tool: bool,
}

const _: () = assert!(crate::flow::load::MAX_FILES * (crate::flow::load::MAX_LANGS + 1) + 1 < u16::MAX as usize);

const _: () = assert!(std::mem::size_of::<Option<Message>>() == 16);

impl Message {
    fn file(&self) -> FileId {
        FileId::from(self.file)
    }
    fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Every locale's messages: a row per id, in the order first defined, with a slot per
/// locale.
#[derive(Default)]
pub(super) struct Messages<'t> {
    pub(super) locales: usize,
    /// The row of each id.
    row_of: HashMap<&'t str, u32>,
    ids: Vec<&'t str>,
    /// `ids.len() * locales` slots: row r's message in locale l is at `r * locales + l`.
    slots: Vec<Option<Message>>,
    /// Per row: a flow uses the id.
    pub(super) used: Vec<bool>,
    placeables: Vec<String>,
    /// (start, length) in `placeables` of each message's list; the first is empty.
    ph_ranges: Vec<(u32, u32)>,
}

impl<'t> Messages<'t> {
    pub(super) fn get(&self, row: usize, locale: usize) -> Option<&Message> {
        self.slots.get(row * self.locales + locale).and_then(Option::as_ref)
    }
    fn placeables(&self, m: &Message) -> &[String] {
        let Some(&(start, len)) = self.ph_ranges.get(m.ph as usize) else { return &[] };
        self.placeables.get(start as usize..start as usize + len as usize).unwrap_or(&[])
    }
    /// Row `hint` if it is `id`'s. Ids are mostly met in the order of the rows (another
    /// locale's file, the flows' uses), so the row after the last one is tried before
    /// the map.
    pub(super) fn at(&self, hint: usize, id: &str) -> Option<usize> {
        (self.ids.get(hint) == Some(&id)).then_some(hint)
    }
    /// The row of `id`, if it has one.
    pub(super) fn find(&self, id: &str) -> Option<usize> {
        self.row_of.get(id).map(|&r| r as usize)
    }
    /// The row of `id`, added (with empty slots) if new.
    fn row(&mut self, id: &'t str) -> usize {
        if let Some(&row) = self.row_of.get(id) {
            return row as usize;
        }
        let r = self.ids.len();
        self.row_of.insert(id, u32::try_from(r).unwrap_or(u32::MAX));
        self.ids.push(id);
        self.slots.extend((0..self.locales).map(|_| None));
        self.used.push(false);
        r
    }
}

/// One message of an .ftl file as read on its own: its id and where it stands, and its
/// placeables (with its attributes'); `None` for a message without a value.
struct FtlMessage<'t> {
    id: &'t str,
    span: Range<usize>,
    placeables: Option<BTreeSet<String>>,
    /// The messages it refers to: (from its attribute, or its value; to that message,
    /// that attribute).
    refs: Vec<(Option<&'t str>, &'t str, Option<&'t str>)>,
}

/// The messages `{ id }` and `{ id.attr }` that `pattern` refers to, anywhere in it.
fn message_refs<'t>(pattern: &fluent_syntax::ast::Pattern<&'t str>) -> Vec<(&'t str, Option<&'t str>)> {
    use fluent_syntax::ast::InlineExpression;
    let mut out = Vec::new();
    crate::i18n::each_inline(pattern, &mut |e| {
        if let InlineExpression::MessageReference { id, attribute } = e {
            out.push((id.name, attribute.as_ref().map(|a| a.name)));
        }
    });
    out
}

/// An .ftl file read on its own: its syntax errors and its messages, in file order.
fn read_ftl<'t>(file: FileId, text: &'t str) -> (Vec<Diag>, Vec<FtlMessage<'t>>) {
    let mut errors = Vec::new();
    let res = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, errs)) => {
            for e in errs {
                // From the start of the broken entry to where the parser gave up.
                let start = e.slice.as_ref().map_or(e.pos.start, |s| s.start.min(e.pos.start));
                let d = Diag::error("check-fluent-syntax")
                    .arg("detail", e.kind.to_string())
                    .at(file, Some(start..e.pos.end));
                errors.push(d);
            }
            r
        }
    };
    let spans = message_spans(text);
    let mut next_span = 0;
    let mut out = Vec::with_capacity(spans.len());
    for entry in res.body {
        let fluent_syntax::ast::Entry::Message(m) = entry else { continue };
        let id = m.id.name;
        // The messages stand in the text in the order the parser gives them.
        let span = match spans[next_span.min(spans.len())..].iter().position(|(s, _)| *s == id) {
            Some(k) => {
                next_span += k + 1;
                spans[next_span - 1].1.clone()
            }
            None => 0..0,
        };
        let placeables = m.value.as_ref().map(|value| {
            let mut ph = placeables(value);
            // Attributes (`.discreet`) must exist in every locale, with the same placeables.
            for a in &m.attributes {
                ph.insert(format!(".{}", a.id.name));
                ph.extend(placeables(&a.value).into_iter().map(|p| format!(".{}:{p}", a.id.name)));
            }
            ph
        });
        let mut refs: Vec<_> = m.value.iter().flat_map(message_refs).map(|(to, attr)| (None, to, attr)).collect();
        for a in &m.attributes {
            refs.extend(message_refs(&a.value).into_iter().map(|(to, attr)| (Some(a.id.name), to, attr)));
        }
        out.push(FtlMessage { id, span, placeables, refs });
    }
    (errors, out)
}

/// Files read side by side at a time by [`read_locales`]: enough to keep two cores busy,
/// few enough that their parsed messages take little room until they are taken in (16
/// cost 9 MB more at 100 000 nodes, 4 about 3 MB).
const FTL_BATCH: usize = 4;

/// Reads every locale's messages into `cx.msgs`: syntax errors, messages without a
/// value, and messages defined twice are reported here. The files are parsed side by
/// side (Fluent's parser is most of the time this takes), then taken in file order.
pub(super) fn read_locales(cx: &mut Ctx<'_>) {
    let loaded = cx.loaded;
    let mut msgs = Messages { locales: cx.langs.len(), ph_ranges: vec![(0, 0)], ..Messages::default() };
    let offset = |o: usize| u32::try_from(o).unwrap_or(u32::MAX);
    for batch in loaded.ftl.chunks(FTL_BATCH) {
        let files: Vec<_> = batch
            .iter()
            .filter_map(|(file, ftl)| Some((*file, ftl, cx.langs.iter().position(|l| *l == ftl.lang)?)))
            .collect();
        // A small batch is read on this thread, as `load` reads a small set.
        let small = batch.iter().map(|(_, f)| f.text.len()).sum::<usize>() < crate::flow::load::PAR_MIN_BYTES;
        let reads: Vec<_> = if small {
            files.iter().map(|&(file, ftl, _)| read_ftl(file, &ftl.text)).collect()
        } else {
            crate::flow::load::par_map(files.clone(), |_, (file, ftl, _)| read_ftl(file, &ftl.text))
        };
        for ((file, ftl, li), (errors, messages)) in files.into_iter().zip(reads) {
            cx.diags.extend(errors);
            let mut hint = 0;
            let tool = ftl.is_tool();
            for FtlMessage { id, span, placeables: ph, refs } in messages {
                let Some(ph) = ph else {
                    cx.diags.push(Diag::error("check-fluent-no-value").arg("id", id).at(file, Some(span)));
                    continue;
                };
                let row = msgs.at(hint, id).unwrap_or_else(|| msgs.row(id));
                hint = row + 1;
                if let Some(first) = msgs.get(row, li) {
                    let d = Diag::error("check-fluent-duplicate").arg("id", id).at(file, Some(span)).related(
                        first.file(),
                        first.span(),
                        "check-label-first-here",
                    );
                    cx.diags.push(d);
                    continue;
                }
                for (from, to, attr) in refs {
                    let r = FluentRef { locale: li, file, span: span.clone(), from: (id, from), to: (to, attr) };
                    cx.fluent_refs.push(r);
                }
                let mut ph_at = 0;
                if !ph.is_empty() {
                    ph_at = offset(msgs.ph_ranges.len());
                    msgs.ph_ranges.push((offset(msgs.placeables.len()), offset(ph.len())));
                    msgs.placeables.extend(ph);
                }
                let (start, end) = (offset(span.start), offset(span.end));
                let file = u16::try_from(file).unwrap_or(u16::MAX);
                let slot = Message { start, end, ph: ph_at, file, tool };
                if let Some(s) = msgs.slots.get_mut(row * msgs.locales + li) {
                    *s = Some(slot);
                }
            }
        }
    }
    cx.msgs = msgs;
}

/// Messages that refer to themselves, directly (`a = { a }`) or through others (`a = { b }`,
/// `b = { a }`): Fluent cannot show them. One error for each cycle found, in each locale,
/// at the message it was entered by (the first in file order), naming the whole cycle.
/// A message's value and each of its attributes are apart: `a = { a.short }` is no cycle.
pub(super) fn check_cycles(cx: &mut Ctx<'_>) {
    type Node<'t> = (&'t str, Option<&'t str>);
    let refs = std::mem::take(&mut cx.fluent_refs);
    let name = |n: &Node| n.1.map_or_else(|| n.0.to_string(), |a| format!("{}.{a}", n.0));
    for locale in 0..cx.langs.len() {
        // The graph of this locale: each node that refers to others, in file order.
        let mut order: Vec<Node> = Vec::new();
        let mut edges: HashMap<Node, (Vec<Node>, FileId, Range<usize>)> = HashMap::new();
        for r in refs.iter().filter(|r| r.locale == locale) {
            let e = edges.entry(r.from).or_insert_with(|| {
                order.push(r.from);
                (Vec::new(), r.file, r.span.clone())
            });
            if !e.0.contains(&r.to) {
                e.0.push(r.to);
            }
        }
        // Depth first, without recursion (a chain may be long): 1 on the path, 2 done.
        let mut state: HashMap<Node, u8> = HashMap::new();
        for &start in &order {
            if state.contains_key(&start) {
                continue;
            }
            state.insert(start, 1);
            let mut path: Vec<(Node, usize)> = vec![(start, 0)];
            while let Some(top) = path.last_mut() {
                let (node, i) = *top;
                let next = edges.get(&node).and_then(|e| e.0.get(i)).copied();
                let Some(next) = next else {
                    state.insert(node, 2);
                    path.pop();
                    continue;
                };
                top.1 += 1;
                match state.get(&next) {
                    None if edges.contains_key(&next) => {
                        state.insert(next, 1);
                        path.push((next, 0));
                    }
                    Some(1) => {
                        let at = path.iter().position(|(n, _)| *n == next).unwrap_or(0);
                        let mut cycle: Vec<String> = path[at..].iter().map(|(n, _)| name(n)).collect();
                        cycle.push(name(&next));
                        let (_, file, span) = &edges[&next];
                        let d = Diag::error("check-fluent-cycle")
                            .arg("id", name(&next))
                            .arg("lang", cx.langs[locale].code())
                            .arg("cycle", cycle.join(" → "))
                            .at(*file, Some(span.clone()));
                        cx.diags.push(d);
                    }
                    // Done, or a message that refers to none.
                    _ => {}
                }
            }
        }
    }
}

/// Compares each locale with the reference, and reports the messages nothing uses.
pub(super) fn compare_locales(cx: &mut Ctx<'_>) {
    let msgs = std::mem::take(&mut cx.msgs);
    let langs = &cx.langs;
    let Some(&ref_lang) = langs.first() else { return };
    let show = |s: &[String]| if s.is_empty() { "-".to_string() } else { s.join(", ") };
    // In one locale only: each locale against the reference, both ways. Placeables that
    // differ from the reference's.
    // A tool message another locale lacks is shown from the reference (one warning per
    // locale); content is the guidance itself and must be in every language (an error).
    for (oi, &other_lang) in langs.iter().enumerate().skip(1) {
        let mut tool_missing = 0;
        for (row, id) in msgs.ids.iter().enumerate() {
            match (msgs.get(row, 0), msgs.get(row, oi)) {
                (Some(m), None) if m.tool => tool_missing += 1,
                (Some(m), None) => cx.diags.push(one_locale(id, m, ref_lang, other_lang)),
                (None, Some(o)) => cx.diags.push(one_locale(id, o, other_lang, ref_lang)),
                (Some(m), Some(o)) if msgs.placeables(m) != msgs.placeables(o) => {
                    let d = Diag::error("check-placeables-differ")
                        .arg("id", id)
                        .arg("lang", ref_lang.code())
                        .arg("other", other_lang.code())
                        .arg("ours", show(msgs.placeables(m)))
                        .arg("theirs", show(msgs.placeables(o)))
                        .at(m.file(), Some(m.span()))
                        .related(o.file(), o.span(), "check-label-other-locale");
                    cx.diags.push(d);
                }
                _ => {}
            }
        }
        if tool_missing > 0 {
            let d = Diag::warning("check-tool-fallback")
                .arg("lang", other_lang.code())
                .arg("reference", ref_lang.code())
                .arg("count", tool_missing.to_string());
            cx.diags.push(d);
        }
    }
    // Unused: neither used by the flows nor referred to by a message of any locale.
    let referred: HashSet<&str> = msgs.placeables.iter().map(String::as_str).collect();
    for li in 0..msgs.locales {
        for (row, id) in msgs.ids.iter().enumerate() {
            let Some(m) = msgs.get(row, li) else { continue };
            if !m.tool && !msgs.used.get(row).copied().unwrap_or(false) && !referred.contains(id) {
                cx.diags.push(Diag::warning("check-unused-message").arg("id", id).at(m.file(), Some(m.span())));
            }
        }
    }
}

/// `id` is in `lang` but not in `other`.
fn one_locale(id: &str, m: &Message, lang: Lang, other: Lang) -> Diag {
    Diag::error("check-one-locale")
        .arg("id", id)
        .arg("lang", lang.code())
        .arg("other", other.code())
        .at(m.file(), Some(m.span()))
}

/// Where each message id stands in an .ftl text (`id =` at the start of a line), in
/// order, every time it stands there.
fn message_spans(text: &str) -> Vec<(&str, Range<usize>)> {
    let mut out = Vec::new();
    let mut off = 0;
    for line in text.split_inclusive('\n') {
        let first = line.as_bytes().first().copied();
        if first.is_some_and(|c| c.is_ascii_alphabetic())
            && let Some(eq) = line.find('=')
        {
            let id = line[..eq].trim_end();
            if !id.is_empty() {
                out.push((id, off..off + id.len()));
            }
        }
        off += line.len();
    }
    out
}
