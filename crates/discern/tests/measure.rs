//! `discern campaigns`, `discern links`, `discern report` end to end on a real SQLite file.

use std::process::{Command, Output};

fn discern(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_discern"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("discern runs")
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn campaign_link_and_report() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let key = ok(discern(
        d,
        &[
            "keys",
            "create",
            "--db",
            "m.db",
            "--site",
            "https://shop.example",
        ],
    ));
    let key = key.lines().next().unwrap().trim().to_string();
    let who = [
        "--db",
        "m.db",
        "--key",
        key.as_str(),
        "--site",
        "https://shop.example",
    ];
    let run = |args: &[&str]| discern(d, &[args, &who[..]].concat());

    let refused = run(&[
        "campaigns",
        "create",
        "--name",
        "Buzz",
        "--goal",
        "likes",
        "--target",
        "1000",
    ]);
    assert_eq!(refused.status.code(), Some(2));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("not an outcome") && err.contains("human_clicks"),
        "{err}"
    );
    let bad_key = discern(
        d,
        &["campaigns", "list", "--db", "m.db", "--key", "aaaaaaaaaaaa"],
    );
    assert_eq!(bad_key.status.code(), Some(2));

    let made = ok(run(&[
        "campaigns",
        "create",
        "--name",
        "Spring",
        "--goal",
        "sales",
        "--target",
        "500",
        "--currency",
        "EUR",
        "--budget",
        "80",
    ]));
    assert_eq!(
        made,
        "campaign 1: Spring — goal sales, measured by revenue, target 500\n"
    );
    assert_eq!(
        ok(run(&["campaigns", "list"])),
        "1\tSpring\tsales\trevenue\t500\n"
    );
    let link = ok(run(&[
        "links",
        "create",
        "--campaign",
        "1",
        "--to",
        "https://shop.example/p",
        "--code",
        "spring",
        "--channel",
        "mastodon",
        "--source",
        "mastodon",
        "--paid",
    ]));
    assert_eq!(
        link,
        "spring\t/l/spring\thttps://shop.example/p?utm_source=mastodon&utm_medium=paid_social\n"
    );
    // Another site of the same key does not see campaign 1.
    let other = discern(
        d,
        &[
            "report",
            "--campaign",
            "1",
            "--db",
            "m.db",
            "--key",
            &key,
            "--site",
            "https://other.example",
        ],
    );
    assert_eq!(other.status.code(), Some(2));

    let json: serde_json::Value = serde_json::from_str(&ok(run(&[
        "report",
        "--campaign",
        "1",
        "--format",
        "json",
        "--attribution",
        "all",
    ])))
    .unwrap();
    assert_eq!(json["goal"]["metric"], "revenue");
    assert_eq!(json["goal"]["target"], 500.0);
    assert_eq!(json["conversions"]["models"].as_array().unwrap().len(), 3);
    assert_eq!(json["channels"][0]["channel"], "mastodon");
    let table = ok(run(&["report", "--campaign", "1"]));
    assert!(
        table.contains("SOCIAL — by conversation") && table.contains("MARKETING — by outcome"),
        "{table}"
    );
    assert!(table.contains("mastodon (paid)"), "{table}");
    assert!(!table.contains("-0"), "negative zero in\n{table}");
    ok(run(&[
        "report",
        "--campaign",
        "1",
        "--format",
        "csv",
        "--out",
        "r.csv",
    ]));
    // The HTML page beside the usual output, built from the same report.
    ok(run(&[
        "report",
        "--campaign",
        "1",
        "--format",
        "json",
        "--out",
        "r.json",
        "--html",
        "r.html",
    ]));
    let html = std::fs::read_to_string(d.join("r.html")).unwrap();
    assert!(html.starts_with("<!doctype html>"), "{html}");
    assert!(
        html.contains("attribution: <strong>last_click</strong>"),
        "{html}"
    );
    assert!(html.contains("<td>mastodon (paid)</td>"), "{html}");
    let from_file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("r.json")).unwrap()).unwrap();
    assert_eq!(from_file["goal"]["metric"], "revenue");
    let csv = std::fs::read_to_string(d.join("r.csv")).unwrap();
    assert!(csv.starts_with("section,name,value\n"), "{csv}");
    assert!(csv.contains("\ngoal,metric,revenue\n"), "{csv}");
    assert!(
        csv.contains("\nchannels.mastodon (paid),human_clicks,0\n"),
        "{csv}"
    );
}
