//! Reading help aloud in the learner's language (issue #13 §3), with no browser: which of the
//! browser's voices reads a language, and what of a shown translation is spoken.
//!
//! Choices:
//! - A voice matches when the primary language of its tag matches (`ar-SA`, `zh_CN`,
//!   `zh-Hans-CN` and Android's `zh_CN_#Hans` all read; `cmn` counts as Chinese). Among those,
//!   the voice of the wanted region comes first (the locale's own region, else the usual one for
//!   learners of that language, e.g. Mandarin `zh-CN` rather than Cantonese `zh-HK`), then a local
//!   voice (it works offline and has no 15-second limit), then the browser's order.
//! - Translations quote the Italian words the learner sees, usually with their meaning in
//!   brackets: `«Abbiamo spostato la visita» (We have moved your appointment)`. Italian read by
//!   a foreign voice is hard to follow, so a quote followed by a bracket is skipped (the meaning
//!   is read instead); a quote with no bracket after it is read as written, so the sentence keeps
//!   all its words. The guillemets are never spoken.

use crate::speech_plan::chunks;

/// The usual region of each learner language, used when the interface locale names none.
const USUAL_REGIONS: [(&str, &str); 9] = [
    ("en", "gb"),
    ("fr", "fr"),
    ("es", "es"),
    ("ar", "sa"),
    ("bn", "bd"),
    ("sq", "al"),
    ("uk", "ua"),
    ("ur", "pk"),
    ("zh", "cn"),
];

/// What the app knows of one of the browser's voices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoiceInfo {
    /// Its language tag, as the browser gives it (`ar-SA`, `zh_CN`…).
    pub lang: String,
    /// Whether it speaks without the network.
    pub local: bool,
}

