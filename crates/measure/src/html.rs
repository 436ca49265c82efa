//! The campaign report as one self-contained HTML page: inline CSS, inline SVG charts,
//! nothing fetched when it is opened (it can be mailed, archived or opened offline). It
//! is drawn from the [`Report`] the JSON answer serialises, never from a second
//! computation, so the page and the JSON always agree.
//!
//! Every string that came from a user (campaign and goal names, channels, link codes,
//! post ids, currencies) goes through [`escape`]; the page also carries a
//! Content-Security-Policy that forbids every script, so a name that slipped through could
//! still not run.

use std::fmt::Write as _;

use crate::report::Report;
use crate::timeline::DayLine;

/// Colours of the three labels and of people and bots, shared by every chart.
const SOCIAL: &str = "#2b6cb0";
const MARKETING: &str = "#b7791f";
const SPAM: &str = "#c53030";
const HUMAN: &str = "#2f855a";
const BOT: &str = "#718096";

const STYLE: &str = "
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1a202c;margin:0 auto;max-width:72rem;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.75rem 0 .5rem}
.muted{color:#4a5568}.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:1rem}
.card{border:1px solid #cbd5e0;border-radius:.5rem;padding:1rem}.card h2{margin-top:0}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #e2e8f0}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
svg{max-width:100%;height:auto}svg text{font:12px system-ui,sans-serif;fill:#1a202c}
.legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:-1px}
";

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{x:.0}")
    } else {
        format!("{x:.2}")
    }
}

fn pct(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

fn date(t: i64) -> String {
    chrono::DateTime::from_timestamp(t, 0)
        .map_or_else(|| t.to_string(), |d| d.format("%Y-%m-%d").to_string())
}

/// The whole page.
pub fn render(r: &Report) -> String {
    let mut h = String::with_capacity(16 * 1024);
    let name = escape(&r.campaign.name);
    let currency = escape(&r.campaign.currency);
    let model = r.conversions.attribution.model;
    let lookback = r.conversions.attribution.lookback_days;
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>Campaign report: {name}</title><style>{STYLE}</style></head><body>\n\
         <header><h1>{name}</h1><p class=\"muted\">From {} to {} · goal: {}{} · measured by {} · \
         attribution: <strong>{model}</strong> within {lookback} days</p></header>\n",
        date(r.campaign.starts_at),
        r.campaign.ends_at.map_or_else(|| "now".to_string(), date),
        escape(&r.goal.kind),
        r.goal
            .name
            .as_deref()
            .map(|n| format!(" ({})", escape(n)))
            .unwrap_or_default(),
        escape(r.goal.metric),
    );
    goal(&mut h, r);
    scorecards(&mut h, r, &currency);
    mix(&mut h, &r.timeline);
    funnel(&mut h, r);
    channels(&mut h, r, &currency);
    links(&mut h, r, &currency);
    let _ = write!(
        h,
        "<footer><p class=\"muted\">Made by discern from the campaign report. Conversions are \
         credited by the <strong>{model}</strong> model ({lookback}-day lookback); the social \
         and marketing scorecards are measured apart and never added together.</p></footer>\n\
         </body></html>\n"
    );
    h
}

fn goal(h: &mut String, r: &Report) {
    let g = &r.goal;
    let width = 600.0;
    let filled = (g.progress.clamp(0.0, 1.0) * width).round();
    let attribution = g
        .attribution
        .map(|m| format!(" (conversions credited by {m})"))
        .unwrap_or_default();
    let _ = write!(
        h,
        "<section aria-labelledby=\"goal-h\"><h2 id=\"goal-h\">Goal progress</h2>\
         <p>{} of {} {}{attribution}: <strong>{}</strong></p>\
         <svg viewBox=\"0 0 {width} 28\" width=\"{width}\" height=\"28\" role=\"img\" aria-labelledby=\"goal-t\">\
         <title id=\"goal-t\">Goal progress {}</title>\
         <rect width=\"{width}\" height=\"28\" rx=\"4\" fill=\"#e2e8f0\"/>\
         <rect width=\"{filled}\" height=\"28\" rx=\"4\" fill=\"{HUMAN}\"/></svg></section>",
        num(g.value),
        num(g.target),
        escape(g.metric),
        pct(g.progress),
        pct(g.progress),
    );
    h.push('\n');
}

