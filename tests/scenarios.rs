//! The scenarios: every one shipped replays on the bundled flows as it says; a broken one
//! (a wrong choice key, a wrong outcome, answers out of order) fails with a message that
//! says where; a file that is not a scenario gives a clear error naming the file and the
//! place; `veiviser scenario check` prints and exits accordingly.

mod common;

use assert_cmd::Command;
use std::collections::BTreeSet;
use std::path::Path;
use veiviser::engine::Answer;
use veiviser::i18n::{Lang, Texts, embedded_langs};
use veiviser::scenario::{self, BadAnswer, Problem, Scenario, report};

fn en() -> Lang {
    Lang::of("en")
}

fn shipped() -> Vec<Scenario> {
    let (ok, bad) = scenario::load_embedded(&embedded_langs());
    assert!(bad.is_empty(), "shipped scenarios that do not read: {bad:#?}");
    ok
}

/// The text of a shipped scenario file.
fn text_of(name: &str) -> &'static str {
    scenario::embedded()
        .iter()
        .find(|(n, _)| n.ends_with(name))
        .map(|(_, t)| t.as_str())
        .unwrap_or_else(|| panic!("no {name}"))
}

/// A shipped scenario with `from` replaced by `to` (which must be there).
fn changed(name: &str, from: &str, to: &str) -> Scenario {
    let text = text_of(name);
    assert!(text.contains(from), "{name} has no `{from}`");
    match scenario::parse(name, &text.replacen(from, to, 1), &embedded_langs()) {
        Ok(s) => s,
        Err(e) => panic!("{e:?}"),
    }
}

/// The 1-based line of the first line of `text` that starts with `start`.
fn line_of(text: &str, start: &str) -> usize {
    text.lines().position(|l| l.starts_with(start)).map(|i| i + 1).unwrap_or_else(|| panic!("no `{start}`"))
}

/// A shipped scenario's text with its answer at `at` (the first one choosing `choose`),
/// feedback and all, replaced by `to`.
fn with_answer(name: &str, at: &str, choose: &str, to: &str) -> String {
    let text = text_of(name);
    let head = format!("  - at: {at}\n    choose: {choose}\n");
    let start = text.find(&head).unwrap_or_else(|| panic!("{name} has no answer {at}: {choose}"));
    let rest = &text[start + head.len()..];
    let end = ["  - at:", "  - {", "expect:"]
        .iter()
        .filter_map(|m| rest.find(&format!("\n{m}")).map(|i| i + 1))
        .chain(rest.starts_with("  - ").then_some(0))
        .min()
        .unwrap_or(rest.len());
    format!("{}{to}{}", &text[..start], &rest[end..])
}

fn changed_answer(name: &str, at: &str, choose: &str, to: &str) -> Scenario {
    match scenario::parse(name, &with_answer(name, at, choose, to), &embedded_langs()) {
        Ok(s) => s,
        Err(e) => panic!("{e:?}"),
    }
}

fn lines(texts: &Texts, s: &Scenario, r: &scenario::Replayed) -> String {
    report::replay_lines(texts, en(), s, r).join("\n")
}

#[test]
fn every_shipped_scenario_replays_as_it_says() {
    let c = common::bundled();
    let all = shipped();
    assert!(all.len() >= 8, "only {} scenarios", all.len());
    let mut failed = Vec::new();
    for s in &all {
        let r = scenario::replay(&c.model, s);
        if !r.ok() {
            failed.push(lines(&c.texts, s, &r));
        }
        // The session after each answer is there, and the last one is at the end.
        assert!(r.last().is_some_and(|x| x.is_finished()), "{} does not reach the end", s.id);
        assert_eq!(r.steps.iter().filter(|p| p.given.is_some()).count(), s.answers.len(), "{}", s.id);
    }
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
}

#[test]
fn the_eight_cases_of_the_issue_are_there_with_their_outcomes() {
    let all = shipped();
    let by_id = |id: &str| all.iter().find(|s| s.id == id).unwrap_or_else(|| panic!("no scenario {id}"));
    for (id, outcome, duties) in [
        ("adult-wants-help", "outcomes/wants-help", &[][..]),
        ("adult-declines", "outcomes/no-help", &[]),
        ("possible-minor", "outcomes/no-help", &["report-cws"]),
        // A girl of 16 is to be brought: the report to the child welfare service too.
        ("avert-applies", "outcomes/wants-help", &["avert", "report-cws"]),
        ("avert-not-met", "outcomes/strengthened", &[]),
        ("ruled-out-violence", "outcomes/lessened", &[]),
        ("still-unclear", "outcomes/unclear", &[]),
        ("acute-danger", "triage/acute-now", &[]),
    ] {
        let s = by_id(id);
        assert_eq!(s.expect.outcome.to_string(), outcome, "{id}");
        let want: BTreeSet<String> = duties.iter().map(|d| d.to_string()).collect();
        assert_eq!(s.expect.duties, want, "{id}");
    }
    // The duty to avert assessed and not met: the scenario passes the assessment's "no".
    assert!(by_id("avert-not-met").expect.passes.iter().any(|p| p.to_string() == "avert/no-duty"));
}

