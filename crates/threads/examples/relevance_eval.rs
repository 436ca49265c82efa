//! Do replies moved to the wrong thread score lower than in their own?
//!
//! ```text
//! cargo run --release -p discern-threads --example relevance_eval [-- FIXTURE.csv]
//! ```
//!
//! Three figures. (a) and (b) come from the forum fixture
//! (`tests/fixtures/forum-threads.csv`, eight blog/forum threads whose replies engage
//! with them; see `tests/support/forum_eval.rs`): (a) substantive replies, share of
//! (reply, wrong thread) pairs where the wrong thread scores lower; (b) the same for
//! generic praise, with mean scores (expected low everywhere). (c), the hard case, is the
//! YouTube fixture below (or FIXTURE.csv in its format), where most legitimate comments
//! never mention their video.
//!
//! Threads of (c) are the five videos of the YouTube Spam Collection (committed as
//! `tests/fixtures/youtube-comments.csv`, see SOURCE.txt): the root is the video's title and
//! every legitimate (CLASS 0) comment replies to it. For every comment and every other
//! video, the comment's relevance in its own thread is compared with the relevance it would
//! have under the other video (`ThreadIndex::score_candidate`). Prints the share of pairs
//! where the own thread scores strictly higher, and how many pairs tie.

use std::path::PathBuf;

use discern_posts::Post;
use discern_threads::ThreadIndex;

#[path = "../tests/support/forum_eval.rs"]
mod forum_eval;

struct Comment {
    video: String,
    post: Post,
    spam: bool,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let forum = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/forum-threads.csv");
    let eval = forum_eval::evaluate(&forum_eval::load(&forum)?);
    let (s, g) = (eval.substantive, eval.generic);
    println!("forum threads: {} threads", eval.threads);
    println!(
        "  (a) substantive replies: {} replies, {} pairs; wrong thread scores lower in {:.1}% (ties {:.1}%); mean score own {:.3}, wrong {:.3}",
        s.replies,
        s.pairs,
        100.0 * s.lower_share(),
        100.0 * s.ties as f64 / s.pairs.max(1) as f64,
        s.own_mean(),
        s.wrong_mean()
    );
    println!(
        "  (b) generic praise: {} replies, {} pairs; wrong thread scores lower in {:.1}% (ties {:.1}%); mean score own {:.3}, wrong {:.3}",
        g.replies,
        g.pairs,
        100.0 * g.lower_share(),
        100.0 * g.ties as f64 / g.pairs.max(1) as f64,
        g.own_mean(),
        g.wrong_mean()
    );
    if std::env::var_os("SHOW_MISSES").is_some() {
        for (own, wrong, thread, other, text) in &eval.misses {
            println!("  miss: own {own:.3} wrong {wrong:.3} ({thread} -> {other}): {text}");
        }
    }
    println!("(c) YouTube comments (hard case):");
    let path = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/youtube-comments.csv")
        });
    let mut reader = csv::Reader::from_path(&path)?;
    let mut videos: Vec<(String, String)> = Vec::new();
    let mut comments = Vec::new();
    for record in reader.records() {
        let r = record?;
        let video = format!("video{}", &r[0]);
        if !videos.iter().any(|(v, _)| *v == video) {
            videos.push((video.clone(), r[1].to_string()));
        }
        comments.push(Comment {
            post: Post {
                author: Some(r[3].to_string()),
                parent_id: Some(video.clone()),
                ..Post::new(&r[2], &r[5])
            },
            video,
            spam: &r[6] == "1",
        });
    }

    for with_spam in [false, true] {
        let mut index = ThreadIndex::default();
        for (id, title) in &videos {
            index.add(&Post::new(id, title))?;
        }
        let mut kept = Vec::new();
        for c in &comments {
            if (with_spam || !c.spam) && index.add(&c.post).is_ok() {
                kept.push(c);
            }
        }
        let (mut lower, mut ties, mut pairs) = (0usize, 0usize, 0usize);
        let (mut social_sum, mut social_n, mut spam_sum, mut spam_n) = (0.0, 0, 0.0, 0);
        for c in &kept {
            let Some(own) = index.score(&c.post.id) else {
                continue;
            };
            if c.spam {
                spam_sum += own.score;
                spam_n += 1;
                continue;
            }
            social_sum += own.score;
            social_n += 1;
            for (other, _) in videos.iter().filter(|(v, _)| *v != c.video) {
                let Some(wrong) = index.score_candidate(&c.post, other, None) else {
                    continue;
                };
                pairs += 1;
                if wrong.score < own.score {
                    lower += 1;
                } else if std::env::var_os("SHOW_MISSES").is_some() && !with_spam {
                    println!(
                        "  miss: own {:.3} wrong {:.3} ({} -> {other}): {}",
                        own.score, wrong.score, c.video, c.post.text
                    );
                } else if wrong.score == own.score {
                    ties += 1;
                }
            }
        }
        println!(
            "{}: {} social comments, {pairs} (comment, wrong thread) pairs",
            if with_spam {
                "social + spam comments indexed"
            } else {
                "social comments only"
            },
            social_n
        );
        println!(
            "  wrong thread scores lower: {:.1}% of pairs; ties {:.1}%; lower among non-tied {:.1}%",
            100.0 * lower as f64 / pairs.max(1) as f64,
            100.0 * ties as f64 / pairs.max(1) as f64,
            100.0 * lower as f64 / (pairs - ties).max(1) as f64
        );
        println!(
            "  mean relevance in own thread: social {:.3}{}",
            social_sum / social_n.max(1) as f32,
            if spam_n > 0 {
                format!(", spam {:.3}", spam_sum / spam_n as f32)
            } else {
                String::new()
            }
        );
    }
    Ok(())
}