fn row(h: &mut String, name: &str, value: String) {
    let _ = write!(
        h,
        "<tr><th scope=\"row\">{name}</th><td class=\"n\">{value}</td></tr>"
    );
}

fn scorecards(h: &mut String, r: &Report, currency: &str) {
    let s = &r.social;
    let m = &r.marketing;
    h.push_str(
        "<section class=\"cards\" aria-label=\"Scorecards\">\
         <div class=\"card\"><h2>Social content, by conversation</h2><table>",
    );
    row(h, "Posts", s.posts.to_string());
    row(h, "Replies", s.replies.to_string());
    row(h, "People replying", s.distinct_repliers.to_string());
    row(h, "Thread depth", s.thread_depth.to_string());
    row(h, "Replies per post", num(s.reply_rate));
    row(h, "Author answered", s.answered.to_string());
    row(h, "Reciprocity", pct(s.reciprocity));
    h.push_str("</table><h3>Spam</h3><table>");
    row(h, "Spam replies", s.spam_replies.to_string());
    row(h, "Share of the conversation", pct(s.spam_share));
    h.push_str("</table></div><div class=\"card\"><h2>Marketing content, by its goal</h2><table>");
    row(h, "Human clicks", m.human_clicks.to_string());
    row(h, "Human share of clicks", pct(m.human_click_rate));
    row(h, "Conversions", num(m.conversions));
    row(h, "Conversion rate", pct(m.conversion_rate));
    row(h, "Revenue", format!("{} {currency}", num(m.revenue)));
    if let Some(b) = m.budget {
        row(h, "Budget", format!("{} {currency}", num(b)));
    }
    if let Some(c) = m.cost_per_conversion {
        row(h, "Cost per conversion", format!("{} {currency}", num(c)));
    }
    row(h, "Goal progress", pct(m.progress));
    let u = &r.conversions.unattributed;
    row(
        h,
        "Unattributed conversions",
        format!("{} ({} {currency})", u.count, num(u.value)),
    );
    h.push_str("</table></div></section>\n");
}

fn legend(h: &mut String, items: &[(&str, &str)]) {
    h.push_str("<p class=\"legend\" aria-hidden=\"true\">");
    for (name, colour) in items {
        let _ = write!(
            h,
            "<span><i style=\"background:{colour}\"></i>{name}</span>"
        );
    }
    h.push_str("</p>");
}

/// Stacked columns of the conversation's labels per day, then people and bots clicking.
fn mix(h: &mut String, days: &[DayLine]) {
    h.push_str("<section aria-labelledby=\"mix-h\"><h2 id=\"mix-h\">Content mix over time</h2>");
    if days.is_empty() {
        h.push_str("<p class=\"muted\">No posts or clicks yet.</p></section>\n");
        return;
    }
    legend(
        h,
        &[
            ("social", SOCIAL),
            ("marketing", MARKETING),
            ("spam", SPAM),
            ("human clicks", HUMAN),
            ("bot clicks", BOT),
        ],
    );
    let col = 28.0;
    let gap = 10.0;
    let height = 160.0;
    let width = (days.len() as f64) * (2.0 * col + gap) + 40.0;
    let max = days
        .iter()
        .map(|d| (d.social + d.marketing + d.spam).max(d.human_clicks + d.bot_clicks))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let _ = write!(
        h,
        "<svg viewBox=\"0 0 {width} {}\" width=\"{width}\" height=\"{}\" role=\"img\" aria-labelledby=\"mix-t\">\
         <title id=\"mix-t\">Posts by label and clicks by people and bots, per day</title>",
        height + 30.0,
        height + 30.0
    );
    for (i, d) in days.iter().enumerate() {
        let x = 20.0 + i as f64 * (2.0 * col + gap);
        let mut y = height;
        for (n, colour) in [(d.social, SOCIAL), (d.marketing, MARKETING), (d.spam, SPAM)] {
            let bar = n as f64 / max * height;
            y -= bar;
            let _ = write!(
                h,
                "<rect x=\"{x}\" y=\"{y:.1}\" width=\"{col}\" height=\"{bar:.1}\" fill=\"{colour}\"/>"
            );
        }
        let mut y = height;
        for (n, colour) in [(d.human_clicks, HUMAN), (d.bot_clicks, BOT)] {
            let bar = n as f64 / max * height;
            y -= bar;
            let _ = write!(
                h,
                "<rect x=\"{}\" y=\"{y:.1}\" width=\"{col}\" height=\"{bar:.1}\" fill=\"{colour}\"/>",
                x + col
            );
        }
        let _ = write!(
            h,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            x + col,
            height + 18.0,
            escape(d.day.get(5..).unwrap_or(&d.day))
        );
    }
    h.push_str(
        "</svg><table><caption class=\"muted\">The same, as numbers</caption><tr><th>Day</th>\
        <th class=\"n\">Social</th><th class=\"n\">Marketing</th><th class=\"n\">Spam</th>\
        <th class=\"n\">Human clicks</th><th class=\"n\">Bot clicks</th></tr>",
    );
    for d in days {
        let _ = write!(
            h,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            escape(&d.day),
            d.social,
            d.marketing,
            d.spam,
            d.human_clicks,
            d.bot_clicks
        );
    }
    h.push_str("</table></section>\n");
}

