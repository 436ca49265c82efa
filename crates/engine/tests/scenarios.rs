//! Conversations judged where each post lands (issue "Judge a post where it lands"):
//! a real-shaped blog thread like the seed one, a reply bot, a wave of link drops
//! worded on-topic, a spun reply bot with bare links, a brand answering complaints in its own mentions, a charity asking
//! for donations under its own post, SEO "nice post" comments with author URLs, and a
//! reader citing a source beside a bare link drop, and a brand's own feed beside its
//! templated answers.
//! Each runs the shipped model and the conversation exactly as `discern classify` does.

mod common;

use common::{Thread, assert_nine_tenths_spam, assert_nine_tenths_spam_after, comment, label_of};
use discern_engine::Verdict;

/// The seed thread: an essay on social media vs social marketing, people discussing
/// it, a store's "Great read. Really, tx.", and two consultancy pitches.
fn seed_thread() -> Thread {
    let mut t = Thread::new();
    t.post(
        "essay",
        "Anna Lindqvist",
        0,
        "Social media is not social marketing. Social media is what people make and share to \
         connect: posts, replies, photos, the argument under a video. Social marketing uses that \
         media to draw attention to a brand or a cause and turn it into loyalty and sales, and it \
         is measurable. When brands confuse the two they report likes to the board, drop pitches \
         into conversations where nobody asked, and wonder why people stop trusting them.",
    )
    .platform = Some("wordpress".into());
    let c = t.reply(
        "c1",
        "essay",
        "Tom Becker",
        95,
        "This is the argument I keep losing at work. We report likes and follower counts every \
         month and nobody can say what they led to. Splitting the conversation numbers from the \
         campaign numbers would at least make the meeting honest.",
    );
    comment(c, None, Some("tom.becker@example.net"));
    let c = t.reply(
        "c2",
        "essay",
        "Vacuum Cleaner Store",
        180,
        "Great read. Really, tx.",
    );
    comment(
        c,
        Some("http://www.best-vacuum-cleaner-deals.example"),
        Some("sales@best-vacuum-cleaner-deals.example"),
    );
    let c = t.reply(
        "c3",
        "essay",
        "Rachel Owens",
        240,
        "What drives me up the wall are the reply bots. I tweeted that my vacuum cleaner had died \
         and within a minute three accounts had answered me with links to their vacuum deals. \
         Nobody asked them! It is not social and it is not marketing either, it is noise with a \
         logo on it, and I now actively avoid every one of those brands. Whoever sets those bots \
         up should read this post twice.",
    );
    comment(c, None, Some("rachel.owens@example.org"));
    let c = t.reply(
        "c4",
        "essay",
        "Janet Fouts",
        300,
        "If you're looking for help on how to get started with social marketing, I recommend \
         visiting http:// http://www.foutsventures.com Social Marketing Hope this helps",
    );
    comment(
        c,
        Some("http://www.foutsventures.com"),
        Some("janet@foutsventures.com"),
    );
    let c = t.reply(
        "c5",
        "c3",
        "Mike Sato",
        320,
        "Rachel, same here. The worst part is when the bot gets the product wrong and answers a \
         joke about a dead vacuum with a discount code.",
    );
    comment(c, None, None);
    let c = t.reply(
        "c6",
        "essay",
        "Fouts Ventures",
        400,
        "Social marketing is not a fad, it's a way of doing business. Fouts Ventures LLC is one \
         guide that lets you in on the secrets of social marketing and how to make it work for \
         your business.",
    );
    comment(c, Some("http://www.foutsventures.com"), None);
    let c = t.reply(
        "c7",
        "c1",
        "Anna Lindqvist",
        420,
        "Tom, start by agreeing with your team what each campaign is for before it starts. Then \
         the likes can stay in the community report, where they belong.",
    );
    comment(c, None, None);
    t
}

#[test]
fn the_seed_thread_people_are_social_and_the_pitches_spam() {
    let judged = seed_thread().judged();
    for (post, verdict) in &judged {
        eprintln!(
            "{} {:?}: {} {:?}\n    {:?}",
            post.id,
            post.author,
            verdict.label,
            verdict.scores,
            verdict.signals.first()
        );
    }
    for id in ["c1", "c3", "c5", "c7"] {
        assert_eq!(label_of(&judged, id).label, "social", "{id}");
    }
    for id in ["c2", "c4", "c6"] {
        let verdict = label_of(&judged, id);
        assert_eq!(verdict.label, "spam", "{id}: {:?}", verdict.signals);
        let factors = verdict.factors.as_ref().expect("judged in context");
        assert!(
            factors.promotes > 0.5 && factors.belongs < 0.5,
            "{id}: {factors:?}"
        );
        assert!(verdict.signals[0].contains("spam"), "{:?}", verdict.signals);
    }
}

