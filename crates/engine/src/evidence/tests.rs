//! The evidence finder's unit tests: each kind of evidence on the texts that carry it.

use super::author::{is_business_name, is_business_name_remembered};
use super::*;

fn found(text: &str) -> Found {
    find(&Post::new("1", text), &Analysis::new(text))
}

fn described(text: &str) -> Vec<String> {
    found(text).items.iter().map(Evidence::describe).collect()
}

#[test]
fn names_what_a_moderator_would_point_to() {
    let d = described("Book a free strategy call today: https://growthlab.example/book");
    assert!(
        d.contains(&"link to growthlab.example".to_string()),
        "{d:?}"
    );
    assert!(d.iter().any(|e| e.starts_with("call to action")), "{d:?}");
    assert!(
        described("Get 30% off this week")
            .iter()
            .any(|e| e.contains("off"))
    );
    assert!(
        described("Please vote for Jane Smith. Paid for by Friends of Jane Smith")
            .iter()
            .any(|e| e.contains("paid for by"))
    );
    assert!(described("Donate today to help us reach 1,000 meals").len() >= 2);
    assert!(
        described("sub to my channel pls")
            .iter()
            .any(|e| e.contains("own channel"))
    );
    // The adult bot's lure under someone else's video points at its own profile.
    assert!(
        described("Hey handsome, im bored tonight... my private videos are on my profile")
            .iter()
            .any(|e| e.contains("own channel")),
    );
    assert!(
        described("Nice article. Very informative")
            .iter()
            .any(|e| e.contains("generic praise"))
    );
}

/// A person speaking of their family or arguing a point is evidence against
/// promotion, and neither is anything to act on.
#[test]
fn a_person_speaking_weighs_against_promotion() {
    for (text, evidence) in [
        ("My little brother started school today", "own_family"),
        (
            "I disagree with the author's point about index funds",
            "argues",
        ),
        (
            "In this essay I want to argue that content matters",
            "argues",
        ),
        ("imo the second half drags", "argues"),
        ("Our daughter took her first steps today", "own_family"),
    ] {
        let found = found(text);
        let item = found
            .items
            .iter()
            .find(|e| e.kind() == evidence)
            .unwrap_or_else(|| panic!("{text}: {:?}", found.items));
        assert!(item.weight() < 0.0 && !item.actionable(), "{text}");
    }
    // Campaigns speak of everyone's children as "ours".
    assert!(
        !found("Our children deserve better schools. Vote yes on 12")
            .items
            .iter()
            .any(|e| e.kind() == "own_family")
    );
    // Candidates say what they believe; a belief is not an argument with someone.
    assert!(
        !found("I believe in an America that works for everyone")
            .items
            .iter()
            .any(|e| e.kind() == "argues")
    );
}

/// Text arrives in many shapes: the same evidence must be found in each.
#[test]
fn evidence_survives_odd_shapes() {
    let has_link = |text: &str| found(text).has_link();
    for text in [
        "cheap watches at www.cheap-watches.example today",
        "cheap watches at cheapwatches dot com today",
        "see goo.gl/abc12 now",
        "visit ｗｗｗ．ｃｈｅａｐｗａｔｃｈｅｓ．ｃｏｍ now",
        "\u{feff}visit https://cheap\u{200b}watches.example now",
        "Shop now at https://stridegear.example 30 off all shoes",
    ] {
        assert!(has_link(text), "{text}: {:?}", found(text));
    }
    // All punctuation stripped, as ad archives publish it: links run together, and
    // apostrophes gone from the phrases.
    for text in [
        "Book an appointment online httpbitly3xYzAb",
        "Learn more at wwwcoastalfundorg",
    ] {
        assert!(has_link(text), "{text}: {:?}", found(text));
    }
    assert!(
        described("Im running for city council because our streets deserve better")
            .iter()
            .any(|e| e.contains("i'm running for"))
    );
    assert!(!has_link("the wwwhat and httpd logs"));
    assert!(
        described("Shop now and get 30 off all running shoes this weekend only")
            .iter()
            .any(|e| e.contains("shop now"))
    );
    assert!(
        described("ＢＵＹ ＮＯＷ at our store")
            .iter()
            .any(|e| e.contains("buy now"))
    );
    assert!(
        described("Please d\u{200b}onate today")
            .iter()
            .any(|e| e.contains("donate"))
    );
    for (text, asks) in [
        ("Remember to vote for Jane Smith on Tuesday", true),
        ("Vote yes on Measure B", true),
        (
            "Honestly I don't know who to vote for in the mayoral race",
            false,
        ),
        ("I'll vote for her again, she did fine", false),
        ("They didn't vote for the bill", false),
        ("Just registered to vote for the first time!!", false),
        ("You'd have to be mad to vote for him", false),
        ("Ballot paper posted, she has my vote for leader", false),
        ("Don't forget to vote for Jane Smith on May 4", true),
        ("Paid for by Friends of Jane Smith", true),
        ("If I see one more 'paid for by' ad I'm moving", false),
        (
            "Canada needs $60 billion a year, paid for by efficiency",
            false,
        ),
        ("The stadium was paid for by taxpayers", false),
    ] {
        let political = found(text)
            .items
            .iter()
            .any(|e| e.kind() == "political_ask");
        assert_eq!(political, asks, "{text}");
    }
    assert!(
        described("Thanks &amp; please vote for Jane Smith")
            .iter()
            .any(|e| e.contains("vote for"))
    );
}

