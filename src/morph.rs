//! Russian morphology through `rumorph` (the OpenCorpora dictionary, embedded): is a word an
//! infinitive, a participle, an adverb, in the dative, instrumental or accusative; what is its
//! nominative.
//!
//! The dictionary is loaded once per process, on first use (about 10 ms), and shared by all
//! threads. If it cannot be loaded, every question answers "no" and names stay as written.

use rumorph::{Analysis, Dictionary};
use crate::memo::Memo;
use std::sync::LazyLock;

static DICTIONARY: LazyLock<Option<Dictionary>> = LazyLock::new(|| Dictionary::bundled().ok());

/// Grammatical number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    /// The likeliest reading in the dative, if any.
    pub dative: Option<Reading>,
    /// The likeliest reading in the instrumental, if any (`совместно с органами …`).
    pub instrumental: Option<Reading>,
    /// The likeliest reading in the accusative, if any (`Обязать руководителей …`).
    pub accusative: Option<Reading>,
    /// Some reading is a participle.
    pub participle: bool,
    /// Some likely reading is a gerund (`обеспечив`, `учитывая`).
    pub gerund: bool,
    /// The likeliest reading is a finite verb (`рассмотрела`, `состоялось`).
    pub finite: bool,
    /// An adverb is the likelier reading (`совместно`, `незамедлительно`).
    pub adverb: bool,
    /// Some reading in the dative, instrumental or accusative is an adjective or participle,
    /// though the likeliest may be a noun (`старших`, `дежурным`).
    pub adjective: bool,
    /// The likeliest reading is a noun, adjective or participle in an oblique case: genitive,
    /// dative, instrumental or prepositional (`транспорта`, `спорту`, `оказывающих`), so the word
    /// does not start a name in the nominative.
    pub oblique: bool,
}

/// Part of speech, number, animacy and gender of a reading in one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reading {
    /// Grammatical number, if the reading has one.
    pub number: Option<Number>,
    /// The reading is a noun or proper noun (not an adjective, pronoun or participle).
    pub noun: bool,
    /// The reading is a proper noun (a name).
    pub proper: bool,
    /// The reading is animate (people: `руководителям`, `главам`).
    pub animate: bool,
    /// Grammatical gender, if the reading has one.
    pub gender: Option<Gender>,
}

/// The cases an addressee is written in: the dative (`Отделу образования обеспечить`), the
/// instrumental after `совместно с` (`совместно с органами местного самоуправления`), or the
/// accusative after `Обязать` and `Просить` (`Обязать руководителей организаций …`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub(crate) enum Case {
    /// Dative.
    #[default]
    Dat,
    /// Instrumental.
    Ins,
    /// Accusative.
    Acc,
}

impl Case {
    fn as_str(self) -> &'static str {
        match self {
            Case::Dat => "Dat",
            Case::Ins => "Ins",
            Case::Acc => "Acc",
        }
    }
}

impl WordClass {
    /// The likeliest reading in `case`, if any.
    pub(crate) fn reading(&self, case: Case) -> Option<Reading> {
        match case {
            Case::Dat => self.dative,
            Case::Ins => self.instrumental,
            Case::Acc => self.accusative,
        }
    }
}

/// Grammatical gender.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Gender {
    /// Masculine.
    Masc,
    /// Feminine.
    Fem,
    /// Neuter.
    Neut,
}

impl Gender {
    fn as_str(self) -> &'static str {
        match self {
            Gender::Masc => "Masc",
            Gender::Fem => "Fem",
            Gender::Neut => "Neut",
        }
    }
}

/// A word, its case and the number and gender it agrees with: what [`nominative_agreeing`] is
/// asked.
type NominativeKey = (String, Case, Option<Number>, Option<Gender>);

/// Words whose answers each thread remembers (per table).
const CACHE_WORDS: usize = 1 << 16;

thread_local! {
    static CLASSES: Memo<String, WordClass> = Memo::new(CACHE_WORDS);
    static NOMINATIVES: Memo<NominativeKey, Option<String>> = Memo::new(CACHE_WORDS);
}

/// Classifies a word (see [`WordClass`]). Answers are remembered per thread: the same few
/// thousand words make up most decisions.
pub(crate) fn classify(word: &str) -> WordClass {
    CLASSES.with(|m| m.get_or(word, || classify_uncached(word)))
}