#[test]
fn a_reply_bot_is_spam_and_the_most_automated() {
    let templates = [
        "Tired of a weak vacuum? Our cordless models are 40% off this week: https://vacdeals.example/sale",
        "Sorry about your vacuum! Grab a new one with free shipping at https://vacdeals.example",
        "Vacuum trouble? We've got you covered, shop now https://vacdeals.example/offers",
        "Need a vacuum cleaner that lasts? Check out our range: https://vacdeals.example/range",
        "Best vacuum deals online today, order now at https://vacdeals.example",
    ];
    let people = [
        "my vacuum just died in the middle of cleaning, great start to the weekend",
        "does anyone else's vacuum smell like burning after ten minutes",
        "the cat is terrified of the vacuum again",
        "finally bought a new vacuum cleaner and I am weirdly excited about it",
        "vacuuming at 2am because I can't sleep",
    ];
    let mut t = Thread::new();
    for i in 0..40 {
        let person = format!("person{i}");
        let minutes = i * 97; // around the clock over ~2.7 days
        let root = format!("p{i}");
        t.post(&root, &person, minutes, people[i as usize % people.len()]);
        t.reply(
            &format!("bot{i}"),
            &root,
            "VacDealsBot",
            minutes + 1,
            templates[i as usize % templates.len()],
        );
        if i % 3 == 0 {
            t.reply(
                &format!("friend{i}"),
                &root,
                &format!("friend{i}"),
                minutes + 30,
                "oh no, ours did the same last month, we just cleaned the filter and it was fine",
            );
        }
    }
    let judged = t.judged();
    assert_nine_tenths_spam(&judged, "VacDealsBot");
    let friends_social = judged
        .iter()
        .filter(|(p, _)| p.id.starts_with("friend") || p.id.starts_with('p'))
        .filter(|(_, v)| v.label == "social")
        .count();
    assert!(friends_social >= 50, "{friends_social} of 54 people social");
}

/// A reply bot of another make: its pitch spun from parts (so no two replies need be the
/// same), its link bare or behind a shortener, a few minutes after posts that mention
/// coffee, espresso or lattes among people's ordinary posts.
#[test]
fn a_spun_reply_bot_with_bare_links_is_spam() {
    let openers = ["Hey", "Hi", "Hello", "Yo"];
    let hooks = [
        "craving a better cup?",
        "tired of bad coffee?",
        "want café quality at home?",
        "love coffee?",
    ];
    let offers = [
        "Try BeanBox: 20% off your first bag",
        "BeanBox ships fresh beans weekly, 20% off to start",
        "Get 20% off fresh roasted beans with BeanBox",
    ];
    let links = [
        "beanbox.example/deal",
        "https://beanbox.example/go",
        "https://bit.ly/bnbx20",
    ];
    let mentions = [
        "Need coffee before this meeting, send help",
        "Trying a new espresso machine at home, the crema is finally right",
        "Is it just me or are lattes getting smaller every year",
        "Third cup of coffee and it's not even noon",
    ];
    let other = [
        "Finally finished the book club pick, loved the ending",
        "Rainy day, staying in with soup",
        "Anyone watching the game tonight?",
    ];
    let mut t = Thread::new();
    for i in 0..36usize {
        let person = format!("person{}", i % 12);
        let minutes = i as i64 * 53;
        let root = format!("p{i}");
        if i % 4 == 3 {
            t.post(&root, &person, minutes, other[i % other.len()]);
            continue;
        }
        t.post(&root, &person, minutes, mentions[i % mentions.len()]);
        let pitch = format!(
            "{} @{person}! {} {} {}",
            openers[i % openers.len()],
            hooks[(i / 2) % hooks.len()],
            offers[(i / 3) % offers.len()],
            links[(i / 5) % links.len()],
        );
        t.reply(
            &format!("bot{i}"),
            &root,
            "BrewDealsBot",
            minutes + 2 + (i as i64 % 6),
            &pitch,
        );
        if i % 3 == 0 {
            t.reply(
                &format!("friend{i}"),
                &root,
                &format!("person{}", (i + 5) % 12),
                minutes + 40,
                "haha same, I'm on my second one already",
            );
        }
    }
    let judged = t.judged();
    assert_nine_tenths_spam(&judged, "BrewDealsBot");
    let people: Vec<&Verdict> = judged
        .iter()
        .filter(|(p, _)| p.author.as_deref() != Some("BrewDealsBot"))
        .map(|(_, v)| v)
        .collect();
    let social = people.iter().filter(|v| v.label == "social").count();
    assert!(
        social * 10 >= people.len() * 8,
        "{social} of {} people's posts social",
        people.len()
    );
}

