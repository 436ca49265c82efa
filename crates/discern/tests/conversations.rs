//! Conversations end to end on a WordPress export of a blog thread: an essay,
//! thoughtful replies, a brand's generic praise with a link, consultancy link drops
//! worded on topic, and pingbacks.

use std::path::Path;
use std::process::Command;

/// What `discern ARGS…` prints, run from the repository's root; it must succeed.
fn discern<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_discern"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .output()
        .expect("discern runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn thread_json() -> Vec<serde_json::Value> {
    let stdout = discern(&["thread", "--view", "json", "examples/blog-thread.xml"]);
    let thread: serde_json::Value =
        serde_json::from_str(stdout.lines().next().expect("one thread")).unwrap();
    thread["posts"].as_array().unwrap().clone()
}

fn by_author<'a>(posts: &'a [serde_json::Value], author: &str) -> &'a serde_json::Value {
    posts
        .iter()
        .find(|p| p["author"] == author)
        .unwrap_or_else(|| panic!("no post by {author}"))
}

#[test]
fn the_blog_thread_is_one_tree_with_every_comment() {
    let posts = thread_json();
    assert_eq!(posts.len(), 12);
    assert_eq!(posts[0]["depth"], 0);
    let priya = by_author(&posts, "Priya S");
    assert_eq!(
        priya["depth"], 2,
        "Priya answers Joanne, who answers the essay"
    );
    for post in &posts[1..] {
        assert!(
            post["verdict"]["relevance"].is_number(),
            "every reply has a relevance: {post}"
        );
    }
}

#[test]
fn link_drops_are_spam_and_say_why() {
    let posts = thread_json();
    for author in [
        "VacuumPro Store",
        "GrowthLab Consulting",
        "SEO Rank Experts",
    ] {
        let verdict = &by_author(&posts, author)["verdict"];
        assert_eq!(verdict["label"], "spam", "{author}: {verdict}");
    }
    let growthlab = &by_author(&posts, "GrowthLab Consulting")["verdict"];
    assert!(
        growthlab["signals"][0]
            .as_str()
            .unwrap()
            .starts_with("judged: spam — promotes")
            && growthlab["factors"]["belongs"].as_f64().unwrap() < 0.5,
        "{growthlab}"
    );
}

#[test]
fn people_talking_are_not_spam() {
    let posts = thread_json();
    for author in ["Priya S", "Marek Nowak", "Dev Patel"] {
        let verdict = &by_author(&posts, author)["verdict"];
        assert_ne!(verdict["label"], "spam", "{author}: {verdict}");
    }
}

#[test]
fn thoughtful_replies_that_promote_nothing_are_social_and_say_why() {
    let posts = thread_json();
    for author in ["Priya S", "Dev Patel"] {
        let verdict = &by_author(&posts, author)["verdict"];
        assert_eq!(verdict["label"], "social", "{author}: {verdict}");
    }
    let dev = &by_author(&posts, "Dev Patel")["verdict"];
    assert!(
        dev["signals"][0]
            .as_str()
            .unwrap()
            .starts_with("judged: social — offers nothing to act on"),
        "{dev}"
    );
}

#[test]
fn a_pingback_selling_followers_is_spam_and_a_real_one_is_not() {
    let posts = thread_json();
    assert_eq!(
        by_author(&posts, "Cheap Followers Now")["verdict"]["label"],
        "spam"
    );
    assert_ne!(
        by_author(&posts, "Measure What Matters")["verdict"]["label"],
        "spam"
    );
}

#[test]
fn pingbacks_are_named_as_such() {
    let posts = thread_json();
    let pingbacks: Vec<_> = posts.iter().filter(|p| p["kind"] == "pingback").collect();
    assert_eq!(pingbacks.len(), 2);
    for p in pingbacks {
        // A context rule's reason, when one changed the label, comes before it.
        let signals = p["verdict"]["signals"].as_array().unwrap();
        assert!(
            signals
                .iter()
                .take(2)
                .any(|s| s.as_str().unwrap().starts_with("pingback")),
            "{p}"
        );
    }
}

/// Classifying on several threads (workers keep their buffers; the conversation reuses
/// each worker's analysis) prints exactly what one thread prints, context included.
#[test]
fn several_threads_print_what_one_thread_prints() {
    let run = |threads: &str| {
        discern(&[
            "classify",
            "--threads",
            threads,
            "examples/blog-thread.xml",
            "examples/posts.jsonl",
        ])
    };
    let one = run("1");
    assert!(one.len() > 1000, "classified something");
    assert_eq!(run("2"), one);
}

/// A bakery's own feed as an archive lists it, newest first. Its oldest posts are
/// judged before the feed shows whose it is, then again once it does: `classify` (one
/// worker or several) and `thread` call every post the brand's.
#[test]
fn a_brands_feed_newest_first_is_marketing_from_its_first_post() {
    let feed = [
        "We're closed Monday for a staff day out. Back Tuesday with our new lunch menu.",
        "Our sourdough starter turned nine this week. We fed it rye to celebrate.",
        "We're trying a cardamom knot this weekend. Our bakers are nervous, we are excited.",
        "Thank you to everyone who queued in the rain on Saturday, we sold out by noon.",
        "Our ovens are being serviced tomorrow morning, so we open at 10 instead of 7.",
        "We've got two seats left at the counter for Friday's bread class.",
    ];
    let lines: String = feed
        .iter()
        .enumerate()
        .rev()
        .map(|(i, text)| {
            format!(
                "{}\n",
                serde_json::json!({
                    "id": format!("feed{i}"),
                    "author": "HearthAndCrumb",
                    "created_at": format!("2024-03-0{}T09:00:00Z", i + 1),
                    "text": text,
                })
            )
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("feed.jsonl");
    std::fs::write(&file, lines).unwrap();
    let run = |args: &[&str]| -> String {
        let mut args: Vec<std::ffi::OsString> = args.iter().map(Into::into).collect();
        args.push(file.clone().into_os_string());
        discern(&args)
    };
    for threads in ["1", "2"] {
        let out = run(&["classify", "--threads", threads]);
        let labels: Vec<String> = out
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["label"].to_string())
            .collect();
        assert_eq!(labels.len(), feed.len());
        assert!(
            labels.iter().all(|l| l == "\"marketing\""),
            "--threads {threads}: {labels:?}"
        );
    }
    let out = run(&["thread", "--view", "json"]);
    let marketing = out.matches("\"label\":\"marketing\"").count();
    assert_eq!(marketing, feed.len(), "{out}");
}
