//! A brand, a charity or a writer in their own channel: its feed, and its answers under
//! its own posts, are marketing where they promote (`data/LABELS.md`: "A brand speaking
//! in its own channel is marketing, even when it is friendly and conversational"), and
//! the host answering guests is not a bot for it.
//! Each runs the shipped model and the conversation exactly as `discern classify` does.

mod common;

use common::{Thread, comment, label_of};

#[test]
fn a_brands_own_feed_is_marketing_though_its_answers_are_templated() {
    // Templated answers to people whose posts the export lacks make the account look
    // automated; its broadcasts to its own followers are still its marketing.
    let mut t = Thread::new();
    for i in 0..12 {
        t.post(
            &format!("answer{i}"),
            "NorthRoast",
            i * 30,
            &format!(
                "@drinker{i} Thanks for asking! Our beans are roasted weekly in Leeds. \
                 More on our sourcing: https://northroast.example/sourcing"
            ),
        );
    }
    let broadcasts = [
        "Our winter blend is back: dark chocolate, orange peel, a little smoke. Order now at https://northroast.example/winter",
        "Free delivery on every order over £25 this weekend only. https://northroast.example/shop",
        "New in the shop: a hand-thrown pour-over cone from a potter down the road. https://northroast.example/cone",
    ];
    for (i, text) in broadcasts.iter().enumerate() {
        t.post(&format!("feed{i}"), "NorthRoast", 400 + i as i64 * 60, text);
    }
    let judged = t.judged();
    let last_answer = label_of(&judged, "answer11");
    assert!(
        last_answer
            .author_flags
            .iter()
            .any(|f| f.starts_with("automated")),
        "{:?}",
        last_answer.author_flags
    );
    for i in 0..broadcasts.len() {
        let v = label_of(&judged, &format!("feed{i}"));
        assert_eq!(v.label, "marketing", "feed{i}: {:?}", v.signals);
    }
}

#[test]
fn a_studio_answering_fans_under_its_own_launch_post_is_marketing() {
    // `data/LABELS.md`: an organisation speaking in its own channel is marketing, even
    // when conversational. Under its own launch post the studio's thanks and answers
    // continue its promotion; the fans' replies stay theirs.
    let mut t = Thread::new();
    t.post(
        "launch",
        "emberfall.studio",
        0,
        "Emberfall is out now on Steam! 20% off launch week, get it here: emberfall.example/steam",
    );
    t.reply(
        "fan1",
        "launch",
        "pixel_wren",
        4,
        "been waiting two years for this, downloading on my lunch break",
    );
    t.reply(
        "studio1",
        "fan1",
        "emberfall.studio",
        9,
        "@pixel_wren that means so much, thank you for sticking with us! Hope the first boss treats you kindly",
    );
    t.reply(
        "fan2",
        "launch",
        "moss_and_bones",
        12,
        "does it run on the steam deck? my laptop is ancient",
    );
    t.reply(
        "studio2",
        "fan2",
        "emberfall.studio",
        15,
        "@moss_and_bones yes, verified for the Deck, 60 fps on medium settings",
    );
    let judged = t.judged();
    assert_eq!(label_of(&judged, "launch").label, "marketing");
    // Its warm thanks alone ("that means so much") stays just short: answering under
    // its own post says brand as far as a support agent's signature does, not more
    // (a creator answering viewers under a sponsored video is a person).
    let thanks = label_of(&judged, "studio1");
    assert!(
        thanks.signals[0].contains("speaks for a brand"),
        "{:?}",
        thanks.signals
    );
    // Its answer about the product is the brand's customer service.
    let answer = label_of(&judged, "studio2");
    assert_eq!(answer.label, "marketing", "{:?}", answer.signals);
    assert!(
        answer.signals[0].contains("speaks for a brand"),
        "{:?}",
        answer.signals
    );
    for id in ["fan1", "fan2"] {
        assert_eq!(label_of(&judged, id).label, "social", "{id}");
    }
}

