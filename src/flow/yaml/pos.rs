//! Where each key and value of a path such as `nodes.ask-age.choices.1.next` stands in a
//! YAML text, from the events of a maintained YAML parser (saphyr-parser), which reports
//! a span for each. serde_yaml gives positions only for its own errors; the checker
//! needs them for semantic ones too. The same walk finds what serde_yaml would accept
//! silently or slowly: duplicate keys, anchors, aliases and merge keys, nesting deeper
//! than the limit; and the strings that hold an unsafe character once decoded.
//!
//! The index is built only when a diagnostic needs a place (the loader and the checker
//! ask for it on demand): a clean file is parsed once, by serde_yaml. [`may_alias`] is
//! the cheap byte test that tells whether a file could hold an anchor or an alias at all.
//!
//! For YAML the parser refuses, the index holds what came before the error.

use saphyr_parser::{Event, Parser, ScalarStyle, Span};
use std::collections::HashMap;
use std::ops::Range;

/// Deepest nesting a flow file may have (mappings and sequences together).
pub const MAX_DEPTH: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScanProblem {
    /// The same key twice in one mapping: the second place, and the first.
    DuplicateKey { key: String, at: Range<usize>, first: Range<usize> },
    /// `&anchor`, `*alias` or a `<<` merge key.
    Alias { at: Range<usize> },
    /// Nesting deeper than [`MAX_DEPTH`].
    TooDeep { at: Range<usize> },
}

#[derive(Debug, Default)]
pub struct PosIndex {
    /// path -> (key span, value span); for block sequence items the key span is the
    /// dash. A value that is a block collection has an empty span.
    entries: HashMap<String, (Range<usize>, Range<usize>)>,
    pub problems: Vec<ScanProblem>,
    /// Paths of the strings (keys or values) that hold an unsafe character once decoded
    /// (see [`crate::safe::is_unsafe`]), in file order. A key's path is its own.
    pub unsafe_strings: Vec<String>,
}

/// Whether `text` could hold an anchor (`&a`), an alias (`*a`) or a merge key (`<<`):
/// an `&` or `*` where a YAML token can start, or `<<` anywhere. Never false for a text
/// that holds one; true also for some that do not (text in quotes, comments).
pub fn may_alias(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(i, &c)| match c {
        b'&' | b'*' => i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'\r' | b'[' | b'{' | b',' | b'-' | b':'),
        b'<' => b.get(i + 1) == Some(&b'<'),
        _ => false,
    })
}

/// Whether `text` could nest deeper than [`MAX_DEPTH`]: a bound from the indentation
/// (a block collection deeper than its parent starts further right, but for a sequence
/// under a key) and from the brackets (every `[` and `{` opens, a `]` or `}` outside
/// quotes closes). Never false for a text that nests deeper; true also for some that do
/// not. Such a text is scanned before serde_yaml sees it.
pub fn may_nest_deep(text: &str) -> bool {
    let b = bounds(text);
    b.block + 4 + b.flow > MAX_DEPTH
}

/// Brackets open, by the count of [`may_nest_deep`], past which the scan does not read:
/// a YAML scanner (libyaml's and saphyr's alike) looks ahead to the bracket that closes
/// the first one open, at a cost that grows with the depth, so a megabyte of `[` would
/// take minutes. A text cut there is too deep, or holds many brackets in quotes.
const MAX_BRACKETS: usize = 2 * MAX_DEPTH;

struct Bounds {
    /// The furthest column a block collection can start at.
    block: usize,
    /// The most brackets open at once (counted as [`may_nest_deep`] says).
    flow: usize,
    /// The bracket at which more than [`MAX_BRACKETS`] are open.
    cut: Option<usize>,
}

