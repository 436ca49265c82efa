//! The seed-like blog thread (an essay on social media vs social marketing, people
//! discussing it, a store's generic praise, two consultancy pitches) written in every
//! export format that carries replies, Disqus's included, and judged by `discern thread`
//! from each file. A verdict must not depend on the format the thread came in: each file
//! holds the same posts, with what that platform records about them (a blog keeps the
//! commenter's website and e-mail, Disqus only the e-mail; a social platform keeps a
//! handle and a display name).

use std::path::Path;
use std::process::Command;

/// One post of the thread: its id, the id it answers, the author's display name and
/// handle, minutes after the essay, the text, and the website and e-mail a blog
/// comment form records.
struct Seed {
    id: &'static str,
    parent: Option<&'static str>,
    name: &'static str,
    handle: &'static str,
    minutes: i64,
    text: &'static str,
    website: Option<&'static str>,
    email: Option<&'static str>,
}

const SEED: &[Seed] = &[
    Seed {
        id: "1001",
        parent: None,
        name: "Anna Lindqvist",
        handle: "annalindqvist",
        minutes: 0,
        text: "Social media is not social marketing. Social media is what people make and share \
               to connect: posts, replies, photos, the argument under a video. Social marketing \
               uses that media to draw attention to a brand or a cause and turn it into loyalty \
               and sales, and it is measurable. When brands confuse the two they report likes \
               to the board, drop pitches into conversations where nobody asked, and wonder why \
               people stop trusting them.",
        website: None,
        email: None,
    },
    Seed {
        id: "1002",
        parent: Some("1001"),
        name: "Tom Becker",
        handle: "tombecker",
        minutes: 95,
        text: "This is the argument I keep losing at work. We report likes and follower counts \
               every month and nobody can say what they led to. Splitting the conversation \
               numbers from the campaign numbers would at least make the meeting honest.",
        website: None,
        email: Some("tom.becker@example.net"),
    },
    Seed {
        id: "1003",
        parent: Some("1001"),
        name: "Vacuum Cleaner Store",
        handle: "bestvacuumdeals",
        minutes: 180,
        text: "Great read. Really, tx.",
        website: Some("http://www.best-vacuum-cleaner-deals.example"),
        email: Some("sales@best-vacuum-cleaner-deals.example"),
    },
    Seed {
        id: "1004",
        parent: Some("1001"),
        name: "Rachel Owens",
        handle: "rachelowens",
        minutes: 240,
        text: "What drives me up the wall are the reply bots. I tweeted that my vacuum cleaner \
               had died and within a minute three accounts had answered me with links to their \
               vacuum deals. Nobody asked them! It is not social and it is not marketing \
               either, it is noise with a logo on it, and I now actively avoid every one of \
               those brands. Whoever sets those bots up should read this post twice.",
        website: None,
        email: Some("rachel.owens@example.org"),
    },
    Seed {
        id: "1005",
        parent: Some("1001"),
        name: "Janet Fouts",
        handle: "janetfouts",
        minutes: 300,
        text: "If you're looking for help on how to get started with social marketing, I \
               recommend visiting http:// http://www.foutsventures.com Social Marketing Hope \
               this helps",
        website: Some("http://www.foutsventures.com"),
        email: Some("janet@foutsventures.com"),
    },
    Seed {
        id: "1006",
        parent: Some("1004"),
        name: "Mike Sato",
        handle: "mikesato",
        minutes: 320,
        text: "Rachel, same here. The worst part is when the bot gets the product wrong and \
               answers a joke about a dead vacuum with a discount code.",
        website: None,
        email: None,
    },
    Seed {
        id: "1007",
        parent: Some("1001"),
        name: "Fouts Ventures",
        handle: "foutsventures",
        minutes: 400,
        text: "Social marketing is not a fad, it's a way of doing business. Fouts Ventures LLC \
               is one guide that lets you in on the secrets of social marketing and how to make \
               it work for your business.",
        website: Some("http://www.foutsventures.com"),
        email: None,
    },
    Seed {
        id: "1008",
        parent: Some("1002"),
        name: "Anna Lindqvist",
        handle: "annalindqvist",
        minutes: 420,
        text: "Tom, start by agreeing with your team what each campaign is for before it \
               starts. Then the likes can stay in the community report, where they belong.",
        website: None,
        email: None,
    },
];

