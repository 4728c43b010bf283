//! Test helpers of this binary; the set-ups all crates share are in `navrat_testkit`.

use navrat_content::model::{SourceRevision, TopicText, Track};

pub use navrat_testkit::{locales, locales_dir, new_store, seed_dir, seeded_store};

/// A Czech source revision with the given title and body.
pub fn source(title: &str, body: &str) -> SourceRevision {
    SourceRevision {
        revision: 1,
        text: TopicText {
            title: title.into(),
            summary: format!("{title}: shrnutí"),
            body: body.into(),
            keywords: vec!["návrat".into()],
        },
        tracks: vec![Track::General],
        sources: vec![],
        sample_data: false,
        author: "eva".into(),
    }
}

/// Locale by code.
pub fn l(code: &str) -> navrat_content::Locale {
    navrat_content::Locale::parse(code).unwrap()
}
