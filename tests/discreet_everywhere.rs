//! Discreet everywhere (issue 22): in discreet mode everything that leaves the screen is
//! discreet too (a print on quit asks first, a saved file, `walk --export`), the why texts
//! are discreet, a lasting mark shows the mode, and no word that names the topic shows,
//! also inside a web address.

mod common;
mod tui_support;

use assert_cmd::Command;
use veiviser::engine::StepKind;
use veiviser::flow::Checked;
use veiviser::i18n::Lang;
use veiviser::tui::app::{App, Effect};
use veiviser::tui::input::Action::*;
use veiviser::tui::state::Place;
use veiviser::tui::windows::Overlay;
use veiviser::tui::windows::confirm::Confirm;
use veiviser::tui::windows::save::What;
use veiviser::view::names_topic;

#[test]
fn the_topic_words_are_found_also_in_web_addresses() {
    let (nb, en) = (Lang::of("nb"), Lang::of("en"));
    for t in [
        "Possible victim of Trafficking",
        "forced labour",
        "Forced marriage",
        "coercion",
        "exploited",
        "Ofre for menneskehandel",
        "et mulig offer.",
        "utnyttet",
        "tvangsekteskap",
        "helsedirektoratet.no/veiledere/x/ofre-for-menneskehandel",
        "https://example.org/ofre/",
    ] {
        assert!(names_topic(nb, t), "{t}");
    }
    // Inside a web address the Norwegian word counts in an English text too.
    assert!(names_topic(en, "Source: helsedirektoratet.no/x/ofre-for-menneskehandel"));
    assert!(names_topic(en, "www.example.no/offer"));
    for t in ["offentlig helsetjeneste", "rosa-help.no", "Telefon: 22 33 11 60", "A person who may need help"] {
        assert!(!names_topic(nb, t), "{t}");
    }
    // "offer" is an English word.
    assert!(!names_topic(en, "Always offer to contact a service"));
    assert!(names_topic(nb, "et mulig offer"));
}

/// The lines of `s`, in `lang`, that name the topic.
fn telltales(lang: Lang, s: &str) -> Vec<&str> {
    s.lines().filter(|l| names_topic(lang, l)).collect()
}

fn bin() -> Command {
    let mut c = Command::cargo_bin("veiviser").expect("the binary");
    c.env("HOME", "/nonexistent").env("XDG_CONFIG_HOME", "/nonexistent").env("COLUMNS", "80");
    c
}

/// An adult who confirms and wants help, by choice keys (lines for `walk`).
const ADULT_WANTS_HELP: &str =
    "not-acute\nadult\nnot-likely\nalone\narrival-centre\n1 2 3 4 5\n\n\nnone\nwants-help\ncitizen\n\n";
/// A possible minor: the answers as lines, from the engine (keys where given, else the
/// "no" choice or the first, nothing ticked).
fn minor_lines(c: &Checked) -> String {
    let keys = [
        ("age", "maybe-minor"),
        ("grounds", "not-yet"),
        ("crime", "maybe"),
        ("companion", "alone"),
        ("which", "unclear"),
    ];
    let case = c.model.case_flow().map(|f| f.id.clone()).unwrap_or_default();
    let mut s = veiviser::engine::Session::start(&c.model, &case).expect("starts");
    let mut lines = String::new();
    while !s.is_finished() && lines.len() < 2000 {
        let st = s.step();
        let a = match st.kind {
            StepKind::Question => {
                let k = keys.iter().find(|(n, _)| *n == st.node_id).map(|(_, k)| k.to_string()).unwrap_or_else(|| {
                    st.choices.iter().find(|c| c.number == 0).unwrap_or(&st.choices[0]).key.to_string()
                });
                lines.push_str(&k);
                veiviser::engine::Answer::Choose(k)
            }
            StepKind::Checklist => veiviser::engine::Answer::Tick(st.known.iter().map(|k| k.to_string()).collect()),
            _ => veiviser::engine::Answer::Continue,
        };
        lines.push('\n');
        s.answer(a).expect("answers");
    }
    lines
}

