//! Multilingual search over what people read: per-locale analysis ([`analysis`]), typo
//! tolerance and prefix matching on the folded form, exact matches ranked first, and fallback
//! along the asker's locale chain.
//!
//! The tantivy index is derived from the database: [`Searcher::open`] builds it when it is
//! missing or does not hold exactly what the database serves, and
//! [`Searcher::refresh_topic`] updates one topic's documents when a translation is published,
//! withdrawn or its source edited (no full rebuild per edit). [`Searcher::verify`] is what
//! `navrat check` reports.
//!
//! Searching is CPU work of about a millisecond and may write a miss to the store: call it from
//! a blocking context (e.g. [`crate::Store::blocking`]-style `spawn_blocking`).

pub mod analysis;
mod expand;
mod index;
pub mod snippet;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Arc, Mutex, RwLock, mpsc};

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::PreTokenizedString;
use tantivy::{IndexReader, TantivyDocument, Term as IndexTerm};

use self::analysis::{Analysis, Form, Term};
use self::index::{Fields, LocaleFields};
pub use self::snippet::{SnippetPart, plain_text};
use crate::model::{Slug, TopicText};
use crate::{Error, Locale, Locales, Result, Store};

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The topic.
    pub slug: Slug,
    /// The locale title and snippet are in: the asker's, or the next of their chain that has
    /// the topic.
    pub locale: Locale,
    /// The topic's title.
    pub title: String,
    /// A piece of the text with the matched words marked.
    pub snippet: Vec<SnippetPart>,
    /// The locale whose text matched (differs from `locale` after fallback).
    pub matched_locale: Locale,
    /// Relevance; higher is better.
    pub score: f32,
}

/// What `navrat check` learns about the index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IndexCheck {
    /// Documents the database serves (topic × locale).
    pub expected: usize,
    /// Documents in the index.
    pub indexed: usize,
    /// Served but not indexed, or indexed with other text (`slug/locale`).
    pub missing_or_stale: Vec<String>,
    /// Indexed but no longer served.
    pub extra: Vec<String>,
}

impl IndexCheck {
    /// Whether the index holds exactly what the database serves.
    pub fn is_ok(&self) -> bool {
        self.missing_or_stale.is_empty() && self.extra.is_empty()
    }
}

/// The text of one served document, kept in memory for titles and snippets.
#[derive(Debug, Clone)]
struct DocText {
    title: String,
    plain: String,
}

/// Search over the served topics; cheap to clone and share between threads.
#[derive(Clone)]
pub struct Searcher {
    inner: Arc<Inner>,
}

struct Inner {
    index: tantivy::Index,
    reader: IndexReader,
    fields: Fields,
    locales: Locales,
    analyses: BTreeMap<Locale, Arc<Analysis>>,
    docs: RwLock<HashMap<(Slug, Locale), DocText>>,
    writer: Mutex<()>,
    store: Store,
    /// Searches without result go to a background thread that counts them in the store, so
    /// the person searching never waits for that write. The queue is bounded: when it is full
    /// (a flood), a miss is dropped rather than waited for.
    misses: mpsc::SyncSender<MissMessage>,
}

enum MissMessage {
    Miss(Locale, String),
    Flush(mpsc::Sender<()>),
}

/// Searches without result waiting to be counted, at most; more are dropped.
const MISS_QUEUE: usize = 256;

/// Searches without result counted per minute, at most, whoever asks: a flood of random words
/// cannot fill the table or hold the store's writer from appointment requests.
pub const MISSES_PER_MINUTE: u32 = 120;

/// At most this many misses are written in one transaction.
const MISS_BATCH: usize = 64;