#[test]
fn every_file_in_scenarios_is_embedded_and_ids_are_unique() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .filter(|n| n.ends_with(".yaml") || n.ends_with(".yml"))
                .map(|n| format!("scenarios/{n}"))
                .collect()
        })
        .unwrap_or_default();
    on_disk.sort();
    let mut embedded: Vec<String> = scenario::embedded().iter().map(|(n, _)| n.to_string()).collect();
    embedded.sort();
    assert_eq!(on_disk, embedded, "build.rs builds in every file of scenarios/");
    let all = shipped();
    let ids: BTreeSet<&str> = all.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.len(), all.len(), "two scenarios share an id");
    for s in &all {
        assert!(s.file.ends_with(&format!("{}.yaml", s.id)), "{}: the file is named after the id", s.file);
    }
}

/// The cases are made up and identify nobody: no names asked for by the format, no
/// numbers that could be a phone number, a birth date or an ID number, no control
/// characters; a title and a case text in every language shipped.
#[test]
fn the_case_texts_are_fictional_and_in_every_language() {
    for s in shipped() {
        for lang in embedded_langs() {
            let (title, text) = (s.title(lang), s.text(lang));
            assert!(!title.trim().is_empty() && text.len() > 80, "{} {lang}", s.id);
            for t in [title, text] {
                assert!(veiviser::safe::first_unsafe(t).is_none(), "{} {lang}: a control character", s.id);
                let longest = t.split(|c: char| !c.is_ascii_digit()).map(str::len).max().unwrap_or(0);
                assert!(longest < 4, "{} {lang}: a number that could identify someone: {t}", s.id);
            }
        }
        assert!(text_of(&format!("{}.yaml", s.id)).starts_with("# Fictional"), "{}: say it is fictional", s.id);
    }
}

/// A duty in a scenario only at its threshold: the duty to report with a possible minor
/// exploited, the duty to avert with the assessment met; nothing that leads to the
/// immigration authorities.
#[test]
fn no_scenario_raises_a_duty_below_its_threshold() {
    let c = common::bundled();
    for s in shipped() {
        let r = scenario::replay(&c.model, &s);
        let Some(end) = r.last() else { panic!("{}: no session", s.id) };
        let facts = end.facts();
        let duties = end.duties();
        if duties.iter().any(|d| d == "report-cws") {
            let child = facts.contains("minor") || facts.contains("avert-sign-minor");
            assert!(child && facts.contains("child-report-grounds"), "{}: {facts:?}", s.id);
        }
        if duties.iter().any(|d| d == "avert") {
            assert!(facts.contains("avert-met"), "{}: {facts:?}", s.id);
        }
        if duties.iter().any(|d| d == "report-cws-child") {
            assert!(facts.contains("child-at-risk"), "{}: {facts:?}", s.id);
        }
    }
}

#[test]
fn a_wrong_choice_key_fails_where_it_is_with_the_path_beside_the_path_expected() {
    let c = common::bundled();
    let s = changed("possible-minor.yaml", "choose: maybe-minor", "choose: perhaps-minor");
    let r = scenario::replay(&c.model, &s);
    assert!(!r.ok());
    assert!(
        r.problems.iter().any(|p| matches!(p, Problem::BadAnswer { index: 1, why: BadAnswer::NoSuchKey, .. })),
        "{:?}",
        r.problems
    );
    let out = lines(&c.texts, &s, &r);
    assert!(out.starts_with("FAILED  possible-minor: Possibly under 18"), "{out}");
    let age = line_of(text_of("possible-minor.yaml"), "  - at: triage/age");
    assert!(out.contains(&format!("line {age}: answer 2: triage/age has no choice or item `perhaps-minor`")), "{out}");
    assert!(out.contains("path taken") && out.contains("path expected"), "{out}");
    let row = out.lines().find(|l| l.contains("≠ triage/age: ?")).unwrap_or_else(|| panic!("{out}"));
    assert!(row.ends_with("triage/age: perhaps-minor"), "{row}");
    // Nothing about the end: the walk went another way before it.
    assert!(!out.contains("the duties"), "{out}");
    // In Norwegian too.
    let nb = report::replay_lines(&c.texts, Lang::of("nb"), &s, &r).join("\n");
    let want = format!("linje {age}: svar 2: triage/age har ikke noe valg eller punkt `perhaps-minor`");
    assert!(nb.contains(&want), "{nb}");
    assert!(nb.contains("veien som ble gått") && nb.contains("veien scenarioet venter"), "{nb}");
}

