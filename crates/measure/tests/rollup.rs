//! The report from the rollup is the report from the raw clicks.
//!
//! Random clicks (a few visitors and links, so repeats within 30 minutes are common; bots
//! of every reason; times clustered around midnights and the campaign's edges) are written
//! through `MeasureDb::insert_clicks` in random batches, in time order or shuffled, with
//! restarts between batches and, for some cases, the first clicks stored before the
//! rollup existed (an upgraded store). Then, for two campaigns with random windows and
//! random conversions:
//!
//! * `MeasureDb::click_summary` (the rollup) equals `ClickSummary::from_clicks` over
//!   `MeasureDb::clicks` (the raw clicks, the computation the report always made);
//! * `service::report` equals `report::build` over the raw clicks, every model;
//! * the rollup the writer kept equals the one `rebuild_rollup` recomputes.

use discern_measure::bots::BotReason;
use discern_measure::counts::ClickSummary;
use discern_measure::report::{ReportInput, build};
use discern_measure::visitor::DAY;
use discern_measure::*;
use proptest::prelude::*;

/// 2025-12-05T00:00:00Z.
const T0: i64 = 1_764_892_800;

#[derive(Debug, Clone)]
struct GenClick {
    link: usize,
    visitor: u8,
    at: i64,
    bot: Option<usize>,
}

#[derive(Debug, Clone)]
struct GenConversion {
    /// Index of a generated click (modulo their number), or an unknown id.
    click: Option<usize>,
    visitors: Vec<u8>,
    named: bool,
    at: i64,
    cents: i64,
    other_currency: bool,
}

#[derive(Debug, Clone)]
struct Case {
    clicks: Vec<GenClick>,
    /// Batch sizes; between two batches the store may be reopened.
    batches: Vec<(usize, bool)>,
    /// How many of the first clicks were stored before the rollup existed.
    legacy: usize,
    /// Campaign windows `(starts_at, length)`; `None` length: no end.
    windows: [(i64, Option<i64>); 2],
    conversions: Vec<GenConversion>,
    lookback_days: u32,
    model: usize,
}

/// A time near something that matters: a midnight, a campaign's edge, or anywhere.
fn time() -> impl Strategy<Value = i64> {
    prop_oneof![
        (0i64..4, -4_000i64..4_000).prop_map(|(d, j)| T0 + d * DAY + j),
        (0i64..4 * DAY).prop_map(|t| T0 + t),
        (0i64..4, 0i64..6_000).prop_map(|(d, j)| T0 + d * DAY + DAY / 2 - 3_000 + j),
    ]
}

fn click() -> impl Strategy<Value = GenClick> {
    (
        0usize..4,
        0u8..4,
        time(),
        prop_oneof![3 => Just(None), 1 => (0usize..6).prop_map(Some)],
    )
        .prop_map(|(link, visitor, at, bot)| GenClick {
            link,
            visitor,
            at,
            bot,
        })
}

fn window() -> impl Strategy<Value = (i64, Option<i64>)> {
    (
        prop_oneof![
            (0i64..3).prop_map(|d| T0 + d * DAY),
            (0i64..3 * DAY).prop_map(|t| T0 + t)
        ],
        prop_oneof![
            Just(None),
            (1i64..3).prop_map(|d| Some(d * DAY)),
            (1i64..3 * DAY).prop_map(Some)
        ],
    )
}

fn conversion() -> impl Strategy<Value = GenConversion> {
    (
        prop::option::of(0usize..1_000),
        prop::collection::vec(0u8..5, 0..3),
        any::<bool>(),
        (0i64..45 * DAY).prop_map(|t| T0 - DAY + t),
        0i64..10_000,
        prop::bool::weighted(0.2),
    )
        .prop_map(
            |(click, visitors, named, at, cents, other_currency)| GenConversion {
                click,
                visitors,
                named,
                at,
                cents,
                other_currency,
            },
        )
}