fn classify_uncached(word: &str) -> WordClass {
    let Some(dict) = DICTIONARY.as_ref() else { return WordClass::default() };
    let mut class = WordClass::default();
    let mut likeliest = 0.0;
    for a in dict.analyze(word) {
        let Some(tag) = dict.ud_tag(a.ud) else { continue };
        let pos = tag.pos();
        if a.prob > likeliest {
            likeliest = a.prob;
            let nominal = matches!(pos, "NOUN" | "PROPN" | "ADJ") || tag.feat("VerbForm") == Some("Part");
            class.oblique = nominal && matches!(tag.feat("Case"), Some("Gen" | "Dat" | "Ins" | "Loc"));
            class.finite = pos == "VERB" && tag.feat("VerbForm") == Some("Fin");
        }
        class.adverb |= pos == "ADV" && a.prob >= 0.5;
        let verb_form = tag.feat("VerbForm");
        class.infinitive |= pos == "VERB" && verb_form == Some("Inf") && a.prob >= 0.2;
        class.participle |= verb_form == Some("Part");
        class.gerund |= verb_form == Some("Conv") && a.prob >= 0.2;
        let declinable = matches!(pos, "NOUN" | "PROPN" | "ADJ" | "DET" | "PRON" | "NUM" | "VERB");
        let slot = match tag.feat("Case") {
            Some("Dat") => &mut class.dative,
            Some("Ins") => &mut class.instrumental,
            Some("Acc") => &mut class.accusative,
            _ => continue,
        };
        class.adjective |= matches!(pos, "ADJ") || verb_form == Some("Part");
        if slot.is_none() && declinable {
            *slot = Some(reading_of(&tag));
        }
    }
    class
}

/// Whether a word form (lower case) is in the dictionary, not guessed.
pub(crate) fn is_known(word: &str) -> bool {
    DICTIONARY.as_ref().is_some_and(|d| d.is_known(word))
}

/// Whether a capitalised word may be a surname: a proper noun by some reading, or no word the
/// dictionary knows (`Гришина`, `Кыргыс`).
pub(crate) fn may_be_surname(word: &str) -> bool {
    let Some(dict) = DICTIONARY.as_ref() else { return true };
    let lower = crate::text::lower(word, false);
    !dict.is_known(&lower) || dict.analyze(&lower).iter().any(|a| dict.ud_tag(a.ud).is_some_and(|tag| tag.pos() == "PROPN"))
}

/// Whether a text holds an infinitive that carries an action (`представлять`, `назначить`), in
/// any case: a term ends before one (`в течение 10 дней со дня подписания приказа назначить …`),
/// and a decision names one where a report does not.
pub(crate) fn holds_action_verb(text: &str) -> bool {
    text.split(crate::text::is_space).any(|w| is_action_verb(w.trim_matches(|c: char| !crate::text::is_letter(c))))
}

/// Whether a word in lower case, known to the dictionary, is likeliest a finite verb, as a
/// sentence's predicate is and a name's words are not (`Коллегия рассмотрела вопросы …`).
pub(crate) fn is_finite_verb(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !crate::text::is_letter(c));
    // A predicate is written in lower case; a word in capitals is a name's.
    word.chars().count() > 2 && word.chars().all(char::is_lowercase) && is_known(word) && classify(word).finite
}

/// Whether a word (any case, a trailing dot allowed) is an infinitive that can carry an action
/// (`обеспечить`, `провести`).
pub(crate) fn is_action_verb(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    let lower = crate::lexicon::lower(w);
    let looks = lower.ends_with("ть") || lower.ends_with("ти") || lower.ends_with("чь") || lower.ends_with("ться");
    w.chars().count() > 3 && looks && classify(&lower).infinitive
}

/// Number, noun-ness, animacy and gender of a reading's tag.
fn reading_of(tag: &rumorph::UdTag<'_>) -> Reading {
    let pos = tag.pos();
    Reading {
        number: match tag.feat("Number") {
            Some("Plur") => Some(Number::Plur),
            Some("Sing") => Some(Number::Sing),
            _ => None,
        },
        noun: matches!(pos, "NOUN" | "PROPN"),
        proper: pos == "PROPN",
        animate: tag.feat("Animacy") == Some("Anim"),
        gender: match tag.feat("Gender") {
            Some("Masc") => Some(Gender::Masc),
            Some("Fem") => Some(Gender::Fem),
            Some("Neut") => Some(Gender::Neut),
            _ => None,
        },
    }
}

/// The nominative of a word in `case` agreeing with a noun of `number` and `gender` (an
/// adjective before its noun: `Краевому … учреждению` → `Краевое`).
pub(crate) fn nominative_agreeing(word: &str, case: Case, number: Option<Number>, gender: Option<Gender>) -> Option<String> {
    let key = (word.to_owned(), case, number, gender);
    NOMINATIVES.with(|m| m.get_or(&key, || nominative_uncached(word, case, number, gender)))
}