fn bounds(text: &str) -> Bounds {
    let mut out = Bounds { block: 0, flow: 0, cut: None };
    let mut flow = 0usize;
    let mut start = 0usize;
    for line in text.split('\n') {
        let b = line.as_bytes();
        let mut c = b.iter().take_while(|&&x| x == b' ').count();
        // `- - key:` and `? ` open a collection two columns further on.
        while matches!(b.get(c), Some(b'-' | b'?')) && matches!(b.get(c + 1), Some(b' ') | None) {
            c += 2;
        }
        out.block = out.block.max(c);
        let mut quote: Option<u8> = None;
        let mut prev = b' ';
        for (i, &x) in b.iter().enumerate() {
            match (quote, x) {
                (_, b'[' | b'{') => {
                    flow += 1;
                    out.flow = out.flow.max(flow);
                    if flow > MAX_BRACKETS && out.cut.is_none() {
                        out.cut = Some(start + i);
                    }
                }
                (Some(q), x) if x == q => quote = None,
                (None, b'"' | b'\'') if matches!(prev, b' ' | b'[' | b'{' | b',' | b':') => quote = Some(x),
                (None, b']' | b'}') => flow = flow.saturating_sub(1),
                _ => {}
            }
            prev = x;
        }
        start += line.len() + 1;
    }
    out
}

/// What is open while walking the events.
struct Frame {
    /// The path of this collection.
    path: String,
    is_map: bool,
    /// Children seen so far (in a mapping, even ones are keys and odd ones values).
    n: usize,
    /// Mapping: the keys seen, with their spans.
    keys: HashMap<String, Range<usize>>,
    /// Mapping: the path segment of the key whose value comes next.
    pending: String,
    /// A flow collection (`{..}`, `[..]`): where it starts, for its value span.
    flow_start: Option<usize>,
}

/// Byte offsets of the parser's character positions.
struct Offsets {
    /// None for ASCII text, where a character index is a byte offset.
    table: Option<Vec<usize>>,
    len: usize,
}

impl Offsets {
    fn new(text: &str) -> Offsets {
        let table = (!text.is_ascii())
            .then(|| text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect());
        Offsets { table, len: text.len() }
    }
    fn byte(&self, char_index: usize) -> usize {
        match &self.table {
            None => char_index.min(self.len),
            Some(t) => t.get(char_index).copied().unwrap_or(self.len),
        }
    }
    fn span(&self, s: &Span) -> Range<usize> {
        self.byte(s.start.index())..self.byte(s.end.index())
    }
}

impl PosIndex {
    /// Span of the value at `path`, if the scan found it.
    pub fn value(&self, path: &str) -> Option<Range<usize>> {
        self.entries.get(path).map(|e| e.1.clone())
    }

    /// Span of the key at `path`.
    pub fn key(&self, path: &str) -> Option<Range<usize>> {
        self.entries.get(path).map(|e| e.0.clone())
    }

    /// The value at `path`, or the key of the nearest ancestor that was found, or None.
    pub fn best(&self, path: &str) -> Option<Range<usize>> {
        if let Some(v) = self.value(path) {
            if !v.is_empty() {
                return Some(v);
            }
            return self.key(path);
        }
        let mut p = path;
        while let Some(i) = p.rfind('.') {
            p = &p[..i];
            if let Some(k) = self.key(p) {
                return Some(k);
            }
        }
        None
    }

    /// The first value below `prefix` whose text is `text` (to place an error that names
    /// a value but not its key).
    pub fn find_value_under(&self, prefix: &str, text: &str, src: &str) -> Option<Range<usize>> {
        let dotted = format!("{prefix}.");
        let mut hits: Vec<&Range<usize>> = self
            .entries
            .iter()
            .filter(|(p, _)| prefix.is_empty() || p.starts_with(&dotted))
            .map(|(_, (_, v))| v)
            .filter(|v| src.get((*v).clone()).is_some_and(|s| s.trim_matches(['"', '\'']) == text))
            .collect();
        hits.sort_by_key(|r| r.start);
        hits.first().map(|r| (*r).clone())
    }

