//! The line modes on top of the engine: `--plain` for people and screen readers, `--json`
//! for programs. One step at a time on the output, one answer a line on the input.
//!
//! This module reads the answers and moves the session; what is said is said by one of
//! two [`Talk`]s, each in its own module: [`plain`] (text for people, every character
//! made visible) and [`json`] (one object a line). Neither knows of the other.

mod json;
mod plain;

use crate::engine::{Answer, EngineError, Session, StepKind};
use crate::i18n::{Lang, Msg, Texts};
use crate::safe;
use crate::view::{StepView, SummaryView, summary_view};
use std::io::{BufRead, Write};

pub use crate::export::summary::Layout;

/// How `walk` talks: plain lines for people and screen readers, or one JSON object per
/// line for programs (`--format plain|json`, or `--plain`, `--json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Plain,
    Json,
}

/// Something the user must know before the first step (a local contact directory left
/// out). In --plain a line; in --json `{"type":"notice","id","message","path"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// A stable name for programs, e.g. `local-contacts-ignored`.
    pub id: &'static str,
    /// The text in the session's language.
    pub message: String,
    pub path: Option<String>,
}

/// How a walk ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// Reached the end of the case; the summary was written.
    Done,
    /// `quit`, or the input ended.
    Quit,
    /// Reached the end of the case, but what was to be done with the summary (an
    /// export) failed; the walk has said so.
    SummaryFailed,
}

/// What a line of input means at a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    Answer(Answer),
    Back,
    Quit,
    /// Show why this step matters.
    Why,
    /// A tool-message id saying what is wrong, with its argument.
    Invalid(&'static str, String),
}

/// The words that go back, quit and ask why, in every language there is (a worker who
/// switched the tool's language may still type the words of the other).
#[derive(Debug, Clone, Default)]
pub struct Commands {
    back: Vec<String>,
    quit: Vec<String>,
    why: Vec<String>,
}

impl Commands {
    /// From `walk-cmd-back`, `walk-cmd-quit` and `walk-cmd-why` (comma-separated words) in
    /// every language of `texts`.
    pub fn of(texts: &Texts) -> Commands {
        let words = |id: &str| -> Vec<String> {
            let mut v: Vec<String> = texts
                .langs()
                .into_iter()
                .flat_map(|l| texts.get(l, id).split(',').map(|w| w.trim().to_lowercase()).collect::<Vec<_>>())
                .filter(|w| !w.is_empty() && !w.starts_with('['))
                .collect();
            v.dedup();
            v
        };
        Commands { back: words("walk-cmd-back"), quit: words("walk-cmd-quit"), why: words("walk-cmd-why") }
    }
}

/// Reads one answer line against the current step.
pub fn parse_line(line: &str, view: &StepView, cmds: &Commands) -> Parsed {
    let l = line.trim();
    let lower = l.to_lowercase();
    if cmds.back.contains(&lower) {
        return Parsed::Back;
    }
    if cmds.quit.contains(&lower) {
        return Parsed::Quit;
    }
    if cmds.why.contains(&lower) {
        return Parsed::Why;
    }
    match view.kind {
        StepKind::Question => {
            if l.is_empty() {
                return Parsed::Invalid("walk-err-choose", numbers(&view.choices));
            }
            if let Ok(n) = l.parse::<usize>() {
                // The number the choice has in its flow file, as shown.
                return match view.choices.iter().find(|c| c.number == n) {
                    Some(c) => Parsed::Answer(Answer::Choose(c.key.clone())),
                    None => Parsed::Invalid("walk-err-number", numbers(&view.choices)),
                };
            }
            match view.choices.iter().find(|c| c.key == lower) {
                Some(c) => Parsed::Answer(Answer::Choose(c.key.clone())),
                None => Parsed::Invalid("walk-err-unknown", excerpt(l)),
            }
        }
        StepKind::Checklist => {
            let mut keys = Vec::new();
            for tok in l.split([' ', ',', ';', '\t']).filter(|t| !t.is_empty()) {
                let item = match tok.parse::<usize>() {
                    Ok(n) => view.items.iter().find(|i| i.number == n),
                    Err(_) => view.items.iter().find(|i| i.key == tok.to_lowercase()),
                };
                match item {
                    Some(i) => keys.push(i.key.clone()),
                    None => return Parsed::Invalid("walk-err-item", excerpt(tok)),
                }
            }
            // What is already known stays ticked.
            for k in &view.known {
                if !keys.contains(k) {
                    keys.push(k.clone());
                }
            }
            Parsed::Answer(Answer::Tick(keys))
        }
        StepKind::Info | StepKind::Outcome => {
            if l.is_empty() {
                Parsed::Answer(Answer::Continue)
            } else {
                Parsed::Invalid("walk-err-continue", excerpt(l))
            }
        }
    }
}

/// The numbers that answer, as the step shows them: "1, 2, 3, 0".
fn numbers(choices: &[crate::view::Labelled]) -> String {
    choices.iter().map(|c| c.number.to_string()).collect::<Vec<_>>().join(", ")
}