#[test]
fn a_wave_of_on_topic_link_drops_is_spam() {
    let mut t = Thread::new();
    t.post(
        "root",
        "Lena",
        0,
        "How do you all keep sourdough starter alive while travelling? Mine died last time I was away for two weeks.",
    );
    let drops = [
        (
            "BakeBetter Blog",
            "Great question! We cover sourdough starter care in detail here: https://bakebetter-shop.example/starter-guide",
        ),
        (
            "Starter Kits Online",
            "Keeping a starter alive while travelling is easy with our dried starter kits, 20% off today: https://starterkits.example",
        ),
        (
            "Sourdough Pro Tips",
            "Sourdough starter tips for travellers: https://sourdough-pro.example/travel use code BREAD10 for a discount",
        ),
    ];
    for (i, (author, text)) in drops.iter().enumerate() {
        let c = t.reply(&format!("drop{i}"), "root", author, 5 + i as i64, text);
        let site = format!(
            "https://{}.example",
            author.to_lowercase().replace(' ', "-")
        );
        comment(c, Some(&site), None);
    }
    t.reply(
        "help",
        "root",
        "Sam",
        60,
        "Dry some on baking paper before you leave, crumble it into a jar, and feed it back to life when you're home. Worked for me after a month.",
    );
    let judged = t.judged();
    for i in 0..drops.len() {
        let v = label_of(&judged, &format!("drop{i}"));
        assert_eq!(v.label, "spam", "drop{i}: {:?}", v.signals);
    }
    assert_eq!(label_of(&judged, "help").label, "social");
}

#[test]
fn a_brand_answering_complaints_in_its_mentions_is_marketing() {
    let mut t = Thread::new();
    let complaints = [
        "@SkyLineAir my flight was cancelled and nobody at the gate can tell me anything",
        "@SkyLineAir two hours on hold and still no refund for my cancelled trip",
        "@SkyLineAir lost my bag on the way to Lisbon, great start to the holiday",
    ];
    let answers = [
        "@traveller0 We're sorry to hear that! Please DM us your booking reference and we'll look into it right away.",
        "@traveller1 Sorry for the wait. Please send us a DM with your booking details so we can check your refund.",
        "@traveller2 We're so sorry about your bag. Please DM us your file reference and we'll help track it down.",
    ];
    for i in 0..3 {
        t.post(
            &format!("c{i}"),
            &format!("traveller{i}"),
            i * 10,
            complaints[i as usize],
        );
        t.reply(
            &format!("a{i}"),
            &format!("c{i}"),
            "SkyLineAir",
            i * 10 + 4,
            answers[i as usize],
        );
    }
    let judged = t.judged();
    for i in 0..3 {
        let v = label_of(&judged, &format!("a{i}"));
        assert_eq!(v.label, "marketing", "a{i}: {:?}", v.signals);
        assert_ne!(label_of(&judged, &format!("c{i}")).label, "spam");
    }
}

#[test]
fn seo_nice_post_comments_with_author_urls_are_spam() {
    let mut t = Thread::new();
    t.post(
        "root",
        "Priya",
        0,
        "I repaired our 1970s radio this weekend. The trick was replacing the dried-out capacitors one at a time and checking each with a meter.",
    )
    .platform = Some("wordpress".into());
    let seo = [
        (
            "Best SEO Services",
            "http://best-seo-services.example",
            "Nice article. Very informative",
        ),
        (
            "cheap ugg boots",
            "http://cheap-uggs-outlet.example",
            "Thanks for sharing, great post!",
        ),
        (
            "Rank Higher Agency",
            "https://rankhigher-agency.example",
            "I could have sworn I've been to this blog before but after browsing through some of the posts I realized it's new to me. Anyways, I'm definitely delighted I found it and I'll be bookmarking and checking back often!",
        ),
    ];
    for (i, (name, url, text)) in seo.iter().enumerate() {
        let c = t.reply(&format!("seo{i}"), "root", name, 100 + i as i64, text);
        comment(c, Some(url), None);
    }
    let c = t.reply(
        "person",
        "root",
        "Ken Walsh",
        200,
        "Thanks for sharing, great post! Did you use the original capacitor values or modern equivalents?",
    );
    comment(c, Some("https://kenwalsh.example.org"), None);
    let judged = t.judged();
    for i in 0..seo.len() {
        let v = label_of(&judged, &format!("seo{i}"));
        assert_eq!(v.label, "spam", "seo{i}: {:?}", v.signals);
    }
    assert_eq!(label_of(&judged, "person").label, "social");
}