    /// The key span at `path`, else [`PosIndex::best`].
    pub fn key_or_best(&self, path: &str) -> Option<Range<usize>> {
        self.key(path).or_else(|| self.best(path))
    }

    /// Walks the parser's events over `text`.
    pub fn scan(text: &str) -> PosIndex {
        let mut idx = PosIndex::default();
        let cut = bounds(text).cut;
        let at = Offsets::new(text);
        let mut stack: Vec<Frame> = Vec::new();
        // Where the previous event ended: an anchor stands between it and its node.
        let mut prev_end = 0usize;
        for ev in Parser::new_from_str(cut.and_then(|c| text.get(..c)).unwrap_or(text)) {
            let Ok((ev, span)) = ev else { break };
            let sp = at.span(&span);
            match ev {
                Event::DocumentStart(_) => stack.clear(),
                Event::Scalar(value, style, anchor, _) => {
                    if anchor > 0 {
                        idx.anchor(text, prev_end, sp.end);
                    }
                    // A quoted scalar's span can run on over a comment after it.
                    let q = match style {
                        ScalarStyle::SingleQuoted => Some(b'\''),
                        ScalarStyle::DoubleQuoted => Some(b'"'),
                        _ => None,
                    };
                    let vsp = match q.and_then(|q| quoted_end(text, sp.start, q)) {
                        Some(end) if end <= sp.end => sp.start..end,
                        _ => sp.clone(),
                    };
                    let unsafe_text = value.chars().any(crate::safe::is_unsafe);
                    if let Some(path) = idx.node(text, &mut stack, vsp, Some((&value, style)))
                        && unsafe_text
                    {
                        idx.unsafe_strings.push(path);
                    }
                }
                Event::Alias(_) => {
                    idx.problems.push(ScanProblem::Alias { at: sp.clone() });
                    idx.node(text, &mut stack, sp.clone(), None);
                }
                Event::MappingStart(anchor, _) | Event::SequenceStart(anchor, _) => {
                    if anchor > 0 {
                        idx.anchor(text, prev_end, sp.end);
                    }
                    let is_map = matches!(ev, Event::MappingStart(..));
                    let flow = text.as_bytes().get(sp.start).is_some_and(|c| matches!(c, b'{' | b'['));
                    let value_span = if flow { sp.clone() } else { sp.start..sp.start };
                    let path = match idx.node(text, &mut stack, value_span, None) {
                        Some(p) => p,
                        // A collection as a mapping key: its insides have no path of note.
                        None => format!("{}.\u{0}key", stack.last().map_or("", |f| f.path.as_str())),
                    };
                    if stack.len() + 1 > MAX_DEPTH {
                        let line_end = text[sp.start.min(text.len())..].find('\n').map_or(text.len(), |e| sp.start + e);
                        let end = if flow { sp.start + 1 } else { line_end.max(sp.start) };
                        idx.problems.push(ScanProblem::TooDeep { at: sp.start..end });
                        return idx;
                    }
                    stack.push(Frame {
                        path,
                        is_map,
                        n: 0,
                        keys: HashMap::new(),
                        pending: String::new(),
                        flow_start: flow.then_some(sp.start),
                    });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    if let Some(f) = stack.pop()
                        && let Some(start) = f.flow_start
                        && let Some(e) = idx.entries.get_mut(&f.path)
                    {
                        e.1 = start..sp.end.max(start);
                    }
                }
                _ => {}
            }
            prev_end = prev_end.max(sp.end);
        }
        if let Some(c) = cut {
            idx.problems.push(ScanProblem::TooDeep { at: c..c + 1 });
        }
        idx
    }