/// Counts misses in the store until every sender is gone: a batch per transaction, within
/// [`MISSES_PER_MINUTE`].
fn count_misses(store: Store, inbox: mpsc::Receiver<MissMessage>) {
    let mut minute = std::time::Instant::now();
    let mut counted: u32 = 0;
    let mut dropped: u64 = 0;
    while let Ok(first) = inbox.recv() {
        let mut batch = Vec::new();
        let mut flushes = Vec::new();
        let mut next = Some(first);
        while let Some(message) = next {
            match message {
                MissMessage::Miss(locale, query) => {
                    if minute.elapsed() >= std::time::Duration::from_secs(60) {
                        if dropped > 0 {
                            tracing::warn!(
                                dropped,
                                "searches without result over the limit were not counted"
                            );
                        }
                        (minute, counted, dropped) = (std::time::Instant::now(), 0, 0);
                    }
                    if counted < MISSES_PER_MINUTE {
                        counted += 1;
                        batch.push((locale, query));
                    } else {
                        dropped += 1;
                    }
                }
                MissMessage::Flush(done) => flushes.push(done),
            }
            next = if batch.len() < MISS_BATCH && flushes.is_empty() {
                inbox.try_recv().ok()
            } else {
                None
            };
        }
        if let Err(e) = store.record_search_misses(&batch) {
            tracing::warn!(error = %e, misses = batch.len(), "could not count searches without result");
        }
        for done in flushes {
            let _ = done.send(());
        }
    }
}

impl std::fmt::Debug for Searcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Searcher").finish_non_exhaustive()
    }
}

fn index_err(e: tantivy::TantivyError) -> Error {
    Error::Invalid(format!("search index: {e}"))
}

/// The hash that tells whether the index holds the current text of a document.
fn doc_hash(text: &TopicText) -> String {
    crate::seed::content_hash(&format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}",
        text.title,
        text.summary,
        text.body,
        text.keywords.join("\u{1e}")
    ))
}

impl Searcher {
    /// Opens the index in `dir` (in memory when `None`), building it from `store` when it is
    /// missing, was made for other locales, or does not hold exactly what the store serves.
    pub fn open(dir: Option<&Path>, store: &Store, locales: &Locales) -> Result<Self> {
        let searcher = Self::load(dir, store, locales)?;
        let check = searcher.verify()?;
        if check.is_ok() {
            searcher.load_docs(None)?;
        } else {
            tracing::info!(
                documents = check.expected,
                stale = check.missing_or_stale.len() + check.extra.len(),
                "building the search index"
            );
            searcher.rebuild()?;
        }
        Ok(searcher)
    }

    /// Opens the index as it is, without building it: for `navrat check`, which reports
    /// rather than repairs.
    pub fn load(dir: Option<&Path>, store: &Store, locales: &Locales) -> Result<Self> {
        let analyses: BTreeMap<Locale, Arc<Analysis>> = locales
            .all()
            .map(|info| (info.code, Arc::new(Analysis::new(&info.search))))
            .collect();
        let (index, fields) = index::open(dir, &analyses)?;
        let reader = index.reader().map_err(index_err)?;
        let (misses, inbox) = mpsc::sync_channel(MISS_QUEUE);
        let miss_store = store.clone();
        std::thread::Builder::new()
            .name("navrat-search-misses".into())
            .spawn(move || count_misses(miss_store, inbox))
            .map_err(|e| Error::Task(e.to_string()))?;
        Ok(Searcher {
            inner: Arc::new(Inner {
                index,
                reader,
                fields,
                locales: locales.clone(),
                analyses,
                docs: RwLock::new(HashMap::new()),
                writer: Mutex::new(()),
                store: store.clone(),
                misses,
            }),
        })
    }

    fn texts(&self, slug: Option<&Slug>) -> Result<Vec<(Slug, Locale, TopicText)>> {
        let mut texts = self.inner.store.searchable_texts(slug)?;
        texts.retain(|(_, l, _)| self.inner.analyses.contains_key(l));
        Ok(texts)
    }

    fn load_docs(&self, slug: Option<&Slug>) -> Result<Vec<(Slug, Locale, TopicText)>> {
        let texts = self.texts(slug)?;
        let mut docs = self.inner.docs.write().unwrap_or_else(|p| p.into_inner());
        if let Some(slug) = slug {
            docs.retain(|(s, _), _| s != slug);
        } else {
            docs.clear();
        }
        for (slug, locale, text) in &texts {
            let plain = format!("{} {}", text.summary, plain_text(&text.body));
            docs.insert(
                (slug.clone(), *locale),
                DocText {
                    title: text.title.clone(),
                    plain,
                },
            );
        }
        Ok(texts)
    }

