//! Signs to look for (issue 21): the signs flow on the start screen and in the case walk,
//! the ticked signs putting the fitting questions first, never a count or a score, never a
//! duty from a sign alone, and neutral words in discreet mode. The sign facts change
//! wording only, never the way a case goes: that is what lets tests/room.rs try the
//! signs step with nothing and with everything ticked only.

mod common;
mod tui_support;

use common::json::{NONE, SIGNS, Walked, keys, texts, walk, walk_with};
use std::collections::BTreeSet;
use veiviser::flow::model::{FlowSet, Str};
use veiviser::i18n::Lang;
use veiviser::tui::app::App;
use veiviser::tui::input::Action::{Pick, Select};
use veiviser::tui::state::Place;

/// A possible child, through triage to the signs step.
const MINOR: [&str; 6] = ["not-acute", "maybe-minor", "grounds", "office", "not-likely", "alone"];

/// The facts the case's signs step sets, and the keys of its items.
fn sign_facts(set: &FlowSet) -> (BTreeSet<String>, Vec<String>) {
    let node = set.flow("signs").and_then(|f| f.node("noticed")).expect("signs/noticed");
    let facts = node.items().iter().flat_map(|i| i.set.iter().map(|s| s.to_string())).collect();
    (facts, node.items().iter().map(|i| i.key.to_string()).collect())
}

#[test]
fn the_signs_change_wording_and_never_the_way() {
    let set = common::bundled_raw();
    let (facts, keys) = sign_facts(&set);
    assert_eq!(keys, ["story", "companion", "body", "work", "where", "child"]);
    assert_eq!(facts.len(), 6, "one fact a group: {facts:?}");
    assert!(facts.iter().all(|f| f.starts_with("sign-")), "{facts:?}");
    let names = |c: &Option<Str>| -> BTreeSet<String> {
        common::condition_facts([c]).into_iter().filter(|f| facts.contains(f)).collect()
    };
    let mut wording = 0;
    for f in &set.flows {
        for (id, n) in &f.nodes {
            let at = format!("{}/{id}", f.id);
            // The way: whether a step shows, which choices a question offers.
            assert!(names(&n.when).is_empty(), "{at}: a sign decides whether the step shows");
            for c in n.choices() {
                assert!(names(&c.when).is_empty(), "{at}/{}: a sign decides a choice", c.key);
                assert!(c.raise.is_empty() || !c.set.iter().any(|s| facts.contains(s.as_str())));
            }
            // Nor what an end says: no action, contact or duty hangs on a sign; only the
            // summary's reminders of what to write in the journal (what was observed).
            for a in n.actions() {
                let journal = a.group == veiviser::flow::model::Group::Journal;
                assert!(journal || names(&a.when).is_empty(), "{at}: an action hangs on a sign");
            }
            for c in n.contacts() {
                assert!(names(&c.when).is_empty(), "{at}: a contact hangs on a sign");
            }
            // Wording: an item shown on a sign sets nothing that could steer.
            for i in n.items() {
                if !names(&i.when).is_empty() {
                    assert!(i.set.is_empty(), "{at}/{}: sets a fact", i.key);
                    wording += 1;
                }
            }
            // A sign alone never raises a duty: the signs flow raises none.
            if f.id.as_str() == "signs" {
                assert!(n.raise.is_empty(), "{at} raises a duty");
                assert!(n.choices().iter().all(|c| c.raise.is_empty()), "{at} raises a duty");
            }
        }
    }
    assert!(wording >= 12, "the questions and the journal follow the signs ({wording} items)");
}