/// Horizontal bars, one per `(label, value, colour)`, scaled to the largest.
fn bars(h: &mut String, id: &str, title: &str, rows: &[(String, f64, &str, String)]) {
    let row_h = 26.0;
    let label_w = 170.0;
    let bar_w = 380.0;
    let width = label_w + bar_w + 90.0;
    let height = rows.len() as f64 * row_h + 4.0;
    let max = rows.iter().map(|r| r.1).fold(0.0, f64::max).max(1e-9);
    let _ = write!(
        h,
        "<svg viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}\">\
         <title id=\"{id}\">{}</title>",
        escape(title)
    );
    for (i, (label, value, colour, shown)) in rows.iter().enumerate() {
        let y = i as f64 * row_h + 2.0;
        let w = (value / max * bar_w).max(0.0);
        let _ = write!(
            h,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"{colour}\"/>\
             <text x=\"{}\" y=\"{}\">{}</text>",
            label_w - 8.0,
            y + 16.0,
            escape(label),
            row_h - 6.0,
            label_w + w + 6.0,
            y + 16.0,
            escape(shown)
        );
    }
    h.push_str("</svg>");
}

fn funnel(h: &mut String, r: &Report) {
    let c = &r.clicks;
    h.push_str(
        "<section aria-labelledby=\"funnel-h\"><h2 id=\"funnel-h\">Click funnel: people and bots</h2>",
    );
    let mut rows = vec![
        (
            "recorded".to_string(),
            c.total as f64,
            "#4a5568",
            c.total.to_string(),
        ),
        ("bots".to_string(), c.bot as f64, BOT, c.bot.to_string()),
        (
            "repeats (30 min)".to_string(),
            c.repeats as f64,
            "#a0aec0",
            c.repeats.to_string(),
        ),
        (
            "people".to_string(),
            c.human as f64,
            HUMAN,
            c.human.to_string(),
        ),
    ];
    bars(
        h,
        "funnel-t",
        "Recorded clicks, bots, repeats and people",
        &rows,
    );
    if !c.bot_reasons.is_empty() {
        h.push_str("<h3>Why clicks were counted as bots</h3>");
        rows = c
            .bot_reasons
            .iter()
            .map(|(reason, n)| (reason.replace('_', " "), *n as f64, BOT, n.to_string()))
            .collect();
        bars(h, "reasons-t", "Bot clicks by reason", &rows);
    }
    h.push_str("</section>\n");
}

fn channels(h: &mut String, r: &Report, currency: &str) {
    let _ = write!(
        h,
        "<section aria-labelledby=\"chan-h\"><h2 id=\"chan-h\">Conversions by channel</h2>\
         <p class=\"muted\">Credited by the {} model.</p>",
        r.conversions.attribution.model
    );
    if r.channels.is_empty() {
        h.push_str("<p class=\"muted\">No links yet.</p></section>\n");
        return;
    }
    let label = |c: &crate::report::ChannelLine| {
        format!("{}{}", c.channel, if c.paid { " (paid)" } else { "" })
    };
    let rows: Vec<_> = r
        .channels
        .iter()
        .map(|c| (label(c), c.conversions, HUMAN, num(c.conversions)))
        .collect();
    bars(h, "chan-t", "Conversions by channel", &rows);
    h.push_str(
        "<table><tr><th>Channel</th><th class=\"n\">Human clicks</th><th class=\"n\">Bot clicks</th>\
         <th class=\"n\">Conversions</th><th class=\"n\">Value</th></tr>",
    );
    for c in &r.channels {
        let _ = write!(
            h,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{} {currency}</td></tr>",
            escape(&label(c)),
            c.human_clicks,
            c.bot_clicks,
            num(c.conversions),
            num(c.value)
        );
    }
    h.push_str("</table></section>\n");
}