    /// Rebuilds the whole index from the store.
    pub fn rebuild(&self) -> Result<()> {
        let _guard = self.inner.writer.lock().unwrap_or_else(|p| p.into_inner());
        let texts = self.load_docs(None)?;
        let mut writer = index::writer(&self.inner.index)?;
        writer.delete_all_documents().map_err(index_err)?;
        for (slug, locale, text) in &texts {
            writer
                .add_document(self.document(slug, *locale, text))
                .map_err(index_err)?;
        }
        writer.commit().map_err(index_err)?;
        index::merge_segments(&self.inner.index, writer)?;
        self.inner.reader.reload().map_err(index_err)?;
        Ok(())
    }

    /// Re-indexes one topic in every locale: after a translation is published or withdrawn,
    /// or the source is edited. Costs one small commit, not a rebuild.
    pub fn refresh_topic(&self, slug: &Slug) -> Result<()> {
        let _guard = self.inner.writer.lock().unwrap_or_else(|p| p.into_inner());
        let texts = self.load_docs(Some(slug))?;
        let mut writer = index::writer(&self.inner.index)?;
        writer.delete_term(IndexTerm::from_field_text(
            self.inner.fields.slug,
            slug.as_str(),
        ));
        for (slug, locale, text) in &texts {
            writer
                .add_document(self.document(slug, *locale, text))
                .map_err(index_err)?;
        }
        writer.commit().map_err(index_err)?;
        // Every refresh adds a small segment; fold them together before they slow queries.
        let segments = self
            .inner
            .index
            .searchable_segment_ids()
            .map_err(index_err)?;
        if segments.len() > index::MAX_SEGMENTS {
            index::merge_segments(&self.inner.index, writer)?;
        }
        self.inner.reader.reload().map_err(index_err)?;
        Ok(())
    }

    fn document(&self, slug: &Slug, locale: Locale, text: &TopicText) -> TantivyDocument {
        let f = &self.inner.fields;
        let lf = &f.locales[&locale];
        let mut doc = TantivyDocument::default();
        doc.add_text(f.slug, slug.as_str());
        doc.add_text(f.locale, locale.as_str());
        doc.add_text(f.hash, doc_hash(text));
        // Each text is analysed once for both of its forms.
        let analysis = &self.inner.analyses[&locale];
        let title = format!("{} {}", text.title, text.keywords.join(" "));
        let body = format!("{} {}", text.summary, plain_text(&text.body));
        for (value, exact, folded) in [
            (title, lf.title_exact, lf.title_folded),
            (body, lf.body_exact, lf.body_folded),
        ] {
            let terms = analysis.terms(&value, false);
            for (field, form) in [(exact, Form::Exact), (folded, Form::Folded)] {
                let tokens = analysis::tokens(&terms, form);
                doc.add_pre_tokenized_text(
                    field,
                    PreTokenizedString {
                        text: value.clone(),
                        tokens,
                    },
                );
            }
        }
        doc
    }

    /// Compares the index with what the store serves.
    pub fn verify(&self) -> Result<IndexCheck> {
        let expected: BTreeMap<String, String> = self
            .texts(None)?
            .iter()
            .map(|(s, l, t)| (format!("{s}/{l}"), doc_hash(t)))
            .collect();
        let searcher = self.inner.reader.searcher();
        let mut indexed: BTreeMap<String, String> = BTreeMap::new();
        for segment in searcher.segment_readers() {
            let slugs = index::Column::open(segment, "slug")?;
            let locales = index::Column::open(segment, "locale")?;
            let hashes = index::Column::open(segment, "hash")?;
            for id in segment.doc_ids_alive() {
                indexed.insert(
                    format!("{}/{}", slugs.get(id), locales.get(id)),
                    hashes.get(id),
                );
            }
        }
        Ok(IndexCheck {
            expected: expected.len(),
            indexed: indexed.len(),
            missing_or_stale: expected
                .iter()
                .filter(|(k, h)| indexed.get(*k) != Some(*h))
                .map(|(k, _)| k.clone())
                .collect(),
            extra: indexed
                .keys()
                .filter(|k| !expected.contains_key(*k))
                .cloned()
                .collect(),
        })
    }

