//! A small position index over block-style YAML: where each key and value of a path such
//! as `nodes.ask-age.choices.1.next` stands in the text. serde_yaml gives positions only
//! for its own errors; the checker needs them for semantic ones too. The scan also finds
//! what serde_yaml would accept silently or slowly: duplicate keys, anchors and aliases,
//! and nesting deeper than the limit.
//!
//! The scan is best effort for YAML it does not understand (it then records less); it
//! never reports a duplicate or an alias that is not there.

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
    /// path -> (key span, value span); for sequence items the key span is the dash.
    entries: HashMap<String, (Range<usize>, Range<usize>)>,
    pub problems: Vec<ScanProblem>,
}

#[derive(Debug, Clone)]
enum Seg {
    Key(String),
    Index(usize),
}

#[derive(Debug)]
struct Level {
    indent: usize,
    seg: Seg,
    /// For a key: its value is on its own line(s) below (block), so a `- ` at the same
    /// indent belongs to it.
    opens_block: bool,
    /// Items counted so far in a sequence that belongs to this level.
    seq_items: usize,
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

    pub fn scan(text: &str) -> PosIndex {
        let mut idx = PosIndex::default();
        let mut stack: Vec<Level> = Vec::new();
        // Root-level sequence counter (a document that is a list).
        let mut root_items = 0usize;
        // Lines indented more than this belong to a scalar above (continuation or block
        // scalar) and are skipped.
        let mut skip_above: Option<usize> = None;
        let mut offset = 0usize;
        for raw_line in text.split_inclusive('\n') {
            let line_start = offset;
            offset += raw_line.len();
            let line = raw_line.trim_end_matches(['\n', '\r']);
            let trimmed = line.trim_start_matches(' ');
            let indent = line.len() - trimmed.len();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            if let Some(limit) = skip_above {
                if indent > limit {
                    continue;
                }
                skip_above = None;
            }
            if trimmed == "---" || trimmed == "..." || trimmed.starts_with("%") {
                stack.clear();
                continue;
            }
            let mut col = indent;
            let mut rest = trimmed;
            // Any number of `- ` prefixes.
            loop {
                let is_dash = rest == "-" || rest.starts_with("- ");
                if !is_dash {
                    break;
                }
                // Pop to the owner of this sequence.
                while let Some(top) = stack.last() {
                    if top.indent > col || (top.indent == col && !(matches!(top.seg, Seg::Key(_)) && top.opens_block)) {
                        stack.pop();
                    } else {
                        break;
                    }
                }
                let n = match stack.last_mut() {
                    Some(top) => {
                        top.seq_items += 1;
                        top.seq_items - 1
                    }
                    None => {
                        root_items += 1;
                        root_items - 1
                    }
                };
                if stack.len() >= MAX_DEPTH {
                    idx.problems.push(ScanProblem::TooDeep { at: line_start + col..line_start + line.len() });
                    return idx;
                }
                stack.push(Level { indent: col, seg: Seg::Index(n), opens_block: false, seq_items: 0 });
                let dash = line_start + col..line_start + col + 1;
                let after = rest[1..].trim_start_matches(' ');
                let new_col = col + (rest.len() - after.len());
                let path = path_of(&stack);
                let value_span = if after.is_empty() || key_split(after).is_some() {
                    line_start + new_col..line_start + new_col
                } else {
                    let v = strip_comment(after);
                    line_start + new_col..line_start + new_col + v.len()
                };
                idx.entries.insert(path.clone(), (dash, value_span));
                col = new_col;
                rest = after;
                if rest.is_empty() {
                    break;
                }
                if key_split(rest).is_none() && !(rest == "-" || rest.starts_with("- ")) {
                    // A scalar or flow item.
                    let v = strip_comment(rest);
                    idx.check_value(v, line_start + col, stack.len(), &path);
                    skip_above = Some(col.saturating_sub(1));
                    rest = "";
                    break;
                }
            }
            if rest.is_empty() {
                continue;
            }
            let Some((key, after_colon)) = key_split(rest) else {
                // Something we do not understand (a multi-line flow collection, say).
                continue;
            };
            while let Some(top) = stack.last() {
                if top.indent >= col {
                    stack.pop();
                } else {
                    break;
                }
            }
            let key_span = line_start + col..line_start + col + key.raw_len;
            if key.name == "<<" {
                idx.problems.push(ScanProblem::Alias { at: key_span.clone() });
            }
            let parent = path_of(&stack);
            let path = if parent.is_empty() { key.name.clone() } else { format!("{parent}.{}", key.name) };
            let value_col = col + (rest.len() - after_colon.len());
            let v = strip_comment(after_colon);
            let value_span = line_start + value_col..line_start + value_col + v.len();
            let mut seg_name = key.name.clone();
            if let Some((first, _)) = idx.entries.get(&path) {
                idx.problems.push(ScanProblem::DuplicateKey {
                    key: key.name.clone(),
                    at: key_span.clone(),
                    first: first.clone(),
                });
                // What stands under the second copy is not a duplicate of what stands
                // under the first: give it a path of its own.
                seg_name = format!("{}\u{0}dup{}", key.name, key_span.start);
            } else {
                idx.entries.insert(path.clone(), (key_span, value_span));
            }
            if stack.len() >= MAX_DEPTH {
                idx.problems.push(ScanProblem::TooDeep { at: line_start + col..line_start + line.len() });
                return idx;
            }
            stack.push(Level {
                indent: col,
                seg: Seg::Key(seg_name),
                opens_block: v.is_empty() || is_anchor_only(v),
                seq_items: 0,
            });
            if !v.is_empty() {
                idx.check_value(v, line_start + value_col, stack.len(), &path);
                if !is_anchor_only(v) {
                    // Continuation lines of this scalar, or a block scalar's body.
                    skip_above = Some(col);
                }
            }
        }
        idx
    }