/// The spun sentences of comment-spam kits, a brand signing off as a team, and the
/// "recovery expert" scam are each found by their own kind of evidence.
#[test]
fn kits_sign_offs_and_recovery_scams() {
    for text in [
        "Hello there! This is kind of off topic but I need some advice from an established blog.",
        "Hey would you mind letting me know which web host you're using?",
        "Just wanted to let you know the text in your post seems to be running off the screen in Safari.",
        "I stumbledupon it ;) I may come back yet again since I bookmarked it.",
    ] {
        assert!(found(text).template(), "{text}: {:?}", found(text));
    }
    assert!(
        found("Happy Friday from all of us at Blue Harbor Brewing!")
            .items
            .iter()
            .any(|e| e.kind() == "business_voice")
    );
    // A business's name signed after a dash, and a dash that sets off an afterthought.
    for text in [
        "Very informative article on home budgeting, thanks for sharing! - Mark, Oakridge Plumbing & Drain",
        "Loved the tips on gutters. — Kevin from Elite Roofing Services",
    ] {
        assert!(
            found(text)
                .items
                .iter()
                .any(|e| e.kind() == "business_name"),
            "{text}: {:?}",
            found(text)
        );
    }
    for text in [
        "Got mine from the outlet near the station - best deal ever, Cheap Store Prices",
        "I asked my brother - Tom, Plumbing Services guy - and he agreed",
        "Ünïcödé everywhere ünïcödé everywhere ünïcödé everywhere ünïcödé everywhere ünïcödé - Mark, Oakridge Plumbing",
    ] {
        let _ = found(text);
    }
    assert!(
        !found("Got mine from the shop near the station - best deal ever")
            .items
            .iter()
            .any(|e| e.kind() == "business_name")
    );
    assert!(found("They got my BTC back in 48 hours, DM them").deceptive());
    // "Double your" is the investment scam's promise, not a charity's matched gift.
    assert!(found("Send 0.1 BTC and double your bitcoin in 24 hours").deceptive());
    assert!(!found("Give now and double your impact with a matching gift").deceptive());
    assert!(found("Free V-Bucks generator, no human verification!").deceptive());
    // The investment-testimonial scam's payout, not a foundation's "invested $78m".
    assert!(found("Just received my profit of $8,400, thank you @fx_maria").deceptive());
    assert!(!found("The foundation invested $78m in 2013 in 87 countries").deceptive());
    assert!(
        described("Free entry to win tickets. Text WIN to 87121 now")
            .iter()
            .any(|e| e.contains("short code"))
    );
    assert!(
        !described("I'll text you to 9 tonight")
            .iter()
            .any(|e| e.contains("short code"))
    );
    assert!(
        found("Huh, anyway check out this you[tube] channel: kobyoshi02")
            .items
            .iter()
            .any(|e| e.kind() == "follow_ask")
    );
    // X wraps every link and photo in t.co: a link, but nothing to act on by itself.
    let wrapped = found("Screenshot Saturday of what I've been working on https://t.co/2rSlHE0eFR");
    assert!(
        wrapped.items.iter().any(|e| e.kind() == "wrapped_link"),
        "{wrapped:?}"
    );
    assert!(
        !wrapped.items.iter().any(Evidence::actionable),
        "{wrapped:?}"
    );
    assert!(
        found("Read more: https://bit.ly/3xYz")
            .items
            .iter()
            .any(|e| e.kind() == "shortener")
    );
    // In a comment, citing an encyclopedia promotes nothing of the commenter's; the same
    // link in a post of one's own stays a link, and a look-alike domain is not the site.
    let mut comment = Post::new(
        "c",
        "Good explanation here: https://en.wikipedia.org/wiki/Index_fund",
    );
    comment.kind = PostKind::Reply;
    let cited = find(&comment, &Analysis::new(&comment.text));
    assert!(
        cited.items.iter().any(|e| e.kind() == "cites_reference"),
        "{cited:?}"
    );
    assert!(!cited.items.iter().any(Evidence::actionable), "{cited:?}");
    assert!(
        found("Good explanation here: https://en.wikipedia.org/wiki/Index_fund")
            .items
            .iter()
            .any(|e| e.kind() == "link")
    );
    let mut lookalike = Post::new("d", "Cheap pills at https://notwikipedia.org/buy");
    lookalike.kind = PostKind::Reply;
    assert!(
        !find(&lookalike, &Analysis::new(&lookalike.text))
            .items
            .iter()
            .any(|e| e.kind() == "cites_reference")
    );
    // A brand marks its own product names.
    assert!(
        described("Powered by 11th Gen Intel® Core™ processors")
            .iter()
            .any(|e| e.contains("trademark"))
    );
    assert!(
        !described("Registered ® office hours")
            .iter()
            .any(|e| e.contains("trademark"))
    );
    // A person saying nobody paid them discloses nothing.
    assert!(
        !found("Best pastel de nata in Lisbon. Not sponsored, just obsessed.")
            .items
            .iter()
            .any(|e| e.kind() == "disclosure")
    );
    assert!(
        found("Loving these shoes from @TrailRunCo #gifted")
            .items
            .iter()
            .any(|e| e.kind() == "disclosure")
    );
    // Sending readers to one's own channel is self-promotion; subscribing to a paper,
    // or a brand's "follow us", is not the speaker's own channel.
    for (text, own) in [
        (
            "Hey I upload weekly, it would mean the world if you subscribe to my channel",
            true,
        ),
        ("Check out my new video, link in bio", true),
        ("Listen to my cover of this song!", true),
        ("𝐒𝐄𝐗𝐘 𝐆𝐈𝐑𝐋𝐒 𝐍𝐄𝐀𝐑 𝐘𝐎𝐔 👉 click my profile", true),
        ("She would not listen to my opinions", false),
        ("I wonder why I still subscribe to the Globe", false),
        ("Follow us for daily recipes", false),
    ] {
        let kinds: Vec<&str> = found(text).items.iter().map(Evidence::kind).collect();
        assert_eq!(kinds.contains(&"self_promotion"), own, "{text}: {kinds:?}");
    }
    for (text, disguised) in [
        ("Baru seminggu join 𝘼𝙇𝙀𝙓𝙄𝙎x17, menang terus", true),
        ("Sign 𝐭𝐡𝐞 𝐏𝐚𝐠𝐞~https://example.org/petition today", false),
        ("the 21𝘴𝘵 century", false),
        ("best c\u{0430}sino bonus today", true),
        ("𝗡𝗘𝗪 𝗔𝗥𝗥𝗜𝗩𝗔𝗟𝗦 this week", false),
        ("Great night with #ΑΞΔformal2016 friends", false),
        ("Привет, как дела?", false),
    ] {
        assert_eq!(found(text).deceptive(), disguised, "{text}");
    }
    assert!(!found("My physio helped me recover after the marathon").deceptive());
}