/// A mailing-list style thread: a link to where someone else in the thread already
/// pointed places no new domain, so it is no evidence of promotion; a domain nobody
/// named still is.
#[test]
fn a_link_to_a_domain_the_thread_already_named_is_no_evidence() {
    let mut t = Thread::new();
    t.post(
        "root",
        "Ann",
        0,
        "The 2.4 release of our parser breaks on nested tables, details at https://bugs.parser.example/1234",
    );
    t.reply(
        "r1",
        "root",
        "Bob",
        30,
        "Same here on 2.4. The comment from the maintainer at https://bugs.parser.example/1234#c5 says a fix is coming in 2.4.1.",
    );
    t.reply(
        "r2",
        "root",
        "Link Builder",
        45,
        "Nested tables are hard, we wrote about it at https://rank-builders.example/blog/tables",
    );
    let judged = t.judged();
    let evidence = |id: &str| {
        label_of(&judged, id)
            .factors
            .as_ref()
            .expect("judged in context")
            .evidence
            .clone()
    };
    assert!(
        !evidence("r1")
            .iter()
            .any(|e| e.contains("bugs.parser.example")),
        "{:?}",
        evidence("r1")
    );
    assert_eq!(label_of(&judged, "r1").label, "social");
    assert!(
        evidence("r2")
            .iter()
            .any(|e| e.contains("rank-builders.example")),
        "{:?}",
        evidence("r2")
    );
}

/// A reader who cites a source under an essay shares it; a link left with a few words
/// is dropped. Neither names a commercial domain, and nobody asked for either.
#[test]
fn a_reader_citing_a_source_is_social_and_a_bare_link_drop_spam() {
    let mut t = Thread::new();
    t.post(
        "root",
        "Mira",
        0,
        "Our town's new bike lanes opened last spring. I think they made the high street calmer, though some shop owners disagree.",
    );
    t.reply(
        "cite",
        "root",
        "Tom",
        40,
        "The council published counts before and after the lanes opened: cycling is up a third and car traffic barely changed. The figures are at https://data.example-council.org/counts/2024",
    );
    t.reply(
        "drop",
        "root",
        "Fast Wins",
        42,
        "wow check this https://cyclezone.example",
    );
    let judged = t.judged();
    let cite = label_of(&judged, "cite");
    assert_eq!(cite.label, "social", "{:?}", cite.signals);
    let drop = label_of(&judged, "drop");
    assert_eq!(drop.label, "spam", "{:?}", drop.signals);
}

/// The spun comments of the comment-spam kits that reach blogs through Akismet: a
/// sentence that pretends to have read the page, a commenter's website that is a
/// business. A reader with a personal site who talks about the post stays social.
#[test]
fn spun_kit_comments_with_business_websites_are_spam() {
    let mut t = Thread::new();
    t.post(
        "root",
        "Lena",
        0,
        "Why my sourdough starter stopped rising, and how I fixed it: filtered water, regular feeding and a warm oven.",
    )
    .platform = Some("wordpress".into());
    let kit = [
        (
            "Kevin",
            "http://www.cheapjerseyswholesale.example",
            "I really like your blog.. very nice colors & theme. Did you create this website yourself or did you hire someone to do it for you? Plz reply as I'm looking to construct my own blog and would like to find out where u got this from. thanks",
        ),
        (
            "payday loans online",
            "http://paydayloans-fast.example",
            "Wow, this post is nice, my younger sister is analyzing these kinds of things, thus I am going to let know her.",
        ),
        (
            "Mark",
            "http://mark-crypto-signals.example",
            "This is really interesting, You are a very skilled blogger. I've joined your rss feed and look forward to seeking more of your fantastic post.",
        ),
        (
            "Lisa",
            "http://lisa-seo-agency.example",
            "Hmm it seems like your website ate my first comment (it was extremely long) so I guess I'll just sum it up what I wrote and say, I'm thoroughly enjoying your blog.",
        ),
    ];
    for (i, (name, url, text)) in kit.iter().enumerate() {
        let c = t.reply(&format!("kit{i}"), "root", name, 60 + i as i64, text);
        comment(c, Some(url), None);
    }
    let c = t.reply(
        "person",
        "root",
        "Dan Miller",
        90,
        "I tried this with my rye starter and it worked, though it took a week rather than four days. My kitchen is around 17C in winter.",
    );
    comment(c, Some("https://danmiller.blog"), None);
    let judged = t.judged();
    for i in 0..kit.len() {
        let v = label_of(&judged, &format!("kit{i}"));
        assert_eq!(v.label, "spam", "kit{i}: {:?}", v.signals);
    }
    let person = label_of(&judged, "person");
    assert_eq!(person.label, "social", "{:?}", person.signals);
}

