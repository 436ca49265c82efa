//! What each kind of evidence weighs, whether a reader could act on it, and how it is
//! named in a verdict's reasons.

use super::{Evidence, ITS_FEED, SCAM_CHAIN, SCAM_SHAPES, WHERE_IT_WAS_NAMED, marks_a_paid_post};

impl Evidence {
    /// Log-odds shift toward "this text is for promotion".
    ///
    /// Set from the definition in `data/LABELS.md`, in three steps: an explicit ask or
    /// disclosure (a donation or vote ask, "paid for by", a checkout code) is promotion
    /// by definition (+2.5); a means to act on an offer (a link, a phone number, a
    /// price, a call to action, a business speaking of itself) is strong evidence
    /// (+1.0 to +1.5) but helpful replies carry links too; details of the author alone
    /// (a website) are weak (+0.5) because many people who comment have a blog. The
    /// figures in BENCHMARKS.md ("Factors") measure what they do.
    pub fn weight(&self) -> f32 {
        match self {
            // The legal mark of a paid post; the bare words ("sponsored", "affiliate")
            // are also said of other things, so they weigh as an ask (2.5).
            Evidence::Disclosure(p) if marks_a_paid_post(p) => 5.0,
            // Staff or an owner saying so ("Full disclosure, I work at a feed & seed
            // store"): the business's own voice by the writer's word, as sure as a paid
            // post's mark.
            Evidence::DeclaresATie(_) => 5.0,
            // A scam's whole shape (the testimonial crediting a titled "expert", the
            // lonely stranger's invitation), each part of which a person may write
            // alone: as sure as a comment-spam kit's sentence, and so as heavy, where
            // a scam phrase alone ("lost crypto") is an ask's 2.5.
            Evidence::Deceptive(p) if SCAM_SHAPES.contains(p) || SCAM_CHAIN.contains(p) => 5.0,
            Evidence::Disclosure(_)
            | Evidence::DonationAsk(_)
            | Evidence::PoliticalAsk(_)
            | Evidence::Code
            | Evidence::FollowAsk(_)
            | Evidence::Deceptive(_) => 2.5,
            // "… ^NW": how a brand's support team signs on X, and almost nobody else; its
            // answer is the brand's customer service (marketing that belongs) whatever
            // the friendly words. Measured leave-one-source-out: TWCS 0.698 at 1.0,
            // 0.719 at 2.5 (`bench/rejudge.py`, BENCHMARKS.md "Twelfth session"); at 5,
            // as sure as a paid post's mark, pooled macro-F1 0.714412 → 0.714938 (TWCS
            // +106 texts, five other sources −6; `discern eval … --judged`,
            // BENCHMARKS.md "Thirty-first session").
            Evidence::AgentSignature(_) => 5.0,
            // An organisation speaking in its own channel, or answering its customers,
            // is marketing by `data/LABELS.md`'s definition, however friendly the words:
            // shown by its feed (mostly a seller's posts), as strong as praise placing
            // a link; under its own promotional post, half that (a creator answering
            // viewers under a sponsored video is still a person).
            Evidence::SpeaksForABrand(ITS_FEED | WHERE_IT_WAS_NAMED) => 5.0,
            Evidence::SpeaksForABrand(_) => 2.5,
            // Promotion by definition: enough to outweigh a text model that reads the
            // friendly words as conversation. A name disguised letter by letter is there
            // to slip a promotion past filters, in any language: measured
            // leave-one-source-out (`bench/rejudge.py`, `DISGUISED`, BENCHMARKS.md
            // "Fourteenth session"), pooled macro-F1 0.6856 at 2.5, 0.6930 at 4, 0.6952 at
            // 5 and at 7.
            Evidence::PraiseForPlacement
            | Evidence::AutomatedPraise
            | Evidence::AutomatedReply
            | Evidence::KeywordCommenter
            | Evidence::SelfPromotion(_)
            | Evidence::Disguised(_)
            | Evidence::FramedName(_) => 5.0,
            // A domain shown to be sold: by its name, or by its author linking it under
            // most of their messages to others.
            Evidence::Offer(_)
            | Evidence::CommercialAuthorUrl(_)
            | Evidence::CommercialLink(_)
            | Evidence::PlacedLink(_)
            | Evidence::OwnSite(_)
            | Evidence::PromotedSite(_) => 1.5,
            Evidence::Link(_)
            | Evidence::BusinessVoice(_)
            | Evidence::Shortener(_)
            | Evidence::WrappedLink(_)
            | Evidence::Price
            | Evidence::Phone
            | Evidence::CallToAction(_)
            | Evidence::PrivateContact(_)
            | Evidence::BusinessName(_)
            | Evidence::Service(_) => 1.0,
            Evidence::Email | Evidence::Cashtag | Evidence::AuthorUrl(_) => 0.5,
            // A comment-spam kit's sentence ("I have been surfing online more than 3
            // hours today") is written to carry a name or a link placed in the comment's
            // fields, which a text on its own does not show: placement, as praise left
            // with a link is. Over the 225,192 labelled texts one of them is in 2
            // people's texts ("fastidious", "for the first time here") and no
            // marketing's but one ad.
            Evidence::SpamTemplate(_) => 5.0,
            // Praise alone is not a pitch; it matters for belonging ([`crate::factors`]).
            Evidence::GenericPraise(_) => 0.0,
            Evidence::CitesReference(_) => 0.0,
            // What it changes is how far "nothing to act on" counts ([`crate::factors`]).
            Evidence::PersonsFeed => 0.0,
            // As far against as a link is for: ads speak to "your" family, people of
            // their own.
            Evidence::OwnFamily(_) | Evidence::Argues(_) | Evidence::PersonalVoice(_) => -1.0,
        }
    }

