//! Pingbacks on a blog: a blogger who links a post writes about it, a scraper site's
//! page is the post itself, so its pingback's excerpt is the post's own words. Each runs
//! the shipped model and the conversation exactly as `discern classify` does.

mod common;

use common::{Thread, label_of};
use discern_posts::PostKind;

const STORM: &str = "Storm Hesper on the station: a 31 hPa fall in 20 hours\n\n\
    The barograph trace from Saturday looks like someone dropped it down the stairs. \
    Pressure fell from 1012 to 981 hPa between Friday tea time and Saturday lunch, and \
    the gusts peaked at 61 mph just after the front went through. The rain gauge caught \
    14 mm, most of it in one hour.";

const SCREEN: &str = "Building a Stevenson screen from pallet wood\n\n\
    The plastic radiation shield on my station reads up to 1.5 C high on still, sunny \
    afternoons, so I built a proper screen from a pallet, a tin of white exterior paint \
    and far too many brass screws. Louvres took a whole weekend.";

/// A pingback as WordPress stores it: the linking site's name as its author, the
/// linking page as its address, the page's words around the link between "[…]" marks.
fn pingback(t: &mut Thread, id: &str, parent: &str, site: &str, page: &str, excerpt: &str) {
    let post = t.reply(id, parent, site, 90, &format!("[…] {excerpt} […]"));
    post.kind = PostKind::Pingback;
    post.platform = Some("wordpress".into());
    post.url = Some(page.into());
}

#[test]
fn a_scrapers_pingback_copies_the_post_and_a_bloggers_writes_about_it() {
    let mut t = Thread::new();
    t.post("storm", "Alun Marsh", 0, STORM);
    pingback(
        &mut t,
        "levels",
        "storm",
        "Notes from the Levels",
        "https://notesfromthelevels.blog/2026/01/13/hesper-on-the-levels/",
        "Alun over at Cobb Rise has a neat write-up of Hesper's pressure fall. My trace \
         from the Levels is below his: an hour later and 3 hPa shallower",
    );
    pingback(
        &mut t,
        "scraped",
        "storm",
        "Weather News Today | Latest Updates",
        "https://weathernewstoday24.info/2026/01/storm-hesper-31-hpa-drop/",
        "The barograph trace from Saturday looks like someone dropped it down the stairs",
    );
    let judged = t.judged();
    let scraped = label_of(&judged, "scraped");
    assert_eq!(scraped.label, "spam", "{:?}", scraped.signals);
    let blogger = label_of(&judged, "levels");
    assert_ne!(blogger.label, "spam", "{:?}", blogger.signals);
}

/// A site shown to copy is a scraper in every thread: its pingback that quoted a part
/// of a post the thread does not hold (an export keeps only a post's opening) is judged
/// again while the batch is held, and its later ones from the start.
#[test]
fn a_site_that_copies_one_post_is_a_scraper_under_every_post() {
    let mut t = Thread::new();
    t.post("storm", "Alun Marsh", 0, STORM);
    t.post("screen", "Alun Marsh", 60, SCREEN);
    let site = "UK Storm Watch Live";
    pingback(
        &mut t,
        "before",
        "storm",
        site,
        "https://ukstormwatchlive.net/storm-hesper-live-updates/",
        "Wind: mean 9 mph, max gust 27 mph SW (16:40) Pressure: 1015.2 to 1009.7 hPa, falling",
    );
    pingback(
        &mut t,
        "copy",
        "screen",
        site,
        "https://ukstormwatchlive.net/diy-weather-screen-pallets/",
        "so I built a proper screen from a pallet, a tin of white exterior paint and far too many",
    );
    pingback(
        &mut t,
        "after",
        "storm",
        site,
        "https://ukstormwatchlive.net/uk-rain-totals/",
        "Rain: 4.8 mm (sleet, then snow after 22:30) and a gust of 40 mph at dawn",
    );
    let judged = t.judged();
    for id in ["before", "copy", "after"] {
        let v = label_of(&judged, id);
        assert_eq!(v.label, "spam", "{id}: {:?}", v.signals);
    }
}

/// A comments feed keeps no comment type: a pingback comes as any other comment, shaped
/// as WordPress writes one (the excerpt between "[…]" marks, left with the linking
/// page's address).
#[test]
fn a_pingback_in_a_comments_feed_is_known_by_its_shape() {
    let mut t = Thread::new();
    t.post("screen", "Alun Marsh", 0, SCREEN);
    let copy = t.reply(
        "copy",
        "screen",
        "Best Home Weather Stations 2026",
        30,
        "[…] The plastic radiation shield on my station reads up to 1.5 C high on still, \
         sunny afternoons […]",
    );
    copy.extra.push((
        "author_url".into(),
        serde_json::value::to_raw_value("https://besthomeweatherstations.shop/shields/").unwrap(),
    ));
    assert_eq!(copy.linkback_kind(), Some(PostKind::Pingback));
    let judged = t.judged();
    let v = label_of(&judged, "copy");
    assert_eq!(v.label, "spam", "{:?}", v.signals);
    assert!(
        v.signals.iter().any(|s| s.starts_with("pingback")),
        "{:?}",
        v.signals
    );
}

/// A scraper's page is titled as the post it copies ("<title> – <site>"), and its
/// excerpt may be only a plugin's "Source link", or the copy with the scraper's own
/// words after it, or the copy with WordPress's curled apostrophes.
#[test]
fn a_scrapers_pingback_shows_in_its_pages_title_and_in_each_piece_of_its_excerpt() {
    let mut t = Thread::new();
    t.post("screen", "Alun Marsh", 0, SCREEN);
    pingback(
        &mut t,
        "titled",
        "screen",
        "Building a Stevenson screen from pallet wood – Weather Hub 247",
        "https://weatherhub247.info/building-a-stevenson-screen-from-pallet-wood/",
        "Building a Stevenson screen from pallet wood Source link",
    );
    pingback(
        &mut t,
        "pieces",
        "screen",
        "Station Gear Daily",
        "https://stationgeardaily.info/pallet-screen/",
        "so I built a proper screen from a pallet, a tin of white exterior paint and far too \
         many brass screws […] read more at cobbrise",
    );
    let judged = t.judged();
    for id in ["titled", "pieces"] {
        let v = label_of(&judged, id);
        assert_eq!(v.label, "spam", "{id}: {:?}", v.signals);
    }
}
