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

    /// Parses what a person typed: case, spaces and hyphens do not matter.
    pub fn parse(input: &str) -> Result<Self> {
        let code: String = input
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '\u{2010}'..='\u{2015}'))
            .map(|c| c.to_ascii_uppercase())
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
    fn every_character_is_used() {
        let mut seen = HashSet::new();
        for _ in 0..2_000 {
            seen.extend(ReferenceCode::generate().as_str().bytes());
        }
        assert_eq!(seen.len(), ALPHABET.len());
    }
}
