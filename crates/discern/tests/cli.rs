//! The `discern` binary end to end: output contract, bad input, exit statuses, help.
//! Snapshots live in tests/snapshots; review changes with `cargo insta review`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn discern(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_discern"))
        .args(args)
        .current_dir(repo())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("discern runs");
    {
        let mut input = child.stdin.take().expect("stdin");
        if let Some(bytes) = stdin {
            input.write_all(bytes).expect("write stdin");
        }
    }
    child.wait_with_output().expect("discern finishes")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn classifies_the_shipped_sample() {
    let out = discern(&["classify", "examples/posts.jsonl"], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 10);
    for line in &lines {
        let scores = line["scores"].as_object().expect("scores");
        let sum: f64 = scores.values().map(|v| v.as_f64().unwrap()).sum();
        assert!((sum - 1.0).abs() < 1e-3, "{line}");
        assert!(["social", "marketing", "spam"].contains(&line["label"].as_str().unwrap()));
        assert!(
            line["platform"].is_string(),
            "input fields pass through: {line}"
        );
    }
    let label = |id: &str| {
        lines.iter().find(|l| l["id"] == id).unwrap()["label"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(label("yt-1"), "spam");
    assert_eq!(label("sms-1"), "spam");
    assert_eq!(label("brand-1"), "marketing");
    assert_eq!(label("ig-2"), "social");
    insta::assert_snapshot!("classify_sample", stdout);
}

#[test]
fn reads_stdin_in_every_plain_format() {
    let out = discern(
        &["classify", "--format", "lines", "-"],
        Some(b"hello there friend\n\nWIN CASH NOW call 09061701461\n"),
    );
    assert!(out.status.success());
    let ids: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        ids,
        ["1", "3"],
        "ids are line numbers; blank lines are not records"
    );
    let csv = b"id,CONTENT,author\n1,\"free ipad, click http://bit.ly/x now!!!\",bob\n2,see you at lunch,amy\n";
    let out = discern(
        &["classify", "--format", "csv", "--text-column", "CONTENT"],
        Some(csv),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), 2);
}

#[test]
fn bad_records_are_reported_with_position_and_the_rest_is_processed() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\":\"a\",\"text\":\"fine post about lunch\"}\n");
    input.extend_from_slice(b"{\"id\":\"b\",\"txt\":\"no text field\"}\n");
    input.extend_from_slice(b"not json at all\n");
    input.extend_from_slice(b"{\"id\":\"c\",\"text\":\"bad \xff\xfe utf-8\"}\n");
    input.extend_from_slice(b"{\"id\":\"d\",\"text\":\"another fine post\"}\n");
    let out = discern(&["classify", "-"], Some(&input));
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit 1 when records were skipped"
    );
    let ids: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["a", "d"]);
    insta::assert_snapshot!("bad_records_stderr", text(&out.stderr));
}

#[test]
fn oversized_and_empty_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.jsonl");
    std::fs::write(&empty, b"").unwrap();
    let out = discern(&["classify", empty.to_str().unwrap()], None);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let big = dir.path().join("big.jsonl");
    let mut body = b"{\"text\":\"".to_vec();
    body.extend(std::iter::repeat_n(b'a', 11 * 1024 * 1024));
    body.extend_from_slice(b"\"}\n{\"id\":\"after\",\"text\":\"still read\"}\n");
    std::fs::write(&big, body).unwrap();
    let out = discern(&["classify", big.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("big.jsonl:1:"),
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stdout).contains("\"after\""));
    let missing = discern(&["classify", "no/such/file.jsonl"], None);
    assert_eq!(
        missing.status.code(),
        Some(2),
        "a missing input: could not run"
    );
    assert!(
        text(&missing.stderr).contains("no/such/file.jsonl"),
        "{}",
        text(&missing.stderr)
    );
}

