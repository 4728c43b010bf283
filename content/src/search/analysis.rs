//! Per-locale text analysis: how text and queries become search terms.
//!
//! Every word gets two forms:
//! - **exact**: lowercased, with script normalisation only (Arabic letter variants, harakat,
//!   tatweel, Turkish dotted İ). Matches on it rank first, so a query typed with the right
//!   diacritics finds the exact word before look-alikes.
//! - **folded**: additionally stemmed (where Snowball has a stemmer for the language),
//!   transliterated from Cyrillic into Latin letters (so `povernennia` meets `повернення`), and
//!   stripped of Latin diacritics (`navrat` meets `návrat`, `ve nuoc` meets `về nước`).
//!   Typo tolerance and prefix matching run on this form.
//!
//! Chinese has no spaces: runs of Han characters become overlapping bigrams (and single
//! characters), which needs no dictionary; `docs/search.md` says why this beat jieba here.

use std::collections::BTreeMap;
use std::sync::Arc;

use rust_stemmers::{Algorithm, Stemmer};
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use unicode_normalization::UnicodeNormalization;

use crate::SearchSettings;

/// The Snowball algorithm for a stemmer name in `locale.toml`.
pub fn stemmer_algorithm(name: &str) -> Option<Algorithm> {
    Some(match name {
        "arabic" => Algorithm::Arabic,
        "danish" => Algorithm::Danish,
        "dutch" => Algorithm::Dutch,
        "english" => Algorithm::English,
        "finnish" => Algorithm::Finnish,
        "french" => Algorithm::French,
        "german" => Algorithm::German,
        "greek" => Algorithm::Greek,
        "hungarian" => Algorithm::Hungarian,
        "italian" => Algorithm::Italian,
        "norwegian" => Algorithm::Norwegian,
        "portuguese" => Algorithm::Portuguese,
        "romanian" => Algorithm::Romanian,
        "russian" => Algorithm::Russian,
        "spanish" => Algorithm::Spanish,
        "swedish" => Algorithm::Swedish,
        "tamil" => Algorithm::Tamil,
        "turkish" => Algorithm::Turkish,
        _ => return None,
    })
}

/// Which form of the words a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Lowercased and script-normalised.
    Exact,
    /// Also stemmed, transliterated to Latin and without diacritics.
    Folded,
}

/// One analysed word of a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// The exact form.
    pub exact: String,
    /// The folded form.
    pub folded: String,
    /// The folded form without stemming, when stemming changed the word: typo tolerance works
    /// better on whole words (`intepretor` is two edits from `interpreter`, three from its stem).
    pub unstemmed: Option<String>,
    /// How much the term counts in a query: less for the single characters of a Han run.
    pub weight: f32,
    /// Byte range in the analysed text.
    pub start: usize,
    /// End of the byte range.
    pub end: usize,
    /// Word position (bigrams of one Han run share positions with their run).
    pub position: usize,
    /// Whether the term is a Han-character gram (no typo tolerance or prefix for those).
    pub cjk: bool,
}

/// How one locale's text is analysed.
pub struct Analysis {
    stemmer: Option<Stemmer>,
    /// Cyrillic (or other) letter → standard Latin spelling.
    to_latin: BTreeMap<char, String>,
    /// Latin spellings → letter, longest first.
    from_latin: Vec<(String, char)>,
    /// Final letters a query word may differ in (inflection without a stemmer).
    endings: usize,
    /// Function words, normalised like query words.
    stopwords: std::collections::HashSet<String>,
}

impl std::fmt::Debug for Analysis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analysis")
            .field("stemmer", &self.stemmer.is_some())
            .field("transliterates", &!self.to_latin.is_empty())
            .finish()
    }
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}')
}

/// Characters that belong to a word besides letters and digits: combining marks (harakat,
/// decomposed diacritics), ZWNJ (Persian), apostrophes inside words (Ukrainian п'ять).
fn is_word_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}'
        | '\u{200C}' | '\u{200D}' | '\u{00AD}' | '\'' | '\u{2019}' | '\u{02BC}')
}