#[test]
fn conversation_finds_nothing_in_the_text() {
    for text in [
        "I disagree with the author's point about index funds. Fees matter, but so does tracking error.",
        "lovely photo of your dog",
        "The point about reply bots hit home. Our customers thought it was us.",
        "We turned the heating off last night and it was freezing.",
    ] {
        assert!(
            !found(text).text_promotes(true),
            "{text}: {:?}",
            found(text)
        );
        // On its own too, but for a business speaking of itself ("our customers"):
        // that is a brand in its own channel.
        assert_eq!(
            found(text).text_promotes(false),
            text.contains("Our customers"),
            "{text}: {:?}",
            found(text)
        );
    }
}

#[test]
fn support_agents_sign_their_answers() {
    for (text, signed) in [
        ("@user Let's look into this, DM us. ^MC", true),
        (
            "@user Please follow this link: https://support.example/x *MS",
            true,
        ),
        ("@user Sure thing. Thanks! - BH", true),
        ("@user Glad it's sorted! /AG (1/2)", true),
        ("@user That's great, thanks for the feedback! *Jen", true),
        ("Happy New Year! @ Downtown Fullerton - DTF", false),
        ("Be yourself; everyone else is already taken. -Oscar", false),
        ("see you at 5 - ok", false),
        ("I loved it *so* much", false),
        // A first name or lowercase initials sign a reply addressed to someone.
        ("@user I'm glad the burrito was delicious. -Becky", true),
        ("@user How can I help? ~ Ellen", true),
        (
            "@user Hi Rach, I'm glad this has been resolved :) Ty - James",
            true,
        ),
        (
            "@user Thank you for the info. We will follow up with you. ^nw",
            true,
        ),
        ("@ Marinello School of Beauty - Reseda", false),
        ("Thanks for the patch, applied.\n\n-Dave", false),
        ("\"This book moved me.\" - Vicky", false),
    ] {
        assert_eq!(agent_signature(text).is_some(), signed, "{text}");
    }
}

#[test]
fn commenters_details() {
    let mut post = Post::new("1", "Nice article. Very informative");
    post.author = Some("Best SEO Services".into());
    post.kind = PostKind::Reply;
    post.platform = Some("akismet".into());
    post.url = Some("http://best-seo-services.com".into());
    let found = find(&post, &Analysis::new(&post.text));
    assert!(found.commercial_author());
    assert!(found.generic_praise());
    // The name is the anchor text and the website its address: a placed backlink.
    assert!(found.items.contains(&Evidence::KeywordCommenter));
    post.author = Some("Dev Patel".into());
    let person = find(&post, &Analysis::new(&post.text));
    assert!(!person.items.contains(&Evidence::KeywordCommenter));
    post.author = Some("cheap car insurance".into());
    post.url = Some("https://carol-writes.example".into());
    let name_only = find(&post, &Analysis::new(&post.text));
    assert!(!name_only.items.contains(&Evidence::KeywordCommenter));
    assert!(is_business_name("HP Printer Support"));
    assert!(!is_business_name("Sam Porter"));
    assert!(is_business_name("Fouts Ventures LLC"));
    assert!(is_business_name("cheap ugg boots"));
    assert!(!is_business_name("Joanne Riley"));
    assert!(!is_business_name("Dev Patel"));
    assert!(!is_business_name("Lucas Gonze <lgonze@panix.com>"));
    assert!(!is_business_name("\"wintermute\" <cout@eircom.net>"));
    assert!(is_business_name("best-seo-services.com"));
    assert!(!is_commercial("devpatel.example.org"));
    assert!(is_commercial("foutsventures.com"));
    assert!(is_commercial("seo-rank-experts.example"));
    // A search query and a local trade are keywords, not people.
    assert!(is_business_name("Locksmith Near Me"));
    assert!(is_business_name("Kitchen Remodeling Austin"));
    assert!(is_business_name("cbd gummies for sleep"));
    assert!(!is_business_name("Amara Near"));
    // A firm's name.
    assert!(is_business_name("Summit Ridge Wealth Partners"));
    assert!(is_business_name("Keller & Associates"));
    assert!(is_business_name("phentermine"));
    assert!(is_commercial("austin-kitchen-remodel.example"));
    assert!(is_commercial("solepicks.shop"));
    assert!(!is_commercial("solepicks.example"));
    assert!(!is_commercial("nhanh..shop"));
}

/// A backlink bought for a keyword points at the page that sells it; a person leaves
/// their home page or a post of their blog.
#[test]
fn a_commenters_website_on_a_sales_page_is_a_business() {
    let mut post = Post::new(
        "1",
        "Great article, very informative! Thanks for sharing these tips with your readers.",
    );
    post.author = Some("Oakridge Lawn & Landscape".into());
    post.kind = PostKind::Reply;
    post.platform = Some("akismet".into());
    for (url, business) in [
        (
            "https://oakridgelawn.example/services/lawn-care-maintenance/",
            true,
        ),
        ("https://calmleaf.example/collections/sleep-gummies", true),
        ("https://maria.example/products/", true),
        ("https://maria.example/", false),
        ("https://maria.example/2024/05/my-tomato-diary", false),
        ("https://maria.example", false),
    ] {
        post.url = Some(url.into());
        let found = find(&post, &Analysis::new(&post.text));
        assert_eq!(found.commercial_author(), business, "{url}");
        // Praise that says nothing of the page, left with a website, places it.
        assert!(found.placement(), "{url}: {found:?}");
    }
}

#[test]
fn a_commenter_who_sells_their_services_leaves_a_business_website() {
    let mut post = Post::new(
        "1",
        "Very helpful for students. We provide home tuition for all subjects.",
    );
    post.author = Some("Ravi".into());
    post.kind = PostKind::Reply;
    post.platform = Some("akismet".into());
    post.url = Some("https://ravi-home.example".into());
    let found = find(&post, &Analysis::new(&post.text));
    assert!(found.commercial_author(), "{found:?}");
    // "We help" is said of clubs and families too: the website stays a person's.
    post.text = "We help each other with homework in our street, it works.".into();
    let club = find(&post, &Analysis::new(&post.text));
    assert!(!club.commercial_author(), "{club:?}");
}