/// A second blog thread, on another subject: an allotment holder's post on no-dig
/// gardening; readers asking, disagreeing, thanking and citing a source; a landscaper's
/// pitch in customer-service words with a phone number printed in groups; and a link
/// drop with a discount code.
const GARDEN: &[Seed] = &[
    Seed {
        id: "2001",
        parent: None,
        name: "Helen Marsh",
        handle: "muddybootshelen",
        minutes: 0,
        text: "Three years ago I stopped digging my allotment. I mulch with compost every \
               autumn, leave the worms to do the work, and my weeding time has halved. The \
               potatoes were smaller the first year, but the soil now is unrecognisable.",
        website: None,
        email: None,
    },
    Seed {
        id: "2002",
        parent: Some("2001"),
        name: "Dave Pritchard",
        handle: "davep",
        minutes: 130,
        text: "I tried no-dig on heavy clay and honestly it didn't work for me the first two \
               years. The compost just sat on top and the slugs loved it. Did you do anything \
               different on clay?",
        website: None,
        email: Some("dave.p@example.net"),
    },
    Seed {
        id: "2003",
        parent: Some("2001"),
        name: "Priya Kaur",
        handle: "priyagrows",
        minutes: 300,
        text: "Charles Dowding compared dug and undug beds side by side for years, worth \
               reading: https://charlesdowding.co.uk/no-dig-experiment/ The undug bed \
               yielded slightly more most years.",
        website: Some("https://priyagrowsthings.example.org"),
        email: Some("priya@example.org"),
    },
    Seed {
        id: "2004",
        parent: Some("2001"),
        name: "Mark Stevens",
        handle: "markstevens",
        minutes: 420,
        text: "Soil health is so important for any garden. If anyone in Yorkshire needs help \
               setting up raised beds or no-dig borders, our team at Leeds Landscaping offers \
               free consultations and competitive quotes. Call 0113 496 0123 today!",
        website: Some("https://landscapingleeds.example"),
        email: Some("mark@landscapingleeds.example"),
    },
    Seed {
        id: "2005",
        parent: Some("2001"),
        name: "Tom Hale",
        handle: "tomhale61",
        minutes: 500,
        text: "I'm not convinced. My grandad dug every winter for fifty years and grew the \
               best leeks in the village. No-dig suits people with endless compost, which \
               most of us on allotments don't have. Where do you get enough of it?",
        website: None,
        email: None,
    },
    Seed {
        id: "2006",
        parent: Some("2005"),
        name: "Kelly",
        handle: "kelly88",
        minutes: 530,
        text: "Compost is expensive, I get all mine from https://bestcompostdeals.example/discount \
               they have 20% off this week with code SPRING20, highly recommend!!",
        website: None,
        email: None,
    },
    Seed {
        id: "2007",
        parent: Some("2005"),
        name: "Jo Whitley",
        handle: "jowhitley",
        minutes: 560,
        text: "Tom, the council gives away free green-waste compost at the tip every spring, \
               that's where most of ours comes from. Worth ringing them.",
        website: None,
        email: None,
    },
    Seed {
        id: "2008",
        parent: Some("2001"),
        name: "Sarah J",
        handle: "sarahj",
        minutes: 600,
        text: "Thank you Helen, this is exactly what I needed before I start on my new plot \
               next month. Lovely photos of the beds too!",
        website: None,
        email: None,
    },
];

const GARDEN_THREAD: Thread = Thread {
    title: "Why I stopped digging my beds",
    posts: GARDEN,
    people: &[
        "I tried no-dig",
        "Charles Dowding",
        "I'm not convinced",
        "Tom, the council",
        "Thank you Helen",
    ],
    pitches: &["Soil health is so important", "Compost is expensive"],
};