    /// A node (scalar, alias or the start of a collection) at `sp` inside the open
    /// collection: records its place and returns its path (None for a mapping key).
    fn node(
        &mut self,
        text: &str,
        stack: &mut [Frame],
        sp: Range<usize>,
        scalar: Option<(&str, ScalarStyle)>,
    ) -> Option<String> {
        let Some(top) = stack.last_mut() else { return Some(String::new()) };
        let i = top.n;
        top.n += 1;
        let join =
            |parent: &str, seg: &str| if parent.is_empty() { seg.to_string() } else { format!("{parent}.{seg}") };
        if top.is_map && i % 2 == 0 {
            // A key.
            let Some((name, style)) = scalar else {
                top.pending = format!("\u{0}key{}", sp.start);
                return None;
            };
            if name == "<<" && style == ScalarStyle::Plain {
                self.problems.push(ScanProblem::Alias { at: sp.clone() });
            }
            let path = join(&top.path, name);
            if let Some(first) = top.keys.get(name) {
                self.problems.push(ScanProblem::DuplicateKey {
                    key: name.to_string(),
                    at: sp.clone(),
                    first: first.clone(),
                });
                // What stands under the second copy is not a duplicate of what stands
                // under the first: give it a path of its own.
                top.pending = format!("{name}\u{0}dup{}", sp.start);
            } else {
                top.keys.insert(name.to_string(), sp.clone());
                top.pending = name.to_string();
                self.entries.insert(path.clone(), (sp.clone(), sp.end..sp.end));
            }
            // A key's own text is checked under the key's path.
            return Some(path);
        }
        if top.is_map {
            let path = join(&top.path, &top.pending);
            if let Some(e) = self.entries.get_mut(&path) {
                e.1 = sp;
            }
            return Some(path);
        }
        // An item of a sequence: in block style its key span is the dash before it.
        let path = join(&top.path, &i.to_string());
        let before = text[..sp.start.min(text.len())].trim_end_matches([' ', '\t']);
        let key = if before.ends_with('-') { before.len() - 1..before.len() } else { sp.clone() };
        let value = if sp.is_empty() { sp.start..sp.start } else { sp };
        self.entries.insert(path.clone(), (key, value));
        Some(path)
    }

    /// An anchor between `from` and the end of its node at `to`: `&name` (the parser's
    /// span of a scalar starts at its anchor; a block collection's, after it).
    fn anchor(&mut self, text: &str, from: usize, to: usize) {
        let region = text.get(from..to.max(from)).unwrap_or("");
        let mut in_comment = false;
        let mut prev = ' ';
        for (i, c) in region.char_indices() {
            match c {
                '\n' => in_comment = false,
                '#' if prev.is_whitespace() => in_comment = true,
                '&' if !in_comment => {
                    let len = region[i..].find([' ', '\t', '\n', '\r', ',', ']', '}']).unwrap_or(region.len() - i);
                    self.problems.push(ScanProblem::Alias { at: from + i..from + i + len });
                    return;
                }
                _ => {}
            }
            prev = c;
        }
        // Not found in the text before the node (should not happen): at the node.
        self.problems.push(ScanProblem::Alias { at: to..to });
    }
}