#[test]
fn a_scam_testimonial_is_deceptive_whatever_family_it_tells_of() {
    let post = Post::new(
        "1",
        "My husband left me until I found Dr Okoro who cast a love spell for me. \
         Email drokoro@mail.example",
    );
    let found = find(&post, &Analysis::new(&post.text));
    assert!(found.deceptive());
    assert!(
        !found
            .items
            .iter()
            .any(|e| matches!(e, Evidence::OwnFamily(_))),
        "{found:?}"
    );
    let post = Post::new(
        "2",
        "Mrs Evelyn helped me too, my first withdrawal came in 2 days",
    );
    assert!(find(&post, &Analysis::new(&post.text)).deceptive());
}

#[test]
fn remembered_business_names_are_the_names_checked() {
    let names = [
        "Fouts Ventures LLC",
        "Joanne Riley",
        "cheap ugg boots",
        "Dev Patel",
        "best-seo-services.com",
    ];
    // Twice over, so the second pass reads the cache.
    for name in names.iter().chain(&names) {
        assert_eq!(
            is_business_name_remembered(name),
            is_business_name(name),
            "{name}"
        );
    }
}

#[test]
fn a_testimony_of_returns_through_a_named_account_is_scam_wording() {
    for (text, scam) in [
        (
            "beginning this great journey i invested $600 capital and in a few days i got a \
             return of $5946 @charlotte_lucas_trade",
            true,
        ),
        (
            "thank you for the profits of $12 560 after my $1 000 investment @wealthwithkara",
            true,
        ),
        // One amount, no account, or a link: a person talking money, or an ad.
        (
            "I invested $500 in index funds last year and sleep fine",
            false,
        ),
        ("I invested $500 and now have $700, trading is fun", false),
        (
            "@bestbuy I had to return my $300 phone and pay a $50 restocking fee",
            false,
        ),
        (
            "Start trading with $10, get $50 free @broker https://broker.example",
            false,
        ),
    ] {
        let f = found(text);
        let testimony = f
            .items
            .iter()
            .any(|e| matches!(e, Evidence::Deceptive(p) if p.starts_with("invested $")));
        assert_eq!(testimony, scam, "{text}: {:?}", f.items);
    }
}

#[test]
fn an_advertisers_opening_verb_is_a_call_to_action_once() {
    let calls = |text: &str| {
        found(text)
            .items
            .iter()
            .filter(|e| matches!(e, Evidence::CallToAction(_)))
            .count()
    };
    assert_eq!(calls("Discover the beauty of handmade ceramics."), 1);
    assert_eq!(calls("New season, new menu! Celebrate with us"), 1);
    assert_eq!(calls("Spring collection\nExplore the range"), 1);
    // "Order now" is one call to action, not two.
    assert_eq!(calls("Order now and save"), 1);
    // Not at a sentence's start, the verb is a person's word.
    assert_eq!(
        calls("I didn't order the soup, I wanted to explore the menu"),
        0
    );
    assert_eq!(
        calls("My grandfather used to celebrate every birthday at the lake"),
        0
    );
}

/// The seller's and the maker's phrases (`author::SELLS`, `author::MAKES`) are read
/// from what the phrase lists found as a business's voice: each must be one of
/// [`Evidence::BusinessVoice`]'s phrases, or it is never found at all.
#[test]
fn sellers_and_makers_phrases_are_business_voice_phrases() {
    for phrase in super::author::SELLS.iter().chain(super::author::MAKES) {
        let listed = super::lists::PHRASES
            .iter()
            .any(|(_, make, text)| text == phrase && make(text) == Evidence::BusinessVoice(text));
        assert!(listed, "{phrase:?} is not a BusinessVoice phrase");
    }
}

/// The offers that name their terms are read from what the phrase lists found: each
/// must be one of [`Evidence::Offer`]'s phrases (or the share taken off everything), or
/// it never promotes a post.
#[test]
fn offer_terms_are_offer_phrases() {
    for term in super::OFFER_TERMS {
        let listed = *term == super::phrases::SHARE_OFF_EVERYTHING
            || super::lists::PHRASES
                .iter()
                .any(|(_, make, text)| text == term && make(text) == Evidence::Offer(text));
        assert!(listed, "{term:?} is not an Offer phrase");
    }
}

/// An amount after "cost", "paid", "was" or "about" reports what something cost; after
/// "just", "only" or "for" it is an offer's price.
#[test]
fn a_reported_cost_is_not_a_price() {
    let priced = |text: &str| found(text).items.contains(&Evidence::Price);
    assert!(!priced("It cost me $40 and broke in a week"));
    assert!(!priced(
        "The county paid $3m for a garage that sits half empty"
    ));
    assert!(!priced("Rent here is about $2,000 now"));
    assert!(priced("Now just $19.99 for the whole kit"));
    assert!(priced("Get yours for $25 this weekend"));
}

#[test]
fn templates_with_apostrophes_match() {
    for text in [
        "Can you tell me which blog platform you're using? I'd like to start my own",
        "Hmm it looks like your website ate my first comment (it was super long) so I guess I'll just sum it up, my comment didn't appear",
        "I've been surfing online more than 3 hours today",
    ] {
        assert!(found(text).template(), "{text}: {:?}", found(text));
    }
}

#[test]
fn an_unspun_template_is_a_kit() {
    assert!(
        found("{Hello|Hi|Hey} there, {I think|I believe} your {site|blog} might be down")
            .template()
    );
    assert!(!found("In Rust a closure is {|x| x + 1} and a set is {a|b}").template());
    assert!(!found("Pick {one|two} of them").template());
}

#[test]
fn a_link_after_visit_is_a_call_to_action() {
    assert!(
        described(
            "Amazing content as always!! For more tips like this visit → growthpeak-tips.com/free"
        )
        .iter()
        .any(|e| e.contains("visit <link>"))
    );
    assert!(
        !described("I visited the museum, photos at https://flickr.com/x")
            .iter()
            .any(|e| e.contains("visit <link>"))
    );
}

#[test]
fn a_link_to_a_sales_page_is_commercial() {
    let commercial = |text: &str| {
        found(text)
            .items
            .iter()
            .any(|e| matches!(e, Evidence::CommercialLink(_)))
    };
    assert!(commercial(
        "Three places left: https://thesecondburner.example/classes"
    ));
    assert!(commercial(
        "Back in stock https://lunafide.example/products/hooded-blanket"
    ));
    assert!(!commercial(
        "The study is here: https://journal.example/articles/2024/sleep"
    ));
}

