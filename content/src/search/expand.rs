//! Typo tolerance and prefix matching by expanding a query word into the index's words that
//! are within its edit budget (1 from 4 characters, 2 from 8), start with it (search as you
//! type), or — for inflected languages without a stemmer — share its start. Each expansion
//! becomes an ordinary scored term, so rare words count for more than common ones, unlike
//! tantivy's `FuzzyTermQuery`, which scores every fuzzy match the same.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use levenshtein_automata::{DFA, Distance, LevenshteinAutomatonBuilder, SINK_STATE};
use tantivy::schema::Field;

use super::analysis::Term;
use super::index_err;
use super::snippet::{typo_budget, within_distance};
use crate::{Error, Result};

/// At most this many index words stand in for a query word the index does not have…
const MAX_EXPANSIONS: usize = 16;
/// …and for one it has (then only one edit away, or other forms of it).
const MAX_EXPANSIONS_KNOWN: usize = 6;

/// At most this many words are read from one dictionary for one automaton.
const MAX_SCANNED: usize = 200;

/// Weight of a word one edit away, two edits away, matched as a prefix, or another form.
const ONE_EDIT: f32 = 0.7;
const TWO_EDITS: f32 = 0.5;
const PREFIX: f32 = 0.6;
const OTHER_FORM: f32 = 0.6;

struct Dfa<'a>(&'a DFA);

impl tantivy_fst::Automaton for Dfa<'_> {
    type State = u32;

    fn start(&self) -> u32 {
        self.0.initial_state()
    }

    fn is_match(&self, state: &u32) -> bool {
        matches!(self.0.distance(*state), Distance::Exact(_))
    }

    fn can_match(&self, state: &u32) -> bool {
        *state != SINK_STATE
    }

    fn accept(&self, state: &u32, byte: u8) -> u32 {
        self.0.transition(*state, byte)
    }
}

/// Building a Levenshtein automaton builder is costly; there are three, made once.
fn builder(distance: u8) -> &'static LevenshteinAutomatonBuilder {
    static BUILDERS: OnceLock<[LevenshteinAutomatonBuilder; 3]> = OnceLock::new();
    let builders =
        BUILDERS.get_or_init(|| [0, 1, 2].map(|d| LevenshteinAutomatonBuilder::new(d, true)));
    &builders[usize::from(distance.min(2))]
}

/// The words of `fields` the automaton accepts, across all segments.
fn collect(
    searcher: &tantivy::Searcher,
    fields: &[Field],
    dfa: &DFA,
    out: &mut Vec<String>,
) -> Result<()> {
    for segment in searcher.segment_readers() {
        for field in fields {
            let inverted = segment.inverted_index(*field).map_err(index_err)?;
            let mut stream = inverted
                .terms()
                .search(Dfa(dfa))
                .into_stream()
                .map_err(|e| Error::Invalid(format!("search index: {e}")))?;
            let mut taken = 0;
            // A short prefix can match thousands of words: the first few hundred are plenty.
            while taken < MAX_SCANNED && stream.advance() {
                if let Ok(word) = std::str::from_utf8(stream.key()) {
                    out.push(word.to_owned());
                    taken += 1;
                }
            }
        }
    }
    Ok(())
}

/// Whether the index has `word` in any of `fields`.
fn known(searcher: &tantivy::Searcher, fields: &[Field], word: &str) -> Result<bool> {
    for segment in searcher.segment_readers() {
        for field in fields {
            let inverted = segment.inverted_index(*field).map_err(index_err)?;
            if inverted
                .terms()
                .term_ord(word.as_bytes())
                .map_err(|e| Error::Invalid(format!("search index: {e}")))?
                .is_some()
            {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// The index words similar to `term` (not the term itself), with the weight each gets.
pub(super) fn similar_words(
    searcher: &tantivy::Searcher,
    fields: &[Field],
    term: &Term,
    prefix: bool,
    word_start: Option<&str>,
) -> Result<Vec<(String, f32)>> {
    let sources: Vec<&str> = std::iter::once(term.folded.as_str())
        .chain(term.unstemmed.as_deref())
        .collect();
    // A word the index has was probably typed right: look for fewer, closer alternatives.
    let is_known = known(searcher, fields, &term.folded)?;
    let mut found = Vec::new();
    if let Some(start) = word_start {
        collect(
            searcher,
            fields,
            &builder(0).build_prefix_dfa(start),
            &mut found,
        )?;
    }
    for source in &sources {
        let budget = if is_known {
            typo_budget(source).min(1)
        } else {
            typo_budget(source)
        };
        if budget > 0 {
            collect(
                searcher,
                fields,
                &builder(budget).build_dfa(source),
                &mut found,
            )?;
        }
        if prefix {
            collect(
                searcher,
                fields,
                &builder(0).build_prefix_dfa(source),
                &mut found,
            )?;
        }
    }
    let mut weighted: BTreeMap<String, f32> = BTreeMap::new();
    for word in found {
        if sources.contains(&word.as_str()) {
            continue;
        }
        let weight = sources
            .iter()
            .map(|s| {
                if within_distance(&word, s, 1) {
                    ONE_EDIT
                } else if !is_known && typo_budget(s) >= 2 && within_distance(&word, s, 2) {
                    TWO_EDITS
                } else if prefix && word.starts_with(s) {
                    PREFIX
                } else if word_start.is_some_and(|w| word.starts_with(w)) {
                    OTHER_FORM
                } else {
                    0.0
                }
            })
            .fold(0.0, f32::max);
        if weight > 0.0 {
            let entry = weighted.entry(word).or_insert(0.0);
            *entry = entry.max(weight);
        }
    }
    let mut out: Vec<(String, f32)> = weighted.into_iter().collect();
    // Closest first, then shorter words (nearer to the typed one).
    out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.len().cmp(&b.0.len())));
    out.truncate(if is_known {
        MAX_EXPANSIONS_KNOWN
    } else {
        MAX_EXPANSIONS
    });
    Ok(out)
}
