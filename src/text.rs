//! Text layout shared by the screen and the line mode: turn a Fluent text into paragraphs
//! and lines, and wrap lines to a width. Pure functions, no terminal.

use ratatui::text::Span;

/// Display width of a string in terminal cells.
pub fn width(s: &str) -> usize {
    Span::raw(s).width()
}

/// A line of a text body after reflowing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Running text: wrap it to the width.
    Text(String),
    /// A list item (starts with a dash or a bullet): wrap with a hanging indent.
    Bullet(String),
    /// An empty line between paragraphs.
    Gap,
}

/// A list item: starts with a dash, bullet or `1.`/`1)`.
pub fn is_bullet(line: &str) -> bool {
    let t = line.trim_start();
    let mut ch = t.chars();
    match ch.next() {
        Some('-' | '–' | '—' | '•' | '*' | '·') => ch.next().is_some_and(char::is_whitespace),
        Some(c) if c.is_ascii_digit() => {
            let rest: String = t.chars().skip_while(char::is_ascii_digit).take(2).collect();
            rest.starts_with(". ") || rest.starts_with(") ")
        }
        _ => false,
    }
}

/// Reflows a text as the content files write it: lines that a writer broke in the middle
/// of a paragraph are joined, so that the text wraps to the window rather than to the
/// editor's width (a line ending in `:` is no exception: the content breaks lines after
/// colons in mid-sentence). Kept apart: list items (a dash, bullet or number first) and
/// paragraphs (an empty line between them).
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut cur: Option<Block> = None;
    let flush = |cur: &mut Option<Block>, out: &mut Vec<Block>| {
        if let Some(b) = cur.take() {
            out.push(b);
        }
    };
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() {
            flush(&mut cur, &mut out);
            if !out.is_empty() && out.last() != Some(&Block::Gap) {
                out.push(Block::Gap);
            }
            continue;
        }
        if is_bullet(line) {
            flush(&mut cur, &mut out);
            cur = Some(Block::Bullet(line.to_string()));
            continue;
        }
        match &mut cur {
            Some(Block::Text(s)) => {
                s.push(' ');
                s.push_str(line);
            }
            Some(Block::Bullet(s)) if !s.ends_with(':') && !s.ends_with('.') => {
                // A list item that a writer broke over two lines.
                s.push(' ');
                s.push_str(line);
            }
            _ => {
                flush(&mut cur, &mut out);
                cur = Some(Block::Text(line.to_string()));
            }
        }
    }
    flush(&mut cur, &mut out);
    while out.last() == Some(&Block::Gap) {
        out.pop();
    }
    out
}

/// Wraps `text` to lines of at most `width` cells, breaking at spaces; a word longer
/// than the width is broken where it must be. Never returns an empty list.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    // Every line of the screen is cut here: nothing that steers a terminal gets through.
    let text = crate::safe::visible(text);
    let width = width.max(1);
    fill(text.split(' ').filter(|w| !w.is_empty()), width, self::width, |_| false, |w| cut_chars(w, width))
}

/// The greedy fill both wraps share: words joined by one space while they fit; a word
/// too wide for the line starts a line of its own, kept whole where `whole` says so, else
/// cut into the lines `cut` gives (the last one goes on). Never returns an empty list.
fn fill<'a>(
    words: impl IntoIterator<Item = &'a str>,
    width: usize,
    measure: impl Fn(&str) -> usize,
    whole: impl Fn(&str) -> bool,
    cut: impl Fn(&str) -> Vec<String>,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut cur_w = 0usize;
    for word in words {
        let ww = measure(word);
        if cur_w > 0 && cur_w + 1 + ww <= width {
            cur.push(' ');
            cur.push_str(word);
            cur_w += 1 + ww;
            continue;
        }
        if cur_w > 0 {
            lines.push(std::mem::take(&mut cur));
            cur_w = 0;
        }
        if ww <= width || whole(word) {
            cur.push_str(word);
            cur_w = ww;
            continue;
        }
        for l in cut(word) {
            if cur_w > 0 {
                lines.push(std::mem::take(&mut cur));
            }
            cur.push_str(&l);
            cur_w = self::width(&cur);
        }
    }
    if cur_w > 0 || lines.is_empty() {
        lines.push(cur);
    }
    lines
}