#[test]
fn a_campaigns_website_asks_for_votes() {
    let campaign = |text: &str| {
        found(text)
            .items
            .iter()
            .any(|e| e.kind() == "political_ask")
    };
    assert!(campaign("Bring Back Main Street. harmonforcouncil.com"));
    assert!(campaign(
        "Join us Saturday https://www.nellaforsenate.com/events"
    ));
    assert!(campaign("electemilyrandall.com"));
    assert!(!campaign("Rent prices here: affordablenyc.com"));
    assert!(!campaign("Cheap cables at electronicsdepot.com"));
    assert!(!campaign("Results at https://electionresults.example.com"));
    assert!(!campaign("Read it at https://www.theguardian.com/politics"));
}

#[test]
fn a_business_named_commenter_leaving_its_own_site_places_a_backlink() {
    let mut post = Post::new(
        "c",
        "I suffered for years until I tried these gummies. Now I sleep.",
    );
    post.kind = PostKind::Reply;
    post.platform = Some("wordpress".into());
    post.author = Some("Pure Calm CBD".into());
    post.url = Some("https://purecalmcbdgummies.example".into());
    let found = find(&post, &Analysis::new(&post.text));
    assert!(
        found.items.contains(&Evidence::KeywordCommenter),
        "{found:?}"
    );
    post.author = Some("Hannah".into());
    post.url = Some("https://hannahbakes.example".into());
    let found = find(&post, &Analysis::new(&post.text));
    assert!(
        !found.items.contains(&Evidence::KeywordCommenter),
        "{found:?}"
    );
}

#[test]
fn a_petition_and_its_ask_are_a_causes() {
    for text in [
        "Please sign!! Help us keep the 5th St dog park open change.org/p/save-5th-st-dog-park",
        "Tasmanians deserve better. Sign and share: taslabor.com/tasmanian-health-crisis-petition/",
        "https://petitions.parliament.example/petitions/700123",
    ] {
        let d = described(text);
        assert!(
            d.iter().any(|e| e.starts_with("campaign message")),
            "{text}: {d:?}"
        );
    }
    // A news story's address that mentions one, and "please sign in", are not asks.
    for text in [
        "the problem with the left https://www.9news.example/2015/08/aboriginal-petition-against-it",
        "Please sign in to your account to see the order",
    ] {
        let d = described(text);
        assert!(
            !d.iter().any(|e| e.starts_with("campaign message")),
            "{text}: {d:?}"
        );
    }
}

#[test]
fn a_link_set_apart_by_spaces_is_a_link() {
    let d = described("This really helped me!! I also found great tips at dailytipshub . site");
    assert!(
        d.contains(&"link to dailytipshub.site".to_string()),
        "{d:?}"
    );
    let d = described("cheap watches at cheapwatches dot shop today");
    assert!(
        d.contains(&"link to cheapwatches.shop".to_string()),
        "{d:?}"
    );
}

#[test]
fn a_kits_sentence_places_a_link_without_one_in_the_text() {
    let kit = found("Wow, superb blog layout! How long have you been blogging for?");
    assert!(kit.template() && kit.placement(), "{kit:?}");
    // The praise before a BBCode link is all the comment says; the anchor text is the
    // keyword placed.
    let bbcode = found(
        "Great read. Really, thanks. [url=https://vacuums.example]cordless vacuum cleaners[/url]",
    );
    assert!(bbcode.placement(), "{bbcode:?}");
    // Padded praise says nothing of the page either.
    let padded = found(
        "Wonderful article! I really enjoyed reading it, you have a great way of explaining \
         things. Will definitely be back for more. https://essays.example",
    );
    assert!(padded.placement(), "{padded:?}");
}

#[test]
fn an_offer_from_a_commenter_who_leaves_a_website_acts() {
    let text = "Best way to grow your savings: 200 free spins at Royal Spin Casino!";
    let mut post = Post::new("1", text);
    post.kind = PostKind::Reply;
    post.platform = Some("akismet".into());
    post.url = Some("https://royalspin-bonus.win".into());
    assert!(find(&post, &Analysis::new(text)).offer_with_a_website());
    // A deal shared with the shop's address is a person's tip.
    assert!(
        !found("Bloomingdales has 40% off this week: bloomingdales.com").offer_with_a_website()
    );
}

#[test]
fn offers_and_asks_in_other_european_languages() {
    for text in [
        "Kredit bis 5.000 € ohne Schufa. Jetzt anfragen!",
        "Première consultation gratuite, cliquez ici",
        "Compra seguidores reales al mejor precio",
    ] {
        let d = described(text);
        assert!(
            d.iter()
                .any(|e| e.starts_with("an offer") || e.starts_with("call to action")),
            "{text}: {d:?}"
        );
    }
}

/// A comment signed with a business's name carries that name as a commenter's name
/// field does; a person's first name, or a text with no sign-off, carries none.
#[test]
fn a_business_signing_its_praise_places_its_name() {
    for text in [
        "Great read, really enjoyed it. Best regards, Ace Vacuum Store Manchester",
        "Very informative. Keep up the good work. Regards, Kevin from Elite Roofing Solutions",
    ] {
        let found = found(text);
        assert!(found.commercial_author(), "{text}: {:?}", found.items);
        assert!(found.placement(), "{text}: {:?}", found.items);
    }
    for text in [
        "Thanks for the recipe! Regards, Sarah",
        "Lovely post. Cheers, Tom",
        "Our plumber fixed it in an hour, regards to him",
    ] {
        assert!(!found(text).commercial_author(), "{text}");
    }
}

/// The praise comment spam opens with on German, French, Spanish, Portuguese and
/// Italian blogs is praise that fits any page, as its English is.
#[test]
fn praise_that_fits_any_page_is_known_in_other_european_languages() {
    for text in [
        "Toller Beitrag! Ich habe sehr viel gelernt.",
        "Muy buen artículo, me ha gustado mucho.",
        "Très bon article, merci pour le partage",
        "Ótimo artigo, obrigado por compartilhar",
        "Ottimo articolo, grazie per la condivisione",
    ] {
        assert!(found(text).generic_praise(), "{text}");
    }
    assert!(
        described("Schauen Sie auch gerne mal auf meiner Seite vorbei")
            .iter()
            .any(|e| e.starts_with("call to action")),
    );
}

