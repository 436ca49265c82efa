//! What a commenter's own details say: their website and its domain, their e-mail domain,
//! and a name that is a business or a keyword rather than a person's.

use discern_posts::{Post, PostKind};
use discern_text::{url_domain, url_path};

use super::lists::COMMERCIAL_WORDS;
use super::{Evidence, Found};

/// The commenter's website: an `author_url` field, or the URL a WordPress comment or
/// an Akismet request gives for its author (their `url` is the author's, not the post's).
pub fn author_url(post: &Post) -> Option<String> {
    if let Some(url) = extra_str(post, "author_url") {
        return Some(url);
    }
    let comment = matches!(
        post.kind,
        PostKind::Reply | PostKind::Pingback | PostKind::Trackback
    );
    match post.platform.as_deref() {
        Some("wordpress" | "akismet") if comment => post.url.clone(),
        // A sign-up or contact form sent through Akismet names the sender's website too.
        Some("akismet") if post.kind == PostKind::Message => post.url.clone(),
        _ => None,
    }
}

/// Whether the post speaks for the community it is posted in, as its moderator: marked
/// so by the platform (Reddit's `distinguished`: "moderator", or "admin" for its
/// staff), or written by Reddit's moderation bot, AutoModerator, whose rules notices
/// open many threads. A moderator's link to the official store or the rules page
/// points members where the community sends them; it sells nothing of the author's.
pub fn moderates(post: &Post) -> bool {
    matches!(
        extra_str(post, "distinguished").as_deref(),
        Some("moderator" | "admin")
    ) || post
        .author
        .as_deref()
        .is_some_and(|author| author.eq_ignore_ascii_case("automoderator"))
}

/// A string field the input carried beyond the post's own (`author_email`…).
pub fn extra_str(post: &Post, name: &str) -> Option<String> {
    post.extra
        .iter()
        .find(|(key, _)| key == name)
        .and_then(|(_, raw)| serde_json::from_str::<String>(raw.get()).ok())
        .filter(|s| !s.trim().is_empty())
}

/// The commenter's name, website and e-mail domain, and a business's name the text is
/// signed with (`signed`: [`business_sign_off`]).
pub(super) fn author_evidence(post: &Post, found: &mut Found, signed: Option<SignOff<'_>>) {
    if post.linkback_kind().is_some() {
        // A linking site's name and address are what a trackback is made of: a
        // blogger's site links a post it writes about, where a site named or addressed
        // for what it sells ("Boat Hire Deals" at cheap-boat-holidays.info, "Best
        // Smart Home Deals 2025") places a link to its wares under the post it pings.
        if let Some(url) = author_url(post)
            && let Some(domain) = url_domain(&url)
        {
            let domain = domain.to_ascii_lowercase();
            let named_to_sell = post
                .author
                .as_deref()
                .is_some_and(|name| page_and_site(name).any(is_business_name_remembered));
            if is_commercial(&domain) || is_sales_page(&url) || named_to_sell {
                found.push(Evidence::CommercialLink(domain));
            }
        }
        return;
    }
    if let Some(url) = author_url(post)
        && let Some(domain) = url_domain(&url)
    {
        let domain = domain.to_ascii_lowercase();
        if is_commercial(&domain) || is_sales_page(&url) || sells_its_services(found) {
            found.push(Evidence::CommercialAuthorUrl(domain));
        } else {
            found.push(Evidence::AuthorUrl(domain));
        }
    }
    if let Some(email) = extra_str(post, "author_email")
        && let Some((_, domain)) = email.rsplit_once('@')
        && is_commercial(domain)
        && !found.commercial_author()
    {
        found.push(Evidence::CommercialAuthorUrl(domain.to_ascii_lowercase()));
    }
    if let Some(name) = &post.author
        && is_business_name_remembered(name)
    {
        let business_site = found.items.iter().any(|e| match e {
            Evidence::CommercialAuthorUrl(_) => true,
            // "Pure Calm CBD" leaving purecalmcbdgummies.com: the business's own site,
            // however plain its words.
            Evidence::AuthorUrl(domain) => names_the_site(name, domain),
            _ => false,
        });
        found.push(Evidence::BusinessName(name.clone()));
        if business_site {
            found.push(Evidence::KeywordCommenter);
        }
    } else if let Some(signed) = signed {
        found.push(Evidence::BusinessName(signed.name.to_string()));
    }
}

