//! Amounts of money written apart from their currency: "99 €", "R$ 20", "20 euros",
//! "Rs. 500", "৫০০ টাকায়", "900 ብር". The tokenizer joins a sign to its amount
//! ("$5,000", "₦5,000"); the currency's name or abbreviation is a word of its own,
//! found here beside the number. A price is an offer's evidence in any language: a
//! Colombo tea estate's "රුපියල් 950", an Addis Ababa roaster's "በኪሎ 900 ብር".

use super::{Evidence, Found};

/// A currency's sign or abbreviation standing apart from its amount, before it or after
/// it ("99 €", "R$ 20", "Rs 500", "KSh 1,500", "Rp 50.000", "रु. ५००", "රුපියල් 950").
/// Abbreviations are matched with their capitals: "RM 20" is ringgit, "rm" a word.
/// Left out are codes that are also words or names people write beside a number: "PHP
/// 8", "AMD 7950X", "GEL 2", "TRY 3", "PEN 2", "MAD 5".
pub(super) fn is_currency_sign(token: &str) -> bool {
    // Every sign and abbreviation but the złoty's opens with a symbol, a capital or a
    // letter of another script: a lowercase word, most of every text, is none.
    (token == "zł" || !token.as_bytes().first().is_some_and(u8::is_ascii_lowercase))
        && matches!(
            token,
            "€" | "£"
            | "¥"
            | "₹"
            | "R$"
            | "$"
            | "US$"
            | "CHF"
            | "zł"
            // Signs of the currencies of South and Southeast Asia, Africa, the Caucasus
            // and Central Asia, as they stand apart from an amount.
            | "₦"
            | "₱"
            | "฿"
            | "₺"
            | "₴"
            | "₸"
            | "₾"
            | "৳"
            | "₵"
            | "₭"
            | "₮"
            | "֏"
            | "₪"
            | "₡"
            | "₲"
            | "₼"
            // ISO codes and the abbreviations shops write.
            | "USD"
            | "EUR"
            | "GBP"
            | "INR"
            | "Rs"
            | "PKR"
            | "LKR"
            | "NPR"
            | "BDT"
            | "Tk"
            | "Rp"
            | "IDR"
            | "RM"
            | "MYR"
            | "KSh"
            | "Ksh"
            | "KES"
            | "NGN"
            | "GHS"
            | "GH₵"
            | "ZAR"
            | "UGX"
            | "TZS"
            | "ETB"
            | "VND"
            | "THB"
            | "AED"
            | "SAR"
            | "QAR"
            | "EGP"
            | "KWD"
            | "UAH"
            | "RUB"
            | "KZT"
            | "UZS"
            | "HUF"
            | "CZK"
            | "Kč"
            | "PLN"
            | "RON"
            | "SEK"
            | "NOK"
            | "DKK"
            | "ISK"
            | "CAD"
            | "AUD"
            | "NZD"
            | "SGD"
            | "HKD"
            | "MXN"
            | "BRL"
            | "JPY"
            | "CNY"
            | "RMB"
            // The rupee's abbreviation in Devanagari, Tamil and Sinhala, and the
            // Sinhala rupee written out before its amount.
            | "रु"
            | "रू"
            | "ரூ"
            | "රු"
            | "රුපියල්"
            // The same without its final virama, which the tokenizer splits off.
            | "රුපියල"
        )
}

/// A currency's name after an amount ("20 euros", "99 EUR", "500 rupees", "৫০০
/// টাকায়"). `lower` is the word lowercased. Names that take case endings (Bengali
/// "টাকায়", "in taka"; Russian "рублей") are matched by their stem. Not "dollars",
/// "pounds" or "bucks": people report what things cost them in those ("spent 50 bucks
/// on it"), and "pounds" weigh.
pub(super) fn is_currency_word(lower: &str) -> bool {
    const NAMES: &[&str] = &[
        "eur",
        "euro",
        "euros",
        "usd",
        "gbp",
        "reais",
        "rupees",
        "rupiah",
        "taka",
        "birr",
        "naira",
        "cedis",
        "shillings",
        "pesos",
        "ringgit",
        "baht",
        "hryvnia",
        "tenge",
        "lari",
        "kyat",
        "dirhams",
        "riyals",
        "dinars",
        "forint",
        "zloty",
        "złotych",
        "lei",
        "kronor",
        "kroner",
        "krónur",
        "yuan",
        "so'm",
        "soʻm",
        "đồng",
        "vnd",
        "inr",
        "pkr",
        "kes",
        "ngn",
    ];
    /// Stems of the names in their own scripts, which take case endings.
    const STEMS: &[&str] = &[
        "টাকা",
        "রুপি",
        "रुपै",
        "रुपय",
        "ரூபா",
        "රුපියල",
        "ብር",
        "դրամ",
        "ლარ",
        "руб",
        "грн",
        "гривен",
        "гривн",
        "тенге",
        "теңге",
        "сом",
        "บาท",
        "ريال",
        "درهم",
        "جنيه",
        "دينار",
        "روپ",
        "ကျပ်",
    ];
    NAMES.contains(&lower) || (!lower.is_ascii() && STEMS.iter().any(|s| lower.starts_with(s)))
}

