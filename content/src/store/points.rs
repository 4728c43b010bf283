//! Counselling points.

use rusqlite::{Row, params};

use super::{Store, from_json};
use crate::Result;
use crate::model::{CounsellingPoint, PointKind};

const POINT_COLUMNS: &str = "id, kind, sample_data, languages, phone, email, source, hours, texts";

pub(super) fn point_from_row(row: &Row<'_>) -> Result<CounsellingPoint> {
    Ok(CounsellingPoint {
        id: row.get("id")?,
        kind: row.get::<_, PointKind>("kind")?,
        sample_data: row.get("sample_data")?,
        languages: from_json(&row.get::<_, String>("languages")?)?,
        phone: row.get("phone")?,
        email: row.get("email")?,
        source: row.get("source")?,
        hours: from_json(&row.get::<_, String>("hours")?)?,
        text: from_json(&row.get::<_, String>("texts")?)?,
    })
}

pub(super) fn point_params(p: &CounsellingPoint) -> Result<[String; 3]> {
    Ok([
        super::to_json(&p.languages)?,
        super::to_json(&p.hours)?,
        super::to_json(&p.text)?,
    ])
}

pub(super) fn upsert_point(
    tx: &rusqlite::Transaction<'_>,
    position: usize,
    p: &CounsellingPoint,
    import_hash: Option<&str>,
) -> Result<()> {
    let [languages, hours, texts] = point_params(p)?;
    tx.execute(
        "INSERT INTO points (id, position, kind, sample_data, languages, phone, email, source, hours, texts, import_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT (id) DO UPDATE SET position = excluded.position, kind = excluded.kind,
            sample_data = excluded.sample_data, languages = excluded.languages, phone = excluded.phone,
            email = excluded.email, source = excluded.source, hours = excluded.hours,
            texts = excluded.texts, import_hash = excluded.import_hash",
        params![
            p.id,
            position as i64,
            p.kind.as_str(),
            p.sample_data,
            languages,
            p.phone,
            p.email,
            p.source,
            hours,
            texts,
            import_hash
        ],
    )?;
    Ok(())
}

impl Store {
    /// The active counselling points in display order.
    pub fn points(&self) -> Result<Vec<CounsellingPoint>> {
        self.read(|c| {
            let sql = format!(
                "SELECT {POINT_COLUMNS} FROM points WHERE active = 1 ORDER BY position, id"
            );
            super::all_rows(c, &sql, [], point_from_row)
        })
    }

    /// One active counselling point.
    pub fn point(&self, id: &str) -> Result<Option<CounsellingPoint>> {
        self.read(|c| {
            let sql = format!("SELECT {POINT_COLUMNS} FROM points WHERE id = ?1 AND active = 1");
            let mut stmt = c.prepare(&sql)?;
            let mut rows = stmt.query([id])?;
            rows.next()?.map(point_from_row).transpose()
        })
    }
}