/// A thread to write in every format: its title, its posts (the first is the article),
/// and the texts (by their start) that must come out social and spam.
struct Thread {
    title: &'static str,
    posts: &'static [Seed],
    people: &'static [&'static str],
    pitches: &'static [&'static str],
}

const SEED_THREAD: Thread = Thread {
    title: "Social media is not social marketing",
    posts: SEED,
    people: &[
        "This is the argument",
        "What drives me",
        "Rachel, same",
        "Tom, start",
    ],
    pitches: &[
        "Great read",
        "If you're looking",
        "Social marketing is not a fad",
    ],
};

fn time(minutes: i64) -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone;
    chrono::Utc.with_ymd_and_hms(2024, 3, 1, 9, 0, 0).unwrap() + chrono::Duration::minutes(minutes)
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn json(value: serde_json::Value) -> String {
    serde_json::to_string(&value).unwrap()
}

/// A WordPress export: the essay as an item, each reply a `wp:comment` with the
/// commenter's website and e-mail.
fn wxr(t: &Thread) -> String {
    let essay = &t.posts[0];
    let mut comments = String::new();
    for s in &t.posts[1..] {
        comments.push_str(&format!(
            "<wp:comment><wp:comment_id>{}</wp:comment_id>\
             <wp:comment_author><![CDATA[{}]]></wp:comment_author>\
             <wp:comment_author_email><![CDATA[{}]]></wp:comment_author_email>\
             <wp:comment_author_url>{}</wp:comment_author_url>\
             <wp:comment_author_IP><![CDATA[192.0.2.7]]></wp:comment_author_IP>\
             <wp:comment_date_gmt><![CDATA[{}]]></wp:comment_date_gmt>\
             <wp:comment_content><![CDATA[{}]]></wp:comment_content>\
             <wp:comment_approved><![CDATA[1]]></wp:comment_approved>\
             <wp:comment_type><![CDATA[comment]]></wp:comment_type>\
             <wp:comment_parent>{}</wp:comment_parent></wp:comment>\n",
            s.id,
            s.name,
            s.email.unwrap_or(""),
            s.website.unwrap_or(""),
            time(s.minutes).format("%Y-%m-%d %H:%M:%S"),
            s.text,
            match s.parent {
                Some(p) if p != essay.id => p,
                _ => "0",
            },
        ));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<rss version=\"2.0\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel><title>Notes</title>\
         <link>https://notes.example</link><wp:wxr_version>1.2</wp:wxr_version>\n\
         <item><title>{}</title>\
         <link>https://notes.example/2024/03/social-media/</link>\
         <dc:creator><![CDATA[anna]]></dc:creator>\
         <content:encoded><![CDATA[<p>{}</p>]]></content:encoded>\
         <wp:post_id>{}</wp:post_id><wp:post_date_gmt>{}</wp:post_date_gmt>\
         <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>\n{}</item>\
         </channel></rss>\n",
        xml_escape(t.title),
        xml_escape(essay.text),
        essay.id,
        time(0).format("%Y-%m-%d %H:%M:%S"),
        comments
    )
}

/// Old-style X archive tweets, which name their author (`user.screen_name`).
fn twitter(t: &Thread) -> String {
    let tweets: Vec<serde_json::Value> = t
        .posts
        .iter()
        .map(|s| {
            let parent = t.posts.iter().find(|p| Some(p.id) == s.parent);
            serde_json::json!({"tweet": {
                "id_str": s.id,
                "full_text": match parent {
                    Some(p) => format!("@{} {}", p.handle, s.text),
                    None => s.text.to_string(),
                },
                "created_at": time(s.minutes).format("%a %b %d %H:%M:%S +0000 %Y").to_string(),
                "in_reply_to_status_id_str": s.parent,
                "in_reply_to_screen_name": parent.map(|p| p.handle),
                "user": {"screen_name": s.handle, "name": s.name},
                "entities": {"urls": [], "user_mentions": []},
                "lang": "en",
            }})
        })
        .collect();
    format!(
        "window.YTD.tweets.part0 = {}",
        serde_json::to_string_pretty(&tweets).unwrap()
    )
}