fn case() -> impl Strategy<Value = Case> {
    (
        prop::collection::vec(click(), 0..120),
        any::<bool>(),
        prop::collection::vec((1usize..40, prop::bool::weighted(0.3)), 1..6),
        0usize..40,
        [window(), window()],
        prop::collection::vec(conversion(), 0..12),
        1u32..40,
        0usize..3,
    )
        .prop_map(
            |(
                mut clicks,
                in_order,
                batches,
                legacy,
                windows,
                conversions,
                lookback_days,
                model,
            )| {
                if in_order {
                    clicks.sort_by_key(|c| c.at);
                }
                Case {
                    clicks,
                    batches,
                    legacy,
                    windows,
                    conversions,
                    lookback_days,
                    model,
                }
            },
        )
}

fn visitor(v: u8) -> String {
    format!("{v:032x}")
}

fn to_click(i: usize, c: &GenClick, links: &[Link]) -> Click {
    Click {
        click_id: format!("k{i}"),
        link_id: links[c.link].id,
        at: c.at,
        referrer: None,
        ua_class: if c.bot.is_some() { "bot" } else { "desktop" },
        visitor: visitor(c.visitor),
        bot: c.bot.map(|r| BotFlag {
            reason: BotReason::ALL[r],
            detail: String::new(),
        }),
    }
}

/// The store as it was before the rollup: migration 2 undone, so the next open applies
/// it to the clicks already there.
fn downgrade(path: &std::path::Path) {
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute_batch(
        "DROP TABLE measure_click_rollup;
         DROP INDEX measure_clicks_visitor_link;
         CREATE INDEX measure_clicks_visitor ON measure_clicks(visitor);
         DELETE FROM measure_migrations WHERE version = 2;",
    )
    .unwrap();
}

/// Clicks stored the way a build without the rollup stored them.
fn insert_raw(path: &std::path::Path, clicks: &[Click]) {
    let c = rusqlite::Connection::open(path).unwrap();
    for k in clicks {
        c.execute(
            "INSERT INTO measure_clicks (click_id, link_id, at, referrer, ua_class, visitor, bot_reason, bot_detail)
             VALUES (?1, ?2, ?3, NULL, ?4, ?5, ?6, '')",
            rusqlite::params![
                k.click_id,
                k.link_id,
                k.at,
                k.ua_class,
                k.visitor,
                k.bot.as_ref().map(|b| b.reason.as_str())
            ],
        )
        .unwrap();
    }
}

