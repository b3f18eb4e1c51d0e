//! At the arrival centre (issue 8), walked through the JSON protocol of the real binary on
//! the bundled flows: each new or changed step appears on the path where it belongs, says
//! what it must say, and is followed by the right next step. Points 1, 3, 5, 6, 7 and 9.

mod common;

use common::json::{NONE, TO_NEW_INFO, ids, keys, texts, walk, with};
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn point_1_before_averting_tell_the_person_and_plan_together_the_duty_holds() {
    for lang in ["en", "nb"] {
        let w = walk(lang, &["not-acute", "adult", "maybe", "aggravated", "violence", "met", "alone"]);
        // The duty is met: the outcome that says what to do, then on to the companion.
        assert_eq!(w.before("avert/act"), "avert/assess");
        assert_eq!(w.after("avert/act"), "triage/companion");
        let act = w.step("avert/act");
        assert_eq!(ids(&act["duties"]), ["avert"]);
        let actions: Vec<&str> = act["actions"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        // Telling the person comes first, before the police.
        let (tell, police) = if lang == "en" {
            ("plan it together", "Notify the police")
        } else {
            ("planlegg det sammen", "Varsle politiet")
        };
        let t = actions.iter().position(|a| a.contains(tell)).unwrap_or_else(|| panic!("{actions:?}"));
        let p = actions.iter().position(|a| a.contains(police)).unwrap_or_else(|| panic!("{actions:?}"));
        assert!(t < p, "{actions:?}");
        let a = actions[t];
        let words: &[&str] = if lang == "en" {
            &["where the person will be", "family at home", "holds all the same"]
        } else {
            &["hvor personen skal være", "familien hjemme", "Plikten gjelder likevel"]
        };
        for word in words {
            assert!(a.contains(word), "`{word}` missing: {a}");
        }
        // Not the police immigration unit in the building: 112 or 02800.
        let p = actions[p];
        assert!(p.contains("02800") && p.contains("112"), "{p}");
        assert!(
            p.contains(if lang == "en" {
                "not the police immigration unit at the arrival centre"
            } else {
                "ikke Politiets utlendingsenhet på ankomstsenteret"
            }),
            "{p}"
        );
    }
}

#[test]
fn point_2_anonymous_is_spelled_out_and_the_centre_police_unit_is_not_the_way() {
    let w = walk("en", &["not-acute", "adult", "maybe", "aggravated", "violence", "unsure", "alone"]);
    assert_eq!(w.after("avert/get-advice"), "triage/companion");
    let t = texts(w.step("avert/get-advice"));
    for word in
        ["nationality", "language", "date of arrival", "age", "room", "travel companions", "ROSA (adults)", "Bufdir"]
    {
        assert!(t.contains(word), "`{word}` missing: {t}");
    }
    assert!(t.contains("Not the police immigration unit at the arrival centre") && t.contains("02800"), "{t}");
}

#[test]
fn point_3_the_opening_lines_promise_what_holds_and_no_more() {
    let w = walk("en", &TO_NEW_INFO);
    assert_eq!(w.before("conversation/before"), "signs/noticed");
    assert_eq!(w.after("conversation/before"), "conversation/go");
    let open = w.step("conversation/before");
    let t = texts(open);
    for word in [
        "Say what stays confidential",
        "goes to no one else without their yes",
        "a serious crime can still be stopped, you must act",
        "tell the child welfare service if a child may be harmed",
        "section 196 of the Penal Code, straffeloven; sections 31 and 33 of the Health Personnel Act",
        "You tell UDI nothing without their yes",
        "help and a safe place to stay",
        "promise nothing about residence: an asylum case",
        "interpreter is bound by confidentiality",
    ] {
        assert!(t.contains(word), "`{word}` missing: {t}");
    }
    // Not the legal word for asylum, and not "I must act without consent".
    let labels: String = open["points"].as_array().unwrap().iter().filter_map(|i| i["label"].as_str()).collect();
    assert!(!labels.to_lowercase().contains("protection"), "{labels}");
    assert!(!labels.contains("without consent"), "{labels}");
    // No promise the worker cannot keep: how the person travelled, or the papers, may be
    // exactly what a duty requires to be passed on (issue 20, point 6).
    assert!(!t.contains("how they travelled"), "{t}");
    // The same in Norwegian.
    let nb = walk("nb", &TO_NEW_INFO);
    let t = texts(nb.step("conversation/before"));
    for word in ["Si hva som er taushetsbelagt", "helsepersonelloven § 31 og § 33", "et trygt sted å bo", "en asylsak"]
    {
        assert!(t.contains(word), "`{word}` missing: {t}");
    }
    assert!(!t.contains("hvordan personen reiste"), "{t}");
}

#[test]
fn point_5_what_goes_in_the_journal_is_on_the_summary() {
    for (lang, words) in [
        (
            "en",
            [
                "patient journal, not on loose notes",
                "in their own words",
                "interpreter's ID in the national register of interpreters",
                "Which consent",
                "on what ground",
                "not where the person will stay",
                "not a journal note",
            ],
        ),
        (
            "nb",
            [
                "pasientjournalen, ikke på løse lapper",
                "med personens egne ord",
                "tolkens ID i Nasjonalt tolkeregister",
                "Hvilket samtykke",
                "hvilket grunnlag",
                "ikke hvor personen skal bo",
                "ikke et journalnotat",
            ],
        ),
    ] {
        let w = walk(lang, &with(&TO_NEW_INFO, &["none", "wants-help", "asylum", NONE]));
        // Not a screen of its own (one consultation): the summary's journal group.
        assert!(!w.nodes().iter().any(|n| n == "case/journal"), "{:?}", w.nodes());
        assert_eq!(w.nodes().last().map(String::as_str), Some("referral/needs"));
        let t = w.actions();
        for word in &words[..words.len() - 1] {
            assert!(t.contains(word), "`{word}` missing ({lang}): {t}");
        }
    }
    // The summary screen says it too, above "The path taken" (line mode shows its text).
    let out = Command::new(env!("CARGO_BIN_EXE_veiviser"))
        .args(["walk", "--plain", "--lang", "en"])
        .env("COLUMNS", "200")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin
                .take()
                .expect("stdin")
                .write_all(b"not-acute\nadult\nnot-likely\nalone\nhealth\n\n\n\nnone\nwants-help\ncitizen\n\n")?;
            c.wait_with_output()
        })
        .expect("the binary runs");
    // Joined up: line mode wraps to the terminal.
    let s = String::from_utf8_lossy(&out.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
    let note = s.find("the path you took in the tool, is not a journal note").unwrap_or_else(|| panic!("{s}"));
    let path = s.find("The path taken:").unwrap_or_else(|| panic!("{s}"));
    assert!(note < path, "{s}");
    // On every path to the summary: also when the duty to avert was met.
    let w = walk(
        "en",
        &[
            "not-acute",
            "adult",
            "maybe",
            "aggravated",
            "violence",
            "met",
            "alone",
            "none",
            "no-help",
            "citizen",
            NONE,
            NONE,
        ],
    );
    assert!(w.actions().contains("patient journal, not on loose notes"), "{}", w.actions());
}

