//! What a post offers a reader to act on, and what its author's details say: the
//! evidence a moderator would point to when calling something promotion.
//!
//! Read from the post's [`Analysis`] (the tokens the model saw, no second tokenisation)
//! and from the author fields a comment carries (name, URL, e-mail domain). Each item
//! names itself in words a person would use ("link to seo-rank.example", "asks for
//! donations") and carries how strongly it says the text is *for* promotion, as a
//! log-odds shift ([`Evidence::weight`]); [`crate::factors`] adds those shifts to the
//! text model's own log-odds.

use std::borrow::Cow;

use discern_posts::{Post, PostKind};
use discern_text::{Analysis, TokenKind, is_platform_wrapper, is_shortener, url_domain};

mod appeals;
mod author;
pub(crate) use author::words_of_a_name;
mod describe;
mod disguise;
mod family;
mod lists;
mod money;
mod phone;
mod phrases;
mod praise;
mod rating;
mod spelled_link;
pub mod testimony;
mod tie;
mod tokens;
mod word_runs;
use author::{
    author_evidence, business_sign_off, is_campaign_site, is_commercial, links_a_petition,
    links_a_sales_page,
};
pub use author::{author_url, extra_str, moderates};
use disguise::{disguised_word, framed_name};
use family::{OUR_NEW_HOME, own_family};
use lists::find_template;
use money::{is_currency_sign, is_currency_word, push_price};
use phone::has_spaced_phone;
use phrases::{match_phrases, without_apostrophes};
pub(crate) use praise::talks_about_something_in;
use praise::{describes_its_link, talks_beside_its_links};
pub(crate) use rating::rates_low;
use spelled_link::spelled_link;
use testimony::{
    credits_an_account, opens_a_romance_scam, seeks_a_stranger, testifies_to_an_expert,
    testifies_to_returns, titled_name,
};
use tokens::{HELP_CENTRE_HOSTS, has_referral_code, is_reference_site, reads_as_a_code};