/// One person's voice heard in two overlapping phrases ("anyone know" inside "does
/// anyone know") weighs as one.
#[test]
fn a_persons_voice_counts_once_of_each_kind() {
    let found = found("Does anyone know where to get a good bike lock?");
    let voices = found
        .items
        .iter()
        .filter(|e| matches!(e, Evidence::PersonalVoice(_)))
        .count();
    assert_eq!(voices, 2, "{:?}", found.items);
    assert_eq!(found.weight(), -1.0, "{:?}", found.items);
}

/// A link to a channel is the way to an account's uploads; a link to a video is not.
#[test]
fn a_link_to_a_channel_asks_to_follow_it() {
    let on_youtube = |text: &str| {
        let mut post = Post::new("1", text);
        post.platform = Some("youtube".into());
        find(&post, &Analysis::new(text))
            .items
            .contains(&Evidence::FollowAsk("a link to a channel"))
    };
    for text in [
        "more classics on my page youtube.com/@throwbackvault99",
        "https://www.youtube.com/channel/UC123abc for daily shorts",
        "tiktok.com/@dancewithmia",
    ] {
        assert!(on_youtube(text), "{text}");
    }
    assert!(!on_youtube(
        "part 2 is here https://www.youtube.com/watch?v=abc123"
    ));
    // Elsewhere a channel's link is also an account shown to support.
    assert!(
        !described("@TeamYouTube my channel was suspended: https://www.youtube.com/channel/UC1")
            .iter()
            .any(|e| e.contains("a link to a channel"))
    );
}

/// The testimonial scam's last line sends readers to the credited person's chat, in
/// any language; a chat app alone, or a titled name alone, is not the scam.
#[test]
fn sending_readers_to_a_titled_persons_chat_is_the_scam() {
    for text in [
        "Gané 800 dólares invirtiendo con la señora Valeria Ortiz, escríbele por WhatsApp",
        "Wer frei werden will: schreibt Herrn Jonas Brecht auf Telegram",
        "Contact Mrs Evelyn Carrow on Telegram, she will guide you",
    ] {
        assert!(found(text).deceptive(), "{text}");
    }
    for text in [
        "Our group chat is on WhatsApp now, ask me for the link",
        "Dr Patel was so kind to my mum after her surgery",
    ] {
        assert!(!found(text).deceptive(), "{text}");
    }
}

/// The kits' sentences as they reach blogs' spam queues, and the family a kit's
/// sentence names ("my younger sister is analyzing such things"), which is its bait and
/// not a person's life.
#[test]
fn a_kits_sentence_is_found_and_its_family_is_no_persons() {
    for text in [
        "Hello! Do you know if they make any plugins to help with SEO? I'm trying to get my blog to rank for some targeted keywords",
        "Your style is unique compared to other folks I've read stuff from. Guess I'll just bookmark this blog.",
        "Thanks for the nice blog. Keep sharing such ideas in the future as well.",
        "Howdy! I just wanted to give a quick shout out and say I genuinely enjoy reading your articles.",
    ] {
        assert!(found(text).template(), "{text}: {:?}", found(text));
    }
    let kit = found(
        "Wow, this piece of writing is {pleasant|nice|fastidious}, my younger sister is analyzing such things",
    );
    assert!(kit.template(), "{kit:?}");
    assert!(
        !kit.items.iter().any(|e| e.kind() == "own_family"),
        "{kit:?}"
    );
    let person = found("My younger sister is learning to knit and loved this pattern");
    assert!(
        person.items.iter().any(|e| e.kind() == "own_family"),
        "{person:?}"
    );
}

/// "We at Gulfside Plumbing": a writer speaking for the business they name, whose link
/// is then their own site, not a source.
#[test]
fn we_at_a_named_business_speaks_as_the_seller() {
    let drop = found(
        "Great tips on fixing a leaky faucet! If anyone in the Tampa area needs a pro, we at Gulfside Plumbing offer same-day service: gulfsideplumbing.net",
    );
    assert!(drop.text_promotes(true), "{drop:?}");
    for person in [
        "we at the office all laughed at this one",
        "We at least tried to fix it ourselves first",
    ] {
        assert!(
            !found(person)
                .items
                .iter()
                .any(|e| e.kind() == "business_voice"),
            "{person}"
        );
    }
}

/// The asks the English lists know, in the languages blogs and ads are also written in.
#[test]
fn asks_in_other_languages() {
    for (text, kind) in [
        (
            "Merci pour cet article. Découvrez aussi nos meilleures offres",
            "call_to_action",
        ),
        (
            "Conheça nossa clínica de estética em Curitiba",
            "call_to_action",
        ),
        (
            "Warnstreik am Dienstag ab 6 Uhr. Komm vorbei!",
            "call_to_action",
        ),
        (
            "Con il tuo 5x1000 aiuti la ricerca sulle malattie rare",
            "donation_ask",
        ),
        (
            "Firma anche tu per salvare il consultorio di quartiere",
            "political_ask",
        ),
        (
            "Trabajadoras del hogar: afíliate al sindicato",
            "political_ask",
        ),
        ("Estamos contratando! Vagas para barista", "business_voice"),
        (
            "¡Ya abrimos! Ven a conocer nuestra nueva tienda",
            "business_voice",
        ),
    ] {
        assert!(
            found(text).items.iter().any(|e| e.kind() == kind),
            "{text}: {:?}",
            found(text)
        );
    }
}

/// A business speaking of itself in a post of its own is a brand in its own channel;
/// in a reply, or a company merely named, it is nothing to act on.
#[test]
fn a_business_voice_acts_in_a_post_of_its_own() {
    let menu = found("Our new fall menu drops Thursday: butternut gnocchi and braised short rib");
    assert!(menu.text_promotes(false), "{menu:?}");
    assert!(!menu.text_promotes(true), "{menu:?}");
    let named = found("Shares of Acme Inc fell after the earnings call");
    assert!(!named.text_promotes(false), "{named:?}");
}