/// The parts of a linkback's author: the linking page's title and its site's name
/// ("Top 10 NZ Hikes 2024 – Best Hiking Deals"), or the site's name alone.
fn page_and_site(name: &str) -> impl Iterator<Item = &str> {
    name.split(['–', '—', '|'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
}

/// Words a comment is signed off with ("Best regards, Ace Vacuum Store Manchester").
const SIGN_OFFS: &[&str] = &[
    "regards",
    "cheers",
    "sincerely",
    "thanks",
    "greetings",
    "wishes",
];

/// How near the end of a text its sign-off is looked for, in bytes: a signature's
/// length.
const SIGNATURE_BYTES: usize = 80;

/// A business's name a text is signed with.
#[derive(Clone, Copy)]
pub(super) struct SignOff<'a> {
    /// Where the sign-off starts in the text (its words before are the comment).
    pub at: usize,
    pub name: &'a str,
}

/// The business a comment is signed by, where its last words are a sign-off and a
/// business's name ("Regards, Kevin from Elite Roofing Solutions"): the commenter's
/// name field, written into the text. A sign-off stands apart from the name after it
/// (a comma, a colon or a line break: "thanks to our team" runs on, a sentence).
pub(super) fn business_sign_off(text: &str) -> Option<SignOff<'_>> {
    let text = text.trim_end();
    let bytes = text.as_bytes();
    let floor = text.len().saturating_sub(SIGNATURE_BYTES);
    let mut end = text.len();
    // From the last separator back (the name may hold one: "Regards, Kevin, Elite
    // Roofing"); most texts have none near their end, and cost a byte search.
    while let Some(at) = memchr::memrchr3(b',', b'\n', b':', &bytes[floor..end]) {
        let at = floor + at;
        end = at;
        let before = text[..at].trim_end();
        let word_start = before.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
        let word = &before[word_start..];
        if !SIGN_OFFS.iter().any(|s| word.eq_ignore_ascii_case(s)) {
            continue;
        }
        let name =
            text[at + 1..].trim_matches(|c: char| c.is_whitespace() || ",.:;-–—!".contains(c));
        let plain = !name.contains(['@', '#', '/']);
        return (!name.is_empty() && plain && is_business_name(name)).then_some(SignOff {
            at: word_start,
            name,
        });
    }
    dashed_signature(text, floor)
}

/// The last dash at or after byte `floor` that stands between words (a hyphen, an en
/// or an em dash, after a space or a line break and before a space), as (where its
/// separator starts, the separator's length). One backward byte search: most texts have
/// no dash near their end (five substring searches cost 2,500 instructions a post).
fn last_dash(bytes: &[u8], floor: usize) -> Option<(usize, usize)> {
    let mut end = bytes.len();
    while let Some(i) = memchr::memrchr2(b'-', 0xE2, &bytes[floor..end]) {
        let i = floor + i;
        end = i;
        // "–" and "—" are E2 80 93 and E2 80 94.
        let width = match bytes[i] {
            b'-' => 1,
            _ if matches!(bytes.get(i + 1..i + 3), Some([0x80, 0x93 | 0x94])) => 3,
            _ => continue,
        };
        if i > 0 && matches!(bytes[i - 1], b' ' | b'\n') && bytes.get(i + width) == Some(&b' ') {
            return Some((i - 1, width + 2));
        }
    }
    None
}

