//! Events at scale: loads N click events for one campaign into a real SQLite file through
//! the crate's own write path (`MeasureDb::insert_clicks`, the batched writer's call, which
//! also keeps the click rollup) and times the campaign report (`service::report`, what
//! `GET /v1/campaigns/{id}/report` calls, reading the rollup). Up to 1,000,000 clicks it
//! also builds the report the old way, from every raw click, and checks both are equal.
//! Run by `bench/measure_scale.sh`; see BENCHMARKS.md.
//!
//!     cargo run --release -p discern-measure --example measure_scale -- DB_PATH [CLICKS] [RUNS]
//!
//! The data: one campaign over 30 days, 8 links on 6 channels (two paid), a visitor pool
//! of CLICKS/5 with a skewed popularity, 10% of human clicks repeated within 30 minutes,
//! 30% bots across every reason (HEAD, link previews, crawlers, mail scanners on the
//! newsletter, datacenter, no agent) from a pool of 5,000 bot visitors, and a conversion
//! for 0.5% of human clicks (by click id; 1 in 20 only naming the campaign). Deterministic
//! (seed 13) except the click ids, which come from the crate's own generator.

use std::time::Instant;

use discern_measure::counts::ClickSummary;
use discern_measure::link::generate_click_id;
use discern_measure::report::{ReportInput, build};
use discern_measure::{
    BotFlag, BotReason, Click, ConversionKind, ConversionSource, Goal, GoalKind, MeasureDb, Metric,
    NewCampaign, NewConversion, NewLink, ReportOptions, Utm, service,
};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const DAY: i64 = 86_400;
/// 2026-11-01T00:00:00Z.
const START: i64 = 1_793_491_200;
const BATCH: usize = 50_000;