#[test]
fn a_business_pitching_under_an_article_is_spam_and_one_answering_a_customer_is_marketing() {
    // "Our team" is customer-service wording, but under someone's article that asked
    // no business anything, and addressed to every reader, it answers no customer.
    let mut t = Thread::new();
    t.post(
        "root",
        "helen",
        0,
        "Three years ago I stopped digging my allotment. I mulch with compost every autumn and leave the worms to do the work; my weeding time has halved and the soil has never been better.",
    );
    t.reply(
        "pitch",
        "root",
        "Mark Stevens",
        60,
        "Soil health is so important for any garden. If anyone in Yorkshire needs help setting up raised beds or no-dig borders, our team at Leeds Landscaping offers free consultations and competitive quotes. Call 0113 496 0123 today!",
    );
    t.reply(
        "reader",
        "root",
        "dave",
        90,
        "My compost delivery from GreenGrow never arrived and nobody answers the phone. Two weeks now.",
    );
    t.reply(
        "answer",
        "reader",
        "GreenGrow",
        95,
        "@dave We're sorry to hear that! Please DM us your order number and our team will look into it right away.",
    );
    let judged = t.judged();
    let pitch = label_of(&judged, "pitch");
    assert_eq!(pitch.label, "spam", "{:?}", pitch.signals);
    assert!(
        !pitch.signals[0].contains("answers a customer"),
        "{:?}",
        pitch.signals
    );
    let answer = label_of(&judged, "answer");
    assert_eq!(answer.label, "marketing", "{:?}", answer.signals);
    assert_eq!(label_of(&judged, "reader").label, "social");
}

#[test]
fn a_reply_bot_that_words_each_reply_anew_is_known_by_the_site_it_places() {
    // Each reply is new words (as a language model writes them), friendly and on topic,
    // and ends with the same shop under a stranger's post: no template, no offer, and
    // replies long enough that a lone one would pass as a source shared.
    let replies = [
        "Love that you pushed through the rain! Breaking in a new pair can take a few runs, we keep a list of cushioned options here: stridepicks.com/cushion",
        "Huge congrats on signing up! October will come fast, and a solid rotation makes the long runs easier. Our marathon picks: stridepicks.com/marathon",
        "Totally get it, sometimes simple really is best. Clean white trainers never go out of style, a few favourites: stridepicks.com/white",
        "Such an important reminder! Worn-out midsoles cause more niggles than people think. How to tell it's time: stridepicks.com/midsoles",
        "Sorry to hear your knees are feeling it. Stability and max-cushion models can help a lot, compared here: stridepicks.com/stability",
        "Ha, we've all been there! Race reports are the best motivation. If you're eyeing a new racer: stridepicks.com/racers",
        "Congrats on the pickup! Nothing beats finally landing a pair you've waited for. Similar drops we track: stridepicks.com/drops",
        "Interesting take! Plated shoes aren't for everyone and comfort matters more at that pace. Plated vs not: stridepicks.com/plated",
        "Awesome progress! It's so satisfying when a new pair finally clicks. Care tips to make them last: stridepicks.com/care",
        "Haha, that's dedication! Recovery matters as much as the miles, and good slides help. Our picks: stridepicks.com/recovery",
    ];
    let people = [
        "ran 10k in the rain in my new running shoes, feet soaked but happy",
        "signed up for my first marathon in october, terrified",
        "just want plain white sneakers with no giant logo, is that too much to ask",
        "reminder that running shoes wear out, mine had 900km on them and my shins knew",
        "knees are sore after the long run, maybe its the shoes",
        "writing up my half marathon race report tonight",
        "finally got the sneakers I wanted after three restocks",
        "unpopular opinion: carbon plated shoes for a 5h marathon are a waste of money",
        "second run in the new running shoes, zero weird feeling today",
        "ran a 5k, then the dog wanted a 5k too. legs are done",
    ];
    let mut t = Thread::new();
    for (i, (person, reply)) in people.iter().zip(replies).enumerate() {
        let minutes = i as i64 * 131; // around the clock
        let root = format!("p{i}");
        t.post(&root, &format!("runner{i}"), minutes, person);
        t.reply(&format!("bot{i}"), &root, "StridePicks", minutes + 2, reply);
    }
    let judged = t.judged();
    // The stream shows the placed site from the bot's sixth reply to strangers (the
    // automation score's fifth message to others); every reply from there on is spam.
    for i in 5..replies.len() {
        let v = label_of(&judged, &format!("bot{i}"));
        assert_eq!(v.label, "spam", "bot{i}: {:?}", v.signals);
    }
    for i in 0..people.len() {
        assert_eq!(label_of(&judged, &format!("p{i}")).label, "social", "p{i}");
    }
}