fn links(h: &mut String, r: &Report, currency: &str) {
    if r.links.is_empty() {
        return;
    }
    h.push_str(
        "<section aria-labelledby=\"links-h\"><h2 id=\"links-h\">Links</h2><table><tr><th>Code</th>\
         <th>Channel</th><th>Post</th><th class=\"n\">Human clicks</th><th class=\"n\">Repeats</th>\
         <th class=\"n\">Bot clicks</th><th class=\"n\">Conversions</th><th class=\"n\">Value</th></tr>",
    );
    for l in &r.links {
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{} {currency}</td></tr>",
            escape(&l.code),
            escape(l.channel.as_deref().unwrap_or("")),
            escape(l.post_id.as_deref().unwrap_or("")),
            l.human_clicks,
            l.repeats,
            l.bot_clicks,
            num(l.conversions),
            num(l.value)
        );
    }
    h.push_str("</table></section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::counts::ClickSummary;
    use crate::goal::{Goal, GoalKind, Metric};
    use crate::link::Utm;
    use crate::report::{ReportInput, ReportOptions, build};
    use crate::types::{Campaign, Click, Link};

    const T: i64 = 1_764_892_800;
    const EVIL: &str = "<script>alert('x')</script>";

    fn report() -> Report {
        let campaign = Campaign {
            id: 1,
            site_id: 1,
            name: format!("Spring {EVIL} & co"),
            goal: Goal::new(GoalKind::Awareness, Some(Metric::HumanClicks), 4.0).unwrap(),
            currency: "EUR".into(),
            budget: Some(50.0),
            starts_at: T,
            ends_at: None,
            created_at: T,
        };
        let link = Link {
            id: 7,
            code: "c<b>".into(),
            campaign_id: 1,
            site_id: 1,
            destination: "https://a.example/".into(),
            post_id: Some("\"post\"".into()),
            channel: Some(format!("mast{EVIL}odon")),
            utm: Utm::default(),
            paid: true,
            expires_at: None,
            disabled: false,
            created_at: T,
        };
        let click = |id: &str, visitor: &str, at: i64| Click {
            click_id: id.into(),
            link_id: 7,
            at,
            referrer: None,
            ua_class: "desktop",
            visitor: visitor.into(),
            bot: None,
        };
        let clicks = [click("a", "v1", T + 10), click("b", "v2", T + 20)];
        build(
            ReportInput {
                campaign: &campaign,
                links: &[link],
                clicks: &ClickSummary::from_clicks(&campaign, &clicks, &[], 30),
                conversions: &[],
                conversation: &[],
            },
            ReportOptions::default(),
        )
    }

    #[test]
    fn user_strings_come_out_escaped() {
        let html = render(&report());
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("Spring &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"));
        assert!(html.contains("mast&lt;script&gt;"));
        assert!(html.contains("c&lt;b&gt;"));
        assert!(html.contains("&quot;post&quot;"));
        // And no script could run even if one slipped through.
        assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    }

    #[test]
    fn the_page_shows_the_report_numbers_and_names_the_model() {
        let r = report();
        let html = render(&r);
        assert!(html.starts_with("<!doctype html>"));
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "fetches nothing"
        );
        assert!(html.contains("attribution: <strong>last_click</strong> within 30 days"));
        // Goal: 2 human clicks of 4.
        assert_eq!(r.goal.progress, 0.5);
        assert!(html.contains("<p>2 of 4 human_clicks: <strong>50.0%</strong></p>"));
        assert!(html.contains("Social content, by conversation"));
        assert!(html.contains("Marketing content, by its goal"));
        for chart in ["goal-t", "mix-t", "funnel-t", "chan-t"] {
            assert!(
                html.contains(&format!("aria-labelledby=\"{chart}\"")),
                "{chart}"
            );
        }
        assert!(html.contains("<td>2025-12-05</td><td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">0</td><td class=\"n\">2</td><td class=\"n\">0</td>"));
    }

    #[test]
    fn escape_covers_the_five_characters() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(escape("plain"), "plain");
    }
}