#[test]
fn a_choice_not_shown_here_is_told_apart_from_one_that_does_not_exist() {
    let c = common::bundled();
    // `minor` at new-info is shown only while the person is not known to be a minor.
    let s = changed_answer(
        "possible-minor.yaml",
        "conversation/new-info",
        "none",
        "  - {at: conversation/new-info, choose: minor}\n",
    );
    let r = scenario::replay(&c.model, &s);
    assert!(
        r.problems.iter().any(|p| matches!(p, Problem::BadAnswer { why: BadAnswer::NotShown, .. })),
        "{:?}",
        r.problems
    );
    assert!(lines(&c.texts, &s, &r).contains("`minor` is not shown at conversation/new-info here"));
}

#[test]
fn a_wrong_expected_outcome_fails_with_the_outcome_reached() {
    let c = common::bundled();
    let s = changed("adult-declines.yaml", "outcome: outcomes/no-help", "outcome: outcomes/wants-help");
    let r = scenario::replay(&c.model, &s);
    assert_eq!(
        r.problems,
        vec![Problem::Outcome {
            expected: scenario::NodeRef::parse("outcomes/wants-help").unwrap_or_default(),
            found: scenario::NodeRef::parse("outcomes/no-help"),
        }]
    );
    let out = lines(&c.texts, &s, &r);
    assert!(
        out.contains("the outcome: the scenario expects outcomes/wants-help, the path ended in outcomes/no-help"),
        "{out}"
    );
    let last = out.lines().last().unwrap_or("");
    assert!(last.contains("≠ → outcomes/no-help") && last.ends_with("→ outcomes/wants-help"), "{last}");
}

#[test]
fn answers_out_of_order_duties_and_actions_are_caught() {
    let c = common::bundled();
    // The age question left out: the flow asks it where the scenario answers the crime.
    let s = changed_answer("adult-wants-help.yaml", "triage/age", "adult", "");
    let r = scenario::replay(&c.model, &s);
    assert!(matches!(r.problems.as_slice(), [Problem::WrongNode { index: 1, .. }]), "{:?}", r.problems);
    assert!(lines(&c.texts, &s, &r).contains("answer 2 is for triage/crime, but the flow asks at triage/age"));
    // A duty that is not raised, an action that is there but must not be.
    let s = changed("adult-declines.yaml", "duties: []", "duties: [avert]");
    let r = scenario::replay(&c.model, &s);
    assert!(lines(&c.texts, &s, &r).contains("the duties: the scenario expects avert, the path raised -"));
    let s = changed("adult-declines.yaml", "not-actions:\n", "not-actions:\n    - outcomes-no-help-rights\n");
    let r = scenario::replay(&c.model, &s);
    let out = lines(&c.texts, &s, &r);
    assert!(out.contains("the action outcomes-no-help-rights is in the summary, but must not be"), "{out}");
    // Answers left over when the case ends.
    let s = changed("acute-danger.yaml", "\nexpect:\n", "\n  - {at: triage/age, choose: adult}\nexpect:\n");
    let r = scenario::replay(&c.model, &s);
    assert!(matches!(r.problems.as_slice(), [Problem::EndedEarly { index: 3, .. }]), "{:?}", r.problems);
    // A name the flows do not have.
    let s = changed("acute-danger.yaml", "- triage-acute-needs", "- triage-acute-nedds");
    let r = scenario::replay(&c.model, &s);
    assert!(lines(&c.texts, &s, &r).contains("no outcome has the action `triage-acute-nedds`"));
}

