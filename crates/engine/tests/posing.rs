//! Accounts that pose: a fake support desk named like the brand a customer tagged, a
//! growth bot that answers strangers in words that fit any post, a sockpuppet ring, a
//! review bomb, an
//! account selling its own site under strangers' posts, and a spam kit's praise. Each runs
//! the shipped model and the conversation exactly as `discern classify` does.

mod common;

use common::{Thread, label_of};

#[test]
fn a_support_desk_named_like_the_brand_a_customer_tagged_is_spam() {
    let mut t = Thread::new();
    t.post(
        "complaint",
        "priya_travels",
        0,
        "@CorvaneAir landed in Denver 3 hours ago and my bag is still in Toronto. \
         The baggage desk is closed and nobody answers the phone.",
    );
    t.reply(
        "fake",
        "complaint",
        "C0rvaneAir",
        2,
        "@priya_travels We apologize for the delay with your baggage. Please fill out \
         the claim form and an agent will contact you: https://corvane-refundcenter.example/claim",
    );
    t.reply(
        "warning",
        "fake",
        "frequentflyer_dan",
        20,
        "@priya_travels careful, @C0rvaneAir is not the airline, look at the zero",
    );
    t.reply(
        "real",
        "complaint",
        "CorvaneAir",
        40,
        "@priya_travels Hi Priya, I'm so sorry your bag didn't travel with you. Please DM \
         us the file reference from your baggage report and we'll chase it. ^MR",
    );
    let judged = t.judged();
    let fake = label_of(&judged, "fake");
    assert_eq!(fake.label, "spam", "{:?}", fake.signals);
    // The account the customer tagged is the one they meant, though the warning names
    // an account nearly like it.
    let real = label_of(&judged, "real");
    assert_ne!(real.label, "spam", "{:?}", real.signals);
    let warning = label_of(&judged, "warning");
    assert_eq!(warning.label, "social", "{:?}", warning.signals);
}

#[test]
fn a_growth_bots_generic_replies_to_strangers_are_spam_once_it_shows_as_automated() {
    let mut t = Thread::new();
    let praise = [
        "Great thread! 🔥",
        "So true! 💯",
        "Couldn't agree more! 🙌",
        "Love this perspective 🙌",
        "Such a valuable insight, thanks for sharing 🙏",
    ];
    for i in 0..24 {
        let root = format!("root{i}");
        // People post around the day; the bot answers each within seconds.
        t.post(
            &root,
            &format!("person{i}"),
            i * 97,
            "Spent the weekend rebuilding my sourdough starter after it died in the heat.",
        );
        let reply = t.reply(
            &format!("bot{i}"),
            &root,
            "growthwithjade",
            i * 97,
            praise[i as usize % praise.len()],
        );
        reply.created_at = reply.created_at.map(|at| at + chrono::Duration::seconds(8));
    }
    let judged = t.judged();
    // The profile is read again each time the history doubles: from the sixteenth
    // reply on, the bot's answers are judged with its automation known.
    let late: Vec<_> = (16..24)
        .map(|i| label_of(&judged, &format!("bot{i}")))
        .collect();
    assert!(
        late.iter().all(|v| v.label == "spam"),
        "{:?}",
        late.iter()
            .map(|v| (&v.label, &v.signals))
            .collect::<Vec<_>>()
    );
    // The people it answered are not touched.
    assert_eq!(label_of(&judged, "root12").label, "social");
}

/// Customer `i`'s complaint to `to`, posted at `i * 47` minutes as `c{i}`.
fn complain(t: &mut Thread, i: i64, to: &str) {
    t.post(
        &format!("c{i}"),
        &format!("@customer{i}"),
        i * 47,
        &format!("{to} internet down again in district {i}, third time this week"),
    );
}

