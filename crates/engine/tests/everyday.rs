//! Short everyday texts judged alone by the shipped model, as `discern classify` does,
//! with the label a person would give them (issue "Learn what a text is for"). None of
//! these texts is in the training data. Each verdict's first reason must name evidence
//! a moderator would point to (or say there is none to act on), never a shape term.

use discern_engine::{Classifier, default_model};
use discern_posts::Post;

const CASES: &[(&str, &str)] = &[
    // People: posts, questions, opinions, disagreements, thanks.
    ("social", "lovely photo of your dog"),
    (
        "social",
        "Just finished my first half marathon, legs are jelly but I'm so happy",
    ),
    (
        "social",
        "Does anyone know if the library is open on bank holidays?",
    ),
    (
        "social",
        "I disagree with the author's point about index funds. Fees matter, but so does tracking error, and the piece glosses over it.",
    ),
    (
        "social",
        "In this essay I want to argue that the distinction between content and promotion matters more than most people think.",
    ),
    (
        "social",
        "Thanks so much for helping me move on Saturday, I owe you a pizza",
    ),
    (
        "social",
        "Honestly the new season is worse than the first one, the writing fell apart",
    ),
    (
        "social",
        "My grandmother's recipe uses twice the butter and no regrets",
    ),
    (
        "social",
        "Happy birthday to my amazing mom, 70 years young today!",
    ),
    (
        "social",
        "Anyone else stuck on the M25 right now? Nothing has moved for 20 minutes",
    ),
    ("social", "Happy birthday mum, love you loads"),
    (
        "social",
        "I tried the new ramen place on Fifth last night. Broth was great, noodles a bit soft.",
    ),
    ("social", "Can't believe it's snowing in April again"),
    ("social", "That goal in the 89th minute though!!"),
    (
        "social",
        "Good luck with the exam tomorrow, you've got this",
    ),
    ("social", "Our daughter took her first steps today"),
    // Brands: offers, announcements, customer service.
    (
        "marketing",
        "Spring sale: 30% off all running shoes this weekend only. Shop now at https://stridegear.example",
    ),
    (
        "marketing",
        "Introducing our new oat milk latte, available in all stores from Monday.",
    ),
    (
        "marketing",
        "Free shipping on every order over $50. Use code SPRING at checkout.",
    ),
    (
        "marketing",
        "@jane_doe We're sorry to hear that! Please DM us your booking reference and we'll sort it out.",
    ),
    (
        "marketing",
        "Join our webinar on Thursday to learn how small teams can cut cloud costs. Register: https://cloudco.example/webinar",
    ),
    (
        "marketing",
        "Our new app update is live: faster checkout and dark mode. Download it today.",
    ),
    (
        "marketing",
        "Book your table for Mother's Day now, set menu £35 per person.",
    ),
    // Causes: political ads, charity asks.
    (
        "marketing",
        "Please vote for Jane Smith on November 3rd. Paid for by Friends of Jane Smith.",
    ),
    (
        "marketing",
        "Every $10 feeds a family for a day. Donate now to our winter appeal: https://foodbank.example/give",
    ),
    (
        "marketing",
        "Sign the petition to protect our local park from development. Add your name today.",
    ),
    (
        "marketing",
        "Chip in $5 before midnight to help us reach our fundraising goal.",
    ),
    // Influencer and affiliate posts, disclosed.
    (
        "marketing",
        "Loving my new skincare routine from @glowlab #ad use my code GLOW15 for 15% off",
    ),
    (
        "marketing",
        "This blender changed my mornings. Get yours with my affiliate link: https://amzn.to/3xYz",
    ),
    // Spam: link drops, scams, "sub to me", prize texts.
    (
        "spam",
        "Check out my channel for more videos like this!!! subscribe please",
    ),
    ("spam", "sub to me and I'll sub back"),
    (
        "spam",
        "I made $5,000 in one week thanks to @cryptoqueen, DM her to start investing today",
    ),
    (
        "spam",
        "Congratulations! You have won a $1000 Walmart gift card. Click here to claim: http://bit.ly/claim-now",
    ),
    (
        "spam",
        "buy viagra online cheap no prescription http://pharma.example",
    ),
    (
        "spam",
        "cheap ugg boots outlet sale http://ugg-outlet.example",
    ),
    (
        "spam",
        "URGENT! Your account has been suspended. Verify now at http://secure-login.example to avoid closure.",
    ),
    (
        "spam",
        "Work from home and earn $500 a day, no experience needed, message me on WhatsApp",
    ),
    (
        "spam",
        "FREE entry to win a brand new iPhone! Text WIN to 80086 now",
    ),
    (
        "spam",
        "Send 0.1 BTC and receive 0.2 BTC back, limited giveaway by Elon!",
    ),
    (
        "spam",
        "Hot singles in your area are waiting, click the link in my bio",
    ),
    (
        "spam",
        "Get 10,000 Instagram followers cheap, fast delivery, best price guaranteed http://followers.example",
    ),
];