async fn check(case: Case) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.sqlite");
    let mut db = MeasureDb::open(&path).await.unwrap();
    let mut campaigns = Vec::new();
    for (i, (starts_at, length)) in case.windows.iter().enumerate() {
        campaigns.push(
            db.create_campaign(
                NewCampaign {
                    site_id: 1,
                    name: format!("c{i}"),
                    goal: Goal::new(GoalKind::Sales, Some(Metric::Revenue), 100.0).unwrap(),
                    currency: Some("EUR".into()),
                    budget: Some(50.0),
                    starts_at: Some(*starts_at),
                    ends_at: length.map(|l| starts_at + l),
                },
                T0,
            )
            .await
            .unwrap(),
        );
    }
    // Three links on the first campaign, one on the second.
    let mut links = Vec::new();
    for i in 0..4 {
        links.push(
            db.create_link(
                Some(1),
                NewLink {
                    campaign_id: campaigns[usize::from(i == 3)].id,
                    destination: "https://shop.example/".into(),
                    channel: Some(["x", "mail", "x", "reddit"][i].into()),
                    post_id: Some(format!("p{i}")),
                    ..Default::default()
                },
                T0,
            )
            .await
            .unwrap(),
        );
    }
    let clicks: Vec<Click> = case
        .clicks
        .iter()
        .enumerate()
        .map(|(i, c)| to_click(i, c, &links))
        .collect();

    // An upgraded store: its first clicks were written before the rollup.
    let legacy = case.legacy.min(clicks.len());
    if legacy > 0 {
        drop(db);
        downgrade(&path);
        insert_raw(&path, &clicks[..legacy]);
        db = MeasureDb::open(&path).await.unwrap();
    }
    let mut rest = &clicks[legacy..];
    let mut batches = case.batches.iter().cycle();
    while !rest.is_empty() {
        let &(n, restart) = batches.next().unwrap();
        let (batch, tail) = rest.split_at(n.min(rest.len()));
        db.insert_clicks(batch.to_vec()).await.unwrap();
        rest = tail;
        if restart {
            drop(db);
            db = MeasureDb::open(&path).await.unwrap();
        }
    }
    prop_assert_eq!(db.count_clicks().await.unwrap(), clicks.len() as u64);

    for (i, c) in case.conversions.iter().enumerate() {
        let click_id = c.click.map(|k| {
            if clicks.is_empty() || k % 7 == 6 {
                "unknown".to_string()
            } else {
                clicks[k % clicks.len()].click_id.clone()
            }
        });
        db.insert_conversion(
            NewConversion {
                site_id: 1,
                idempotency_key: format!("o{i}"),
                click_id,
                visitors: c.visitors.iter().map(|&v| visitor(v)).collect(),
                // A conversion must name something; one that names nothing names the
                // campaign.
                campaign_id: Some(campaigns[0].id)
                    .filter(|_| c.named || (c.click.is_none() && c.visitors.is_empty())),
                kind: ConversionKind::Sale,
                amount_cents: c.cents,
                currency: Some(if c.other_currency { "USD" } else { "EUR" }.into()),
                at: c.at,
                source: ConversionSource::Api,
            },
            c.at,
        )
        .await
        .unwrap();
    }

    let options = ReportOptions {
        model: Model::ALL[case.model],
        all_models: true,
        lookback_days: case.lookback_days,
    };
    for campaign in &campaigns {
        let links = db.links(campaign.id).await.unwrap();
        let raw = db
            .clicks(campaign.id, campaign.starts_at, campaign.ends_at)
            .await
            .unwrap();
        let conversions = db.conversions(1, campaign.starts_at).await.unwrap();
        let expected = ClickSummary::from_clicks(campaign, &raw, &conversions, case.lookback_days);
        let rolled = db
            .click_summary(campaign, &links, &conversions, case.lookback_days)
            .await
            .unwrap();
        prop_assert_eq!(&rolled, &expected, "campaign {}", campaign.name);
        let reference = build(
            ReportInput {
                campaign,
                links: &links,
                clicks: &expected,
                conversions: &conversions,
                conversation: &[],
            },
            options,
        );
        let report = service::report(&db, Some(1), campaign.id, options)
            .await
            .unwrap();
        prop_assert_eq!(report, reference);
    }

    let kept = db.rollup_rows().await.unwrap();
    db.rebuild_rollup().await.unwrap();
    prop_assert_eq!(kept, db.rollup_rows().await.unwrap());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn the_rollup_reports_what_the_raw_clicks_report(case in case()) {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        rt.block_on(check(case))?;
    }
}

/// The cases the property test finds only by luck, spelled out: a repeat whose counted
/// click lies before the campaign's start (the report counts it, the rollup does not), a
/// click that arrives after a later one of the same pair and turns it into a repeat, and
/// a restart between two clicks of one pair.
#[test]
fn edges_spelled_out() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let h = |link, visitor, at| GenClick {
        link,
        visitor,
        at,
        bot: None,
    };
    let start = T0 + DAY / 2;
    let case = Case {
        clicks: vec![
            // Before the start, then a chain across it: 1,000 s apart.
            h(0, 1, start - 600),
            h(0, 1, start + 400),
            h(0, 1, start + 1_400),
            h(0, 1, start + 2_400),
            // Out of order: 2,000 s, then 100 s, then 1,900 s.
            h(1, 2, start + 2_000),
            h(1, 2, start + 100),
            h(1, 2, start + 1_900),
            // Across a restart (the batch boundary below), minutes apart.
            h(2, 3, start + 5_000),
            h(2, 3, start + 5_600),
            // Just before midnight, and after it within 30 minutes.
            h(0, 0, T0 + DAY - 60),
            h(0, 0, T0 + DAY + 60),
        ],
        batches: vec![(5, false), (3, true), (10, true)],
        legacy: 0,
        windows: [(start, Some(DAY / 2 + 30)), (T0, None)],
        conversions: vec![GenConversion {
            click: Some(1),
            visitors: vec![2],
            named: false,
            at: start + 3 * DAY,
            cents: 500,
            other_currency: false,
        }],
        lookback_days: 30,
        model: 2,
    };
    rt.block_on(check(case.clone())).unwrap();
    rt.block_on(check(Case { legacy: 6, ..case })).unwrap();
}
