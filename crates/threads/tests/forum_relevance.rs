//! Replies that engage with their thread must score lower when moved to another thread
//! (≥ 95% of pairs), while generic praise stays low everywhere.

use std::path::PathBuf;

#[path = "support/forum_eval.rs"]
mod forum_eval;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/forum-threads.csv")
}

#[test]
fn substantive_replies_belong_to_their_own_thread() {
    let rows = forum_eval::load(&fixture()).expect("fixture loads");
    let eval = forum_eval::evaluate(&rows);
    assert!(eval.threads >= 6, "{} threads", eval.threads);
    let s = eval.substantive;
    assert!(s.replies >= 60, "{} substantive replies", s.replies);
    assert!(
        s.lower_share() >= 0.95,
        "own thread beats wrong thread in only {:.1}% of {} pairs; misses: {:#?}",
        100.0 * s.lower_share(),
        s.pairs,
        eval.misses
    );
}

#[test]
fn generic_praise_is_low_everywhere() {
    let rows = forum_eval::load(&fixture()).expect("fixture loads");
    let eval = forum_eval::evaluate(&rows);
    let g = eval.generic;
    assert!(g.replies >= 12, "{} generic replies", g.replies);
    // Low in its own thread and no better there than anywhere else to speak of.
    assert!(
        g.own_mean() < 0.15,
        "generic own-thread mean {:.3}",
        g.own_mean()
    );
    assert!(
        g.wrong_mean() < 0.15,
        "generic wrong-thread mean {:.3}",
        g.wrong_mean()
    );
    assert!(
        eval.substantive.own_mean() > 3.0 * g.own_mean(),
        "substantive {:.3} vs generic {:.3}",
        eval.substantive.own_mean(),
        g.own_mean()
    );
}
