//! The content list is covered: every row of flows/COVERAGE.md names at least one node,
//! every node named exists, and every node of every bundled flow has a source.

mod common;

use std::path::Path;

/// (row id, nodes) for every table row of COVERAGE.md.
fn rows() -> Vec<(String, Vec<String>)> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("flows/COVERAGE.md")).unwrap();
    let mut out = Vec::new();
    for line in text.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        // | id | point | nodes |  -> ["", id, point, nodes, ""]
        if cells.len() < 5 || cells[1] == "id" || cells[1].starts_with("---") {
            continue;
        }
        let nodes = cells[3]
            .split(',')
            .map(|n| n.trim().trim_matches('`').trim().to_string())
            .filter(|n| !n.is_empty())
            .collect();
        out.push((cells[1].to_string(), nodes));
    }
    out
}

#[test]
fn every_point_has_a_node_and_every_node_exists() {
    let raw = common::bundled_raw();
    let rows = rows();
    assert!(rows.len() >= 70, "the list has {} rows", rows.len());
    let mut problems = Vec::new();
    for (id, nodes) in &rows {
        if nodes.is_empty() {
            problems.push(format!("{id}: no node"));
        }
        for n in nodes {
            let Some((flow, node)) = n.split_once('/') else {
                problems.push(format!("{id}: `{n}` is not flow/node"));
                continue;
            };
            if raw.flow(flow).and_then(|f| f.node(node)).is_none() {
                problems.push(format!("{id}: `{n}` does not exist"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_point_of_the_content_list_is_a_row() {
    // The rows are the content list's points; ids are unique.
    let rows = rows();
    let mut ids: Vec<&str> = rows.iter().map(|(i, _)| i.as_str()).collect();
    ids.sort();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate row ids");
    for must in [
        "who-1",
        "who-10",
        "triage-196",
        "outcome-4",
        "child-no",
        "avert-threshold",
        "rights-undocumented",
        "ref-no-nrm",
    ] {
        assert!(ids.contains(&must), "row {must} missing");
    }
}

#[test]
fn every_node_has_a_source_that_names_a_document() {
    let c = common::bundled();
    for f in &c.model.flows {
        for n in &f.nodes {
            let id = &n.id;
            let s = f.source_of(n).unwrap_or_else(|| panic!("{}/{id} has no source", f.id));
            assert!(c.model.document(s.doc.as_str()).is_some(), "{}/{id}: {}", f.id, s.doc);
        }
    }
}

#[test]
fn contacts_tell_the_truth_and_invent_no_number() {
    let c = common::bundled();
    // The only numbers allowed: the table in CONTENT.md and the universal ones.
    let allowed =
        ["22 33 11 60", "466 15 000", "116 111", "478 090 50", "488 90 560", "112", "113", "116 117", "02800"];
    // The universal numbers have no page among the shared sources; every other entry does.
    let universal = ["ambulance", "legevakt"];
    assert!(c.model.contacts().next().is_some());
    for (id, k) in c.model.contacts() {
        let src = k.source.clone().unwrap_or_default();
        let (nb, en) = (src.name.0.get("nb"), src.name.0.get("en"));
        assert!(nb.is_some_and(|s| !s.is_empty()), "{id} has no source in nb");
        assert!(en.is_some_and(|s| !s.is_empty()), "{id} has no source in en");
        assert!(nb != en || nb.is_some_and(|s| s.ends_with(".no")), "{id}: en source is nb");
        if !universal.contains(&id) {
            assert!(src.url.as_deref().is_some_and(|u| !u.is_empty()), "{id} has no page address");
        }
        // Nobody checked these entries for this tool: no entry may say so.
        assert!(k.checked.is_none(), "{id} claims a check");
        if let Some(p) = &k.phone {
            assert!(allowed.contains(&p.as_str()), "{id}: {p} is not a number from the content list");
        }
        if let Some(e) = &k.email {
            let known = ["menneskehandel@bufdir.no", "alarm@116111.no", "kompetanseteamet@bufdir.no"];
            assert!(known.contains(&e.as_str()), "{id}: {e} is not an address from the sources");
        }
        assert!(k.web.as_deref().is_none_or(|w| !w.contains('@')), "{id}: an e-mail address belongs in `email`");
    }
    // The facts the sources give, where they belong.
    let get = |id: &str| c.model.contact(id).cloned().unwrap_or_else(|| panic!("no contact {id}"));
    let hours = |id: &str, lang: &str| {
        let h = get(id).hours.unwrap_or_default();
        h.0.get(lang).cloned().unwrap_or_default()
    };
    assert!(hours("alarm-116111", "en").contains("day and night"));
    assert_eq!(get("alarm-116111").email.as_deref(), Some("alarm@116111.no"));
    assert!(hours("kompetanseteamet", "nb").contains("mandag–fredag kl. 09–15"));
    assert_eq!(get("kompetanseteamet").email.as_deref(), Some("kompetanseteamet@bufdir.no"));
    assert_eq!(get("bufdir-minors").phone.as_deref(), Some("466 15 000"));
    assert_eq!(get("bufdir-minors").email.as_deref(), Some("menneskehandel@bufdir.no"));
    assert!(hours("bufdir-minors", "en").contains("weekdays"));
    assert!(hours("rosa", "en").contains("day and night"));
}
