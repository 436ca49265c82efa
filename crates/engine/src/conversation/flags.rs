//! What an author's profile shows beside a verdict.

use discern_threads::accounts::AccountProfile;

use super::AUTOMATED;

/// The author flags worth showing beside a verdict.
pub fn flags_of(profile: &AccountProfile) -> Vec<String> {
    let mut flags = Vec::new();
    if profile.automation >= AUTOMATED {
        let why = profile
            .reasons
            .first()
            .map(|r| format!(": {r}"))
            .unwrap_or_default();
        flags.push(format!("automated ({:.2}){why}", profile.automation));
    }
    if let Some(triggers) = &profile.keyword_triggers {
        flags.push(format!(
            "keyword-triggered replies: {} replies under {} posts mentioning {}",
            triggers.replies,
            triggers.parents,
            triggers.trigger_words.join(", ")
        ));
    }
    if profile.content_mix.labelled >= 10 && profile.content_mix.over_80_20 {
        flags.push(format!(
            "{:.0}% promotional (over the 80/20 guide)",
            profile.content_mix.promotional_share * 100.0
        ));
    }
    flags
}