/// A provider's help account answers everyone who writes to it by name, within a
/// minute and from a template: automated, but asked every time. Its answers are the
/// brand's (marketing), not a bot's spam; a keyword bot answering people who never
/// addressed it is what LABELS.md calls automated spam (`scenarios.rs`).
#[test]
fn an_auto_responder_answering_its_mentions_is_not_spam_for_being_automated() {
    let mut t = Thread::new();
    for i in 0..30 {
        complain(&mut t, i, "@LumoNetHelp");
        t.reply(
            &format!("a{i}"),
            &format!("c{i}"),
            "@LumoNetHelp",
            i * 47 + 1,
            &format!(
                "@customer{i} Thanks for reaching out. We're aware of an outage affecting \
                 some customers. Live updates: status.lumonet.com/outage-{i}"
            ),
        );
    }
    let judged = t.judged();
    for i in 0..30 {
        let v = label_of(&judged, &format!("a{i}"));
        assert_ne!(v.label, "spam", "a{i}: {:?}", v.signals);
    }
}

/// The same help account answering customers who wrote to the brand's main account
/// ("@LumoNet is down"): a brand's support account is named after it, and a message to
/// the brand asks it too. It links the brand's own site, or nothing; a look-alike
/// "support" account that sends the same customers to another site's form is the fake
/// desk of the first test.
#[test]
fn a_brands_help_account_answering_mentions_of_the_brand_is_asked_too() {
    let mut t = Thread::new();
    for i in 0..30 {
        complain(&mut t, i, "@LumoNet");
        let answer = if i % 2 == 0 {
            format!(
                "Hi there, sorry to hear you're having trouble. We're aware of an outage in \
                 district {i}. Live updates: lumonet.com/status ^LB"
            )
        } else {
            "Hi there, services in your area have now been restored. If you're still \
             having problems, please restart your router. Thanks for your patience. ^LB"
                .to_string()
        };
        t.reply(
            &format!("a{i}"),
            &format!("c{i}"),
            "@LumoNetHelp",
            i * 47 + 1,
            &answer,
        );
    }
    t.reply(
        "fake",
        "c29",
        "@LumoNetSupport",
        29 * 47 + 3,
        "We apologize for the outage. To claim your compensation please fill out the form \
         and an agent will contact you: https://lumonet-refunds.example/claim",
    );
    let judged = t.judged();
    for i in 0..30 {
        let v = label_of(&judged, &format!("a{i}"));
        assert_ne!(v.label, "spam", "a{i}: {:?}", v.signals);
    }
    let fake = label_of(&judged, "fake");
    assert_eq!(fake.label, "spam", "{:?}", fake.signals);
}

/// People's answers in the buyers' forum below, each their own.
const PEOPLE: [&str; 12] = [
    "Depends on the beans. I've had a Haldane for six years and only changed the burrs once.",
    "For filter the Orvell is plenty, the stepped adjustment bugged me though",
    "Squeaking burrs usually means the bearing is dry, a drop of food-safe oil fixed mine",
    "I went without a grinder for a year and honestly pre-ground from a good roaster is fine",
    "Hand grinding every morning gets old fast, think about how many cups you make",
    "The Haldane's crank folds, which matters more than you'd think in a small kitchen",
    "Check the seller's return policy, my first one arrived with a bent shaft",
    "I took mine to Lisbon in a sock and it survived, so any of them travels",
    "Watch a teardown before buying, you learn a lot about how each one is built",
    "Mine lives in a drawer, counter space is overrated",
    "Whatever you pick, weigh your beans, it changed my cups more than the grinder did",
    "Not sure about travel, I leave mine at home and buy coffee wherever I land",
];