/// A signature after a dash: "- Mark, Oakridge Plumbing & Drain", "— Kevin from Elite
/// Roofing". A dash alone also sets off an afterthought ("… from the shop - best deal
/// ever"), so the signature must read as one: a capitalised first name, then ", ",
/// "from" or "at", then a business's name in capitals.
fn dashed_signature(text: &str, floor: usize) -> Option<SignOff<'_>> {
    let (at, dash) = last_dash(text.as_bytes(), floor)?;
    let signature =
        text[at + dash..].trim_end_matches(|c: char| c.is_whitespace() || ".!".contains(c));
    let (person, business) = signature
        .split_once(", ")
        .or_else(|| signature.split_once(" from "))
        .or_else(|| signature.split_once(" at "))?;
    let capitalised = |word: &str| word.chars().next().is_some_and(char::is_uppercase);
    let person_words: Vec<&str> = person.split_whitespace().collect();
    let is_person = (1..=2).contains(&person_words.len())
        && person_words
            .iter()
            .all(|w| capitalised(w) && w.chars().all(char::is_alphabetic));
    let is_business = business
        .split_whitespace()
        .all(|w| capitalised(w) || ["&", "and", "of", "the"].contains(&w))
        && !business.contains(['@', '#', '/', '.', '!', '?'])
        && is_business_name(business);
    (is_person && is_business).then_some(SignOff { at, name: business })
}

/// Whether a site's domain holds a commenter's whole name, squashed ("Pure Calm CBD" in
/// "purecalmcbdgummies.com"): a name of six letters or more, so a first name is not
/// found inside a longer word.
fn names_the_site(name: &str, domain: &str) -> bool {
    let squashed: String = name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    squashed.len() >= 6 && domain.contains(&squashed)
}

/// What a business says of the services it sells ("we provide home tuition", "hire
/// me"): a commenter who speaks so leaves their business's website, whatever its name.
/// Not the rest of [`Evidence::BusinessVoice`]'s phrases ("we help", "our mission",
/// "our new"), which people say of their families, clubs and homes too.
pub(super) const SELLS: &[&str] = &[
    "we offer",
    "offriamo",
    "ofrecemos",
    "oferecemos",
    "nous offrons",
    "nous proposons",
    "wir bieten",
    "wij bieden",
    "we provide",
    "we specialize",
    "we specialise",
    "our services",
    "our products",
    "our company",
    "our agency",
    "our clients",
    "our store",
    "our shop",
    "my services",
    "hire me",
    "we are a",
    "our firm",
    "my firm",
    "our practice",
    "we help clients",
    "i help clients",
];

/// What the maker of a product says of it ("we built", "our app", "shameless plug"):
/// a reply that links a site and speaks so links its own ([`Found::text_promotes`]).
/// Of [`Evidence::BusinessVoice`]'s phrases, the ones that name a product as the
/// writer's; on the labelled data, 120 of the 123 texts with a link and one of them
/// are promotion (marketing or spam).
pub(super) const MAKES: &[&str] = &[
    "our app",
    "our tool",
    "our startup",
    "our platform",
    "we built",
    "we created",
    "we're building",
    "we've been building",
    "ended up building",
    "shameless plug",
    "i'm the founder",
    "i founded",
    // The content a business made, which the link it places leads to ("We wrote a
    // complete guide … here: …"). On the labelled data these add four texts with a
    // link, all marketing.
    "we wrote",
    "our guide",
    "our reviews",
    "our article",
];

fn sells_its_services(found: &Found) -> bool {
    found
        .items
        .iter()
        .any(|e| matches!(e, Evidence::BusinessVoice(p) if SELLS.contains(p)))
}

/// A domain split into its name and its public suffix (`psl`: "co.uk" and "com.br" are
/// suffixes, so "loja.com.br" is named "loja"); without a known suffix, the last label is
/// taken for one.
pub(super) fn split_public_suffix(domain: &str) -> (&str, Option<&str>) {
    let suffix = psl::suffix_str(domain).filter(|suffix| suffix.len() < domain.len());
    let name = match suffix {
        Some(suffix) => domain[..domain.len() - suffix.len()].trim_end_matches('.'),
        None => domain.rsplit_once('.').map_or(domain, |(name, _)| name),
    };
    (name, suffix)
}

/// Whether a domain's name (without its public suffix: `psl`, so "co.uk" is a suffix
/// and "davidcrozier.co.uk" is a person's site) is made of commercial words.
pub(super) fn is_commercial(domain: &str) -> bool {
    // "nhanh..shop" is two words and an ellipsis, not a domain (no label is empty).
    if domain.split('.').any(str::is_empty) {
        return false;
    }
    let (name, suffix) = split_public_suffix(domain);
    if suffix.is_some_and(|suffix| COMMERCE_SUFFIXES.contains(&suffix)) {
        return true;
    }
    name.split('.')
        .flat_map(|label| label.split(['-', '_']))
        .any(|part| COMMERCIAL_WORDS.contains(&part) || commercial_compound(part))
}