#[test]
fn a_comment_farm_does_not_make_its_site_the_threads() {
    // Accounts of a farm each praise the video and link the same site: the first
    // drop is not the thread naming the site for the next ones.
    let mut t = Thread::new();
    t.post(
        "video",
        "FretWithFinn",
        0,
        "Lesson 12: barre chords without the pain. Slow practice, thumb position and the one stretch that helped me",
    );
    let farm = [
        (
            "f1",
            "MelissaGrant-r2d",
            "This really helped me!! I also found great tips at dailytipshub.example/guitar",
        ),
        (
            "f2",
            "JoyceBaker5521",
            "Wow this really helped me! I also found great tips at dailytipshub.example/guitar",
        ),
        (
            "f3",
            "SandraVaughn-z3q",
            "This really helped me! I also found great tips at dailytipshub.example/guitar 🙏",
        ),
    ];
    for (i, (id, author, text)) in farm.iter().enumerate() {
        t.reply(id, "video", author, 30 + i as i64 * 7, text);
    }
    t.reply(
        "viewer",
        "video",
        "lena.strings",
        80,
        "the thumb behind the neck tip fixed my buzzing F chord, thank you",
    );
    let judged = t.judged();
    for (id, _, _) in farm {
        let v = label_of(&judged, id);
        assert_eq!(v.label, "spam", "{id}: {:?}", v.signals);
    }
    assert_eq!(label_of(&judged, "viewer").label, "social");
}

#[test]
fn a_maker_linking_their_own_app_under_strangers_posts_is_spam() {
    // A long, friendly reply that links a site would pass as a source shared; one that
    // says "we built" the thing it links is its maker placing it.
    let mut t = Thread::new();
    t.post(
        "p1",
        "ellie-reads",
        0,
        "three meetings before 11am again. when am I supposed to do actual work",
    );
    t.reply(
        "r1",
        "p1",
        "natebuilds",
        1,
        "Timezones and meeting creep are the hardest parts of distributed teams! Shared overlap hours help a lot. Shameless plug: we built meeting-free focus blocks into FocusFlow for exactly this, focusflow.example",
    );
    t.post(
        "p2",
        "sam_k",
        10,
        "I read the FocusFlow docs and the export format is just CSV, which is fine honestly",
    );
    t.reply(
        "r2",
        "p2",
        "dana",
        12,
        "same here, we moved our team notes to plain files last year and nobody misses the old tool, the migration guide at docs.example/migrate was enough",
    );
    let judged = t.judged();
    let v = label_of(&judged, "r1");
    assert_eq!(v.label, "spam", "{:?}", v.signals);
    assert_eq!(label_of(&judged, "r2").label, "social");
}

