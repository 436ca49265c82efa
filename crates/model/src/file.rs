//! The model file: `DISCERNM` magic, format version, a JSON header (labels, feature
//! and training settings, calibration), the weights, and an xxh3 checksum of
//! everything before it. Little-endian throughout.
//!
//! ```text
//! offset  size  field
//! 0       8     magic "DISCERNM"
//! 8       4     format version (u32)
//! 12      4     header length H (u32)
//! 16      H     header, JSON (see `Header`)
//! 16+H    4·k   bias per class (f32)
//! …       B·k   weights, bucket-major, i8 (scaled per class by header.scales)
//! …       B     inverse document frequency per bucket, u8 (scaled by header.idf_scale)
//! end-8   8     xxh3-64 of all preceding bytes (u64)
//! ```

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_64;

use crate::error::{ModelError, Result};
use crate::features::FeatureConfig;
use crate::linear::TrainConfig;

pub const MAGIC: &[u8; 8] = b"DISCERNM";
/// 2: character n-grams and bigrams hashed incrementally (see `features`).
pub const FORMAT_VERSION: u32 = 2;

/// Facts about the model stored beside its weights.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub labels: Vec<String>,
    pub features: FeatureConfig,
    pub train: TrainConfig,
    /// Softmax temperature fitted on held-out data.
    pub temperature: f32,
    /// Per-class dequantisation scale: weight = i8 × scale.
    pub scales: Vec<f32>,
    /// Dequantisation scale of the IDF table: idf = u8 × idf_scale.
    pub idf_scale: f32,
    /// Number of training examples.
    pub examples: usize,
    /// Examples per label, in `labels` order.
    pub label_counts: Vec<usize>,
    /// The discern version that trained it.
    pub trained_by: String,
}

/// The parts of a model as they are stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub header: Header,
    pub bias: Vec<f32>,
    pub weights: Vec<i8>,
    pub idf: Vec<u8>,
}

pub fn encode(stored: &Stored) -> Vec<u8> {
    let header = serde_json::to_vec(&stored.header).expect("header serialises");
    let mut out =
        Vec::with_capacity(16 + header.len() + stored.bias.len() * 4 + stored.weights.len() + 8);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(header.len() as u32).to_le_bytes());
    out.extend_from_slice(&header);
    for b in &stored.bias {
        out.extend_from_slice(&b.to_le_bytes());
    }
    out.extend(stored.weights.iter().map(|&w| w as u8));
    out.extend_from_slice(&stored.idf);
    let checksum = xxh3_64(&out);
    out.extend_from_slice(&checksum.to_le_bytes());
    out
}

/// Parses and checks a model file; every malformed input is an error, never a panic.
pub fn decode(bytes: &[u8]) -> Result<(Stored, u64)> {
    if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
        return Err(ModelError::NotAModel);
    }
    let need = |expected: usize| {
        if bytes.len() < expected {
            Err(ModelError::Truncated {
                expected,
                found: bytes.len(),
            })
        } else {
            Ok(())
        }
    };
    need(16)?;
    let version = u32::from_le_bytes(bytes[8..12].try_into().expect("4 bytes"));
    if version != FORMAT_VERSION {
        return Err(ModelError::UnsupportedVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let header_len = u32::from_le_bytes(bytes[12..16].try_into().expect("4 bytes")) as usize;
    need(16 + header_len + 8)?;
    let stored_sum = u64::from_le_bytes(bytes[bytes.len() - 8..].try_into().expect("8 bytes"));
    let computed = xxh3_64(&bytes[..bytes.len() - 8]);
    let header: Header = serde_json::from_slice(&bytes[16..16 + header_len]).map_err(|e| {
        // A header that does not parse is usually a damaged file: say so if the checksum agrees.
        if stored_sum != computed {
            ModelError::Checksum {
                stored: stored_sum,
                computed,
            }
        } else {
            ModelError::BadHeader(e.to_string())
        }
    })?;
    let k = header.labels.len();
    if k < 2 || header.scales.len() != k || header.label_counts.len() != k {
        return Err(ModelError::BadHeader(format!(
            "{} labels, {} scales, {} label counts",
            k,
            header.scales.len(),
            header.label_counts.len()
        )));
    }
    if !(1..=28).contains(&header.features.bits) {
        return Err(ModelError::BadHeader(format!(
            "hash bits {} outside 1..=28",
            header.features.bits
        )));
    }
    if !(header.temperature.is_finite() && header.temperature > 0.0) {
        return Err(ModelError::BadHeader(format!(
            "temperature {} is not a positive number",
            header.temperature
        )));
    }
    if !(header.idf_scale.is_finite() && header.idf_scale > 0.0) {
        return Err(ModelError::BadHeader(format!(
            "IDF scale {} is not a positive number",
            header.idf_scale
        )));
    }
    let buckets = 1usize << header.features.bits;
    let weights_len = buckets * k;
    let body = 16 + header_len;
    let expected = body + 4 * k + weights_len + buckets + 8;
    need(expected)?;
    if bytes.len() != expected {
        return Err(ModelError::BadHeader(format!(
            "file has {} bytes, the header implies {expected}",
            bytes.len()
        )));
    }
    if stored_sum != computed {
        return Err(ModelError::Checksum {
            stored: stored_sum,
            computed,
        });
    }
    let bias = bytes[body..body + 4 * k]
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes(c.try_into().expect("4 bytes")))
        .collect();
    let weights_at = body + 4 * k;
    let weights = bytes[weights_at..weights_at + weights_len]
        .iter()
        .map(|&b| b as i8)
        .collect();
    let idf = bytes[weights_at + weights_len..weights_at + weights_len + buckets].to_vec();
    Ok((
        Stored {
            header,
            bias,
            weights,
            idf,
        },
        computed,
    ))
}