    /// Whether this is something in the text a reader could act on: a way to buy,
    /// contact, follow, give or vote. A business speaking of itself, offer words, a
    /// cashtag, praise and the author's details are not on their own (a shop owner
    /// telling a story in a thread is not selling; "a discount code" in a joke is not
    /// an offer); a business's voice in a post of its own is ([`Found::text_promotes`]).
    pub fn actionable(&self) -> bool {
        !matches!(
            self,
            Evidence::CommercialAuthorUrl(_)
                | Evidence::BusinessName(_)
                | Evidence::AuthorUrl(_)
                | Evidence::GenericPraise(_)
                | Evidence::SpamTemplate(_)
                | Evidence::OwnFamily(_)
                | Evidence::Argues(_)
                | Evidence::PersonalVoice(_)
                | Evidence::PraiseForPlacement
                | Evidence::AutomatedPraise
                | Evidence::AutomatedReply
                | Evidence::KeywordCommenter
                | Evidence::BusinessVoice(_)
                | Evidence::Offer(_)
                | Evidence::Cashtag
                | Evidence::WrappedLink(_)
                | Evidence::CitesReference(_)
                | Evidence::PersonsFeed
        )
    }

    /// A short stable name of the kind of evidence (`link`, `donation_ask`…), without its
    /// particulars: what the fitted weights are keyed by and what `eval --predictions`
    /// writes.
    pub fn kind(&self) -> &'static str {
        match self {
            Evidence::Link(_) => "link",
            Evidence::PlacedLink(_) => "placed_link",
            Evidence::OwnSite(_) => "own_site",
            Evidence::PromotedSite(_) => "promoted_site",
            Evidence::CommercialLink(_) => "commercial_link",
            Evidence::SpamTemplate(_) => "spam_template",
            Evidence::Service(_) => "service",
            Evidence::AgentSignature(_) => "agent_signature",
            Evidence::OwnFamily(_) => "own_family",
            Evidence::Argues(_) => "argues",
            Evidence::PersonalVoice(_) => "personal_voice",
            Evidence::Shortener(_) => "shortener",
            Evidence::WrappedLink(_) => "wrapped_link",
            Evidence::CitesReference(_) => "cites_reference",
            Evidence::Price => "price",
            Evidence::Code => "code",
            Evidence::Phone => "phone",
            Evidence::Email => "email",
            Evidence::Cashtag => "cashtag",
            Evidence::CallToAction(_) => "call_to_action",
            Evidence::Offer(_) => "offer",
            Evidence::FollowAsk(_) => "follow_ask",
            Evidence::SelfPromotion(_) => "self_promotion",
            Evidence::DonationAsk(_) => "donation_ask",
            Evidence::PoliticalAsk(_) => "political_ask",
            Evidence::Disclosure(_) => "disclosure",
            Evidence::DeclaresATie(_) => "declared_tie",
            Evidence::PrivateContact(_) => "private_contact",
            Evidence::BusinessVoice(_) => "business_voice",
            Evidence::Deceptive(_) => "deceptive",
            Evidence::Disguised(_) => "disguised",
            Evidence::GenericPraise(_) => "generic_praise",
            Evidence::PraiseForPlacement => "praise_for_placement",
            Evidence::AutomatedPraise => "automated_praise",
            Evidence::AutomatedReply => "automated_reply",
            Evidence::SpeaksForABrand(_) => "speaks_for_a_brand",
            Evidence::PersonsFeed => "persons_feed",
            Evidence::FramedName(_) => "framed_name",
            Evidence::KeywordCommenter => "keyword_commenter",
            Evidence::CommercialAuthorUrl(_) => "commercial_author_url",
            Evidence::BusinessName(_) => "business_name",
            Evidence::AuthorUrl(_) => "author_url",
        }
    }

    /// The evidence in words.
    pub fn describe(&self) -> String {
        match self {
            Evidence::Link(domain) => format!("link to {domain}"),
            Evidence::CommercialLink(domain) => format!("link to a commercial domain ({domain})"),
            Evidence::OwnSite(domain) => {
                format!("link to {domain}, the site its author is named after")
            }
            Evidence::PromotedSite(domain) => {
                format!("link to {domain}, which its author's own posts promote")
            }
            Evidence::PlacedLink(domain) => {
                format!("link to {domain}, which its author links under most of their replies")
            }
            Evidence::SpamTemplate(p) => format!("comment-spam template \"{p}\""),
            Evidence::Service(p) => format!("answers a customer \"{p}\""),
            Evidence::AgentSignature(s) => format!("signed by a support agent ({s})"),
            Evidence::OwnFamily(w) => format!("speaks of their own family (\"{w}\")"),
            Evidence::Argues(p) => format!("argues a point of their own (\"{p}\")"),
            Evidence::PersonalVoice(p) => format!("speaks as a person (\"{p}\")"),
            Evidence::Shortener(domain) => format!("link hidden behind a shortener ({domain})"),
            Evidence::WrappedLink(domain) => format!("a link the platform wrapped ({domain})"),
            Evidence::CitesReference(domain) => format!("cites a reference site ({domain})"),
            Evidence::Price => "a price".into(),
            Evidence::Code => "a promo or referral code".into(),
            Evidence::Phone => "a phone number".into(),
            Evidence::Email => "an e-mail address".into(),
            Evidence::Cashtag => "a $cashtag".into(),
            Evidence::CallToAction(p) => format!("call to action \"{p}\""),
            Evidence::Offer(p) => format!("an offer \"{p}\""),
            Evidence::FollowAsk(p) => format!("asks to subscribe or follow \"{p}\""),
            Evidence::SelfPromotion(p) => format!("promotes their own channel \"{p}\""),
            Evidence::DonationAsk(p) => format!("asks for donations \"{p}\""),
            Evidence::PoliticalAsk(p) => format!("campaign message \"{p}\""),
            Evidence::Disclosure(p) => format!("sponsorship disclosure \"{p}\""),
            Evidence::DeclaresATie(p) => format!("declares the writer's tie (\"{p}\")"),
            Evidence::PrivateContact(p) => format!("moves to a private channel \"{p}\""),
            Evidence::BusinessVoice(p) => format!("a business speaking of itself \"{p}\""),
            Evidence::GenericPraise(p) => format!("generic praise \"{p}\""),
            Evidence::Deceptive(p) => format!("scam or counterfeit wording \"{p}\""),
            Evidence::Disguised(w) => format!("letters disguised to slip past filters ({w})"),
            Evidence::PraiseForPlacement => {
                "praise that fits any page, posted with a link or a business name".into()
            }
            Evidence::AutomatedPraise => {
                "an automated account's reply that fits any post: it shows the account".into()
            }
            Evidence::AutomatedReply => {
                "an automated account's reply to someone who asked nothing of it: it shows the account".into()
            }
            Evidence::SpeaksForABrand(why) => format!("speaks for a brand ({why})"),
            Evidence::FramedName(name) => {
                format!("a name with digits framed by emoji to stand out ({name})")
            }
            Evidence::PersonsFeed => {
                "in a person's own feed (it speaks as \"I\" more than as \"we\")".into()
            }
            Evidence::KeywordCommenter => {
                "commenter's name and website are keywords: a placed backlink".into()
            }
            Evidence::CommercialAuthorUrl(d) => format!("commenter's website is commercial ({d})"),
            Evidence::BusinessName(n) => format!("commenter's name is a business or keyword ({n})"),
            Evidence::AuthorUrl(d) => format!("commenter left a website ({d})"),
        }
    }
}