/// A word wider than the line, cut where it must be: each piece at most `width` cells.
fn cut_chars(word: &str, width: usize) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut cur = String::new();
    let mut cur_w = 0usize;
    for c in word.chars() {
        let cw = self::width(c.encode_utf8(&mut [0; 4]));
        if cur_w + cw > width && cur_w > 0 {
            pieces.push(std::mem::take(&mut cur));
            cur_w = 0;
        }
        cur.push(c);
        cur_w += cw;
    }
    pieces.push(cur);
    pieces
}

/// Like [`wrap`], for the line mode: a web address (or e-mail address) is never cut,
/// even when it is wider than the line (it stands alone on a line of its own), and a phone
/// number written in groups of digits ("22 40 00 40", "+47 116 117") is never broken
/// between its groups. A screen reader, a copy and a paste get them whole.
pub fn wrap_whole(text: &str, width: usize) -> Vec<String> {
    // Glue digit groups together with a sign that is not a space, wrap, then ungap.
    const GLUE: char = '\u{E000}';
    let digits = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == '+');
    let mut words: Vec<String> = Vec::new();
    for w in text.split(' ').filter(|w| !w.is_empty()) {
        match words.last_mut() {
            Some(prev) if digits(prev.rsplit(GLUE).next().unwrap_or(prev)) && w.chars().all(|c| c.is_ascii_digit()) => {
                prev.push(GLUE);
                prev.push_str(w);
            }
            _ => words.push(w.to_string()),
        }
    }
    let whole = |w: &str| w.contains("://") || w.starts_with("www.") || w.contains('@') || w.contains(GLUE);
    let width = width.max(1);
    let measure = |w: &str| self::width(&w.replace(GLUE, " "));
    let lines = fill(words.iter().map(String::as_str), width, measure, whole, |w| wrap(w, width));
    lines.into_iter().map(|l| crate::safe::visible(&l.replace(GLUE, " ")).into_owned()).collect()
}

/// Cuts `s` to at most `width` cells, with `…` at the end when something was cut.
pub fn truncate(s: &str, width: usize) -> String {
    let s = crate::safe::visible(s);
    let s = s.as_ref();
    if self::width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = self::width(c.encode_utf8(&mut [0; 4]));
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Cuts `s` to at most `width` cells from the start, with `…` first when something was
/// cut: for a breadcrumb, where the end (where you are) matters most.
pub fn truncate_start(s: &str, width: usize) -> String {
    let s = crate::safe::visible(s);
    let s = s.as_ref();
    if self::width(s) <= width {
        return s.to_string();
    }
    let mut tail: Vec<char> = Vec::new();
    let mut w = 0;
    for c in s.chars().rev() {
        let cw = self::width(c.encode_utf8(&mut [0; 4]));
        if w + cw + 1 > width {
            break;
        }
        tail.push(c);
        w += cw;
    }
    let mut out = String::new();
    if width > 0 {
        out.push('…');
    }
    out.extend(tail.into_iter().rev());
    out
}

/// Cuts `s` to at most `width` cells at a word boundary, with `…` at the end when
/// something was cut; a word is cut only when not even the first one fits.
pub fn truncate_words(s: &str, width: usize) -> String {
    if self::width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        let next = if out.is_empty() { word.to_string() } else { format!("{out} {word}") };
        if self::width(&next) + 1 > width {
            break;
        }
        out = next;
    }
    // No dangling separator before the ellipsis.
    let kept = out.trim_end_matches([' ', '\u{203a}', '>', ',', ';', ':']).trim_end();
    if kept.is_empty() {
        return truncate(s, width);
    }
    format!("{kept}\u{2026}")
}