fn mastodon_id(s: &Seed) -> String {
    format!(
        "https://social.example/users/{}/statuses/{}",
        s.handle, s.id
    )
}

/// A Mastodon outbox with every post of the thread, replies by `inReplyTo`.
fn mastodon(t: &Thread) -> String {
    let items: Vec<serde_json::Value> = t.posts
        .iter()
        .map(|s| {
            let actor = format!("https://social.example/users/{}", s.handle);
            let published = time(s.minutes).to_rfc3339();
            serde_json::json!({
                "id": format!("{}/activity", mastodon_id(s)),
                "type": "Create",
                "actor": actor,
                "published": published,
                "object": {
                    "id": mastodon_id(s),
                    "type": "Note",
                    "inReplyTo": s.parent.and_then(|p| t.posts.iter().find(|x| x.id == p)).map(mastodon_id),
                    "published": published,
                    "attributedTo": actor,
                    "content": format!("<p>{}</p>", xml_escape(s.text)),
                }
            })
        })
        .collect();
    json(serde_json::json!({
        "@context": "https://www.w3.org/ns/activitystreams",
        "type": "OrderedCollection",
        "totalItems": items.len(),
        "orderedItems": items,
    }))
}

fn bluesky_uri(s: &Seed) -> String {
    format!("at://did:plc:{}/app.bsky.feed.post/{}", s.handle, s.id)
}

/// Bluesky Jetstream events, replies by `reply.parent` and `reply.root`.
fn bluesky(t: &Thread) -> String {
    let root = &t.posts[0];
    t.posts
        .iter()
        .map(|s| {
            let mut record = serde_json::json!({
                "$type": "app.bsky.feed.post",
                "createdAt": time(s.minutes).to_rfc3339(),
                "langs": ["en"],
                "text": s.text,
            });
            if let Some(parent) = s.parent.and_then(|p| t.posts.iter().find(|x| x.id == p)) {
                record["reply"] = serde_json::json!({
                    "parent": {"uri": bluesky_uri(parent), "cid": format!("cid{}", parent.id)},
                    "root": {"uri": bluesky_uri(root), "cid": format!("cid{}", root.id)},
                });
            }
            json(serde_json::json!({
                "did": format!("did:plc:{}", s.handle),
                "time_us": time(s.minutes).timestamp_micros(),
                "kind": "commit",
                "commit": {
                    "rev": format!("rev{}", s.id),
                    "operation": "create",
                    "collection": "app.bsky.feed.post",
                    "rkey": s.id,
                    "record": record,
                    "cid": format!("cid{}", s.id),
                }
            })) + "\n"
        })
        .collect()
}

/// Reddit: the essay as a self post, replies as comments (`t3_`/`t1_` parents).
fn reddit(t: &Thread) -> String {
    let root = &t.posts[0];
    t.posts.iter()
        .map(|s| {
            let created = time(s.minutes).timestamp();
            let value = match s.parent {
                None => serde_json::json!({
                    "id": s.id, "name": format!("t3_{}", s.id),
                    "title": t.title, "selftext": s.text,
                    "author": s.handle, "created_utc": created, "subreddit": "socialmedia",
                    "is_self": true,
                }),
                Some(parent) => serde_json::json!({
                    "id": s.id, "body": s.text, "author": s.handle, "created_utc": created,
                    "parent_id": if parent == root.id { format!("t3_{parent}") } else { format!("t1_{parent}") },
                    "link_id": format!("t3_{}", root.id), "subreddit": "socialmedia",
                }),
            };
            json(value) + "\n"
        })
        .collect()
}