    /// The best `limit` topics for `query` asked in `locale`: matches in that locale, or, when
    /// there are none, in the next locale of its chain that has some. Titles and snippets are
    /// in the asker's locale where the topic has a text in it. A query that finds nothing
    /// anywhere is counted (normalised, without digits) for the coordinators.
    pub fn search(&self, query: &str, locale: Locale, limit: usize) -> Result<Vec<Hit>> {
        let started = std::time::Instant::now();
        let found = self.search_timed(query, locale, limit);
        crate::metrics::METRICS
            .search_seconds
            .observe(started.elapsed());
        found
    }

    fn search_timed(&self, query: &str, locale: Locale, limit: usize) -> Result<Vec<Hit>> {
        if limit == 0 {
            // The index refuses to collect nothing.
            return Ok(Vec::new());
        }
        let chain = self.inner.locales.chain(locale);
        let prefix_last = !query.ends_with(char::is_whitespace);
        for matched in &chain {
            let Some(analysis) = self.inner.analyses.get(matched) else {
                continue;
            };
            let terms = dedupe(analysis.query_terms(query));
            if terms.is_empty() {
                return Ok(Vec::new());
            }
            let found = self.search_in(*matched, &terms, prefix_last, limit)?;
            if !found.is_empty() {
                return Ok(self.present(found, *matched, &chain, &terms, prefix_last));
            }
        }
        crate::metrics::METRICS.count_search_miss();
        self.record_miss(locale, query)?;
        Ok(Vec::new())
    }

    fn search_in(
        &self,
        locale: Locale,
        terms: &[Term],
        prefix_last: bool,
        limit: usize,
    ) -> Result<Vec<(f32, Slug)>> {
        let lf = &self.inner.fields.locales[&locale];
        let searcher = self.inner.reader.searcher();
        let query = build_query(
            &searcher,
            &self.inner.analyses[&locale],
            lf,
            terms,
            prefix_last,
        )?;
        let top = searcher
            .search(&query, &TopDocs::with_limit(limit))
            .map_err(index_err)?;
        let mut out = Vec::with_capacity(top.len());
        for (score, address) in top {
            let segment = searcher.segment_reader(address.segment_ord);
            let slug = index::Column::open(segment, "slug")?.get(address.doc_id);
            out.push((score, Slug::parse(&slug)?));
        }
        Ok(out)
    }

    fn present(
        &self,
        found: Vec<(f32, Slug)>,
        matched: Locale,
        chain: &[Locale],
        terms: &[Term],
        prefix_last: bool,
    ) -> Vec<Hit> {
        let docs = self.inner.docs.read().unwrap_or_else(|p| p.into_inner());
        let mut hits = Vec::with_capacity(found.len());
        for (score, slug) in found {
            // The asker's own locale first, then the rest of the chain.
            let Some((locale, doc)) = chain
                .iter()
                .find_map(|l| docs.get(&(slug.clone(), *l)).map(|d| (*l, d)))
            else {
                continue;
            };
            let snippet = if locale == matched {
                snippet::snippet(
                    &self.inner.analyses[&locale],
                    &doc.plain,
                    terms,
                    prefix_last,
                )
            } else {
                vec![SnippetPart {
                    text: doc.plain.chars().take(160).collect(),
                    marked: false,
                }]
            };
            hits.push(Hit {
                slug,
                locale,
                title: doc.title.clone(),
                snippet,
                matched_locale: matched,
                score,
            });
        }
        hits
    }