/// Cuts `s` to at most `width` cells from the start at a word boundary, with `… ` first
/// when something was cut: for a breadcrumb, where the end (where you are) matters most.
/// A word is cut only when not even the last one fits.
pub fn truncate_start_words(s: &str, width: usize) -> String {
    if self::width(s) <= width {
        return s.to_string();
    }
    let words: Vec<&str> = s.split(' ').filter(|w| !w.is_empty()).collect();
    let mut tail: Vec<&str> = Vec::new();
    for word in words.iter().rev() {
        let mut t = vec![*word];
        t.extend(tail.iter());
        if self::width(&t.join(" ")) + 2 > width {
            break;
        }
        tail = t;
    }
    // Start after a separator, not with one.
    while tail.first().is_some_and(|w| matches!(*w, "\u{203a}" | ">" | "-" | "\u{2013}")) {
        tail.remove(0);
    }
    if tail.is_empty() {
        return truncate_start(s, width);
    }
    format!("\u{2026} {}", tail.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_lines_broken_mid_paragraph() {
        let t = "Mange som er utnyttet, vil ikke fortelle om det. Ofte er saken\nikke mer avklart etter én samtale.";
        assert_eq!(
            blocks(t),
            vec![Block::Text(
                "Mange som er utnyttet, vil ikke fortelle om det. Ofte er saken ikke mer avklart etter én samtale."
                    .into()
            )]
        );
    }

    #[test]
    fn keeps_list_items_paragraphs_and_colon_lines() {
        let t = "Følg rådene:\n– Ikke gjør skade.\n– Kjenn temaet,\nog vurder risikoen.\n\n\nSlutt.\n1. En\n2) To";
        assert_eq!(
            blocks("Det er ikke et nederlag:\nsamtalen hjelper."),
            vec![Block::Text("Det er ikke et nederlag: samtalen hjelper.".into())]
        );
        assert_eq!(
            blocks(t),
            vec![
                Block::Text("Følg rådene:".into()),
                Block::Bullet("– Ikke gjør skade.".into()),
                Block::Bullet("– Kjenn temaet, og vurder risikoen.".into()),
                Block::Gap,
                Block::Text("Slutt.".into()),
                Block::Bullet("1. En".into()),
                Block::Bullet("2) To".into()),
            ]
        );
        assert_eq!(blocks("-5 grader er kaldt"), vec![Block::Text("-5 grader er kaldt".into())]);
        assert!(blocks("").is_empty());
    }

    #[test]
    fn wraps_at_spaces_and_cuts_long_words() {
        assert_eq!(wrap("aaa bbb ccc", 7), vec!["aaa bbb", "ccc"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 10), vec![""]);
        assert_eq!(wrap("æøå æøå", 3), vec!["æøå", "æøå"]);
        for l in wrap("Personen kan være under 18: et nei opphever ikke meldeplikten.", 12) {
            assert!(width(&l) <= 12, "{l}");
        }
    }

    #[test]
    fn control_characters_never_reach_a_line() {
        let hostile = "Police \u{1b}]52;c;aGFja2Vk\u{7}\u{1b}[31mRED \u{202e}dlrow";
        for l in wrap(hostile, 12).iter().chain([&truncate(hostile, 10), &truncate_start(hostile, 10)]) {
            assert!(!l.chars().any(crate::safe::is_unsafe), "{l:?}");
        }
        assert!(wrap(hostile, 80)[0].contains("\u{241b}[31mRED"));
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(truncate_start("a › b › cde", 6), "…› cde");
        assert_eq!(truncate_start("abc", 3), "abc");
    }

    #[test]
    fn truncates_at_word_boundaries() {
        let crumb = "Mistanke om menneskehandel › Barnesporet › Meld til barneverntjenesten";
        let cut = truncate_start_words(crumb, 44);
        assert_eq!(cut, "… Barnesporet › Meld til barneverntjenesten");
        assert!(width(&cut) <= 44);
        // Never starts with a separator or half a word.
        assert_eq!(truncate_start_words(crumb, 32), "… Meld til barneverntjenesten");
        assert_eq!(truncate_start_words(crumb, 20), "… barneverntjenesten");
        assert_eq!(truncate_start_words("abc", 3), "abc");
        // One word longer than the room: cut it, there is no boundary.
        assert_eq!(truncate_start_words("barneverntjenesten", 8), "…enesten");
        assert_eq!(truncate_words("Først: haster noe? Ja", 14), "Først: haster…");
        assert_eq!(truncate_words("Først: haster noe?", 9), "Først…");
        assert_eq!(truncate_words("abcdefgh", 4), "abc…");
        for w in 1..60 {
            assert!(width(&truncate_words(crumb, w)) <= w.max(1), "{w}");
            assert!(width(&truncate_start_words(crumb, w)) <= w.max(1), "{w}");
        }
    }
}