/// Whether a commenter's website is a page of a shop's or a business's catalogue
/// ("…/services/lawn-care-maintenance/", "…/collections/sleep-gummies"): a person
/// leaves their home page or their blog; a backlink bought for a keyword points at the
/// page that sells it. Read from the path's words, split as a domain's are.
fn is_sales_page(url: &str) -> bool {
    /// Path words of catalogues beyond [`COMMERCIAL_WORDS`]: the sections shop
    /// software names (Shopify's "collections" and "products", WooCommerce's
    /// "product-category").
    const CATALOGUE: &[&str] = &["products", "product", "collections", "pricing", "catalog"];
    path_says_any(url, &[COMMERCIAL_WORDS, CATALOGUE])
}

/// Whether a word of a link's path, split as a domain's labels are, is one of `lists`'
/// (lowercase) words, ASCII case aside: the commenter's sales page and a text's both
/// read their paths so.
fn path_says_any(url: &str, lists: &[&[&str]]) -> bool {
    url_path(url).split(['/', '-', '_', '.']).any(|word| {
        lists
            .iter()
            .any(|list| list.iter().any(|w| w.eq_ignore_ascii_case(word)))
    })
}

/// Whether a link in a text points at a page that sells: a shop's product or
/// collection page, a cart or checkout, a booking, tickets, classes or courses
/// ("…/products/backstretcher", "comfydesk.store/order", "…/classes"). Over the
/// labelled texts such a link is in 195 promotions and 23 people's texts (software
/// "products" pages, a university's "courses").
pub(super) fn links_a_sales_page(url: &str) -> bool {
    const SALES_PATH_WORDS: &[&str] = &[
        "products",
        "product",
        "collections",
        "pricing",
        "catalog",
        "shop",
        "store",
        "checkout",
        "cart",
        "tickets",
        "classes",
        "courses",
        "workshops",
        "booking",
        "membership",
        "preorder",
        "order",
        "buy",
        "deals",
        "sale",
    ];
    path_says_any(url, &[SALES_PATH_WORDS])
}

/// Whether a domain is a campaign's ("harmonforcouncil.com", "nellaforsenate.com",
/// "electemilyrandall.com", "votejones.org"): a candidate's name and the office, or
/// "vote"/"elect" and a name, is how campaigns name their sites. Over the labelled
/// texts such a link is in 121 campaign messages and 1 person's text ("votetogether.ca").
pub(super) fn is_campaign_site(domain: &str) -> bool {
    const OFFICES: &[&str] = &[
        "council",
        "mayor",
        "congress",
        "senate",
        "governor",
        "president",
        "assembly",
        "judge",
        "sheriff",
        "schoolboard",
        "delegate",
        "commissioner",
        "alderman",
    ];
    let name = psl::domain_str(domain)
        .and_then(|registrable| registrable.split('.').next())
        .unwrap_or(domain);
    let for_office = |joint: &str| {
        name.match_indices(joint).any(|(at, _)| {
            let office = &name[at + joint.len()..];
            OFFICES.iter().any(|o| office.starts_with(o))
        })
    };
    // Not the words that begin so: "voters", "electric", "electronics", "election",
    // "elective", "elector".
    let asks = [("vote", "r"), ("elect", "rio"), ("reelect", "rio")]
        .iter()
        .any(|(ask, not_next)| {
            name.strip_prefix(ask).is_some_and(|rest| {
                rest.len() >= 3 && !rest.starts_with(|c: char| not_next.contains(c))
            })
        });
    for_office("for") || for_office("4") || asks
}