fn nominative_uncached(word: &str, case: Case, number: Option<Number>, gender: Option<Gender>) -> Option<String> {
    nominative_whole(word, case, number, gender).or_else(|| {
        // Hyphenated compounds the dictionary lacks: `Учителям-предметникам`.
        let (head, tail) = word.split_once('-')?;
        Some(format!("{}-{}", nominative_whole(head, case, number, gender)?, nominative_whole(tail, case, number, gender)?))
    })
}

fn nominative_whole(word: &str, case: Case, number: Option<Number>, gender: Option<Gender>) -> Option<String> {
    let dict = DICTIONARY.as_ref()?;
    let analyses = dict.analyze(word);
    let fits = |t: &rumorph::UdTag<'_>, name: &str, want: Option<&str>| want.is_none_or(|w| t.feat(name).is_none_or(|v| v == w));
    let singular = number != Some(Number::Plur);
    let in_case = |a: &&Analysis| {
        dict.ud_tag(a.ud).is_some_and(|t| {
            t.feat("Case") == Some(case.as_str())
                && fits(&t, "Number", number.map(Number::as_str))
                && (!singular || fits(&t, "Gender", gender.map(Gender::as_str)))
        })
    };
    // `Ответственному`, `Дежурному`: a dative adjective is masculine or neuter alike; one that
    // names an addressee by itself names a person, so the masculine is read first.
    let neuter = |a: &&Analysis| dict.ud_tag(a.ud).is_some_and(|t| t.feat("Gender") == Some("Neut") && t.pos() == "ADJ");
    let a = analyses.iter().filter(in_case).find(|a| gender.is_some() || !neuter(a)).or_else(|| analyses.iter().find(in_case))?;
    let tag = dict.ud_tag(a.ud)?;
    let mut feats = vec![("Case", "Nom")];
    if let Some(n) = tag.feat("Number") {
        feats.push(("Number", n));
    }
    if let (Some(g), Some("Sing")) = (tag.feat("Gender"), tag.feat("Number")) {
        feats.push(("Gender", g));
    }
    let form = dict.inflect(a, &feats)?;
    let chosen = preferred_variant(dict, a, &form, tag.feat("Animacy") == Some("Anim"));
    let chosen = if word.contains(['ё', 'Ё']) { chosen } else { chosen.replace('ё', "е").replace('Ё', "Е") };
    Some(match_case(word, &chosen))
}

/// Where a plural has two standard forms (`учители`/`учителя`, `договоры`/`договора`), the one
/// official texts use: the `-а/-я` form for people (`директора`, `учителя`), the `-ы/-и` form
/// otherwise (`договоры`, `секторы`).
fn preferred_variant(dict: &Dictionary, analysis: &Analysis, form: &Analysis, animate: bool) -> String {
    let same_tag = |f: &Analysis| f.ud == form.ud && f.word != form.word;
    let Some(other) = dict.forms(analysis).into_iter().find(same_tag) else { return form.word.clone() };
    let people_ending = |w: &str| w.ends_with('а') || w.ends_with('я');
    let pick_other = if animate { people_ending(&other.word) && !people_ending(&form.word) } else { people_ending(&form.word) && !people_ending(&other.word) };
    if pick_other {
        other.word
    } else {
        form.word.clone()
    }
}

/// `form` written with the capitalisation of `like` (first letter, or all capitals).
fn match_case(like: &str, form: &str) -> String {
    let all_caps = like.chars().filter(|&c| crate::text::is_letter(c)).all(char::is_uppercase) && like.chars().count() > 1;
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
        assert_eq!(nominative_agreeing("Органам", Case::Dat, None, None).as_deref(), Some("Органы"));
        assert_eq!(nominative_agreeing("осуществляющим", Case::Dat, Some(Number::Plur), None).as_deref(), Some("осуществляющие"));
        assert_eq!(nominative_agreeing("информационно-методическому", Case::Dat, None, None).as_deref(), Some("информационно-методический"));
        assert_eq!(nominative_agreeing("Общеобразовательным", Case::Dat, Some(Number::Plur), None).as_deref(), Some("Общеобразовательные"));
        assert_eq!(nominative_agreeing("руководителям", Case::Dat, None, None).as_deref(), Some("руководители"));
        assert_eq!(nominative_agreeing("Учителям-предметникам", Case::Dat, None, None).as_deref(), Some("Учителя-предметники"));
        assert_eq!(nominative_agreeing("органами", Case::Ins, None, None).as_deref(), Some("органы"));
        assert_eq!(nominative_agreeing("Министерством", Case::Ins, None, None).as_deref(), Some("Министерство"));
        assert_eq!(nominative_agreeing("муниципальными", Case::Ins, Some(Number::Plur), None).as_deref(), Some("муниципальные"));
    }
}