/// An LLM-worded reply guy: every reply to a stranger's post comes within a minute,
/// around the clock, each worded anew and agreeable, with nothing to buy in it. Once its
/// replies show the machine (in a stream, by its fifteenth reply), each one after is a
/// bot's reply, spam; the people it answers stay social.
#[test]
fn an_llm_reply_guy_is_known_by_how_it_answers_strangers() {
    let openers = [
        "Such a thoughtful point.",
        "This really resonates.",
        "Great perspective here.",
        "Love how you framed this.",
        "Couldn't agree more.",
        "This is so underrated.",
    ];
    let middles = [
        "the small details are what make the difference in the end",
        "consistency beats intensity almost every time",
        "people forget how much context matters in these debates",
        "the long view usually wins over quick fixes",
        "sharing what you learn is how everyone gets better",
    ];
    let people = [
        "finally finished repainting the hallway, only took three weekends",
        "our team lost again tonight, at least the pizza was good",
        "hot take: the library is the best free thing in this city",
        "trying to learn the cello at 41, my neighbours are very patient",
        "the bus was 40 minutes late and nobody said a word",
    ];
    let mut t = Thread::new();
    for i in 0..30i64 {
        let root = format!("p{i}");
        let minutes = i * 83; // around the clock over ~1.7 days
        t.post(
            &root,
            &format!("person{i}"),
            minutes,
            people[i as usize % people.len()],
        );
        let reply = format!(
            "{} Honestly, {} ({i}).",
            openers[i as usize % openers.len()],
            middles[(i as usize * 7) % middles.len()]
        );
        t.reply(&format!("guy{i}"), &root, "ReplyGuyAI", minutes + 1, &reply);
    }
    let judged = t.judged();
    assert_nine_tenths_spam_after(&judged, "ReplyGuyAI", 15);
    let people_social = judged
        .iter()
        .filter(|(p, v)| p.id.starts_with('p') && v.label == "social")
        .count();
    assert!(people_social >= 27, "{people_social} of 30 people social");
}

/// A summary bot under a cooking channel's videos: a minute after each upload it posts
/// a short summary of the video with a link to its app. Alone, each reads as a viewer's
/// notes with a link; its first replies are judged before its account shows a machine.
/// Once it does, those first replies are judged again while the batch is held, and
/// every one is spam. The viewers it answers, and one who links a recipe site twice,
/// stay social.
#[test]
fn a_summary_bots_first_replies_are_judged_again_once_it_shows_a_machine() {
    let topics = [
        ("tarka dal", "cumin, mustard seed and curry leaves"),
        ("garam masala", "toasted whole spices"),
        ("saffron rice", "soaked saffron and basmati"),
        ("chana masala", "chickpeas and amchur"),
        ("lemon pickle", "salted lemons and fenugreek"),
        ("suya", "peanut spice and beef skewers"),
        ("ras el hanout", "rose petals and cardamom"),
        ("baharat", "allspice and black pepper"),
        ("aloo gobi", "turmeric potatoes and cauliflower"),
        ("jeera rice", "cumin and ghee"),
        ("masala chai", "ginger and cardamom tea"),
        ("rasam", "tamarind and black pepper soup"),
    ];
    let mut t = Thread::new();
    for (i, (dish, what)) in topics.iter().enumerate() {
        let minutes = i as i64 * 1440 + (i as i64 * 37) % 600;
        let video = format!("v{i}");
        t.post(
            &video,
            "MirasSpiceTin",
            minutes,
            &format!("How I make {dish} at home\n\nThis week: {dish}, with {what}."),
        );
        t.reply(
            &format!("bot{i}"),
            &video,
            "NoteDeckSummaries",
            minutes + 1,
            &format!(
                "Summary: Mira makes {dish} with {what}. Key tip: do not burn the spices. \
                 Summaries of every cooking video at notedeck.app"
            ),
        );
        t.reply(
            &format!("viewer{i}"),
            &video,
            &format!("viewer{i}"),
            minutes + 45,
            &format!("Made the {dish} last night, my kids asked for seconds. Thank you Mira!"),
        );
    }
    t.reply(
        "recipe1",
        "v2",
        "ottilie",
        2 * 1440 + 90,
        "My grandmother's version is on tastebook.net, she soaked the saffron in milk",
    );
    t.reply(
        "recipe2",
        "v7",
        "ottilie",
        7 * 1440 + 90,
        "Baharat in kibbeh is the best use of it, the one on tastebook.net is close to ours",
    );
    let judged = t.judged();
    for i in 0..topics.len() {
        let v = label_of(&judged, &format!("bot{i}"));
        assert_eq!(v.label, "spam", "bot{i}: {:?}", v.signals);
        let viewer = label_of(&judged, &format!("viewer{i}"));
        assert_eq!(viewer.label, "social", "viewer{i}: {:?}", viewer.signals);
    }
    for id in ["recipe1", "recipe2"] {
        let v = label_of(&judged, id);
        assert_eq!(v.label, "social", "{id}: {:?}", v.signals);
    }
}