/// An Atom feed of the post and its comments, replies by RFC 4685 `thr:in-reply-to`
/// (as blog engines publish comment feeds with threading).
fn atom(t: &Thread) -> String {
    let mut entries = String::new();
    for s in t.posts {
        let title = if s.parent.is_none() {
            &format!("<title>{}</title>", xml_escape(t.title))
        } else {
            ""
        };
        let reply = s.parent.map_or(String::new(), |p| {
            format!("<thr:in-reply-to ref=\"urn:seed:{p}\"/>")
        });
        entries.push_str(&format!(
            "<entry>{title}<id>urn:seed:{}</id><published>{}</published>\
             <author><name>{}</name></author>{reply}\
             <content type=\"text\">{}</content></entry>\n",
            s.id,
            time(s.minutes).to_rfc3339(),
            xml_escape(s.name),
            xml_escape(s.text),
        ));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" \
         xmlns:thr=\"http://purl.org/syndication/thread/1.0\"><title>Notes</title>\
         <id>urn:seed:feed</id><updated>{}</updated>\n{entries}</feed>\n",
        time(420).to_rfc3339()
    )
}

/// discern's own JSONL, with everything a blog comment carries.
fn jsonl(t: &Thread) -> String {
    t.posts
        .iter()
        .map(|s| {
            let mut value = serde_json::json!({
                "id": s.id,
                "text": s.text,
                "author": s.name,
                "created_at": time(s.minutes).to_rfc3339(),
                "platform": "wordpress",
            });
            if let Some(parent) = s.parent {
                value["parent_id"] = parent.into();
                value["thread_id"] = t.posts[0].id.into();
                value["kind"] = "reply".into();
            }
            if let Some(website) = s.website {
                value["author_url"] = website.into();
            }
            if let Some(email) = s.email {
                value["author_email"] = email.into();
            }
            json(value) + "\n"
        })
        .collect()
}

/// A Disqus export: the essay as the `<thread>` (its title and message), each reply a
/// `<post>` naming its thread and, when it answers a comment, its parent. Disqus keeps
/// the commenter's e-mail and username, not their website.
fn disqus(t: &Thread) -> String {
    let essay = &t.posts[0];
    let mut posts = String::new();
    for s in &t.posts[1..] {
        let parent = match s.parent {
            Some(p) if p != essay.id => format!("<parent dsq:id=\"{p}\" />"),
            _ => String::new(),
        };
        let email = s
            .email
            .map_or(String::new(), |email| format!("<email>{email}</email>"));
        posts.push_str(&format!(
            "<post dsq:id=\"{}\"><id /><message><![CDATA[<p>{}</p>]]></message>\
             <createdAt>{}</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam>\
             <author>{email}<name>{}</name><isAnonymous>false</isAnonymous>\
             <username>{}</username></author><ipAddress>192.0.2.7</ipAddress>\
             <thread dsq:id=\"{}\" />{parent}</post>\n",
            s.id,
            xml_escape(s.text),
            time(s.minutes).format("%Y-%m-%dT%H:%M:%SZ"),
            xml_escape(s.name),
            s.handle,
            essay.id,
        ));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<disqus xmlns=\"http://disqus.com\" \
         xmlns:dsq=\"http://disqus.com/disqus-internals\">\n\
         <category dsq:id=\"1\"><forum>notes</forum><title>General</title></category>\n\
         <thread dsq:id=\"{}\"><id>social-media</id><forum>notes</forum>\
         <category dsq:id=\"1\" /><link>https://notes.example/2024/03/social-media/</link>\
         <title>{}</title>\
         <message><![CDATA[<p>{}</p>]]></message><createdAt>{}</createdAt>\
         <author><name>{}</name><isAnonymous>false</isAnonymous><username>{}</username></author>\
         <isClosed>false</isClosed><isDeleted>false</isDeleted></thread>\n{posts}</disqus>\n",
        essay.id,
        xml_escape(t.title),
        xml_escape(essay.text),
        time(0).format("%Y-%m-%dT%H:%M:%SZ"),
        essay.name,
        essay.handle,
    )
}

