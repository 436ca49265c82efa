//! The redirect handler's work per click, without the socket: find the cached link,
//! classify the agent, hash the visitor, build the location, queue the record.
//!
//! `cargo bench -p discern-measure --bench redirect`

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use discern_measure::{
    ClickRequest, Goal, GoalKind, Measure, MeasureConfig, MeasureDb, NewCampaign, NewLink,
    Redirect, Utm, now,
};

const CHROME: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
const SLACK: &str = "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)";

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (measure, code) = rt.block_on(async {
        let db = MeasureDb::open(dir.path().join("bench.db")).await.unwrap();
        let campaign = db
            .create_campaign(
                NewCampaign {
                    site_id: 1,
                    name: "bench".into(),
                    goal: Goal::new(GoalKind::Signups, None, 100.0).unwrap(),
                    currency: None,
                    budget: None,
                    starts_at: None,
                    ends_at: None,
                },
                now(),
            )
            .await
            .unwrap();
        let link = db
            .create_link(
                None,
                NewLink {
                    campaign_id: campaign.id,
                    destination: "https://shop.example/spring?id=7".into(),
                    channel: Some("mastodon".into()),
                    utm: Utm {
                        source: Some("mastodon".into()),
                        campaign: Some("spring".into()),
                        ..Utm::default()
                    },
                    ..NewLink::default()
                },
                now(),
            )
            .await
            .unwrap();
        let config = MeasureConfig {
            datacenter_ranges: vec!["198.51.100.0/24".into()],
            ..MeasureConfig::default()
        };
        (Measure::open(db, config).await.unwrap(), link.code)
    });
    let live = rt.block_on(measure.live_link(&code)).unwrap().unwrap();
    let request = |ua| ClickRequest {
        head: false,
        user_agent: Some(ua),
        referrer: Some("https://mastodon.social/@shop/1"),
        peer: "203.0.113.7".parse().unwrap(),
        forwarded_for: None,
        query: Some("ref=bio"),
    };
    let human = request(CHROME);
    let preview = request(SLACK);
    let at = now();

    let mut g = c.benchmark_group("redirect");
    g.bench_function("answer_browser", |b| {
        b.iter(|| black_box(measure.answer(&live, black_box(&human), at)))
    });
    g.bench_function("answer_link_preview", |b| {
        b.iter(|| black_box(measure.answer(&live, black_box(&preview), at)))
    });
    // The whole library path of `GET /l/{code}`: cache lookup, answer, queue the click.
    g.bench_function("click_cached", |b| {
        b.iter(|| {
            let r = rt
                .block_on(measure.click(black_box(&code), &human))
                .unwrap();
            assert!(matches!(r, Redirect::Found { .. }));
        })
    });
    g.finish();
    rt.block_on(measure.flush());
}

criterion_group!(benches, bench);
criterion_main!(benches);
