//! The comment-spam kits' sentences, and the scan that finds them in a post's words.

use crate::evidence::word_runs::WordRuns;

/// Sentences of the comment-spam kits: the spun templates that fill blogs' spam queues
/// (the 2013 "spintax" kit and its descendants), each reduced to a run of words every
/// spin keeps. They fit any page whatever their length.
const TEMPLATES: &[&str] = &[
    "been to this blog before",
    "bookmarking and checking back",
    "i will bookmark your",
    "i have been surfing online",
    "i've been surfing online",
    "been browsing online more than",
    "you made some decent points",
    "give a huge thumbs up",
    "coming back to your blog",
    "this piece of writing",
    "this post couldn't be written any better",
    "reminds me of my previous room mate",
    "impressed with your writing skills",
    "layout on your blog",
    "just wanted to give you a quick heads up",
    "my comment didn't appear",
    "need some help from an established blog",
    "do you mind if i quote",
    "which blog platform you're",
    "changing the page layout of your blog",
    "i stumbled upon your",
    "stumbled upon your blog",
    "stumbled upon your website",
    "surfing around your blog",
    "browsing your blog posts",
    "like you read my mind",
    "like you wrote the book",
    "would like to apprentice",
    "captcha plugin for my comment form",
    "for the first time here",
    "what blog system",
    "decided to browse your",
    "auspicious",
    "undeniably believe that which you stated",
    "seems like your site ate my first comment",
    "this is my first time i visit",
    "have got much clear idea",
    "fastidious",
    "your weblog",
    "from an established blog",
    "off topic but i",
    "running off the screen",
    "which web host",
    "what web host",
    "webhost you're using",
    "quote a couple of your posts",
    "provide credit and sources back",
    "more than just your articles",
    "relied on the video to make your point",
    "i'm really enjoying the design",
    "wrote an extremely long comment",
    "wrote an really long comment",
    "wrote an incredibly long comment",
    "not writing all that over again",
    "found your website via google",
    "found your blog via google",
    "discovered your blog",
    "discovered your website",
    "your web site came up",
    "searching for a related topic",
    "in my google bookmarks",
    "thanks for finally writing about",
    "share this with my facebook group",
    "my myspace group",
    "is this a paid theme",
    "did you hire out a designer",
    "keep up the excellent quality writing",
    "rare to see a nice blog like this",
    "a collection of volunteers",
    "i stumbledupon it",
    "may come back yet again",
    "money and freedom is the greatest way to change",
    // More of the same kit's sentences, each checked against every labelled text first
    // (none holds one): how a spun comment pretends to have read the page.
    "did you create this website yourself",
    "looking to construct my own blog",
    "my younger sister is analyzing",
    "analyzing these kinds of things",
    "joined your rss feed",
    "you are a very skilled blogger",
    "ate my first comment",
    "thoroughly enjoying your blog",
    "how can i subscribe for a blog",
    "helped me a acceptable deal",
    "i wish to apprentice",
    "shared your web site in my social networks",
    "shared your website in my social networks",
    "look forward to seeking more of your",
    "search to read the quality content",
    "finally i found this in you post",
    "know how to keep a reader entertained",
    "between your wit and your videos",
    "not sure where you are getting your info",
    "spend some time learning more or understanding more",
    "looking for this info for my mission",
    "loaded your blog in 3 completely different",
    "loads a lot quicker then most",
    "my spouse and i stumbled over here",
    "stumbled over here from a different",
    "first pay a quick visit",
    // More of the kits' sentences as they reach blogs' spam queues, each checked
    // against every labelled text first (none holds one).
    "plugins to help with seo",
    "rank for some targeted keywords",
    "your style is unique compared to",
    "guess i'll just bookmark",
    "keep sharing such",
    "glad to came here",
    "give a quick shout out",
    "loading extremely slow for me",
    "your website loads up fast",
    "your site loads up very fast",
    "how to get listed in yahoo news",
    "in accession capital",
    "link exchange is nothing else",
    "since i am genuinely eager",
    "quality posts is the key",
    "i like to write a little comment",
    "i blog frequently and i really",
    "waiting for your next write ups",
    "your article is as astonishing",
    "test the spelling on quite a few",
    "very trouble free to find out",
    "asking questions are really nice",
    "what you guys are usually up too",
    "i every time spent my half",
    "thanks for one's marvelous",
    "attractive section of content",
    "pretty section of content",
    "excellent goods from you",
    "magnificent goods from you",
    "recommended i might like this",
    "killing my time here at web",
    "i am regular visitor",
    "recommended this website by my cousin",
    "seem so easy with your presentation",
    "pay a visit this",
    "looking for a article writer",
    "one of the most vital info",
    "very nice colors theme",
    "looks just like my old one",
    "worth bookmarking for revisiting",
    "i've learn several good",
    "also am a blogger",
    "ever thought about including a little bit more",
    "give something back and help others",
    "the contents present at this",
    "wishes expert view",
    "pretty section of content",
    "i'll be subscribing to your feed",
    "quality articles or reviews is the key",
    "appreciating the time and energy you put into your",
    "if all web owners and bloggers",
    "asking questions are really",
    "my brother recommended i might like this",
    "you can not imagine just how much time",
    "is getting more from this web site",
    "not sure where you're getting your info",
    "spend some time learning much more",
    "looking for this information for my mission",
    "browser compatibility issues",
    "what i was exploring for",
    "thanks admin",
    // More of the kits' sentences, as comment spam has sent them for years.
    "issue with your web site in internet explorer",
    "still is the market leader",
    "how long have you been blogging",
    "make blogging look easy",
    "trouble with hackers",
    "learn something new and challenging",
    "i stumbleupon every day",
    "keep in touch extra approximately",
    "referring to this article",
    "i every time spent",
    "pay a quick visit",
    "this blog is loading",
    "looks just like my old one",
    "images on this blog",
    "spam problem on this",
    "while browsing on yahoo",
    "recommended this website by my",
    "hi there to every",
    "has all of the information i needed",
    "right blog for anyone who wants",
    "present here at this",
    // More of the kit's sentences ("Hey there! Do you use Twitter? I'd like to follow
    // you if that would be okay"; "I am regular reader, how are you everybody?"; "I
    // definitely loved every little bit of it"; "Its such as you learn my mind!"), the
    // comment that begs to be let through ("Sir please approve my comment"), and the
    // SEO seller's opener ("I noticed your website is not ranking on the first page of
    // Google"). None is in the 227,354 labelled texts.
    "like to follow you if that would",
    "how are you everybody",
    "every little bit of it",
    "you learn my mind",
    "you appear to understand so much",
    "you appear to know so much",
    "posted at this web site",
    "approve my comment",
    "your website is not ranking",
    "your site is not ranking",
];