/// Whether a link points at a petition ("change.org/p/save-5th-st-dog-park",
/// "petitions.parliament.uk/…", "…/petition/…", "…/health-crisis-petition"): signing
/// it is the cause's ask. A news story's slug that mentions one
/// ("…/aboriginal-petition-against-…") is not. Over the labelled texts such a link is
/// in 8 promotions and 2 people's texts, both asking readers to sign.
pub(super) fn links_a_petition(domain: &str, url: &str) -> bool {
    let path = url_path(url);
    (domain.ends_with("change.org") && path.starts_with("/p/"))
        || domain.starts_with("petition")
        || path.split(['/', '?', '#']).any(|segment| {
            let s = segment.as_bytes();
            s.get(..8)
                .is_some_and(|head| head.eq_ignore_ascii_case(b"petition"))
                || s.len()
                    .checked_sub(9)
                    .is_some_and(|at| s[at..].eq_ignore_ascii_case(b"-petition"))
        })
}

/// The top-level domains made for selling ("solepicks.shop", "deals.store"): whoever
/// registers under them says what the site is for, whatever its name.
const COMMERCE_SUFFIXES: &[&str] = &[
    "shop", "store", "shopping", "sale", "deals", "discount", "boutique", "bargains", "cheap",
    "buy", "market", "markets", "forsale", "promo", "coupons",
];

/// "bestseoservices" → contains "seo" and "services": a squashed keyword domain.
fn commercial_compound(part: &str) -> bool {
    const STRONG: &[&str] = &[
        "seo",
        "cheap",
        "casino",
        "viagra",
        "cialis",
        "pharmacy",
        // The drugs pharmacy spam is named after ("phentermine" as a commenter's
        // name, "buy-tramadol-online"): no person or other site is.
        "phentermine",
        "tramadol",
        "xanax",
        "kamagra",
        "levitra",
        "replica",
        "loans",
        "followers",
        "backlinks",
        "discount",
        "outlet",
        "services",
        "marketing",
        "deals",
        "consulting",
        "ventures",
        // The essay mills' domains ("writemyessay24h", "dailyhomeworkhelp"), the
        // commonest link under forum and blog answers.
        "essay",
        "homework",
        "coursework",
        "dissertation",
        // A product's name run together ("bestcbdgummies-uk"), and the German word
        // for a service that trades' names end in ("schluesseldienst", "pflegedienst").
        "cbd",
        "gummies",
        "dienst",
        // Spanish loans run together ("prestamoya-rapido.es").
        "prestamo",
        // The crypto-investment scam's sites, named for the money they promise
        // ("cryptoyieldnow.net", "cryptoprofit-daily.io"); not "crypto" alone, which
        // cryptography's sites are named with.
        "cryptoyield",
        "cryptoprofit",
        "cryptoinvest",
        "cryptotrad",
        "cryptosignal",
    ];
    // Compared in place: names are short, and `str::contains` sets up a searcher for
    // each of the words (a tenth of the evidence scan's time, on every author's name).
    // The first byte is compared before the rest: a slice comparison at every position
    // was a `memcmp` call each (~2,000 instructions a name).
    let part = part.as_bytes();
    part.len() > 5
        && STRONG.iter().any(|w| {
            let w = w.as_bytes();
            part.windows(w.len()).any(|at| at[0] == w[0] && at == w)
        })
}

/// A name's words in lowercase: split at every character `keep` refuses and at the
/// capitals of words run together ("AutoGlassRepairPros": auto, glass, repair, pros).
/// How a commenter's name is read for a business's words, and a brand's handle for
/// the words people write its name in.
pub(crate) fn words_of_a_name(name: &str, keep: fn(char) -> bool) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if (!keep(c) || c.is_uppercase() && previous_lower) && !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if keep(c) {
            word.extend(c.to_lowercase());
        }
        previous_lower = c.is_lowercase();
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Words of a help desk's name ("HP Printer Support", "Tech Helpline"): a business's in
/// a commenter's name, though not in a link's domain (support.google.com is where a
/// reader sends someone for help, so they are not [`COMMERCIAL_WORDS`]).
const HELP_DESK_WORDS: &[&str] = &["support", "helpline", "helpdesk", "hotline"];

/// Names in the cache of [`is_business_name_remembered`] (a power of two).
const REMEMBERED_NAMES: usize = 16_384;