/// An engagement bot under an astronomer's posts: within a minute or two of each, praise
/// that fits any post ("So true! 💯"), worded anew each time, linking nothing and
/// selling nothing. Each reply alone is a person's; the account's replies, all to
/// strangers, all fast and all saying nothing of their own, show a machine placing its
/// name (`data/LABELS.md`: generic praise posted to place a name), so every one of them
/// is spam, the first ones too once the batch is revised. A reader who answers the same
/// posts as fast, about what they say, stays social.
#[test]
fn an_engagement_bots_praise_is_spam_once_its_account_shows() {
    let praise = [
        "Great thread 🙌",
        "So true! 💯",
        "Love this!! 🔥",
        "Wow 😍✨",
        "This is gold 🔖",
        "Needed this today 🙏",
        "Incredible 🔥🔥",
        "Underrated post right here 💯",
    ];
    let posts = [
        "The comet is brightest just after sunset, low in the west-northwest",
        "Caught the tail breaking off last night, the ion tail reformed within hours",
        "Clouds tonight, try again tomorrow around 9pm from the reservoir car park",
        "No, the comet will not hit us. It passes 90 million km away",
        "Binoculars help more than a telescope for this one, wide field wins",
        "The observatory lawn opens at 8 for anyone who wants to look",
        "Photo tip: 10 second exposures on a tripod, no tracking needed",
        "Last good night before the moon washes it out, go look",
    ];
    let answers = [
        "saw it from the school field at 9, faint but there",
        "is the reservoir car park open after dark?",
        "my daughter spotted the tail before I did",
        "thank you, my mum was genuinely worried about that",
        "my old 7x50s work fine, the tail fills the view",
        "we'll bring the kids and a thermos",
        "tried 8 seconds, got stars trailing a little",
        "clear here, heading out now",
    ];
    for replies in [5, praise.len()] {
        engagement_bot_under(&praise[..replies], &posts, &answers);
    }
}

/// [`an_engagement_bots_praise_is_spam_once_its_account_shows`] with one praise reply
/// per post: the account's fifth reply, its last, is the first its measures count, and
/// the batch's end reads it.
fn engagement_bot_under(praise: &[&str], posts: &[&str], answers: &[&str]) {
    let mut t = Thread::new();
    for i in 0..praise.len() {
        let minutes = i as i64 * 1000;
        let root = format!("p{i}");
        t.post(&root, "astro_ines", minutes, posts[i]);
        t.reply(
            &format!("bot{i}"),
            &root,
            "kyle_boosts",
            minutes + 1,
            praise[i],
        );
        t.reply(
            &format!("reader{i}"),
            &root,
            "ray_logs",
            minutes + 2,
            answers[i],
        );
    }
    let judged = t.judged();
    for i in 0..praise.len() {
        let v = label_of(&judged, &format!("bot{i}"));
        assert_eq!(v.label, "spam", "bot{i}: {:?}", v.signals);
        for id in [format!("p{i}"), format!("reader{i}")] {
            let v = label_of(&judged, &id);
            assert_eq!(v.label, "social", "{id}: {:?}", v.signals);
        }
    }
}

/// Staff who declare their tie and answer on the thread's topic are the business's
/// marketing, which belongs there (`data/LABELS.md`: the undisclosed tie is what makes
/// a recommendation spam); a tradesman who discloses his job and sells nothing, and a
/// physiotherapist biased toward her field, speak for themselves.
#[test]
fn staff_declaring_their_tie_on_topic_are_marketing_and_people_disclosing_a_bias_are_not() {
    let mut t = Thread::new();
    t.post(
        "ask",
        "marcus_grows",
        0,
        "My tomatoes have blossom end rot again. Is a calcium spray worth it or is it a \
         watering problem? Which spray would you buy?",
    );
    t.reply(
        "staff",
        "ask",
        "fairweather_jo",
        40,
        "Marcus, full disclosure I work at a feed & seed store, so take it with a grain of \
         salt. Any calcium chloride foliar spray will do the job for blossom end rot, the \
         brand doesn't matter. We carry one for about $12. Water evenly first though.",
    );
    t.reply(
        "tradesman",
        "ask",
        "dave_insulates",
        55,
        "Full disclosure, I work for a garden centre, but I'm not trying to sell you \
         anything: blossom end rot is nearly always uneven watering. Mulch and water deep.",
    );
    t.reply(
        "physio",
        "ask",
        "kofi_pt",
        70,
        "I run a tiny allotment society, so I'm biased toward mulch: the tomatoes on our \
         plots with straw mulch had no blossom end rot this year. We swear by it.",
    );
    let judged = t.judged();
    let staff = label_of(&judged, "staff");
    assert_eq!(staff.label, "marketing", "{:?}", staff.signals);
    assert!(staff.signals[0].contains("declares the writer's tie"));
    for id in ["tradesman", "physio"] {
        let v = label_of(&judged, id);
        assert_eq!(v.label, "social", "{id}: {:?}", v.signals);
    }
}