#[test]
fn a_charity_asking_for_donations_under_its_own_post_is_marketing() {
    let mut t = Thread::new();
    t.post(
        "root",
        "City Food Bank",
        0,
        "This winter we expect to serve 4,000 families. Every $25 you give provides a week of meals. Donate today: https://cityfoodbank.example/give",
    );
    t.reply(
        "q",
        "root",
        "Maria",
        20,
        "Can I drop off food instead of giving money?",
    );
    t.reply(
        "a",
        "q",
        "City Food Bank",
        45,
        "Yes! Drop-offs are welcome Monday to Friday, 9 to 5. And if you can, please donate online too: https://cityfoodbank.example/give",
    );
    let judged = t.judged();
    assert_eq!(label_of(&judged, "root").label, "marketing");
    assert_eq!(label_of(&judged, "a").label, "marketing");
    assert_eq!(label_of(&judged, "q").label, "social");
}

/// A bakery's own posts: most name no price, link or call to action, but every one
/// speaks as the business ("we", "our").
const BAKERY_FEED: [&str; 6] = [
    "We're closed Monday for a staff day out. Back Tuesday with our new lunch menu.",
    "Our sourdough starter turned nine this week. We fed it rye to celebrate.",
    "We're trying a cardamom knot this weekend. Our bakers are nervous, we are excited.",
    "Thank you to everyone who queued in the rain on Saturday, we sold out by noon.",
    "Our ovens are being serviced tomorrow morning, so we open at 10 instead of 7.",
    "We've got two seats left at the counter for Friday's bread class.",
];

#[test]
fn a_shops_feed_written_as_we_is_marketing_though_it_offers_nothing_to_act_on() {
    // A bakery's own posts: most name no price, link or call to action, but every one
    // speaks as the business ("we", "our"), which makes the feed a brand's.
    let mut t = Thread::new();
    let feed = BAKERY_FEED;
    for (i, text) in feed.iter().enumerate() {
        t.post(&format!("feed{i}"), "HearthAndCrumb", i as i64 * 300, text);
    }
    let judged = t.judged();
    // The first posts, judged before the feed showed whose it is, are judged again
    // once it does.
    for i in 0..feed.len() {
        let v = label_of(&judged, &format!("feed{i}"));
        assert_eq!(v.label, "marketing", "feed{i}: {:?}", v.signals);
    }
}

#[test]
fn a_brands_first_posts_are_its_too_where_the_batch_is_still_held() {
    // A stream that wrote a post out cannot take it back: only the posts of the batch
    // still held are judged again, and only an author whose feed turned a brand's.
    let mut t = Thread::new();
    let feed = &BAKERY_FEED[..5];
    for (i, text) in feed.iter().enumerate() {
        t.post(&format!("feed{i}"), "HearthAndCrumb", i as i64 * 300, text);
    }
    let (mut conversation, mut verdicts) = t.streamed();
    let streamed: Vec<String> = verdicts.iter().map(|v| v.label.clone()).collect();
    assert!(
        streamed.iter().any(|l| l == "social"),
        "the first posts are judged before the feed shows whose it is: {streamed:?}"
    );
    // The first two posts went out with an earlier batch: positions 1 and 2.
    conversation.revise(2, &[2, 3, 4], &t.posts, &mut verdicts);
    for (i, v) in verdicts.iter().enumerate() {
        let expected = if i < 2 { &streamed[i] } else { "marketing" };
        assert_eq!(v.label, expected, "feed{i}: {:?}", v.signals);
    }
    assert!(conversation.take_brand_revisions().is_empty());
}

#[test]
fn a_persons_feed_about_their_family_stays_social() {
    // People say "we" of their family and friends, but of themselves more: a feed that
    // is mostly "I" is nobody's brand.
    let mut t = Thread::new();
    let feed = [
        "We finally took the kids to the coast, first time they saw the sea.",
        "I burnt the toast again and the smoke alarm applauded.",
        "My sister says I should run the half marathon with her. I said maybe.",
        "I can't believe how fast this year went, honestly.",
        "Reading in the garden until my hands went cold.",
        "I found my old cassette player in the loft and it still works.",
    ];
    for (i, text) in feed.iter().enumerate() {
        t.post(&format!("feed{i}"), "marta_k", i as i64 * 300, text);
    }
    let judged = t.judged();
    for i in 0..feed.len() {
        let v = label_of(&judged, &format!("feed{i}"));
        assert_eq!(v.label, "social", "feed{i}: {:?}", v.signals);
    }
}

