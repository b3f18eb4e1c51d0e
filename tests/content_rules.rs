//! Rules for the wording of the bundled guidance, checked over every message of the
//! locales (value and attributes): who may be contacted, promises the tool cannot keep,
//! points the guidance must carry, and how the Norwegian is written.

use std::path::Path;

/// Every message of a locale as (file, id, its whole text: value and attributes).
fn messages(lang: &str) -> Vec<(String, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang);
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("locale folder").flatten().map(|e| e.path()).collect();
    files.sort();
    for f in files {
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let text = std::fs::read_to_string(&f).expect("a text file");
        let mut cur: Option<(String, String)> = None;
        for line in text.lines() {
            let starts = line.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && line.contains(" =");
            if starts {
                if let Some((id, t)) = cur.take() {
                    out.push((name.clone(), id, t));
                }
                let (id, rest) = line.split_once(" =").unwrap_or((line, ""));
                cur = Some((id.trim().to_string(), rest.to_string()));
            } else if let Some((_, t)) = cur.as_mut() {
                if line.starts_with(' ') {
                    t.push(' ');
                    t.push_str(line.trim());
                } else if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
            }
        }
        if let Some((id, t)) = cur.take() {
            out.push((name.clone(), id, t));
        }
    }
    assert!(out.len() > 300, "the locale {lang} was read: {} messages", out.len());
    out
}

fn content(lang: &str) -> Vec<(String, String, String)> {
    messages(lang).into_iter().filter(|(f, _, _)| !f.starts_with("ui")).collect()
}

#[test]
fn the_police_and_the_immigration_authorities_only_as_the_law_allows() {
    let mut checked = 0;
    for (f, id, t) in content("en") {
        let l = t.to_lowercase();
        // Contacting the police without consent is named together with its exceptions.
        if l.contains("police") && l.contains("without") && l.contains("consent") {
            checked += 1;
            assert!(
                l.contains("196") || l.contains("legal duty") || l.contains("law requires"),
                "{f} {id}: the police without consent, but no word of the legal duty: {t}"
            );
        }
        // The immigration authorities: never without consent.
        if l.contains("immigration authorit") && !id.starts_with("src-") {
            checked += 1;
            assert!(l.contains("consent"), "{f} {id}: the immigration authorities without a word of consent: {t}");
        }
        // The duty to report goes to the child welfare service, not to the police: no
        // sentence sends it there.
        for s in l.split(". ") {
            if s.contains("duty to report") && s.contains("police") {
                assert!(s.contains("not to the police") || s.contains("not the police"), "{f} {id}: {s}");
            }
        }
    }
    assert!(checked >= 5, "only {checked} messages checked");
}

#[test]
fn no_promise_the_worker_cannot_keep() {
    for (f, id, t) in content("en") {
        let l = t.to_lowercase();
        for bad in ["always contact you", "can always contact", "has not told", "will be safe", "nothing will happen"] {
            assert!(!l.contains(bad), "{f} {id}: `{bad}`: {t}");
        }
    }
    for (f, id, t) in content("nb") {
        let l = t.to_lowercase();
        for bad in ["alltid kontakte deg", "ikke har fortalt", "ikke fortalt"] {
            assert!(!l.contains(bad), "{f} {id}: `{bad}`: {t}");
        }
    }
}

#[test]
fn the_points_the_guidance_must_carry_are_in_the_case() {
    let all = |lang: &str, file: &str| -> String {
        content(lang).into_iter().filter(|(f, _, _)| f == file).map(|(_, _, t)| t.to_lowercase()).collect()
    };
    // The conversation (in the case walk): signs not explained away as culture; every
    // phase punishable; indigenous people and national minorities.
    let conv = all("en", "conversation.ftl");
    for w in ["culture", "recruit", "indigenous", "national minorities"] {
        assert!(conv.contains(w), "conversation.ftl lacks `{w}`");
    }
    let konv = all("nb", "conversation.ftl");
    for w in ["kultur", "rekrutter", "urfolk", "nasjonale minoriteter", "misbruk av en sårbar situasjon"] {
        assert!(konv.contains(w), "conversation.ftl (nb) lacks `{w}`");
    }
    // plikt.no where the duty to avert is unsure.
    assert!(all("en", "avert.ftl").contains("plikt.no"));
    // A child's no does not lift the duty.
    assert!(all("en", "child-track.ftl").contains("even if the child says no"));
}

#[test]
fn norwegian_as_the_directorate_writes_it() {
    let all: String = content("nb").into_iter().map(|(_, _, t)| t).collect::<Vec<_>>().join("\n");
    for bad in ["få råd", "Hindre:"] {
        assert!(!all.contains(bad), "`{bad}` in the nb texts");
    }
    for good in [
        "be om råd",
        "negativ sosial kontroll",
        "kvier seg for å fortelle",
        "snakke med personen alene",
        // Confidentiality is not "keep it to yourself".
        "ikke at du skal holde det for deg selv",
    ] {
        assert!(all.contains(good), "`{good}` missing from the nb texts");
    }
}

#[test]
fn the_rule_reader_sees_what_it_checks() {
    // The reader above joins continuation lines and attributes: a check on it can fail.
    let m = messages("en");
    let (_, _, t) = m.iter().find(|(_, id, _)| id == "duty-report-cws-text").expect("the duty's text");
    assert!(t.contains("child welfare service") && t.contains("harmed in this way"), "{t}");
}
