//! Where the service works (issue 20, "Where the tool is used"): asked once, after triage,
//! unless the service's local file gives it; it changes a few texts and never the way a
//! case goes. The state-graph tests (tests/room.rs) walk every path at the arrival centre
//! only; the rule checked here is what makes that enough.

mod common;

use common::json::{NONE, TO_NEW_INFO, walk_at, walk_with, with};
use std::collections::BTreeSet;
use std::process::Command;
use veiviser::flow::model::{FlowSet, Str};

const SETTINGS: [&str; 5] = ["arrival-centre", "reception-centre", "health", "hospital", "social"];

/// The facts the answer to the setting question sets, and the question's choice keys.
fn setting_facts(set: &FlowSet) -> (BTreeSet<String>, Vec<String>) {
    let mut facts = BTreeSet::new();
    let mut keys = Vec::new();
    for f in &set.flows {
        for (_, n) in f.nodes.iter().filter(|(_, n)| n.setting == Some(true)) {
            for c in n.choices() {
                facts.extend(c.set.iter().map(|s| s.to_string()));
                keys.push(c.key.to_string());
            }
        }
    }
    (facts, keys)
}

#[test]
fn the_setting_changes_wording_and_never_the_way() {
    let set = common::bundled_raw();
    let (facts, keys) = setting_facts(&set);
    assert_eq!(keys, SETTINGS, "the places a service can give in its local file");
    assert!(facts.contains("at-arrival") && facts.contains("at-centre"), "{facts:?}");
    let names = |c: &Option<Str>| -> BTreeSet<String> {
        common::condition_facts([c]).into_iter().filter(|f| facts.contains(f)).collect()
    };
    for f in &set.flows {
        for (id, n) in &f.nodes {
            let at = format!("{}/{id}", f.id);
            // The way: a node's own condition, and which choices a question offers.
            if n.setting != Some(true) {
                assert!(names(&n.when).is_empty(), "{at}: the setting decides whether the step shows");
            }
            for c in n.choices() {
                assert!(names(&c.when).is_empty(), "{at}/{}: the setting decides a choice", c.key);
            }
            // Wording: an item shown only in one place sets nothing that could steer.
            for i in n.items() {
                assert!(names(&i.when).is_empty() || i.set.is_empty(), "{at}/{}: sets a fact", i.key);
            }
        }
    }
}

#[test]
fn asked_once_after_triage_unless_the_local_file_says() {
    let answers = ["not-acute", "adult", "not-likely", "alone", "health"];
    for lang in ["en", "nb"] {
        let w = walk_at(None, lang, &answers);
        assert_eq!(w.before("case/setting"), "triage/companion", "{:?}", w.nodes());
        assert_eq!(w.after("case/setting"), "signs/noticed");
        assert_eq!(w.after("signs/noticed"), "conversation/before");
        let step = w.step("case/setting");
        assert_eq!(common::json::keys(step, "choices"), SETTINGS);
        // The danger question still opens the case.
        assert_eq!(w.nodes()[0], "triage/acute");
        assert_eq!(w.nodes().iter().filter(|n| *n == "case/setting").count(), 1);
    }
    // Given by the local file: never asked.
    for s in SETTINGS {
        let w = walk_at(Some(s), "en", &with(&TO_NEW_INFO, &["none", "wants-help", "asylum", NONE, NONE]));
        assert!(!w.nodes().iter().any(|n| n == "case/setting"), "{s}: {:?}", w.nodes());
        assert!(!w.summary.is_null(), "{s}: the walk reaches the summary");
    }
    // A case that triage ends early is asked too: the summary's move advice depends on it.
    let w = walk_at(None, "en", &["protection", "adult", "reception-centre", NONE]);
    assert_eq!(w.after("triage/acute-now"), "case/setting");
    assert!(w.actions().contains("from an asylum reception centre"), "{}", w.actions());
}

/// A case with the duty to avert met about an adult, at `setting`.
fn met(setting: &str, lang: &str, extra: &[&str]) -> common::json::Walked {
    let answers = [
        "not-acute",
        "adult",
        "maybe",
        "aggravated",
        "violence",
        "met",
        "alone",
        "none",
        "no-help",
        "asylum",
        NONE,
        NONE,
    ];
    walk_with(Some(setting), lang, extra, &answers)
}