/// A sockpuppet ring in a buyers' forum: four accounts that each praise one grinder in
/// nearly every post, under people's questions about many grinders. Each post alone is
/// a happy owner's; the ring shows in the stream, and its praise is spam, the posts from
/// before it showed included. People who own the same grinder and say so once are not
/// part of it.
#[test]
fn a_sockpuppet_rings_praise_is_spam_and_an_owners_is_not() {
    let mut t = Thread::new();
    let questions = [
        "Which hand grinder should I buy for pour-over? Budget around $100.",
        "Haldane 38 or Orvell Slim for a first grinder? I mostly make filter coffee.",
        "My Orvell burrs squeak after a year, is that normal or should I replace them?",
        "Best grinder for a small kitchen? I have no counter space at all.",
        "Is a Haldane worth it over the cheaper ones, or is that just the brand name?",
        "Travel grinder that fits inside an Aeropress? Flying a lot this spring.",
    ];
    let praise = [
        "Honestly just get the Tarn Mill, best grinder I've owned",
        "+1 for the Tarn Mill, mine has been flawless for months",
        "The Tarn Mill is so smooth, worth every penny",
        "Love my Tarn Mill, would recommend it to anyone",
        "Skip the rest and get the Tarn Mill, way better value",
        "I'd trust the Tarn Mill over anything at that price",
    ];
    let ring = [
        "quietmorning_brews",
        "mugs_and_burrs",
        "dana_pourover",
        "espresso_ellis",
    ];
    let mut minute = 0;
    for (q, question) in questions.iter().enumerate() {
        minute += 60;
        let root = format!("q{q}");
        t.post(&root, &format!("asker{q}"), minute, question);
        for (p, person) in ["kai", "ola", "sam", "rui"].iter().enumerate() {
            t.reply(
                &format!("q{q}p{p}"),
                &root,
                person,
                minute + 7 + 13 * p as i64 + q as i64 * 3,
                PEOPLE[(q * 4 + p) % PEOPLE.len()],
            );
        }
        for (r, bot) in ring.iter().enumerate() {
            t.reply(
                &format!("q{q}r{r}"),
                &root,
                bot,
                minute + 20 + r as i64,
                praise[(q + r) % praise.len()],
            );
        }
    }
    // An owner of the same grinder, once.
    t.reply(
        "owner",
        "q5",
        "harlow",
        minute + 40,
        "I have the Tarn Mill too, it's good, but the crank wobbles a bit",
    );
    let judged = t.judged();
    let mut spam = 0;
    for q in 0..questions.len() {
        for r in 0..ring.len() {
            spam += usize::from(label_of(&judged, &format!("q{q}r{r}")).label == "spam");
        }
        for p in 0..4 {
            let v = label_of(&judged, &format!("q{q}p{p}"));
            assert_eq!(v.label, "social", "q{q}p{p}: {:?}", v.signals);
        }
    }
    // Every post of the ring, its first ones judged again once it showed.
    assert_eq!(spam, questions.len() * ring.len());
    let owner = label_of(&judged, "owner");
    assert_eq!(owner.label, "social", "{:?}", owner.signals);
}

/// A competitor's account answering a stranger's outage complaint with its own deal and
/// its own site, before its history shows it as automated: an account selling its own
/// under someone else's post. (As an X handle, "@VeloFibreDeals" is not read as a
/// commenter's business name: the site it links is what shows whose it is.) A person who links their own write-up as a source, in a
/// reply that says its own, is not selling.
#[test]
fn an_account_selling_its_own_site_under_a_strangers_post_is_spam() {
    let mut t = Thread::new();
    t.post(
        "outage",
        "@hannah_wfh",
        0,
        "Is Lumenet down for anyone else in Carrow? Router's flashing orange and I've got \
         a call at 7.",
    );
    t.reply(
        "pitch",
        "outage",
        "@VeloFibreDeals",
        1,
        "Lumenet down again? Switch to Velo Fibre: 900Mb, no mid-contract price rises, first \
         3 months FREE velofibre.co.uk/switch",
    );
    t.post(
        "question",
        "dev_priya",
        30,
        "Has anyone measured how much a CDN actually cuts page load for a small blog?",
    );
    t.reply(
        "writeup",
        "question",
        "marco_measures",
        95,
        "I measured it last spring on my own blog: median load went from 1.9 s to 0.8 s for \
         readers outside Europe, almost nothing for those nearby. Method and numbers are in \
         my write-up at marcomeasures.net/cdn-test",
    );
    let judged = t.judged();
    let pitch = label_of(&judged, "pitch");
    assert_eq!(pitch.label, "spam", "{:?}", pitch.signals);
    let writeup = label_of(&judged, "writeup");
    assert_eq!(writeup.label, "social", "{:?}", writeup.signals);
}

fn with_website(post: &mut discern_posts::Post, url: &str) {
    post.extra.push((
        "author_url".into(),
        serde_json::value::to_raw_value(url).unwrap(),
    ));
}