/// Whether `c` is a letter or digit; the scripts Navrat serves are answered without the
/// general (slow) Unicode table.
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        _ if c.is_ascii() => false,
        '\u{00D7}' | '\u{00F7}' => false,
        '\u{00C0}'..='\u{024F}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{0400}'..='\u{0481}'
        | '\u{048A}'..='\u{04FF}'
        | '\u{10A0}'..='\u{10FF}'
        | '\u{1C90}'..='\u{1CBF}'
        | '\u{0621}'..='\u{063A}'
        | '\u{0641}'..='\u{064A}'
        | '\u{0660}'..='\u{0669}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06F0}'..='\u{06F9}' => true,
        _ => c.is_alphanumeric(),
    }
}

fn is_word_char(c: char) -> bool {
    is_letter(c) || is_word_mark(c)
}

/// A piece of text: a run of Han characters (no spaces between words), or a word.
enum Piece {
    Han(Vec<(usize, char)>),
    Word(usize, usize),
}

/// Splits text into Han runs and words (letters, digits and the marks inside words).
fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if is_han(c) {
            let mut run = vec![(start, c)];
            while let Some(&(i, n)) = chars.peek() {
                if !is_han(n) {
                    break;
                }
                run.push((i, n));
                chars.next();
            }
            out.push(Piece::Han(run));
        } else if is_letter(c) {
            let mut end = start + c.len_utf8();
            while let Some(&(i, n)) = chars.peek() {
                if !is_word_char(n) || is_han(n) {
                    break;
                }
                end = i + n.len_utf8();
                chars.next();
            }
            out.push(Piece::Word(start, end));
        }
    }
    out
}

/// Lowercases and normalises one word's script; drops what carries no meaning for search.
fn normalise(word: &str) -> String {
    if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    let composed: Box<dyn Iterator<Item = char>> = if unicode_normalization::is_nfc(word) {
        Box::new(word.chars())
    } else {
        Box::new(word.nfc())
    };
    for c in composed.flat_map(char::to_lowercase) {
        match c {
            // Harakat, superscript alef, Quranic marks, tatweel.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => {}
            // The dot left by lowercasing Turkish İ, joiners, soft hyphen, apostrophes.
            '\u{0307}' | '\u{200D}' | '\u{00AD}' | '\'' | '\u{2019}' | '\u{02BC}' => {}
            // Alef forms.
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            // Ya and kaf variants: Persian and Arabic forms meet.
            'ى' | 'ی' | 'ې' => out.push('ي'),
            'ک' => out.push('ك'),
            'ۀ' => out.push('ه'),
            // Arabic-Indic and Persian digits.
            '\u{0660}'..='\u{0669}' => out.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
            '\u{06F0}'..='\u{06F9}' => out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
            c => out.push(c),
        }
    }
    out
}

