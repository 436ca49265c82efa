//! Relevance by sentence embeddings (all-MiniLM-L6-v2, mean pooling, unit length), on
//! the fixtures discern's BM25 relevance is measured on (`relevance_eval` example):
//! YouTube: each legitimate comment against its own video's title and every other title;
//! forum: each substantive reply against its own thread's opening post and every other.
//! Prints the share of pairs where the own side scores higher, and the time taken.

use anyhow::{Result, anyhow};
use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config};
use tokenizers::{PaddingParams, PaddingStrategy, Tokenizer, TruncationParams};

/// all-MiniLM-L6-v2 as sentence-transformers runs it: BERT, mean of the token vectors
/// under the attention mask, scaled to unit length.
struct Encoder {
    model: BertModel,
    tokenizer: Tokenizer,
    device: Device,
}

impl Encoder {
    fn load(dir: &std::path::Path) -> Result<Self> {
        let device = Device::Cpu;
        let config: Config =
            serde_json::from_str(&std::fs::read_to_string(dir.join("config.json"))?)?;
        let weights = std::fs::read(dir.join("model.safetensors"))?;
        let vb = VarBuilder::from_buffered_safetensors(weights, DType::F32, &device)?;
        let model = BertModel::load(vb, &config)?;
        let mut tokenizer =
            Tokenizer::from_file(dir.join("tokenizer.json")).map_err(|e| anyhow!(e))?;
        tokenizer.with_padding(Some(PaddingParams {
            strategy: PaddingStrategy::BatchLongest,
            ..Default::default()
        }));
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length: 256,
                ..Default::default()
            }))
            .map_err(|e| anyhow!(e))?;
        Ok(Encoder {
            model,
            tokenizer,
            device,
        })
    }
    fn encode(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        let enc = self
            .tokenizer
            .encode_batch(texts.to_vec(), true)
            .map_err(|e| anyhow!(e))?;
        let ids: Vec<Tensor> = enc
            .iter()
            .map(|e| Tensor::new(e.get_ids(), &self.device))
            .collect::<candle_core::Result<_>>()?;
        let mask: Vec<Tensor> = enc
            .iter()
            .map(|e| Tensor::new(e.get_attention_mask(), &self.device))
            .collect::<candle_core::Result<_>>()?;
        let ids = Tensor::stack(&ids, 0)?;
        let mask = Tensor::stack(&mask, 0)?;
        let types = ids.zeros_like()?;
        let out = self.model.forward(&ids, &types, Some(&mask))?;
        let m = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
        let summed = out.broadcast_mul(&m)?.sum(1)?;
        let counts = m.sum(1)?;
        let mean = summed.broadcast_div(&counts)?;
        let norm = mean.sqr()?.sum_keepdim(1)?.sqrt()?;
        let unit = mean.broadcast_div(&norm)?;
        Ok(unit.to_vec2()?)
    }
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(model), Some(fixtures)) = (args.next(), args.next()) else {
        anyhow::bail!("usage: discern-embeddings-eval MODEL_DIR FIXTURES_DIR");
    };
    let (dir, fixtures) = (
        std::path::PathBuf::from(model),
        std::path::PathBuf::from(fixtures),
    );
    let e = Encoder::load(&dir)?;
    // Cosine of unit vectors.
    let dot = |a: &[f32], b: &[f32]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f32>();
    let embed_all = |texts: &[String]| -> Result<Vec<Vec<f32>>> {
        let mut out = vec![];
        for chunk in texts.chunks(32) {
            let refs: Vec<&str> = chunk.iter().map(|s| s.as_str()).collect();
            out.extend(e.encode(&refs)?);
        }
        Ok(out)
    };
    // YouTube: legitimate comments, own title vs each other title.
    let mut rdr = csv::Reader::from_path(fixtures.join("youtube-comments.csv"))?;
    let mut titles: Vec<(String, String)> = vec![];
    let mut comments: Vec<(String, String)> = vec![];
    for r in rdr.records() {
        let r = r?;
        let (video, title, content, class) = (
            r[0].to_string(),
            r[1].to_string(),
            r[5].to_string(),
            r[6].to_string(),
        );
        if !titles.iter().any(|t| t.0 == video) {
            titles.push((video.clone(), title));
        }
        if class == "0" {
            comments.push((video, content));
        }
    }
    let t0 = std::time::Instant::now();
    let te = embed_all(&titles.iter().map(|t| t.1.clone()).collect::<Vec<_>>())?;
    let ce = embed_all(&comments.iter().map(|c| c.1.clone()).collect::<Vec<_>>())?;
    let (mut higher, mut pairs) = (0, 0);
    for (c, v) in comments.iter().zip(&ce) {
        let own = titles.iter().position(|t| t.0 == c.0).unwrap();
        for (i, t) in te.iter().enumerate() {
            if i == own {
                continue;
            }
            pairs += 1;
            if dot(v, &te[own]) > dot(v, t) {
                higher += 1;
            }
        }
    }
    println!(
        "youtube: {} comments, own title higher in {}/{} pairs = {:.1}% ({:.1?})",
        comments.len(),
        higher,
        pairs,
        100.0 * higher as f64 / pairs as f64,
        t0.elapsed()
    );
    // Forum: substantive replies vs own root and other roots.
    let mut rdr = csv::Reader::from_path(fixtures.join("forum-threads.csv"))?;
    let mut roots: Vec<(String, String)> = vec![];
    let mut replies: Vec<(String, String)> = vec![];
    for r in rdr.records() {
        let r = r?;
        match &r[3] {
            "root" => roots.push((r[0].to_string(), r[5].to_string())),
            "reply" => replies.push((r[0].to_string(), r[5].to_string())),
            _ => {}
        }
    }
    let re = embed_all(&roots.iter().map(|t| t.1.clone()).collect::<Vec<_>>())?;
    let pe = embed_all(&replies.iter().map(|t| t.1.clone()).collect::<Vec<_>>())?;
    let (mut higher, mut pairs) = (0, 0);
    let mut own_s = vec![];
    let mut wrong_s = vec![];
    for (c, v) in replies.iter().zip(&pe) {
        let Some(own) = roots.iter().position(|t| t.0 == c.0) else {
            eprintln!("no root for {}", c.0);
            continue;
        };
        own_s.push(dot(v, &re[own]));
        for (i, t) in re.iter().enumerate() {
            if i == own {
                continue;
            }
            pairs += 1;
            wrong_s.push(dot(v, t));
            if dot(v, &re[own]) > dot(v, t) {
                higher += 1;
            }
        }
    }
    own_s.sort_by(f32::total_cmp);
    wrong_s.sort_by(f32::total_cmp);
    let q = |v: &Vec<f32>, p: f64| v[((v.len() - 1) as f64 * p) as usize];
    println!(
        "forum: own root higher in {}/{} pairs = {:.1}%; cosine own p10 {:.3} median {:.3}; wrong median {:.3} p90 {:.3}",
        higher,
        pairs,
        100.0 * higher as f64 / pairs as f64,
        q(&own_s, 0.1),
        q(&own_s, 0.5),
        q(&wrong_s, 0.5),
        q(&wrong_s, 0.9)
    );
    Ok(())
}