/// A spam kit's comment under a blog post: praise that fits any page, then filler the
/// text alone cannot tell from talk ("I have been looking for something like this for
/// ages"), with a payday lender's website. Under the post, the filler misses the page:
/// the comment is there to place its website. A reader who praises the post and then
/// talks about it, with their own blog as their website, is a reader.
#[test]
fn praise_then_filler_under_a_post_places_the_commenters_website() {
    let mut t = Thread::new();
    t.post(
        "post",
        "Imogen Hartley",
        0,
        "Oiling chart for a Jones Family CS. The Jones manual shows where to oil the top of \
         the machine and then forgets the underside: the hook race, the feed dog cam and the \
         bobbin case all need a drop of sewing machine oil every few hours of sewing.",
    );
    with_website(
        t.reply(
            "kit",
            "post",
            "Jessica Brandt",
            240,
            "Great post! I have been looking for something like this for ages. Bookmarked and \
             shared with my friends.",
        ),
        "https://quickloanhub.net/payday",
    );
    with_website(
        t.reply(
            "reader",
            "post",
            "Sunita Rao",
            300,
            "Great post! Your chart for the underside saved my Jones, the hook race was bone \
             dry and the bobbin case runs quiet with a drop of oil now.",
        ),
        "https://sunitasews.blog",
    );
    let judged = t.judged();
    let kit = label_of(&judged, "kit");
    assert_eq!(kit.label, "spam", "{:?}", kit.signals);
    let reader = label_of(&judged, "reader");
    assert_eq!(reader.label, "social", "{:?}", reader.signals);
}

/// The ticket scam: under fans' "sold out" posts, accounts that offer spare tickets in
/// private to people who asked nothing. A fan who sells her own spare in her own post,
/// on the official exchange, is a fan.
#[test]
fn spare_tickets_offered_in_private_to_a_stranger_are_a_scam() {
    let mut t = Thread::new();
    t.post(
        "gutted",
        "@ciara_ok",
        0,
        "Dublin sold out before I got through. Genuinely gutted, I've loved her since the \
         first album.",
    );
    t.reply(
        "scam",
        "gutted",
        "@lucy_harperx7",
        3,
        "Hi! I have 2 tickets for Dublin I can't use anymore 😭 face value, DM me 💕",
    );
    t.post(
        "spare",
        "@gemmaxcx",
        60,
        "Can't do Glasgow anymore (work trip, gutted). Put my seated ticket on the official \
         exchange at face value. First come first served.",
    );
    let judged = t.judged();
    let scam = label_of(&judged, "scam");
    assert_eq!(scam.label, "spam", "{:?}", scam.signals);
    let spare = label_of(&judged, "spare");
    assert_eq!(spare.label, "social", "{:?}", spare.signals);
}

/// A review bomb on a restaurant's own feed: four accounts that each rate it one star
/// under its posts, in nearly every post they make. Each reply alone is an unhappy
/// customer's; the ring shows in the stream, and its ratings are spam, the ones from
/// before it showed included. A customer who complains once, with a rating, is a
/// customer; regulars who love the place are not touched.
#[test]
fn a_review_bombs_ratings_are_spam_and_an_unhappy_customers_is_not() {
    let mut t = Thread::new();
    let specials = [
        "Today's special: spring lamb shoulder, slow-roasted for nine hours, with green \
         garlic and white beans. $32, until it's gone.",
        "Today: morel and asparagus toast, brown butter, a soft egg. $19.",
        "Tonight is wine night with Halvorsen Cellars: five pours, five small plates, $65.",
        "Friday special: halibut with brown butter, capers and the last of the morels. $34.",
        "Saturday: the lamb is back by popular demand. Walk-ins at the bar from 5.",
    ];
    let regulars = [
        "Booked for Thursday, Ginny's orders.",
        "Best thing on the menu, going tonight",
        "Bringing my parents this weekend",
        "The bar is the best seat in the house",
    ];
    let ratings = [
        "1 star. Found a hair in my food and the manager laughed it off.",
        "Got food poisoning after eating here. AVOID. ⭐",
        "Overpriced, cold food, rude staff. 1/5",
        "Worst dining experience of my life. 1 star.",
        "Don't waste your money. 1 star",
    ];
    let bombers = ["rachel_m84", "dtorres_k", "jennab_eats", "markholloway1"];
    for (s, special) in specials.iter().enumerate() {
        let minute = s as i64 * 1440;
        let root = format!("s{s}");
        t.post(&root, "alderandash", minute, special);
        for (r, regular) in regulars.iter().enumerate() {
            t.reply(
                &format!("s{s}p{r}"),
                &root,
                &format!("regular{r}"),
                minute + 30 + r as i64 * 11,
                regular,
            );
        }
        for (b, bomber) in bombers.iter().enumerate() {
            t.reply(
                &format!("s{s}b{b}"),
                &root,
                bomber,
                minute + 3 + b as i64,
                ratings[(s + b) % ratings.len()],
            );
        }
    }
    t.reply(
        "customer",
        "s1",
        "priya_n",
        1440 + 200,
        "Waited 50 minutes for mains on Saturday and nobody said a word until we asked. \
         The food was lovely when it came, but that wait. 2/5",
    );
    let judged = t.judged();
    for (s, _) in specials.iter().enumerate() {
        for (b, _) in bombers.iter().enumerate() {
            let v = label_of(&judged, &format!("s{s}b{b}"));
            assert_eq!(v.label, "spam", "s{s}b{b}: {:?}", v.signals);
        }
        for (r, _) in regulars.iter().enumerate() {
            let v = label_of(&judged, &format!("s{s}p{r}"));
            assert_eq!(v.label, "social", "s{s}p{r}: {:?}", v.signals);
        }
    }
    let customer = label_of(&judged, "customer");
    assert_eq!(customer.label, "social", "{:?}", customer.signals);
}

