//! The tantivy schema (fields per locale, each analysed by that locale's tokenizers) and
//! opening or creating the index.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use tantivy::schema::{
    FAST, Field, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexWriter, TantivyDocument};

use super::analysis::{Analysis, Form, NavratTokenizer};
use super::index_err;
use crate::{Error, Locale, Result};

/// The fields of one locale.
#[derive(Debug, Clone, Copy)]
pub(super) struct LocaleFields {
    pub title_exact: Field,
    pub title_folded: Field,
    pub body_exact: Field,
    pub body_folded: Field,
}

/// All fields of the schema.
#[derive(Debug, Clone)]
pub(super) struct Fields {
    pub slug: Field,
    pub locale: Field,
    pub hash: Field,
    pub locales: BTreeMap<Locale, LocaleFields>,
}

fn tokenizer_name(locale: Locale, form: Form) -> String {
    match form {
        Form::Exact => format!("navrat_{locale}_exact"),
        Form::Folded => format!("navrat_{locale}_folded"),
    }
}

fn schema(locales: &BTreeMap<Locale, Arc<Analysis>>) -> (Schema, Fields) {
    let mut b = Schema::builder();
    // Read back through fast fields (columns), not the compressed document store.
    let slug = b.add_text_field("slug", STRING | FAST);
    let locale = b.add_text_field("locale", FAST);
    let hash = b.add_text_field("hash", FAST);
    let mut per_locale = BTreeMap::new();
    for code in locales.keys() {
        // Titles with keywords are short and vary in length only by how many keywords
        // counsellors added: that must not lower their weight, so they have no length norm.
        let opts = |form, norms: bool| {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(&tokenizer_name(*code, form))
                    .set_index_option(IndexRecordOption::WithFreqs)
                    .set_fieldnorms(norms),
            )
        };
        per_locale.insert(
            *code,
            LocaleFields {
                title_exact: b
                    .add_text_field(&format!("title_exact_{code}"), opts(Form::Exact, false)),
                title_folded: b
                    .add_text_field(&format!("title_folded_{code}"), opts(Form::Folded, false)),
                body_exact: b
                    .add_text_field(&format!("body_exact_{code}"), opts(Form::Exact, true)),
                body_folded: b
                    .add_text_field(&format!("body_folded_{code}"), opts(Form::Folded, true)),
            },
        );
    }
    (
        b.build(),
        Fields {
            slug,
            locale,
            hash,
            locales: per_locale,
        },
    )
}

fn register(index: &Index, locales: &BTreeMap<Locale, Arc<Analysis>>) {
    for (code, analysis) in locales {
        for form in [Form::Exact, Form::Folded] {
            let tokenizer = NavratTokenizer::new(analysis.clone(), form);
            index
                .tokenizers()
                .register(&tokenizer_name(*code, form), TextAnalyzer::from(tokenizer));
        }
    }
}

/// Opens the index in `dir`, or creates it (in memory when `dir` is `None`). An index made
/// with another schema (other locales) is replaced by an empty one, to be rebuilt.
pub(super) fn open(
    dir: Option<&Path>,
    locales: &BTreeMap<Locale, Arc<Analysis>>,
) -> Result<(Index, Fields)> {
    let (schema, fields) = schema(locales);
    let index = match dir {
        None => Index::create_in_ram(schema),
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            let existing = Index::open_in_dir(dir).ok();
            match existing {
                Some(index) if index.schema() == schema => index,
                Some(_) => {
                    tracing::info!("the search index was made for other locales: replacing it");
                    std::fs::remove_dir_all(dir).map_err(|e| Error::io(dir, e))?;
                    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
                    Index::create_in_dir(dir, schema).map_err(index_err)?
                }
                None => {
                    let empty = std::fs::read_dir(dir)
                        .map_err(|e| Error::io(dir, e))?
                        .next()
                        .is_none();
                    if !empty {
                        // Not an index we can read (e.g. cut short): it is derived data, start again.
                        std::fs::remove_dir_all(dir).map_err(|e| Error::io(dir, e))?;
                        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
                    }
                    Index::create_in_dir(dir, schema).map_err(index_err)?
                }
            }
        }
    };
    register(&index, locales);
    Ok((index, fields))
}

/// More segments than this are merged after a refresh.
pub(super) const MAX_SEGMENTS: usize = 4;

/// A writer with one thread and a modest memory budget: building is rare, edits small.
pub(super) fn writer(index: &Index) -> Result<IndexWriter<TantivyDocument>> {
    index
        .writer_with_num_threads(1, 40_000_000)
        .map_err(index_err)
}

/// Merges all segments into one and waits for it: fewer term dictionaries to search.
pub(super) fn merge_segments(
    index: &Index,
    mut writer: IndexWriter<TantivyDocument>,
) -> Result<()> {
    let ids = index.searchable_segment_ids().map_err(index_err)?;
    if ids.len() > 1 {
        writer.merge(&ids).wait().map_err(index_err)?;
    }
    writer.wait_merging_threads().map_err(index_err)
}

/// Reads a text fast field of one segment's documents.
pub(super) struct Column(Option<tantivy::columnar::StrColumn>);

impl Column {
    pub(super) fn open(segment: &tantivy::SegmentReader, name: &str) -> Result<Self> {
        Ok(Column(segment.fast_fields().str(name).map_err(index_err)?))
    }

    /// The value of document `doc`, empty when it has none.
    pub(super) fn get(&self, doc: tantivy::DocId) -> String {
        let mut out = String::new();
        if let Some(column) = &self.0
            && let Some(ord) = column.ords().first(doc)
        {
            let _ = column.ord_to_str(ord, &mut out);
        }
        out
    }
}