#[test]
fn on_the_start_screen_after_the_others_and_asked_first_in_discreet_mode() {
    let c = common::bundled();
    let flows = veiviser::tui::state::start_flows(&c.model);
    let ids: Vec<&str> = flows.iter().map(|f| f.id.as_str()).collect();
    // The existing entries keep their numbers; the signs come last.
    assert_eq!(ids, ["case", "before", "outcomes", "principles", "referral", "avert", "signs"]);
    let signs = c.model.flow("signs").unwrap();
    assert!(signs.teaching, "a teaching flow: discreet mode asks before it opens");
    for (lang, title) in [("en", "Signs to look for"), ("nb", "Tegn å se etter")] {
        assert_eq!(c.texts.get(Lang::of(lang), &signs.title), title);
    }
    // On its own it opens on the lists, one group a step, and ends saying what signs
    // lead to.
    let w = walk_with(None, "en", &["--flow", "signs"], &[NONE, NONE, NONE, NONE, NONE, NONE]);
    assert_eq!(
        w.nodes(),
        ["signs/story", "signs/companion", "signs/body", "signs/work", "signs/where", "signs/child", "signs/then"]
    );
    for s in &w.steps[..6] {
        assert!(texts(s).contains("Signs are not proof"), "{s}");
        assert!(s["source"].is_object(), "each group names its source: {s}");
    }
    assert!(texts(w.step("signs/then")).contains("A sign alone raises no duty"));
    assert!(w.duties().is_empty());
}

#[test]
fn in_the_case_after_the_place_and_before_the_conversation() {
    for lang in ["en", "nb"] {
        let w = common::json::walk_at(None, lang, &["not-acute", "adult", "not-likely", "alone", "health"]);
        assert_eq!(w.after("case/setting"), "signs/noticed", "{:?}", w.nodes());
        assert_eq!(w.after("signs/noticed"), "conversation/before", "{:?}", w.nodes());
        // An adult: no child's signs.
        assert_eq!(keys(w.step("signs/noticed"), "items"), ["story", "companion", "body", "work", "where"]);
    }
    // A possible child: the child's signs too.
    let w = walk("en", &MINOR);
    assert_eq!(keys(w.step("signs/noticed"), "items"), ["story", "companion", "body", "work", "where", "child"]);
    // Triage that ends the case skips it; the summary (with the journal) still comes.
    let w = walk("en", &["protection", "adult"]);
    assert!(!w.nodes().iter().any(|n| n.starts_with("signs/")), "{:?}", w.nodes());
    assert!(w.actions().contains("patient journal"), "{}", w.actions());
}

/// An adult case to the conversation's questions (the screen that sends the worker to
/// hold it), with `signs` ticked (item keys).
fn to_questions(lang: &str, signs: &str, extra: &[&str]) -> Walked {
    let answer = format!("{SIGNS}{signs}");
    walk_with(Some("health"), lang, extra, &["not-acute", "adult", "not-likely", "alone", answer.as_str()])
}

/// The questions of that screen, by key (the closing points after them left out).
fn questions(w: &Walked) -> Vec<String> {
    let close = ["consent", "move", "close-slip", "appointment", "again"];
    keys(w.step("conversation/go"), "points").into_iter().filter(|k| !close.contains(&k.as_str())).collect()
}

#[test]
fn a_ticked_sign_puts_its_questions_first_and_hides_none() {
    let plain = questions(&to_questions("en", "", &[]));
    assert_eq!(
        plain,
        ["leave", "papers", "phone", "debt", "pay", "day", "hurt", "say-no", "arranged", "afraid", "children", "wants"]
    );
    let bare = |k: &str| k.trim_end_matches("-first").to_string();
    for (sign, first) in [
        ("companion", vec!["leave", "phone", "say-no", "afraid"]),
        ("work", vec!["leave", "papers", "debt", "pay", "day"]),
        ("story", vec!["day", "hurt", "arranged"]),
        ("body", vec!["hurt", "say-no", "afraid"]),
        ("where", vec!["leave", "day", "arranged"]),
    ] {
        let got = questions(&to_questions("en", sign, &[]));
        let n = first.len();
        assert_eq!(got[..n].iter().map(|k| bare(k)).collect::<Vec<_>>(), first, "{sign}: {got:?}");
        assert!(got[..n].iter().all(|k| k.ends_with("-first")), "{sign}: {got:?}");
        // Every question still shows, once.
        let mut all: Vec<String> = got.iter().map(|k| bare(k)).collect();
        all.sort();
        let mut want = plain.clone();
        want.sort();
        assert_eq!(all, want, "{sign}");
    }
}