#[test]
fn a_malformed_file_gives_a_clear_error_naming_the_file_and_the_place() {
    let langs = embedded_langs();
    let texts = Texts::tool();
    let msg = |e: &scenario::FileError| format!("{}: {}", e.place(), texts.msg(en(), &e.msg));
    // An unknown key, with the place from the YAML parser.
    let bad = text_of("acute-danger.yaml").replace("choose: protection", "chose: protection");
    let e = scenario::parse("x.yaml", &bad, &langs).err().unwrap_or_else(|| panic!("parsed"));
    let m = msg(&e);
    let at = line_of(text_of("acute-danger.yaml"), "    choose: protection");
    assert!(m.starts_with(&format!("x.yaml:{at}:")) && m.contains("the key `chose` does not belong here"), "{m}");
    assert!(m.contains("allowed: at, choose, tick, continue"), "{m}");
    // A required key missing.
    let bad = text_of("acute-danger.yaml").replace("  duties: []\n", "");
    let e = scenario::parse("x.yaml", &bad, &langs).err().unwrap_or_else(|| panic!("parsed"));
    assert!(msg(&e).contains("the key `expect.duties` is missing"), "{}", msg(&e));
    // YAML that does not parse.
    let e = scenario::parse("x.yaml", "id: [a\n", &langs).err().unwrap_or_else(|| panic!("parsed"));
    assert!(msg(&e).starts_with("x.yaml:") && msg(&e).contains("YAML"), "{}", msg(&e));
    // A node that is not flow/node, with its line.
    let bad = text_of("acute-danger.yaml").replace("at: triage/acute", "at: acute");
    let e = scenario::parse("x.yaml", &bad, &langs).err().unwrap_or_else(|| panic!("parsed"));
    let at = line_of(text_of("acute-danger.yaml"), "  - at: triage/acute");
    assert_eq!(msg(&e), format!("x.yaml:{at}: `acute` must be flow/step, for example triage/age"));
    // No English text.
    let bad = text_of("acute-danger.yaml").replace("  en: Acute danger\n", "");
    let e = scenario::parse("x.yaml", &bad, &langs).err().unwrap_or_else(|| panic!("parsed"));
    assert!(msg(&e).contains("`title` has no text in en"), "{}", msg(&e));
    // Empty.
    let e = scenario::parse("x.yaml", "\n", &langs).err().unwrap_or_else(|| panic!("parsed"));
    assert_eq!(msg(&e), "x.yaml: the file is empty");
}

#[test]
fn an_answer_is_a_choice_ticks_or_continue() {
    let cont = "  - {at: triage/acute, continue: true}\n";
    let s = changed_answer("acute-danger.yaml", "triage/acute", "protection", cont);
    assert_eq!(s.answers[0].answer, Answer::Continue);
    let s = changed_answer("acute-danger.yaml", "triage/acute", "protection", "  - {at: triage/acute, tick: [a, b]}\n");
    assert_eq!(s.answers[0].answer, Answer::Tick(vec!["a".into(), "b".into()]));
    // A continue where a question is asked is the wrong kind of answer.
    let c = common::bundled();
    let s = changed_answer("acute-danger.yaml", "triage/acute", "protection", cont);
    let r = scenario::replay(&c.model, &s);
    assert!(
        matches!(r.problems.first(), Some(Problem::BadAnswer { why: BadAnswer::WrongKind, .. })),
        "{:?}",
        r.problems
    );
}

#[test]
fn coverage_counts_the_nodes_and_outcomes_reached() {
    let c = common::bundled();
    let all = shipped();
    let replays: Vec<_> = all.iter().map(|s| scenario::replay(&c.model, s)).collect();
    let cov = scenario::coverage(&c.model, &replays);
    let case = cov.flows.iter().find(|f| f.flow == "case").unwrap_or_else(|| panic!("no case"));
    assert_eq!((case.nodes_reached, case.nodes), (9, 9));
    // The signs: the case step and, in a scenario of their own, every list.
    let signs = cov.flows.iter().find(|f| f.flow == "signs").unwrap_or_else(|| panic!("no signs"));
    assert!(signs.unreached.is_empty(), "{:?}", signs.unreached);
    assert!(
        cov.is_reached("avert", "act") && cov.is_reached("avert", "no-duty") && cov.is_reached("triage", "acute-now")
    );
    // Every flow, "before" and "principles" included: every step, every decision (a
    // question or checklist a class answers in teaching mode) and every outcome.
    for f in &cov.flows {
        assert!(f.decisions > 0 || matches!(f.flow.as_str(), "principles"), "{}: no decisions?", f.flow);
        assert_eq!(f.decisions_reached, f.decisions, "{}: decisions not reached: {:?}", f.flow, f.unreached);
        assert!(f.unreached.is_empty(), "{}: {:?}", f.flow, f.unreached);
        assert_eq!(f.outcomes_reached, f.outcomes, "{}", f.flow);
    }
    assert!(cov.flows.iter().any(|f| f.flow == "before") && cov.flows.iter().any(|f| f.flow == "principles"));
    let out = report::coverage_lines(&c.texts, en(), &cov, all.len()).join("\n");
    assert!(out.contains("principles") && !out.contains("not reached"), "{out}");
    assert!(out.contains("decisions"), "{out}");
    // The coverage says what is not reached: one scenario alone leaves most of it.
    let one = scenario::coverage(&c.model, &replays[..1]);
    let out = report::coverage_lines(&c.texts, en(), &one, 1).join("\n");
    assert!(out.contains("not reached: about, p-1"), "{out}");
}

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_veiviser"));
    c.env("NO_COLOR", "1");
    c
}