#[test]
fn a_foreign_model_file_is_a_clear_error() {
    let out = discern(
        &["classify", "--model", "README.md", "examples/posts.jsonl"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!("foreign_model", text(&out.stderr));
}

#[test]
fn explain_lists_every_signal() {
    let out = discern(
        &[
            "explain",
            "Check out my chann3l and subscr1be!!! http://bit.ly/x",
        ],
        None,
    );
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("label: spam"), "{stdout}");
    assert!(stdout.contains("link through a URL shortener"));
    insta::assert_snapshot!("explain_spam", stdout);
}

#[test]
fn train_then_eval_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("train.jsonl");
    let mut lines = String::new();
    for i in 0..30 {
        lines.push_str(&format!(
            "{{\"text\":\"win a free prize now call {i}\",\"label\":\"junk\",\"fold\":{}}}\n",
            i % 3
        ));
        lines.push_str(&format!(
            "{{\"text\":\"lovely lunch with friends {i}\",\"label\":\"chat\",\"fold\":{}}}\n",
            i % 3
        ));
    }
    lines.push_str("{\"text\":\"no label here\"}\n");
    std::fs::write(&data, lines).unwrap();
    let model = dir.path().join("m.dscm");
    let out = discern(
        &[
            "train",
            "--data",
            data.to_str().unwrap(),
            "--out",
            model.to_str().unwrap(),
            "--bits",
            "12",
        ],
        None,
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "the unlabelled record is reported: {}",
        text(&out.stderr)
    );
    assert!(text(&out.stderr).contains("missing field \"label\""));
    let out = discern(
        &[
            "eval",
            "--data",
            data.to_str().unwrap(),
            "--model",
            model.to_str().unwrap(),
            "--json",
        ],
        None,
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(report["accuracy"], 1.0);
    assert_eq!(report["labels"], serde_json::json!(["chat", "junk"]));
    let out = discern(
        &[
            "eval",
            "--data",
            data.to_str().unwrap(),
            "--cv",
            "3",
            "--bits",
            "12",
            "--json",
        ],
        None,
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(report["parts"].as_array().unwrap().len(), 3);
    assert_eq!(report["pooled"]["examples"], 60);
    let out = discern(
        &[
            "eval",
            "--data",
            data.to_str().unwrap(),
            "--group-field",
            "fold",
            "--bits",
            "12",
        ],
        None,
    );
    assert!(
        text(&out.stdout).contains("leave-one-fold-out"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn train_only_data_is_trained_on_and_never_tested() {
    let dir = tempfile::tempdir().unwrap();
    let (tested, extra) = (
        dir.path().join("tested.jsonl"),
        dir.path().join("extra.jsonl"),
    );
    let mut lines = String::new();
    for i in 0..20 {
        lines.push_str(&format!(
            "{{\"text\":\"win a free prize now {i}\",\"label\":\"junk\",\"fold\":{}}}\n\
             {{\"text\":\"lunch with friends {i}\",\"label\":\"chat\",\"fold\":{}}}\n",
            i % 2,
            i % 2
        ));
    }
    std::fs::write(&tested, lines).unwrap();
    std::fs::write(
        &extra,
        "{\"text\":\"claim your prize\",\"label\":\"junk\",\"fold\":0}\n\
         {\"text\":\"dinner with family\",\"label\":\"chat\",\"fold\":1}\n",
    )
    .unwrap();
    let eval = |scheme: &[&str]| {
        let mut args = vec![
            "eval",
            "--data",
            tested.to_str().unwrap(),
            "--train-only",
            extra.to_str().unwrap(),
            "--bits",
            "12",
            "--json",
        ];
        args.extend_from_slice(scheme);
        discern(&args, None)
    };
    let out = eval(&["--train-folds", "1", "--test-folds", "0"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(report["examples"], 20, "only fold 0 of the tested file");
    // Cross-validation folds are the tested file's own, so both extra rows train every
    // fold; leaving a group out leaves out the extra rows of that group too (a copy of
    // a held-out source's text must not train its model): 20 + 1.
    for (scheme, trained) in [
        (&["--cv", "2"][..], 22),
        (&["--group-field", "fold"][..], 21),
    ] {
        let out = eval(scheme);
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
        assert_eq!(report["pooled"]["examples"], 40, "{scheme:?}");
        assert_eq!(report["parts"][0]["train_examples"], trained, "{scheme:?}");
    }
    let out = discern(
        &[
            "eval",
            "--data",
            tested.to_str().unwrap(),
            "--train-only",
            extra.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--train-only needs"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn test_only_data_is_tested_where_held_out_and_never_trained_on() {
    let dir = tempfile::tempdir().unwrap();
    let (data, probe) = (
        dir.path().join("data.jsonl"),
        dir.path().join("probe.jsonl"),
    );
    let mut lines = String::new();
    for i in 0..20 {
        lines.push_str(&format!(
            "{{\"text\":\"win a free prize now {i}\",\"label\":\"spam\",\"src\":\"s{}\"}}\n\
             {{\"text\":\"lunch with friends {i}\",\"label\":\"social\",\"src\":\"s{}\"}}\n\
             {{\"text\":\"shop our sale today {i}\",\"label\":\"marketing\",\"src\":\"s{}\"}}\n",
            i % 2,
            i % 2,
            i % 2
        ));
    }
    std::fs::write(&data, lines).unwrap();
    std::fs::write(
        &probe,
        "{\"text\":\"claim your prize\",\"label\":\"spam\",\"src\":\"probe\"}\n\
         {\"text\":\"dinner with family\",\"label\":\"social\",\"src\":\"s0\"}\n\
         {\"text\":\"a free lunch prize\",\"label\":\"spam\",\"src\":\"probe\"}\n",
    )
    .unwrap();
    let preds = dir.path().join("preds.jsonl");
    let out = discern(
        &[
            "eval",
            "--data",
            data.to_str().unwrap(),
            "--test-only",
            probe.to_str().unwrap(),
            "--group-field",
            "src",
            "--bits",
            "12",
            "--json",
            "--predictions",
            preds.to_str().unwrap(),
        ],
        None,
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    // Every row is tested once: 60 + 3.
    assert_eq!(report["pooled"]["examples"], 63, "{report}");
    let parts = report["parts"].as_array().unwrap();
    let part = |name: &str| parts.iter().find(|p| p["part"] == name).expect(name);
    // The probe rows train no model: holding out "probe" trains on the 60 data rows, and
    // holding out s0 on s1's 30 (not on the probe rows of other parts).
    assert_eq!(part("probe")["train_examples"], 60);
    assert_eq!(part("probe")["report"]["examples"], 2);
    assert_eq!(part("s0")["train_examples"], 30);
    assert_eq!(part("s0")["report"]["examples"], 31);
    // Their predictions follow the data's.
    let written = std::fs::read_to_string(&preds).unwrap();
    assert_eq!(written.lines().count(), 63);
    assert!(written.lines().last().unwrap().contains("\"index\":62"));
    let out = discern(
        &[
            "eval",
            "--data",
            data.to_str().unwrap(),
            "--test-only",
            probe.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--test-only needs"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn records_that_are_not_posts_are_counted_not_dropped_silently() {
    let events = concat!(
        r#"{"did":"did:plc:x","time_us":1,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.like","rkey":"a","record":{}}}"#,
        "\n",
        r#"{"did":"did:plc:x","time_us":2,"kind":"commit","commit":{"operation":"create","collection":"app.bsky.feed.post","rkey":"b","record":{"text":"hello there","createdAt":"2024-01-01T00:00:00Z"}}}"#,
        "\n"
    );
    let out = discern(
        &["classify", "--format", "bluesky", "-"],
        Some(events.as_bytes()),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "not an error: {}",
        text(&out.stderr)
    );
    assert_eq!(text(&out.stdout).lines().count(), 1);
    assert!(
        text(&out.stderr).contains("passed over 1 record that is not a post"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn every_command_has_help_with_examples() {
    for command in [
        "classify",
        "train",
        "eval",
        "explain",
        "thread",
        "accounts",
        "serve",
        "keys",
        "campaigns",
        "links",
        "report",
    ] {
        let out = discern(&[command, "--help"], None);
        assert!(out.status.success());
        assert!(
            text(&out.stdout).contains("Examples:"),
            "{command} --help has examples"
        );
    }
}

#[test]
fn closed_pipe_is_not_a_crash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_discern"))
        .args(["classify", "--format", "lines", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().unwrap();
    let _ = stdin.write_all(&b"some post\n".repeat(100_000));
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert!(
        !text(&out.stderr).contains("panicked"),
        "{}",
        text(&out.stderr)
    );
}