/// Judges the file as `discern thread` does and returns (text, label, first signal).
fn judge(name: &str, contents: &str) -> Vec<(String, String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, contents).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_discern"))
        .args(["thread", "--view", "json"])
        .arg(&path)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .output()
        .expect("discern runs");
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut judged = Vec::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let thread: serde_json::Value = serde_json::from_str(line).unwrap();
        for post in thread["posts"].as_array().unwrap() {
            let verdict = &post["verdict"];
            judged.push((
                post["text"].as_str().unwrap_or_default().to_string(),
                verdict["label"].as_str().unwrap().to_string(),
                verdict["signals"][0]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            ));
        }
    }
    judged
}

fn check(t: &Thread, name: &str, contents: &str) {
    let judged = judge(name, contents);
    let mut wrong = Vec::new();
    for (starts, want) in t
        .people
        .iter()
        .map(|s| (s, "social"))
        .chain(t.pitches.iter().map(|s| (s, "spam")))
    {
        // Replies on social platforms start with the handle they answer.
        let found = judged.iter().find(|(text, _, _)| {
            text.split_whitespace()
                .skip_while(|w| w.starts_with('@'))
                .collect::<Vec<_>>()
                .join(" ")
                .starts_with(starts)
        });
        match found {
            None => wrong.push(format!("{starts:?}: not in the output")),
            Some((_, label, why)) if label != want => {
                wrong.push(format!("{starts:?}: {label}, want {want} ({why})"))
            }
            _ => {}
        }
    }
    assert!(
        wrong.is_empty(),
        "{name}: {} of {} wrong:\n{}",
        wrong.len(),
        t.people.len() + t.pitches.len(),
        wrong.join("\n")
    );
}

#[test]
fn the_seed_thread_from_a_wordpress_export() {
    check(&SEED_THREAD, "export.xml", &wxr(&SEED_THREAD));
}

#[test]
fn the_seed_thread_as_discern_jsonl() {
    check(&SEED_THREAD, "thread.jsonl", &jsonl(&SEED_THREAD));
}

#[test]
fn the_seed_thread_from_an_x_archive() {
    check(&SEED_THREAD, "tweets.js", &twitter(&SEED_THREAD));
}

#[test]
fn the_seed_thread_from_a_mastodon_outbox() {
    check(&SEED_THREAD, "outbox.json", &mastodon(&SEED_THREAD));
}

#[test]
fn the_seed_thread_from_bluesky_jetstream() {
    check(&SEED_THREAD, "jetstream.jsonl", &bluesky(&SEED_THREAD));
}

#[test]
fn the_seed_thread_from_reddit() {
    check(&SEED_THREAD, "reddit.ndjson", &reddit(&SEED_THREAD));
}

#[test]
fn the_seed_thread_from_an_atom_comment_feed() {
    check(&SEED_THREAD, "comments.atom", &atom(&SEED_THREAD));
}

#[test]
fn the_seed_thread_from_a_disqus_export() {
    check(&SEED_THREAD, "disqus-export.xml", &disqus(&SEED_THREAD));
}

#[test]
fn a_second_thread_from_every_format() {
    for (name, contents) in [
        ("export.xml", wxr(&GARDEN_THREAD)),
        ("thread.jsonl", jsonl(&GARDEN_THREAD)),
        ("tweets.js", twitter(&GARDEN_THREAD)),
        ("outbox.json", mastodon(&GARDEN_THREAD)),
        ("jetstream.jsonl", bluesky(&GARDEN_THREAD)),
        ("reddit.ndjson", reddit(&GARDEN_THREAD)),
        ("comments.atom", atom(&GARDEN_THREAD)),
        ("disqus-export.xml", disqus(&GARDEN_THREAD)),
    ] {
        check(&GARDEN_THREAD, name, &contents);
    }
}
