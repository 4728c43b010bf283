//! Snippets: a short piece of a topic's text with the words that matched the query marked,
//! as data (never HTML), so each channel renders the marks its own way.

use super::analysis::{Analysis, Term};

/// A piece of a snippet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnippetPart {
    /// The text.
    pub text: String,
    /// Whether it is a word that matched the query.
    pub marked: bool,
}

/// How many words a snippet spans at most.
const WINDOW_WORDS: usize = 24;

/// The text of a topic's Markdown without its markup: for snippets and plain-text channels.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.lines() {
        let line = line.trim_start();
        let line = line
            .strip_prefix("## ")
            .or_else(|| line.strip_prefix("- "))
            .unwrap_or(line);
        let line = match line.split_once(". ") {
            Some((n, rest)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => rest,
            _ => line,
        };
        let mut rest = line;
        while let Some(open) = rest.find('[') {
            let after = &rest[open + 1..];
            match after.find("](").and_then(|close| {
                closing_paren(&after[close + 2..]).map(|end| (close, close + 2 + end))
            }) {
                Some((close, end)) => {
                    out.push_str(&rest[..open]);
                    out.push_str(&after[..close]);
                    rest = &after[end + 1..];
                }
                None => break,
            }
        }
        out.push_str(rest);
        out.push(' ');
    }
    out.replace("**", "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The byte index of the `)` that closes a link target, allowing balanced parentheses inside.
fn closing_paren(target: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in target.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Some(i),
            ')' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Whether two words are at most `max` edits apart, counting a swap of two neighbouring
/// letters as one edit (as typing errors go, and as the index's automaton counts).
pub fn within_distance(a: &str, b: &str, max: usize) -> bool {
    if a.len().abs_diff(b.len()) > max * 4 {
        return false; // UTF-8 lengths this far apart cannot be `max` characters apart.
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    // Optimal string alignment distance, three rolling rows.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return false;
        }
        before = std::mem::replace(&mut prev, cur);
    }
    prev[b.len()] <= max
}

/// The edit distance a query word may be from a text word: 1 from 4 characters, 2 from 8.
pub fn typo_budget(word: &str) -> u8 {
    match word.chars().count() {
        n if n >= 8 => 2,
        n if n >= 4 => 1,
        _ => 0,
    }
}

/// A query word as snippets compare it.
struct Wanted<'a> {
    exact: &'a str,
    /// The folded word as typed (not stemmed).
    whole: &'a str,
    /// The stem, when stemming changed the word: text words starting with it match.
    stem: Option<&'a str>,
    /// Start shared by other forms (inflected languages without a stemmer).
    start: Option<String>,
    budget: usize,
    prefix: bool,
    cjk: bool,
}

impl Wanted<'_> {
    fn matches(&self, exact: &str, folded: &str) -> bool {
        if exact == self.exact || folded == self.whole {
            return true;
        }
        if self.cjk {
            return false;
        }
        let starts = |p: &str| p.chars().count() >= 3 && folded.starts_with(p);
        (self.prefix && folded.starts_with(self.whole) && self.whole.chars().count() >= 2)
            || self.stem.is_some_and(starts)
            || self.start.as_deref().is_some_and(starts)
            || (self.budget > 0 && within_distance(folded, self.whole, self.budget))
    }
}

/// A snippet of `text` around the densest run of words matching `query`; the start of the
/// text, unmarked, when nothing matches. Text words are compared unstemmed (a stem matches
/// the words it starts), which keeps this cheap enough to run on every hit.
pub fn snippet(
    analysis: &Analysis,
    text: &str,
    query: &[Term],
    prefix_last: bool,
) -> Vec<SnippetPart> {
    let wanted: Vec<Wanted<'_>> = query
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let whole = q.unstemmed.as_deref().unwrap_or(&q.folded);
            Wanted {
                exact: &q.exact,
                whole,
                stem: q.unstemmed.as_ref().map(|_| q.folded.as_str()),
                start: analysis.word_start(whole),
                budget: usize::from(typo_budget(whole)),
                prefix: prefix_last && i + 1 == query.len(),
                cjk: q.cjk,
            }
        })
        .collect();
    // Most hits contain a query word as typed: analyse only the text around its first
    // occurrence. Otherwise (typos, other forms) the whole text.
    let (from, to) = exact_window(text, query).unwrap_or((0, text.len()));
    let words = analysis.words(&text[from..to]);
    let matched: Vec<bool> = words
        .iter()
        .map(|(exact, _, _, cjk)| {
            let folded = if *cjk {
                exact.clone()
            } else {
                analysis.fold_unstemmed(exact)
            };
            wanted.iter().any(|w| w.matches(exact, &folded))
        })
        .collect();
    let spans: Vec<(usize, usize)> = words
        .iter()
        .map(|(_, s, e, _)| (s + from, e + from))
        .collect();
    assemble(text, &spans, &matched)
}

/// Bytes of text analysed before and after the first exact occurrence of a query word.
const WINDOW_BEFORE: usize = 240;
const WINDOW_AFTER: usize = 480;