#[test]
fn scenario_check_replays_every_shipped_scenario() {
    let out = bin().args(["scenario", "check", "--lang", "en"]).output().unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("ok      acute-danger: Acute danger"), "{stdout}");
    assert!(
        stdout.contains(&format!("{n} of {n} scenarios went as expected.", n = scenario::embedded().len())),
        "{stdout}"
    );
    let out =
        bin().args(["scenario", "check", "--coverage", "--lang", "nb"]).output().unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("Dekning:") && stdout.contains("valg") && stdout.contains("I alt:"), "{stdout}");
    assert!(!stdout.contains("ikke nådd:"), "every step reached: {stdout}");
}

#[test]
fn scenario_check_on_files_fails_with_exit_1_and_says_why() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let broken = dir.path().join("broken.yaml");
    let text = text_of("adult-declines.yaml").replace("choose: no-help", "choose: declines");
    std::fs::write(&broken, text).unwrap_or_else(|e| panic!("{e}"));
    let malformed = dir.path().join("malformed.yaml");
    std::fs::write(&malformed, "id: x\ntitle: {nb: a, en: a}\n").unwrap_or_else(|e| panic!("{e}"));
    let out = bin()
        .args(["scenario", "check", "--lang", "en"])
        .arg(&broken)
        .arg(&malformed)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("FAILED  adult-declines: An adult who declines help"), "{stdout}");
    assert!(stdout.contains("outcomes/which has no choice or item `declines`"), "{stdout}");
    assert!(stdout.contains(&format!("FAILED  {}", malformed.display())), "{stdout}");
    assert!(stdout.contains("the key `text` is missing"), "{stdout}");
    assert!(stdout.contains("0 of 2 scenarios went as expected."), "{stdout}");
    // A file that is not there: cannot run.
    let out = bin()
        .args(["scenario", "check", "--lang", "en"])
        .arg(dir.path().join("nothing.yaml"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
}

/// The screen of an app, one line a row.
fn screen_of(a: &veiviser::tui::app::App) -> String {
    use ratatui::{Terminal, backend::TestBackend};
    let mut t = Terminal::new(TestBackend::new(a.width, a.height)).unwrap();
    t.draw(|f| veiviser::tui::view::render(f, a)).unwrap();
    let buf = t.backend().buffer().clone();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>().trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn scenario_run_plays_a_step_a_key_with_the_case_beside_the_flow() {
    use veiviser::tui::app::App;
    use veiviser::tui::input::Action::*;
    use veiviser::tui::state::Place;
    let c = common::bundled();
    for lang in [veiviser::i18n::Lang::of("nb"), en()] {
        let s = shipped().into_iter().find(|s| s.id == "possible-minor").expect("possible-minor");
        let mut a = App::new(&c.model, &c.texts, lang, true, 100, 30);
        a.play(s.clone());
        let first = screen_of(&a);
        let title = s.title(lang).to_string();
        assert!(first.contains(&title), "the case beside the flow:\n{first}");
        assert_eq!(a.session().map(|x| x.step().node_id.to_string()).as_deref(), Some("acute"));
        // A digit does not answer: the scenario gives its own answers.
        a.update(Pick(1));
        assert_eq!(a.session().map(|x| x.step().node_id.to_string()).as_deref(), Some("acute"));
        // Enter to the end: the summary, with the duty the scenario expects.
        let n = a.player.as_ref().map_or(0, |p| p.sessions.len());
        for _ in 1..n {
            a.update(Select);
        }
        assert_eq!(a.place(), Place::Summary);
        assert_eq!(a.session().unwrap().duties(), ["report-cws".to_string()]);
        a.update(Select);
        assert_eq!(a.place(), Place::Summary, "past the end nothing moves");
        // Back a step, then r to the start.
        a.update(Back);
        assert_ne!(a.place(), Place::Summary);
        a.update(Restart);
        assert_eq!(a.session().map(|x| x.depth()), Some(0));
        insta::assert_snapshot!(format!("scenario_run_{}", lang.code()), first);
    }
}

#[test]
fn scenario_run_names_what_it_cannot_find() {
    let mut c = Command::cargo_bin("veiviser").unwrap();
    c.env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    let out = c.args(["scenario", "run", "no-such-case", "--lang", "en"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(e.contains("no scenario file or shipped scenario `no-such-case`"), "{e}");
}