#[test]
fn walk_export_is_discreet_when_the_walk_is_and_full_when_asked() {
    let minor = minor_lines(&common::bundled());
    for lang in ["nb", "en"] {
        for input in [ADULT_WANTS_HELP, minor.as_str()] {
            let dir = tempfile::tempdir().expect("a folder");
            let file = dir.path().join("a.txt");
            let out = bin()
                .args(["walk", "--plain", "--discreet", "--lang", lang, "--export"])
                .arg(&file)
                .write_stdin(input)
                .output()
                .expect("runs");
            assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
            let screen = String::from_utf8_lossy(&out.stdout).to_string();
            assert!(telltales(Lang::of(lang), &screen).is_empty(), "{lang}: {:?}", telltales(Lang::of(lang), &screen));
            let text = std::fs::read_to_string(&file).expect("the export");
            assert!(text.contains(if lang == "nb" { "Veiledningsversjon" } else { "Guidance version" }), "{text}");
            assert!(
                telltales(Lang::of(lang), &text).is_empty(),
                "{lang}: the discreet export names the topic: {:?}",
                telltales(Lang::of(lang), &text)
            );
            // --export-full: the full text, which does name it.
            let full = dir.path().join("b.txt");
            let out = bin()
                .args(["walk", "--plain", "--discreet", "--lang", lang, "--export-full", "--export"])
                .arg(&full)
                .write_stdin(input)
                .output()
                .expect("runs");
            assert_eq!(out.status.code(), Some(0));
            let text = std::fs::read_to_string(&full).expect("the export");
            assert!(!telltales(Lang::of(lang), &text).is_empty(), "{lang}: the full export: {text}");
        }
    }
    // --export-full without --export is a mistake on the command line.
    let out = bin().args(["walk", "--export-full", "--lang", "en"]).write_stdin("").output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn discreet_json_and_its_why_texts_name_the_topic_nowhere() {
    let minor = minor_lines(&common::bundled());
    for lang in ["nb", "en"] {
        for input in [ADULT_WANTS_HELP, minor.as_str()] {
            let out =
                bin().args(["walk", "--json", "--discreet", "--lang", lang]).write_stdin(input).output().expect("runs");
            let s = String::from_utf8_lossy(&out.stdout);
            assert!(s.contains("\"type\":\"summary\""), "{s}");
            for l in s.lines() {
                let v: serde_json::Value = serde_json::from_str(l).expect("JSON");
                let mut strings = Vec::new();
                collect(&v, &mut strings);
                // The ids (flow, node, choice and item keys, facts) are names for
                // programs, never shown; every text is checked.
                for t in strings {
                    assert!(!names_topic(Lang::of(lang), &t), "{lang}: `{t}` in {l}");
                }
            }
        }
    }
}

fn collect(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
        serde_json::Value::Object(o) => o
            .iter()
            .filter(|(k, _)| !["key", "node", "flow", "id", "facts", "known"].contains(&k.as_str()))
            .for_each(|(_, x)| collect(x, out)),
        _ => {}
    }
}