/// The byte range around the first place a query word occurs as typed (case aside), cut at
/// spaces, when lowercasing keeps byte offsets (it does for nearly all text).
fn exact_window(text: &str, query: &[Term]) -> Option<(usize, usize)> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return None;
    }
    let at = query
        .iter()
        .filter(|q| q.exact.chars().count() >= 2)
        .filter_map(|q| lower.find(q.exact.as_str()))
        .min()?;
    let from = at.saturating_sub(WINDOW_BEFORE);
    let from = if from == 0 {
        0
    } else {
        text[..floor_boundary(text, from)]
            .rfind(' ')
            .map_or(0, |i| i + 1)
    };
    let to = floor_boundary(text, (at + WINDOW_AFTER).min(text.len()));
    let to = text[to..].find(' ').map_or(text.len(), |i| to + i);
    Some((from, to))
}

/// The nearest character boundary at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Builds the snippet's parts from word spans and which of them matched.
fn assemble(text: &str, spans: &[(usize, usize)], matched: &[bool]) -> Vec<SnippetPart> {
    if spans.is_empty() {
        return vec![SnippetPart {
            text: text.chars().take(160).collect(),
            marked: false,
        }];
    }
    // The window of WINDOW_WORDS words holding the most matches.
    let mut best = (0usize, 0usize);
    let mut count = 0;
    for i in 0..spans.len() {
        count += usize::from(matched[i]);
        if i >= WINDOW_WORDS {
            count -= usize::from(matched[i - WINDOW_WORDS]);
        }
        if count > best.1 {
            best = ((i + 1).saturating_sub(WINDOW_WORDS), count);
        }
    }
    // Start a few words before the window's first match, for context.
    let first_match = (best.0..spans.len()).find(|i| matched[*i]);
    let first = first_match.map_or(0, |f| f.saturating_sub(3));
    let last = (first + WINDOW_WORDS).min(spans.len());
    let start = if first == 0 { 0 } else { spans[first].0 };
    let end = if last == spans.len() {
        text.len()
    } else {
        spans[last - 1].1
    };

    let mut parts = Vec::new();
    if start > 0 {
        parts.push(SnippetPart {
            text: "…".into(),
            marked: false,
        });
    }
    let mut at = start;
    let mut i = first;
    while i < last {
        if !matched[i] {
            i += 1;
            continue;
        }
        // Merge overlapping marked words (Han bigrams overlap).
        let (s, mut e) = (spans[i].0.max(at), spans[i].1);
        while i + 1 < last && matched[i + 1] && spans[i + 1].0 <= e {
            i += 1;
            e = e.max(spans[i].1);
        }
        if s > at {
            parts.push(SnippetPart {
                text: text[at..s].to_owned(),
                marked: false,
            });
        }
        if e > s {
            parts.push(SnippetPart {
                text: text[s..e].to_owned(),
                marked: true,
            });
        }
        at = e.max(at);
        i += 1;
    }
    if end > at {
        parts.push(SnippetPart {
            text: text[at..end].to_owned(),
            marked: false,
        });
    }
    if end < text.len() {
        parts.push(SnippetPart {
            text: "…".into(),
            marked: false,
        });
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SearchSettings;

    #[test]
    fn markdown_becomes_plain_text() {
        let md = "## Kdo\n\n- **Vy** a [rodina](topic:families-and-children).\n1. První [odkaz](https://x.cz/a_(b)) zde";
        assert_eq!(plain_text(md), "Kdo Vy a rodina. První odkaz zde");
    }

    #[test]
    fn distance_is_bounded() {
        assert!(within_distance("navrat", "navrat", 0));
        assert!(within_distance("navrat", "nvarat", 2));
        assert!(within_distance("navrat", "navart", 2));
        assert!(!within_distance("navrat", "domov", 2));
        assert!(within_distance("pas", "pes", 1));
        assert!(
            within_distance("involidnsot", "invalidnost", 2),
            "a swap is one edit"
        );
        assert!(within_distance("chlidern", "children", 2));
        assert!(!within_distance("chlidern", "children", 1));
    }

    #[test]
    fn matched_words_are_marked_as_data() {
        let a = Analysis::new(&SearchSettings::default());
        let q = a.terms("letenka", true);
        let parts = snippet(&a, "Dostanete letenku a pomoc na letišti.", &q, false);
        let marked: Vec<&str> = parts
            .iter()
            .filter(|p| p.marked)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(marked, ["letenku"]);
        let all: String = parts.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(all, "Dostanete letenku a pomoc na letišti.");
    }

    #[test]
    fn a_match_deep_in_a_long_text_is_shown_with_ellipses() {
        let a = Analysis::new(&SearchSettings::default());
        let text = format!(
            "{} Přineste si pas a doklady. {}",
            "slovo ".repeat(200),
            "další ".repeat(200)
        );
        let q = a.terms("pas", true);
        let parts = snippet(&a, &text, &q, false);
        assert_eq!(parts.first().map(|p| p.text.as_str()), Some("…"));
        assert_eq!(parts.last().map(|p| p.text.as_str()), Some("…"));
        let marked: Vec<&str> = parts
            .iter()
            .filter(|p| p.marked)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(marked, ["pas"]);
        let shown: String = parts.iter().map(|p| p.text.as_str()).collect();
        assert!(shown.chars().count() < 300, "{shown}");
    }

    #[test]
    fn han_bigrams_are_merged_into_one_mark() {
        let a = Analysis::new(&SearchSettings::default());
        let q = a.terms("自愿返回", true);
        let parts = snippet(&a, "关于自愿返回的信息", &q, false);
        let marked: Vec<&str> = parts
            .iter()
            .filter(|p| p.marked)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(marked, ["自愿返回"]);
    }
}