#[test]
fn a_blogger_answering_under_her_own_post_is_not_a_bot_for_her_sites_address() {
    // WordPress fills in the commenter's website on every comment: the blogger's own
    // address under each of her answers is a host's signature, not a link placed under
    // strangers' posts by an automated account.
    let mut t = Thread::new();
    t.post(
        "post",
        "Maren Lindqvist",
        0,
        "Brown butter cardamom buns, no stand mixer needed. The dough rests overnight \
         in the fridge, and the knots are easier than they look.",
    );
    let questions = [
        "Can I use instant yeast instead of fresh?",
        "My knots came out flat, did I overproof them?",
        "Would this work with oat milk?",
        "How long do they keep once baked?",
        "Any tips for shaping if you have warm hands?",
        "Could I freeze the dough after the first rise?",
    ];
    let answers = [
        "Yes, use a third of the weight and mix it into the flour.",
        "Probably: in a warm kitchen check them after forty minutes.",
        "It does, the crumb is a touch less rich but still lovely.",
        "Two days in a tin, or freeze them the day you bake.",
        "Chill the dough for ten minutes between each knot.",
        "Yes, wrap it well and thaw it overnight in the fridge.",
    ];
    for (i, (question, answer)) in questions.iter().zip(answers).enumerate() {
        let at = 60 + i as i64 * 120;
        comment(
            t.reply(
                &format!("q{i}"),
                "post",
                &format!("reader{i}"),
                at,
                question,
            ),
            None,
            None,
        );
        let reply = t.reply(
            &format!("a{i}"),
            &format!("q{i}"),
            "Maren Lindqvist",
            at + 30,
            answer,
        );
        comment(reply, Some("https://thesecondburner.example"), None);
        // As the WordPress importer gives it: the commenter's website among the links.
        reply.links.push("thesecondburner.example".into());
    }
    let pitch = t.reply(
        "pitch",
        "q5",
        "Maren Lindqvist",
        1000,
        "And if you want to practise knots with me, the May class still has three places: \
         https://thesecondburner.example/classes",
    );
    comment(pitch, Some("https://thesecondburner.example"), None);
    pitch.links.push("thesecondburner.example".into());
    let judged = t.judged();
    for id in (0..answers.len())
        .map(|i| format!("a{i}"))
        .chain(["pitch".into()])
    {
        let v = label_of(&judged, &id);
        // Her pitch is hers to make here: promotion that belongs, never spam.
        if id == "pitch" {
            assert_ne!(v.label, "spam", "{id}: {:?}", v.signals);
        } else {
            assert_eq!(v.label, "social", "{id}: {:?}", v.signals);
        }
        assert!(
            !v.signals.iter().any(|s| s.contains("automated account")),
            "{id}: {:?}",
            v.signals
        );
    }
}

#[test]
fn a_creators_sponsor_comment_under_their_own_video_is_marketing() {
    // YouTube's comment export holds no video, only each comment's channel and its
    // author's: the creator is the one whose two match.
    let mut t = Thread::new();
    let channel = |post: &mut discern_posts::Post, author_channel: &str| {
        post.platform = Some("youtube".into());
        for (key, value) in [
            ("channel_id", "UCmaker"),
            ("author_channel_id", author_channel),
        ] {
            post.extra
                .push((key.into(), serde_json::value::to_raw_value(value).unwrap()));
        }
    };
    let viewer = t.reply(
        "c1",
        "video",
        "@sam_k",
        5,
        "The dovetail jig at 4:10 is genius, saving this.",
    );
    channel(viewer, "UCsam");
    let sponsor = t.reply(
        "c2",
        "video",
        "@ShedWorks",
        6,
        "Thanks to Ridgeline Tools for sponsoring this one: code SHED15 takes 15% off at https://ridgelinetools.example/shed",
    );
    channel(sponsor, "UCmaker");
    let spam = t.reply(
        "c3",
        "video",
        "@quickflipdiy",
        9,
        "Great video! check out my channel for 60 second builds, sub back",
    );
    channel(spam, "UCflip");
    let judged = t.judged();
    assert_eq!(label_of(&judged, "c1").label, "social");
    let v = label_of(&judged, "c2");
    assert_eq!(v.label, "marketing", "{:?}", v.signals);
    assert_eq!(label_of(&judged, "c3").label, "spam");
}