/// An amount in cents by the period or the unit, with no currency ("49.99 a month",
/// "3.50 per person", "12.95 a night"): how a price is written where everyone knows the
/// currency. Two decimals make it money; the period makes it a price asked, not one
/// reported. Not by the hour: a wage ("I make 15.50 an hour") is reported so.
pub(super) fn prices_by_the_period(words: &[&str]) -> bool {
    words.windows(3).any(|run| {
        matches!(run[1], "a" | "an" | "per")
            && matches!(
                run[2],
                "month"
                    | "mo"
                    | "year"
                    | "yr"
                    | "week"
                    | "day"
                    | "night"
                    | "person"
                    | "head"
                    | "kg"
                    | "pack"
                    | "box"
            )
            && in_cents(run[0])
    })
}

/// Whether a word is an amount with two decimals ("49.99", "1,299.00").
fn in_cents(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(whole, cents)| {
        cents.len() == 2
            && cents.bytes().all(|b| b.is_ascii_digit())
            && !whole.is_empty()
            && whole.bytes().all(|b| b.is_ascii_digit() || b == b',')
    })
}

/// A price found, unless the word before its amount reports what something cost
/// ([`REPORTS_A_COST`]).
pub(super) fn push_price(found: &mut Found, before: Option<&str>) {
    if !before.is_some_and(|w| REPORTS_A_COST.contains(&w)) {
        found.push(Evidence::Price);
    }
}

/// Words before an amount that say what something cost or was, not what it sells for:
/// "it cost me $40", "paid $1,200", "was $3m", "about $20". Over the labelled texts an
/// amount after one of them is in 486 people's texts, 61 marketing and 20 spam; after
/// "in", "just", "only", "get" or "save" it is an offer's.
const REPORTS_A_COST: &[&str] = &[
    "paid", "paying", "cost", "costs", "was", "were", "is", "be", "about", "around", "me", "like",
];

#[cfg(test)]
mod tests {
    use crate::evidence::{Evidence, find};
    use discern_posts::Post;

    fn priced(text: &str) -> bool {
        let post = Post::new("t", text);
        find(&post, &discern_text::Analysis::new(text))
            .items
            .contains(&Evidence::Price)
    }

    #[test]
    fn an_amount_beside_its_currency_in_any_script_is_a_price() {
        for price in [
            "Fresh tea, 400g pack only Rs 950, island-wide delivery",
            "Fresh tea, 400g pack only Rs. 950",
            "ග්‍රෑම් 400 පැකට්ටුව රුපියල් 950",
            "ትኩስ ቡና በኪሎ 900 ብር",
            "মাত্র ৫০০ টাকায় একটি ট্যাংক",
            "हाम्रो कोषमा रु. ५०० सहयोग गर्नुहोस्",
            "Bei za jumla: KSh 1,500 kwa kilo",
            "Sign up today and get ₦ 5,000 free",
            "Hanya Rp 50.000 untuk dua orang",
            "fibre 500 now, no install fee, 49.99 a month for the first 6 months",
        ] {
            assert!(priced(price), "{price}");
        }
        for talk in [
            "rm -rf 500 files by mistake lol",
            "I spent 50 bucks on that game and regret it",
            "she lost 20 pounds before the wedding",
            "it cost me 500 rupees to fix the screen",
            "I make 15.50 an hour and rent went up again",
        ] {
            assert!(!priced(talk), "{talk}");
        }
    }
}
