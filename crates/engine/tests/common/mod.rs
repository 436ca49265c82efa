//! What the conversation tests share: a thread built post by post, judged as
//! `discern classify` judges a file (the shipped model, then the conversation).
#![allow(dead_code)] // each test file uses its own part

use chrono::{DateTime, Duration, TimeZone, Utc};
use discern_engine::{Classifier, Conversation, Verdict, default_model};
use discern_posts::{Post, PostKind};

pub fn at(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 1, 9, 0, 0).unwrap() + Duration::minutes(minutes)
}

pub struct Thread {
    pub posts: Vec<Post>,
}

impl Thread {
    pub fn new() -> Self {
        Thread { posts: Vec::new() }
    }

    pub fn post(&mut self, id: &str, author: &str, minutes: i64, text: &str) -> &mut Post {
        let mut post = Post::new(id, text);
        post.author = Some(author.into());
        post.created_at = Some(at(minutes));
        self.posts.push(post);
        self.posts.last_mut().unwrap()
    }

    pub fn reply(
        &mut self,
        id: &str,
        parent: &str,
        author: &str,
        minutes: i64,
        text: &str,
    ) -> &mut Post {
        let root = self
            .posts
            .iter()
            .find(|p| p.id == parent)
            .map(|p| p.thread_id.clone().unwrap_or_else(|| p.id.clone()))
            .unwrap_or_else(|| parent.to_string());
        let post = self.post(id, author, minutes, text);
        post.parent_id = Some(parent.into());
        post.thread_id = Some(root);
        post.kind = PostKind::Reply;
        post
    }

    /// Each post judged as it comes, as a stream is: nothing judged again.
    pub fn streamed(&self) -> (Conversation, Vec<Verdict>) {
        let mut classifier = Classifier::new(default_model());
        let mut conversation = Conversation::default();
        let verdicts = self
            .posts
            .iter()
            .map(|post| {
                let mut verdict = classifier.classify(post);
                conversation.judge_analysed(post, classifier.analysis(), &mut verdict);
                verdict
            })
            .collect();
        (conversation, verdicts)
    }

    pub fn judged(&self) -> Vec<(Post, Verdict)> {
        let (mut conversation, mut verdicts) = self.streamed();
        // As `discern classify` does with the batch it holds.
        let order: Vec<usize> = (0..self.posts.len()).collect();
        conversation.revise(0, &order, &self.posts, &mut verdicts);
        self.posts.iter().cloned().zip(verdicts).collect()
    }
}

pub fn label_of<'a>(judged: &'a [(Post, Verdict)], id: &str) -> &'a Verdict {
    &judged
        .iter()
        .find(|(p, _)| p.id == id)
        .expect("post judged")
        .1
}

/// Issue 12's bar for a reply bot: at least 90% of its replies judged spam.
pub fn assert_nine_tenths_spam(judged: &[(Post, Verdict)], bot: &str) {
    assert_nine_tenths_spam_after(judged, bot, 0);
}

/// [`assert_nine_tenths_spam`] of the bot's replies after its first `shown` (those a
/// stream judges before the account's replies show a machine).
pub fn assert_nine_tenths_spam_after(judged: &[(Post, Verdict)], bot: &str, shown: usize) {
    let replies: Vec<&Verdict> = judged
        .iter()
        .filter(|(p, _)| p.author.as_deref() == Some(bot))
        .skip(shown)
        .map(|(_, v)| v)
        .collect();
    let spam = replies.iter().filter(|v| v.label == "spam").count();
    assert!(
        spam * 10 >= replies.len() * 9,
        "{spam} of {} {bot} replies spam",
        replies.len()
    );
}

pub fn comment(post: &mut Post, url: Option<&str>, email: Option<&str>) {
    post.platform = Some("wordpress".into());
    post.url = url.map(str::to_string);
    if let Some(email) = email {
        post.extra.push((
            "author_email".into(),
            serde_json::value::to_raw_value(email).unwrap(),
        ));
    }
}
