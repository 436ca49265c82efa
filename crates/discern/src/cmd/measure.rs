//! `discern campaigns`, `discern links`, `discern report`: glue over `discern-measure`.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use discern_measure::report::Report;
use discern_measure::{
    Goal, GoalKind, MeasureDb, Metric, Model, NewCampaign, NewLink, ReportOptions, Utm, now,
};
use serde_json::Value;

use crate::cli::{
    CampaignsArgs, CampaignsCommand, LinksArgs, LinksCommand, MeasureTarget, ReportArgs,
    ReportFormat,
};

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

/// The database and the site id of `--key` / `--site`.
async fn open(target: &MeasureTarget) -> Result<(MeasureDb, i64)> {
    let Some(key) = target.key.as_deref() else {
        bail!("give --key: campaigns belong to a key's site");
    };
    let store = discern_store::Store::open(&target.db)
        .await
        .with_context(|| format!("opening database {}", target.db))?;
    let record = store
        .verify_key(key)
        .await?
        .context("unknown or revoked key")?;
    let site = store.site(record.id, target.site.trim()).await?;
    let path = discern_measure::sqlite_path(&target.db)?;
    Ok((MeasureDb::open(path).await?, site.id))
}

fn time(s: Option<&str>, flag: &str) -> Result<Option<i64>> {
    s.map(|s| {
        chrono::DateTime::parse_from_rfc3339(s.trim())
            .map(|t| t.timestamp())
            .with_context(|| format!("{flag} {s:?} is not an RFC 3339 time"))
    })
    .transpose()
}

fn print(text: &str) -> Result<()> {
    std::io::Write::write_all(&mut std::io::stdout(), text.as_bytes())?;
    Ok(())
}