/// The counterfeit-merch bot pair in a band's fan community: one account asks where to
/// buy the shirt in a fan's photo, another answers with a shop named as the band's own
/// site is, with a word of selling added. The band links its own site in its own posts;
/// a fan who links the band's real store, or a fan wiki named after the band, is a fan.
#[test]
fn a_link_to_a_look_alike_of_a_bands_store_is_spam() {
    let mut t = Thread::new();
    t.post(
        "album",
        "SaltmarrowBand",
        0,
        "Our third album, Chalk and Signal, is out 24 April. Pre-orders are open now on \
         saltmarrow.com: vinyl, CD and a tour shirt.",
    );
    t.post(
        "photo",
        "setlist_sadie",
        60,
        "Wore my Saltmarrow tour shirt to the Portland show, Ines waved at it",
    );
    t.reply(
        "ask",
        "photo",
        "Keen_Otter_4417",
        62,
        "omg I need this shirt, where can I buy it??",
    );
    t.reply(
        "shop",
        "ask",
        "Plastic_Heron_9921",
        63,
        "Found it here, they still have all sizes: saltmarrowshop.store",
    );
    t.reply(
        "store",
        "ask",
        "nocturne_nell",
        90,
        "The real one is on saltmarrow.com/store, the lyrics are on saltmarrowwiki.org",
    );
    let judged = t.judged();
    let shop = label_of(&judged, "shop");
    assert_eq!(shop.label, "spam", "{:?}", shop.signals);
    // Whatever else the fan's links say, neither is a look-alike.
    let store = label_of(&judged, "store");
    assert!(
        !store.signals.iter().any(|s| s.contains("look-alike")),
        "{:?}",
        store.signals
    );
}

/// A community's moderation speaks as its host: AutoModerator's notice sending members
/// to the band's official store, and a moderator's comment, are the community's, not a
/// pitch under a stranger's post. The bot pair it warns about is spam all the same.
#[test]
fn a_moderators_notice_is_the_communitys_not_a_pitch() {
    let mut t = Thread::new();
    t.post(
        "photo",
        "setlist_sadie",
        0,
        "Wore my Saltmarrow tour shirt to the Portland show, Ines waved at it",
    );
    t.reply(
        "automod",
        "photo",
        "AutoModerator",
        1,
        "Reminder from the mods: the only official Saltmarrow store is saltmarrow.com/store. \
         If one account asks where to buy the shirt in this photo and another answers with a \
         link, it's a bot pair. Report both, don't click.\n\n*I am a bot, and this action was \
         performed automatically.*",
    );
    let modded = t.reply(
        "mod",
        "photo",
        "quietmod_jo",
        20,
        "Removed two bot comments here. Merch questions go to saltmarrow.com/store only.",
    );
    modded.extra.push((
        "distinguished".into(),
        serde_json::value::to_raw_value("moderator").unwrap(),
    ));
    let judged = t.judged();
    for id in ["automod", "mod"] {
        let v = label_of(&judged, id);
        assert_ne!(v.label, "spam", "{id}: {:?}", v.signals);
    }
}

