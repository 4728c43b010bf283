//! Reference codes: what a person keeps to follow their appointment request.
//!
//! Nine characters from an alphabet without look-alikes (no 0/O, 1/I/L, and no U), shown in
//! groups of three: `K7M-4QX-9TB`. 30⁹ ≈ 2⁴⁴, so a code cannot be guessed.

use std::fmt;

use rand::Rng;

use crate::{Error, Result};

/// The characters a code is made of: digits 2–9 and letters without I, L, O, U.
pub const ALPHABET: &[u8; 30] = b"23456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Number of characters in a code.
pub const LENGTH: usize = 9;

/// A reference code of an appointment request.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReferenceCode(String);

impl ReferenceCode {
    /// A new random code from the operating system's randomness.
    pub fn generate() -> Self {
        let mut rng = rand::rng();
        let code = (0..LENGTH)
            .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
            .collect();
        ReferenceCode(code)
    }

    /// Parses what a person typed: case, spaces and hyphens do not matter, and neither do
    /// look-alikes a person's own keyboard gives them: Cyrillic and Greek letters that look
    /// like Latin ones (К→K, А→A, В→B …), full-width forms (Ｋ７Ｍ) and Arabic-Indic or Persian
    /// digits (٧ ۷ → 7).
    pub fn parse(input: &str) -> Result<Self> {
        let code: String = input
            .chars()
            .filter(|c| {
                !matches!(
                    c,
                    ' ' | '\u{3000}' | '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FF0D}'
                )
            })
            .flat_map(char::to_uppercase)
            .map(latin_look_alike)
            .collect();
        let ok = code.len() == LENGTH && code.bytes().all(|b| ALPHABET.contains(&b));
        if ok {
            Ok(ReferenceCode(code))
        } else {
            Err(Error::Invalid("not a reference code".into()))
        }
    }

    /// The code without separators, as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The code in groups of three for people to read: `K7M-4QX-9TB`.
    pub fn display(&self) -> String {
        let b = &self.0;
        format!("{}-{}-{}", &b[0..3], &b[3..6], &b[6..9])
    }
}

/// The Latin letter or ASCII digit that `c` (already upper case) looks like or stands for, or
/// `c` itself.
fn latin_look_alike(c: char) -> char {
    match c {
        // Full-width forms from Chinese and Japanese input methods.
        '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        // Arabic-Indic and Persian (extended) digits.
        '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + 0x30).unwrap_or(c),
        '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + 0x30).unwrap_or(c),
        // Cyrillic capitals that look like Latin ones or like digits.
        'А' => 'A',
        'В' => 'B',
        'С' => 'C',
        'Е' | 'Ё' => 'E',
        'Н' => 'H',
        'К' | 'Қ' => 'K',
        'М' => 'M',
        'Р' => 'P',
        'Т' => 'T',
        'Х' | 'Ҳ' => 'X',
        'У' | 'Ү' => 'Y',
        'Ѕ' => 'S',
        'Ј' => 'J',
        'Ԛ' => 'Q',
        'Ԝ' => 'W',
        'З' | 'Э' => '3',
        'Б' => '6',
        'Ч' => '4',
        // Greek capitals.
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Ζ' => 'Z',
        'Η' => 'H',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Υ' => 'Y',
        'Χ' => 'X',
        _ => c,
    }
}

impl fmt::Display for ReferenceCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display())
    }
}

impl fmt::Debug for ReferenceCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A reference code lets anyone read the request's status: keep it out of debug logs.
        f.write_str("ReferenceCode(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_and_from_the_alphabet() {
        let codes: HashSet<String> = (0..20_000)
            .map(|_| ReferenceCode::generate().as_str().to_owned())
            .collect();
        assert_eq!(codes.len(), 20_000, "duplicates among 20,000 codes");
        for c in &codes {
            assert_eq!(c.len(), LENGTH);
            assert!(c.bytes().all(|b| ALPHABET.contains(&b)), "{c}");
        }
    }

    #[test]
    fn codes_carry_at_least_40_bits() {
        let bits = (ALPHABET.len() as f64).log2() * LENGTH as f64;
        assert!(bits >= 40.0, "{bits} bits");
    }

    #[test]
    fn typed_codes_are_forgiving_about_case_and_separators() {
        let code = ReferenceCode::generate();
        let typed = code.display().to_lowercase().replace('-', " ");
        assert_eq!(ReferenceCode::parse(&typed).unwrap(), code);
        assert!(
            ReferenceCode::parse("K7M-4QX-9T0").is_err(),
            "0 is not in the alphabet"
        );
        assert!(ReferenceCode::parse("K7M-4QX").is_err());
        assert!(ReferenceCode::parse("<script>alert(1)</script>").is_err());
    }

    #[test]
    fn look_alikes_from_other_keyboards_are_read_as_the_code() {
        let code = ReferenceCode::parse("K7M-4QX-9TB").unwrap();
        // Cyrillic К, М, Т and В typed on a Ukrainian or Russian keyboard, lower and upper case.
        assert_eq!(ReferenceCode::parse("к7м-4QХ-9тв").unwrap(), code);
        // Greek capitals.
        assert_eq!(ReferenceCode::parse("Κ7Μ 4QΧ 9ΤΒ").unwrap(), code);
        // Arabic-Indic and Persian digits, full-width forms.
        assert_eq!(ReferenceCode::parse("K٧M-٤QX-۹TB").unwrap(), code);
        assert_eq!(
            ReferenceCode::parse("Ｋ７Ｍ－４ＱＸ－９ＴＢ").unwrap(),
            code
        );
        // Letters outside the alphabet stay refused, whatever the script.
        assert!(ReferenceCode::parse("К7М-4QХ-9ТЖ").is_err());
        assert!(ReferenceCode::parse("K7M-4QX-9TO").is_err());
    }

    #[test]
    fn every_character_is_used() {
        let mut seen = HashSet::new();
        for _ in 0..2_000 {
            seen.extend(ReferenceCode::generate().as_str().bytes());
        }
        assert_eq!(seen.len(), ALPHABET.len());
    }
}