/// Amounts written apart from their currency, as most of Europe and Brazil write them,
/// are prices; "it cost me 40 €" reports one.
#[test]
fn an_amount_apart_from_its_currency_is_a_price() {
    let priced = |text: &str| found(text).items.contains(&Evidence::Price);
    assert!(priced("Pacchetti da 99 € al mese"));
    assert!(priced("Por apenas R$ 49,90 no site"));
    assert!(priced("Nur 20 Euro heute"));
    assert!(priced("Ab € 15 pro Monat"));
    assert!(!priced("it cost me 40 € at the market"));
    assert!(!priced("We met 20 people there"));
}

/// "Our new" before a home, a pet or a child is a family's; before a menu, a business's.
#[test]
fn our_new_home_is_a_familys() {
    let voiced = |text: &str| {
        found(text)
            .items
            .iter()
            .any(|e| e.kind() == "business_voice")
    };
    assert!(!voiced("Meet our new puppy Biscuit!"));
    assert!(!voiced("we just moved into our new apartment downtown"));
    assert!(voiced("Our new fall menu drops Thursday"));
    assert!(voiced("Come see our new kitchen gadgets in store"));
}

/// Praise that fits any page, then talk of what the linked site is named for, is the
/// link's anchor text written out: the praise stays, and with the link it is placement.
/// Talk about the page beside a link, or a link to a source, keeps the praise out.
#[test]
fn talk_of_what_a_link_sells_is_not_talk_about_the_page() {
    for text in [
        "Merci pour cet article très complet. Pour ceux qui cherchent un serrurier à Lyon \
         disponible 24h/24 : serrurier-lyon-express.fr",
        "Excelente artículo, me ha servido mucho. Si necesitan préstamos rápidos sin aval, \
         visiten creditoya-rapido.com",
        "Ottimo articolo, complimenti! Per chi cerca un idraulico a Milano con pronto \
         intervento: idraulicomilanosubito.it",
        "Great article, thanks for sharing. Anyone who needs a plumber in Denver: \
         https://denverplumbingpros.com",
    ] {
        let found = found(text);
        assert!(found.placement(), "{text}: {:?}", found.items);
    }
    for text in [
        // Talk about the page, with a source.
        "Great article, thanks for sharing. The hydration numbers match what King Arthur \
         recommends for a stiff levain: https://www.kingarthurbaking.com/blog/levain",
        // The words name the site, but the site is a reference.
        "Very informative. The county's own figures on the library levy are here: \
         https://budget.lakecounty.gov/library-levy",
    ] {
        let found = found(text);
        assert!(!found.placement(), "{text}: {:?}", found.items);
    }
}

/// A brand's support desk and a shop's "available now, book now" in other languages are
/// known as their English are.
#[test]
fn a_support_desk_and_a_shops_offer_are_known_in_other_languages() {
    for text in [
        "@luz ¡Hola! Lamentamos las molestias. Escríbenos por DM y lo revisamos.",
        "@jonas Danke für den Hinweis! Wir kümmern uns darum.",
        "@marie Nous sommes désolés pour ce retard.",
        "@ana Pedimos desculpas pelo transtorno, nos envie uma DM.",
    ] {
        assert!(found(text).answers_customer(), "{text}");
    }
    for text in [
        "Galette des rois disponible jusqu'au 31 janvier, pensez à réserver !",
        "Pastiere appena sfornate. Prenotazioni aperte fino a sabato.",
        "Die neuen Räder sind ab sofort erhältlich.",
        "Havermelk van een boer uit Friesland, nu verkrijgbaar.",
    ] {
        assert!(
            described(text)
                .iter()
                .any(|e| e.starts_with("call to action")),
            "{text}"
        );
    }
}

/// "Call me on WhatsApp" in Brazil's words moves a reader to a private channel, and
/// "earn money" is an offer, as their English are.
#[test]
fn a_private_channel_in_brazils_words() {
    let d = described("Quem quiser ganhar dinheiro todo dia é só me chamar no zap");
    assert!(
        d.iter()
            .any(|e| e.starts_with("moves to a private channel")),
        "{d:?}"
    );
    assert!(d.iter().any(|e| e.starts_with("an offer")), "{d:?}");
}

/// An offer that names its terms is something to buy on in a post of its own, in the
/// ways languages write a sale; in a reply, or when it only names a kind of thing, it
/// is not.
#[test]
fn an_offer_with_its_terms_promotes_a_post_of_its_own() {
    for text in [
        "Switch to Skylane Fibre and get three months half price",
        "Höstrea! 30 % på alla regnjackor till och med söndag",
        "Winterschlussverkauf: 20 % auf alles im Laden",
        "Get 25 % off every jacket this weekend",
        "Free shipping on everything, this weekend only",
    ] {
        let offer = found(text);
        assert!(offer.text_promotes(false), "{text}: {offer:?}");
        assert!(!offer.text_promotes(true), "{text}: {offer:?}");
    }
    for text in [
        "cheap flights are gone for good",
        "my back pain is back and the discount pharmacy closed",
        "turnout was 30 % on the day",
    ] {
        assert!(!found(text).text_promotes(false), "{text}");
    }
}

/// A business announcing its hours, stock, launches and collaborations speaks as the
/// business: marketing in its own feed, nothing to act on in a reply.
#[test]
fn a_business_announcing_itself_speaks_as_the_business() {
    for text in [
        "New hours! From Monday, Ruedas Vivas Garage is also open Saturdays 9 to 2.",
        "Hazy Days IPA is back on tap Friday. 6.4%, mango.",
        "Collab alert: we teamed up with Hedgerow Farm on a strawberry sour.",
        "Nowość w menu! Pierogi z kaszanką tylko w październiku.",
    ] {
        let post = found(text);
        assert!(post.text_promotes(false), "{text}: {post:?}");
        assert!(!post.text_promotes(true), "{text}: {post:?}");
    }
    assert!(
        !found("Just launched my new running playlist, two hours of suffering")
            .text_promotes(false)
    );
}