/// Copy bots under a woodturner's video: hours after a viewer's comment does well, an
/// account posts it again word for word. The viewers, two of whom say the same short
/// thing, are people.
#[test]
fn a_comment_copied_whole_from_another_account_is_spam() {
    let mut t = Thread::new();
    t.post(
        "video",
        "BrackenTurns",
        0,
        "Turning a bowl from the ash that fell on our lane\n\nStorm Orla took down the big \
         ash at the end of our lane, so this week it becomes bowls.",
    );
    let viewers = [
        (
            "gus",
            "That crotch figure at 14:20 is unreal. I've turned ash for forty years and I still get a jolt.",
        ),
        (
            "ciaran",
            "The bit where the tea mug vibrates off the bench at 9:02 had me in stitches 😂",
        ),
        (
            "dee",
            "Glad that old tree is getting a second life. It was 140 years old by the rings.",
        ),
        ("lena", "Lovely video, thank you!"),
        ("hollie", "Lovely video, thank you!"),
    ];
    for (i, (viewer, text)) in viewers.iter().enumerate() {
        t.reply(&format!("v{i}"), "video", viewer, 2 + i as i64 * 20, text);
    }
    for (i, (copier, of)) in [("Miriam.jq27", 2), ("Elena-m4x8q", 0), ("Carla_Vdx93", 1)]
        .iter()
        .enumerate()
    {
        t.reply(
            &format!("copy{i}"),
            "video",
            copier,
            300 + i as i64 * 40,
            viewers[*of].1,
        );
    }
    let judged = t.judged();
    for i in 0..3 {
        let v = label_of(&judged, &format!("copy{i}"));
        assert_eq!(v.label, "spam", "copy{i}: {:?}", v.signals);
    }
    for i in 0..viewers.len() {
        let v = label_of(&judged, &format!("v{i}"));
        assert_eq!(v.label, "social", "v{i}: {:?}", v.signals);
    }
}

/// Astroturf under a local paper's stories about a ballot measure: three accounts each
/// post their own wording of the campaign's sentence again and again. Once each has
/// repeated itself beside the others, its repeats are spam. People arguing both sides,
/// one of whom says the same short thing twice, are people.
#[test]
fn accounts_repeating_a_campaigns_sentence_are_astroturf() {
    let shared = "400 good-paying jobs and $11M a year for our schools.";
    let ring = [
        (
            "mike_r_wrenfield",
            format!("As a small business owner on Main St, I'm voting YES on 2C. {shared}"),
        ),
        (
            "jess_whitaker_wf",
            format!("As a lifelong resident and mom of three, I'm voting YES on 2C. {shared}"),
        ),
        (
            "tony_deluca_wf",
            format!("As a dad and a Wrenfield native, I'm voting YES on 2C: {shared}"),
        ),
    ];
    let people = [
        (
            "council_watcher",
            "The plant's water use is the part nobody at the hearing could answer.",
        ),
        (
            "ana_reads_budgets",
            "The $11M figure assumes full build-out by 2029, which the filing doesn't promise.",
        ),
        ("yes_voter_pat", "Voting yes. We need the jobs."),
    ];
    let mut t = Thread::new();
    let mut minute = 0;
    for story in 0..4 {
        minute += 300;
        let root = format!("story{story}");
        t.post(
            &root,
            "wrenfield_courier",
            minute,
            "Measure 2C: what the data centre would mean for Wrenfield",
        );
        for (p, (person, text)) in people.iter().enumerate() {
            t.reply(
                &format!("{root}p{p}"),
                &root,
                person,
                minute + 10 + p as i64 * 7,
                text,
            );
        }
        for (r, (account, text)) in ring.iter().enumerate() {
            t.reply(
                &format!("{root}r{r}"),
                &root,
                account,
                minute + 3 + r as i64,
                text,
            );
        }
    }
    let judged = t.judged();
    for story in 2..4 {
        for r in 0..ring.len() {
            let v = label_of(&judged, &format!("story{story}r{r}"));
            assert_eq!(v.label, "spam", "story{story}r{r}: {:?}", v.signals);
        }
    }
    for story in 0..4 {
        for p in 0..people.len() {
            let v = label_of(&judged, &format!("story{story}p{p}"));
            assert_ne!(v.label, "spam", "story{story}p{p}: {:?}", v.signals);
        }
    }
}

