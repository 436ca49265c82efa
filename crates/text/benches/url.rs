//! `url_domain` (hand-written, returns a slice of its input) against the `url` crate doing
//! the same job (parse, host, drop `www.`), and psl's registrable domain, on the kinds of
//! token the tokenizer asks about: full URLs, bare domains with paths, shorteners, and
//! words with dots that are not hosts at all. Figures in BENCHMARKS.md ("URL hosts").

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use discern_text::url_domain;

const TOKENS: &[&str] = &[
    "https://www.Example.com:8080/a?b",
    "bit.ly/3xYz",
    "example.com",
    "http://user:pw@sub.site.co.uk/x",
    "www.murdev.com",
    "https://shop.example.co.uk/sale?utm_source=x&utm_medium=social",
    "t.co/abc123",
    "youtu.be/dQw4w9WgXcQ",
    "e.g.",
    "3.14",
    "hello",
    "U.S.A.",
];

/// What `url_domain` answers, through the `url` crate: it needs a scheme, so a bare
/// domain is parsed with one added, and the host it gives is an owned, lower-cased copy.
fn with_url_crate(token: &str) -> Option<String> {
    let parsed = if token.contains("://") {
        url::Url::parse(token)
    } else {
        url::Url::parse(&format!("http://{token}"))
    }
    .ok()?;
    let host = parsed.host_str()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    let (_, tld) = host.rsplit_once('.')?;
    (tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())).then(|| host.to_string())
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("url");
    group.throughput(Throughput::Elements(TOKENS.len() as u64));
    group.bench_function("url_domain", |b| {
        b.iter(|| {
            for t in TOKENS {
                std::hint::black_box(url_domain(std::hint::black_box(t)));
            }
        })
    });
    group.bench_function("url crate", |b| {
        b.iter(|| {
            for t in TOKENS {
                std::hint::black_box(with_url_crate(std::hint::black_box(t)));
            }
        })
    });
    let hosts: Vec<String> = TOKENS
        .iter()
        .filter_map(|t| url_domain(t))
        .map(str::to_ascii_lowercase)
        .collect();
    group.throughput(Throughput::Elements(hosts.len() as u64));
    group.bench_function("psl registrable domain", |b| {
        b.iter(|| {
            for h in &hosts {
                std::hint::black_box(psl::domain_str(std::hint::black_box(h)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