/// The end of the quoted scalar that starts at `start` with the quote `q`.
fn quoted_end(text: &str, start: usize, q: u8) -> Option<usize> {
    let b = text.as_bytes();
    if b.get(start) != Some(&q) {
        return None;
    }
    let mut i = start + 1;
    while i < b.len() {
        match b[i] {
            b'\\' if q == b'"' => i += 2,
            c if c == q && q == b'\'' && b.get(i + 1) == Some(&q) => i += 2,
            c if c == q => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, r: Option<Range<usize>>) -> &str {
        r.map_or("<none>", |r| &text[r])
    }

    #[test]
    fn finds_nested_keys_and_sequence_items() {
        let t = "id: a\nnodes:\n  ask:\n    kind: question\n    choices:\n      - key: yes\n        next: done   # go\n      - {key: no, next: other}\n    raise: [x, y]\n";
        let idx = PosIndex::scan(t);
        assert!(idx.problems.is_empty(), "{:?}", idx.problems);
        assert_eq!(at(t, idx.value("id")), "a");
        assert_eq!(at(t, idx.value("nodes.ask.kind")), "question");
        assert_eq!(at(t, idx.value("nodes.ask.choices.0.key")), "yes");
        assert_eq!(at(t, idx.value("nodes.ask.choices.0.next")), "done");
        assert_eq!(at(t, idx.value("nodes.ask.choices.1.next")), "other");
        assert_eq!(at(t, idx.value("nodes.ask.choices.1")), "{key: no, next: other}");
        assert_eq!(at(t, idx.value("nodes.ask.raise")), "[x, y]");
        assert_eq!(at(t, idx.value("nodes.ask.raise.1")), "y");
        assert_eq!(at(t, idx.key("nodes.ask")), "ask");
        assert_eq!(at(t, idx.best("nodes.ask.choices.0.nope")), "-");
        assert_eq!(at(t, idx.best("nodes.ask")), "ask");
    }

    #[test]
    fn compact_sequence_under_key() {
        let t = "items:\n- key: a\n  label: b\n- key: c\nnext: z\n";
        let idx = PosIndex::scan(t);
        assert_eq!(at(t, idx.value("items.1.key")), "c");
        assert_eq!(at(t, idx.value("items.0.label")), "b");
        assert_eq!(at(t, idx.value("next")), "z");
    }

    #[test]
    fn quoted_values_and_letters_beyond_ascii() {
        let t = "a: \"æ\\\"øå\"  # x\nb: 'x '' y' # note\nc: ø\n";
        let idx = PosIndex::scan(t);
        assert_eq!(at(t, idx.value("a")), "\"æ\\\"øå\"");
        assert_eq!(at(t, idx.value("b")), "'x '' y'");
        assert_eq!(at(t, idx.value("c")), "ø");
        assert_eq!(at(t, idx.key("c")), "c");
    }

    #[test]
    fn duplicate_keys_are_found_with_both_places() {
        let t = "nodes:\n  a:\n    kind: info\n  a:\n    kind: info\n";
        let idx = PosIndex::scan(t);
        // One problem: the keys under the second `a` are not duplicates themselves.
        match &idx.problems[..] {
            [ScanProblem::DuplicateKey { key, at, first }] => {
                assert_eq!(key, "a");
                assert_eq!(at.start, 29);
                assert_eq!(first.start, 9);
            }
            p => panic!("{p:?}"),
        }
        let t2 = "source: {doc: a, doc: b}\n";
        assert!(matches!(&PosIndex::scan(t2).problems[..], [ScanProblem::DuplicateKey { .. }]));
    }

    #[test]
    fn same_key_in_sibling_items_is_not_a_duplicate() {
        let t = "c:\n  - key: a\n  - key: b\n";
        assert!(PosIndex::scan(t).problems.is_empty());
    }

    #[test]
    fn anchors_aliases_and_merge_keys_are_found() {
        for t in [
            "a: &x 1\nb: *x\n",
            "a: &x [1]\nb: [*x]\n",
            "a: &x 1\nb:\n  - *x\n",
            "a:\n  <<: {b: 1}\n",
            "a: &x\n  b: 1\n",
        ] {
            assert!(may_alias(t), "{t}");
            assert!(PosIndex::scan(t).problems.iter().any(|p| matches!(p, ScanProblem::Alias { .. })), "{t}");
        }
        let t = "a: &x 1\nb: *x\n";
        let places: Vec<&str> = PosIndex::scan(t)
            .problems
            .iter()
            .filter_map(|p| match p {
                ScanProblem::Alias { at: r } => Some(&t[r.clone()]),
                _ => None,
            })
            .collect();
        assert_eq!(places, ["&x", "*x"]);
        // Quoted and mid-word stars and ampersands are text.
        for t in
            ["a: \"*x\"\n", "a: b & c *d\n", "a: 'x'\n", "a: |\n  *not an alias\n", "a: this is\n  *not* an alias\n"]
        {
            assert!(PosIndex::scan(t).problems.is_empty(), "{t}");
        }
        // The byte test lets a file without any through.
        assert!(!may_alias("id: a\nnodes:\n  b: {doc: x}\n  c: a*b&c\n"));
    }

    #[test]
    fn depth_is_limited() {
        let mut t = String::new();
        for i in 0..40 {
            t.push_str(&" ".repeat(i * 2));
            t.push_str(&format!("k{i}:\n"));
        }
        match &PosIndex::scan(&t).problems[..] {
            // The 33rd mapping starts at `k32`, the key of the 33rd level.
            [ScanProblem::TooDeep { at: r }] => assert_eq!(&t[r.clone()], "k32:"),
            p => panic!("{p:?}"),
        }
        let flow = format!("a: {}{}\n", "[".repeat(40), "]".repeat(40));
        match &PosIndex::scan(&flow).problems[..] {
            // Under the root mapping, the 32nd bracket opens the 33rd level.
            [ScanProblem::TooDeep { at: r }] => assert_eq!(r.start, 3 + 31),
            p => panic!("{p:?}"),
        }
    }

    #[test]
    fn the_depth_bound_is_never_below_the_depth() {
        let mut t = String::new();
        for i in 0..20 {
            t.push_str(&" ".repeat(i * 2));
            t.push_str(&format!("k{i}:\n"));
        }
        assert!(may_nest_deep(&t));
        assert!(may_nest_deep(&format!("a: {}{}\n", "[".repeat(30), "]".repeat(30))));
        // Closers in quotes do not close.
        assert!(may_nest_deep(&format!("a: [\"{}\", {}\n", "]".repeat(30), "[".repeat(30))));
        assert!(may_nest_deep(&format!("a:\n{}x\n", "- ".repeat(20))));
        // An ordinary flow file is let through.
        let t = "id: a\nsource: {doc: x}\nnodes:\n  ask:\n    choices:\n      - key: y\n        set: [a, b]\n";
        assert!(!may_nest_deep(t));
        assert!(PosIndex::scan(t).problems.is_empty());
    }

    #[test]
    fn a_megabyte_of_brackets_is_refused_fast() {
        let t = format!("id: {}{}\n", "[".repeat(500_000), "]".repeat(500_000));
        let started = std::time::Instant::now();
        match &PosIndex::scan(&t).problems[..] {
            [ScanProblem::TooDeep { at: r }] => assert_eq!(r.start, 4 + 31),
            p => panic!("{p:?}"),
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        // Past the bracket limit in quotes: refused too, at the bracket past the limit.
        let t = format!("a: \"{}\"\n", "[".repeat(100));
        match &PosIndex::scan(&t).problems[..] {
            [ScanProblem::TooDeep { at: r }] => assert_eq!(r.start, 4 + MAX_BRACKETS),
            p => panic!("{p:?}"),
        }
    }

    #[test]
    fn continuation_lines_are_one_value() {
        let t = "a: this is\n  *not* an alias\nb: x\n";
        let idx = PosIndex::scan(t);
        assert!(idx.problems.is_empty());
        assert_eq!(at(t, idx.value("b")), "x");
        assert!(at(t, idx.value("a")).starts_with("this is"));
    }

    #[test]
    fn strings_with_unsafe_characters_once_decoded() {
        let t = "a: \"x\\e[31m\"\nb:\n  - ok\n  - \"\\u202e\"\n\"k\\x07\": 1\n";
        let idx = PosIndex::scan(t);
        assert_eq!(idx.unsafe_strings, ["a", "b.1", "k\u{7}"]);
    }

    #[test]
    fn a_broken_file_keeps_what_came_before() {
        let t = "a: 1\nb: 2\n  c: [\n";
        let idx = PosIndex::scan(t);
        assert_eq!(at(t, idx.value("a")), "1");
    }
}