/// The reply guy: an account whose own posts sell a prompt pack answers strangers in
/// agreeable paragraphs, some ending in a link to the pack. That link is its own
/// business placed under someone else's post, however much the reply says beside it;
/// the same account's link under a fan's post about the pack itself, and a mail's
/// signature, are not.
#[test]
fn a_link_to_the_site_an_accounts_own_posts_sell_is_placed_under_a_strangers_post() {
    let mut t = Thread::new();
    t.post(
        "pack",
        "MarlowThinks",
        0,
        "Most people use AI like a search engine. Here are 3 prompts that changed how I work. \
         The full pack is 50% off this weekend only: promptloft.example/pack",
    );
    t.post(
        "storm",
        "hana_wx",
        30,
        "Storm warning for the coast tonight. Bring in anything loose, charge your phones, \
         and check on the neighbours who live alone.",
    );
    t.reply(
        "guy",
        "storm",
        "MarlowThinks",
        31,
        "Thank you for keeping everyone informed, Hana. Clear information makes all the \
         difference in moments like this. If you ever want to write these updates faster, \
         my prompt pack has a template: promptloft.example/pack",
    );
    t.post(
        "fan",
        "deshawn_stats",
        60,
        "Tried the Promptloft pack for my newsletter drafts and honestly it saved me an hour. \
         Does it cover spreadsheet formulas too?",
    );
    t.reply(
        "answer",
        "fan",
        "MarlowThinks",
        62,
        "It does, section 4 has twelve of them. Full list on promptloft.example/pack",
    );
    let judged = t.judged();
    let guy = label_of(&judged, "guy");
    assert_eq!(guy.label, "spam", "{:?}", guy.signals);
    assert!(
        guy.signals[0].contains("which its author's own posts promote"),
        "{:?}",
        guy.signals
    );
    let answer = label_of(&judged, "answer");
    assert!(
        !answer.signals[0].contains("own posts promote"),
        "{:?}",
        answer.signals
    );
}

/// A link to the commenter's own blog with little else is a link dropped
/// (`data/LABELS.md`); the same writer's numbers with the write-up as their source take
/// part, and a band's ticket link under a fan's post about the band answers it.
#[test]
fn a_link_to_ones_own_blog_with_little_else_is_dropped_and_a_source_or_an_answer_is_not() {
    let mut t = Thread::new();
    t.post(
        "ask",
        "maria_saves",
        0,
        "Should I max out my Roth IRA or save for a house deposit first? 29, stable job, \
         no debt, about $900 a month to put somewhere.",
    );
    t.reply(
        "drop",
        "ask",
        "FIREbyforty_blog",
        20,
        "I wrote about exactly this decision on my blog: firebyforty.example/roth-vs-house",
    );
    t.reply(
        "source",
        "ask",
        "svenaalto",
        30,
        "We ran the numbers for both orders last year: at a 5% return the Roth first left \
         $41k more at 60 but pushed the deposit back 19 months, and the gap closes if house \
         prices rise faster than 4% a year. Scripts and the raw numbers are in my write-up: \
         svenaalto.example/notes/roth-vs-deposit",
    );
    t.post(
        "fan",
        "ozfan_jarrah",
        40,
        "Saltmarrow are coming to Australia!! Melbourne 12 Sept, Sydney 14 Sept. Who's going?",
    );
    t.reply(
        "band",
        "fan",
        "SaltmarrowBand",
        45,
        "We can't wait. Tickets go on sale Friday through the venues, links on \
         saltmarrow.example/tour",
    );
    let judged = t.judged();
    let drop = label_of(&judged, "drop");
    assert_eq!(drop.label, "spam", "{:?}", drop.signals);
    for id in ["source", "band"] {
        let v = label_of(&judged, id);
        assert_ne!(v.label, "spam", "{id}: {:?}", v.signals);
    }
}