/// Removes Latin diacritics: `návrat` → `navrat`, `về nước` → `ve nuoc`, `ışık` → `isik`.
fn fold_latin(word: &str) -> String {
    // Only Latin letters with diacritics (and ة) change; other scripts pass as they are.
    let needs = |c: char| matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' | '\u{0300}'..='\u{036F}' | 'ə' | 'ة');
    if !word.chars().any(needs) {
        return word.to_owned();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.nfd() {
        match c {
            '\u{0300}'..='\u{036F}' => {}
            'đ' => out.push('d'),
            'ı' => out.push('i'),
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ə' => out.push('e'),
            'ة' => out.push('ه'),
            c => out.push(c),
        }
    }
    out
}

impl Analysis {
    /// The analysis for a locale's search settings.
    pub fn new(settings: &SearchSettings) -> Self {
        let stemmer = settings
            .stemmer
            .as_deref()
            .and_then(stemmer_algorithm)
            .map(Stemmer::create);
        let mut to_latin = BTreeMap::new();
        let mut spellings: BTreeMap<String, (usize, char)> = BTreeMap::new();
        for (letter, latin) in &settings.latin {
            let Some(letter) = letter.chars().next() else {
                continue;
            };
            let letter = letter.to_lowercase().next().unwrap_or(letter);
            to_latin.insert(letter, latin.first().cloned().unwrap_or_default());
            for (rank, spelling) in latin.iter().enumerate() {
                if spelling.is_empty() {
                    continue;
                }
                let spelling = fold_latin(&spelling.to_lowercase());
                let entry = spellings.entry(spelling).or_insert((rank, letter));
                if rank < entry.0 {
                    *entry = (rank, letter);
                }
            }
        }
        let mut from_latin: Vec<(String, char)> =
            spellings.into_iter().map(|(s, (_, c))| (s, c)).collect();
        from_latin.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        let stopwords = settings.stopwords.iter().map(|w| normalise(w)).collect();
        Analysis {
            stemmer,
            to_latin,
            from_latin,
            endings: usize::from(settings.endings),
            stopwords,
        }
    }

    /// A query's terms without its function words — unless that would leave nothing.
    pub fn query_terms(&self, query: &str) -> Vec<Term> {
        let terms = self.terms(query, true);
        let content: Vec<Term> = terms
            .iter()
            .filter(|t| !self.stopwords.contains(&t.exact))
            .cloned()
            .collect();
        if content.is_empty() { terms } else { content }
    }

    /// For an inflected language without a stemmer, the start of a folded query word that
    /// other forms of it share: the word without its last `endings` letters, keeping at least
    /// three. `None` when the language needs none or the word is too short.
    pub fn word_start(&self, folded: &str) -> Option<String> {
        let n = folded.chars().count();
        if self.endings == 0 || n < 4 {
            return None;
        }
        let keep = n.saturating_sub(self.endings).max(3);
        (keep < n).then(|| folded.chars().take(keep).collect())
    }

    /// Turns a word typed in Latin letters into the locale's script, if it has a table.
    fn script_from_latin(&self, word: &str) -> Option<String> {
        if self.from_latin.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        let mut out = String::new();
        let mut rest = word;
        'outer: while !rest.is_empty() {
            for (spelling, letter) in &self.from_latin {
                if let Some(tail) = rest.strip_prefix(spelling.as_str()) {
                    out.push(*letter);
                    rest = tail;
                    continue 'outer;
                }
            }
            let c = rest.chars().next()?;
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
        Some(out)
    }

    /// The folded form, and the unstemmed folded form when stemming changed it.
    fn fold(&self, exact: &str) -> (String, Option<String>) {
        let script = self
            .script_from_latin(&fold_latin(exact))
            .unwrap_or_else(|| exact.to_owned());
        let to_latin = |word: &str| -> String {
            let latin: String = if self.to_latin.is_empty() {
                word.to_owned()
            } else {
                word.chars()
                    .map(|c| {
                        self.to_latin
                            .get(&c)
                            .cloned()
                            .unwrap_or_else(|| c.to_string())
                    })
                    .collect()
            };
            fold_latin(&latin)
        };
        match &self.stemmer {
            Some(s) => {
                let stemmed = s.stem(&script);
                if stemmed == script {
                    (to_latin(&script), None)
                } else {
                    (to_latin(&stemmed), Some(to_latin(&script)))
                }
            }
            None => (to_latin(&script), None),
        }
    }

    /// The folded form of `exact` without stemming: what snippets compare, since stemming
    /// every word of a text is the costly part of analysis.
    pub fn fold_unstemmed(&self, exact: &str) -> String {
        let script = self
            .script_from_latin(&fold_latin(exact))
            .unwrap_or_else(|| exact.to_owned());
        if self.to_latin.is_empty() {
            return fold_latin(&script);
        }
        let mut latin = String::with_capacity(script.len());
        for c in script.chars() {
            match self.to_latin.get(&c) {
                Some(l) => latin.push_str(l),
                None => latin.push(c),
            }
        }
        fold_latin(&latin)
    }

    /// Words of `text` with their exact form and byte range, and Han bigrams, for snippets.
    pub fn words(&self, text: &str) -> Vec<(String, usize, usize, bool)> {
        let mut out = Vec::new();
        for piece in pieces(text) {
            match piece {
                Piece::Han(run) => {
                    let end_of = |(i, c): (usize, char)| i + c.len_utf8();
                    if let [single] = run[..] {
                        out.push((single.1.to_string(), single.0, end_of(single), true));
                    }
                    for pair in run.windows(2) {
                        out.push((
                            [pair[0].1, pair[1].1].iter().collect(),
                            pair[0].0,
                            end_of(pair[1]),
                            true,
                        ));
                    }
                }
                Piece::Word(start, end) => {
                    let word = normalise(&text[start..end]).replace('\u{200C}', "");
                    out.push((word, start, end, false));
                }
            }
        }
        out
    }

    /// Analyses `text` into terms. For a query (`for_query`), a Han run becomes its bigrams
    /// only; for indexing, its single characters too, so a one-character query still matches.
    pub fn terms(&self, text: &str, for_query: bool) -> Vec<Term> {
        let mut terms = Vec::new();
        let mut position = 0;
        for piece in pieces(text) {
            match piece {
                Piece::Han(run) => self.han_terms(&run, for_query, &mut position, &mut terms),
                Piece::Word(start, end) => {
                    self.word_terms(&text[start..end], start, end, &mut position, &mut terms)
                }
            }
        }
        terms
    }

    fn word_terms(
        &self,
        word: &str,
        start: usize,
        end: usize,
        position: &mut usize,
        terms: &mut Vec<Term>,
    ) {
        let normal = normalise(word);
        // A Persian word with ZWNJ (می‌خواهید) is indexed joined and in parts, because people
        // type it with the joiner, without it, or with a space.
        let mut forms: Vec<String> = vec![normal.replace('\u{200C}', "")];
        if normal.contains('\u{200C}') {
            forms.extend(
                normal
                    .split('\u{200C}')
                    .filter(|p| !p.is_empty())
                    .map(str::to_owned),
            );
        }
        for exact in forms {
            if exact.is_empty() {
                continue;
            }
            let (folded, unstemmed) = self.fold(&exact);
            terms.push(Term {
                exact,
                folded,
                unstemmed,
                weight: 1.0,
                start,
                end,
                position: *position,
                cjk: false,
            });
        }
        *position += 1;
    }

    fn han_terms(
        &self,
        run: &[(usize, char)],
        for_query: bool,
        position: &mut usize,
        terms: &mut Vec<Term>,
    ) {
        let end_of = |i: usize| run[i].0 + run[i].1.len_utf8();
        let mut push = |text: String, start: usize, end: usize, pos: usize, weight: f32| {
            terms.push(Term {
                exact: text.clone(),
                folded: text,
                unstemmed: None,
                weight,
                start,
                end,
                position: pos,
                cjk: true,
            });
        };
        // In a query, the single characters of a longer run count little: they find words
        // written with a synonym that shares a character (口译员 → 翻译).
        let unigram_weight = if for_query && run.len() > 1 {
            0.25
        } else {
            1.0
        };
        for (i, (start, c)) in run.iter().enumerate() {
            push(
                c.to_string(),
                *start,
                end_of(i),
                *position + i,
                unigram_weight,
            );
        }
        for i in 1..run.len() {
            let text: String = [run[i - 1].1, run[i].1].iter().collect();
            push(text, run[i - 1].0, end_of(i), *position + i - 1, 1.0);
        }
        *position += run.len();
    }
}

/// The tantivy tokens of `form` for analysed `terms` (the folded form also carries the
/// unstemmed word, at the same position).
pub fn tokens(terms: &[Term], form: Form) -> Vec<Token> {
    let mut out = Vec::with_capacity(terms.len());
    for term in terms {
        let mut push = |text: &str| {
            out.push(Token {
                offset_from: term.start,
                offset_to: term.end,
                position: term.position,
                text: text.to_owned(),
                position_length: 1,
            })
        };
        match form {
            Form::Exact => push(&term.exact),
            Form::Folded => {
                push(&term.folded);
                if let Some(u) = &term.unstemmed {
                    push(u);
                }
            }
        }
    }
    out
}

/// A tantivy tokenizer over [`Analysis`], registered per locale and form so that the schema
/// names how its fields are analysed.
#[derive(Clone)]
pub struct NavratTokenizer {
    analysis: Arc<Analysis>,
    form: Form,
    tokens: Vec<Token>,
}

impl NavratTokenizer {
    /// A tokenizer producing `form` terms of `analysis`.
    pub fn new(analysis: Arc<Analysis>, form: Form) -> Self {
        NavratTokenizer {
            analysis,
            form,
            tokens: Vec::new(),
        }
    }
}

/// The tokens of one text.
pub struct NavratTokenStream<'a> {
    tokens: &'a mut [Token],
    next: usize,
}

