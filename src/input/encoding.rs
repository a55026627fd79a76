//! Encoding detection: bytes → UTF-8 text and the [`Encoding`] it was read from.
//!
//! In order: a BOM (UTF-8, UTF-16LE/BE); UTF-16 without BOM by the pattern of its high bytes
//! (`00` for ASCII, `04` for Cyrillic, at every other position); valid UTF-8; a declared
//! encoding (HTML `<meta charset>`); text that is UTF-8 but for a few broken sequences; then
//! then the best of windows-1251, koi8-r and ibm866 by a score of how Russian the decoded letters
//! look (frequent letters score, capitals inside words and pseudo-graphics cost), read byte by
//! byte through a table per encoding. Only when no encoding wins clearly (a short or mostly
//! Latin text) is chardetng asked.

use crate::model::Encoding;
use encoding_rs::{DecoderResult, IBM866, KOI8_R, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1251};

/// The byte sequences a decoding replaced with U+FFFD.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Replacements {
    /// How many (0: the decoding was clean).
    pub(crate) count: usize,
    /// Byte offset of the first U+FFFD put in their place, in the decoded text.
    pub(crate) first: Option<usize>,
}

impl Replacements {
    /// Notes one replacement at byte `at` of the text.
    fn note(&mut self, at: usize) {
        self.count += 1;
        self.first.get_or_insert(at);
    }
}

/// Decodes `bytes` to text: `(text, encoding, replacements)`. `declared` is an encoding named by
/// the document itself, used when the bytes are neither BOM-marked nor valid UTF-8.
pub(crate) fn decode_text(bytes: &[u8], declared: Option<Encoding>) -> (String, Encoding, Replacements) {
    let encoding = detect(bytes, declared);
    let body = match encoding {
        Encoding::Utf8 => bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes),
        Encoding::Utf16Le => bytes.strip_prefix(b"\xff\xfe").unwrap_or(bytes),
        Encoding::Utf16Be => bytes.strip_prefix(b"\xfe\xff").unwrap_or(bytes),
        _ => bytes,
    };
    let (text, replacements) = decode_as(body, encoding);
    (text, encoding, replacements)
}

/// Decodes `bytes` (BOM already removed) as `encoding`, each malformed sequence replaced with
/// U+FFFD as encoding_rs's replacing decoders do, and counted: `(text, replacements)`.
pub(crate) fn decode_as(bytes: &[u8], encoding: Encoding) -> (String, Replacements) {
    let mut decoder = whatwg(encoding).new_decoder_without_bom_handling();
    let mut text = String::with_capacity(decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len()));
    let mut replacements = Replacements::default();
    let mut rest = bytes;
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        rest = rest.get(read..).unwrap_or_default();
        match result {
            DecoderResult::InputEmpty => return (text, replacements),
            DecoderResult::OutputFull => {
                let needed = decoder.max_utf8_buffer_length_without_replacement(rest.len()).unwrap_or(rest.len());
                text.reserve(needed.max(4));
            }
            DecoderResult::Malformed(..) => {
                replacements.note(text.len());
                text.push(char::REPLACEMENT_CHARACTER);
            }
        }
    }
}

fn whatwg(encoding: Encoding) -> &'static encoding_rs::Encoding {
    match encoding {
        Encoding::Utf8 => UTF_8,
        Encoding::Windows1251 => WINDOWS_1251,
        Encoding::Koi8R => KOI8_R,
        Encoding::Ibm866 => IBM866,
        Encoding::Utf16Le => UTF_16LE,
        Encoding::Utf16Be => UTF_16BE,
    }
}

/// Maps a WHATWG encoding to ours, if it is one ukaz reports.
pub(crate) fn from_whatwg(encoding: &'static encoding_rs::Encoding) -> Option<Encoding> {
    [Encoding::Utf8, Encoding::Windows1251, Encoding::Koi8R, Encoding::Ibm866, Encoding::Utf16Le, Encoding::Utf16Be]
        .into_iter()
        .find(|&e| whatwg(e) == encoding)
}

fn detect(bytes: &[u8], declared: Option<Encoding>) -> Encoding {
    if let Some(bom) = bom(bytes) {
        return bom;
    }
    if let Some(utf16) = utf16_pattern(bytes) {
        return utf16;
    }
    if std::str::from_utf8(bytes).is_ok() {
        return Encoding::Utf8;
    }
    if let Some(declared) = declared.filter(|e| !matches!(e, Encoding::Utf8 | Encoding::Utf16Le | Encoding::Utf16Be)) {
        return declared;
    }
    if mostly_utf8(bytes) {
        return Encoding::Utf8;
    }
    cyrillic(bytes)
}