thread_local! {
    /// Recent authors' names with [`is_business_name`] of each, one name a slot (slot
    /// by the name's hash; a name that collides replaces the one there).
    static BUSINESS_NAMES: std::cell::RefCell<Vec<Option<(String, bool)>>> =
        std::cell::RefCell::new(vec![None; REMEMBERED_NAMES]);
}

/// [`is_business_name`], remembered for the last names seen: an author writes many
/// posts of a stream, and the check (lowercasing, splitting, the commercial words and
/// compounds) took ~1,900 instructions a post (callgrind) where a lookup takes about a
/// tenth. Memory stays about a megabyte whatever the number of authors (at 4,096 names
/// half the lookups of the 100,000 thread posts, 17,252 authors, missed).
pub(super) fn is_business_name_remembered(name: &str) -> bool {
    let slot = discern_threads::hashing::key_hash(name) as usize & (REMEMBERED_NAMES - 1);
    BUSINESS_NAMES.with_borrow_mut(|names| match &mut names[slot] {
        Some((known, business)) if known == name => *business,
        entry => {
            let business = is_business_name(name);
            match entry {
                // The slot's string is reused for the new name.
                Some((known, remembered)) => {
                    known.clear();
                    known.push_str(name);
                    *remembered = business;
                }
                None => *entry = Some((name.to_owned(), business)),
            }
            business
        }
    })
}

/// A commenter's name that is a business or a keyword rather than a person: it has a
/// commercial word, a company suffix, or is itself a domain.
pub(super) fn is_business_name(name: &str) -> bool {
    // A mail's "Display Name <address>": the display name is the name; an address alone
    // says nothing of a business.
    let display = name.split('<').next().unwrap_or(name);
    // A handle's "@" ("@AutoGlassRepairPros", as YouTube names commenters) is not an
    // address's.
    let display = display
        .trim()
        .trim_matches(['"', '\''])
        .trim()
        .trim_start_matches('@');
    let lower = display.to_lowercase();
    if lower.contains('@') {
        return false;
    }
    if !lower.contains(' ')
        && [".com", ".net", ".org", ".biz", ".info"]
            .iter()
            .any(|tld| lower.ends_with(tld))
    {
        // The name is a domain ("best-seo-services.com").
        return true;
    }
    let parts = words_of_a_name(display, char::is_alphanumeric);
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    // "… near me" is a search query, the keyword a backlink is bought for; no one is
    // named so.
    if parts.windows(2).any(|pair| pair == ["near", "me"]) {
        return true;
    }
    // One- and two-letter parts ("co") only count as suffixes of longer names.
    parts.len() >= 2
        && parts
            .iter()
            .any(|p| COMMERCIAL_WORDS.contains(p) || HELP_DESK_WORDS.contains(p))
        || parts.iter().any(|p| commercial_compound(p))
}

#[cfg(test)]
mod tests {
    use super::super::{Evidence, find};
    use discern_posts::{Post, PostKind};
    use discern_text::Analysis;

    fn pingback(site: &str, url: &str) -> Vec<Evidence> {
        let mut post = Post::new("1", "[…] the loop from Ambleside past the tarn […]");
        post.author = Some(site.into());
        post.kind = PostKind::Pingback;
        post.platform = Some("akismet".into());
        post.url = Some(url.into());
        find(&post, &Analysis::new(&post.text)).items
    }

    /// A blogger's site links a post it writes about; a site named or addressed for
    /// what it sells places a link to its wares.
    #[test]
    fn a_linkback_from_a_site_named_to_sell_places_its_link() {
        let commercial = |items: Vec<Evidence>| {
            items
                .iter()
                .any(|e| matches!(e, Evidence::CommercialLink(_)))
        };
        assert!(commercial(pingback(
            "Boat Hire Deals",
            "https://canal-breaks.example/uk/"
        )));
        assert!(commercial(pingback(
            "Lakes walking – Rowan's notes",
            "https://cheap-hiking-deals.example/"
        )));
        assert!(commercial(pingback(
            "Top 10 Fell Walks 2025 – Best Hiking Deals",
            "https://fellnotes.example/top-10"
        )));
        assert!(!commercial(pingback(
            "Fell walking with Rowan",
            "https://rowanwalks.example/2025/05/tarn"
        )));
    }
}