/// The bundled case in the TUI, discreet, walked to its summary: at each question the
/// "no" choice (else the first), each checklist with nothing ticked. On the way, every
/// screen and every why window is discreet and shows the mark.
fn discreet_summary(c: &Checked, lang: Lang) -> App<'_> {
    let mut a = App::new(&c.model, &c.texts, lang, false, 80, 24);
    a.update(Discreet);
    a.update(Pick(1));
    let mark = if lang == Lang::of("nb") { "Diskret" } else { "Discreet" };
    for _ in 0..80 {
        let s = tui_support::screen(&a);
        assert!(s.lines().next().is_some_and(|l| l.contains(mark)), "the mark stays:\n{s}");
        assert!(telltales(lang, &s).is_empty(), "{:?}\n{s}", telltales(lang, &s));
        if a.place() == Place::Summary {
            return a;
        }
        let st = a.session().map(|s| s.step());
        if st.as_ref().is_some_and(|st| st.node.why.is_some()) {
            a.update(Why);
            assert_eq!(a.overlay, Some(Overlay::Why));
            let (_, lines) = tui_support::window(&a);
            for l in lines {
                assert!(!names_topic(lang, &l.to_string()), "a discreet why: {l}");
            }
            a.update(Close);
        }
        let action = match st.map(|s| (s.kind, s.choices.iter().any(|c| c.number == 0))) {
            Some((StepKind::Question, true)) => Pick(0),
            Some((StepKind::Question, false)) => Pick(1),
            // Nothing ticked: Enter, and Enter again.
            Some((StepKind::Checklist, _)) => {
                a.update(Select);
                Select
            }
            _ => Select,
        };
        a.update(action);
    }
    panic!("never reached the summary");
}

#[test]
fn u_asks_first_in_discreet_mode_and_prints_the_discreet_text() {
    let c = common::bundled();
    for lang in [Lang::of("nb"), Lang::of("en")] {
        let mut a = discreet_summary(&c, lang);
        let effect = a.update(Print);
        assert_eq!(a.overlay, Some(Overlay::Confirm(Confirm::Print)), "asks first");
        assert!(!matches!(effect, Effect::Quit(_)));
        let s = tui_support::screen(&a);
        let words = if lang == Lang::of("nb") { "historikk" } else { "scrollback" };
        assert!(s.contains(words), "warns of the scrollback:\n{s}");
        let effect = a.update(No);
        assert!(!matches!(effect, Effect::Quit(_)) && a.overlay.is_none(), "no: back to the summary");
        a.update(Print);
        let Effect::Quit(print) = a.update(Yes) else { panic!("yes quits") };
        let text = print.expect("the text to print");
        assert!(text.lines().count() > 10, "{text}");
        assert!(telltales(lang, &text).is_empty(), "{:?}", telltales(lang, &text));
    }
    // Without discreet mode: no question, the full text.
    let mut a = discreet_summary(&c, Lang::of("en"));
    a.update(Discreet);
    let Effect::Quit(print) = a.update(Print) else { panic!("u quits") };
    assert!(a.overlay.is_none());
    assert!(!telltales(Lang::of("en"), &print.unwrap_or_default()).is_empty());
}

#[test]
fn e_saves_the_discreet_text_unless_the_full_one_is_chosen() {
    let c = common::bundled();
    for lang in [Lang::of("nb"), Lang::of("en")] {
        let mut a = discreet_summary(&c, lang);
        a.update(Save);
        assert!(matches!(a.overlay, Some(Overlay::Save(_))));
        let s = tui_support::screen(&a);
        assert!(s.contains(if lang == Lang::of("nb") { "diskret" } else { "discreet" }), "{s}");
        let text = tui_support::export_text(&a).expect("a text");
        assert!(telltales(lang, &text).is_empty(), "{:?}", telltales(lang, &text));
        // The worker chooses the full text in the dialog: it is written.
        a.update(Down);
        assert!(matches!(&a.overlay, Some(Overlay::Save(s)) if s.what == What::Summary { full: true }));
        let s = tui_support::screen(&a);
        assert!(s.contains(if lang == Lang::of("nb") { "FULL tekst" } else { "FULL text" }), "{s}");
        let text = tui_support::export_text(&a).expect("a text");
        assert!(!telltales(lang, &text).is_empty(), "the full text");
        // Chosen per save: the next save starts discreet again.
        a.update(Close);
        a.update(Save);
        assert!(matches!(&a.overlay, Some(Overlay::Save(s)) if s.what == What::Summary { full: false }));
    }
}