fn bom(bytes: &[u8]) -> Option<Encoding> {
    if bytes.starts_with(b"\xef\xbb\xbf") {
        Some(Encoding::Utf8)
    } else if bytes.starts_with(b"\xff\xfe") {
        Some(Encoding::Utf16Le)
    } else if bytes.starts_with(b"\xfe\xff") {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// UTF-16 without BOM: in the first 4 KiB, the high byte of most code units is `00` (ASCII) or
/// `04` (Cyrillic), and the low bytes are not.
fn utf16_pattern(bytes: &[u8]) -> Option<Encoding> {
    let head = bytes.get(..4096).unwrap_or(bytes);
    let units = head.len() / 2;
    if units < 4 {
        return None;
    }
    let high = |b: &u8| matches!(b, 0x00 | 0x04);
    let even = head.iter().step_by(2).take(units).filter(|b| high(b)).count();
    let odd = head.iter().skip(1).step_by(2).take(units).filter(|b| high(b)).count();
    let is_pattern = |hi: usize, lo: usize| hi * 5 >= units * 4 && lo * 10 <= units;
    if is_pattern(odd, even) {
        Some(Encoding::Utf16Le)
    } else if is_pattern(even, odd) {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// UTF-8 with a few broken sequences (a truncated file, one bad byte): at least eight valid
/// multi-byte characters for every invalid sequence.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    valid >= 8 * invalid.max(1)
}

const CYRILLIC: [Encoding; 3] = [Encoding::Windows1251, Encoding::Koi8R, Encoding::Ibm866];

/// How much of a file [`russian_score`] reads: enough to decide, bounded for large files.
const SAMPLE: usize = 64 * 1024;

/// One of windows-1251, koi8-r, ibm866: the best by [`russian_score`] when it wins clearly;
/// otherwise chardetng's guess if it names one of the three, else still the best score.
fn cyrillic(bytes: &[u8]) -> Encoding {
    let sample = bytes.get(..SAMPLE).unwrap_or(bytes);
    let mut ranked = CYRILLIC.map(|e| (russian_score(sample, e), e));
    ranked.sort_by_key(|&(score, _)| std::cmp::Reverse(score));
    let [(best, encoding), (second, _), _] = ranked;
    if wins_clearly(best, second) {
        return encoding;
    }
    chardetng_guess(bytes).unwrap_or(encoding)
}

/// Whether the best score leads the second by more than chance: a few frequent letters in a
/// short text, an eighth of the score in a long one.
fn wins_clearly(best: i64, second: i64) -> bool {
    best - second >= 8 + best / 8
}

/// chardetng's guess, if it is one of the three Cyrillic encodings.
fn chardetng_guess(bytes: &[u8]) -> Option<Encoding> {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    from_whatwg(detector.guess(Some(b"ru"), chardetng::Utf8Detection::Deny)).filter(|e| CYRILLIC.contains(e))
}

/// How Russian `bytes` look when read as `encoding` (one of [`CYRILLIC`]): each letter scores
/// by how frequent it is in Russian, whatever its case; a capital right after a lowercase letter,
/// a box-drawing char, a control or a rare symbol costs. KOI8-R read as windows-1251 (and the
/// reverse) swaps cases and scrambles the letters, so the right reading scores highest.
pub(crate) fn russian_score(bytes: &[u8], encoding: Encoding) -> i64 {
    let Some(table) = byte_scores(encoding) else { return i64::MIN };
    let mut score = 0i64;
    let mut prev_lower = false;
    for &b in bytes {
        let Some(&ByteScore { weight, lower, upper }) = b.checked_sub(0x80).and_then(|i| table.get(usize::from(i))) else {
            prev_lower = false;
            continue;
        };
        score += i64::from(weight) - if upper && prev_lower { 3 } else { 0 };
        prev_lower = lower;
    }
    score
}

/// What one high byte (0x80–0xFF) of a single-byte encoding adds to [`russian_score`].
#[derive(Clone, Copy, Default)]
struct ByteScore {
    /// The char's own weight ([`char_weight`]).
    weight: i8,
    /// A lowercase Russian letter.
    lower: bool,
    /// A capital Russian letter.
    upper: bool,
}

/// The [`ByteScore`]s of the high bytes of `encoding`, built once per process.
fn byte_scores(encoding: Encoding) -> Option<&'static [ByteScore; 128]> {
    static TABLES: std::sync::OnceLock<[[ByteScore; 128]; 3]> = std::sync::OnceLock::new();
    let tables = TABLES.get_or_init(|| CYRILLIC.map(high_byte_scores));
    let index = CYRILLIC.iter().position(|&e| e == encoding)?;
    tables.get(index)
}

/// Decodes each high byte of `encoding` once and scores the char it stands for.
fn high_byte_scores(encoding: Encoding) -> [ByteScore; 128] {
    let mut table = [ByteScore::default(); 128];
    for (b, slot) in (0x80u8..=0xff).zip(table.iter_mut()) {
        let (text, _) = decode_as(&[b], encoding);
        if let Some(c) = text.chars().next() {
            let lower = matches!(c, 'а'..='я' | 'ё');
            let upper = matches!(c, 'А'..='Я' | 'Ё');
            *slot = ByteScore { weight: char_weight(c), lower, upper };
        }
    }
    table
}

/// A char's weight in [`russian_score`]: 3 for the ten most frequent Russian letters, 1 for the
/// next twelve, −1 for the rare ones and for Cyrillic letters Russian does not use, −3 for
/// box-drawing chars, C1 controls and Latin-1 symbols Russian texts do not use; 0 for the rest
/// (punctuation such as `«»`, `№`, NBSP, and any ASCII).
fn char_weight(c: char) -> i8 {
    match crate::text::lower_char(c) {
        'о' | 'е' | 'а' | 'и' | 'н' | 'т' | 'с' | 'р' | 'в' | 'л' => 3,
        'к' | 'м' | 'д' | 'п' | 'у' | 'я' | 'ы' | 'ь' | 'г' | 'з' | 'б' | 'ч' => 1,
        'й' | 'х' | 'ж' | 'ш' | 'ю' | 'ц' | 'щ' | 'э' | 'ф' | 'ъ' | '\u{400}'..='\u{45f}' => -1,
        '\u{2500}'..='\u{25ff}' | '\u{80}'..='\u{9f}' | '¤' | '¦' | '©' | '¬' | '®' | 'µ' | '¶' => -3,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SENTENCES: &[&str] = &[
        "Приказываю: отделу образования разместить план мероприятий на официальном сайте до 1 ноября.",
        "Коллегия решила: принять информацию к сведению.",
        "Контроль за исполнением настоящего приказа оставляю за собой.",
        "ПРИКАЗ N 798 Об утверждении плана",
        "Иванову И.И. обеспечить",
    ];

    fn encode(text: &str, encoding: Encoding) -> Vec<u8> {
        match encoding {
            Encoding::Utf16Le => text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
            Encoding::Utf16Be => text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
            _ => whatwg(encoding).encode(text).0.into_owned(),
        }
    }

    fn roundtrip(text: &str, encoding: Encoding, bom: &[u8]) -> (String, Encoding, bool) {
        let mut bytes = bom.to_vec();
        bytes.extend(encode(text, encoding));
        let (text, encoding, replacements) = decode_text(&bytes, None);
        (text, encoding, replacements.count > 0)
    }

    #[test]
    fn single_byte_cyrillic_encodings_are_told_apart() {
        for text in SENTENCES {
            for encoding in CYRILLIC {
                assert_eq!(roundtrip(text, encoding, b""), (text.to_string(), encoding, false), "{encoding:?}: {text}");
            }
        }
    }

    #[test]
    fn utf16_with_and_without_bom() {
        for text in SENTENCES {
            for (encoding, bom) in [(Encoding::Utf16Le, &b"\xff\xfe"[..]), (Encoding::Utf16Be, b"\xfe\xff")] {
                assert_eq!(roundtrip(text, encoding, bom), (text.to_string(), encoding, false));
                assert_eq!(roundtrip(text, encoding, b""), (text.to_string(), encoding, false));
            }
        }
        assert_eq!(roundtrip("ПРИКАЗ 1 2 3", Encoding::Utf16Le, b"").1, Encoding::Utf16Le);
    }

    #[test]
    fn utf8_with_bom_without_bom_and_broken() {
        let text = SENTENCES[0];
        assert_eq!(roundtrip(text, Encoding::Utf8, b"\xef\xbb\xbf"), (text.to_string(), Encoding::Utf8, false));
        assert_eq!(roundtrip(text, Encoding::Utf8, b""), (text.to_string(), Encoding::Utf8, false));
        let mut broken = text.as_bytes().to_vec();
        broken.insert(10, 0xff);
        let (decoded, encoding, replacements) = decode_text(&broken, None);
        assert_eq!((encoding, replacements), (Encoding::Utf8, Replacements { count: 1, first: Some(10) }));
        assert!(decoded.contains('\u{fffd}') && decoded.ends_with("до 1 ноября."));
    }

    #[test]
    fn replacements_are_counted_where_they_stand_in_the_text() {
        let (text, replacements) = decode_as(b"ab\xffc\xe2\x82d\xf0", Encoding::Utf8);
        assert_eq!(text, "ab\u{fffd}c\u{fffd}d\u{fffd}");
        assert_eq!(replacements, Replacements { count: 3, first: Some(2) });
        let (text, replacements) = decode_as(b"\xcf\x98\xcf", Encoding::Windows1251);
        assert_eq!((text.as_str(), replacements.count), ("П\u{98}П", 0), "WHATWG maps every windows-1251 byte");
        let (text, replacements) = decode_as(b"\x1f\x04\x00", Encoding::Utf16Le);
        assert_eq!((text.as_str(), replacements), ("П\u{fffd}", Replacements { count: 1, first: Some(2) }));
        assert_eq!(decode_as("чисто".as_bytes(), Encoding::Utf8).1, Replacements::default());
    }

    #[test]
    fn declared_encoding_is_used_for_non_utf8() {
        let bytes = encode("Иванову", Encoding::Koi8R);
        assert_eq!(decode_text(&bytes, Some(Encoding::Koi8R)).1, Encoding::Koi8R);
        assert_eq!(decode_text(b"plain ascii", Some(Encoding::Koi8R)).1, Encoding::Utf8);
    }

    #[test]
    fn score_prefers_the_right_reading() {
        for text in ["приказываю", "План", "МИНИСТЕРСТВО ОБРАЗОВАНИЯ"] {
            for encoding in CYRILLIC {
                let bytes = encode(text, encoding);
                let right = russian_score(&bytes, encoding);
                assert!(CYRILLIC.iter().filter(|&&e| e != encoding).all(|&e| russian_score(&bytes, e) < right), "{encoding:?}: {text}");
            }
        }
    }

    #[test]
    fn capitals_alone_are_told_apart() {
        for text in ["МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ", "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА", "ПРИКАЗ"] {
            for encoding in CYRILLIC {
                assert_eq!(roundtrip(text, encoding, b"").1, encoding, "{text}");
            }
        }
    }

    /// [`russian_score`] char by char over the decoded text: the definition the byte tables
    /// implement.
    fn score_decoded(bytes: &[u8], encoding: Encoding) -> i64 {
        let mut score = 0i64;
        let mut prev_lower = false;
        for c in decode_as(bytes, encoding).0.chars() {
            let upper = matches!(c, 'А'..='Я' | 'Ё');
            score += i64::from(char_weight(c)) - if upper && prev_lower { 3 } else { 0 };
            prev_lower = matches!(c, 'а'..='я' | 'ё');
        }
        score
    }

    /// Whether `bytes` encode U+FFFD themselves in `encoding`.
    fn holds_literal_replacement(bytes: &[u8], encoding: Encoding) -> bool {
        let units = |pair: [u8; 2]| bytes.chunks_exact(2).any(|c| c == pair);
        match encoding {
            Encoding::Utf8 => bytes.windows(3).any(|w| w == [0xef, 0xbf, 0xbd]),
            Encoding::Utf16Le => units([0xfd, 0xff]),
            Encoding::Utf16Be => units([0xff, 0xfd]),
            _ => false,
        }
    }

    proptest::proptest! {
        #[test]
        fn counted_decoding_agrees_with_encoding_rs(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..64), which in 0usize..6) {
            let encoding = [Encoding::Utf8, Encoding::Windows1251, Encoding::Koi8R, Encoding::Ibm866, Encoding::Utf16Le, Encoding::Utf16Be][which];
            let (text, replacements) = decode_as(&bytes, encoding);
            let (expected, had_errors) = whatwg(encoding).decode_without_bom_handling(&bytes);
            proptest::prop_assert_eq!(&text, &expected);
            proptest::prop_assert_eq!(replacements.count > 0, had_errors);
            // The oracle for the first replacement reads the text, so a U+FFFD written in the
            // input itself (`EF BF BD`, `FF FD`) would mislead it.
            if !holds_literal_replacement(&bytes, encoding) {
                proptest::prop_assert_eq!(replacements.first, text.find(char::REPLACEMENT_CHARACTER).filter(|_| had_errors));
            }
        }

        #[test]
        fn byte_tables_agree_with_the_decoded_text(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..64)) {
            for encoding in CYRILLIC {
                proptest::prop_assert_eq!(russian_score(&bytes, encoding), score_decoded(&bytes, encoding));
            }
        }
    }
}