#[test]
fn the_summary_reminds_of_what_was_observed_for_the_journal() {
    let answers = |signs: &str| -> Vec<String> {
        let mut a: Vec<String> = ["not-acute", "adult", "not-likely", "alone"].map(String::from).to_vec();
        a.push(format!("{SIGNS}{signs}"));
        a.extend(["none", "lessened", "citizen", ""].map(String::from));
        a
    };
    let run = |signs: &str| {
        let a = answers(signs);
        walk_with(Some("health"), "en", &[], &a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let c = common::bundled();
    let en = Lang::of("en");
    let reminder = |k: &str| c.texts.get(en, &format!("case-journal-seen-{k}"));
    let none = run("");
    let some = run("companion where");
    for k in ["story", "companion", "body", "work", "where", "child"] {
        assert!(!none.actions().contains(&reminder(k)), "{k}: {}", none.actions());
    }
    assert!(some.actions().contains(&reminder("companion")) && some.actions().contains(&reminder("where")));
    assert!(!some.actions().contains(&reminder("work")), "{}", some.actions());
    // The way and the end are the same whatever was ticked: the actions differ by the
    // journal reminders only.
    let strip = |w: &Walked| w.nodes().into_iter().filter(|n| !n.starts_with("signs/")).collect::<Vec<_>>();
    assert_eq!(strip(&none), strip(&some));
    let others = |w: &Walked| -> Vec<String> {
        w.actions()
            .lines()
            .filter(|l| *l != reminder("companion") && *l != reminder("where"))
            .map(String::from)
            .collect()
    };
    assert_eq!(others(&none), others(&some));
    assert_eq!(none.summary()["duties"], some.summary()["duties"]);
    assert_eq!(none.summary()["contacts"], some.summary()["contacts"]);
}

/// A count or a score: "3 of 20", "3/20", "60 %", "3 signs".
fn counts(lang: &str, text: &str) -> Option<String> {
    let t = text.to_lowercase();
    let words: &[&str] = match lang {
        "en" => &["score", "percent", " signs ticked", "of the signs"],
        _ => &["poeng", "prosent", " tegn krysset", "av tegnene"],
    };
    if let Some(w) = words.iter().find(|w| t.contains(**w)) {
        return Some(w.to_string());
    }
    if t.contains('%') {
        return Some("%".into());
    }
    let tokens: Vec<&str> = t.split_whitespace().collect();
    for w in tokens.windows(3) {
        let num = |s: &str| !s.is_empty() && s.trim_matches(|c: char| !c.is_ascii_digit()).parse::<u32>().is_ok();
        if num(w[0]) && ["of", "av", "/"].contains(&w[1]) && num(w[2]) {
            return Some(w.join(" "));
        }
    }
    for w in tokens.windows(2) {
        let n = w[0].parse::<u32>().is_ok();
        if n && (w[1].starts_with("sign") || w[1].starts_with("tegn") || w[1].starts_with("indicat")) {
            return Some(w.join(" "));
        }
    }
    tokens.iter().find(|w| w.contains('/') && w.split('/').all(|p| p.parse::<u32>().is_ok())).map(|w| w.to_string())
}

#[test]
fn the_count_check_finds_what_it_looks_for() {
    assert_eq!(counts("en", "You ticked 3 of 20").as_deref(), Some("3 of 20"));
    assert_eq!(counts("en", "5/6").as_deref(), Some("5/6"));
    assert_eq!(counts("nb", "4 tegn").as_deref(), Some("4 tegn"));
    assert_eq!(counts("en", "Your score: high").as_deref(), Some("score"));
    assert_eq!(counts("en", "1) Can you leave work or home when you want?"), None);
}

/// A possible child with every sign ticked, to the summary, in plain text and in JSON.
fn every_sign(lang: &str, format: &str) -> String {
    let answers = [
        "not-acute",
        "maybe-minor",
        "grounds",
        "office",
        "not-likely",
        "alone",
        "signs:story companion body work where child",
        "none",
        "strengthened",
        "unknown",
        "",
    ];
    if format == "json" {
        let w = walk_with(Some("health"), lang, &[], &answers);
        return w.steps.iter().map(|s| s.to_string()).chain([w.summary.to_string()]).collect::<Vec<_>>().join("\n");
    }
    // Plain text: the same walk by the JSON one's choices, as numbers and item numbers.
    let w = walk_with(Some("health"), lang, &[], &answers);
    let mut input = String::new();
    let mut a = answers.iter();
    for s in &w.steps {
        match s["kind"].as_str().unwrap_or("") {
            "question" => {
                let k = a.next().unwrap_or(&"");
                // A choice's own number (fixed in the file; `none` is 0).
                let i = s["choices"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .find(|c| c["key"].as_str() == Some(*k))
                    .and_then(|c| c["number"].as_u64())
                    .unwrap_or(0);
                input.push_str(&format!("{i}\n"));
            }
            "checklist" => {
                let k = if s["flow"] == "signs" {
                    a.next().unwrap().trim_start_matches(SIGNS)
                } else {
                    a.next().unwrap_or(&"")
                };
                let items: Vec<(String, u64)> = s["items"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|i| Some((i["key"].as_str()?.to_string(), i["number"].as_u64()?)))
                    .collect();
                let nums: Vec<String> = k
                    .split_whitespace()
                    .filter_map(|t| items.iter().find(|(x, _)| x == t).map(|(_, n)| n.to_string()))
                    .collect();
                input.push_str(&format!("{}\n", nums.join(" ")));
            }
            _ => input.push('\n'),
        }
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_veiviser"))
        .args(["walk", "--plain", "--lang", lang, "--contacts"])
        .arg(common::fixture("setting/health.yaml"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(input.as_bytes())?;
            c.wait_with_output()
        })
        .expect("the binary runs");
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn no_output_counts_or_scores_the_signs() {
    for lang in ["en", "nb"] {
        for format in ["plain", "json"] {
            let out = every_sign(lang, format);
            assert!(out.contains("signs") || out.contains("tegn"), "{lang} {format}: the walk passed the signs");
            let summary = if lang == "en" { "The path taken" } else { "Veien hit" };
            if format == "plain" {
                assert!(out.contains(summary), "{lang}: the plain walk reached the summary:\n{out}");
            }
            for line in out.lines() {
                assert!(counts(lang, line).is_none(), "{lang} {format}: {:?} in {line}", counts(lang, line));
                // No likelihood where the signs show: the signs step, the questions, the
                // journal (the legal thresholds elsewhere speak of "most likely").
                let signs = ["\"signs\"", "\"questions\"", "\"journal\""].iter().any(|n| line.contains(n));
                if format == "json" && signs {
                    let l = line.to_lowercase();
                    for w in ["likel", "probab", "sannsynlig", "risk", "risiko"] {
                        assert!(!l.contains(w), "{lang}: `{w}` where the signs show: {line}");
                    }
                }
            }
        }
    }
}

/// Answers the TUI step by step: a question by its choice key, a checklist by item keys.
fn tui_answer(a: &mut App, answer: &str) {
    let st = a.session().unwrap().step();
    match a.place() {
        Place::Question => {
            let c = st.choices.iter().find(|c| c.key.as_str() == answer).expect(answer);
            a.update(Pick(c.number));
        }
        Place::Checklist => {
            let picks: Vec<usize> = answer
                .split_whitespace()
                .filter_map(|k| st.items.iter().find(|i| i.key.as_str() == k).map(|i| i.number))
                .collect();
            if picks.is_empty() {
                // Nothing ticked: the first Enter says so, the second goes on.
                tui_support::act(a, &[Select, Select]);
            } else {
                for p in picks {
                    a.update(Pick(p));
                }
                a.update(Select);
            }
        }
        _ => {
            a.update(Select);
        }
    }
}

#[test]
fn the_full_screen_walk_shows_no_count_and_no_topic_in_discreet_mode() {
    let c = common::bundled();
    for lang in c.texts.langs() {
        let code = lang.code().to_string();
        for discreet in [false, true] {
            let mut a = App::new(&c.model, &c.texts, lang, true, 80, 24);
            a.discreet = discreet;
            a.update(Pick(1));
            for ans in ["not-acute", "adult", "not-likely", "alone", "health"] {
                tui_answer(&mut a, ans);
            }
            let st = a.session().unwrap().step();
            assert_eq!(format!("{}/{}", st.flow.id, st.node_id), "signs/noticed");
            if discreet {
                let s = tui_support::screen(&a).to_lowercase();
                for w in ["traffick", "victim", "exploit", "menneskehandel", "utnytt", "tvang", " sex"] {
                    assert!(!s.contains(w), "{code}: `{w}` on the signs step in discreet mode:\n{s}");
                }
            }
            tui_answer(&mut a, "story companion body work where");
            for _ in 0..40 {
                let s = tui_support::screen(&a);
                for line in s.lines() {
                    assert!(counts(&code, line).is_none(), "{code}: {line}\n{s}");
                }
                if !matches!(a.place(), Place::Question | Place::Checklist | Place::Continue) {
                    break;
                }
                let st = a.session().unwrap().step();
                let ans = match (st.flow.id.as_str(), st.node_id) {
                    ("conversation", "new-info") => "none",
                    ("outcomes", "which") => "strengthened",
                    ("referral", "status") => "unknown",
                    _ => "",
                };
                tui_answer(&mut a, ans);
            }
            assert!(matches!(a.place(), Place::Summary), "{code}: the walk reached the summary");
        }
    }
}

#[test]
fn the_case_signs_step_names_no_topic_in_discreet_mode() {
    let c = common::bundled();
    let raw = common::bundled_raw();
    let node = raw.flow("signs").and_then(|f| f.node("noticed")).unwrap();
    let mut ids: Vec<&str> = vec![&node.title, node.text.as_deref().unwrap(), node.why.as_deref().unwrap()];
    ids.extend(node.items().iter().map(|i| i.label.as_str()));
    ids.push("signs-title");
    ids.push("src-is-1022-6-3");
    // Every label a sign shows: the fitting questions, the journal's reminders.
    let (facts, _) = sign_facts(&raw);
    for f in &raw.flows {
        for (_, n) in &f.nodes {
            for i in n.items() {
                if common::condition_facts([&i.when]).iter().any(|x| facts.contains(x)) {
                    ids.push(i.label.as_str());
                }
            }
        }
    }
    let words = |lang: &str| -> &[&str] {
        if lang == "en" {
            &["traffick", "victim", "exploit", "coerc", "forced marriage", " sex"]
        } else {
            &["menneskehandel", "utnytt", "tvang", "offer", "ofre", " sex"]
        }
    };
    for lang in c.texts.langs() {
        for id in &ids {
            let t = c.texts.pick(lang, id, true).to_lowercase();
            for w in words(lang.code()) {
                assert!(!t.contains(w), "{lang} {id}: `{w}` in discreet mode: {t}");
            }
        }
    }
    // And as walked: the step in discreet mode.
    for lang in ["en", "nb"] {
        let w = walk_with(Some("health"), lang, &["--discreet"], &[&MINOR[..], &["signs:story"]].concat());
        let t = texts(w.step("signs/noticed")).to_lowercase();
        for word in words(lang) {
            assert!(!t.contains(word), "{lang}: `{word}` on the signs step in discreet mode: {t}");
        }
    }
}

/// The paths of the whole case (`veiviser paths --max 0`): the total line.
fn paths_total(flows: Option<&std::path::Path>) -> String {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_veiviser"));
    cmd.args(["paths", "--flow", "case", "--max", "0", "--lang", "en"]);
    if let Some(f) = flows {
        cmd.arg("--flows").arg(f);
    }
    let out = cmd.output().expect("the binary runs");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    text.lines().find(|l| l.contains("paths in all")).unwrap_or_else(|| panic!("{text}")).to_string()
}

#[test]
fn the_signs_step_adds_no_path_for_review() {
    // The same case without the signs step: the place leads straight to the conversation.
    let dir = std::env::temp_dir().join(format!("veiviser-signs-{}", std::process::id()));
    let flows = dir.join("flows");
    common::copy_tree(&common::fixture("../../flows"), &flows);
    let case = flows.join("case.yaml");
    let text = std::fs::read_to_string(&case).unwrap().replace("next: signs", "next: conversation");
    let start = text.find("  signs:\n").expect("the signs step");
    let end = start + text[start..].find("  conversation:\n").unwrap();
    std::fs::write(&case, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let without = paths_total(Some(&flows));
    let with = paths_total(None);
    let _ = std::fs::remove_dir_all(&dir);
    // Ticks that change only what a step shows are no answers that matter.
    assert_eq!(with, without);
}