#[test]
fn the_save_dialog_suggests_a_name_and_stays_open_after_a_failure() {
    let c = common::bundled();
    for (lang, name, words) in
        [("nb", "veiviser-notat.txt", "du har ikke lov"), ("en", "veiviser-notes.txt", "you may not write there")]
    {
        let mut a = discreet_summary(&c, Lang::of(lang));
        a.update(Save);
        assert_eq!(tui_support::input(&a), name);
        assert!(!names_topic(Lang::of(lang), &tui_support::input(&a)));
        let Effect::Save { save, .. } = a.update(Select) else { panic!("Enter saves") };
        let e = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        a.saved(save, Err(veiviser::export::ExportError::Io(name.into(), e)));
        assert!(matches!(a.overlay, Some(Overlay::Save(_))), "the dialog stays open");
        assert_eq!(tui_support::input(&a), name, "with the name");
        let s = tui_support::screen(&a);
        assert!(s.contains(words), "the error in the chosen language:\n{s}");
        assert!(!s.contains("os error"), "{s}");
    }
    // ~ is the home folder.
    let home = std::path::Path::new("/home/kari");
    let p = veiviser::export::expand_home("~/notes.txt", Some(home));
    assert_eq!(p, home.join("notes.txt"));
    assert_eq!(veiviser::export::expand_home("~", Some(home)), home);
    assert_eq!(veiviser::export::expand_home("a/~b", Some(home)), std::path::Path::new("a/~b"));
    assert_eq!(veiviser::export::expand_home("~/x", None), std::path::Path::new("~/x"));
}

#[test]
fn side_by_side_is_not_offered_for_the_interpreter() {
    let c = common::bundled();
    for (lang, words) in [("en", "through an interpreter"), ("nb", "samtale med tolk")] {
        let help = c.texts.get(Lang::of(lang), "tui-help-side");
        assert!(!help.contains(words), "{help}");
        assert!(help.contains(if lang == "en" { "For your eyes only" } else { "Bare for deg" }), "{help}");
    }
}

#[test]
fn a_contact_that_names_the_topic_is_not_shown_in_discreet_mode() {
    let c = common::bundled();
    let ids = c.model.contacts_local_first();
    for lang in [Lang::of("nb"), Lang::of("en")] {
        let all = veiviser::view::contact_views(&c.model, lang, false, &ids);
        let discreet = veiviser::view::contact_views(&c.model, lang, true, &ids);
        assert!(all.iter().any(|c| names_topic(lang, &c.name)), "the check below can fail");
        assert!(discreet.len() < all.len());
        for c in &discreet {
            for t in [Some(&c.name), c.web.as_ref(), c.hours.as_ref(), c.phone.as_ref()].into_iter().flatten() {
                assert!(!names_topic(lang, t), "{t}");
            }
        }
    }
}

/// `walk --json --discreet`: every line a program gets (texts, and also the keys of the
/// choices, the steps' ids and the summary's facts) names no topic, through both kinds of
/// crime under section 196 and a child with grounds for a report.
#[test]
fn discreet_json_names_the_topic_nowhere_not_even_in_keys_and_facts() {
    let n = common::json::NONE;
    let walks: [&[&str]; 3] = [
        &["not-acute", "adult", "maybe", "aggravated", "violence", "met", "alone", "none", "no-help", "citizen", n],
        &["not-acute", "adult", "unsure", "marriage", "not-met", "alone", "none", "strengthened", "family", n],
        &[
            "not-acute",
            "maybe-minor",
            "grounds",
            "office",
            "not-likely",
            "alone",
            "none",
            "no-help",
            "unsure",
            "citizen",
            n,
        ],
    ];
    for lang in ["en", "nb"] {
        for answers in walks {
            let w = common::json::walk_with(Some("arrival-centre"), lang, &["--discreet"], answers);
            let summary = w.summary().to_string();
            for line in w.steps.iter().map(|s| s.to_string()).chain([summary]) {
                assert!(!names_topic(Lang::of(lang), &line), "{lang} {answers:?}: names the topic:\n{line}");
            }
        }
        // The same walk without discreet mode does name it (the check above can fail).
        let w = common::json::walk_with(Some("arrival-centre"), lang, &[], walks[0]);
        assert!(w.steps.iter().any(|s| names_topic(Lang::of(lang), &s.to_string())));
    }
}