    /// A value written on the key's own line: aliases, anchors, flow collections.
    fn check_value(&mut self, v: &str, at: usize, depth: usize, path: &str) {
        let bytes = v.as_bytes();
        match bytes.first() {
            Some(b'&') | Some(b'*') => {
                let end = v.find([' ', ',', ']', '}']).unwrap_or(v.len());
                self.problems.push(ScanProblem::Alias { at: at..at + end });
            }
            Some(b'[') | Some(b'{') => self.scan_flow(v, at, depth, path),
            _ => {}
        }
    }

    /// One line of flow collection: `{doc: seed-004, section: x}` or `[a, b]`. Records
    /// the keys and items of the outermost level, finds aliases and counts depth.
    fn scan_flow(&mut self, v: &str, at: usize, depth: usize, path: &str) {
        let mut level = 0usize;
        let mut in_quote: Option<u8> = None;
        let mut token_start = true;
        let bytes = v.as_bytes();
        let outer_is_map = bytes.first() == Some(&b'{');
        let mut item_start: Option<usize> = None;
        let mut item_no = 0usize;
        let mut seen_keys: HashMap<String, Range<usize>> = HashMap::new();
        let mut i = 0;
        while i < bytes.len() {
            let c = bytes[i];
            if let Some(q) = in_quote {
                if c == q {
                    in_quote = None;
                }
                i += 1;
                continue;
            }
            match c {
                b'"' | b'\'' if token_start => in_quote = Some(c),
                b'[' | b'{' => {
                    level += 1;
                    if depth + level > MAX_DEPTH {
                        self.problems.push(ScanProblem::TooDeep { at: at + i..at + i + 1 });
                        return;
                    }
                    if level == 1 {
                        item_start = Some(i + 1);
                    }
                }
                b']' | b'}' | b',' => {
                    if level == 1 {
                        if let Some(s) = item_start {
                            self.flow_item(v, at, s, i, outer_is_map, item_no, path, &mut seen_keys);
                            item_no += 1;
                        }
                        item_start = Some(i + 1);
                    }
                    if c != b',' {
                        level = level.saturating_sub(1);
                    }
                }
                b'&' | b'*' if token_start => {
                    let end = v[i..].find([' ', ',', ']', '}']).map_or(v.len(), |e| i + e);
                    self.problems.push(ScanProblem::Alias { at: at + i..at + end });
                }
                _ => {}
            }
            token_start = matches!(c, b' ' | b'[' | b'{' | b',' | b':');
            i += 1;
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn flow_item(
        &mut self,
        v: &str,
        at: usize,
        s: usize,
        e: usize,
        is_map: bool,
        n: usize,
        path: &str,
        seen: &mut HashMap<String, Range<usize>>,
    ) {
        let item = &v[s..e];
        let lead = item.len() - item.trim_start().len();
        let item_t = item.trim();
        if item_t.is_empty() {
            return;
        }
        let start = at + s + lead;
        if is_map {
            if let Some((k, after)) = key_split(item_t) {
                let key_span = start..start + k.raw_len;
                let vcol = item_t.len() - after.len();
                let val = after.trim();
                let vstart = start + vcol + (after.len() - after.trim_start().len());
                let p = format!("{path}.{}", k.name);
                if let Some(first) = seen.get(&k.name) {
                    self.problems.push(ScanProblem::DuplicateKey {
                        key: k.name.clone(),
                        at: key_span.clone(),
                        first: first.clone(),
                    });
                } else {
                    seen.insert(k.name.clone(), key_span.clone());
                    self.entries.insert(p, (key_span, vstart..vstart + val.len()));
                }
            }
        } else {
            let span = start..start + item_t.len();
            self.entries.insert(format!("{path}.{n}"), (span.clone(), span));
        }
    }
}

fn is_anchor_only(v: &str) -> bool {
    v.starts_with('&') && !v.contains(' ')
}

fn path_of(stack: &[Level]) -> String {
    let mut s = String::new();
    for l in stack {
        if !s.is_empty() {
            s.push('.');
        }
        match &l.seg {
            Seg::Key(k) => s.push_str(k),
            Seg::Index(i) => s.push_str(&i.to_string()),
        }
    }
    s
}

struct Key {
    name: String,
    raw_len: usize,
}

/// `key: rest` -> (key, rest after the colon). Handles plain and quoted keys.
fn key_split(s: &str) -> Option<(Key, &str)> {
    let bytes = s.as_bytes();
    let (name, raw_len) = match bytes.first()? {
        b'"' | b'\'' => {
            let q = bytes[0] as char;
            let end = s[1..].find(q)? + 1;
            (s[1..end].to_string(), end + 1)
        }
        b'[' | b'{' | b'&' | b'*' | b'|' | b'>' | b'#' | b'!' | b'%' | b'@' | b'`' => {
            return None;
        }
        _ => {
            let mut end = None;
            for (i, c) in s.char_indices() {
                if c == ':' {
                    let next = s[i + 1..].chars().next();
                    if next.is_none() || next == Some(' ') {
                        end = Some(i);
                        break;
                    }
                }
                if c == '#' && i > 0 && s.as_bytes()[i - 1] == b' ' {
                    return None;
                }
            }
            let end = end?;
            (s[..end].trim_end().to_string(), end)
        }
    };
    let after = &s[raw_len..];
    let after = after.strip_prefix(':')?;
    if !(after.is_empty() || after.starts_with(' ')) {
        return None;
    }
    Some((Key { name, raw_len }, after.trim_start_matches(' ')))
}

/// The value without a trailing ` # comment` (outside quotes) and trailing spaces.
fn strip_comment(v: &str) -> &str {
    let mut in_quote: Option<char> = None;
    let mut prev = ' ';
    for (i, c) in v.char_indices() {
        match in_quote {
            Some(q) if c == q => in_quote = None,
            Some(_) => {}
            None if (c == '"' || c == '\'') && (prev == ' ' || i == 0) => in_quote = Some(c),
            None if c == '#' && prev == ' ' => return v[..i].trim_end(),
            None => {}
        }
        prev = c;
    }
    v.trim_end()
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
        assert_eq!(at(t, idx.value("nodes.ask.raise.1")), "y");
        assert_eq!(at(t, idx.key("nodes.ask")), "ask");
        assert_eq!(at(t, idx.best("nodes.ask.choices.0.nope")), "-");
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
        for t in ["a: &x 1\nb: *x\n", "a: [*x]\n", "a:\n  - *x\n", "a:\n  <<: {b: 1}\n", "a: &x\n  b: 1\n"] {
            assert!(PosIndex::scan(t).problems.iter().any(|p| matches!(p, ScanProblem::Alias { .. })), "{t}");
        }
        // Quoted and mid-word stars and ampersands are text.
        for t in ["a: \"*x\"\n", "a: b & c *d\n", "a: 'x'\n", "a: |\n  *not an alias\n"] {
            assert!(PosIndex::scan(t).problems.is_empty(), "{t}");
        }
    }

    #[test]
    fn depth_is_limited() {
        let mut t = String::new();
        for i in 0..40 {
            t.push_str(&" ".repeat(i * 2));
            t.push_str(&format!("k{i}:\n"));
        }
        assert!(matches!(PosIndex::scan(&t).problems[..], [ScanProblem::TooDeep { .. }]));
        let flow = format!("a: {}{}\n", "[".repeat(40), "]".repeat(40));
        assert!(matches!(PosIndex::scan(&flow).problems[..], [ScanProblem::TooDeep { .. }]));
    }

    #[test]
    fn continuation_lines_are_skipped() {
        let t = "a: this is\n  *not* an alias\nb: x\n";
        let idx = PosIndex::scan(t);
        assert!(idx.problems.is_empty());
        assert_eq!(at(t, idx.value("b")), "x");
    }
}