/// What to do with the summary once the case is done.
pub trait OnSummary {
    /// Called once, when the summary is reached; the message to show on failure (the
    /// walk shows it and ends with [`End::SummaryFailed`]).
    fn done(&mut self, session: &Session, texts: &Texts, lang: Lang) -> Result<(), Msg>;
}

/// Nothing: the default.
pub struct Nothing;

impl OnSummary for Nothing {
    fn done(&mut self, _: &Session, _: &Texts, _: Lang) -> Result<(), Msg> {
        Ok(())
    }
}

/// What a walk says, in one of its two forms. The walk decides what happens; a `Talk`
/// only says it.
trait Talk {
    /// Something the user must know before the first step.
    fn notice(&mut self, n: &Notice) -> std::io::Result<()>;
    /// Before the first step (how to answer).
    fn intro(&mut self) -> std::io::Result<()>;
    /// A step to answer.
    fn step(&mut self, v: &StepView) -> std::io::Result<()>;
    /// The case is done: its last step `last`, then the summary.
    fn finished(&mut self, last: &StepView, summary: &SummaryView) -> std::io::Result<()>;
    /// What was to be done with the summary failed: why.
    fn summary_failed(&mut self, last: &StepView, msg: &str) -> std::io::Result<()>;
    /// Why the step `v` matters (`why`), asked for.
    fn why(&mut self, v: &StepView, why: &str) -> std::io::Result<()>;
    /// What is wrong with an answer, then the step again.
    fn error(&mut self, v: &StepView, msg: &str) -> std::io::Result<()>;
    /// The input ended.
    fn eof(&mut self) -> std::io::Result<()>;
    /// The user quit.
    fn quit(&mut self) -> std::io::Result<()>;
}

/// Walks `session` to its end, reading answers from `input`, writing to `out`.
pub fn run(
    session: &mut Session,
    texts: &Texts,
    lang: Lang,
    mode: Mode,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<End> {
    let setup = Setup { lang, layout: Layout::default(), notices: &[], on_summary: &mut Nothing };
    run_with(session, texts, mode, setup, input, out)
}

/// What a walk needs besides the session: how to lay out plain text, what to tell first,
/// and what to do with the summary (an export).
pub struct Setup<'a> {
    /// The language the walk speaks.
    pub lang: Lang,
    pub layout: Layout,
    pub notices: &'a [Notice],
    pub on_summary: &'a mut dyn OnSummary,
}

/// [`run`] with a [`Setup`].
pub fn run_with(
    session: &mut Session,
    texts: &Texts,
    mode: Mode,
    setup: Setup,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> std::io::Result<End> {
    match mode {
        Mode::Plain => {
            let mut talk = plain::Plain::new(out, texts, setup.lang, setup.layout);
            walk(session, texts, setup, input, &mut talk)
        }
        Mode::Json => walk(session, texts, setup, input, &mut json::Json { out }),
    }
}

fn walk(
    session: &mut Session,
    texts: &Texts,
    setup: Setup,
    input: &mut dyn BufRead,
    talk: &mut dyn Talk,
) -> std::io::Result<End> {
    let Setup { lang, notices, on_summary, .. } = setup;
    let cmds = Commands::of(texts);
    for n in notices {
        talk.notice(n)?;
    }
    talk.intro()?;
    loop {
        let v = crate::view::step_view_about(session, texts, lang);
        if session.is_finished() {
            talk.finished(&v, &summary_view(session, texts, lang))?;
            return match on_summary.done(session, texts, lang) {
                Ok(()) => Ok(End::Done),
                Err(m) => {
                    talk.summary_failed(&v, &texts.msg(lang, &m))?;
                    Ok(End::SummaryFailed)
                }
            };
        }
        talk.step(&v)?;
        // Read until an answer moves the session.
        loop {
            let line = match read_answer(input)? {
                Line::Eof => {
                    talk.eof()?;
                    return Ok(End::Quit);
                }
                Line::Text(l) => l,
                Line::Refused(m) => {
                    talk.error(&v, &texts.msg(lang, &m))?;
                    continue;
                }
            };
            let err: Option<Msg> = match parse_line(&line, &v, &cmds) {
                Parsed::Quit => {
                    talk.quit()?;
                    return Ok(End::Quit);
                }
                Parsed::Why => match &v.why {
                    Some(w) => {
                        talk.why(&v, w)?;
                        continue;
                    }
                    None => Some(Msg::new("walk-err-no-why")),
                },
                Parsed::Back => {
                    if session.back() {
                        None
                    } else {
                        Some(Msg::new("walk-err-at-start"))
                    }
                }
                Parsed::Answer(a) => match session.answer(a) {
                    Ok(()) => None,
                    Err(EngineError::BadAnswer) => {
                        Some(Msg::new("walk-err-unknown").arg("input", excerpt(line.trim())))
                    }
                    Err(EngineError::Finished) => None,
                    Err(e) => Some(e.message()),
                },
                Parsed::Invalid(id, arg) => Some(Msg::new(id).arg("input", arg.as_str()).arg("n", arg)),
            };
            match err {
                None => break,
                Some(m) => talk.error(&v, &texts.msg(lang, &m))?,
            }
        }
    }
}

/// The longest answer line read, in bytes without its line end: an answer is a number,
/// a key or a few of them. A longer line is read to its end and dropped, never held.
pub const MAX_LINE_BYTES: usize = 4096;

/// The most characters of an answer quoted back in a message.
pub const EXCERPT_CHARS: usize = 32;

/// What a message quotes of an answer: at most [`EXCERPT_CHARS`] characters, each on
/// one line and harmless ([`safe::one_line`]), with `…` where more was cut off.
pub fn excerpt(s: &str) -> String {
    let mut out: String = s.chars().take(EXCERPT_CHARS).collect();
    if s.chars().nth(EXCERPT_CHARS).is_some() {
        out.push('…');
    }
    safe::one_line(&out).into_owned()
}

/// One line of input, as the walk reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// The input ended.
    Eof,
    /// A line of text (with its line end, if it had one).
    Text(String),
    /// A line that cannot be an answer (not UTF-8, or longer than [`MAX_LINE_BYTES`]):
    /// what to tell the user. The line is read and gone; the next one is the next answer.
    Refused(Msg),
}