/// The trainer view (`i`) in plain words (issue 25), walked through the bundled case in
/// discreet mode: at every step it names no topic, shows where each answer leads by the
/// next step's title, and keeps the step's ids and the choices' keys out of everything
/// but its last line (for authors).
#[test]
fn the_trainer_view_speaks_in_words_and_names_no_topic_in_discreet_mode() {
    let c = common::bundled();
    for lang in [Lang::of("nb"), Lang::of("en")] {
        let mut a = App::new(&c.model, &c.texts, lang, false, 100, 40);
        a.update(Discreet);
        a.update(Pick(1));
        let mut questions = 0;
        for _ in 0..80 {
            if a.place() == Place::Summary {
                break;
            }
            let Some(st) = a.session().map(|s| s.step()) else { break };
            a.update(Trainer);
            let (_, lines) = tui_support::window(&a);
            let lines: Vec<String> = lines.iter().map(|l| l.to_string()).filter(|l| !l.trim().is_empty()).collect();
            let (last, rest) = lines.split_last().expect("lines");
            let here = format!("{}/{}", st.flow.id, st.node_id);
            assert!(last.contains(&here), "{lang:?}: the ids in the last line: {last}");
            let body = rest.join("\n");
            assert!(!body.contains(&here), "{lang:?} {here}: ids in the view:\n{body}");
            for ch in st.node.choices() {
                if ch.key.contains('-') {
                    assert!(!body.contains(ch.key.as_str()), "{here}: the key {} in the view:\n{body}", ch.key);
                }
                let next = st.flow.nodes[ch.next].title.clone();
                assert!(body.contains(&c.texts.pick(lang, &next, true)), "{here}: where {} leads:\n{body}", ch.key);
            }
            if !st.node.choices().is_empty() {
                questions += 1;
            }
            for l in &lines {
                assert!(!names_topic(lang, l), "{here}: names the topic: {l}");
            }
            a.update(Close);
            let action = match (st.kind, st.choices.iter().any(|c| c.number == 0)) {
                (StepKind::Question, true) => Pick(0),
                (StepKind::Question, false) => Pick(1),
                (StepKind::Checklist, _) => {
                    a.update(Select);
                    Select
                }
                _ => Select,
            };
            a.update(action);
        }
        assert!(questions >= 4, "{questions} questions seen");
    }
}

/// A step opened directly from the map (`m`) says the facts it set in words (issue 25),
/// in discreet mode naming no topic.
#[test]
fn a_step_opened_directly_names_its_facts_in_words() {
    let c = common::bundled();
    for (lang, words) in
        [(Lang::of("en"), "the person may be under 18"), (Lang::of("nb"), "personen kan være under 18")]
    {
        for discreet in [false, true] {
            let mut a = App::new(&c.model, &c.texts, lang, false, 100, 40);
            if discreet {
                a.update(Discreet);
            }
            a.update(Map);
            let rows = veiviser::tui::windows::map::rows(&a);
            let at = rows
                .iter()
                .position(|(f, n)| {
                    c.model.flows[*f].id == "outcomes" && c.model.flows[*f].nodes[*n].id == "no-help-child"
                })
                .expect("the step in the map");
            if let Some(Overlay::Map(m)) = &mut a.overlay {
                m.sel = at;
            }
            a.update(Select);
            let s = tui_support::screen(&a);
            assert!(s.contains(words), "{s}");
            assert!(!s.contains("minor"), "a fact's name on screen:\n{s}");
            if discreet {
                assert!(telltales(lang, &s).is_empty(), "{:?}", telltales(lang, &s));
            }
        }
    }
}