/// The templates by first word, each with its place in [`TEMPLATES`], built once.
fn templates_by_first_word() -> &'static WordRuns<(usize, &'static str)> {
    static INDEX: std::sync::OnceLock<WordRuns<(usize, &'static str)>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        WordRuns::new(
            TEMPLATES
                .iter()
                .enumerate()
                .map(|(order, name)| (name.split(' '), (order, *name))),
        )
    })
}

/// The first template (in [`TEMPLATES`] order) whose words occur in `words`, as
/// consecutive words. One index lookup a word (the scan once per template was 6% of
/// `discern classify`'s time).
pub(in crate::evidence) fn find_template(words: &[&str]) -> Option<&'static str> {
    let index = templates_by_first_word();
    // A plain loop: the iterator chain (`flat_map`, `min_by_key`) cost ~60
    // instructions a word even where no template starts.
    let mut first: Option<(usize, &'static str)> = None;
    for at in 0..words.len() {
        for &(order, name) in index.starting_at(words, at) {
            if first.is_none_or(|(best, _)| order < best) {
                first = Some((order, name));
            }
        }
    }
    first.map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::find_template;

    fn template(text: &str) -> Option<&'static str> {
        let lower = text.to_lowercase().replace('\'', "");
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        find_template(&words)
    }

    #[test]
    fn the_kits_sentences_are_found_in_any_spin() {
        for kit in [
            "Howdy! Do you use Twitter? I'd like to follow you if that would be ok.",
            "I am regular reader, how are you everybody? This post is really fastidious.",
            "Thanks for this great read!! I certainly enjoyed every little bit of it.",
            "Its such as you learn my mind! You appear to understand so much about this",
            "Sir please approve my comment, I also wrote on this topic",
            "Hi admin, your website is not ranking on page one. We can fix it in 30 days.",
        ] {
            assert!(template(kit).is_some(), "{kit}");
        }
        assert!(template("My website is not ranking yet, any tips for a new blog?").is_none());
    }
}
