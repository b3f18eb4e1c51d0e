//! The JSON Schema of the flow format: generated from the Rust types, committed as
//! flows/schema.json, named in the first line of every flow file, and true to the files.

use std::path::{Path, PathBuf};
use std::process::Command;
use veiviser::schema::{MODELINE, flow_schema};

fn flows_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("flows")
}

/// The registries are not flows; every other YAML file of flows/ is one.
fn flow_files() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(flows_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .filter(|p| !["sources.yaml", "duties.yaml", "contacts.yaml", "guidance.yaml"].iter().any(|r| p.ends_with(r)))
        .collect();
    v.sort();
    v
}

#[test]
fn the_schema_names_every_key_of_a_node() {
    let v: serde_json::Value = serde_json::from_str(&flow_schema()).unwrap();
    let node = &v["definitions"]["Node"];
    assert_eq!(node["additionalProperties"], serde_json::Value::Bool(false), "unknown keys are flagged");
    let props = node["properties"].as_object().unwrap();
    for key in ["kind", "title", "text", "when", "why", "choices", "items", "flow", "actions", "contacts", "final"] {
        assert!(props.contains_key(key), "{key} missing from the schema's node");
    }
    let kinds = &v["definitions"]["Kind"]["enum"];
    assert_eq!(kinds, &serde_json::json!(["question", "checklist", "info", "call", "outcome"]));
    assert_eq!(v["required"], serde_json::json!(["id", "title", "start", "nodes"]));
}

#[test]
fn every_flow_file_names_the_schema_in_its_first_line() {
    let files = flow_files();
    assert!(files.len() >= 8, "{files:?}");
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        assert_eq!(text.lines().next(), Some(MODELINE), "{}", f.display());
    }
}

/// Validates every bundled flow against the schema with Python's `jsonschema`, where it
/// is installed, and a broken flow too (which must fail).
#[test]
fn the_schema_accepts_the_bundled_flows_and_rejects_a_broken_one() {
    let probe = Command::new("python3").args(["-c", "import jsonschema"]).output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("NOTICE: python3 with jsonschema is not installed: the schema is not validated against the flows");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut docs = Vec::new();
    for f in flow_files() {
        let y: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        docs.push(serde_json::to_value(y).unwrap());
    }
    let broken = serde_json::json!({"id": "x", "title": "t", "start": "a",
        "nodes": {"a": {"kind": "questio", "title": "t", "bogus": 1}}});
    std::fs::write(dir.path().join("ok.json"), serde_json::to_string(&docs).unwrap()).unwrap();
    std::fs::write(dir.path().join("bad.json"), serde_json::to_string(&vec![broken]).unwrap()).unwrap();
    let script = "import json,sys,jsonschema\n\
        s=json.load(open(sys.argv[1]))\n\
        v=jsonschema.Draft7Validator(s)\n\
        n=sum(len(list(v.iter_errors(d))) for d in json.load(open(sys.argv[2])))\n\
        print(n)\n";
    let run = |docs: &str| -> usize {
        let out = Command::new("python3")
            .arg("-c")
            .arg(script)
            .arg(flows_dir().join("schema.json"))
            .arg(dir.path().join(docs))
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
    };
    assert_eq!(run("ok.json"), 0, "a bundled flow does not fit the schema");
    assert_eq!(run("bad.json"), 2, "an unknown kind and an unknown key are two errors");
}
