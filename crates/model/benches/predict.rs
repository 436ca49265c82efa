use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use discern_model::{Scratch, TrainOptions, train};

fn bench(c: &mut Criterion) {
    let texts = [
        "Huh, anyway check out this you[tube] channel: kobyoshi02",
        "Free entry in 2 a wkly comp to win FA Cup final tkts 21st May 2005. Text FA to 87121",
        "Time for some BBQ and whiskey libations. Chomp, belch, chomp!",
        "30% OFF everything this weekend only! Shop now at example.com with code SAVE30",
        "@user sorry to hear that, please DM us your order number and we'll sort it out",
        "Honestly I don't think the subject would seem nearly as complicated if it were explained well",
    ];
    let labels = ["spam", "spam", "social", "marketing", "marketing", "social"];
    let model = train(&texts, &labels, None, &TrainOptions::default()).expect("trains");
    let mut scratch = Scratch::default();
    let mut group = c.benchmark_group("predict");
    group.throughput(Throughput::Elements(texts.len() as u64));
    group.bench_function("six_posts", |b| {
        b.iter(|| {
            for t in &texts {
                std::hint::black_box(model.predict(t, &mut scratch));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