impl Tokenizer for NavratTokenizer {
    type TokenStream<'a> = NavratTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> NavratTokenStream<'a> {
        self.tokens = tokens(&self.analysis.terms(text, false), self.form);
        NavratTokenStream {
            tokens: &mut self.tokens,
            next: 0,
        }
    }
}

impl TokenStream for NavratTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(stemmer: Option<&str>, latin: &[(&str, &[&str])]) -> SearchSettings {
        SearchSettings {
            stemmer: stemmer.map(str::to_owned),
            latin: latin
                .iter()
                .map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect()))
                .collect(),
            ..SearchSettings::default()
        }
    }

    #[test]
    fn function_words_leave_the_query_unless_nothing_else_is_left() {
        let a = Analysis::new(&SearchSettings {
            stopwords: vec!["can".into(), "i".into(), "my".into()],
            ..SearchSettings::default()
        });
        let q: Vec<String> = a
            .query_terms("Can I take my kids")
            .into_iter()
            .map(|t| t.exact)
            .collect();
        assert_eq!(q, ["take", "kids"]);
        let only: Vec<String> = a
            .query_terms("can I")
            .into_iter()
            .map(|t| t.exact)
            .collect();
        assert_eq!(only, ["can", "i"]);
    }

    #[test]
    fn inflected_words_share_their_start() {
        let a = Analysis::new(&SearchSettings {
            endings: 2,
            ..SearchSettings::default()
        });
        assert_eq!(a.word_start("detmi").as_deref(), Some("det"));
        assert_eq!(a.word_start("pas"), None);
        let none = Analysis::new(&SearchSettings::default());
        assert_eq!(none.word_start("detmi"), None);
    }

    fn folded(a: &Analysis, text: &str) -> Vec<String> {
        a.terms(text, true).into_iter().map(|t| t.folded).collect()
    }

    fn exact(a: &Analysis, text: &str) -> Vec<String> {
        a.terms(text, true).into_iter().map(|t| t.exact).collect()
    }

    #[test]
    fn latin_diacritics_fold_but_exact_keeps_them() {
        let a = Analysis::new(&settings(None, &[]));
        assert_eq!(folded(&a, "Dobrovolný NÁVRAT"), ["dobrovolny", "navrat"]);
        assert_eq!(exact(&a, "Dobrovolný NÁVRAT"), ["dobrovolný", "návrat"]);
        assert_eq!(
            folded(&a, "Tự nguyện về nước"),
            ["tu", "nguyen", "ve", "nuoc"]
        );
        assert_eq!(
            folded(&a, "Întoarcere și țară"),
            ["intoarcere", "si", "tara"]
        );
    }

    #[test]
    fn turkish_dotted_capital_i_leaves_no_combining_mark() {
        let a = Analysis::new(&settings(None, &[]));
        assert_eq!(exact(&a, "İSTANBUL İade"), ["istanbul", "iade"]);
        assert_eq!(folded(&a, "IŞIK ışık"), ["isik", "isik"]);
        assert!(exact(&a, "İ").iter().all(|t| !t.contains('\u{0307}')));
    }

    #[test]
    fn cyrillic_is_kept_and_meets_its_latin_transliteration() {
        let uk = Analysis::new(&settings(
            None,
            &[
                ("п", &["p"]),
                ("о", &["o"]),
                ("в", &["v"]),
                ("е", &["e"]),
                ("р", &["r"]),
                ("н", &["n"]),
                ("я", &["ia", "ya"]),
            ],
        ));
        assert_eq!(exact(&uk, "Повернення"), ["повернення"]);
        assert_eq!(folded(&uk, "Повернення"), ["povernennia"]);
        assert_eq!(folded(&uk, "povernennya"), ["povernennia"]);
        assert_eq!(folded(&uk, "povernennia"), ["povernennia"]);
    }

    #[test]
    fn russian_is_stemmed_in_cyrillic_before_transliteration() {
        let latin: &[(&str, &[&str])] = &[
            ("в", &["v"]),
            ("о", &["o"]),
            ("з", &["z"]),
            ("р", &["r"]),
            ("а", &["a"]),
            ("щ", &["shch", "sch"]),
            ("е", &["e"]),
            ("н", &["n"]),
            ("и", &["i"]),
            ("т", &["t"]),
            ("я", &["ya", "ia"]),
        ];
        let ru = Analysis::new(&settings(Some("russian"), latin));
        let text = folded(&ru, "возвращение");
        assert_eq!(folded(&ru, "vozvrashchenie"), text);
        assert_eq!(
            folded(&ru, "возвращения"),
            text,
            "inflections meet after stemming"
        );
    }

    #[test]
    fn arabic_and_persian_variants_meet() {
        let a = Analysis::new(&settings(None, &[]));
        // Alef with hamza, harakat and tatweel.
        assert_eq!(exact(&a, "أَسـئلة"), exact(&a, "اسئلة"));
        // Persian ya and kaf against Arabic ones.
        assert_eq!(exact(&a, "کمک یک"), exact(&a, "كمك يك"));
        // Arabic-Indic digits.
        assert_eq!(exact(&a, "٢٠٢٤"), ["2024"]);
    }

    #[test]
    fn persian_zwnj_words_match_joined_split_and_with_joiner() {
        let a = Analysis::new(&settings(None, &[]));
        let indexed: Vec<String> = a
            .terms("می‌خواهید", false)
            .into_iter()
            .map(|t| t.exact)
            .collect();
        assert!(
            indexed.contains(&"میخواهید".replace('ی', "ي")),
            "{indexed:?}"
        );
        assert!(indexed.contains(&"خواهيد".to_owned()), "{indexed:?}");
    }

    #[test]
    fn chinese_runs_become_bigrams_and_georgian_words_stay_whole() {
        let a = Analysis::new(&settings(None, &[]));
        let query: Vec<(String, f32)> = a
            .terms("自愿返回", true)
            .into_iter()
            .map(|t| (t.exact, t.weight))
            .collect();
        let strong: Vec<&str> = query
            .iter()
            .filter(|(_, w)| *w == 1.0)
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(strong, ["自愿", "愿返", "返回"]);
        assert_eq!(query.len(), 7, "and the four characters, weakly: {query:?}");
        assert_eq!(exact(&a, "钱"), ["钱"]);
        let indexed: Vec<String> = a
            .terms("返回", false)
            .into_iter()
            .map(|t| t.exact)
            .collect();
        assert_eq!(indexed, ["返", "回", "返回"]);
        assert_eq!(
            exact(&a, "ნებაყოფლობითი დაბრუნება"),
            ["ნებაყოფლობითი", "დაბრუნება"]
        );
        assert_eq!(
            exact(&a, "Сайн дураараа буцах"),
            ["сайн", "дураараа", "буцах"]
        );
    }

    #[test]
    fn english_is_stemmed() {
        let en = Analysis::new(&settings(Some("english"), &[]));
        assert_eq!(folded(&en, "tickets"), folded(&en, "ticket"));
        assert_eq!(exact(&en, "tickets"), ["tickets"]);
    }

    #[test]
    fn punctuation_and_offsets() {
        let a = Analysis::new(&settings(None, &[]));
        let text = "«Pas», prosím!";
        let terms = a.terms(text, true);
        assert_eq!(terms.len(), 2);
        assert_eq!(&text[terms[0].start..terms[0].end], "Pas");
        assert_eq!(&text[terms[1].start..terms[1].end], "prosím");
    }
}
