//! The conversation's unit tests.

use super::handles::handle_holds_a_name;
use super::*;

#[test]
fn a_handle_holds_a_name_as_one_of_its_words() {
    let vivian = |part: &str| part.eq_ignore_ascii_case("vivian");
    assert!(handle_holds_a_name("@VivianHartleyFx", vivian));
    assert!(handle_holds_a_name("@trade_with_vivian", vivian));
    assert!(handle_holds_a_name("@vivian2024", vivian));
    assert!(!handle_holds_a_name("@Vivianne", vivian));
    assert!(!handle_holds_a_name("@KevinMarsh", vivian));
}

#[test]
fn a_farms_comments_copy_each_other_and_peoples_do_not() {
    let sketch = |text: &str| word_sketch(Analysis::new(text).squashed());
    let farm = sketch("This really helped me!! I also found great tips at dailytips.example")
        .expect("long enough");
    let copy = sketch("Wow this really helped me! I also found great tips at dailytips.example")
        .expect("long enough");
    assert!(copies(&farm, &copy));
    let person = sketch("the thumb behind the neck tip fixed my buzzing F chord, thanks")
        .expect("long enough");
    assert!(!copies(&farm, &person));
    // Too short to tell a copy from a coincidence.
    assert_eq!(sketch("- Jim http://xent.com/mailman/listinfo/fork"), None);
}

#[test]
fn an_impersonator_is_named_nearly_as_the_owner() {
    let owner = handle_key("@MarcusOnMarkets");
    for handle in [
        "@MarcusOnMarkets_",
        "@MarcusOnMarkets2",
        "@MarcusOnMarketsOfficial",
        "@realMarcusOnMarkets",
        "@MarcusOnMarkots",
    ] {
        assert!(imitates(&handle_key(handle), &owner), "{handle}");
    }
    for handle in [
        "@MarcusOnMarkets",
        "@MarcusLovesMarkets",
        "@marcus",
        "@jkdelaney",
    ] {
        assert!(!imitates(&handle_key(handle), &owner), "{handle}");
    }
    // Short handles differ by a letter by chance.
    assert!(!imitates("anna", "anne"));
}

#[test]
fn requests_for_recommendations_ask() {
    for text in [
        "Can anyone recommend a good vacuum",
        "Looking for alternatives to our CRM",
        "Where can I buy replacement filters?",
        "WHERE can i BUY",
        "any good ones?",
        "suggestions",
    ] {
        assert!(asks_something(&Analysis::new(text)), "{text}");
    }
    for text in [
        "Great read, thanks.",
        "How do you all keep it alive?",
        "for looking",
        "can i buy",
    ] {
        assert!(!asks_something(&Analysis::new(text)), "{text}");
    }
}

#[test]
fn a_handle_hashes_as_its_key_whether_or_not_it_is_one_already() {
    for name in [
        "lumenethelp",
        "@LumenetHelp",
        " jo ",
        "Zoë",
        "@@x",
        "a b",
        "plain_name",
    ] {
        assert_eq!(
            handles::handle_hash(name),
            key_hash(&handle_key(name)),
            "{name:?}"
        );
    }
}

#[test]
fn a_support_account_is_named_after_its_brand() {
    use super::handles::support_family;
    assert_eq!(support_family("lumenethelp"), Some("lumenet"));
    assert_eq!(support_family("asklumenet"), Some("lumenet"));
    assert_eq!(support_family("lumenet_support"), Some("lumenet"));
    assert_eq!(support_family("lumenetcares"), Some("lumenet"));
    // No word that says so, or too little left to be a name.
    assert_eq!(support_family("lumenet"), None);
    assert_eq!(support_family("joe_help"), None);
    assert_eq!(support_family("hannah_wfh"), None);
}

#[test]
fn a_site_is_named_after_the_account_that_links_it() {
    use super::handles::site_named_after;
    assert!(site_named_after("velofibre.co.uk", "velofibredeals"));
    assert!(site_named_after("www.sarahbakes.com", "sarah_bakes"));
    assert!(site_named_after("getmoonlit.app", "moonlit"));
    // A fediverse handle's server is the instance's site, not the account's.
    assert!(!site_named_after(
        "fjordlight.social",
        "hege@fjordlight.social"
    ));
    // Too short a name to say whose a site is; another site altogether.
    assert!(!site_named_after("anna.blog", "anna"));
    assert!(!site_named_after("lumenet.co.uk", "velofibredeals"));
}

#[test]
fn a_promoted_site_is_placed_unless_the_thread_names_it_or_the_sender_signs_with_it() {
    use crate::evidence::{Evidence, Found};
    let promoted = [key_hash("promptloft.example"), key_hash("mithral.example")];
    let marked = |domain: &str, opening: Option<&str>, author: &str| {
        let mut found = Found::default();
        found.push(Evidence::Link(domain.into()));
        landing::promoted_site(&mut found, &promoted, opening, Some(author));
        matches!(found.items[0], Evidence::PromotedSite(_))
    };
    assert!(marked(
        "promptloft.example",
        Some(" storm warning tonight "),
        "MarlowThinks"
    ));
    assert!(!marked(
        "promptloft.example",
        Some(" the promptloft pack "),
        "MarlowThinks"
    ));
    assert!(!marked("elsewhere.example", None, "MarlowThinks"));
    assert!(!marked(
        "mithral.example",
        None,
        "\"Adam\" <beberg@mithral.example>"
    ));
    assert!(!marked(
        "www.mithral.example",
        None,
        "beberg@mithral.example"
    ));
}
