//! Russian morphology through `rumorph` (the OpenCorpora dictionary, embedded): is a word an
//! infinitive, a participle, in the dative; what is its nominative.
//!
//! The dictionary is loaded once per process, on first use (about 10 ms), and shared by all
//! threads. If it cannot be loaded, every question answers "no" and names stay as written.

use rumorph::{Analysis, Dictionary};
use std::sync::LazyLock;

static DICTIONARY: LazyLock<Option<Dictionary>> = LazyLock::new(|| Dictionary::bundled().ok());

/// Grammatical number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Number {
    /// Singular.
    Sing,
    /// Plural.
    Plur,
}

impl Number {
    fn as_str(self) -> &'static str {
        match self {
            Number::Sing => "Sing",
            Number::Plur => "Plur",
        }
    }
}

/// What the parser needs to know about a word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordClass {
    /// Some reading is an infinitive verb.
    pub infinitive: bool,
    /// Some reading is a noun, adjective or pronoun in the dative (the number of the likeliest).
    pub dative: Option<DativeOf>,
    /// Some reading is a participle.
    pub participle: bool,
    /// The likeliest reading is a noun or proper noun.
    pub noun: bool,
}

/// Part of speech and number of a dative reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DativeOf {
    /// Grammatical number, if the reading has one.
    pub number: Option<Number>,
    /// The reading is a noun or proper noun (not an adjective or participle).
    pub noun: bool,
}

/// Classifies a word (see [`WordClass`]).
pub(crate) fn classify(word: &str) -> WordClass {
    let Some(dict) = DICTIONARY.as_ref() else { return WordClass::default() };
    let mut class = WordClass::default();
    for (i, a) in dict.analyze(word).iter().enumerate() {
        let Some(tag) = dict.ud_tag(a.ud) else { continue };
        let pos = tag.pos();
        let verb_form = tag.feat("VerbForm");
        if i == 0 {
            class.noun = matches!(pos, "NOUN" | "PROPN");
        }
        class.infinitive |= pos == "VERB" && verb_form == Some("Inf") && a.prob >= 0.2;
        class.participle |= verb_form == Some("Part");
        let declinable = matches!(pos, "NOUN" | "PROPN" | "ADJ" | "DET" | "PRON" | "NUM" | "VERB");
        if class.dative.is_none() && declinable && tag.feat("Case") == Some("Dat") {
            let number = match tag.feat("Number") {
                Some("Plur") => Some(Number::Plur),
                Some("Sing") => Some(Number::Sing),
                _ => None,
            };
            class.dative = Some(DativeOf { number, noun: matches!(pos, "NOUN" | "PROPN") });
        }
    }
    class
}

/// The nominative of a word read in the dative, keeping its number (`Органам` → `Органы`,
/// `осуществляющим` → `осуществляющие`). Capitalisation follows the word. `want` picks among
/// dative readings of a given number.
pub(crate) fn nominative(word: &str, want: Option<Number>) -> Option<String> {
    let dict = DICTIONARY.as_ref()?;
    let analyses = dict.analyze(word);
    let dative = |a: &&Analysis| {
        dict.ud_tag(a.ud).is_some_and(|t| {
            t.feat("Case") == Some("Dat") && want.is_none_or(|n| t.feat("Number").is_none_or(|v| v == n.as_str()))
        })
    };
    let a = analyses.iter().find(dative)?;
    let tag = dict.ud_tag(a.ud)?;
    let mut feats = vec![("Case", "Nom")];
    if let Some(n) = tag.feat("Number") {
        feats.push(("Number", n));
    }
    let form = dict.inflect(a, &feats)?;
    Some(match_case(word, &form.word))
}

/// `form` written with the capitalisation of `like` (first letter, or all capitals).
fn match_case(like: &str, form: &str) -> String {
    let all_caps = like.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && like.chars().count() > 1;
    if all_caps {
        return form.to_uppercase();
    }
    let mut chars = form.chars();
    let first_upper = like.chars().next().is_some_and(char::is_uppercase);
    match chars.next() {
        Some(c) if first_upper => c.to_uppercase().chain(chars).collect(),
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_words() {
        assert!(classify("обеспечить").infinitive);
        assert!(!classify("деятельность").infinitive);
        assert!(classify("осуществляющим").participle);
        assert!(classify("Министерству").dative.is_some());
        assert!(classify("Информацию").dative.is_none());
    }

    #[test]
    fn nominatives() {
        assert_eq!(nominative("Органам", None).as_deref(), Some("Органы"));
        assert_eq!(nominative("осуществляющим", Some(Number::Plur)).as_deref(), Some("осуществляющие"));
        assert_eq!(nominative("информационно-методическому", None).as_deref(), Some("информационно-методический"));
        assert_eq!(nominative("Общеобразовательным", Some(Number::Plur)).as_deref(), Some("Общеобразовательные"));
        assert_eq!(nominative("руководителям", None).as_deref(), Some("руководители"));
    }
}
