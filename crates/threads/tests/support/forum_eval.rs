//! The forum-thread relevance evaluation, shared by `tests/forum_relevance.rs` and the
//! `relevance_eval` example (included by `#[path]`).
//!
//! `tests/fixtures/forum-threads.csv` holds eight blog/forum threads on distinct topics,
//! each a root post, replies that engage with it (some answer other replies) and a few
//! generic ones ("great post!"). Every post is indexed; then each reply is scored in its
//! own thread (`ThreadIndex::score`) and as if posted under the root of every other
//! thread (`ThreadIndex::score_candidate`).

#![allow(dead_code)]

use std::path::Path;

use discern_posts::Post;
use discern_threads::ThreadIndex;

pub struct Row {
    pub thread: String,
    pub role: String,
    pub post: Post,
}

/// Own-thread against wrong-thread comparisons for one kind of reply.
#[derive(Debug, Default, Clone, Copy)]
pub struct PairStats {
    pub replies: usize,
    pub pairs: usize,
    /// Pairs where the reply scores strictly lower in the wrong thread.
    pub lower: usize,
    pub ties: usize,
    pub own_sum: f64,
    pub wrong_sum: f64,
}

impl PairStats {
    pub fn lower_share(&self) -> f64 {
        self.lower as f64 / self.pairs.max(1) as f64
    }

    pub fn own_mean(&self) -> f64 {
        self.own_sum / self.replies.max(1) as f64
    }

    pub fn wrong_mean(&self) -> f64 {
        self.wrong_sum / self.pairs.max(1) as f64
    }
}

pub struct ForumEval {
    pub threads: usize,
    pub substantive: PairStats,
    pub generic: PairStats,
    /// (own, wrong, thread, other thread, text) for substantive pairs that failed.
    pub misses: Vec<(f32, f32, String, String, String)>,
}

pub fn load(path: &Path) -> Result<Vec<Row>, Box<dyn std::error::Error>> {
    let mut reader = csv::Reader::from_path(path)?;
    let mut rows = Vec::new();
    for record in reader.records() {
        let r = record?;
        let parent = r.get(2).filter(|p| !p.is_empty()).map(str::to_string);
        rows.push(Row {
            thread: r[0].to_string(),
            role: r[3].to_string(),
            post: Post {
                author: Some(r[4].to_string()),
                parent_id: parent,
                ..Post::new(&r[1], &r[5])
            },
        });
    }
    Ok(rows)
}

pub fn evaluate(rows: &[Row]) -> ForumEval {
    let mut index = ThreadIndex::default();
    let mut roots: Vec<(&str, &str)> = Vec::new();
    for row in rows {
        if row.role == "root" {
            roots.push((&row.thread, &row.post.id));
        }
        // The fixture has unique ids; a duplicate would only be skipped.
        let _ = index.add(&row.post);
    }
    let mut eval = ForumEval {
        threads: roots.len(),
        substantive: PairStats::default(),
        generic: PairStats::default(),
        misses: Vec::new(),
    };
    for row in rows.iter().filter(|r| r.role != "root") {
        let Some(own) = index.score(&row.post.id) else {
            continue;
        };
        let stats = if row.role == "generic" {
            &mut eval.generic
        } else {
            &mut eval.substantive
        };
        stats.replies += 1;
        stats.own_sum += f64::from(own.score);
        for (thread, root) in roots.iter().filter(|(t, _)| *t != row.thread) {
            let Some(wrong) = index.score_candidate(&row.post, root, None) else {
                continue;
            };
            stats.pairs += 1;
            stats.wrong_sum += f64::from(wrong.score);
            if wrong.score < own.score {
                stats.lower += 1;
            } else {
                if wrong.score == own.score {
                    stats.ties += 1;
                }
                if row.role != "generic" {
                    eval.misses.push((
                        own.score,
                        wrong.score,
                        row.thread.clone(),
                        thread.to_string(),
                        row.post.text.clone(),
                    ));
                }
            }
        }
    }
    eval
}
