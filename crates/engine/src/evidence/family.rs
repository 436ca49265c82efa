//! A person's own family ("my mom", "our daughter"), which ads and kits speak of as
//! "your" family or as bait, and "our new …" of a home rather than a business.

use super::{Evidence, Found};

/// Family words a person uses of their own ("my mom", "my little brother"): "my" and
/// then the word, at most one word between.
const FAMILY: &[&str] = &[
    "mom",
    "mum",
    "mother",
    "dad",
    "father",
    "daughter",
    "son",
    "wife",
    "husband",
    "brother",
    "sister",
    "grandma",
    "grandmother",
    "grandpa",
    "grandfather",
    "kids",
    "baby",
    "boyfriend",
    "girlfriend",
    "fiance",
    "fiancé",
    "fiancee",
    "fiancée",
    "niece",
    "nephew",
    "aunt",
    "uncle",
    "cousin",
    "grandson",
    "granddaughter",
    "hubby",
    "bestie",
    "parents",
    "family",
    "children",
    "sons",
    "daughters",
    "moms",
    "dads",
    "wifes",
    "husbands",
];

/// What a family calls "our new" (its home, its pet, its child, its car): after
/// "our new" a person's, not a business's new menu or store.
pub(super) const OUR_NEW_HOME: &[&str] = &[
    "house",
    "home",
    "apartment",
    "flat",
    "place",
    "condo",
    "puppy",
    "pup",
    "kitten",
    "dog",
    "cat",
    "baby",
    "addition",
    "car",
    "neighbor",
    "neighbors",
    "neighbour",
    "neighbours",
    "neighborhood",
    "neighbourhood",
    "backyard",
    "grandson",
    "granddaughter",
    "son",
    "daughter",
];

/// The family a couple speaks of as theirs ("our daughter took her first steps"): one
/// person each. Plural ones are left out: "our children", "our families" are what
/// campaigns say of everyone's.
const OUR_FAMILY: &[&str] = &["daughter", "son", "baby", "granddaughter", "grandson"];

pub(super) fn own_family(words: &[&str], found: &mut Found) {
    // Where "my" and "our" were last seen: each word is compared with the owners once,
    // instead of the two words before it each with both owners.
    let (mut last_my, mut last_our) = (None::<usize>, None::<usize>);
    for (i, word) in words.iter().enumerate() {
        let near = |last: Option<usize>| last.is_some_and(|at| i - at <= 2);
        let (my, our) = (near(last_my), near(last_our));
        if (my || our)
            && let Some(&family) = FAMILY.iter().find(|f| **f == *word)
            && (my || OUR_FAMILY.contains(&family) && our)
        {
            found.push(Evidence::OwnFamily(family));
            return;
        }
        match *word {
            "my" => last_my = Some(i),
            "our" => last_our = Some(i),
            _ => {}
        }
    }
}