/// The primary language and the region of a language tag, lower-case: `zh_CN_#Hans` gives
/// `("zh", Some("cn"))`, `zh-Hans` gives `("zh", None)`.
fn language_and_region(tag: &str) -> (String, Option<String>) {
    let mut parts = tag
        .split(['-', '_'])
        .map(|part| part.trim_start_matches('#').to_ascii_lowercase());
    let language = match parts.next().unwrap_or_default() {
        chinese if chinese == "cmn" => "zh".to_string(),
        other => other,
    };
    let region = parts.find(|part| {
        (part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
            || (part.len() == 3 && part.chars().all(|c| c.is_ascii_digit()))
    });
    (language, region)
}

/// The index of the voice that reads `locale` (an interface locale such as `ar` or `en-GB`)
/// best, as the module doc says; `None` when no voice speaks its language.
pub fn voice_for(voices: &[VoiceInfo], locale: &str) -> Option<usize> {
    let (language, region) = language_and_region(locale);
    let wanted = region.or_else(|| {
        USUAL_REGIONS
            .iter()
            .find(|(l, _)| *l == language)
            .map(|(_, r)| r.to_string())
    });
    voices
        .iter()
        .enumerate()
        .filter_map(|(i, voice)| {
            let (lang, region) = language_and_region(&voice.lang);
            (lang == language).then_some(((wanted.is_some() && region != wanted, !voice.local), i))
        })
        .min()
        .map(|(_, i)| i)
}

/// What is spoken of a translation as shown, in parts short enough for one utterance each:
/// Italian quotes followed by their meaning in brackets are left out, other quotes lose their
/// guillemets (see the module doc). Empty when nothing is left to say.
pub fn spoken_parts(shown: &str) -> Vec<String> {
    let mut said = String::with_capacity(shown.len());
    let mut rest = shown;
    while let Some(open) = rest.find('«') {
        let Some(close) = rest[open..].find('»').map(|c| open + c) else {
            break;
        };
        said.push_str(&rest[..open]);
        let quoted = &rest[open + '«'.len_utf8()..close];
        let after = &rest[close + '»'.len_utf8()..];
        if !after.trim_start().starts_with('(') {
            said.push_str(quoted);
        }
        rest = after;
    }
    said.push_str(rest);
    chunks(&said)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voices(list: &[(&str, bool)]) -> Vec<VoiceInfo> {
        list.iter()
            .map(|&(lang, local)| VoiceInfo {
                lang: lang.to_string(),
                local,
            })
            .collect()
    }

    #[test]
    fn a_voice_is_found_whatever_the_tag_spelling() {
        let list = voices(&[
            ("it-IT", true),
            ("ar_SA", true),
            ("ZH-cn", true),
            ("uk", true),
            ("bn-IN", true),
            ("sq-AL", true),
            ("ur-PK", true),
        ]);
        assert_eq!(voice_for(&list, "ar"), Some(1));
        assert_eq!(voice_for(&list, "zh"), Some(2));
        assert_eq!(voice_for(&list, "uk"), Some(3));
        assert_eq!(voice_for(&list, "bn"), Some(4));
        assert_eq!(voice_for(&list, "sq"), Some(5));
        assert_eq!(voice_for(&list, "ur"), Some(6));
    }

    #[test]
    fn no_voice_of_the_language_gives_none() {
        let list = voices(&[("it-IT", true), ("en-US", false), ("ur-PK", true)]);
        assert_eq!(voice_for(&list, "ar"), None);
        assert_eq!(voice_for(&list, "bn"), None);
        // A prefix is not a language: `u` is not `ur`, `urd` is not read as `ur`.
        assert_eq!(voice_for(&voices(&[("urd-PK", true)]), "ur"), None);
        assert_eq!(voice_for(&[], "en"), None);
    }

    #[test]
    fn the_usual_region_wins_over_a_local_voice_of_another() {
        // A local Cantonese voice would read Mandarin text in Cantonese.
        let list = voices(&[("zh-HK", true), ("zh-TW", true), ("zh-CN", false)]);
        assert_eq!(voice_for(&list, "zh"), Some(2));
        // Android's tags with a script.
        let list = voices(&[("zh_HK_#Hant", true), ("zh_CN_#Hans", true)]);
        assert_eq!(voice_for(&list, "zh"), Some(1));
        assert_eq!(voice_for(&voices(&[("cmn-Hans-CN", true)]), "zh"), Some(0));
    }

    #[test]
    fn the_locale_region_wins_when_it_names_one() {
        let list = voices(&[("en-GB", true), ("en-US", true), ("en-IN", true)]);
        assert_eq!(voice_for(&list, "en"), Some(0));
        assert_eq!(voice_for(&list, "en-US"), Some(1));
        assert_eq!(voice_for(&list, "en_IN"), Some(2));
    }

    #[test]
    fn a_local_voice_wins_among_voices_of_the_same_region() {
        let list = voices(&[
            ("ar-EG", false),
            ("ar-EG", true),
            ("ar-SA", false),
            ("ar-SA", true),
        ]);
        assert_eq!(voice_for(&list, "ar"), Some(3));
        let list = voices(&[("ar-EG", false), ("ar-EG", true)]);
        assert_eq!(voice_for(&list, "ar"), Some(1));
        // Then the browser's order.
        let list = voices(&[("bn-IN", true), ("bn-IN", true)]);
        assert_eq!(voice_for(&list, "bn"), Some(0));
    }

    #[test]
    fn an_italian_quote_with_its_meaning_is_left_out() {
        assert_eq!(
            spoken_parts("In the message you hear: «Abbiamo spostato la sua visita» (We have moved your appointment)."),
            ["In the message you hear: (We have moved your appointment)."]
        );
    }

    #[test]
    fn a_quote_without_a_meaning_is_read_without_guillemets() {
        assert_eq!(
            spoken_parts("Choose «Vero» or «Falso»."),
            ["Choose Vero or Falso."]
        );
        // An unclosed quote is read as written.
        assert_eq!(spoken_parts("Say «Ciao"), ["Say «Ciao"]);
    }

    #[test]
    fn long_help_is_split_at_sentence_ends() {
        let sentence = "This sentence is the same each time and ends here. ";
        let parts = spoken_parts(&sentence.repeat(8));
        assert!(parts.len() > 1, "{parts:?}");
        assert!(parts.iter().all(|p| p.ends_with("here.")));
        assert!(spoken_parts("  ").is_empty());
    }
}
