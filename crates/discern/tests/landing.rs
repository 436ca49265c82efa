//! Where a post landed, when the export kept no thread: a `kind` of comment or message
//! puts it in someone else's space, so the same pitch is spam there and marketing as a
//! post of its author's own.

use std::io::Write;
use std::process::{Command, Stdio};

/// `discern classify` on `input` as its standard input.
fn run(input: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_discern"))
        .arg("classify")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("discern runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn classify(lines: &str) -> Vec<serde_json::Value> {
    let out = run(lines);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

const PITCH: &str =
    "Our new cordless vacuum is 30% off this week, order now at https://vacdeals.example/sale";

#[test]
fn a_pitch_in_a_comment_or_a_message_is_spam_and_as_a_post_marketing() {
    let lines = [
        serde_json::json!({"id": "post", "text": PITCH}),
        serde_json::json!({"id": "comment", "kind": "comment", "text": PITCH}),
        serde_json::json!({"id": "sms", "kind": "sms", "text": PITCH}),
    ]
    .map(|v| v.to_string() + "\n")
    .concat();
    let verdicts = classify(&lines);
    assert_eq!(verdicts[0]["label"], "marketing", "{}", verdicts[0]);
    for v in &verdicts[1..] {
        assert_eq!(v["label"], "spam", "{v}");
        assert!(
            v["signals"][0]
                .as_str()
                .unwrap()
                .contains("in someone else's thread"),
            "{v}"
        );
    }
}

#[test]
fn a_person_talking_in_a_comment_stays_social() {
    let line = serde_json::json!({
        "id": "c",
        "kind": "comment",
        "text": "haha this song was on repeat the whole summer I was sixteen",
    })
    .to_string()
        + "\n";
    let verdicts = classify(&line);
    assert_eq!(verdicts[0]["label"], "social", "{}", verdicts[0]);
}

#[test]
fn an_unknown_kind_is_an_error_with_its_line() {
    let out = run("{\"id\":\"x\",\"kind\":\"telegram\",\"text\":\"hi\"}\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("-:1:") && stderr.contains("telegram"),
        "{stderr}"
    );
}