pub fn campaigns(args: CampaignsArgs) -> Result<ExitCode> {
    runtime()?.block_on(async {
        let (db, site) = open(&args.target).await?;
        match args.action {
            CampaignsCommand::Create {
                name,
                goal,
                goal_name,
                metric,
                target,
                currency,
                budget,
                starts,
                ends,
            } => {
                let kind = GoalKind::parse(&goal, goal_name.as_deref())?;
                let metric = metric.as_deref().map(Metric::parse).transpose()?;
                let c = db
                    .create_campaign(
                        NewCampaign {
                            site_id: site,
                            name,
                            goal: Goal::new(kind, metric, target)?,
                            currency,
                            budget,
                            starts_at: time(starts.as_deref(), "--starts")?,
                            ends_at: time(ends.as_deref(), "--ends")?,
                        },
                        now(),
                    )
                    .await?;
                print(&format!(
                    "campaign {}: {} — goal {}, measured by {}, target {}\n",
                    c.id,
                    c.name,
                    c.goal.kind.custom_name().unwrap_or(c.goal.kind.as_str()),
                    c.goal.metric.as_str(),
                    c.goal.target
                ))?;
            }
            CampaignsCommand::List => {
                let mut out = String::new();
                for c in db.campaigns(Some(site)).await? {
                    let _ = writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{}",
                        c.id,
                        c.name,
                        c.goal.kind.custom_name().unwrap_or(c.goal.kind.as_str()),
                        c.goal.metric.as_str(),
                        c.goal.target
                    );
                }
                print(&out)?;
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

pub fn links(args: LinksArgs) -> Result<ExitCode> {
    runtime()?.block_on(async {
        let (db, site) = open(&args.target).await?;
        let LinksCommand::Create {
            campaign,
            to,
            code,
            post,
            channel,
            source,
            medium,
            utm_campaign,
            content,
            term,
            paid,
            expires,
        } = args.action;
        let link = db
            .create_link(
                Some(site),
                NewLink {
                    campaign_id: campaign,
                    destination: to,
                    code,
                    post_id: post,
                    channel,
                    utm: Utm {
                        source,
                        medium,
                        campaign: utm_campaign,
                        content,
                        term,
                    },
                    paid,
                    expires_at: time(expires.as_deref(), "--expires")?,
                },
                now(),
            )
            .await?;
        let destination = discern_measure::link::prepare(&link.destination, &link.utm, link.paid)?;
        print(&format!(
            "{}\t/l/{}\t{}\n",
            link.code,
            link.code,
            destination.as_url()
        ))?;
        Ok(ExitCode::SUCCESS)
    })
}

pub fn report(args: ReportArgs) -> Result<ExitCode> {
    let (model, all_models) = match args.attribution.as_str() {
        "all" => (Model::LastClick, true),
        s => (Model::parse(s)?, false),
    };
    let options = ReportOptions {
        model,
        all_models,
        lookback_days: args.lookback_days,
    };
    let report = runtime()?.block_on(async {
        let (db, site) = open(&args.target).await?;
        Ok::<_, anyhow::Error>(
            discern_measure::service::report(&db, Some(site), args.campaign, options).await?,
        )
    })?;
    if let Some(path) = &args.html {
        std::fs::write(path, discern_measure::html::render(&report))
            .with_context(|| format!("writing {}", path.display()))?;
    }
    let text = match args.format {
        ReportFormat::Json => format!("{}\n", serde_json::to_string_pretty(&report)?),
        ReportFormat::Csv => csv(&report)?,
        ReportFormat::Table => table(&report),
    };
    match &args.out {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?
        }
        None => print(&text)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The report as `section,name,value` rows (channels, links, models and days keyed by
/// name).
fn csv(report: &Report) -> Result<String> {
    fn walk(prefix: &str, v: &Value, rows: &mut Vec<(String, String, String)>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    match v {
                        Value::Object(_) | Value::Array(_) => {
                            walk(&join(prefix, k), v, rows);
                        }
                        _ => rows.push((prefix.to_string(), k.clone(), scalar(v))),
                    }
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let name = ["channel", "code", "model", "day"]
                        .iter()
                        .find_map(|k| item.get(*k).and_then(Value::as_str))
                        .map_or(i.to_string(), str::to_string);
                    let paid = item.get("paid").and_then(Value::as_bool) == Some(true)
                        && item.get("channel").is_some()
                        && item.get("code").is_none();
                    let name = if paid { format!("{name} (paid)") } else { name };
                    walk(&join(prefix, &name), item, rows);
                }
            }
            _ => rows.push((prefix.to_string(), String::new(), scalar(v))),
        }
    }
    fn join(a: &str, b: &str) -> String {
        if a.is_empty() {
            b.to_string()
        } else {
            format!("{a}.{b}")
        }
    }
    fn scalar(v: &Value) -> String {
        match v {
            Value::Null => String::new(),
            Value::String(s) => s.clone(),
            v => v.to_string(),
        }
    }
    let mut rows = Vec::new();
    walk("", &serde_json::to_value(report)?, &mut rows);
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["section", "name", "value"])?;
    for (a, b, c) in rows {
        w.write_record([a, b, c])?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}

fn money(x: f64, currency: &str) -> String {
    format!("{x:.2} {currency}")
}

fn pct(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

/// The report for a terminal: the two scorecards side by side, never added together.
fn table(r: &Report) -> String {
    let cur = &r.campaign.currency;
    let mut o = String::new();
    let goal_name = r.goal.name.as_deref().unwrap_or(&r.goal.kind);
    let _ = writeln!(o, "Campaign {} \"{}\"", r.campaign.id, r.campaign.name);
    let _ = writeln!(
        o,
        "Goal      {goal_name}, measured by {}{}: {} of {} ({})",
        r.goal.metric,
        r.goal
            .attribution
            .map(|m| format!(" ({m})"))
            .unwrap_or_default(),
        r.goal.value,
        r.goal.target,
        pct(r.goal.progress)
    );
    let _ = writeln!(
        o,
        "Clicks    {} total: {} human, {} repeats (same visitor within 30 min), {} bot",
        r.clicks.total, r.clicks.human, r.clicks.repeats, r.clicks.bot
    );
    if !r.clicks.bot_reasons.is_empty() {
        let reasons: Vec<String> = r
            .clicks
            .bot_reasons
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        let _ = writeln!(o, "          bots by reason: {}", reasons.join(", "));
    }
    let c = &r.conversions;
    let _ = writeln!(
        o,
        "Converted {} conversions, {}; credited {} ({}, {}-day lookback); unattributed {} ({})",
        c.count,
        money(c.value, cur),
        c.attribution.conversions,
        c.attribution.model,
        c.attribution.lookback_days,
        c.unattributed.count,
        money(c.unattributed.value, cur)
    );
    for m in c.models.iter().skip(1) {
        let _ = writeln!(
            o,
            "          {}: {} credited, {}",
            m.model,
            m.conversions,
            money(m.value, cur)
        );
    }
    for (k, v) in &c.other_currencies {
        let _ = writeln!(o, "          also {v:.2} {k} (not converted)");
    }
    let s = &r.social;
    let m = &r.marketing;
    let social = [
        ("posts".to_string(), s.posts.to_string()),
        ("replies".into(), s.replies.to_string()),
        ("distinct repliers".into(), s.distinct_repliers.to_string()),
        ("thread depth".into(), s.thread_depth.to_string()),
        ("replies per post".into(), s.reply_rate.to_string()),
        ("author replies".into(), s.author_replies.to_string()),
        ("reciprocity".into(), pct(s.reciprocity)),
        (
            "spam replies".into(),
            format!("{} ({})", s.spam_replies, pct(s.spam_share)),
        ),
    ];
    let marketing = [
        ("human clicks".to_string(), m.human_clicks.to_string()),
        ("human click rate".into(), pct(m.human_click_rate)),
        ("conversions".into(), m.conversions.to_string()),
        ("conversion rate".into(), pct(m.conversion_rate)),
        ("revenue".into(), money(m.revenue, cur)),
        (
            "budget".into(),
            m.budget.map_or("-".into(), |b| money(b, cur)),
        ),
        (
            "cost per conversion".into(),
            m.cost_per_conversion.map_or("-".into(), |b| money(b, cur)),
        ),
        ("goal progress".into(), pct(m.progress)),
    ];
    let _ = writeln!(o);
    let _ = writeln!(
        o,
        "{:<40}MARKETING — by outcome",
        "SOCIAL — by conversation"
    );
    for ((sk, sv), (mk, mv)) in social.iter().zip(&marketing) {
        let _ = writeln!(o, "  {sk:<20}{sv:>14}    {mk:<20}{mv:>14}");
    }
    if !r.channels.is_empty() {
        let _ = writeln!(o);
        let _ = writeln!(
            o,
            "  {:<24}{:>8}{:>8}{:>14}{:>16}",
            "channel", "human", "bot", "conversions", "value"
        );
        for ch in &r.channels {
            let name = if ch.paid {
                format!("{} (paid)", ch.channel)
            } else {
                ch.channel.clone()
            };
            let _ = writeln!(
                o,
                "  {name:<24}{:>8}{:>8}{:>14}{:>16}",
                ch.human_clicks,
                ch.bot_clicks,
                ch.conversions,
                money(ch.value, cur)
            );
        }
    }
    o
}
