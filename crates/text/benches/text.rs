//! Normalisation, tokenisation and squashing on social texts of typical length.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use discern_text::{normalize, squash_into, tokenize_into};

const TEXTS: &[&str] = &[
    "Huh, anyway check out this you[tube] channel: kobyoshi02",
    "Free entry in 2 a wkly comp to win FA Cup final tkts 21st May 2005. Text FA to 87121 to receive entry question(std txt rate)",
    "Time for some BBQ and whiskey libations. Chomp, belch, chomp! (@ Lucille's Smokehouse Bar-B-Que)",
    "30% OFF everything this weekend only! Shop now at example.com with code SAVE30 💥💥",
    "@user sorry to hear that, please DM us your order number and we’ll sort it out",
    "Honestly I don't think the subject would seem nearly as complicated if it were explained well…",
    "Mike Ward’s Liberty Safes Baton Rouge Black Friday Sale! Starting 11/27 to Monday 11/30…",
    "Tom &amp; Jerry&#39;s show is on tonight\\nsee you there",
];

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Elements(TEXTS.len() as u64));
    group.bench_function("normalize", |b| {
        b.iter(|| {
            for t in TEXTS {
                std::hint::black_box(normalize(t));
            }
        })
    });
    let normal: Vec<String> = TEXTS.iter().map(|t| normalize(t).into_owned()).collect();
    group.bench_function("tokenize", |b| {
        let mut tokens = Vec::new();
        b.iter(|| {
            for t in &normal {
                tokenize_into(t, &mut tokens);
                std::hint::black_box(&tokens);
            }
        })
    });
    group.bench_function("tokenize+squash", |b| {
        let mut tokens = Vec::new();
        let mut out = String::new();
        b.iter(|| {
            for t in &normal {
                tokenize_into(t, &mut tokens);
                squash_into(&tokens, &mut out);
                std::hint::black_box(&out);
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