    fn record_miss(&self, locale: Locale, query: &str) -> Result<()> {
        let Some(analysis) = self.inner.analyses.get(&locale) else {
            return Ok(());
        };
        // Words only: digits would let phone numbers or case numbers in.
        let words: Vec<String> = analysis
            .terms(query, true)
            .into_iter()
            .filter(|t| !t.cjk || t.exact.chars().count() == 2)
            .map(|t| t.exact)
            .filter(|w| !w.chars().any(|c| c.is_numeric()))
            .collect();
        let mut normalised = words.join(" ");
        if let Some((cut, _)) = normalised.char_indices().nth(80) {
            normalised.truncate(cut);
        }
        if normalised.is_empty() {
            return Ok(());
        }
        // Never waits: a full queue (a flood) or a stopped thread drops the count.
        let _ = self
            .inner
            .misses
            .try_send(MissMessage::Miss(locale, normalised));
        Ok(())
    }

    /// How many documents (topic texts) the index holds now: a cheap probe that the index
    /// answers, for `/readyz`.
    pub fn indexed_documents(&self) -> u64 {
        self.inner.reader.searcher().num_docs()
    }

    /// Waits until every search without result so far is counted in the store.
    pub fn flush_misses(&self) {
        let (done, wait) = mpsc::channel();
        if self.inner.misses.send(MissMessage::Flush(done)).is_ok() {
            let _ = wait.recv();
        }
    }
}

/// Drops repeated query terms (same exact form).
fn dedupe(terms: Vec<Term>) -> Vec<Term> {
    let mut out: Vec<Term> = Vec::with_capacity(terms.len());
    for t in terms {
        if !out.iter().any(|o| o.exact == t.exact) {
            out.push(t);
        }
    }
    out
}

/// Builds the query for one locale. Each query word contributes its best match in a topic —
/// an exact match (ranked a little higher, so correct diacritics win), a folded match, or one
/// of the index's words within the word's typo budget or (for the last word: search as you
/// type) starting with it, weighted down by how far it is. Title and keywords count three times
/// the body. Rare words count for more than common ones (BM25), also when found with a typo.
fn build_query(
    searcher: &tantivy::Searcher,
    analysis: &Analysis,
    lf: &LocaleFields,
    terms: &[Term],
    prefix_last: bool,
) -> Result<BooleanQuery> {
    let mut per_word: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for (i, t) in terms.iter().enumerate() {
        let mut options: Vec<Box<dyn Query>> = Vec::new();
        let mut push = |field, text: &str, boost: f32| {
            let q = TermQuery::new(
                IndexTerm::from_field_text(field, text),
                IndexRecordOption::WithFreqs,
            );
            options.push(Box::new(BoostQuery::new(Box::new(q), boost * t.weight)));
        };
        push(lf.title_exact, &t.exact, TITLE * EXACT);
        push(lf.body_exact, &t.exact, EXACT);
        push(lf.title_folded, &t.folded, TITLE);
        push(lf.body_folded, &t.folded, 1.0);
        if let Some(unstemmed) = &t.unstemmed {
            push(lf.title_folded, unstemmed, TITLE);
            push(lf.body_folded, unstemmed, 1.0);
        }
        if !t.cjk {
            // Two letters say too little to complete a word from.
            let prefix = prefix_last && i + 1 == terms.len() && t.folded.chars().count() >= 3;
            let start = analysis.word_start(&t.folded);
            let fields = [lf.title_folded, lf.body_folded];
            for (word, factor) in
                expand::similar_words(searcher, &fields, t, prefix, start.as_deref())?
            {
                push(lf.title_folded, &word, TITLE * factor);
                push(lf.body_folded, &word, factor);
            }
        }
        let best = DisjunctionMaxQuery::with_tie_breaker(options, TIE_BREAKER);
        per_word.push((Occur::Should, Box::new(best)));
    }
    Ok(BooleanQuery::new(per_word))
}

/// Title and keywords against body.
const TITLE: f32 = 3.0;
/// An exact match (with the diacritics typed) against a folded one.
const EXACT: f32 = 1.15;
/// How much a word's other matches add to its best one.
const TIE_BREAKER: f32 = 0.2;