fn hex32(mut x: u64) -> String {
    // splitmix64 twice: a stable 128-bit hash of the visitor's index, in the stored format
    // (32 hex characters, like `visitor::visitor_hash`).
    let mut next = || {
        x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    format!("{:016x}{:016x}", next(), next())
}

struct LinkSpec {
    channel: &'static str,
    paid: bool,
    referrer: Option<&'static str>,
    weight: f64,
}

const LINKS: &[LinkSpec] = &[
    LinkSpec {
        channel: "x",
        paid: false,
        referrer: Some("t.co"),
        weight: 0.22,
    },
    LinkSpec {
        channel: "x",
        paid: true,
        referrer: Some("t.co"),
        weight: 0.10,
    },
    LinkSpec {
        channel: "linkedin",
        paid: false,
        referrer: Some("www.linkedin.com"),
        weight: 0.14,
    },
    LinkSpec {
        channel: "linkedin",
        paid: true,
        referrer: Some("www.linkedin.com"),
        weight: 0.08,
    },
    LinkSpec {
        channel: "facebook",
        paid: false,
        referrer: Some("l.facebook.com"),
        weight: 0.16,
    },
    LinkSpec {
        channel: "newsletter",
        paid: false,
        referrer: None,
        weight: 0.18,
    },
    LinkSpec {
        channel: "instagram",
        paid: false,
        referrer: Some("l.instagram.com"),
        weight: 0.07,
    },
    LinkSpec {
        channel: "reddit",
        paid: false,
        referrer: Some("out.reddit.com"),
        weight: 0.05,
    },
];

fn pick_link(rng: &mut StdRng) -> usize {
    let mut u: f64 = rng.random();
    for (i, l) in LINKS.iter().enumerate() {
        if u < l.weight {
            return i;
        }
        u -= l.weight;
    }
    LINKS.len() - 1
}

/// A bot's reason and matched text, with the shares of the 30% of clicks that are bots.
fn pick_bot(rng: &mut StdRng, link: usize) -> (BotFlag, &'static str) {
    let u: f64 = rng.random::<f64>() * 0.30;
    let (reason, detail, class) = if LINKS[link].channel == "newsletter" && u < 0.06 {
        (BotReason::MailScanner, "Barracuda", "desktop")
    } else if u < 0.12 {
        (BotReason::HeadRequest, "HEAD", "desktop")
    } else if u < 0.20 {
        let d = [
            "facebookexternalhit",
            "Twitterbot",
            "Slackbot",
            "LinkedInBot",
        ][rng.random_range(0..4)];
        (BotReason::LinkPreview, d, "bot")
    } else if u < 0.26 {
        let d = ["Googlebot", "bingbot", "AhrefsBot", "python-requests"][rng.random_range(0..4)];
        (BotReason::Crawler, d, "bot")
    } else if u < 0.29 {
        (BotReason::Datacenter, "52.0.0.0/8", "desktop")
    } else {
        (BotReason::NoUserAgent, "", "other")
    };
    (
        BotFlag {
            reason,
            detail: detail.to_string(),
        },
        class,
    )
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: measure_scale DB_PATH [CLICKS] [RUNS]")?;
    let n: usize = args
        .next()
        .map_or(Ok(10_000_000), |s| s.replace('_', "").parse())?;
    let runs: usize = args.next().map_or(Ok(3), |s| s.parse())?;
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{path}{suffix}"));
    }
    let db = MeasureDb::open(&path).await?;
    let campaign = db
        .create_campaign(
            NewCampaign {
                site_id: 1,
                name: "Winter sign-ups".into(),
                goal: Goal::new(GoalKind::Signups, Some(Metric::Conversions), 50_000.0)?,
                currency: Some("USD".into()),
                budget: Some(20_000.0),
                starts_at: Some(START),
                ends_at: Some(START + 30 * DAY),
            },
            START,
        )
        .await?;
    let mut link_ids = Vec::new();
    for (i, l) in LINKS.iter().enumerate() {
        let link = db
            .create_link(
                Some(1),
                NewLink {
                    campaign_id: campaign.id,
                    destination: "https://example.com/signup".into(),
                    code: None,
                    post_id: Some(format!("post-{i}")),
                    channel: Some(l.channel.into()),
                    utm: Utm::default(),
                    paid: l.paid,
                    expires_at: None,
                },
                START,
            )
            .await?;
        link_ids.push(link.id);
    }

    let mut rng = StdRng::seed_from_u64(13);
    let visitors = (n / 5).max(1) as f64;
    let batches = n.div_ceil(BATCH);
    let slice = 30 * DAY / batches as i64;
    let mut converting: Vec<(String, i64)> = Vec::new();
    let (mut humans, mut repeats, mut bots) = (0u64, 0u64, 0u64);
    let t = Instant::now();
    let mut written = 0usize;
    for b in 0..batches {
        let want = BATCH.min(n - written);
        let from = START + b as i64 * slice;
        let mut batch: Vec<Click> = Vec::with_capacity(want + 16);
        while batch.len() < want {
            let link = pick_link(&mut rng);
            let at = from + rng.random_range(0..slice);
            if rng.random::<f64>() < 0.30 {
                let (flag, class) = pick_bot(&mut rng, link);
                batch.push(Click {
                    click_id: generate_click_id(),
                    link_id: link_ids[link],
                    at,
                    referrer: None,
                    ua_class: class,
                    visitor: hex32(1 << 40 | rng.random_range(0..5_000u64)),
                    bot: Some(flag),
                });
                bots += 1;
                continue;
            }
            // Skewed popularity: a few visitors click often, most once or twice.
            let v = (visitors * rng.random::<f64>().powi(2)) as u64;
            let visitor = hex32(v);
            let class = ["desktop", "mobile", "mobile", "tablet"][rng.random_range(0..4)];
            let referrer = LINKS[link]
                .referrer
                .filter(|_| rng.random::<f64>() < 0.6)
                .map(str::to_string);
            let click_id = generate_click_id();
            if rng.random::<f64>() < 0.005 {
                converting.push((click_id.clone(), at + rng.random_range(60..3 * DAY)));
            }
            humans += 1;
            let repeat = rng.random::<f64>() < 0.10 && batch.len() + 1 < want;
            if repeat {
                batch.push(Click {
                    click_id: generate_click_id(),
                    link_id: link_ids[link],
                    at: at + rng.random_range(30..1_700),
                    referrer: referrer.clone(),
                    ua_class: class,
                    visitor: visitor.clone(),
                    bot: None,
                });
                repeats += 1;
            }
            batch.push(Click {
                click_id,
                link_id: link_ids[link],
                at,
                referrer,
                ua_class: class,
                visitor,
                bot: None,
            });
        }
        batch.sort_by_key(|c| c.at);
        written += batch.len();
        db.insert_clicks(batch).await?;
    }
    let load = t.elapsed();
    eprintln!(
        "loaded {written} clicks ({humans} human first clicks, {repeats} repeats within 30 min, {bots} bots) in {:.1} s ({:.0} clicks/s, batches of {BATCH})",
        load.as_secs_f64(),
        written as f64 / load.as_secs_f64()
    );
    let t = Instant::now();
    let nconv = converting.len();
    for (i, (click_id, at)) in converting.into_iter().enumerate() {
        let by_campaign = i % 20 == 19;
        db.insert_conversion(
            NewConversion {
                site_id: 1,
                idempotency_key: format!("order-{i}"),
                click_id: (!by_campaign).then_some(click_id),
                visitors: Vec::new(),
                campaign_id: by_campaign.then_some(campaign.id),
                kind: ConversionKind::Signup,
                amount_cents: 0,
                currency: None,
                at,
                source: ConversionSource::Api,
            },
            at,
        )
        .await?;
    }
    eprintln!("{nconv} conversions in {:.1} s", t.elapsed().as_secs_f64());

    // Fold the WAL into the file, then measure it.
    {
        let c = rusqlite::Connection::open(&path)?;
        c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        let plan: Vec<String> = c
            .prepare(
                "EXPLAIN QUERY PLAN SELECT c.click_id, c.link_id, c.at, c.referrer, c.ua_class, c.visitor, c.bot_reason, c.bot_detail
                 FROM measure_clicks c JOIN measure_links l ON l.id = c.link_id
                 WHERE l.campaign_id = ?1 AND c.at >= ?2 AND (?3 IS NULL OR c.at < ?3) ORDER BY c.at, c.id",
            )?
            .query_map([campaign.id, START, START + 30 * DAY], |r| r.get::<_, String>(3))?
            .collect::<Result<_, _>>()?;
        eprintln!("plan of MeasureDb::clicks: {}", plan.join(" | "));
    }
    let bytes = std::fs::metadata(&path)?.len();
    eprintln!(
        "file: {bytes} bytes ({:.1} MiB), {:.1} bytes per click",
        bytes as f64 / 1_048_576.0,
        bytes as f64 / written as f64
    );

    let links = db.links(campaign.id).await?;
    let conversions = db.conversions(1, campaign.starts_at).await?;
    let rollup_rows = db.rollup_rows().await?.len();
    for run in 1..=runs {
        let t = Instant::now();
        let summary = db
            .click_summary(&campaign, &links, &conversions, 30)
            .await?;
        let read = t.elapsed();
        drop(summary);
        let t = Instant::now();
        let r = service::report(&db, Some(1), campaign.id, ReportOptions::default()).await?;
        let total = t.elapsed();
        eprintln!(
            "run {run}: report {:.2} s (of which MeasureDb::click_summary alone {:.2} s, {rollup_rows} rollup rows in the store); clicks {}",
            total.as_secs_f64(),
            read.as_secs_f64(),
            serde_json::to_string(&r.clicks)?
        );
        if run == runs && written <= 1_000_000 {
            // The report as it was computed before the rollup: every raw click.
            let t = Instant::now();
            let clicks = db
                .clicks(campaign.id, campaign.starts_at, campaign.ends_at)
                .await?;
            let raw = ClickSummary::from_clicks(&campaign, &clicks, &conversions, 30);
            let old = build(
                ReportInput {
                    campaign: &campaign,
                    links: &links,
                    clicks: &raw,
                    conversions: &conversions,
                    conversation: &[],
                },
                ReportOptions::default(),
            );
            eprintln!(
                "raw-click report: {:.2} s; the same report as the rollup's: {}",
                t.elapsed().as_secs_f64(),
                old == r
            );
            if old != r {
                return Err("the rollup's report differs from the raw clicks' report".into());
            }
        }
        if run == runs {
            // What one SQL aggregate over the same rows costs: the floor for a report
            // that counts in the store instead of in memory.
            let c = rusqlite::Connection::open(&path)?;
            let t = Instant::now();
            let groups: i64 = c
                .prepare(
                    "SELECT c.link_id, c.bot_reason, COUNT(*) FROM measure_clicks c
                     JOIN measure_links l ON l.id = c.link_id
                     WHERE l.campaign_id = ?1 AND c.at >= ?2 AND c.at < ?3 GROUP BY 1, 2",
                )?
                .query_map([campaign.id, START, START + 30 * DAY], |r| {
                    r.get::<_, i64>(2)
                })?
                .try_fold(0i64, |a, n| n.map(|n| a + n))?;
            eprintln!(
                "SQL aggregate (clicks by link and bot reason, {groups} clicks): {:.2} s",
                t.elapsed().as_secs_f64()
            );
            eprintln!("conversions {}", serde_json::to_string(&r.conversions)?);
        }
    }
    Ok(())
}