/// Reads the next answer line, holding at most [`MAX_LINE_BYTES`] (and its line end) of
/// it: the rest of a longer line is read and dropped as it comes, so a line of 100 MB
/// costs no more memory than one of 4 KiB. A line that is too long, or not UTF-8, is
/// refused with a message, not an error: it must not end the walk.
pub fn read_answer(input: &mut dyn BufRead) -> std::io::Result<Line> {
    let keep = MAX_LINE_BYTES + 2;
    let mut buf: Vec<u8> = Vec::new();
    let mut seen = 0usize;
    loop {
        let avail = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            break;
        }
        let (n, end) = match memchr::memchr(b'\n', avail) {
            Some(i) => (i + 1, true),
            None => (avail.len(), false),
        };
        let room = keep.saturating_sub(buf.len()).min(n);
        buf.extend_from_slice(&avail[..room]);
        input.consume(n);
        seen = seen.saturating_add(n);
        if end {
            break;
        }
    }
    if seen == 0 {
        return Ok(Line::Eof);
    }
    // Cut off (then more than MAX_LINE_BYTES + 2 bytes came), or too long without its
    // line end (LF or CRLF).
    let too_long = seen > buf.len() || {
        let mut len = buf.len();
        if buf.ends_with(b"\n") {
            len -= 1;
            if buf[..len].ends_with(b"\r") {
                len -= 1;
            }
        }
        len > MAX_LINE_BYTES
    };
    if too_long {
        let head = String::from_utf8_lossy(&buf[..buf.len().min(EXCERPT_CHARS * 4)]).into_owned();
        let msg = Msg::new("walk-err-too-long").arg("limit", MAX_LINE_BYTES.to_string()).arg("input", excerpt(&head));
        return Ok(Line::Refused(msg));
    }
    Ok(match String::from_utf8(buf) {
        Ok(l) => Line::Text(l),
        Err(_) => Line::Refused(Msg::new("walk-err-not-utf8")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answer_lines_are_read_up_to_the_limit_and_no_further() {
        let ok = "1".repeat(MAX_LINE_BYTES);
        let over = "2".repeat(MAX_LINE_BYTES + 1);
        let text = format!("{ok}\n{ok}\r\n{over}\n{over}\r\nnext\nlast");
        let mut input = std::io::Cursor::new(text.into_bytes());
        assert_eq!(read_answer(&mut input).ok(), Some(Line::Text(format!("{ok}\n"))));
        assert_eq!(read_answer(&mut input).ok(), Some(Line::Text(format!("{ok}\r\n"))));
        for _ in 0..2 {
            match read_answer(&mut input) {
                Ok(Line::Refused(m)) => {
                    assert_eq!(m.id, "walk-err-too-long");
                    assert!(m.args.contains(&("input", format!("{}…", "2".repeat(EXCERPT_CHARS)))), "{m:?}");
                }
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(read_answer(&mut input).ok(), Some(Line::Text("next\n".into())));
        assert_eq!(read_answer(&mut input).ok(), Some(Line::Text("last".into())));
        assert_eq!(read_answer(&mut input).ok(), Some(Line::Eof));
    }

    #[test]
    fn an_excerpt_is_short_and_on_one_line() {
        assert_eq!(excerpt("maybe"), "maybe");
        let long = format!("a\u{1b}[2J\r{}", "x".repeat(100));
        let e = excerpt(&long);
        assert_eq!(e.chars().count(), EXCERPT_CHARS + 1);
        assert!(e.starts_with("a\u{241b}[2J\u{240d}") && e.ends_with('…'), "{e}");
    }
}
