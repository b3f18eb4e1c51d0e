//! `walk --record FILE`: a walk written as a scenario. Every scenario shipped, walked
//! through `walk --json --record`, comes back as a file that reads, replays, and holds the
//! same answers, outcome and duties; its placeholders are warnings, not failures. Input
//! that ends before the summary writes nothing and says so; an existing file and
//! `--discreet` are refused before the walk.

mod common;

use assert_cmd::Command;
use common::json::{SIGNS, walk_with};
use veiviser::engine::Answer;
use veiviser::i18n::embedded_langs;
use veiviser::scenario::{self, Feedback, Scenario};

fn shipped() -> Vec<Scenario> {
    let (ok, bad) = scenario::load_embedded(&embedded_langs());
    assert!(bad.is_empty(), "{bad:?}");
    ok
}

/// The answers of `s` as `walk --json` takes them (going on past a text is implicit).
fn typed(s: &Scenario) -> Vec<String> {
    s.answers
        .iter()
        .filter_map(|g| match &g.answer {
            Answer::Choose(k) => Some(k.clone()),
            Answer::Tick(keys) if g.at.to_string() == "signs/noticed" => Some(format!("{SIGNS}{}", keys.join(" "))),
            Answer::Tick(keys) => Some(keys.join(" ")),
            Answer::Continue => None,
        })
        .collect()
}

fn without_continue(s: &Scenario) -> Vec<(String, Answer)> {
    s.answers
        .iter()
        .filter(|g| g.answer != Answer::Continue)
        .map(|g| {
            let a = match &g.answer {
                Answer::Tick(k) => {
                    let mut k = k.clone();
                    k.sort();
                    Answer::Tick(k)
                }
                a => a.clone(),
            };
            (g.at.to_string(), a)
        })
        .collect()
}

#[test]
fn every_shipped_scenario_walked_with_record_comes_back_as_a_scenario_that_replays_the_same() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let model = common::bundled().model;
    for s in shipped() {
        let file = dir.path().join(format!("rec-{}.yaml", s.id));
        let mut extra = vec!["--record".to_string(), file.display().to_string()];
        if let Some(f) = &s.flow {
            extra.extend(["--flow".to_string(), f.clone()]);
        }
        let extra: Vec<&str> = extra.iter().map(String::as_str).collect();
        let answers = typed(&s);
        let answers: Vec<&str> = answers.iter().map(String::as_str).collect();
        let w = walk_with(None, "en", &extra, &answers);
        let _ = w.summary();
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: nothing recorded: {e}", s.id));
        let rec = scenario::parse(&file.display().to_string(), &text, &embedded_langs())
            .unwrap_or_else(|e| panic!("{}: the recorded file does not read: {e:?}\n{text}", s.id));
        assert_eq!(rec.id, format!("rec-{}", s.id), "the id comes from the file name");
        let mut got = without_continue(&rec);
        for (at, a) in &mut got {
            // Items known already are recorded ticked, as on screen: compare what was typed.
            if let (Answer::Tick(keys), Some((_, Answer::Tick(want)))) =
                (&mut *a, without_continue(&s).iter().find(|(x, _)| x == at))
            {
                keys.retain(|k| want.contains(k));
            }
        }
        assert_eq!(got, without_continue(&s), "{}: the answers recorded", s.id);
        assert_eq!(rec.expect.outcome, s.expect.outcome, "{}: the outcome recorded", s.id);
        assert_eq!(rec.expect.duties, s.expect.duties, "{}: the duties recorded", s.id);
        for a in &s.expect.actions {
            assert!(rec.expect.actions.contains(a), "{}: action {a} recorded", s.id);
        }
        for a in &s.expect.not_actions {
            assert!(!rec.expect.actions.contains(a), "{}: action {a} not recorded", s.id);
        }
        // Every question has a placeholder for every choice shown; a checklist one text.
        for g in &rec.answers {
            match (&g.answer, &g.feedback) {
                (Answer::Choose(k), Feedback::PerChoice(m)) => assert!(m.contains_key(k), "{}: {k}", s.id),
                (Answer::Tick(_), Feedback::One(_)) => {}
                other => panic!("{}: {} has no placeholder feedback: {other:?}", s.id, g.at),
            }
        }
        let replayed = scenario::replay(&model, &rec);
        assert!(replayed.ok(), "{}: the recorded scenario replays: {:?}", s.id, replayed.problems);
        assert!(!replayed.warnings.is_empty(), "{}: its placeholders are warnings", s.id);
        // And the command says it passes.
        Command::cargo_bin("veiviser")
            .expect("binary")
            .args(["--lang", "en", "scenario", "check"])
            .arg(&file)
            .assert()
            .success();
    }
}

#[test]
fn a_recorded_walk_says_where_it_went_and_what_to_do_next() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("said.yaml");
    let model = common::bundled().model;
    let s = shipped().into_iter().find(|s| s.id == "adult-declines").expect("adult-declines");
    // Every line the walk reads, texts gone past included: the replay's path.
    let r = scenario::replay(&model, &s);
    let lines: String = r
        .steps
        .iter()
        .map(|p| match &p.answer {
            Answer::Choose(k) => format!("{k}\n"),
            Answer::Tick(keys) => format!("{}\n", keys.join(" ")),
            Answer::Continue => "\n".to_string(),
        })
        .collect();
    let out = Command::cargo_bin("veiviser")
        .expect("binary")
        .args(["--lang", "en", "walk", "--json", "--record"])
        .arg(&file)
        .write_stdin(lines)
        .assert()
        .success()
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("written as a scenario to") && err.contains("scenario check"), "{err}");
    assert!(file.exists());
    // "A GP, an emergency clinic or a health centre" names three settings: left to the
    // author, as a placeholder.
    let rec = std::fs::read_to_string(&file).expect("read");
    assert!(rec.lines().any(|l| l.starts_with("setting: \"TODO\"")), "{rec}");
}

#[test]
fn input_that_ends_before_the_summary_records_nothing_and_says_so() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("half.yaml");
    let out = Command::cargo_bin("veiviser")
        .expect("binary")
        .args(["--lang", "en", "walk", "--plain", "--record"])
        .arg(&file)
        .write_stdin("3\n")
        .assert()
        .code(3)
        .get_output()
        .clone();
    assert!(!file.exists(), "nothing written");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("nothing was written to"), "{err}");
}

#[test]
fn an_existing_file_and_discreet_mode_are_refused_before_the_walk() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("there.yaml");
    std::fs::write(&file, "keep me").expect("write");
    let out = Command::cargo_bin("veiviser")
        .expect("binary")
        .args(["--lang", "en", "walk", "--plain", "--record"])
        .arg(&file)
        .write_stdin("")
        .assert()
        .failure()
        .get_output()
        .clone();
    assert!(String::from_utf8_lossy(&out.stderr).contains("exists already"));
    assert_eq!(std::fs::read_to_string(&file).ok().as_deref(), Some("keep me"));
    let other = dir.path().join("new.yaml");
    let out = Command::cargo_bin("veiviser")
        .expect("binary")
        .args(["--lang", "en", "--discreet", "walk", "--plain", "--record"])
        .arg(&other)
        .write_stdin("")
        .assert()
        .failure()
        .get_output()
        .clone();
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be used with --discreet"));
    assert!(!other.exists());
}
