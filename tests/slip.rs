//! The slip for the person (issue 22, "One consultation"): one fixed slip, the same for
//! everyone whatever the case; no organisation's internal name and no word for the topic;
//! the slip in the person's language as a printable page, right to left where the script
//! needs it, with the numbers and hours identical in every language.

mod common;

use std::collections::BTreeSet;
use veiviser::export::slip;
use veiviser::i18n::Lang;
use veiviser::scenario;
use veiviser::view::names_topic;

const LANGS: [&str; 14] = ["uk", "ru", "ar", "ti", "so", "prs", "ps", "kmr", "ro", "pl", "fr", "es", "nb", "en"];

/// Words the slip must never hold: an internal name, and the topic, the police, asylum or
/// a victim in the languages of the slip (a guard beside `names_topic`, not a full list).
const NEVER: [&str; 30] = [
    "krisesentersekretariatet",
    "secretariat",
    "sekretariat",
    "menneskehandel",
    "trafficking",
    "politi",
    "police",
    "полиц",
    "поліц",
    "торгівл",
    "торговл",
    "жертв",
    "убежищ",
    "притул",
    "شرطة",
    "پولیس",
    "لجوء",
    "پناه",
    "booliis",
    "polîs",
    "poliți",
    "policj",
    "policía",
    "víctima",
    "victime",
    "ofiar",
    "victim",
    "asyl",
    "azil",
    "ፖሊስ",
];

fn en() -> Lang {
    Lang::of("en")
}

#[test]
fn every_language_of_the_issue_is_there_once_and_labels_every_slip_contact() {
    let c = common::bundled();
    let codes: Vec<&str> = slip::languages().iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, LANGS, "the built-in file locales/slip.yaml");
    let ids = slip::slip_contacts(&c.model);
    assert_eq!(ids, ["police-emergency", "ambulance", "legevakt", "rosa", "alarm-116111", "papirlose-oslo"]);
    for l in slip::languages() {
        assert!(!l.title.trim().is_empty(), "{}", l.code);
        for id in &ids {
            assert!(l.labels.get(*id).is_some_and(|s| !s.trim().is_empty()), "{}: no label for {id}", l.code);
        }
        // Only contacts that exist: a label for nothing is a mistake.
        for id in l.labels.keys() {
            assert!(c.model.contact(id).is_some(), "{}: {id}", l.code);
        }
        // The screen names every language in nb and en.
        for ui in ["nb", "en"] {
            let name = c.texts.get(Lang::of(ui), &format!("slip-lang-{}", l.code));
            assert!(!name.is_empty() && !name.starts_with("slip-lang"), "{ui}: {}", l.code);
        }
    }
}

#[test]
fn one_fixed_slip_the_same_whatever_the_case() {
    let c = common::bundled();
    let (scenarios, bad) = scenario::load_embedded(&[Lang::of("nb"), en()]);
    assert!(bad.is_empty());
    for lang in [Lang::of("nb"), en()] {
        let mut slips = BTreeSet::new();
        let mut outcomes = BTreeSet::new();
        for s in &scenarios {
            let r = scenario::replay(&c.model, s);
            let Some(last) = r.last().filter(|s| s.is_finished()) else { continue };
            outcomes.insert(format!("{:?}", r.outcome));
            slips.insert(veiviser::export::summary::slip_text(last, &c.texts, lang));
        }
        assert!(outcomes.len() >= 2, "two different cases at least: {outcomes:?}");
        assert_eq!(slips.len(), 1, "{}: {slips:#?}", lang.code());
        let slip = slips.into_iter().next().unwrap_or_default();
        // Every contact marked for the slip, in the directory's order.
        let at: Vec<usize> = ["112", "113", "116 117", "22 33 11 60", "116 111", "488 90 560"]
            .iter()
            .map(|n| slip.find(n).unwrap())
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{slip}");
        assert!(!slip.contains("02800") && !slip.contains("466 15 000"), "{slip}");
        let low = slip.to_lowercase();
        for w in NEVER {
            assert!(!low.contains(w), "{}: {w} in\n{slip}", lang.code());
        }
        assert!(!names_topic(lang, &slip), "{slip}");
    }
}

#[test]
fn no_internal_name_and_no_topic_word_in_any_language() {
    let c = common::bundled();
    for l in slip::languages() {
        let page = slip::html(&c.model, l);
        let low = page.to_lowercase();
        for w in NEVER {
            assert!(!low.contains(w), "{}: {w}", l.code);
        }
        assert!(!names_topic(en(), &page) && !names_topic(Lang::of("nb"), &page), "{}", l.code);
    }
}