/// One piece of promotional evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    /// A link in the text, with its domain.
    Link(String),
    /// A link to a domain named for selling ("cheap-watches", "best-seo-services",
    /// "casino"): the words of [`lists::COMMERCIAL_WORDS`], as for a commenter's website.
    CommercialLink(String),
    /// A link to the domain its author links in most of their messages to others (the
    /// account's profile over the stream): the same site under every stranger's post is
    /// a link placed, however much the reply says beside it. Only a stream with authors
    /// shows it ([`crate::Conversation`]).
    PlacedLink(String),
    /// In someone else's thread, a link to the site its author is named after
    /// ("@VeloFibreDeals" linking velofibre.co.uk): the account's own site, placed as a
    /// commenter's website is. Only a stream with authors shows it
    /// ([`crate::Conversation`]).
    OwnSite(String),
    /// In someone else's thread, unasked, a link to a site its author's own posts
    /// promote (the prompt seller's "my prompt pack has 50 caption ideas:
    /// promptloft.co" under a stranger's pet photo): the account's own business,
    /// placed as a commenter's website is (`data/LABELS.md`: a link to the commenter's
    /// own business is a link dropped). Only a stream with authors shows it
    /// ([`crate::Conversation`]).
    PromotedSite(String),
    /// A link through a URL shortener, which hides where it goes.
    Shortener(String),
    /// In someone else's thread, a link to an encyclopedia, a government or university
    /// site, a paper or a code host: the commenter cites a source, which promotes
    /// nothing of theirs. Not evidence for promotion, and named so a moderator sees why.
    CitesReference(String),
    /// A link the platform wrapped itself (X's t.co wraps every link and attached
    /// photo, LinkedIn's lnkd.in every link): a link, but nothing says it leads to
    /// something to buy, so it is not on its own something to act on.
    WrappedLink(String),
    Price,
    /// A code to type at checkout or a referral code.
    Code,
    Phone,
    Email,
    Cashtag,
    /// "buy now", "book a free call", "order today"…
    CallToAction(&'static str),
    /// "% off", "free shipping", "limited time"…
    Offer(&'static str),
    /// "follow us", "subscribe", "like our page"… an ask to follow that does not name the
    /// speaker's own channel (a brand's, or a word people also use of newspapers).
    FollowAsk(&'static str),
    /// "subscribe to my channel", "check out my video", "listen to my"… a person sending
    /// readers to their own channel or work: self-promotion by what it says, whatever its
    /// tone. Under someone else's post it is the unsolicited pitch of `data/LABELS.md`.
    SelfPromotion(&'static str),
    /// "donate", "chip in"…
    DonationAsk(&'static str),
    /// "vote for", "paid for by"…
    PoliticalAsk(&'static str),
    /// "#ad", "sponsored", "affiliate link"…
    Disclosure(&'static str),
    /// The writer declares their own tie to a business beside a disclosure ("Full
    /// disclosure, I work at a feed & seed store"): [`tie`].
    DeclaresATie(&'static str),
    /// "DM me", "whatsapp"… (moving the talk to a private channel to sell).
    PrivateContact(&'static str),
    /// "our agency", "we help brands", "LLC"… a business speaking of itself.
    BusinessVoice(&'static str),
    /// "no prescription", "verify your account", "double your bitcoin"… the wording of
    /// pharma, counterfeit, phishing and giveaway scams: deceptive promotion, which the
    /// label definition calls spam wherever it lands.
    Deceptive(&'static str),
    /// A word whose letters are disguised: styled mathematical letters mixed with plain
    /// ones or with another style ("𝘼𝙇𝙀𝙓𝙄𝙎17", "𝘿𝐎Я𝘼"), Cyrillic look-alikes among Latin
    /// letters ("cаsino"), a symbol drawn as a letter inside a word ("DEP🅞SIT"), or a name
    /// spelled out letter by letter in mixed alphabets ("D 𝐎 𝑅 A"). The trick of spam
    /// that slips a name past word filters; people who style a word for emphasis style
    /// all of it in one alphabet, and Greek letters (fraternities, maths) are left alone.
    Disguised(String),
    /// "great read", "very informative"… praise that says nothing about the content.
    GenericPraise(&'static str),
    /// A sentence of the comment-spam kits ("I have been surfing online more than 3
    /// hours today…"): written to fit any page and sent by software, so it says both
    /// that the comment takes part in nothing and that a template sent it.
    SpamTemplate(&'static str),
    /// "we're sorry to hear", "send us a DM", "thanks for reaching out"… a business
    /// answering a customer. Customer service is one of marketing's business goals, and
    /// an answer to a customer was asked for by the customer's complaint or question,
    /// even when that message is not in the input.
    Service(&'static str),
    /// A reply signed the way support teams sign their answers ("… ^MC", "… *Jen",
    /// "… -BH"): an agent answering for a brand.
    AgentSignature(String),
    /// "my mom", "my daughter"… a person speaking of their own family: the life people
    /// share to connect, which a text model trained on ads reads as a product's audience
    /// ("gifts for your mom"). Evidence *against* promotion.
    OwnFamily(&'static str),
    /// "i disagree", "in my opinion", "i would argue"… a person arguing a point of their
    /// own in the first person: taking part in a discussion, which a text model trained
    /// on ads reads as polished copy. Evidence *against* promotion.
    Argues(&'static str),
    /// A person asking the crowd or speaking for themselves ("does anyone know", "is it
    /// just me", "tbh"): advertisers do not write so.
    PersonalVoice(&'static str),
    /// What only the stream shows ([`crate::Conversation`]): the author speaks for a
    /// brand. They answer in the thread their own promotion opened, or their own posts
    /// are mostly a business's (`data/LABELS.md`: an organisation speaking in its own
    /// channel is marketing, even when conversational; its answers to customers are
    /// customer service).
    SpeaksForABrand(&'static str),
    /// A name with digits set off by the same emoji on each side ("⚡ALEXIS17⚡"): a
    /// handle planted for readers to look up ([`disguise::framed_name`]).
    FramedName(String),
    /// What only the stream shows ([`crate::Conversation`]): the author's own channel is
    /// a person's. Their posts speak as "I" more often than as "we", as no company
    /// feed's does: a post there that offers nothing to act on talks to the author's
    /// followers, as a reply in a thread talks to its people ([`crate::factors`]).
    PersonsFeed,
    /// Praise that fits any page, and nothing more, from a commenter who leaves a link
    /// or a business name: `data/LABELS.md` names it as spam ("generic praise posted to
    /// place a name or link").
    PraiseForPlacement,
    /// A reply in words that fit any post ("Great thread! 🔥", "So true! 💯") from an
    /// account whose replies to others are automated: a growth bot shows its name
    /// under strangers' posts, the name placed as a link is by praise
    /// (`data/LABELS.md`: "generic praise posted to place a name or link").
    AutomatedPraise,
    /// A reply to someone who asked nothing of the author, from an account whose
    /// replies to others are automated, whatever it says (the LLM reply guy's agreeable
    /// paragraph under a trending post): the machine answers strangers to show the
    /// account, a bot reply by `data/LABELS.md`.
    AutomatedReply,
    /// The commenter's name is a keyword and their website or mail domain a commercial
    /// one ("cheap car insurance", cheap-car-insurance-quotes.com): the anchor text and
    /// the address of a placed backlink, the comment-spam filter's oldest sign, whatever
    /// the comment says.
    KeywordCommenter,
    /// The commenter's website is on a commercial domain.
    CommercialAuthorUrl(String),
    /// The commenter's name is a business or a keyword, not a person.
    BusinessName(String),
    /// The commenter left a website.
    AuthorUrl(String),
}

/// Everything promotional found in one post, in the order found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    pub items: Vec<Evidence>,
    /// Words of two characters or more beside the text's links: how much it says of its
    /// own ([`Found::text_promotes`]).
    pub words: usize,
    /// Why the text is not English ([`crate::language::not_english`]), if it is not:
    /// the text model's reading of it stands on less ([`crate::factors::apply`]).
    pub foreign: Option<&'static str>,
    /// The text praises something as its owner would ("best", "worth it", "recommend"):
    /// what a sockpuppet ring's posts say ([`crate::Conversation`]).
    pub praises: bool,
    /// The text opened with praise that fits any page, then said more: words the text
    /// alone cannot tell from filler ("I have been looking for something like this for
    /// ages"). A thread can: filler misses the page it lands on ([`crate::Conversation`]).
    pub praise_then_more: bool,
}

/// Words a reply must say beside its links for a plain link in it to be a source it
/// shares rather than a link dropped. Chosen leave-one-source-out (`bench/rejudge.py`,
/// `LINK_WORDS`, BENCHMARKS.md "Thirteenth session"): pooled macro-F1 0.6715 with every
/// link something to act on, 0.6716 with none, 0.6750 from 5 words, 0.6760 from 8 to 12,
/// 0.6756 from 24 (the travel forum 0.876 → 0.950, reader comments 0.948 → 0.967,
/// YouTube spam 0.797 → 0.779); 10, within the plateau.
pub const SAYS_ITS_OWN: usize = 10;

/// The scams' whole shapes ([`testimony`]), as [`Evidence::Deceptive`] names them.
const SCAM_SHAPES: [&str; 9] = [
    "invested $… got $… thanks to @…",
    "made me money thanks to Mr/Mrs/Dr …",
    "a lonely stranger's invitation to a chat app",
    "sends readers to Mr/Mrs/Dr …'s chat",
    "a lonely stranger asks to be written to or befriended",
    "a $coin promised to multiply (\"50x\")",
    "vouches for Mr/Mrs/Dr … as a chorus does",
    "made money through @…",
    "earns $… a day from home",
];

/// A scam's chain in its thread ([`crate::Conversation`]): a reply naming the person a
/// scam testimonial there credits, a reply telling how the scam paid or asking the way
/// to it, and the scam's author going on. Each is the scam's shape found across the
/// thread, and weighs as one. (A reply agreeing with a scam there in its words alone,
/// "legit", "thank you", weighs as a scam phrase: at 5 a person's "Is this legit?" and
/// "thank you, I'll stick to the noodles" under it became spam,
/// `BOTS_DIR=bench/bots-fresh2 python3 bench/bots_fresh.py`.) A sockpuppet ring's praise
/// is the same kind of thing: a shape found across the stream, not in one post; so are a
/// review bomb's rating and a link to a look-alike of a brand's site.
/// A stranger's spare tickets offered in private is the ticket scam's whole shape, found
/// in where the reply landed as much as in its words.
const SCAM_CHAIN: [&str; 8] = [
    NAMES_A_SCAMS_CREDITED,
    TESTIFIES_FOR_A_SCAM,
    A_SCAMS_AUTHOR,
    A_RINGS_PRAISE,
    A_RINGS_TALKING_POINTS,
    A_REVIEW_BOMB,
    A_LOOKALIKE_STORE,
    SPARE_TICKETS_IN_PRIVATE,
];

/// See [`SCAM_CHAIN`] and [`testimony::offers_spare_tickets`].
pub const SPARE_TICKETS_IN_PRIVATE: &str =
    "spare tickets offered in private to someone who asked nothing";

/// See [`SCAM_CHAIN`].
pub const NAMES_A_SCAMS_CREDITED: &str =
    "names the person a scam testimonial in the thread credits";

/// See [`SCAM_CHAIN`].
pub const A_SCAMS_AUTHOR: &str = "the author of a scam earlier in the thread";

/// See [`SCAM_CHAIN`]: one of several accounts that each exist to praise the same name
/// (the conversation's sockpuppet rings).
pub const A_RINGS_PRAISE: &str =
    "one of several accounts that each praise the same name in nearly every post";

/// See [`SCAM_CHAIN`]: one of several accounts that each post their own wording again
/// and again, sharing the campaign's sentence word for word (astroturf:
/// `conversation::copies::TalkingPoints`).
pub const A_RINGS_TALKING_POINTS: &str =
    "one of several accounts that each repeat the same talking points word for word";

/// See [`SCAM_CHAIN`]: one of several accounts that each give the same business a low
/// rating in nearly every post (the conversation's review-bomb rings).
pub const A_REVIEW_BOMB: &str =
    "one of several accounts that each rate the same business one star in nearly every post";

/// See [`SCAM_CHAIN`]: a link to a site named as a brand's own site in the stream is,
/// with a word of selling added ("saltmarrowshop.store" beside the band's
/// saltmarrow.com): the counterfeit or phishing shop (`conversation::lookalike`).
pub const A_LOOKALIKE_STORE: &str = "links a look-alike of a brand's own site";

/// A pingback or trackback from a site that copies the posts it pings
/// (`conversation::linkbacks`): its excerpt is the post's own words, put on a page to
/// carry the site's links. Sent by software and taking part in nothing, as a spam
/// kit's sentence.
pub const A_SCRAPERS_COPY: &str = "a linkback from a site that copies the posts it links";

/// Praise that fits any page followed by words that miss the page it landed on
/// ([`Found::praise_then_more`], judged in a thread).
pub const PRAISE_THEN_FILLER: &str = "praise, then words that miss the page";

/// See [`SCAM_CHAIN`].
pub const BACKS_A_SCAM: &str = "answers a scam in the thread in its support";

/// See [`SCAM_CHAIN`]: a reply to a scam that tells how it paid or helped, or asks the
/// way to it ("She helped me too, I just paid off my mortgage"; "How can I reach
/// her?"), the chain's bots' testimony ([`testimony::Backing::Testifies`]).
pub const TESTIFIES_FOR_A_SCAM: &str =
    "answers a scam in the thread telling how it paid, or asking the way to it";

/// A writer speaking for the business they name ("We at Gulfside Plumbing offer …"):
/// found by the capital after "we at", not by the phrase lists.
const WE_AT_A_NAME: &str = "we at …";

/// Why an author speaks for a brand ([`Evidence::SpeaksForABrand`]): their own posts
/// are mostly a business's (a seller's at work, or written as an organisation).
pub const ITS_FEED: &str = "its own posts are mostly a business's";

/// Why an author speaks for a brand: they answer under the post of their own that
/// promoted something.
pub const UNDER_ITS_PROMOTION: &str = "answers under its own promotion";

/// Why an author speaks for a brand: a business (by its name, its website or its
/// support account's handle) answers in a thread whose opening post names it: the
/// reader who named it asked, in effect, for its answer.
pub const WHERE_IT_WAS_NAMED: &str = "a business answering where it was named";

impl Found {
    /// Sum of the evidence weights. A person's voice counts once of each kind (family,
    /// argument, "does anyone know"): one phrase inside another ("anyone know" in "does
    /// anyone know") is the same voice heard twice, and two of them do not make a
    /// scammer's "Does anyone know where to get replica handbags? I found …" any more a
    /// person's.
    pub fn weight(&self) -> f32 {
        let mut voices = [false; 3];
        self.items
            .iter()
            .filter(|e| {
                let kind = match e {
                    Evidence::OwnFamily(_) => 0,
                    Evidence::Argues(_) => 1,
                    Evidence::PersonalVoice(_) => 2,
                    _ => return true,
                };
                !std::mem::replace(&mut voices[kind], true)
            })
            .map(Evidence::weight)
            .sum()
    }

    /// Whether the text itself offers the reader anything to act on. In a reply in a
    /// conversation (`conversing`) a price is what something cost, not on its own
    /// something to buy, and a plain link in a reply that says something of its own
    /// ([`SAYS_ITS_OWN`]) is a source shared (a transit map for a traveller's question,
    /// a report a reader cites), not a link dropped: people share links in every
    /// thread, and the link dropped under a post comes with little else. Commercial
    /// domains, shorteners and every other evidence still count, and so does a link to
    /// the commenter's own website: that is a link placed, the comment-spam filter's
    /// oldest sign (a commenter who writes as a business acts whatever the text says:
    /// [`Found::commercial_author`], which the judgement reads beside this). In a post
    /// of its own, a business speaking of itself acts: a brand in its own channel.
    pub fn text_promotes(&self, conversing: bool) -> bool {
        // A writer who speaks as the business or the maker ("our app", "we built")
        // links their own site, however much they say beside it.
        let shares_a_source =
            conversing && self.words >= SAYS_ITS_OWN && !self.speaks_as_the_seller();
        self.items.iter().any(|e| {
            (e.actionable() || (!conversing && (speaks_as_its_business(e) || names_its_terms(e))))
                && !(conversing && matches!(e, Evidence::Price))
                && !(shares_a_source
                    && matches!(e, Evidence::Link(domain) if !self.is_own_site(domain)))
        })
    }

    /// The writer speaks as the business or the maker of what they mention ("our
    /// app", "we built", "hire me").
    fn speaks_as_the_seller(&self) -> bool {
        self.items.iter().any(|e| {
            // "We are a …" also says "we are a middle power"; of a website it is a
            // business's, of a link in an argument it says nothing.
            matches!(e, Evidence::BusinessVoice(p)
                if *p != "we are a"
                    && (author::SELLS.contains(p) || author::MAKES.contains(p) || *p == WE_AT_A_NAME))
        })
    }

    /// Whether the text shows a seller at work: an offer, a call to action, a code, an
    /// ask (to give, vote, follow), a business speaking of itself, a support agent, a
    /// disclosure, a commercial link. Not a link, a price or a contact alone: a person
    /// pasting the news links it, and "it cost me $40" is a price. What a post must
    /// show for its author's feed to count as a brand's ([`crate::Conversation`]): a
    /// text model that reads pasted news as promotion makes no brand of the reader.
    pub fn shows_a_seller(&self) -> bool {
        self.items.iter().any(|e| {
            matches!(
                e,
                Evidence::Offer(_)
                    | Evidence::CallToAction(_)
                    | Evidence::Code
                    | Evidence::DonationAsk(_)
                    | Evidence::PoliticalAsk(_)
                    | Evidence::FollowAsk(_)
                    | Evidence::SelfPromotion(_)
                    | Evidence::BusinessVoice(_)
                    | Evidence::Service(_)
                    | Evidence::AgentSignature(_)
                    | Evidence::Disclosure(_)
                    | Evidence::DeclaresATie(_)
                    | Evidence::CommercialLink(_)
            )
        })
    }

    /// Whether `domain` is the commenter's own website's (either without "www.").
    fn is_own_site(&self, domain: &str) -> bool {
        fn bare(d: &str) -> &str {
            d.strip_prefix("www.").unwrap_or(d)
        }
        self.items.iter().any(|e| match e {
            Evidence::AuthorUrl(own) | Evidence::CommercialAuthorUrl(own) => {
                bare(own) == bare(domain)
            }
            _ => false,
        })
    }

    /// Praise or a template that fits any page.
    pub fn generic_praise(&self) -> bool {
        self.items
            .iter()
            .any(|e| matches!(e, Evidence::GenericPraise(_) | Evidence::SpamTemplate(_)))
    }

    /// Praise that fits any page left with a link, a website or a business name, or a
    /// comment-spam kit's sentence (written to carry one).
    pub fn placement(&self) -> bool {
        self.items.iter().any(|e| {
            matches!(
                e,
                Evidence::PraiseForPlacement
                    | Evidence::AutomatedPraise
                    | Evidence::AutomatedReply
                    | Evidence::SpamTemplate(_)
            )
        })
    }

    /// An offer ("70% off", "200 free spins") from a commenter who leaves a website: the
    /// website is what the offer sells, however much the text says beside it. (With a
    /// link in the text instead, people share deals in every forum: "Bloomingdales is
    /// having a sale … 40% off" with the store's address. Counting those as acting made
    /// 47 travel-forum replies spam, leave one source out: BENCHMARKS.md, nineteenth
    /// session.)
    pub fn offer_with_a_website(&self) -> bool {
        self.has_author_url() && self.items.iter().any(|e| matches!(e, Evidence::Offer(_)))
    }

    /// A promo or referral code with no disclosure of the tie (#ad, "paid partnership"),
    /// from other than a business answering its customer: left in someone else's
    /// conversation it is `data/LABELS.md`'s "undisclosed tie (affiliate link, referral
    /// code)", spam however well it answers.
    pub fn undisclosed_tie(&self) -> bool {
        self.items.contains(&Evidence::Code)
            && !self.items.iter().any(|e| {
                matches!(e, Evidence::Disclosure(p) if marks_a_paid_post(p))
                    || matches!(e, Evidence::DeclaresATie(_))
            })
            && !self.answers_customer()
    }

    /// Forgets the writer's family in a scam or a spam kit's sentence: the scam's
    /// testimonial tells a family story ("my husband left me until Dr … cast a spell";
    /// the chain's "He helped my sister pay off her mortgage"), and the kit's sentence
    /// one ("my younger sister is analyzing such things"): there the family is the
    /// bait, not a person's life shared.
    pub fn family_as_bait(&mut self) {
        self.items.retain(|e| !matches!(e, Evidence::OwnFamily(_)));
    }

    /// Whether the writer declares their tie to a business ([`Evidence::DeclaresATie`]).
    pub fn declares_a_tie(&self) -> bool {
        self.items
            .iter()
            .any(|e| matches!(e, Evidence::DeclaresATie(_)))
    }

    /// A sentence of a comment-spam kit: sent by software.
    pub fn template(&self) -> bool {
        self.items
            .iter()
            .any(|e| matches!(e, Evidence::SpamTemplate(_)))
    }

    /// Forgets the customer-service wording of a reply to someone else's article that
    /// asked nothing of its author: "our team offers free quotes, call today" under
    /// someone's essay answers no customer. It is a business speaking to every reader,
    /// the unsolicited pitch of `data/LABELS.md`. (A business answering a reader's
    /// comment keeps the benefit of the doubt: the reader may be its customer.)
    pub fn answers_nobody(&mut self) {
        self.items.retain(|e| !matches!(e, Evidence::Service(_)));
    }

    /// Counts the links a reply carries, and the website its author left, as placed:
    /// for a reply nothing on its page can have prompted (one in a language the site
    /// does not use), the link is the one thing a reader could take from it.
    pub fn links_placed(&mut self) {
        for e in &mut self.items {
            if let Evidence::Link(domain) | Evidence::AuthorUrl(domain) = e {
                *e = Evidence::PlacedLink(std::mem::take(domain));
            }
        }
    }

    /// The stream has shown the author's own channel to be a person's
    /// ([`Evidence::PersonsFeed`]).
    pub fn in_a_persons_feed(&self) -> bool {
        self.items.contains(&Evidence::PersonsFeed)
    }

    /// A business's words of service or its agent's signature: an answer to a customer
    /// by what it says, which its agents write as "I".
    pub fn words_of_service(&self) -> bool {
        self.items
            .iter()
            .any(|e| matches!(e, Evidence::Service(_) | Evidence::AgentSignature(_)))
    }

    /// A business answering a customer (in its words, its agent's signature, or an
    /// account the stream shows is a brand's), with nothing deceptive about it (a "support"
    /// bot that sends people to a private chat to "recover" their wallet is a scam).
    pub fn answers_customer(&self) -> bool {
        (self.words_of_service()
            || self
                .items
                .iter()
                .any(|e| matches!(e, Evidence::SpeaksForABrand(_))))
            && !self.deceptive()
            && !self.template()
            && !self.moves_to_a_chat_app()
    }

    /// A cause asking in its own voice (to give, vote, sign: "I'm running for", "sign
    /// our petition", "support our", or the imprint the law asks of its ads) with
    /// nothing sold beside it: no offer, code, commercial link, disclosure, private
    /// contact, self-promotion or business voice. `data/LABELS.md`: a cause asking for
    /// attention, votes or money is marketing, and whether it belongs where it landed is
    /// a matter of relevance. Accounts that push someone else's cause ("Vote Rick
    /// Halvorsen … Chip in $5") are how a campaign's bots and paid posters write.
    pub fn asks_for_its_cause(&self) -> bool {
        fn own_voice(phrase: &str) -> bool {
            phrase
                .split(' ')
                .any(|w| matches!(w, "our" | "my" | "i'm" | "i" | "am" | "we" | "us"))
                || matches!(
                    phrase,
                    "paid for by" | "authorized by" | "authorised by" | "approved this message"
                )
        }
        let mut asks = false;
        for e in &self.items {
            match e {
                Evidence::DonationAsk(p) | Evidence::PoliticalAsk(p) => asks |= own_voice(p),
                Evidence::Offer(_)
                | Evidence::Code
                | Evidence::CommercialLink(_)
                | Evidence::Disclosure(_)
                | Evidence::DeclaresATie(_)
                | Evidence::PrivateContact(_)
                | Evidence::SelfPromotion(_)
                | Evidence::BusinessVoice(_) => return false,
                _ => {}
            }
        }
        asks && !self.deceptive() && !self.template()
    }

    /// Whether the post moves the conversation to a private channel ("DM me", "message
    /// me", WhatsApp).
    pub fn moves_to_private(&self) -> bool {
        self.items
            .iter()
            .any(|e| matches!(e, Evidence::PrivateContact(_)))
    }

    /// Whether the post sends readers to a chat app (WhatsApp, Telegram), where a scam
    /// goes on out of the platform's sight.
    pub fn moves_to_a_chat_app(&self) -> bool {
        self.items
            .iter()
            .any(|e| matches!(e, Evidence::PrivateContact("whatsapp" | "telegram")))
    }

    /// Whether anything about the author says business (their name or website).
    pub fn commercial_author(&self) -> bool {
        self.items.iter().any(|e| {
            matches!(
                e,
                Evidence::CommercialAuthorUrl(_) | Evidence::BusinessName(_)
            )
        })
    }

    pub fn deceptive(&self) -> bool {
        self.items
            .iter()
            .any(|e| matches!(e, Evidence::Deceptive(_) | Evidence::Disguised(_)))
    }

    pub fn has_link(&self) -> bool {
        self.items.iter().any(|e| {
            matches!(
                e,
                Evidence::Link(_)
                    | Evidence::CommercialLink(_)
                    | Evidence::PlacedLink(_)
                    | Evidence::OwnSite(_)
                    | Evidence::PromotedSite(_)
                    | Evidence::Shortener(_)
                    | Evidence::WrappedLink(_)
            )
        })
    }

    pub fn has_author_url(&self) -> bool {
        self.items
            .iter()
            .any(|e| matches!(e, Evidence::CommercialAuthorUrl(_) | Evidence::AuthorUrl(_)))
    }

    /// Adds `evidence` once (the conversation adds what only the thread shows).
    pub fn push(&mut self, evidence: Evidence) {
        if !self.items.contains(&evidence) {
            self.items.push(evidence);
        }
    }
}

/// Finds the evidence in a post's analysed text and its author fields.
pub fn find(post: &Post, analysis: &Analysis) -> Found {
    WORDS.with_borrow_mut(|words| find_with(post, analysis, words))
}

thread_local! {
    static WORDS: std::cell::RefCell<Words> = std::cell::RefCell::default();
}

/// The buffers of a post's words as the scan compares them (lowercase, no
/// apostrophes), kept from post to post. Most words are slices of the analysis's
/// lowercase text (no copy: copying each word into a buffer of its own and lowercasing
/// it there was an eighth of the scan); the rest (words with other than ASCII letters,
/// words with apostrophes) are made in `own`.
#[derive(Default)]
struct Words {
    /// The words of the last post, emptied after it: slices borrow the post's
    /// analysis, so the vector is stored empty with a `'static` lifetime and re-typed
    /// per post (an empty vector collected in place keeps its allocation).
    slices: Vec<&'static str>,
    /// The words made here, one after another.
    own: String,
    /// Where each word made here goes: its index among the words, its span in `own`.
    owned: Vec<(usize, usize, usize)>,
}

/// Re-types an emptied vector of words for another lifetime, keeping its allocation.
fn recycle<'b>(mut words: Vec<&str>) -> Vec<&'b str> {
    words.clear();
    words.into_iter().map(|_| unreachable!("emptied")).collect()
}

/// Appends `text` lowercased as `str::to_lowercase` does, and with its apostrophes
/// (straight or curled) taken out where `apostrophes` says so.
fn push_lowercase(out: &mut String, text: &str, apostrophes: bool) {
    let start = out.len();
    if text.is_ascii() {
        out.push_str(text);
        out[start..].make_ascii_lowercase();
    } else {
        out.push_str(&text.to_lowercase());
    }
    if apostrophes && out[start..].contains(['\'', '’']) {
        let word = without_apostrophes(out[start..].to_string());
        out.truncate(start);
        out.push_str(&word);
    }
}

fn find_with(post: &Post, analysis: &Analysis, scratch: &mut Words) -> Found {
    let mut found = Found::default();
    let mut words: Vec<&str> = recycle(std::mem::take(&mut scratch.slices));
    scratch.own.clear();
    scratch.owned.clear();
    // A sentence opens at the start, after a full stop, a question or exclamation mark
    // or an emoji, and (the analysis folds line breaks into spaces) at a capital: a line
    // of its own ("Spring collection / Explore the range").
    let mut after_full_stop = true;
    let mut imperative = None;
    let on_a_video_platform = matches!(post.platform.as_deref(), Some("youtube" | "tiktok"));
    // An amount written apart from its currency ("99 €", "€ 99", "R$ 20", "20 euros"),
    // as most of Europe and Brazil write prices: the tokenizer sees a number and a
    // sign.
    let (mut after_number, mut after_currency) = (false, false);
    for (token, lower) in analysis.token_iter_lower() {
        let follows_full_stop = after_full_stop;
        after_full_stop = token.kind == TokenKind::Emoji
            || (matches!(token.kind, TokenKind::Punct | TokenKind::RepeatedPunct)
                && token.text.ends_with(['.', '!', '?']));
        let (follows_number, follows_currency) = (after_number, after_currency);
        after_number = token.kind == TokenKind::Number
            || (token.kind == TokenKind::Word
                && lower.is_none()
                && discern_text::is_number_in_other_digits(token.text));
        // An abbreviation's full stop ("Rs. 500", "रु. ५००") stands between it and its
        // amount, and so does a virama the tokenizer split from its word ("රුපියල්").
        after_currency = is_currency_sign(token.text)
            || (follows_currency
                && (token.text == "."
                    || (token.kind == TokenKind::Punct && !token.text.is_ascii())));
        let names_a_currency = || match lower {
            Some(lower) => is_currency_word(lower),
            // Lowercased only after a number: a word not in ASCII is rarely there.
            None => is_currency_word(&token.text.to_lowercase()),
        };
        if follows_number && (after_currency || names_a_currency()) {
            // The number was the amount: it stands as "$" in the phrase lists. (One in
            // another script's digits was lowercased into `scratch`, which would write
            // it back over the "$" at the end.)
            if let Some(amount) = words.last_mut() {
                *amount = "$";
            }
            if scratch
                .owned
                .last()
                .is_some_and(|&(at, _, _)| at + 1 == words.len())
            {
                scratch.owned.pop();
            }
            let before = words.len().checked_sub(2).map(|i| words[i]);
            push_price(&mut found, before);
            after_currency = false;
            continue;
        }
        if follows_currency && after_number {
            push_price(&mut found, words.last().copied());
            words.push("$");
            after_number = false;
            continue;
        }
        match token.kind {
            TokenKind::Url => {
                if let Some(domain) = url_domain(token.text) {
                    let domain = domain.to_ascii_lowercase();
                    let campaign = is_campaign_site(&domain);
                    let petition = !campaign && links_a_petition(&domain, token.text);
                    if on_a_video_platform && links_a_channel(&domain, token.text) {
                        found.push(Evidence::FollowAsk("a link to a channel"));
                    }
                    if post.lands_elsewhere() && is_reference_site(&domain) {
                        found.push(Evidence::CitesReference(domain));
                    } else if is_platform_wrapper(&domain) {
                        found.push(Evidence::WrappedLink(domain));
                    } else if is_shortener(&domain) {
                        found.push(Evidence::Shortener(domain));
                    } else if HELP_CENTRE_HOSTS.iter().any(|h| domain.starts_with(h)) {
                        // support.example.com: a brand pointing a customer to its help
                        // pages, not to a shop.
                        found.push(Evidence::Link(domain));
                        found.push(Evidence::Service("link to a help centre"));
                    } else if is_commercial(&domain) || links_a_sales_page(token.text) {
                        found.push(Evidence::CommercialLink(domain));
                    } else {
                        found.push(Evidence::Link(domain));
                    }
                    if has_referral_code(token.text) {
                        found.push(Evidence::Code);
                    }
                    if campaign {
                        found.push(Evidence::PoliticalAsk("a campaign's website"));
                    } else if petition {
                        found.push(Evidence::PoliticalAsk("a petition"));
                    }
                    // "For more tips like this visit → growthpeak.example": over the
                    // labelled texts a link right after "visit" is in 416 promotions and
                    // 20 people's texts.
                    if words.last() == Some(&"visit") {
                        found.push(Evidence::CallToAction("visit <link>"));
                    }
                }
            }
            TokenKind::Price => {
                push_price(&mut found, words.last().copied());
                // Stands in the phrase lists for any amount ("i made $").
                words.push("$");
            }
            TokenKind::PromoCode => {
                // After "code", "coupon"… anything is a code; alone, a mixed token must
                // read as one (not "32GB", "KL10").
                let after_code_word = words
                    .last()
                    .is_some_and(|w| matches!(*w, "code" | "coupon" | "promo" | "voucher"));
                if after_code_word || reads_as_a_code(token.text) {
                    found.push(Evidence::Code);
                }
            }
            // A date has a phone's digits and dashes ("1991-2020", "2027-10-16").
            TokenKind::Phone if !discern_text::is_date(token.text) => {
                found.push(Evidence::Phone);
            }
            TokenKind::Email => found.push(Evidence::Email),
            TokenKind::Cashtag => found.push(Evidence::Cashtag),
            // "Follow @crypto.signals.vip": an ask to follow an account by name.
            TokenKind::Mention if words.last() == Some(&"follow") => {
                found.push(Evidence::FollowAsk("follow @…"));
            }
            TokenKind::Percent => words.push("%"),
            // "30 %", as French, German and the Nordic languages space it: the number
            // was the percentage.
            TokenKind::Punct if follows_number && token.text == "%" => {
                if let Some(number) = words.last_mut() {
                    *number = "%";
                }
            }
            TokenKind::Word | TokenKind::Number => {
                let word = match lower {
                    Some(word) if !word.as_bytes().contains(&b'\'') => {
                        words.push(word);
                        word
                    }
                    _ => {
                        let start = scratch.own.len();
                        push_lowercase(&mut scratch.own, token.text, true);
                        scratch.owned.push((words.len(), start, scratch.own.len()));
                        words.push("");
                        &scratch.own[start..]
                    }
                };
                // "We at Gulfside Plumbing offer …": the writer speaks for the business
                // they name.
                if let [.., "we", "at", _] = words[..]
                    && token.text.starts_with(char::is_uppercase)
                {
                    found.push(Evidence::BusinessVoice(WE_AT_A_NAME));
                }
                if imperative.is_none()
                    && (follows_full_stop
                        || token.text.starts_with(|c: char| c.is_ascii_uppercase()))
                {
                    imperative = IMPERATIVES.iter().copied().find(|verb| *verb == word);
                }
                if is_stripped_link(word) {
                    found.push(Evidence::Link(word.to_string()));
                } else if token.kind == TokenKind::Word && token.text.len() >= 2 {
                    found.words += 1;
                }
            }
            TokenKind::Hashtag => match lower {
                Some(word) => words.push(word),
                None => {
                    let start = scratch.own.len();
                    push_lowercase(&mut scratch.own, token.text, false);
                    scratch.owned.push((words.len(), start, scratch.own.len()));
                    words.push("");
                }
            },
            _ => {}
        }
    }
    for &(at, start, end) in &scratch.owned {
        words[at] = &scratch.own[start..end];
    }
    let found = judge_words(post, analysis, &words, found, imperative);
    scratch.slices = recycle(words);
    found
}

/// A business speaking of itself in the first person ("our new fall menu", "we're
/// hiring", "we at Gulfside Plumbing"), not a company named ("Apple Inc", "we are a
/// middle power", a trademark sign). In a post of its own that is a brand in its own
/// channel, marketing by `data/LABELS.md` even with nothing to buy, and so something
/// to act on there; in a reply it is not (a shop owner answering a question). Measured
/// leave-one-source-out (BENCHMARKS.md, twenty-second session): pooled macro-F1
/// 0.71049 → 0.71063.
fn speaks_as_its_business(evidence: &Evidence) -> bool {
    matches!(evidence, Evidence::BusinessVoice(p)
        if !matches!(*p, "llc" | "inc" | "ltd" | "we are a" | "a trademark sign"))
}

/// An offer that names its terms ("30% off", "three months half price", "free
/// shipping", "today only"): in a post of its own a reader can buy on them, as on a
/// price with a link. Offer words that only name a kind of thing ("cheap", "discount",
/// "giveaway", "for sale") are not terms, and in a reply none is (a customer passing
/// on a code is not the seller).
fn names_its_terms(evidence: &Evidence) -> bool {
    matches!(evidence, Evidence::Offer(p) if OFFER_TERMS.contains(p))
}

/// The [`Evidence::Offer`] phrases that name terms ([`names_its_terms`]): each is one of
/// the phrase lists' offers, or the share taken off everything that
/// [`phrases`] finds (a test holds them to it).
const OFFER_TERMS: &[&str] = &[
    "off",
    phrases::SHARE_OFF_EVERYTHING,
    "half price",
    "half off",
    "buy one get one",
    "two for one",
    "bogo",
    "first month free",
    "months free",
    "save up to",
    "free shipping",
    "free delivery",
    "livraison gratuite",
    "envío gratis",
    "frete grátis",
    "spedizione gratuita",
    "versandkostenfrei",
    "sale ends",
    "today only",
    "this weekend only",
    "this week only",
    "one day only",
    "ends tonight",
    "ends today",
    "flash sale",
    "while supplies last",
    "limited time",
];

/// "50x", "100x", "x1000", "4x on $RLM": a multiple of what a coin is worth, at least
/// 2 (janitr's pump calls say "5x profit", "4x on"; with ten or more, pooled macro-F1
/// 0.711292 → 0.711203). A multiple of the volume or the average is a chartist's
/// measure ("$ARNX broke 12.40 on 3x volume"), which the caller leaves out.
fn is_a_multiple(word: &str) -> bool {
    let digits = word
        .strip_suffix('x')
        .or_else(|| word.strip_prefix('x'))
        .unwrap_or("");
    (1..=5).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse::<u32>().is_ok_and(|n| n >= 2)
}

/// Verbs that open an advertiser's sentence ("Discover the…", "Introducing…", "Order
/// yours…") and rarely a person's: over the labelled texts where one opens a sentence,
/// 1,263 are marketing or spam and 108 social, many of those businesses' own Instagram
/// posts in the tweet sources (BENCHMARKS.md "Fourteenth session"). "Shop", "try", "get"
/// and "download" open people's sentences as often.
const IMPERATIVES: &[&str] = &[
    "discover",
    "explore",
    "experience",
    "introducing",
    "register",
    "enter",
    "order",
    "apply",
    "unlock",
    "celebrate",
];

/// The rest of the scan, over the post's words. `imperative` is a verb of
/// [`IMPERATIVES`] that opened a sentence: a call to action unless a phrase already
/// names one (so "Order now" counts once).
fn judge_words(
    post: &Post,
    analysis: &Analysis,
    words: &[&str],
    mut found: Found,
    imperative: Option<&'static str>,
) -> Found {
    match_phrases(words, &post.text, &mut found);
    found.praises = words.iter().any(|word| praise::is_praise(word));
    if let Some(verb) = imperative
        && !found
            .items
            .iter()
            .any(|e| matches!(e, Evidence::CallToAction(_)))
    {
        found.push(Evidence::CallToAction(verb));
    }
    // A keyword texted to a short code is already the call to action it finds. The
    // tokens are walked only where a verb that asks for one stands among the words.
    if words.iter().any(|w| phrases::KEYWORD_VERBS.contains(w))
        && !found
            .items
            .contains(&Evidence::CallToAction(phrases::TEXT_TO_A_SHORT_CODE))
        && phrases::asks_for_a_keyword(&post.text, analysis)
    {
        found.push(Evidence::CallToAction(phrases::REPLY_WITH_A_KEYWORD));
    }
    if !found.items.contains(&Evidence::Price) && money::prices_by_the_period(words) {
        found.push(Evidence::Price);
    }
    // A cause's appeals by their shape ([`appeals`]); the tokens are walked only where
    // a word they need stands among the words.
    if words.iter().any(|w| appeals::GIFT_VERBS.contains(w)) && appeals::prices_a_gift(analysis) {
        found.push(Evidence::DonationAsk(appeals::WHAT_A_GIFT_BUYS));
    }
    if words.contains(&"behalf") && appeals::carries_an_imprint(words) {
        found.push(Evidence::PoliticalAsk(appeals::AN_ELECTION_IMPRINT));
    }
    if words.contains(&"vote")
        && !found.items.contains(&Evidence::PoliticalAsk("vote for"))
        && appeals::asks_a_vote_by_name(analysis)
    {
        found.push(Evidence::PoliticalAsk(appeals::VOTE_BY_NAME));
    }
    if !found.has_link()
        && let Some(domain) = spelled_link(&post.text)
    {
        found.push(Evidence::Link(domain));
    }
    if !found.items.contains(&Evidence::Phone) && has_spaced_phone(&post.text) {
        found.push(Evidence::Phone);
    }
    if let Some(word) = disguised_word(&post.text) {
        found.push(Evidence::Disguised(word.to_string()));
    } else if let Some(name) = framed_name(&post.text) {
        found.push(Evidence::FramedName(name.to_string()));
    }
    if marks_a_trademark(&post.text) {
        found.push(Evidence::BusinessVoice("a trademark sign"));
    }
    own_family(words, &mut found);
    // The pump: a coin by its cashtag and the multiple it will reach ("$NOVA is about to
    // 50x"). A price is not promised so by anyone who does not sell it.
    if found.items.contains(&Evidence::Cashtag)
        && words.iter().enumerate().any(|(i, w)| {
            is_a_multiple(w)
                && !matches!(
                    words.get(i + 1),
                    Some(&("volume" | "vol" | "average" | "avg"))
                )
        })
    {
        found.push(Evidence::Deceptive(SCAM_SHAPES[5]));
    }
    if testifies_to_returns(words, analysis) {
        found.push(Evidence::Deceptive(SCAM_SHAPES[0]));
    } else if testifies_to_an_expert(&post.text, words) {
        found.push(Evidence::Deceptive(SCAM_SHAPES[1]));
    } else if testimony::joins_a_chorus(&post.text, words) {
        found.push(Evidence::Deceptive(SCAM_SHAPES[6]));
    } else if credits_an_account(words, analysis) {
        found.push(Evidence::Deceptive(SCAM_SHAPES[7]));
    } else if testimony::claims_income_from_home(words) {
        found.push(Evidence::Deceptive(SCAM_SHAPES[8]));
    } else if found.moves_to_a_chat_app() {
        if opens_a_romance_scam(words) {
            found.push(Evidence::Deceptive(SCAM_SHAPES[2]));
        } else if titled_name(&post.text) {
            // The testimonial scam's last line, in any language: "contact Mrs Evelyn on
            // Telegram", "escríbele a la señora Valeria Ortiz por WhatsApp". None of the
            // labelled texts sends readers to a titled person's chat.
            found.push(Evidence::Deceptive(SCAM_SHAPES[3]));
        }
    } else if seeks_a_stranger(words, found.moves_to_private()) {
        found.push(Evidence::Deceptive(SCAM_SHAPES[4]));
    }
    if post.kind == PostKind::Message {
        // A mail or text lands in an inbox unasked: its "we apologise for the
        // inconvenience" answers nobody (it is the unsubscribe footer of bulk mail).
        found.items.retain(|e| !matches!(e, Evidence::Service(_)));
    } else if let Some(signature) = agent_signature(&post.text) {
        found.push(Evidence::AgentSignature(signature.to_string()));
    }
    if let Some(template) = find_template(words) {
        found.push(Evidence::SpamTemplate(template));
    } else if is_unspun(&post.text) {
        found.push(Evidence::SpamTemplate("unspun spintax {a|b}"));
    }
    if found.items.contains(&Evidence::BusinessVoice("our new"))
        && words
            .windows(3)
            .any(|w| w[..2] == ["our", "new"] && OUR_NEW_HOME.contains(&w[2]))
    {
        // "Our new puppy", "we just moved into our new apartment": a family's, not a
        // business's.
        found
            .items
            .retain(|e| *e != Evidence::BusinessVoice("our new"));
    }
    if found.deceptive() || found.template() {
        found.family_as_bait();
    }
    let signed = business_sign_off(&post.text);
    if found.generic_praise()
        && !found.template()
        && talks_beside_its_links(post, analysis, signed.map(|s| s.at))
        && !describes_its_link(analysis, &found)
    {
        // The commenter says more than praise: they are talking about the page.
        found
            .items
            .retain(|e| !matches!(e, Evidence::GenericPraise(_)));
        found.praise_then_more = true;
    }
    tie::declared_tie(analysis.squashed(), &mut found);
    author_evidence(post, &mut found, signed);
    if found.generic_praise()
        && (found.has_author_url() || found.commercial_author() || found.has_link())
    {
        found.push(Evidence::PraiseForPlacement);
    }
    found
}

/// Whether a link points to a video platform's channel or profile
/// ("youtube.com/@throwbackvault99", "tiktok.com/@x"), not to a video: the way to an
/// account's uploads, which a comment left under someone else's video offers to follow.
/// Only on the video platforms: elsewhere a channel's link is also a creator's own
/// account shown to the platform's support ("my channel was suspended, link: …").
fn links_a_channel(domain: &str, url: &str) -> bool {
    let youtube = domain == "youtube.com" || domain.ends_with(".youtube.com");
    let tiktok = domain == "tiktok.com" || domain.ends_with(".tiktok.com");
    if !youtube && !tiktok {
        return false;
    }
    let path = url.split_once(domain).map_or("", |(_, rest)| rest);
    path.starts_with("/@")
        || (youtube
            && ["/channel/", "/c/", "/user/"]
                .iter()
                .any(|p| path.starts_with(p)))
}

/// Whether the text is a spinner's template sent unspun: two or more "{Hello|Hi|Hey}"
/// choices, each of words alone (not code's "{|x| x + 1}" or a set "{1|2}").
fn is_unspun(text: &str) -> bool {
    // Nearly every text has no brace: one vectorised byte search each (`str::contains`
    // cost 190 instructions a post).
    if memchr::memchr(b'{', text.as_bytes()).is_none() {
        return false;
    }
    let choices = text.split('{').skip(1).filter(|after| {
        after.split_once('}').is_some_and(|(inside, _)| {
            inside.contains('|')
                && inside.len() <= 120
                && inside.split('|').all(|o| {
                    o.chars().any(char::is_alphabetic)
                        && o.chars()
                            .all(|c| c.is_alphabetic() || c == ' ' || c == '\'' || c == '’')
                })
        })
    });
    choices.count() >= 2
}

/// A name marked ™ or ® ("Jeep® Cherokee", "Core™ processors"): how a brand writes its
/// own product names, and almost nobody else. Read from the raw text, which the
/// analysis folds.
fn marks_a_trademark(text: &str) -> bool {
    // Most texts have neither sign: one substring search each, not a walk of the chars.
    if !text.contains('™') && !text.contains('®') {
        return false;
    }
    let mut previous = ' ';
    text.chars().any(|c| {
        let marked = matches!(c, '™' | '®') && previous.is_alphanumeric();
        previous = c;
        marked
    })
}

/// Whether a disclosure phrase is the legal mark of a paid post (a tag such as "#ad", or
/// "paid partnership"), not the bare words ("sponsored", "affiliate") said of other things.
fn marks_a_paid_post(phrase: &str) -> bool {
    phrase.starts_with('#') || phrase == "paid partnership"
}

/// Whether the text speaks as an organisation: "we", "our" or "us", and no "I", "my" or
/// "me". A brand, a shop, a campaign writes its own feed so ("We're closed Monday…",
/// "Meet our new…"); a person writes mostly of themselves. Over the accounts with five
/// or more own posts, the median Fortune 100 company feed speaks so in 54% of its
/// posts (91% of the feeds in more than 30%), and no X archive owner's in more than 7%.
pub fn speaks_as_we(analysis: &Analysis) -> bool {
    voice(analysis) == Voice::Organisation
}

/// Whose voice a text speaks in, by its pronouns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// "I", "my", "me": a person (or an agent signing a brand's answer).
    Person,
    /// "we", "our", "us", and no "I": an organisation, or a family, a team.
    Organisation,
    /// Neither.
    Neither,
}

/// The voice `analysis` speaks in: a person's at its first "I", "my" or "me"; an
/// organisation's when it says "we", "our" or "us" and never "I".
pub fn voice(analysis: &Analysis) -> Voice {
    let mut we = false;
    // Read for every post of an author in a stream: only a short word that starts as
    // a pronoun does is lowercased (a word in another script would be copied to be).
    let pronouns = analysis
        .token_iter_lower()
        .filter(|(token, _)| {
            token.kind == TokenKind::Word
                && token.text.len() <= 11
                && token
                    .text
                    .as_bytes()
                    .first()
                    .is_some_and(|b| matches!(b | 0x20, b'i' | b'm' | b'w' | b'o' | b'u'))
        })
        .map(|(token, lower)| lowercase(token.text, lower));
    for word in pronouns {
        match &*word {
            "i" | "my" | "me" | "mine" | "myself" | "i'm" | "im" | "i've" | "i'll" | "i'd" => {
                return Voice::Person;
            }
            "we" | "our" | "us" | "ours" | "ourselves" | "we're" | "we've" | "we'll" | "we'd" => {
                we = true
            }
            _ => {}
        }
    }
    if we {
        Voice::Organisation
    } else {
        Voice::Neither
    }
}

/// The text's words in lowercase, in order. The analysis keeps an ASCII word's
/// lowercase; only a word with other characters ("we’re", "Señora") is lowercased
/// here, its curled apostrophes straightened.
pub(crate) fn lowercase_words(analysis: &Analysis) -> impl Iterator<Item = Cow<'_, str>> {
    analysis
        .token_iter_lower()
        .filter(|(token, _)| token.kind == TokenKind::Word)
        .map(|(token, lower)| lowercase(token.text, lower))
}

/// A word's lowercase: the analysis's where the word is ASCII (`lower`), else made,
/// with the typographic apostrophe as the lists write it.
fn lowercase<'a>(text: &str, lower: Option<&'a str>) -> Cow<'a, str> {
    match lower {
        Some(word) => Cow::Borrowed(word),
        None => Cow::Owned(text.to_lowercase().replace('’', "'")),
    }
}

/// Whether the text opens by addressing an account: "@name …", not the location tag's
/// "@ Place".
pub fn addresses_an_account(text: &str) -> bool {
    text.trim_start()
        .strip_prefix('@')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
}

/// The signature a support agent ends a brand's reply with: a caret or an asterisk and
/// their initials or first name ("^MC", "*MS", "* Jen"), or a dash or slash and two or
/// three capital initials ("-BH", "/AG"), after any trailing links and "(1/2)" counters.
/// In a reply that opens by addressing an account ("@name …"), a dash or tilde and a
/// first name ("-Becky", "~ Ellen") and a caret and lowercase initials ("^nw") sign it
/// too: over the labelled texts that open so, 439 brand answers end that way and no
/// person's, where a dash and a name after a quotation or a mail is an attribution or a
/// person signing off (BENCHMARKS.md "Fourteenth session"). A location tag ("@ Santa
/// Monica Beach - CA") ends the same way, so a text with one has no signature.
fn agent_signature(text: &str) -> Option<&str> {
    if text.contains(" @ ") {
        return None;
    }
    let mut tokens = text.split_whitespace().rev().skip_while(|t| {
        t.starts_with("http")
            || (t.starts_with('(') && t.ends_with(')') && t.contains('/') && t.len() <= 7)
    });
    let last = tokens.next()?;
    let first = last.chars().next()?;
    let (marker, name) =
        if matches!(first, '^' | '*' | '-' | '–' | '/' | '~') && last.len() > first.len_utf8() {
            (first, &last[first.len_utf8()..])
        } else {
            let prev = tokens.next()?;
            let mut chars = prev.chars();
            let (Some(marker), None) = (chars.next(), chars.next()) else {
                return None;
            };
            (marker, last)
        };
    let addresses = addresses_an_account(text);
    let name = name.trim_end_matches(['.', '!']);
    // A name or initials opening with a capital ("MC", "Jen"), and its narrower case, a
    // first name ("Becky": the rest lowercase, two letters or more).
    let capitalised = name.len() <= 12
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphabetic());
    let first_name =
        capitalised && name.len() >= 2 && name[1..].chars().all(|c| c.is_ascii_lowercase());
    let signed = match marker {
        '^' => {
            capitalised
                || (addresses
                    && (2..=3).contains(&name.len())
                    && name.chars().all(|c| c.is_ascii_lowercase()))
        }
        '*' => capitalised,
        '-' | '–' | '/' | '~' => {
            ((2..=3).contains(&name.len()) && name.chars().all(|c| c.is_ascii_uppercase()))
                || (addresses && marker != '/' && first_name)
        }
        _ => false,
    };
    signed.then_some(name)
}

/// A link whose punctuation an archive stripped ("httpbitly2nuz56a",
/// "wwwmeasurecorg"): a word that starts as a URL does and runs on, letters and digits
/// only. No English word starts with "http" or "www" and runs on like that.
fn is_stripped_link(word: &str) -> bool {
    let rest = word
        .strip_prefix("https")
        .or_else(|| word.strip_prefix("http"))
        .or_else(|| word.strip_prefix("www"));
    rest.is_some_and(|rest| rest.len() >= 5 && rest.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests;