#[test]
fn everyday_texts_get_the_label_a_person_gives_them() {
    let mut classifier = Classifier::new(default_model());
    let mut wrong = Vec::new();
    for (i, (expected, text)) in CASES.iter().enumerate() {
        let verdict = classifier.classify(&Post::new(i.to_string(), *text));
        let first = verdict.signals.first().cloned().unwrap_or_default();
        assert!(
            first.starts_with("judged: "),
            "{text}: the first reason is not the judgement: {first}"
        );
        for shape in ["length ", "capital letters", "no links", "links (+"] {
            assert!(!first.contains(shape), "{text}: shape term first: {first}");
        }
        if verdict.label != *expected {
            wrong.push(format!(
                "{expected} → {} ({:?}) {text}\n      {first}",
                verdict.label, verdict.scores
            ));
        }
    }
    eprintln!("{} of {} wrong", wrong.len(), CASES.len());
    for w in &wrong {
        eprintln!("  {w}");
    }
    // Measured: 1 of 41 wrong ("Our daughter took her first steps today" reads as a
    // brand's "our" to the text model; BENCHMARKS.md, "Everyday texts"). A second miss
    // fails the test.
    assert!(
        wrong.len() <= 1,
        "{} of {} everyday texts mislabelled:\n{}",
        wrong.len(),
        CASES.len(),
        wrong.join("\n")
    );
}

/// Replies whose thread is not in the input (a brand's answers exported without the
/// customers' tweets, a comment sent alone), judged as `discern classify` judges them:
/// in someone else's space, relevance unknown. A business answering a customer was
/// asked to; a link dropped under praise, or a comment-spam kit's sentence with the
/// commenter's website, was not.
const LONE_REPLIES: &[(&str, &str, Option<&str>)] = &[
    (
        "marketing",
        "@jane_doe We're sorry to hear that! Please DM us your booking reference and we'll look into it.",
        None,
    ),
    (
        "marketing",
        "@mike_r Hi Mike, that doesn't sound right. Can you send us a DM with your account email so we can take a closer look?",
        None,
    ),
    (
        "marketing",
        "@user Is your router up and working? ^JAY",
        None,
    ),
    (
        "marketing",
        "@sam Please follow the steps in this article: https://support.example.com/kb/1234",
        None,
    ),
    ("social", "@bob thanks man, see you saturday", None),
    (
        "social",
        "I disagree. The study you cite only looked at 40 people, far too few to conclude anything.",
        None,
    ),
    (
        "social",
        "So sorry to hear about your dad. Thinking of you all.",
        None,
    ),
    (
        "spam",
        "Wow, this is really a great article. I have bookmarked it. Please visit my website too: https://bestcasino-online.win",
        None,
    ),
    (
        "spam",
        "I have been surfing online more than 3 hours today, yet I never found any interesting article like yours.",
        Some("http://cheap-jerseys-outlet.example"),
    ),
    (
        "spam",
        "Make $5000 a week working from home!!! Click here http://bit.ly/3xyzq to find out how",
        None,
    ),
    // A business's own content placed under a post ("we wrote", "our guide"), and
    // praise signed with a business's name after a dash.
    (
        "spam",
        "Pruning in late winter is right. We wrote a full guide to fruit tree pruning here: orchardpros.example/blog/pruning",
        None,
    ),
    (
        "spam",
        "Such a useful post, thanks for sharing! - Dana, Lakeside Carpet Cleaning Services",
        None,
    ),
    (
        "social",
        "We tried this with our kids last summer - Dana, you were right about the sunscreen",
        None,
    ),
    // The romance scam's opener without a chat app, and its recovery scam.
    (
        "spam",
        "Hello dear, I am a widower and a civil engineer working offshore. Would you like to be friends?",
        None,
    ),
    (
        "spam",
        "If anyone lost crypto to a fake exchange, a recovery expert got mine back, contact fundsback_pro on Instagram",
        None,
    ),
];

#[test]
fn lone_replies_are_judged_where_they_landed() {
    let mut classifier = Classifier::new(default_model());
    let mut wrong = Vec::new();
    for (i, (expected, text, author_url)) in LONE_REPLIES.iter().enumerate() {
        let mut post = Post::new(i.to_string(), *text);
        post.kind = discern_posts::PostKind::Reply;
        if let Some(url) = author_url {
            post.extra.push((
                "author_url".into(),
                serde_json::value::to_raw_value(url).unwrap(),
            ));
        }
        let mut verdict = classifier.classify(&post);
        discern_engine::Conversation::default().judge(&post, &mut verdict);
        if verdict.label != *expected {
            wrong.push(format!(
                "{expected} → {} {text}\n      {:?}",
                verdict.label,
                verdict.signals.first()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