#[test]
fn the_police_unit_in_the_building_is_named_only_at_the_arrival_centre() {
    for (lang, unit, police) in [
        ("en", "police immigration unit", "Notify the police: 112 if someone is in danger now, otherwise 02800"),
        ("nb", "Politiets utlendingsenhet", "Varsle politiet: 112 hvis noen er i fare nå, ellers 02800"),
    ] {
        let mut counts = BTreeSet::new();
        for s in SETTINGS {
            let w = met(s, lang, &[]);
            let actions = w.actions();
            assert!(actions.contains(police), "{s} {lang}: {actions}");
            assert_eq!(actions.contains(unit), s == "arrival-centre", "{s} {lang}: {actions}");
            assert!(!actions.contains("police unit at the centre") && !actions.contains("enhet på mottaket"));
            counts.insert(w.summary()["actions"].as_array().map_or(0, Vec::len));
        }
        // One text for another: the summary is as long wherever the service works.
        assert_eq!(counts.len(), 1, "{lang}: {counts:?}");
    }
}

#[test]
fn the_same_slip_for_every_arrival_only_at_the_arrival_centre() {
    // The companion stays: triage's "later" outcome gives the slip.
    let answers = ["not-acute", "adult", "not-likely", "companion", NONE];
    for (s, every) in [("arrival-centre", true), ("health", false), ("social", false)] {
        let w = walk_at(Some(s), "en", &answers);
        let a = w.actions();
        assert!(a.contains("slip"), "{s}: {a}");
        assert_eq!(a.contains("every arrival gets"), every, "{s}: {a}");
        // Every way a case ends names what happens after a move, where one is possible.
        assert_eq!(a.contains("the centre decides the move"), every, "{s}: {a}");
        assert_eq!(a.contains("may be moved before you meet again"), !every, "{s}: {a}");
    }
    let w = walk_at(Some("health"), "nb", &with(&TO_NEW_INFO, &[]));
    let t = common::json::texts(w.step("conversation/before"));
    assert!(t.contains("En liten lapp") && !t.contains("alle nyankomne"), "{t}");
}

#[test]
fn discreet_wherever_the_service_works() {
    for s in SETTINGS {
        for lang in ["en", "nb"] {
            let w = met(s, lang, &["--discreet"]);
            let all =
                format!("{}\n{}", w.steps.iter().map(common::json::texts).collect::<Vec<_>>().join("\n"), w.actions());
            let lower = all.to_lowercase();
            let words: &[&str] =
                if lang == "en" { &["traffick", "victim", "exploit", "coerc"] } else { &["menneskehandel", "utnytt"] };
            for word in words {
                assert!(!lower.contains(word), "{s} {lang}: `{word}` in discreet mode");
            }
        }
    }
}

#[test]
fn check_names_a_setting_it_does_not_know_and_one_outside_the_local_file() {
    let dir = std::env::temp_dir().join(format!("veiviser-setting-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("local.yaml");
    std::fs::write(&bad, "setting: the-moon\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_veiviser"))
        .args(["check", "--lang", "en", "--no-color", "--contacts"])
        .arg(&bad)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("the-moon") && err.contains("arrival-centre, reception-centre"), "{err}");
    assert!(err.contains("local.yaml:1:10"), "{err}");
    // The walk goes on without the broken local file, and says so: the question is asked.
    let w =
        walk_with(None, "en", &["--contacts", bad.to_str().unwrap()], &["not-acute", "adult", "not-likely", "alone"]);
    assert!(w.nodes().iter().any(|n| n == "case/setting"), "{:?}", w.nodes());
    // In the bundled directory it is a finding.
    let flows = dir.join("flows");
    common::copy_tree(&common::fixture("../../flows"), &flows);
    let c = flows.join("contacts.yaml");
    let text = std::fs::read_to_string(&c).unwrap();
    std::fs::write(&c, format!("setting: health\n{text}")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_veiviser"))
        .args(["check", "--lang", "en", "--no-color", "--flows"])
        .arg(&flows)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("belongs in the service's local contact file"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