/// A coin's pump names the coin and the multiple it will reach; a person asking about a
/// coin, or zooming a photo 10x, promises nothing.
#[test]
fn a_coin_promised_to_multiply_is_a_pump() {
    let pump = described("$NOVA is about to 50x, listing on 3 exchanges next week");
    assert!(pump.iter().any(|e| e.contains("multiply")), "{pump:?}");
    for text in [
        "did anyone actually make money on $NOVA or is it all hype",
        "zoomed in 10x on the photo and the ducks are decoys",
        "$ARNX broke 12.40 on 3x volume. First clean breakout since April",
    ] {
        assert!(
            !described(text).iter().any(|e| e.contains("multiply")),
            "{text}"
        );
    }
    let lure = described(
        "The game crashes because of a missing DLL. Download the fix here: fixpack-gamefiles.net",
    );
    assert!(
        lure.iter().any(|e| e.starts_with("call to action")),
        "{lure:?}"
    );
}

/// A vote asked for in the languages of Europe's and Asia's local lists is a political
/// ask, as "vote for" is.
#[test]
fn a_vote_asked_for_in_other_languages_is_a_political_ask() {
    for text in [
        "Zagłosuj na Annę Wiśniewską! Lista nr 4, miejsce 1.",
        "Rösta på Landsbygdslistan den 8 september!",
        "Stem op lijst 3 op 18 maart",
        "Pemilu sudah dekat, coblos nomor 2!",
    ] {
        assert!(
            found(text)
                .items
                .iter()
                .any(|e| e.kind() == "political_ask"),
            "{text}: {:?}",
            found(text)
        );
    }
}

/// The fixed-match tipster's promise is a scam's wording; the same words denied or
/// reported (a charity's warning, a recovering gambler's complaint) are not used.
#[test]
fn a_fixed_match_is_sold_by_a_scam_and_warned_of_by_people() {
    let selling =
        found("Our fixed games never lose. Sure odds, payment after win. DM for the slip");
    assert!(selling.deceptive(), "{:?}", selling.items);
    assert!(selling.moves_to_private(), "{:?}", selling.items);
    for warning in [
        "There are no fixed matches for sale, whatever the accounts say.",
        "every goal tweet has three accounts under it selling 'fixed matches'",
    ] {
        let f = found(warning);
        assert!(!f.deceptive(), "{warning}: {:?}", f.items);
    }
}

#[test]
fn an_essay_mills_name_is_a_business() {
    assert!(is_business_name("Best Assignment Help"));
    assert!(is_business_name("Homework Heroes UK"));
    assert!(!is_business_name("Amrita Sandhu"));
}

/// YouTube names commenters by their handle, "@" and all, often run together in
/// capitals: the words of the name are there all the same.
#[test]
fn a_handle_run_together_is_read_word_by_word() {
    assert!(is_business_name("@AutoGlassRepairPros"));
    assert!(is_business_name("@DailyDealsHub"));
    assert!(!is_business_name("@JohnSmith"));
    assert!(!is_business_name("@dana.drives"));
    // An address is still no name.
    assert!(!is_business_name("deals@shop.example"));
}

/// An account signing up with a crypto-investment scam's site as its website, and no
/// words at all: the site is named for the money it promises.
#[test]
fn a_crypto_yield_site_is_commercial_and_cryptography_is_not() {
    assert!(author::is_commercial("cryptoyieldnow.net"));
    assert!(author::is_commercial("cryptoyield-daily.io"));
    assert!(author::is_commercial("cryptoprofit-signals.com"));
    assert!(!author::is_commercial("cryptography.example.org"));
    assert!(!author::is_commercial("cryptozoology-notes.example"));
}

/// A handle that wears boots is a person's; the counterfeit shop names its wares.
#[test]
fn boots_alone_do_not_make_a_shop() {
    assert!(!is_business_name("boglehead_in_boots"));
    assert!(is_business_name("Cheap UGG Boots"));
    assert!(is_business_name("ugg boots outlet"));
}

/// The romance script greets a stranger as "dear" and asks to be friends; a friend's
/// "hi dear" thanks, and a letter's "Dear all" asks nothing of the kind.
#[test]
fn a_stranger_greeted_as_dear_and_asked_to_be_friends_is_the_romance_script() {
    let scripted = |text: &str| {
        found(text)
            .items
            .contains(&Evidence::Deceptive(SCAM_SHAPES[4]))
    };
    for text in [
        "Hi dear, I saw your comment and you seem like a kind person. Can we be friends? 🌹 I am new here",
        "Hello dear, your thread is very nice, I am love science too 🌹 I would like to be your friend, follow back so we can chat more in DM",
    ] {
        assert!(scripted(text), "{text}");
    }
    for text in [
        "Hi dear, thank you so much for the birthday wishes! See you Sunday",
        "Dear all, the club meeting moves to Thursday. Message me if you can't make it.",
    ] {
        assert!(!scripted(text), "{text}");
    }
}

/// A selling scheme's recruiting pitch offers an income.
#[test]
fn a_selling_schemes_recruiting_pitch_offers_an_income() {
    for (text, phrase) in [
        (
            "Love this for you!! I'm building a team of motivated women who work from their phones. Message me 💕",
            "building a team of",
        ),
        (
            "Hey hun 💕 DM me, I'd love to tell you about an opportunity that changed my life!",
            "opportunity that changed my life",
        ),
    ] {
        assert!(
            found(text).items.contains(&Evidence::Offer(phrase)),
            "{text}"
        );
    }
}

/// The verification-code scam under a lost pet ("I'll text you a 6 digit code, just send
/// it back") and the stranger's urgent fee by "any payment app" are a scam's wording;
/// a member warning the group about them is not.
#[test]
fn a_finders_verification_code_is_a_scam_and_a_warning_of_it_is_not() {
    for scam in [
        "Before I send pics I have to make sure you're the real owner. I'll text you a 6 digit code, just send it back to me.",
        "I need to verify you're the owner before I give her back, I'll send a code to your phone",
        "Just send me the 6 numbers that come to your phone and I'll send pictures right away",
        "They need a $250 deposit before surgery. Can you send it by any payment app? Please hurry",
    ] {
        let f = found(scam);
        assert!(f.deceptive(), "{scam}: {:?}", f.items);
    }
    for warning in [
        "PSA: nobody who found your dog needs a code. Never give anyone a 6 digit code from your phone.",
        "If someone asks for a code sent to your phone, it's the Google Voice scam. Block them.",
        "The microchip company will call you to confirm you're the owner, that one is real.",
    ] {
        let f = found(warning);
        assert!(!f.deceptive(), "{warning}: {:?}", f.items);
    }
}