#[test]
fn right_to_left_where_the_script_needs_it() {
    let c = common::bundled();
    for l in slip::languages() {
        let page = slip::html(&c.model, l);
        let (lang, rtl) = match l.code.as_str() {
            "ar" => ("ar", true),
            "prs" => ("fa-AF", true),
            "ps" => ("ps", true),
            code => (code, false),
        };
        if l.code == "prs" {
            assert!(page.contains("شماره&zwnj;های"), "the non-joiner kept, as an entity");
        }
        let dir = if rtl { "rtl" } else { "ltr" };
        assert!(page.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")), "{}", l.code);
        // Self-contained and printable: inline style, nothing fetched.
        assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<style>") && page.contains("charset=\"utf-8\""));
        assert!(!page.contains("http") && !page.contains("<script") && !page.contains("src="), "{}", l.code);
        // No invisible character: the non-joiner of Dari and Pashto spelling is an entity.
        assert!(!page.chars().any(veiviser::safe::is_unsafe), "{}", l.code);
    }
}

/// The numbers, web addresses and "24/7" of a page: what is set left to right.
fn fixed_parts(page: &str) -> Vec<String> {
    page.split("<bdi ")
        .skip(1)
        .filter_map(|s| s.split_once('>').and_then(|(_, r)| r.split("</bdi>").next()))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_numbers_and_hours_are_the_same_in_every_language() {
    let c = common::bundled();
    let set = &c.model;
    let pages: Vec<(String, String)> = slip::languages().iter().map(|l| (l.code.clone(), slip::html(set, l))).collect();
    let first = fixed_parts(&pages[0].1);
    for (code, page) in &pages {
        assert_eq!(fixed_parts(page), first, "{code}");
    }
    // From the contacts: every number of a slip contact, and 24/7 only where the
    // contact's source says day and night (ROSA, 116 111).
    for id in slip::slip_contacts(set) {
        let k = set.contact(id).expect("a slip contact");
        if let Some(p) = &k.phone {
            assert!(first.contains(p), "{id}: {p} in {first:?}");
        }
    }
    assert_eq!(first.iter().filter(|s| *s == "24/7").count(), 2, "{first:?}");
    let rosa = first.iter().position(|s| s == "22 33 11 60").unwrap();
    assert_eq!(first[rosa + 1], "24/7");
    let alarm = first.iter().position(|s| s == "116 111").unwrap();
    assert_eq!(first[alarm + 1], "24/7");
    // No number is in a translation.
    for l in slip::languages() {
        for t in std::iter::once(&l.title).chain(l.labels.values()) {
            assert!(!t.chars().any(|c| c.is_ascii_digit()), "{}: {t}", l.code);
        }
    }
}

#[test]
fn every_translation_is_listed_as_not_yet_checked() {
    let review = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/flows/REVIEW.md")).unwrap();
    let part = review.split("## The slip in the person's language").nth(1).expect("a section in flows/REVIEW.md");
    for l in slip::languages().iter().filter(|l| !slip::checked(&l.code)) {
        assert!(part.contains(&format!("`{}`", l.code)), "{} is not listed in flows/REVIEW.md", l.code);
    }
}

/// `veiviser slip --lang-of-person CODE --output FILE`: the page, with the warning for a
/// translation no native speaker has checked on standard error; an unknown language is a
/// command-line error (exit 2) that names the languages there are.
#[test]
fn the_command_line_writes_the_page() {
    let tmp = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_veiviser"))
            .args(args)
            .env("HOME", tmp.path())
            .env("XDG_CONFIG_HOME", tmp.path())
            .env("APPDATA", tmp.path())
            .output()
            .unwrap()
    };
    let file = tmp.path().join("slip.html");
    let out = run(&["--lang", "en", "slip", "--lang-of-person", "ps", "--output", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Pashto") && err.contains("not yet checked by a native speaker"), "{err}");
    assert!(err.contains("ROSA's own printed material"), "{err}");
    let page = std::fs::read_to_string(&file).unwrap();
    assert!(page.contains("<html lang=\"ps\" dir=\"rtl\">") && page.contains("22 33 11 60"), "{page}");
    // Never replaces a file.
    let again = run(&["--lang", "en", "slip", "--lang-of-person", "ps", "--output", file.to_str().unwrap()]);
    assert!(!again.status.success());
    // English: no warning.
    let out = run(&["--lang", "en", "slip", "--lang-of-person", "en"]);
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("not yet checked"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("<h1>Useful phone numbers</h1>"));
    let out = run(&["--lang", "nb", "slip", "--lang-of-person", "xx"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Ingen lapp på språket «xx»") && err.contains("uk, ru, ar"), "{err}");
}