#[test]
fn a_brand_that_shows_itself_in_the_replies_under_its_own_videos_is_marketing() {
    // A parts shop's channel opens few threads (its videos) and answers under them.
    // Its answers, written as the shop, are its channel's voice: marketing, though
    // each offers nothing to act on.
    let mut t = Thread::new();
    t.post(
        "video",
        "rustbeltgarage",
        0,
        "Front brake pads and rotors on a 2016 compact SUV, start to finish",
    );
    let questions = [
        (
            "ana_r",
            "Does this work on the 2018 model too? Same caliper?",
        ),
        (
            "tomk",
            "What torque did you use on the caliper bracket bolts?",
        ),
        ("lee_w", "Did you bed the pads in afterwards or just drive?"),
        (
            "jo_p",
            "Is the anti-squeal paste really needed on the back of the pads?",
        ),
        ("sam_d", "How long did the whole job take you?"),
    ];
    let answers = [
        "Yes, we've fitted the same caliper on every year from 2014 to 2019.",
        "We use 80 ft-lb on the bracket bolts, and our sheet lists every step.",
        "We always bed them in: ten stops from 30 mph, no full stops in between.",
        "We put a thin layer on every set we fit; it stops most of the squeal.",
        "About an hour per axle in our shop, longer on a driveway with rusty bolts.",
    ];
    for (i, ((asker, question), answer)) in questions.iter().zip(answers).enumerate() {
        let minutes = 10 + i as i64 * 60;
        t.reply(&format!("q{i}"), "video", asker, minutes, question);
        t.reply(
            &format!("a{i}"),
            &format!("q{i}"),
            "rustbeltgarage",
            minutes + 20,
            answer,
        );
    }
    let judged = t.judged();
    for i in 0..questions.len() {
        assert_eq!(label_of(&judged, &format!("q{i}")).label, "social", "q{i}");
    }
    let marketing = (0..answers.len())
        .filter(|i| label_of(&judged, &format!("a{i}")).label == "marketing")
        .count();
    assert!(
        marketing >= 4,
        "{:?}",
        (0..answers.len())
            .map(|i| label_of(&judged, &format!("a{i}")).signals.first().cloned())
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_blogger_who_writes_her_posts_as_we_is_shown_a_person_by_her_answers() {
    // Her own posts speak as "we" (she and her partner share the plot), as a shop's
    // feed does; her answers to readers, in her own voice, show a person's channel.
    let mut t = Thread::new();
    let posts = [
        "We finally finished the raised beds on our plot this weekend, four of them from old scaffold boards.",
        "Our broad beans are up at last. We lost two rows to blackfly last spring, so fingers crossed.",
        "We tried beer traps for the slugs this year instead of pellets, because of the hedgehogs.",
        "Our water butts kept the plot going through three weeks without rain. We linked four of them.",
        "We lifted the first potatoes today. Small, but plenty of them.",
    ];
    let answers = [
        "Clay doesn't help, Ruth! I dug in a barrow of leaf mould over winter, we'll see.",
        "If anything I got more, Amy. I was nervous about pinching them out too.",
        "Savory is going in this week, Sunil. I'll report back either way.",
        "I left them bare for exactly that reason, Nicola. I'm fine with them going grey.",
        "Mine came from the supermarket, Lottie, nothing fancy, and I love it.",
    ];
    for (i, (post, answer)) in posts.iter().zip(answers).enumerate() {
        let minutes = i as i64 * 2_000;
        t.post(&format!("post{i}"), "plotfourteen", minutes, post);
        // Two readers ask under each post, and she answers both.
        let second = "Thank you! I'll post an update when I know more.";
        for (j, text) in [answer, second].into_iter().enumerate() {
            let id = format!("{i}-{j}");
            let minutes = minutes + 30 + 60 * j as i64;
            let question = "How did that go for you? Thinking of trying it.";
            t.reply(
                &format!("r{id}"),
                &format!("post{i}"),
                &format!("reader{id}"),
                minutes,
                question,
            );
            t.reply(
                &format!("a{id}"),
                &format!("r{id}"),
                "plotfourteen",
                minutes + 15,
                text,
            );
        }
    }
    let judged = t.judged();
    for i in 0..posts.len() {
        for id in [format!("post{i}"), format!("a{i}-0"), format!("a{i}-1")] {
            let v = label_of(&judged, &id);
            assert_eq!(v.label, "social", "{id}: {:?}", v.signals);
        }
    }
}

#[test]
fn a_brands_answers_to_customers_before_its_feed_showed_are_its_too() {
    // An X archive holds only the account's side: its answers to customers come
    // before its own posts have shown a brand's, and are judged again as the
    // brand's once they do, as its later answers are. A pitch it pushed under a
    // stranger's post before then stays a pitch.
    let mut t = Thread::new();
    let answers = [
        "@maya_k yes, the back room has step-free access from the side door",
        "@tom_r it should be back on the shelf on Thursday, sorry about that",
    ];
    for (i, text) in answers.iter().enumerate() {
        t.reply(
            &format!("answer{i}"),
            &format!("customer{i}"),
            "HearthAndCrumb",
            i as i64 * 20,
            text,
        );
    }
    t.reply(
        "pitch",
        "stranger",
        "HearthAndCrumb",
        60,
        "@dev_on_a_bike 20% off every loaf today only, order at hearthandcrumb.example/shop",
    );
    for (i, text) in BAKERY_FEED[..5].iter().enumerate() {
        t.post(
            &format!("feed{i}"),
            "HearthAndCrumb",
            100 + i as i64 * 300,
            text,
        );
    }
    let (_, streamed) = t.streamed();
    let judged = t.judged();
    assert_eq!(streamed[answers.len()].label, "spam");
    assert_eq!(label_of(&judged, "pitch").label, "spam");
    for (i, before) in streamed.iter().take(answers.len()).enumerate() {
        assert_eq!(before.label, "social", "answer{i} before the feed showed");
        let v = label_of(&judged, &format!("answer{i}"));
        assert_eq!(v.label, "marketing", "answer{i}: {:?}", v.signals);
    }
}

#[test]
fn a_business_answering_where_the_opening_post_named_it_is_its_customer_service() {
    let mut t = Thread::new();
    t.post(
        "op",
        "becca_listens",
        0,
        "My Sonaro X2 headphones lose all their charge overnight, even switched off. \
         Thanks to Maren Holt for suggesting I ask here. Anyone else seen this?",
    );
    t.reply(
        "person",
        "op",
        "Maren Holt",
        5,
        "Glad you asked! Mine did that for a week and then stopped.",
    );
    t.reply(
        "brand",
        "op",
        "Sonaro_Official",
        30,
        "That is a known bug in firmware 2.1.0: the headphones keep searching for a \
         phone when they are off. Version 2.1.1 fixes it and rolls out this week.",
    );
    // A name made of the thread's keywords, placing its site with praise that fits any
    // page, is no brand that was named.
    t.post(
        "beds",
        "maggie_plots",
        100,
        "Building raised beds from old scaffold boards: what worked and what did not.",
    );
    comment(
        t.reply(
            "keyword",
            "beds",
            "RaisedBeds",
            110,
            "Great post, very informative! Thanks for sharing.",
        ),
        Some("https://raisedbeds.example"),
        None,
    );
    let judged = t.judged();
    let brand = label_of(&judged, "brand");
    assert_eq!(brand.label, "marketing", "{:?}", brand.signals);
    assert_eq!(label_of(&judged, "person").label, "social");
    let keyword = label_of(&judged, "keyword");
    assert_eq!(keyword.label, "spam", "{:?}", keyword.signals);
}

#[test]
fn a_brand_asking_another_company_as_its_customer_is_not_its_marketing() {
    // Its feed is a brand's, and its answers to customers are marketing; its question
    // to the power company about its own outage is a customer's.
    let mut t = Thread::new();
    for (i, text) in BAKERY_FEED[..5].iter().enumerate() {
        t.post(&format!("feed{i}"), "HearthAndCrumb", i as i64 * 300, text);
    }
    t.reply(
        "answer",
        "customer",
        "HearthAndCrumb",
        1_600,
        "@maya_k yes, the back room has step-free access from the side door",
    );
    t.reply(
        "outage",
        "power",
        "HearthAndCrumb",
        1_700,
        "@CityPower Third outage on a Friday night this month, and the ovens are cold. Any ETA for Ash Lane?",
    );
    let judged = t.judged();
    assert_eq!(label_of(&judged, "answer").label, "marketing");
    let outage = label_of(&judged, "outage");
    assert_eq!(outage.label, "social", "{:?}", outage.signals);
}

#[test]
fn a_volunteers_own_feed_is_hers_though_she_writes_we_of_her_crew() {
    // A lifeboat volunteer who writes "we" of her crew and sells her novel is a person
    // (her feed speaks as "I" more than as "we"): her day, her crew's call-outs and her
    // opinions are social, and only the posts that ask or sell are marketing. Her early
    // "we" made a brand's feed of it before her own voice showed.
    let posts = [
        "Frost on the tops this morning and a buzzard sitting on the stile like it was waiting for a ticket.",
        "Call-out at midnight: a fell runner with a broken ankle below the crags. We carried him down by three. Please pack a spare layer, even in June.",
        "Our lifeboat crew runs on donations. The old inshore boat needs a new engine this winter. If you can chip in: https://tarnmouthlifeboat.org.uk/give",
        "My first novel is out in April! A murder on a lighthouse and far too much weather. Preorder from your local bookshop: https://gullpress.co.uk/lighthouse",
        "Hot take: tide tables in guidebooks should come with a warning about spring tides. Ask me how I know.",
        "We had two boats out on Sunday for swimmers caught by the ebb. Everyone home, everyone cold.",
        "Honestly I think the new ferry timetable is a mess and I said so at the meeting.",
        "I spent the whole afternoon mending nets with my dad. My hands smell of tar and I regret nothing.",
        "I can't believe it's been ten years since I joined the crew. I was terrified the first night.",
        "Congratulations to the new harbourmaster, a great choice.",
    ];
    let mut t = Thread::new();
    for (i, text) in posts.iter().enumerate() {
        t.post(&format!("p{i}"), "maren", i as i64 * 1440, text);
    }
    let judged = t.judged();
    for i in [0, 1, 4, 5, 9] {
        let v = label_of(&judged, &format!("p{i}"));
        assert_eq!(v.label, "social", "p{i}: {:?}", v.signals);
    }
    for i in [2, 3] {
        let v = label_of(&judged, &format!("p{i}"));
        assert_eq!(v.label, "marketing", "p{i}: {:?}", v.signals);
    }
}

#[test]
fn a_brand_answering_its_mentions_around_the_clock_is_its_staff_not_a_machine() {
    // A rail operator's feed, then its answers to riders whose posts its archive lacks,
    // one every 82 minutes day and night. Staffed around the clock, its account scores
    // some automation, which is not a machine's answering strangers: the riders asked.
    let own = [
        "Our spring timetable starts Monday: more trains on the coast line. Details at https://coastrail.example/spring",
        "We're adding two carriages to the 07:42 from Monday after your feedback.",
        "New on our app: live seat availability for every train. Update now: https://coastrail.example/app",
        "Our station cafés now take contactless on every till.",
        "We're recruiting conductors: full training, good pension. Apply: https://coastrail.example/jobs",
        "Weekend engineering works: we'll run buses between Harlow Bay and Pinmouth. Plan ahead: https://coastrail.example/works",
    ];
    let answers = [
        "Sorry your train was late this morning, Sam. Delay repay covers anything over fifteen minutes: keep your ticket handy.",
        "That crowding on the 17:10 isn't good enough, Priya. We've passed it to the planners for the May timetable.",
        "Glad you enjoyed the trip, Tom! The crew on the 11:05 will be chuffed to hear it.",
        "The lifts at Pinmouth are being repaired and should be working again tomorrow afternoon, Ana.",
        "Bikes go in the end carriage, Lee, and on weekends you'll need a free reservation.",
        "Your refund went through on Tuesday, Jo; banks can take three working days to show it.",
        "Dogs travel free, Kim, as long as they stay on a lead or in a carrier.",
        "Raj, the ticket machine at Harlow Bay takes cards again: the engineer fixed it at noon.",
        "Thanks for spotting the broken window, Eve. The cleaners will board it up at the depot tonight.",
        "Dan, the quiet coach is coach A on every train, and the signs are being replaced this month.",
        "Railcards can be added in the app under My Tickets, Mo. Screenshots don't count, sadly.",
        "Liz, the footbridge at Saltmarsh reopens on Friday once the paint has dried.",
        "Ben, we can't hold connections for late ferries, but staff will help you find the next train.",
        "Yes Zoe, the sea wall section is the prettiest stretch. Sit on the left going south!",
        "Ali, the toilets on that unit were out of order. Maintenance have it on tomorrow's list.",
        "Kat, season tickets can be paused for up to two weeks if you're ill. The form is at any ticket office.",
        "Ian, the Wi-Fi should be back on the older trains once the new routers are fitted in March.",
        "Meg, children under five travel free and don't need a ticket at all.",
        "Ned, the car park at Pinmouth is free after 6pm on weekdays and all day on Sundays.",
        "Ola, that announcement was wrong: the 20:15 did stop at Crabton. Sorry for the scare.",
    ];
    let mut t = Thread::new();
    for (i, text) in own.iter().enumerate() {
        t.post(&format!("own{i}"), "CoastRail", i as i64 * 300, text);
    }
    for (k, text) in answers.iter().enumerate() {
        t.reply(
            &format!("answer{k}"),
            &format!("mention{k}"),
            "CoastRail",
            1800 + k as i64 * 82,
            &format!("@rider{k} {text}"),
        );
    }
    let judged = t.judged();
    for k in 0..answers.len() {
        let v = label_of(&judged, &format!("answer{k}"));
        assert_eq!(v.label, "marketing", "answer{k}: {:?}", v.signals);
    }
}

#[test]
fn a_business_answering_under_its_own_blog_post_in_a_comments_feed_is_marketing() {
    // WordPress's comments feed holds the comments, not the post: the ferry company is
    // known as the site's owner by answering under the site's name.
    let post_url = "https://kettlesoundferries.example/2030/10/21/meet-the-osprey/";
    let mut t = Thread::new();
    let add = |t: &mut Thread, id: &str, author: &str, minutes: i64, text: &str| {
        let post = t.reply(id, post_url, author, minutes, text);
        post.url = Some(format!("{post_url}#comment-{id}"));
        post.platform = Some("rss".into());
    };
    add(
        &mut t,
        "1",
        "Beatriz Alves",
        0,
        "Visiting from Lisbon next summer with my kids. Will the Osprey keep the same summer \
         timetable? We'd like to do Marrick as a day trip.",
    );
    add(
        &mut t,
        "2",
        "Kettle Sound Ferries",
        60,
        "We keep the same timetable, Beatriz, and our summer schedule goes up in April at \
         kettlesoundferries.example/schedules. The 9:10 out and the 5:30 back make a good \
         day trip.",
    );
    add(
        &mut t,
        "3",
        "Tom Reilly",
        90,
        "The Tern carried my grandparents to their wedding. Sad to see her go, but the \
         new boat looks grand.",
    );
    add(
        &mut t,
        "4",
        "Kettle Sound Ferries",
        120,
        "Thank you Tom. Join us for the Tern's farewell sailing on 2 November, every \
         fare that day goes to the island food bank.",
    );
    add(
        &mut t,
        "5",
        "Ana Costa",
        150,
        "The 7:40 was late again this morning and I missed my train.",
    );
    add(
        &mut t,
        "6",
        "Kettle Sound Ferries",
        170,
        "We're sorry, Ana. The 7:40 was held for fog; we have refunded your fare and our \
         team will email you about the train.",
    );
    add(
        &mut t,
        "7",
        "Liz Morrow",
        200,
        "Will the Osprey take bikes? My husband and I cycle the island every September.",
    );
    add(
        &mut t,
        "8",
        "Kettle Sound Ferries",
        230,
        "She will, Liz: we've made room for twelve bikes on the car deck, and our crew \
         will load them for you.",
    );
    add(
        &mut t,
        "9",
        "Kettle Sound Ferries",
        260,
        "For everyone asking: we'll post the Osprey's first sailing date here and on our \
         site as soon as the sea trials are done.",
    );
    let judged = t.judged();
    for id in ["2", "4", "6", "8", "9"] {
        let v = label_of(&judged, id);
        assert_eq!(v.label, "marketing", "{id}: {:?}", v.signals);
    }
    for id in ["1", "3", "5", "7"] {
        let v = label_of(&judged, id);
        assert_eq!(v.label, "social", "{id}: {:?}", v.signals);
    }
}

#[test]
fn a_reader_named_after_part_of_a_blogs_name_is_not_its_owner() {
    let post_url = "https://mariaskitchen.example/2024/03/lentil-soup/";
    let mut t = Thread::new();
    let post = t.reply(
        "1",
        post_url,
        "Maria",
        0,
        "Made this last night with red lentils and it was lovely, my kids had seconds.",
    );
    post.url = Some(format!("{post_url}#comment-1"));
    post.platform = Some("rss".into());
    let judged = t.judged();
    assert_eq!(label_of(&judged, "1").label, "social");
}