#[test]
fn point_6_a_stated_or_registered_age_does_not_settle_it() {
    let w = walk("en", &["not-acute", "maybe-minor"]);
    let age = w.step("triage/age");
    let t = texts(age);
    for word in [
        "registered in the asylum case",
        "does not settle it",
        "answer yes",
        "age assessment",
        "Do not assess the age yourself",
        "child welfare service, not to UDI or the police",
    ] {
        assert!(t.contains(word), "`{word}` missing: {t}");
    }
    assert!(!t.to_lowercase().contains("guardian") && !t.to_lowercase().contains("representative"), "{t}");
    // Yes: the child track next; no: the crime question.
    assert_eq!(w.after("triage/age"), "child-track/grounds");
    let w = walk("en", &["not-acute", "adult"]);
    assert_eq!(w.after("triage/age"), "triage/crime");
    let nb = walk("nb", &["not-acute", "adult"]);
    let t = texts(nb.step("triage/age"));
    assert!(t.contains("registrert i asylsaken") && t.contains("aldersvurdering"), "{t}");
}

#[test]
fn point_7_a_child_of_the_person_leads_to_the_child_track_about_that_child() {
    // The question is asked in the conversation.
    let w = walk("en", &TO_NEW_INFO);
    let q = texts(w.step("conversation/go"));
    assert!(q.contains("children with you") && q.contains("pressure"), "{q}");
    assert_eq!(w.after("conversation/go"), "conversation/new-info");
    assert!(keys(w.step("conversation/new-info"), "choices").contains(&"child-of-person".to_string()));

    // Concrete grounds for the person's child: the child track, its own duty, back to the
    // question, and the person in the room stays an adult.
    let w = walk(
        "en",
        &with(
            &TO_NEW_INFO,
            &[
                "child-of-person",
                "child-grounds",
                "aggravated",
                // The child is the one exploited: the worker ticks the child's age.
                "minor",
                "not-met",
                "none",
                "wants-help",
                "asylum",
                NONE,
                NONE,
            ],
        ),
    );
    assert_eq!(w.after("conversation/new-info"), "child-of-person/grounds");
    let grounds = w.step("child-of-person/grounds");
    let choices = keys(grounds, "choices");
    assert!(choices.contains(&"child-grounds".to_string()) && !choices.contains(&"grounds".to_string()), "{choices:?}");
    // Exploiting or mistreating a child is in section 196: the assessment follows. Whom it
    // concerns (the child, or the parent under pressure) is the worker's to tick: nothing
    // is marked known. The office-hours question is skipped: one action names both.
    assert_eq!(w.after("child-of-person/grounds"), "avert/kind");
    let agg = w.step("avert/aggravated");
    assert!(agg["known"].is_null(), "{agg}");
    assert_eq!(w.after("avert/no-duty"), "child-of-person/done");
    let done = w.step("child-of-person/done");
    let t = texts(done);
    assert!(t.contains("The person's child: report to the child welfare service now"), "{t}");
    assert!(t.contains("116 111"), "{t}");
    assert!(!t.contains("Tell the child what you do"), "{t}");
    assert_eq!(ids(&done["duties"]), ["report-cws-child"]);
    assert_eq!(w.after("child-of-person/done"), "conversation/new-info");
    // Back at the question, the child of the person is not offered again.
    let again = &w.steps[w.index("child-of-person/done") + 1];
    assert!(!keys(again, "choices").contains(&"child-of-person".to_string()));
    assert_eq!(w.duties(), ["report-cws-child"]);
    // The person is not taken for a child: no duty about the person, no "under 18" step.
    assert!(!w.nodes().iter().any(|n| n.ends_with("-child") && n.starts_with("outcomes/")), "{:?}", w.nodes());
    assert!(!serde_json::to_string(&w.summary["actions"]).unwrap().contains("Under 18"), "{}", w.summary["actions"]);

    // Only unease: no duty, advice without names.
    let w = walk("en", &with(&TO_NEW_INFO, &["child-of-person", "not-yet", "none", "unclear", "asylum", NONE, NONE]));
    assert!(w.duties().is_empty(), "{:?}", w.duties());
    let t = texts(w.step("child-of-person/done"));
    assert!(t.contains("ask for advice, without names"), "{t}");
}

#[test]
fn point_9_a_move_is_asked_about_before_the_person_leaves() {
    for (lang, words) in [
        (
            "en",
            ["moved before the next appointment", "only what it needs", "ROSA", "reception staff", "neutral reason"],
        ),
        ("nb", ["flyttet før neste time", "bare det den trenger", "ROSA", "ansatte i mottaket", "nøytral grunn"]),
    ] {
        let w = walk(lang, &TO_NEW_INFO);
        assert_eq!(w.before("conversation/go"), "conversation/before");
        assert_eq!(w.after("conversation/go"), "conversation/new-info");
        let close = w.step("conversation/go");
        assert!(keys(close, "points").contains(&"move".to_string()));
        let t = texts(close);
        for word in words {
            assert!(t.contains(word), "`{word}` missing ({lang}): {t}");
        }
    }
}
